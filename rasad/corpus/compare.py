"""Comparing outlets: for every event and quantity, who reports it, the values each gives, where they agree.

For each merged event: the outlets that report it, with the first to do so,
and for each thing counted (killed, rockets, intercepted…) the value each
report gives. For each quantity stated outside an event (claims: troops in a
country, shipments) within one story: the values each outlet gives.

Values are judged as:
- "agree": every report gives the same value;
- "update": they differ, but the thing counted changes as a story unfolds
  (data/rising_counts.txt) and ordered by publication day later figures revise
  earlier ones (a death toll only upwards), so the later report revises the
  earlier; where outlets gave different figures on one day, each such day is
  also compared on its own (a "contradiction" of that day);
- "contradiction": they differ otherwise (one rocket in one report, four in
  another; different values on the same day);
- "single": one report only.
Where one document gives several values for one quantity (US and non-US
troops are both "troops"), it is not compared as a contradiction: values
shared by several outlets are reported as agreements, the rest as single;
for a growing count the document's highest figure stands for it. Lengths of
time and ages (quantity "duration") are claims but are not compared: what they
measure is not part of the claim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.corpus.model import Corpus, DocSpan, Event
from rasad.document import Document


@dataclass(frozen=True)
class ComparisonRow:
    """One report: who said it, when, and the value (None where the report gives no number)."""

    outlet: str
    doc: str
    published: str | None
    source: DocSpan
    value: float | None = None
    approx: str | None = None


@dataclass
class Comparison:
    subject: str  # event id, or the quantity compared
    what: str | None  # the thing counted; None for an event's coverage
    verdict: str  # agree, update, contradiction, single, reported
    rows: list[ComparisonRow] = field(default_factory=list)
    first: tuple[str, ...] = ()  # outlet(s) with the earliest report
    event: str | None = None
    story: str | None = None
    values: tuple[float, ...] = ()  # distinct values, in order of first report

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({r.outlet for r in self.rows}))


# A length of time or an age measures something the claim does not name (Salah's 25 years, Egypt's 28
# years away from the World Cup): two of one story are no more comparable than any two numbers.
UNCOMPARED = frozenset({"duration"})


@lru_cache(maxsize=1)
def rising_counts() -> dict[str, str]:
    """Counts that change as a story unfolds -> how they move (up, any)."""
    return {row[0].strip(): row[1].strip() for row in read_rows("rasad.corpus", "rising_counts.txt")}


def compare(corpus: Corpus) -> list[Comparison]:
    """Coverage and value comparisons for every event and every claimed quantity of the corpus."""
    docs = {d.id: d for d in corpus.documents}
    story_of = {doc: s.id for s in corpus.stories for doc in s.docs}
    out: list[Comparison] = []
    for event in corpus.events:
        out.extend(_event_comparisons(event, docs, story_of))
    out.extend(_claim_comparisons(corpus.documents, story_of))
    return out


def _outlet(doc: Document) -> str:
    return doc.meta.outlet or doc.id


def _event_comparisons(event: Event, docs: dict[str, Document], story_of: dict[str, str]) -> list[Comparison]:
    reports = [(m, i) for m, i in zip(event.mentions, event.sources, strict=False) if m.doc in docs]
    if not reports:
        return []
    story = next((story_of[m.doc] for m, _ in reports if m.doc in story_of), None)
    coverage = [_row(docs[m.doc], m) for m, _ in reports]
    out = [Comparison(event.id, None, "reported", _one_per_doc(coverage), _first(coverage), event.id, story)]
    counted: dict[str, list[ComparisonRow]] = defaultdict(list)
    for mention, index in reports:
        doc = docs[mention.doc]
        if index >= len(doc.events):
            continue
        for count in doc.events[index].counts:
            counted[count.what].append(_row(doc, mention, count.value, count.approx))
    for what, rows in sorted(counted.items()):
        out.extend(_judge(event.id, what, rows, event.id, story))
    return out


def _claim_comparisons(documents: Sequence[Document], story_of: dict[str, str]) -> list[Comparison]:
    """Claims not tied to an event, compared within a story by quantity (and unit)."""
    groups: dict[tuple[str | None, str, str | None], list[ComparisonRow]] = defaultdict(list)
    for doc in documents:
        for claim in doc.claims:
            if claim.event is not None or claim.quantity in UNCOMPARED:
                continue  # compared with its event, or measuring something the claim does not name
            key = (story_of.get(doc.id), claim.quantity, claim.unit)
            groups[key].append(_row(doc, DocSpan(doc.id, claim.span), claim.value, claim.approx))
    out: list[Comparison] = []
    for (story, quantity, unit), rows in sorted(groups.items(), key=lambda kv: (kv[0][0] or "", kv[0][1], kv[0][2] or "")):
        label = f"{quantity} ({unit})" if unit else quantity
        out.extend(_judge(label, quantity, rows, None, story))
    return out


def _row(doc: Document, where: DocSpan, value: float | None = None, approx: str | None = None) -> ComparisonRow:
    return ComparisonRow(_outlet(doc), doc.id, doc.meta.published, where, value, approx)


def _judge(subject: str, what: str, rows: list[ComparisonRow], event: str | None, story: str | None) -> list[Comparison]:
    """One comparison of the values reports give for `what`, or several where documents give several values."""
    per_doc: dict[str, set[float]] = defaultdict(set)
    for r in rows:
        if r.value is not None:
            per_doc[r.doc].add(r.value)
    if what in rising_counts():  # a report giving 13 then "rose to 15" stands for its highest figure
        rows = _highest_per_doc(rows)
    elif any(len(values) > 1 for values in per_doc.values()):
        return _shared_values(subject, what, rows, event, story)
    rows = _one_per_doc(rows)
    values = tuple(dict.fromkeys(r.value for r in _by_time(rows) if r.value is not None))
    verdict = "single" if len(rows) == 1 else "agree" if len(values) == 1 else _difference(what, rows)
    out = [Comparison(subject, what, verdict, rows, _first(rows), event, story, values)]
    if verdict == "update":  # the toll rose, and outlets may still differ on one day's figure
        out += [Comparison(subject, what, "contradiction", day, _first(day), event, story, tuple(dict.fromkeys(r.value for r in day if r.value is not None)))
                for day in _same_day_differences(rows)]
    return out


def _shared_values(subject: str, what: str, rows: list[ComparisonRow], event: str | None, story: str | None) -> list[Comparison]:
    by_value: dict[float, list[ComparisonRow]] = defaultdict(list)
    for r in rows:
        if r.value is not None:
            by_value[r.value].append(r)
    out = []
    for value, group in sorted(by_value.items()):
        group = _one_per_doc(group)
        verdict = "agree" if len({r.doc for r in group}) > 1 else "single"
        out.append(Comparison(subject, what, verdict, group, _first(group), event, story, (value,)))
    return out


def _difference(what: str, rows: list[ComparisonRow]) -> str:
    """'update' when, ordered by publication day, later figures revise earlier ones for a count that
    changes (a toll only upwards: every day's figures above the day before's, whatever outlets
    differed on within a day); else 'contradiction'."""
    direction = rising_counts().get(what)
    if direction is None or any(r.published is None for r in rows):
        return "contradiction"
    days = [{r.value for r in day if r.value is not None} for day in _rows_by_day(rows)]
    if len(days) < 2:
        return "contradiction"  # different values the same day
    if direction == "up":
        ranges = [(min(v), max(v)) for v in days]
        return "update" if all(a[1] < b[0] for a, b in zip(ranges, ranges[1:], strict=False)) else "contradiction"
    return "update"  # the missing are found, alive or dead: any later figure revises


def _rows_by_day(rows: list[ComparisonRow]) -> list[list[ComparisonRow]]:
    """The rows with a value, grouped by publication day, days in order."""
    by_day: dict[str, list[ComparisonRow]] = defaultdict(list)
    for r in rows:
        if r.value is not None and r.published is not None:
            by_day[r.published[:10]].append(r)
    return [by_day[day] for day in sorted(by_day)]


def _same_day_differences(rows: list[ComparisonRow]) -> list[list[ComparisonRow]]:
    """The reports of each day on which outlets gave different figures."""
    return [day for day in _rows_by_day(rows) if len({r.value for r in day}) > 1]


def _highest_per_doc(rows: list[ComparisonRow]) -> list[ComparisonRow]:
    best: dict[str, ComparisonRow] = {}
    for r in rows:
        kept = best.get(r.doc)
        if kept is None or (r.value is not None and (kept.value is None or r.value > kept.value)):
            best[r.doc] = r
    return list(best.values())


def _one_per_doc(rows: list[ComparisonRow]) -> list[ComparisonRow]:
    """The first row of each document (its first report), in order of publication."""
    seen: dict[str, ComparisonRow] = {}
    for r in rows:
        seen.setdefault(r.doc, r)
    return _by_time(list(seen.values()))


def _by_time(rows: list[ComparisonRow]) -> list[ComparisonRow]:
    return sorted(rows, key=lambda r: (r.published or "9999", r.doc, r.source.span.start))


def _first(rows: list[ComparisonRow]) -> tuple[str, ...]:
    dated = [r for r in rows if r.published]
    if not dated:
        return ()
    earliest = min(r.published[:10] for r in dated if r.published)
    return tuple(sorted({r.outlet for r in dated if r.published and r.published[:10] == earliest}))
