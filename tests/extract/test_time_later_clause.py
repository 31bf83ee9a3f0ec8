"""A weekday's direction comes from its own clause: a future cue after it that belongs to a later clause (past a
comma, a relative pronoun, or joined by و) does not send it to next week; a past verb of saying before the quote
that holds it is not its tense either."""

import datetime as dt

import pytest

from rasad.extract.time import Analysis

REF = dt.date(2019, 3, 14)  # a Thursday


def values(text: str, ref: dt.date = REF) -> list[str | None]:
    return [t.value for t in Analysis(text).resolve(ref)]


@pytest.mark.parametrize(("text", "expected"), [
    # the relative clause after the object looks forward, the act itself is done
    ("عرض النادي الأربعاء اللاعبين الجدد الذين سيشاركون في البطولة.", "2019-03-13"),
    # a parenthetical day after a past relative clause, then the main clause's future
    ("وقال الخبير إن الجهاز الذي جرى عرضه في المعرض، يوم الثلاثاء، سيكون متاحا للجميع.", "2019-03-12"),
    # a later clause joined by و
    ("وافتتح الوزير المصنع الاثنين وسيزور المنطقة الصناعية الشهر المقبل.", "2019-03-11"),
    ("أقلعت الطائرة الأربعاء محملة بالمساعدات ومن المتوقع وصولها إلى الميناء بعد يومين.", "2019-03-13"),
])
def test_a_future_cue_of_a_later_clause_leaves_the_nearest_day(text, expected) -> None:
    assert values(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وفي يوم السبت، سيجتمع وزراء الخارجية في العاصمة.", "2019-03-16"),  # the day opens its sentence
    ("وأكد المتحدث أن الوفد سيغادر البلاد الجمعة.", "2019-03-15"),  # the future verb before the day
    ("وقالت الشركة إن اجتماع الأحد سيكون حاسما.", "2019-03-17"),  # no clause between the day and the cue
    ("والأربعاء إضراب جديد للعمال، والجمعة، يلتقي الوزير ممثلي النقابات.", "2019-03-15"),  # a scheduled act beside it
])
def test_the_expression_own_future_cue_still_points_forward(text, expected) -> None:
    assert values(text)[-1] == expected


def test_the_verb_of_saying_before_the_quote_is_not_the_tense_of_a_day_inside() -> None:
    # a guard: without this rule the later clause "وسنلعب" would leave only "وأضاف", a past cue, and last Saturday
    text = 'وأضاف المدرب: "لا وقت للراحة. نحن نستعد لمباراة السبت وسنلعب من أجل الفوز".'
    assert values(text) == ["2019-03-16"]


def test_a_clock_time_after_a_later_future_clause_keeps_the_day_of_publication() -> None:
    text = "وصل الوفد إلى المدينة يوم الأربعاء. وفتحت اللجان أبوابها عند الساعة الثامنة صباحا ومن المقرر إغلاقها مساء."
    assert values(text)[-1].startswith("2019-03-14T08")


def test_the_verb_of_saying_still_dates_a_quote_with_no_cue_of_its_own() -> None:
    text = 'وأضافت الوزيرة قائلة "بلغ عدد الزوار في الفترة من أول فبراير حتى نهاية الشهر نحو مليون".'
    assert values(text, dt.date(2019, 8, 10))[0] == "2019-02-01"
