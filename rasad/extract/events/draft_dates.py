"""Dating a sentence's drafts: modality first, then the date each one takes.

`dating` reads the time expressions of a sentence as cues (deadline, since,
beginning, a new toll); this module decides which draft each cue dates and
what an undated draft falls back to. Modality comes first because a recalled
event ("ذكرى اغتيال X") takes no date of the day it is recalled on. An event
with no date of its own takes the publication date when it is the news of the
day: a verb in a lead sentence with no time expression and no pluperfect
(وكان … قد), unless it restates the deaths whose toll the lead gives; told
further on as news, it takes the article's news day (news_day.py). A statement
that goes on ("وأضاف…") keeps the date of the speaker's last one. The day of a
new toll is not the day of the attack; "غداة X" dates X the day before.
"""

from __future__ import annotations

from functools import lru_cache

from rasad.arabic.lexicon import read_lines
from rasad.arabic.normalize import norm
from rasad.document import Document, Span, Timex
from rasad.extract.events import dating
from rasad.extract.events.disasters import DISASTER
from rasad.extract.events.drafts import CASUALTY_TYPES, COMMUNICATIVE, RECALLED, REPORT, Draft, topic_before
from rasad.extract.events.forced import date_forced
from rasad.extract.events.modality import governed_modality, modality_before
from rasad.extract.events.news_day import (
    LEAD_SENTENCES,
    DocumentDates,
    SpeakerDates,
    body_news,
    dating_words,
    day_relative_before,
    hours_apart_ends,
    note_background_speakers,
    note_lead_days,
    note_lead_toll,
    note_told,
    note_undated_statements,
)
from rasad.extract.events.triggers import clause_of
from rasad.extract.wordscan import Word, function_words, word_ending_after

_PUNCTUAL = frozenset({"ASSAULT", "COERCE", "PROTEST", DISASTER})
_QAD = norm("قد")


