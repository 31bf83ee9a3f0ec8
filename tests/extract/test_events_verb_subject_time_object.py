"""A time told between a verb with its subject and the event noun after it ("أدان X السبت الهجوم") is the verb's,
not the object's; sentences written for these tests."""

from __future__ import annotations

from tests.extract.handmade import by_type
from tests.extract.test_events_attributed_day import SATURDAY, _events


def test_a_day_between_a_verb_with_its_subject_and_its_object_is_the_verbs() -> None:
    events = _events("أدانت وزارة الدفاع السبت الهجوم على المدينة.")
    assert by_type(events)["ACCUSE"].date == SATURDAY
    assert all(e.date != SATURDAY for e in events if e.type == "ASSAULT")
