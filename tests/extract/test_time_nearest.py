"""A weekday that closes the noun phrase "قبل" opens, and forward-looking weekdays in an article posted in the
small hours: both are resolved from the day the article tells, not leaning to the past or to next week."""

import datetime as dt

import pytest

from rasad.document import Document, Meta
from rasad.extract.time import Analysis, tag, timexes

REF = dt.date(2019, 3, 14)  # a Thursday


def values(text: str, ref: dt.date = REF, small_hours: bool = False) -> list[str | None]:
    return [t.value for t in Analysis(text).resolve(ref, small_hours)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتلقى الفريق دفعة قبل مواجهة المنتخب الفرنسي الجمعة في باريس.", "2019-03-15"),  # tomorrow, not last week
    ("وغادر القمة قبل قمته مع الزعيم الكوري الشمالي السبت في سنغافورة.", "2019-03-16"),
    ("وتحدث الوزير للصحفيين قبيل اجتماع الحكومة الثلاثاء.", "2019-03-12"),  # two days back, not five ahead
])
def test_a_weekday_closing_the_phrase_before_opens_is_the_nearest(text, expected) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize("text", [
    "واعتقل الرجل من قبل الشرطة الجمعة.",  # من قبل: the agent of a passive
    "وجرت محاكمته قبل أن تصدر المحكمة حكمها الجمعة.",  # قبل أن opens a clause
    "وتراجعت الليرة قبل اجتماع البنك المركزي، الجمعة.",  # a comma ends the phrase
])
def test_before_a_clause_or_as_an_agent_leaves_the_weekday_past(text) -> None:
    assert values(text) == ["2019-03-08"]


def test_a_future_verb_in_the_clause_still_points_forward() -> None:
    assert values("وسيتوجه الوزير إلى باريس قبل قمة الأربعاء.") == ["2019-03-20"]


def test_posted_in_the_small_hours_a_coming_weekday_counts_from_the_day_before() -> None:
    text = "سيحضر الرئيس النقاش حول الاقتصاد الذي يعقد الأربعاء."
    assert values(text) == ["2019-03-20"]
    assert values(text, small_hours=True) == ["2019-03-13"]  # written on Wednesday evening
    assert values("وقال الرئيس الأربعاء إن القمة ناجحة.", small_hours=True) == ["2019-03-13"]


@pytest.mark.parametrize(("clock", "expected"), [("02:15", "2019-03-13"), ("11:40", "2019-03-20"), (None, "2019-03-20")])
def test_the_component_reads_the_time_of_posting(clock, expected) -> None:
    extra = {"published_time": clock} if clock else {}
    doc = Document("سيحضر الرئيس النقاش حول الاقتصاد الذي يعقد الأربعاء.",
                   meta=Meta(published=REF.isoformat(), extra=extra))
    assert [t.value for t in timexes(doc).timexes] == [expected]


def test_tag_is_unchanged_for_past_clauses() -> None:
    assert [t.value for t in tag("وقال الوزير الثلاثاء إن المفاوضات مستمرة.", REF)] == ["2019-03-12"]


def test_posted_in_the_small_hours_today_in_a_quote_is_the_day_before() -> None:
    text = "التقى الرئيسان في القمة.\nوأضاف: \"أحرزنا تقدما كبيرا اليوم\"، مضيفا أن العلاقات جيدة."
    assert values(text, small_hours=True) == ["2019-03-13"]
    assert values(text) == ["2019-03-14"]


def test_today_naming_its_weekday_is_not_counted_from_a_day_it_contradicts() -> None:
    text = "وقال المدرب إن فريقه \"سيفوز في افتتاحية البطولة اليوم الخميس."
    assert values(text, small_hours=True) == ["2019-03-14"]


def test_a_bound_glued_to_its_year_is_read() -> None:
    assert [(t.value, t.mod) for t in tag("قتل 46 شخصا في حادث اصطدام أواخر2017.", REF)] == [("2017", "END")]
