"""The eve of an event ("عشية الإضراب") is the day before the event, dated by the clause or by the lead."""

from __future__ import annotations

import datetime as dt

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)  # a Thursday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start : t.span.end], t.value) for t in tag(text, REF)]


def test_the_clause_names_the_eves_own_day() -> None:
    text = "ودعت الحكومة الأربعاء، عشية تظاهرة جديدة، إلى ضبط النفس."
    assert _values(text)[-1] == ("عشية تظاهرة", "2019-03-13")


def test_the_lead_names_the_events_day() -> None:
    text = ("أغلقت آلاف المحال أبوابها الخميس في إضراب عام دعت إليه النقابات. "
            "وكان وزير المالية قد قال عشية الإضراب إن الحكومة لن تتراجع.")
    assert _values(text)[-1] == ("عشية الإضراب", "2019-03-13")


def test_a_stage_of_the_event_is_skipped_to_find_it() -> None:
    text = ("أغلقت آلاف المحال أبوابها الخميس في إضراب عام. "
            "وشهدت مواقع التواصل عشية تنفيذ الإضراب حملات واسعة.")
    assert _values(text)[-1] == ("عشية تنفيذ", "2019-03-13")


def test_an_eve_whose_event_has_no_day_gets_no_value() -> None:
    text = "وقال المدرب عشية المباراة إن فريقه جاهز."
    assert _values(text) == [("عشية المباراة", None)]


def test_eve_before_a_day_word_is_its_evening_and_overnight_is_no_eve() -> None:
    assert _values("أعلنت الشركة، عشية الثلاثاء، إطلاق هاتف جديد.") == [("عشية الثلاثاء", "2019-03-12TEV")]
    assert _values("ولن تحل الأزمة بين عشية وضحاها.") == []


def test_a_part_of_the_day_before_a_named_day_is_not_today() -> None:
    assert _values("ونشر التقرير عشية اليوم العالمي للمرأة.") == [("عشية اليوم", None)]


def test_the_day_after_an_event_is_dated_like_its_eve() -> None:
    text = "وشنت الطائرات غارات جديدة السبت، غداة مواجهات على الحدود."
    assert _values(text)[-1] == ("غداة مواجهات", "2019-03-09")
    lead = ("شارك آلاف الأردنيين الأربعاء في إضراب عام دعت إليه النقابات. "
            "وقال رئيس الوزراء غداة الإضراب إن الحوار مفتوح.")
    assert _values(lead)[-1] == ("غداة الإضراب", "2019-03-14")
