"""Changes of government as events: a dismissal (SANCTION of the dismissed), a resignation (CONCEDE), a charge to
form or run a government (REQUEST); resigning as an idea ("اضطره إلى الاستقالة") or a demand is no such event."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

PEOPLE = {
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "هاني عادل": ("PER", "PER:هاني عادل"),
    "كريم فؤاد": ("PER", "PER:كريم فؤاد"),
}


def _events(text: str, timexes: dict[str, tuple[str, None]]) -> list:
    doc = make_doc(text, mentions=PEOPLE, timexes=timexes, published="2023-03-09")
    return extract_events(doc)


def test_a_dismissal_is_a_sanction_of_the_dismissed() -> None:
    events = _events("وأقال رئيس الحكومة سامي نادر الأربعاء وزير الداخلية هاني عادل.",
                     {"الأربعاء": ("2023-03-08", None)})
    (sanction,) = of_type(events, "SANCTION")
    assert (sanction.date, sanction.actor, sanction.target) == ("2023-03-08", "PER:سامي نادر", "PER:هاني عادل")


def test_a_resignation_is_a_concession() -> None:
    events = _events("وقدم رئيس الوزراء هاني عادل الثلاثاء استقالة حكومته إلى الرئيس.", {"الثلاثاء": ("2023-03-07", None)})
    assert [(e.date, e.actor) for e in of_type(events, "CONCEDE")] == [("2023-03-07", "PER:هاني عادل")]


def test_a_charge_to_form_the_government_reaches_past_its_subject_and_object() -> None:
    events = _events("وكلف الرئيس سامي نادر الخميس وزير الإسكان كريم فؤاد بتشكيل الحكومة الجديدة.",
                     {"الخميس": ("2023-03-09", None)})
    (request,) = of_type(events, "REQUEST")
    assert request.date == "2023-03-09" and request.actor == "PER:سامي نادر"


def test_resigning_as_an_idea_is_no_event() -> None:
    events = _events("واضطره الحزب في 2016 إلى الاستقالة، ثم تراجع هاني عادل عن استقالته الأربعاء.",
                     {"في 2016": ("2016", None), "الأربعاء": ("2023-03-08", None)})
    assert not of_type(events, "CONCEDE")
