"""What did not happen gets no day, and an outlet cited as the source makes no statement (sentences written for these
tests): a speech verb after a negator ("ولم تكشف الشرطة"، "دون أن يكشف") is negated, an act after "في حال" is
conditional, and an outlet named after a postposing link ("، وفق ما ذكرت وكالة رويترز") is the article's sourcing."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "رويترز": ("ORG", "kb:o:reuters"),
    "وكالة إدارة الكوارث": ("ORG", "ORG:وكالة إدارة الكوارث"),
    "الشرطة الفرنسية": ("ORG", "ORG:الشرطة الفرنسية"),
    "الشرطة": ("ORG", "ORG:الشرطة الفرنسية"),
    "باريس": ("GPE", "GPE:باريس"),
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "البرلمان": ("ORG", "ORG:البرلمان"),
    "الحكومة": ("ORG", "ORG:الحكومة"),
}
TUESDAY = {"الثلاثاء": ("2023-05-16", None)}


def _events(text: str, timexes: dict[str, tuple[str, str | None]] | None = None) -> list:
    return extract_events(make_doc(text, mentions=NAMES, timexes=timexes or TUESDAY, published="2023-05-16"))


def test_an_outlet_named_after_a_postposing_link_makes_no_statement() -> None:
    events = _events("ارتفع سعر الذهب 2 بالمئة في أواخر التعاملات، وفق ما ذكرت وكالة رويترز، الثلاثاء.")
    assert [e for e in of_type(events, "STATEMENT") if e.actor == "kb:o:reuters"] == []


def test_an_agency_that_is_no_outlet_keeps_its_statement_after_a_postposing_link() -> None:
    events = _events("ارتفع عدد قتلى الفيضانات إلى 40 شخصا، حسبما أفادت وكالة إدارة الكوارث، الثلاثاء.")
    assert [(e.actor, e.date) for e in of_type(events, "STATEMENT")] == [("ORG:وكالة إدارة الكوارث", "2023-05-16")]


def test_a_speech_verb_after_a_negator_is_no_statement_of_the_day() -> None:
    events = _events("اعتقلت الشرطة الفرنسية ثلاثة أشخاص الثلاثاء في باريس.\nولم تكشف الشرطة عن هوية المعتقلين.")
    said = [e for e in of_type(events, "STATEMENT") if e.actor == "ORG:الشرطة الفرنسية"]
    assert [(e.negated, e.date) for e in said] == [(True, None)]


def test_a_speech_verb_after_without_is_negated() -> None:
    events = _events("وقال سامي نادر الثلاثاء إن الحكومة ستدرس المطالب، دون أن يكشف عن موعد القرار.")
    assert [(e.negated, e.date) for e in of_type(events, "STATEMENT")] == [(False, "2023-05-16"), (True, None)]


def test_an_act_after_in_case_is_conditional() -> None:
    events = _events("وقالت الحكومة الثلاثاء إنها ستستقيل في حال وافق البرلمان على القانون.")
    assert [e.modality for e in of_type(events, "AGREE")] == ["conditional"]


def test_a_conditional_act_takes_no_day_of_its_clause() -> None:
    events = _events("وقالت الحكومة إن الرسوم ستطبق، وفي حال رفض البرلمان الاتفاق في الأول من يونيو، فإنها ستستقيل.",
                     {"في الأول من يونيو": ("2023-06-01", None)})
    assert [(e.modality, e.date) for e in of_type(events, "REJECT")] == [("conditional", None)]
