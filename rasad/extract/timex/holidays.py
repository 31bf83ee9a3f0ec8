"""Holidays of the Hijri calendar named without a year: "أول أيام عيد الفطر", "عيد الأضحى المقبل".

The holiday's Hijri month and day (data/time_holidays.tsv) give one Gregorian day a Hijri year, by the Umm al-Qura
calendar; the resolver (rasad.extract.timex.resolve) chooses among the last, this and the next Hijri year's by tense,
as it chooses the year of a month named without one.
"""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian, Hijri

from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.spec import Spec


def read_holiday(m: re.Match[str], text: str) -> Spec | None:
    month, day = lx.table("holidays", "holiday")[re.sub(r"\s+", " ", m.group("holiday"))][1:3]
    nth = m.group("nth")
    offset = int(lx.table("holidays", "nth")[nth][1]) if nth else 0
    rel = lx.rel_offsets().get(re.sub(r"\s+", " ", m.group("rel") or ""))
    return Spec("holiday", month=int(month), day=int(day), offset=offset, rel=rel)


def candidates(spec: Spec, ref: dt.date) -> list[tuple[dt.date, int]]:
    """(Gregorian day, days from `ref`) of the holiday in the Hijri years around `ref`."""
    year = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
    out = []
    for y in (year - 1, year, year + 1):
        try:
            first = Hijri(y, spec.month or 0, spec.day or 0).to_gregorian()
            day = dt.date(first.year, first.month, first.day) + dt.timedelta(days=spec.offset or 0)
        except (ValueError, OverflowError):  # outside the calendar's range
            continue
        out.append((day, (day - ref).days))
    return out
