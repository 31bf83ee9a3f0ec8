"""What the word right after a number says it counts, for claims, where the count-noun lexicon does not know it.

A nationality counts people ("27 فلسطينيا"، "2500 أميركي"); "others" counts what the count before it counts
("مقتل 3 أشخاص وإصابة 5 آخرين"); a function word, an adverb, a verb or another number counts nothing
("الدقيقة 51 قبل أن"، "ستة أو سبعة"، "ثلاثة وأربعة أسابيع"). Word lists: data/claim_not_counted.tsv,
data/claim_others.tsv, kb/demonyms.tsv.
"""

from __future__ import annotations

from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.extract.entities.kb import demonyms, loose
from rasad.extract.numbers import number_words
from rasad.extract.wordscan import function_words

_PKG = "rasad.extract"
# Function-word classes that never name what a number counts (nouns such as عدد or مدينة are in other classes).
_FUNCTION_CLASSES = ("preposition", "locative", "complementizer", "after_year", "partitive", "adder", "clause_link",
                     "conjunction_before", "relative_pronoun", "subject_stop", "demonstrative", "background_clause",
                     "noun_negator", "since", "subject_pronoun", "verb_negator")
_PROCLITICS = ("و", "ف")


@lru_cache(maxsize=1)
def _not_counted() -> frozenset[str]:
    words = normalised_lines(_PKG, "claim_not_counted.tsv") | normalised_lines(_PKG, "adverbs.tsv")
    return words.union(*(function_words(kind) for kind in _FUNCTION_CLASSES))


@lru_cache(maxsize=1)
def _others() -> dict[str, bool]:
    return {norm(r[0].strip()): r[1].strip() == "human" for r in read_rows(_PKG, "claim_others.tsv")}


def _bare_forms(word: str) -> tuple[str, ...]:
    """The word, and without a conjunction written onto it ("وأضاف"، "وأربعة")."""
    return (word, word[1:]) if len(word) > 3 and word.startswith(_PROCLITICS) else (word,)


def counts_nothing(word: str) -> bool:
    """Whether a normalised word after a number cannot be what it counts: a function word, an adverb, a verb of
    the list, or a number ("ثلاثة وأربعة أسابيع": the first number's noun is the second's)."""
    return any(f in _not_counted() or f in number_words() for f in _bare_forms(word))


def others(word: str) -> bool | None:
    """For "others" ("آخرين"، "أخرى"): whether it is said of people only; None for any other word."""
    return _others().get(word)


def nationality(word: str) -> bool:
    """Whether a normalised word is a nationality noun ("فلسطينيين"، "أميركي", and "فلسطينيا" after 11 to 99)."""
    table = demonyms()
    return loose(word) in table or (word.endswith("ا") and loose(word[:-1]) in table)
