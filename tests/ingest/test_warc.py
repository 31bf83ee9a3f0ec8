"""WARC crawls: each HTML 200 response is a document through the HTML reader."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from fastwarc.warc import WarcRecord, WarcRecordType

from rasad.ingest.published import hash_id
from tests.ingest.helpers import ARABIC, page, paragraphs, read_all


def _response(uri: str, body: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
              record_type: WarcRecordType = WarcRecordType.response) -> bytes:
    record = WarcRecord()
    record.init_headers(record_type=record_type)
    record.headers["WARC-Target-URI"] = uri
    record.headers["Content-Type"] = "application/http; msgtype=response"
    record.set_bytes_content(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body)
    out = io.BytesIO()
    record.write(out)
    return out.getvalue()


def _crawl() -> list[bytes]:
    article = page(paragraphs(), head='<meta property="og:site_name" content="وكالة النهر للأنباء">')
    legacy = page(paragraphs(), charset="iso-8859-1").encode("cp1256")
    return [
        _response("https://nahr.example/a", article.encode()),
        _response("https://nahr.example/logo.png", b"\x89PNG\r\n\x1a\n\x00", content_type="image/png"),
        _response("https://nahr.example/old", b"", status="301 Moved Permanently"),
        _response("https://nahr.example/legacy", legacy, content_type="text/html; charset=iso-8859-1"),
        _response("https://nahr.example/empty", b"<html><body></body></html>"),
    ]


def _check(docs: list, skips: list, path: Path) -> None:
    assert [d.meta.url for d in docs] == ["https://nahr.example/a", "https://nahr.example/legacy"]
    assert [d.id for d in docs] == [hash_id("https://nahr.example/a"), hash_id("https://nahr.example/legacy")]
    for doc in docs:
        assert doc.text.split("\n") == ARABIC.strip().split("\n")
        assert doc.meta.format == "warc"
    assert docs[0].meta.outlet == "وكالة النهر للأنباء"
    assert docs[0].source == f"{path}:1"
    assert [(s.source, s.reason) for s in skips] == [(f"{path}:5", "empty")]


def test_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(_crawl()))
    _check(*read_all([path]), path)


def test_warc_gz_one_member_per_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(record) for record in _crawl()))
    _check(*read_all([path]), path)


def test_truncated_warc_gz(tmp_path: Path) -> None:
    records = _crawl()[:1] * 3
    path = tmp_path / "cut.warc.gz"
    members = [gzip.compress(r) for r in records]
    path.write_bytes(b"".join(members)[: len(members[0]) * 2 + len(members[0]) // 2])
    docs, skips = read_all([path])
    assert len(docs) == 2
    assert [s.reason for s in skips] == ["truncated"]


def test_truncated_plain_warc(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    data = b"".join(_crawl()[:1] * 2)
    path.write_bytes(data[:-200])
    docs, skips = read_all([path])
    assert len(docs) == 1 and [(s.source, s.reason) for s in skips] == [(f"{path}:2", "truncated")]


def test_record_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    big = page(paragraphs(ARABIC * 50)).encode()
    path.write_bytes(_crawl()[0] + _response("https://nahr.example/big", big))
    docs, skips = read_all([path], max_bytes=len(big) - 1)
    assert len(docs) == 1 and [(s.source, s.reason) for s in skips] == [(f"{path}:2", "too large")]


def test_crawl_without_html_pages_says_so(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    path.write_bytes(_crawl()[1])
    docs, skips = read_all([path])
    assert docs == [] and [(s.source, s.reason) for s in skips] == [(str(path), "empty")]
    assert "text/html" in skips[0].message
