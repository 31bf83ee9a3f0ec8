"""Spans of years opened by بين ("بين 2013 و2017"), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)


def _values(text: str) -> list[str | None]:
    return [t.value for t in tag(text, REF)]


@pytest.mark.parametrize("text, values", [
    ("وتولى رئاسة الحكومة بين 2007 و2012 قبل أن يعتزل السياسة", ["2007", "2012"]),
    ("ولعب في صفوف النادي في الفترة ما بين 1994 و 1999", ["1994", "1999"]),
    ("وأشرف على المنتخب بين 2008 و2010 وبين 2013 و2016", ["2008", "2010", "2013", "2016"]),
])
def test_both_ends_of_a_span_of_years_are_years(text, values):
    assert _values(text) == values


@pytest.mark.parametrize("text", [
    "وتراوح عدد المشاركين بين 2000 و1900 شخص",
    "ويضم الجيش ما بين 2000 و2500 مقاتل",
    "ووزعت الجمعية بين 2000 سلة غذائية على الأسر",
])
def test_counts_between_numbers_are_no_years(text):
    assert _values(text) == []
