"""Names found by rule where the tagger misses them, and a verb it takes for a name; the shared
pieces of the rules of `bodies` (state outlets, institutions) and `places` (names after a head noun).

- Acronyms read letter by letter that the KB does not know (`letters`): ORG.
- A lone given name the tagger finds at the start of a sentence, glued to و or
  ف, is a verb there: وعزت قناة… ("and [the channel] attributed"), a person
  named by the given name alone being much rarer than a verb-first sentence.
- A one-word name that is also a verbal noun, followed by the preposition the
  verbal noun governs (`ner_verbal_nouns.tsv`), is the verbal noun: النيل من.
- A one-word name ending in يا whose stem less the final alef is, with the article, a common
  adjective of the news (الفوري، البالستي) is that adjective's indefinite accusative: انسحابا فوريا
  ("an immediate withdrawal"), صاروخا بالستيا. Countries stay names: ألمانيا is a KB name, and
  a nationality adjective (الألماني) is a demonym.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasad.arabic.clitics import light, segment, word_freq
from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.kb import KBEntry, alias_index, alias_key, loose
from rasad.extract.entities.letters import is_letter, letter_runs
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import given_names, head_type, is_demonym, is_not_name, not_names
from rasad.extract.entities.words import WORD_NORM, Word, stem_span, strip_clitics

# The proclitics a rule's first word may carry (no article: the phrases have theirs).
PLAIN_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"})


@dataclass(frozen=True, slots=True)
class Named:
    """A name a rule found: words [first, last), its span, type and KB entry."""

    first: int
    last: int
    span: Span
    type: str
    kb: KBEntry | None = None


@memo(300_000)
def proclitic_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(proclitic, stem) readings of a word without the article taken off (every rule reads every
    word's, so they are kept per word)."""
    return tuple((p, s) for p, s in strip_clitics(word) if p in PLAIN_PROCLITICS)


def phrase_reading(prefix: str, stem: str) -> bool:
    """Whether a (proclitic, stem) reading may begin a listed phrase: a plain proclitic, or لل before
    the article (للتلفزيون)."""
    return prefix in PLAIN_PROCLITICS or prefix.endswith("لل") and stem.startswith("ال")


# --- acronyms ------------------------------------------------------------------------------------


def acronyms(
    text: str, words: Sequence[Word], taken: Sequence[bool], firsts: Sequence[str] | None = None
) -> tuple[list[Named], list[range]]:
    """Letter-name acronyms in words not `taken` by other names, and the word ranges of those that
    name things: one a number follows (إف 16 is a jet, إس 400 a missile) or one listed as a common
    noun (جي بي إس, بي سي آر), which no name the tagger finds may hold either. `firsts`: each word's
    `letter_stem`, when the caller has them (`wordfacts`)."""
    if firsts is None:
        firsts = list(map(letter_stem.__getitem__, map(WORD_NORM, words)))  # dict reads (`memo`), in C
    names: list[Named] = []
    things: list[range] = []
    if sum(map(bool, firsts)) < 2:
        return names, things
    for first, last in letter_runs(text, words, firsts):
        letters = [w for w in words[first:last] if w.norm != "."]
        listed = tuple(loose(w.norm) for w in letters) in not_names() or is_not_name(
            letters
        )  # إل سي دي: إل is no article
        if (last < len(words) and words[last].norm[:1].isdigit()) or listed:
            things.append(range(first, last))
        elif not any(taken[first:last]):
            prefix = words[first].norm[: len(words[first].norm) - len(firsts[first])]
            span = Span(stem_span(text, words[first], prefix).start, words[last - 1].span.end)
            names.append(Named(first, last, span, "ORG"))
    return names, things


@memo(300_000)
def letter_stem(word: str) -> str:
    """The word's stem when it is a letter's name (إس، وإف), else ""."""
    return next((s for _, s in proclitic_readings(word) if is_letter(s)), "")


# --- verbs read as names -------------------------------------------------------------------------


def verb_not_person(text: str, words: Sequence[Word], first: int, last: int, name_start: int) -> bool:
    """Whether a one-word person the tagger found is a sentence-initial verb (module doc): a given
    name after و or ف, nothing but punctuation before it, a word after it."""
    if last - first != 1 or any(not w.is_punct for w in words[:first]) or last >= len(words) or words[last].is_punct:
        return False
    conj = norm(text[words[first].span.start : name_start])
    return conj in ("و", "ف") and words[first].norm[len(conj) :] in given_names()


@lru_cache(maxsize=1)
def _verbal_nouns() -> dict[str, frozenset[str]]:
    """Normalised verbal noun (article kept) -> the prepositions it governs."""
    out: dict[str, set[str]] = {}
    for row in read_rows("rasad.extract", "ner_verbal_nouns.tsv"):
        out.setdefault(norm(row[0].strip()), set()).add(norm(row[1].strip()))
    return {word: frozenset(preps) for word, preps in out.items()}


def verbal_noun_not_name(words: Sequence[Word], first: int, last: int) -> bool:
    """Whether a one-word name the tagger found is a verbal noun (module doc): the word, proclitics
    aside, is listed, the preposition it governs comes next (a pronoun attached or not), and no head
    noun (نهر) comes before it."""
    if last - first != 1 or last >= len(words):
        return False
    preps = next((_verbal_nouns()[stem] for _, stem in proclitic_readings(words[first].norm) if stem in _verbal_nouns()), None)
    if preps is None or (first > 0 and head_type(words[first - 1].norm) is not None):
        return False
    prefix, stem, _ = segment(words[last].norm)
    return not prefix and stem in preps


# How often the adjective must be seen with the article in the news (light form; الفوري 247, البالستي
# 37) to be read so: a rarer one may be a name's own stem.
MIN_ADJECTIVE_FREQ = 10


def adjective_not_name(text: str, words: Sequence[Word], first: int, last: int) -> bool:
    """Whether a one-word name the tagger found is an adjective's indefinite accusative (module doc),
    read with or without a plain proclitic, and no head noun (مدينة) comes before it."""
    if last - first != 1 or (first > 0 and head_type(words[first - 1].norm) is not None):
        return False
    span = words[first].span
    readings = strip_clitics(light(text[span.start : span.end]))
    return any(_accusative_adjective(stem) for prefix, stem in readings if prefix in PLAIN_PROCLITICS)


@memo(300_000)
def _accusative_adjective(stem: str) -> bool:
    if len(stem) < 5 or not stem.endswith("يا") or stem.startswith("ال"):
        return False
    adjective = stem[:-1]
    if word_freq().get("ال" + adjective, 0) < MIN_ADJECTIVE_FREQ or is_demonym(norm(adjective)):
        return False
    return alias_key(stem) not in alias_index()[0]
