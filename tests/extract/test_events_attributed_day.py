"""News told before its attribution ("…، بحسب ما أعلنت X، السبت") is news of the day its source told it: the events
of the words before the link take the attribution's day when they have no time of their own; sentences written for
these tests."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, make_doc

ACTORS = {"إسرائيل": ("GPE", "kb:c:IL"), "غزة": ("GPE", "GPE:غزه"), "المدينة": ("GPE", "GPE:المدينه"),
          "وزارة الدفاع": ("ORG", "ORG:وزاره الدفاع")}
TIMES = {"السبت": ("2023-05-20", None), "منذ مطلع العام": ("2023", "START")}
SATURDAY = "2023-05-20"


def _events(text: str):
    return extract_events(make_doc(text, mentions=ACTORS, timexes=TIMES, published="2023-05-21"))


def test_deaths_told_before_a_dated_link_take_its_day() -> None:
    e = by_type(_events("قتل 12 مدنيا في غارة جوية على المدينة، بحسب ما أعلنت وزارة الدفاع، السبت."))["ASSAULT"]
    assert e.date == SATURDAY


def test_an_arrest_told_before_a_dated_link_takes_its_day() -> None:
    e = by_type(_events("اعتقلت إسرائيل خمسة أشخاص في غزة، وفق ما أعلنت وزارة الدفاع السبت."))["COERCE"]
    assert (e.actor, e.date) == ("kb:c:IL", SATURDAY)


def test_an_attribution_with_no_verb_dates_what_it_attributes() -> None:
    e = by_type(_events("قتل ثلاثة جنود في انفجار في المدينة، بحسب بيان لوزارة الدفاع السبت."))["ASSAULT"]
    assert e.date == SATURDAY


def test_what_had_happened_before_takes_no_day_of_the_attribution() -> None:
    e = by_type(_events("وكانت إسرائيل قد اعتقلت خمسة أشخاص في غزة، وفق ما أعلنت وزارة الدفاع السبت."))["COERCE"]
    assert e.date != SATURDAY


def test_a_clause_with_a_time_of_its_own_keeps_it() -> None:
    e = by_type(_events("اعتقلت إسرائيل 300 شخص في غزة منذ مطلع العام، وفق ما أعلنت وزارة الدفاع السبت."))["COERCE"]
    assert e.date != SATURDAY


def test_what_a_dated_statement_reports_is_done_on_its_day() -> None:
    e = by_type(_events("أعلنت وزارة الدفاع، السبت، أن قواتها سيطرت على المدينة."))["ASSAULT"]
    assert e.date == SATURDAY


def test_deaths_a_dated_statement_reports_take_its_day() -> None:
    e = by_type(_events("قالت وزارة الدفاع السبت إن 12 مدنيا قتلوا في غارة على المدينة."))["ASSAULT"]
    assert e.date == SATURDAY


def test_a_verbal_noun_in_what_a_statement_reports_takes_no_day() -> None:
    events = _events("قالت وزارة الدفاع السبت إن إسرائيل تدرس طلبا لوقف القتال في غزة.")
    assert all(e.date != SATURDAY for e in events if e.type == "REQUEST")

