"""Capitals and towns that Arab outlets spell several ways, and the everyday word one of those spellings also is
(sentences written for these tests)."""

from __future__ import annotations

from rasad.extract.entities.component import find_mentions


def _ids(text: str) -> dict[str, str | None]:
    return {text[m.span.start : m.span.end]: m.entity_id for m in find_mentions(text)}


def test_pyongyang_and_seoul_in_their_common_spellings() -> None:
    found = _ids("وقالت بيونغ يانغ إنها ملتزمة بالاتفاق، فيما رحبت سول بالقمة.")
    assert found.get("بيونغ يانغ") == "kb:l:pyongyang" and found.get("سول") == "kb:l:seoul"


def test_torrents_are_not_seoul() -> None:
    assert "kb:l:seoul" not in _ids("وضربت سيول جارفة مناطق واسعة في الأردن.").values()


def test_a_town_spelt_without_its_long_vowel_is_the_bigger_town_of_that_name() -> None:
    text = "وعقد حزب المحافظين مؤتمره السنوي في برمنغهام، ثم انتقل الوفد إلى برمينغهام مرة أخرى."
    ids = _ids(text)
    assert ids["برمنغهام"] == ids["برمينغهام"] == "kb:geo:2655603"


def test_peru_written_with_the_article_is_peru_and_bureaucracy_is_not() -> None:
    ids = _ids("وأعلنت السلطات في البيرو حالة الطوارئ، وانتقد المعارضون البيروقراطية في ليما.")
    assert ids.get("البيرو") == "kb:c:PE"
    assert "البيروقراطية" not in ids
