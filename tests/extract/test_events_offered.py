"""Talks still to come take no day of the article, on sentences written for these tests: talks offered ("أبدت،
الأحد، استعدادها لإجراء محادثات"), an invitation to meet ("قبل دعوة للاجتماع") and talks called coming ("المحادثات
المقبلة") are planned, and the day told before them is the day of the offer or the remark; a day still to come told
after them dates them; talks told as held keep their day."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

PARTIES = {"الحكومة": ("ORG", "ORG:الحكومة"), "المعارضة": ("ORG", "ORG:المعارضة"), "سامي حداد": ("PER", "PER:سامي حداد")}
DAYS = {"الأحد": ("2023-06-04", None), "مايو": ("2023-05", None), "الجمعة المقبلة": ("2023-06-09", None)}


def _consult(text: str) -> list[tuple[str | None, str | None]]:
    doc = make_doc(text, mentions=PARTIES, timexes=DAYS, published="2023-06-05")
    return [(e.date, e.modality) for e in of_type(extract_events(doc), "CONSULT")]


def test_talks_offered_take_no_day_of_the_offer() -> None:
    assert _consult("أبدت الحكومة، الأحد، استعدادها لإجراء محادثات مع المعارضة.") == [(None, "planned")]


def test_an_invitation_to_meet_is_no_meeting() -> None:
    assert _consult("وكان سامي حداد قد قبل في مايو دعوة للاجتماع مع المعارضة.") == [(None, "planned")]


def test_coming_talks_take_no_day_of_the_remark() -> None:
    assert _consult("وعلق سامي حداد، الأحد، على المحادثات المقبلة مع المعارضة.") == [(None, "planned")]


def test_coming_talks_take_the_day_still_to_come() -> None:
    assert _consult("وتعقد المحادثات المقبلة مع المعارضة الجمعة المقبلة.") == [("2023-06-09", "planned")]


def test_talks_held_keep_their_day() -> None:
    assert _consult("وأجرت الحكومة، الأحد، محادثات مع المعارضة.") == [("2023-06-04", None)]
