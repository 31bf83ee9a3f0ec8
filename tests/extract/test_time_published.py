"""Publication dates inferred from a text's own clues, and settled across documents."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.corpus.dates import infer_published_across
from rasad.document import Document, Meta
from rasad.extract.time import Analysis, timexes


def guess(text: str) -> dt.date | None:
    g = Analysis(text).guess_published()
    return g.date if g else None


def test_today_with_a_stated_date_fixes_the_day():
    assert guess("أعلن الرئيس مساء اليوم السبت (9 آذار 2019) تشكيل الحكومة") == dt.date(2019, 3, 9)


def test_weekday_and_current_month_and_year_narrow_it():
    text = ("قال المتحدث اليوم الاثنين إن المهلة تنتهي في 30 سبتمبر الجاري، "
            "وإن الحكومة ستعلن خطتها قبل نهاية العام الحالي 2018. وكان الوزير قد زار المدينة أمس الأحد.")
    g = Analysis(text).guess_published()
    assert g is not None and g.date.isoweekday() == 1 and (g.date.year, g.date.month) == (2018, 9)


def test_a_stated_date_matching_the_named_weekday_wins():
    text = "أكد الوزير اليوم الثلاثاء أن المحادثات مستمرة.\n— Minister (@minister) October 2, 2018"
    assert guess(text) == dt.date(2018, 10, 2)


def test_no_clue_no_guess():
    assert guess("وقال الوزير إن المحادثات مستمرة وإن الاتفاق قريب") is None
    assert guess("تأسست الجمعية عام 1990 وتضم مئات الأعضاء") is None


def test_component_marks_an_inferred_date_and_keeps_a_stated_one():
    doc = timexes(Document("أعلن الرئيس مساء اليوم السبت (9 آذار 2019) تشكيل الحكومة", id="a"))
    assert doc.meta.published == "2019-03-09" and doc.meta.published_how == "inferred"
    stated = Document("وصل الوفد أمس", id="b", meta=Meta(published="2020-05-02", published_how="text"))
    timexes(stated)
    assert stated.meta.published == "2020-05-02" and stated.timexes[0].value == "2020-05-01"


def _doc(text: str, id: str, published: str | None = None) -> Document:
    return timexes(Document(text, id=id, meta=Meta(published=published, published_how="text" if published else None)))


def test_other_documents_settle_an_ambiguous_day():
    anchor = _doc("أعلنت وزارة الصحة في 14 نوفمبر الماضي افتتاح المستشفى الجديد في المدينة.", "x", "2019-12-20")
    unsure = _doc("افتتحت وزارة الصحة اليوم الخميس المستشفى الجديد في المدينة، على أن يبدأ العمل "
                  "قبل نهاية العام الجاري 2019، بعد تأخير منذ سبتمبر الماضي.", "y")
    infer_published_across([anchor, unsure])
    assert unsure.meta.published == "2019-11-14" and unsure.meta.published_how == "inferred"
    today = next(t for t in unsure.timexes if unsure.text[t.span.start : t.span.end].endswith("الخميس"))
    assert today.value == "2019-11-14"
    assert anchor.meta.published == "2019-12-20"  # a stated date is never changed


@pytest.mark.parametrize("weekday_phrase", ["أمس الأربعاء", "أول أمس الثلاثاء"])
def test_yesterday_points_at_the_publication_weekday(weekday_phrase):
    text = f"وقالت الشرطة إن الحادث وقع {weekday_phrase}، وفي 1 مارس الجاري بدأ التحقيق الثالث خلال العام الحالي 2018"
    g = Analysis(text).guess_published()
    assert g is not None and g.date.isoweekday() == 4 and g.date.month == 3
