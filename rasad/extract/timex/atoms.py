"""Finding time expressions in the normalised view and reading what each one says.

Every family's pattern runs over the whole view; each match becomes an
`Atom` with a `Spec` (or is rejected: a bare year with no cue, "اليوم" in
"اليوم الوطني"). Overlaps keep the longest expression; then neighbours that
form one expression are merged ("اليوم الخميس (29 تموز 2021)", "الخميس
الموافق 21/10/1436هـ", "الساعة العاشرة صباح الأحد").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from hijridate import Hijri

from rasad.arabic.dates import find_full_dates
from rasad.arabic.normalize import NormText
from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.clock import read_clock, read_daypart, twenty_four
from rasad.extract.timex.context import next_word, prev_word
from rasad.extract.timex.counted import read_day_after, read_day_of, read_duration, read_offset, read_vague
from rasad.extract.timex.eve import read_eve
from rasad.extract.timex.holidays import read_holiday
from rasad.extract.timex.named_days import named_day
from rasad.extract.timex.numeral_days import is_numeral
from rasad.extract.timex.patterns import anchors, families, pattern
from rasad.extract.timex.spec import Atom, Spec

_YEARISH = re.compile(r"(?:1[89]|20)\d\d(?!\d)")
# Between two parts of one expression: spaces, commas, dashes, an opening bracket, "الموافق".
_JOIN = re.compile(r"[\s,،:\-–(]*(?:(?:الموافق|الموافق\s+ل|م)\s*[\s,،:\-–(]*)?")
_CLOCK_JOIN = re.compile(r"[\s,،\-–(]*(?:من\s+)?")
# Prepositions that belong to the expression they precede ("في 26 ديسمبر", "بحلول نهاية العام").
_LEAD = re.compile(r"(?:^|(?<=[\s(\"«“”]))(?:[وف])?(?:في|منذ|حتي|بحلول|قبل|قبيل|بعد|خلال|مع|عند|اعتبارا\s+من|ابتداء\s+من|بدءا\s+من|طوال|طيله)\s+$")


def find_atoms(view: NormText) -> list[Atom]:
    """The time expressions of a normalised text, left to right, merged and without overlaps."""
    text = view.text
    found = _full_dates(view)
    windows = _windows(text, anchors(), before=40, after=60)
    for family in families():
        read, regex = _READERS[family], pattern(family)
        for lo, hi in windows:
            for match in regex.finditer(text, lo, hi):
                spec = read(match, text)
                if spec is not None:
                    found.append(Atom(match.start(), match.end(), spec))
    atoms = _merge(_without_overlaps(found), text)
    return [_with_lead(a, text) for a in atoms]


def _windows(text: str, regex: re.Pattern[str], *, before: int, after: int) -> list[tuple[int, int]]:
    """Merged ranges around every match of `regex`, widened to whole words.

    Every time expression holds an anchor word (a month, a weekday, a unit, a
    digit...); running the family patterns only around anchors skips the
    long stretches of text that cannot hold one, which is most of a news article.
    """
    out: list[tuple[int, int]] = []
    for m in regex.finditer(text):
        lo, hi = _word_start(text, max(0, m.start() - before)), _word_end(text, min(len(text), m.end() + after))
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def _full_dates(view: NormText) -> list[Atom]:
    """Full dates (rasad.arabic.dates) around the years of the text."""
    out = []
    for lo, hi in _windows(view.text, _YEARISH, before=50, after=50):
        span = view.to_original(lo, hi)
        for fd in find_full_dates(view.original[span.start : span.end]):
            start = view.to_normalised(span.start + fd.span.start)
            end = view.to_normalised(span.start + fd.span.end)
            out.append(Atom(start, end, Spec("full", date=fd.date, weekday=fd.weekday_named)))
    return out


def _without_overlaps(atoms: list[Atom]) -> list[Atom]:
    kept: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: a.rank):
        if all(atom.end <= k.start or atom.start >= k.end for k in kept):
            kept.append(atom)
    return sorted(kept, key=lambda a: a.start)


# ---- merging neighbours ----------------------------------------------------

def _is_day(spec: Spec) -> bool:
    return spec.family in ("relday", "weekday") or (spec.family == "vague" and spec.unit == "lead")


def _has_date(spec: Spec) -> bool:
    return spec.date is not None or (spec.family == "daymonth")


def _combine(left: Spec, right: Spec, gap: str) -> Spec | None:
    """The spec of `left gap right` read as one expression, or None when they are two."""
    if _JOIN.fullmatch(gap):
        if _is_day(left) and _has_date(right):
            offset = left.offset if left.family == "relday" else None  # "اليوم (29 تموز 2021)" states today's date
            return right.with_(weekday=right.weekday or left.weekday, part=left.part or right.part, offset=offset)
        if _has_date(left) and _has_date(right) and "الموافق" in gap:
            return left if left.family != "hijri" else right
        if left.family == "vague" and left.unit == "lead" and right.family in ("relday", "weekday", "daymonth", "full"):
            return right
        if _has_date(left) and right.family == "weekday" and right.rel is None and not gap.strip(" ,،"):
            return left.with_(weekday=right.weekday)
    if _CLOCK_JOIN.fullmatch(gap):
        # a day holds one clock time: a second one is the same moment in another zone ("الساعة الثالثة عصرا
        # الخميس (1200 بتوقيت جرينتش)") or another moment, an expression of its own
        if left.family == "clock" and (_is_day(right) or _has_date(right)) and right.clock is None:
            return _at_hour(right, left)
        if right.family == "clock" and (_is_day(left) or _has_date(left)) and left.clock is None:
            return _at_hour(left, right)
        if left.clock and right.family == "clock" and right.clock is None and not gap.strip():
            return left.with_(clock=_in_part(left, right.part))  # "الساعة الواحدة بعد الظهر"
    return None


def _at_hour(day: Spec, clock: Spec) -> Spec:
    """A day with the clock time or the part of the day ("أثناء الليل", no hour) joined to it."""
    if clock.clock is None:
        return day.with_(kind="time", part=clock.part, clock=_in_part(day, clock.part) if day.clock else None)
    return day.with_(kind="time", clock=_in_part(clock, day.part))


def _in_part(clock: Spec, part: str | None) -> tuple[int, int] | None:
    """A clock hour read in the part of the day it is attached to ("الرابعة عصر أمس" is 16:00)."""
    if clock.clock is None or clock.half or part is None:
        return clock.clock
    half = {"MO": "am", "MI": "noon", "AF": "pm", "EV": "pm", "NI": "night"}[part]
    return twenty_four(clock.clock[0], half), clock.clock[1]


def _merge(atoms: list[Atom], text: str) -> list[Atom]:
    out: list[Atom] = []
    for atom in atoms:
        if out:
            prev = out[-1]
            merged = _combine(prev.spec, atom.spec, text[prev.end : atom.start])
            if merged is not None:
                end = atom.end + 1 if text[prev.end : atom.start].rstrip().endswith("(") and text[atom.end : atom.end + 1] == ")" else atom.end
                out[-1] = Atom(prev.start, end, merged)
                continue
        out.append(atom)
    return out


def _with_lead(atom: Atom, text: str) -> Atom:
    if atom.spec.kind in ("duration", "vague"):
        return atom
    lead = _LEAD.search(text, max(0, atom.start - 24), atom.start)
    return Atom(lead.start(), atom.end, atom.spec) if lead else atom


# ---- reading one match -----------------------------------------------------

def _has_cue(text: str, start: int, kinds: tuple[str, ...] = ("cue",)) -> bool:
    word = prev_word(text, start)
    cues = _cue_words(kinds)
    return word in cues or (word[:1] in "وف" and word[1:] in cues) or _LEAD.search(text, max(0, start - 24), start) is not None


@lru_cache(maxsize=8)
def _cue_words(kinds: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(lx.context(kind) for kind in kinds))


def _month(name: str | None) -> int | None:
    return lx.gregorian_months().get(name) if name else None


def _rel(m: re.Match[str], group: str = "rel") -> int | None:
    word = m.group(group)
    return lx.rel_offsets().get(re.sub(r"\s+", " ", word)) if word else None


def _bound(m: re.Match[str]) -> tuple[str | None, bool]:
    word = m.groupdict().get("bnd")
    if not word:
        return None, False
    return lx.bounds().get(re.sub(r"\s+", " ", word), (None, False))


def _year(m: re.Match[str]) -> int | None:
    return int(m.group("year")) if m.groupdict().get("year") else None


def _same(m: re.Match[str]) -> bool:
    return m.groupdict().get("same") is not None


def _daymonth(m: re.Match[str], text: str) -> Spec | None:
    day = int(m.group("day")) if m.group("day") else lx.numbers("day").get(re.sub(r"\s+", " ", m.group("dayw") or "")) \
        or lx.numbers("day_before_month").get(m.group("dayb") or "")
    month = _month(m.group("month"))
    if not day or not month or not 1 <= day <= 31:
        return None
    if m.group("month") in lx.english_months() and _year(m) is None:
        return None  # "3 may" in English text: too weak without a year
    year = _year(m)
    if year is not None:
        try:
            return Spec("daymonth", date=dt.date(year, month, day))
        except ValueError:
            return None
    named, date = named_day(text, m.start("day") if m.group("day") else m.start("dayw"), day, month)
    if named:
        return Spec("daymonth", date=date) if date else None
    return Spec("daymonth", month=month, day=day, rel=_rel(m), offset=_rel(m, "yrel"), same_year=_same(m))


def _monthday(m: re.Match[str], text: str) -> Spec | None:
    """A day of the month the text is in, or of one counted from it: "في الثاني من الشهر الحالي"."""
    day = int(m.group("day")) if m.group("day") else lx.numbers("day").get(re.sub(r"\s+", " ", m.group("dayw")))
    rel = _rel(m)
    said = m.group("dayw") is not None or "يوم" in text[m.start() : m.start("day")] or _has_cue(text, m.start("day"))
    bare = m.group("bare") is not None and said  # "في 26 الحالي", "يوم 27 الجاري"; not "إس 9 الحالي" (a model)
    if not day or not 1 <= day <= 31 or (rel is None and m.group("this") is None and not bare):
        return None
    return Spec("monthday", day=day, rel=rel or 0)


def _month_only(m: re.Match[str], text: str) -> Spec | None:
    name = m.group("month")
    year, rel, (mod, _) = _year(m), _rel(m), _bound(m)
    explicit = year is not None or rel is not None or m.group("month2") or mod or m.group("shahr") or m.group("yrel") or _same(m)
    if name in lx.english_months() and year is None:
        return None
    if name in _cue_words(("ambiguous_month",)) and year is None and rel is None and not m.group("month2"):
        return None  # "تيريزا ماي", "من أب فرنسي", "من باب الوفاء": a month only with a year, الماضي or its other name
    if not explicit and not _has_cue(text, m.start()):
        return None
    return Spec("month", month=_month(name), year=year, rel=rel, mod=mod, offset=_rel(m, "yrel"), same_year=_same(m))


def _relday(m: re.Match[str], text: str) -> Spec | None:
    word = re.sub(r"\s+", " ", m.group("dayw"))
    offset, part = lx.day_words()[word]
    wd = lx.definite_weekdays().get(m.group("wd")) if m.group("wd") else None
    if (word in ("اليوم", "الغد") and wd is None and _not_today(m, text)) or m.group() in lx.context("not_time_word"):
        return None
    dp = lx.table("dayparts").get(re.sub(r"\s+", " ", m.group("part") or ""))
    return Spec("relday", offset=offset, weekday=wd, part=dp[0] if dp else part)


def _not_today(m: re.Match[str], text: str) -> bool:
    """"اليوم" as "the day": اليوم الوطني, في ذلك اليوم, روسيا اليوم; "الغد" as a name: حزب الغد, صحيفة الغد."""
    return next_word(text, m.end()) in lx.context("not_today_after") or prev_word(text, m.start()) in lx.context("not_today_before")


def _weekday(m: re.Match[str], text: str) -> Spec | None:
    if not (m.group("part") or m.group("rel")) and is_numeral(text, m.start("wd"), m.end("wd"), m.start("wd") > m.start()):
        return None  # "الخلاف بين الاثنين"، "الأحد عشر": a numeral
    dp = lx.table("dayparts").get(re.sub(r"\s+", " ", m.group("part") or ""))
    return Spec("weekday", weekday=lx.definite_weekdays()[m.group("wd")], rel=_rel(m), part=dp[0] if dp else None)


def _relunit(m: re.Match[str], text: str) -> Spec | None:
    mod, narrow = _bound(m)
    rel, year = _rel(m), _year(m)
    this = m.group("this") is not None
    new = m.group("new") is not None
    if not (mod or rel is not None or this or new or year):
        return None
    if m.group("unit") == "العام" and m.start("unit") == m.start() and year is None and _heads_general(text, m.start()):
        return None  # "الأمين العام السابق": the former secretary-general, no year
    unit = lx.units()[m.group("unit") or "ا" + m.group("lunit")][0]
    if year is not None and unit == "year":
        return Spec("year", year=year, rel=rel, mod=mod, narrow=narrow)
    return Spec("relunit", unit=unit, rel=0 if this and rel is None else rel, mod=mod, narrow=narrow, new_year=new)


def _heads_general(text: str, start: int) -> bool:
    """The word before "العام" is a post it qualifies as "general" (data/time_context.tsv: general_head), clitics
    و، ف، ل، ب aside ("والأمين"، "للمدعي")."""
    word = re.sub(r"^[وف]?(?:لل|بال)", "ال", prev_word(text, start))
    return word in lx.context("general_head") or word[1:] in lx.context("general_head")


def _year_only(m: re.Match[str], text: str) -> Spec | None:
    mod, narrow = _bound(m)
    year = int(m.group("year"))
    # a year also names the event before it ("حرب 1967"، "انتخابات 2018"); a month there would not ("ثورة يناير")
    if not (mod or m.group("yw")) and (year < 1900 or _counted(m, text) or not (
            _has_cue(text, m.start(), ("cue", "event_year")) or _opens_span(text, m.start(), year) or _coordinated_year(m, text))):
        return None
    return Spec("year", year=year, mod=mod, narrow=narrow)


def _counted(m: re.Match[str], text: str) -> bool:
    """"أكثر من 2000 آخرين": a bound of a count before من (data/time_context.tsv: count_bound), not a year's cue."""
    before = prev_word(text, m.start())
    return before == "من" and prev_word(text, text.rfind(before, 0, m.start())) in lx.context("count_bound")


