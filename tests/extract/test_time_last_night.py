"""A night that its sentence does not date, in a report that tells recent news, is the night before publication,
not the night of the first day the report told ("ضرب الزلزال الجمعة … وأنقذت الفرق امرأة أثناء الليل")."""

from __future__ import annotations

import datetime as dt

from rasad.extract.time import tag

REF = dt.date(2019, 3, 18)  # a Monday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start : t.span.end], t.value) for t in tag(text, REF)]


def test_an_undated_night_is_the_night_before_publication() -> None:
    text = ("ضرب زلزال قوي الجزيرة يوم الجمعة وخلف مئات القتلى. وتواصل فرق الإنقاذ البحث عن ناجين. "
            "وقالت وكالة الإنقاذ إنها أنقذت امرأة من تحت الأنقاض أثناء الليل.")
    assert _values(text)[-1] == ("أثناء الليل", "2019-03-17TNI")


def test_a_night_after_a_day_told_the_day_before_is_still_last_night() -> None:
    text = "أفاد المرصد الاثنين بمقتل عشرة مقاتلين. وذكر المرصد أن اشتباكات عنيفة دارت طوال الليل على أطراف المدينة."
    assert _values(text)[-1] == ("طوال الليل", "2019-03-17TNI")


def test_a_night_after_an_earlier_day_of_the_sentence_before_is_that_days() -> None:
    text = "شنت الطائرات غارات على المدينة مساء السبت. واستمر القصف طوال الليل في الأحياء الشرقية."
    assert _values(text)[-1] == ("طوال الليل", "2019-03-16TNI")


def test_a_night_in_a_text_that_tells_no_recent_day_stays_generic() -> None:
    assert _values("ينصح الخبراء بعدم إبقاء الهاتف على الشحن خلال الليل.") == []
