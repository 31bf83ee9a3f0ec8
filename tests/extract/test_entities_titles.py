"""A title introduces a name only where the words after it read as one (the tagger's word evidence)."""

from __future__ import annotations

import itertools

import pytest

import rasad


def _people(text: str) -> list[str]:
    doc = rasad.process(text)
    return [doc.span_text(m.span) for m in doc.mentions if m.type == "PER"]


@pytest.mark.parametrize(
    "text",
    [
        "ولم يدل المتحدث باسم السفارة بأي تعليق على الحادث.",
        "وأبدى وزير الخارجية البلجيكي استعداد بلاده لبحث مزيد من الإجراءات.",
        "وتسلم اللاعب الكأس من رئيس الاتحاد الإسباني لكرة القدم مساء السبت.",
        "وقال المتحدث باسم وزارة الصحة إن عدد المصابين ارتفع.",
    ],
)
def test_a_phrase_a_title_heads_is_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_name_after_a_title_is_still_a_person() -> None:
    assert _people("وقال المتحدث باسم قيادة العمليات المشتركة، تحسين الخفاجي، إن الوضع مستقر.") == ["تحسين الخفاجي"]
    assert "ناصر الغنام" in _people("بدوره، قال العميد ناصر الغنام رئيس لجنة التحقيق في مؤتمر صحافي إن الأدلة كافية.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت النائبة بولا يعقوبيان إن الحكومة لم تف بوعودها للمودعين.", "بولا يعقوبيان"),
        ("وقالت الناشطة سمر حداد إن حملة الاعتقالات مستمرة منذ أسبوع.", "سمر حداد"),
        ("وقالت الوزيرة رنا عيسى للصحفيين إن الخطة ستعرض على البرلمان.", "رنا عيسى"),
    ],
)
def test_a_feminine_title_or_a_womans_given_name_introduces_a_person(text: str, name: str) -> None:
    assert name in _people(text)


def _roles(text: str) -> dict[str, str]:
    doc = rasad.process(text)
    return {doc.span_text(m.span): doc.span_text(m.role) for m in doc.mentions if m.type == "PER" and m.role}


def test_a_trade_before_a_name_is_its_role() -> None:
    roles = _roles("وقال المحامي مارك زيد إن موكله لم يرتكب أي مخالفة.")
    assert roles == {"مارك زيد": "المحامي"}
    assert _roles("وأعلنت الفنانة السورية مي سكاف عن عمل جديد.") == {"مي سكاف": "الفنانة السورية"}


def test_two_roles_of_one_person_give_one_mention_of_a_bare_role() -> None:
    # Both roles belong to one person, and the longer one, used alone, also holds the shorter: one
    # mention, not two overlapping ones (which broke the speaker's title look-up and lost the article).
    text = (
        "قال وزير الخارجية الأمريكي مايك بومبيو الاثنين إن بلاده ستفرض عقوبات جديدة. "
        "وعرض وزير الخارجية مايك بومبيو خطة من اثنتي عشرة نقطة أمام مركز للأبحاث في واشنطن. "
        "ولم يقدم وزير الخارجية الأمريكي، في خطابه الطويل، أي بديل عن الاتفاق، بحسب ما قال دبلوماسيون."
    )
    doc = rasad.process(text)
    spans = sorted((m.span.start, m.span.end) for m in doc.mentions)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), "mentions overlap"
    bare = text.index("وزير الخارجية الأمريكي،")
    assert (bare, bare + len("وزير الخارجية الأمريكي")) in spans
