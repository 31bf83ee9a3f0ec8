"""A name found in a sentence, and the proclitics a name starts after: what recognition's steps
(`recognize`, `head_names`) pass each other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasad.arabic.clitics import light, segment
from rasad.document import Span
from rasad.extract.entities.kb import KBEntry
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import given_names_as_written
from rasad.extract.entities.words import Word, stem_span


@dataclass(frozen=True, slots=True)
class Found:
    """A name found in a sentence: words [first, last), its span and type."""

    first: int
    last: int
    span: Span
    type: str
    source: str  # kb, model, pattern
    kb: KBEntry | None = None
    role: Span | None = None
    head: bool = False  # begins with a head noun (مطار، وزارة)


_NOUN_PROCLITICS = frozenset("وفبلك")


@memo(100_000)
def name_proclitics(surface: str) -> str:
    """The proclitics a name starts after: the leading و ف ب ل ك of the segmenter's prefix.

    The article stays in the name (العراق), except after ل, where its alef is gone (للمطار -> مطار:
    the prefix لل). A verb's future س is the name's own letter (ستيت ستريت), and so is the first letter of a
    listed given name.
    """
    prefix = segment(surface)[0]
    prefix = prefix[: next((i for i, c in enumerate(prefix) if c not in _NOUN_PROCLITICS), len(prefix))]
    # a listed given name keeps its first letter: بسام is not ب + سام, وليد not و + ليد (وبسام is و + بسام)
    return next((prefix[:k] for k in range(len(prefix)) if light(surface[k:]) in given_names_as_written()), prefix)


def name_start(text: str, word: Word) -> int:
    """Where a name that begins at `word` starts: after the proclitics it carries (`name_proclitics`)."""
    return stem_span(text, word, name_proclitics(text[word.span.start : word.span.end])).start


def tagged_words(words: Sequence[Word], found: Sequence[Found]) -> list[bool]:
    """Per word, whether some name holds it."""
    tagged = [False] * len(words)
    for f in found:
        for i in range(f.first, f.last):
            tagged[i] = True
    return tagged
