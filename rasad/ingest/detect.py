"""What an input is (format by name, then by content) and how its bytes decode.

Formats are the reader names: "txt", "html", "jsonl", "feed", "warc". A ".gz"
suffix is peeled off first, so "x.jsonl.gz" is gzipped JSONL.

Decoding is Arabic-first. Many Arabic pages are windows-1256 while declaring
iso-8859-1 or nothing at all, and a general detector guesses wrongly on short
texts, so the order is: a BOM; strict UTF-8; UTF-8 with a few broken bytes;
the Arabic single-byte code pages when they turn the bytes into Arabic
letters; the charset the page declares; charset-normalizer; and if all fail,
the input is binary.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from rasad.errors import BinaryInput

FORMATS = ("txt", "html", "jsonl", "feed", "warc")
_BY_EXTENSION = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
}
# ".xml" may be a feed or anything else (sitemaps, configs): decided by content.
SNIFF_EXTENSIONS = frozenset({".xml", ""})
GZIP_MAGIC = b"\x1f\x8b"

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# Arabic letters proper (hamza to yeh, without tatweel, which latin code pages also produce).
_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a]")
_ARABIC_OTHER = re.compile(r"[\u060c\u061b\u061f\u0640\u064b-\u0652\u0660-\u0669\u067e\u0686\u0698\u06af\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u200c-\u200f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# An Arabic letter glued to a Latin one ("effondrى") is what a Latin page decoded as Arabic looks like.
_MIXED_SCRIPT = re.compile(r"[A-Za-z][\u0600-\u06ff]|[\u0600-\u06ff][A-Za-z]")
_ARABIC_CODE_PAGES = ("cp1256", "iso-8859-6")


def split_suffixes(name: str) -> tuple[str, str, bool]:
    """(stem, extension, gzipped) of a file name: "a.jsonl.gz" -> ("a", ".jsonl", True)."""
    path = PurePath(name)
    gzipped = path.suffix.lower() == ".gz"
    if gzipped:
        path = path.with_suffix("")
    return path.stem, path.suffix.lower(), gzipped


def format_from_name(name: str) -> str | None:
    """The reader for a file name, or None where the name alone cannot tell."""
    return _BY_EXTENSION.get(split_suffixes(name)[1])


def sniff_format(head: bytes) -> str | None:
    """The reader for content that starts with `head` (already decompressed), or None."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        if _FEED_ROOT.search(head[:4096]):
            return "feed"
        if _HTML_START.search(head[:4096]):
            return "html"
        return None  # some other XML
    if b"\x00" in head[:8192]:
        return None
    return "txt"


def declared_charset(head: bytes) -> str | None:
    """The charset a page or XML document declares in its first bytes, if any."""
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head[:8192])
        if match:
            return match.group(1).decode("ascii").lower()
    return None


def decode(data: bytes, *, declared: str | None = None) -> str:
    """The text of `data`; raises BinaryInput where it is not text in any encoding."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            # utf-8 keeps the BOM as U+FEFF, as Python's text mode does, so offsets
            # agree with any tool that opens the file with encoding="utf-8".
            return data.decode(codec, errors="replace")
    if b"\x00" in data:
        raise BinaryInput("the file contains NUL bytes, so it is not text", hint="remove it or give it its real extension")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data) or _arabic_code_page(data) or _declared(data, declared) or _detected(data)
    if text is None:
        raise BinaryInput("the bytes do not decode as text in any known encoding", hint="convert the file to UTF-8")
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut multibyte character, one stray byte)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = len(_NON_ASCII.findall(text))
    return text if broken <= max(2, non_ascii // 200) else None


def _arabic_code_page(data: bytes) -> str | None:
    """windows-1256 or iso-8859-6 text, whatever the page says it is."""
    best: tuple[float, str] | None = None
    for codec in _ARABIC_CODE_PAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = arabic_share(text)
        if share >= 0.6 and (best is None or share > best[0]):
            best = (share, text)
    return best[1] if best else None


def arabic_share(text: str) -> float:
    """Of the non-ASCII characters, the share that belong in Arabic text (letters weigh most)."""
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii == 0:
        return 0.0
    letters = len(_ARABIC_LETTER.findall(text))
    if letters < 3 or len(_MIXED_SCRIPT.findall(text)) > letters / 20:
        return 0.0
    return (letters + len(_ARABIC_OTHER.findall(text))) / non_ascii


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(codecs.lookup(declared).name)
    except (LookupError, UnicodeDecodeError):
        return None


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported here: only undecided inputs need it

    best = from_bytes(data).best()
    return str(best) if best is not None else None
