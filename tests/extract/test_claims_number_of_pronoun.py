""""عددهم N" names no noun between عدد and its number: the noun after the number says what it counts."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str) -> list[tuple[float, str]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity) for c in find_claims(doc)]


def test_the_noun_after_the_number_labels_a_count_of_a_pronoun() -> None:
    assert _claims("وتعهدت الحكومة بمساعدة سكان الإقليم البالغ عددهم 700 ألف شخص.") == [(700000, "people")]
    assert _claims("وأشار المكتب إلى أن هذا العدد كان يقارب 45 مليون شخص قبل الإصلاح.") == [(45000000, "people")]


def test_a_noun_named_after_adad_still_labels_its_count() -> None:
    assert _claims("وارتفع عدد القتلى إلى 358 في حصيلة جديدة.") == [(358, "dead")]
