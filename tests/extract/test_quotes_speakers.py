"""Speakers the gold corpora showed missing or wrong, on sentences written for these tests: a verb of
doubting whose speaker goes on, a title that names the person who bore it before, and a verb of saying
after "حين" whose subject is the main clause's."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

NADER = {"سامي نادر": ("PER", "PER:سامي نادر"), "حزب الوسط": ("ORG", "ORG:حزب الوسط")}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker) for q in find_quotes(doc)]


def test_who_questions_a_decision_goes_on_speaking() -> None:
    doc = make_doc(
        "وشكك سامي نادر رئيس حزب الوسط في شرعية قرار تأجيل الانتخابات.\n"
        'وقال الخميس "كان على الحكومة أن تستشير المجلس قبل أي قرار".',
        mentions=NADER,
        timexes={"الخميس": ("2023-05-04", None)},
        published="2023-05-05",
    )
    assert _speakers(doc) == [("كان على الحك", "PER:سامي نادر")]
    statements = [(e.type, e.actor, e.date) for e in extract_events(doc) if e.type == "STATEMENT"]
    assert statements == [("STATEMENT", "PER:سامي نادر", "2023-05-04")]


def test_a_full_title_names_the_person_who_bore_it_before() -> None:
    doc = make_doc(
        "أعلن وزير الداخلية العراقي سامي نادر أن الطرق ستفتح.\n"
        "وشدد وزير الداخلية العراقي على ضرورة حماية الحجاج.\n"
        'وأضاف: "لن نسمح لأحد بتعطيل الزيارة هذا العام".',
        mentions=NADER,
    )
    assert _speakers(doc)[-1] == ("لن نسمح لأحد", "PER:سامي نادر")


def test_saying_after_when_takes_the_main_clauses_subject() -> None:
    doc = make_doc(
        "وأعلنت وزارة الصحة أن المستشفيات جاهزة.\n"
        'وهذا ما دافع عنه سامي نادر، الخميس، حين قال "لدينا ما يكفي من الأسرة لكل المصابين".',
        mentions={**NADER, "وزارة الصحة": ("ORG", "ORG:وزارة الصحة")},
        timexes={"الخميس": ("2023-05-04", None)},
    )
    assert _speakers(doc)[-1] == ("لدينا ما يكف", "PER:سامي نادر")


def test_a_participle_form_after_a_preposition_is_a_noun_and_no_speech() -> None:
    doc = make_doc(
        "وقال سامي نادر إن الحزب سيشارك في الانتخابات.\n"
        'وظهرت على لافتة كبيرة في الساحة صورة هاني عادل، عندما أعلن "أن الحزب لن يشارك في الانتخابات".',
        mentions={**NADER, "هاني عادل": ("PER", "PER:هاني عادل")},
    )
    assert _speakers(doc)[-1] == ("أن الحزب لن ", "PER:هاني عادل")


def test_a_pronoun_subject_stands_for_the_person_named_before_it() -> None:
    # "هي ووزراؤها": she (the minister named before) and her ministers
    doc = make_doc(
        "وتواجه الوزيرة سلمى نادر انتقادات بسبب القرار الذي تقول هي ووزراؤها إنه كان ضروريا للتحرك بسرعة.",
        mentions={"سلمى نادر": ("PER", "PER:سلمى نادر")},
    )
    assert _speakers(doc) == [("كان ضروريا ل", "PER:سلمى نادر")]


def test_a_participle_speaks_for_the_main_verb_not_a_relative_clause() -> None:
    # "التقارير التي تفيد باعتقال … سامي نادر": the reports speak there, and نادر is their object
    doc = make_doc(
        "ووصف الوزير خالد الرفاعي التقارير التي تفيد باعتقال الصحفي سامي نادر بالكاذبة، "
        'قائلا إنه "لا أساس لها من الصحة ولا نعرف من يقف وراءها".',
        mentions={"خالد الرفاعي": ("PER", "PER:خالد الرفاعي"), **NADER},
    )
    assert _speakers(doc) == [("\"لا أساس لها", "PER:خالد الرفاعي")]


def test_a_participle_of_commenting_is_no_name() -> None:
    # "واستطرد معقبا على سؤال": معقبا is a second verb of saying, the speaker goes on from the sentence before
    doc = make_doc(
        "وقال الوزير سامي نادر إنه قلق بشأن مصير الصحفي.\n"
        'واستطرد معقبا على سؤال بشأن اختفائه: "نشعر بالقلق. ومن السابق لأوانه التعليق".',
        mentions=NADER,
    )
    assert _speakers(doc)[-1] == ("نشعر بالقلق.", "PER:سامي نادر")


def test_a_statement_that_concludes_with_what_it_says_is_quoted() -> None:
    doc = make_doc(
        'ومضى سامي نادر في بيان يقول: "لن نقبل أي تدخل في عمل المحاكم".\n'
        'واختتم البيان بأن "المحاكم مستقلة ولا تتلقى تعليمات من أي جهة".',
        mentions=NADER,
    )
    assert _speakers(doc)[-1] == ("\"المحاكم مست", "PER:سامي نادر")


def test_a_verb_that_concludes_nothing_said_is_no_quote() -> None:
    doc = make_doc("واختتم سامي نادر زيارته إلى الأردن يوم الخميس، وعاد إلى بلاده.", mentions=NADER)
    assert find_quotes(doc) == []


def test_who_holds_another_responsible_is_quoted() -> None:
    doc = make_doc(
        'وحمّل سامي نادر الحكومة المسؤولية عما جرى اليوم، "كنتيجة لاستخدامها القوة المفرطة ضد المتظاهرين".\n'
        'وحمل المتظاهرون لافتات وأعلاما سوداء، "في تعبير عن رفضهم القرار الأخير للحكومة".',
        mentions=NADER,
    )
    assert _speakers(doc) == [("كنتيجة لاستخ", "PER:سامي نادر")]
    assert [e.type for e in extract_events(doc)].count("STATEMENT") == 0


def test_banners_are_no_participle_of_speaking() -> None:
    # لافتات (banners) folds to a feminine plural of لافتا (pointing out)
    doc = make_doc('ورفع المتظاهرون لافتات وأعلاما سوداء، "في تعبير عن رفضهم القرار الأخير للحكومة".')
    assert find_quotes(doc) == []


def test_whom_a_speaker_tells_is_no_speaker_when_the_subject_comes_first() -> None:
    doc = make_doc(
        "وقالت الحكومة إن الرئيس حسن روحاني أبلغ الوكالة الدولية للطاقة الذرية بأن إيران ستعزز قدرتها.",
        mentions={"الحكومة": ("ORG", "ORG:الحكومة"), "حسن روحاني": ("PER", "PER:حسن روحاني"),
                  "الوكالة الدولية للطاقة الذرية": ("ORG", "ORG:الوكالة الدولية")},
    )
    assert ("إيران ستعزز ", "PER:حسن روحاني") in _speakers(doc)


def test_after_a_verb_of_telling_with_no_subject_before_the_first_noun_speaks() -> None:
    doc = make_doc(
        "وأبلغ الرئيس حسن روحاني الصحفيين أن إيران ستعزز قدرتها.",
        mentions={"حسن روحاني": ("PER", "PER:حسن روحاني")},
    )
    assert _speakers(doc) == [("إيران ستعزز ", "PER:حسن روحاني")]


def _speaker_spans(doc) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [doc.span_text(q.speaker_span) if q.speaker_span else None for q in find_quotes(doc)]


def test_whom_a_verb_of_telling_tells_is_not_its_speaker() -> None:
    doc = make_doc("وأبلغ وزير الخارجية السفير الأمريكي أن الحكومة ترفض القرار.")
    assert _speaker_spans(doc) == ["وزير الخارجية"]
    doc = make_doc("وأبلغ المدرب الإيطالي الصحفيين أن فريقه جاهز للمباراة.")
    assert _speaker_spans(doc) == ["المدرب الإيطالي"]
    doc = make_doc("وأبلغ مستشار الرئيس الوفد أن القمة ستعقد في موعدها.")  # in construct: the adviser of the president
    assert _speaker_spans(doc) == ["مستشار الرئيس الوفد"]


def test_a_subject_after_but_is_the_speaker_not_the_one_before() -> None:
    doc = make_doc(
        "وقال سامي نادر إن اللاعب سيغيب عن المباراة المقبلة، لكن الجهاز الطبي قال إنه سيعود إلى التدريبات غدا.",
        mentions=NADER,
    )
    found = [(doc.span_text(q.span)[:12], q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
             for q in find_quotes(doc)]
    assert found[1] == ("سيعود إلى ال", None, "الجهاز الطبي")


def test_a_name_after_the_place_of_a_post_is_the_speaker() -> None:
    people = {"روسيا": ("GPE", "GPE:روسيا"), "الأمم المتحدة": ("ORG", "ORG:الأمم المتحدة"),
              "ليبيا": ("GPE", "GPE:ليبيا"), "غسان سلامة": ("PER", "PER:غسان سلامة"),
              "فاسيلي نيبينزيا": ("PER", "PER:فاسيلي نيبينزيا"), "محمد الزعبي": ("PER", "PER:محمد الزعبي")}
    doc = make_doc(
        "وقال مندوب روسيا الدائم لدى الأمم المتحدة فاسيلي نيبينزيا إن بلاده سترفض مشروع القرار.\n"
        "وأعلن المبعوث الأممي إلى ليبيا غسان سلامة أن الانتخابات قد تجرى قبل نهاية العام.\n"
        "وقال الوزير لدى لقائه الرئيس محمد الزعبي إن المحادثات كانت مثمرة.",  # whom he met, not who speaks
        mentions=people,
    )
    assert [q.speaker for q in find_quotes(doc)] == ["PER:فاسيلي نيبينزيا", "PER:غسان سلامة", None]


def test_words_of_time_or_place_after_the_verb_are_no_subject() -> None:
    doc = make_doc(
        "وقال سامي نادر إن حزب الوسط سيشارك في الحكومة.\n"
        'وأضاف أمام أنصاره: "لن نتخلى عن وعودنا".\n'
        'وقال عقب الاجتماع: "الحوار مع جميع الأطراف سيستمر حتى نهاية الشهر".',
        mentions=NADER,
    )
    assert [q.speaker for q in find_quotes(doc)] == ["PER:سامي نادر"] * 3


def test_a_name_told_again_that_the_tagger_missed_is_the_person_named_before() -> None:
    doc = make_doc(
        "وصل أبي إلى العاصمة في زيارة رسمية.\n"
        'وقال أبي أمام البرلمان: "نشهد اليوم انتقالا سلميا للسلطة".',
        mentions={"أبي": ("PER", "PER:أبي أحمد")},
    )
    doc.mentions[:] = doc.mentions[:1]  # the second "أبي" ("my father") left untagged
    assert [q.speaker for q in find_quotes(doc)] == ["PER:أبي أحمد"]
