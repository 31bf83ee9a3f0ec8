"""The temporal tagger's word lists, loaded once and keyed by normalised form.

Each `time_*.tsv` under `rasad/extract/data/` holds one kind of knowledge
(day words, modifiers, units, number words...). Loading is lazy and cached.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rasad.arabic.lexicon import months, read_rows, weekdays
from rasad.arabic.normalize import norm

_PACKAGE = "rasad.extract"


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `time_<name>.tsv`, first column normalised, the rest stripped."""
    out = []
    for row in read_rows(_PACKAGE, f"time_{name}.tsv"):
        cells = [c.strip() for c in row]
        out.append((norm(cells[0]), *cells[1:]))
    return tuple(out)


@cache
def table(name: str, cls: str | None = None) -> dict[str, tuple[str, ...]]:
    """Normalised phrase -> the rest of its row; only rows whose second column is `cls`, if given."""
    return {r[0]: r[1:] for r in rows(name) if cls is None or (len(r) > 1 and r[1] == cls)}


def words(name: str, cls: str | None = None) -> list[str]:
    return list(table(name, cls))


def alternation(phrases: list[str] | dict[str, object]) -> str:
    """A regex matching any of the normalised phrases, the longest where several fit.

    The phrases are folded into a prefix tree ("يناير|يونيو|يوليو" becomes
    "ي(?:ناير|و(?:نيو|ليو))"): Python's regex engine tries the branches of an
    alternation one by one at every word, so sharing prefixes is what keeps a
    list of a hundred month names cheap. A space in a phrase matches any run of spaces.
    """
    trie: dict[str, dict] = {}
    for phrase in set(phrases):
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _from_trie(trie)


def _from_trie(node: dict[str, dict]) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _from_trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase ends here: the longer ones are tried first, then this one
        return f"(?:{body})?"
    return body


@lru_cache(maxsize=1)
def gregorian_months() -> dict[str, int]:
    """Normalised month name (every system, lower-cased) -> month number."""
    return {name.lower(): number for name, number in months().items()}


@lru_cache(maxsize=1)
def english_months() -> frozenset[str]:
    return frozenset(name for name in gregorian_months() if name.isascii())


@lru_cache(maxsize=1)
def hijri_months() -> dict[str, int]:
    return {k: int(v[0]) for k, v in table("hijri_months").items()}


@lru_cache(maxsize=1)
def definite_weekdays() -> dict[str, int]:
    """Weekday names as they stand alone in Arabic text: with the article (الخميس), not bare (اثنين)."""
    return {name: day for name, day in weekdays().items() if name.startswith("ال")}


@lru_cache(maxsize=1)
def day_words() -> dict[str, tuple[int, str | None]]:
    """Day word -> (offset from the reference day, part of day or None)."""
    return {k: (int(v[0]), v[1] if len(v) > 1 and v[1] else None) for k, v in table("days").items()}


@cache
def numbers(cls: str) -> dict[str, int]:
    return {k: int(v[1]) for k, v in table("numbers", cls).items()}


@lru_cache(maxsize=1)
def units() -> dict[str, tuple[str, int, bool]]:
    """Unit word -> (unit, count: 1 singular, 2 dual, 0 plural, definite form)."""
    return {k: (v[0], int(v[1]), len(v) > 2 and v[2] == "def") for k, v in table("units").items()}


def rel_offsets() -> dict[str, int]:
    return {k: int(v[1]) for k, v in table("modifiers", "rel").items()}


def bounds() -> dict[str, tuple[str, bool]]:
    """Boundary phrase -> (TIMEX3 mod, narrows a year to its first/last month)."""
    return {k: (v[1], len(v) > 2 and v[2] == "month") for k, v in table("modifiers", "bound").items()}


def context(cls: str) -> frozenset[str]:
    return frozenset(table("context", cls))
