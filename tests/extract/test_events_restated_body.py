"""A lead that names no day, whose event the body dates the day before publication: the body's news of no day of
its own is that day's too, unless another day is told around it; sentences written for these tests."""

from __future__ import annotations

from rasad.document import Document, Meta
from rasad.pipeline import Pipeline

LEAD = ("قتل 20 شخصا في هجوم انتحاري استهدف مسجدا في مدينة قندهار جنوبي أفغانستان.\n\n"
        "وأصيب في الهجوم أكثر من 30 شخصا بجروح.\n\n")
SAID = "وقالت وزارة الداخلية الأفغانية إن الانتحاري فجر نفسه عند مدخل المسجد."


def _statement_days(text: str) -> list[str | None]:
    doc = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions", "quotes", "events"])(
        Document(text, meta=Meta(published="2018-04-10")))
    return [e.date for e in doc.events if e.type == "STATEMENT"]


def test_the_body_tells_the_news_of_the_day_its_lead_event_took() -> None:
    assert _statement_days(LEAD + "ووقع الهجوم مساء الاثنين أثناء صلاة العشاء.\n\n" + SAID) == ["2018-04-09"]


def test_a_lead_event_dated_days_before_sets_no_day_for_the_body() -> None:
    assert _statement_days(LEAD + "ووقع الهجوم مساء السبت أثناء صلاة العشاء.\n\n" + SAID) == [None]
