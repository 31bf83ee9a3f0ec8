"""A body told again by a bare definite noun after باسم ("وقال متحدث باسم الشرطة"), on sentences written for these
tests: whom the unnamed spokesman speaks for, the body named before by that head noun, field or name, or right
after that head noun, which the name may leave out ("شركة نوفاتك"). A noun that goes on with an adjective or a
place is a body of its own."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

BODIES = {
    "الشرطة النمساوية": ("ORG", "ORG:الشرطة النمساوية"),
    "وزارة الخارجية السويدية": ("ORG", "ORG:وزارة الخارجية السويدية"),
    "الخارجية الروسية": ("ORG", "ORG:الخارجية الروسية"),
    "نوفاتك": ("ORG", "ORG:نوفاتك"),
}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).strip('"« ')[:9].strip(), q.speaker) for q in find_quotes(doc)]


def test_a_spokesman_for_a_bare_noun_speaks_for_the_body_named_before_by_its_head() -> None:
    doc = make_doc(
        "أغلقت الشرطة النمساوية محطة القطارات الرئيسية صباح الأحد.\n"
        "وقال متحدث باسم الشرطة إن رجلا مسلحا احتجز موظفة داخل مكتب التذاكر.",
        mentions=BODIES,
    )
    assert _speakers(doc) == [("رجلا مسلح", "ORG:الشرطة النمساوية")]


def test_a_spokesman_for_a_field_speaks_for_the_nearest_body_of_that_field() -> None:
    doc = make_doc(
        "وكانت الخارجية الروسية قد نفت الاتهامات. واستدعت وزارة الخارجية السويدية السفير الروسي.\n"
        "وقال متحدث باسم الخارجية إن الاستدعاء جاء بعد نشر التقرير.",
        mentions=BODIES,
    )
    assert _speakers(doc) == [("الاستدعاء", "ORG:وزارة الخارجية السويدية")]


def test_a_spokesman_for_a_noun_with_an_adjective_speaks_for_another_body() -> None:
    doc = make_doc(
        "أغلقت الشرطة النمساوية محطة القطارات الرئيسية صباح الأحد.\n"
        "وقال متحدث باسم الشرطة الإيطالية إن الحدود بقيت مفتوحة.",
        mentions=BODIES,
    )
    assert _speakers(doc) == [("الحدود بق", None)]


def test_a_spokesman_for_the_company_speaks_for_the_one_named_after_that_noun() -> None:
    doc = make_doc(
        "أعلنت شركة نوفاتك عن خطة لتوسيع إنتاج الغاز المسال.\n"
        "وقال متحدث باسم الشركة إن الإنتاج سيبدأ العام المقبل.",
        mentions=BODIES,
    )
    assert _speakers(doc) == [("الإنتاج س", "ORG:نوفاتك")]
