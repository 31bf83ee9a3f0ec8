"""Small helpers shared by the reader tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasad.document import Document
from rasad.ingest import Skip, read_inputs

# Sentences written for these tests (fictional, in the style of the example corpus).
ARABIC = (
    "قال وزير الطاقة والمياه وليد سعادة إن السد خضع لكشف فني في الصيف الماضي، "
    "مؤكداً أن الوزارة ستنشر نتائج التحقيق كاملة.\n"
    "وأضاف أن فرق الدفاع المدني انتشلت أربع جثث جديدة اليوم الثلاثاء من مجرى النهر.\n"
)


def read_all(inputs: list[str | Path], **kwargs: Any) -> tuple[list[Document], list[Skip]]:
    docs: list[Document] = []
    skips: list[Skip] = []
    for item in read_inputs([str(i) for i in inputs], **kwargs):
        (skips if isinstance(item, Skip) else docs).append(item)  # type: ignore[arg-type]
    return docs, skips


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    """A complete HTML page around an article body."""
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>صفحة</title>{head}</head>'
        f'<body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav><article>{body}</article>'
        "<footer>© 2023 صحيفة تجريبية</footer></body></html>"
    )


def paragraphs(text: str = ARABIC) -> str:
    return "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
