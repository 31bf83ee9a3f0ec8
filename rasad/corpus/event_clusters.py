"""The pieces of event merging: reports of events, clusters of reports, and which fit together.

A `Report` is one event mention with its participants resolved to entity ids;
a `Cluster` is the reports taken for one real event. Types, weapons and dates
are compatible as data/event_compat.tsv, data/mode_compat.tsv and the
calendar say; `rasad.corpus.timeline` decides which clusters are one event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.corpus.background import background
from rasad.document import EventMention

MIN_CROSS_DOC_PRECISION = 7  # "YYYY-MM": a bare year names a period, not an event
DAY_PRECISION = 10  # "YYYY-MM-DD"
SPEECH_TYPE = "STATEMENT"
PROTEST_TYPE = "PROTEST"  # told by a crowd: a named person's words beside it are their own event
MATTER_SHARE = 0.05  # a term fewer than this share of news articles use names a matter ("الوقود", "الأدلة")
RECALLED = "recalled"  # an event an anniversary recalls ("ذكرى اغتيال X"): a past event, never the day's
_HEAD_WORDS = re.compile(r"\w+")
_CONJUNCTIONS = ("و", "ف")


@lru_cache(maxsize=1)
def compatible_types() -> frozenset[tuple[str, str]]:
    pairs = {(row[0].strip(), row[1].strip()) for row in read_rows("rasad.corpus", "event_compat.tsv") if len(row) > 1}
    return frozenset(pairs | {(b, a) for a, b in pairs})


@lru_cache(maxsize=1)
def _separate_openers() -> frozenset[str]:
    return normalised_lines("rasad.corpus", "separate_reports.txt")


def opens_separate_report(sentence: str) -> bool:
    """Whether `sentence` opens on a phrase of data/separate_reports.txt ("وفي حادث منفصل"، "في تطور آخر"): it tells
    another incident than the events told before it."""
    words = [norm(w) for w in _HEAD_WORDS.findall(sentence[:60])[:3]]
    if not words:
        return False
    if words[0][:1] in _CONJUNCTIONS and len(words[0]) > 2:
        words[0] = words[0][1:]
    return " ".join(words) in _separate_openers()


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a, b) in compatible_types()


@lru_cache(maxsize=1)
def _compatible_modes() -> frozenset[tuple[str, str]]:
    pairs = {(row[0].strip(), row[1].strip()) for row in read_rows("rasad.corpus", "mode_compat.tsv") if len(row) > 1}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def modes_compatible(mode: str | None, modes: frozenset[str]) -> bool:
    """Whether an attack by `mode` can be the one reported by `modes` (none known: it can)."""
    return not mode or not modes or any(mode == m or (mode, m) in _compatible_modes() for m in modes)


def dates_compatible(a: str | None, b: str | None, *, min_precision: int = MIN_CROSS_DOC_PRECISION) -> bool:
    """Same date at the precision both report: one is a prefix of the other, and the shorter is precise enough."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return len(short) >= min_precision and long.startswith(short) and (len(long) == len(short) or long[len(short)] in "-T")


@dataclass
class Report:
    """One event mention with its participants resolved to entity ids."""

    doc: str
    index: int  # position in doc.events
    order: int  # document order, for stable ids
    mention: EventMention
    participants: frozenset[str]
    location: str | None
    speaker: str | None = None  # the actor's entity id when the actor is a person
    body_speaker: str | None = None  # the actor's entity id when the actor is an organisation (a ministry, a movement)
    named: frozenset[str] = frozenset()  # the entities its sentence names
    days: frozenset[str] = frozenset()  # the dates its sentence names, whichever event they went to
    nights: frozenset[str] = frozenset()  # the days whose evening or night its sentence names ("مساء الجمعة")
    day: str | None = None  # the day merging gave it where its outlet dated a night's event to the next day
    target: str | None = None  # the target's entity id
    separate: bool = False  # its sentence opens as another incident ("وفي حادث منفصل")
    voice: str | None = None  # the actor's entity id where it speaks for a country (a government, a ministry, a capital)
    party: str | None = None  # the kb id of that country
    whole_state: bool = False  # that actor names the state as a whole (the country, its capital, its government)
    matter: frozenset[str] = frozenset()  # where it has a voice: the content terms of its sentence outside names
    story: str | None = None  # the id of its document's story

    @property
    def date(self) -> str | None:
        return self.day or self.mention.date

    @property
    def actors(self) -> frozenset[str]:
        """Who did it: its speaker or body, or (anyone else) its participants but the target."""
        return self.participants - ({self.target} if self.target else frozenset())

    @property
    def anchors(self) -> frozenset[str]:
        return self.participants | ({self.location} if self.location else frozenset())

    def same_sentence(self, other: Report) -> bool:
        a, b = self.mention.span, other.mention.span
        return a.start < b.end and b.start < a.end


