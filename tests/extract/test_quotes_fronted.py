"""Attributions that open their sentence and name their source before a comma ("وبحسب الوزارة، فقد قتل…"، "وحسب
رويترز، صدر…"), on sentences written for these tests: the rest of the sentence is the source's words."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.kind, doc.span_text(q.span), q.speaker) for q in find_quotes(doc)]


def test_the_clause_after_fronted_attribution_and_faqad_is_the_source_s() -> None:
    doc = make_doc("وبحسب وزارة الصحة، فقد قتل خمسة أشخاص وأصيب عشرون آخرون في القصف.",
                   mentions={"وزارة الصحة": ("ORG", "ORG:وزارة الصحة")})
    assert _quotes(doc) == [("reported", "قتل خمسة أشخاص وأصيب عشرون آخرون في القصف", "ORG:وزارة الصحة")]


def test_the_clause_right_after_the_comma_is_the_source_s() -> None:
    doc = make_doc("وحسب وكالة رويترز، صدر الأمر بعد انتقادات واسعة من النواب والصحفيين.",
                   mentions={"رويترز": ("ORG", "ORG:رويترز")})
    assert _quotes(doc) == [("reported", "صدر الأمر بعد انتقادات واسعة من النواب والصحفيين", "ORG:رويترز")]


def test_a_linked_verb_that_opens_the_sentence_tells_the_rest_of_it() -> None:
    doc = make_doc("وبحسب ما نقلت وكالة أسوشيتد برس، لم يتضح بعد سبب الحريق في المبنى.",
                   mentions={"أسوشيتد برس": ("ORG", "ORG:أسوشيتد برس")})
    assert _quotes(doc) == [("reported", "لم يتضح بعد سبب الحريق في المبنى", "ORG:أسوشيتد برس")]


def test_a_fronted_attribution_that_names_no_one_takes_nothing() -> None:
    doc = make_doc("ووفقا للتوقيت المحلي، فقد بدأت المباراة في الساعة الثامنة مساء.")
    assert _quotes(doc) == []


def test_a_speech_verb_later_in_the_sentence_keeps_its_own_words() -> None:
    doc = make_doc("ووفقا لتقارير صحفية، أكد الاتحاد الدولي أن الملاعب ستكون جاهزة قبل البطولة.",
                   mentions={"الاتحاد الدولي": ("ORG", "ORG:الفيفا")})
    assert _quotes(doc) == [("reported", "الملاعب ستكون جاهزة قبل البطولة", "ORG:الفيفا")]


def test_the_answer_faqad_inside_reported_words_is_left_alone() -> None:
    doc = make_doc("وقال الوزير إن الحكومة ستواصل العمل، فقد حققت نتائج جيدة خلال العام الماضي.",
                   mentions={"الوزير": ("PER", "PER:الوزير")})
    assert [text for _, text, _ in _quotes(doc)] == ["الحكومة ستواصل العمل، فقد حققت نتائج جيدة خلال العام الماضي"]


def test_a_name_in_a_relative_clause_of_the_source_is_no_source() -> None:
    doc = make_doc("وبحسب التحالف الذي تقوده الرياض، يستخدم المسلحون الميناء لتهريب الأسلحة.",
                   mentions={"الرياض": ("GPE", "GPE:الرياض")})
    assert _quotes(doc) == []


def test_a_relative_clause_after_the_comma_is_no_one_s_words() -> None:
    doc = make_doc('ووفقا لمؤشر "الفاو"، الذي يقيس التغيرات الشهرية لأسعار الغذاء، ارتفعت الأسعار.',
                   mentions={"الفاو": ("ORG", "ORG:الفاو")})
    assert _quotes(doc) == []


def test_a_quoted_phrase_inside_the_source_s_words_is_part_of_them() -> None:
    doc = make_doc('وبحسب الجيش، فقد استهدفت الغارات "مواقع عسكرية" بعد اعتراض طائرة مسيرة فوق الحدود.',
                   mentions={"الجيش": ("ORG", "ORG:الجيش")})
    assert _quotes(doc) == [("reported", 'استهدفت الغارات "مواقع عسكرية" بعد اعتراض طائرة مسيرة فوق الحدود',
                             "ORG:الجيش")]


def test_a_whole_quote_after_the_comma_is_a_direct_quote() -> None:
    doc = make_doc('وبحسب الوزير سامي نادر، "سنواصل خفض الدعم تدريجيا خلال العام المقبل".',
                   mentions={"سامي نادر": ("PER", "PER:سامي نادر")})
    assert _quotes(doc) == [("direct", "سنواصل خفض الدعم تدريجيا خلال العام المقبل", "PER:سامي نادر")]


def test_a_plan_followed_is_no_source() -> None:
    doc = make_doc("ووفقا لخطة الحكومة لتطوير قطاع الطاقة، أمر الرئيس بإنشاء مجلس جديد للطاقة المتجددة.",
                   mentions={"الحكومة": ("ORG", "ORG:الحكومة"), "الرئيس": ("PER", "PER:الرئيس")})
    assert _quotes(doc) == []


def test_a_law_with_the_article_is_no_source() -> None:
    doc = make_doc("وحسب القانون الفرنسي، يستطيع المتهم استئناف الحكم خلال عشرة أيام من صدوره.",
                   mentions={"الفرنسي": ("GPE", "GPE:فرنسا")})
    assert _quotes(doc) == []


def test_an_agreement_between_two_sides_is_no_source() -> None:
    doc = make_doc("وبحسب اتفاق الهدنة بين الجيش والمسلحين، تنسحب الفصائل من البلدة خلال يومين.",
                   mentions={"الجيش": ("ORG", "ORG:الجيش")})
    assert _quotes(doc) == []


def test_a_law_before_fainna_is_no_source() -> None:
    doc = make_doc("ووفقا لقانون الهجرة الجديد، فإن والدي اللاعب سامي نادر يحق لهما الحصول على الإقامة الدائمة.",
                   mentions={"سامي نادر": ("PER", "PER:سامي نادر")})
    assert _quotes(doc) == []


def test_an_accordance_phrase_inside_the_sentence_does_not_stop_the_fronted_source() -> None:
    doc = make_doc("وبحسب ما نقلت وكالة الأنباء الرسمية، فقد عين المجلس مديرين جددا للشركة وفقا للاتفاقية الموقعة.",
                   mentions={"وكالة الأنباء الرسمية": ("ORG", "ORG:الوكالة")})
    assert [(kind, speaker) for kind, _, speaker in _quotes(doc)] == [("reported", "ORG:الوكالة")]


def test_a_report_told_before_is_a_source_with_no_name() -> None:
    doc = make_doc("وبحسب التقرير، فقد ارتفعت صادرات البلاد بنسبة عشرين في المئة خلال العام الماضي.")
    [q] = find_quotes(doc)
    assert (q.kind, doc.span_text(q.span), q.speaker) == (
        "reported", "ارتفعت صادرات البلاد بنسبة عشرين في المئة خلال العام الماضي", None)
    assert q.speaker_span is not None and doc.span_text(q.speaker_span) == "التقرير"


def test_a_statement_under_la_is_a_source_with_no_name() -> None:
    doc = make_doc("ووفقا للبيان، ستغلق الطرق المؤدية إلى المطار حتى صباح الاثنين.")
    assert _quotes(doc) == [("reported", "ستغلق الطرق المؤدية إلى المطار حتى صباح الاثنين", None)]


def test_a_plan_under_la_is_still_no_source() -> None:
    doc = make_doc("ووفقا للخطة، ستغلق الطرق المؤدية إلى المطار حتى صباح الاثنين.")
    assert _quotes(doc) == []
