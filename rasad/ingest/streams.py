"""Opening inputs as byte streams: files, gzip, stdin; bounded reads and lines.

Gzip is decompressed while reading, never into memory at once. A gzip stream
that is cut short (an interrupted download) or corrupt ends like a normal
stream, and the stream remembers it, so a reader yields every record read
before the cut and then one Skip saying so.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rasad.errors import TooLarge, TruncatedInput, UnreadableInput

CHUNK = 1 << 16


class _GuardedGzip(io.RawIOBase):
    """A gzip reader that ends cleanly where the compressed data does, noting why."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self.problem: str | None = None
        self.truncated = False  # cut short, rather than corrupt or not gzip at all

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self.problem:
            return 0
        try:
            data = self._gzip.read1(len(buffer))  # read1: what came before a cut is returned, not lost
        except EOFError:
            self.problem = "the gzip data ends before its end marker (a cut-off download or copy)"
            self.truncated = True
            return 0
        except (zlib.error, OSError) as exc:  # BadGzipFile is an OSError
            self.problem = f"the gzip data is corrupt ({exc})"
            return 0
        buffer[: len(data)] = data
        return len(data)


class Stream:
    """An open input: `file` to read from, `problem` once a gzip layer has failed."""

    def __init__(self, file: BinaryIO, guard: _GuardedGzip | None = None) -> None:
        self.file = file
        self._guard = guard

    @property
    def problem(self) -> str | None:
        return self._guard.problem if self._guard else None

    def raise_if_cut(self, source: str, after: str = "") -> None:
        """TruncatedInput (or UnreadableInput for corrupt data) if the gzip layer failed."""
        if self._guard is None or self._guard.problem is None:
            return
        if not self._guard.truncated:
            raise UnreadableInput(self._guard.problem, source=source, hint="check that the file really is gzip")
        hint = f"{after}; get a complete copy of the file" if after else "get a complete copy of the file"
        raise TruncatedInput(self._guard.problem, source=source, hint=hint)


@dataclass(frozen=True, eq=False)
class Input:
    """One thing to read: a file (maybe gzipped) or stdin, and which reader reads it."""

    name: str  # the path as given or found in a folder, or "-" for stdin
    format: str  # a reader name from rasad.ingest.detect.FORMATS
    path: Path | None = None  # None for stdin
    gzipped: bool = False
    stream: Stream | None = None  # stdin, opened (and decompressed) by the sniffer
    doc_id: str | None = None  # the id of the one document in a txt or html file


class Prefixed(io.RawIOBase):
    """`head` (bytes already read to tell the format) followed by the rest of `rest`."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_head(file: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes, however slowly a pipe delivers them (fewer only at the end of the stream)."""
    parts: list[bytes] = []
    got = 0
    while got < size:
        chunk = file.read(size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def gunzip(raw: BinaryIO) -> tuple[BinaryIO, _GuardedGzip]:
    guard = _GuardedGzip(raw)
    return io.BufferedReader(guard, CHUNK), guard


@contextmanager
def open_input(inp: Input) -> Iterator[Stream]:
    """The input as a stream of (decompressed) bytes; UnreadableInput where it cannot be opened."""
    if inp.stream is not None:
        yield inp.stream
        return
    assert inp.path is not None
    try:
        raw: BinaryIO = open(inp.path, "rb")  # noqa: SIM115 - closed below, after the readers are done
    except OSError as exc:
        raise UnreadableInput(f"cannot open the file ({exc.strerror or exc})", source=inp.name,
                              hint="check that it exists and that you may read it") from exc
    try:
        if inp.gzipped:
            file, guard = gunzip(raw)
            yield Stream(file, guard)
        else:
            yield Stream(raw)
    finally:
        raw.close()


def check_size(inp: Input, max_bytes: int) -> None:
    """TooLarge before reading a single-document file bigger than `max_bytes` on disk."""
    if inp.path is None:
        return
    try:
        size = inp.path.stat().st_size
    except OSError as exc:
        raise UnreadableInput(f"cannot read the file ({exc.strerror or exc})", source=inp.name,
                              hint="check that it exists and that you may read it") from exc
    if size > max_bytes:
        raise too_large(inp.name, size, max_bytes)


def too_large(source: str, size: int | None, max_bytes: int) -> TooLarge:
    amount = f"{size:,} bytes" if size is not None else f"more than {max_bytes:,} bytes"
    return TooLarge(f"{amount}, over the limit of {max_bytes:,} bytes for one document", source=source,
                    hint="raise max_bytes if this really is one article")


def read_limited(stream: Stream, source: str, max_bytes: int) -> bytes:
    """All bytes of a one-document input, refusing more than `max_bytes` once decompressed."""
    try:
        data = stream.file.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableInput(f"reading failed ({exc.strerror or exc})", source=source) from exc
    if len(data) > max_bytes:
        raise too_large(source, None, max_bytes)
    stream.raise_if_cut(source)
    return data


def numbered_lines(file: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None for a line longer than `max_bytes`, which is skipped unread."""
    number = 0
    while True:
        line = file.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(file)
            yield number, None
        else:
            yield number, line


def _skip_rest_of_line(file: BinaryIO) -> None:
    while True:
        chunk = file.readline(CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return