def assign_modalities(words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """Before dating: a recalled event ("ذكرى اغتيال X") takes no date of the day it is recalled on."""
    for d in drafts:
        d.modality = governed_modality(d.govern_kind) or modality_before(words, d.first, starts[d.clause])
        if d.modality is None and d.hit is not None and d.hit.future:
            d.modality = "planned"
    _recall_phrase(drafts)


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
    _date(doc, words, drafts, starts)
    cues = dating.date_cues(doc, sentence, words)
    _date_toll_source(words, drafts, cues)
    quoted = [d.act.content for d in drafts if d.act is not None and d.act.content is not None]
    pluperfect = _pluperfect(words, quoted)
    # what a quote with "قد" tells had happened before, as the quote says; the statement itself is the news
    before_quoted = [q for q in quoted if _pluperfect([w for w in words if q.start <= w.start < q.end], [])]
    background = frozenset(d.first for d in drafts if _in_background_clause(words, d)
                           or any(q.start <= words[d.first].start < q.end for q in before_quoted))
    lead = s_index < LEAD_SENTENCES
    if lead:
        note_lead_toll(state, words)
    _fallback_date(doc, words, drafts, bool(cues), pluperfect, background, state)
    if lead:
        # "ومنذ يوم الأربعاء، تطالب السلطات السكان بمغادرتها": the day a state that goes on began (منذ with a verb
        # in the present) is not the day the lead tells of; "شنت … منذ يوم أمس الجمعة غارات" is
        since = [c for c in cues if c.since and any(d.date_at == c.index and d.tense == "present" for d in drafts)]
        note_lead_days(state, words, [d for d in drafts if not any(d.date_at == c.index for c in since)], pluperfect,
                       background, [c.value for c in cues if c not in since])
    note_told(state, drafts)
    note_background_speakers(state, drafts, pluperfect, background)
    note_undated_statements(state, words, drafts)
    toll_at = dating.new_toll_at(words)
    if toll_at is not None:  # the day of the new toll is not the day of the attack
        for d in drafts:
            if d.type in CASUALTY_TYPES and not _dated_before(d, toll_at):
                d.date = d.date_mod = None


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


def _eligible(words: list[Word], d: Draft, cue: dating.DateCue) -> bool:
    """Whether the time expression `cue` may date draft `d` (same clause already checked)."""
    if d.act is not None and d.act.sv.form == "participle":
        return False
    if _span_from(words, cue, d):
        return False  # "بعد يوم واحد من محاولة الانقلاب": a time counted from the event, not its own
    if cue.since_from is not None and not cue.since_from < d.first < cue.index:
        return False  # "قتل 16 في أسوأ يوم منذ حرب غزة عام 2014": 2014 is the war's, an event named after منذ
    if d.modality == RECALLED or (d.pos == "noun" and topic_before(words, d.first)):
        # "ذكرى مقتل X في يناير 2020": only its own date, never the day of the anniversary; "شكر، الثلاثاء، …
        # التزامه بتحقيق بشأن قضية اختفاء X": the day of the thanks, not of the disappearance
        return cue.index > d.last
    if cue.since and d.tense == "present":
        return False  # "يقدم الدعم منذ 2014": a state that goes on, not an event then
    if d.act is not None and d.act.content is not None and d.act.content.start <= cue.timex.span.start < d.act.content.end:
        return False  # a date inside the quote belongs to what is quoted
    if d.govern_kind in ("AGREE", "REQUEST", "THREATEN", "REJECT"):
        # "تنفي وقوع هجوم في 7 أبريل"؛ "وتنفي السعودية تورطها في اختفاء خاشقجي قبل عشرة أيام"
        return cue.deadline or (cue.index > d.last and (_told_as_occurred(words, d) or _past_under_stance(words, d, cue)))
    if d.govern_kind == "say" and cue.index < d.first and not _inside_content(d, cue):
        return False  # "شدد X، الأربعاء، على انتهاء…": the day of the statement
    if cue.deadline:
        return d.type not in COMMUNICATIVE
    value = cue.value or ""
    if "series" in d.flags and (cue.since or len(value) < 10):
        return False
    return not (d.type in _PUNCTUAL and len(value) < 10 and cue.timex.mod in ("START", "MID", "END"))


def _takes(words: list[Word], d: Draft, cue: dating.DateCue, quoted: list[Span]) -> bool:
    """Whether draft `d` may take the time `cue`: eligible, and told in the same quote as the time, if any."""
    return _eligible(words, d, cue) and dating.same_quote(quoted, words[d.first].start, cue)


def _span_from(words: list[Word], cue: dating.DateCue, d: Draft) -> bool:
    """Whether `cue` counts a span from the event `d` ("بعد يوم واحد من محاولة الانقلاب"، "قبل يومين من الانتخابات"):
    "من"/"على" stands between the time expression and the trigger, a few words after the expression."""
    if words[cue.index].text not in function_words("relative_head"):
        return False  # "في اليوم الأول من الهجمات" is the attacks' day
    end = word_ending_after(words, cue.timex.span.end - 1)
    between = words[end + 1 : d.first]
    return 0 < d.first - end <= 4 and any(w.text in function_words("relative_of") for w in between)


def _past_under_stance(words: list[Word], d: Draft, cue: dating.DateCue) -> bool:
    """Whether `cue`, a past time ("قبل عشرة أيام"، "أمس"، "الشهر الماضي"), follows an event that a denial in the
    present tense names ("تنفي"، "ينفي": a stance that holds today): the time is the event's, not the denial's."""
    g = d.governor
    if d.govern_kind != "REJECT" or g is None or g.tense != "present":
        return False
    span = cue.timex.span
    return any(w.text in dating_words("past_cue") for w in words[cue.index :] if w.start < span.end)


def _told_as_occurred(words: list[Word], d: Draft) -> bool:
    """Whether draft `d` is named as having happened ("وقوع هجوم"، "حدوث انفجار"): what is denied, doubted or
    confirmed then is a past fact, and a day told after it is its own, not the deadline of a demand."""
    return d.first > 0 and words[d.first - 1].text in dating_words("occurrence")


def _inside_content(d: Draft, cue: dating.DateCue) -> bool:
    """Whether `cue` lies in the quoted content of the speech act that governs `d`."""
    act = d.governor.act if d.governor is not None else None
    return act is not None and act.content is not None and act.content.start <= cue.timex.span.start < act.content.end


def _date(doc: Document, words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """Each time expression dates the nearest draft of its clause that may take it."""
    cues = dating.date_cues(doc, drafts[0].sentence, words) if drafts else []
    quoted = [d.act.content for d in drafts if d.act is not None and d.act.content is not None]
    _date_day_relative(words, drafts, cues)
    for cue in cues:
        if cue.began:  # "المفاوضات التي انطلقت العام الماضي": when they began, not when they ended or were announced
            continue
        clause = clause_of(starts, cue.index)
        candidates = [d for d in drafts if d.clause == clause and _takes(words, d, cue, quoted)]
        if not candidates and _opens_same_time(words, starts, clause + 1):  # "X، الاثنين، حين قال": said then
            candidates = [d for d in drafts if d.clause == clause + 1 and _takes(words, d, cue, quoted)][:1]
        if not candidates:
            continue
        recalled = [d for d in candidates if d.modality == RECALLED]
        # "ذكرى مقتل 6 … خلال مظاهرات عام 1976": the date of the phrase is the anniversary's own event's
        # A time inside a wide trigger ("سحب الرئيس … السبت تأييده") is its own: distance 0.
        owner = recalled[0] if recalled else min(candidates, key=lambda d: (
            0 if d.first < cue.index < d.last else abs(d.first - cue.index), d.first))
        owner = _anchored_verb(words, drafts, owner, cue) or _antecedent(words, candidates, owner, cue) or owner
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
        owner.date_at, owner.described = cue.index, owner.last < cue.index and _opens_relative_clause(words, owner)
    _date_hours_apart(words, drafts)
    date_forced(words, drafts)
    anchor = next((d.date for d in drafts if d.date and d.governor is None), None)
    for d in drafts:
        if d.date is None and anchor is not None and (offset := dating.relative_offset(words, d.first)) is not None:
            d.date = dating.shift(anchor, offset)
        if d.date is None and d.govern_kind in ("announce", REPORT) and d.governor is not None:
            d.date, d.date_mod = d.governor.date, d.governor.date_mod


def _antecedent(words: list[Word], candidates: list[Draft], owner: Draft, cue: dating.DateCue) -> Draft | None:
    """"الاتفاق الذي توصل إليه الطرفان، على هامش اجتماعات الجمعية العامة في سبتمبر الجاري، يقضي بإطلاق سراح X":
    a time told in a relative clause is the time of the noun event the clause describes, not of an event told
    after the clause; the nearest draft after the time loses it to the event noun the clause opens on."""
    if owner.first < cue.index:
        return None
    before = [d for d in candidates if d.last < cue.index]
    if not before:
        return None
    last = max(before, key=lambda d: d.last)
    return last if _opens_relative_clause(words, last) else None


def _opens_relative_clause(words: list[Word], d: Draft) -> bool:
    """Whether the event noun of `d` is followed by a relative pronoun ("الاتفاق الذي …")."""
    at = d.last + 1
    return d.pos == "noun" and at < len(words) and words[at].text in function_words("relative_pronoun")


def _anchored_verb(words: list[Word], drafts: list[Draft], owner: Draft, cue: dating.DateCue) -> Draft | None:
    """"اختفى بعد زيارته للقنصلية في 2 أكتوبر": a day told after a noun that only anchors a verb ("بعد زيارته")
    is the verb's, the news the clause tells; the anchor was that day or before. A year or month is left to the
    noun ("أفرج عنه بعد اعتقاله عام 2015"). The anchor word opens a clause of its own: the verb is looked for among
    all the sentence's drafts."""
    at = owner.first - 1
    if owner.pos != "noun" or at < 1 or cue.index < owner.last or len(cue.value or "") != 10:
        return None
    if words[at].text not in dating_words("after_anchor"):
        return None
    return next((d for d in drafts if d.pos == "verb" and d.last == at - 1 and d.date is None and not d.vague_time
                 and _eligible(words, d, cue)), None)


def _opens_same_time(words: list[Word], starts: list[int], clause: int) -> bool:
    """Whether clause `clause` opens with "حين"، "عندما"، "إذ" (the time of the clause before it is its own)."""
    return clause < len(starts) and words[starts[clause]].text in function_words("same_subject_link")


def _date_hours_apart(words: list[Word], drafts: list[Draft]) -> None:
    """"وفي مؤتمر صحفي بعد ساعات من الضربات، فجر السبت، أعلن X": what the sentence tells with no day of its own
    happened on the day of the event hours from which it is told."""
    for end in hours_apart_ends(words):
        near = next((d for d in drafts if end <= d.first <= end + 1), None)
        if near is None or near.date is None or len(near.date) < 10:
            continue
        for d in drafts:
            if d is not near and d.date is None and d.governor is None and d.modality is None and not d.vague_time:
                d.date, d.date_mod, d.date_at = near.date[:10], None, near.date_at


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


def _date_day_relative(words: list[Word], drafts: list[Draft], cues: list[dating.DateCue]) -> None:
    """"وقدم الحزب المذكرة الجمعة، غداة إعلان إدانته": what follows غداة (عشية) was the day before (after)
    the day told before it."""
    for d in drafts:
        found = day_relative_before(words, d.first)
        if found is None:
            continue
        at, offset = found
        day = next((c for c in reversed(cues) if c.index < at and c.value and len(c.value) == 10 and not c.deadline), None)
        if day is not None and day.value is not None:
            d.date, d.date_mod, d.date_at = dating.shift(day.value, (offset, "day")), None, day.index


def _fallback_date(doc: Document, words: list[Word], drafts: list[Draft], has_cue: bool, pluperfect: bool, background: frozenset[int],
                   state: DocumentDates) -> None:
    """An undated draft: the date of the speaker's statement it continues, the publication date for the
    lead's news of the day, or the article's news day for an event its body tells as news."""
    published, previous_dates = state.published, state.speakers
    has_time = _has_own_time(doc, words, drafts)
    for d in drafts:
        if d.date is not None or d.vague_time or d.modality == RECALLED:
            continue
        if d.govern_kind == REPORT and d.governor is not None and d.governor.date is not None:
            d.date, d.date_mod = d.governor.date, d.governor.date_mod  # "أفادت الشرطة بمقتل شخصين": the report's news
            continue
        if d.act is not None and d.actor and d.actor in previous_dates and not _opens_pluperfect(words):
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
        lead = d.s_index < LEAD_SENTENCES and d.first not in background
        finite = d.pos in ("verb", "speech") and d.tense in ("past", "present")
        in_content = d.governor is not None and d.govern_kind not in ("say", "announce")
        restated = state.lead_toll and d.type in CASUALTY_TYPES  # "أعلن الوزير حصيلة قتلى الحادث": the deaths were before
        if published and lead and not has_cue and not pluperfect and not restated and (
                finite and not in_content and not d.negated or d.govern_kind == "announce"):
            d.date = _lead_day(state)
        elif body_news(doc, words, d, has_time=has_time, pluperfect=pluperfect, background=d.first in background, state=state):
            d.date = state.news_day


def _lead_day(state: DocumentDates) -> str | None:
    """The day an undated event of the lead is of: the one day the lead told so far ("عقد المجلس، مساء الجمعة،
    جلسة طارئة." then "وحذر X خلال الجلسة…", published on Saturday), else the publication date (lead_default)."""
    if len(state.lead_days) == 1:
        return next(iter(state.lead_days))
    return state.lead_default


def _has_own_time(doc: Document, words: list[Word], drafts: list[Draft]) -> bool:
    """Whether the sentence tells a time of its own: a date, a clock time, a vague or recurring time, a span ("على
    مدى الأشهر الماضية"). A bare duration ("في احتجاج يستمر 6 أسابيع") says how long, not when; a time inside a quote
    is the speaker's ("وقال خلال الجلسة: \"…التي وقعت اليوم\""): neither ties what the sentence tells to another day."""
    if not words:
        return False
    quoted = [d.act.content for d in drafts if d.act is not None and d.act.content is not None]
    return any(words[0].start <= t.span.start < words[-1].end and not _bare_duration(words, t)
               and not any(q.start <= t.span.start < q.end for q in quoted) for t in doc.timexes)


def _bare_duration(words: list[Word], t: Timex) -> bool:
    """A duration neither opened nor preceded by a word of a span (data/event_dating.tsv: time_span)."""
    if t.kind != "duration":
        return False
    k = min(word_ending_after(words, t.span.start), len(words) - 1)
    near = [words[k].text] + ([words[k - 1].text] if k > 0 else [])
    return not set(near) & dating_words("time_span")


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
