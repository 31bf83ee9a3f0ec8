"""A number inside the quoted name of a work of art or media ('برنامج "60 دقيقة"'، 'فيلم «13 ساعة»') names the
work, not a length of time or a count; the same number out of such a name, or quoted as speech, still counts."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _values(text: str) -> list[float]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [c.value for c in find_claims(doc)]


def test_numbers_in_the_quoted_name_of_a_programme_or_a_film_are_no_claims() -> None:
    assert _values('وقال الوزير في مقابلة مع برنامج "60 دقيقة" إن بلاده لن تتراجع.') == []
    assert _values("وحصد فيلم «13 ساعة» جائزة لجنة التحكيم في المهرجان.") == []
    assert _values('وأطلق المطرب أغنيته الجديدة في ألبوم "180 درجة" أمس.') == []


def test_a_number_quoted_as_speech_or_after_the_name_still_counts() -> None:
    assert 60 in _values('وقال المتحدث "قتل 60 شخصا في القصف" مساء أمس.')
    assert 40000 in _values('وشاهد الفيلم "الرحلة" أكثر من 40 ألف شخص في أسبوعه الأول.')
