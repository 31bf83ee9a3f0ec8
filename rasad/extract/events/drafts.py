"""Drafts: the events one sentence may report, before they are kept, dated or counted.

A draft is mutable while `component.extract_events` works through its steps
(roles, dating, counts); the ones kept become frozen `EventMention`s. This
module builds a sentence's drafts (speech acts and trigger words), turns the
deaths of a collapse, flood or crash into DISASTERs, links an event named as
the object of another ("أعلن انتهاء المهام"، "طالبت بانسحاب") to its governor,
and makes one event of the same-type triggers of a clause. It also holds the
type sets the other steps share, so that none of them imports the component.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasad.document import Count, Document, Span
from rasad.extract.events import arguments as args
from rasad.extract.events.disasters import DISASTER, attack_told, cause_index, disaster_cause
from rasad.extract.events.lexicon import (
    casualty_heads,
    casualty_index,
    correspondent_words,
    not_trigger_index,
    report_verbs,
    topic_words,
)
from rasad.extract.events.modality import speech_negated
from rasad.extract.events.triggers import Hit, clause_of, find_triggers
from rasad.extract.mention_index import mention_index
from rasad.extract.quotes import SpeechAct
from rasad.extract.wordscan import Word, function_words, word_ending_after

STATE_VOICE = "state_voice"  # a flag: the speaker is the state's media, an outlet (common_bodies.state_medium_at)
COMMUNICATIVE = frozenset({"STATEMENT", "AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONSULT"})
COUNTED_TYPES = ("ASSAULT", "COERCE", DISASTER)
CASUALTY_TYPES = ("ASSAULT", DISASTER)
RECALLED = "recalled"  # the modality of an event an anniversary recalls
TOPIC = "topic"  # the govern kind of an event a statement is about ("بشأن اختفاء X"), not one it announces or asserts
REPORT = "report"  # the govern kind of an event a report brings in ("أفادت الشرطة بمقتل شخصين"): the news itself
_OBJECT_REACH = 20  # words between a speech verb and the event it names


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
    by_publication: bool = False  # a lead event dated by the publication day for want of any day of its own
    own_day: bool = False  # dated by a time expression of its own sentence, told as happened (not background)
    continues: Draft | None = None  # the statement this one goes on from, whose date it took ("وأضاف…")
    described: bool = False  # dated by a relative clause that describes it ("الاتفاق الذي توصل إليه الطرفان في سبتمبر")
    modality: str | None = None
    mode: str | None = None
    counts: list[Count] = field(default_factory=list)
    cause_clause: int | None = None  # a disaster's deaths told in one clause, its cause in this one ("… بعد غرق القارب ليل السبت")

    said_negated: bool = False  # a speech verb negated ("ولم تكشف النيابة عن…"): no statement was made

    @property
    def negated(self) -> bool:
        return bool(self.hit.negated) if self.hit is not None else self.said_negated


def _word_at(words: Sequence[Word], pos: int) -> int:
    return min(word_ending_after(words, pos), len(words) - 1)


def build_drafts(doc: Document, words: list[Word], sentence: Span, s_index: int, paragraph: int,
                 acts: list[SpeechAct], starts: list[int], context_cause: str | None = None) -> list[Draft]:
    """The sentence's speech acts and trigger words as drafts, in word order, disasters typed."""
    out: list[Draft] = []
    not_said = {m.first for m in not_trigger_index().find_all(words)}  # "ويضيف أيمن أشرف الهدف الثاني": a goal
    for act in acts:
        i, j = _word_at(words, act.verb.start), _word_at(words, act.verb.end - 1)
        if i in not_said:
            continue
        d = Draft(act.sv.type, sentence, s_index, paragraph, i, j, act.verb, clause_of(starts, i), "speech", act.sv.form, act=act)
        speaker = next(iter(mention_index(doc).at(act.speaker_span)), None)
        d.actor = args.entity_key(doc, speaker) if speaker is not None else act.speaker or act.institution
        d.said_negated = speech_negated(words, i)
        if _correspondent(words, act):  # "وفق ما أفاد مراسل سكاي نيوز عربية": the outlet's own reporting, no act of it
            d.actor = None
        # "مؤكدا"، "مهددة": the same statement goes on; "وفقا لبيان X": only dates what follows
        d.absorbed = act.sv.form == "participle" or act.sv.cls == "according"
        out.append(d)
    mentions = mention_index(doc).between(sentence.start, sentence.end)
    speech_at = {d.first: d for d in out}
    timexes = [t.span for t in doc.timexes if sentence.start <= t.span.start < sentence.end]
    for h in find_triggers(words, mentions, timexes, doc.text):
        said = speech_at.get(h.first)
        if said is not None:
            if h.last > said.last:  # "وأقر X بالهزيمة": the phrase says what the speech act is (CONCEDE)
                said.type = h.entry.type
            continue
        span = Span(words[h.first].start, words[h.last].end)
        out.append(Draft(h.entry.type, sentence, s_index, paragraph, h.first, h.last, span, clause_of(starts, h.first),
                         h.entry.pos, h.entry.tense, h.entry.flags, hit=h))
    out.sort(key=lambda d: d.first)
    _deaths_in_protests(words, out)
    return _disasters(words, out, sentence, s_index, paragraph, starts, context_cause)


