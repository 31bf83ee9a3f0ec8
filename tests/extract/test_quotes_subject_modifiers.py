"""A subject whose description holds a place or a body after a preposition ("المتحدث باسم شرطة لندن"، "مسؤول في
مرفأ المدينة"): that place or body is no speaker. Sentences written for these tests."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in find_quotes(doc)]


def test_a_place_inside_a_spokesmans_body_is_no_speaker() -> None:
    doc = make_doc(
        "وقال المتحدث باسم شرطة مرسيليا إن المشتبه به اعتقل صباح اليوم قرب الميناء.",
        mentions={"مرسيليا": ("GPE", "GPE:مرسيليا")},
    )
    assert _speakers(doc) == [("المشتبه به ا", None, "المتحدث")]


def test_a_place_of_an_officials_post_is_no_speaker() -> None:
    doc = make_doc(
        "وقال مدير المستشفى الواقع في بلدة كفرنبل إن الجرحى نقلوا إلى العاصمة.",
        mentions={"كفرنبل": ("GPE", "GPE:كفرنبل")},
    )
    assert _speakers(doc)[0][1] is None


def test_a_company_a_spokesman_speaks_for_stays_the_speaker() -> None:
    doc = make_doc(
        'وقال متحدث باسم شركة "نوفا" إن الرحلات ستستأنف الأسبوع المقبل.',
        mentions={"نوفا": ("ORG", "ORG:نوفا")},
    )
    assert _speakers(doc)[0][1] == "ORG:نوفا"


def test_a_name_in_brackets_after_the_description_names_the_speaker() -> None:
    doc = make_doc(
        "وقال أكبر مصدر للقمح في أوروبا (شركة غرانو) إن الأسعار سترتفع.",
        mentions={"أوروبا": ("GPE", "GPE:أوروبا"), "شركة غرانو": ("ORG", "ORG:غرانو")},
    )
    assert _speakers(doc)[0][1] == "ORG:غرانو"


def test_an_unnamed_spokesman_speaks_for_the_body_after_bi_ism() -> None:
    doc = make_doc(
        "وقال المتحدث باسم وزارة الزراعة إن الموسم سيكون جيدا هذا العام. وأضاف أن الأمطار كانت غزيرة في الشتاء.",
        mentions={"وزارة الزراعة": ("ORG", "ORG:وزارة الزراعة")},
    )
    assert _speakers(doc) == [("الموسم سيكون", "ORG:وزارة الزراعة", "المتحدث"),
                              ("الأمطار كانت", "ORG:وزارة الزراعة", "المتحدث")]


def test_the_body_of_another_title_is_still_no_speaker() -> None:
    doc = make_doc(
        "وقال مدرب النادي الأهلي إن الفريق سيلعب بكامل نجومه يوم السبت.",
        mentions={"النادي الأهلي": ("ORG", "ORG:النادي الأهلي")},
    )
    assert _speakers(doc)[0][1] is None


def test_a_participle_after_the_spokesman_goes_on_for_his_body() -> None:
    doc = make_doc(
        "وقال المتحدث باسم وزارة الزراعة إن الموسم سيكون جيدا هذا العام، مشيرا إلى أن الأمطار كانت غزيرة في الشتاء.",
        mentions={"وزارة الزراعة": ("ORG", "ORG:وزارة الزراعة")},
    )
    assert [speaker for _, speaker, _ in _speakers(doc)] == ["ORG:وزارة الزراعة", "ORG:وزارة الزراعة"]
