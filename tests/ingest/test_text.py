"""Plain-text files: text kept exactly as decoded, ids from file names, bad files skipped."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from rasad.ingest import read_inputs
from tests.ingest.helpers import ARABIC, read_all


def test_text_is_the_file_exactly(examples_dir: Path) -> None:
    path = examples_dir / "story" / "ofuq-2024-03-11-dam-collapse.txt"
    docs, skips = read_all([path])
    assert skips == []
    (doc,) = docs
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.id == "ofuq-2024-03-11-dam-collapse"
    assert doc.source == str(path)
    assert doc.meta.format == "txt"
    assert doc.text.startswith("Open toolbar\n")  # furniture is the cleaner's business, not the reader's


def test_crlf_becomes_newline_as_in_text_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARABIC.replace("\n", "\r\n").encode() + b"\rlast")
    (doc,), _ = read_all([path])
    assert doc.text == path.read_text(encoding="utf-8")  # what the scorer reads
    assert "\r" not in doc.text and doc.text.endswith("\nlast")


def test_windows_1256_text_file(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    (doc,), skips = read_all([path])
    assert skips == [] and doc.text == ARABIC


def test_gzipped_text_keeps_the_plain_name_as_id(tmp_path: Path) -> None:
    path = tmp_path / "000_abc.txt.gz"
    path.write_bytes(gzip.compress(ARABIC.encode()))
    (doc,), _ = read_all([path])
    assert doc.id == "000_abc" and doc.text == ARABIC


def test_truncated_gzip_text_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt.gz"
    data = gzip.compress((ARABIC * 50).encode())
    path.write_bytes(data[: len(data) // 2])
    docs, skips = read_all([path])
    assert docs == []
    assert [(s.source, s.reason) for s in skips] == [(str(path), "truncated")]
    assert "complete copy" in skips[0].message


def test_binary_file_named_txt_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    docs, skips = read_all([path])
    assert docs == [] and [s.reason for s in skips] == ["binary"]


def test_empty_and_blank_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    docs, skips = read_all([tmp_path])
    assert docs == [] and [s.reason for s in skips] == ["empty", "empty"]


def test_file_over_max_bytes_is_skipped_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARABIC * 20, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(ARABIC, encoding="utf-8")
    docs, skips = read_all([tmp_path], max_bytes=len(ARABIC.encode()) + 10)
    assert [d.id for d in docs] == ["small"]
    assert [(s.source, s.reason) for s in skips] == [(str(big), "too large")]
    assert "max_bytes" in skips[0].message


def test_gzip_bomb_is_stopped_at_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 200_000))  # small on disk, large once decompressed
    docs, skips = read_all([path], max_bytes=10_000)
    assert docs == [] and [s.reason for s in skips] == ["too large"]


def test_stdin_text() -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(ARABIC.encode())))
    (doc,) = items
    assert doc.text == ARABIC and doc.source == "-"  # type: ignore[union-attr]


def test_file_named_gz_that_is_not_gzip_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt.gz"
    path.write_text(ARABIC, encoding="utf-8")
    docs, skips = read_all([path])
    assert docs == [] and [s.reason for s in skips] == ["unreadable"]
    assert "gzip" in skips[0].message
