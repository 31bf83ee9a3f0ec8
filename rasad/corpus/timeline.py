"""Cross-document event merging: one `Event` per real event, one mention per report of it.

Event mentions come from each document alone, so the same strike reported
by four outlets is four mentions. First each document's own mentions are
joined: restatements of the same day, and undated elaborations ("وأضاف أن
الصواريخ…") go to the event their sentence dates, else to the one told most
recently before them that shares a specific participant, place or weapon.

Then the documents' events are merged, the most precisely dated first so
that vaguer reports join a core. Two are one event when:
- date: equal at the precision both give (2021-12-09 and 2021-12 agree; a
  bare year is too vague to join anything across documents), the same date
  modifier where both have one;
- type, weapon, polarity: every dated report of one is compatible with every
  dated report of the other (complete link, so a hub like "Iraq" never
  chains unrelated events); types are compatible when equal or listed in
  data/event_compat.tsv (one outlet's RETREAT is another's STATEMENT
  announcing it); a rocket attack is not a drone attack; a denial never joins
  an assertion;
- places: neither names a specific place the other never mentions (two
  attacks in two cities stay two);
- evidence: specific participants or places in common weigh 2, generic ones
  (countries; in a large corpus, entities most documents name) 1, agreeing
  counts 1. The same day needs any evidence; a vaguer date needs the same
  kind of event and a specific participant in common. The strongest
  candidate wins. Two events of one document are never merged: it told them
  apart.

Last, a cluster with no date at all ("جاء الهجوم بعد ساعات من استهداف قاعدة
عين الأسد") joins the dated event of another document when exactly one fits
strongly: an act, not words alone; compatible type, weapon and polarity; a
specific person or place, or two specific participants, in common, or else
casualties of the same weapon or cause within a month (a later toll); not after
its own publication (an anniversary's event: a year before at least).

Events get ids v1, v2… in date order; `story_timelines` lists each story's
events by date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rasad.corpus.compare import rising_counts
from rasad.corpus.event_clusters import (
    DAY_PRECISION,
    MIN_CROSS_DOC_PRECISION,
    RECALLED,
    SPEECH_TYPE,
    Cluster,
    Report,
    dates_compatible,
    modes_compatible,
    most_common,
    places_conflict,
    types_compatible,
)
from rasad.corpus.model import DocSpan, Entity, Event, Story, entity_ids_by_key
from rasad.document import Count, Document, EventMention, Span
from rasad.extract.speech import mention_key

__all__ = ["dates_compatible", "merge_events", "modes_compatible", "story_timelines", "types_compatible"]

COUNTRY_KB_PREFIX = "c:"  # knowledge-base ids of countries: named in nearly every report
GENERIC_MIN_DOCS = 10  # below this, how many documents name an entity says nothing of how generic it is
GENERIC_DOC_SHARE = 0.5  # in a larger corpus, an entity half the documents name is generic
LOOKING_AHEAD = frozenset({"planned", "deadline", "threatened", "requested"})  # may lie after the report
PEOPLE_AND_PLACES = frozenset({"PER", "FAC", "LOC", "GPE"})  # an anchor of one of these types singles an event out
CALENDAR_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")  # "2018-07-13" of "2018-07-13TEV"
TOLL_DAYS = 30  # a report of casualties this long after an attack or disaster of the same kind may give its later toll


def merge_events(docs: Sequence[Document], entities: Sequence[Entity]) -> list[Event]:
    """Merge the event mentions of `docs` into cross-document events (ids v1, v2… by date)."""
    key_to_id = entity_ids_by_key(entities)
    generic = _generic_ids(entities, len(docs))
    persons = frozenset(e.id for e in entities if e.type == "PER")
    bodies = frozenset(e.id for e in entities if e.type == "ORG")
    clusters = [c for order, doc in enumerate(docs)
                for c in _doc_clusters(_reports(doc, order, key_to_id, persons, bodies), generic)]
    # The most precise reports form the cores that vaguer ones then join.
    clusters.sort(key=lambda c: (-len(c.date or ""), c.reports[0].order, c.reports[0].index))
    merged: list[Cluster] = []
    by_month: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        date = cluster.date
        target = _find_target(by_month.get(date[:MIN_CROSS_DOC_PRECISION], []), cluster, generic) if date else None
        if target is not None:
            target.reports.extend(cluster.reports)
            continue
        merged.append(cluster)
        if date and len(date) >= MIN_CROSS_DOC_PRECISION:
            by_month.setdefault(date[:MIN_CROSS_DOC_PRECISION], []).append(cluster)
    ctx = _Context.of(docs, entities)
    merged = _join_undated(merged, generic, ctx)
    merged.sort(key=lambda c: (c.date or "9999", c.reports[0].order, c.reports[0].index))
    return [_event(f"v{i}", c, ctx.published, generic) for i, c in enumerate(merged, start=1)]


@dataclass(frozen=True)
class _Context:
    """What undated joining needs to know of the corpus: entity types and publication days."""

    types: dict[str, str]
    published: dict[str, str]
    countries: frozenset[str] = frozenset()

    @classmethod
    def of(cls, docs: Sequence[Document], entities: Sequence[Entity]) -> _Context:
        return cls({e.id: e.type for e in entities}, {d.id: (d.meta.published or "")[:DAY_PRECISION] for d in docs},
                   frozenset(e.id for e in entities if (e.kb_id or "").startswith(COUNTRY_KB_PREFIX)))


def _join_undated(clusters: list[Cluster], generic: frozenset[str], ctx: _Context) -> list[Cluster]:
    """An undated report of an event joins the dated event another document tells, when exactly one fits strongly.

    "جاء الهجوم بعد ساعات من استهداف قاعدة عين الأسد بطائرتين مسيرتين" dates
    nothing, but one dated drone attack on that base elsewhere is the one meant.
    """
    dated = [c for c in clusters if c.date]
    out = list(dated)
    by_anchor: dict[str, list[int]] = {}
    by_mode: dict[str, list[int]] = {}
    for i, c in enumerate(dated):  # a strong link needs a specific anchor, the speaker or the weapon in common: look only there
        for x in _keys(c, ctx.countries):
            by_anchor.setdefault(x, []).append(i)
        for mode in c.modes:
            by_mode.setdefault(mode, []).append(i)
    for cluster in (c for c in clusters if not c.date):
        near = {i for x in _keys(cluster, ctx.countries) for i in by_anchor.get(x, ())}
        near.update(i for mode in cluster.modes for i in by_mode.get(mode, ()))
        fits = [dated[i] for i in sorted(near) if _strong_undated_link(dated[i], cluster, generic, ctx)]
        best = _best_fit(fits, cluster, generic, ctx)
        if best is not None:
            best.reports.extend(cluster.reports)
        else:
            out.append(cluster)
    return out


def _keys(c: Cluster, countries: frozenset[str]) -> frozenset[str]:
    """What a strong undated link needs in common: an anchor other than a country (a person however many documents
    name him), or a speaker."""
    return (c.anchors - countries) | {r.speaker for r in c.reports if r.speaker}


def _best_fit(fits: list[Cluster], b: Cluster, generic: frozenset[str], ctx: _Context) -> Cluster | None:
    """The one event of `fits` that undated `b` tells: the only one, else the only one that fits best: first
    the one whose date b's sentence names (the date went to another event of the sentence: "قال X إن خاشقجي
    اختفى في 2 أكتوبر"), then the one with a person or place in common (over a mere later toll). A participant
    most documents name counts too, a country does not: of a volcano's two eruptions, the toll that names it is
    the eruption's. The same type alone decides nothing: a president's deal is not the one deal of his he did
    before."""
    if len(fits) < 2:
        return fits[0] if fits else None
    ranked = sorted(((_fit_rank(a, b, generic, ctx), i) for i, a in enumerate(fits)), reverse=True)
    return fits[ranked[0][1]] if ranked[0][0] > ranked[1][0] else None


def _fit_rank(a: Cluster, b: Cluster, generic: frozenset[str], ctx: _Context) -> tuple[bool, bool, bool]:
    named_day = any(dates_compatible(a.date, day) for r in b.reports for day in r.days)
    shared = a.anchors & b.anchors
    person_or_place = any(ctx.types.get(x) in PEOPLE_AND_PLACES for x in shared - generic)
    return named_day, person_or_place, bool(shared - ctx.countries)


def _strong_undated_link(a: Cluster, b: Cluster, generic: frozenset[str], ctx: _Context) -> bool:
    """Whether undated `b` can only be dated `a`: an act, not words alone; the same kind of
    event, weapon and polarity; no other place; a specific person or place in common, or two
    specific participants; and not after its report was published (an anniversary: a year before).
    Words alone join only the same speaker's event of a day their sentence names."""
    said = _said_that_day(a, b)
    told_apart = {r.doc for r in a.core} & b.docs  # its dated reports' documents (another undated report that joined tells nothing)
    if told_apart or (all(r.mention.type == SPEECH_TYPE for r in b.reports) and not said):
        return False
    if not a.agrees(b.reports, core=True) or places_conflict(a, b, generic):
        return False
    if not all(_could_be_told(a.date or "", r, ctx) for r in b.reports):
        return False
    shared = (a.anchors & b.anchors) - generic
    if said or len(shared) >= 2 or any(ctx.types.get(x) in PEOPLE_AND_PLACES for x in shared):
        return True
    return _same_act_of_a_frequent_person(a, b, generic, ctx) or _later_toll(a, b, ctx)


