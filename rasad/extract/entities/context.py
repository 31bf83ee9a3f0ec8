"""What the sentences around say of a word: the words its other occurrences stand next to.

A name the tagger has never seen is often introduced once in a telling
context (مدينة بلنسية، المدرب كانافارو) and then repeated bare. Each word
therefore also gets the words found right before and after its other
occurrences within `WINDOW` sentences either side (context aggregation,
Ratinov & Roth 2009), as `ag<stem` and `ag>stem` features. Frequent words
(more than `MAX_CONTEXTS` distinct neighbours) and short ones get none:
their neighbours say nothing about them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.normalize import norm
from rasad.extract.entities.words import bare_stem

WINDOW = 10  # sentences either side: about one news article
MAX_CONTEXTS = 24
_MIN_KEY = 3

Context = tuple[str, ...]


@lru_cache(maxsize=300_000)
def _key(token: str) -> str:
    return bare_stem(norm(token).lower())


def _neighbours(keys: Sequence[str], at: Sequence[int]) -> set[str]:
    """Neighbour features of the occurrences at `at` of one word in a sentence."""
    out = set()
    last = len(keys) - 1
    for i in at:
        if i > 0:
            out.add("ag<" + keys[i - 1])
        if i < last:
            out.add("ag>" + keys[i + 1])
    return out


def window_contexts(sentences: Sequence[Sequence[str]], window: int = WINDOW) -> list[list[Context]]:
    """For each word of each sentence, the neighbours of its occurrences in the other sentences around."""
    keys = [[_key(t) for t in tokens] for tokens in sentences]
    where: dict[str, list[int]] = defaultdict(list)  # word -> the sentences it occurs in, in order
    for si, sent_keys in enumerate(keys):
        for key in {k for k in sent_keys if len(k) >= _MIN_KEY}:
            where[key].append(si)
    cache: dict[tuple[int, str], set[str]] = {}  # most words occur once: their neighbours are never needed
    positions: dict[int, dict[str, list[int]]] = {}  # sentence -> word -> where it stands there
    out = []
    for si, sent_keys in enumerate(keys):
        found: dict[str, Context] = {}
        for key in sent_keys:
            if key in found or len(key) < _MIN_KEY:
                continue
            seen_in = where[key]
            around = seen_in[bisect_left(seen_in, si - window) : bisect_right(seen_in, si + window)] if len(seen_in) > 1 else ()
            found[key] = _merged(keys, cache, positions, key, around, si)
        out.append([found.get(key, ()) for key in sent_keys])
    return out


def _merged(
    keys: Sequence[Sequence[str]], cache: dict[tuple[int, str], set[str]], positions: dict[int, dict[str, list[int]]], key: str, around: Sequence[int], si: int
) -> Context:
    """The neighbour features of `key` in the sentences `around` but si; none past MAX_CONTEXTS."""
    merged: set[str] = set()
    for sj in around:
        if sj != si:
            feats = cache.get((sj, key))
            if feats is None:
                feats = cache[(sj, key)] = _neighbours(keys[sj], _positions(keys[sj], positions, sj)[key])
            merged |= feats
            if len(merged) > MAX_CONTEXTS:
                return ()
    return tuple(sorted(merged))


def _positions(sent_keys: Sequence[str], positions: dict[int, dict[str, list[int]]], sj: int) -> dict[str, list[int]]:
    found = positions.get(sj)
    if found is None:
        found = positions[sj] = defaultdict(list)
        for i, k in enumerate(sent_keys):
            found[k].append(i)
    return found
