"""The embedded default store: one SQLite file holding documents, skips and runs.

Design points:
- WAL journal, so readers (the report, the web app) never block the writer,
  and a killed process loses at most the batch it had not committed.
- Writes are grouped in transactions (`batch()` / `put_many`), because one
  commit per document would cost a disk sync each.
- Upserts by document id, with a content hash and the pipeline version kept
  beside each row: the same input read twice is stored once, a changed
  document replaces its old row, and `is_current` lets a run skip a document
  before spending the pipeline on it (that is how an interrupted run resumes).
- Each `put` runs inside a savepoint, so one document that cannot be written
  becomes a skip row and never rolls back the documents around it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from rasad.document import Document
from rasad.errors import StoreError

SCHEMA_VERSION = 1
APPLICATION = "rasad"
DEFAULT_BATCH = 200
# SQLite limits host parameters per statement (32766 since 3.32); stay far below.
_IDS_PER_QUERY = 500

T = TypeVar("T")
PutStatus = Literal["inserted", "updated", "unchanged"]

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    inputs TEXT NOT NULL,
    counts TEXT
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    meta TEXT NOT NULL,
    annotations TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE skips (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX skips_run ON skips(run_id);
CREATE TABLE run_documents (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    PRIMARY KEY (run_id, doc_id)
);
"""

# Layers not stored: tokens are about twenty times the size of the text as JSON and
# cheap to recompute (the "tokens" component), and no corpus job reads them.
_NOT_STORED = ("tokens",)
# Keys of Document.to_dict() that have their own column; the rest is "annotations".
_COLUMNS = ("id", "source", "text", "meta")


@dataclass(frozen=True)
class SkipRow:
    run_id: int | None
    source: str
    reason: str
    message: str


