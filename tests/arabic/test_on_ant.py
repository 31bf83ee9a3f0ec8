"""Sentences and tokens on real news (the ANT corpus in ../shared): invariants and sanity."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rasad.arabic.normalize import norm
from rasad.arabic.sentences import split_sentences
from rasad.arabic.tokens import tokenize

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def ant_texts(shared_dir: Path) -> list[str]:
    path = shared_dir / "data" / "ant" / "ant_v2.1_multisource.jsonl.gz"
    if not path.exists():
        pytest.skip(f"needs {path}")
    texts: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            texts.append(json.loads(line)["text"])
            if len(texts) == 40:
                break
    return texts


def test_sentences_and_tokens_on_news(ant_texts: list[str]) -> None:
    sentence_lengths: list[int] = []
    arabic_words = with_prefix = with_suffix = 0
    for text in ant_texts:
        sentences = split_sentences(text)
        assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))
        sentence_lengths += [len(s) for s in sentences]
        tokens = tokenize(text, sentences)
        for token in tokens:
            assert any(s.contains(token.span) for s in sentences)
            surface = text[token.span.start : token.span.end]
            assert token.norm == (norm(surface) or surface)
            if "\u0621" <= surface[0] <= "\u064a":
                arabic_words += 1
                with_prefix += bool(token.prefix)
                with_suffix += bool(token.suffix)
    mean = sum(sentence_lengths) / len(sentence_lengths)
    assert 40 < mean < 400, f"mean sentence length {mean:.0f} chars"
    # In Arabic news roughly a third to a half of words carry و/ال/ب… and a tenth a pronoun.
    assert 0.25 < with_prefix / arabic_words < 0.65
    assert 0.03 < with_suffix / arabic_words < 0.2
