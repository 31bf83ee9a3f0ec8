"""Acts the hand corpora showed missed or mistyped, on sentences written for these tests: an ultimatum is a threat, the
site of a protest is a place."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {"الاتحاد العمالي": ("ORG", "ORG:الاتحاد العمالي"), "الحكومة": ("ORG", "ORG:الحكومه"),
         "المحكمة العليا": ("ORG", "ORG:المحكمه العليا")}


def test_an_ultimatum_is_a_threat_by_who_gives_the_time() -> None:
    doc = make_doc("وأمهل الاتحاد العمالي الحكومة أسبوعين لسحب قرار رفع الأسعار الثلاثاء.", mentions=NAMES,
                   timexes={"الثلاثاء": ("2023-03-14", None)}, published="2023-03-14")
    threats = of_type(extract_events(doc), "THREATEN")
    assert [(e.actor, e.target, e.date) for e in threats] == [("ORG:الاتحاد العمالي", "ORG:الحكومه", "2023-03-14")]


def test_the_noun_of_an_ultimatum_has_the_one_given_the_time_for_its_genitive() -> None:
    doc = make_doc("وقررت المحكمة العليا إمهال الحكومة شهرا لتقديم ردها.", mentions=NAMES, published="2023-03-14")
    threats = of_type(extract_events(doc), "THREATEN")
    assert [e.target for e in threats] == ["ORG:الحكومه"]


def test_the_site_of_a_protest_is_a_place_not_the_protest() -> None:
    doc = make_doc("وزار وزير الداخلية سامي حداد موقع الاعتصام مساء الأحد.",
                   mentions={"سامي حداد": ("PER", "PER:سامي حداد")}, timexes={"مساء الأحد": ("2023-03-12TEV", None)},
                   published="2023-03-13")
    events = extract_events(doc)
    assert of_type(events, "PROTEST") == []
    assert [e.actor for e in of_type(events, "CONSULT")] == ["PER:سامي حداد"]
