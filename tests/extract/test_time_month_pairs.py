"""A month written with both its names and a bare space between them, as wire copy does ("يوليو تموز 2017"),
and a year carrying the era letter م ("أغسطس 2016م"): one expression with the year. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2018, 8, 16)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start:t.span.end], t.value) for t in tag(text, REF)]


@pytest.mark.parametrize("text, found", [
    ("وبلغ التضخم أعلى مستوى له منذ نوفمبر تشرين الثاني 2014 وفقا للبيانات",
     [("منذ نوفمبر تشرين الثاني 2014", "2014-11")]),
    ("وتباطأ نمو المبيعات في مارس آذار 2011 حين اندلعت الاحتجاجات",
     [("في مارس آذار 2011", "2011-03")]),
    ("وكان البنك قد رفع سعر الفائدة في 18 سبتمبر أيلول 2015 للمرة الأولى",
     [("في 18 سبتمبر أيلول 2015", "2015-09-18")]),
    ("وقال المكتب إن الصادرات تراجعت في أكتوبر تشرين الأول الماضي",
     [("في أكتوبر تشرين الأول الماضي", "2017-10")]),
])
def test_a_month_with_both_names_is_one_expression(text, found):
    assert _found(text) == found


def test_a_bare_pair_of_names_is_a_month():
    assert _found("وارتفعت الإمدادات في الفترة بين يناير كانون الثاني وأبريل نيسان") == [
        ("يناير كانون الثاني", "2018-01"), ("وأبريل نيسان", "2018-04")]


@pytest.mark.parametrize("text, found", [
    ("وسيطر المسلحون على العاصمة في سبتمبر 2014م بعد معارك", [("في سبتمبر 2014م", "2014-09")]),
    ("وتعثرت المشاورات في أغسطس آب 2016 م ثم توقفت", [("في أغسطس آب 2016 م", "2016-08")]),
])
def test_a_year_with_the_era_letter_stays_with_its_month(text, found):
    assert _found(text) == found
