"""A name found once in an article and left untagged where it recurs (`recurrences`)."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.document import Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found
from rasad.extract.entities.resolve import resolve_document
from rasad.extract.entities.words import split_words


def _leaning(score: float):  # the tagger's word weights, as `Tagger.name_evidence` gives them
    def evidence(forms: Sequence[str], typ: str) -> list[float]:
        return [score] * len(forms)

    return evidence


def _carried(text: str, name: str, typ: str, *, score: float = 5.0) -> list[str]:
    """The mentions of a name found at its first occurrence only, as written."""
    words = split_words(text)
    size = len(name.split())
    first = next(k for k in range(len(words)) if text[words[k].span.start : words[k + size - 1].span.end] == name)
    found = [Found(first, first + size, Span(words[first].span.start, words[first + size - 1].span.end), typ, "model")]
    return [text[m.span.start : m.span.end] for m in resolve_document(text, words, found, _leaning(score))]


def test_a_name_the_tagger_missed_where_it_recurs_is_the_name_found() -> None:
    text = (
        "سجل المهاجم البرازيلي نيمار هدفين في مباراة الأمس. ويأمل المدرب في أن يلحق نيمار بمعسكر المنتخب الأسبوع المقبل. "
        "وتحدث المدرب عن نيمار خلال المؤتمر الصحفي، وقال إن عودة محتملة لنيمار ستسعد الجماهير."
    )
    people = [(text[m.span.start : m.span.end], m.entity_id) for m in find_mentions(text) if m.type == "PER"]
    assert people == [("نيمار", "PER:نيمار")] * 4


def test_a_recurrence_after_a_proclitic_is_the_name_without_it() -> None:
    text = "فاز فريق هيرتا على ضيفه. ورفع وهيرتا رصيده، وقال مدرب لهيرتا إن الفوز مستحق."
    assert _carried(text, "هيرتا", "ORG") == ["هيرتا", "هيرتا", "هيرتا"]


def test_a_definite_name_recurs_after_the_preposition_that_elides_its_alef() -> None:
    text = "سجل النني هدف الفوز أمس. وقال المدرب إن للنني دورا كبيرا، وأشاد الجمهور بأداء النني."
    assert _carried(text, "النني", "PER") == ["النني", "لنني", "النني"]


def test_a_word_the_tagger_leans_against_is_not_carried() -> None:
    text = "قال متحدث باسم شركة هيرتا إن الأرباح زادت. وأضاف أن هيرتا ستفتتح فرعا جديدا."
    assert _carried(text, "هيرتا", "ORG", score=-2.0) == ["هيرتا"]


def test_a_definite_word_the_kb_does_not_know_is_not_carried_as_a_body() -> None:
    text = "توفي الدراج البلجيكي بعد سقوطه. وأوضح البيان أن الدراج نقل إلى المستشفى، وعثر الأطباء على الدراج مغمى عليه."
    assert _carried(text, "الدراج", "ORG") == ["الدراج"]


def test_a_name_is_not_carried_to_the_word_with_the_article() -> None:
    text = "أطلقت وكالة ناسا مسبارا جديدا. ووصفت الناسا المهمة بأنها الأولى من نوعها."
    assert _carried(text, "ناسا", "ORG") == ["ناسا"]


def test_a_word_more_often_untagged_than_found_is_not_carried() -> None:
    text = "سعيد مدرب الفريق. كان الجمهور سعيد بالفوز، واللاعب سعيد، والمدرب سعيد، والرئيس سعيد، والكل سعيد."
    assert _carried(text, "سعيد", "PER") == ["سعيد"]


def test_a_place_found_once_is_left_to_the_kb() -> None:
    text = "تقدمت القوات في ريف درعا أمس. وسيطرت على قرى في ريف حماة."
    assert _carried(text, "ريف", "GPE") == ["ريف"]


def test_a_name_beginning_with_a_nationality_is_not_carried() -> None:
    text = "أعلنت الأمريكية بوينغ عن طائرة جديدة. وقالت الأمريكية بوينغ إن الطلبات زادت."
    assert _carried(text, "الأمريكية بوينغ", "ORG") == ["الأمريكية بوينغ"]


def test_a_two_word_name_is_carried_after_a_proclitic() -> None:
    text = "وصل سبايك لي إلى المهرجان. ونجح وسبايك لي في رفع التحدي، وقال النقاد إن سبايك لي أبدع."
    assert _carried(text, "سبايك لي", "PER") == ["سبايك لي"] * 3


def test_the_recurrence_of_a_name_with_a_span_is_no_crash_without_evidence() -> None:
    text = "زار نيمار المستشفى. ثم غادر نيمار."
    words = split_words(text)
    found = [Found(1, 2, Span(words[1].span.start, words[1].span.end), "PER", "model")]
    assert len(resolve_document(text, words, found)) == 1
