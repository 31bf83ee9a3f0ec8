"""Lines that recur on many pages of one site are site furniture.

A navigation label, a newsletter prompt or a footer that no phrase list knows
still gives itself away by turning up on page after page of the same outlet
(or the same source folder). `learn_recurring` counts, per group, on how many
pages each short line occurs; the `Cleaner` then removes those lines. Long
lines are never counted: a paragraph shared by pages is a wire copy, not
furniture.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from rasad.clean.lines import split_lines
from rasad.document import Document
from rasad.errors import UsageError

# Lines longer than this are article text even when they recur.
MAX_RECURRING_WORDS = 20


def group_key(doc: Document) -> str:
    """Which pages are compared: the outlet from metadata, else the site, else the folder."""
    if doc.meta.outlet and doc.meta.outlet_how != "text":
        return f"outlet:{doc.meta.outlet}"
    for address in (doc.meta.url, doc.source):
        if address and "://" in address:
            host = urlsplit(address).hostname or ""
            return f"site:{host.removeprefix('www.')}"
    if doc.source:
        return f"folder:{PurePath(doc.source).parent}"
    return "all"


@dataclass(frozen=True)
class RecurringLines:
    """Per group: line key -> (pages it is on, pages in the group)."""

    groups: Mapping[str, Mapping[str, tuple[int, int]]] = field(default_factory=dict)

    def for_doc(self, doc: Document) -> Mapping[str, tuple[int, int]]:
        return self.groups.get(group_key(doc), {})

    def __len__(self) -> int:
        return sum(len(lines) for lines in self.groups.values())

    def to_dict(self) -> dict[str, Any]:
        return {g: {k: list(v) for k, v in lines.items()} for g, lines in self.groups.items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, Any]]) -> RecurringLines:
        return cls({g: {k: (int(v[0]), int(v[1])) for k, v in lines.items()} for g, lines in data.items()})


def learn_recurring(docs: Iterable[Document], *, min_docs: int = 3, min_share: float = 0.3) -> RecurringLines:
    """Short lines found on at least `min_docs` pages and `min_share` of the pages of their group."""
    if min_docs < 2:
        raise UsageError(f"min_docs={min_docs} would call every line furniture", hint="use min_docs >= 2")
    if not 0 < min_share <= 1:
        raise UsageError(f"min_share={min_share} is not a share", hint="use a number in (0, 1]")
    pages: Counter[str] = Counter()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        group = group_key(doc)
        pages[group] += 1
        keys = {line.key for line in split_lines(doc.text) if 0 < line.words <= MAX_RECURRING_WORDS}
        seen[group].update(keys)
    groups: dict[str, dict[str, tuple[int, int]]] = {}
    for group, counts in seen.items():
        total = pages[group]
        need = max(min_docs, math.ceil(min_share * total))
        frequent = {key: (n, total) for key, n in counts.items() if n >= need}
        if frequent:
            groups[group] = frequent
    return RecurringLines(groups)