@dataclass(frozen=True)
class RunRow:
    id: int
    started: str
    finished: str | None
    inputs: list[str]
    counts: dict[str, Any]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """Documents, skips and runs in one SQLite file (`":memory:"` for a throwaway store)."""

    def __init__(self, path: str | Path = "rasad.db", *, batch_size: int = DEFAULT_BATCH) -> None:
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, got {batch_size}", hint="use --batch 1 or more")
        self.path = str(path)
        self.batch_size = batch_size
        self._depth = 0  # nesting of batch() contexts; only the outermost commits
        self._savepoints = 0
        self._conn = self._connect()
        try:
            self._check_schema()
        except BaseException:
            self._conn.close()
            raise

    # ---- opening ---------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self.path != ":memory:":
            target = Path(self.path)
            if target.is_dir():
                raise StoreError(f"{self.path} is a folder, not a database file", hint="give a file path with --db")
            target.parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: transactions are begun and ended explicitly below.
            conn = sqlite3.connect(self.path, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            # NORMAL is durable against a killed process under WAL; only an OS crash can lose the last commit.
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            raise self._not_ours(exc) from exc
        return conn

    def _not_ours(self, exc: Exception) -> StoreError:
        return StoreError(f"{self.path} is not a rasad database ({exc})",
                          hint="give another --db path, or move that file away")

    def _check_schema(self) -> None:
        try:
            tables = {row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise self._not_ours(exc) from exc
        if not tables:
            self._create()
            return
        if "meta" not in tables:
            raise self._not_ours(Exception("no rasad meta table"))
        info = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        if info.get("application") != APPLICATION or "schema_version" not in info:
            raise self._not_ours(Exception("the meta table does not name rasad"))
        version = int(info["schema_version"])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer rasad (store schema {version}, this rasad reads up to {SCHEMA_VERSION})",
                hint="upgrade rasad, or give another --db path",
            )
        # Older schemas would be migrated here; version 1 is the first.

    def _create(self) -> None:
        with self.batch():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._conn.execute(statement)
            self._conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [("application", APPLICATION), ("schema_version", str(SCHEMA_VERSION))],
            )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- transactions ----------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator[Store]:
        """One transaction: everything inside commits together, or not at all on an exception."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._savepoints += 1
        name = f"put{self._savepoints}"
        self._conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self._conn.execute(f"ROLLBACK TO {name}")
            self._conn.execute(f"RELEASE {name}")
            raise
        else:
            self._conn.execute(f"RELEASE {name}")
        finally:
            self._savepoints -= 1

    # ---- documents -------------------------------------------------------
    def is_current(self, doc_id: str, content_hash: str, pipeline_version: str) -> bool:
        """True when `doc_id` is stored with this text and was annotated by this pipeline version."""
        row = self._conn.execute("SELECT content_hash, pipeline_version FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None and row[0] == content_hash and row[1] == pipeline_version

    def put(self, doc: Document, *, pipeline_version: str = "", run_id: int | None = None) -> PutStatus:
        """Insert or update one document; unchanged text under the same pipeline version is not rewritten."""
        content_hash = doc.content_hash()
        with self.batch(), self._savepoint():
            row = self._conn.execute("SELECT content_hash, pipeline_version FROM documents WHERE id = ?", (doc.id,)).fetchone()
            status: PutStatus
            if row is not None and row[0] == content_hash and row[1] == pipeline_version:
                status = "unchanged"
            else:
                status = "inserted" if row is None else "updated"
                self._write(doc, content_hash, pipeline_version)
            if run_id is not None:
                self.mark_seen(run_id, doc.id, status)
        return status

    def _write(self, doc: Document, content_hash: str, pipeline_version: str) -> None:
        data = doc.to_dict(without=_NOT_STORED)
        annotations = {k: v for k, v in data.items() if k not in _COLUMNS}
        try:
            meta_json, annotations_json = _dumps(data["meta"]), _dumps(annotations)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"document {doc.id} cannot be stored: {exc}",
                             hint="meta.extra must hold JSON values (str, number, list, dict)") from exc
        try:
            self._conn.execute(
                """INSERT INTO documents(id, source, content_hash, text, meta, annotations, pipeline_version, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET source=excluded.source, content_hash=excluded.content_hash,
                     text=excluded.text, meta=excluded.meta, annotations=excluded.annotations,
                     pipeline_version=excluded.pipeline_version, updated_at=excluded.updated_at""",
                (doc.id, doc.source, content_hash, doc.text, meta_json, annotations_json, pipeline_version, _now()),
            )
        except (sqlite3.Error, UnicodeError) as exc:
            raise StoreError(f"document {doc.id} cannot be stored: {exc}", hint="see the log for the document") from exc

    def put_many(self, docs: Iterable[Document], *, pipeline_version: str = "", run_id: int | None = None,
                 batch_size: int | None = None) -> Counter[str]:
        """Store documents, committing every `batch_size`; a document that cannot be written becomes a skip row.

        If iterating `docs` raises (a killed run), the batches committed so far stay; the open one is not written.
        """
        counts: Counter[str] = Counter()
        for chunk in chunks(docs, batch_size or self.batch_size):
            with self.batch():
                for doc in chunk:
                    try:
                        counts[self.put(doc, pipeline_version=pipeline_version, run_id=run_id)] += 1
                    except StoreError as exc:
                        self.add_skip(run_id, doc.source or doc.id, "failed: store", exc.message)
                        counts["skipped"] += 1
        return counts

    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Stored documents in id order (only `ids`, when given; unknown ids are ignored)."""
        query = "SELECT id, source, text, meta, annotations FROM documents"
        if ids is None:
            yield from (self._load(row) for row in self._conn.execute(query + " ORDER BY id"))
            return
        wanted = sorted(set(ids))
        for i in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[i : i + _IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(f"{query} WHERE id IN ({marks}) ORDER BY id", chunk).fetchall()
            yield from (self._load(row) for row in rows)

    @staticmethod
    def _load(row: tuple[str, str, str, str, str]) -> Document:
        doc_id, source, text, meta, annotations = row
        data = json.loads(annotations)
        data.update(id=doc_id, source=source, text=text, meta=json.loads(meta))
        return Document.from_dict(data)

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    # ---- runs and skips --------------------------------------------------
    def start_run(self, inputs: Sequence[str]) -> int:
        with self.batch():
            cur = self._conn.execute("INSERT INTO runs(started, inputs) VALUES (?, ?)", (_now(), _dumps(list(inputs))))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self.batch():
            self._conn.execute("UPDATE runs SET finished = ?, counts = ? WHERE id = ?", (_now(), _dumps(counts), run_id))

    def mark_seen(self, run_id: int, doc_id: str, status: str) -> None:
        """Record that `run_id` read `doc_id` (stored or found unchanged), so its outputs cover it."""
        with self.batch():
            self._conn.execute(
                "INSERT INTO run_documents(run_id, doc_id, status) VALUES (?, ?, ?) "
                "ON CONFLICT(run_id, doc_id) DO UPDATE SET status=excluded.status",
                (run_id, doc_id, status),
            )

    def run_document_ids(self, run_id: int) -> list[str]:
        rows = self._conn.execute("SELECT doc_id FROM run_documents WHERE run_id = ? ORDER BY doc_id", (run_id,))
        return [row[0] for row in rows]

    def add_skip(self, run_id: int | None, source: str, reason: str, message: str) -> None:
        with self.batch():
            self._conn.execute("INSERT INTO skips(run_id, source, reason, message) VALUES (?, ?, ?, ?)",
                               (run_id, source, reason, message))

    def skips(self, run_id: int | None = None) -> list[SkipRow]:
        query = "SELECT run_id, source, reason, message FROM skips"
        rows = (self._conn.execute(query + " ORDER BY id") if run_id is None
                else self._conn.execute(query + " WHERE run_id = ? ORDER BY id", (run_id,)))
        return [SkipRow(*row) for row in rows]

    def runs(self) -> list[RunRow]:
        rows = self._conn.execute("SELECT id, started, finished, inputs, counts FROM runs ORDER BY id")
        return [RunRow(r[0], r[1], r[2], json.loads(r[3]), json.loads(r[4]) if r[4] else {}) for r in rows]


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last one shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
