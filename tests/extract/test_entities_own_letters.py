"""A name's own first letter that reads as a preposition (ليو, بلاتيني) or, after لل, as the article's
lam (لليفربول is ل + ليفربول) stays in the name (sentences written for these tests)."""

from __future__ import annotations

from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import name_proclitics


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


def test_a_town_after_its_head_stays_a_place_in_an_article_on_its_club() -> None:
    text = (
        "وتألق محمد صلاح مع ليفربول هذا الموسم. وقال مدرب فريق ليفربول إن الإصابة خطيرة. "
        "وتم الاتفاق على أن يبقى اللاعب في مدينة ليفربول ليتلقى العلاج."
    )
    last = text.rindex("ليفربول")
    got = {m.span.start: m.type for m in find_mentions(text)}
    assert got.get(last) == "GPE"
