"""Speakers told around the verb rather than right after it, on sentences written for these tests: an adverb with a
pronoun after the verb (وكتب تحته) is no speaker, a relative clause's verb (، الذي قال) is its antecedent's, a
medium that relays someone's words (الذي نقل التلفزيون كلامه) is no speaker, a statement "of" a body (بيان للرئاسة)
is the body speaking, and a verb with no subject of its own after a time word (وقال السبت) is the previous
sentence's subject's."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

PEOPLE = {
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "ليلى حداد": ("PER", "PER:ليلى حداد"),
    "تويتر": ("ORG", "ORG:تويتر"),
    "التلفزيون الرسمي": ("ORG", "ORG:التلفزيون الرسمي"),
    "الرئاسة اللبنانية": ("ORG", "ORG:الرئاسة اللبنانية"),
    "رئاسة اللبنانية": ("ORG", "ORG:الرئاسة اللبنانية"),
}
SATURDAY = {"السبت": ("2019-03-02", None)}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).strip('"« ')[:9].strip(), q.speaker) for q in find_quotes(doc)]


def test_an_adverb_with_a_pronoun_after_the_verb_is_no_speaker() -> None:
    doc = make_doc(
        'وغرد سامي نادر بصورة للاجتماع على "تويتر". وكتب تحتها: "حوار صريح ومثمر مع شركائنا في المنطقة".',
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("حوار صريح", "PER:سامي نادر")]


def test_a_joined_verb_with_no_subject_after_a_time_word_is_the_previous_sentences_subjects() -> None:
    doc = make_doc(
        "واستقبل الرئيس وفدا من النقابات. ولم تخف ليلى حداد أن الأولوية هي للأجور. "
        'وقالت السبت عن لقاء الوفد إنه "خطوة أولى نحو اتفاق شامل".',
        mentions=PEOPLE, timexes=SATURDAY,
    )
    assert _speakers(doc) == [("خطوة أولى", "PER:ليلى حداد")]


def test_the_previous_paragraphs_subject_is_not_taken() -> None:
    doc = make_doc(
        "واستقبلت ليلى حداد وفدا من النقابات.\n"
        'وقال السبت عن لقاء الوفد إنه "خطوة أولى نحو اتفاق شامل".',
        mentions=PEOPLE, timexes=SATURDAY,
    )
    assert _speakers(doc) == [("خطوة أولى", None)]


def test_a_relative_clauses_verb_is_its_antecedents() -> None:
    doc = make_doc(
        "ولقيت تصريحات سامي نادر تأييدا من وزيرة المالية الجديدة، ليلى حداد، التي قالت في تغريدة على تويتر "
        'إن "من مصلحة الجميع أن تبقى الأبواب مفتوحة".',
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("من مصلحة", "PER:ليلى حداد")]


def test_a_relative_clause_with_its_own_subject_is_not_the_antecedents() -> None:
    doc = make_doc(
        'وتحدث سامي نادر عن الاتفاق الذي قالت ليلى حداد إنه "لن يصمد أكثر من أسبوع".', mentions=PEOPLE
    )
    assert _speakers(doc) == [("لن يصمد أ", "PER:ليلى حداد")]


def test_a_medium_that_relays_someones_words_is_no_speaker() -> None:
    doc = make_doc(
        'وحسب الوزيرة ليلى حداد الذي نقل التلفزيون الرسمي كلامها فإن الحكومة "لم تطلب أبدا أي قرض جديد".',
        mentions=PEOPLE,
    )
    assert [s for _, s in _speakers(doc)] == ["PER:ليلى حداد"]


def test_a_statement_of_a_body_is_the_body_speaking() -> None:
    doc = make_doc(
        'وقال سامي نادر إن "الحوار هو السبيل الوحيد للخروج من الأزمة".\n'
        'وأضاف بيان للرئاسة اللبنانية: "لنكن جادين وجديرين بثقة شعبنا".',
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("الحوار هو", "PER:سامي نادر"), ("لنكن جادي", "ORG:الرئاسة اللبنانية")]


def test_a_ministry_told_by_its_field_alone_is_the_ministry_named_before() -> None:
    doc = make_doc(
        "وكانت وزارة الداخلية قد أعلنت انتشال جثث 11 مهاجرا.\n"
        'وأكدت الداخلية أنها تلقت "طلب استغاثة بخصوص مركب صيد بعرض السواحل".',
        mentions={"وزارة الداخلية": ("ORG", "ORG:وزارة الداخلية"), "مجلس الأمن": ("ORG", "ORG:مجلس الأمن")},
    )
    assert [s for _, s in _speakers(doc)] == ["ORG:وزارة الداخلية"]


def test_a_field_is_no_body_whose_name_only_holds_it() -> None:
    doc = make_doc(
        "وانعقد مجلس الأمن مساء الجمعة.\n"
        'وقال الأمن في بيان إن "الطرق كلها مفتوحة أمام الحجاج منذ الصباح".',
        mentions={"مجلس الأمن": ("ORG", "ORG:مجلس الأمن")},
    )
    assert [s for _, s in _speakers(doc)] == [None]


def test_a_place_that_speaks_for_those_in_it_is_the_speaker() -> None:
    doc = make_doc(
        'وقال البيت الأبيض، إن "المحادثات مع الصين ستستأنف اليوم وغدا".',
        mentions={"البيت الأبيض": ("FAC", "FAC:البيت الأبيض"), "الصين": ("GPE", "GPE:الصين")},
    )
    assert [s for _, s in _speakers(doc)] == ["FAC:البيت الأبيض"]


def test_the_speakers_own_words_or_an_adverb_after_the_verb_are_no_speaker() -> None:
    doc = make_doc(
        'وقالت ليلى حداد إن "العودة إلى المسرح حلم قديم".\n'
        'وتابعت حديثها: "أنا جاهزة لأي حفلة قادمة في الصيف".\n'
        'وأكدت فعلا أن "العقد وقع قبل أسبوع".\n'
        'وتابعت وفي ذات السياق أنها "تسعد بالعمل مع الفنانين الشباب".',
        mentions=PEOPLE,
    )
    assert [s for _, s in _speakers(doc)] == ["PER:ليلى حداد"] * 4
