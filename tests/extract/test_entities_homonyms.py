"""A name two knowledge-base entries share (عمان: Amman, and Oman's short name) read by what else the
document says (sentences written for these tests)."""

from __future__ import annotations

from rasad.extract.entities.component import find_mentions


def _keys(text: str, name: str) -> list[str | None]:
    return [m.entity_id for m in find_mentions(text) if text[m.span.start : m.span.end] == name]


def test_a_document_naming_the_sultanate_means_oman_by_its_short_name() -> None:
    text = "ضرب الإعصار سلطنة عمان صباح الخميس. وقالت السلطات في عمان إن الأمطار غزيرة."
    assert _keys(text, "عمان") == ["kb:c:OM"]


def test_the_nationality_adjective_is_enough() -> None:
    text = "قالت وزارة الخارجية العمانية إن وزير الخارجية وصل إلى عمان مساء أمس."
    assert _keys(text, "عمان") == ["kb:c:OM"]


def test_without_a_plain_naming_the_shared_name_keeps_its_first_entry() -> None:
    assert _keys("وصل الوزير الأردني إلى عمان قادما من بغداد.", "عمان") == ["kb:l:amman"]


def test_vowel_marks_tell_the_two_apart() -> None:
    text = "وصل وزير الخارجية العماني إلى عمّان حيث التقى العاهل الأردني."
    assert _keys(text, "عمّان") == ["kb:l:amman"]
    assert _keys("ضرب الإعصار عُمان وقالت السلطات في عمان إن المطار أغلق.", "عمان") == ["kb:c:OM"]
