"""A bare weekday after a word that ends a period (حتى، لغاية) is the nearest such day, ahead or behind: an act told
in the past mostly opens a period that is still running ("أغلقت السلطات المدارس حتى الاثنين"), and a count told up
to a day is of a day just past ("بلغ عدد الضحايا حتى الأربعاء")."""

import datetime as dt

import pytest

from rasad.extract.time import Analysis

REF = dt.date(2019, 3, 15)  # a Friday


def values(text: str, ref: dt.date = REF) -> list[str | None]:
    return [t.value for t in Analysis(text).resolve(ref)]


@pytest.mark.parametrize(("text", "expected"), [
    # a past act that opens a period: the Monday ahead
    ("وأغلقت السلطات المدارس والمكاتب الحكومية حتى يوم الاثنين تحسبا للعاصفة.", "2019-03-18"),
    ("وأمهلت الحكومة الشركة حتى الأحد للرد على الشكوى.", "2019-03-17"),
    ("وقرر الوزراء تأجيل نشاطاتهم لغاية السبت حدادا على الضحايا.", "2019-03-16"),
    ("ويبقى الوفد في العاصمة حتى الأحد.", "2019-03-17"),
])
def test_a_period_opened_runs_to_the_day_ahead(text, expected) -> None:
    assert values(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count up to a day just past
    ("وبلغ عدد الجثث التي تسلمها المعهد حتى الأربعاء ثلاثين جثة.", "2019-03-13"),
    ("واستمر القصف حتى الخميس.", "2019-03-14"),
    # a weekday with المقبل or a future verb keeps its own direction
    ("وسيبقى الوفد في العاصمة حتى الخميس.", "2019-03-21"),
    ("واستمرت المحادثات حتى الاثنين الماضي.", "2019-03-11"),
])
def test_a_day_just_past_or_said_stays(text, expected) -> None:
    assert values(text)[0] == expected
