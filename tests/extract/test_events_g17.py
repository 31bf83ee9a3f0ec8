"""Dating and separating events of one story told by several outlets (sentences written for these tests)."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "سليم حداد": ("PER", "kb:p:haddad"),
    "رامي نصار": ("PER", "kb:p:nassar"),
}
DAYS = {"الأربعاء": ("2021-03-10", None), "فجر الأربعاء": ("2021-03-10", None),
        "2018": ("2018", None)}


def _events(text: str) -> list:
    return extract_events(make_doc(text, mentions=NAMES, timexes=DAYS, published="2021-03-11"))


def test_a_time_before_a_coordinated_verb_closes_the_clause_before_it() -> None:
    events = _events("التقى رامي نصار سليم حداد فجر الأربعاء وقال إن المحادثات كانت مثمرة.")
    (meeting,) = of_type(events, "CONSULT")
    (statement,) = of_type(events, "STATEMENT")
    assert meeting.date == "2021-03-10" and statement.date == "2021-03-10"


def test_a_coordinated_verb_keeps_a_time_of_its_own() -> None:
    events = _events("التقى رامي نصار سليم حداد فجر الأربعاء وقال الأربعاء إن المحادثات كانت مثمرة.")
    assert [e.date for e in of_type(events, "CONSULT")] == ["2021-03-10"]


def test_the_year_of_an_event_an_act_is_about_does_not_date_the_act() -> None:
    events = _events("وفي حوار مطول، أعرب رامي نصار عن ثقته في المشاركة في مونديال 2018.")
    assert [e.date for e in of_type(events, "STATEMENT")] != ["2018"]


def test_an_act_told_during_a_named_event_takes_its_year() -> None:
    events = _events("وفي حوار مطول، قال رامي نصار خلال حملة انتخابات 2018 إن الحكومة ستسقط.")
    assert [e.date for e in of_type(events, "STATEMENT")] == ["2018"]


def test_a_time_that_closes_an_aside_dates_the_act_the_aside_describes() -> None:
    events = _events("والتقى رامي نصار سليم حداد في باريس، حيث يتلقى العلاج، الأربعاء.")
    assert [e.date for e in of_type(events, "CONSULT")] == ["2021-03-10"]
    # not an event a relative clause before the aside tells: the operation was before the statement's day
    events = _events("ودافع رامي نصار عن العملية التي استهدفت مدينة سليم حداد، وذلك في مقابلة تلفزيونية، الأربعاء.")
    assert [e.date for e in of_type(events, "ASSAULT")] == [None]
    # a clause of another act ("فيما …") keeps its time
    events = _events("والتقى رامي نصار سليم حداد في باريس، فيما تنتهي المحادثات، الأربعاء.")
    assert [e.date for e in of_type(events, "CONSULT")] != ["2021-03-10"]
