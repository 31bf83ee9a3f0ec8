"""Word clusters: a cheap, strong feature for the tagger, learnt from unlabelled news.

Words that occur in the same left and right contexts (the two words either
side, kept apart by side) get similar PPMI vectors; a truncated SVD makes
them dense and k-means groups them at several granularities (`GRAINS`). A name never seen
in ANERcorp still shares a cluster with names that were.

`train_clusters` is the training step (numpy, scipy and scikit-learn, used
only here); `load_clusters` reads the shipped table `rasad/models/clusters.tsv`:
`word<TAB>id at the first grain<TAB>…`, one column per grain.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasad.arabic.normalize import norm
from rasad.errors import ModelError
from rasad.extract.entities.words import _WORD, bare_stem
from rasad.ingest.jsonl import record_texts

log = logging.getLogger(__name__)

CLUSTERS_FILE = "clusters.tsv"
WINDOW = (-2, -1, 1, 2)
GRAINS = (128, 1024)


def _corpus_words(texts: Iterator[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        out.extend(bare_stem(norm(m.group())) for m in _WORD.finditer(text))
        out.append("</s>")
    return out


def train_clusters(
    news: Path, out: Path, *, vocab: int = 60_000, contexts: int = 8_000, dims: int = 100, grains: tuple[int, ...] = GRAINS, seed: int = 0
) -> int:
    """Learn clusters from a news dump and write the table; returns the number of words written."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    words = _corpus_words(record_texts(news))
    counts = Counter(words)
    counts.pop("</s>", None)
    ranked = [w for w, c in counts.most_common(vocab) if c >= 5]
    index = {w: i for i, w in enumerate(ranked)}
    ids = np.array([index.get(w, -1) for w in words], dtype=np.int64)
    n_ctx = min(contexts, len(ranked))
    rows, cols = [], []
    for k, off in enumerate(WINDOW):
        a, b = (ids[:off], ids[-off:]) if off > 0 else (ids[-off:], ids[:off])
        keep = (a >= 0) & (b >= 0) & (b < n_ctx)
        rows.append(a[keep])
        cols.append(b[keep] + k * n_ctx)
    r, c = np.concatenate(rows), np.concatenate(cols)
    m = sparse.coo_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(len(ranked), n_ctx * len(WINDOW))).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing
    col_sum = col_sum / col_sum.sum() * total
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    vectors = l2(TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi))
    labels = [MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vectors) for k in grains]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# word clusters learnt by rasad from {news.name}: PPMI-SVD({dims}) + k-means {grains}\n")
        for i, w in enumerate(ranked):
            fh.write("\t".join([w, *(str(lab[i]) for lab in labels)]) + "\n")
    return len(ranked)


@lru_cache(maxsize=1)
def load_clusters() -> dict[str, tuple[str, ...]]:
    """Shipped word -> cluster ids, coarsest first (one per grain); empty when the table is absent."""
    try:
        raw = resources.files("rasad.models").joinpath(CLUSTERS_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    table: dict[str, tuple[str, ...]] = {}
    width = 0
    for line in raw.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        width = width or len(parts)
        if len(parts) < 2 or len(parts) != width:
            raise ModelError(f"bad line in rasad/models/{CLUSTERS_FILE}: {line[:40]!r}", hint="retrain: rasad train ner")
        table[parts[0]] = tuple(parts[1:])
    return table
