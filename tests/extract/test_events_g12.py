"""Acts the golds of disasters and changes of government showed missed: a charge to form a government told with
its subject in apposition, deaths dated by the time of their cause's clause ("بعد غرق القارب … ليل السبت"), a time
phrase that opens like a clause ("في وقت متأخر من"), and a disaster off a coast named by an adjective."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

PEOPLE = {
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "كريم فؤاد": ("PER", "PER:كريم فؤاد"),
    "الوزارة": ("ORG", "ORG:الوزارة"),
}
LEAD = "أعلنت الوزارة الأحد انتشال جثث 20 شخصا.\n"
SUNDAY = {"الأحد": ("2023-03-05", None)}


def _events(text: str, timexes: dict[str, tuple[str, None]]) -> list:
    return extract_events(make_doc(text, mentions=PEOPLE, timexes=timexes, published="2023-03-05"))


def test_a_charge_to_form_the_government_reaches_past_a_subject_set_off_by_commas() -> None:
    events = _events("وقد كلفه الرئيس، سامي نادر، الخميس بتشكيل الحكومة الجديدة.", {"الخميس": ("2023-03-02", None)})
    (request,) = of_type(events, "REQUEST")
    assert (request.actor, request.date) == ("PER:سامي نادر", "2023-03-02")


def test_a_charge_to_run_the_government_reaches_past_an_aside_in_brackets() -> None:
    events = _events("وقال سامي نادر الخميس إن الرئيس كريم فؤاد كلف الحكومة (الحالية) بتسيير الأعمال.",
                     {"الخميس": ("2023-03-02", None)})
    assert of_type(events, "REQUEST")


def test_deaths_take_the_time_told_in_the_clause_of_their_cause() -> None:
    events = _events(LEAD + "وقتل 35 مهاجرا بعد غرق القارب قرب جزيرة قرقنة ليل السبت.",
                     {**SUNDAY, "ليل السبت": ("2023-03-04TNI", None)})
    assert [e.date for e in of_type(events, "DISASTER")] == ["2023-03-04"]


def test_a_late_night_phrase_is_no_clause_of_its_own() -> None:
    events = _events(LEAD + "وقتل 35 مهاجرا بعد غرق القارب الذي كانوا على متنه قرب جزيرة قرقنة، في وقت متأخر من ليل السبت.",
                     {**SUNDAY, "ليل السبت": ("2023-03-04TNI", None)})
    assert [e.date for e in of_type(events, "DISASTER")] == ["2023-03-04"]


def test_a_disaster_off_a_coast_named_by_an_adjective_is_in_that_country() -> None:
    events = _events(LEAD + "وقتل 48 مهاجرا على الأقل قبالة السواحل التونسية إثر غرق قاربهم.", SUNDAY)
    assert [e.location for e in of_type(events, "DISASTER")] == ["kb:c:TN"]


def test_the_person_holding_a_title_is_the_participant_not_the_body_it_names() -> None:
    names = {"الحكومة التونسية": ("ORG", "ORG:الحكومة التونسية"), "يوسف الشاهد": ("PER", "PER:يوسف الشاهد"),
             "لطفي براهم": ("PER", "PER:لطفي براهم")}
    doc = make_doc("وأقال رئيس الحكومة التونسية يوسف الشاهد الأربعاء وزير الداخلية لطفي براهم.", mentions=names,
                   timexes={"الأربعاء": ("2023-03-08", None)}, published="2023-03-08")
    (sanction,) = of_type(extract_events(doc), "SANCTION")
    assert (sanction.actor, sanction.target) == ("PER:يوسف الشاهد", "PER:لطفي براهم")


def test_people_who_drowned_are_a_disaster_counted_by_the_group_before_its_part() -> None:
    names = {"أنطاليا": ("GPE", "GPE:أنطاليا"), "الشرطة": ("ORG", "ORG:الشرطة")}
    doc = make_doc("وقالت الشرطة الأحد إن تسعة مهاجرين سوريين، من بينهم ستة أطفال غرقوا قبالة سواحل أنطاليا.",
                   mentions=names, timexes=SUNDAY, published="2023-03-05")
    (disaster,) = of_type(extract_events(doc), "DISASTER")
    assert [(c.what, c.value) for c in disaster.counts] == [("killed", 9)]
