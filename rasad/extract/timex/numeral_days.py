"""Weekday names that are also numerals: "الاثنين" is Monday or "the two" ("الخلاف بين الاثنين"، "كلا الاثنين"،
"الاثنين معا"), "الأحد" Sunday or "the one" ("الأحد عشر": eleven).

The words around the name decide (data/time_context.tsv: numeral_weekday, numeral_after, numeral_before,
numeral_of); a day or a date right after it keeps it a day ("بين الاثنين والخميس"، "كل من الاثنين 13 آب").
"""

from __future__ import annotations

from functools import cache

from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.context import next_word, prev_word

# Words after a weekday that join it to another day or a date: "الاثنين والخميس"، "الاثنين إلى الأربعاء".
_DAY_LINKS = frozenset({"و", "الي", "حتي", "او"})


def is_numeral(text: str, start: int, end: int, clitic: bool) -> bool:
    """Whether the weekday name at text[start:end] is the numeral, not a day; `clitic`: a و/ب/ل... is joined to it."""
    if text[start:end] not in lx.context("numeral_weekday"):
        return False
    after = next_word(text, end)
    if after in lx.context("numeral_after"):
        return True
    if clitic or _day_follows(after):
        return False
    before = prev_word(text, start)
    if _in_class(before, "numeral_before"):
        return True
    return before == "من" and _in_class(prev_word(text, text.rfind("من", 0, start)), "numeral_of")


def _in_class(word: str, cls: str) -> bool:
    """The word, or the word less a leading conjunction or ل ("وبين"، "لكلا"), is of the class."""
    words = lx.context(cls)
    return word in words or (word[:1] in "وفل" and (word[1:] in words or word[2:] in words and word[1:2] == "ل"))


@cache
def _weekday_names() -> frozenset[str]:
    return frozenset(lx.definite_weekdays())


def _day_follows(word: str) -> bool:
    """"والخميس"، "إلى"، "13": the name is one end of a span of days or stands before its date."""
    return word.isdigit() or word in _DAY_LINKS or word in _weekday_names() or (
        word[:1] == "و" and word[1:] in _weekday_names())
