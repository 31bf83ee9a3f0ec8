"""Speakers set off by punctuation that ANT articles showed: a subject between commas right after the verb
("وقال، X، المتحدث باسم الوزارة إن"), told in sentences written for these tests."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker) for q in find_quotes(doc)]


def test_a_name_set_off_by_commas_after_the_verb_speaks() -> None:
    doc = make_doc(
        "وقالت وزارة الصحة إن المستشفيات استقبلت عشرات المصابين.\n"
        "وقال، سامي حداد، المتحدث باسم الوزارة إن فرق الإسعاف ما زالت تعمل في المنطقة.",
        mentions={"وزارة الصحة": ("ORG", "ORG:وزاره الصحه"), "سامي حداد": ("PER", "PER:سامي حداد")},
    )
    assert _speakers(doc) == [("المستشفيات ا", "ORG:وزاره الصحه"), ("فرق الإسعاف ", "PER:سامي حداد")]


def test_a_comma_before_no_name_leaves_the_speaker_before() -> None:
    doc = make_doc(
        "وقال سامي حداد إن فرق الإسعاف ما زالت تعمل.\nوأضاف، في مؤتمر صحفي، أن المستشفيات تحتاج إلى الدم.",
        mentions={"سامي حداد": ("PER", "PER:سامي حداد")},
    )
    assert _speakers(doc) == [("فرق الإسعاف ", "PER:سامي حداد"), ("المستشفيات ت", "PER:سامي حداد")]


def test_the_letter_n_of_an_acronym_opens_no_reported_speech() -> None:
    doc = make_doc(
        "وقال وزير الطاقة سامي حداد في مقابلة مع قناة سي.إن.إن إن الشركة ستطرح أسهمها في العام المقبل.",
        mentions={"سامي حداد": ("PER", "PER:سامي حداد")},
    )
    assert _speakers(doc) == [("الشركة ستطرح", "PER:سامي حداد")]
