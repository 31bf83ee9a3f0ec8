"""Clock times in four digits as wire copy writes them ("الساعة 0821 بتوقيت غرينتش", "(1800 بتوقيت غرينتش)"), and
the day a clock time of the sentence belongs to: not a day that opens a period ("منذ 17 أبريل"), and not a day that
already has its own clock."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)  # a Thursday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start : t.span.end], t.value) for t in tag(text, REF)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وارتفع سعر النحاس بنسبة واحد بالمئة بحلول الساعة 0945 بتوقيت غرينتش.", ("بحلول الساعة 0945 بتوقيت غرينتش", "2019-03-14T09:45")),
    ("وأقلعت الطائرة في الساعة 2230 من مطار المدينة.", ("في الساعة 2230", "2019-03-14T22:30")),
    ("وبدأ حظر التجول عند 1900 بتوقيت غرينتش في أنحاء العاصمة.", ("عند 1900 بتوقيت غرينتش", "2019-03-14T19:00")),
])
def test_four_digit_clock_times(text: str, expected: tuple[str, str]) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize("text", [
    "واستقر سعر الذهب عند 1245 دولارا للأوقية.",
    "وبلغ عدد الزوار 1830 زائرا في المعرض.",
])
def test_four_digits_without_a_clock_word_or_zone_are_numbers(text: str) -> None:
    assert _values(text) == []


def test_a_day_after_since_is_not_the_day_of_a_clock_time() -> None:
    text = ("وتراجع سعر النفط إلى 60 دولارا للبرميل بحلول الساعة 06:40 بتوقيت غرينتش "
            "ليسجل أدنى مستوى له منذ 17 يناير.")
    assert _values(text)[0] == ("بحلول الساعة 06:40 بتوقيت غرينتش", "2019-03-14T06:40")


def test_a_day_with_its_own_clock_keeps_it_and_a_second_clock_stands_alone() -> None:
    text = "وأدى الوزراء اليمين الساعة الرابعة عصرا الثلاثاء (1400 بتوقيت غرينتش) في القصر."
    assert _values(text) == [("الساعة الرابعة عصرا الثلاثاء", "2019-03-12T16:00"), ("1400 بتوقيت غرينتش", "2019-03-12T14:00")]
