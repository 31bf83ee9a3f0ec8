"""Weekday names that are also numerals ("الاثنين": Monday or "the two"), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)  # a Thursday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start : t.span.end], t.value) for t in tag(text, REF)]


@pytest.mark.parametrize("text", [
    "وتصاعد الخلاف بين الاثنين بعد الانتخابات الأخيرة",
    "ولا تقبل الحكومة الجمع بين الإثنين في منصب واحد",
    "وفي كلا الاثنين يتم نقل البضائع بالقطارات",
    "ويمكن للمستخدم نشر صور أو مقاطع أو مزيج من الاثنين",
    "واختار المدرب واحدا من الاثنين لتسديد الركلة",
    "ولم يظهر الاثنين معا منذ سنوات",
    "وقضت المحكمة على الاثنين الآخرين بالسجن عامين",
    "وبات على الاثنين التعاون لإنقاذ الاتفاق",
    "وضمت القائمة اللاعبين الأحد عشر",
])
def test_the_numeral_is_no_day(text):
    assert [span for span, _ in _values(text) if "ثنين" in span or "الأحد" in span] == []


@pytest.mark.parametrize("text, value", [
    ("تجرى الانتخابات بين الاثنين والأربعاء المقبلين", "2019-03-18"),
    ("وقال الوزير الاثنين إن المحادثات مستمرة", "2019-03-11"),
    ("ويبدأ تطبيق القرار اعتبارا من الاثنين المقبل", "2019-03-18"),
    ("وأعلن الجيش في وقت سابق من الاثنين مقتل ثلاثة مسلحين", "2019-03-11"),
    ("وتعقد الجلسات بين الاثنين 18 آذار والخميس", "2019-03-18"),
])
def test_the_day_stays_a_day(text, value):
    assert value in [v for _, v in _values(text)]
