"""Common nouns the tagger or a head noun takes for names (a currency in a count, a prison sentence),
and a known person's surname after someone else's given name (sentences written for these tests)."""

from __future__ import annotations

from rasad.document import Mention, Span
from rasad.extract.entities.component import find_mentions


def _mentions(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, sentences=[Span(0, len(text))])}


def test_a_currency_in_a_count_is_no_name() -> None:
    got = _mentions("وارتفع سعر الأوقية إلى 1303 دولارا في التعاملات، فيما بلغت قيمة الجائزة مليوني جنيه للفائز.")
    assert not any("دولار" in key or "جنيه" in key for key in got)


def test_a_currency_with_its_nationality_is_no_name() -> None:
    got = _mentions("وتراجعت الليرة التركية أمام الدولار الأمريكي، وسجل الجنيه المصري أدنى مستوى له.")
    assert not any(key.startswith(("الليرة", "الدولار", "الجنيه")) for key in got)


def test_a_prison_sentence_is_no_prison_but_a_named_prison_is() -> None:
    got = _mentions("وقضت المحكمة بالسجن المؤبد على المتهم الأول، وبالسجن المشدد عشر سنوات على شريكه، ونقل الثالث إلى سجن أبو غريب.")
    assert not any(key.startswith("السجن") for key in got)
    assert got["سجن أبو غريب"].type == "FAC"


def test_a_known_surname_after_another_given_name_is_another_person() -> None:
    got = _mentions("ومثلت سارة نتنياهو أمام المحكمة في القدس. وقال حسن نصرالله إن الحزب مستعد.")
    assert got["سارة نتنياهو"].type == "PER"
    assert not got["سارة نتنياهو"].entity_id.startswith("kb:")
    assert got["حسن نصرالله"].entity_id == "kb:p:nasrallah"  # his own given name


def test_a_word_that_only_looks_like_a_given_name_keeps_the_known_person() -> None:
    got = _mentions("وقال المتحدث باسم نتنياهو إن الاتهامات باطلة، ولم يعلق أحد غير ترامب على القرار.")
    assert got["نتنياهو"].entity_id == "kb:p:netanyahu"  # باسم: "in the name of"
    assert got["ترامب"].entity_id == "kb:p:trump"  # غير: "other than"


def test_an_unlisted_given_name_the_tagger_reads_makes_another_person() -> None:
    got = _mentions("وسجل المهاجم الجزائري إسلام سليماني هدفين في مرمى الضيوف خلال المباراة.")
    assert got["إسلام سليماني"].type == "PER"
    assert not got["إسلام سليماني"].entity_id.startswith("kb:")


def test_a_verb_before_a_known_surname_keeps_the_known_person() -> None:
    got = _mentions("وخلال حملته الانتخابية عام 2016، دان ترمب قيام منافسته باستخدام بريد خاص.")
    assert got["ترمب"].entity_id == "kb:p:trump"


def test_a_known_given_name_without_its_first_vowel_keeps_the_known_person() -> None:
    got = _mentions("واستقبل الرئيس الفرنسي مانويل ماكرون اللاعبين في قصر الإليزيه مساء الاثنين.")
    assert got["ماكرون"].entity_id == "kb:p:macron"


def test_a_known_foreign_given_name_spelt_another_way_keeps_the_known_person() -> None:
    got = _mentions("وقال وزير الخارجية الإسباني خوسيب بوريل إن بلاده تدعم الاتفاق.")
    assert got["بوريل"].entity_id == "kb:p:borrell"
