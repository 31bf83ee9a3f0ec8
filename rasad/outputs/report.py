"""The HTML report: one self-contained, right-to-left page for reading a run.

Per document: its metadata, the cleaned body (sub-headings as headings, time
expressions highlighted with their value on hover) and what cleaning removed
and why. Above the documents, sections for stories, the timeline and quotes;
each is shown only when the corpus has something for it, so later corpus jobs
fill the page without changes here. The template is
`templates/report.html.j2` (autoescaped: article text can never inject markup);
to add a section, add a key to the context in `report_context` and a block in
the template.

The values shown (entity ids, event ids, speakers) come from `build_analysis`,
so the report and analysis.json never disagree.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from rasad.corpus.model import Corpus
from rasad.document import Document, Span, Timex
from rasad.outputs.analysis import build_analysis

# Arabic labels for removal kinds; an unknown kind is shown as it is.
KIND_LABELS = {
    "furniture": "واجهة الموقع",
    "duplicate": "سطر مكرر",
    "caption": "تعليق صورة",
    "pull_quote": "اقتباس مكرر",
    "title": "العنوان",
    "embed": "منشور مضمّن",
    "page_date": "تاريخ عرض الصفحة",
    "byline": "اسم الكاتب",
    "dateline": "مكان الخبر",
    "credit": "المصادر",
}


@dataclass(frozen=True)
class Piece:
    """A run of body text; `value` is set when the run is a time expression."""

    text: str
    value: str | None = None
    kind: str | None = None
    is_timex: bool = False


@dataclass
class BlockView:
    kind: str
    pieces: list[Piece]


@dataclass
class DocView:
    info: dict[str, Any]  # the document's entry in the analysis file
    blocks: list[BlockView]
    removed: list[dict[str, str]]
    timex_count: int = 0
    quotes: list[dict[str, Any]] = field(default_factory=list)


def write_report(corpus: Corpus, path: str | Path, *, title: str = "تقرير رصد") -> Path:
    """Render the report to `path` (replaced in one step) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(render_report(corpus, title=title), encoding="utf-8")
    os.replace(partial, target)
    return target


def render_report(corpus: Corpus, *, title: str = "تقرير رصد") -> str:
    return _template().render(**report_context(corpus, title=title))


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("rasad.outputs", "templates"),
        autoescape=True,  # article text is third-party: never trust it as markup
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("report.html.j2")


def report_context(corpus: Corpus, *, title: str) -> dict[str, Any]:
    analysis = build_analysis(corpus)
    docs = {d.id: d for d in corpus.documents}
    entities = {e["id"]: e["name"] for e in analysis["entities"]}
    quotes_by_doc: dict[str, list[dict[str, Any]]] = {}
    for q in analysis["quotes"]:
        quotes_by_doc.setdefault(q["doc"], []).append({**q, "speaker_name": entities.get(q["speaker"] or "")})
    views = [_doc_view(docs[info["id"]], info, quotes_by_doc.get(info["id"], [])) for info in analysis["documents"]]
    titles = {v.info["id"]: v.info["title"] or v.info["id"] for v in views}
    return {
        "title": title,
        "documents": views,
        "stories": [{**s, "doc_titles": [(d, titles.get(d, d)) for d in s["docs"]]} for s in analysis["stories"]],
        "timeline": _timeline(analysis["events"], entities),
        "quotes": [q for v in views for q in v.quotes],
        "counts": {
            "documents": len(views),
            "timexes": len(analysis["timexes"]),
            "entities": len(analysis["entities"]),
            "events": len(analysis["events"]),
        },
        "kind_labels": KIND_LABELS,
    }


def _timeline(events: Sequence[dict[str, Any]], entities: dict[str, str]) -> list[dict[str, Any]]:
    """Dated events in date order (undated ones last), with participant names."""
    dated = sorted(events, key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))
    return [
        {**e, "participant_names": [entities.get(p, p) for p in e["participants"]],
         "location_name": entities.get(e["location"] or "", e["location"])}
        for e in dated
    ]


def _doc_view(doc: Document, info: dict[str, Any], quotes: list[dict[str, Any]]) -> DocView:
    timexes = sorted(doc.timexes, key=lambda t: (t.span.start, -t.span.end))
    if "body" in doc.provided:
        blocks = [BlockView(b.kind, _pieces(doc, b.span, timexes)) for b in doc.body]
    else:  # not cleaned: the whole text is the article
        blocks = [BlockView("paragraph", _pieces(doc, Span(0, len(doc.text)), timexes))]
    removed = [
        {"text": doc.span_text(r.span), "kind": r.kind, "label": KIND_LABELS.get(r.kind, r.kind), "reason": r.reason}
        for r in sorted(doc.removed, key=lambda r: (r.span.start, r.span.end))
    ]
    return DocView(info, blocks, removed, timex_count=len(timexes), quotes=quotes)


def _pieces(doc: Document, block: Span, timexes: Sequence[Timex]) -> list[Piece]:
    """Split a body block into plain runs and time expressions (clipped to the block, no overlaps)."""
    pieces: list[Piece] = []
    at = block.start
    for t in timexes:
        if t.span.start < at and at > block.start:
            continue  # overlaps the time expression highlighted just before
        start, end = max(t.span.start, at), min(t.span.end, block.end)
        if start >= end:  # outside the block
            continue
        if start > at:
            pieces.append(Piece(doc.text[at:start]))
        pieces.append(Piece(doc.text[start:end], value=t.value, kind=t.kind, is_timex=True))
        at = end
    if at < block.end:
        pieces.append(Piece(doc.text[at : block.end]))
    return pieces
