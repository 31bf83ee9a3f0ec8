"""A lone goal noun counts one goal in a score: "بثلاثة أهداف مقابل هدف"، "هدفين لهدف"، "بهدف نظيف"."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from rasad.extract.match_results import GOALS
from tests.extract.handmade import make_doc


def _goals(text: str) -> list[float]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [c.value for c in find_claims(doc) if c.quantity == GOALS]


def test_lone_goal_after_a_count_of_goals() -> None:
    assert _goals("وفاز الفريق الضيف على مضيفه بثلاثة أهداف مقابل هدف في المباراة النهائية.") == [3, 1]
    assert _goals("وانتهت مباراة الذهاب بفوز أصحاب الأرض بهدفين لهدف.") == [2, 1]


def test_lone_goal_before_a_word_that_ends_the_score() -> None:
    assert _goals("وتغلب المنتخب على ضيفه بهدف نظيف سجله قائد الفريق.") == [1]
    assert _goals("وخسر النادي أمام منافسه بهدف دون رد.") == [1]


def test_bihadaf_in_order_to_is_no_goal() -> None:  # a guard
    assert _goals("وجاءت الزيارة بهدف تعزيز العلاقات بين البلدين.") == []
