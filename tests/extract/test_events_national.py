"""A nationality adjective names the country that acted (events/national.py), on sentences written for these tests."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _assaults(text: str, **kw: object) -> list[tuple[str | None, str | None]]:
    doc = make_doc(text, timexes={"الجمعة": ("2024-02-02", None)}, published="2024-02-03", **kw)  # type: ignore[arg-type]
    return [(e.actor, e.target) for e in extract_events(doc) if e.type == "ASSAULT"]


def test_killed_by_national_bullets_has_the_country_as_actor() -> None:
    assert _assaults("شيع الأهالي ثلاثة شبان قتلوا برصاص إسرائيلي قرب السياج الجمعة.") == [("kb:c:IL", None)]


def test_shelling_with_a_nationality_adjective() -> None:
    assert ("kb:c:RU", None) in _assaults("أصيب خمسة مدنيين في قصف روسي على ريف إدلب الجمعة.")


def test_forces_named_by_nationality_as_the_subject() -> None:
    assert [a for a, _ in _assaults("أطلق الجنود الأمريكيون النار على المهربين الجمعة.")] == ["kb:c:US"]


def test_the_victims_nationality_is_not_the_actor() -> None:
    actors = [a for a, _ in _assaults("أعلنت السلطات مقتل فلسطينيين اثنين الجمعة في حادث غامض.")]
    assert "kb:c:PS" not in actors


def test_forces_in_the_object_are_not_the_actor() -> None:
    actors = [a for a, _ in _assaults("استهدفت طائرات مسيرة الجمعة مواقع للقوات السورية قرب الحدود.")]
    assert "kb:c:SY" not in actors


def test_whom_the_fire_hit_is_not_the_actor() -> None:
    actors = [a for a, _ in _assaults("رفض الجنود أوامر إطلاق النار على الفلسطينيين الجمعة.")]
    assert "kb:c:PS" not in actors
    actors = [a for a, _ in _assaults("أطلق المسلحون صواريخ على السعودية الجمعة.")]
    assert "kb:c:SA" not in actors


def test_a_place_joined_to_a_governed_place_is_no_subject() -> None:
    text = "تدفق آلاف المتظاهرين الجمعة على المنطقة المحاذية للحدود بين غزة وإسرائيل في مسيرة احتجاجية."
    doc = make_doc(text, mentions={"غزة": ("GPE", "kb:l:gaza_strip"), "إسرائيل": ("GPE", "kb:c:IL")},
                   timexes={"الجمعة": ("2024-02-02", None)}, published="2024-02-03")
    assert all(e.actor != "kb:c:IL" for e in extract_events(doc))


def test_a_two_word_nationality_names_its_own_country() -> None:
    assert _assaults("أطلق الجنود الكوريون الشماليون النار على قارب صيد الجمعة.") == [("kb:c:KP", None)]
    assert ("kb:c:KR", None) in _assaults("أصيب جنديان في قصف كوري جنوبي على موقع حدودي الجمعة.")
