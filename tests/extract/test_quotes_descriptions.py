"""Speakers told by a short form or a description of someone named elsewhere in the article, on sentences written for
these tests: a body told again without the field it serves ("الاتحاد الأردني" for "الاتحاد الأردني لكرة السلة")."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

BODIES = {
    "الاتحاد الأردني لكرة السلة": ("ORG", "ORG:jbf"),
    "الجيش السوري الحر": ("ORG", "ORG:fsa"),
}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).strip('"« ')[:9].strip(), q.speaker) for q in find_quotes(doc)]


def test_a_body_told_again_without_its_field_is_the_body() -> None:
    doc = make_doc(
        "أعلن الاتحاد الأردني لكرة السلة تأجيل مباريات الدوري أسبوعا.\n"
        "وأوضح الاتحاد الأردني في بيانه أن القرار جاء بسبب الأحوال الجوية.",
        mentions=BODIES,
    )
    assert _speakers(doc)[-1] == ("القرار جا", "ORG:jbf")


def test_a_body_whose_name_goes_on_with_an_adjective_is_another_body() -> None:
    doc = make_doc(
        "وقالت فصائل الجيش السوري الحر إنها صدت هجوما في ريف المدينة.\n"
        "وقال الجيش السوري في بيان إن وحداته سيطرت على التلال المحيطة.",
        mentions=BODIES,
    )
    assert _speakers(doc)[-1] == ("وحداته سي", None)


PEOPLE = {
    "كارلو مانشيني": ("PER", "PER:mancini"),
    "سامر يوسف": ("PER", "PER:samer"),
    "فرانك ميلر": ("PER", "PER:miller"),
}


def test_a_role_with_an_adjective_of_origin_is_the_person_named_with_that_role_after_the_name() -> None:
    doc = make_doc(
        "خسر المنتخب مباراته الودية، وقال كارلو مانشيني، مدرب المنتخب، إن اللاعبين تعبوا كثيرا.\n"
        "وأضاف المدرب الإيطالي أن الفريق سيتحسن قبل البطولة.",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("الفريق سي", "PER:mancini")


def test_a_role_told_with_another_origin_is_another_person() -> None:
    doc = make_doc(
        "التقى السفير الأردني سامر يوسف نظيره في العاصمة. وقال فرانك ميلر، السفير لدى الأردن، إن اللقاء كان مثمرا.\n"
        "وأكد السفير الأمريكي أن بلاده تدعم الحوار. والتقى السفير سامر يوسف وزير التجارة.\n"
        "وقال السفير الأمريكي إن الاتفاق قريب.",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("الاتفاق ق", "PER:miller")


def test_a_player_described_by_kind_is_the_one_who_spoke_last_not_a_coach() -> None:
    people = {"سامي نادر": ("PER", "PER:نادر"), "كريم حداد": ("PER", "PER:حداد")}
    doc = make_doc(
        'وأبدى مهاجم المنتخب سامي نادر ثقته بالفوز في المباراة المقبلة، وقال: "نحن جاهزون للتحدي".\n'
        'وأضاف اللاعب المغربي خلال مؤتمر صحفي: "الجماهير تستحق فرحة جديدة".',
        mentions=people,
    )
    assert _speakers(doc)[-1] == ("الجماهير", "PER:نادر")
    doc = make_doc(
        'وقال المدرب الوطني كريم حداد إن الفريق استعد جيدا للمباراة.\n'
        'وقال اللاعب: "سعيد بتجديد عقدي مع النادي".',  # a player told of before, not the coach
        mentions=people,
    )
    assert _speakers(doc)[-1] == ("سعيد بتجد", None)
