from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None) for q in find_quotes(doc)]


def test_a_name_after_the_subject_and_a_day_is_what_was_announced() -> None:
    doc = make_doc("أعلنت الشرطة، الثلاثاء، توقيف رجل الأعمال سامي العلي بتهمة الاحتيال، وقالت إنه سيمثل أمام القضاء.",
                   mentions={"سامي العلي": ("PER", "PER:سامي العلي")},
                   timexes={"الثلاثاء": ("2018-03-06", None)})
    assert _speakers(doc) == [(None, "الشرطة")]


def test_a_body_accused_after_a_day_is_no_speaker() -> None:
    doc = make_doc("اتهمت الوزارة يوم الأحد حركة النهضة بالتحريض على العنف وقالت إن الحركة تتحمل المسؤولية كاملة.",
                   mentions={"حركة النهضة": ("ORG", "ORG:حركه النهضه")},
                   timexes={"يوم الأحد": ("2018-03-04", None)})
    assert _speakers(doc) == [(None, "الوزارة")]


def test_a_name_before_the_day_still_speaks() -> None:
    doc = make_doc("قال وزير الداخلية كمال نور، الثلاثاء، إن قوات الأمن أحبطت محاولة تهريب كبيرة.",
                   mentions={"كمال نور": ("PER", "PER:كمال نور")},
                   timexes={"الثلاثاء": ("2018-03-06", None)})
    assert _speakers(doc) == [("PER:كمال نور", "كمال نور")]


def test_a_name_inside_the_words_of_a_statement_does_not_go_on_speaking() -> None:
    doc = make_doc('وجاء في بيان لوزارة الدفاع "أعاد الجيش إلى البلاد رفات الجندي سالم خليل بعد عشرين عاما"، '
                   'وأضاف "تمت العملية بالتنسيق مع الصليب الأحمر الدولي".',
                   mentions={"وزارة الدفاع": ("ORG", "ORG:وزاره الدفاع"), "سالم خليل": ("PER", "PER:سالم خليل")})
    assert [s for s, _ in _speakers(doc)] == ["ORG:وزاره الدفاع", "ORG:وزاره الدفاع"]
