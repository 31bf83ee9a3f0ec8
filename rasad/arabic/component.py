"""Pipeline components of the Arabic text core: sentences, then tokens."""

from __future__ import annotations

from rasad.arabic.sentences import split_sentences
from rasad.arabic.tokens import tokenize
from rasad.document import Document
from rasad.pipeline import component


@component("sentences", requires=("body",), provides=("sentences",))
def sentences(doc: Document) -> Document:
    """Sentences within the body blocks; the whole text when the body is empty."""
    blocks = [block.span for block in doc.body] or None
    doc.sentences = split_sentences(doc.text, blocks)
    return doc


@component("tokens", requires=("sentences",), provides=("tokens",))
def tokens(doc: Document) -> Document:
    """Tokens of every sentence, in text order."""
    doc.tokens = tokenize(doc.text, doc.sentences)
    return doc
