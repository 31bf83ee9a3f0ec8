"""Dating drafts from a sentence's own time expressions: which draft each cue dates.

`dating` reads the time expressions of a sentence as cues (deadline, since, beginning, a new toll); this module
gives each cue to the nearest draft of its clause that may take it: not a participle, not an event a span is counted
from ("بعد يوم واحد من محاولة الانقلاب"), not the statement a date inside its quote belongs to. "غداة X" dates X
the day before; what is told hours after a dated event takes its day. draft_dates.py calls `date_from_cues` first,
then falls back for the drafts left undated.
"""

from __future__ import annotations

from rasad.document import Document, Span
from rasad.extract.events import dating
from rasad.extract.events.disasters import DISASTER
from rasad.extract.events.drafts import COMMUNICATIVE, RECALLED, REPORT, Draft, topic_before
from rasad.extract.events.forced import date_forced
from rasad.extract.events.lexicon import dating_words, durations
from rasad.extract.events.modality import CONDITIONAL
from rasad.extract.events.news_day import (
    day_relative_before,
    hours_apart_ends,
    in_relative_clause,
    relative_pronoun_before,
)
from rasad.extract.events.triggers import clause_of
from rasad.extract.wordscan import Word, clitics_before, function_words, word_ending_after

_PUNCTUAL = frozenset({"ASSAULT", "COERCE", "PROTEST", DISASTER})
_SUBJECT_REACH = 6  # words from a verb to a time told after its subject ("أدان وزير الخارجية الفرنسي الثلاثاء")
_ANTECEDENT_REACH = 4  # "الغارات الجوية التي استهدفت …"، "عقوبات الإعدام التي": the noun event a clause describes

def _eligible(words: list[Word], d: Draft, cue: dating.DateCue) -> bool:
    """Whether the time expression `cue` may date draft `d` (same clause already checked)."""
    if d.negated or d.modality == CONDITIONAL or (d.act is not None and d.act.sv.form == "participle"):
        return False  # "مخالفات لم تذكرها الهيئة"، "إذا رفض الرئيس … في الأول من مايو": what was not done has no day
    if _span_from(words, cue, d):
        return False  # "بعد يوم واحد من محاولة الانقلاب": a time counted from the event, not its own
    if _before_relative_clause(words, d, cue):
        return False  # "أصدرت الشرطة بيانا الخميس، يحتوي على تصريحات يوليا التي تعرضت للتسميم": the statement's day
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


def _before_relative_clause(words: list[Word], d: Draft, cue: dating.DateCue) -> bool:
    """Whether `d` opens a relative clause ("التي تعرضت"، "الذي تمت مداهمته") and `cue` is told before its relative
    pronoun: the time is the main clause's, and what the clause recalls was before it. A time right before the pronoun
    is the noun the clause describes ("في عام 2011 الذي شهد الثورات"): the clause's event was then."""
    pronoun = relative_pronoun_before(words, d.first)
    if pronoun is None or cue.index > pronoun or _speaker_described(d) or _describes_time(words, pronoun):
        return False
    if _ongoing(words, d, pronoun):
        return False  # "للرئيس الصيني الذي يجري زيارة إلى الإمارات": the visit goes on that day
    end = word_ending_after(words, cue.timex.span.end - 1)
    return any(w.is_word for w in words[end + 1 : pronoun])  # "نوفمبر المقبل، والذي سيشهد": the time's own clause


def _before_refusing_clause(words: list[Word], drafts: list[Draft], cue: dating.DateCue, candidates: list[Draft]) -> list[Draft]:
    """The candidates for `cue` told before the first relative clause after it that refuses it: "قرصنة سوني في عام
    2014، العملية التي استهدفت خوادمها، وقالت X إن…": the year is the hacking's, not of what X said after the clause."""
    refused = next((d for d in drafts if d.first > cue.index and _before_relative_clause(words, d, cue)), None)
    return candidates if refused is None else [d for d in candidates if d.first < refused.first]


