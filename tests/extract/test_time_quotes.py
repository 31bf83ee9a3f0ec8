"""A day counted from today inside a quote is counted from the day the words were said."""

from __future__ import annotations

import datetime as dt

from rasad.extract.time import tag

MONDAY = dt.date(2023, 5, 15)


def _values(text: str) -> dict[str, str | None]:
    return {text[t.span.start : t.span.end]: t.value for t in tag(text, MONDAY)}


def test_tomorrow_in_a_quote_is_the_day_after_the_saying() -> None:
    values = _values('وقال الوزير السبت "سنعلن النتائج غدا أمام البرلمان".')
    assert values["السبت"] == "2023-05-13"
    assert values["غدا"] == "2023-05-14"


def test_today_outside_a_quote_and_a_quote_with_no_day_of_saying_keep_the_publication_day() -> None:
    assert _values('وقال الوزير "سنعلن النتائج غدا أمام البرلمان".')["غدا"] == "2023-05-16"
    assert _values('وقال الوزير السبت إن النتائج ستعلن غدا.')["غدا"] == "2023-05-16"


def test_a_future_verb_in_the_quote_does_not_make_the_day_of_saying_future() -> None:
    assert _values('وقال الوزير السبت "سنعلن النتائج قريبا".')["السبت"] == "2023-05-13"


def test_a_quote_in_a_report_of_the_next_morning_counts_from_the_news_day_of_the_lead() -> None:
    # published Monday; the lead names Sunday evening: "today" and "this evening" at the session are Sunday
    text = ('عقد مجلس الأمن، مساء الأحد، جلسة طارئة.\nوقال المندوب: "نأسف للخسائر التي وقعت اليوم".\n'
            'وأضاف: "كان يجب أن نتفق هذا المساء".')
    values = _values(text)
    assert values["اليوم"] == "2023-05-14"
    assert values["هذا المساء"] == "2023-05-14TEV"


def test_a_lead_that_names_today_or_an_older_day_leaves_quotes_on_the_publication_day() -> None:
    today = 'عقد مجلس الأمن، اليوم، جلسة طارئة.\nوقال المندوب: "نأسف للخسائر التي وقعت اليوم".'
    assert [t.value for t in tag(today, MONDAY)] == ["2023-05-15", "2023-05-15"]
    older = 'عقد مجلس الأمن، الجمعة، جلسة طارئة.\nوقال المندوب: "نأسف للخسائر التي وقعت اليوم".'
    assert _values(older)["اليوم"] == "2023-05-15"
