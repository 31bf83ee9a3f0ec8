"""The statistical tagger: a linear-chain CRF over words, trained on ANERcorp.

Features of a word: its normalised form, its clitic segmentation
(`rasad.arabic.clitics.segment`: prefix, stem, pronoun suffix), the stem's
first and last letters, its shape, its word clusters (`clusters.tsv`, learnt
from ANT news), and what the knowledge base and title lists say of it
(inside a KB name of type T, a title, a nationality adjective). The same
features of the two words on either side are added with their offset.

Word-level features are built once per distinct word and cached, so tagging
is mostly dictionary lookups plus crfsuite's Viterbi in C. The tagger
predicts ANERcorp's four types (PER, ORG, LOC, MISC); `component` refines
LOC into GPE, LOC and FAC with the knowledge base and head words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import ExitStack
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasad.arabic.clitics import segment
from rasad.arabic.normalize import norm
from rasad.errors import ModelError
from rasad.extract.entities.clusters import load_clusters
from rasad.extract.entities.kb import QUOTES, KBMatch, match_kb
from rasad.extract.entities.patterns import given_names, head_type, is_demonym, stop_words, title_kind
from rasad.extract.entities.words import Word, bare_stem

MODEL_FILE = "ner.crfsuite"
_ARABIC = re.compile("[\u0600-\u06ff]")
_OFFSETS = (-2, -1, 1, 2)


def _shape(surface: str) -> str:
    if surface.isdigit():
        return "digit"
    if any("a" <= c.lower() <= "z" for c in surface):
        return "latin_cap" if surface[:1].isupper() else "latin"
    if not any(c.isalnum() for c in surface):
        return "quote" if surface in QUOTES else "punct"
    return "ar" if len(surface) > 3 else "ar_short"


@lru_cache(maxsize=300_000)
def _base(surface: str) -> dict[str, str]:
    """Named features of one word as written (hamza and ة help the segmenter)."""
    lower = norm(surface).lower()
    prefix, stem, suffix = segment(surface) if _ARABIC.match(surface) else ("", lower, "")
    table = load_clusters()
    clusters = table.get(bare_stem(lower), ("none", "none"))
    feats = {
        "w": lower,
        "s": stem,
        "p": prefix,
        "x": suffix,
        "a3": stem[:3],
        "z2": stem[-2:],
        "z3": stem[-3:],
        "sh": _shape(surface),
        "c": clusters[0],
        "C": clusters[1],
    }
    kind = title_kind(lower)
    if kind:
        feats["t"] = kind
    if is_demonym(lower):
        feats["d"] = "1"
    if lower in stop_words():
        feats["st"] = "1"
    if lower in given_names() or stem in given_names():
        feats["g"] = "1"
    head = head_type(lower)
    if head:
        feats["h"] = head
    return feats


_CONTEXT_KEYS = {1: ("w", "s", "C", "t", "d", "p", "g", "h"), 2: ("s", "c", "t")}


@lru_cache(maxsize=300_000)
def _word_rows(surface: str) -> dict[int, tuple[str, ...]]:
    """A word's features at each offset from the word being tagged (0 is the word itself)."""
    base = _base(surface)
    rows = {0: tuple(f"{k}={v}" for k, v in base.items())}
    for off in _OFFSETS:
        rows[off] = tuple(f"{off}{k}={base[k]}" for k in _CONTEXT_KEYS[abs(off)] if k in base)
    return rows


def kb_tags(text: str, words: Sequence[Word]) -> list[str]:
    """BIO over KB types for each word (B-GPE, I-PER…), O elsewhere."""
    return tags_of_matches(match_kb(text, words), len(words))


def tags_of_matches(matches: Sequence[KBMatch], n: int) -> list[str]:
    """BIO over KB types; a weak (generated) entry's type is marked with ~."""
    tags = ["O"] * n
    for m in matches:
        typ = m.entry.type + ("~" if m.entry.weak else "")
        tags[m.first] = "B-" + typ
        for i in range(m.first + 1, m.last):
            tags[i] = "I-" + typ
    return tags


@lru_cache(maxsize=1024)
def _kb_feature(offset: int, tag: str) -> str:
    return f"{offset}kb={tag}"


def sentence_features(forms: Sequence[str], kb: Sequence[str]) -> list[list[str]]:
    """Feature lists for one sentence of words as written, with their KB tags."""
    n = len(forms)
    rows = [_word_rows(f) for f in forms]
    words = [_base(f)["w"] for f in forms]
    kb_at = {off: [_kb_feature(off, t) for t in kb] for off in (0, *_OFFSETS)}
    out: list[list[str]] = []
    for i in range(n):
        feats = ["bias", *rows[i][0], kb_at[0][i]]
        for off in _OFFSETS:
            j = i + off
            if 0 <= j < n:
                feats += rows[j][off]
                feats.append(kb_at[off][j])
            else:
                feats.append(f"{off}edge")
        if i > 0:
            feats.append(f"ww={words[i - 1]}|{words[i]}")
        out.append(feats)
    return out


def words_for_forms(forms: Sequence[str]) -> tuple[str, list[Word]]:
    """A text and words for a sentence given as tokens (CoNLL input), spaces between them."""
    from rasad.document import Span

    words, pos = [], 0
    for form in forms:
        words.append(Word(Span(pos, pos + len(form)), norm(form)))
        pos += len(form) + 1
    return " ".join(forms), words


class Tagger:
    """A trained CRF; `tag` returns BIO labels for one sentence of words."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        if not path.exists():
            raise ModelError(f"NER model {path} is missing", hint="train it: rasad train ner")
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError on a bad file
            raise ModelError(f"NER model {path} does not load: {exc}", hint="retrain it: rasad train ner") from exc

    def tag(self, text: str, words: Sequence[Word], kb: Sequence[KBMatch] | None = None) -> list[str]:
        """BIO labels for one sentence; pass the sentence's KB matches when already found."""
        if not words:
            return []
        forms = [text[w.span.start : w.span.end] for w in words]
        tags = tags_of_matches(kb, len(words)) if kb is not None else kb_tags(text, words)
        return list(self._tagger.tag(sentence_features(forms, tags)))


_STACK = ExitStack()


@lru_cache(maxsize=1)
def shipped_tagger() -> Tagger:
    """The model shipped in rasad/models, loaded once."""
    ref = resources.files("rasad.models").joinpath(MODEL_FILE)
    path = _STACK.enter_context(resources.as_file(ref))
    return Tagger(Path(path))
