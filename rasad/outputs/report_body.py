"""A document's cleaned body for the report, with what was found in it highlighted and anchored.

Highlighted ranges ("layers": time expressions, quotes, event sentences,
claims, summary sentences) may overlap and cross paragraph breaks, so a block
is cut at every layer boundary into runs, each run carrying the kinds of the
layers that cover it. Each layer also gets an anchor where it first appears,
so the story sections can link to the exact sentence; `DocView.anchors` says
which were placed, and a link to a range outside the body (a caption the
cleaner removed) falls back to the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasad.document import Document, Span, Timex


@dataclass(frozen=True)
class Layer:
    span: Span
    kind: str  # timex, quote, event, claim, summary
    title: str | None = None  # shown on hover
    value: str | None = None  # a time expression's value


@dataclass(frozen=True)
class Piece:
    """A run of body text and the layers over it."""

    text: str
    classes: tuple[str, ...] = ()  # kinds of the non-timex layers covering the run
    title: str | None = None
    anchors: tuple[str, ...] = ()  # ids of the layers that start here
    is_timex: bool = False
    value: str | None = None  # the time expression's value, when is_timex
    timex_title: str | None = None  # its value, or its kind where it has none


@dataclass
class BlockView:
    kind: str
    pieces: list[Piece]


@dataclass
class DocView:
    info: dict[str, Any]  # the document's entry in the analysis file
    anchor: str
    blocks: list[BlockView]
    removed: list[dict[str, str]]
    anchors: set[str] = field(default_factory=set)
    timex_count: int = 0


def doc_anchor(doc_id: str) -> str:
    """An HTML id for the document (ids may not hold whitespace)."""
    return "doc-" + re.sub(r"\s", "_", doc_id)


def span_anchor(doc_id: str, start: int, end: int) -> str:
    return f"{doc_anchor(doc_id)}-{start}-{end}"


def timex_layers(timexes: Iterable[Timex]) -> list[Layer]:
    """Time expressions without overlaps: of two that overlap, the earlier (then the longer) is kept."""
    kept: list[Layer] = []
    for t in sorted(timexes, key=lambda t: (t.span.start, -t.span.end)):
        if kept and t.span.start < kept[-1].span.end:
            continue
        kept.append(Layer(t.span, "timex", title=t.value or t.kind, value=t.value))
    return kept


def doc_view(doc: Document, info: dict[str, Any], layers: Sequence[Layer], removal_labels: dict[str, str]) -> DocView:
    view = DocView(info, doc_anchor(doc.id), [], [])
    timexes = timex_layers(doc.timexes)
    view.timex_count = len(timexes)
    marked = [*timexes, *layers]
    if "body" in doc.provided:
        view.blocks = [BlockView(b.kind, _pieces(doc, b.span, marked, view)) for b in doc.body]
    else:  # not cleaned: the whole text is the article
        view.blocks = [BlockView("paragraph", _pieces(doc, Span(0, len(doc.text)), marked, view))]
    view.removed = [
        {"text": doc.span_text(r.span), "kind": r.kind, "label": removal_labels.get(r.kind, r.kind), "reason": r.reason}
        for r in sorted(doc.removed, key=lambda r: (r.span.start, r.span.end))
    ]
    return view


def _pieces(doc: Document, block: Span, layers: Sequence[Layer], view: DocView) -> list[Piece]:
    inside = [(layer, max(layer.span.start, block.start), min(layer.span.end, block.end)) for layer in layers]
    inside = [(layer, s, e) for layer, s, e in inside if s < e]
    cuts = sorted({block.start, block.end, *(s for _, s, _ in inside), *(e for _, _, e in inside)})
    pieces: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [(layer, s) for layer, s, e in inside if s <= a and e >= b]
        anchors = []
        for layer, s in over:
            anchor = span_anchor(doc.id, layer.span.start, layer.span.end)
            if s == a and layer.kind != "timex" and anchor not in view.anchors:
                view.anchors.add(anchor)
                anchors.append(anchor)
        timex = next((layer for layer, _ in over if layer.kind == "timex"), None)
        others = [layer for layer, _ in over if layer.kind != "timex"]
        pieces.append(Piece(
            doc.text[a:b],
            classes=tuple(sorted({layer.kind for layer in others})),
            title=" · ".join(dict.fromkeys(layer.title for layer in others if layer.title)) or None,
            anchors=tuple(anchors),
            is_timex=timex is not None,
            value=timex.value if timex else None,
            timex_title=timex.title if timex else None,
        ))
    return pieces
