"""A verbal noun that is also a name, followed by the preposition it governs, is no name (ner_verbal_nouns.tsv)."""

from __future__ import annotations

import pytest

import rasad


def _names(text: str) -> list[str]:
    doc = rasad.process(text)
    return [doc.span_text(m.span) for m in doc.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "وهدد الجيش بالنيل من كل من يحاول المساس بأمن البلاد.",
        "وقال إن خصومه لن يتمكنوا من النيل من الحكومة المنتخبة.",
        "وأكد الوزير أن بلاده ستقف في وجه كل من يحاول النيل منها.",
    ],
)
def test_harming_is_not_the_nile(text: str) -> None:
    assert not any("النيل" in name for name in _names(text))


def test_the_river_stays_a_place() -> None:
    assert "نهر النيل" in _names("ويتدفق نهر النيل من الجنوب إلى الشمال عبر السودان.")
