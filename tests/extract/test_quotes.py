from __future__ import annotations

from rasad.document import Quote
from rasad.extract.quotes import find_quotes, quote_pairs, quotes_component
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.kind, doc.span_text(q.span), q.speaker) for q in find_quotes(doc)]


def test_direct_quote_after_colon_in_guillemets() -> None:
    doc = make_doc("وقال وزير الخارجية أحمد سالم: «سنواصل العمل مع شركائنا في المنطقة».",
                   mentions={"أحمد سالم": ("PER", "PER:احمد سالم")})
    assert _quotes(doc) == [("direct", "سنواصل العمل مع شركائنا في المنطقة", "PER:احمد سالم")]


def test_reported_speech_from_an_institution() -> None:
    doc = make_doc("وأكدت وزارة الداخلية في بيان أن قواتها اعتقلت خمسة مطلوبين في ريف المدينة.",
                   mentions={"وزارة الداخلية": ("ORG", "ORG:وزاره الداخليه")})
    [(kind, text, speaker)] = _quotes(doc)
    assert (kind, speaker) == ("reported", "ORG:وزاره الداخليه")
    assert text == "قواتها اعتقلت خمسة مطلوبين في ريف المدينة"


def test_speaker_carried_over_by_a_verb_with_no_subject() -> None:
    doc = make_doc(
        'وقال رئيس البلدية كريم داود إن المياه عادت إلى الأحياء الشرقية.\nوأضاف أن "أعمال الصيانة ستنتهي خلال أسبوع".',
        mentions={"كريم داود": ("PER", "PER:كريم داود")},
    )
    found = _quotes(doc)
    assert [s for _, _, s in found] == ["PER:كريم داود", "PER:كريم داود"]
    assert "أعمال الصيانة ستنتهي" in found[1][1]


def test_title_without_an_entity_keeps_the_span_and_no_speaker() -> None:
    doc = make_doc("وقال المتحدث باسم الوزارة إن الوضع تحت السيطرة.")
    [q] = find_quotes(doc)
    assert q.speaker is None
    assert q.speaker_span is not None and doc.span_text(q.speaker_span) == "المتحدث"
    assert doc.span_text(q.span) == "الوضع تحت السيطرة"


def test_the_listener_is_not_the_speaker() -> None:
    doc = make_doc("وقال مصدر أمني لرويترز إن الانفجار وقع قرب السوق.", mentions={"رويترز": ("ORG", "ORG:رويترز")})
    [q] = find_quotes(doc)
    assert q.speaker is None and doc.span_text(q.speaker_span) == "مصدر أمني"  # type: ignore[arg-type]


def test_relayed_speech_names_the_source_after_an() -> None:
    doc = make_doc('ونقلت وكالة الأنباء الرسمية عن الرئيس سمير حداد قوله: "لن نقبل بأي تدخل في شؤوننا الداخلية".',
                   mentions={"وكالة الأنباء الرسمية": ("ORG", "ORG:وكاله"), "سمير حداد": ("PER", "PER:سمير حداد")})
    assert _quotes(doc) == [("direct", "لن نقبل بأي تدخل في شؤوننا الداخلية", "PER:سمير حداد")]


def test_colon_quote_without_marks_runs_to_the_paragraph_end() -> None:
    doc = make_doc("وتابع نبيل عمر: الحكومة ملتزمة بالإصلاح. ولن تتراجع عن وعودها.\nوفي سياق آخر، ارتفعت الأسعار.",
                   mentions={"نبيل عمر": ("PER", "PER:نبيل عمر")})
    [(kind, text, speaker)] = _quotes(doc)
    assert kind == "direct" and speaker == "PER:نبيل عمر"
    assert text == "الحكومة ملتزمة بالإصلاح. ولن تتراجع عن وعودها"


def test_multi_sentence_direct_quote_and_mixed_marks() -> None:
    doc = make_doc("وقال الوزير علي حسن ”الوضع صعب. لكننا سنتجاوزه معا“.", mentions={"علي حسن": ("PER", "PER:علي حسن")})
    assert _quotes(doc) == [("direct", "الوضع صعب. لكننا سنتجاوزه معا", "PER:علي حسن")]


def test_subject_before_the_verb() -> None:
    doc = make_doc("وكانت الشرطة قد أكدت، أمس الأحد، أن التحقيقات مستمرة.", mentions={"الشرطة": ("ORG", "ORG:شرطه")},
                   timexes={"أمس الأحد": ("2023-05-14", None)})
    [q] = find_quotes(doc)
    assert q.speaker == "ORG:شرطه" and doc.span_text(q.span) == "التحقيقات مستمرة"


def test_names_in_quote_marks_are_not_quotes() -> None:
    doc = make_doc('وقال الوزير ماجد فارس في مقابلة مع قناة "الأخبار" إن ما يسمى "المجلس العسكري" لا يمثل أحدا.',
                   mentions={"ماجد فارس": ("PER", "PER:ماجد فارس")})
    found = _quotes(doc)
    assert len(found) == 1 and found[0][0] == "reported" and found[0][2] == "PER:ماجد فارس"