def _same_act_of_a_frequent_person(a: Cluster, b: Cluster, generic: frozenset[str], ctx: _Context) -> bool:
    """A person most documents name (the prime minister of a corpus about his country) still tells his acts
    apart by their kind: "لكن زيارة العبادي لم تنتج هدوءا" is his one dated visit, not his statement."""
    frequent = (a.anchors & b.anchors & generic) - ctx.countries
    return (any(ctx.types.get(x) == "PER" for x in frequent)
            and all(r.mention.type == a.core_type for r in b.reports) and a.core_type != SPEECH_TYPE)


def _said_that_day(a: Cluster, b: Cluster) -> bool:
    """Whether every report of undated `b` is the words of a speaker of dated `a` in a sentence that names a's day:
    "فرضت الحكومة السبت حظرا للتجول في الوقت الذي أعلن فيه العبادي …" gave السبت to the curfew, yet Abadi spoke
    that day, and his one statement of that day is the one meant."""
    speakers = {r.speaker for r in a.core if r.speaker}
    day = a.date or ""
    return len(day) >= DAY_PRECISION and all(r.speaker in speakers and day in r.days for r in b.reports)


def _later_toll(a: Cluster, b: Cluster, ctx: _Context) -> bool:
    """Whether undated `b` gives a later toll of dated `a`: every report counts casualties of the same
    weapon or cause and was published within `TOLL_DAYS` after it ("ارتفعت حصيلة ضحايا الانهيار")."""
    if not a.modes or not a.date or len(a.date) < DAY_PRECISION:
        return False
    day = dt.date.fromisoformat(a.date[:DAY_PRECISION])
    for r in b.reports:
        published = ctx.published.get(r.doc, "")
        if r.mention.mode not in a.modes or not r.mention.counts or len(published) < DAY_PRECISION:
            return False
        if not 0 <= (dt.date.fromisoformat(published) - day).days <= TOLL_DAYS:
            return False
    return True


