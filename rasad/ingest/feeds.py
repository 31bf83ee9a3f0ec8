"""RSS and Atom feeds: each entry is one document.

The text is the entry's full content (content:encoded, Atom <content>) where
the feed carries it, else its summary; markup is turned into one line per
block by the HTML reader. The outlet is the feed's title. Dates are taken
from the entry's date string as written, so the day is the outlet's own.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from typing import Any

from rasad.document import Document, Meta
from rasad.errors import EmptyDocument, SkipDocument
from rasad.ingest.html import html_to_text
from rasad.ingest.published import hash_id, parse_published, parse_published_time
from rasad.ingest.skip import BadRecord, Skip, skip_from
from rasad.ingest.streams import Input, check_size, open_input, read_limited

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def read_feed(inp: Input, max_bytes: int) -> Iterator[Document | Skip]:
    import feedparser

    check_size(inp, max_bytes)
    with open_input(inp) as stream:
        data = read_limited(stream, inp.name, max_bytes)
    # A stream, never bytes or str: feedparser would take a string that looks like a URL or path for one.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = f"not a readable feed ({parsed.get('bozo_exception')})" if parsed.bozo else "the feed has no entries"
        raise BadRecord(problem, source=inp.name, hint="check that the file is a complete RSS or Atom feed")
    outlet = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        source = f"{inp.name}:{number}"
        try:
            yield entry_document(entry, source=source, outlet=outlet)
        except SkipDocument as exc:
            yield skip_from(exc, source)


_DATE_KEYS = ("published", "updated", "created")


def entry_document(entry: Any, *, source: str, outlet: str | None) -> Document:
    text = _entry_text(entry)
    if not text:
        raise EmptyDocument("the entry has neither content nor a summary", source=source,
                            hint="the feed gives headlines only; fetch the pages instead")
    published = _entry_date(entry)
    # the time of day of the value the date was read from, on the outlet's clock
    clock = parse_published_time(next((entry.get(k) for k in _DATE_KEYS if parse_published(entry.get(k))), None))
    url = entry.get("link") or None
    meta = Meta(
        title=_clean(entry.get("title")),
        outlet=outlet,
        outlet_how="metadata" if outlet else None,
        url=url,
        published=published,
        published_how="metadata" if published else None,
        byline=_clean(entry.get("author")),
        format="feed",
        extra={"published_time": clock} if clock else {},
    )
    key = entry.get("id") or url or text
    return Document(text, id=hash_id(key), source=source, meta=meta)


def _entry_text(entry: Any) -> str:
    """The fullest text the entry carries: the longest content part, else the summary."""
    parts = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if not any(value.strip() for value, _ in parts):
        detail = entry.get("summary_detail") or {}
        parts = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    texts = [_to_text(value, kind) for value, kind in parts]
    return max(texts, key=len, default="")


def _to_text(value: str, kind: str) -> str:
    if kind.lower() in _HTML_TYPES or "<" in value:
        return html_to_text(value)
    return "\n".join(line.strip() for line in value.splitlines() if line.strip())


def _entry_date(entry: Any) -> str | None:
    for key in _DATE_KEYS:
        date = parse_published(entry.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed"):  # only in UTC; used when the string did not parse
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _clean(value: object) -> str | None:
    """A plain one-line string from a feed field (titles may carry markup or line breaks)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = html_to_text(value) if "<" in value else value
    return " ".join(text.split()) or None
