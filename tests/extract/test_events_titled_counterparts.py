"""Whom a preposition governs when a title stands between it and the name, the other party of a meeting and the body
victims are counted out of, on sentences written for these tests: "ضد الرئيس الأمريكي دونالد ترامب" makes Trump the
target, never the subject; "ضد عمدة لندن صادق خان" the mayor, London staying where he sits; "مع X" after a meeting is its
other party, its target, even where its doer is only a title or a pronoun ("اجتمع الوزير مع الرئيس السيسي"); after an
accord or cooperation only where the event has its actor; "مقتل 26 من قوات النظام" has the army for
its target, "مقتل ثلاثة من الجنود الإسرائيليين" Israel, and "أعلن الجيش مقتل ثمانية من جنوده" the army."""

from __future__ import annotations

from rasad.document import Document, Mention, Span
from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, make_doc

ACTORS = {"دونالد ترامب": ("PER", "kb:p:trump"), "صادق خان": ("PER", "PER:صادق خان"), "لندن": ("GPE", "kb:l:london"),
          "عبد الفتاح السيسي": ("PER", "kb:p:sisi"), "بوتين": ("PER", "kb:p:putin"),
          "فلاديمير بوتين": ("PER", "kb:p:putin"), "رجب طيب أردوغان": ("PER", "kb:p:erdogan"),
          "تركيا": ("GPE", "kb:c:TR"), "سالم العبدالله": ("PER", "PER:سالم العبدالله")}
DAYS = {"الأربعاء": ("2023-05-17", None), "أبريل": ("2023-04", None)}
TITLES = ("الرئيس الأمريكي", "الرئيس", "الرئيس الروسي", "الرئيس التركي")


def _events(text: str):
    doc = make_doc(text, mentions=ACTORS, timexes=DAYS, published="2023-05-18")
    _title_people(doc)
    return extract_events(doc)


def _title_people(doc: Document) -> None:
    """The title right before a person, as the entity layer records it (Mention.role)."""
    out = []
    for m in doc.mentions:
        if m.type == "PER" and not any(x is not m and x.span.start <= m.span.start < x.span.end for x in doc.mentions):
            before = doc.text[: m.span.start].rstrip()
            title = max((t for t in TITLES if before.endswith(t)), key=len, default=None)
            if title is not None:
                m = Mention(m.span, m.type, m.entity_id, role=Span(len(before) - len(title), len(before)))
        out.append(m)
    doc.mentions[:] = out


def test_a_titled_person_after_against_is_the_target_not_the_subject() -> None:
    e = by_type(_events("تظاهر المئات الأربعاء ضد الرئيس الأمريكي دونالد ترامب."))["PROTEST"]
    assert (e.actor, e.target) == (None, "kb:p:trump")


def test_a_mayor_after_against_is_the_target_and_his_town_where() -> None:
    e = by_type(_events("تظاهر المئات الأربعاء ضد عمدة لندن صادق خان."))["PROTEST"]
    assert (e.actor, e.target) == (None, "PER:صادق خان")


def test_the_titled_person_met_with_is_the_other_party() -> None:
    e = by_type(_events("اجتمع سالم العبدالله الأربعاء مع الرئيس عبد الفتاح السيسي."))["CONSULT"]
    assert (e.actor, e.target, e.date) == ("PER:سالم العبدالله", "kb:p:sisi", "2023-05-17")


def test_the_person_met_with_is_the_target() -> None:
    e = by_type(_events("التقى سالم العبدالله الأربعاء مع بوتين."))["CONSULT"]
    assert (e.actor, e.target) == ("PER:سالم العبدالله", "kb:p:putin")


def test_a_meeting_between_two_titled_presidents_has_both() -> None:
    text = "تستضيف تركيا في أبريل لقاء بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان."
    e = by_type(_events(text))["CONSULT"]
    assert {e.actor, e.target} == {"kb:p:putin", "kb:p:erdogan"}


def test_the_dead_counted_out_of_a_body_make_it_the_target() -> None:
    doc = make_doc("وأعلن المرصد الأربعاء مقتل 26 من قوات النظام في هجوم.",
                   mentions={"قوات النظام": ("ORG", "kb:o:sy_army")}, timexes=DAYS, published="2023-05-18")
    e = by_type(extract_events(doc))["ASSAULT"]
    assert (e.target, e.date) == ("kb:o:sy_army", "2023-05-17")



def test_an_army_announcing_its_own_dead_is_their_target_not_their_killer() -> None:
    doc = make_doc("أعلن الجيش التركي الأربعاء مقتل ثمانية من جنوده في اشتباكات.",
                   mentions={"الجيش التركي": ("ORG", "kb:o:tr_army")}, timexes=DAYS, published="2023-05-18")
    e = by_type(extract_events(doc))["ASSAULT"]
    assert (e.actor, e.target) == (None, "kb:o:tr_army")


def test_soldiers_of_a_nation_counted_as_dead_make_it_the_target() -> None:
    e = by_type(_events("قتل ثلاثة من الجنود الإسرائيليين الأربعاء في هجوم."))["ASSAULT"]
    assert (e.target, e.date) == ("kb:c:IL", "2023-05-17")


def test_a_summit_of_his_own_has_the_other_party_for_target() -> None:
    e = by_type(_events("وقال الزعيم في مؤتمر صحفي بعد قمته الأربعاء مع الرئيس فلاديمير بوتين إن المحادثات مثمرة."))["CONSULT"]
    assert e.target == "kb:p:putin"


def test_a_meeting_whose_doer_is_only_a_title_has_the_other_party() -> None:
    e = by_type(_events("اجتمع الوزير الأربعاء مع الرئيس عبد الفتاح السيسي."))["CONSULT"]
    assert (e.actor, e.target, e.date) == (None, "kb:p:sisi", "2023-05-17")


def test_a_meeting_told_by_its_verb_alone_has_the_other_party() -> None:
    e = by_type(_events("والتقى الأربعاء مع بوتين."))["CONSULT"]
    assert (e.target, e.date) == ("kb:p:putin", "2023-05-17")


def test_a_meeting_noun_of_an_unnamed_doer_has_the_other_party() -> None:
    e = by_type(_events("وعقد رئيس الحكومة الأربعاء اجتماعا مع الرئيس عبد الفتاح السيسي."))["CONSULT"]
    assert (e.target, e.date) == ("kb:p:sisi", "2023-05-17")


def test_coordination_with_a_country_and_no_doer_is_no_event() -> None:
    assert "COOPERATE" not in by_type(_events("وأكد الأربعاء أهمية التنسيق مع تركيا."))
