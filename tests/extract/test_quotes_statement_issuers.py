"""A statement named with its issuer right after it ("بيان للبيت الأبيض"، "وجاء في بيان صادر عن وزارة الزراعة")
speaks for that issuer, as the subject of a speech verb and in a phrase that tells what it said. Sentences written
for these tests."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker) for q in find_quotes(doc)]


def test_a_statement_of_a_place_that_speaks_for_its_staff() -> None:
    doc = make_doc(
        "وأفاد بيان للبيت الأبيض أن الرئيس سيزور المنطقة الأسبوع المقبل.",
        mentions={"لبيت الأبيض": ("FAC", "FAC:البيت الأبيض")},
    )
    assert _speakers(doc) == [("الرئيس سيزور", "FAC:البيت الأبيض")]


def test_words_told_in_a_statement_issued_by_a_body_are_the_bodys() -> None:
    doc = make_doc(
        'وجاء في بيان صادر عن وزارة الزراعة: "سنعوض المزارعين عن خسائرهم كاملة هذا العام".',
        mentions={"وزارة الزراعة": ("ORG", "ORG:وزارة الزراعة")},
    )
    assert _speakers(doc) == [("سنعوض المزار", "ORG:وزارة الزراعة")]


def test_words_told_in_a_report_of_a_body_named_with_lam_are_the_bodys() -> None:
    doc = make_doc(
        "وقال سامي نادر إن الأسعار ستنخفض.\n"
        "وجاء في تقرير لمنظمة الغذاء أن الإنتاج تراجع بنسبة كبيرة.",
        mentions={"سامي نادر": ("PER", "PER:سامي نادر"), "منظمة الغذاء": ("ORG", "ORG:منظمة الغذاء")},
    )
    assert _speakers(doc)[-1] == ("الإنتاج تراج", "ORG:منظمة الغذاء")


def test_whom_a_letter_was_sent_to_is_not_its_issuer() -> None:
    doc = make_doc(
        'وجاء في الرسالة الموجهة لسامي نادر: "نطالبكم بوقف المشروع فورا قبل فوات الأوان".',
        mentions={"سامي نادر": ("PER", "PER:سامي نادر")},
    )
    assert _speakers(doc)[0][1] != "PER:سامي نادر"
