"""Names of places, institutions and awards called after a titled person: مدينة الملك عبدالله الرياضية،
مستشفى الملك فهد، جامعة الأمير سلطان، مطار الملك خالد الدولي، جائزة الشيخ زايد. A head noun of
`ner_named_after_people.tsv`, a rank title (`ner_titles.tsv`), the person's name and the relative adjectives
after it are one name of the head's type; the tagger's person (or the KB's king) inside it is no mention of
his own, and no rule cuts the head and the title off as a name of their own (مدينة الملك)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count

from rasad.arabic.clitics import light
from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_start, tagged_words
from rasad.extract.entities.head_names import nisbas_end
from rasad.extract.entities.kb import loose, loose_readings
from rasad.extract.entities.patterns import FILIATION, given_names_as_written, rank_words, regnal_ordinals
from rasad.extract.entities.rules import PLAIN_PROCLITICS
from rasad.extract.entities.words import WORD_NORM, Word

MAX_PERSON_WORDS = 6  # الملك عبد الله بن عبد العزيز آل سعود
_LINKS = frozenset({"عبد", "ابو", "ال"}) | FILIATION  # a word of a name that the next word goes on


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """Loose head noun -> the type of the names it begins after a titled person."""
    return {loose(norm(r[0].strip())): r[1].strip() for r in read_rows("rasad.extract", "ner_named_after_people.tsv")}


def head_type_before_title(word: str) -> str | None:
    """The type of the names the word begins before a titled person (proclitics allowed, no article:
    ومستشفى، بمطار), or None when it is no such head."""
    heads = _heads()
    return next((heads[stem] for prefix, stem in loose_readings(word) if prefix in PLAIN_PROCLITICS and stem in heads), None)


def titled_names(text: str, words: Sequence[Word], found: list[Found]) -> list[Found]:
    """`found` with each name called after a titled person (module doc) in place of the names inside it."""
    # a rank stands in few sentences: the words before one are found in C, and only they are read as heads
    ranks = compress(count(), map(rank_words().__contains__, map(WORD_NORM, words[1:-1])))
    starts = [i for i in ranks if head_type_before_title(words[i].norm)]
    if not starts:
        return found
    out = list(found)
    for i in starts:
        tagged = tagged_words(words, out)
        if tagged[i]:
            continue
        end = _person_end(text, words, i + 1, out, tagged)
        if end is None:
            continue
        inside = [f for f in out if i <= f.first and f.last <= end and f.type == "PER"]
        if any(i < f.last and f.first < end and f not in inside for f in out):
            continue  # a name of another kind across its end: no name called after a person
        end = nisbas_end(words, end, tagged_words(words, [f for f in out if f not in inside]))
        kind = head_type_before_title(words[i].norm) or "ORG"
        out = [f for f in out if f not in inside]
        out.append(Found(i, end, Span(name_start(text, words[i]), words[end - 1].span.end), kind, "pattern", head=True))
    return sorted(out, key=lambda f: f.first)


def _person_end(text: str, words: Sequence[Word], title: int, found: Sequence[Found], tagged: Sequence[bool]) -> int | None:
    """Index after the titled person's name from the title at `title`: a person found with or right after
    the title (الملك سلمان، الملك + عبدالله), or untagged given names and the words of a name they go on
    through (عبد العزيز، فيصل بن فهد); None when no name follows."""
    person = next((f for f in found if f.type == "PER" and f.first in (title, title + 1)), None)
    if person is not None:
        return person.last if person.last - title <= MAX_PERSON_WORDS + 1 else None
    if tagged[title]:
        return None
    j = title + 1
    while j < len(words) and j - title <= MAX_PERSON_WORDS and not tagged[j] and _goes_on(text, words, j, title + 1):
        j += 1
    return j if j > title + 1 else None


def _goes_on(text: str, words: Sequence[Word], j: int, first: int) -> bool:
    """Whether words[j] is a word of a person's name begun at `first`: a given name, a word after a link
    (عبد العزيز، بن فهد), a link before a word, or a ruler's ordinal (الثاني)."""
    w = words[j].norm
    if light(text[words[j].span.start : words[j].span.end]) in given_names_as_written():
        return True  # as written: على is no علي
    if j > first and words[j - 1].norm in _LINKS:
        return True
    if j > first and w in regnal_ordinals():
        return True
    return w in _LINKS and j + 1 < len(words) and words[j + 1].norm.isalpha()