@dataclass
class Cluster:
    reports: list[Report] = field(default_factory=list)
    # (how many reports it was worked out for, the date): reports are only ever added
    _date: tuple[int, str | None] = field(default=(-1, None), repr=False, compare=False)

    @property
    def date(self) -> str | None:
        """The most precise date its reports give (worked out again only when reports were added)."""
        if self._date[0] != len(self.reports):
            self._date = (len(self.reports), most_precise(r.date for r in self.reports))
        return self._date[1]

    @property
    def docs(self) -> frozenset[str]:
        return frozenset(r.doc for r in self.reports)

    @property
    def anchors(self) -> frozenset[str]:
        return frozenset().union(*(r.anchors for r in self.reports))

    @property
    def locations(self) -> frozenset[str]:
        return frozenset(r.location for r in self.reports if r.location)

    @property
    def modes(self) -> frozenset[str]:
        return frozenset(r.mention.mode for r in self.reports if r.mention.mode)

    @property
    def separate(self) -> bool:
        """Whether a report of it was told as another incident than its document's story ("وفي حادث منفصل")."""
        return any(r.separate for r in self.reports)

    @property
    def recalled(self) -> bool:
        return all(r.mention.modality == RECALLED for r in self.reports)

    @property
    def core_type(self) -> str:
        """The type its most precisely dated reports give (what the event is, not how it was told)."""
        date = self.date
        return most_common(r.mention.type for r in self.reports if r.mention.date == date) or self.reports[0].mention.type

    @property
    def core(self) -> list[Report]:
        """The dated reports: what the event is; undated elaborations ride along."""
        return [r for r in self.reports if r.mention.date is not None] or self.reports

    def agrees(self, reports: Iterable[Report], *, core: bool = False) -> bool:
        """Complete link: every report of `reports` fits every report here (or every core one): type, polarity, mode, date modifier."""
        mine = self.core if core else self.reports
        mods = {x.mention.date_mod for x in mine if x.mention.date_mod}
        for r in reports:
            m = r.mention
            if any(m.negated != x.mention.negated or not types_compatible(m.type, x.mention.type) for x in mine):
                return False
            if any(other_speaker(r, x) or voiced_apart(r, x) or spoken_by_target(r, x) for x in mine):
                return False  # Macron's words on Trump are not Trump's words, however many names they share
            if not modes_compatible(m.mode, self.modes):
                return False  # a rocket attack is not the drone attack
            if m.date_mod and mods and m.date_mod not in mods:
                return False
        return True

    def accepts(self, r: Report, generic: frozenset[str]) -> bool:
        """Whether `r`, from the same document, restates or elaborates this event.

        A restatement gives the same day and any participant in common; an
        undated elaboration shares the sentence that dates the event, a
        specific participant or place, or (naming no one) the weapon.
        """
        m = r.mention
        if not self.agrees([r]) or self.recalled != (m.modality == RECALLED):
            return False  # an anniversary's event is not the attack told beside it
        if m.date is not None and not dates_compatible(m.date, self.date):
            return False
        shared = self.anchors & r.anchors
        if shared - generic or any(x.same_sentence(r) for x in self.reports):
            return True
        if shared and m.date is not None and len(m.date) >= DAY_PRECISION:
            return True
        return not r.anchors and m.mode is not None and m.mode in self.modes


def told_apart(c: Cluster, r: Report) -> bool:
    """Whether a report of `c` and `r`, of one document, lie on two sides of a sentence told as another incident
    ("وفي حادث منفصل، قال خفر السواحل التركي إن تسعة مهاجرين غرقوا"): what follows it is not what came before."""
    at = r.mention.span.start
    for x in c.reports:
        if x.same_sentence(r):
            continue
        if (r.separate and x.mention.span.start < at) or (x.separate and at < x.mention.span.start):
            return True
    return False


