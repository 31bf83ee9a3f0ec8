"""A name's own first letter that reads as a preposition (ليو, بلاتيني) or, after لل, as the article's
lam (لليفربول is ل + ليفربول) stays in the name; a club's town, nickname and owner (sentences written
for these tests)."""

from __future__ import annotations

from rasad.document import Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found, name_proclitics
from rasad.extract.entities.recognize import _merge
from rasad.extract.entities.words import split_words


def _names(text: str) -> dict[str, str]:
    return {text[m.span.start : m.span.end]: m.entity_id or "" for m in find_mentions(text)}


def test_a_name_starting_with_lam_after_the_preposition_keeps_its_lam() -> None:
    assert name_proclitics("لليفربول") == "ل"
    assert name_proclitics("للندن") == "ل"


def test_the_article_after_the_preposition_is_still_taken_off() -> None:
    assert name_proclitics("للمجلس") == "لل"
    assert name_proclitics("للحكومة") == "لل"
    assert name_proclitics("لليمن") == "لل"


def test_a_foreign_given_name_keeps_a_first_letter_that_reads_as_a_preposition() -> None:
    assert name_proclitics("ليو") == ""
    assert name_proclitics("وليو") == "و"


def test_a_preposition_before_a_name_or_a_noun_is_still_taken_off() -> None:
    assert name_proclitics("لترامب") == "ل"
    assert name_proclitics("بقيادة") == "ب"  # قيادته: a noun, ب "with"
    assert name_proclitics("بالسجن") == "ب"


def test_the_clubs_name_after_lil_is_keyed_as_written_alone() -> None:
    text = "وقال المدرب إن الفوز لليفربول كان مستحقا أمام روما."
    assert _names(text)["ليفربول"] == "ORG:ليفربول"


def test_leo_varadkar_keeps_his_first_letter() -> None:
    text = "وقال رئيس الوزراء الإيرلندي ليو فرادكار إن النتيجة تاريخية."
    assert "ليو فرادكار" in _names(text)


def test_a_town_after_its_head_stays_a_place_named_with_its_head_in_an_article_on_its_club() -> None:
    text = (
        "وتألق محمد صلاح مع ليفربول هذا الموسم. وقال مدرب فريق ليفربول إن الإصابة خطيرة. "
        "وتم الاتفاق على أن يبقى اللاعب في مدينة ليفربول ليتلقى العلاج."
    )
    got = {text[m.span.start : m.span.end]: m.type for m in find_mentions(text)}
    assert got["مدينة ليفربول"] == "GPE"  # the head stays: ليفربول alone is the club here


def test_a_clubs_nickname_is_the_club() -> None:
    text = 'وبدأ "الريدز" المباراة بقوة، فيما عزز فريق "السيدة العجوز" صدارته.'
    got = _names(text)
    assert got["الريدز"] == "kb:o:liverpool_fc" and got["السيدة العجوز"] == "kb:o:juventus"


def test_a_person_the_tagger_runs_into_a_kb_name_is_cut_before_the_word_that_governs_it() -> None:
    text = "وقال رومان أبراموفيتش مالك نادي تشيلسي إنه سعيد."
    words = split_words(text)
    at = {text[w.span.start : w.span.end]: i for i, w in enumerate(words)}

    def found(first: str, last: str, typ: str, source: str) -> Found:
        a, b = at[first], at[last] + 1
        return Found(a, b, Span(words[a].span.start, words[b - 1].span.end), typ, source)

    kb = [found("نادي", "تشيلسي", "ORG", "kb")]
    model = [found("رومان", "نادي", "PER", "model")]
    got = [(text[f.span.start : f.span.end], f.type) for f in _merge(kb, model, words)]
    assert got == [("رومان أبراموفيتش", "PER"), ("نادي تشيلسي", "ORG")]


def test_a_kb_acronym_that_a_letter_name_goes_on_from_is_a_longer_acronym() -> None:
    got = _names('وقال رئيس الوزراء لقناة التلفزيون الحكومية "آر تي إي" إن النتيجة تاريخية.')
    assert "آر تي إي" in got and "آر تي" not in got
    got = _names("وقالت الهيئة آر تي إي إن النتيجة واضحة.")  # إن "that" is no fourth letter
    assert "آر تي إي" in got


def test_a_kb_acronym_before_a_letter_name_that_is_a_word_stays_whole() -> None:
    assert _names("وقال لبي بي سي في لندن إن الأمر خطير.").get("بي بي سي") == "kb:o:bbc"
