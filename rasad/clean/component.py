"""The `clean` pipeline component: body ranges, removals and text metadata.

The component cleans with no folder knowledge; a command that reads a batch
first learns the lines that recur across it (`learn_recurring`) and cleans
with `Cleaner(recurring=...)` instead.
"""

from __future__ import annotations

from functools import lru_cache

from rasad.clean.cleaner import Cleaner
from rasad.document import Document
from rasad.pipeline import component


@lru_cache(maxsize=1)
def _default() -> Cleaner:
    return Cleaner()


@component("clean", requires=("text", "meta"), provides=("body", "removed"))
def clean(doc: Document) -> Document:
    """Mark the article body and everything taken out of it, and fill meta from the text."""
    return _default()(doc)
