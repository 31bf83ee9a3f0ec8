"""Plain-text articles: one file, one document.

`Document.text` is the file exactly as Python's text mode reads it: decoded
(see `detect.decode`) with line ends made "\\n" (universal newlines). That is
also how the evaluation reads the raw file, so every offset in the analysis
points at the same characters there. Nothing is stripped or normalised.
"""

from __future__ import annotations

from collections.abc import Iterator

from rasad.document import Document, Meta
from rasad.errors import EmptyDocument
from rasad.ingest.detect import decode
from rasad.ingest.skip import Skip
from rasad.ingest.streams import Input, check_size, open_input, read_limited


def universal_newlines(text: str) -> str:
    """"\\r\\n" and a lone "\\r" become "\\n", as when a file is opened in text mode."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(inp: Input, max_bytes: int) -> Iterator[Document | Skip]:
    check_size(inp, max_bytes)
    with open_input(inp) as stream:
        data = read_limited(stream, inp.name, max_bytes)
    text = universal_newlines(decode(data))
    if not text.strip():
        raise EmptyDocument("the file has no text", source=inp.name, hint="remove it from the input")
    yield Document(text, id=inp.doc_id, source=inp.name, meta=Meta(format="txt"))
