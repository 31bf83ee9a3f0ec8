"""Sourcing and background in trial and disaster news: an agency relaying its sources makes no statement of its own,
while an outlet reporting its own findings does."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "رويترز": ("ORG", "kb:o:reuters"),
    "فايننشال تايمز": ("ORG", "kb:o:ft"),
    "محكمة الجنايات": ("ORG", "ORG:محكمة الجنايات"),
}


def _events(text: str) -> list:
    doc = make_doc(text, mentions=NAMES, timexes={"السبت": ("2023-03-04", None)}, published="2023-03-04")
    return extract_events(doc)


def test_an_agency_relaying_its_sources_makes_no_statement() -> None:
    events = _events("قضت محكمة الجنايات السبت بإعدام 75 متهما.\nونقلت وكالة رويترز عن مصادر قضائية قولها السبت إن الحكم نهائي.")
    assert not [e for e in of_type(events, "STATEMENT") if e.actor == "kb:o:reuters"]


def test_an_outlet_reporting_its_own_findings_makes_a_statement() -> None:
    events = _events("قضت محكمة الجنايات السبت بإعدام 75 متهما.\nوذكرت صحيفة فايننشال تايمز السبت أن البنك يخشى انهيار العملة.")
    assert [e.actor for e in of_type(events, "STATEMENT")] == ["kb:o:ft"]
