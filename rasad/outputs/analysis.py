"""The analysis file: a `Corpus` written in the format of shared/eval/FORMAT.md.

The file is the contract with the evaluation and with anyone diffing two runs,
so it is deterministic: documents in id order, every list in a stable order,
no timestamps, and the same corpus always gives a byte-identical file.

Two fallbacks keep the file useful before the corpus jobs have run:
- no resolved entities: mentions are grouped by their entity key (a mention
  without one by its type and normalised text), one entity per key;
- no cross-document events: one event per event mention.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rasad.arabic.normalize import norm
from rasad.corpus.compare import Comparison, ComparisonRow
from rasad.corpus.model import Corpus, DocSpan, Entity, Event, entity_ids_by_key
from rasad.document import Count, Document, Span


def build_analysis(corpus: Corpus) -> dict[str, Any]:
    docs = sorted(corpus.documents, key=lambda d: d.id)
    by_id = {d.id: d for d in docs}
    entities = _sorted_by_id(corpus.entities) if corpus.entities else key_entities(docs)
    keys = entity_ids_by_key(entities)
    events, event_of = _events(corpus, docs, keys)
    return {
        "documents": [_document(d) for d in docs],
        "timexes": [_timex(d, t) for d in docs for t in sorted(d.timexes, key=_span_key)],
        "entities": [_entity(e, by_id) for e in entities],
        "quotes": [_quote(d, q, keys) for d in docs for q in sorted(d.quotes, key=_span_key)],
        "events": events,
        "stories": [_story(s) for s in _sorted_by_id(corpus.stories)],
        "claims": [_claim(d, i, c, event_of) for d in docs for i, c in sorted(enumerate(d.claims), key=_indexed_span_key)],
        "comparisons": [_comparison(c) for c in sorted(corpus.comparisons, key=_comparison_key)],
    }


def dumps_analysis(corpus: Corpus) -> str:
    return json.dumps(build_analysis(corpus), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write_analysis(corpus: Corpus, path: str | Path) -> Path:
    """Write the analysis file; it is replaced in one step, so a reader never sees half of it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(dumps_analysis(corpus), encoding="utf-8")
    os.replace(partial, target)
    return target


