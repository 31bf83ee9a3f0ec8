"""What the recogniser's rules read of each word, in one record per distinct word.

Every sentence's words are read by the KB matcher and by each rule (acronyms,
state outlets, institutions, head nouns, place heads, sport clubs), each asking its own
question of every word: which KB names it may begin, whether it is a letter's
name, a head noun... A `WordFacts` holds the answers for one normalised word,
so a sentence costs one look-up per word, and each rule reads its column of
the sentence's facts (`SentenceFacts`).

Each answer is also a function of its own module (`kb.kb_starts`,
`rules.letter_stem`, `sport_clubs.club_readings`…), which callers without the
facts use. `word_facts` gives the same answers from one pass over the word's
(proclitic, stem) readings instead of one pass per question: on a first pass
over new text each question costs a Python call per word (a memo's miss where
the answer is kept), and tens of thousands of words are new. The tests check
that the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from rasad.extract.entities.bodies import institution_firsts, medium_firsts
from rasad.extract.entities.kb import KBStart, demonyms, first_words, homographs, kb_reading, loose, loose_readings
from rasad.extract.entities.letters import letter_spellings
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import HeadNoun, head_nouns
from rasad.extract.entities.places import Head, place_heads
from rasad.extract.entities.rules import PLAIN_PROCLITICS, phrase_reading
from rasad.extract.entities.sport_clubs import club_firsts
from rasad.extract.entities.words import WORD_NORM, Word, strip_clitics


class WordFacts(NamedTuple):
    kb: tuple[KBStart, ...]  # readings that begin a KB name (`kb.kb_starts`)
    letter: str  # the stem when it is a letter's name (`rules.letter_stem`), else ""
    medium: bool  # a stem begins a state outlet's name (`bodies.starts_medium`)
    institution: bool  # a stem begins an institution's name (`bodies.starts_institution`)
    head: HeadNoun | None  # the word as a head noun (`patterns.head_type`)
    place: tuple[str, Head] | None  # (proclitic, head noun) as an indefinite head (`places.place_head`)
    demonym: bool  # a nationality adjective (`patterns.is_demonym`)
    club: tuple[tuple[str, str], ...]  # (proclitic, loose stem) readings that begin a club's name (`sport_clubs.club_readings`)


class _Tables(NamedTuple):
    kb: frozenset[str]
    homographs: frozenset[str]
    letters: frozenset[str]
    media: frozenset[str]
    institutions: frozenset[str]
    heads: dict[str, HeadNoun]
    places: dict[str, Head]
    demonyms: dict[str, str]
    clubs: frozenset[str]
    keys: frozenset[str]  # every word any table above holds: most words' readings are none, and have no facts


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    tables = (
        first_words(), homographs(), letter_spellings(), medium_firsts(), institution_firsts(),
        head_nouns(), place_heads(), demonyms(), club_firsts(),
    )  # fmt: skip
    # letters are read by the stem as written, the others by its loose fold (`loose_readings`)
    return _Tables(*tables, frozenset().union(*tables, map(loose, tables[2])))


_FOLDED = itemgetter(1)  # the loose stem of a `loose_readings` reading


@memo(300_000)
def word_facts(word: str) -> WordFacts:
    """The facts of one normalised word, each as its own function gives it (module doc)."""
    t = _tables()
    if t.keys.isdisjoint(map(_FOLDED, loose_readings(word))):
        return _NO_WORD_FACTS  # nine words in ten, read in C
    kb: list[KBStart] = []
    club: list[tuple[str, str]] = []
    letter, medium, institution, demonym = "", False, False, False
    head: str | None = None
    place: tuple[str, Head] | None = None
    for (prefix, stem), (_, folded) in zip(strip_clitics(word), loose_readings(word), strict=True):
        plain = prefix in PLAIN_PROCLITICS
        if folded in t.kb and kb_reading(prefix, stem):
            kb.append((prefix, folded, folded in t.homographs))
        if plain and not letter and stem in t.letters:
            letter = stem
        if (folded in t.media or folded in t.institutions) and phrase_reading(prefix, stem):
            medium = medium or folded in t.media
            institution = institution or folded in t.institutions
        if head is None and folded in t.heads:
            head = folded
        if plain and place is None and folded in t.places:
            place = (prefix, t.places[folded])
        demonym = demonym or folded in t.demonyms
        if folded in t.clubs and not prefix.endswith("ال"):
            club.append((prefix, folded))
    head_noun = None if head is None else _head_noun(word, head)
    return WordFacts(tuple(kb), letter, medium, institution, head_noun, place, demonym, tuple(club))


_NO_WORD_FACTS = WordFacts((), "", False, False, None, None, False, ())


def _head_noun(word: str, head: str) -> HeadNoun:
    """The head noun record of a word whose first head reading is `head` (loose)."""
    t = _tables()
    around = any(noun.around for _, folded in loose_readings(word) if (noun := t.heads.get(folded)))
    return t.heads[head]._replace(around=around)


class SentenceFacts(NamedTuple):
    """The facts of a sentence's words, fact by fact: what each rule reads (`WordFacts`' fields)."""

    kb: tuple[tuple[KBStart, ...], ...]
    letter: tuple[str, ...]
    medium: tuple[bool, ...]
    institution: tuple[bool, ...]
    head: tuple[HeadNoun | None, ...]
    place: tuple[tuple[str, Head] | None, ...]
    demonym: tuple[bool, ...]
    club: tuple[tuple[tuple[str, str], ...], ...]


def sentence_facts(words: Sequence[Word]) -> SentenceFacts:
    """The facts of each word of a sentence, by fact: one dict read per word, then one transposition,
    both in C."""
    facts = list(map(word_facts.__getitem__, map(WORD_NORM, words)))
    return SentenceFacts(*zip(*facts, strict=True)) if facts else _NO_FACTS


_NO_FACTS = SentenceFacts((), (), (), (), (), (), (), ())
