"""Viterbi decoding of the CRF in numpy, with each word's feature weights summed once.

A linear-chain CRF scores a label at a word as the sum of the weights of its
features, and a sentence as those scores plus label-to-label transitions.
Most features belong to one word seen at one offset (the word itself, or the
word two places to the left…), so their weights can be summed once per
distinct word and offset (`_WordScores`); a sentence's label scores are then
a few row gathers, plus the features of word pairs and of the knowledge-base
tags. This gives crfsuite's labels (its weights are read from the model
file) at several times its speed, which spends most of its time turning
feature strings into ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

Rows = dict[int, tuple[str, ...]]
MAX_WORDS = 100_000  # distinct words whose scores are kept; the table starts afresh past it


class LinearChain:
    """A CRF's labels, state-feature weights and transitions; `decode` finds the best labels."""

    def __init__(self, labels: Sequence[str], state: dict[tuple[str, str], float], transitions: dict[tuple[str, str], float]) -> None:
        self.labels = list(labels)
        at = {label: i for i, label in enumerate(self.labels)}
        self.index: dict[str, int] = {}  # feature -> its row of weights
        for attr, _ in state:
            self.index.setdefault(attr, len(self.index))
        self.weights = np.zeros((len(self.index), len(self.labels)))
        for (attr, label), w in state.items():
            self.weights[self.index[attr], at[label]] += w
        self.transitions = np.zeros((len(self.labels), len(self.labels)))
        for (src, dst), w in transitions.items():
            self.transitions[at[src], at[dst]] = w
        self._zero = np.zeros(len(self.labels))
        self._into = np.ascontiguousarray(self.transitions.T)  # row j: transitions into label j
        self._columns = np.arange(len(self.labels))

    def score(self, features: Sequence[str]) -> np.ndarray:
        """Summed weights of some features, per label (features the model lacks add nothing)."""
        rows = [i for i in map(self.index.get, features) if i is not None]
        return self.weights[rows].sum(axis=0) if rows else self._zero.copy()

    def decode(self, emissions: np.ndarray) -> list[str]:
        """The best label sequence for an (n words x labels) array of label scores."""
        n = len(emissions)
        back = np.empty((n, len(self.labels)), dtype=np.intp)
        score = emissions[0]
        into, columns = self._into, self._columns
        for i in range(1, n):
            cand = into + score  # cand[j, k]: the best path ending in k, then label j
            best = cand.argmax(axis=1)
            back[i] = best
            score = cand[columns, best] + emissions[i]
        path = [int(score.argmax())]
        for i in range(n - 1, 0, -1):
            path.append(int(back[i, path[-1]]))
        labels = self.labels
        return [labels[j] for j in reversed(path)]


class WordScores:
    """Per distinct word, the summed weights of its features at each offset (0, ±1, ±2…)."""

    def __init__(self, chain: LinearChain, offsets: Sequence[int], rows_of: Callable[[str], Rows]) -> None:
        self._chain = chain
        self._offsets = tuple(offsets)
        self._rows_of = rows_of
        self._ids: dict[str, int] = {}
        self._table = np.zeros((1024, len(self._offsets), len(chain.labels)))

    def ids(self, forms: Sequence[str]) -> np.ndarray:
        """Row ids of the words, scoring the words not seen before."""
        if len(self._ids) + len(forms) > MAX_WORDS:
            self._ids.clear()  # before the sentence, so that none of its rows is reused
        out = []
        for form in forms:
            row = self._ids.get(form)
            if row is None:
                row = self._add(form)
            out.append(row)
        return np.array(out, dtype=np.intp)

    def table(self) -> np.ndarray:
        return self._table

    def _add(self, form: str) -> int:
        row = len(self._ids)
        if row >= len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        rows = self._rows_of(form)
        for k, off in enumerate(self._offsets):
            self._table[row, k] = self._chain.score(rows[off])
        self._ids[form] = row
        return row
