"""Days that name an event or a group: "هجمات 11 سبتمبر" is 11 September 2001 whenever the article
was written, and "قوى 14 آذار" is a Lebanese coalition, not a day to place at all.

The head word before the day decides (data/time_named_days.tsv), so "في 11 سبتمبر" stays a date
resolved against the article, as every other day and month without a year.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.context import prev_word

NAME = "name"


@cache
def _named() -> dict[tuple[str, int, int], str]:
    return {(head, int(day), int(month)): year for head, day, month, year in lx.rows("named_days")}


def _heads(word: str) -> list[str]:
    """The word, then less a conjunction (و، ف), then less a preposition (ب، ل) as well."""
    out = [word]
    if word[:1] in ("و", "ف"):
        word = word[1:]
        out.append(word)
    if word[:1] in ("ب", "ل"):
        out.append(word[1:])
    return out


def named_day(text: str, day_start: int, day: int, month: int) -> tuple[bool, dt.date | None]:
    """(whether the day names something, the event's date or None for a group's name)."""
    table = _named()
    for head in _heads(prev_word(text, day_start)):
        year = table.get((head, day, month))
        if year is not None:
            return True, None if year == NAME else dt.date(int(year), month, day)
    return False, None
