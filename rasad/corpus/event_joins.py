"""Second passes of cross-document event merging: reports whose day is missing, or a day late.

A cluster with no date at all ("جاء الهجوم بعد ساعات من استهداف قاعدة عين الأسد")
joins the dated event of another document when one fits strongly: an act, not
words alone; compatible type, weapon and polarity; a specific person or place, or two
specific participants, in common, or a person most documents name and the same
kind of act, or else casualties of the same weapon or cause within a month (a
later toll); not after its own publication (an anniversary's event: a year
before at least). Words alone join only their speaker's: an undated statement of a named person or
organisation joins the one dated statement of that speaker in another document of its story, published that
day or up to two days after ("وقال اللواء سعد معن إن الموقع…" told again the next day); where the speaker spoke
on two such days it joins neither, and an organisation's words join only on the same matter (a name in common). Where several fit, and the report is of the same kind of act
as they are, the one whose day the report's sentence names wins, then the one
with a specific person or building in common.

An event of a day's evening or night ("في ساعة متأخرة من مساء الجمعة") is
dated to the next day by outlets that report it then ("أعلنت … السبت"). A
cluster of the next day joins it when exactly one such event fits: same kind
of act (not words or crowds, which come back day after day), weapon and
polarity, no other place, and a specific person, building or town in common
(a region sees a campaign day after day), or a participant and the same counts. The joined reports take the night's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from rasad.corpus.event_clusters import (
    DAY_PRECISION,
    RECALLED,
    SPEECH_TYPE,
    Cluster,
    Report,
    dates_compatible,
    places_conflict,
)
from rasad.corpus.model import Entity, Story
from rasad.document import Document

COUNTRY_KB_PREFIX = "c:"  # knowledge-base ids of countries: named in nearly every report
LOOKING_AHEAD = frozenset({"planned", "deadline", "threatened", "requested"})  # may lie after the report
PEOPLE_AND_PLACES = frozenset({"PER", "FAC", "LOC", "GPE"})  # an anchor of one of these types singles an event out
# What singles out one event among rival events: a person or a building. A region (LOC: "الغوطة الشرقية") sees a
# campaign day after day, a city (GPE: القدس) a summit in April and a royal visit in June.
SINGLE_SITES = frozenset({"PER", "FAC"})
# Between a night and the next day a town names one event too ("هجوم على حافلة الدرك في الفحيص"); a region does not.
NIGHT_SITES = SINGLE_SITES | {"GPE"}
RECURRING_TYPES = frozenset({"STATEMENT", "PROTEST"})  # told again the next day: never taken for the night before
SPEECH_DAYS = 2  # an undated statement published this long after the one dated statement of its speaker is that one
TOLL_DAYS = 30  # a report of casualties this long after an attack or disaster of the same kind may give its later toll


@dataclass(frozen=True)
class JoinContext:
    """What undated joining needs to know of the corpus: entity types and publication days."""

    types: dict[str, str]
    published: dict[str, str]
    countries: frozenset[str] = frozenset()
    story_of: dict[str, str] = field(default_factory=dict)  # document id -> its story's id

    @classmethod
    def of(cls, docs: Sequence[Document], entities: Sequence[Entity], stories: Sequence[Story] = ()) -> JoinContext:
        return cls({e.id: e.type for e in entities}, {d.id: (d.meta.published or "")[:DAY_PRECISION] for d in docs},
                   frozenset(e.id for e in entities if (e.kb_id or "").startswith(COUNTRY_KB_PREFIX)),
                   {doc: s.id for s in stories for doc in s.docs})


def join_next_day(clusters: list[Cluster], generic: frozenset[str], ctx: JoinContext) -> list[Cluster]:
    """A cluster dated the day after an evening or night event of other documents joins it, if exactly one fits."""
    late: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.date and len(c.date) == DAY_PRECISION and any(c.date in r.nights for r in c.reports):
            late.setdefault(c.date, []).append(c)
    out = []
    for b in clusters:
        before = _day_before(b.date)
        fits = [a for a in late.get(before or "", ()) if a is not b and _same_act_a_day_late(a, b, generic, ctx)]
        if len(fits) != 1:
            out.append(b)
            continue
        for r in b.reports:
            r.day = before if r.mention.date == b.date else r.day
        fits[0].reports.extend(b.reports)
    return out


def _day_before(date: str | None) -> str | None:
    if not date or len(date) != DAY_PRECISION:
        return None
    try:
        return (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _same_act_a_day_late(a: Cluster, b: Cluster, generic: frozenset[str], ctx: JoinContext) -> bool:
    """Whether `b`, dated the day after night event `a`, is its report: see the module's account."""
    if a.docs & b.docs or a.core_type != b.core_type or a.core_type in RECURRING_TYPES:
        return False
    if not a.agrees(b.core, core=True) or places_conflict(a, b, generic):
        return False
    shared = a.anchors & b.anchors
    if any(ctx.types.get(x) in NIGHT_SITES for x in shared - generic - ctx.countries):
        return True
    return bool(shared - ctx.countries) and _same_counts(a, b)


