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

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 3
MIN_WORDS = 20  # below this, only identical texts count as copies: short texts share shingles by chance


@dataclass(frozen=True)
class Fingerprint:
    """What copy detection keeps of a document: a digest of its words and hashes of its word 3-shingles."""

    digest: str
    shingles: np.ndarray  # uint32 CRC32 of each distinct shingle; empty for short texts
    n_words: int


def fingerprint(words: Sequence[str]) -> Fingerprint:
    """Fingerprint of a normalised word sequence (compact: a few KB, whatever the text's length)."""
    digest = hashlib.sha1("\x00".join(words).encode()).hexdigest()
    shingles = {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}
    return Fingerprint(digest, np.array(sorted(shingles), dtype=np.uint32), len(words))


def _identity(value: int) -> int:
    return value  # shingles arrive already hashed (CRC32, stable across processes)


class NearDuplicateIndex:
    """Documents seen so far, to find the earlier copy of a new one."""

    def __init__(self, threshold: float = 0.6, num_perm: int = 64) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._exact: dict[str, str] = {}  # digest of the word sequence -> first doc id
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, np.ndarray] = {}
        # One permutation set for every signature (MinHash(seed=1) draws the same ones each time).
        self._template = MinHash(num_perm=num_perm, seed=1, hashfunc=_identity)

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
        minhash = self._template.copy()
        minhash.update_batch(fp.shingles.tolist())
        original = self._best_match(minhash)
        if doc_id not in self._signatures:
            self._lsh.insert(doc_id, minhash)
            self._signatures[doc_id] = minhash.hashvalues
        return original

    def _best_match(self, minhash: MinHash) -> str | None:
        best, best_sim = None, self.threshold
        for key in sorted(self._lsh.query(minhash)):
            sim = float(np.mean(self._signatures[key] == minhash.hashvalues))
            if sim >= best_sim:
                best, best_sim = key, sim
        return best
