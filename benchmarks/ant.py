"""Reading the ANT v2.1 multi-source news corpus (../shared/data/ant) as Documents, for benchmarks."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

from rasad.document import Document, Meta

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant" / "ant_v2.1_multisource.jsonl.gz"


def records(path: Path = ANT) -> Iterator[dict]:
    if not path.exists():
        raise SystemExit(f"needs the ANT corpus at {path} (../shared beside the checkout)")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def published(record: dict) -> str:
    """The RSS pubDate as an ISO date (the outlet's own local date)."""
    return parsedate_to_datetime(record["time"]).date().isoformat()


def to_document(record: dict) -> Document:
    meta = Meta(title=record.get("title"), outlet=record.get("source"), url=record.get("url"),
                published=published(record), published_how="metadata", format="jsonl")
    return Document(record.get("text") or "", id=record["id"], source=record.get("url") or "", meta=meta)
