"""A title over a country or a body told as a speaker on its own, before its verb ("أما أمير البلاد فقال"، "وكان
رئيس وزراء البلد قد أكد"), on sentences written for these tests: its holder speaks, named before under the same
role and body (in the body's name or its nationality adjective), not the country or body the title holds; no one
where the holder is not named. A title an office hangs on ("مكتب رئيس البلد") is no speaker of its own."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

NAMES = {
    "دولة قطر": ("GPE", "kb:c:QA"),
    "قطر": ("GPE", "kb:c:QA"),
    "كندا": ("GPE", "kb:c:CA"),
    "كوريا الجنوبية": ("GPE", "kb:c:KR"),
    "باراغواي": ("GPE", "kb:c:PY"),
    "الشيخ حمد الراشد": ("PER", "PER:حمد الراشد"),
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "مارك ديلون": ("PER", "PER:مارك ديلون"),
    "خوان بينيا": ("PER", "PER:خوان بينيا"),
    }


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).strip('"« ')[:9].strip(), q.speaker) for q in find_quotes(doc)]


def test_a_topic_title_over_a_country_is_its_holder_named_before() -> None:
    doc = make_doc(
        "وجرى اتصال هاتفي بين سامي نادر وأمير دولة قطر الشيخ حمد الراشد، الاثنين.\n"
        'أما أمير قطر فقال: "نتطلع إلى تطوير العلاقات بين البلدين".',
        mentions=NAMES,
    )
    assert _speakers(doc) == [("نتطلع إلى", "PER:حمد الراشد")]


def test_a_title_with_a_country_is_the_holder_told_with_its_nationality_adjective() -> None:
    doc = make_doc(
        "وزار رئيس الوزراء الكندي مارك ديلون العاصمة الأحد.\n"
        'وكان رئيس وزراء كندا قد اعتبر أن الرسوم "مهينة".',
        mentions=NAMES,
    )
    assert _speakers(doc) == [("الرسوم \"م", "PER:مارك ديلون")]


def test_a_holder_of_another_office_of_the_same_country_is_not_taken() -> None:
    doc = make_doc(
        "وزار الرئيس الكندي مارك ديلون العاصمة الأحد.\n"
        'وكان رئيس وزراء كندا قد اعتبر أن الرسوم "مهينة".',
        mentions=NAMES,
    )
    assert _speakers(doc) == [("الرسوم \"م", None)]


def test_a_former_holder_is_not_the_one_the_title_stands_for() -> None:
    doc = make_doc(
        "وكان رئيس باراغواي السابق، خوان بينيا، قد افتتح السفارة في مايو.\n"
        "ودافع رئيس باراغواي عن قراره، قائلا إنه جاء في إطار مسعى للسلام.",
        mentions=NAMES,
    )
    assert _speakers(doc) == [("جاء في إط", None)]


def test_the_office_of_a_title_speaks_for_its_country() -> None:
    doc = make_doc("قال مكتب رئيس كوريا الجنوبية إن المحادثات ستستأنف الشهر المقبل.", mentions=NAMES)
    assert _speakers(doc) == [("المحادثات", "kb:c:KR")]


def test_a_body_head_with_a_roles_letters_is_no_title() -> None:
    doc = make_doc("وكانت مؤسسة نوفا قد ذكرت أن المبيعات تراجعت.", mentions={"نوفا": ("ORG", "ORG:نوفا")})
    assert _speakers(doc) == [("المبيعات", "ORG:نوفا")]


def test_a_bare_title_is_the_person_named_after_it_and_a_comma() -> None:
    doc = make_doc(
        "وافتتح وزير المالية، سامي نادر، المنتدى الاقتصادي الثلاثاء.\n"
        "وأكد وزير المالية أن المنتدى يعزز الحوار بين البلدين.",
        mentions=NAMES,
    )
    assert _speakers(doc) == [("المنتدى ي", "PER:سامي نادر")]


def test_a_title_with_a_nationality_is_not_the_holder_told_with_another_country() -> None:
    doc = make_doc(
        "افتتح رئيس كندا، مارك ديلون، الجلسة. والتقى رئيس باراغواي خوان بينيا الوفد.\n"
        "وقال الرئيس الكندي إن لديه خطة للسلام.",
        mentions=NAMES,
    )
    assert _speakers(doc) == [("لديه خطة", "PER:مارك ديلون")]


def test_a_lone_role_without_the_article_is_someone_new() -> None:
    doc = make_doc(
        "وقال المتحدث باسم الوكالة سامي نادر إن الحصيلة ارتفعت.\n"
        "وقال متحدث باسم الشرطة المحلية إن الطرق أغلقت.",
        mentions=NAMES,
    )
    assert _speakers(doc) == [("الحصيلة ا", "PER:سامي نادر"), ("الطرق أغل", None)]
