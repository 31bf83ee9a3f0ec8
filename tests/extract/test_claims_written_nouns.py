"""A feminine noun a number counts is read as written: its ة is no pronoun suffix ("فرصة" is not فرص + ه)."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _values(text: str) -> list[float]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [c.value for c in find_claims(doc)]


def test_ta_marbuta_noun_is_counted() -> None:
    assert _values("وتعرض الشركة في المعرض 80 ألف فرصة استثمارية للمصانع الوطنية.") == [80000]
    assert _values("ودخلت أمس 40 شاحنة محملة بالمساعدات إلى المدينة.") == [40]



def test_written_form_decides_no_proclitic() -> None:  # a guard: "ورقة" as written reads و + رقة; it is one noun
    assert _values("واضطرت السلطات إلى إعادة طباعة 200 ألف ورقة انتخابية.") == [200000]
