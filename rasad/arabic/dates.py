"""Absolute calendar dates written out in full: day, month and year.

This is the shared finder for dates that need no reference date: header and
dateline dates ("05-يناير-2022", "الإثنين 18 نوفمبر / November 2024"),
embedded-post dates ("December 29, 2021") and numeric dates ("9/12/2021",
"2021-12-09"). Relative and partial expressions are the temporal tagger's
work (`rasad.extract.time`), which reuses this for full dates.

Matching runs on the normalised view, so alef/hamza variants, Arabic-Indic
digits and stray bidi marks need no special case; spans point at the
original characters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.arabic.lexicon import months, weekdays
from rasad.arabic.normalize import normalize
from rasad.document import Span

# Between day, month and year: spaces, dashes, slashes, dots, commas.
_SEP = r"[\s\-/.,،]*"
_NUM_SEP = r"(?:[-.]|\s?/\s?)"  # between the numbers of a date: a slash may stand between spaces
# A year may carry "م" (ميلادي), as in "2019م" beside a Hijri date.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:\s?م(?!\w))?"
_DAY = r"(?P<day>[0-3]?\d)"


@dataclass(frozen=True, slots=True)
class FullDate:
    span: Span
    date: dt.date
    weekday_named: int | None = None  # ISO weekday written next to the date, if any

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def _alternation(names: list[str]) -> str:
    # Longest first so "كانون الثاني" wins over a shorter prefix.
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    month = rf"(?P<month>{_alternation(list(months()))})"
    # An optional second month name in the other system: "يوليو/ تموز", "November".
    month2 = rf"(?:\s*/\s*(?:{_alternation(list(months()))}))?"
    weekday = rf"(?:(?P<weekday>{_alternation(list(weekdays()))})\s*[,،]?\s*)?"
    b = r"(?<![\w\d])"
    e = r"(?![\w\d])"
    return [
        # [weekday] 18 نوفمبر / November 2024; 05-يناير-2022; 29 تموز 2021
        re.compile(rf"{b}{weekday}{_DAY}{_SEP}{month}{month2}{_SEP}{_YEAR}{e}", re.IGNORECASE),
        # December 29, 2021
        re.compile(rf"{b}{weekday}{month}\s+{_DAY}\s*,?\s*{_YEAR}{e}", re.IGNORECASE),
        # 2021-12-09, 2021/12/09
        re.compile(rf"{b}{_YEAR}[-/.](?P<mnum>[01]?\d)[-/.]{_DAY}(?!\d)"),
        # 9/12/2021, 09-12-2021, 9.12.2021, 9 / 12 / 2021 (day first, as Arab outlets write it)
        re.compile(rf"{b}{weekday}{_DAY}{_NUM_SEP}(?P<mnum>[01]?\d){_NUM_SEP}{_YEAR}{e}"),
    ]


def find_full_dates(text: str) -> list[FullDate]:
    """Every full Gregorian date in `text`, left to right, without overlaps."""
    view = normalize(text)
    found: list[FullDate] = []
    taken: list[Span] = []
    for pattern in _patterns():
        for match in pattern.finditer(view.text):
            date = _to_date(match)
            if date is None:
                continue
            span = view.to_original(match.start(), match.end())
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            wd = match.groupdict().get("weekday")
            found.append(FullDate(span, date, weekdays().get(wd) if wd else None))
    return sorted(found, key=lambda d: d.span.start)


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else months().get(groups["month"].lower())
    if month is None:
        return None
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:  # 31/02, 2021-13-01: not a date
        return None