def _could_be_told(date: str, r: Report, ctx: _Context) -> bool:
    """An event dated `date` can be what report `r` tells without a date of its own."""
    published = ctx.published.get(r.doc, "")
    if not published or r.mention.modality in LOOKING_AHEAD:
        return True
    if r.mention.modality == RECALLED:  # an anniversary comes a year on at least
        return date[:4] < published[:4]
    return date <= published[: len(date)]


def _generic_ids(entities: Sequence[Entity], n_docs: int) -> frozenset[str]:
    """Entities too common to tell one event from another: countries, and in a large corpus whatever most documents name."""
    common = n_docs >= GENERIC_MIN_DOCS
    return frozenset(
        e.id for e in entities
        if (e.kb_id or "").startswith(COUNTRY_KB_PREFIX)
        or (common and len({m.doc for m in e.mentions}) >= GENERIC_DOC_SHARE * n_docs)
    )


def _reports(doc: Document, order: int, key_to_id: dict[str, str], persons: frozenset[str] = frozenset(),
             bodies: frozenset[str] = frozenset()) -> list[Report]:
    """A document's event mentions with entity ids; the actor of each is its speaker when a person, its body speaker
    when an organisation (a country speaks through its officials: "أعلن العراق" and "أعلن مستشار الأمن القومي" may be
    one announcement; a ministry through the spokesman its sentence names)."""
    out = []
    for index, m in enumerate(doc.events):
        people = {key_to_id.get(k, k) for k in (m.actor, m.target) if k}
        location = key_to_id.get(m.location, m.location) if m.location else None
        actor = key_to_id.get(m.actor, m.actor) if m.actor else None
        out.append(Report(doc.id, index, order, m, frozenset(people), location, actor if actor in persons else None,
                          actor if actor in bodies else None, _named(doc, m.span, key_to_id), _days(doc, m.span)))
    return out


