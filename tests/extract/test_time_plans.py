"""A plan told in the past ("كان من المقرر أن") and the weekend of a past clause: resolved from the day the
article tells, not pushed to next week by the future verb of the plan or by the week of publication."""

import datetime as dt

import pytest

from rasad.extract.time import Analysis

MONDAY = dt.date(2019, 3, 11)  # ISO week 11
SATURDAY = dt.date(2019, 3, 16)


def values(text: str, ref: dt.date) -> list[str | None]:
    return [t.value for t in Analysis(text).resolve(ref)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأرجئ التصويت الذي كان من المقرر أن يجري الجمعة بسبب اعتراض الوفد.", "2019-03-15"),  # the day before
    ("وألغت البلدية المهرجان الذي كانت مقررة إقامته الاثنين.", "2019-03-18"),  # two days ahead
    ("وكان يفترض أن يصل الوفد الخميس لكن الزيارة تأجلت.", "2019-03-14"),
])
def test_a_plan_told_in_the_past_is_the_nearest_day(text, expected) -> None:
    assert values(text, SATURDAY) == [expected]


def test_a_plan_told_after_the_day_does_not_count() -> None:
    assert values("وسيجتمع الوفد الخميس، وكان من المقرر أن يجتمع قبل ذلك.", SATURDAY) == ["2019-03-21"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأمضى المفاوضون عطلة نهاية الأسبوع في العمل عبر الهاتف.", "2019-W10-WE"),  # past clause on a Monday
    ("وسيمضي المفاوضون عطلة نهاية الأسبوع في العمل.", "2019-W11-WE"),
    ("وأكد الوزير ضرورة إقرار الميزانية قبل نهاية الأسبوع.", "2019-W11-WE"),  # a deadline ahead
    ("وقال الوزير: \"التقينا ونجتمع في نهاية الأسبوع\".", "2019-W11-WE"),  # the speaker's own frame
    ("وألغى الرئيس رحلة كانت مقررة في نهاية الأسبوع.", "2019-W11-WE"),
])
def test_the_weekend_of_a_past_clause_is_the_last_one(text, expected) -> None:
    assert values(text, MONDAY) == [expected]


@pytest.mark.parametrize(("ref", "expected"), [(MONDAY, "2019-W10-WE"), (dt.date(2019, 3, 14), "2019-W11-WE")])
def test_with_no_cue_the_nearer_weekend_leaning_to_the_past(ref, expected) -> None:
    assert values("واستمرت المفاوضات خلال عطلة نهاية الأسبوع.", ref) == [expected]


def test_on_the_weekend_itself_a_past_clause_keeps_this_week() -> None:
    assert values("وأمضى المفاوضون عطلة نهاية الأسبوع في العمل.", SATURDAY) == ["2019-W11-WE"]
