""""أهداف" counts targets after a strike and goals in a match report (data/claim_noun_senses.tsv)."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str) -> list[tuple[float, str]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity) for c in find_claims(doc)]


def test_ahdaf_after_a_strike_counts_targets() -> None:
    assert _claims("وقال الجيش إن طائراته قصفت سبعة أهداف للمسلحين شمال المدينة.") == [(7, "targets")]
    assert _claims("وشنت المقاتلات غارات ليلية على 12 هدفا في المنطقة الحدودية.") == [(12, "targets")]


def test_ahdaf_in_a_match_report_counts_goals() -> None:  # a guard
    assert _claims("وسجل المهاجم أربعة أهداف في المباراة.") == [(4, "goals")]
    assert _claims("ونفذ ضربة جزاء ليرفع رصيده إلى 14 هدفا هذا الموسم.") == [(14, "goals")]