def test_two_quotes_of_one_verb_and_a_participle() -> None:
    doc = make_doc('وقال هشام بدر "سنعيد بناء كل ما تهدم"، مضيفا أن "الدعم الدولي تأخر كثيرا عن موعده".',
                   mentions={"هشام بدر": ("PER", "PER:هشام بدر")})
    found = _quotes(doc)
    assert [s for _, _, s in found] == ["PER:هشام بدر", "PER:هشام بدر"]
    assert found[0][1] == "سنعيد بناء كل ما تهدم"


def test_embedded_post_signature() -> None:
    text = "وكتب الوزير تغريدة جديدة.\nسنبقى أوفياء لشعبنا ولن نتخلى عن مسؤولياتنا.\n— Ali Hassan علي حسن (@alihassan) May 3, 2023"
    doc = make_doc(text, mentions={"علي حسن": ("PER", "PER:علي حسن")})
    tweets = [q for q in find_quotes(doc) if q.verb == "embed"]
    assert [(doc.span_text(q.span), q.speaker) for q in tweets] == [("سنبقى أوفياء لشعبنا ولن نتخلى عن مسؤولياتنا", "PER:علي حسن")]


def test_quote_pairs_with_an_unclosed_quote() -> None:
    text = 'قال: "الأول" ثم "الثاني بلا إغلاق'
    pairs = quote_pairs(text, 0, len(text))
    assert [text[p.start : p.end] for p in pairs] == ['"الأول"', '"الثاني بلا إغلاق']


def test_component_fills_the_layer() -> None:
    doc = make_doc("وقال المتحدث إن الاجتماع انتهى.")
    out = quotes_component(doc)
    assert out.quotes and all(isinstance(q, Quote) for q in out.quotes)


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    doc = make_doc(
        'أصدرت هيئة الموانئ بيانا صباح اليوم بشأن توقف العمل في الرصيف الثالث.\n'
        'وقال البيان إن "الرافعات ستعود إلى العمل بعد فحصها بالكامل".\n'
        'وأكد البيان أن "لا أضرار في البضائع المخزنة داخل المستودعات".',
        mentions={"هيئة الموانئ": ("ORG", "ORG:هيئه الموانئ")},
    )
    assert [s for _, _, s in _quotes(doc)] == ["ORG:هيئه الموانئ", "ORG:هيئه الموانئ"]


def test_a_date_between_the_verb_and_its_subject() -> None:
    doc = make_doc(
        'أعلنت الشرطة صباحا إغلاق الطريق.\n'
        'وأعلنت الخميس مديرة الإعلام في البلدية سلمى ناصر أن "الطريق الساحلي سيفتح مساء الجمعة".',
        mentions={"الشرطة": ("ORG", "ORG:الشرطه"), "سلمى ناصر": ("PER", "PER:سلمى ناصر")},
        timexes={"الخميس": ("2024-03-07", None)},
    )
    assert _quotes(doc)[-1][2] == "PER:سلمى ناصر"


def test_a_title_alone_refers_back_to_the_person_who_bore_it() -> None:
    doc = make_doc(
        'قالت وزيرة الصحة ليلى حمدان إن "اللقاحات وصلت إلى جميع المراكز الصحية".\n'
        'وذكر مدير المستشفى أن الأسرة كافية.\n'
        'وأوضحت الوزيرة أن "الحملة ستستمر حتى نهاية الشهر المقبل".',
        mentions={"ليلى حمدان": ("PER", "PER:ليلى حمدان")},
    )
    assert _quotes(doc)[-1][2] == "PER:ليلى حمدان"


def test_a_condemnation_is_a_speech_act_that_a_later_verb_continues() -> None:
    doc = make_doc(
        'وذكرت وكالة الأنباء المحلية أن لجنة طوارئ عقدت اجتماعا.\n'
        'ودان رئيس البرلمان هشام قاسم الاعتداء على المستشفى. وقال إن "هذا العمل لن يمر دون حساب".',
        mentions={"وكالة الأنباء المحلية": ("ORG", "ORG:وكاله"), "هشام قاسم": ("PER", "PER:هشام قاسم")},
    )
    assert _quotes(doc)[-1][2] == "PER:هشام قاسم"


def test_a_date_before_the_object_of_an_announcement_makes_it_no_subject() -> None:
    doc = make_doc(
        'قالت المتحدثة باسم البلدية سلمى ناصر إن الطريق مغلق.\n'
        'وكانت أعلنت الخميس إغلاق ثلاثة جسور. وأوضحت أن "الجسور ستفتح بعد انتهاء الصيانة".',
        mentions={"سلمى ناصر": ("PER", "PER:سلمى ناصر")},
        timexes={"الخميس": ("2024-03-07", None)},
    )
    assert _quotes(doc)[-1][2] == "PER:سلمى ناصر"


