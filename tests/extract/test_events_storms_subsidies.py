"""Storms and subsidies, on sentences written for these tests: deaths in a storm (one named by its kind, its force,
or as what struck; lightning; monsoon rain) are a DISASTER, not an attack, and the blow a storm dealt is no attack;
a storm of words or an operation named a storm stays out. دعم the noun of a subsidy (fuel, energy, prices) is no
political SUPPORT, while a government backing a plan still is."""

from __future__ import annotations

from rasad.document import EventMention
from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, counts_of, make_doc, of_type

PLACES = {"الهند": ("GPE", "india"), "موسكو": ("GPE", "moscow"), "فلوريدا": ("GPE", "florida"),
          "الحكومة": ("ORG", "ORG:الحكومة"), "الأردن": ("GPE", "jordan")}


def _events(text: str, timexes: dict[str, tuple[str, str | None]] | None = None) -> dict[str, EventMention]:
    return by_type(extract_events(make_doc(text, mentions=PLACES, timexes=timexes)))


def test_deaths_in_a_storm_that_struck_are_a_disaster() -> None:
    events = _events("لقي 10 أشخاص حتفهم جراء العاصفة التي ضربت موسكو يوم السبت.",
                     timexes={"يوم السبت": ("2024-04-20", None)})
    assert "ASSAULT" not in events
    disaster = extract_events(make_doc("قتل 12 شخصا على الأقل إثر عواصف ترابية تضرب شمال الهند.", mentions=PLACES))
    (storm,) = of_type(disaster, "DISASTER")
    assert storm.mode == "storm" and counts_of(storm) == {"killed": 12}
    assert not of_type(disaster, "ASSAULT")


def test_deaths_by_lightning_and_monsoon_rain_are_a_disaster() -> None:
    lightning = _events("قال مسؤول محلي إن صاعقة تسببت في مقتل 9 أشخاص داخل مدرسة في الهند.")
    assert "ASSAULT" not in lightning and lightning["DISASTER"].mode == "storm"
    rain = _events("أدت الأمطار الموسمية الغزيرة في شمال الهند إلى مقتل 30 شخصا على الأقل.")
    assert "ASSAULT" not in rain and rain["DISASTER"].mode == "flood"


def test_the_blow_a_hurricane_dealt_is_no_attack() -> None:
    events = extract_events(make_doc(
        "وتبحث فرق الإنقاذ عن ناجين في البلدات التي تلقت أعنف ضربة من الإعصار في فلوريدا بعد أن تسبب في مقتل 8 أشخاص.",
        mentions=PLACES))
    assert not of_type(events, "ASSAULT")
    (storm,) = of_type(events, "DISASTER")
    assert counts_of(storm) == {"killed": 8}


def test_a_storm_of_words_leaves_a_killing_an_attack() -> None:
    events = _events("وتسببت جريمة مقتل العاملة بعاصفة دبلوماسية بين البلدين.")
    assert "DISASTER" not in events and "ASSAULT" in events


def test_a_subsidy_is_no_support() -> None:
    for text in ("وقررت الحكومة خفض دعم الوقود بنسبة 20 في المئة.",
                 "وارتفعت فاتورة دعم المحروقات في الأردن إلى مليار دينار.",
                 "ويهدف البرنامج إلى خفض دعم الحكومة لأسعار الطاقة خلال ثلاث سنوات.",
                 "وقالت الحكومة إن دعم السلع الأساسية يكلف الموازنة الكثير."):
        assert "SUPPORT" not in _events(text), text


def test_a_government_backing_a_plan_is_still_support() -> None:
    events = _events("دعم الأردن خطة السلام التي أعلنتها الحكومة.")
    assert events["SUPPORT"].actor == "jordan"