def _deaths_in_protests(words: Sequence[Word], drafts: list[Draft]) -> None:
    """A protest noun that is the genitive of a casualty noun ("ارتفع عدد قتلى التظاهرات إلى ثلاثة"، "ضحايا
    الاحتجاجات"; data/event_dating.tsv: casualty_head) names where people died: the event told is the deaths."""
    heads = casualty_heads()
    for d in drafts:
        if d.type == "PROTEST" and d.pos == "noun" and d.first > 0 and set(words[d.first - 1].forms) & heads:
            d.type, d.flags = "ASSAULT", frozenset({"gen=target"})


def _correspondent(words: Sequence[Word], act: SpeechAct) -> bool:
    """Whether the speaker is an outlet's correspondent ("أفاد مراسل سكاي نيوز عربية"، "قالت مراسلة الجزيرة"): the
    first word of the speaker or the word right before it is one (data/event_dating.tsv: correspondent)."""
    if act.speaker_span is None:
        return False
    at = _word_at(words, act.speaker_span.start)
    before = next((w for w in reversed(words[:at]) if w.is_word), None)  # past a quote mark: مراسل "سكاي نيوز"
    return any(set(w.forms) & correspondent_words() for w in (before, words[at]) if w is not None)


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
        d.type, d.mode, d.cause_clause = DISASTER, cause, clause_of(starts, at.first)
    if not casualties:  # at the deaths ("لقي خمسة حتفهم"), which the sentence's date governs, else the cause
        # (the cause's clause: "هب إعصار على الجزيرة مساء الأربعاء ما أدى إلى فقدان سبعة أشخاص")
        deaths = next(iter(casualty_index().find_all(words)), at)
        # the cause told last before the deaths ("بعد خمسة أشهر على زلزال أودى بحياة"), else the first after them
        near = min(cause_index().find_all(words), key=lambda m: (m.first > deaths.first, abs(m.first - deaths.first)))
        made = Draft(DISASTER, sentence, s_index, paragraph, deaths.first, deaths.last, deaths.span(words),
                     clause_of(starts, deaths.first), "noun", "noun", mode=cause, cause_clause=clause_of(starts, near.first))
        drafts = sorted([*drafts, made], key=lambda d: d.first)
    return drafts


def link_governors(drafts: list[Draft], words: Sequence[Word]) -> None:
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
                    if _named_as_topic(words, g.last, d.first):
                        kind = TOPIC
                    elif kind == "say" and _reported(words, g, d, drafts):
                        kind = REPORT
                    d.governor, d.govern_kind = g, kind
                    # "أعلن القاضي فتح تحقيق": an act flagged stated leaves its announcement a statement of its own
                    g.absorbed = g.absorbed or (kind in ("announce", REPORT) and "stated" not in d.flags)
        elif "content" in g.flags:
            for d in drafts:
                if d is not g and d.governor is None and d.act is None and d.clause == g.clause and d.first > g.last and d.type != g.type \
                        and not _own_predicate(words, d):
                    d.governor, d.govern_kind = g, g.type