def other_speaker(a: Report, b: Report) -> bool:
    """Two statements by two named persons: two events, whatever they are about. A person's statement and an
    organisation's are two as well, unless one sentence names the other speaker: a ministry speaks through its
    spokesman ("وقال المتحدث باسم الخارجية، X"), a movement's leader is not the other side's ministry."""
    if a.mention.type != SPEECH_TYPE or b.mention.type != SPEECH_TYPE:
        return False
    if a.speaker is not None and b.speaker is not None:
        return a.speaker != b.speaker
    for person, body in ((a, b), (b, a)):
        if person.speaker is not None and body.body_speaker is not None:
            return body.body_speaker not in person.named and person.speaker not in body.named
    return False


def spoken_by_target(a: Report, b: Report) -> bool:
    """A person's statement and an act done to him by another are two acts, however close they are told: the speaker
    re-elected or designated ("قال رئيس الوزراء المكلف سعد الحريري الخميس إن الحكومة التي كلف بتشكيلها…"، Berri's
    thanks after his election) speaks for himself, while a spokesman announcing his side's act is still that act."""
    for said, done in ((a, b), (b, a)):
        if (said.mention.type == SPEECH_TYPE and done.mention.type != SPEECH_TYPE and said.speaker is not None
                and done.target == said.speaker and said.speaker not in done.actors):
            return True
    return False


def voiced_apart(a: Report, b: Report) -> bool:
    """A demand or refusal voiced by a named person is that person's own act, not the protest it speaks of (a
    government spokesman calling on the world to press Israel, beside the march), unless the person leads it."""
    for protest, other in ((a, b), (b, a)):
        if (protest.mention.type == PROTEST_TYPE and other.mention.type != PROTEST_TYPE
                and other.speaker is not None and other.speaker != protest.speaker):
            return True
    return False


def one_voice(a: Cluster, b: Cluster) -> bool:
    """Whether `a` and `b` are one country's act told with two names of its state ("رفعت الحكومة المصرية أسعار
    الوقود" and "رفعت مصر أسعار الوقود"; "وزارة الخارجية الفرنسية" and "باريس"): every dated report of each has an
    actor that speaks for that one country, the two name it differently, one of them as the whole state, both tell
    the same kind of act, and, a state acting on many matters a day, they are of one story and their sentences
    share the matter (`same_matter`)."""
    parties = {r.party for r in a.core} | {r.party for r in b.core}
    if len(parties) != 1 or None in parties or {r.voice for r in a.core} & {r.voice for r in b.core}:
        return False  # the same name is already an anchor in common
    if a.core_type != b.core_type:
        return False  # the army's strike and the ministry's closing of a crossing are two acts
    if not (all(r.whole_state for r in a.core) or all(r.whole_state for r in b.core)):
        return False  # two bodies' words (the Kremlin's, the foreign ministry's) are two statements
    if not ({r.story for r in a.core} & {r.story for r in b.core}) - {None}:
        return False
    return same_matter(frozenset().union(*(r.matter for r in a.core)), frozenset().union(*(r.matter for r in b.core)))


def same_matter(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences' content terms share one that few news articles use (under `MATTER_SHARE` of the
    background's): "الوقود"، "الأدلة", not "الحكومة" or "بيان"."""
    n_docs, df = background()
    return any(df.get(t, 0) < MATTER_SHARE * n_docs for t in a & b)


def places_conflict(a: Cluster, b: Cluster, generic: frozenset[str]) -> bool:
    """Each names a specific place the other never mentions: two attacks in two cities."""
    pa, pb = a.locations - generic, b.locations - generic
    return bool(pa and pb and not (pa & b.anchors) and not (pb & a.anchors))


def most_common(items: Iterable[str | None]) -> str | None:
    tally = Counter(x for x in items if x)
    if not tally:
        return None
    first_seen = {x: i for i, x in reversed(list(enumerate(tally)))}
    return max(tally, key=lambda x: (tally[x], -first_seen[x]))


def most_precise(dates: Iterable[str | None]) -> str | None:
    """The most precise date given, the most often given among equally precise ones."""
    tally = Counter(d for d in dates if d)
    if not tally:
        return None
    return max(tally, key=lambda d: (len(d), tally[d], d))
