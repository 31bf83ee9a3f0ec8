"""A body's name with coordinated complements (وزارة التجارة والصناعة) and a district's name after مديرية
(sentences written for these tests)."""

from __future__ import annotations

from rasad.document import Mention, Span
from rasad.extract.entities.component import find_mentions


def _mentions(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, sentences=[Span(0, len(text))])}


def test_a_ministry_named_by_two_fields_is_one_name() -> None:
    got = _mentions("وأصدرت وزارة التجارة والصناعة قرارا بخفض رسوم الاستيراد على السلع الغذائية.")
    assert got["وزارة التجارة والصناعة"].type == "ORG"


def test_a_party_with_a_coordinated_name_and_its_nationality() -> None:
    got = _mentions("وأعلن حزب الحرية والعدالة المصري مقاطعة الانتخابات البلدية المقبلة.")
    assert "حزب الحرية والعدالة المصري" in got


def test_a_body_and_its_relative_adjective_after_the_complement() -> None:
    got = _mentions("وقالت وزارة العمل والتنمية الاجتماعية إنها ستطلق برنامجا جديدا للتوظيف.")
    assert "وزارة العمل والتنمية الاجتماعية" in got


def test_two_ministries_or_a_ministry_and_an_army_stay_apart() -> None:
    got = _mentions("واجتمع ممثلو وزارة الدفاع ووزارة الخارجية، كما حضر ممثلون عن وزارة الداخلية والجيش.")
    assert "وزارة الدفاع" in got and "وزارة الخارجية" in got
    assert not any("والجيش" in key for key in got)


def test_traffic_of_goods_is_no_movement_named_by_them() -> None:
    got = _mentions("وفرضت السلطات قيودا مشددة على حركة الأشخاص والسلع عبر المعبر الحدودي.")
    assert not any("والسلع" in key for key in got)


def test_a_district_after_its_head_is_a_place() -> None:
    got = _mentions("وتقدمت القوات الحكومية في مديرية حرض بمحافظة حجة بعد معارك عنيفة.")
    assert got["مديرية حرض"].type == "GPE"


def test_the_first_field_alone_names_the_same_body_again() -> None:
    got = _mentions("وقالت وزارة البترول والثروة المعدنية إن الإنتاج ارتفع. وأضافت وزارة البترول أن الصادرات زادت.")
    assert got["وزارة البترول"].entity_id == got["وزارة البترول والثروة المعدنية"].entity_id
