"""JSON Lines: one article object per line, read as a stream.

Field names differ between dumps, so each piece of metadata is looked up
under the names dumps commonly use (ANT: id, url, source, title, time,
author, text). A line that is not a JSON object, or has no text, is one Skip
with its line number; the rest of the file goes on.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rasad.document import Document, Meta
from rasad.errors import EmptyDocument, SkipDocument
from rasad.ingest.published import hash_id, parse_published, parse_published_time
from rasad.ingest.skip import BadRecord, Skip, skip_from
from rasad.ingest.streams import Input, numbered_lines, open_input, too_large

log = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "full_text")
SUMMARY_FIELDS = ("abstract", "summary", "description")  # the text when there is no full text
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "uri")
OUTLET_FIELDS = ("outlet", "source", "site", "sitename", "site_name", "publisher", "source_domain")
DATE_FIELDS = ("published", "date_published", "published_at", "datePublished", "pubDate", "pub_date",
               "date_publish", "date", "time")
AUTHOR_FIELDS = ("author", "authors", "byline")
LANGUAGE_FIELDS = ("language", "lang")
EXTRA_FIELDS = ("category", "section", "tags")
_MARKUP = re.compile(r"<(?:p|div|br|span|a|h[1-6]|li|strong|em)\b", re.IGNORECASE)


def read_jsonl(inp: Input, max_bytes: int) -> Iterator[Document | Skip]:
    complete = records = 0
    with open_input(inp) as stream:
        for number, line in numbered_lines(stream.file, max_bytes):
            if stream.problem and line is not None and not line.endswith(b"\n"):
                break  # the line the gzip break cut in two: reported below, once
            complete = number
            source = f"{inp.name}:{number}"
            if line is None:
                yield skip_from(too_large(source, None, max_bytes), source)
            elif line.strip():
                records += 1
                try:
                    yield record_document(_parse(line, source), source)
                except SkipDocument as exc:
                    yield skip_from(exc, source)
        stream.raise_if_cut(inp.name, after=f"{complete} complete lines were read")
    if records == 0:
        raise EmptyDocument("the file has no records", source=inp.name, hint="write one JSON article per line")


def _parse(line: bytes, source: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise BadRecord(f"not valid JSON ({exc})", source=source, hint="fix or remove this line") from exc
    if not isinstance(record, dict):
        raise BadRecord(f"a JSON {type(record).__name__}, not an article object", source=source,
                           hint="write one JSON object per line")
    return record


def record_document(record: dict[str, Any], source: str) -> Document:
    """The Document for one article record (also used for JSON arrays and API payloads)."""
    text = _text(record)
    if not text.strip():
        raise EmptyDocument(f"no article text in any of the fields {', '.join(TEXT_FIELDS)}", source=source,
                            hint="put the article in a \"text\" field")
    url = _string(record, URL_FIELDS)
    date_value = _first(record, DATE_FIELDS)
    published = parse_published(date_value)
    outlet = _string(record, OUTLET_FIELDS)
    meta = Meta(
        title=_string(record, TITLE_FIELDS),
        outlet=outlet,
        outlet_how="metadata" if outlet else None,
        url=url,
        published=published,
        published_how="metadata" if published else None,
        byline=_string(record, AUTHOR_FIELDS),
        language=_string(record, LANGUAGE_FIELDS),
        format="jsonl",
        extra={k: record[k] for k in EXTRA_FIELDS if record.get(k)} | _clock(date_value),
    )
    record_id = record.get("id")
    doc_id = str(record_id) if isinstance(record_id, str | int) and str(record_id).strip() else hash_id(url or text)
    return Document(text, id=doc_id, source=source, meta=meta)


def _clock(date_value: object) -> dict[str, str]:
    """{"published_time": "HH:MM"} where the date value writes the time of day, else {}."""
    clock = parse_published_time(date_value)
    return {"published_time": clock} if clock else {}


def _text(record: dict[str, Any]) -> str:
    value = _string(record, TEXT_FIELDS) or _string(record, SUMMARY_FIELDS) or ""
    if _MARKUP.search(value[:2000]):
        from rasad.ingest.html import html_to_text

        return html_to_text(value)
    return value


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    return next((record[n] for n in names if record.get(n) not in (None, "", [], {})), None)


def _string(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of `names` as a string: names of objects ({"name": ...}) and lists joined with "، "."""
    value = _first(record, names)
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        parts = [p.get("name") if isinstance(p, dict) else p for p in value]
        value = "، ".join(str(p) for p in parts if p)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value)
        return text if text.strip() else None
    return None


def record_texts(path: Path, fields: Sequence[str] = ("title", "text"), *, limit: int | None = None) -> Iterator[str]:
    """The named fields of each record of a JSONL(.gz) news dump, joined by newlines.

    The training input of the word lists, word clusters and background
    frequencies that rasad ships. A line that is not a JSON object is logged
    and passed over, as `read_jsonl` does for a run.
    """
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                log.warning("%s:%d is not JSON; passed over", path, n + 1)
                continue
            if isinstance(record, dict):
                yield "\n".join(str(record.get(field) or "") for field in fields)