def _own_predicate(words: Sequence[Word], d: Draft) -> bool:
    """Whether `d` is a finite verb with no "أن" before it: a predicate of its own, not what an agreement or deal is
    about ("صفقة إطلاق سراح 28 قطرياً … اختطفوا في العراق عام 2015": the kidnapping happened, it was not agreed on;
    but "اتفقا على أن ينسحب")."""
    if d.pos != "verb" or d.tense not in ("past", "present"):
        return False
    before = next((w for w in reversed(words[: d.first]) if w.is_word), None)
    return before is None or not set(before.forms) & function_words("complementizer")  # "أن"، "بأن"


def _reported(words: Sequence[Word], g: Draft, d: Draft, drafts: Sequence[Draft]) -> bool:
    """Whether the event `d` is what the verb of reporting `g` brings in with its preposition, the first event after
    it: "أفادت تقارير من ميسان بإطلاق نار كثيف"، "تحدثت مصادر عن سقوط قتلى" (data/event_dating.tsv: report)."""
    assert g.act is not None
    prep = report_verbs().get(g.act.sv.lemma)
    if prep is None or any(g.last < o.first < d.first for o in drafts):
        return False
    word = words[d.first].text
    glued = len(prep) == 1 and word.startswith(prep) and word[1:] in words[d.first].forms
    return glued or (d.first > 0 and words[d.first - 1].text == prep)


def _named_as_topic(words: Sequence[Word], governor_last: int, first: int) -> bool:
    """Whether a topic word ("بشأن"، "حول") stands between a speech act and the event at `first`: "أعلنت
    الرئاسة عن خطوة جديدة بشأن واقعة اختفاء الصحفي" announces a step, and the disappearance is what it is about."""
    return any(set(w.forms) & topic_words() for w in words[governor_last + 1 : first])


def topic_before(words: Sequence[Word], first: int) -> bool:
    """Whether the event at `first` is named as a topic, a topic word at most two words before it ("بشأن قضية
    اختفاء X"، "حول مقتل X"): a time told before it is the time of what is said or done about it."""
    return _named_as_topic(words, max(-1, first - 3), first)


def merge_clause_events(drafts: list[Draft]) -> list[Draft]:
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
        # a name guessed near a noun is no agent of a passive verb nor of a death it names: "وقتل في الهجوم قائد شرطة
        # قندهار" (Kandahar did not), "مقتل الصحفي سامي نادر في غارة جوية"
        guessed = d.actor_guessed and ("subj=target" in same.flags or d.actor == same.target)
        if (not same.actor and not guessed) or (same.actor_guessed and d.actor and not d.actor_guessed):
            same.actor, same.actor_guessed = d.actor, d.actor_guessed
        same.target = same.target or d.target
        if same.target == same.actor:  # "قتل 47 متمردا … جراء غارات لمقاتلات التحالف": the strikes' doer is no target
            same.target = None
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


def restore_announcements(drafts: list[Draft]) -> None:
    """An announcement that stays beside the act it announces (flag stated) takes that act's day. An announcement
    stands for what it announces only where that is an event: "أعلن الوزير الاثنين
    حصيلة قتلى حادث القطار" names a disaster with no count, which is dropped, so the statement stays."""
    for d in drafts:
        g = d.governor
        if "stated" in d.flags and g is not None and g.act is not None and d.govern_kind == "announce" and g.date is None:
            g.date, g.date_mod = d.date, d.date_mod  # "أعلن القاضي الاثنين فتح تحقيق": the day dates both
        if d.type == DISASTER and not d.counts and g is not None and g.act is not None and d.govern_kind == "announce":
            kept = [o for o in drafts if o.governor is g and o.govern_kind == "announce" and (o.type != DISASTER or o.counts)]
            g.absorbed = bool(kept) or g.act.sv.form == "participle" or g.act.sv.cls == "according"
            if not g.absorbed and g.date is None:  # the day the sentence gave the announced disaster is the announcement's
                g.date, g.date_mod = d.date, d.date_mod
