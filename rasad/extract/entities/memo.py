"""A bounded cache of a one-argument function, read at the speed of a dict.

The recogniser reads several word-level tables once per token (`word_key`,
`head_type`, the KB's first words…), half a million times over 2,000 news
articles. A hit in `functools.lru_cache(maxsize=N)` costs three to five times
a dict lookup (it keeps its recency list in order on every hit, and that
list's links are scattered in memory); a `Memo` is a dict, whose `__missing__`
computes a new word's value. Past `maxsize` entries it starts afresh instead
of dropping the least recently used one: the bound on memory is the same, and
the values, those of a pure function, are too.

    head_type = memo(300_000)(_head_type)
    head_type(word)                      # as the function
    list(map(head_type.__getitem__, ws))  # the quickest form in a hot loop
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """`fn`'s values by argument, computed on first reading; at most `maxsize` kept."""

    __slots__ = ("fn", "maxsize", "__wrapped__")

    def __init__(self, fn: Callable[[K], V], maxsize: int) -> None:
        super().__init__()
        self.fn = fn
        self.maxsize = maxsize
        self.__wrapped__ = fn

    def __missing__(self, key: K) -> V:
        value = self.fn(key)
        if len(self) >= self.maxsize:
            self.clear()
        self[key] = value
        return value

    if TYPE_CHECKING:

        def __call__(self, key: K) -> V: ...

    else:
        __call__ = dict.__getitem__  # C all the way: no Python frame on a hit

    def cache_clear(self) -> None:
        """As `functools.lru_cache`'s (callers that retrain a table call it)."""
        self.clear()


def memo(maxsize: int) -> Callable[[Callable[[K], V]], Memo[K, V]]:
    """Decorator: `fn` cached in a `Memo` of at most `maxsize` arguments."""

    def wrap(fn: Callable[[K], V]) -> Memo[K, V]:
        return Memo(fn, maxsize)

    return wrap