def told_before_clause(words: list[Word], d: Draft) -> bool:
    """Whether `d`, in a relative clause, took a time told before its relative pronoun (a speaker's own day:
    "عبر ترامب، الإثنين، عن قلقه من التقارير التي تحدثت عن…"): what it reports took no day from it."""
    pronoun = relative_pronoun_before(words, d.first)
    return pronoun is not None and d.date_at is not None and d.date_at < pronoun


def _ongoing(words: list[Word], d: Draft, pronoun: int) -> bool:
    """Whether the relative clause tells in the present tense ("التي تشهد احتجاجات"، "الذي يجري زيارة"): what goes
    on at the time of the main clause, not what was before it."""
    if d.pos in ("verb", "speech"):
        return d.tense == "present"
    opener = words[pronoun + 1].text if pronoun + 1 < len(words) else ""
    return opener[:1] in function_words("present_prefix") and opener not in function_words("pluperfect")


def _speaker_described(d: Draft) -> bool:
    """A speech act whose speaker is the noun a relative clause describes ("غادر بومبيو، الإثنين، … تنفيذا لتوجيهات
    ترامب، الذي أعلن أن…"): the speaker speaks on the day of the sentence (draft_dates._in_background_clause)."""
    return d.act is not None and (d.act.speaker_span is None or d.act.speaker_span.start < d.act.verb.start)


def _describes_time(words: list[Word], pronoun: int) -> bool:
    """Whether the noun the relative clause describes is a time ("وفي 2015، وهو العام الذي أعلن فيه ترامب"): its
    event was in that time."""
    head = words[pronoun - 1].text if pronoun > 0 else ""
    return head.removeprefix("ال") in durations()


def _takes(words: list[Word], d: Draft, cue: dating.DateCue, quoted: list[Span], published: str | None) -> bool:
    """Whether draft `d` may take the time `cue`: eligible, told in the same quote as the time, if any, and not a
    past event anchoring the clause given a day still to come."""
    return (_eligible(words, d, cue) and dating.same_quote(quoted, words[d.first].start, cue)
            and not (_told_as_past(words, d) and _after(cue.value, published))
            and not _planned_before(d, cue, published))


def _planned_before(d: Draft, cue: dating.DateCue, published: str | None) -> bool:
    """Whether `d` is a planned noun event and `cue`, told before it, names no time still to come: "أبدت، الأحد،
    استعدادها لإجراء محادثات"، "علق في ذات اليوم على المحادثات المقبلة": the day of the offer or the remark."""
    return d.pos == "noun" and d.modality == "planned" and cue.index < d.first and not cue.deadline and not _after(cue.value, published)


def _told_as_past(words: list[Word], d: Draft) -> bool:
    """Whether `d` is told as done: a verb in the past tense ("أكد"، "تعهد"), or a noun right after "بعد"، "عقب"،
    "في أعقاب" ("خلال مؤتمر صحفي في أعقاب القمة": an event before the one the clause tells)."""
    if d.pos in ("verb", "speech"):
        return d.tense == "past" and d.modality is None
    return d.pos == "noun" and d.first > 0 and words[d.first - 1].text in dating_words("after_anchor")


def _after(value: str | None, published: str | None) -> bool:
    """Whether the calendar value `value` lies after the publication date, at the precision it has: "وتعهد
    بالدفع إلى اتخاذ إجراءات مماثلة، في الأول من يوليو المقبل" names when the measure is to take effect."""
    if not value or not published:
        return False
    return value > published[: len(value)]


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


