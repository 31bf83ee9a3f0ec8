"""Withdrawing one's support is a rejection, not support (sentences written for these tests), and a day told
inside a wide trigger's words dates that trigger."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

PEOPLE = {"ترامب": ("PER", "kb:p:trump"), "الرئيس الأميركي دونالد ترامب": ("PER", "kb:p:trump")}


def test_withdrawing_support_for_a_statement_is_a_rejection() -> None:
    doc = make_doc("وسحب ترامب دعمه للبيان المشترك في تغريدة.", mentions=PEOPLE, published="2023-06-10")
    events = extract_events(doc)
    assert of_type(events, "REJECT") and not of_type(events, "SUPPORT")


def test_a_day_between_the_verb_and_its_object_dates_the_withdrawal() -> None:
    text = "سحب الرئيس الأميركي دونالد ترامب السبت تأييده للبيان الختامي لقمة مجموعة السبع."
    doc = make_doc(text, mentions=PEOPLE, timexes={"السبت": ("2023-06-10", None)}, published="2023-06-11")
    (reject,) = of_type(extract_events(doc), "REJECT")
    assert reject.date == "2023-06-10"
