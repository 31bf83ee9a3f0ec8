"""A normalised view of Arabic text, with a map back to the original offsets.

Matching (lexicons, gazetteers, duplicate lines) works on the normalised view;
results are mapped back so they point at the original characters, which are
never rewritten. Each normalised character comes from exactly one original
character (a presentation-form ligature like ﻻ expands to two characters
that both point at it); dropped characters (diacritics, tatweel, zero-width
and bidi controls) leave no trace in the view.

Folding, one original character at a time:
- presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) -> their NFKC letters,
  then folded like the rest; isolated diacritic forms (ﹰ, ﱞ) are dropped;
- diacritics, Quranic marks and tatweel dropped;
- أ إ آ ٱ -> ا; ى and Persian ی -> ي; ة ۀ ۃ ە ھ -> ه; Persian ک -> ك;
- Arabic-Indic and Persian digits -> ASCII; ٫ -> "." and ٬ -> "," (number
  separators), ٪ -> "%";
- NBSP and every other space character -> " "; line/paragraph separators
  (U+2028, U+2029) -> "\\n";
- zero-width characters (U+200B-U+200D, U+2060-U+2064, BOM), bidi controls
  (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069), soft hyphen and
  variation selectors dropped;
- finally the whole view is lower-cased (Latin, Greek, Cyrillic).

The view is idempotent: normalising it again changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasad.document import Span


def _chars(first: int, last: int) -> list[str]:
    return [chr(c) for c in range(first, last + 1)]


_DIACRITICS = _chars(0x0610, 0x061A) + _chars(0x064B, 0x065F) + ["\u0670", "\u0640"] + _chars(0x06D6, 0x06ED)
_INVISIBLE = (
    _chars(0x200B, 0x200F)  # zero-width space/non-joiner/joiner, LRM, RLM
    + _chars(0x202A, 0x202E)  # bidi embeddings and overrides
    + _chars(0x2060, 0x2064)  # word joiner, invisible operators
    + _chars(0x2066, 0x2069)  # bidi isolates
    + _chars(0xFE00, 0xFE0F)  # variation selectors
    + ["\ufeff", "\u00ad", "\u061c", "\u034f"]
)
_DROP = frozenset(_DIACRITICS + _INVISIBLE)
_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ة": "ه",
    "ۀ": "ه",
    "ۃ": "ه",
    "ە": "ه",
    "ھ": "ه",
    "ک": "ك",  # Persian kaf
    "٫": ".",  # Arabic decimal separator
    "٬": ",",  # Arabic thousands separator
    "٪": "%",
}
_DIGITS = dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True))
_SPACES = frozenset(["\u00a0", "\t", "\u1680", "\u202f", "\u205f", "\u3000", *_chars(0x2000, 0x200A)])
_LINE_BREAKS = {"\u2028": "\n", "\u2029": "\n"}


def fold_chars(text: str) -> str:
    """Apply the letter, digit, space and drop folds to already-composed text."""
    out = []
    for ch in text:
        if ch in _DROP:
            continue
        if ch in _SPACES:
            out.append(" ")
            continue
        out.append(_LETTERS.get(ch) or _DIGITS.get(ch) or _LINE_BREAKS.get(ch) or ch)
    return "".join(out)


def _fold_presentation(ch: str) -> str | None:
    """The folded letters of a presentation form, or None if NFKC leaves it alone."""
    composed = unicodedata.normalize("NFKC", ch)
    if composed == ch:
        return None
    # Isolated diacritic forms decompose to a space plus the mark: drop both,
    # so a stray ﹰ does not turn into a word break.
    if composed[0] == " " and len(composed) > 1 and unicodedata.combining(composed[1]):
        composed = composed.lstrip(" ")
    return fold_chars(composed)


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Character -> replacement ('' drops it); built once, on first use."""
    table: dict[int, str] = {ord(c): "" for c in _DROP}
    table.update({ord(k): v for k, v in _LETTERS.items()})
    table.update({ord(k): v for k, v in _DIGITS.items()})
    table.update({ord(k): v for k, v in _LINE_BREAKS.items()})
    table.update({ord(c): " " for c in _SPACES})
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        if code in table:
            continue
        folded = _fold_presentation(chr(code))
        if folded is not None:
            table[code] = folded
    return table


@lru_cache(maxsize=1)
def _translation() -> list[int | str]:
    """`_table()` for `str.translate`, dense (`dense_table`)."""
    return dense_table(_table())


def dense_table(table: dict[int, str], size: int = 0) -> list[int | str]:
    """A `str.translate` table as a list by code point, up to its last key (or `size` codes, if more),
    each character it leaves alone reading its own code: the same translation, quicker. translate looks
    each character up; a dict that lacks it raises a KeyError, caught and dropped, for most letters of
    Arabic text, where a list simply holds the code. Past its end a character raises IndexError, a
    LookupError as KeyError is, and stays as written: a table of a few letters is made as long as
    their script (`size`), so that the others read the list too."""
    out: list[int | str] = list(range(max(max(table, default=-1) + 1, size)))
    for code, rep in table.items():
        out[code] = rep
    return out


@lru_cache(maxsize=1)
def _changes_length() -> re.Pattern[str]:
    """Characters whose replacement is not exactly one character long."""
    odd = sorted(chr(code) for code, rep in _table().items() if len(rep) != 1)
    return re.compile("[" + "".join(re.escape(c) for c in odd) + "]")


@dataclass(frozen=True, slots=True)
class NormText:
    """The normalised view `text` of `original`, with `offsets[i]` the original
    index of normalised character i (None when the two align one to one)."""

    original: str
    text: str
    offsets: Sequence[int] | None

    def to_original(self, start: int, end: int) -> Span:
        """The original range covering normalised range `[start, end)`."""
        if self.offsets is None:
            return Span(start, end)
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return Span(pos, pos)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)

    def to_normalised(self, pos: int) -> int:
        """The first normalised index at or after original position `pos`."""
        if self.offsets is None:
            return pos
        return bisect_left(self.offsets, pos)


def normalize(text: str) -> NormText:
    """The normalised view of `text` with its offset map."""
    table = _table()
    translated = text.translate(_translation())
    folded = translated.lower()
    odd = _changes_length()
    if len(folded) == len(text) and not odd.search(text):
        return NormText(text, folded, None)
    if len(folded) != len(translated):  # lower() changed a length (e.g. 'İ'): align char by char
        return _normalize_slow(text, folded)
    # Offsets advance one to one between the characters that change length,
    # so whole runs are added at once; Arabic text has few such characters.
    offsets = array("l")
    pos = 0
    for match in odd.finditer(text):
        at = match.start()
        offsets.extend(range(pos, at))
        offsets.extend([at] * len(table[ord(text[at])]))
        pos = at + 1
    offsets.extend(range(pos, len(text)))
    return NormText(text, folded, offsets)


def _normalize_slow(text: str, folded: str) -> NormText:
    table = _table()
    offsets = array("l")
    for i, ch in enumerate(text):
        offsets.extend([i] * len(table.get(ord(ch), ch).lower()))
    if len(offsets) != len(folded):  # a context-dependent lowering changed a length: lower char by char
        folded = "".join(table.get(ord(ch), ch).lower() for ch in text)
    return NormText(text, folded, offsets)


def norm(text: str) -> str:
    """Just the normalised string, for lexicon keys and comparisons."""
    return text.translate(_translation()).lower()
