"""Readers: files, folders and stdin in, `Document`s (or a `Skip` for each unusable input) out.

    >>> from rasad.ingest import read_inputs, Skip
    >>> for item in read_inputs(["saved_pages/", "feed.xml", "crawl.warc.gz"]):
    ...     if isinstance(item, Skip): print("skipped", item)

Formats: plain text (.txt), HTML pages (.html, .htm), JSON Lines (.jsonl,
.ndjson), RSS/Atom feeds (.rss, .atom, and .xml that holds a feed) and WARC
(.warc, .warc.gz); any of them gzipped (x.txt.gz). Folders are read
recursively in sorted order, so runs are repeatable; inside a folder, files
of other kinds (README.md, .DS_Store) and hidden folders are passed over.
"-" reads stdin and tells the format from the content.

A bad input (unreadable, binary, empty, too large, truncated, a bad record)
is yielded as a `Skip`, never raised, so one bad file does not stop a run.
Only problems with the request itself raise: a path that does not exist
(`InputNotFound`) or a file named explicitly whose format rasad cannot read
(`UnknownFormat`).
"""

from __future__ import annotations

import fnmatch
import io
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from rasad.document import Document
from rasad.errors import InputNotFound, SkipDocument, UnknownFormat
from rasad.ingest.detect import GZIP_MAGIC, SNIFF_EXTENSIONS, format_from_name, sniff_format, split_suffixes
from rasad.ingest.published import hash_id
from rasad.ingest.skip import Skip, skip_from
from rasad.ingest.streams import CHUNK, Input, Prefixed, Stream, gunzip, read_head

__all__ = ["Skip", "check_inputs", "read_inputs", "DEFAULT_MAX_BYTES"]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
_SNIFF_BYTES = 8192
_SINGLE_DOCUMENT = frozenset({"txt", "html"})

Reader = Callable[[Input, int], Iterator[Document | Skip]]


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise InputNotFound or UnknownFormat for the first input that cannot be read at all."""
    if not inputs:
        raise InputNotFound("no input given", hint="name files or folders to read, or - for stdin")
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            raise InputNotFound(f"{name}: no such file or folder", hint="check the path")
        if path.is_file() and _file_format(path) is None:
            raise UnknownFormat(
                f"{name}: rasad cannot read this kind of file",
                hint="give .txt, .html, .jsonl, .rss/.atom/.xml feeds or .warc files, optionally .gz",
            )


def read_inputs(inputs: Sequence[str], *, include: Sequence[str] = (), exclude: Sequence[str] = (),
                max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> Iterator[Document | Skip]:
    """Every document in `inputs`, in order; a Skip for each input or record that cannot be used.

    `include`/`exclude` are glob patterns matched against paths relative to a
    named folder (fnmatch: "*.txt", "2024/*"); files named explicitly are always
    read. `max_bytes` limits one document (a file, a JSONL line, a WARC record).
    `stdin` replaces sys.stdin for "-" (for tests and embedding).
    """
    check_inputs(inputs)
    taken_ids: set[str] = set()
    for name in inputs:
        for item in _inputs_of(name, include, exclude, stdin):
            if isinstance(item, Skip):
                yield item
                continue
            yield from _read_one(_with_doc_id(item, taken_ids), max_bytes)


def _inputs_of(name: str, include: Sequence[str], exclude: Sequence[str],
               stdin: BinaryIO | None) -> Iterator[Input | Skip]:
    if name == "-":
        yield _stdin_input(stdin if stdin is not None else sys.stdin.buffer)
        return
    path = Path(name)
    if path.is_dir():
        yield from _folder_inputs(path, include, exclude)
        return
    fmt = _file_format(path)
    if fmt is not None:  # checked by check_inputs; None only if the file changed since
        yield Input(name=name, format=fmt, path=path, gzipped=split_suffixes(path.name)[2])


def _folder_inputs(folder: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Input]:
    for path in _walk(folder):
        relative = path.relative_to(folder).as_posix()
        if include and not any(fnmatch.fnmatch(relative, pattern) for pattern in include):
            continue
        if any(fnmatch.fnmatch(relative, pattern) for pattern in exclude):
            continue
        fmt = _file_format(path, in_folder=True)
        if fmt is None:
            log.debug("passing over %s: not a format rasad reads", path)
            continue
        yield Input(name=str(path), format=fmt, path=path, gzipped=split_suffixes(path.name)[2])


def _walk(folder: Path) -> Iterator[Path]:
    """Files under `folder` in the sorted order of their relative paths; hidden folders left out."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        log.warning("cannot list %s (%s)", folder, exc.strerror or exc)
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):  # as os.walk: linked folders are not followed (no cycles)
            if not entry.name.startswith("."):
                yield from _walk(Path(entry.path))
        else:  # files, and links that lead nowhere (the reader reports those as unreadable)
            yield Path(entry.path)