def _coordinated_year(m: re.Match[str], text: str) -> bool:
    """"في 2015 و2016"، "(في 1980 و1987 و1990)"، "في العامين 2009 و 2011": a year joined by و to a year right
    before it that is one too."""
    pos = m.start()
    while text[pos : pos + 1] == "و" or prev_word(text, pos) == "و":
        if text[pos : pos + 1] != "و":
            pos = text.rfind("و", 0, pos)  # "2009 و 2011": the و stands alone
        prev = prev_word(text, pos)
        if not _YEARISH.fullmatch(prev.removeprefix("و")):
            return False
        pos = text.rfind(prev, 0, pos)
        if _has_cue(text, pos, ("cue", "event_year")) or _opens_span(text, pos, int(prev.removeprefix("و"))):
            return True
    return False


_SPAN_CLOSE = re.compile(r"\s*(?:م\s*)?و\s*((?:1[89]|20)\d\d)(?!\d)")


def _opens_span(text: str, start: int, year: int) -> bool:
    """"بين 2013 و2017": the year at `start` opens a span of years (data/time_context.tsv: range_open) that a
    later year closes after و."""
    word = prev_word(text, start)
    if not (word in lx.context("range_open") or (word[:1] in "وف" and word[1:] in lx.context("range_open"))):
        return False
    close = _SPAN_CLOSE.match(text, start + len(str(year)))
    return close is not None and int(close.group(1)) > year



