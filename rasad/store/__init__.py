"""Where documents, skips and runs are kept; SQLite is the embedded default."""

from rasad.store.sqlite import SCHEMA_VERSION, PutStatus, RunRow, SkipRow, Store

__all__ = ["SCHEMA_VERSION", "PutStatus", "RunRow", "SkipRow", "Store"]
