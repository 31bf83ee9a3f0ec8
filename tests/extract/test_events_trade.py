"""Trade measures: imposing or raising tariffs on another country's goods is a SANCTION (sentences written for
these tests); the duty named alone is no event."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"تركيا": ("GPE", "kb:c:TR"), "الولايات المتحدة": ("GPE", "kb:c:US")}


def test_raising_tariffs_on_a_countrys_goods_is_a_sanction() -> None:
    text = "ورفعت تركيا، الأربعاء، الرسوم الجمركية على واردات من الولايات المتحدة."
    doc = make_doc(text, mentions=ACTORS, timexes={"الأربعاء": ("2023-08-16", None)}, published="2023-08-16")
    sanctions = of_type(extract_events(doc), "SANCTION")
    assert [(e.actor, e.date) for e in sanctions] == [("kb:c:TR", "2023-08-16")]


def test_imposing_a_tariff_is_a_sanction() -> None:
    text = "وفرضت الولايات المتحدة الأربعاء تعريفات على واردات الصلب من تركيا."
    doc = make_doc(text, mentions=ACTORS, timexes={"الأربعاء": ("2023-08-16", None)}, published="2023-08-16")
    assert [e.actor for e in of_type(extract_events(doc), "SANCTION")] == ["kb:c:US"]


def test_the_duty_named_alone_is_no_sanction() -> None:
    text = "وقالت تركيا إن الرسوم الجمركية الحالية مرتفعة."
    doc = make_doc(text, mentions=ACTORS, published="2023-08-16")
    assert of_type(extract_events(doc), "SANCTION") == []