def _season(m: re.Match[str], text: str) -> Spec | None:
    mod, _ = _bound(m)
    rel, yrel, year = _rel(m), _rel(m, "yrel"), _year(m)
    this = m.group("this") is not None
    if rel is None and yrel is None and year is None and not this:
        return None
    season = lx.table("seasons", "season")[m.group("season")][1]
    return Spec("season", season=season, year=year, rel=0 if this else rel, offset=yrel, mod=mod)


def _decade(m: re.Match[str], text: str) -> Spec | None:
    mod, _ = _bound(m)
    digit = int(lx.table("seasons", "decade")[m.group("dec")][1])
    cent = m.group("cent")
    century = None if not cent else (19 if cent in ("الماضي", "المنصرم", "العشرين") else 20)
    return Spec("decade", decade=digit, century=century, mod=mod)


def _century(m: re.Match[str], text: str) -> Spec | None:
    """"القرن الحادي والعشرين" is century 20 (the years 20xx), as TIMEX3 counts; "القرن الماضي" counts from the reference."""
    mod, _ = _bound(m)
    nth = int(m.group("num")) if m.group("num") else lx.numbers("day").get(re.sub(r"\s+", " ", m.group("ord") or ""))
    if nth is not None and not 1 <= nth <= 21:
        return None
    return Spec("century", century=nth - 1 if nth else None, rel=_rel(m), mod=mod)


