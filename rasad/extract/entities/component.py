"""The `mentions` pipeline component: named entities of one document, with entity keys.

Words come from the pipeline's tokens (`rasad.arabic.tokens`), grouped by its
sentences; a document without tokens is tokenised here with the same
tokenizer, so the library call `find_mentions(text)` works on bare text too.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.arabic.tokens import tokenize
from rasad.document import Document, Mention, Span
from rasad.extract.entities.context import window_contexts
from rasad.extract.entities.crf import Tagger, shipped_tagger
from rasad.extract.entities.found import Found
from rasad.extract.entities.recognize import recognize_sentences
from rasad.extract.entities.resolve import resolve_document
from rasad.extract.entities.words import Word, sentences_of, words_from_tokens
from rasad.pipeline import component


def find_mentions(text: str, words: Sequence[Word] | None = None, sentences: Sequence[Span] = (), tagger: Tagger | None = None) -> list[Mention]:
    """Entity mentions of a text, resolved within it; `tagger` defaults to the shipped model."""
    if words is None:
        words = words_from_tokens(tokenize(text, list(sentences) or None), text)
    tagger = tagger or shipped_tagger()
    found: list[Found] = []
    flat: list[Word] = []
    groups = sentences_of(words, text, sentences)
    surfaces = [[text[w.span.start : w.span.end] for w in group] for group in groups]
    contexts = window_contexts(surfaces)
    for sentence, names in zip(groups, recognize_sentences(text, groups, tagger, contexts, surfaces), strict=True):
        offset = len(flat)
        flat.extend(sentence)
        found.extend((f.moved(offset) for f in names) if offset else names)
    return resolve_document(text, flat, found, tagger.name_evidence)


@component("mentions", requires=("tokens",), provides=("mentions",))
def mentions_component(doc: Document) -> Document:
    words = words_from_tokens(doc.tokens, doc.text) if doc.tokens else None
    doc.mentions = find_mentions(doc.text, words, doc.sentences)
    return doc
