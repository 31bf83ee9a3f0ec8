"""rasad (رصد): Arabic-first news monitoring.

    >>> import rasad
    >>> doc = rasad.process("أعلن رئيس الوزراء، اليوم الأربعاء، ...", published="2021-12-29")
    >>> doc.timexes

Importing rasad loads nothing heavy; models and word lists load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from rasad.document import Document


def process(text: str, *, id: str | None = None, source: str = "", published: str | None = None,
            outlet: str | None = None, title: str | None = None) -> Document:
    """Run the default document pipeline on one text and return the annotated Document."""
    from rasad.document import Document, Meta
    from rasad.pipeline import Pipeline

    meta = Meta(title=title, outlet=outlet, published=published, published_how="metadata" if published else None)
    return Pipeline.from_names()(Document(text, id=id, source=source, meta=meta))
