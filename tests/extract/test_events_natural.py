"""Natural disasters (eruptions, earthquakes, floods) and what is done about them, on sentences written for
these tests: deaths in an eruption are a DISASTER, the volcano's explosion is no attack, an evacuation of
residents is aid and a withdrawal only when forces or fighters leave, a search for survivors is aid."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, counts_of, make_doc

COUNTRY = {"إندونيسيا": ("GPE", "indonesia"), "الفلبين": ("GPE", "philippines")}


def test_deaths_in_an_eruption_are_a_disaster() -> None:
    doc = make_doc("قتل 12 شخصا على الأقل جراء ثوران بركان في شرق إندونيسيا يوم السبت.",
                   mentions=COUNTRY, timexes={"يوم السبت": ("2024-03-09", None)})
    events = by_type(extract_events(doc))
    assert "ASSAULT" not in events
    disaster = events["DISASTER"]
    assert disaster.mode == "volcanic eruption" and counts_of(disaster) == {"killed": 12}
    assert disaster.date == "2024-03-09"


def test_a_volcano_s_explosion_is_no_attack() -> None:
    doc = make_doc("أرغم انفجار قوي فرق الإنقاذ الأحد على مغادرة المنطقة حول البركان الذي أسفر عن 40 قتيلا في إندونيسيا.",
                   mentions=COUNTRY, timexes={"الأحد": ("2024-03-10", None)})
    events = by_type(extract_events(doc))
    assert "ASSAULT" not in events
    assert events["DISASTER"].mode == "volcanic eruption" and counts_of(events["DISASTER"])["killed"] == 40


def test_an_explosion_beside_a_man_made_cause_or_a_bomb_stays_what_it_was() -> None:
    bomb = by_type(extract_events(make_doc("قتل 40 شخصا في انفجار عبوة ناسفة قرب مخيم للنازحين من الفيضانات في إندونيسيا.",
                                           mentions=COUNTRY)))
    assert "DISASTER" not in bomb and bomb["ASSAULT"].mode == "explosive"
