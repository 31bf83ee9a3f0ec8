"""The events component: sentences, time expressions and mentions in, EventMentions out.

Per sentence: triggers and speech acts become drafts; an event named as the
object of another ("أعلن انتهاء المهام"، "اتفقا على انسحاب"، "طالبت بانسحاب")
is governed by it and takes its modality; same-type triggers of one clause are
one event; each time expression dates the nearest event of its clause that
may take it (dating.py). An event with no date of its own takes the
publication date only when it is the news of the day: a verb in a lead
sentence with no time expression and no pluperfect (وكان … قد). A definite
noun with nothing new ("الهجوم") refers back to the last event of its type and
adds its counts there instead of making a new event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasad.arabic.normalize import norm
from rasad.document import Count, Document, EventMention, Span
from rasad.extract.claims import find_claims
from rasad.extract.events import arguments as args
from rasad.extract.events import counts as cnt
from rasad.extract.events import dating
from rasad.extract.events.disasters import DISASTER, attack_told, disaster_cause
from rasad.extract.events.lexicon import casualty_index, mode_index
from rasad.extract.events.modality import governed_modality, modality_before
from rasad.extract.events.triggers import Hit, clause_of, clause_starts, find_triggers
from rasad.extract.quotes import SpeechAct, speech_acts
from rasad.extract.wordscan import Word, function_words, scan
from rasad.pipeline import component

COMMUNICATIVE = frozenset({"STATEMENT", "AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONSULT"})
_COUNTED_TYPES = ("ASSAULT", "COERCE", DISASTER)
_CASUALTY_TYPES = ("ASSAULT", DISASTER)
_PUNCTUAL = frozenset({"ASSAULT", "COERCE", "PROTEST", DISASTER})
_LEAD_SENTENCES = 2
_ANAPHORA_PARAGRAPHS = 3
_QAD = norm("قد")
_OBJECT_REACH = 20  # words between a speech verb and the event it names
RECALLED = "recalled"  # the modality of an event an anniversary recalls


@dataclass
class Draft:
    type: str
    sentence: Span
    s_index: int
    paragraph: int
    first: int
    last: int
    trigger: Span
    clause: int
    pos: str  # verb, noun, speech
    tense: str
    flags: frozenset[str] = frozenset()
    hit: Hit | None = None
    act: SpeechAct | None = None
    governor: Draft | None = None
    govern_kind: str | None = None
    absorbed: bool = False  # an announcement whose event stands for it
    vague_time: bool = False  # its clause's time expression names no calendar day ("الأسبوع الفائت")
    actor_guessed: bool = False  # the actor is a nearby subject, not read from the trigger's own frame
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    date: str | None = None
    date_mod: str | None = None
    date_at: int | None = None  # the word where the time expression that dated it starts
    modality: str | None = None
    mode: str | None = None
    counts: list[Count] = field(default_factory=list)

    @property
    def negated(self) -> bool:
        return bool(self.hit and self.hit.negated)


def _word_at(words: Sequence[Word], pos: int) -> int:
    return next((k for k, w in enumerate(words) if w.end > pos), len(words) - 1)


def _drafts(doc: Document, words: list[Word], sentence: Span, s_index: int, paragraph: int,
            acts: list[SpeechAct], starts: list[int], context_cause: str | None = None) -> list[Draft]:
    out: list[Draft] = []
    for act in acts:
        i, j = _word_at(words, act.verb.start), _word_at(words, act.verb.end - 1)
        d = Draft(act.sv.type, sentence, s_index, paragraph, i, j, act.verb, clause_of(starts, i), "speech", act.sv.form, act=act)
        speaker = next((m for m in doc.mentions if m.span == act.speaker_span), None)
        d.actor = args.entity_key(doc, speaker) if speaker is not None else act.speaker or act.institution
        # "مؤكدا"، "مهددة": the same statement goes on; "وفقا لبيان X": only dates what follows
        d.absorbed = act.sv.form == "participle" or act.sv.cls == "according"
        out.append(d)
    mentions = [m for m in doc.mentions if sentence.start <= m.span.start < sentence.end]
    speech_words = {d.first for d in out}
    timexes = [t.span for t in doc.timexes if sentence.start <= t.span.start < sentence.end]
    for h in find_triggers(words, mentions, timexes):
        if h.first in speech_words:
            continue
        span = Span(words[h.first].start, words[h.last].end)
        out.append(Draft(h.entry.type, sentence, s_index, paragraph, h.first, h.last, span, clause_of(starts, h.first),
                         h.entry.pos, h.entry.tense, h.entry.flags, hit=h))
    out.sort(key=lambda d: d.first)
    return _disasters(words, out, sentence, s_index, paragraph, starts, context_cause)


def _disasters(words: list[Word], drafts: list[Draft], sentence: Span, s_index: int, paragraph: int, starts: list[int],
               context_cause: str | None) -> list[Draft]:
    """Deaths in a collapse, flood or crash: the casualty events become DISASTERs, or one is made
    when no casualty word made an event. With no cause in the sentence, `context_cause` (the cause of
    the disaster the article told, when it told of no attack) makes its bare deaths DISASTERs."""
    casualties = [d for d in drafts if d.type == "ASSAULT"]
    marks = [(d.first, d.flags) for d in casualties]
    found = disaster_cause(words, marks)
    if found is None and context_cause is not None and casualties and not attack_told(words, marks):
        for d in casualties:
            d.type, d.mode = DISASTER, context_cause
        return drafts
    if found is None:
        return drafts
    cause, at = found
    for d in casualties:
        d.type, d.mode = DISASTER, cause
    if not casualties:  # at the deaths ("لقي خمسة حتفهم"), which the sentence's date governs, else the cause
        at = next(iter(casualty_index().find_all(words)), at)
        made = Draft(DISASTER, sentence, s_index, paragraph, at.first, at.last, at.span(words), clause_of(starts, at.first),
                     "noun", "noun", mode=cause)
        drafts = sorted([*drafts, made], key=lambda d: d.first)
    return drafts


def _govern(drafts: list[Draft], words: Sequence[Word]) -> None:
    """Link events named as the object of a speech act, agreement, demand or threat."""
    for g in drafts:
        if g.act is not None:
            content = g.act.content
            end = content.start if content else g.sentence.end
            for d in drafts:
                if d is g or d.governor is not None or d.act is not None:
                    continue
                if content is not None and content.start <= words[d.first].start < content.end:
                    kind = g.type if g.type in ("REQUEST", "THREATEN", "REJECT") else "say"
                    d.governor, d.govern_kind = g, kind
                elif g.first < d.first and words[d.first].start < end and d.clause == g.clause and d.first - g.last <= _OBJECT_REACH:
                    kind = "announce" if g.act.sv.cls == "announce" else g.type if g.type in ("REQUEST", "THREATEN", "REJECT") else "say"
                    d.governor, d.govern_kind = g, kind
                    g.absorbed = g.absorbed or kind == "announce"
        elif "content" in g.flags:
            for d in drafts:
                if d is not g and d.governor is None and d.act is None and d.clause == g.clause and d.first > g.last and d.type != g.type:
                    d.governor, d.govern_kind = g, g.type


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One event per type and clause (and governing event), unless their actors differ."""
    out: list[Draft] = []
    for d in drafts:
        same = next((o for o in out if o.type == d.type and o.clause == d.clause and o.governor is d.governor
                     and o.act is None and d.act is None and _compatible(o, d)), None)
        if same is None:
            out.append(d)
            continue
        if "subj=target" in d.flags and d.target:
            same.target = d.target
        if not same.actor or (same.actor_guessed and d.actor and not d.actor_guessed):
            same.actor, same.actor_guessed = d.actor, d.actor_guessed
        same.target = same.target or d.target
        same.location = same.location or d.location
        if not ({"weak", "aux"} & d.flags):
            same.flags = same.flags - {"weak", "aux"}
        if "series" not in d.flags or d.pos == "verb":
            same.flags = same.flags - {"series"}
    return out


