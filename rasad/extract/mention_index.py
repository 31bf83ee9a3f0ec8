"""Range and span look-ups over a document's mentions and time expressions, for the extractors.

Quotes, events and claims ask, per sentence, per speech verb and per word, for the mentions in
a range of the text, the mention at a span, or whether an offset lies in a time expression. A
scan of every mention each time is quadratic in the length of the document: a 300-article dump
read as one text (80,000 words) spent half a minute in quotes and events. The index answers by
bisection and returns what a scan in document order would.

`mention_index(doc)` keeps the index of the last document asked about: the mentions component
assigns `doc.mentions` once and no later component changes the list, so the index stays true
while that list object (and its length) is the one the document holds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rasad.document import Document, Mention, Span
from rasad.extract.entities.kb import country_of

KB_PREFIX = "kb:"
COUNTRY_PREFIX = "kb:c:"  # the knowledge base's countries
T = TypeVar("T")


class MentionIndex:
    """A document's mentions by start offset and by span, and its time expressions by start."""

    __slots__ = ("mentions", "_order", "_starts", "_by_span", "_timex_starts", "_timex_ends", "_facts")

    def __init__(self, mentions: list[Mention], timexes: Sequence[Span] = ()) -> None:
        self.mentions = mentions
        self._order = sorted(range(len(mentions)), key=lambda k: mentions[k].span.start)
        self._starts = [mentions[k].span.start for k in self._order]
        self._by_span: dict[Span, list[Mention]] = {}
        for m in mentions:
            self._by_span.setdefault(m.span, []).append(m)
        spans = sorted(timexes, key=lambda s: s.start)
        self._timex_starts = [s.start for s in spans]
        # the furthest end of the expressions starting at or before each one: they may nest or overlap
        ends, furthest = [], -1
        for s in spans:
            furthest = max(furthest, s.end)
            ends.append(furthest)
        self._timex_ends = ends
        self._facts: dict[str, Any] = {}

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end), in document order."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self.mentions[k] for k in sorted(self._order[lo:hi])]

    def at(self, span: Span | None) -> list[Mention]:
        """The mentions with exactly this span, in document order."""
        return self._by_span.get(span, []) if span is not None else []

    def starts_inside(self, start: int, end: int) -> bool:
        """Whether a mention starts strictly inside (start, end): "لرويترز" holds the name رويترز."""
        k = bisect_right(self._starts, start)
        return k < len(self._starts) and self._starts[k] < end

    def fact(self, name: str, compute: Callable[[], T]) -> T:
        """A fact of the document that its mentions decide (the country it names most), computed once."""
        if name not in self._facts:
            self._facts[name] = compute()
        return self._facts[name]

    def timex_overlaps(self, span: Span) -> bool:
        """Whether a time expression overlaps `span` (holds its start, or starts inside it)."""
        k = bisect_left(self._timex_starts, span.start)
        return self.in_timex(span.start) or (k < len(self._timex_starts) and self._timex_starts[k] < span.end)

    def in_timex(self, offset: int) -> bool:
        """Whether `offset` lies in a time expression."""
        k = bisect_right(self._timex_starts, offset)
        return k > 0 and self._timex_ends[k - 1] > offset


def place_country(entity_id: str | None) -> str | None:
    """The key of the country a mention's entity is or lies in ("kb:c:RU" for Russia and for Moscow), if the KB
    knows it (`country_of`)."""
    if not entity_id or not entity_id.startswith(KB_PREFIX):
        return None
    found = country_of(entity_id[len(KB_PREFIX) :])
    return KB_PREFIX + found if found else None


def spans_starting_in(spans: Sequence[Span], start: int, end: int) -> Sequence[Span]:
    """The spans of `spans` (sorted by start, as sentences are) that start in [start, end)."""
    return spans[bisect_left(spans, start, key=_START) : bisect_left(spans, end, key=_START)]


def _START(span: Span) -> int:
    return span.start


class _Last:
    """The index of the last document asked about (see the module doc)."""

    index: MentionIndex | None = None
    sizes: tuple[int, int] = (-1, -1)
    timexes: object = None


def mention_index(doc: Document) -> MentionIndex:
    """The index of `doc`'s mentions and time expressions, built once per document."""
    last = _Last
    sizes = (len(doc.mentions), len(doc.timexes))
    if last.index is None or last.index.mentions is not doc.mentions or last.timexes is not doc.timexes or last.sizes != sizes:
        last.index = MentionIndex(doc.mentions, [t.span for t in doc.timexes])
        last.timexes, last.sizes = doc.timexes, sizes
    return last.index
