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
  counts 1, one country's state named two ways by the same kind of act of one
  story on one matter ("رفعت الحكومة المصرية أسعار الوقود", "رفعت مصر أسعار
  الوقود": data/state_heads.tsv, data/state_seats.tsv) 1. The same day needs any evidence; a vaguer date needs the same
  kind of event and a specific participant in common. The strongest
  candidate wins. Two events of one document are never merged: it told them
  apart.

Last, rasad.corpus.event_joins joins a cluster with no date at all ("جاء
الهجوم بعد ساعات من استهداف قاعدة عين الأسد") to the dated event of another
document that fits it strongly, when one does best.

Events get ids v1, v2… in date order; `story_timelines` lists each story's
events by date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rasad.corpus.compare import rising_counts
from rasad.corpus.event_clusters import (
    DAY_PRECISION,
    MIN_CROSS_DOC_PRECISION,
    SPEECH_TYPE,
    Cluster,
    Report,
    dates_compatible,
    modes_compatible,
    most_common,
    one_voice,
    opens_separate_report,
    places_conflict,
    told_apart,
    types_compatible,
)
from rasad.corpus.event_joins import COUNTRY_KB_PREFIX, JoinContext, join_next_day, join_undated
from rasad.corpus.model import DocSpan, Entity, Event, Story, entity_ids_by_key
from rasad.corpus.state_voices import Voice, voices
from rasad.corpus.terms import terms
from rasad.document import Count, Document, EventMention, Span
from rasad.extract.speech import mention_key

__all__ = ["dates_compatible", "merge_events", "modes_compatible", "story_timelines", "types_compatible"]

GENERIC_MIN_DOCS = 10  # below this, how many documents name an entity says nothing of how generic it is
GENERIC_DOC_SHARE = 0.5  # in a larger corpus, an entity half the documents name is generic
LATE_PARTS_OF_DAY = ("TEV", "TNI")  # TIMEX3 evening and night: an event then is often dated to the next day elsewhere
CALENDAR_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")  # "2018-07-13" of "2018-07-13TEV"


def merge_events(docs: Sequence[Document], entities: Sequence[Entity], stories: Sequence[Story] = ()) -> list[Event]:
    """Merge the event mentions of `docs` into cross-document events (ids v1, v2… by date); `stories` (the corpus's
    story clusters) let an undated statement join its speaker's dated one in another document of its story."""
    key_to_id = entity_ids_by_key(entities)
    generic = _generic_ids(entities, len(docs))
    persons = frozenset(e.id for e in entities if e.type == "PER")
    bodies = frozenset(e.id for e in entities if e.type == "ORG")
    state_voices = voices(entities)
    story_of = {doc: s.id for s in stories for doc in s.docs}
    clusters = [c for order, doc in enumerate(docs)
                for c in _doc_clusters(_reports(doc, order, key_to_id, persons, bodies, state_voices, story_of.get(doc.id)),
                                       generic)]
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
    ctx = JoinContext.of(docs, entities, stories)
    merged = join_next_day(join_undated(merged, generic, ctx), generic, ctx)
    merged.sort(key=lambda c: (c.date or "9999", c.reports[0].order, c.reports[0].index))
    return [_event(f"v{i}", c, ctx.published, generic) for i, c in enumerate(merged, start=1)]


def _generic_ids(entities: Sequence[Entity], n_docs: int) -> frozenset[str]:
    """Entities too common to tell one event from another: countries, and in a large corpus whatever most documents name."""
    common = n_docs >= GENERIC_MIN_DOCS
    return frozenset(
        e.id for e in entities
        if (e.kb_id or "").startswith(COUNTRY_KB_PREFIX)
        or (common and len({m.doc for m in e.mentions}) >= GENERIC_DOC_SHARE * n_docs)
    )


def _reports(doc: Document, order: int, key_to_id: dict[str, str], persons: frozenset[str] = frozenset(),
             bodies: frozenset[str] = frozenset(), state_voices: dict[str, Voice] | None = None,
             story: str | None = None) -> list[Report]:
    """A document's event mentions with entity ids; the actor of each is its speaker when a person, its body speaker
    when an organisation (a country speaks through its officials: "أعلن العراق" and "أعلن مستشار الأمن القومي" may be
    one announcement; a ministry through the spokesman its sentence names), and its voice when it speaks for a
    country (`state_voices`: entity id -> its voice, `rasad.corpus.state_voices`)."""
    state_voices = state_voices or {}
    out = []
    for index, m in enumerate(doc.events):
        people = {key_to_id.get(k, k) for k in (m.actor, m.target) if k}
        location = key_to_id.get(m.location, m.location) if m.location else None
        actor = key_to_id.get(m.actor, m.actor) if m.actor else None
        voice = state_voices.get(actor or "")
        out.append(Report(doc.id, index, order, m, frozenset(people), location, actor if actor in persons else None,
                          actor if actor in bodies else None, _named(doc, m.span, key_to_id), _days(doc, m.span),
                          _days(doc, m.span, LATE_PARTS_OF_DAY),
                          target=key_to_id.get(m.target, m.target) if m.target else None,
                          separate=opens_separate_report(doc.text[m.span.start : m.span.end]),
                          voice=actor if voice else None, party=voice.country if voice else None,
                          whole_state=bool(voice and voice.whole), matter=_matter(doc, m) if voice else frozenset(),
                          story=story))
    return out


def _days(doc: Document, span: Span, parts: tuple[str, ...] | None = None) -> frozenset[str]:
    """The calendar dates (to the day at most) of the time expressions inside `span`; with `parts`, only of
    those naming one of these parts of a day ("2018-07-13TEV": مساء الجمعة)."""
    values = (t.value for t in doc.timexes if t.value and "W" not in t.value and span.start <= t.span.start < span.end)
    if parts is not None:
        values = (v for v in values if v[DAY_PRECISION:] in parts)
    return frozenset(m.group() for v in values if (m := CALENDAR_DATE.match(v)))


def _matter(doc: Document, event: EventMention) -> frozenset[str]:
    """The content terms of an event's sentence outside the names it mentions and its trigger: what it is about
    ("أسعار الوقود" of "رفعت الحكومة المصرية أسعار الوقود"), not who did it nor what kind of act it is."""
    span = event.span
    text = doc.text[span.start : span.end]
    names = [m.span for m in doc.mentions if span.start <= m.span.start and m.span.end <= span.end]
    for cut in names + ([event.trigger] if event.trigger else []):
        a, b = max(cut.start - span.start, 0), max(cut.end - span.start, 0)
        text = text[:a] + " " * (b - a) + text[b:]
    return frozenset(terms(text))


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
        home = next((c for c in clusters if c.accepts(r, generic) and not told_apart(c, r)), None)
        if home is None:
            clusters.append(Cluster([r]))
        else:
            home.reports.append(r)
    for r in sorted((r for r in reports if r.mention.date is None), key=lambda r: r.index):
        homes = [c for c in clusters if c.accepts(r, generic) and not told_apart(c, r)]
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
    if (a.separate or b.separate) and not specific:
        return 0  # another incident than its document's story: the same day and weapon do not make it that story
    if len(da or "") != len(db or "") or len(da or "") < DAY_PRECISION:
        return 2 * specific if specific and a.core_type == b.core_type else 0
    score = 2 * specific + len(shared & generic) + _counts_agree(a, b) + one_voice(a, b)
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
    dated = [r for r in reports if r.mention.date == cluster.date]
    return Event(
        id=event_id,
        type=_event_type([(r.doc, r.mention) for r in dated or reports], cluster.date),
        date=cluster.date,
        date_mod=most_common(r.mention.date_mod for r in dated if r.mention.date_mod),
        participants=[p for p, _ in sorted(participants.items(), key=lambda kv: (-kv[1], kv[0]))],
        location=most_common(specific or places),
        mode=most_common(m.mode for m in mentions if m.mode),
        counts=_counts(sorted(reports, key=lambda r: (published.get(r.doc, ""), r.order, r.index))),
        modality=most_common(m.modality for m in mentions if m.modality),
        negated=all(m.negated for m in mentions),
        mentions=[DocSpan(r.doc, r.mention.span) for r in reports],
        sources=[r.index for r in reports],
    )


def _event_type(told: Sequence[tuple[str, EventMention]], date: str | None = None) -> str:
    """The type most reports give (the caller passes (document, mention) for those dated to the event's day, when
    there are any: undated asides that joined it, "وقد أكد X" after "غداة إدانة X", do not retype it however many
    they are), a sentence voting once for each type it gives (two statements in the sentence that tells the threat
    "قال فيها إنه سيكون مضطرا إلى إغلاق الموانئ" do not outvote the lead's "هدد"); on a tie, a type a report dated to
    the event's day gives, then what happened over the statement that told it."""
    mentions = [m for _, m in told]
    tally = Counter(t for _, _, t in {(doc, m.span, m.type) for doc, m in told})
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
