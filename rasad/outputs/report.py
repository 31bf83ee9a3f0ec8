"""The HTML report: one self-contained, right-to-left page for reading a run.

First, per story: its headline and cited summary, its timeline, its sources
side by side, how the outlets' figures compare and its quotes by speaker
(rasad.outputs.report_stories). Then per document: its metadata, the cleaned
body (sub-headings as headings; time expressions, quotes, event sentences
and summary sentences highlighted and anchored, rasad.outputs.report_body)
and what cleaning removed and why; for a large run, only `max_bodies`
documents (those of the largest stories first) are shown in full, and the
`MAX_STORIES` largest stories get sections; the other documents and stories
are listed (analysis.json has them all).

The template is `templates/report.html.j2`, autoescaped: article text can
never inject markup. The values shown come from `build_analysis`, so the
report and analysis.json never disagree. Arabic labels for codes (event
types, verdicts, removal kinds) are in data/labels.tsv.
"""

from __future__ import annotations

import os
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from rasad.arabic.lexicon import read_rows
from rasad.corpus.model import Corpus
from rasad.document import Span
from rasad.outputs.analysis import build_analysis
from rasad.outputs.report_body import DocView, Layer, doc_anchor, doc_view, span_anchor
from rasad.outputs.report_stories import Lookup, story_views

MAX_BODIES = 300  # documents shown in full; a month of crawl would make a page no browser opens
MAX_STORIES = 100  # stories with a section of their own (the largest); the others are listed
MAX_NAV_STORIES = 60  # stories linked from the header (the largest)


def write_report(corpus: Corpus, path: str | Path, *, title: str = "تقرير رصد", max_bodies: int = MAX_BODIES,
                 max_stories: int = MAX_STORIES) -> Path:
    """Render the report to `path` (replaced in one step) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(render_report(corpus, title=title, max_bodies=max_bodies, max_stories=max_stories), encoding="utf-8")
    os.replace(partial, target)
    return target


def render_report(corpus: Corpus, *, title: str = "تقرير رصد", max_bodies: int = MAX_BODIES, max_stories: int = MAX_STORIES) -> str:
    return _template().render(**report_context(corpus, title=title, max_bodies=max_bodies, max_stories=max_stories))


def _largest_stories(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(analysis["stories"], key=lambda s: -len(s["docs"]))


def bodies_shown(analysis: dict[str, Any], largest: list[dict[str, Any]], max_bodies: int) -> set[str]:
    """The documents shown in full: those of the `largest` stories first, then the rest in order."""
    ordered = [d for s in largest for d in s["docs"]]
    ordered += [d["id"] for d in analysis["documents"]]
    return set(list(dict.fromkeys(ordered))[:max_bodies])


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


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    """group -> code -> Arabic label, from data/labels.tsv."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for group, code, label in (row[:3] for row in read_rows("rasad.outputs", "labels.tsv") if len(row) >= 3):
        out[group.strip()][code.strip()] = label.strip()
    return dict(out)


def report_context(corpus: Corpus, *, title: str, max_bodies: int = MAX_BODIES, max_stories: int = MAX_STORIES) -> dict[str, Any]:
    analysis = build_analysis(corpus)
    docs = {d.id: d for d in corpus.documents}
    entities = {e["id"]: e["name"] for e in analysis["entities"]}
    layers = _layers(analysis, entities)
    largest = _largest_stories(analysis)
    shown = bodies_shown(analysis, largest, max_bodies)
    views = [doc_view(docs[info["id"]], info, layers.get(info["id"], []), labels().get("removal", {}))
             for info in analysis["documents"] if info["id"] in shown]
    listed = [dict(info, anchor=doc_anchor(info["id"])) for info in analysis["documents"] if info["id"] not in shown]
    placed = {a for v in views for a in v.anchors}

    def href(doc: str, start: int, end: int) -> str:
        anchor = span_anchor(doc, start, end)
        return "#" + (anchor if anchor in placed else doc_anchor(doc))

    lookup = Lookup(
        docs={d["id"]: d for d in analysis["documents"]},
        entities=entities,
        events={e["id"]: e for e in analysis["events"]},
        texts={d.id: d.text for d in corpus.documents},
        labels=labels(),
        href=href,
    )
    stories = story_views(analysis, lookup, {s["id"] for s in largest[:max_stories]})
    other_stories = [{"title": s["title"] or s["id"], "docs": len(s["docs"]), "first": lookup.ref(s["docs"][0])} for s in largest[max_stories:]]
    return {
        "other_stories": other_stories,
        "title": title,
        "documents": views,
        "listed": listed,
        "stories": stories,
        "nav_stories": sorted(stories, key=lambda s: -s["doc_count"])[:MAX_NAV_STORIES],
        "counts": {
            "documents": len(analysis["documents"]),
            "stories": len(analysis["stories"]),
            "outlets": len({d["outlet"] for d in analysis["documents"] if d["outlet"]}),
            "timexes": len(analysis["timexes"]),
            "entities": len(analysis["entities"]),
            "events": len(analysis["events"]),
            "quotes": len(analysis["quotes"]),
        },
        "how_labels": labels().get("how", {}),
    }


def _layers(analysis: dict[str, Any], entities: dict[str, str]) -> dict[str, list[Layer]]:
    """Per document, the ranges the story sections link to and the body highlights."""
    out: dict[str, list[Layer]] = defaultdict(list)
    event_labels = labels().get("event", {})
    for e in analysis["events"]:
        title = " ".join(filter(None, [event_labels.get(e["type"], e["type"]), e["date"]]))
        for m in e["mentions"]:
            out[m["doc"]].append(Layer(Span(m["start"], m["end"]), "event", title=title))
    for q in analysis["quotes"]:
        speaker = entities.get(q["speaker"] or "") or q["speaker_text"]
        out[q["doc"]].append(Layer(Span(q["start"], q["end"]), "quote", title=speaker))
    for c in analysis["claims"]:
        out[c["doc"]].append(Layer(Span(c["start"], c["end"]), "claim", title=f"{c['quantity']} = {c['value']}"))
    for s in analysis["stories"]:
        for src in s["summary_sources"]:
            out[src["doc"]].append(Layer(Span(src["start"], src["end"]), "summary", title="في ملخص القصة"))
    return dict(out)


__all__ = ["DocView", "labels", "render_report", "report_context", "write_report"]
