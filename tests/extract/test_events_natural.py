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


def test_residents_evacuated_are_aid_and_fighters_evacuated_withdraw() -> None:
    residents = by_type(extract_events(make_doc("أجلت السلطات آلاف السكان من القرى القريبة من البركان في الفلبين.",
                                                mentions=COUNTRY)))
    assert "RETREAT" not in residents and residents["AID"].location == "philippines"
    noun = by_type(extract_events(make_doc("وتم إجلاء أكثر من ثلاثة آلاف شخص من المناطق المنكوبة في إندونيسيا.",
                                           mentions=COUNTRY)))
    assert "RETREAT" not in noun and "AID" in noun
    fighters = by_type(extract_events(make_doc(
        "وبدأت عملية إجلاء المقاتلين من المدينة إلى الشمال بموجب الاتفاق مع الحكومة السورية.",
        mentions={"الحكومة السورية": ("ORG", "syrian_government")})))
    assert "AID" not in fighters


def test_a_search_for_survivors_is_aid_a_manhunt_is_not() -> None:
    doc = make_doc("وأوقفت فرق الإنقاذ عمليات البحث الخميس في القرى المنكوبة في إندونيسيا.",
                   mentions=COUNTRY, timexes={"الخميس": ("2024-03-14", None)})
    aid = by_type(extract_events(doc))["AID"]
    assert aid.date == "2024-03-14" and aid.location == "indonesia"
    manhunt = make_doc("وتتواصل عمليات البحث عن المشتبه به في ضواحي المدينة في الفلبين.", mentions=COUNTRY)
    assert "AID" not in by_type(extract_events(manhunt))


def test_what_an_explosion_forced_is_of_its_day_and_so_is_the_explosion() -> None:
    doc = make_doc("وأرغم انفجار قوي فرق الإنقاذ الثلاثاء على وقف عمليات البحث حول البركان في إندونيسيا، الذي أسفر عن 40 قتيلا.",
                   mentions=COUNTRY, timexes={"الثلاثاء": ("2024-03-12", None)})
    events = by_type(extract_events(doc))
    assert events["AID"].date == "2024-03-12"
    assert events["DISASTER"].date == "2024-03-12"


def test_a_title_naming_operations_is_no_operation() -> None:
    doc = make_doc("وقال مدير عمليات الإغاثة في إندونيسيا إن الطرق مقطوعة.", mentions=COUNTRY)
    assert "AID" not in by_type(extract_events(doc))


def test_a_postponement_spelled_like_an_evacuation_is_no_aid() -> None:
    doc = make_doc("وكانت الحكومة في الفلبين أجلت تطبيق الإصلاحات الضريبية إلى العام المقبل.", mentions=COUNTRY)
    assert "AID" not in by_type(extract_events(doc))
