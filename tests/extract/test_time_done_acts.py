"""A year-less month or day that dates an act already done is not ahead of the publication: it follows منذ ("أكبر
انخفاض منذ سبتمبر"), or a past verb stands right beside it, listed or of past shape (a known verb with ت or وا:
"اندلعت في أكتوبر"; after it, not one joined by و/ف). Short future verbs (سيصل، ستظل) are listed whole; a name of that shape (سيسيل) is not one."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 7, 3)  # a Wednesday


def _values(text: str, ref: dt.date = REF) -> list[str | None]:
    return [t.value for t in tag(text, ref)]


@pytest.mark.parametrize(("text", "expected"), [
    # the verb right before the month, then right after it
    ("وأسفرت حرائق اندلعت في أكتوبر عن مقتل عشرات الأشخاص في الغابات.", "2018-10"),
    ("وفي نوفمبر أسقطوا جميع التهم عن الحراس.", "2018-11"),
    ("وسجل المؤشر أكبر ارتفاع شهري له منذ سبتمبر.", "2018-09"),
])
def test_a_month_of_an_act_done_is_not_ahead(text: str, expected: str) -> None:
    assert _values(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the month dates what was decided, not the decision: no verb beside it
    ("وقررت الحكومة إجراء الانتخابات في سبتمبر.", "2019-09"),
    # a present verb in يـ...وا and a plural in ات are no past verbs; a name of past shape is listed
    ("ولن يتمكنوا في أغسطس من السفر إلى الخارج.", "2019-08"),
    ("وتستضيف بيروت في سبتمبر مؤتمرا للمانحين.", "2019-09"),
    # a past verb after a date that closes a relative clause is the main clause's
    ("وقال الوزير إن إيرادات الميناء في السنة المالية التي تنتهي في 30 سبتمبر ارتفعت بنسبة 5 بالمئة.", "2019-09-30"),
    # a verb joined by و after the month opens a clause of its own
    ("وعرضت الحكومة إغلاق المصنع في سبتمبر ودعت المستثمرين إلى الصبر.", "2019-09"),
    # the title's last word and the next line's verb are not beside each other
    ("الحكومة ترفع أسعار الوقود اعتبارا من أغسطس\nقررت الحكومة رفع الأسعار.", "2019-08"),
])
def test_what_is_no_past_verb_beside_the_month_leaves_it_ahead(text: str, expected: str) -> None:
    assert _values(text)[0] == expected


def test_an_act_done_is_counted_from_the_publication_not_from_a_date_stated_before() -> None:
    text = "وجرت الانتخابات في السابع من أكتوبر 1954، وبعد أقل من شهر، أي في أول نوفمبر اندلعت الثورة."
    assert _values(text)[-1] == "1954-11-01"


@pytest.mark.parametrize(("text", "expected"), [
    ("وسيصل الرئيس الجمعة إلى العاصمة في زيارة رسمية.", "2019-07-05"),
    ("وستظل المدارس مغلقة حتى السبت بسبب العاصفة.", "2019-07-06"),
    ("وقالت المدعية العامة سيسيل مارتان الأحد إن التحقيق مستمر.", "2019-06-30"),
])
def test_short_future_verbs_and_names_of_their_shape(text: str, expected: str) -> None:
    assert _values(text) == [expected]
