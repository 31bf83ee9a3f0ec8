"""Reports, news and rumours that no one is named to stand behind ("تقارير تفيد بأن"، "أنباء مفادها أن") speak for
themselves: their words are no speaker's told before, and no one goes on speaking after them. Sentences written for
these tests."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

PEOPLE = {"سامي نادر": ("PER", "PER:سامي نادر"), "مجلة الأفق": ("ORG", "ORG:مجلة الأفق")}


def _speakers(doc) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in find_quotes(doc)]


def test_reports_that_say_are_not_the_person_they_concern() -> None:
    doc = make_doc(
        "قدم الوزير سامي نادر استقالته أمس، وسط تقارير تفيد بأن رئيس الحكومة طلب منه التنحي.",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("رئيس الحكومة", None, "تقارير")]


def test_news_whose_content_follows_has_no_speaker() -> None:
    doc = make_doc(
        'وقال سامي نادر إن الحزب سيشارك في الانتخابات.\n'
        "وتأتي هذه الخطوة بعد ورود أنباء مفادها أن الحزب سيقاطع الانتخابات البلدية.",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("الحزب سيقاطع", None, "أنباء")


def test_a_report_whose_source_is_named_after_its_verb_is_the_sources() -> None:
    doc = make_doc(
        "ورد سامي نادر على أنباء ذكرتها مجلة الأفق أن الاتفاق وقع سرا.",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1][:2] == ("الاتفاق وقع ", "ORG:مجلة الأفق")


def test_who_goes_on_speaking_after_a_report_is_the_speaker_before_it() -> None:
    doc = make_doc(
        "وقال سامي نادر إن هناك شائعات تقول إن الحزب سينسحب من الحكومة، وأضاف أن هذه الشائعات لا أساس لها.",
        mentions=PEOPLE,
    )
    assert [s[1] for s in _speakers(doc)] == ["PER:سامي نادر", None, "PER:سامي نادر"]


def test_reports_received_by_a_body_do_not_carry_on_as_its_words() -> None:
    doc = make_doc(
        "ونفى سامي نادر إشاعات تحدثت عن أن الحزب سيحل نفسه.",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1][1] is None


def test_figures_that_show_are_not_the_subject_told_before() -> None:
    doc = make_doc(
        "وصدرت مجلة الأفق مليون نسخة في الشهر الماضي، وهي مستويات تؤكد أن الأزمة لم تؤثر على مبيعاتها.",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("الأزمة لم تؤ", None, "مستويات")]


def test_a_report_before_the_particle_of_the_pluperfect_ends_before_it() -> None:
    doc = make_doc("قدم الوزير سامي نادر استقالته، وكانت تقارير صحفية قد ذكرت أن رئيس الحكومة طلب منه التنحي.",
                   mentions=PEOPLE)
    assert _speakers(doc) == [("رئيس الحكومة", None, "تقارير صحفية")]


def test_evidence_after_a_preposition_in_a_speakers_sentence_is_his_words() -> None:
    doc = make_doc(
        'وقال سامي نادر إنه جرى توجيه اتهامات القتل إلى المشتبه به، بناء على أدلة تشير إلى "هجوم منسق" على المصنع، '
        'منها "التحصن خلف باب خلفي واستخدام أسلوب لاصطياد العمال الأبرياء وإطلاق النار عليهم".',
        mentions=PEOPLE,
    )
    assert {s[1] for s in _speakers(doc)} == {"PER:سامي نادر"}


def test_reports_after_a_preposition_with_no_speaker_before_speak_for_themselves() -> None:
    doc = make_doc(
        "رد سامي نادر على أنباء تفيد بأن الحزب سيقاطع الانتخابات.",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("الحزب سيقاطع", None, "أنباء")]


def test_rumours_a_speaker_points_to_are_not_his_words() -> None:
    doc = make_doc(
        "وأشار سامي نادر إلى شائعات تقول إن الوزير سيستقيل قريبا.",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("الوزير سيستق", None, "شائعات")
