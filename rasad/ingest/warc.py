"""WARC crawls (plain or .warc.gz): each HTML page fetched with status 200 is one document.

Records are read with FastWARC; requests, redirects, images and other
non-HTML responses are passed over silently, as they are no articles. Each
page goes through the HTML reader; the id is a hash of the target URI, so
the same page in two crawls is the same document.
"""

from __future__ import annotations

import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from rasad.document import Document
from rasad.errors import EmptyDocument, SkipDocument, TruncatedInput
from rasad.ingest.html import decode_html, page_document
from rasad.ingest.published import hash_id
from rasad.ingest.skip import BadRecord, Skip, skip_from
from rasad.ingest.streams import CHUNK, Input, open_input, too_large

log = logging.getLogger(__name__)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def read_warc(inp: Input, max_bytes: int) -> Iterator[Document | Skip]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open_input(inp) as stream:
        records = ArchiveIterator(_ForwardOnly(stream.file), record_types=WarcRecordType.response, parse_http=True,
                                  fsspec_args=False, stream_detect=False)
        pages = 0
        for number, record in enumerate(records, 1):
            source = f"{inp.name}:{number}"
            if not _is_html_page(record):
                continue
            pages += 1
            try:
                yield _page(record, source, max_bytes)
            except TruncatedInput as exc:
                if not stream.problem:  # a cut gzip stream is reported once, below
                    yield skip_from(exc, source)
            except SkipDocument as exc:
                yield skip_from(exc, source)
        stream.raise_if_cut(inp.name, after="the records before the cut were read")
    if pages == 0:
        raise EmptyDocument("no HTML page fetched with status 200 in the crawl", source=inp.name,
                            hint="rasad reads the text/html responses of a WARC; this one has none")


class _ForwardOnly(io.RawIOBase):
    """A stream FastWARC can ask for its position: decompressed gzip and pipes have none of their own."""

    def __init__(self, file: BinaryIO) -> None:
        super().__init__()
        self._file = file
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._file.read(len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset if whence == io.SEEK_SET else self._position + offset if whence == io.SEEK_CUR else -1
        if target < self._position:
            raise io.UnsupportedOperation("this stream can only move forward")
        while self._position < target and self.readinto(bytearray(min(CHUNK, target - self._position))):
            pass
        return self._position


def _is_html_page(record: Any) -> bool:
    headers = record.http_headers
    if headers is None:
        return False
    content_type = (record.http_content_type or "").split(";")[0].strip().lower()
    return headers.status_code == 200 and content_type in _HTML_TYPES


def _page(record: Any, source: str, max_bytes: int) -> Document:
    uri = (record.headers.get("WARC-Target-URI") or "").strip("<> ")
    if record.content_length > max_bytes:
        raise too_large(source, record.content_length, max_bytes)
    body = record.reader.read()
    if len(body) < record.content_length:
        raise TruncatedInput(f"the record ends after {len(body):,} of {record.content_length:,} bytes",
                             source=source, hint="get a complete copy of the WARC file")
    body = _decoded_payload(body, record.http_headers.get("Content-Encoding"), source)
    html = decode_html(body, declared=record.http_charset)
    return page_document(html, source=source, doc_id=hash_id(uri) if uri else None, url=uri or None, fmt="warc")


def _decoded_payload(body: bytes, encoding: str | None, source: str) -> bytes:
    """The payload without HTTP gzip/deflate compression, which some crawlers store as received."""
    encoding = (encoding or "").strip().lower()
    try:
        if encoding in ("gzip", "x-gzip") and body[:2] == b"\x1f\x8b":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body, -zlib.MAX_WBITS) if body[:1] != b"\x78" else zlib.decompress(body)
    except (OSError, EOFError, zlib.error) as exc:
        raise BadRecord(f"the page's {encoding} compression is broken ({exc})", source=source,
                           hint="the crawl stored a damaged response") from exc
    return body
