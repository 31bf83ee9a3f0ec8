"""Participants named by a common noun (police, authorities, prosecutors), on sentences written for these tests: the
subject of a verb stands for the country of its nationality adjective, else for the body of its kind the article
names, else for the country of its sentence; a genitive, a source after "بحسب" and an object after a verb whose
subject is a pronoun are none, and an adjective of no known nation leaves it unread."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, make_doc

ACTORS = {"سالم العبدالله": ("PER", "PER:سالم العبدالله"), "بريطانيا": ("GPE", "kb:c:GB"),
          "الشرطة البريطانية": ("ORG", "ORG:الشرطه البريطانيه"), "ماكرون": ("PER", "kb:p:macron"),
          "الحكومة الإيطالية": ("ORG", "ORG:الحكومه الايطاليه")}
DAYS = {"الأربعاء": ("2023-05-17", None), "الخميس": ("2023-05-18", None)}


def _events(text: str):
    return extract_events(make_doc(text, mentions=ACTORS, timexes=DAYS, published="2023-05-18"))


def test_authorities_with_their_nationality_are_the_country_not_the_one_arrested() -> None:
    e = by_type(_events("اعتقلت السلطات الإيرانية الأربعاء المحامي سالم العبدالله."))["COERCE"]
    assert (e.actor, e.target) == ("kb:c:IR", "PER:سالم العبدالله")


def test_an_arrest_by_authorities_named_by_nationality_alone_is_kept() -> None:
    e = by_type(_events("أعلنت السلطات الأميركية الخميس القبض على امرأة روسية بتهمة التجسس."))["COERCE"]
    assert (e.actor, e.date) == ("kb:c:US", "2023-05-18")


def test_the_bare_police_is_the_police_the_article_names() -> None:
    text = "قالت الشرطة البريطانية إن التحقيق مستمر.\nواعتقلت الشرطة الخميس سالم العبدالله."
    e = by_type(_events(text))["COERCE"]
    assert (e.actor, e.target) == ("ORG:الشرطه البريطانيه", "PER:سالم العبدالله")


def test_police_named_by_no_body_speak_for_the_country_of_their_sentence() -> None:
    e = by_type(_events("وقالت الشرطة في بريطانيا الخميس إن التحقيق مستمر."))["STATEMENT"]
    assert e.actor == "kb:c:GB"


def test_prosecutors_accuse_the_man_named_after_them() -> None:
    e = by_type(_events("واتهم ممثلو الادعاء في بريطانيا الخميس سالم العبدالله بالتجسس."))["ACCUSE"]
    assert (e.actor, e.target) == ("kb:c:GB", "PER:سالم العبدالله")


def test_the_police_in_a_genitive_is_no_participant() -> None:
    events = _events("قتل شاب برصاص الشرطة الأربعاء في بريطانيا.")
    assert events and all(e.target != "kb:c:GB" and e.actor != "kb:c:GB" for e in events)


def test_authorities_after_a_pronoun_subject_are_the_object() -> None:
    events = _events("وقال ماكرون الخميس إنه أبلغ السلطات الإيرانية احتجاجه.")
    assert all(e.actor != "kb:c:IR" for e in events)


def test_an_unknown_nationality_is_not_another_body_of_the_same_kind() -> None:
    text = "ورحبت الحكومة الإيطالية بالقرار.\nوأكدت الحكومة المالطية الخميس أنها وفت بالتزاماتها."
    second = text.index("\n")
    assert all(e.actor != "ORG:الحكومه الايطاليه" for e in _events(text) if e.span.start > second)
