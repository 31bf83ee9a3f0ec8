"""Cross-document event merging: one `Event` per real event, one mention per report of it.

Event mentions come from each document alone, so the same strike reported
by four outlets is four mentions. Two mentions are one event when they are
compatible in every way the reports give:
- date: equal at the precision both give (2021-12-09 and 2021-12 agree; a
  bare year is too vague to join anything across documents), and the same
  date modifier where both have one;
- type: equal or listed as compatible in data/event_compat.tsv (one outlet's
  RETREAT is another's STATEMENT announcing it);
- participants: at least one resolved entity (actor, target or location,
  through `Entity.keys`) in common, or the same mode (drone, rocket) where
  neither names anyone;
- polarity: a denied event never joins an asserted one.
Within one document an undated mention joins the dated event it elaborates
(same type and a shared participant, place or mode), so follow-up sentences
("وأضاف أن الصواريخ…") count for the event they describe.

Events get ids v1, v2… in date order; `story_timelines` lists each story's
events by date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.corpus.model import DocSpan, Entity, Event, Story
from rasad.document import Count, Document, EventMention

MIN_CROSS_DOC_PRECISION = 7  # "YYYY-MM": a bare year names a period, not an event


@lru_cache(maxsize=1)
def compatible_types() -> frozenset[tuple[str, str]]:
    pairs = {(row[0].strip(), row[1].strip()) for row in read_rows("rasad.corpus", "event_compat.tsv") if len(row) > 1}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a, b) in compatible_types()


def dates_compatible(a: str | None, b: str | None, *, min_precision: int = MIN_CROSS_DOC_PRECISION) -> bool:
    """Same date at the precision both report: one is a prefix of the other, and the shorter is precise enough."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return len(short) >= min_precision and long.startswith(short) and (len(long) == len(short) or long[len(short)] in "-T")


@dataclass
class _Report:
    """One event mention with its participants resolved to entity ids."""

    doc: str
    index: int  # position in doc.events
    order: int  # document order, for stable ids
    mention: EventMention
    participants: frozenset[str]
    location: str | None

    @property
    def anchors(self) -> frozenset[str]:
        return self.participants | ({self.location} if self.location else frozenset())


@dataclass
class _Cluster:
    reports: list[_Report] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        return _most_precise(r.mention.date for r in self.reports)

    def accepts(self, r: _Report, *, same_doc: bool) -> bool:
        m = r.mention
        firsts = self.reports[0].mention
        if m.negated != firsts.negated or not all(types_compatible(m.type, x.mention.type) for x in self.reports):
            return False
        if m.date is None:
            if not same_doc:
                return False
        elif not dates_compatible(m.date, self.date):
            return self.date is None and same_doc and _shares(self, r, same_doc=True)
        mods = {x.mention.date_mod for x in self.reports if x.mention.date_mod}
        if m.date_mod and mods and m.date_mod not in mods:
            return False
        return _shares(self, r, same_doc=same_doc)


def _shares(cluster: _Cluster, r: _Report, *, same_doc: bool) -> bool:
    """A participant or place in common; or, for a report naming none, the same mode (rockets, drones).

    Across documents the mode alone joins only reports that both name no one;
    within one, an anonymous sentence about the rockets elaborates the rocket attack just reported.
    """
    anchors = frozenset().union(*(x.anchors for x in cluster.reports))
    if r.anchors & anchors:
        return True
    modes = {x.mention.mode for x in cluster.reports if x.mention.mode}
    return not r.anchors and (same_doc or not anchors) and r.mention.mode is not None and r.mention.mode in modes


def merge_events(docs: Sequence[Document], entities: Sequence[Entity]) -> list[Event]:
    """Merge the event mentions of `docs` into cross-document events (ids v1, v2… by date)."""
    key_to_id = {key: e.id for e in entities for key in e.keys}
    per_doc = [_doc_clusters(_reports(doc, order, key_to_id)) for order, doc in enumerate(docs)]
    merged: list[_Cluster] = []
    for clusters in per_doc:
        for cluster in clusters:
            target = _find_target(merged, cluster)
            if target is None:
                merged.append(cluster)
            else:
                target.reports.extend(cluster.reports)
    merged.sort(key=lambda c: (c.date or "9999", c.reports[0].order, c.reports[0].index))
    return [_event(f"v{i}", c) for i, c in enumerate(merged, start=1)]


