"""What has not happened takes no day of the news, and منذ names no day of an act, on sentences written for
these tests: a meeting that is due ("من المقرر أن يلتقي"), will be ("سيلتقي") or is hoped for ("يأمل أن
يلتقي") is planned and undated in the lead; a verb after "قبل أن" in a past story is told as done; a year
after منذ starts a state ("فرضت عقوبات منذ عام 2014") and dates no act, which another time may still date."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

LEADERS = {"سامي حداد": ("PER", "PER:سامي حداد"), "كريم نصار": ("PER", "PER:كريم نصار")}


def _consult(text: str) -> list[tuple[str | None, str | None]]:
    doc = make_doc(text, mentions=LEADERS, published="2023-06-05")
    return [(e.date, e.modality) for e in of_type(extract_events(doc), "CONSULT")]


def test_a_meeting_that_is_due_is_planned_and_takes_no_day() -> None:
    assert _consult("ومن المقرر أن يلتقي الرئيس سامي حداد نظيره كريم نصار في العاصمة.") == [(None, "planned")]


def test_a_meeting_in_the_future_takes_no_day_of_the_lead() -> None:
    assert _consult("وسيلتقي الرئيس سامي حداد نظيره كريم نصار في العاصمة.") == [(None, "planned")]


def test_a_meeting_hoped_for_is_planned() -> None:
    assert _consult("وقال الرئيس سامي حداد إنه يأمل أن يلتقي نظيره كريم نصار قريبا.") == [(None, "planned")]


def test_a_meeting_after_if_takes_no_day_of_the_lead() -> None:
    assert [date for date, _ in _consult("وإذا التقى الرئيس سامي حداد نظيره كريم نصار فإن ذلك سيكون حدثا.")] == [None]


def test_a_meeting_told_as_done_still_takes_the_day_of_the_lead() -> None:
    assert _consult("التقى الرئيس سامي حداد نظيره كريم نصار في العاصمة.") == [("2023-06-05", None)]


def test_what_came_next_in_a_past_story_is_no_plan() -> None:
    doc = make_doc("وغادر الرئيس سامي حداد القصر قبل أن يلتقي نظيره كريم نصار في المطار.", mentions=LEADERS,
                   timexes={}, published="2023-06-05")
    assert [e.modality for e in of_type(extract_events(doc), "CONSULT")] == [None]


def test_a_year_after_since_dates_no_sanction() -> None:
    doc = make_doc("وكانت الدول الغربية فرضت عقوبات على روسيا منذ عام 2014 بسبب الأزمة.",
                   mentions={"روسيا": ("GPE", "GPE:روسيا")}, timexes={"عام 2014": ("2014", None)}, published="2023-06-05")
    assert [e.date for e in of_type(extract_events(doc), "SANCTION")] == [None]


def test_a_year_after_since_leaves_the_act_to_its_own_day() -> None:
    doc = make_doc("وأثار اللاعب سامي حداد، الذي يلعب للنادي منذ عام 2009، جدلا واسعا عندما صرح في 26 مايو الماضي بأنه سيرحل.",
                   mentions=LEADERS, timexes={"عام 2009": ("2009", None), "26 مايو الماضي": ("2023-05-26", None)},
                   published="2023-06-05")
    assert [e.date for e in extract_events(doc) if e.type == "STATEMENT"] == ["2023-05-26"]
