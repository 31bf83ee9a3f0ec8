"""Which date an event has: the time expression that governs its clause.

Each usable time expression of a sentence goes to the nearest event of its
clause that may take it: a deadline ("بحلول 31 ديسمبر") dates the planned
event, never the speech act or agreement that announces it; a "since"
expression (منذ) never dates a series of attacks. A relative phrase ("بعد
يومين من مقتل X") dates its event from the clause's own date. Weeks, seasons
and vague times give no calendar date, so the event they govern stays undated
(and a date further on does not date it either); a date in a relative clause of
beginning ("التي بدأت العام الماضي") dates no event, nor does the date of a new
toll ("ارتفعت حصيلة ضحايا الهجوم إلى 17، اليوم الثلاثاء") date the attack.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasad.arabic.normalize import norm
from rasad.document import Document, Span, Timex
from rasad.extract.events.lexicon import begin_verbs, dating_words, deadline_words, durations, toll_cues
from rasad.extract.numbers import find_numbers_in
from rasad.extract.timex import lexicon as timex_lexicon
from rasad.extract.wordscan import Word, function_words, previous_word, word_ending_after

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_RELATIVE = {norm("بعد"): -1, norm("قبل"): 1}
_SINCE_REACH = 4  # "منذ الحرب في غزة عام 2014"
_YEAR_LENGTH = 4  # "2018": a bare year
_RELATIVE_REACH = 3  # words from a relative clause's verb to its date  # "بعد يومين من X": X was two days before


@dataclass(frozen=True, slots=True)
class DateCue:
    timex: Timex
    index: int  # word index where it starts
    deadline: bool
    since: bool
    began: bool = False  # in a relative clause of beginning ("التي بدأت العام الماضي"): when something began
    since_from: int | None = None  # "منذ حرب غزة عام 2014": where منذ stands, a few words before the time it names
    names_event: bool = False  # a year in an event's name ("مونديال 2018"، "انتخابات 2018"): that event's, no act's

    @property
    def value(self) -> str | None:
        return calendar_value(self.timex.value)


def calendar_value(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD from a TIMEX3 value; None for weeks, seasons, durations."""
    if not value:
        return None
    m = _CALENDAR.match(value)
    if m is None or (len(value) > 4 and value[4:5] == "-" and value[5:6] in "WS"):
        return None
    return value[: len(m.group(0))]


def date_cues(doc: Document, sentence: Span, words: Sequence[Word]) -> list[DateCue]:
    """The sentence's dates and times; one naming no calendar day (a week, "منذ أيام") has value None:
    it still governs its clause's event, which a later date then cannot take."""
    out = []
    for t in doc.timexes:
        if not (sentence.start <= t.span.start < sentence.end) or t.kind not in ("date", "time"):
            continue
        idx = min(word_ending_after(words, t.span.start), len(words) - 1)
        since = bool(set(_before(words, idx, t.span)) & function_words("since"))  # "منذ"، "ومنذ"
        out.append(DateCue(t, idx, _is_deadline(words, idx, t.span), since, _began(words, idx), _since_before(words, idx),
                           _names_event(words, idx, t.value)))
    return out


def _names_event(words: Sequence[Word], idx: int, value: str | None) -> bool:
    """Whether the bare year at word `idx` names an event with the word right before it (timex data, context
    event_year) that a preposition governs ("ثقته في المشاركة في مونديال 2018"): the event is what an act is about.
    Not "خلال حملة الانتخابات عام 2016" (during it: the act's time), an event named as the verb's object ("ودعموا
    الثورة عام 1979"), nor one whose year is told apart ("في الانتخابات الأخيرة عام 2012": when it was)."""
    if not value or len(value) != _YEAR_LENGTH or idx < 2:
        return False
    head = words[idx - 1]
    return (bool(set(head.forms) & timex_lexicon.context("event_year"))
            and words[idx - 2].text in dating_words("event_name_preposition"))


def _since_before(words: Sequence[Word], idx: int) -> int | None:
    """The index of "منذ" two to _SINCE_REACH words before word `idx` with only words between ("أسوأ يوم منذ حرب
    غزة عام 2014"): the time dates what منذ names (the war), not the clause's event."""
    since = function_words("since")
    for k in range(idx - 2, max(-1, idx - _SINCE_REACH - 1), -1):
        if not words[k + 1].is_word or not words[k].is_word:
            return None
        if words[k].text in since:
            return k
    return None