def test_a_source_close_to_a_person_is_not_that_persons_title() -> None:
    doc = make_doc(
        'قال مصدر مقرب من الممثلة نادية سعيد إن "الحفل تأجل إلى الخريف المقبل".\n'
        'وأكد المصدر أن "التذاكر المباعة ستبقى صالحة للموعد الجديد".',
        mentions={"نادية سعيد": ("PER", "PER:ناديه سعيد")},
    )
    assert _quotes(doc)[-1][2] is None


def test_a_statement_relayed_from_another_source_is_not_the_relayers() -> None:
    doc = make_doc(
        'ونقلت إذاعة المدينة عن بيان للنادي أن المباراة ألغيت.\nوقال البيان إن "الملعب يحتاج إلى صيانة عاجلة قبل الموسم".',
        mentions={"إذاعة المدينة": ("ORG", "ORG:اذاعه المدينه")},
    )
    assert _quotes(doc)[-1][2] is None


def test_the_issuer_is_the_subject_next_to_the_statement_not_the_agency_before_it() -> None:
    doc = make_doc(
        'وبحسب وكالة الأنباء، أضافت الوزارة في بيان أن الحدود ستفتح غدا.\n'
        'وقال البيان إن "المعابر الثلاثة ستعمل على مدار الساعة".',
        mentions={"وكالة الأنباء": ("ORG", "ORG:وكاله الانباء"), "الوزارة": ("ORG", "ORG:الوزاره")},
    )
    assert _quotes(doc)[-1][2] == "ORG:الوزاره"



def test_a_group_named_by_a_common_noun_is_no_title() -> None:
    doc = make_doc(
        'واعتبرت المعارضة زيارة الوزير سامي فرج إلى المدينة "استعراضا انتخابيا لا أكثر ولا أقل".\n'
        'وقالت المعارضة إن "الحكومة تستغل المال العام في الحملة".',
        mentions={"سامي فرج": ("PER", "PER:سامي فرج")},
    )
    assert _quotes(doc)[-1][2] is None


def test_a_subject_before_the_verb_wins_over_a_name_after_its_date() -> None:
    doc = make_doc(
        'وكانت حركة الشباب أعلنت مساء الثلاثاء التوصل برعاية قطر إلى "اتفاق شامل لتبادل الأسرى مع الحكومة".',
        mentions={"حركة الشباب": ("ORG", "ORG:حركه الشباب"), "قطر": ("GPE", "GPE:قطر")},
        timexes={"مساء الثلاثاء": ("2024-03-05", None)},
    )
    assert _quotes(doc)[-1][2] == "ORG:حركه الشباب"


def test_a_spokeswoman_for_a_named_person_speaks_for_that_person() -> None:
    from rasad.extract.events.component import extract_events

    doc = make_doc(
        'وقال رئيس الوزراء كريم داود إن الحكومة ستعمل مع الجميع.\n'
        'وفي بروكسل، أعلنت متحدثة باسم هانس مولر رئيس المجلس الأوروبي أن مولر يثق بالحكومة الجديدة.\n'
        'وأضافت: "لقد بعث ببرقية تهنئة إلى رئيس الوزراء".',
        mentions={"كريم داود": ("PER", "PER:كريم داود"), "هانس مولر": ("PER", "PER:هانس مولر"),
                  "مولر": ("PER", "PER:هانس مولر"), "المجلس الأوروبي": ("ORG", "ORG:المجلس الاوروبي")},
    )
    assert [e.actor for e in extract_events(doc)] == ["PER:كريم داود", "PER:هانس مولر", "PER:هانس مولر"]


def test_in_addition_to_is_not_he_added_it() -> None:
    doc = make_doc("وتراجع موقف الحزب بعد أن أضعفته الخلافات إضافة إلى الأزمة المالية.\nوقال كريم داود إن الحزب سيصمد.",
                   mentions={"كريم داود": ("PER", "PER:كريم داود")})
    from rasad.extract.quotes import speech_acts

    assert [doc.span_text(a.verb) for a in speech_acts(doc)] == ["وقال"]


def test_justified_is_a_verb_of_saying() -> None:
    doc = make_doc('وبررت الوزيرة سلمى حداد القرار بأن "الوضع لم يعد يحتمل أي تأخير".',
                   mentions={"سلمى حداد": ("PER", "PER:سلمي حداد")})
    [(kind, text, speaker)] = _quotes(doc)
    assert (kind, speaker) == ("direct", "PER:سلمي حداد") and "الوضع لم يعد يحتمل أي تأخير" in text


def test_only_is_no_attribution() -> None:
    doc = make_doc("وقالت الهيئة إن الحكومة لم تمول المشروع فحسب، مضيفة أن الطريق الجديد سيخفف الزحام.",
                   mentions={"الهيئة": ("ORG", "ORG:الهيئه"), "الحكومة": ("ORG", "ORG:الحكومه")})
    assert [s for _, _, s in _quotes(doc)] == ["ORG:الهيئه", "ORG:الهيئه"]

