"""Small Arabic pages written for these tests, with the furniture real sites put around articles."""

from __future__ import annotations

from rasad.clean import Cleaner
from rasad.document import Document, Meta

P1 = "أعلنت وزارة الصحة في عمّان، اليوم الثلاثاء، افتتاح مستشفى جديد في محافظة الزرقاء بسعة ثلاثمئة سرير."
P2 = "وقال الوزير في مؤتمر صحافي إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والمناطق المجاورة لها."
P3 = "وأضاف أن العمل في المشروع استغرق أربع سنوات، وأن كلفته بلغت نحو تسعين مليون دينار أردني."
P4 = "ويعاني القطاع الصحي في المحافظة من نقص في عدد الأسرّة منذ سنوات، بحسب تقارير رسمية صدرت عام 2019."
P5 = "ومن المنتظر أن يبدأ المستشفى استقبال المرضى مطلع الشهر المقبل بعد استكمال تجهيز غرف العمليات."
TITLE = "افتتاح مستشفى جديد في الزرقاء بسعة 300 سرير"


def page(*lines: str, sep: str = "\n\n") -> str:
    return sep.join(lines) + "\n"


def cleaned(text: str, **meta: str) -> Document:
    return Cleaner().clean(Document(text, id="t", meta=Meta(**meta)))


def removed(doc: Document) -> dict[str, tuple[str, str]]:
    """Removed line text -> (kind, reason)."""
    return {doc.span_text(r.span): (r.kind, r.reason) for r in doc.removed}


def kept(doc: Document) -> list[str]:
    return [doc.span_text(b.span) for b in doc.body]


def kinds(doc: Document) -> dict[str, str]:
    return {doc.span_text(b.span): b.kind for b in doc.body}
