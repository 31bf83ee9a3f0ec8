"""A count of time from an event named after it ("بعد يوم واحد من الإضراب") has no date of its own, on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)  # a Thursday


def _values(text: str) -> dict[str, str | None]:
    return {text[t.span.start : t.span.end]: t.value for t in tag(text, REF)}


@pytest.mark.parametrize("text, span", [
    ("وجاء قرار رفع الأسعار بعد يوم واحد من الإضراب العام", "بعد يوم"),
    ("وأعلنت الشركة عودة المحركات بعد عامين ونصف من اعترافها بالتلاعب", "بعد عامين"),
    ("واستقال المدرب قبل أسبوع فقط من انطلاق البطولة", "قبل أسبوع"),
    ("وصدر التقرير بعد شهرين تقريبا على الانتخابات", "بعد شهرين"),
    ("وقع الاتفاق بعد أسبوع كامل من المشاورات", "بعد أسبوع"),
])
def test_a_count_from_an_event_has_no_date(text, span):
    assert _values(text)[span] is None


@pytest.mark.parametrize("text, span, value", [
    ("وصل الوفد إلى العاصمة قبل يومين فقط", "قبل يومين", "2019-03-12"),
    ("وقع الهجوم قبل أسبوع واحد في ضواحي المدينة", "قبل أسبوع", "2019-03-07"),
])
def test_a_count_from_the_report_keeps_its_date(text, span, value):
    assert _values(text)[span] == value
