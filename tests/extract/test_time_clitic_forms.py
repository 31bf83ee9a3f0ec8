"""Two written forms the families must read: a unit after ل (which drops the article's alef) and
"أول" + month for the month's first day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start : t.span.end], t.value) for t in tag(text, REF)]


@pytest.mark.parametrize(("text", "hit"), [
    ("ورصدت الحكومة 40 مليار دينار للدعم في موازنتها للعام الجاري", ("للعام الجاري", "2019")),
    ("وتتوقع الوزارة نموا أسرع للعام المقبل", ("للعام المقبل", "2020")),
    ("وأعلن البنك أرباحه وللعام الماضي سجل خسارة", ("وللعام الماضي", "2018")),
    ("وارتفعت المبيعات بنسبة 5% مقارنة بالرقم المسجل للشهر الماضي", ("للشهر الماضي", "2019-02")),
    ("وتعود الاتفاقية للعام 1961 وما زالت سارية", ("للعام 1961", "1961")),
])
def test_a_definite_unit_after_lam(text, hit):
    assert hit in found(text)


@pytest.mark.parametrize(("text", "hit"), [
    ("وتطبق الزيادات اعتبارا من أول يوليو المقبل", ("اعتبارا من أول يوليو المقبل", "2019-07-01")),
    ("وتسري الأسعار الجديدة من أول تموز/يوليو", ("أول تموز/يوليو", "2019-07-01")),
    ("وقع الانقلاب في أول كانون الثاني/يناير 1959 في العاصمة", ("في أول كانون الثاني/يناير 1959", "1959-01-01")),
])
def test_awwal_before_a_month_is_its_first_day(text, hit):
    assert hit in found(text)


@pytest.mark.parametrize(("text", "hit"), [
    ("وصل الوزير أول أمس إلى عمان", ("أول أمس", "2019-03-12")),
    ("وسيبدأ التطبيق في الأول من يوليو", ("في الأول من يوليو", "2019-07-01")),
])
def test_other_uses_of_awwal_unchanged(text, hit):
    assert hit in found(text)
