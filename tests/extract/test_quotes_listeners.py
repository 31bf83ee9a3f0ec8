from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None) for q in find_quotes(doc)]


def test_students_spoken_to_are_no_subject_and_the_speaker_goes_on() -> None:
    doc = make_doc('وقال الرئيس كمال داود إن الحكومة ستبقى.\nوأوضح لطلاب الجامعة في العاصمة: "لن نتراجع عن الإصلاحات".',
                   mentions={"كمال داود": ("PER", "PER:كمال داود")})
    assert [s for s, _ in _speakers(doc)] == ["PER:كمال داود", "PER:كمال داود"]


def test_members_of_parliament_spoken_to_are_no_speaker() -> None:
    doc = make_doc("وقالت رئيسة الوزراء سلمى حداد لأعضاء البرلمان إن الميزانية ستقر الأسبوع المقبل.",
                   mentions={"سلمى حداد": ("PER", "PER:سلمى حداد"), "البرلمان": ("ORG", "ORG:البرلمان")})
    assert _speakers(doc) == [("PER:سلمى حداد", "سلمى حداد")]


def test_officials_under_la_after_an_attribution_are_its_source_not_listeners() -> None:
    # a guard for the listener nouns: "مسؤولين" after وفقا names the source (fails if attributions read listeners)
    doc = make_doc("ستنقل الوحدات الكردية إلى شرق النهر خلال أسابيع، وفقا لمسؤولين رفيعي المستوى في وزارة الخارجية.",
                   mentions={"وزارة الخارجية": ("ORG", "ORG:وزاره الخارجيه")})
    assert _speakers(doc) == [(None, "لمسؤولين رفيعي المستوى")]
