"""Wire copies and near-duplicates: the same article published twice.

Outlets republish agency copy with small edits, and one site may list an
article under two sections. Two documents are copies when their normalised
word sequences are identical, or when the Jaccard similarity of their word
3-shingles (estimated with MinHash, looked up with LSH from datasketch) is at
least `threshold`. The earlier-added document is the original.

Hashing uses CRC32 rather than Python's salted `hash`, so an index saved by
one process answers the same in the next.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 3
MIN_WORDS = 20  # below this, only identical texts count as copies: short texts share shingles by chance


@dataclass(frozen=True)
class Fingerprint:
    """What copy detection keeps of a document: a digest of its words and the MinHash signature of its
    word 3-shingles, computed with the document's other features (in a worker process, where there are any)."""

    digest: str
    signature: np.ndarray  # MinHash values (NUM_PERM of them); empty for short texts
    n_words: int


NUM_PERM = 64


def _identity(value: int) -> int:
    return value  # shingles arrive already hashed (CRC32, stable across processes)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    # One permutation set for every signature (MinHash(seed=1) draws the same ones each time).
    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity)


def fingerprint(words: Sequence[str]) -> Fingerprint:
    """Fingerprint of a normalised word sequence (compact: under a kilobyte, whatever the text's length)."""
    digest = hashlib.sha1("\x00".join(words).encode()).hexdigest()
    if len(words) < MIN_WORDS:
        return Fingerprint(digest, np.zeros(0, dtype=np.uint64), len(words))
    shingles = {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}
    minhash = _template().copy()
    minhash.update_batch(sorted(shingles))
    return Fingerprint(digest, minhash.hashvalues, len(words))


class NearDuplicateIndex:
    """Documents seen so far, to find the earlier copy of a new one."""

    def __init__(self, threshold: float = 0.6) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}  # digest of the word sequence -> first doc id
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._signatures) + len(self._exact)

    def add(self, doc_id: str, words: Sequence[str] | Fingerprint) -> str | None:
        """Record a document by its normalised words (or their fingerprint); return the earlier copy it duplicates, if any."""
        fp = words if isinstance(words, Fingerprint) else fingerprint(words)
        original = self._exact.get(fp.digest)
        if original is not None:
            return original
        self._exact[fp.digest] = doc_id
        if fp.n_words < MIN_WORDS:
            return None
        minhash = LeanMinHash(seed=1, hashvalues=fp.signature, scheme=_template().scheme)
        original = self._best_match(minhash)
        if doc_id not in self._signatures:
            self._lsh.insert(doc_id, minhash)
            self._signatures[doc_id] = fp.signature
        return original

    def _best_match(self, minhash: LeanMinHash) -> str | None:
        best, best_sim = None, self.threshold
        for key in sorted(self._lsh.query(minhash)):
            sim = float(np.mean(self._signatures[key] == minhash.hashvalues))
            if sim >= best_sim:
                best, best_sim = key, sim
        return best
