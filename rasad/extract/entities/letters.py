"""Acronyms read letter by letter: بي بي سي (BBC), إن تي في (NTV), سي.إن.إن (CNN).

Arab news writes a Latin acronym as the Arabic names of its letters
(`ner_letter_names.tsv`), with spaces or with dots between them. `spellings`
turns a Latin initialism of the knowledge base (an alias like NTV) into the
word tuples it is written as, so the KB matches them; `letter_runs` finds
acronyms the KB does not know. Several letter names are also everyday words
(في "in", إن "that", أو "or"), so a run counts as an acronym only when it has
at least one letter name that is not (سي، تي، دي…) and is three letters long,
or two written with dots (سي.إن).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, islice, product

from rasad.arabic.clitics import light
from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.extract.entities.words import Word

INITIALISM = re.compile(r"[A-Z]{3,6}")  # two-letter ones (RT, UN) are too often words spelt out: written by hand
MAX_SPELLINGS = 32
MIN_RUN = 3
MIN_DOTTED_RUN = 2


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Latin letter -> normalised spellings (distinct, commonest first), and the spellings that are words."""
    letters: dict[str, tuple[str, ...]] = {}
    words: set[str] = set()
    for row in read_rows("rasad.extract", "ner_letter_names.tsv"):
        cells = [c.strip() for c in row] + [""] * 2
        letters[cells[0]] = tuple(dict.fromkeys(norm(s) for s in cells[1].split("|") if s.strip()))
        words.update(norm(s) for s in cells[2].split("|") if s.strip())
    return letters, frozenset(words)


@lru_cache(maxsize=1)
def letter_spellings() -> frozenset[str]:
    """Every normalised spelling of a letter name."""
    return frozenset(s for spellings in _table()[0].values() for s in spellings)


def is_letter(word: str) -> bool:
    return word in letter_spellings()


def is_initialism(text: str) -> bool:
    """Whether a KB alias is an acronym read letter by letter (NTV, CNBC), not a word (NATO is one too,
    but its letter spelling never occurs, so spelling it out costs nothing)."""
    return INITIALISM.fullmatch(text) is not None


def spellings(acronym: str) -> list[tuple[str, ...]]:
    """The normalised word tuples an initialism is written as in Arabic (at most MAX_SPELLINGS), but
    none made only of everyday words (ONA would give أو أن أي, "or that any")."""
    table = _table()[0]
    if not all(c in table for c in acronym):
        return []
    return list(islice(filter(has_letter_only_word, product(*(table[c] for c in acronym))), MAX_SPELLINGS))


@lru_cache(maxsize=1)
def _words_as_written() -> frozenset[str]:
    """The letter names that are everyday words, with their hamzas (أي "any", not إي the letter E)."""
    return frozenset(light(s.strip()) for row in read_rows("rasad.extract", "ner_letter_names.tsv") for s in (row + ["", ""])[2].split("|") if s.strip())


def is_word_letter(surface: str) -> bool:
    """Whether a word as written is a letter name that is also an everyday word (في، إن، أو; not إي)."""
    return light(surface) in _words_as_written()


def has_letter_only_word(letters: Sequence[str]) -> bool:
    """Whether some of these letter names is not also an everyday word (تي, سي: not في, إن)."""
    words = _table()[1]
    return any(w not in words for w in letters)


def glued_dot(words: Sequence[Word], j: int) -> bool:
    """Whether words[j] is a period written without spaces between two letter names (سي.إن)."""
    if not 0 < j < len(words) - 1 or words[j].norm != ".":
        return False
    before, dot, after = words[j - 1], words[j], words[j + 1]
    return before.span.end == dot.span.start and dot.span.end == after.span.start and is_letter(after.norm)


def letter_runs(text: str, words: Sequence[Word], first_letters: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last+1) word indices of the acronyms in a sentence. `first_letters[i]` is the letter name
    words[i] is once its proclitic is off (لبي بي سي), or "" where it is none; the other words of a
    run must be letter names as written. A run of more than three ends before a last letter name that
    is an everyday word as written (إن "that" after آر تي إي)."""
    out = []
    i = 0  # the first word no run has taken
    for start in compress(range(len(words)), first_letters):  # in C: most words are no letter name
        if start < i:
            continue
        i = start
        end, letters, dotted = i + 1, [first_letters[i]], False
        while end < len(words):
            if glued_dot(words, end):
                dotted, end = True, end + 1
            elif is_letter(words[end].norm):
                letters.append(words[end].norm)
                end += 1
            else:
                break
        while not dotted and len(letters) > MIN_RUN and is_word_letter(text[words[end - 1].span.start : words[end - 1].span.end]):
            letters.pop()  # آر تي إي إن: "that" after the acronym, not its fourth letter
            end -= 1
        wanted = MIN_DOTTED_RUN if dotted else MIN_RUN
        if len(letters) >= wanted and has_letter_only_word(letters):
            out.append((i, end))
        i = end
    return out
