"""One foreign person's name spelt two ways by two outlets: which name keys of a corpus are one name.

Arabic outlets transliterate a foreign name each in their house style: غ or ج for g (كيم جونغ
أون، كيم جونج أون), تش or ش, ث or ز or س (سانشيز، سانتشيث), a letter more or less in a given name
(سيرجيو، سيريو). `rasad.corpus.entities` joins the keys these functions pair. Only people's
names are paired, and only on evidence that holds for foreign names and not for Arabic ones,
which a letter more or less makes another name (حسن، حسين) or another word (الكاظمي، الكاظمية).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.lexicon import read_rows
from rasad.extract.entities.kb import entries, loose
from rasad.extract.entities.keys import skeleton
from rasad.extract.entities.patterns import given_names

MIN_FOLDED_WORD = 4  # a shorter skeleton word is folded only inside a name of three words or more
_LONG_NAME = 3
_MIN_GIVEN = 4  # a given name spelt with a letter more is this long at least (سيريو، سيرجيو)
# A surname seen this often in the news is an Arabic word or a family name of the region, never only a
# transliteration (كابانياس is seen 3 times, ماكرون 2,321, العبادي far more).
_MAX_FOREIGN_FREQ = 3000

Pairs = list[tuple[str, str]]


@lru_cache(maxsize=1)
def _transliteration_folds() -> tuple[tuple[str, str], ...]:
    """Letters that spell one sound of a foreign name (data/transliteration_folds.tsv), longest first."""
    rows = [(r[0].strip(), r[1].strip()) for r in read_rows("rasad.corpus", "transliteration_folds.tsv") if len(r) > 1]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def transliteration_key(word: str) -> str:
    """A skeleton word with the spellings of one foreign sound folded: سنشز (سانشيز) and سنتشث (سانتشيث) agree."""
    for letters, to in _transliteration_folds():
        word = word.replace(letters, to)
    return word


def sound(words: Sequence[str]) -> tuple[str, ...]:
    """A full name's skeleton words with their foreign sounds folded. A short word is folded only in a
    name of three words or more, whose other words vouch for it (جنغ، جنج of كيم جونغ أون): alone, حارث is
    not حارس."""
    long_name = len(words) >= _LONG_NAME
    return tuple(transliteration_key(w) if long_name or len(w) >= MIN_FOLDED_WORD else w for w in words)


@lru_cache(maxsize=1)
def kb_sounds() -> dict[str, str]:
    """sound -> KB key for every full name of a hand-written KB person with a single owner."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for e in entries().values():
        if e.type == "PER" and not e.weak:
            for name in (e.name, *e.aliases):
                words = skeleton(name).split()
                if len(words) >= 2:
                    owners.setdefault(sound(words), set()).add(e.key)
    return {" ".join(k): next(iter(v)) for k, v in owners.items() if len(v) == 1}


def transliteration_pairs(people: dict[str, list[str]]) -> Pairs:
    """Full names (key -> skeleton words) that are one name transliterated two ways, word for word, and
    each name with the KB person it transliterates (كيم جونج أون: kb:p:kim)."""
    pairs: Pairs = []
    by_sound: dict[tuple[str, ...], str] = {}
    known = kb_sounds()
    for k, words in people.items():
        if len(words) < 2:
            continue
        folded = sound(words)
        if folded in by_sound:
            pairs.append((by_sound[folded], k))
        by_sound.setdefault(folded, k)
        owner = known.get(" ".join(folded))
        if owner is not None and owner != k:
            pairs.append((owner, k))
    return pairs


def given_name_pairs(people: dict[str, list[str]], written: Callable[[str], list[str]], root: Callable[[str], str]) -> Pairs:
    """Two-word names of one foreign surname whose given names are one spelling with a letter more inside
    (سيرجيو كابانياس، سيريو كاباناس), when each entity (`root`: keys joined so far are one) is the other's
    only such partner. Neither given name may be an Arabic one (حسن، حسين are two names) and the surname
    must be a foreign word."""
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for k, words in people.items():
        names = written(k)
        if len(words) == 2 and len(names) == 2 and _foreign_surname(names[1]) and _foreign_given(names[0]):
            by_surname.setdefault(transliteration_key(words[1]), []).append((k, loose(names[0])))
    partners: dict[str, set[str]] = {}
    for group in by_surname.values():
        for i, (a, given_a) in enumerate(group):
            for b, given_b in group[i + 1 :]:
                ra, rb = root(a), root(b)
                if ra != rb and (_letter_inside(given_a, given_b) or _letter_inside(given_b, given_a)):
                    partners.setdefault(ra, set()).add(rb)
                    partners.setdefault(rb, set()).add(ra)
    return [(a, b) for a, found in partners.items() for b in found if a < b and len(found) == 1 and len(partners[b]) == 1]


def _letter_inside(short: str, long: str) -> bool:
    """Whether `long` is `short` with one letter more, neither its first letter nor its last."""
    if len(long) != len(short) + 1 or len(short) < _MIN_GIVEN:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


def _foreign_given(word: str) -> bool:
    return word not in given_names() and not word.startswith("ال")


def _foreign_surname(word: str) -> bool:
    return word not in given_names() and word_freq().get(light(word), 0) < _MAX_FOREIGN_FREQ and len(skeleton(word)) >= MIN_FOLDED_WORD

