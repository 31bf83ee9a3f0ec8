"""Summoning an envoy with the subject or a day between the verb and the envoy (استدعت الوزارة، السبت، السفير) is a
SANCTION of who summons, the envoy named after it its target. On sentences written for the test."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

SATURDAY = {"السبت": ("2023-03-04", None)}

ENVOYS = {
    "وزارة الخارجية": ("ORG", "ORG:الخارجية"),
    "كمال ناصر": ("PER", "PER:كمال ناصر"),
}


def test_summoning_an_envoy_with_the_subject_between_is_a_sanction() -> None:
    doc = make_doc("استدعت وزارة الخارجية، السبت، السفير كمال ناصر احتجاجا على التصريحات.", mentions=ENVOYS,
                   timexes=SATURDAY, published="2023-03-05")
    (summons,) = of_type(extract_events(doc), "SANCTION")
    assert summons.date == "2023-03-04" and summons.actor == "ORG:الخارجية" and summons.target == "PER:كمال ناصر"
