"""Speech verbs that name no one speaking, and two verbs of saying that only say before what they introduce, on
sentences written for these tests: the passive of a verb whose object stands before its ب complement ("اتفاق وصف
بأنه تاريخي": was described), a passive written with its damma ("وزُعم أن": it was claimed), ما or مما for the
subject of a present verb ("مما يشير إلى أن": which shows), and روى / اقترح (narrated, proposed) with only their
subject before what they introduce."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span), q.speaker, q.verb) for q in find_quotes(doc)]


def test_described_with_no_object_is_the_passive() -> None:
    doc = make_doc("ووقع البلدان في طوكيو اتفاق تجارة حرة وصف بأنه تاريخي، ويدخل حيز التنفيذ العام المقبل.",
                   mentions={"طوكيو": ("GPE", "GPE:طوكيو")})
    assert _quotes(doc) == []


def test_described_as_a_quoted_name_with_no_object_is_the_passive() -> None:
    doc = make_doc('واحتجز عشرات الأمراء في فندق الرياض ضمن ما وصف بـ"حملة على الفساد" في نوفمبر الماضي.',
                   mentions={"الرياض": ("GPE", "GPE:الرياض")})
    assert _quotes(doc) == []


def test_accused_and_told_with_no_object_are_passives() -> None:
    doc = make_doc("ويواجه المدرس السجن بعدما اتهم بأنه ضرب تلميذا. وقال الطبيب سامي العلي إنه أبلغ بأن الدواء آمن.",
                   mentions={"سامي العلي": ("PER", "PER:سامي العلي")})
    assert _quotes(doc) == [("أبلغ بأن الدواء آمن", "PER:سامي العلي", "وقال")]


def test_described_with_its_object_still_reports() -> None:
    doc = make_doc("ووصف الوزير سامي العلي الاتفاق بأنه تاريخي. ووصفته الوزيرة هدى نصر بأنه خطوة كبيرة.",
                   mentions={"سامي العلي": ("PER", "PER:سامي العلي"), "هدى نصر": ("PER", "PER:هدى نصر")})
    assert _quotes(doc) == [("تاريخي", "PER:سامي العلي", "ووصف"), ("خطوة كبيرة", "PER:هدى نصر", "ووصفته")]


def test_a_passive_written_with_its_damma_names_no_speaker() -> None:
    doc = make_doc("وأوقفت الشرطة رجلا في المدينة. وزُعم أن الرجل هاجم سامي العلي قرب محطة القطار.",
                   mentions={"سامي العلي": ("PER", "PER:سامي العلي")})
    assert _quotes(doc) == []


def test_a_relayed_passive_keeps_its_source() -> None:
    doc = make_doc("ونُقل عن الوزير سامي العلي قوله إن الأزمة انتهت.", mentions={"سامي العلي": ("PER", "PER:سامي العلي")})
    assert _quotes(doc) == [("الأزمة انتهت", "PER:سامي العلي", "ونُقل")]


def test_what_shows_is_no_speaker() -> None:
    doc = make_doc("وارتفعت أسعار الوقود في ألمانيا بنسبة كبيرة، مما يشير إلى أن التضخم سيزيد. وهو ما يؤكد أن "
                   "السياسة النقدية تغيرت.", mentions={"ألمانيا": ("GPE", "GPE:ألمانيا")})
    assert _quotes(doc) == []


def test_what_shows_ends_the_words_of_a_verb_before_it() -> None:
    doc = make_doc("وأكدت الحكومة عزمها إغلاق المعابر مع سامي العلي، ما يشير إلى أن المفاوضات فشلت. وذكرت الصحيفة أن "
                   "البنك رفع الفائدة، وهو ما يؤكد أن السياسة تغيرت.", mentions={"سامي العلي": ("PER", "PER:سامي العلي")})
    assert [(text[:17], verb) for text, _, verb in _quotes(doc)] == [("البنك رفع الفائدة", "وذكرت")]


def test_what_a_named_speaker_says_after_ma_still_reports() -> None:
    doc = make_doc("وتحتج المعارضة على ما يقول الوزير سامي العلي إنه إصلاح ضروري.",
                   mentions={"سامي العلي": ("PER", "PER:سامي العلي")})
    assert _quotes(doc) == [("إصلاح ضروري", "PER:سامي العلي", "يقول")]


def test_narrated_with_its_subject_before_what_it_tells() -> None:
    doc = make_doc("وروى أحد السكان أن المسلحين اقتحموا القرية فجرا. واقترح الوزير سامي العلي أن تؤجل الانتخابات.",
                   mentions={"سامي العلي": ("PER", "PER:سامي العلي")})
    assert _quotes(doc) == [("المسلحين اقتحموا القرية فجرا", None, "وروى"),
                            ("تؤجل الانتخابات", "PER:سامي العلي", "واقترح")]


def test_a_story_or_a_thing_proposed_is_no_quote() -> None:
    doc = make_doc('يروي الفيلم قصة "طفل يبحث عن أمه في المدينة". ويقترح المدير تكتيكات يمكن أن تستخدمها الشركة.')
    assert _quotes(doc) == []
