"""Where a CRF model's weights lie, read once from its feature index when the tagger loads.

`FeatureRows` maps each named word feature (`-1s=كتاب`: name s, value كتاب, at
offset -1) to the weight rows the model has for it at each offset, so a word's
features become rows with a few array operations (`crf.Tagger`); `pair_rows` reads a
stem pair's weights by its two stems, and `pair_sides` lists the stems the model's stem-pair features begin and end with, so only
candidate pairs are spelt out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np

from rasad.extract.entities.decode import LinearChain

# a feature's name: an optional offset (-2, -1, 1, 2) then the feature's short name ("s", "p1")
WORD_FEATURE = re.compile(r"(-?[12])?([a-z]+[0-9]?)")


class FeatureRows:
    """Where the weights of a word's named features lie: `ids` maps a feature's (name, value) to
    a feature id (0: none), and each id has the offset slots and weight rows of that feature of a word
    at every offset the model knows it (`-1s=كتاب`: name s, value كتاب, slot of offset -1). A name
    that has no row at some offset simply has none for that slot."""

    def __init__(self, chain: LinearChain, row_offsets: Sequence[int]) -> None:
        acc: dict[tuple[str, str], list[tuple[int, int]]] = {}
        slot_of = {off: slot for slot, off in enumerate(row_offsets)}
        for attr, row in chain.index.items():
            name, eq, value = attr.partition("=")
            match = WORD_FEATURE.fullmatch(name)
            if eq and match:
                acc.setdefault((match.group(2), value), []).append((slot_of[int(match.group(1) or 0)], row))
        # (name, value) -> feature id: a word's features are `crf._base`'s items, looked up as they are
        self.ids: dict[tuple[str, str], int] = {item: k for k, item in enumerate(acc, start=1)}
        counts = [0] + [len(pairs) for pairs in acc.values()]
        self._count = np.array(counts, dtype=np.intp)
        self._start = np.cumsum(self._count) - self._count
        self._slots = np.array([s for pairs in acc.values() for s, _ in pairs], dtype=np.intp)
        self._rows = np.array([r for pairs in acc.values() for _, r in pairs], dtype=np.intp)

    def rows(self, bases: Sequence[dict[str, str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(word, slot, row) of every weight of the words' named features (`crf._base`), in the order of
        their features, each feature's in the order of the model's index."""
        items = chain.from_iterable(map(dict.items, bases))
        features = np.fromiter(map(self.ids.get, items, repeat(0)), dtype=np.intp)  # in C: 0 for none
        word_of_item = np.repeat(np.arange(len(bases)), np.fromiter(map(len, bases), dtype=np.intp, count=len(bases)))
        counts = self._count[features]
        ends = np.cumsum(counts)
        flat = np.repeat(self._start[features] - (ends - counts), counts) + np.arange(ends[-1] if len(ends) else 0)
        return np.repeat(word_of_item, counts), self._slots[flat], self._rows[flat]


def pair_sides(rows: dict[tuple[str, str], tuple[int, int]]) -> tuple[set[str], set[str]]:
    """The stems that begin and those that end a stem pair feature of the model (`ss=a|b`: a, b), from its
    `pair_rows`."""
    return {left for left, _ in rows}, {right for _, right in rows}


def pair_rows(chain: LinearChain) -> dict[tuple[str, str], tuple[int, int]]:
    """(left stem, right stem) -> the weight rows of `ss=left|right` (the pair seen from its right
    word) and of `ss+=left|right` (seen from its left one), `chain.none` for one the model lacks:
    a pair's weights read by its stems, without spelling the features out. A stem may hold | itself,
    so every split of a pair is taken."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for attr, row in chain.index.items():
        name, _, pair = attr.partition("=")
        if name in ("ss", "ss+"):
            for cut in (i for i, c in enumerate(pair) if c == "|"):
                key = (pair[:cut], pair[cut + 1 :])
                ends, starts = out.get(key, (chain.none, chain.none))
                out[key] = (row, starts) if name == "ss" else (ends, row)
    return out
