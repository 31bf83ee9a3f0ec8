"""Nationality adjectives of two words (كوري شمالي، كوري جنوبي) are read whole: North Korea is not South Korea's
first word, and a body named with one keeps both words (written for these tests)."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.kb import closing_demonym, demonym_at
from rasad.extract.entities.national_bodies import national_body


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_two_words_are_read_before_the_first_alone() -> None:
    assert demonym_at(["الكوريه", "الشماليه", "اليوم"], 0) == (2, "c:KP")
    assert demonym_at(["الكوريين", "الجنوبيين"], 0) == (2, "c:KR")
    assert demonym_at(["الكوري", "اليوم"], 0) == (1, "c:KR")
    assert demonym_at(["الشمالي"], 0) == (0, None)


def test_the_nationality_closing_a_name() -> None:
    assert closing_demonym(["الجيش", "الكوري", "الشمالي"]) == (1, "c:KP")
    assert closing_demonym(["الجيش", "المصري"]) == (1, "c:EG")
    assert closing_demonym(["الجيش", "الوطني"]) == (2, None)


def test_north_and_south_korean_armies_are_two_bodies() -> None:
    text = "وقال الجيش الكوري الشمالي إنه رصد تحركات، فيما رفع الجيش الكوري الجنوبي حالة التأهب على الحدود."
    got = _by_text(text)
    north, south = got["الجيش الكوري الشمالي"], got["الجيش الكوري الجنوبي"]
    assert north.type == south.type == "ORG"
    assert north.entity_id != south.entity_id


def test_a_government_keeps_the_second_word_of_its_nationality() -> None:
    got = _by_text("ونفت الحكومة الكورية الشمالية الاتهامات في بيان مقتضب.")
    assert "الحكومة الكورية الشمالية" in got
    assert "الحكومة الكورية" not in got


def test_a_national_body_of_a_two_word_nationality() -> None:
    assert national_body(["الجيش", "الكوري", "الشمالي"]) == ("جيش", "c:KP")
    assert national_body(["الجيش", "الكوري"]) == ("جيش", "c:KR")


def test_a_ministry_named_again_without_its_two_word_nationality_is_the_same() -> None:
    text = "وأفاد بيان وزارة الخارجية الكورية الشمالية بأن المحادثات ستستمر. وقالت وزارة الخارجية إن الوفد سيصل الأحد."
    got = _by_text(text)
    assert got["وزارة الخارجية"].entity_id == got["وزارة الخارجية الكورية الشمالية"].entity_id


def test_the_north_korean_official_agency_is_kcna() -> None:
    text = "وقالت وكالة الأنباء الكورية الشمالية الرسمية إن الزعيم زار مصنعا للجرارات."
    assert _by_text(text)["وكالة الأنباء الكورية الشمالية الرسمية"].entity_id == "kb:o:kcna"
