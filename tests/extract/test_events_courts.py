"""Court acts, a case's name, sports reports and drownings (gold12/gold13 classes), on sentences written for the test."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import counts_of, make_doc, of_type

PEOPLE = {
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "هاني عادل": ("PER", "PER:هاني عادل"),
    "ليبيا": ("GPE", "GPE:ليبيا"),
}


def _events(text: str, timexes: dict[str, tuple[str, None]] | None = None) -> list:
    return extract_events(make_doc(text, mentions=PEOPLE, timexes=timexes or {}, published="2023-03-09"))


def test_a_court_sentence_is_a_sanction_of_the_defendant() -> None:
    events = _events("وقضت محكمة الجنايات، الأربعاء، بالسجن عشر سنوات على هاني عادل.", {"الأربعاء": ("2023-03-08", None)})
    (sanction,) = of_type(events, "SANCTION")
    assert sanction.date == "2023-03-08" and sanction.target == "PER:هاني عادل"


def test_a_case_name_is_no_protest() -> None:
    events = _events("وأدين هاني عادل في قضية فض اعتصام الميدان الأربعاء.", {"الأربعاء": ("2023-03-08", None)})
    assert not of_type(events, "PROTEST") and not of_type(events, "COERCE")


def test_dispersing_a_sit_in_is_no_protest() -> None:
    events = _events("وفضت قوات الأمن التي يقودها سامي نادر اعتصام هاني عادل في 2013.", {"في 2013": ("2013", None)})
    assert not of_type(events, "PROTEST") and [e.date for e in of_type(events, "COERCE")] == ["2013"]


def test_a_match_is_no_meeting_and_a_goal_no_statement() -> None:
    events = _events("وفي اللقاء الذي فاز فيه سامي نادر بتصفيات كأس البطولة، يضيف هاني عادل الهدف الثاني.")
    assert not of_type(events, "CONSULT") and not of_type(events, "STATEMENT")


def test_a_drowning_counts_the_number_right_after_it() -> None:
    (disaster,) = of_type(_events("وفي شباط الماضي غرق 90 شخصا قبالة سواحل ليبيا.", {"في شباط الماضي": ("2023-02", None)}), "DISASTER")
    assert counts_of(disaster) == {"killed": 90}


def test_the_passengers_of_a_boat_that_sank_are_not_its_dead() -> None:
    assert not of_type(_events("وفي شباط الماضي غرق مركب يقل 180 مهاجرا قبالة سواحل ليبيا.",
                               {"في شباط الماضي": ("2023-02", None)}), "DISASTER")


def _court_events(text: str) -> list:
    people = {**PEOPLE, "تركيا": ("GPE", "kb:c:TR"), "إسطنبول": ("GPE", "kb:l:istanbul"),
              "القاهرة": ("GPE", "kb:l:cairo")}
    return extract_events(make_doc(text, mentions=people, timexes={"الأربعاء": ("2023-03-08", None)}, published="2023-03-09"))


def test_the_one_sentenced_after_the_penalty_is_the_target_and_a_court_of_a_nation_its_actor() -> None:
    (sanction,) = of_type(_court_events("قضت محكمة تركية الأربعاء بسجن هاني عادل خمس سنوات."), "SANCTION")
    assert (sanction.actor, sanction.target, sanction.date) == ("kb:c:TR", "PER:هاني عادل", "2023-03-08")


def test_a_court_in_a_town_is_its_country() -> None:
    (sanction,) = of_type(_court_events("قضت محكمة في إسطنبول الأربعاء بسجن سامي نادر."), "SANCTION")
    assert (sanction.actor, sanction.target) == ("kb:c:TR", "PER:سامي نادر")


def test_a_court_named_by_its_kind_and_seat_is_no_court_of_the_article() -> None:
    text = "قالت تركيا إن القضية سياسية.\nوقضت محكمة جنايات القاهرة الأربعاء بسجن سامي نادر."
    (sanction,) = of_type(_court_events(text), "SANCTION")
    assert (sanction.actor, sanction.target) == ("kb:l:cairo", "PER:سامي نادر")
