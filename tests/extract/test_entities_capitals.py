"""Capitals that Arab outlets spell several ways, and the everyday word one of those spellings also is
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
