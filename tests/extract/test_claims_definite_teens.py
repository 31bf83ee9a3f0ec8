"""Teens with the article: "الدول التسع عشرة" counts nineteen, and the عشرة of "الدقيقة الخامسة عشرة" is no ten."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from rasad.extract.numbers import find_numbers
from tests.extract.handmade import make_doc


def _got(text: str) -> list[tuple[float, str | None]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity) for c in find_claims(doc)]


def test_definite_cardinal_teen_after_its_noun() -> None:
    assert _got("واجتمع وزراء مالية الدول التسع عشرة في بروكسل أمس.") == [(19, "countries")]


def test_tens_of_a_definite_teen_is_no_ten() -> None:
    assert find_numbers("وسجل المهاجم هدفه في الدقيقة الخامسة عشرة من المباراة.") == []
    assert find_numbers("وتأهل الفريق إلى دور الستة عشر من البطولة.") == []


def test_ten_after_another_definite_word_stays_ten() -> None:  # a guard
    assert [n.value for n in find_numbers("وأنهى الفريق المباراة بعشرة لاعبين.")] == [10]
