"""Centuries: TIMEX3 counts them by their first digits ("القرن الحادي والعشرين" is "20")."""

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 11)


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال إن الاتفاق يلائم واقع القرن الحادي والعشرين.", ("20", None)),
    ("وبني القصر في مطلع القرن الماضي.", ("19", "START")),
    ("ويعود المسجد إلى القرن الـ16.", ("15", None)),
    ("وانتشرت الفكرة في أوروبا منذ القرن التاسع عشر.", ("18", None)),
])
def test_a_century_gets_its_first_digits(text, expected) -> None:
    assert [(t.value, t.mod) for t in tag(text, REF)] == [expected]


@pytest.mark.parametrize("text", [
    "وتوترت العلاقات في منطقة القرن الأفريقي.",
    "ورفض الفلسطينيون ما يسمى صفقة القرن.",
    "وكتب المخطوط في القرن الرابع الهجري.",
    "وحكم الملك في القرن الرابع قبل الميلاد.",
])
def test_no_century_of_the_common_era_named(text) -> None:
    assert [t.value for t in tag(text, REF)] == []
