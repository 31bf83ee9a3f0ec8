"""Dates that belong to another part of the sentence (sentences written for these tests): a day told inside a
quote is the quote's, a day a measure takes effect from is not the day it was announced."""

from __future__ import annotations

from rasad.extract.events.article_place import article_place
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

PEOPLE = {"ترامب": ("PER", "kb:p:trump"), "أوزيل": ("PER", "kb:p:ozil")}


def test_a_day_inside_a_quote_does_not_date_the_statement_after_it() -> None:
    text = 'وقال ترامب في بيان: "قررت تطبيق الرسوم على الصلب اعتبارا من 13 أغسطس"، وأضاف ترامب "القرار يحمي الصناعة".'
    doc = make_doc(text, mentions=PEOPLE, timexes={"13 أغسطس": ("2023-08-13", None)}, published="2023-08-11")
    statements = of_type(extract_events(doc), "STATEMENT")
    assert statements and all(e.date != "2023-08-13" for e in statements)



VOLCANO = {"بركان كيلاويا": ("LOC", "LOC:kilauea"), "هاواي": ("GPE", "kb:l:hawaii")}


def test_an_evacuation_naming_no_place_is_where_the_article_is() -> None:
    text = ("تدفقت حمم بركان كيلاويا في هاواي على الطرق.\n"
            "وأجلت السلطات نحو 2000 شخص من القرى القريبة.")
    events = extract_events(make_doc(text, mentions=VOLCANO, published="2023-06-03"))
    assert [e.location for e in of_type(events, "AID")] == ["kb:l:hawaii"]


def test_an_evacuation_is_no_event_where_the_article_names_no_one_place() -> None:
    text = "وأجلت السلطات نحو 2000 شخص من القرى القريبة."
    assert of_type(extract_events(make_doc(text, mentions=VOLCANO, published="2023-06-03")), "AID") == []



def test_the_article_place_is_the_one_the_lead_names_after_fi() -> None:
    text = "تتواصل الاحتجاجات في البصرة لليوم السادس.\nوقال متظاهر إن المطالب لم تتحقق."
    assert article_place(make_doc(text, mentions={"البصرة": ("GPE", "kb:l:basra")}, published="2023-07-10")) == "kb:l:basra"
