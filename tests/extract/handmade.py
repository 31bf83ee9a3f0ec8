"""Documents built by hand for the quote, event and claim tests: the upstream
layers (body, sentences, mentions, time expressions) are set directly, so the
tests exercise only the extractors."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasad.document import Block, Document, EventMention, Mention, Meta, Span, Timex
from rasad.extract.entities.found import Found
from rasad.extract.entities.resolve import resolve_document
from rasad.extract.entities.words import split_words


def make_doc(
    text: str,
    *,
    mentions: dict[str, tuple[str, str]] | None = None,
    timexes: dict[str, tuple[str, str | None]] | None = None,
    published: str | None = None,
) -> Document:
    """`mentions`: surface -> (type, entity key); `timexes`: surface -> (value, mod). Paragraphs are lines."""
    doc = Document(text, meta=Meta(published=published))
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            doc.body.append(Block(Span(pos, pos + len(line))))
        pos += len(line) + 1
    for block in doc.body:
        start = block.span.start
        for m in re.finditer(r"[.!?؟](?=\s|$)", text[block.span.start : block.span.end]):
            end = block.span.start + m.end()
            doc.sentences.append(Span(start, end))
            start = end + 1
        if start < block.span.end:
            doc.sentences.append(Span(start, block.span.end))
    for surface, (etype, key) in (mentions or {}).items():
        for m in re.finditer(r"(?<![^\W\d_])(?:[وبلف]|لل)?(" + re.escape(surface) + r")(?![^\W\d_])", text):
            doc.mentions.append(Mention(Span(m.start(1), m.end(1)), etype, key))
    doc.mentions.sort(key=lambda m: m.span.start)
    for surface, (value, mod) in (timexes or {}).items():
        for m in re.finditer(re.escape(surface), text):
            doc.timexes.append(Timex(Span(m.start(), m.end()), value, mod))
    doc.timexes.sort(key=lambda t: t.span.start)
    doc.provided |= {"body", "removed", "sentences", "tokens", "timexes", "mentions"}
    return doc


def by_type(events: list[EventMention]) -> dict[str, EventMention]:
    """Events keyed by type (the last of a type wins): for sentences that tell one event of each."""
    return {e.type: e for e in events}


def of_type(events: list[EventMention], etype: str) -> list[EventMention]:
    """The events of one type, in order: for sentences that tell several."""
    return [e for e in events if e.type == etype]


def counts_of(e: EventMention) -> dict[str, int]:
    """An event's counts as {what: value}."""
    return {c.what: c.value for c in e.counts}


def resolve_tagged(text: str, names: Sequence[tuple[str, int] | tuple[str, int, str]]) -> list[Mention]:
    """The listed names (each at its n-th occurrence, typed PER unless a type is given) found as the tagger would,
    then resolved in the document: for tests of within-document resolution without the tagger's own choices."""
    words = split_words(text)
    found = []
    for name, nth, *typed in names:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        first = next(i for i, w in enumerate(words) if w.span.start <= start < w.span.end)
        last = next(i for i, w in enumerate(words) if w.span.end >= start + len(name)) + 1
        found.append(Found(first, last, Span(start, start + len(name)), typed[0] if typed else "PER", "model"))
    return resolve_document(text, words, sorted(found, key=lambda f: f.first))
