"""JSON Lines: one article per line, streamed; a bad line is one Skip with its line number."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from rasad.ingest.jsonl import record_document
from rasad.ingest.published import hash_id
from tests.ingest.helpers import ARABIC, read_all


def _record(n: int, **extra: Any) -> dict[str, Any]:
    return {"id": f"doc-{n}", "url": f"https://outlet.example/{n}", "source": "وكالة النهر للأنباء",
            "title": f"خبر رقم {n}", "time": "Tue, 12 Mar 2024 23:45:00 +0200", "author": "عكار - وكالة النهر",
            "category": "lebanon", "text": ARABIC, **extra}


def _write(path: Path, lines: list[str], *, gz: bool = False) -> None:
    data = "".join(line + "\n" for line in lines).encode()
    path.write_bytes(gzip.compress(data) if gz else data)


def test_ant_style_record_fields(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    _write(path, [json.dumps(_record(1), ensure_ascii=False)])
    (doc,), skips = read_all([path])
    assert skips == []
    assert doc.id == "doc-1" and doc.text == ARABIC and doc.source == f"{path}:1"
    meta = doc.meta
    assert meta.outlet == "وكالة النهر للأنباء" and meta.outlet_how == "metadata"
    assert meta.published == "2024-03-12" and meta.published_how == "metadata"  # the outlet's own day, not UTC
    assert meta.title == "خبر رقم 1" and meta.url == "https://outlet.example/1"
    assert meta.byline == "عكار - وكالة النهر" and meta.format == "jsonl"
    assert meta.extra == {"category": "lebanon", "published_time": "23:45"}  # the hour on the outlet's clock


def test_bad_line_is_skipped_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps(_record(1)), '{"id": "broken", "text": "نص', "", json.dumps(_record(3)), "[1, 2]",
             json.dumps({"id": "no-text", "title": "عنوان"})]
    _write(path, lines)
    docs, skips = read_all([path])
    assert [d.id for d in docs] == ["doc-1", "doc-3"]
    assert [(s.source, s.reason) for s in skips] == [
        (f"{path}:2", "bad record"), (f"{path}:5", "bad record"), (f"{path}:6", "empty")]
    assert "not valid JSON" in skips[0].message and "fix or remove this line" in skips[0].message


def test_truncated_gzip_yields_records_read_then_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    lines = [json.dumps(_record(n)) for n in range(1, 401)]
    _write(path, lines, gz=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    docs, skips = read_all([path])
    assert 0 < len(docs) < 400
    assert [d.id for d in docs] == [f"doc-{n}" for n in range(1, len(docs) + 1)]
    assert [(s.source, s.reason) for s in skips] == [(str(path), "truncated")]
    assert f"{len(docs)} complete lines were read" in skips[0].message


def test_line_over_max_bytes_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    _write(path, [json.dumps(_record(1)), json.dumps(_record(2, text=ARABIC * 100)), json.dumps(_record(3))])
    docs, skips = read_all([path], max_bytes=len(json.dumps(_record(1))) + 50)
    assert [d.id for d in docs] == ["doc-1", "doc-3"]
    assert [(s.source, s.reason) for s in skips] == [(f"{path}:2", "too large")]


def test_id_falls_back_to_a_hash_of_url_then_text() -> None:
    with_url = record_document({"text": ARABIC, "url": "https://outlet.example/a"}, "x:1")
    assert with_url.id == hash_id("https://outlet.example/a")
    assert record_document({"content": ARABIC}, "x:2").id == hash_id(ARABIC)
    assert record_document({"id": 17, "text": ARABIC}, "x:3").id == "17"


def test_other_field_names_nested_outlet_and_html_body() -> None:
    record = {"headline": "عنوان", "link": "https://o.example/1", "publisher": {"name": "صحيفة الأفق"},
              "published_at": "2024-03-13T07:00:00Z", "authors": ["فريق التحرير", "وكالات"],
              "content": "<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>"}
    doc = record_document(record, "x:1")
    assert doc.text == "الفقرة الأولى.\nالفقرة الثانية."
    assert (doc.meta.title, doc.meta.outlet, doc.meta.published) == ("عنوان", "صحيفة الأفق", "2024-03-13")
    assert doc.meta.byline == "فريق التحرير، وكالات"


def test_summary_is_the_text_when_there_is_no_full_text() -> None:
    assert record_document({"abstract": "ملخص الخبر"}, "x:1").text == "ملخص الخبر"


def test_gzipped_jsonl_from_stdin() -> None:
    import io

    from rasad.ingest import read_inputs

    data = gzip.compress((json.dumps(_record(1)) + "\n" + json.dumps(_record(2)) + "\n").encode())
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [getattr(i, "id", None) for i in items] == ["doc-1", "doc-2"]
    assert items[0].source == "-:1"  # type: ignore[union-attr]


def test_file_without_records_is_one_empty_skip(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    docs, skips = read_all([path])
    assert docs == [] and [(s.source, s.reason) for s in skips] == [(str(path), "empty")]
