"""Verb-and-object triggers with the subject between them (verb-subject-object order), on sentences written for the test:
"أفرجت السلطات عن"، "أطلقت الحكومة سراح"، "استخدمت الدولة حق النقض"، "سحبت الدولة قواتها"، "أرسلت الدولة قوات"."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "بلاد الرافدين": ("GPE", "GPE:بلاد الرافدين"),
    "جمهورية الجبل": ("GPE", "GPE:جمهورية الجبل"),
    "سامي نادر": ("PER", "PER:سامي نادر"),
}
TUESDAY = {"الثلاثاء": ("2023-03-07", None)}


def _dated(text: str, etype: str) -> list[str | None]:
    events = extract_events(make_doc(text, mentions=NAMES, timexes=TUESDAY, published="2023-03-08"))
    return [e.date for e in of_type(events, etype)]


def test_a_release_with_the_authorities_between_verb_and_preposition() -> None:
    assert _dated("أفرجت سلطات جمهورية الجبل الثلاثاء عن الناشط سامي نادر بعد عامين في السجن.", "CONCEDE") == ["2023-03-07"]


def test_a_release_with_the_government_between_verb_and_noun() -> None:
    assert _dated("أطلقت حكومة جمهورية الجبل، الثلاثاء، سراح الناشط سامي نادر.", "CONCEDE") == ["2023-03-07"]


def test_a_veto_with_the_state_between_verb_and_object() -> None:
    assert _dated("استخدمت جمهورية الجبل، الثلاثاء، حق النقض ضد مشروع القرار.", "REJECT") == ["2023-03-07"]


def test_a_withdrawal_with_the_state_between_verb_and_forces() -> None:
    assert _dated("سحبت جمهورية الجبل الثلاثاء قواتها من أراضي بلاد الرافدين.", "RETREAT") == ["2023-03-07"]


def test_a_deployment_with_the_state_between_verb_and_forces() -> None:
    assert _dated("أرسلت جمهورية الجبل الثلاثاء قوات إضافية إلى حدود بلاد الرافدين.", "MOBILIZE") == ["2023-03-07"]


def test_a_report_published_about_forces_is_no_deployment() -> None:
    assert _dated("نشرت صحيفة جمهورية الجبل الثلاثاء تقريرا عن قوات بلاد الرافدين.", "MOBILIZE") == []


def test_urging_with_hadda_is_a_request() -> None:
    assert _dated("وحض رئيس جمهورية الجبل، الثلاثاء، حكومة بلاد الرافدين على ضبط النفس.", "REQUEST") == ["2023-03-07"]


def test_launching_a_military_operation_is_an_attack() -> None:
    assert _dated("أطلق جيش جمهورية الجبل الثلاثاء عملية عسكرية واسعة على حدود بلاد الرافدين.", "ASSAULT") == ["2023-03-07"]


def test_announcing_a_military_operation_keeps_the_announcement() -> None:
    text = "وأعلن سامي نادر الثلاثاء شن عملية عسكرية لاستعادة حدود بلاد الرافدين."
    events = extract_events(make_doc(text, mentions=NAMES, timexes=TUESDAY, published="2023-03-08"))
    assert [e.date for e in of_type(events, "STATEMENT")] == ["2023-03-07"] and of_type(events, "ASSAULT")


def test_cutting_relations_with_the_state_between() -> None:
    assert _dated("قطعت جمهورية الجبل، الثلاثاء، العلاقات الدبلوماسية مع بلاد الرافدين.", "SANCTION") == ["2023-03-07"]


def test_a_strike_with_the_strikers_between() -> None:
    assert _dated("أضرب عمال المناجم الثلاثاء عن العمل في جمهورية الجبل.", "PROTEST") == ["2023-03-07"]


def test_forming_an_alliance_with_the_founders_between() -> None:
    assert _dated("شكلت جمهورية الجبل الثلاثاء تحالفا عسكريا مع بلاد الرافدين.", "COOPERATE") == ["2023-03-07"]


def test_denouncing_dates_the_denunciation_not_what_is_denounced() -> None:
    text = "وشجب سامي نادر الثلاثاء الهجوم على سفارة جمهورية الجبل."
    events = extract_events(make_doc(text, mentions=NAMES, timexes=TUESDAY, published="2023-03-08"))
    assert [e.date for e in of_type(events, "ACCUSE")] == ["2023-03-07"]
