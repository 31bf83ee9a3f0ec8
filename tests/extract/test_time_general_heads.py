""""العام" as the adjective "general" after a post ("الأمين العام السابق"), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)


def _values(text: str) -> list[str | None]:
    return [t.value for t in tag(text, REF)]


@pytest.mark.parametrize("text", [
    "وقال الأمين العام السابق للمنظمة إن الأزمة تتفاقم",
    "وأصدرت المحكمة حكما بحق المدعي العام السابق للعاصمة",
    "وعين مجلس الإدارة المدير العام الجديد للشركة",
    "ورحب الحزب بكلمة للأمين العام الحالي للأمم المتحدة",
])
def test_a_general_post_is_no_year(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, value", [
    ("وفي أعقاب استفتاء العام الماضي شكلت الحكومة لجنة", "2018"),
    ("وقال الأمين العام للحزب إن المؤتمر سيعقد العام المقبل", "2020"),
])
def test_the_year_stays_a_year(text, value):
    assert _values(text) == [value]
