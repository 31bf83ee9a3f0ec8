"""A rank ("المرتبة 155 من أصل 180"، "بالمركز 67") is a label, not a count: a label word before the number is read
with a preposition written onto it too; the whole it is ranked in ("من أصل 170 دولة") is a count."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _values(text: str) -> list[float]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [c.value for c in find_claims(doc)]


def test_a_rank_is_no_count() -> None:
    assert _values("وحلت البلاد في المرتبة 140 من أصل 170 دولة في مؤشر الشفافية.") == [170]
    assert _values("وجاء المنتخب بالمركز 58 خلفا لنظيره المغربي.") == []


def test_a_label_with_a_preposition_is_no_count() -> None:
    assert _values("وطالب المحتجون بالمادة 12 أسبوعيا خلال الاعتصام، وصعد الفريق للمركز 4 برصيد 50 نقطة.") == [50]
