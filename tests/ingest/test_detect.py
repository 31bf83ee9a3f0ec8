"""Format sniffing and Arabic-first decoding."""

from __future__ import annotations

import codecs

import pytest

from rasad.errors import BinaryInput
from rasad.ingest.detect import arabic_share, declared_charset, decode, format_from_name, sniff_format, split_suffixes
from tests.ingest.helpers import ARABIC


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "txt"),
        ("a.TXT", "txt"),
        ("page.htm", "html"),
        ("dump.jsonl.gz", "jsonl"),
        ("x.ndjson", "jsonl"),
        ("crawl.warc.gz", "warc"),
        ("news.rss", "feed"),
        ("news.atom", "feed"),
        ("news.xml", None),  # decided by content
        ("README.md", None),
        (".DS_Store", None),
    ],
)
def test_format_from_name(name: str, fmt: str | None) -> None:
    assert format_from_name(name) == fmt


def test_split_suffixes_peels_gzip() -> None:
    assert split_suffixes("000_03a5f9b1dc6e78cd.txt.gz") == ("000_03a5f9b1dc6e78cd", ".txt", True)
    assert split_suffixes("a.b.html") == ("a.b", ".html", False)


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'\n{"id": 1, "text": "\xd9\x86\xd8\xb5"}\n', "jsonl"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html>\n<html lang='ar'>", "html"),
        (b"<div><p>\xd9\x86\xd8\xb5</p></div>", "html"),
        (ARABIC.encode(), "txt"),
        (b"<?xml version='1.0'?><urlset>", None),
        (b"\x89PNG\r\n\x1a\n\x00\x00", None),
    ],
)
def test_sniff_format(head: bytes, fmt: str | None) -> None:
    assert sniff_format(head) == fmt


def test_declared_charset_from_meta_and_xml() -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') == "iso-8859-1"
    assert declared_charset(b"<meta charset='windows-1256'>") == "windows-1256"
    assert declared_charset(b'<?xml version="1.0" encoding="UTF-8"?>') == "utf-8"
    assert declared_charset(b"<html><body>") is None


def test_utf8_is_decoded_as_is() -> None:
    assert decode(ARABIC.encode()) == ARABIC


def test_utf8_bom_is_kept_like_python_text_mode() -> None:
    data = codecs.BOM_UTF8 + ARABIC.encode()
    assert decode(data) == data.decode("utf-8") == "\ufeff" + ARABIC


def test_utf16_with_bom() -> None:
    assert decode(ARABIC.encode("utf-16")) == ARABIC


@pytest.mark.parametrize("codec", ["cp1256", "iso-8859-6"])
def test_arabic_single_byte_code_pages(codec: str) -> None:
    assert decode(ARABIC.encode(codec)) == ARABIC


def test_windows_1256_wins_over_a_wrong_declared_latin_charset() -> None:
    assert decode(ARABIC.encode("cp1256"), declared="iso-8859-1") == ARABIC


def test_short_windows_1256_text() -> None:
    assert decode("انهيار سد نبع الريحان".encode("cp1256")) == "انهيار سد نبع الريحان"


def test_latin_page_is_not_taken_for_arabic() -> None:
    french = "Le barrage s'est effondré à l'aube, a déclaré le ministre. Élève, façade, château."
    assert decode(french.encode("cp1252"), declared="windows-1252") == french


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    data = (ARABIC + "انهيار").encode()[:-1]  # the last letter cut in two
    text = decode(data)
    assert text.startswith(ARABIC) and text.endswith("\ufffd")


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(BinaryInput):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_arabic_share() -> None:
    assert arabic_share(ARABIC) > 0.9
    assert arabic_share("plain ascii") == 0.0
    assert arabic_share("effondrى ـ l'aube dىclarى") == 0.0  # Arabic letters glued to Latin ones
