"""Entity keys a document computes on its own, and the spelling-blind skeleton names compare by.

A KB name's key is `kb:<id>`; any other is `<TYPE>:<normalised name>`, the name
as the document writes it with what says nothing of the entity taken off: quote
marks, the head of a place named after a head that only says what it is
(منطقة خور الزبير is خور الزبير), and the dots of an acronym. A name that starts
after the لل of its word (للمجلس الوزاري) is keyed with its article, as it is
written elsewhere (المجلس الوزاري).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.arabic.normalize import dense_table, norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_proclitics
from rasad.extract.entities.kb import QUOTES, loose
from rasad.extract.entities.letters import is_letter
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import FILIATION
from rasad.extract.entities.places import mentioned_bare

_NO_VOWELS = dense_table(dict.fromkeys(map(ord, "اويى"), ""), size=0x700)  # the long vowels a skeleton drops after a first letter
# عبد and أبو open a compound name that outlets write with or without the space (عبدالماجد، عبد الماجد;
# أبوزيد، أبو زيد): a word of its own only when nothing follows
_COMPOUND_OPENER = re.compile(r"(?:(?<=\s)|^)(عبد|ابو) +(?=\S)")
_NOT_NAME = "".join(sorted(QUOTES)) + "@"  # stripped off a name's words


@lru_cache(maxsize=300_000)
def skeleton(name: str, *, vowels: bool = False) -> str:
    """A spelling-blind form of a name: loose folds, no article, no inner long vowels, ة -> ه.

    ترمب and ترامب, الكاظمي and الكاضمي, الأعرجي and الاعرجي share one skeleton;
    الكاظمي and الكاظمية do not (the final ه stays). With `vowels` the long vowels stay:
    الفحيص (a Jordanian town) is not الفحص (a Tunisian one). An ال before fewer than three
    letters is no article: إلون (folded to الون) is إيلون.
    عبد الماجد and عبدالماجد, أبو زيد and أبوزيد share one too (`_COMPOUND_OPENER`).
    """
    folded = loose(norm(name)).replace("-", " ")
    if " " in folded:  # a compound opener is followed by a space; most names skeletonised are one word
        folded = _COMPOUND_OPENER.sub(r"\1", folded)
    out = [_word_skeleton(w, vowels) for w in folded.split()]
    return " ".join(w for w in out if w)


def _word_skeleton(word: str, vowels: bool) -> str:
    """`skeleton` of one word without spaces: the long vowels after its first letter dropped by a
    translation (a regex substitution costs several times more, once for every new word)."""
    word = word.strip(_NOT_NAME)
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word if vowels else word[:1] + word[1:].translate(_NO_VOWELS)


@lru_cache(maxsize=1)
def filiation_skeletons() -> frozenset[str]:
    """The skeletons of بن، ابن، بنت, as a name's words are compared (`skeleton`)."""
    return frozenset(map(skeleton, FILIATION))


def key_of(found: Found, text: str) -> str:
    if found.kb is not None:
        return found.kb.key
    surface = text[found.span.start : found.span.end]
    head, _, name = surface.partition(" ")
    # منطقة خور الزبير is the place خور الزبير, named so in other articles
    surface = name if mentioned_bare(head, name) else written_name(text, found.span)
    return f"{found.type}:{_key_form(surface)}"


@memo(100_000)
def _key_form(surface: str) -> str:
    """A name as written in the form its key holds (`name_form`, an acronym one way): every name of every
    document is keyed, and names recur across documents: kept per name."""
    return _acronym_form(name_form(surface))


@memo(100_000)
def word_skeletons(name: str) -> tuple[str, ...]:
    """The skeletons of a name's words (`skeleton`), by which names compare word by word; kept per name."""
    return tuple(skeleton(w) for w in name.split())


def written_name(text: str, span: Span) -> str:
    """A mention's text as the name is written standing alone: (ل)لمجلس الوزاري, after the لل of its
    word, is المجلس الوزاري, named so in other sentences and articles."""
    surface = text[span.start : span.end]
    return "ا" + surface if _article_elided(text, span.start) else surface


def _article_elided(text: str, start: int) -> bool:
    """Whether a name starts at the article's lam of a لل (للمجلس: ل + the article, its alef dropped;
    `stem_span` keeps that lam), as the word's proclitics read (للندن is ل + لندن)."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    if start - word_start not in (1, 2) or norm(text[word_start:start]) not in ("ل", "ول", "فل"):
        return False
    word_end = start
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    return name_proclitics(text[word_start:word_end]).endswith("لل")


def _acronym_form(name: str) -> str:
    """An acronym in letter names one way whether written with dots or spaces (سي.إف.دي.تي)."""
    spaced = name.replace(".", " ").split()
    return " ".join(spaced) if "." in name and all(map(is_letter, spaced)) else name


def name_form(surface: str) -> str:
    """The normalised name used in keys: quotes dropped, spaces collapsed, a hashtag's underscores
    read as spaces (بيدرو_سانتشيث is بيدرو سانتشيث)."""
    return " ".join(w for w in norm(surface).replace("_", " ").replace("#", " ").split() if w not in QUOTES).replace('"', "").strip()
