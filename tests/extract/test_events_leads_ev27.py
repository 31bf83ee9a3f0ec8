"""Events that a reading of random news leads found missed, on sentences written for these tests: a poisoning is an
attack on whom it names, storming a town is a raid, a body consenting to a bill agrees to it, a cause answered is older
than the answer, and a noun with a pronoun suffix takes no later mention for the genitive that pronoun fills."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, make_doc, of_type

ACTORS = {"بريطانيا": ("GPE", "kb:c:GB"), "روسيا": ("GPE", "kb:c:RU"), "سالم العبدالله": ("PER", "PER:سالم العبدالله"),
          "بلدة عزون": ("GPE", "GPE:عزون"), "البرلمان": ("ORG", "ORG:البرلمان"), "ماكرون": ("PER", "kb:p:macron"),
          "ترامب": ("PER", "kb:p:trump"), "الحلف": ("ORG", "ORG:الحلف")}
DAYS = {"الأربعاء": ("2023-05-17", None), "الخميس": ("2023-05-18", None)}


def _events(text: str):
    return extract_events(make_doc(text, mentions=ACTORS, timexes=DAYS, published="2023-05-18"))


def test_a_poisoning_is_an_attack_on_whom_it_names() -> None:
    e = by_type(_events("اتهمت بريطانيا روسيا الخميس بتسميم المعارض سالم العبدالله."))["ASSAULT"]
    assert e.target == "PER:سالم العبدالله"


def test_a_poisoning_answered_takes_not_the_day_of_the_answer() -> None:
    e = by_type(_events("أعلن الحلف الخميس طرد سبعة دبلوماسيين ردا على تسميم المعارض سالم العبدالله."))["ASSAULT"]
    assert e.date is None


def test_food_poisoning_is_no_attack() -> None:
    assert not of_type(_events("أصيب عشرون تلميذا في بريطانيا الخميس بتسمم غذائي."), "ASSAULT")


def test_storming_a_town_is_a_raid() -> None:
    e = by_type(_events("اقتحمت قوات الاحتلال الأربعاء بلدة عزون."))["COERCE"]
    assert e.date == "2023-05-17"


def test_a_body_consenting_to_a_bill_agrees_with_its_subject_between() -> None:
    e = by_type(_events("وافق البرلمان الأربعاء على مشروع قانون الموازنة."))["AGREE"]
    assert (e.actor, e.date) == ("ORG:البرلمان", "2023-05-17")


def test_the_day_a_verb_dates_alone_is_no_agreement() -> None:
    assert not of_type(_events("تبدأ الامتحانات يوم الخميس الذي يوافق عيد العمال في بريطانيا."), "AGREE")


def test_a_noun_with_a_pronoun_suffix_takes_no_later_mention_as_its_actor() -> None:
    e = by_type(_events("أعلنت الحكومة الأربعاء عن تأييدها لبريطانيا في الأزمة."))["SUPPORT"]
    assert (e.actor, e.target) == (None, "kb:c:GB")