def _days(doc: Document, span: Span) -> frozenset[str]:
    """The calendar dates (to the day at most) of the time expressions inside `span`."""
    values = (t.value for t in doc.timexes if t.value and "W" not in t.value and span.start <= t.span.start < span.end)
    return frozenset(m.group() for v in values if (m := CALENDAR_DATE.match(v)))


def _named(doc: Document, span: Span, key_to_id: dict[str, str]) -> frozenset[str]:
    """The entity ids of the mentions inside `span` (an event's sentence)."""
    keys = (mention_key(doc, m) for m in doc.mentions if span.start <= m.span.start < span.end)
    return frozenset(key_to_id.get(k, k) for k in keys)


def _doc_clusters(reports: list[Report], generic: frozenset[str]) -> list[Cluster]:
    """Join a document's own mentions: restatements, then undated elaborations of a dated event.

    An undated mention goes to the event its own sentence dates, else to the
    one told most recently before it: follow-up sentences continue the report
    just made, not an earlier one that happens to share a name.
    """
    clusters: list[Cluster] = []
    for r in sorted((r for r in reports if r.mention.date is not None), key=lambda r: r.index):
        home = next((c for c in clusters if c.accepts(r, generic)), None)
        if home is None:
            clusters.append(Cluster([r]))
        else:
            home.reports.append(r)
    for r in sorted((r for r in reports if r.mention.date is None), key=lambda r: r.index):
        homes = [c for c in clusters if c.accepts(r, generic)]
        if homes:
            min(homes, key=lambda c: _distance(c, r)).reports.append(r)
        else:
            clusters.append(Cluster([r]))
    return clusters


def _distance(cluster: Cluster, r: Report) -> tuple[int, int]:
    """How far back the cluster was last told: 0 for the same sentence, then sentences back, then ahead."""
    if any(x.same_sentence(r) for x in cluster.reports):
        return (0, 0)
    before = [r.mention.span.start - x.mention.span.end for x in cluster.reports if x.mention.span.end <= r.mention.span.start]
    if before:
        return (1, min(before))
    return (2, min(x.mention.span.start for x in cluster.reports) - r.mention.span.end)


