"""Reading clock times: "الساعة العاشرة صباحاً", "10:30 مساء", "11،00 بالتوقيت المحلي", "عند السادسة مساء".

An hour word without "الساعة" ("الثانية"، "الخامسة") is most often an ordinal ("الجولة الثانية مساء الأحد",
"وفي الثانية ظهر الفريق أقوى"): it is read as a clock time only after a cue of a point in time (في، عند،
حتى نحو... time_clock.tsv, class cue) and with its half of the day written as an adverb ("صباحاً"، "مساء")
or as the part of a day that follows ("في الثامنة صباح الأحد").
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.context import prev_word
from rasad.extract.timex.patterns import pattern
from rasad.extract.timex.spec import Spec


def read_clock(m: re.Match[str], text: str) -> Spec | None:
    raw = m.group("h") or m.group("hd") or m.group("hw")
    said = m.group("half") or m.group("adv")
    if m.group("hd") and not (said or m.group("zone")) or re.search("[,،]", raw) and not (m.group("h") or m.group("zone")):
        return None  # "5,30" alone is a decimal number
    if m.group("hw") and not _bare_hour(m, text, said):
        return None
    if m.group("hd") and raw.isdigit() and not m.group("zone"):
        return None  # four digits alone are a number ("عند 1204 دولارات"), a clock only before its time zone
    h, mi = _hour_minute(raw)
    minutes = lx.table("clock", "minutes")
    if m.group("plus"):
        mi += int(minutes[m.group("plus")][1]) if m.group("plus") in minutes else int(m.group("plus").split()[0])
    if m.group("minus"):
        mi -= int(minutes[m.group("minus")][1]) if m.group("minus") in minutes else int(m.group("minus").split()[0])
        if mi < 0:
            h, mi = h - 1, mi + 60
    half = lx.table("clock", "half").get(said or "", (None, None))[1]
    h = twenty_four(h, half)
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    about = prev_word(text, m.start()) in lx.table("clock", "about")
    return Spec("clock", kind="time", clock=(h % 24, mi), half=half is not None, mod="APPROX" if about else None)


def _hour_minute(raw: str) -> tuple[int, int]:
    """The hour and minutes as written: "10:30", "11،00", "0821" (wire copy's four digits), or an hour word."""
    if raw.isdigit() and len(raw) == 4:
        return int(raw[:2]), int(raw[2:])
    if raw[0].isdigit():
        hour, _, minute = re.sub("[.,،]", ":", raw).partition(":")
        return int(hour), int(minute or 0)
    return lx.numbers("hour")[re.sub(r"\s+", " ", raw)], 0


def read_daypart(m: re.Match[str], text: str) -> Spec:
    """"أثناء الليل"، "وقت الظهيرة": a part of a day that the narrative names elsewhere (no hour)."""
    return Spec("clock", kind="time", part=lx.table("clock", "daypart")[re.sub(r"\s+", " ", m.group("dp"))][1])


def _bare_hour(m: re.Match[str], text: str, said: str | None) -> bool:
    """An hour word without الساعة is a clock time after a cue ("عند السادسة"، "حتى نحو الخامسة"), or after a
    half of the day when it closes a range ("بين الثامنة صباحاً والثامنة مساء"), with its half said."""
    before = prev_word(text, m.start())
    in_range = text[m.start() : m.start("hw")] == "و" and before in lx.table("clock", "half")
    if not (in_range or before in _cues() or before[:1] in "وف" and before[1:] in _cues()):
        return False
    if said is not None:
        return said in lx.table("clock", "half") and (said.endswith("ا") or said in _bare_halves())
    return _part_of_day_follows(text, m.end())


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    return frozenset(lx.table("clock", "cue")) | frozenset(lx.table("clock", "about"))


@lru_cache(maxsize=1)
def _bare_halves() -> frozenset[str]:
    """Halves of the day without the adverb's alif that no verb or noun shares (مساء; not ظهر "appeared")."""
    return frozenset(k for k, v in lx.table("clock", "half").items() if len(v) > 2 and v[2] == "bare")


def _part_of_day_follows(text: str, pos: int) -> bool:
    """"في الثامنة صباح الأحد": a part of a named day comes next (merged with the hour later)."""
    start = len(text) - len(text[pos:].lstrip())
    day = pattern("weekday").match(text, start) or pattern("relday").match(text, start)
    return day is not None and day.group("part") is not None


def twenty_four(h: int, half: str | None) -> int:
    if half == "pm" and h < 12 or half == "noon" and h < 6:
        return h + 12
    if half == "night":
        return h + 12 if 6 <= h < 12 else (0 if h == 12 else h)
    if half == "am" and h == 12:
        return 0
    return h
