"""Content terms of Arabic news text for corpus-level similarity.

A deliberately light analysis, fast enough for tens of thousands of articles:
the normalised view (rasad.arabic.normalize.norm), a word regex, stopwords
and light clitic stripping (the prefixes و ف ب ل ك ال and common suffixes,
as in Larkey's light10 stemmer), so وبالقوات, القوات and قوات count as one
term. Spelling variants of names across outlets (ترمب/ترامب) fold to one form.
Word lists live in rasad/corpus/data/.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm

_WORD = re.compile(r"[^\W_]+")
_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_SUFFIXES = ("هما", "كما", "ها", "ان", "ات", "ون", "ين", "يه", "يا", "هم", "كم", "نا", "ه", "ي")
_ARABIC = re.compile(r"[\u0621-\u064a]")

Vector = dict[str, float]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(norm(row[0].strip()) for row in read_rows("rasad.corpus", "stopwords.txt"))


@lru_cache(maxsize=1)
def variants() -> dict[str, str]:
    return {norm(row[0].strip()): norm(row[1].strip()) for row in read_rows("rasad.corpus", "variants.tsv") if len(row) > 1}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light stem of a normalised word; non-Arabic words pass unchanged."""
    if not _ARABIC.match(word):
        return word
    if word.startswith("و") and len(word) > 3:
        word = word[1:]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Normalised words of `text`, in order, variant spellings folded (no stopword removal)."""
    table = variants()
    return [table.get(w, w) for w in _WORD.findall(norm(text))]


def terms(text: str) -> list[str]:
    """Content terms of `text` in order: stopwords and one-letter words dropped, clitics stripped."""
    return content_terms(words(text))


def content_terms(normalised: Iterable[str]) -> list[str]:
    """`terms` of text already split by `words` (for callers that need the words too)."""
    return [term for term in map(content_term, normalised) if term]


@lru_cache(maxsize=400_000)
def content_term(word: str) -> str:
    """The term a normalised word counts as, or "" for a stopword, a one-letter word or a short number."""
    stop = stopwords()
    if word in stop or len(word) < 2 or word.isdigit() and len(word) < 3:
        return ""
    term = stem(word)
    return "" if term in stop else term


def lead_weighted(text: str | list[str], *, lead: int = 120, tail_weight: float = 0.35) -> dict[str, float]:
    """Term counts where words after the first `lead` content terms count `tail_weight` each.

    News puts the story in its opening paragraphs; what comes late is
    background, and on many pages teasers of other articles that the
    extraction kept. Weighting the lead keeps those from pulling a document
    towards another story. `text` may be given as its `words` already.
    """
    counts: dict[str, float] = {}
    for i, term in enumerate(terms(text) if isinstance(text, str) else content_terms(text)):
        counts[term] = counts.get(term, 0.0) + (1.0 if i < lead else tail_weight)
    return counts


_PROCLITICS = frozenset("بلكف")
FOLD_RATIO = 4  # the bare form must be this many times more common than the prefixed one ...
FOLD_MIN_DF = 50  # ... and common in its own right


@lru_cache(maxsize=200_000)
def folded(term: str) -> str:
    """`term` without a leading ب ل ك ف when the background table shows that is the word it hides.

    The light stemmer leaves a single proclitic without ال alone (stripping it
    blindly would turn بريطانيا into ريطانيا), so بتسميم, لروسيا and باغتيال
    miss تسميم, روسيا and اغتيال. The background frequencies tell them apart:
    a bare form that is far more common than the prefixed one is the same word.
    """
    if len(term) < 4 or term[0] not in _PROCLITICS:  # the bare form keeps at least three letters
        return term
    from rasad.corpus.background import background  # imported late: background imports this module

    df = background()[1]
    bare = df.get(term[1:], 0)
    return term[1:] if bare >= FOLD_MIN_DF and bare >= FOLD_RATIO * df.get(term, 0) else term


def fold_clitics(counts: Mapping[str, float]) -> dict[str, float]:
    """Term counts with prefixed forms merged into their bare forms (see `folded`)."""
    out: dict[str, float] = {}
    for term, count in counts.items():
        key = folded(term)
        out[key] = out.get(key, 0.0) + count
    return out


def tf(count: float) -> float:
    """Sublinear term frequency, continuous below 1 for down-weighted occurrences."""
    return 1.0 + math.log(count) if count >= 1 else count


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency (as scikit-learn's smooth_idf)."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


class Frequencies:
    """Document frequencies of terms: the ones counted here plus, optionally, a background table."""

    def __init__(self, *, use_background: bool = True) -> None:
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.use_background = use_background

    def add(self, doc_terms: Iterable[str]) -> None:
        self.df.update(set(doc_terms))
        self.n_docs += 1

    def idf(self, term: str) -> float:
        return self.idfs((term,))[term]

    def idfs(self, terms: Iterable[str]) -> dict[str, float]:
        """IDF of each of `terms` (the background table looked up once, not once a term)."""
        bg_docs, bg_df = self._background()
        total, df = math.log(self.n_docs + bg_docs + 1) + 1.0, self.df
        return {t: total - math.log(df.get(t, 0) + bg_df.get(t, 0) + 1) for t in terms}

    def _background(self) -> tuple[int, Mapping[str, int]]:
        if not self.use_background:
            return 0, {}
        from rasad.corpus.background import background  # imported late: background imports this module

        return background()


def tfidf(counts: Mapping[str, float], freqs: Frequencies, *, top: int | None = None) -> Vector:
    """Unit-length TF-IDF vector (sublinear tf), keeping the `top` heaviest terms."""
    weights = freqs.idfs(counts)
    vec = {t: tf(c) * weights[t] for t, c in counts.items() if c > 0}
    if top is not None and len(vec) > top:
        vec = dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
    return unit(vec)


def unit(vec: Mapping[str, float]) -> Vector:
    length = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / length for t, v in vec.items()} if length else {}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors (over the terms they share: intersecting the key views runs in C)."""
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])  # fsum: the same whatever the set's order
