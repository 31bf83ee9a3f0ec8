"""What a time expression says before it is anchored to a reference date.

An `Atom` is one expression found in the normalised view; its `Spec` holds
the pieces the text gives (a month without a year, a weekday with الماضي, an
offset of days) so that the same expression can be resolved against any
reference date: the publication date, or each candidate date while the
publication date is being inferred.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

# Families, in the order overlaps are settled when two expressions have the same length.
FAMILIES = ("full", "hijri", "daymonth", "monthday", "clock", "relday", "weekday", "month", "season", "relunit",
            "year", "decade", "century", "offset", "dayof", "holiday", "eve", "ago", "duration", "vague")


@dataclass(frozen=True, slots=True)
class Spec:
    family: str
    kind: str = "date"  # date, time, duration, vague
    date: dt.date | None = None  # a full date the text states (Gregorian or converted Hijri)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    rel: int | None = None  # الماضي -1, الجاري 0, المقبل +1 (of a month, weekday, unit or season)
    offset: int | None = None  # days from the reference (اليوم 0, أمس -1), or signed units for "ago" and "offset"
    unit: str | None = None  # day, week, month, year, decade (relative units, "ago")
    weekday: int | None = None  # ISO weekday named
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    part: str | None = None  # part of day: MO, MI, AF, EV, NI
    clock: tuple[int, int] | None = None  # hour, minute
    half: bool = False  # the clock time says which half of the day (صباحاً، مساءً)
    mod: str | None = None  # START, MID, END
    narrow: bool = False  # the boundary names days/weeks at a year's edge: value narrows to a month
    new_year: bool = False  # "العام الجديد"
    same_year: bool = False  # "من نفس العام": in the year the text named last

    @property
    def needs_ref(self) -> bool:
        """Whether the value depends on the reference date."""
        if self.kind in ("duration", "vague"):
            return False
        if self.date is not None:
            return False
        if self.family in ("daymonth", "month", "season"):
            return self.year is None
        if self.family == "year":
            return False
        if self.family in ("decade", "century"):
            return self.century is None
        return True

    def with_(self, **changes: object) -> Spec:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Atom:
    """An expression at `[start, end)` of the normalised view."""

    start: int
    end: int
    spec: Spec

    @property
    def rank(self) -> tuple[int, int]:
        return (-(self.end - self.start), FAMILIES.index(self.spec.family))
