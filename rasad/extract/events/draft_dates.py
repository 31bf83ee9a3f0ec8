"""Dating a sentence's drafts: modality first, then the date each one takes.

Modality comes first because a recalled event ("ذكرى اغتيال X") takes no date
of the day it is recalled on. Each time expression of the sentence dates the
draft it belongs to (cue_dates.py); this module decides what an undated draft
falls back to. An event with no date of its own takes the publication date when
it is the news of the day: a verb in a lead sentence with no time expression and
no pluperfect (وكان … قد), unless it restates the deaths whose toll the lead
gives; told further on as news, it takes the article's news day (news_day.py).
A statement that goes on ("وأضاف…") keeps the date of the speaker's last one, or of the statement told right
before it when its sentence names no speaker (continued.py).
The day of a new toll is not the day of the attack.
"""
from __future__ import annotations

from functools import lru_cache

from rasad.arabic.lexicon import read_lines
from rasad.arabic.normalize import norm
from rasad.document import Document, Span, Timex
from rasad.extract.events import dating
from rasad.extract.events.attributed import date_attributed
from rasad.extract.events.continued import continued_statement, note_last_said
from rasad.extract.events.cue_dates import date_from_cues, told_before_clause
from rasad.extract.events.drafts import CASUALTY_TYPES, RECALLED, REPORT, Draft
from rasad.extract.events.modality import (
    CONDITIONAL,
    GOVERNED,
    UNREALISED,
    governed_modality,
    modality_before,
    planned_after,
    subjunctive_before,
)
from rasad.extract.events.news_day import (
    LEAD_SENTENCES,
    DocumentDates,
    SpeakerDates,
    body_news,
    conditional_before,
    dating_words,
    in_relative_clause,
    note_background_speakers,
    note_lead_days,
    note_lead_toll,
    note_told,
    note_undated_statements,
)
from rasad.extract.wordscan import Word, function_words, word_ending_after

_QAD = norm("قد")


