"""Knowledge-base entries for states and the regions named after them."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_palestine_is_not_the_palestinian_territories() -> None:
    # the state (an envoy's, a UN member's) and the region are two entities
    text = "وقال مندوب فلسطين إن الأراضي الفلسطينية المحتلة تشهد تصعيدا، ودعت دولة فلسطين إلى حماية المدنيين."
    got = _by_text(text)
    assert got["فلسطين"].entity_id == got["دولة فلسطين"].entity_id == "kb:c:PS"
    assert got["الأراضي الفلسطينية المحتلة"].entity_id == "kb:l:palestinian_territories"
    assert got["الأراضي الفلسطينية المحتلة"].type == "LOC"

