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
from itertools import chain, compress, repeat
from operator import not_

import numpy as np

from rasad.extract.entities.labels import to_bio

Context = tuple[str, ...]
MAX_WORDS = 100_000  # distinct words whose scores are kept; the table starts afresh past it
ZERO = 0  # the row of `WordScores` tables that no word has: zeros


class LinearChain:
    """A CRF's labels, state-feature weights and transitions; `decode` finds the best labels and
    gives them in BIO, whatever scheme the model learnt (`labels`: a BILOU model's L- is an I-)."""

    def __init__(self, labels: Sequence[str], state: dict[tuple[str, str], float], transitions: dict[tuple[str, str], float]) -> None:
        self.labels = list(labels)
        self.bio = to_bio(self.labels)  # what each label is read as
        if len(self.labels) > 256:  # `_paths` keeps a label index in a byte
            raise ValueError(f"a CRF of {len(self.labels)} labels: at most 256 are read")
        at = {label: i for i, label in enumerate(self.labels)}
        self.index: dict[str, int] = {}  # feature -> its row of weights
        for attr, _ in state:
            self.index.setdefault(attr, len(self.index))
        self.none = len(self.index)  # the row of zeros that unknown features read
        self.weights = np.zeros((len(self.index) + 1, len(self.labels)))
        for (attr, label), w in state.items():
            self.weights[self.index[attr], at[label]] += w
        self.by_label = np.ascontiguousarray(self.weights.T)  # row k: every feature's weight for label k
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

    def decode_batch(self, emissions: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
        """Best label sequences of consecutive sentences of the given lengths (none empty), their
        label scores stacked in `emissions`. One Viterbi step covers the same position of every
        sentence (shorter ones padded), which is what numpy is quick at; a step is a few numpy calls
        writing into arrays made once (their overhead, not the arithmetic, is what a step costs)."""
        n_labels, batch = len(self.labels), len(lengths)
        padded, width = _by_position(emissions, lengths, n_labels)
        back = np.empty((width, batch, n_labels), dtype=np.intp)
        scores = np.empty((width, batch, n_labels))
        score = scores[0] = padded[0]
        into = np.tile(self._into, (batch, 1))  # row b * n_labels + j: transitions into j
        cand = np.empty((batch, n_labels, n_labels))  # cand[b, j, k]: the best path of b ending in k, then label j
        rows = cand.reshape(batch * n_labels, n_labels)
        flat = cand.reshape(-1)
        at_best = np.arange(batch * n_labels).reshape(batch, n_labels) * n_labels  # + k: cand[b, j, k] in flat
        for i in range(1, width):
            # each sentence's scores repeated for every j: arrays of one shape add with far less work
            # than score broadcast over j (numpy's buffered iteration)
            np.add(into, score.repeat(n_labels, axis=0), out=rows)
            best = cand.argmax(axis=2, out=back[i])
            score = np.add(flat.take(at_best + best), padded[i], out=scores[i])
        return self._paths(back, scores, lengths)

    def _paths(self, back: np.ndarray, scores: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
        """`decode_batch`'s label sequences, followed back from each sentence's best last label. The
        back pointers are read from bytes (a label index is below 256): indexing bytes gives small
        ints, with no Python list of every step's pointers to build per sentence."""
        width, batch, n_labels = back.shape
        # sentence b's pointer at step i from label j: byte (b * width + i) * n_labels + j
        steps = back.astype(np.uint8).transpose(1, 0, 2).tobytes()
        last = scores[np.asarray(lengths) - 1, np.arange(batch)].argmax(axis=1).tolist()
        bio, out = self.bio, []
        for b, n in enumerate(lengths):
            j = last[b]
            path = [j]
            first = b * width * n_labels
            for at in range(first + (n - 1) * n_labels, first, -n_labels):
                j = steps[at + j]
                path.append(j)
            out.append([bio[j] for j in reversed(path)])
        return out

    def _path(self, back: np.ndarray, last: np.ndarray, n: int) -> list[str]:
        j = int(last.argmax())
        path = [j]
        for row in reversed(back[1:n].tolist()):  # Python lists: indexing numpy one int at a time is slower
            j = row[j]
            path.append(j)
        bio = self.bio
        return [bio[j] for j in reversed(path)]

    def add_scores(self, out: np.ndarray, features: Sequence[Context]) -> None:
        """Add to row i of `out` the weights of features[i], a few features per word (read in C: most
        words have none, and most features no weight)."""
        flat = list(chain.from_iterable(features))
        if not flat:
            return
        rows = np.fromiter(map(self.index.get, flat, repeat(self.none)), dtype=np.intp, count=len(flat))
        at = np.repeat(np.arange(len(features)), np.fromiter(map(len, features), dtype=np.intp, count=len(features)))
        weighed = rows != self.none
        if weighed.any():
            np.add.at(out, at[weighed], self.weights[rows[weighed]])  # in order, as one by one


def _by_position(emissions: np.ndarray, lengths: Sequence[int], n_labels: int) -> tuple[np.ndarray, int]:
    """Stacked sentences' label scores as (position, sentence, label), zeros past a sentence's end."""
    sizes = np.asarray(lengths)
    width = int(sizes.max())
    sentence = np.repeat(np.arange(len(sizes)), sizes)
    position = np.arange(len(emissions)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    padded = np.zeros((width, len(sizes), n_labels))
    padded[position, sentence] = emissions
    return padded, width


WeightRows = Callable[[list[str]], tuple[np.ndarray, np.ndarray, np.ndarray]]
"""New words -> for each feature weight row to add, the word's index in the list, the offset slot
and the row, in the order the weights are summed."""
Marks = Callable[[list[str]], np.ndarray]  # new words -> a small int each, kept beside their scores


class WordScores:
    """Per distinct word, the summed weights of its features at each offset (0, ±1, ±2…).

    `rows_of` gives, for new words, the weight rows of their features and the offset slot of each;
    `marks_of`, if given, a mark per word that `marks` then gives by row id. Row `ZERO` is no
    word's: all zeros, what a neighbour outside the sentence adds (`crf._shifted`)."""

    def __init__(self, chain: LinearChain, slots: int, rows_of: WeightRows, marks_of: Marks | None = None) -> None:
        self._chain = chain
        self._rows_of = rows_of
        self._marks_of = marks_of
        self._ids: dict[str, int] = {}
        self._table = np.zeros((1024, slots, len(chain.labels)))
        self._marks = np.zeros(1024, dtype=np.int8)
        self._own: dict[str, list[float]] = {}  # `own_weights`

    def ids(self, forms: Sequence[str]) -> np.ndarray:
        """Row ids of the words, scoring the words not seen before (all of them in one numpy call:
        one call per new word cost more than summing the weights)."""
        if len(self._ids) + len(forms) > MAX_WORDS:
            self._ids.clear()  # before the words, so that none of their rows is reused
        known = self._ids
        ids = list(map(known.get, forms))
        if not all(ids):  # a word's row is never ZERO (0): the falsy ones are None, new words
            self._add(list(dict.fromkeys(compress(forms, map(not_, ids)))))
            ids = list(map(known.__getitem__, forms))
        return np.array(ids, dtype=np.intp)

    def own_weights(self, forms: Sequence[str]) -> list[list[float]]:
        """Each word's own features' weights by label (slot 0 of its row) as floats, kept per word: the
        rules read a word or two at a time, where numpy's calls would cost more than the sums do."""
        own = self._own
        new = [form for form in dict.fromkeys(forms) if form not in own]
        if new:
            if len(own) + len(new) > MAX_WORDS:
                own.clear()
            ids = self.ids(new)  # before the table: new words may grow it into a new array
            own.update(zip(new, self._table[ids, 0].tolist(), strict=True))
        return list(map(own.__getitem__, forms))

    def table(self) -> np.ndarray:
        return self._table

    def marks(self) -> np.ndarray:
        return self._marks

    def _add(self, forms: list[str]) -> None:
        first = len(self._ids) + 1  # after row ZERO
        while first + len(forms) > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._marks = np.concatenate([self._marks, np.zeros_like(self._marks)])
        if self._marks_of is not None:
            self._marks[first : first + len(forms)] = self._marks_of(forms)
        at, slots, rows = self._rows_of(forms)
        self._ids.update(zip(forms, range(first, first + len(forms)), strict=True))
        block = self._table[first : first + len(forms)]
        # Each cell's weights summed in their order from 0.0, as np.add.at would, by bincount (several
        # times quicker than np.add.at): one per label, over the (word, slot) cells, each reading a
        # contiguous row of that label's weights (quicker than one bincount over every label's bin).
        cells = at * block.shape[1] + slots
        sums = [np.bincount(cells, weights, len(forms) * block.shape[1]) for weights in self._chain.by_label.take(rows, axis=1)]
        block[...] = np.stack(sums, axis=-1).reshape(block.shape)


Index = np.ndarray | slice


class Layout:
    """Where the words of consecutive sentences stand: for each offset, the words that have a
    neighbour at that offset within their own sentence (`at`), those neighbours (`src`) and the
    words that have none (`edge`); `pairs`: the words followed by one in their sentence. One
    sentence's offsets are slices (cheaper than index arrays for numpy); several sentences' are
    every word (`at`) and its neighbour's index, or the number of words where it has none (`src`):
    one gather with a row of zeros for those is quicker than picking the words that have one."""

    def __init__(self, lengths: Sequence[int], offsets: Sequence[int]) -> None:
        self.offsets = tuple(offsets)
        self.at: dict[int, Index] = {}
        self.src: dict[int, Index] = {}
        self.edge: dict[int, Index] = {}
        if len(lengths) == 1:
            n = lengths[0]
            for off in self.offsets:
                self.at[off] = slice(-off, None) if off < 0 else slice(0, max(n - off, 0))
                self.src[off] = slice(0, max(n + off, 0)) if off < 0 else slice(off, n)
                self.edge[off] = slice(0, min(-off, n)) if off < 0 else slice(max(n - off, 0), None)
            self.pairs: np.ndarray = np.arange(max(n - 1, 0))
            return
        sizes = np.asarray(lengths)
        ends = np.cumsum(sizes)
        pos = np.arange(ends[-1]) - np.repeat(ends - sizes, sizes)  # position in the sentence
        left = np.repeat(sizes, sizes) - pos - 1  # words after it in the sentence
        index = np.arange(len(pos))
        for off in self.offsets:
            has = (pos >= -off) if off < 0 else (left >= off)
            self.at[off] = slice(None)
            self.src[off] = np.where(has, index + off, len(pos))
            self.edge[off] = np.flatnonzero(~has)
        self.pairs = np.flatnonzero(left >= 1)


def shifted(table: np.ndarray, ids: np.ndarray, layout: Layout) -> np.ndarray:
    """Sum over offsets of the scores (`WordScores.table`) of the word at i + offset seen from i
    (same sentence only: a word without a neighbour there reads the zeros of row ZERO); slot k of
    the table is the word at `layout.offsets[k - 1]`."""
    out = table[ids, 0]
    near = np.append(ids, ZERO)  # near[len(ids)]: no neighbour
    for k, off in enumerate(layout.offsets, start=1):
        out[layout.at[off]] += table[near[layout.src[off]], k]
    return out
