"""A statement posted on a body's own website ("بيان منشور على موقع وزارة النقل"، "بيان على الموقع الرسمي للهيئة")
speaks for that body; one posted on a platform anyone posts on ("موقع تويتر") names no issuer. Sentences written
for these tests."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

BODIES = {
    "وزارة النقل": ("ORG", "ORG:وزارة النقل"),
    "هيئة الطيران المدني": ("ORG", "ORG:هيئة الطيران المدني"),
    "تويتر": ("ORG", "ORG:تويتر"),
    "حزب النهضة": ("ORG", "ORG:حزب النهضة"),
}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker) for q in find_quotes(doc)]


def test_a_statement_posted_on_a_bodys_site_is_the_bodys() -> None:
    doc = make_doc("وذكر بيان منشور على موقع وزارة النقل، الأحد، أن الطريق الجديد سيفتتح الشهر المقبل.", mentions=BODIES)
    assert _speakers(doc) == [("الطريق الجدي", "ORG:وزارة النقل")]


def test_a_statement_on_the_official_site_of_a_body_is_the_bodys() -> None:
    doc = make_doc("وأفاد بيان نشر على الموقع الرسمي لهيئة الطيران المدني أن الرحلات ستستأنف غدا.", mentions=BODIES)
    assert _speakers(doc) == [("الرحلات ستست", "ORG:هيئة الطيران المدني")]


def test_a_statement_on_the_site_of_a_body_told_before_by_its_head_noun() -> None:
    doc = make_doc(
        "أعلنت وزارة النقل تعليق الرحلات.\nوقال بيان على موقع الوزارة إن الرحلات ستستأنف الأسبوع المقبل.",
        mentions=BODIES,
    )
    assert _speakers(doc)[-1] == ("الرحلات ستست", "ORG:وزارة النقل")


def test_a_statement_posted_on_a_platform_names_no_issuer() -> None:
    doc = make_doc("وأضاف بيان نشر على موقع تويتر أن حزب النهضة سيقاطع الانتخابات.", mentions=BODIES)
    assert _speakers(doc) == [("حزب النهضة س", None)]
