"""Speech-verb forms that do not report speech, on sentences written for these tests: the passive يُعتبر "is
considered" ("المضيق الذي يعتبر أهم ممر"), the seat "ومقره لندن" (read as مُقِرّة "acknowledging"), and the verb that
answers أما ("أما X فقال"), whose subject is the topic named after أما."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span), q.speaker, q.verb) for q in find_quotes(doc)]


def test_a_law_that_considers_reports_nothing() -> None:
    doc = make_doc('وتظاهر الآلاف في العاصمة ضد قانون يعتبر البلاد "دولة قومية لشعب واحد دون غيره من السكان".',
                   mentions={"العاصمة": ("GPE", "GPE:العاصمة")})
    assert _quotes(doc) == []


def test_a_relative_is_considered_reports_nothing() -> None:
    doc = make_doc("وعبرت الناقلة مضيق هرمز الذي يعتبر أهم ممر للنفط في العالم، قبل أن تصل إلى ميناء الفجيرة صباح الأحد.",
                   mentions={"هرمز": ("LOC", "LOC:هرمز"), "الفجيرة": ("GPE", "GPE:الفجيرة")})
    assert _quotes(doc) == []


def test_is_considered_does_not_take_the_words_of_the_verb_before_it() -> None:
    doc = make_doc("وقالت اللجنة بعد زيارتها السجن المركزي الذي يعتبر أكبر سجن في البلاد إن بعض النزلاء محتجزون منذ سنوات.",
                   mentions={"اللجنة": ("ORG", "ORG:اللجنة")})
    assert _quotes(doc) == [("بعض النزلاء محتجزون منذ سنوات", "ORG:اللجنة", "وقالت")]


def test_considers_with_that_still_reports() -> None:
    doc = make_doc("ويعتبر الوزير سامي العلي، وهو رئيس الوفد المفاوض، أن الاتفاق خطوة أولى نحو السلام.",
                   mentions={"سامي العلي": ("PER", "PER:سامي العلي")})
    assert _quotes(doc) == [("الاتفاق خطوة أولى نحو السلام", "PER:سامي العلي", "ويعتبر")]


def test_a_seat_is_no_speech_verb_nor_its_place_a_speaker() -> None:
    doc = make_doc("وقال المرصد السوري لحقوق الإنسان، ومقره لندن، إن القصف استمر طوال الليل على البلدة.",
                   mentions={"المرصد السوري لحقوق الإنسان": ("ORG", "ORG:المرصد"), "لندن": ("GPE", "GPE:لندن")})
    assert _quotes(doc) == [("القصف استمر طوال الليل على البلدة", "ORG:المرصد", "وقال")]


def test_a_seat_between_a_fronted_source_and_its_words() -> None:
    doc = make_doc("وبحسب المرصد السوري لحقوق الإنسان، ومقره بريطانيا، فقد سيطر الجيش على ربع المنطقة.",
                   mentions={"المرصد السوري لحقوق الإنسان": ("ORG", "ORG:المرصد"), "بريطانيا": ("GPE", "GPE:بريطانيا")})
    assert _quotes(doc) == [("سيطر الجيش على ربع المنطقة", "ORG:المرصد", "وبحسب")]


def test_the_verb_that_answers_amma_speaks_for_its_topic() -> None:
    doc = make_doc("أما المرصد السوري لحقوق الإنسان ومقره بريطانيا فأكد أن الهجوم وقع قبل بدء الهدنة.",
                   mentions={"المرصد السوري لحقوق الإنسان": ("ORG", "ORG:المرصد"), "بريطانيا": ("GPE", "GPE:بريطانيا")})
    assert _quotes(doc) == [("الهجوم وقع قبل بدء الهدنة", "ORG:المرصد", "فأكد")]


def test_amma_after_another_speaker_takes_the_new_topic() -> None:
    doc = make_doc("وأعلنت أستراليا أنها لن تطرد أي دبلوماسي روسي. أما نيوزيلندا فأكدت أنها لم تجد أي جاسوس على أراضيها.",
                   mentions={"أستراليا": ("GPE", "GPE:أستراليا"), "نيوزيلندا": ("GPE", "GPE:نيوزيلندا")})
    assert [(q, s) for q, s, _ in _quotes(doc)] == [("لن تطرد أي دبلوماسي روسي", "GPE:أستراليا"),
                                                   ("لم تجد أي جاسوس على أراضيها", "GPE:نيوزيلندا")]
