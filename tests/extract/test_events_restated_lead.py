"""A lead event that names no day takes the day a later sentence gives for the same event (restated.py), on
articles written for these tests: an attack the body dates the evening before, a statement its speaker is
said to have made the day before; not an attack elsewhere, two days told for it, a day after the lead's, nor a
present verb ("وتتهم") that a day of another act stands beside."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc

LEAD = "قتل 20 شخصا على الأقل في هجوم انتحاري استهدف مسجدا في مدينة قندوز.\nوتشهد المدينة حالة من الحزن."
PLACES = {"قندوز": ("GPE", "GPE:قندوز"), "هلمند": ("GPE", "GPE:هلمند")}
SUNDAY = {"مساء الأحد": ("2023-05-14", None)}
MONDAY = "2023-05-15"


def _assaults(text: str, timexes: dict[str, tuple[str, str | None]]) -> list[str | None]:
    doc = make_doc(text, mentions=PLACES, timexes=timexes, published=MONDAY)
    return [e.date for e in extract_events(doc) if e.type == "ASSAULT"]


def test_the_lead_attack_takes_the_day_the_body_tells_for_it() -> None:
    assert _assaults(LEAD + "\nووقع الهجوم مساء الأحد أثناء صلاة العشاء.", SUNDAY)[0] == "2023-05-14"


def test_the_day_a_statement_tells_for_the_attack_counts_too() -> None:
    text = LEAD + "\nوقالت الشرطة إن الهجوم وقع مساء الأحد أثناء صلاة العشاء."
    assert _assaults(text, SUNDAY)[0] == "2023-05-14"


def test_an_attack_elsewhere_on_another_day_is_another_event() -> None:
    text = LEAD + "\nوفي هلمند، قتل ثلاثة جنود في هجوم مساء الأحد."
    assert _assaults(text, SUNDAY)[0] == MONDAY


def test_two_days_told_for_the_attack_leave_the_lead_at_publication() -> None:
    text = LEAD + "\nووقع الهجوم مساء الأحد.\nووقع الهجوم صباح السبت بحسب مصادر أخرى."
    timexes = {**SUNDAY, "صباح السبت": ("2023-05-13", None)}
    assert _assaults(text, timexes)[0] == MONDAY


def test_the_speaker_of_a_lead_statement_said_it_the_day_before() -> None:
    text = ("أكد وزير الخارجية سامي نادر التزام بلاده بالاتفاق النووي.\nوتشهد العاصمة حركة دبلوماسية.\n"
            "وقال نادر في مؤتمر صحفي مساء الأحد إن بلاده ستبقى في الاتفاق.")
    doc = make_doc(text, mentions={"سامي نادر": ("PER", "PER:سامي نادر"), "نادر": ("PER", "PER:سامي نادر")},
                   timexes=SUNDAY, published=MONDAY)
    dates = [e.date for e in extract_events(doc) if e.actor == "PER:سامي نادر"]
    assert dates[0] == "2023-05-14"


def test_a_present_accusation_beside_a_dated_act_gives_no_day() -> None:
    text = ("انتقدت وزارة الخارجية سامي نادر بشدة المناورات العسكرية.\nوتشهد المنطقة توترا.\n"
            "وتتهم سامي نادر جارتها باستعراض القوة، ونفذت تدريبات بالذخيرة الحية مساء الأحد.")
    doc = make_doc(text, mentions={"سامي نادر": ("PER", "PER:سامي نادر")}, timexes=SUNDAY, published=MONDAY)
    dates = [e.date for e in extract_events(doc) if e.type == "ACCUSE"]
    assert dates and dates[0] == MONDAY
