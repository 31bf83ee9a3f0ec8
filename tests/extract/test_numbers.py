from __future__ import annotations

import pytest

from rasad.extract.numbers import find_numbers, parse_digits, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 آلاف و500", 3500),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("ثلاثة عشر", 13),
        ("إحدى عشرة", 11),
        ("خمسة وعشرون", 25),
        ("مئة وخمسون", 150),
        ("ثلاث مئة", 300),
        ("مئتان وخمسون ألفا", 250000),
        ("مليون و200 ألف", 1200000),
        ("2.5 مليون", 2500000),
        ("٢٬٥٠٠", 2500),
        ("2,500", 2500),
        ("١٢", 12),
        ("عشرة", 10),
        ("ألفين", 2000),
        ("نصف مليون", 500000),
        ("ربع مليون", 250000),
        ("مليون ونصف", 1500000),
        ("3 ملايين ونصف", 3500000),
        ("7 ونصف مليون", 7500000),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_parse_number_rejects_text_that_is_not_only_a_number() -> None:
    assert parse_number("ثلاثة جنود") is None
    assert parse_number("الثالث") is None


def test_digits_with_separators() -> None:
    assert parse_digits("1,800") == 1800
    assert parse_digits("12,5") == 12.5
    assert parse_digits("abc") is None


def _found(text: str) -> list[tuple[str, float, str | None]]:
    return [(text[m.span.start : m.span.end], m.value, m.approx) for m in find_numbers(text)]


def test_numbers_in_a_sentence_with_their_approximation() -> None:
    text = "وصل نحو 3 آلاف و500 جندي، بينهم 2500 أميركي، من أكثر من 60 دولة."
    assert _found(text) == [("3 آلاف و500", 3500, "approx"), ("2500", 2500, None), ("60", 60, "more_than")]


def test_approximation_after_the_number_and_at_least() -> None:
    assert _found("قتل 20 شخصا تقريبا") == [("20", 20, "approx")]
    assert _found("اعتقل ما لا يقل عن 12 شخصا") == [("12", 12, "at_least")]


def test_ordinals_one_of_and_vague_quantities_are_not_numbers() -> None:
    assert _found("الجولة الثالثة من المفاوضات") == []
    assert _found("أحد الجنود") == []
    assert _found("عشرات القتلى وآلاف الجرحى") == []
    assert _found("نصف الجنود وربع ساعة") == []


def test_two_numbers_joined_by_and_stay_apart() -> None:
    assert [v for _, v, _ in _found("بين 3 و4 صواريخ")] == [3, 4]
    assert [v for _, v, _ in _found("2500 جندي و1.5 مليون دولار")] == [2500, 1500000]


def test_clitics_on_written_numbers() -> None:
    assert [v for _, v, _ in _found("استهدفت بثلاثة صواريخ ولخمسة أيام")] == [3, 5]
