"""Speakers of statements, messages and relayed words, on sentences written for these tests: a verb said
"in" a message or statement (قال فيها، جاء فيه، مفادها) is its sender's, a body named by its head noun
(وأكد المجلس) is the body named before, a title (رئيس الوزراء، السفير) is the person who bore it before,
a listener after the subject (لأحد قادة X) is no speaker, and verbs of wishing and directing (تمنى، وجّه)
introduce what they say."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes, speech_acts
from tests.extract.handmade import make_doc

NADER = {"سامي نادر": ("PER", "PER:سامي نادر"), "حزب الوسط": ("ORG", "ORG:حزب الوسط")}
COUNCIL = {"مجلس الأمن الدولي": ("ORG", "ORG:مجلس الأمن الدولي"), "وزارة الداخلية": ("ORG", "ORG:وزارة الداخلية")}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).strip('"« ')[:10], q.speaker) for q in find_quotes(doc)]


def test_words_said_in_a_message_are_its_senders_and_his_next_message_too() -> None:
    doc = make_doc(
        "وأرسل السفير سامي نادر رسالة إلى الوزير.\n"
        'وأرسل السفير رسالة أخرى إلى الوزير قال فيها: "لقد التقينا بالوسطاء مساء أمس وسنعود إليهم غدا".\n'
        'وبعد يومين قال في رسالة ثالثة: "إنهم يريدون بادرة حسنة من جانبنا".',
        mentions=NADER,
    )
    assert _speakers(doc) == [("لقد التقين", "PER:سامي نادر"), ("إنهم يريدو", "PER:سامي نادر")]


def test_a_message_whose_gist_is_quoted_is_its_senders() -> None:
    doc = make_doc('وبعث سامي نادر إلى الوزير رسالة مفادها: "علينا أن نصبر حتى تنتهي المفاوضات".', mentions=NADER)
    assert _speakers(doc) == [("علينا أن ن", "PER:سامي نادر")]


def test_what_came_in_a_statement_is_its_issuers() -> None:
    doc = make_doc(
        'وأصدرت وزارة الداخلية بيانا جاء فيه: "الطرق كلها مفتوحة أمام الحجاج منذ الصباح".', mentions=COUNCIL
    )
    assert _speakers(doc) == [("الطرق كلها", "ORG:وزارة الداخلية")]


def test_a_listener_after_the_subject_is_no_speaker() -> None:
    doc = make_doc(
        "والتقى السفير القطري في العراق سامي نادر وفدا من المعارضة.\n"
        'ثم قال السفير القطري لأحد قادة حزب الوسط في تسجيل صوتي: "يجب أن تثقوا بنا في هذه المرحلة".',
        mentions=NADER,
    )
    assert _speakers(doc) == [("يجب أن تثق", "PER:سامي نادر")]


def test_a_body_named_by_its_head_noun_is_the_body_named_before() -> None:
    doc = make_doc(
        "عقد مجلس الأمن الدولي اجتماعا طارئا مساء الجمعة.\n"
        'وأكد المجلس أن "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة".',
        mentions=COUNCIL,
    )
    assert _speakers(doc) == [("الحل السيا", "ORG:مجلس الأمن الدولي")]


def test_a_statement_of_the_body_speaks_for_it() -> None:
    doc = make_doc(
        "واجتمع مجلس الأمن الدولي مساء الجمعة.\n"
        "وناقش الأعضاء الأزمة، وفق ما ذكر بيان للمجلس عقب الاجتماع.\n"
        'وقال البيان: "رصدنا مجاميع صغيرة تحاول الاستفادة من الأزمة".',
        mentions=COUNCIL,
    )
    assert _speakers(doc) == [("رصدنا مجام", "ORG:مجلس الأمن الدولي")]


def test_the_statement_named_last_is_the_one_that_speaks_even_with_no_known_issuer() -> None:
    doc = make_doc(
        "ونشرت وسائل الإعلام تعميما صادرا عن وزارة الداخلية.\n"
        "وترأس الوزير اجتماعا، بحسب بيان المكتب الإعلامي للحكومة.\n"
        'وأضاف البيان أن "القوات ستتخذ كافة الإجراءات بحق المخربين".',
        mentions=COUNCIL,
    )
    assert _speakers(doc) == [("القوات ستت", None)]


def test_a_title_is_the_person_who_bore_it_before_also_in_relayed_words() -> None:
    doc = make_doc(
        "وصل رئيس الوزراء العراقي سامي نادر إلى البصرة.\n"
        'وقال مصدر مقرب من الحكومة إن رئيس الوزراء قال خلال اللقاء "جئنا لنخدم أهل المدينة ونعمل معهم".\n'
        'وأضاف "سنصرف الأموال اللازمة للمدينة".',
        mentions=NADER,
    )
    speakers = dict(_speakers(doc))
    assert speakers["جئنا لنخدم"] == "PER:سامي نادر"
    assert speakers["سنصرف الأم"] == "PER:سامي نادر"


def test_a_description_with_a_relative_clause_is_the_previous_speaker() -> None:
    doc = make_doc(
        'واعتبر المتظاهر سامي نادر أن "فرص العمل كثيرة لكن لا أحد يحصل عليها".\n'
        'وأضاف خريج كلية الهندسة الذي يعمل سائقا "أنا اليوم أطالب بحقوقي المسلوبة".',
        mentions=NADER,
    )
    assert _speakers(doc)[-1] == ("أنا اليوم ", "PER:سامي نادر")


def test_a_title_before_was_and_a_listener_after_the_verb() -> None:
    doc = make_doc(
        'وأكد الوزير سامي نادر أن "الخطة جاهزة منذ أشهر".\n'
        'وقال حزب الوسط إن "الخطة لن تنجح قبل الصيف".\n'
        'وكان الوزير يتحدث لعدد من ممثلي النقابات، موضحا أن "الوزارة ستنهي الأزمة قبل الصيف المقبل".',
        mentions=NADER,
    )
    assert _speakers(doc)[-1] == ("الوزارة ست", "PER:سامي نادر")


def test_a_wish_addressed_to_citizens_is_said() -> None:
    doc = make_doc('لكن حزب الوسط تمنى على المواطنين "عدم اتباع أساليب غير سلمية في الاحتجاج".', mentions=NADER)
    assert _speakers(doc) == [("عدم اتباع ", "ORG:حزب الوسط")]
    wish = make_doc("وكان سامي نادر يتمنى أن يصبح في يوم من الأيام مطربا مشهورا في بلده.", mentions=NADER)
    assert _speakers(wish) == []  # a wish, not asked of anyone: no one's statement


def test_a_directive_in_a_statement_is_its_issuers() -> None:
    doc = make_doc(
        'وأصدر سامي نادر بيانا مساء السبت وجّه فيه بـ"توسيع آفاق الاستثمار في قطاعات السكن والمدارس".',
        mentions=NADER,
    )
    assert _speakers(doc) == [("توسيع آفاق", "PER:سامي نادر")]


def test_a_verb_with_a_pronoun_after_it_and_no_statement_names_no_speaker() -> None:
    doc = make_doc(
        "وكان حزب الوسط قد أعلن أن مهمة القوات الجديدة استشارية وتدريبية فقط تطبيقا لاتفاق أعلن عنه للمرة الأولى في واشنطن.",
        mentions=NADER,
    )
    assert [(doc.span_text(a.verb), a.speaker) for a in speech_acts(doc)] == [("أعلن", "ORG:حزب الوسط"), ("أعلن", None)]


def test_a_statement_issued_by_a_body_named_after_it_is_that_bodys() -> None:
    doc = make_doc(
        'وعبر حزب الوسط عن دهشته من بيان أصدرته وزارة الداخلية وذكرت فيه أن "الطرق ستغلق أمام المتظاهرين غدا".',
        mentions={**NADER, **COUNCIL},
    )
    assert _speakers(doc) == [("الطرق ستغل", "ORG:وزارة الداخلية")]


def test_a_name_or_a_title_under_another_is_no_title_to_refer_back_with() -> None:
    doc = make_doc(
        "والتقى نائب الرئيس سامي نادر وفدا من المعارضة وابنته ليلى.\n"
        'وقال الرئيس إن "الحوار هو الطريق الوحيد للخروج من الأزمة".\n'
        'وقالت ليلى "والدي لا يعرف شيئا عن هذه القضية".',
        mentions=NADER,
    )
    assert _speakers(doc) == [("الحوار هو ", None), ("والدي لا ي", None)]


def test_the_object_pronoun_before_the_subject_is_skipped() -> None:
    doc = make_doc('وتحدث عنه سامي نادر مؤكدا أن "المشهد كان الأصعب في مسيرته الفنية كلها".', mentions=NADER)
    assert _speakers(doc) == [("المشهد كان", "PER:سامي نادر")]


def test_a_statement_from_the_office_of_a_person_named_after_it_is_that_persons() -> None:
    doc = make_doc(
        'فخرج بيان من مكتب رئيس الوزراء سامي نادر قائلا فيه إن "اللجان ستشكل من أجل بحث قضية الضرائب".',
        mentions=NADER,
    )
    assert _speakers(doc) == [("اللجان ستش", "PER:سامي نادر")]


def test_a_verb_said_in_remarks_is_the_remarks_authors_and_a_bare_pronoun_names_no_one() -> None:
    doc = make_doc(
        "ورد المدرب على تصريحات سامي نادر التي قال خلالها إنه سيعتزل اللعب الدولي بعد البطولة.\n"
        "وقال حزب الوسط: المشاهدة أمر مختلف، لكن تأتي لحظة تقول فيها إنك اكتفيت.",
        mentions=NADER,
    )
    acts = [(doc.span_text(a.verb), a.speaker) for a in speech_acts(doc)]
    assert acts == [("قال", "PER:سامي نادر"), ("وقال", "ORG:حزب الوسط"), ("تقول", None)]


def test_a_message_with_no_issuer_in_reported_words_is_the_reporters() -> None:
    doc = make_doc(
        'وقال سامي نادر، في تصريحات لحزب الوسط، إن الهجمات استهدفت إرسال رسالة مفادها أن "الكيل قد طفح منذ زمن".',
        mentions=NADER,
    )
    assert dict(_speakers(doc))["الكيل قد ط"] == "PER:سامي نادر"


def test_a_verb_with_its_listener_as_a_pronoun_goes_on_with_the_speaker() -> None:
    doc = make_doc(
        'وقالت سامي نادر إن "ابنتيها ستشاركان في البرنامج هذا العام".\n'
        "وتقول لهما إنهما قد تخسران وقد تربحان في النهاية.",
        mentions=NADER,
    )
    assert _speakers(doc)[-1] == ("قد تخسران ", "PER:سامي نادر")


def test_what_came_in_the_statement_paragraphs_below_is_its_issuers() -> None:
    doc = make_doc(
        "وقال بيان صادر عن وزارة الداخلية إن الطرق فتحت أمام الحجاج.\n"
        "وأغلقت الشرطة شارعين قرب المسجد الكبير منذ الصباح.\n"
        'وجاء في البيان "الوزارة تدعو المواطنين إلى التعاون مع رجال الأمن".',
        mentions=COUNCIL,
    )
    assert ("الوزارة تد", "ORG:وزارة الداخلية") in _speakers(doc)


def test_who_sees_that_says_so() -> None:
    doc = make_doc('ويرى سامي نادر أن الحكومة لن تصمد. ويرى سامي نادر "الأزمة الحالية مؤقتة وعابرة ولن تطول".', mentions=NADER)
    assert _speakers(doc) == [("الحكومة لن", "PER:سامي نادر"), ("الأزمة الح", "PER:سامي نادر")]


def test_the_statement_as_subject_is_the_one_its_speaker_issued_without_naming_himself() -> None:
    doc = make_doc(
        "قال سامي نادر إن الحزب متمسك بموقفه. وأكد في بيان أن حزب الوسط لن يشارك في الحكومة.\n"
        "وأضاف البيان أن الحزب سيواصل التنسيق مع حلفائه.",
        mentions=NADER,
    )
    assert [s for _, s in _speakers(doc)] == ["PER:سامي نادر"] * 3


def test_a_statement_an_outlet_relays_is_not_the_outlets() -> None:
    doc = make_doc(
        "قال سامي نادر إن الحزب متمسك بموقفه.\n"
        "وأكد في بيان أن قادة الحزب سيجتمعون غدا، وفق ما نقلت وكالة الأنباء.\n"
        "وأضاف البيان أن الاجتماع سيعقد في مقر الحزب.",
        mentions={**NADER, "وكالة الأنباء": ("ORG", "ORG:وكالة الأنباء")},
    )
    assert [s for _, s in _speakers(doc)] == ["PER:سامي نادر"] * 3


def test_a_statement_an_outlet_relays_is_its_issuers_not_the_outlet_s() -> None:
    found = {"سامي نادر": ("PER", "PER:سامي نادر"), "وكالة الأنباء": ("ORG", "ORG:وكالة الأنباء"),
             "وزارة الداخلية": ("ORG", "ORG:وزارة الداخلية")}
    doc = make_doc("ونقلت وكالة الأنباء تصريحات وزير المالية سامي نادر التي أكد فيها أن العجز سينخفض هذا العام.",
                   mentions=found)
    assert [q.speaker for q in find_quotes(doc)] == ["PER:سامي نادر"]
    doc = make_doc("ونقلت وزارة الداخلية في بيان عن سامي نادر قوله إن الطرق ستفتح. وذكر البيان أن الحجاج وصلوا بسلام.",
                   mentions=found)  # the ministry's own statement, in which it relayed him
    assert [q.speaker for q in find_quotes(doc)][-1] == "ORG:وزارة الداخلية"
