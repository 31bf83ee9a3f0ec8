"""Events of common kinds that random news leads showed missed or wrong, on sentences written for these tests: a raid
with its raider between verb and preposition, a condemnation written دانت, an inquiry opened (INVESTIGATE), deaths
counted with no one named, and the adjective تابع that is no statement."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, counts_of, make_doc, of_type

ACTORS = {"إسرائيل": ("GPE", "kb:c:IL"), "غزة": ("GPE", "GPE:غزه"), "فرنسا": ("GPE", "kb:c:FR"),
          "النيابة العامة": ("ORG", "ORG:النيابه العامه"), "سامي نادر": ("PER", "PER:سامي نادر"),
          "القاضي خالد منصور": ("PER", "PER:خالد منصور"), "المدينة": ("GPE", "GPE:المدينه"),
          "وزارة الدفاع": ("ORG", "ORG:وزاره الدفاع")}
SATURDAY = {"السبت": ("2023-05-20", None), "ليل السبت": ("2023-05-20", None)}


def _events(text: str):
    return extract_events(make_doc(text, mentions=ACTORS, timexes=SATURDAY, published="2023-05-21"))


def test_a_raid_with_its_raider_between_the_verb_and_its_preposition() -> None:
    e = by_type(_events("أغارت إسرائيل ليل السبت على موقعين في غزة."))["ASSAULT"]
    assert (e.actor, e.date) == ("kb:c:IL", "2023-05-20")


def test_the_present_that_also_means_changes_takes_no_gap() -> None:
    assert not of_type(_events("تغير الوضع كثيرا على الأرض في غزة السبت."), "ASSAULT")


def test_a_condemnation_written_without_hamza() -> None:
    e = by_type(_events("دانت فرنسا السبت قصف المدينة."))["ACCUSE"]
    assert (e.actor, e.date) == ("kb:c:FR", "2023-05-20")


def test_an_inquiry_opened_is_an_investigation_of_who_opens_it() -> None:
    e = by_type(_events("فتحت النيابة العامة السبت تحقيقا في اختفاء سامي نادر."))["INVESTIGATE"]
    assert (e.actor, e.date) == ("ORG:النيابه العامه", "2023-05-20")


def test_an_announced_inquiry_leaves_the_announcement_a_statement_of_that_day() -> None:
    events = by_type(_events("أعلن القاضي خالد منصور السبت فتح تحقيق في وفاة سامي نادر."))
    assert events["INVESTIGATE"].actor == events["STATEMENT"].actor == "PER:خالد منصور"
    assert events["STATEMENT"].date == "2023-05-20"


def test_achieving_is_no_investigation() -> None:
    assert not of_type(_events("ويهدف البرنامج إلى تحقيق الأهداف في المدينة."), "INVESTIGATE")


def test_deaths_counted_with_no_one_named_are_news() -> None:
    e = by_type(_events("قتل 25 شخصا على الأقل في انفجارين في المدينة السبت."))["ASSAULT"]
    assert (counts_of(e), e.location, e.date) == ({"killed": 25}, "GPE:المدينه", "2023-05-20")


def test_the_adjective_belonging_to_is_no_statement() -> None:
    events = _events("أعلنت وزارة الدفاع أن إسرائيل استهدفت موقعا عسكريا تابعا لها في المدينة السبت.")
    assert [e.actor for e in of_type(events, "STATEMENT")] == ["ORG:وزاره الدفاع"]
