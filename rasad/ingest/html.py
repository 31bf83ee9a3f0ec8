"""HTML pages: the article text and the page's own metadata.

trafilatura finds the article (with recall favoured over precision: a lost
body paragraph cannot be recovered, while furniture that slips through is
marked later by the cleaner). Each paragraph, heading and table row becomes
one line of `Document.text`. Where trafilatura finds nothing, resiliparse's
main-content extraction is the fallback.

The publication date comes from the page's markup (article:published_time,
itemprop/JSON-LD datePublished, <time pubdate>), then from trafilatura's
htmldate; a bare YYYY-01-01 from the latter is dropped, as it is usually the
copyright year of the footer rather than a date anyone wrote.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from rasad.document import Document, Meta
from rasad.errors import EmptyDocument
from rasad.ingest.detect import declared_charset, decode
from rasad.ingest.published import parse_published, parse_published_time
from rasad.ingest.skip import Skip
from rasad.ingest.streams import Input, check_size, open_input, read_limited

log = logging.getLogger(__name__)

# <meta> keys (property, name or itemprop, lowercased) that carry the publication date, best first.
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
)
_SITE_KEYS = ("og:site_name", "application-name")
_TITLE_KEYS = ("og:title", "twitter:title")
_URL_KEYS = ("og:url",)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Page bytes as text; the charset in the page (or the HTTP header) is only a hint."""
    return decode(data, declared=declared or declared_charset(data))


def read_html(inp: Input, max_bytes: int) -> Iterator[Document | Skip]:
    check_size(inp, max_bytes)
    with open_input(inp) as stream:
        data = read_limited(stream, inp.name, max_bytes)
    yield page_document(decode_html(data), source=inp.name, doc_id=inp.doc_id)


def page_document(html: str, *, source: str, doc_id: str | None = None, url: str | None = None,
                  fmt: str = "html") -> Document:
    """The Document for one page; EmptyDocument where it has no article text."""
    text, meta = extract_page(html, url=url)
    if not text.strip():
        raise EmptyDocument("no article text found in the page", source=source,
                            hint="check that the page was saved complete, not as an empty shell")
    meta.format = fmt
    return Document(text, id=doc_id, source=source, meta=meta)


def extract_page(html: str, *, url: str | None = None) -> tuple[str, Meta]:
    """(article text, metadata) of a page; the text is "" where none was found."""
    from trafilatura.utils import load_html

    html = _XML_DECLARATION.sub("", html, count=1)
    tree = load_html(html) if html.strip() else None
    if tree is None:
        return "", Meta()
    tags = _meta_tags(tree)
    page_date, date_value = _markup_date(tree, tags, html)
    extracted = _trafilatura(tree, url)
    text = _lines(extracted.get("text") or "") or html_to_text(html, main_content=True)
    meta = Meta(
        title=_first(tags, _TITLE_KEYS) or extracted.get("title"),
        outlet=_first(tags, _SITE_KEYS) or extracted.get("sitename"),
        url=url or _canonical(tree) or _first(tags, _URL_KEYS) or extracted.get("url"),
        language=_language(tree) or extracted.get("language"),
    )
    meta.outlet_how = "metadata" if meta.outlet else None
    meta.published = page_date or _trusted_guess(extracted.get("date"))
    meta.published_how = "metadata" if meta.published else None
    clock = parse_published_time(date_value) if page_date else None
    if clock:
        meta.extra["published_time"] = clock
    meta.byline = extracted.get("author")
    return text, meta


def html_to_text(html: str, *, main_content: bool = False) -> str:
    """Visible text of HTML (a page or a fragment), one block per line, via resiliparse."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    raw = extract_plain_text(tree, preserve_formatting=True, main_content=main_content, list_bullets=False,
                             alt_texts=False)
    return _lines(raw)


def _lines(text: str) -> str:
    """One block per line: lines stripped, blank lines dropped."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _trafilatura(tree: Any, url: str | None) -> dict[str, Any]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a parser bug on one page must not stop the run; resiliparse follows
        log.debug("trafilatura failed on a page", exc_info=True)
        return {}
    if result is None:
        return {}
    return result.as_dict() if hasattr(result, "as_dict") else dict(result)


def _meta_tags(tree: Any) -> dict[str, str]:
    """<meta> values keyed by lowercased property/name/itemprop; the first of each key wins."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        value = element.get("content")
        if key and value and value.strip():
            tags.setdefault(key.strip().lower(), value.strip())
    return tags


def _markup_date(tree: Any, tags: dict[str, str], html: str) -> tuple[str | None, str | None]:
    """(ISO date, the value it was read from) of the page's markup."""
    candidates = [tags.get(key) for key in _DATE_KEYS]
    for element in tree.iter("time"):
        if element.get("pubdate") is not None or (element.get("itemprop") or "").lower() == "datepublished":
            candidates.append(element.get("datetime"))
    candidates.extend(match.group(1) for match in _JSONLD_DATE.finditer(html))
    for value in candidates:
        date = parse_published(value) if value else None
        if date:
            return date, value
    return None, None


def _trusted_guess(date: object) -> str | None:
    """trafilatura's date, unless it is a bare 1 January (a footer copyright year, not a date)."""
    iso = parse_published(date)
    return None if iso is None or iso.endswith("-01-01") else iso


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((tags[k] for k in keys if k in tags), None)


def _canonical(tree: Any) -> str | None:
    for element in tree.iter("link"):
        if (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            return str(element.get("href")).strip()
    return None


def _language(tree: Any) -> str | None:
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return lang.strip().lower() if lang and lang.strip() else None