def same_quote(quoted: Sequence[Span], at: int, cue: DateCue) -> bool:
    """Whether a time told inside a quote or reported content may date the event whose trigger is at `at`: only one
    told in the same quote. "قال ترامب: "قررت تطبيق الرسوم اعتبارا من 13 أغسطس"، وأضاف …": the day is the quote's."""
    inside = next((q for q in quoted if q.start <= cue.timex.span.start < q.end), None)
    return inside is None or inside.start <= at < inside.end


def new_toll_at(words: Sequence[Word]) -> int | None:
    """Where the sentence gives a new toll of an event told before ("ارتفعت حصيلة ضحايا الانهيار إلى 11"),
    the first word of the toll's words; None when it gives none. A date after that is the toll's, not the event's."""
    found = toll_cues().find_all(words)
    if {m.payload for m in found} != {"toll", "change"}:
        return None
    return min(m.first for m in found)


def _began(words: Sequence[Word], idx: int) -> bool:
    """A relative pronoun and a verb of beginning a few words before word `idx`: "التي بدأت [في] العام الماضي"."""
    pronouns, verbs = function_words("relative_pronoun"), begin_verbs()
    for k in range(idx - 1, max(0, idx - _RELATIVE_REACH - 1), -1):
        if words[k - 1].text in pronouns and verbs.match_at(words, k) is not None:
            return True
    return False


def _before(words: Sequence[Word], idx: int, span: Span) -> tuple[str, ...]:
    """The forms of the first word of the time expression when it is "منذ", else of the word before it."""
    w = words[idx] if idx < len(words) else None
    if w is not None and w.start >= span.start and set(w.forms) & function_words("since"):
        return w.forms
    prev = previous_word(words, idx)
    return prev.forms if prev else ()


def _is_deadline(words: Sequence[Word], idx: int, span: Span) -> bool:
    """A deadline word inside the time expression or right before it ("بحلول"، "قبل نهاية")."""
    index = deadline_words()
    for start in range(max(0, idx - 3), len(words)):
        if words[start].start >= span.end:
            break
        m = index.match_at(words, start)
        if m is not None and (start >= idx or m.last >= idx - 1):
            return True
    return False


def deadline_date(value: str, mod: str | None) -> str:
    """A deadline "by the end of 2021" is its last day: 2021-12-31."""
    if mod != "END" or len(value) == 10:
        return value
    year = int(value[:4])
    if len(value) == 4:
        return f"{year}-12-31"
    month = int(value[5:7])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"


def relative_offset(words: Sequence[Word], first: int) -> tuple[int, str] | None:
    """"بعد يومين من X" before the trigger at `first`: (signed count, unit) to add to the anchor."""
    window = [k for k in range(max(0, first - 5), first) if words[k].is_word]
    for pos, k in enumerate(window):
        sign = _RELATIVE.get(words[k].text)
        if sign is None:
            continue
        rest = window[pos + 1 :]
        if not rest or words[rest[-1]].text not in function_words("relative_of"):
            continue
        unit_word = next((words[x] for x in rest[:-1] if words[x].text in durations()), None)
        if unit_word is None:
            continue
        unit, count = durations()[unit_word.text]
        numbers = find_numbers_in([words[x] for x in rest[:-1]])
        n = int(numbers[0].value) if numbers else count
        if n:
            return sign * n, unit
    return None


def shift(anchor: str, offset: tuple[int, str]) -> str | None:
    """`anchor` moved by `offset`, at the anchor's precision; None where that loses meaning."""
    n, unit = offset
    if unit in ("day", "week") and len(anchor) == 10:
        d = dt.date.fromisoformat(anchor) + dt.timedelta(days=n * (7 if unit == "week" else 1))
        return d.isoformat()
    if unit == "month" and len(anchor) >= 7:
        y, m = int(anchor[:4]), int(anchor[5:7]) + n
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return f"{y:04d}-{m:02d}"
    if unit == "year":
        return f"{int(anchor[:4]) + n:04d}"
    return None
