"""Quote frames and speakers gold8 showed missing or wrong, on sentences written for these tests: a quote told
before its speaker ("…"، حسبما قالت X), a surname that is a common word standing for the person named before, a
title the tagger took for a person before the name, a quoted name that is a subject and not a quote, a subject
with no entity before its verb, and a report nested in another."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.kind, doc.span_text(q.span), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in find_quotes(doc)]


def test_a_quote_before_its_speaker_in_a_postposed_frame() -> None:
    doc = make_doc('وغمرت المياه الحي الجنوبي. "لم نتمكن من إنقاذ أي شيء من البيت"، حسبما قالت سلمى عادل، من سكان الحي.\n'
                   'وأضافت: "سنبقى عند أقاربنا حتى تنحسر المياه".',
                   mentions={"سلمى عادل": ("PER", "PER:سلمى عادل")})
    found = _quotes(doc)
    assert [(k, t[:12], s) for k, t, s, _ in found] == [
        ("direct", "لم نتمكن من ", "PER:سلمى عادل"), ("direct", "سنبقى عند أق", "PER:سلمى عادل")]


def test_a_postposed_frame_after_reported_words() -> None:
    doc = make_doc("وأغلقت السلطات ثلاث مدارس في المنطقة المنكوبة، بحسب ما أعلنت وزارة التربية.",
                   mentions={"وزارة التربية": ("ORG", "ORG:وزاره التربيه")})
    assert _quotes(doc) == [("reported", "وأغلقت السلطات ثلاث مدارس في المنطقة المنكوبة", "ORG:وزاره التربيه",
                             "وزارة التربية")]


def test_also_said_with_its_content_after_is_no_postposed_frame() -> None:
    doc = make_doc("وانهارت ثلاثة منازل في القرية. كما قال رئيس البلدية إن الطريق مقطوعة منذ الصباح.")
    assert [(k, t) for k, t, _, _ in _quotes(doc)] == [("reported", "الطريق مقطوعة منذ الصباح")]


def test_a_surname_that_is_a_common_word_stands_for_the_person_named_before() -> None:
    doc = make_doc('وقالت المهندسة سارة نور إن "المياه تراجعت عن الطريق الساحلي".\n'
                   'وأضافت نور: "نحتاج إلى أسبوع لإصلاح الجسر".',
                   mentions={"سارة نور": ("PER", "PER:ساره نور")})
    assert [s for _, _, s, _ in _quotes(doc)] == ["PER:ساره نور", "PER:ساره نور"]


def test_a_title_the_tagger_took_for_a_person_is_not_the_speaker() -> None:
    doc = make_doc('وقالت عالمة البحار ليلى حداد إن "حرارة المياه ارتفعت درجتين".',
                   mentions={"عالمة البحار": ("PER", "PER:عالمه البحار"), "ليلى حداد": ("PER", "PER:ليلي حداد")})
    assert [s for _, _, s, _ in _quotes(doc)] == ["PER:ليلي حداد"]


def test_a_quote_told_by_another_verb_is_not_taken_again_by_a_postposed_frame() -> None:
    doc = make_doc('ونشر الممثل سامي فهد صورة الراحل قائلا "رحمك الله يا صديق العمر الطيب"، كما غرد هاني رشيد معلقا '
                   'على الصورة قائلا "فقدنا فنانا كبيرا وإنسانا نادرا".',
                   mentions={"سامي فهد": ("PER", "PER:سامي فهد"), "هاني رشيد": ("PER", "PER:هاني رشيد")})
    assert [(t[:10], s) for _, t, s, _ in _quotes(doc)] == [("رحمك الله ", "PER:سامي فهد"), ("فقدنا فنان", "PER:هاني رشيد")]


def test_a_quoted_name_is_the_subject_and_not_a_quote() -> None:
    doc = make_doc('وقال "المركز الوطني للأرصاد الجوية"، الجهة المكلفة بالتوقعات، إن العاصفة ستبلغ الساحل مساء.\n'
                   'وأفاد كمال بدر مدير "المركز الوطني للأرصاد الجوية"، إن "الرياح قد تتجاوز مئة كيلومتر في الساعة".',
                   mentions={"المركز الوطني للأرصاد الجوية": ("ORG", "ORG:المركز"), "كمال بدر": ("PER", "PER:كمال بدر")})
    assert [(k, t.lstrip('"')[:10], s) for k, t, s, _ in _quotes(doc)] == [
        ("reported", "العاصفة ست", "ORG:المركز"), ("direct", "الرياح قد ", "PER:كمال بدر")]


def test_a_subject_with_no_entity_after_a_complementizer_is_no_earlier_speaker() -> None:
    doc = make_doc("وقال الوزير سامي فهد إن المياه بدأت تنحسر. إلا أن الهيئة العامة للأرصاد أكدت أنها لا تستبعد "
                   "أمطارا جديدة.", mentions={"سامي فهد": ("PER", "PER:سامي فهد")})
    assert [(t[:10], s, sp) for _, t, s, sp in _quotes(doc)] == [
        ("المياه بدأ", "PER:سامي فهد", "سامي فهد"), ("لا تستبعد ", None, "الهيئة العامة للأرصاد")]


def test_a_quoted_listener_before_a_colon_is_no_speaker() -> None:
    doc = make_doc('وتحدثت ليلى حداد عن الفيضان، وقالت "للإذاعة": "فقدنا كل شيء في ليلة واحدة".',
                   mentions={"ليلى حداد": ("PER", "PER:ليلي حداد")})
    assert [s for _, _, s, _ in _quotes(doc)] == ["PER:ليلي حداد"]


def test_a_report_nested_in_another_is_not_cut_to_its_subject() -> None:
    doc = make_doc("وأوضح المتحدث سامي فهد أن خبراء يقولون إن موجة حر جديدة قد تضرب المنطقة.",
                   mentions={"سامي فهد": ("PER", "PER:سامي فهد")})
    assert [(t[:10], s, sp) for _, t, s, sp in _quotes(doc)] == [
        ("خبراء يقول", "PER:سامي فهد", "سامي فهد"), ("موجة حر جد", None, "خبراء")]


def test_a_second_verb_joined_by_a_conjunction_is_no_nested_report() -> None:
    doc = make_doc("وأكد سامي فهد أن الاتفاق نهائي وأضاف أن التوقيع سيجري الأسبوع المقبل.",
                   mentions={"سامي فهد": ("PER", "PER:سامي فهد")})
    assert [t for _, t, _, _ in _quotes(doc)] == ["الاتفاق نهائي", "التوقيع سيجري الأسبوع المقبل"]


def test_went_on_says_what_follows_it_or_its_subjects_name() -> None:
    doc = make_doc(
        'وقال سامي حداد "الفريق قدم مباراة كبيرة أمام جمهوره".\n'
        'وأكمل "سنعود أقوى في المباراة المقبلة رغم الإصابات الكثيرة".\n'
        'وأكمل الفريق المباراة بعشرة لاعبين بعد طرد مدافعه "الذي أصيب في الشوط الأول إصابة قوية".',
        mentions={"سامي حداد": ("PER", "PER:سامي حداد")},
    )
    found = [(doc.span_text(q.span)[:10], q.speaker) for q in find_quotes(doc)]
    assert found[:2] == [("الفريق قدم", "PER:سامي حداد"), ("سنعود أقوى", "PER:سامي حداد")]
    assert len(found) == 2  # not what completes the match


def test_an_answer_after_the_verb_or_its_subject_s_name() -> None:
    doc = make_doc('وسئل الوزير سامي حداد عن موعد الانتخابات، فأجاب حداد: "ستجرى في موعدها ولن نؤجلها يوما واحدا".',
                   mentions={"سامي حداد": ("PER", "PER:سامي حداد"), "حداد": ("PER", "PER:سامي حداد")})
    assert [(k, t[:10], s) for k, t, s, _ in _quotes(doc)] == [("direct", "ستجرى في م", "PER:سامي حداد")]


def test_an_answer_told_after_the_question_is_not_the_question() -> None:
    doc = make_doc('وأجاب "بالتأكيد" ردا على سؤال عما إذا كانت الحكومة ستفرض ضرائب جديدة على الوقود.')
    assert _quotes(doc) == []


def test_said_with_bil_qawl_after_a_reply_or_making_do() -> None:
    doc = make_doc('ورد وزير الداخلية ليث نعمان على المعارضة بالقول إن "الأمن مستتب في كل المحافظات".\n'
                   "واكتفى بالقول إن التحقيقات مستمرة حتى الآن في الحادث.",
                   mentions={"ليث نعمان": ("PER", "PER:ليث نعمان")})
    assert [(t[:10], s) for _, t, s, _ in _quotes(doc)] == [
        ('"الأمن مست', "PER:ليث نعمان"), ("التحقيقات ", "PER:ليث نعمان")]


def test_bil_qawl_right_after_a_verb_is_no_subject() -> None:
    doc = make_doc('وقالت وزيرة الصحة منى سالم إن "اللقاحات وصلت إلى كل المستشفيات".\n'
                   'واستطردت بالقول: "نحتاج إلى شهر آخر لتطعيم كل الأطفال في المدارس".',
                   mentions={"منى سالم": ("PER", "PER:منى سالم")})
    assert [s for _, _, s, _ in _quotes(doc)] == ["PER:منى سالم", "PER:منى سالم"]
