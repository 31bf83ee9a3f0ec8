"""What is done after a disaster, on sentences written for these tests: rescuers saving people or pulling out
bodies, the injured flown out, relief work by a named body and help offered are AID; forces put on alert
MOBILIZE. Each needs its object: a bare verb of these is as often a figure. Deaths told in a clause after the
storm take the day of its strike, and people who died in a flood are its dead."""

from __future__ import annotations

from rasad.document import EventMention
from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, counts_of, make_doc

NAMES = {"إندونيسيا": ("GPE", "indonesia"), "أستراليا": ("GPE", "australia"), "الحكومة": ("ORG", "government")}
DAYS = {"الاثنين": ("2024-03-11", None), "الخميس": ("2024-03-14", None), "الأحد": ("2024-03-10", None),
        "الجمعة": ("2024-03-15", None), "مساء الأربعاء": ("2024-03-13", None)}


def events_of(text: str) -> dict[str, EventMention]:
    return by_type(extract_events(make_doc(text, mentions=NAMES, timexes=DAYS)))


def test_bodies_pulled_out_after_a_disaster_are_aid_of_their_day() -> None:
    aid = events_of("وانتشل رجال الإنقاذ الاثنين جثث 34 شخصا من تحت الأنقاض في إندونيسيا.")["AID"]
    assert aid.date == "2024-03-11"
    assert "AID" not in events_of("وانتشلت السلطات الاثنين نحو طن من الأسماك النافقة من النهر في إندونيسيا.")


def test_a_woman_saved_from_the_rubble_is_aid() -> None:
    assert events_of("وأنقذت فرق الإنقاذ الأحد امرأة من تحت الأنقاض في إندونيسيا.")["AID"].date == "2024-03-10"


def test_the_injured_flown_out_are_aid() -> None:
    assert events_of("وأجلت الطائرات العسكرية الاثنين المصابين من إندونيسيا.")["AID"].date == "2024-03-11"


def test_relief_work_by_a_named_body_and_help_offered_are_aid() -> None:
    assert events_of("وبدأت الحكومة الخميس الأعمال الإغاثية لمساعدة المتضررين في إندونيسيا.")["AID"].date == "2024-03-14"
    assert events_of("وعرضت أستراليا المساعدة على إندونيسيا الاثنين.")["AID"].date == "2024-03-11"


def test_forces_put_on_alert_mobilize_a_minister_roused_does_not() -> None:
    alert = events_of("وأعلنت الحكومة الجمعة أنها استنفرت الشرطة والجيش في المناطق الساحلية في إندونيسيا.")
    assert "MOBILIZE" in alert
    assert "MOBILIZE" not in events_of("واستنفر وزير آخر الجمعة في مواجهة الانتقادات في إندونيسيا.")


def test_deaths_told_after_the_storm_take_the_day_of_its_strike() -> None:
    disaster = events_of("وهب إعصار على جزيرة في إندونيسيا مساء الأربعاء ما أدى إلى فقدان أثر سبعة أشخاص.")["DISASTER"]
    assert disaster.date == "2024-03-13"


def test_people_who_died_in_a_flood_are_its_dead() -> None:
    disaster = events_of("وتوفي 12 شخصا جراء الفيضانات في إندونيسيا الأحد.")["DISASTER"]
    assert disaster.date == "2024-03-10" and counts_of(disaster) == {"killed": 12}
    assert "DISASTER" not in events_of("وتوفي الممثل الشهير الأحد عن 80 عاما في إندونيسيا.")


def test_deaths_of_an_earlier_quake_do_not_take_the_day_of_the_later_one() -> None:
    earlier = events_of("وهز زلزال قوي إندونيسيا الجمعة، وذلك بعد خمسة أشهر على زلزال عنيف أودى بحياة 370 شخصا.")
    assert earlier["DISASTER"].date != "2024-03-15"  # the deaths are the earlier quake's