def assign_modalities(words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """Before dating: a recalled event ("ذكرى اغتيال X") takes no date of the day it is recalled on; a conditional
    one ("إذا وافق") none of the news day."""
    for d in drafts:
        d.modality = governed_modality(d.govern_kind) or modality_before(words, d.first, starts[d.clause])
        if d.modality is None and ((d.hit is not None and d.hit.future) or _subjunctive(words, d)
                                   or (d.pos == "noun" and planned_after(words, d.last))):
            d.modality = "planned"
        if d.modality is None and conditional_before(words, d.first):
            d.modality = CONDITIONAL  # "إذا وافق البرلمان على القانون"، "في حال فاز": what would happen
    _recall_phrase(drafts)


def _subjunctive(words: list[Word], d: Draft) -> bool:
    """A verb in the present right after "أن": "من المقرر أن يلتقي"، "تأمل أن تستضيف" (not a speech act: "أن يقول"
    names a statement a frame of its own reads)."""
    return d.pos == "verb" and d.tense == "present" and subjunctive_before(words, d.first)


def _recall_phrase(drafts: list[Draft]) -> None:
    """A noun further on in the phrase an anniversary names is recalled with it: "ذكرى مقتل 6 فلسطينيين … خلال
    مظاهرات عام 1976" recalls the protests too (no verb between: the phrase goes on)."""
    recalled: Draft | None = None
    for d in drafts:
        if d.modality == RECALLED:
            recalled = d
        elif recalled is not None and d.clause == recalled.clause and d.pos == "noun" and d.modality is None:
            d.modality = RECALLED
        elif d.pos != "noun" or (recalled is not None and d.clause != recalled.clause):
            recalled = None


def date_drafts(doc: Document, words: list[Word], sentence: Span, s_index: int, drafts: list[Draft], starts: list[int],
                state: DocumentDates) -> None:
    """Date the drafts of one sentence: from its time expressions, else by fallback; then undo a new toll's day."""
    date_from_cues(doc, words, drafts, starts)
    cues = dating.date_cues(doc, sentence, words)
    _date_toll_source(words, drafts, cues)
    quoted = [d.act.content for d in drafts if d.act is not None and d.act.content is not None]
    pluperfect = _pluperfect(words, quoted)
    # what a quote with "قد" tells had happened before, as the quote says; the statement itself is the news
    before_quoted = [q for q in quoted if _pluperfect([w for w in words if q.start <= w.start < q.end], [])]
    background = frozenset(d.first for d in drafts if _in_background_clause(words, d)
                           or any(q.start <= words[d.first].start < q.end for q in before_quoted))
    date_attributed(words, drafts, starts, _own_times(doc, words, []), background, pluperfect)
    lead = s_index < LEAD_SENTENCES
    if lead:
        note_lead_toll(state, words)
    reporting = _fallback_date(doc, words, drafts, cues, pluperfect, background, state)
    if lead:
        # "ومنذ يوم الأربعاء، تطالب السلطات السكان بمغادرتها": the day a state that goes on began (منذ with a verb
        # in the present) is not the day the lead tells of; "شنت … منذ يوم أمس الجمعة غارات" is
        since = [c for c in cues if c.since and any(d.date_at == c.index and d.tense == "present" for d in drafts)]
        note_lead_days(state, words, [d for d in drafts if not any(d.date_at == c.index for c in since)], pluperfect,
                       background, [c.value for c in cues if c not in since])
    note_told(state, drafts, words)
    for d in reporting:  # dated once the lead's days are known, and setting neither the news day nor a time frame
        d.date = _lead_day(state)
    note_background_speakers(state, drafts, pluperfect, background)
    note_undated_statements(state, words, drafts)
    state.last_said = note_last_said(drafts)
    toll_at = dating.new_toll_at(words)
    if toll_at is not None:  # the day of the new toll is not the day of the attack
        for d in drafts:
            if d.type in CASUALTY_TYPES and not _dated_before(d, toll_at):
                d.date = d.date_mod = None
    _note_own_days(words, drafts, pluperfect, background)


def _note_own_days(words: list[Word], drafts: list[Draft], pluperfect: bool, background: frozenset[int]) -> None:
    """Mark the drafts a time expression of the sentence dates as what happened (restated.py reads them): not
    pluperfect (وكان … قد), background (بعد أن، الذي…), modal (but announced: "أعلنت طالبان تبنيها الهجوم الذي وقع
    ليل الجمعة"), negated, nor governed by another event unless a statement tells it ("وقال المرصد إن الانفجار وقع
    مساء السبت")."""
    if pluperfect:
        return
    for d in drafts:
        # a past verb or a noun: "وتتهم تايوان الصين …، ونفذت تدريبات … الثلاثاء" (the present is what goes on)
        told = (d.governor is None or d.govern_kind in ("say", "announce")) and (d.pos == "noun" or d.tense == "past")
        d.own_day = (d.date_at is not None and d.date is not None and len(d.date) == 10
                     and d.modality in (None, GOVERNED["announce"]) and not d.negated and told and d.first not in background and not in_relative_clause(words, d.first))


def _date_toll_source(words: list[Word], drafts: list[Draft], cues: list[dating.DateCue]) -> None:
    """"ارتفع عدد القتلى …، الجمعة، إلى 12، وفقا لما أعلنته وزارة الصحة": the day of a new toll is the day its
    source announced it, whatever clause the announcement stands in."""
    toll_at = dating.new_toll_at(words)
    if toll_at is None:
        return
    cue = next((c for c in cues if c.index > toll_at and c.value and len(c.value) == 10
                and not (c.deadline or c.began or c.since)), None)
    if cue is None:
        return
    for d in drafts:
        if d.act is not None and d.date is None and d.governor is None and not (d.vague_time or d.negated):
            d.date, d.date_mod, d.date_at = cue.value, cue.timex.mod, cue.index


def note_statement_date(previous_dates: SpeakerDates, d: Draft, paragraph: int) -> None:
    """Remember the date of a dated statement, for the speaker's statements that go on after it."""
    if d.act is not None and d.actor and d.date:
        earlier = previous_dates.get(d.actor)
        from_document = d.act.sv.cls == "according" or bool(earlier and earlier[2] and earlier[1] == d.date)
        previous_dates[d.actor] = (paragraph, d.date, from_document)


def _pluperfect(words: list[Word], quoted: list[Span]) -> bool:
    """Whether the sentence tells what had happened before (وكان … قد), or may have (قد anywhere outside a quote: the
    "قد" of "وأكد الوزير أن \"الوزارة قد وضعت خطة\"" is the speaker's, and the statement is news)."""
    return any(w.text in function_words("pluperfect") for w in words[:3]) or any(
        w.text in (_QAD, "و" + _QAD) and not any(q.start <= w.start < q.end for q in quoted) for w in words)


def _opens_pluperfect(words: list[Word]) -> bool:
    """Whether the sentence opens with وكان/وقد…: "وكان مسؤولان قد قالا" is not the statement before going on
    ("وقالت إنها كانت…" is)."""
    first = next((w for w in words if w.is_word), None)
    return first is not None and first.text in function_words("pluperfect")


def _fallback_date(doc: Document, words: list[Word], drafts: list[Draft], cues: list[dating.DateCue], pluperfect: bool,
                   background: frozenset[int], state: DocumentDates) -> list[Draft]:
    """An undated draft: the date of the speaker's statement it continues, the publication date for the
    lead's news of the day, or the article's news day for an event its body tells as news. Returns the lead's
    reports whose sentence names days only in what they report ("أعلن الاتحاد أن اللاعب سينتقل الثلاثاء إلى
    إسبانيا"), and its events whose sentence names days only for what a relative clause describes: they are the
    lead's news too, of the day the lead's days give (`_lead_day`, once they are noted)."""
    published, previous_dates = state.published, state.speakers
    has_time = _has_own_time(doc, words, drafts)
    reporting = []
    for d in drafts:
        if d.date is not None or d.vague_time or d.modality == RECALLED:
            continue
        if d.govern_kind == REPORT and d.governor is not None and d.governor.date is not None:
            if not told_before_clause(words, d.governor):  # not "التقارير التي تحدثت عن اختفاء X": told before
                d.date, d.date_mod = d.governor.date, d.governor.date_mod  # "أفادت الشرطة بمقتل شخصين": the report's news
            continue
        if d.act is not None and d.actor and d.actor in previous_dates and not (d.negated or _opens_pluperfect(words)):
            paragraph, date, from_document = previous_dates[d.actor]
            if d.paragraph - paragraph <= 1 and (from_document or not d.act.explicit):
                # the same statement goes on: "وأضاف…"، or a statement read from its text
                # ("وفقا لبيان X صدر أمس" … "واتهمت X" … "وتوعدت بأن…")
                d.date = date
                said = continued_statement(words, drafts, d, state.last_said)
                d.continues = said if said is not None and said.date == date else None  # re-dated with it
                continue
        said = None if _opens_pluperfect(words) else continued_statement(words, drafts, d, state.last_said)
        if said is not None:  # "وقالت شرطة المدينة، الاثنين…" then "وأضافت…", whoever "وأضافت" was read as
            d.date, d.date_mod, d.continues = said.date, said.date_mod, said
            continue
        if d.act is not None and not d.negated and not pluperfect and _opens_reaction(words):
            # not "من جهته، كان لافروف قد أشار إلى…": what the speaker had said before
            d.date = _last_statement_date(previous_dates, d.paragraph)
            if d.date is not None:
                continue
        lead = d.s_index < LEAD_SENTENCES and d.first not in background
        finite = d.pos in ("verb", "speech") and d.tense in ("past", "present")
        in_content = d.governor is not None and d.govern_kind not in ("say", "announce")
        restated = state.lead_toll and d.type in CASUALTY_TYPES  # "أعلن الوزير حصيلة قتلى الحادث": the deaths were before
        unrealised = d.modality in UNREALISED or conditional_before(words, d.first)  # "سيلتقي"، "إذا التقى"
        if published and lead and not pluperfect and not restated and not unrealised and (
                finite and not in_content and not d.negated or d.govern_kind == "announce"):
            if not cues:
                d.date = _lead_day(state)
                d.by_publication = not (state.lead_days or state.lead_stated)
            elif (d.act is not None and _all_reported(d.act.content, cues)) or _all_described(words, drafts, d, cues, background):
                reporting.append(d)
        elif body_news(doc, words, d, has_time=has_time, pluperfect=pluperfect, background=d.first in background, state=state):
            d.date = state.news_day
    return reporting


def _all_reported(content: Span | None, cues: list[dating.DateCue]) -> bool:
    """Whether every time the sentence tells lies in what a speech act reports (`content`)."""
    return content is not None and all(content.start <= c.timex.span.start < content.end for c in cues)


def _all_described(words: list[Word], drafts: list[Draft], d: Draft, cues: list[dating.DateCue],
                   background: frozenset[int]) -> bool:
    """Whether every time the lead sentence tells dates an event of a relative or background clause ("اتهمت روسيا
    وسوريا إسرائيل بالمسؤولية عن الغارة التي استهدفت المطار صباح الإثنين"), or when something began, or is part of
    an event's name: none is the time of the sentence's own news, which `d` (in neither kind of clause) tells."""
    if d.first in background or in_relative_clause(words, d.first):
        return False
    described = {o.date_at for o in drafts if o is not d and o.date_at is not None
                 and (o.first in background or in_relative_clause(words, o.first))}
    return all(c.index in described or c.began or c.names_event for c in cues)


def _lead_day(state: DocumentDates) -> str | None:
    """The day an undated event of the lead is of: the one day the lead told so far ("عقد المجلس، مساء الجمعة،
    جلسة طارئة." then "وحذر X خلال الجلسة…", published on Saturday); when the lead's dated events carry no day
    of their own news (an announced death: "أعلنت الوزارة مساء الأحد مقتل 3" then "وقال المتحدث…", published
    on Monday), the one day before publication the lead names; else the publication date (lead_default)."""
    if len(state.lead_days) == 1:
        return next(iter(state.lead_days))
    if not state.lead_days:
        return state.stated_past_day() or state.lead_default
    return state.lead_default


def _has_own_time(doc: Document, words: list[Word], drafts: list[Draft]) -> bool:
    """Whether the sentence tells a time of its own: a date, a clock time, a vague or recurring time, a span ("على
    مدى الأشهر الماضية"). A time inside a quote is the speaker's ("وقال خلال الجلسة: \"…التي وقعت اليوم\""): it ties
    what the sentence tells to no other day."""
    quoted = [d.act.content for d in drafts if d.act is not None and d.act.content is not None]
    return bool(_own_times(doc, words, quoted))


def _own_times(doc: Document, words: list[Word], quoted: list[Span]) -> list[int]:
    """The word index of each time expression of the sentence that tells when what it tells was, outside `quoted`.
    A bare duration ("في احتجاج يستمر 6 أسابيع") says how long, not when, and a time in a relative clause describes
    a noun ("الأراضي التي أصبحت اليوم إسرائيل")."""
    if not words:
        return []
    at = [(t, word_ending_after(words, t.span.start)) for t in doc.timexes if words[0].start <= t.span.start < words[-1].end]
    return [k for t, k in at if not _bare_duration(words, t) and not any(q.start <= t.span.start < q.end for q in quoted)
            and not in_relative_clause(words, k)]


def _bare_duration(words: list[Word], t: Timex) -> bool:
    """A duration neither opened nor preceded by a word of a span (data/event_dating.tsv: time_span)."""
    if t.kind != "duration":
        return False
    k = min(word_ending_after(words, t.span.start), len(words) - 1)
    near = [words[k].text] + ([words[k - 1].text] if k > 0 else [])
    return not set(near) & dating_words("time_span")


def _in_background_clause(words: list[Word], d: Draft) -> bool:
    """Whether draft `d` opens a clause that tells what came before the news: after "after" ("بعد أن حجب
    البرلمان الثقة"، "بعدما"، "منذ أن انسحبت") or a relative pronoun ("القنبلة التي استهدفت الحافلة"، "حجب الثقة
    الذي دعا إليه X"), or is a verbal noun read as a verb after منذ ("منذ توعد ترامب بشن ضربات").
    A speaker the relative clause is about still speaks today ("العقيد X، الذي أكد أن…"): a speech act
    is background only when its speaker follows the verb (the head noun is then what was said or asked)."""
    before = [w.text for w in words[max(0, d.first - 2) : d.first] if w.is_word]
    if not before:
        return False
    if d.pos == "verb" and before[-1] in function_words("verbal_noun_before"):
        return True
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
