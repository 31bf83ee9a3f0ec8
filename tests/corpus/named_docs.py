"""Documents written for cross-document entity tests, with mentions placed by hand."""

from __future__ import annotations

from rasad.document import Document, Mention, Span


def doc_with_names(doc_id: str, text: str, names: list[tuple[str, str, str]]) -> Document:
    """A document with mentions of (surface, type, key) at each surface's first occurrence."""
    doc = Document(text, id=doc_id)
    for surface, typ, key in names:
        start = text.index(surface)
        doc.mentions.append(Mention(Span(start, start + len(surface)), typ, key))
    return doc
