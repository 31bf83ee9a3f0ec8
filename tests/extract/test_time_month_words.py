"""A month with its year told as "العام الماضي" with no من between ("في يوليو/تموز العام الماضي"), and words that
read as the month آب ("من أب فرنسي", "من باب المندب"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2018, 9, 2)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start:t.span.end], t.value) for t in tag(text, REF)]


@pytest.mark.parametrize("text, found", [
    ("وضاعفت الحكومة سعر التذكرة في يوليو/تموز العام الماضي", [("في يوليو/تموز العام الماضي", "2017-07")]),
    ("وأقيل المدرب في نوفمبر العام الماضي بعد سلسلة هزائم", [("في نوفمبر العام الماضي", "2017-11")]),
    ("وتعقد القمة المقبلة في مارس/آذار العام المقبل في العاصمة", [("في مارس/آذار العام المقبل", "2019-03")]),
    ("ووقع الانفجار في 13 فبراير/شباط العام الماضي قرب المطار", [("في 13 فبراير/شباط العام الماضي", "2017-02-13")]),
])
def test_a_month_takes_the_year_that_follows_it(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text", [
    "وولد اللاعب في مرسيليا من أب جزائري وأم فرنسية",
    "وتمر ناقلات النفط من باب المندب نحو قناة السويس",
    "وقال إن القرار جاء من باب المعاملة بالمثل",
    "وشدد التحالف على حماية الملاحة في باب المندب",
])
def test_father_and_door_are_no_month(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, found", [
    ("وكانت الاحتجاجات قد بدأت في آب/أغسطس الماضي", [("في آب/أغسطس الماضي", "2018-08")]),
    ("وعقد الاجتماع في 13 آب في عمان", [("في 13 آب", "2018-08-13")]),
    ("وتأسست الحركة في آب 2016 في دمشق", [("في آب 2016", "2016-08")]),
])
def test_the_month_of_august_is_still_found(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text, found", [
    ("وأقام المنتخب معسكرا بدأ في 20 مارس ولعب وديته الثانية يوم 26 من الشهر نفسه",
     [("في 20 مارس", "2018-03-20"), ("يوم 26 من الشهر نفسه", "2018-03-26")]),
    ("وتنطلق الدورة في 8 أيار/مايو وتختتم في 19 من ذات الشهر بحفل كبير",
     [("في 8 أيار/مايو", "2018-05-08"), ("في 19 من ذات الشهر", "2018-05-19")]),
])
def test_a_day_of_the_same_month_is_in_the_month_named_last(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text, found", [
    ("ويلتقي الفريقان في المباراة النهائية في 26 الحالي على ملعب المدينة", [("في 26 الحالي", "2018-09-26")]),
    ("وأرجأ البرلمان جلسته إلى 15 الجاري بعد فشل التوافق", [("15 الجاري", "2018-09-15")]),
    ("وتعقد اللجنة اجتماعها يوم 20 الجاري في مقرها", [("يوم 20 الجاري", "2018-09-20")]),
])
def test_a_bare_day_of_the_current_month(text, found):
    assert _found(text) == found


def test_a_model_number_is_no_day():
    assert _found("وتأتي الكاميرا بدقة 12 ميغابيكسل مثل هاتف إس 9 الحالي") == []


@pytest.mark.parametrize("text, found", [
    ("وصدر المرسوم في الجريدة الرسمية يوم 24 غشت 2010 بعد نقاش طويل", [("يوم 24 غشت 2010", "2010-08-24")]),
    ("وتستمر الأشغال حتى الـ15 من يوليوز المقبل", [("حتى الـ15 من يوليوز المقبل", "2019-07-15")]),
    ("وانعقد المؤتمر في 13 نونبر 2012 بالرباط", [("في 13 نونبر 2012", "2012-11-13")]),
])
def test_moroccan_month_names(text, found):
    assert _found(text) == found