def _same_counts(a: Cluster, b: Cluster) -> bool:
    values = {(c.what, c.value) for r in a.reports for c in r.mention.counts}
    return any((c.what, c.value) in values for r in b.reports for c in r.mention.counts)


def join_undated(clusters: list[Cluster], generic: frozenset[str], ctx: JoinContext) -> list[Cluster]:
    """An undated report of an event joins the dated event another document tells that fits it strongly, if one fits best.

    "جاء الهجوم بعد ساعات من استهداف قاعدة عين الأسد بطائرتين مسيرتين" dates
    nothing, but one dated drone attack on that base elsewhere is the one meant.
    """
    dated = [c for c in clusters if c.date]
    out = list(dated)
    by_anchor: dict[str, list[int]] = {}
    by_mode: dict[str, list[int]] = {}
    for i, c in enumerate(dated):  # a strong link needs an anchor or the weapon in common: look only there
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
    name him)."""
    return c.anchors - countries


def _best_fit(fits: list[Cluster], b: Cluster, generic: frozenset[str], ctx: JoinContext) -> Cluster | None:
    """The one event of `fits` that undated `b` tells: the only one, else the only one that fits best: first
    the one whose date b's sentence names (the date went to another event of the sentence: "قال X إن خاشقجي
    اختفى في 2 أكتوبر"), then the one with a specific person or building in common (over a mere later toll; a
    region or a city is not enough: mortars on Damascus "from eastern Ghouta" are not the Ghouta bombing). The
    same type alone decides nothing: a president's deal is not the one deal of his he did before. Only a report all of the best one's kind is settled so: an aside that mixes words and acts ("أجرت
    واشنطن الجمعة مباحثات … وكان ترامب قد هدد") is not the day's statement its sentence names."""
    if len(fits) < 2:
        return fits[0] if fits else None
    ranked = sorted(((_fit_rank(a, b, generic, ctx), i) for i, a in enumerate(fits)), reverse=True)
    best = fits[ranked[0][1]]
    if ranked[0][0] == ranked[1][0] or {r.mention.type for r in b.reports} != {best.core_type}:
        return None
    return best


def _fit_rank(a: Cluster, b: Cluster, generic: frozenset[str], ctx: JoinContext) -> tuple[bool, bool]:
    named_day = any(dates_compatible(a.date, day) for r in b.reports for day in r.days)
    shared = a.anchors & b.anchors
    return named_day, any(ctx.types.get(x) in SINGLE_SITES for x in shared - generic - ctx.countries)


def _strong_undated_link(a: Cluster, b: Cluster, generic: frozenset[str], ctx: JoinContext) -> bool:
    """Whether undated `b` can only be dated `a`: an act, not words alone; the same kind of
    event, weapon and polarity; no other place; a specific person or place in common, or two
    specific participants; and not after its report was published (an anniversary: a year before)."""
    told_apart = {r.doc for r in a.core} & b.docs  # its dated reports' documents (another undated report that joined tells nothing)
    if told_apart or not a.agrees(b.reports, core=True) or places_conflict(a, b, generic):
        return False
    if all(r.mention.type == SPEECH_TYPE for r in b.reports):
        return _same_speaker_days_before(a, b, generic, ctx)
    if not all(_could_be_told(a.date or "", r, ctx) for r in b.reports):
        return False
    shared = (a.anchors & b.anchors) - generic
    if len(shared) >= 2 or any(ctx.types.get(x) in PEOPLE_AND_PLACES for x in shared):
        return True
    if a.separate or b.separate:
        return False  # told as another incident ("وفي حادث منفصل"): only a person or place in common joins it
    return _same_act_of_a_frequent_person(a, b, generic, ctx) or _later_toll(a, b, ctx)


def _same_speaker_days_before(a: Cluster, b: Cluster, generic: frozenset[str], ctx: JoinContext) -> bool:
    """Whether undated statements `b` are dated statement `a` told again: one named person or organisation speaks in
    all of them, in documents of the story of `a`'s, and every report of `b` was published on `a`'s day or within
    `SPEECH_DAYS` after it ("وكان كلوب قال عقب المباراة…" the day after the final). Words come back day after day, so
    where the speaker spoke on two such days `_best_fit` finds two fits and joins neither. An organisation (an army,
    a monitor, the police) speaks several times a day, so its words join only where their sentence names something
    else the dated statement's sentences name ("وقال الاتحاد في تغريدة إن صلاح…" beside its announcement on Salah)."""
    speakers = {_speaker(r) for r in b.reports}
    if len(speakers) != 1 or None in speakers or a.core_type != SPEECH_TYPE or not a.date or len(a.date) < DAY_PRECISION:
        return False
    said = [r for r in a.core if _speaker(r) in speakers]
    stories = {ctx.story_of.get(r.doc) for r in said} - {None}
    if not stories or any(ctx.story_of.get(r.doc) not in stories for r in b.reports):
        return False  # the same person's words on another matter, or a name resolved to the wrong person
    ignored = generic | ctx.countries | {x for x in speakers if x}
    if any(r.speaker is None for r in b.reports) and not _told_alike(a.date, said, b.reports, ignored, ctx):
        return False  # an organisation's words on another matter
    return all(_published_within(a.date, r, ctx, SPEECH_DAYS) for r in b.reports)


def _told_alike(date: str, a: list[Report], b: list[Report], ignored: frozenset[str], ctx: JoinContext) -> bool:
    """Whether every report of `b` names in its sentence something a sentence of `a` names, other than `ignored`,
    and, published after `date`, names `date` if it names a day: a later report's "وكانت السعودية أبدت، الثلاثاء،
    استعدادها…" is Tuesday's statement (a report of that day may name the past it speaks of: "منذ 12 مارس")."""
    names = frozenset().union(*(r.named for r in a)) - ignored
    return all(r.named & names and (not r.days or _published_within(date, r, ctx, 0)
                                    or any(dates_compatible(date, day) for day in r.days)) for r in b)


def _speaker(r: Report) -> str | None:
    """Who said it: the person, else the organisation (a ministry, a federation) its sentence makes the speaker."""
    return r.speaker or r.body_speaker


def _same_act_of_a_frequent_person(a: Cluster, b: Cluster, generic: frozenset[str], ctx: JoinContext) -> bool:
    """A person most documents name (the prime minister of a corpus about his country) still tells his acts
    apart by their kind: "لكن زيارة العبادي لم تنتج هدوءا" is his one dated visit, not his statement."""
    frequent = (a.anchors & b.anchors & generic) - ctx.countries
    return (any(ctx.types.get(x) == "PER" for x in frequent)
            and all(r.mention.type == a.core_type for r in b.reports) and a.core_type != SPEECH_TYPE)


def _later_toll(a: Cluster, b: Cluster, ctx: JoinContext) -> bool:
    """Whether undated `b` gives a later toll of dated `a`: every report counts casualties of the same
    weapon or cause and was published within `TOLL_DAYS` after it ("ارتفعت حصيلة ضحايا الانهيار")."""
    if not a.modes or not a.date or len(a.date) < DAY_PRECISION:
        return False
    return all(r.mention.mode in a.modes and r.mention.counts and _published_within(a.date, r, ctx, TOLL_DAYS)
               for r in b.reports)


def _published_within(date: str, r: Report, ctx: JoinContext, days: int) -> bool:
    """Whether report `r` was published on the day of `date` or at most `days` after it."""
    published = ctx.published.get(r.doc, "")
    if len(published) < DAY_PRECISION:
        return False
    return 0 <= (dt.date.fromisoformat(published) - dt.date.fromisoformat(date[:DAY_PRECISION])).days <= days


def _could_be_told(date: str, r: Report, ctx: JoinContext) -> bool:
    """An event dated `date` can be what report `r` tells without a date of its own."""
    published = ctx.published.get(r.doc, "")
    if not published or r.mention.modality in LOOKING_AHEAD:
        return True
    if r.mention.modality == RECALLED:  # an anniversary comes a year on at least
        return date[:4] < published[:4]
    return date <= published[: len(date)]
