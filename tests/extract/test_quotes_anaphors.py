"""Speakers told by description, short form or title, on sentences written for these tests (the classes gold12 and
gold13 showed): a name the tagger missed before its title, a descriptive anaphor, a short form of a source, a report
as subject, and verbs with no subject of their own."""

from __future__ import annotations

from rasad.document import Document, Meta
from rasad.extract.quotes import find_quotes
from rasad.pipeline import Pipeline
from tests.extract.handmade import make_doc


def _speakers(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [(doc.span_text(q.span)[:12], q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in find_quotes(doc)]


def test_the_body_in_a_title_after_an_untagged_name_does_not_speak() -> None:
    doc = make_doc(
        'وقالت سلمى الورداني، مديرة برامج منظمة الصحة العالمية في الشرق الأوسط، في بيان: "نرحب بهذه الخطوة المهمة".\n'
        'وأضافت أن "اللقاحات ستصل إلى المخيمات خلال أسبوع".',
        mentions={"منظمة الصحة العالمية": ("ORG", "kb:o:who")},
    )
    assert _speakers(doc) == [("نرحب بهذه ال", None, "سلمى الورداني"), ('"اللقاحات ست', None, "سلمى الورداني")]


def test_a_tagged_name_before_its_title_speaks() -> None:
    doc = make_doc(
        'وقالت سلمى الورداني، مديرة برامج منظمة الصحة العالمية، في بيان: "نرحب بهذه الخطوة المهمة".',
        mentions={"سلمى الورداني": ("PER", "PER:سلمي الورداني"), "منظمة الصحة العالمية": ("ORG", "kb:o:who")},
    )
    assert _speakers(doc) == [("نرحب بهذه ال", "PER:سلمي الورداني", "سلمى الورداني")]


BACHELET = {"ميشيل باشيليت": ("PER", "PER:ميشيل باشيليت"), "محمد بديع": ("PER", "PER:محمد بديع"),
            "سامي نادر": ("PER", "PER:سامي نادر")}


def test_a_descriptive_anaphor_is_the_last_person_of_its_gender_who_spoke() -> None:
    doc = make_doc(
        'ووصفت ميشيل باشيليت، المفوضة السامية لحقوق الإنسان، المحاكمة بأنها "غير عادلة".\n'
        "وكانت المحكمة قضت بسجن محمد بديع مدى الحياة.\n"
        'وقالت المسؤولة الأممية في بيان إن "هذه العقوبات لو نفذت ستكون إجهاضا للعدالة".',
        mentions=BACHELET,
    )
    assert _speakers(doc)[-1][:2] == ('"هذه العقوبا', "PER:ميشيل باشيليت")


def test_a_descriptive_anaphor_after_an_unnamed_speaker_of_its_gender_stays_unnamed() -> None:
    doc = make_doc(
        'وقال سامي نادر إن "المفاوضات ستستأنف الأسبوع المقبل في جنيف".\n'
        'وقال مسؤول أمريكي طلب عدم الكشف عن اسمه إن "الوفد سيصل غدا إلى المدينة".\n'
        'وأضاف المسؤول الأمريكي أن "الاتفاق لم يعد بعيدا كما كان من قبل".',
        mentions=BACHELET,
    )
    assert _speakers(doc)[-1][:2] == ('"الاتفاق لم ', None)


def test_a_short_form_of_a_source_is_the_source_named_in_full() -> None:
    doc = make_doc(
        "أصدرت المحكمة حكمها في القضية وفقا لما أوردته بوابة الشروق.\n"
        'وذكرت الشروق أن "النيابة طلبت أقصى العقوبة للمتهمين في القضية".',
        mentions={"بوابة الشروق": ("ORG", "ORG:بوابه الشروق")},
    )
    assert _speakers(doc)[-1][:2] == ('"النيابة طلب', "ORG:بوابه الشروق")


def test_a_report_named_for_the_first_time_is_the_last_speakers() -> None:
    doc = make_doc(
        'وأرسل سامي نادر بيانا إلى الصحف قال فيه إن "الحزب لن يشارك في الحكومة".\n'
        'وذكرت بوابة الشروق أن "النيابة طلبت أقصى العقوبة للمتهمين في القضية".\n'
        'ولفت التقرير إلى أن "أبرز المتهمين في القضية من قيادات الجماعة".',
        mentions={"بوابة الشروق": ("ORG", "ORG:بوابه الشروق"), "سامي نادر": ("PER", "PER:سامي نادر")},
    )
    assert _speakers(doc)[-1][:2] == ('"أبرز المتهم', "ORG:بوابه الشروق")


def test_a_report_after_reports_named_before_is_one_of_them() -> None:
    doc = make_doc(
        "وعرضت منظمات حقوقية في جنيف أربعة تقارير عن انتهاكات الحرب.\n"
        'وقال سامي نادر إن "مهمتنا صعبة في إعادة الأطفال إلى مدارسهم".\n'
        'وأشار التقرير إلى أن "جميع الضحايا لم يشاركوا في أي نشاط عسكري".',
        mentions={"سامي نادر": ("PER", "PER:سامي نادر")},
    )
    assert _speakers(doc)[-1][:2] == ('"جميع الضحاي', None)


def test_a_verb_with_no_subject_opening_a_paragraph_takes_the_subject_before() -> None:
    doc = make_doc(
        "وانتقدت ميشيل باشيليت عدم محاكمة أي مسؤول أمني عن فض الاعتصام.\n"
        'وقالت "أحث الحكومة المصرية على ضمان تحقيق العدالة لكل الضحايا"، مضيفة "لم يحاكم أي مسؤول حتى الآن عن القتل".',
        mentions={**BACHELET, "الحكومة المصرية": ("ORG", "ORG:الحكومه المصريه")},
    )
    assert [s[1] for s in _speakers(doc)] == ["PER:ميشيل باشيليت", "PER:ميشيل باشيليت"]


def test_a_verb_going_on_after_a_statement_that_is_no_quote_takes_its_subject() -> None:
    doc = make_doc(
        'وردت مصر في بيانها بالتأكيد على "التزام السلطات القضائية الكامل بسيادة القانون".\n'
        'وتابعت: "إن هذا القانون لا يحول دون مباشرة التحقيق أو الإحالة إلى المحاكم".',
        mentions={"مصر": ("GPE", "kb:c:EG")},
    )
    assert _speakers(doc)[-1][:2] == ('إن هذا القان', "kb:c:EG")


def test_a_name_inside_the_quote_before_is_no_subject_to_go_on_with() -> None:
    doc = make_doc(
        "وكان اللاعب قد وقع مع النادي البرتغالي لمدة ثلاث سنوات.\n"
        "وزاد: أخذت فكرة مسبقة عن النادي واستشرت المدرب السابق سامي نادر قبل التوقيع.\n"
        "وتابع: كان لدي عرضان من ناديين آخرين وبمبالغ مالية أكبر من هذا العرض.",
        mentions={"سامي نادر": ("PER", "PER:سامي نادر")},
    )
    assert _speakers(doc)[-1][:2] == ("كان لدي عرضا", None)


def test_a_title_told_again_in_another_form_names_its_bearer() -> None:
    doc = make_doc(
        "حدد مؤسس شركة نوفا لصناعة السيارات، سامي نادر، خطته لتحويلها إلى شركة خاصة.\n"
        'وقال مؤسس نوفا أيضا إنه "التقى بصندوق الثروة السيادي مرات عديدة".',
        mentions={"سامي نادر": ("PER", "PER:سامي نادر"), "نوفا": ("ORG", "ORG:نوفا")},
    )
    assert _speakers(doc)[-1][:2] == ('"التقى بصندو', "PER:سامي نادر")


def test_a_title_whose_bearer_the_tagger_missed_names_not_the_person_after_another_title() -> None:
    doc = make_doc(
        "والتقى رئيس اتحاد الكرة سالم العبيدي مدرب المنتخب جون ميلر في العاصمة.\n"
        'وقال رئيس اتحاد الكرة إن "الاستعدادات للبطولة تسير بشكل جيد".',
        mentions={"اتحاد الكرة": ("ORG", "ORG:اتحاد الكرة"), "جون ميلر": ("PER", "PER:جون ميلر")},
    )
    assert _speakers(doc)[-1][1] is None  # not the coach named after a title of his own


def test_a_participle_after_a_number_is_a_counted_noun_not_a_speech_verb() -> None:
    text = ("وقضت محكمة جنايات القاهرة بالسجن 15 عاما على 374 متهما، وخمس سنوات على 215 آخرين. "
            "يذكر أن فض الاعتصام أسفر عن مقتل أكثر من 600 شخص.")
    doc = Pipeline.from_names()(Document(text, meta=Meta(published="2018-09-08")))
    speakers = {text[q.speaker_span.start : q.speaker_span.end] for q in doc.quotes if q.speaker_span}
    assert "القاهرة" not in speakers