def _hijri(m: re.Match[str], text: str) -> Spec | None:
    year = int(m.group("hyear"))
    month = lx.hijri_months().get(re.sub(r"\s+", " ", m.group("hmonth") or "")) or (int(m.group("hmnum")) if m.group("hmnum") else None)
    marker, day = m.group("marker"), int(m.group("day")) if m.group("day") else None
    if not marker and not m.group("hmonth"):
        return None
    if m.group("hmnum") and day is None:
        return None
    if month is None or day is None:
        return Spec("hijri")  # a Hijri month or year: recognised, no Gregorian day to give
    try:
        return Spec("hijri", date=Hijri(year, month, day).to_gregorian())
    except (ValueError, OverflowError):
        return None


_READERS: dict[str, Callable[[re.Match[str], str], Spec | None]] = {
    "daymonth": _daymonth, "monthday": _monthday, "month": _month_only, "relday": _relday, "weekday": _weekday,
    "relunit": _relunit, "year": _year_only, "season": _season, "decade": _decade, "century": _century,
    "hijri": _hijri,
    "clock": read_clock, "daypart": read_daypart, "duration": read_duration, "offset": read_offset, "offsetof": read_offset, "dayafter": read_day_after,
    "dayof": read_day_of, "holiday": read_holiday, "eve": read_eve, "vague": read_vague,
}

