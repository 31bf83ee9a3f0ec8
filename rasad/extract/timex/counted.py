"""Reading counted and relational time expressions: durations ("خلال 3 أيام"), counts back or ahead from
the reference ("قبل نحو أسبوع"), counts from a date the text named before ("وبعدها بخمسة أيام", "في اليوم
التالي", family offset, resolved in rasad.extract.time) and vague expressions ("في الآونة الأخيرة")."""

from __future__ import annotations

import re

from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.context import next_word, prev_word
from rasad.extract.timex.spec import Spec


def read_duration(m: re.Match[str], text: str) -> Spec | None:
    unit, count, _ = lx.units()[m.group("unit")]
    prep, num = m.group("prep"), m.group("num")
    n = (int(num) if num.isdigit() else lx.numbers("cardinal").get(re.sub(r"\s+", " ", num), 0)) if num else count
    if not (prep or num or count == 2):
        return None
    if prep == "منذ" and count == 0 and not num:
        return Spec("vague", kind="vague")
    if prep in ("قبل", "بعد") and n and unit in ("day", "week", "month", "year") and not counted_from_event(text, m.end()):
        return _ago(unit, -n if prep == "قبل" else n, m.group("approx"))
    return Spec("duration", kind="duration", unit=unit)


def counted_from_event(text: str, end: int) -> bool:
    """"قبل يومين من المباراة"، "بعد يوم واحد من الإضراب": the count ending at `end` runs from an event named
    after it (data/time_context.tsv: counted_from, past the words that complete the count, count_complement)."""
    after = next_word(text, end)
    while after in lx.context("count_complement"):
        end = text.index(after, end) + len(after)
        after = next_word(text, end)
    return after in lx.context("counted_from")


def _ago(unit: str, offset: int, approx: str | None) -> Spec:
    """"قبل عشرة أيام", "قبل نحو أسبوع": a count of weeks from a day lands on a day, as a count of days does
    ("قبل أسبوع" is the day seven days back, not the whole ISO week around it); "نحو" makes it APPROX."""
    if unit == "week":
        unit, offset = "day", offset * 7
    return Spec("ago", unit=unit, offset=offset, mod="APPROX" if approx in _ABOUT else None)


# Approximators before a count ("قبل نحو أسبوع"); "أكثر من"/"أقل من" bound the count, they do not blur it.
_ABOUT = frozenset({"حوالي", "نحو", "قرابه", "زهاء"})


def read_offset(m: re.Match[str], text: str) -> Spec:
    """"وبعدها بخمسة أيام", "قبل ذلك بأسبوع": signed units from a day the text named before (resolved in
    rasad.extract.time); "بعدها بأيام" names no count and is vague."""
    unit, count, _ = lx.units()[m.group("unit")]
    num = m.group("num")
    n = (int(num) if num.isdigit() else lx.numbers("cardinal").get(re.sub(r"\s+", " ", num), 0)) if num else count
    if not n or unit not in ("day", "week", "month", "year"):
        return Spec("vague", kind="vague")
    return _ago(unit, -n if m.group("dir") == "قبل" else n, m.group("approx")).with_(family="offset")


def read_day_after(m: re.Match[str], text: str) -> Spec | None:
    """"في اليوم التالي", "صباح اليوم التالي", "في اليوم نفسه": days from the day named before. "اليوم التالي
    للانتخابات", "اليوم السابق على المباراة", "اليوم نفسه من العام 2015" count from what follows: not taken."""
    after = next_word(text, m.end())
    if after.startswith("ل") or after in lx.context("counted_from"):
        return None
    dp = lx.table("dayparts").get(re.sub(r"\s+", " ", m.group("part") or ""))
    offset = int(lx.table("anchored")[re.sub(r"\s+", " ", m.group("phrase"))][0])
    return Spec("offset", unit="day", offset=offset, part=dp[0] if dp else None)


def read_day_of(m: re.Match[str], text: str) -> Spec | None:
    """"وفي 19 منه": the 19th of the month named before; not "المادة 15 منه", a part of a text (time_context.tsv,
    class not_day_of_before)."""
    day = int(m.group("day"))
    if not 1 <= day <= 31 or prev_word(text, m.start()) in lx.context("not_day_of_before"):
        return None
    return Spec("dayof", day=day)


def read_vague(m: re.Match[str], text: str) -> Spec:
    phrase = re.sub(r"\s+", " ", m.group("phrase") or "")
    lead = phrase in ("في وقت سابق", "في وقت لاحق")  # joins a following day: "في وقت سابق الأربعاء"
    return Spec("vague", kind="vague", unit="lead" if lead else None)
