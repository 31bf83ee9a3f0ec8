"""Tagging CoNLL-style token files: one token per line, blank line between sentences.

By default a sentence gets the tagger's names (the tagger already weighs what
the knowledge base says); `whole=True` runs the document recogniser instead
(knowledge base names forced, title and head patterns), which scores lower
on ANERcorp, whose annotation differs from it in places. A name that starts
inside a token (after its proclitic) tags the whole token. Labels are BIO over PER ORG GPE LOC FAC
MISC, or over ANERcorp's PER ORG LOC MISC with `scheme="anercorp"` (GPE and
FAC become LOC). `tag_sentences` tags a whole file's sentences and then carries each
name to its untagged occurrences in the sentences around (`consistency.propagate`).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.errors import UsageError
from rasad.extract.entities.consistency import propagate
from rasad.extract.entities.context import WINDOW, Context, window_contexts
from rasad.extract.entities.crf import Tagger, words_for_forms
from rasad.extract.entities.recognize import recognize, tagger_names

SCHEMES = {"full": {}, "anercorp": {"GPE": "LOC", "FAC": "LOC"}}


def tag_tokens(
    tokens: Sequence[str], tagger: Tagger, scheme: str = "full", *, whole: bool = False, context: Sequence[Context] | None = None
) -> list[str]:
    """BIO labels for one sentence given as tokens: the tagger's names (typed with the KB and
    head nouns), or with `whole` the names of the whole recogniser (KB, tagger and patterns);
    `context`: what the sentences around say of each token (`context.window_contexts`)."""
    if scheme not in SCHEMES:
        raise UsageError(f"unknown scheme {scheme!r}", hint=f"use one of {sorted(SCHEMES)}")
    rename = SCHEMES[scheme]
    text, words = words_for_forms(tokens)
    tags = ["O"] * len(tokens)
    found = recognize(text, words, tagger, context) if whole else tagger_names(text, words, tagger, context)
    for f in found:
        typ = rename.get(f.type, f.type)
        tags[f.first] = "B-" + typ
        for i in range(f.first + 1, f.last):
            tags[i] = "I-" + typ
    return tags


def tag_sentences(
    sentences: Sequence[Sequence[str]], tagger: Tagger, scheme: str = "full", *, whole: bool = False, window: int = WINDOW
) -> list[list[str]]:
    """BIO labels for consecutive sentences (a file, an article): each tagged by `tag_tokens` with
    what the `window` sentences either side say of its words, then names carried to their other
    occurrences within them (0: each sentence alone)."""
    contexts = window_contexts(sentences, window) if window > 0 else [None] * len(sentences)
    tags = [tag_tokens(tokens, tagger, scheme, whole=whole, context=ctx) for tokens, ctx in zip(sentences, contexts, strict=True)]
    return propagate(sentences, tags, window) if window > 0 else tags