def _file_format(path: Path, *, in_folder: bool = False) -> str | None:
    """The reader for a file: by extension, by content for .xml and extensionless files."""
    fmt = format_from_name(path.name)
    if fmt is not None:
        return fmt
    stem, extension, gzipped = split_suffixes(path.name)
    if extension not in SNIFF_EXTENSIONS or (in_folder and extension == ""):
        return None  # in a folder, extensionless files are mostly LICENSE, Makefile and the like
    try:
        with open(path, "rb") as raw:
            head = raw.read(_SNIFF_BYTES)
            if gzipped or head.startswith(GZIP_MAGIC):
                raw.seek(0)
                head = gunzip(raw)[0].read(_SNIFF_BYTES)
    except OSError:
        return "txt" if extension == "" else "feed"  # unreadable: the reader reports it as a Skip
    fmt = sniff_format(head)
    return fmt if extension == "" or fmt == "feed" else None


def _stdin_input(raw: BinaryIO) -> Input | Skip:
    """stdin as an Input, its format told from its first bytes (gzip is opened first)."""
    head = read_head(raw, _SNIFF_BYTES)
    file: BinaryIO = io.BufferedReader(Prefixed(head, raw), CHUNK)
    stream = Stream(file)
    if head.startswith(GZIP_MAGIC):
        gzipped, guard = gunzip(file)
        head = read_head(gzipped, _SNIFF_BYTES)
        file = io.BufferedReader(Prefixed(head, gzipped), CHUNK)
        stream = Stream(file, guard)
    fmt = sniff_format(head)
    if fmt is None:
        return Skip("-", "unknown format", "stdin is neither text, HTML, JSON Lines, a feed nor WARC; "
                    "pipe one of those, or name the file instead")
    return Input(name="-", format=fmt, stream=stream)


def _with_doc_id(inp: Input, taken: set[str]) -> Input:
    """Give a one-document file its id: the file name without extension, made unique in this run."""
    if inp.format not in _SINGLE_DOCUMENT or inp.path is None:
        return inp
    doc_id = split_suffixes(inp.path.name)[0]
    if doc_id in taken:  # the same name in two folders: keep both, told apart by the path
        doc_id = f"{doc_id}_{hash_id(inp.name)[:8]}"
    taken.add(doc_id)
    return Input(name=inp.name, format=inp.format, path=inp.path, gzipped=inp.gzipped, doc_id=doc_id)


def _read_one(inp: Input, max_bytes: int) -> Iterator[Document | Skip]:
    """The reader's output for one input; whatever goes wrong becomes a Skip."""
    try:
        yield from _reader(inp.format)(inp, max_bytes)
    except SkipDocument as exc:
        yield skip_from(exc, inp.name)
    except Exception as exc:  # noqa: BLE001 - a library failing on one input must not end the run
        log.debug("reading %s failed", inp.name, exc_info=True)
        yield Skip(inp.name, "unreadable", f"the {inp.format} reader failed ({type(exc).__name__}: {exc}); "
                   "the file may be damaged")


def _reader(fmt: str) -> Reader:
    # Imported on use: a run over text files never loads trafilatura or fastwarc.
    if fmt == "txt":
        from rasad.ingest.text import read_text

        return read_text
    if fmt == "html":
        from rasad.ingest.html import read_html

        return read_html
    if fmt == "jsonl":
        from rasad.ingest.jsonl import read_jsonl

        return read_jsonl
    if fmt == "feed":
        from rasad.ingest.feeds import read_feed

        return read_feed
    from rasad.ingest.warc import read_warc

    return read_warc
