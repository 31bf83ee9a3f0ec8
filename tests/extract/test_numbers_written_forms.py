"""Numbers and claims written in less usual ways: decimals times a scale, the Arabic decimal comma, the
percent sign, trillions, a cardinal after its noun and a number linked to its noun by في عداد."""

from __future__ import annotations

import pytest

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from rasad.extract.numbers import find_numbers, parse_number
from tests.extract.handmade import make_doc


def _claims(text: str) -> list[tuple[float, str, str | None]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity, c.approx) for c in find_claims(doc)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("16.6 مليون", 16600000),  # 16.6 × 1e6 is 16600000.000000002 in floating point
        ("1.1 مليار", 1100000000),
        ("2.3 ألف", 2300),
        ("3,5 تريليون", 3500000000000),
        ("ترليون", 1000000000000),
    ],
)
def test_a_decimal_times_a_scale_is_exact(text: str, value: int) -> None:
    got = parse_number(text)
    assert got == value and got is not None and float(got).is_integer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تضرر 1،7 مليون مواطن", 1700000),
        ("بلغت نسبة المشاركة 59،7% من الناخبين", 59.7),
        ("تراجعت الأسعار 8،4 بالمئة", 8.4),
        ("حصل على مكافأة بقيمة 3،000 ريال", 3000),
        ("خفض عدد الشرطة إلى 1،870 عنصرا", 1870),
    ],
)
def test_the_arabic_comma_between_digits_is_decimal_or_thousands_by_what_follows(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


def test_the_arabic_comma_of_a_list_keeps_its_numbers_apart() -> None:
    assert [n.value for n in find_numbers("فاز في الأعوام 3، 4 و5")] == [3, 4, 5]
    assert [n.value for n in find_numbers("سجل هدفين في الدقيقتين 44،72 من المباراة")] == [44, 72]
    assert [n.value for n in find_numbers("شارك في كؤوس (1958،1962،1966)")] == [1958, 1962, 1966]


def test_a_percent_sign_after_the_digits_makes_a_percent_claim() -> None:
    got = _claims("وتشكل الموارد النفطية 89% من الميزانية، بينما بلغت البطالة 10,8 %، وتجاوزت الخسائر أكثر من 50% منها.")
    assert got == [(89, "percent", None), (10.8, "percent", None), (50, "percent", "more_than")]


def test_wahidan_in_the_accusative_is_one() -> None:
    assert _claims("لكن القطاع يؤمن واحدا في المئة من الوظائف.") == [(1, "percent", None)]


def test_a_number_linked_to_its_noun_by_fi_idad() -> None:
    assert (200, "missing", "approx") in _claims("ومازال نحو مئتين في عداد المفقودين بعد الفيضانات.")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("ونقلت جثث القتلى الثلاثة الباقين إلى المشرحة المركزية.", (3, "dead", None)),
        ("وأفرج المسلحون عن الرهائن الأربعة بعد أسبوع.", (4, "hostages", None)),
        ("وشيع أهالي القرية الجنود الخمسة.", (5, "troops", None)),
    ],
)
def test_a_cardinal_after_its_definite_noun_counts_it(text: str, claim: tuple[int, str, None]) -> None:
    assert claim in _claims(text)


def test_a_definite_weekday_or_a_word_of_time_is_not_an_adjective_count() -> None:
    assert _claims("وصل الجنود الاثنين إلى القاعدة.") == []
    assert _claims("اجتمع الوزراء الأحد في العاصمة.") == []


def test_protesters_are_counted_after_a_partitive() -> None:
    assert (3, "protesters", None) in _claims("قتل، الأحد، 3 من المحتجين في اشتباكات مع الشرطة.")


def test_a_definite_compound_cardinal_adds_its_tens() -> None:
    assert (23, "countries", None) in _claims("ودعت الدول الثلاث والعشرين إلى التهدئة.")
