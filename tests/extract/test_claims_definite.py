"""A number written with the article counts what follows it when a measure follows ("تتعدى الـ 12 جنيها"); with
nothing counted after it, it is an adjective of the noun before ("نوابه الاشتراكيين الـ84")."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _got(text: str) -> list[tuple[float, str | None]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity) for c in find_claims(doc)]


def test_definite_number_counts_the_measure_after_it() -> None:
    assert _got("وقال الوزير إن زيادة الأجرة لن تتعدى الـ 12 جنيها للراكب.") == [(12, "money")]
    assert _got("وتجاوزت خسائر الشركة هذا العام الـ 100 مليون دولار.") == [(100_000_000, "money")]
    assert _got("وقتل في الحرب أكثر من الـ 20 ألف شخص.") == [(20_000, "people")]


def test_definite_number_before_an_adjective_or_a_preposition_stays_an_adjective() -> None:  # guards
    assert _got("ارتفع التضخم في الدول الـ19 بمنطقة اليورو.") == [(19, "countries")]
