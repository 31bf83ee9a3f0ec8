"""A normalised view of Arabic text, with a map back to the original offsets.

Matching (lexicons, gazetteers, duplicate lines) works on the normalised view;
results are mapped back so they point at the original characters, which are
never rewritten. Each normalised character comes from exactly one original
character (a presentation-form ligature like ﻻ expands to two characters
that both point at it); dropped characters (diacritics, tatweel, zero-width
and bidi controls) leave no trace in the view.

Folding, in order: NFKC for presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF);
diacritics and tatweel dropped; أ إ آ ٱ -> ا; ى -> ي; ة -> ه; Arabic-Indic and
Persian digits -> ASCII; NBSP and other spaces -> " "; zero-width and bidi
controls dropped; Latin lower-cased.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasad.document import Span

_DROP = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\ufeff", "\u00ad", "\u061c"]
)
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_SPACES = ["\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\t"]
_DIGITS = dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True))


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Character -> replacement ('' drops it); built once, on first use."""
    table: dict[int, str] = {ord(c): "" for c in _DROP}
    table.update({ord(k): v for k, v in _LETTERS.items()})
    table.update({ord(k): v for k, v in _DIGITS.items()})
    table.update({ord(c): " " for c in _SPACES})
    for code in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if folded != chr(code):
            table[code] = fold_chars(folded)
    return table


def fold_chars(text: str) -> str:
    """Apply the letter, digit and drop folds to already-composed text."""
    out = []
    for ch in text:
        if ch in _DROP:
            continue
        ch = _LETTERS.get(ch, _DIGITS.get(ch, ch))
        out.append(" " if ch in _SPACES else ch)
    return "".join(out)


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
    offsets: tuple[int, ...] | None

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
        from bisect import bisect_left

        return bisect_left(self.offsets, pos)


def normalize(text: str) -> NormText:
    """The normalised view of `text` with its offset map."""
    table = _table()
    folded = text.translate(table).lower()
    if len(folded) == len(text) and not _changes_length().search(text):
        return NormText(text, folded, None)
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        offsets.extend([i] * len(rep.lower()))
    if len(offsets) != len(folded):  # lower() changed a length (e.g. 'İ'): align char by char
        return _normalize_slow(text)
    return NormText(text, folded, tuple(offsets))


def _normalize_slow(text: str) -> NormText:
    table = _table()
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch).lower()
        parts.append(rep)
        offsets.extend([i] * len(rep))
    return NormText(text, "".join(parts), tuple(offsets))


def norm(text: str) -> str:
    """Just the normalised string, for lexicon keys and comparisons."""
    return text.translate(_table()).lower()
