"""Places, institutions and awards called after a titled person (مستشفى الملك فهد، مدينة الملك عبدالله الرياضية)
are one name of their own, and the king inside is no person mention (written for these tests)."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_a_sports_city_named_after_a_king_is_one_facility() -> None:
    got = _by_text("وتقام المباراة النهائية على ملعب مدينة الملك عبدالله الرياضية في جدة مساء الجمعة.")
    assert got["مدينة الملك عبدالله الرياضية"].type == "FAC"
    assert not any(m.type == "PER" for m in got.values())


def test_a_hospital_named_after_a_king_holds_no_person() -> None:
    got = _by_text("ونقل المصابون إلى مستشفى الملك فهد في الرياض لتلقي العلاج.")
    assert got["مستشفى الملك فهد"].type == "FAC"
    assert "فهد" not in got


def test_an_airport_keeps_its_relative_adjective() -> None:
    got = _by_text("وهبطت الطائرة في مطار الملك خالد الدولي بعد رحلة استغرقت ست ساعات.")
    assert got["مطار الملك خالد الدولي"].type == "FAC"
    assert "خالد الدولي" not in got


def test_a_known_king_inside_a_centre_is_not_the_king() -> None:
    got = _by_text("وسير مركز الملك سلمان للإغاثة قافلة جديدة إلى المحافظة.")
    assert not any(m.entity_id == "kb:p:salman" for m in got.values())
    assert any(text.startswith("مركز الملك سلمان") and m.type == "ORG" for text, m in got.items())


def test_a_stadium_named_after_a_prince_with_his_father() -> None:
    got = _by_text("ويلتقي الفريقان على استاد الأمير فيصل بن فهد بالرياض مساء السبت.")
    assert got["استاد الأمير فيصل بن فهد"].type == "FAC"
    assert "فيصل بن فهد" not in got


def test_the_king_himself_and_his_palace_stay_a_person() -> None:
    got = _by_text("واستقبل الملك سلمان في قصر الملك سلمان وزير الخارجية.")
    assert all(m.entity_id == "kb:p:salman" for text, m in got.items() if text == "الملك سلمان")
    assert "قصر الملك سلمان" not in got


def test_a_preposition_after_the_title_is_no_name() -> None:
    got = _by_text("وتوج الفريق بكأس الملك على حساب منافسه بعد مباراة مثيرة.")
    assert "كأس الملك على" not in got


def test_a_definite_noun_before_a_title_names_nothing() -> None:
    got = _by_text("وقال عميد المعهد الدكتور سامي الحربي إن البرنامج سيبدأ الشهر المقبل.")
    assert not any(text.startswith("المعهد") for text in got)