def _reports(doc: Document, order: int, key_to_id: dict[str, str]) -> list[_Report]:
    out = []
    for index, m in enumerate(doc.events):
        people = {key_to_id.get(k, k) for k in (m.actor, m.target) if k}
        location = key_to_id.get(m.location, m.location) if m.location else None
        out.append(_Report(doc.id, index, order, m, frozenset(people), location))
    return out


def _doc_clusters(reports: list[_Report]) -> list[_Cluster]:
    """Join a document's own mentions: restatements and undated elaborations of a dated event."""
    clusters: list[_Cluster] = []
    for r in sorted(reports, key=lambda r: (r.mention.date is None, r.index)):
        home = next((c for c in clusters if c.accepts(r, same_doc=True)), None)
        if home is None:
            clusters.append(_Cluster([r]))
        else:
            home.reports.append(r)
    return clusters


def _find_target(merged: list[_Cluster], cluster: _Cluster) -> _Cluster | None:
    """The existing event every report of `cluster` is compatible with, sharing the most anchors."""
    if cluster.date is None:
        return None
    best, best_overlap = None, 0
    for candidate in merged:
        if candidate.date is None or not dates_compatible(candidate.date, cluster.date):
            continue
        if all(candidate.accepts(_dated(r, cluster.date), same_doc=False) for r in cluster.reports):
            overlap = len(frozenset().union(*(r.anchors for r in candidate.reports)) & frozenset().union(*(r.anchors for r in cluster.reports)))
            if best is None or overlap > best_overlap:
                best, best_overlap = candidate, overlap
    return best


def _dated(r: _Report, date: str) -> _Report:
    """A report seen with its cluster's date (an undated elaboration takes the date of what it elaborates)."""
    if r.mention.date is not None:
        return r
    from dataclasses import replace

    return _Report(r.doc, r.index, r.order, replace(r.mention, date=date), r.participants, r.location)


def _event(event_id: str, cluster: _Cluster) -> Event:
    reports = sorted(cluster.reports, key=lambda r: (r.order, r.index))
    mentions = [r.mention for r in reports]
    participants = Counter(p for r in reports for p in sorted(r.participants))
    locations = Counter(r.location for r in reports if r.location)
    dated = [m for m in mentions if m.date == cluster.date]
    return Event(
        id=event_id,
        type=_most_common(m.type for m in mentions) or mentions[0].type,
        date=cluster.date,
        date_mod=_most_common(m.date_mod for m in dated if m.date_mod),
        participants=[p for p, _ in sorted(participants.items(), key=lambda kv: (-kv[1], kv[0]))],
        location=_most_common(r.location for r in reports if r.location) if locations else None,
        mode=_most_common(m.mode for m in mentions if m.mode),
        counts=_counts(mentions),
        modality=_most_common(m.modality for m in mentions if m.modality),
        negated=all(m.negated for m in mentions),
        mentions=[DocSpan(r.doc, r.mention.span) for r in reports],
        sources=[r.index for r in reports],
    )


def _counts(mentions: Iterable[EventMention]) -> list[Count]:
    """Per thing counted, the value most reports give (ties: the later report, as tolls rise)."""
    values: dict[str, list[Count]] = {}
    for m in mentions:
        for c in m.counts:
            values.setdefault(c.what, []).append(c)
    out = []
    for what, counts in values.items():
        tally = Counter(c.value for c in counts)
        top = max(tally.values())
        chosen = [c for c in counts if tally[c.value] == top][-1]
        out.append(Count(what, chosen.value, chosen.approx))
    return out


def _most_common(items: Iterable[str | None]) -> str | None:
    tally = Counter(x for x in items if x)
    if not tally:
        return None
    first_seen = {x: i for i, x in reversed(list(enumerate(tally)))}
    return max(tally, key=lambda x: (tally[x], -first_seen[x]))


def _most_precise(dates: Iterable[str | None]) -> str | None:
    """The most precise date given, the most often given among equally precise ones."""
    tally = Counter(d for d in dates if d)
    if not tally:
        return None
    return max(tally, key=lambda d: (len(d), tally[d], d))


def story_timelines(stories: Sequence[Story], events: Sequence[Event]) -> None:
    """Fill each story's timeline: the ids of events reported in its documents, by date."""
    by_doc: dict[str, list[Event]] = {}
    for event in events:
        for doc in {m.doc for m in event.mentions}:
            by_doc.setdefault(doc, []).append(event)
    for story in stories:
        seen = {e.id: e for doc in story.docs for e in by_doc.get(doc, [])}
        ordered = sorted(seen.values(), key=lambda e: (e.date or "9999", int(e.id[1:])))
        story.timeline = [e.id for e in ordered]
