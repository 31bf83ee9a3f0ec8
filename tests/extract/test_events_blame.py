""""حمّل X Y المسؤولية": X holds Y responsible, with the gap reaching past a title and a name (WideFrame)."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc

_PEOPLE = {
    "خالد الأحمد": ("PER", "PER:خالد الاحمد"),
    "إسرائيل": ("GPE", "kb:c:IL"),
    "الحكومة العراقية": ("ORG", "ORG:الحكومه العراقيه"),
    "حركة النهضة": ("ORG", "ORG:حركه النهضه"),
}


def _accusations(text: str) -> list[tuple[str | None, str | None]]:
    mentions = {k: v for k, v in _PEOPLE.items() if k in text}
    doc = make_doc(text, mentions=mentions, timexes={"الجمعة": ("2024-02-02", None)}, published="2024-02-03")
    return [(e.actor, e.target) for e in extract_events(doc) if e.type == "ACCUSE"]


def test_subject_and_object_in_a_long_gap() -> None:
    text = "وحمّل وزير الخارجية الأردني خالد الأحمد إسرائيل \"المسؤولية الكاملة\" عن التصعيد الجمعة."
    assert _accusations(text) == [("PER:خالد الاحمد", "kb:c:IL")]


def test_one_participant_in_the_gap_is_the_one_blamed() -> None:
    text = "وكانت حركة النهضة قد حمّلت الحكومة العراقية المسؤولية عن تدهور الأوضاع الجمعة."
    assert ("ORG:حركه النهضه", "ORG:الحكومه العراقيه") in _accusations(text)


def test_the_one_blamed_after_the_preposition() -> None:
    text = "وحمّلت حركة النهضة المسؤولية لإسرائيل عن تدهور الأوضاع الجمعة."
    assert _accusations(text) == [("ORG:حركه النهضه", "kb:c:IL")]


def test_a_word_after_the_one_participant_makes_it_the_subject() -> None:
    text = "وفي حوار بثته حركة النهضة، حمّل خالد الأحمد الحزب المسؤولية الجمعة."
    assert _accusations(text) == [("PER:خالد الاحمد", None)]


def test_a_verb_carrying_its_object_has_the_participant_as_subject() -> None:
    text = "انتقد الحزب الجماعة التي تحمّلها إسرائيل المسؤولية عن الهجوم الجمعة."
    assert ("kb:c:IL", None) in _accusations(text)


def test_a_coordinated_object_stays_the_object() -> None:
    text = "وحمّلت إسرائيل والفصائل المسلحة المشاركة في المسيرة المسؤولية عن سقوط القتلى الجمعة."
    assert ("kb:c:IL", None) not in _accusations(text)
    assert (None, "kb:c:IL") in _accusations(text)
