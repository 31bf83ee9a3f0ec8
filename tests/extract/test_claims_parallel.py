"""The second of two parallel counts leaves its noun out: "خمسة أشخاص في درعا وثلاثة في ريف دمشق" is three
people (shared_measures.shared_by_parallels)."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str) -> list[tuple[float, str]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity) for c in find_claims(doc)]


def test_a_written_number_after_wa_counts_the_noun_of_its_parallel() -> None:
    assert _claims("وأحرز المدرب سبعة ألقاب في الدوري وخمسة في الكأس خلال مسيرته.") == [(7, "titles"), (5, "titles")]


def test_a_number_in_digits_after_wa_counts_the_noun_of_its_parallel() -> None:
    got = _claims("ووزعت الجمعية 2500 سلة غذائية في المخيم الشرقي، و800 في المخيم الغربي.")
    assert [v for v, _ in got] == [2500, 800]
    assert got[0][1] == got[1][1]


def test_a_number_with_no_parallel_before_it_counts_nothing() -> None:  # a guard
    assert _claims("وصل الوفد عام 2016 وعاد مرة أخرى في الصيف.") == []
    assert (2018, "titles") not in _claims("وأحرز الفريق ثلاثة ألقاب في 2016 و2018 في الكأس.")


def test_a_number_word_that_begins_with_waw_is_no_number_joined_by_wa() -> None:  # a guard
    assert (1, "matches") not in _claims("وخسر الفريق ثلاث مباريات في الدوري ولم يسجل لمرة واحدة في أول أربع منها.")