def _find_target(candidates: list[Cluster], cluster: Cluster, generic: frozenset[str]) -> Cluster | None:
    """The event `cluster` reports too: the candidate with the strongest evidence, if any is strong enough."""
    best, best_score = None, 0
    for candidate in candidates:
        score = _link(candidate, cluster, generic)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _link(a: Cluster, b: Cluster, generic: frozenset[str]) -> int:
    """Evidence that `a` and `b` are one event (0: none, or they cannot be).

    Two reports of one event agree on the date at the precision both give,
    on the kind of event, mode and polarity (complete link: every report of one
    fits every report of the other, so a hub never chains unrelated events),
    and name the same places. Then each specific participant or place in
    common weighs 2, a generic one (a country) 1, agreeing counts 1. The same
    day needs any evidence; a vaguer date needs the same kind of event and a
    specific participant in common.
    """
    da, db = a.date, b.date
    if not dates_compatible(da, db) or a.docs & b.docs or not a.agrees(b.core, core=True):
        return 0
    if places_conflict(a, b, generic):
        return 0
    shared = a.anchors & b.anchors
    specific = len(shared - generic)
    if len(da or "") != len(db or "") or len(da or "") < DAY_PRECISION:
        return 2 * specific if specific and a.core_type == b.core_type else 0
    score = 2 * specific + len(shared & generic) + _counts_agree(a, b)
    if a.modes & b.modes and not (a.anchors - generic and b.anchors - generic):
        score += 1  # at most one names anyone specific: the same day and weapon is what they share
    return score


def _counts_agree(a: Cluster, b: Cluster) -> int:
    values_a = {(c.what, c.value) for r in a.reports for c in r.mention.counts}
    values_b = {(c.what, c.value) for r in b.reports for c in r.mention.counts}
    return 1 if values_a & values_b else 0


def _event(event_id: str, cluster: Cluster, published: dict[str, str], generic: frozenset[str] = frozenset()) -> Event:
    reports = sorted(cluster.reports, key=lambda r: (r.order, r.index))
    mentions = [r.mention for r in reports]
    participants = Counter(p for r in reports for p in sorted(r.participants))
    # The town one report names over the country others give: "في الفحيص" is where, "في الأردن" is not wrong.
    places = [r.location for r in reports if r.location]
    specific = [p for p in places if p not in generic]
    dated = [m for m in mentions if m.date == cluster.date]
    return Event(
        id=event_id,
        type=_event_type(dated or mentions, cluster.date),
        date=cluster.date,
        date_mod=most_common(m.date_mod for m in dated if m.date_mod),
        participants=[p for p, _ in sorted(participants.items(), key=lambda kv: (-kv[1], kv[0]))],
        location=most_common(specific or places),
        mode=most_common(m.mode for m in mentions if m.mode),
        counts=_counts(sorted(reports, key=lambda r: (published.get(r.doc, ""), r.order, r.index))),
        modality=most_common(m.modality for m in mentions if m.modality),
        negated=all(m.negated for m in mentions),
        mentions=[DocSpan(r.doc, r.mention.span) for r in reports],
        sources=[r.index for r in reports],
    )


def _event_type(mentions: Sequence[EventMention], date: str | None = None) -> str:
    """The type most reports give (the caller passes those dated to the event's day, when there are any: undated
    asides that joined it, "وقد أكد X" after "غداة إدانة X", do not retype it however many they are); on a tie, a
    type a report dated to the event's day gives, then what happened over the statement that told it."""
    tally = Counter(m.type for m in mentions)
    dated = {m.type for m in mentions if date and m.date == date}
    first_seen = {t: i for i, t in reversed(list(enumerate(m.type for m in mentions)))}
    return max(tally, key=lambda t: (tally[t], t in dated, t != SPEECH_TYPE, -first_seen[t]))


def _counts(reports: Sequence[Report]) -> list[Count]:
    """Per thing counted (reports in order of publication): for a toll, the latest report's
    figure (its highest); else the value most reports give (ties: the later report)."""
    values: dict[str, list[Count]] = {}
    for r in reports:
        for c in r.mention.counts:
            values.setdefault(c.what, []).append(c)
    out = []
    for what, counts in values.items():
        if rising_counts().get(what) == "up":
            chosen = counts[-1]
        else:
            tally = Counter(c.value for c in counts)
            top = max(tally.values())
            chosen = [c for c in counts if tally[c.value] == top][-1]
        out.append(Count(what, chosen.value, chosen.approx))
    return out


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