def _compatible(a: Draft, b: Draft) -> bool:
    """Two same-type triggers of a clause report one event unless they name different actors."""
    if a.actor == b.actor or bool({"aux"} & (a.flags | b.flags)):
        return True
    return not a.actor or not b.actor or a.actor_guessed or b.actor_guessed


def _roles(doc: Document, words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    placed = args.place_mentions(doc, words)
    bounds = [*starts, len(words)]
    previous_actor: str | None = None
    for d in drafts:
        lo, hi = bounds[d.clause], bounds[d.clause + 1]
        if d.act is not None:
            roles = args.verb_roles(placed, d.first, d.last, lo, hi, False) if d.type != "STATEMENT" else args.Roles()
            roles.actor = None
        elif d.pos == "verb":
            event_subject = any(o.pos == "noun" and o.type == d.type and 0 < o.first - d.last <= 2 for o in drafts)
            roles = args.verb_roles(placed, d.first, d.last, lo, hi, "subj=target" in d.flags, event_subject)
        else:
            genitive = "target" if "gen=target" in d.flags else "none" if "gen=none" in d.flags else "actor"
            agent_after = genitive != "target" and d.type not in _COUNTED_TYPES
            roles = args.noun_roles(placed, words, d.first, d.last, lo, hi, genitive, agent_after)
            d.actor_guessed = roles.actor_guessed
        if d.type == DISASTER:  # where it struck may be named in the clause of its cause
            roles.location = roles.location or args.location_in(placed, d.first, d.last, 0, len(words))
        if roles.actor is not None:
            d.actor = args.entity_key(doc, roles.actor)
        if roles.target is not None:
            d.target = args.entity_key(doc, roles.target)
        place = args.place_of(roles)
        if place is not None:
            d.location = args.entity_key(doc, place)
        if d.govern_kind == "announce" and d.governor is not None and d.governor.actor:
            d.actor = d.governor.actor  # who announces a withdrawal, an alert, a handover did it
        elif d.governor is not None and d.govern_kind != "say":  # what a speaker asserts is not their act
            d.actor = d.actor or d.governor.actor
            d.target = d.target or (d.governor.target if d.governor.act is None else None)
        if d.actor is None and d.pos == "verb" and previous_actor and "subj=target" not in d.flags and d.type != DISASTER:
            d.actor = previous_actor  # a verb with its subject dropped continues the sentence's subject
        if d.type == "AGREE" and d.hit is not None and roles.actor is None or (d.type == "AGREE" and d.governor is None):
            talks = next((o for o in drafts if o.type == "CONSULT" and o.first < d.first and o.actor and o.target), None)
            if talks is not None:  # "جولة الحوار بين X وY … انتهت بالاتفاق": X and Y agreed
                d.actor, d.target = talks.actor, talks.target
        if d.type == DISASTER:
            d.actor = None  # nobody inflicted it
        if d.actor == d.target:
            d.target = None
        if d.actor and d.governor is None and d.pos == "verb":
            previous_actor = d.actor


def _eligible(d: Draft, cue: dating.DateCue) -> bool:
    """Whether the time expression `cue` may date draft `d` (same clause already checked)."""
    if d.act is not None and d.act.sv.form == "participle":
        return False
    if d.modality == RECALLED:
        return cue.index > d.last  # "ذكرى مقتل X في يناير 2020": only its own date, never the day of the anniversary
    if cue.since and d.tense == "present":
        return False  # "يقدم الدعم منذ 2014": a state that goes on, not an event then
    if d.act is not None and d.act.content is not None and d.act.content.start <= cue.timex.span.start < d.act.content.end:
        return False  # a date inside the quote belongs to what is quoted
    if d.govern_kind in ("AGREE", "REQUEST", "THREATEN", "REJECT"):
        return cue.deadline
    if d.govern_kind == "say" and cue.index < d.first and not _inside_content(d, cue):
        return False  # "شدد X، الأربعاء، على انتهاء…": the day of the statement
    if cue.deadline:
        return d.type not in COMMUNICATIVE
    value = cue.value or ""
    if "series" in d.flags and (cue.since or len(value) < 10):
        return False
    return not (d.type in _PUNCTUAL and len(value) < 10 and cue.timex.mod in ("START", "MID", "END"))


def _inside_content(d: Draft, cue: dating.DateCue) -> bool:
    """Whether `cue` lies in the quoted content of the speech act that governs `d`."""
    act = d.governor.act if d.governor is not None else None
    return act is not None and act.content is not None and act.content.start <= cue.timex.span.start < act.content.end


def _date(doc: Document, words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    cues = dating.date_cues(doc, drafts[0].sentence, words) if drafts else []
    for cue in cues:
        if cue.began:  # "المفاوضات التي انطلقت العام الماضي": when they began, not when they ended or were announced
            continue
        clause = clause_of(starts, cue.index)
        candidates = [d for d in drafts if d.clause == clause and _eligible(d, cue)]
        if not candidates:
            continue
        owner = min(candidates, key=lambda d: (abs(d.first - cue.index), d.first))
        if owner.date is not None or owner.vague_time:
            continue
        if cue.value is None:  # "أعلن، الأسبوع الفائت، …": dated, to no calendar day; a later date is another event's
            owner.vague_time = True
            continue
        value = cue.value
        if cue.deadline:
            owner.date, owner.date_mod, owner.modality = dating.deadline_date(value, cue.timex.mod), None, "deadline"
        else:
            owner.date, owner.date_mod = value, cue.timex.mod
        owner.date_at = cue.index
    anchor = next((d.date for d in drafts if d.date and d.governor is None), None)
    for d in drafts:
        if d.date is None and anchor is not None and (offset := dating.relative_offset(words, d.first)) is not None:
            d.date = dating.shift(anchor, offset)
        if d.date is None and d.govern_kind == "announce" and d.governor is not None:
            d.date, d.date_mod = d.governor.date, d.governor.date_mod


def _fallback_date(doc: Document, words: list[Word], drafts: list[Draft], has_cue: bool,
                   previous_dates: dict[str, tuple[int, str, bool]]) -> None:
    published = (doc.meta.published or "")[:10] or None
    pluperfect = any(w.text in function_words("pluperfect") for w in words[:3]) or any(w.text in (_QAD, "و" + _QAD) for w in words)
    for d in drafts:
        if d.date is not None or d.vague_time or d.modality == RECALLED:
            continue
        if d.act is not None and d.actor and d.actor in previous_dates:
            paragraph, date, from_document = previous_dates[d.actor]
            if d.paragraph - paragraph <= 1 and (from_document or not d.act.explicit):
                # the same statement goes on: "وأضاف…"، or a statement read from its text
                # ("وفقا لبيان X صدر أمس" … "واتهمت X" … "وتوعدت بأن…")
                d.date = date
                continue
        lead = d.s_index < _LEAD_SENTENCES
        finite = d.pos in ("verb", "speech") and d.tense in ("past", "present")
        in_content = d.governor is not None and d.govern_kind not in ("say", "announce")
        if published and lead and finite and not has_cue and not pluperfect and not in_content and not d.negated or published and lead and d.govern_kind == "announce" and not has_cue and not pluperfect:
            d.date = published


def _dated_before(d: Draft, toll_at: int) -> bool:
    """Whether `d` has a date of its own, told before the new toll: "قتل 24 شخصا الأحد …، وفق حصيلة جديدة
    أعلنت الاثنين" (the deaths were on Sunday, the toll came on Monday)."""
    return d.date_at is not None and d.first < d.date_at < toll_at


def _modalities(words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """Before dating: a recalled event ("ذكرى اغتيال X") takes no date of the day it is recalled on."""
    for d in drafts:
        d.modality = governed_modality(d.govern_kind) or modality_before(words, d.first, starts[d.clause])
        if d.modality is None and d.hit is not None and d.hit.future:
            d.modality = "planned"


def _details(words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    bounds = [*starts, len(words)]
    modes = mode_index().find_all(words)
    for d in drafts:
        lo, hi = bounds[d.clause], bounds[d.clause + 1]
        if d.type == "ASSAULT":
            found = [m.payload for m in modes if lo <= m.first < hi] or [m.payload for m in modes]
            d.mode = min(found, key=lambda p: p[1])[0] if found else None


def _restore_announcements(drafts: list[Draft]) -> None:
    """An announcement stands for what it announces only where that is an event: "أعلن الوزير الاثنين
    حصيلة قتلى حادث القطار" names a disaster with no count, which is dropped, so the statement stays."""
    for d in drafts:
        g = d.governor
        if d.type == DISASTER and not d.counts and g is not None and g.act is not None and d.govern_kind == "announce":
            kept = [o for o in drafts if o.governor is g and o.govern_kind == "announce" and (o.type != DISASTER or o.counts)]
            g.absorbed = bool(kept) or g.act.sv.form == "participle" or g.act.sv.cls == "according"
            if not g.absorbed and g.date is None:  # the day the sentence gave the announced disaster is the announcement's
                g.date, g.date_mod = d.date, d.date_mod


def _attach_counts(words: list[Word], drafts: list[Draft], recent: list[Draft]) -> None:
    counted = cnt.counted_numbers(words)
    takers = [d for d in drafts if d.type in _COUNTED_TYPES]
    groups: dict[int, list[cnt.Counted]] = {}
    for c in counted:
        if c.role is None:
            continue
        owner = _count_owner(takers, c.first, c.role)
        if owner is None and recent:
            owner = recent[-1]
        if owner is not None:
            groups.setdefault(id(owner), []).append(c)
    everyone = {id(d): d for d in [*takers, *recent]}
    for key, items in groups.items():
        everyone[key].counts = _merge_counts(everyone[key].counts, cnt.event_counts(words, items))
    zeros = cnt.zero_counts(words)
    if zeros:
        owner = next((d for d in takers if d.type in _CASUALTY_TYPES), recent[-1] if recent else None)
        if owner is not None:
            owner.counts = _merge_counts(owner.counts, zeros)


def _count_owner(takers: list[Draft], index: int, role: str) -> Draft | None:
    preferred = [d for d in takers if (d.type == "COERCE") == (role == "arrested")] or takers
    before = [d for d in preferred if d.first <= index]
    return before[-1] if before else (preferred[0] if preferred else None)


def _merge_counts(have: list[Count], new: list[Count]) -> list[Count]:
    seen = {c.what for c in have}
    return have + [c for c in new if c.what not in seen]


def _keep(d: Draft, emitted: list[Draft]) -> bool:
    """Whether a draft is an event of its own (else it is dropped or folded into an earlier one)."""
    if d.absorbed or (d.act is not None and d.actor is None):
        return False
    if d.hit is not None and d.hit.definite and d.pos == "noun" and not (d.date or d.actor or d.target) and d.modality != RECALLED:
        prior = next((e for e in reversed(emitted) if e.type == d.type and d.paragraph - e.paragraph <= _ANAPHORA_PARAGRAPHS), None)
        if prior is not None:  # "الهجوم" again: the same attack
            prior.counts = _merge_counts(prior.counts, d.counts)
            prior.mode = prior.mode or d.mode
            prior.location = prior.location or d.location
            return False
    if d.type == DISASTER:
        return bool(d.counts)
    if ("aux" in d.flags and not (d.mode or d.counts)) or ("weak" in d.flags and not (d.actor or d.target)):
        return False
    if not (d.actor or d.target or d.location):
        return d.type == "ASSAULT" and bool(d.counts or d.mode)
    return True


def _context_cause(emitted: list[Draft]) -> str | None:
    """The cause of the last disaster told so far, unless an attack was told too."""
    if any(e.type == "ASSAULT" for e in emitted):
        return None
    return next((e.mode for e in reversed(emitted) if e.type == DISASTER), None)


def _sentences_by_paragraph(doc: Document) -> list[tuple[int, Span]]:
    paragraphs = [b.span for b in doc.body] or [Span(0, len(doc.text))]
    out = []
    for s in doc.sentences:
        p = next((k for k, para in enumerate(paragraphs) if para.start <= s.start < para.end), None)
        if p is not None:
            out.append((p, s))
    return out


def extract_events(doc: Document) -> list[EventMention]:
    acts_by_sentence: dict[Span, list[SpeechAct]] = {}
    for act in speech_acts(doc):
        acts_by_sentence.setdefault(act.sentence, []).append(act)
    emitted: list[Draft] = []
    previous_dates: dict[str, tuple[int, str, bool]] = {}
    for s_index, (paragraph, sentence) in enumerate(_sentences_by_paragraph(doc)):
        words = scan(doc.text, sentence)
        if not words:
            continue
        timex_spans = [(t.span.start, t.span.end) for t in doc.timexes if sentence.start <= t.span.start < sentence.end]
        starts = clause_starts(words, timex_spans)
        drafts = _drafts(doc, words, sentence, s_index, paragraph, acts_by_sentence.get(sentence, []), starts, _context_cause(emitted))
        _govern(drafts, words)
        _roles(doc, words, drafts, starts)
        drafts = _merge(drafts)
        _modalities(words, drafts, starts)
        _date(doc, words, drafts, starts)
        has_cue = bool(dating.date_cues(doc, sentence, words))
        _fallback_date(doc, words, drafts, has_cue, previous_dates)
        toll_at = dating.new_toll_at(words)
        if toll_at is not None:  # the day of the new toll is not the day of the attack
            for d in drafts:
                if d.type in _CASUALTY_TYPES and not _dated_before(d, toll_at):
                    d.date = d.date_mod = None
        _details(words, drafts, starts)
        recent = [e for e in emitted if e.type in _CASUALTY_TYPES and paragraph - e.paragraph <= 1]
        _attach_counts(words, drafts, recent)
        _restore_announcements(drafts)
        for d in drafts:
            if d.act is not None and d.actor and d.date:
                earlier = previous_dates.get(d.actor)
                from_document = d.act.sv.cls == "according" or bool(earlier and earlier[2] and earlier[1] == d.date)
                previous_dates[d.actor] = (paragraph, d.date, from_document)
            if _keep(d, emitted):
                emitted.append(d)
    return [_freeze(d) for d in emitted]


def _freeze(d: Draft) -> EventMention:
    return EventMention(
        span=d.sentence, type=d.type, trigger=d.trigger, actor=d.actor, target=d.target, location=d.location,
        date=d.date, date_mod=d.date_mod, mode=d.mode, counts=tuple(d.counts), negated=d.negated, modality=d.modality,
    )


def refresh(doc: Document) -> Document:
    """Events and claims again, after the document's time expressions changed.

    Event dates come from `doc.timexes`; when a corpus job settles a publication
    date and resolves the time expressions again (`rasad.corpus.dates`), the
    events and the claims that point into them must be recomputed.
    """
    doc.events = extract_events(doc)
    if "claims" in doc.provided:
        doc.claims = find_claims(doc)
    return doc


@component("events", requires=("sentences", "timexes", "mentions"), provides=("events",))
def events_component(doc: Document) -> Document:
    doc.events = extract_events(doc)
    return doc
