""""العام" as the adjective "general" after a post ("الأمين العام السابق"), and words of their own that read as
day words with a clitic ("لامس": touched), on sentences written for these tests."""

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


@pytest.mark.parametrize("text", [
    "وارتفع الذهب بعدما لامس أعلى مستوى له",
    "ولامس المعدن الأصفر مستوى قياسيا خلال الجلسة",
])
def test_a_verb_that_reads_as_a_day_word_is_none(text):
    assert _values(text) == []
