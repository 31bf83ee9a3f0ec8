"""Two weekdays joined by و or أو name days close together in order: the second is the next such weekday from the
first, whatever its own clause says ("يومي الخميس والجمعة" written on a Thursday: today and tomorrow)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)  # a Thursday


def _values(text: str) -> list[str | None]:
    return [t.value for t in tag(text, REF)]


@pytest.mark.parametrize(("text", "expected"), [
    ("ويعقد وزراء الخارجية العرب اجتماعهم يومي الخميس والجمعة في القاهرة.", ["2019-03-14", "2019-03-15"]),
    ("وأغلقت السلطات المدارس الخميس والجمعة بسبب العاصفة الثلجية.", ["2019-03-14", "2019-03-15"]),
    ("وتقام مباريات الإياب يومي الثلاثاء والأربعاء القادمين.", ["2019-03-19", "2019-03-20"]),
    ("ولن تعلن اللجنة النتائج قبل الجمعة أو السبت.", ["2019-03-15", "2019-03-16"]),
    # two days of the past stay in the past
    ("وتظاهر آلاف المحتجين يومي الاثنين والثلاثاء في العاصمة.", ["2019-03-11", "2019-03-12"]),
])
def test_the_second_day_of_a_pair_follows_the_first(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


def test_days_in_separate_clauses_are_not_a_pair() -> None:
    assert _values("وعقد المجلس جلسته الخميس، والجمعة وصل الوفد إلى المدينة.") == ["2019-03-14", "2019-03-08"]
