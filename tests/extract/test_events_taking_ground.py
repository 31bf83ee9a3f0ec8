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


LEAD = "قصفت طائرات التحالف، السبت، مواقع الفصائل المسلحة قرب مطار الوادي.\nوقال الجيش الوطني إن الطائرات دمرت مخازن للسلاح.\n"


def test_the_noun_after_after_takes_no_news_day() -> None:
    # "بعد سيطرتها على": the taking was before what the sentence tells, not the article's day
    events = _events(LEAD + "وتقدمت القوات نحو ميناء الشرقي بعد سيطرتها على مطار الوادي.", SATURDAY)
    taken = [e for e in of_type(events, "ASSAULT") if e.target == "FAC:مطار الوادي" and e.date is None]
    assert taken and not [e for e in of_type(events, "ASSAULT") if e.target == "FAC:مطار الوادي" and e.date]


def test_a_long_subject_between_spreading_and_control_keeps_the_verb() -> None:
    text = "وبسطت قوات الجيش الوطني والفصائل المسلحة، بدعم من طيران التحالف العربي وقوات الدعم، سيطرتها على ميناء الشرقي."
    (taken,) = of_type(_events(LEAD + text, SATURDAY), "ASSAULT")[-1:]
    assert taken.trigger is not None and taken.trigger.end - taken.trigger.start > len("سيطرتها على")


def test_control_drawn_near_is_no_taking() -> None:
    assert not of_type(_events("وأكد الجيش الوطني قرب سيطرته على مطار الوادي."), "ASSAULT")


def test_control_of_a_bank_or_a_field_is_no_taking_of_ground() -> None:
    assert not of_type(_events("وبسط الجيش الوطني سيطرته على المصرف المركزي بعد تعيين قائده وزيرا للمالية."), "ASSAULT")
    assert not of_type(_events("وسيطرت الفصائل المسلحة على التعليم في المناطق الخاضعة لها."), "ASSAULT")
    assert of_type(_events("وسيطرت الفصائل المسلحة على مطار الوادي."), "ASSAULT")
