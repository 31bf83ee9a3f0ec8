"""HTML pages: article text one block per line, metadata from the markup, bad pages skipped."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from rasad.ingest import html as html_reader
from rasad.ingest.html import extract_page, html_to_text
from tests.ingest.helpers import ARABIC, page, paragraphs, read_all


def test_example_page_text_and_metadata(examples_dir: Path) -> None:
    path = examples_dir / "story" / "nahr-2024-03-11-first-report.html"
    (doc,), skips = read_all([path])
    assert skips == []
    assert doc.id == "nahr-2024-03-11-first-report"
    meta = doc.meta
    assert meta.format == "html"
    assert meta.outlet == "وكالة النهر للأنباء" and meta.outlet_how == "metadata"
    assert meta.published == "2024-03-11" and meta.published_how == "metadata"
    assert meta.title == "مقتل أربعة أشخاص وفقدان 15 في انهيار سد شمالي لبنان"
    assert meta.url == "https://nahr-news.example/lebanon/2024/03/11/dam-collapse-akkar"
    assert meta.language == "ar"
    lines = doc.text.split("\n")
    # each paragraph and sub-heading is one line; quotes keep their marks
    assert "نزوح 150 عائلة" in lines
    assert any(line.startswith("وقال رئيس بلدية دير الصفا أحمد الخطيب") and line.endswith("فرق الإنقاذ\".")
               for line in lines)
    # navigation, the breaking-news bar, related links and the footer are not article text
    for furniture in ("الرئيسية", "عاجل:", "جميع الحقوق محفوظة", "العاصفة تقطع طرقاً"):
        assert furniture not in doc.text


def test_json_ld_and_time_dates_and_old_footer_year(examples_dir: Path) -> None:
    (doc,), _ = read_all([examples_dir / "story" / "sahel-2024-03-12-minister.html"])
    assert doc.meta.published == "2024-03-12"  # not 2023 from the footer
    assert doc.meta.outlet == "قناة الساحل الإخبارية"
    assert "يستخدم هذا الموقع ملفات تعريف الارتباط" not in doc.text


def test_date_from_json_ld_only() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-15T13:10:00+02:00"}</script>'
    _, meta = extract_page(page(paragraphs(), head=head))
    assert meta.published == "2024-03-15" and meta.published_how == "metadata"


def test_no_date_guessed_from_the_footer_copyright_year() -> None:
    html = page(paragraphs()).replace("© 2023", "© 2021 جميع الحقوق محفوظة. آخر تحديث 2021")
    _, meta = extract_page(html)
    assert meta.published is None and meta.published_how is None


def test_a_bare_first_of_january_from_trafilatura_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    for guess, kept in (("2021-01-01", None), ("2021-03-05", "2021-03-05")):
        monkeypatch.setattr(html_reader, "_trafilatura", lambda tree, url, g=guess: {"text": ARABIC, "date": g})
        _, meta = extract_page(page(paragraphs()))
        assert meta.published == kept


def test_a_first_of_january_in_the_markup_is_kept() -> None:
    head = '<meta property="article:published_time" content="2024-01-01T08:00:00+03:00">'
    _, meta = extract_page(page(paragraphs(), head=head))
    assert meta.published == "2024-01-01"


def test_title_is_not_prepended() -> None:
    text, meta = extract_page(page(paragraphs(), head='<meta property="og:title" content="عنوان الخبر الرئيسي">'))
    assert meta.title == "عنوان الخبر الرئيسي"
    assert "عنوان الخبر الرئيسي" not in text
    assert text.split("\n") == ARABIC.strip().split("\n")


def test_page_declaring_latin_but_written_in_windows_1256(tmp_path: Path) -> None:
    html = page(paragraphs(), charset="iso-8859-1").replace(
        '<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("cp1256"))
    (doc,), skips = read_all([path])
    assert skips == []
    assert doc.text.split("\n") == ARABIC.strip().split("\n")


def test_empty_page_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><title></title></head><body></body></html>", encoding="utf-8")
    (tmp_path / "zero.html").write_bytes(b"")
    docs, skips = read_all([tmp_path])
    assert docs == []
    assert sorted((Path(s.source).name, s.reason) for s in skips) == [("empty.html", "empty"), ("zero.html", "empty")]
    assert "no article text" in skips[0].message or "no text" in skips[0].message


def test_gzipped_page(tmp_path: Path) -> None:
    path = tmp_path / "p.html.gz"
    path.write_bytes(gzip.compress(page(paragraphs()).encode()))
    (doc,), _ = read_all([path])
    assert doc.id == "p" and doc.text.startswith("قال وزير الطاقة")


def test_resiliparse_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "_trafilatura", lambda tree, url: {})
    text, meta = extract_page(page(paragraphs(), head='<meta property="og:site_name" content="صحيفة تجريبية">'))
    assert text.split("\n")[:2] == ARABIC.strip().split("\n")
    assert meta.outlet == "صحيفة تجريبية"


def test_html_to_text_one_block_per_line() -> None:
    fragment = "<p>سطر أول</p>\n<p>سطر <b>ثانٍ</b></p><ul><li>بند</li></ul><h2>عنوان فرعي</h2>"
    assert html_to_text(fragment) == "سطر أول\nسطر ثانٍ\nبند\nعنوان فرعي"
