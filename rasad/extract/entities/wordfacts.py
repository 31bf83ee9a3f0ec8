"""What the recogniser's rules read of each word, in one record per distinct word.

Every sentence's words are read by the KB matcher and by each rule (acronyms,
state outlets, institutions, head nouns, place heads), each asking its own
question of every word: which KB names it may begin, whether it is a letter's
name, a head noun... Each answer is a `memo` of its own, and asking them one
after the other costs a look-up per word in each of six large tables. A
`WordFacts` holds the six answers of one normalised word, so a sentence costs
one look-up per word; each rule then reads its column (`column`), in C.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter, itemgetter
from typing import NamedTuple

from rasad.extract.entities.kb import kb_starts
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import head_type
from rasad.extract.entities.rules import Head, letter_stem, place_head, starts_institution, starts_medium
from rasad.extract.entities.words import Word

_NORM = attrgetter("norm")


class WordFacts(NamedTuple):
    kb: tuple[tuple[str, str], ...]  # (proclitic, loose stem) readings that begin a KB name (`kb.kb_starts`)
    letter: str  # the stem when it is a letter's name (`rules.letter_stem`), else ""
    medium: bool  # a stem begins a state outlet's name (`rules.starts_medium`)
    institution: bool  # a stem begins an institution's name (`rules.starts_institution`)
    head: str | None  # the type of names the word begins as a head noun (`patterns.head_type`)
    place: tuple[str, Head] | None  # (proclitic, head noun) as an indefinite head (`rules.place_head`)


@memo(300_000)
def word_facts(word: str) -> WordFacts:
    """The facts of one normalised word; the separate tables are left to their other readers."""
    return WordFacts(
        kb_starts.fn(word),
        letter_stem.fn(word),
        starts_medium().fn(word),
        starts_institution().fn(word),
        head_type.fn(word),
        place_head.fn(word),
    )


def sentence_facts(words: Sequence[Word]) -> list[WordFacts]:
    """The facts of each word of a sentence (one dict read each, in C)."""
    return list(map(word_facts.__getitem__, map(_NORM, words)))


_COLUMNS = {name: itemgetter(k) for k, name in enumerate(WordFacts._fields)}


def column(facts: Sequence[WordFacts], name: str) -> list:
    """One fact of every word, e.g. column(facts, "head")."""
    return list(map(_COLUMNS[name], facts))
