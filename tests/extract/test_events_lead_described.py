"""A lead whose time expressions all date what a relative clause describes still tells its own news, on sentences
written for these tests ("اتهمت روسيا إسرائيل بالمسؤولية عن تدمير المطار الذي قصفته طائراتها صباح الاثنين")."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"روسيا": ("GPE", "kb:c:RU"), "إسرائيل": ("GPE", "kb:c:IL")}
BODY = "\nوتبدو المنطقة هادئة."


def _accused(text: str, timexes: dict[str, tuple[str, str | None]], published: str) -> str | None:
    doc = make_doc(text + BODY, mentions=ACTORS, timexes=timexes, published=published)
    return {e.actor: e.date for e in of_type(extract_events(doc), "ACCUSE")}["kb:c:RU"]


def test_a_lead_accusation_about_a_raid_of_the_same_morning_is_of_the_day_posted() -> None:
    text = "اتهمت روسيا إسرائيل بالمسؤولية عن تدمير المطار الذي قصفته طائراتها صباح الاثنين."
    assert _accused(text, {"صباح الاثنين": ("2023-05-22", None)}, "2023-05-22") == "2023-05-22"


def test_a_lead_accusation_about_a_raid_days_before_is_of_the_day_posted() -> None:
    text = "اتهمت روسيا إسرائيل بالمسؤولية عن تدمير المطار الذي قصفته طائراتها يوم الخميس."
    assert _accused(text, {"يوم الخميس": ("2023-05-18", None)}, "2023-05-22") == "2023-05-22"


def test_a_lead_accusation_with_a_day_of_its_own_keeps_that_day() -> None:
    text = "اتهمت روسيا يوم الخميس إسرائيل بالمسؤولية عن تدمير المطار الذي قصفته طائراتها."
    assert _accused(text, {"يوم الخميس": ("2023-05-18", None)}, "2023-05-22") == "2023-05-18"
