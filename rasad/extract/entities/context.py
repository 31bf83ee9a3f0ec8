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
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain, compress, repeat

from rasad.extract.entities.words import word_key

WINDOW = 10  # sentences either side: about one news article
MAX_CONTEXTS = 24
_MIN_KEY = 3

Context = tuple[str, ...]


def window_contexts(sentences: Sequence[Sequence[str]], window: int = WINDOW) -> list[list[Context]]:
    """For each word of each sentence, the neighbours of its occurrences in the other sentences around."""
    key_of = word_key.__getitem__  # a dict read (`memo`)
    keys = [list(map(key_of, tokens)) for tokens in sentences]
    # Most words occur in one sentence only: they have no context, and no sentence need look at them.
    counts = Counter(chain.from_iterable(map(set, keys)))  # word -> the number of sentences it occurs in
    shared = {key for key, n in counts.items() if n > 1 and len(key) >= _MIN_KEY}
    present = [shared.intersection(sent_keys) for sent_keys in keys]
    where: dict[str, list[int]] = defaultdict(list)  # word -> the sentences it occurs in, in order
    for si, sent_shared in enumerate(present):
        for key in sent_shared:
            where[key].append(si)
    neighbours = [_neighbours(sent_keys, sent_shared) for sent_keys, sent_shared in zip(keys, present, strict=True)]
    found: list[dict[str, Context]] = [{} for _ in keys]  # per sentence: word -> its context
    for key, seen_in in where.items():
        if len(seen_in) == 2:  # the commonest: each occurrence's context is the other's neighbours
            first, second = seen_in
            if second - first <= window:
                found[first][key] = _capped(neighbours[second][key])
                found[second][key] = _capped(neighbours[first][key])
        else:
            _spread_contexts(key, seen_in, neighbours, window, found)
    none: Context = ()
    return [
        list(map(sent_found.get, sent_keys, repeat(none))) if sent_found else [none] * len(sent_keys)
        for sent_found, sent_keys in zip(found, keys, strict=True)
    ]


def _spread_contexts(
    key: str,
    seen_in: Sequence[int],
    neighbours: Sequence[dict[str, set[str]]],
    window: int,
    found: list[dict[str, Context]],
) -> None:
    """Into `found`, the context of each occurrence of a word seen in the sentences `seen_in` (more than two)."""
    for at, si in enumerate(seen_in):
        around = seen_in[bisect_left(seen_in, si - window, 0, at) : bisect_right(seen_in, si + window, at)]
        if len(around) == 2:
            found[si][key] = _capped(neighbours[around[0] if around[1] == si else around[1]][key])
        elif len(around) > 2:
            found[si][key] = _merged(neighbours, key, around, si)


def _capped(features: set[str]) -> Context:
    """Sorted features, or none past MAX_CONTEXTS."""
    return tuple(sorted(features)) if len(features) <= MAX_CONTEXTS else ()


def _neighbours(keys: Sequence[str], wanted: set[str]) -> dict[str, set[str]]:
    """Neighbour features of the occurrences in one sentence of each of the `wanted` words."""
    out: dict[str, set[str]] = {key: set() for key in wanted}
    last = len(keys) - 1
    for i in compress(range(len(keys)), map(wanted.__contains__, keys)):
        feats = out[keys[i]]
        if i > 0:
            feats.add("ag<" + keys[i - 1])
        if i < last:
            feats.add("ag>" + keys[i + 1])
    return out


def _merged(neighbours: Sequence[dict[str, set[str]]], key: str, around: Sequence[int], si: int) -> Context:
    """The neighbour features of `key` in the sentences `around` but si; none past MAX_CONTEXTS."""
    merged: set[str] = set()
    for sj in around:
        if sj != si:
            merged |= neighbours[sj][key]
            if len(merged) > MAX_CONTEXTS:
                return ()
    return tuple(sorted(merged))
