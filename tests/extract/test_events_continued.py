"""A statement that goes on ("وأضافت…") from the one told right before it takes that one's day, whoever its
pronoun was read as ("وقالت شرطة المدينة" then "وأضافت": the city, or the police, speaks on); sentences written
for these tests."""

from __future__ import annotations

from rasad.document import Document, Meta
from rasad.pipeline import Pipeline

SUNDAY = "2018-10-07"
LEAD = ("أعلنت الشرطة الألمانية إحباط هجوم بمادة سامة في مدينة كولونيا.\n\n"
        "وقالت شرطة المدينة في بيان، الأحد، إن المشتبه به تونسي يبلغ من العمر 29 عاما.\n\n")


def _statement_days(text: str) -> list[str | None]:
    doc = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions", "quotes", "events"])(
        Document(text, meta=Meta(published="2018-10-08")))
    return [e.date for e in doc.events if e.type == "STATEMENT"]


def test_a_statement_that_goes_on_takes_the_day_of_the_one_before() -> None:
    days = _statement_days(LEAD + "وأضافت أن المحققين عثروا في شقته على كمية من مادة الريسين.")
    assert days and set(days) == {SUNDAY}


def test_the_day_goes_on_over_two_sentences() -> None:
    days = _statement_days(LEAD + "وأضافت أن المحققين عثروا في شقته على كمية من مادة الريسين.\n\n"
                           "وتابعت أن زوجته اعتقلت أيضا.")
    assert days and set(days) == {SUNDAY}



def test_a_statement_that_goes_on_follows_its_lead_to_the_day_the_body_gives() -> None:
    doc = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions", "quotes", "events"])(
        Document("أكد الرئيس الأميركي دونالد ترامب التزام بلاده بالدفاع عن حلفائها في آسيا.\n\n"
                 "وأضاف أن \"الولايات المتحدة لن تتخلى عن أصدقائها\".\n\n"
                 "وقال ترامب في كلمة أمام الجنود في قاعدة عسكرية، الثلاثاء، إن بلاده ملتزمة بأمن المنطقة.",
                 meta=Meta(published="2018-04-11")))
    assert {e.date for e in doc.events if e.type == "STATEMENT"} == {"2018-04-10"}
