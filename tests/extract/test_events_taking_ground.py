"""Taking or retaking ground by force (سيطرت على، أحكم سيطرته على، بسط سيطرته على، استعاد السيطرة على) is an
ASSAULT of who takes it; holding ground (the present تسيطر) and a match told are none. On sentences written for the test."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "الجيش الوطني": ("ORG", "ORG:الجيش الوطني"),
    "مطار الوادي": ("FAC", "FAC:مطار الوادي"),
    "الفصائل المسلحة": ("ORG", "ORG:الفصائل"),
    "ميناء الشرقي": ("FAC", "FAC:ميناء الشرقي"),
    "نادي النجوم": ("ORG", "ORG:نادي النجوم"),
    "وزارة الدفاع": ("ORG", "ORG:وزارة الدفاع"),
}
SATURDAY = {"السبت": ("2023-03-04", None)}


def _events(text: str, timexes: dict[str, tuple[str, None]] | None = None) -> list:
    return extract_events(make_doc(text, mentions=NAMES, timexes=timexes or {}, published="2023-03-05"))


def test_taking_an_airport_is_an_assault_of_who_takes_it() -> None:
    (taken,) = of_type(_events("وسيطرت قوات الجيش الوطني، السبت، على مطار الوادي بعد معارك عنيفة.", SATURDAY), "ASSAULT")
    assert taken.date == "2023-03-04" and taken.actor == "ORG:الجيش الوطني"


def test_tightening_control_with_the_subject_between_is_the_act() -> None:
    (taken,) = of_type(_events("أحكم الجيش الوطني، السبت، سيطرته على مواقع استراتيجية شرق المدينة.", SATURDAY), "ASSAULT")
    assert taken.date == "2023-03-04" and taken.actor == "ORG:الجيش الوطني"


def test_retaking_control_is_the_act() -> None:
    (taken,) = of_type(_events("واستعاد الجيش الوطني السبت السيطرة على ميناء الشرقي من الفصائل المسلحة.", SATURDAY), "ASSAULT")
    assert taken.date == "2023-03-04" and taken.actor == "ORG:الجيش الوطني"


def test_an_announced_taking_keeps_the_announcement() -> None:
    events = _events("وأعلن الجيش الوطني، السبت، بسط سيطرته على مطار الوادي.", SATURDAY)
    assert of_type(events, "ASSAULT") and of_type(events, "STATEMENT")


def test_holding_ground_in_the_present_is_no_event() -> None:
    assert not of_type(_events("وتسيطر الفصائل المسلحة على ميناء الشرقي منذ سنوات."), "ASSAULT")


def test_dominating_a_match_is_no_event() -> None:
    assert not of_type(_events("وسيطر نادي النجوم على مجريات المباراة في الشوط الأول."), "ASSAULT")


def test_keeping_the_ball_is_no_event() -> None:
    assert not of_type(_events("وسيطر نادي النجوم على الكرة في الدقائق الأولى وضغط على دفاع ضيوفه."), "ASSAULT")