# ---- ordering ---------------------------------------------------------------
def _natural(text: str) -> tuple[Any, ...]:
    """e2 before e10: split digits out so ids sort as people read them."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


def _sorted_by_id(items: Iterable[Any]) -> list[Any]:
    return sorted(items, key=lambda item: _natural(item.id))


def _span_key(item: Any) -> tuple[int, int]:
    return (item.span.start, item.span.end)


def _indexed_span_key(pair: tuple[int, Any]) -> tuple[int, int, int]:
    return (pair[1].span.start, pair[1].span.end, pair[0])


# ---- documents and per-document layers ----------------------------------------
def _document(doc: Document) -> dict[str, Any]:
    m = doc.meta
    # Without a cleaner nothing was marked as body or furniture: the article is the whole text.
    body = doc.body_text("\n") if "body" in doc.provided else doc.text
    return {
        "id": doc.id,
        "source": doc.source,
        "outlet": m.outlet,
        "published": m.published,
        "published_how": m.published_how,
        "title": m.title,
        "body": body,
        "url": m.url,
        "page_date": m.page_date,
        "byline": m.byline,
        "dateline": m.dateline,
        "credit": m.credit,
        "removed": [
            {"start": r.span.start, "end": r.span.end, "kind": r.kind, "reason": r.reason}
            for r in sorted(doc.removed, key=_span_key)
        ],
    }


def _at(doc_id: str, span: Span) -> dict[str, Any]:
    return {"doc": doc_id, "start": span.start, "end": span.end}


def _timex(doc: Document, t: Any) -> dict[str, Any]:
    return {**_at(doc.id, t.span), "text": doc.span_text(t.span), "value": t.value, "mod": t.mod, "kind": t.kind}


def _quote(doc: Document, q: Any, keys: dict[str, str]) -> dict[str, Any]:
    return {
        **_at(doc.id, q.span),
        "text": doc.span_text(q.span),
        "speaker": keys.get(q.speaker) if q.speaker else None,
        "speaker_text": doc.span_text(q.speaker_span) if q.speaker_span else None,
        "kind": q.kind,
        "verb": q.verb,
    }


def _number(value: float | None) -> float | int | None:
    """2500 rather than 2500.0: counts read as the article wrote them."""
    return int(value) if value is not None and float(value).is_integer() else value


def _claim(doc: Document, index: int, c: Any, event_of: dict[tuple[str, int], str]) -> dict[str, Any]:
    return {
        "doc": doc.id,
        "quantity": c.quantity,
        "value": _number(c.value),
        "start": c.span.start,
        "end": c.span.end,
        "text": doc.span_text(c.span),
        "approx": c.approx,
        "unit": c.unit,
        "event": event_of.get((doc.id, c.event)) if c.event is not None else None,
    }


# ---- entities -----------------------------------------------------------------
def key_entities(docs: list[Document]) -> list[Entity]:
    """One entity per entity key, for a corpus whose entities were not resolved across documents."""
    found: dict[str, Entity] = {}
    for doc in docs:
        for m in sorted(doc.mentions, key=_span_key):
            surface = doc.span_text(m.span)
            key = m.entity_id or f"{m.type}:{norm(surface)}"
            entity = found.get(key)
            if entity is None:
                entity = found[key] = Entity(id=f"e{len(found) + 1}", type=m.type, name=surface, keys={key})
            elif len(surface) > len(entity.name):
                entity.name = surface  # the fullest form names it (مصطفى الكاظمي over الكاظمي)
            entity.variants.add(surface)
            entity.mentions.append(DocSpan(doc.id, m.span))
    return list(found.values())


def _entity(e: Entity, by_id: dict[str, Document]) -> dict[str, Any]:
    mentions = sorted(e.mentions, key=lambda m: (m.doc, m.span.start, m.span.end))
    return {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "name_en": e.name_en,
        "kb_id": e.kb_id,
        "mentions": [{**_at(m.doc, m.span), "text": _text(by_id, m)} for m in mentions],
    }


def _text(by_id: dict[str, Document], at: DocSpan) -> str | None:
    doc = by_id.get(at.doc)
    return doc.span_text(at.span) if doc else None


# ---- events -------------------------------------------------------------------
def _events(corpus: Corpus, docs: list[Document], keys: dict[str, str]) -> tuple[list[dict[str, Any]], dict[tuple[str, int], str]]:
    """The events list, and (doc, index into doc.events) -> event id for claims."""
    if corpus.events:
        events = _sorted_by_id(corpus.events)
        sources = {(m.doc, i): e.id for e in events for m, i in zip(e.mentions, e.sources, strict=False)}
        return [_event(e) for e in events], sources
    out: list[dict[str, Any]] = []
    event_of: dict[tuple[str, int], str] = {}
    for doc in docs:
        for index, em in sorted(enumerate(doc.events), key=_indexed_span_key):
            event_id = f"v{len(out) + 1}"
            event_of[(doc.id, index)] = event_id
            participants = [keys[k] for k in (em.actor, em.target) if k and k in keys]
            event = Event(
                id=event_id, type=em.type, date=em.date, date_mod=em.date_mod, summary=doc.span_text(em.span),
                participants=list(dict.fromkeys(participants)), location=keys.get(em.location) if em.location else None,
                mode=em.mode, counts=list(em.counts), modality=em.modality, negated=em.negated,
                mentions=[DocSpan(doc.id, em.span)], sources=[index],
            )
            out.append(_event(event))
    return out, event_of


def _count(c: Count) -> dict[str, Any]:
    return {"what": c.what, "value": c.value, "approx": c.approx}


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "date": e.date,
        "date_mod": e.date_mod,
        "summary": e.summary,
        "participants": list(e.participants),
        "location": e.location,
        "mode": e.mode,
        "counts": [_count(c) for c in e.counts],
        "modality": e.modality,
        "negated": e.negated,
        "mentions": [_at(m.doc, m.span) for m in sorted(e.mentions, key=lambda m: (m.doc, m.span.start, m.span.end))],
    }


def _story(s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "docs": sorted(s.docs),
        "title": s.title,
        "summary": [sentence.text for sentence in s.summary],
        "summary_sources": [
            {**_at(sentence.source.doc, sentence.source.span), "outlets": sorted(sentence.outlets)} for sentence in s.summary
        ],
        "timeline": list(s.timeline),
        "copies": sorted([list(pair) for pair in s.copies]),
    }


# ---- comparisons ----------------------------------------------------------------
def _comparison_key(c: Comparison) -> tuple[Any, ...]:
    """By story, then event (in id order), its coverage before its counts, then the thing compared."""
    return (c.story is None, _natural(c.story or ""), c.event is None, _natural(c.event or ""), c.what is not None,
            c.what or "", c.subject, tuple(c.values), tuple(r.doc for r in c.rows))


def _comparison_row(r: ComparisonRow) -> dict[str, Any]:
    return {"outlet": r.outlet, "doc": r.doc, "published": r.published, "value": _number(r.value), "approx": r.approx,
            "start": r.source.span.start, "end": r.source.span.end}


def _comparison(c: Comparison) -> dict[str, Any]:
    return {
        "subject": c.subject,
        "what": c.what,
        "event": c.event,
        "story": c.story,
        "verdict": c.verdict,
        "first": list(c.first),
        "values": [_number(v) for v in c.values],
        "rows": [_comparison_row(r) for r in c.rows],
    }
