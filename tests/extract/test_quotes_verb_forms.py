"""Who speaks, read from the form of the words around a speech verb, on sentences written for these tests: a
participle told after the verb (how one spoke, "وقال مخاطبا الحضور") is not its subject, and a verb written with its
plural subject ("وقالوا"، "أكدوا") has none after it."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).split()[0], q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in find_quotes(doc)]


def test_a_participle_after_the_verb_tells_how_the_speaker_spoke() -> None:
    doc = make_doc('وزار رئيس البلدية سامي حداد السوق القديمة صباح الأحد وقال مبتسما "سنعيد فتح المحلات قبل العيد".',
                   mentions={"سامي حداد": ("PER", "PER:سامي حداد")})
    assert _speakers(doc) == [("سنعيد", "PER:سامي حداد", "سامي حداد")]


def test_whom_a_participle_addresses_is_no_speaker() -> None:
    doc = make_doc('وانتقد الوزير خالد منصور قرار المجلس البلدي. '
                   'وقال مخاطبا المجلس البلدي "لن نقبل بإغلاق المدارس في الشتاء".',
                   mentions={"خالد منصور": ("PER", "PER:خالد منصور"), "المجلس البلدي": ("ORG", "ORG:المجلس البلدي")})
    assert _speakers(doc)[-1] == ("لن", "PER:خالد منصور", "خالد منصور")


def test_a_name_after_the_verb_that_looks_like_a_participle_still_speaks() -> None:
    doc = make_doc('وقالت ماريا لوبيز "نحتاج إلى مزيد من الأطباء في القرية".')
    assert _speakers(doc) == [("نحتاج", None, "ماريا لوبيز")]


def test_a_noun_with_a_pronoun_after_the_verb_is_a_subject() -> None:
    doc = make_doc('وقال محاميها إنها "ستستأنف الحكم خلال أسبوع".')
    assert _speakers(doc) == [("\"ستستأنف", None, "محاميها")]


def test_a_plural_verb_has_no_subject_after_it() -> None:
    doc = make_doc('ووقع أربعون نائبا على عريضة أكدوا دعمهم الكامل لعمال المخابز.\n'
                   'وقالوا إن "الزيادة تضر بالعائلات الفقيرة".')
    assert [(s, sp) for _, s, sp in _speakers(doc)] == [(None, None)]


def test_a_plural_verb_does_not_go_on_with_one_person_quoted_before() -> None:
    doc = make_doc('وقالت الطبيبة هدى سالم إن "المستشفى يعمل بنصف طاقته".\n'
                   'وقالوا إن الحكومة وعدت بدفع الرواتب المتأخرة.',
                   mentions={"هدى سالم": ("PER", "PER:هدي سالم")})
    assert [s for _, s, _ in _speakers(doc)] == ["PER:هدي سالم", None]


def test_what_a_speaker_read_in_a_medium_is_his_own_statement() -> None:
    doc = make_doc('وقال وزير الإعلام نبيل عوض نقلا عن وكالة الأنباء المحلية "إن نصف التعليقات تأتي من الخارج".',
                   mentions={"نبيل عوض": ("PER", "PER:نبيل عوض"), "وكالة الأنباء المحلية": ("ORG", "ORG:وكاله الانباء")})
    assert [(s, v) for _, s, v in _speakers(doc)] == [("PER:نبيل عوض", "نبيل عوض")]


def test_a_speaker_quoted_by_a_medium_said_the_words() -> None:
    doc = make_doc('وقالت الوكالة نقلا عن وزير الطاقة سمير عادل إن "الإنتاج سيرتفع في الربع الثالث".',
                   mentions={"سمير عادل": ("PER", "PER:سمير عادل")})
    assert [s for _, s, _ in _speakers(doc)] == ["PER:سمير عادل"]


def test_where_a_statement_was_recorded_is_no_speaker() -> None:
    doc = make_doc('وقال المهندس رامي فؤاد بحسب نص التسجيل إن "الشقوق ظهرت في الطرف الشمالي من الجسر".',
                   mentions={"رامي فؤاد": ("PER", "PER:رامي فؤاد")})
    assert [s for _, s, _ in _speakers(doc)] == ["PER:رامي فؤاد"]


def test_a_noun_counted_by_a_number_is_no_verb() -> None:
    doc = make_doc(
        "وقال مسؤولو الهلال الأحمر لوكالة الأنباء إنه تم العثور على جثث 34 طالبا في المدرسة بعد انهيار جزء منها.",
        mentions={"الهلال الأحمر": ("ORG", "ORG:الهلال الاحمر")},
    )
    [q] = find_quotes(doc)
    assert doc.span_text(q.span) == "تم العثور على جثث 34 طالبا في المدرسة بعد انهيار جزء منها"


def test_a_verb_after_a_date_is_still_a_verb() -> None:
    doc = make_doc(
        "في 11 أيار 2017 ذكرت وسائل إعلام محلية أن الشرطة أغلقت الطريق.",
        timexes={"11 أيار 2017": ("2017-05-11", None)},
    )
    assert [doc.span_text(q.span) for q in find_quotes(doc)] == ["الشرطة أغلقت الطريق"]
