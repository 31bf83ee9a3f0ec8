"""Dating a sentence's drafts: modality first, then the date each one takes.

`dating` reads the time expressions of a sentence as cues (deadline, since,
beginning, a new toll); this module decides which draft each cue dates and
what an undated draft falls back to. Modality comes first because a recalled
event ("ذكرى اغتيال X") takes no date of the day it is recalled on. An event
with no date of its own takes the publication date only when it is the news of
the day: a verb in a lead sentence with no time expression and no pluperfect
(وكان … قد). A statement that goes on ("وأضاف…") keeps the date of the
speaker's last one. The day of a new toll is not the day of the attack.
"""

from __future__ import annotations

from functools import lru_cache

from rasad.arabic.lexicon import read_lines
from rasad.arabic.normalize import norm
from rasad.document import Document, Span
from rasad.extract.events import dating
from rasad.extract.events.disasters import DISASTER
from rasad.extract.events.drafts import CASUALTY_TYPES, COMMUNICATIVE, RECALLED, Draft
from rasad.extract.events.modality import governed_modality, modality_before
from rasad.extract.events.triggers import clause_of
from rasad.extract.wordscan import Word, function_words

# Per speaker, their last dated statement: (paragraph, date, whether it was read from their text: "وفقا لبيان X")
SpeakerDates = dict[str, tuple[int, str, bool]]

_PUNCTUAL = frozenset({"ASSAULT", "COERCE", "PROTEST", DISASTER})
_LEAD_SENTENCES = 2
_QAD = norm("قد")


def assign_modalities(words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """Before dating: a recalled event ("ذكرى اغتيال X") takes no date of the day it is recalled on."""
    for d in drafts:
        d.modality = governed_modality(d.govern_kind) or modality_before(words, d.first, starts[d.clause])
        if d.modality is None and d.hit is not None and d.hit.future:
            d.modality = "planned"


def date_drafts(doc: Document, words: list[Word], sentence: Span, drafts: list[Draft], starts: list[int],
                previous_dates: SpeakerDates) -> None:
    """Date the drafts of one sentence: from its time expressions, else by fallback; then undo a new toll's day."""
    _date(doc, words, drafts, starts)
    has_cue = bool(dating.date_cues(doc, sentence, words))
    _fallback_date(doc, words, drafts, has_cue, previous_dates)
    toll_at = dating.new_toll_at(words)
    if toll_at is not None:  # the day of the new toll is not the day of the attack
        for d in drafts:
            if d.type in CASUALTY_TYPES and not _dated_before(d, toll_at):
                d.date = d.date_mod = None


def note_statement_date(previous_dates: SpeakerDates, d: Draft, paragraph: int) -> None:
    """Remember the date of a dated statement, for the speaker's statements that go on after it."""
    if d.act is not None and d.actor and d.date:
        earlier = previous_dates.get(d.actor)
        from_document = d.act.sv.cls == "according" or bool(earlier and earlier[2] and earlier[1] == d.date)
        previous_dates[d.actor] = (paragraph, d.date, from_document)


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
    """Each time expression dates the nearest draft of its clause that may take it."""
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
                   previous_dates: SpeakerDates) -> None:
    """An undated draft: the date of the speaker's statement it continues, or the publication date for the day's news."""
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
        if d.act is not None and not d.negated and _opens_reaction(words):
            d.date = _last_statement_date(previous_dates, d.paragraph)
            if d.date is not None:
                continue
        lead = d.s_index < _LEAD_SENTENCES and not _in_background_clause(words, d)
        finite = d.pos in ("verb", "speech") and d.tense in ("past", "present")
        in_content = d.governor is not None and d.govern_kind not in ("say", "announce")
        if published and lead and finite and not has_cue and not pluperfect and not in_content and not d.negated or published and lead and d.govern_kind == "announce" and not has_cue and not pluperfect:
            d.date = published


def _in_background_clause(words: list[Word], d: Draft) -> bool:
    """Whether draft `d` opens a clause that tells what came before the news: after "after" ("بعد أن حجب
    البرلمان الثقة"، "بعدما") or a relative pronoun ("القنبلة التي استهدفت الحافلة"، "حجب الثقة الذي دعا إليه X").
    A speaker the relative clause is about still speaks today ("العقيد X، الذي أكد أن…"): a speech act
    is background only when its speaker follows the verb (the head noun is then what was said or asked)."""
    before = [w.text for w in words[max(0, d.first - 2) : d.first] if w.is_word]
    if not before:
        return False
    if before[-1] in function_words("background_clause") or (
            len(before) == 2 and before[-1] in function_words("complementizer") and before[0] in function_words("background_before")):
        return True
    if before[-1] not in function_words("relative_pronoun"):
        return False
    return d.act is None or (d.act.speaker_span is not None and d.act.speaker_span.start >= d.act.verb.end)


@lru_cache(maxsize=1)
def _reaction_openers() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(norm(phrase).split()) for phrase in read_lines("rasad.extract", "reaction_openers.tsv"))


def _opens_reaction(words: list[Word]) -> bool:
    """Whether the sentence opens with "من جهته"، "بدورها"… (a leading و allowed)."""
    first = [w.text for w in words[:3] if w.is_word]
    if first and first[0].startswith("و") and len(first[0]) > 2:
        first[0] = first[0][1:]
    return any(tuple(first[: len(opener)]) == opener for opener in _reaction_openers())


def _last_statement_date(previous_dates: SpeakerDates, paragraph: int) -> str | None:
    """The date of the statement told last, in this paragraph or the one before (None if two of them disagree)."""
    near = [(p, date) for p, date, _ in previous_dates.values() if paragraph - p <= 1]
    if not near:
        return None
    latest = max(p for p, _ in near)
    dates = {date for p, date in near if p == latest}
    return dates.pop() if len(dates) == 1 else None


def _dated_before(d: Draft, toll_at: int) -> bool:
    """Whether `d` has a date of its own, told before the new toll: "قتل 24 شخصا الأحد …، وفق حصيلة جديدة
    أعلنت الاثنين" (the deaths were on Sunday, the toll came on Monday)."""
    return d.date_at is not None and d.first < d.date_at < toll_at
