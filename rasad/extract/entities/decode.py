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

Context = tuple[str, ...]
MAX_WORDS = 100_000  # distinct words whose scores are kept; the table starts afresh past it


class LinearChain:
    """A CRF's labels, state-feature weights and transitions; `decode` finds the best labels."""

    def __init__(self, labels: Sequence[str], state: dict[tuple[str, str], float], transitions: dict[tuple[str, str], float]) -> None:
        self.labels = list(labels)
        at = {label: i for i, label in enumerate(self.labels)}
        self.index: dict[str, int] = {}  # feature -> its row of weights
        for attr, _ in state:
            self.index.setdefault(attr, len(self.index))
        self.none = len(self.index)  # the row of zeros that unknown features read
        self.weights = np.zeros((len(self.index) + 1, len(self.labels)))
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
        return self._path(back, score, n)

    def decode_many(self, emissions: Sequence[np.ndarray]) -> list[list[str]]:
        """Best label sequences of several sentences at once: one Viterbi step covers the same
        position of every sentence (shorter ones padded), which is what numpy is quick at."""
        if len(emissions) < 2:
            return [self.decode(e) for e in emissions]
        lengths = [len(e) for e in emissions]
        n_labels = len(self.labels)
        padded = np.zeros((len(emissions), max(lengths), n_labels))
        for b, e in enumerate(emissions):
            padded[b, : len(e)] = e
        back = np.empty(padded.shape, dtype=np.intp)
        scores = np.empty(padded.shape)
        score = scores[:, 0] = padded[:, 0]
        into = self._into[None]
        rows, columns = np.arange(len(emissions))[:, None], self._columns[None, :]
        for i in range(1, padded.shape[1]):
            cand = into + score[:, None, :]  # cand[b, j, k]: the best path of b ending in k, then label j
            best = cand.argmax(axis=2)
            back[:, i] = best
            score = scores[:, i] = cand[rows, columns, best] + padded[:, i]
        return [self._path(back[b], scores[b, n - 1], n) for b, n in enumerate(lengths)]

    def _path(self, back: np.ndarray, last: np.ndarray, n: int) -> list[str]:
        path = [int(last.argmax())]
        for i in range(n - 1, 0, -1):
            path.append(int(back[i, path[-1]]))
        labels = self.labels
        return [labels[j] for j in reversed(path)]

    def add_scores(self, out: np.ndarray, features: Sequence[Context]) -> None:
        """Add to row i of `out` the weights of features[i], a few features per word."""
        at, rows = [], []
        get, none = self.index.get, self.none
        for i, feats in enumerate(features):
            for f in feats:
                row = get(f, none)
                if row != none:
                    at.append(i)
                    rows.append(row)
        if rows:
            np.add.at(out, at, self.weights[rows])


WeightRows = Callable[[str], tuple[list[int], list[int]]]  # a word -> (offset slots, weight rows)


class WordScores:
    """Per distinct word, the summed weights of its features at each offset (0, ±1, ±2…).

    `rows_of` gives, for a word, the weight rows of its features and the offset slot of each."""

    def __init__(self, chain: LinearChain, slots: int, rows_of: WeightRows) -> None:
        self._chain = chain
        self._rows_of = rows_of
        self._ids: dict[str, int] = {}
        self._table = np.zeros((1024, slots, len(chain.labels)))

    def ids(self, forms: Sequence[str]) -> np.ndarray:
        """Row ids of the words, scoring the words not seen before (all of them in one numpy call:
        one call per new word cost more than summing the weights)."""
        if len(self._ids) + len(forms) > MAX_WORDS:
            self._ids.clear()  # before the words, so that none of their rows is reused
        known = self._ids
        new = [f for f in dict.fromkeys(forms) if f not in known]
        if new:
            self._add(new)
        return np.fromiter(map(known.__getitem__, forms), dtype=np.intp, count=len(forms))

    def table(self) -> np.ndarray:
        return self._table

    def _add(self, forms: list[str]) -> None:
        first = len(self._ids)
        while first + len(forms) > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        self._table[first : first + len(forms)] = 0.0
        at: list[int] = []
        slots: list[int] = []
        rows: list[int] = []
        for k, form in enumerate(forms, start=first):
            word_slots, word_rows = self._rows_of(form)
            at += [k] * len(word_rows)
            slots += word_slots
            rows += word_rows
            self._ids[form] = k
        np.add.at(self._table, (at, slots), self._chain.weights[rows])
