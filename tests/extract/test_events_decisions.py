"""Meetings held and called off, prices and taxes a government sets, and a lead that recalls an older day,
on sentences written for these tests."""

from __future__ import annotations

from rasad.document import EventMention
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc

COUNCIL = {"مجلس الأمن الدولي": ("ORG", "kb:o:unsc")}


def _of(events: list[EventMention], etype: str) -> list[EventMention]:
    return [e for e in events if e.type == etype]


def test_a_meeting_held_in_the_accusative_is_a_consultation() -> None:
    doc = make_doc("عقد مجلس الأمن الدولي اجتماعا طارئا الاثنين لبحث الوضع في المدينة.", mentions=COUNCIL,
                   timexes={"الاثنين": ("2023-03-06", None)}, published="2023-03-07")
    [meeting] = _of(extract_events(doc), "CONSULT")
    assert meeting.actor == "kb:o:unsc" and meeting.date == "2023-03-06"


def test_a_meeting_called_off_did_not_take_place() -> None:
    doc = make_doc("وألغى مجلس الأمن الدولي اجتماعا كان مقررا مع وفد المعارضة.", mentions=COUNCIL, published="2023-03-07")
    [meeting] = _of(extract_events(doc), "CONSULT")
    assert meeting.modality == "cancelled" and meeting.date is None


def test_a_meeting_struck_is_where_the_strike_fell() -> None:
    doc = make_doc("واستهدفت غارة جوية اجتماعا لقادة الجماعة المسلحة في مدينة الحلة الخميس.",
                   mentions={"الحلة": ("GPE", "GPE:حله")}, timexes={"الخميس": ("2023-03-02", None)})
    events = extract_events(doc)
    assert not _of(events, "CONSULT")
    assert [e.date for e in _of(events, "ASSAULT")] == ["2023-03-02"]


def test_a_government_raising_prices_decides_and_says_so() -> None:
    doc = make_doc("ورفعت الحكومة المغربية في مارس أسعار الكهرباء بنسبة عشرة في المئة.",
                   mentions={"الحكومة المغربية": ("ORG", "ORG:حكومه مغربيه")},
                   timexes={"في مارس": ("2023-03", None)}, published="2023-05-02")
    [rise] = _of(extract_events(doc), "STATEMENT")
    assert rise.actor == "ORG:حكومه مغربيه" and rise.date == "2023-03"


def test_value_added_tax_imposed_or_raised_is_a_decision_of_its_day() -> None:
    doc = make_doc("وكانت تونس قد فرضت ضريبة القيمة المضافة بنسبة 12% في يناير 2019.",
                   mentions={"تونس": ("GPE", "kb:c:TN")}, timexes={"يناير 2019": ("2019-01", None)}, published="2023-05-02")
    [tax] = _of(extract_events(doc), "STATEMENT")
    assert tax.actor == "kb:c:TN" and tax.date == "2019-01"


def test_a_price_rise_named_as_a_decision_is_no_new_event() -> None:
    doc = make_doc("وقال خبراء إن قرار رفع أسعار الوقود جاء متأخرا.", published="2023-05-02")
    assert not [e for e in extract_events(doc) if e.type == "STATEMENT" and e.actor is None]
    assert all(doc.span_text(e.trigger) != "رفع أسعار" for e in extract_events(doc) if e.trigger)


def test_a_lead_that_recalls_a_day_two_months_back_gives_the_body_no_news_day() -> None:
    """The body's statement is not of 16 March: the lead names no day of its own news, so it stays undated."""
    doc = make_doc("ورفعت الحكومة المغربية، يوم 16 مارس الماضي، أسعار الوقود.\nوتشهد الأسواق هدوءا.\n"
                   "وقالت وزارة المالية في بيان إن التضخم سيتراجع.",
                   mentions={"الحكومة المغربية": ("ORG", "ORG:حكومه مغربيه"), "وزارة المالية": ("ORG", "ORG:وزاره ماليه")},
                   timexes={"يوم 16 مارس الماضي": ("2023-03-16", None)}, published="2023-05-16")
    said = {e.actor: e.date for e in extract_events(doc) if e.type == "STATEMENT"}
    assert said["ORG:حكومه مغربيه"] == "2023-03-16"
    assert said["ORG:وزاره ماليه"] is None
