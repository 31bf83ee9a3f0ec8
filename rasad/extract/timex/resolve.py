"""Anchoring a `Spec` to a reference date: the TIMEX3 value of an expression.

The reference is the document's publication date. Where the text leaves a
choice (a weekday, a month without a year), the clause's tense decides: a
past clause points back, a future one forward, and with no cue the nearest
candidate wins, leaning to the past as news does; an act done on the day named (DONE) takes the latest candidate
not after the reference. "Before" a noun phrase that the
expression closes ("قبل قمته مع كيم الثلاثاء", NEAREST) names an act either just
done or just ahead: the nearest candidate wins, leaning neither way. `anchor` is a date stated
earlier in the same sentence ("في 6 نوفمبر الماضي قال ... بحلول 31 ديسمبر"):
a year-less date is placed relative to it rather than to the publication date.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from rasad.extract.timex.holidays import candidates as holiday_candidates
from rasad.extract.timex.spec import Spec

T = TypeVar("T")
PAST, FUTURE, NEAREST = "past", "future", "nearest"
DONE = "done"  # an act already done on the day named ("اندلعت في أكتوبر"، "منذ سبتمبر"): never ahead of the reference
# How much farther a candidate on the wrong side of the reference may be and still win.
_AGAINST_TENSE = 2.0
_AGAINST_NEWS = 1.5  # no tense cue: news mostly reports what happened
_WEDNESDAY, _SATURDAY = 3, 6  # ISO weekdays; a TIMEX3 weekend (YYYY-Wnn-WE) is the end of its ISO week
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def value(spec: Spec, ref: dt.date | None, tense: str | None = None, anchor: dt.date | None = None) -> str | None:
    """The TIMEX3 value of `spec`, or None when it has none (durations) or needs a missing reference."""
    if spec.kind in ("duration", "vague"):
        return None
    tense = _from_anchor(tense, anchor)
    day = day_of(spec, ref, tense, anchor)
    if day is not None:
        return _with_clock(day.isoformat(), spec)
    if spec.family == "year" and spec.year is not None:
        return _narrowed(spec.year, spec)
    if spec.family == "decade":
        return decade(spec, ref)
    if spec.family == "century":
        return _century(spec, ref)
    if spec.family == "hijri" or ref is None and spec.needs_ref:
        return None
    if spec.family == "month":
        assert spec.month is not None
        if spec.year is not None:
            year = spec.year
        elif spec.offset is not None:
            year = ref.year + spec.offset  # type: ignore[union-attr]
        else:
            year = month_year(spec.month, anchor or ref, spec.rel, tense)  # type: ignore[arg-type]
        return f"{year:04d}-{spec.month:02d}"
    if spec.family == "season":
        return f"{season_year(spec, ref):04d}-{spec.season}"
    if spec.family == "relunit":
        return _unit_value(spec, ref, tense)  # type: ignore[arg-type]
    if spec.family in ("ago", "offset"):
        return _ago(spec, ref)  # type: ignore[arg-type]
    return None


def day_of(spec: Spec, ref: dt.date | None, tense: str | None = None, anchor: dt.date | None = None) -> dt.date | None:
    """The calendar day an expression names, if it names one."""
    if spec.date is not None:
        return spec.date
    if ref is None:
        return None
    tense = _from_anchor(tense, anchor)
    if spec.family == "relday":
        return ref + dt.timedelta(days=spec.offset or 0)
    if spec.family == "weekday" and spec.weekday:
        return weekday_date(ref, spec.weekday, spec.rel, tense)
    if spec.family == "daymonth" and spec.month and spec.day:
        if spec.offset is not None:  # "30 مارس من العام المقبل"
            return _safe_date(ref.year + spec.offset, spec.month, spec.day)
        return day_month_date(spec.month, spec.day, anchor or ref, spec.rel, tense)
    if spec.family == "monthday" and spec.day:
        year, month = shift_month(ref.year, ref.month, spec.rel or 0)
        return _safe_date(year, month, spec.day)
    if spec.family == "holiday":
        found = holiday_candidates(spec, ref)
        return _pick(found, spec.rel, tense) if found else None
    if spec.family in ("ago", "offset") and spec.unit == "day":
        return ref + dt.timedelta(days=spec.offset or 0)
    return None


def _from_anchor(tense: str | None, anchor: dt.date | None) -> str | None:
    """An act done is done before the publication, not before a date the sentence stated earlier ("جرت في السابع من
    أكتوبر 1954، وبعد أقل من شهر، أي في أول نوفمبر اندلعت الثورة" is November 1954): counted from that date, no cue."""
    return None if tense == DONE and anchor is not None else tense


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_date(ref: dt.date, weekday: int, rel: int | None, tense: str | None) -> dt.date:
    """The day named by a weekday: الماضي the last one before, المقبل the next after; bare, by tense."""
    back = (ref.isoweekday() - weekday) % 7
    forward = (weekday - ref.isoweekday()) % 7
    if rel is not None and rel < 0:
        return ref - dt.timedelta(days=back or 7)
    if rel is not None and rel > 0:
        return ref + dt.timedelta(days=forward or 7)
    if tense == FUTURE or (tense == NEAREST and forward < back):
        return ref + dt.timedelta(days=forward)
    return ref - dt.timedelta(days=back)


def _pick(candidates: list[tuple[T, int]], rel: int | None, tense: str | None) -> T:
    """Of (value, signed distance from the reference) pairs, the one the modifier or tense points at."""
    before = [c for c in candidates if c[1] < 0]
    after = [c for c in candidates if c[1] > 0]
    if rel is not None and rel < 0 and before:
        return max(before, key=lambda c: c[1])[0]
    if rel is not None and rel > 0 and after:
        return min(after, key=lambda c: c[1])[0]
    if rel is not None:
        return min(candidates, key=lambda c: abs(c[1]))[0]

    if tense == DONE and (done := [c for c in candidates if c[1] <= 0]):
        return max(done, key=lambda c: c[1])[0]

    def cost(dist: int) -> float:
        if dist < 0:
            return -dist * (_AGAINST_TENSE if tense == FUTURE else 1.0)
        return dist * (_AGAINST_TENSE if tense == PAST else 1.0 if tense in (FUTURE, NEAREST) else _AGAINST_NEWS)

    return min(candidates, key=lambda c: cost(c[1]))[0]


def day_month_date(month: int, day: int, ref: dt.date, rel: int | None, tense: str | None) -> dt.date | None:
    """A day and month placed in the year the modifier or tense points at (29 February only in leap years)."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        candidates.append((date, (date - ref).days))
    if not candidates:
        return None
    if rel == 0:
        same = [c for c in candidates if c[0].year == ref.year]
        return same[0][0] if same else None
    if rel is not None and rel < 0:
        # "20 ديسمبر الماضي" names the last such day before the reference: in the current month too (a text of
        # 16 April says "في 7 أبريل الماضي" of nine days before), where a month alone ("أبريل الماضي") names last
        # year's (month_year)
        candidates = [c for c in candidates if c[1] < 0] or candidates
    return _pick(candidates, rel, tense)


def month_year(month: int, ref: dt.date, rel: int | None, tense: str | None) -> int:
    """The year of a month named without one."""
    if rel == 0:
        return ref.year
    candidates = [(y, (y - ref.year) * 12 + month - ref.month) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return _pick(candidates, rel, tense)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _unit_value(spec: Spec, ref: dt.date, tense: str | None = None) -> str | None:
    rel = spec.rel or 0
    if spec.unit == "year":
        year = ref.year + 1 if spec.new_year and ref.month == 12 else ref.year + rel
        return _narrowed(year, spec)
    if spec.unit == "month":
        y, m = shift_month(ref.year, ref.month, rel)
        return f"{y:04d}-{m:02d}"
    if spec.unit == "week":
        if spec.mod == "END" and spec.rel is None and _last_weekend(ref, tense):
            rel = -1
        week = iso_week(ref + dt.timedelta(weeks=rel))
        return week + "-WE" if spec.mod == "END" else week
    if spec.unit == "decade":
        return str(ref.year // 10 + rel)
    return None


def _last_weekend(ref: dt.date, tense: str | None) -> bool:
    """Whether a bare "نهاية الأسبوع" names the weekend before the reference rather than the one of its week: in a
    past clause on a weekday (that weekend has not come yet), or with no cue early in the week, when the last one
    is the nearer, leaning to the past as news does ("أمضى المفاوضون عطلة نهاية الأسبوع" on a Monday)."""
    if tense in (PAST, DONE):
        return ref.isoweekday() < _SATURDAY
    return tense is None and ref.isoweekday() <= _WEDNESDAY


def _narrowed(year: int, spec: Spec) -> str:
    """A year, or its first/last month when the boundary names days at its edge."""
    if spec.narrow and spec.mod in ("START", "END"):
        return f"{year:04d}-{'01' if spec.mod == 'START' else '12'}"
    return f"{year:04d}"


def _ago(spec: Spec, ref: dt.date) -> str | None:
    n = spec.offset or 0
    if spec.unit == "week":
        return iso_week(ref + dt.timedelta(weeks=n))
    if spec.unit == "month":
        y, m = shift_month(ref.year, ref.month, n)
        return f"{y:04d}-{m:02d}"
    if spec.unit == "year":
        return f"{ref.year + n:04d}"
    return None


def season_year(spec: Spec, ref: dt.date | None) -> int:
    """The year of a season; a winter is counted in the year of its December."""
    if spec.year is not None:
        return spec.year
    assert ref is not None and spec.season is not None
    if spec.offset is not None:  # صيف العام الماضي
        return ref.year + spec.offset
    first, last = _SEASON_MONTHS[spec.season]
    current = ref.year - 1 if spec.season == "WI" and ref.month <= last else ref.year
    started = spec.season == "WI" and ref.month <= last or ref.month >= first
    over = spec.season != "WI" and ref.month > last
    if spec.rel is not None and spec.rel < 0:
        return current if over else current - 1
    if spec.rel is not None and spec.rel > 0:
        return current + 1 if started else current
    return current


def decade(spec: Spec, ref: dt.date | None) -> str | None:
    assert spec.decade is not None
    if spec.century is not None:
        return f"{spec.century}{spec.decade}"
    if ref is None:
        return f"19{spec.decade}" if spec.decade >= 3 else None
    century = ref.year // 100
    return f"{century}{spec.decade}" if century * 100 + spec.decade * 10 <= ref.year else f"{century - 1}{spec.decade}"


def _century(spec: Spec, ref: dt.date | None) -> str | None:
    """TIMEX3 counts centuries by their first digits: the 21st century is "20"; "القرن الماضي" is the one before
    the reference's."""
    if spec.century is not None:
        return f"{spec.century:02d}"
    return None if ref is None else f"{ref.year // 100 + (spec.rel or 0):02d}"


def _with_clock(iso: str, spec: Spec) -> str:
    if spec.clock is not None:
        return f"{iso}T{spec.clock[0]:02d}:{spec.clock[1]:02d}"
    if spec.part:
        return f"{iso}T{spec.part}"
    return iso
