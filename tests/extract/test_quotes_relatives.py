from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None) for q in find_quotes(doc)]


def test_a_family_speaks_not_the_person_named_in_it() -> None:
    doc = make_doc("وقالت عائلة الطالب سامر يوسف إنها لم تتلق أي اتصال من الجامعة منذ أسبوع.",
                   mentions={"سامر يوسف": ("PER", "PER:سامر يوسف")})
    assert _speakers(doc) == [(None, "عائلة الطالب سامر يوسف")]


def test_a_lawyer_speaks_not_his_client_and_goes_on_speaking() -> None:
    doc = make_doc("قال محامي كريم ناصر إن موكله لم يوقع على أي اعتراف.\nوأضاف أن الجلسة المقبلة ستعقد الشهر المقبل.",
                   mentions={"كريم ناصر": ("PER", "PER:كريم ناصر")})
    assert _speakers(doc) == [(None, "محامي كريم ناصر"), (None, "محامي كريم ناصر")]


def test_the_relative_named_after_the_person_speaks() -> None:
    doc = make_doc("وقال والد هالة منصور، سعيد منصور، إن ابنته غادرت المنزل صباح الأحد.",
                   mentions={"هالة منصور": ("PER", "PER:هالة منصور"), "سعيد منصور": ("PER", "PER:سعيد منصور")})
    assert _speakers(doc) == [("PER:سعيد منصور", "سعيد منصور")]


def test_a_name_after_his_brother_with_a_pronoun_is_the_brother() -> None:
    doc = make_doc('ويقول شقيقه عادل: "لم نعرف عنه شيئا منذ أن اعتقل قبل عامين".',
                   mentions={"عادل": ("PER", "PER:عادل")})
    assert _speakers(doc) == [("PER:عادل", "عادل")]


def test_a_wife_named_after_her_husband_s_title_is_the_speaker() -> None:
    doc = make_doc("وقالت زوجة الرئيس الفرنسي بريجيت ماكرون إنها ستزور المستشفى غدا.",
                   mentions={"بريجيت ماكرون": ("PER", "PER:بريجيت ماكرون")})
    assert _speakers(doc) == [("PER:بريجيت ماكرون", "بريجيت ماكرون")]