def date_from_cues(doc: Document, words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """Each time expression dates the nearest draft of its clause that may take it."""
    cues = dating.date_cues(doc, drafts[0].sentence, words) if drafts else []
    quoted = [d.act.content for d in drafts if d.act is not None and d.act.content is not None]
    published = doc.meta.published
    _date_day_relative(words, drafts, cues)
    shared: list[tuple[Draft, Draft, int]] = []
    for cue in cues:
        if cue.began:  # "المفاوضات التي انطلقت العام الماضي": when they began, not when they ended or were announced
            continue
        clause = clause_of(starts, cue.index)
        candidates = _before_refusing_clause(words, drafts, cue, [d for d in drafts if d.clause == clause
                                                                and _takes(words, d, cue, quoted, published)])
        if not candidates and _opens_same_time(words, starts, clause + 1):  # "X، الاثنين، حين قال": said then
            candidates = [d for d in drafts if d.clause == clause + 1 and _takes(words, d, cue, quoted, published)][:1]
        if not candidates and _closes_aside(words, drafts, starts, clause, cue):
            # "والتقى صلاح الطبيب في إسبانيا، حيث يتلقى العلاج، يوم الأربعاء.": the day of the sentence's first act
            # ("ندد ساركوزي بما وصفه …، وذلك في إفادته، الخميس"); not of an event a noun, a relative clause, a
            # report or a clause before the aside names ("العملية التي استهدفت صعدة، وذلك في إنفوجرافيك، الأحد"،
            # "وذلك بعد قرار المحكمة رد دعاوى إسرائيليين اتهموا البنك، …، وذلك خلال مؤتمر صحفي، الأربعاء")
            candidates = [d for d in drafts if d.clause < clause and d.pos != "noun" and d.governor is None
                          and not in_relative_clause(words, d.first)][:1]
            candidates = [d for d in candidates if _takes(words, d, cue, quoted, published)]
        if not candidates:  # "قتل 35 مهاجرا بعد غرق القارب … ليل السبت": the time of the cause is the deaths';
            # not of deaths a report names ("أفادت حصيلة سابقة بمقتل 33 إثر ثوران البركان الاثنين": the toll's source)
            candidates = [d for d in drafts if d.cause_clause == clause and d.governor is None
                          and _takes(words, d, cue, quoted, published)][:1]
        if not candidates:
            continue
        recalled = [d for d in candidates if d.modality == RECALLED]
        # "ذكرى مقتل 6 … خلال مظاهرات عام 1976": the date of the phrase is the anniversary's own event's
        # A time inside a wide trigger ("سحب الرئيس … السبت تأييده") is its own: distance 0.
        owner = recalled[0] if recalled else min(candidates, key=lambda d: (
            0 if d.first < cue.index < d.last else abs(d.first - cue.index), d.first))
        if cue.names_event and owner.type in COMMUNICATIVE and owner.pos != "noun":
            continue  # "أعرب صلاح عن ثقته في المشاركة في مونديال 2018": the World Cup's year, no date of his words
        if _coordinated_after(words, owner, cue):  # the verb joined after the time shares it, unless it has its own
            follower, owner = owner, max((d for d in candidates if d.last < cue.index), key=lambda d: d.last, default=owner)
            shared.append((follower, owner, cue.index))
        owner = (_anchored_verb(words, drafts, owner, cue) or _antecedent(words, candidates, owner, cue)
                 or _verb_before_object(words, candidates, owner, cue) or owner)
        pronoun = None if cue.deadline else _relative_between(words, owner.last, cue.index)
        if pronoun is not None:  # "حثت مصر على إعادة النظر في عقوبات الإعدام التي أصدرتها المحكمة السبت"
            described = next((d for d in drafts if d.pos == "noun" and 0 < pronoun - d.last <= _ANTECEDENT_REACH
                              and all(w.is_word for w in words[d.last : pronoun])), None)
            if described is None:
                continue  # "وقال الوزير، الذي زار المدينة السبت، إن…": the day of the visit
            owner = described
        if owner.date is not None or owner.vague_time:
            continue
        if cue.value is None:  # "أعلن، الأسبوع الفائت، …": dated, to no calendar day; a later date is another event's
            owner.vague_time = True
            continue
        value = cue.value
        if cue.since and len(value) < 10:
            # "فرضت عقوبات على موسكو منذ عام 2014"، "الزيارة الأولى منذ 2010": a year or month after منذ starts a
            # state that lasts, or marks how long one waited: no day of the act, which another time may still date
            # ("الذي دافع عن ألوان النادي منذ عام 2009، … عندما صرح في 26 مايو")
            continue
        if cue.deadline:
            owner.date, owner.date_mod, owner.modality = dating.deadline_date(value, cue.timex.mod), None, "deadline"
        else:
            owner.date, owner.date_mod = value, cue.timex.mod
        owner.date_at, owner.described = cue.index, owner.last < cue.index and _opens_relative_clause(words, owner)
    for follower, owner, at in shared:  # only the time the owner took from this cue
        if (follower is not owner and follower.date is None and not follower.vague_time and owner.date_at == at
                and owner.modality != "deadline"):
            follower.date, follower.date_mod, follower.date_at = owner.date, owner.date_mod, owner.date_at
    _date_hours_apart(words, drafts)
    date_forced(words, drafts)
    anchor = next((d.date for d in drafts if d.date and d.governor is None), None)
    for d in drafts:
        if d.date is None and anchor is not None and (offset := dating.relative_offset(words, d.first)) is not None:
            d.date = dating.shift(anchor, offset)
        if d.date is None and d.govern_kind in ("announce", REPORT) and d.governor is not None and not (
                told_before_clause(words, d.governor)):
            d.date, d.date_mod = d.governor.date, d.governor.date_mod


def _coordinated_after(words: list[Word], d: Draft, cue: dating.DateCue) -> bool:
    """Whether the verb of `d` follows the time expression `cue` at once, joined by و or ف ("زار رئيس الوزراء
    موقع التظاهرة فجر الاثنين وقال …"): the time closes the clause before it; a coordinated verb's own time
    comes after the verb ("وقال الاثنين") or opens with the conjunction ("وفجر الاثنين قال")."""
    end = word_ending_after(words, cue.timex.span.end - 1)
    if d.pos not in ("verb", "speech") or d.first <= end or any(w.is_word for w in words[end + 1 : d.first]):
        return False
    if d.act is not None:
        clitics = clitics_before(words[d.first], d.act.sv.lemma)
    else:
        clitics = d.hit.clitics if d.hit is not None else ""
    return clitics[:1] in function_words("verb_conjunction")


def _verb_before_object(words: list[Word], candidates: list[Draft], owner: Draft, cue: dating.DateCue) -> Draft | None:
    """"أدان الرئيس الفرنسي الثلاثاء الهجوم": a time told between a verb with its subject and the event noun right after
    the time (the verb's object) is the verb's, told in the order verb, subject, time, object; the object was before."""
    if owner.pos != "noun" or owner.first <= cue.index:
        return None
    end = word_ending_after(words, cue.timex.span.end - 1)
    if any(w.is_word for w in words[end + 1 : owner.first]):
        return None
    verb = max((d for d in candidates if d.last < cue.index), key=lambda d: d.last, default=None)
    if verb is None or verb.pos != "verb" or verb.modality is not None or cue.index - verb.last > _SUBJECT_REACH:
        return None
    return verb


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


def _relative_between(words: list[Word], last: int, at: int) -> int | None:
    """The index of a relative pronoun between word `last` and the time expression at `at`, with a verb after it
    (no event of the sentence: "التي أصدرتها"), and only words from it to the time: the time is that clause's,
    told of the noun it describes. A comma ends the clause ("غرق القارب الذي كانوا على متنه، في وقت متأخر من ليل السبت")."""
    k = next((k for k in range(last + 1, at) if words[k].text in function_words("relative_pronoun")), None)
    return k if k is not None and all(w.is_word for w in words[k:at]) else None


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


def _closes_aside(words: list[Word], drafts: list[Draft], starts: list[int], clause: int, cue: dating.DateCue) -> bool:
    """Whether `cue` closes the sentence after a comma, in an aside that tells no event (a clause opened by
    function_words aside_opener): set off so, the time is the act's that the aside describes, not the aside's ("في
    أسبانيا، حيث يتلقى العلاج، يوم الأربعاء")."""
    if clause == 0 or clause >= len(starts) or any(d.clause == clause for d in drafts):
        return False
    if words[starts[clause]].text not in function_words("aside_opener"):
        return False
    end = word_ending_after(words, cue.timex.span.end - 1)
    before = cue.index - 1
    return (before > 0 and not words[before].is_word and "،" in words[before].text
            and all(not w.is_word for w in words[end + 1 :]))


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
