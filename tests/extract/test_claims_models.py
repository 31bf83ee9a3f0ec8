"""A number after a product line, a word in Latin letters or the Arabic names of a model's letters is the model's
name ("إس 300"، "بوينغ 737 ماكس"، "Galaxy 9"), not a count; a measure or a counted noun after it still counts."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _values(text: str) -> list[float]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [c.value for c in find_claims(doc)]


def test_numbers_after_a_models_letters_are_no_counts() -> None:
    assert _values("وقالت موسكو إن منظومة إس 300 باتت جاهزة، وإن طائرة سي 130 هبطت في القاعدة.") == []
    assert _values("وتحطمت طائرة الرحلة إم إتش 17 فوق الحقول.") == []


def test_numbers_after_a_product_line_or_latin_name_are_no_counts() -> None:
    assert _values("وأقلعت طائرة بوينغ 737 تابعة للشركة، فيما يعمل الهاتف بنظام ويندوز 10 الجديد.") == []
    assert _values("وطرحت الشركة هاتف Galaxy 9 بلس في الأسواق.") == []


def test_a_measure_after_the_name_still_counts_the_model_does_not() -> None:
    assert _values("وسلمت بوينغ 806 طائرات من طراز بوينغ 787 دريملاينر العام الماضي.") == [806]
    assert _values("وتدمج الطائرة Cora ثلاث حواسيب، ويبلغ طول الهاتف 68.7x147.7 ميليمتر.") == [3, 147.7]
    assert _values("وسلمت بوينغ 806 طائرات العام الماضي.") == [806]
    assert _values("وراجعت بي بي سي 164 تقريرا عن الهجمات.") == [164]
