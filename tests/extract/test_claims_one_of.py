""""One of" a group names a member and counts nothing; a year after a dash set apart is a name's or a span's
year; a dual with the article written like another word's plural ("الموقعين": signatories) counts nothing; a
dual before the second half of its compound noun ("نقطتي تفتيش") counts two."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str) -> list[tuple[str, float, str]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(text[c.span.start : c.span.end], c.value, c.quantity) for c in find_claims(doc)]


def test_one_of_a_group_counts_nothing() -> None:
    assert _claims("وتعد توسعة الميناء واحدة من المشاريع العملاقة الهادفة إلى إنعاش الاقتصاد.") == []
    assert _claims("والتقط المصور الصورة في مركز احتجاز لتصبح واحدة من أشهر صور الحرب.") == []


def test_one_hit_of_a_group_and_one_out_of_a_number_still_count() -> None:
    assert [v for _, v, _ in _claims("وقتل واحد من الجنود في الهجوم على الحاجز.")] == [1]
    assert 1 in [v for _, v, _ in _claims("وأظهرت الدراسة أن واحدة من أصل خمس نساء تعرضت للعنف.")]


def test_a_year_after_a_dash_set_apart_counts_nothing() -> None:
    assert _claims("وتشارك القوات في مناورة الشرق - 2018 العسكرية التي تضم 300 ألف جندي.") == [
        ("300 ألف جندي", 300000, "troops")]
    assert _claims("وقضى المهاجم موسما ناجحا في 2013 - 2014 عانى بعده من الإصابات.") == []


def test_signatories_are_no_two_sites() -> None:
    assert _claims("وطالب الموقعين على العريضة بالإفراج عن المعتقلين، وقصفت الطائرات موقعين للمسلحين.") == [
        ("موقعين", 2, "sites")]


def test_a_dual_before_the_second_half_of_its_compound_counts_two() -> None:
    assert _claims("وقال المسؤول إن مسلحين هاجموا نقطتي تفتيش في ساعات الصباح الأولى.") == [
        ("نقطتي", 2, "نقطه تفتيش")]
