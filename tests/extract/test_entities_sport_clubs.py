"""Sports clubs whose bare name is also a word, another body or a town: the club in sport context only."""

from __future__ import annotations

from rasad.arabic.sentences import split_sentences
from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, None, split_sentences(text))}


def test_a_club_named_after_a_word_is_the_club_after_a_sport_cue() -> None:
    got = _by_text("وقال مدرب الهلال إن فريقه جاهز لمواجهة النصر يوم الجمعة في الرياض.")
    assert got["الهلال"].entity_id == "kb:o:hilal"
    assert got["النصر"].entity_id == "kb:o:nassr"
    got = _by_text("وخسر الفيصلي أمام الرمثا، بينما تغلب الترجي على ضيفه في الجولة الأخيرة.")
    assert got["الفيصلي"].type == "ORG"
    assert got["الترجي"].entity_id == "kb:o:esperance"


def test_a_score_line_and_a_list_after_a_club_name_clubs() -> None:
    got = _by_text("وانتهت مباراة الوداد والرجاء بالتعادل، ثم جاءت النتيجة: الاتحاد 2-1 الأهلي.")
    assert got["الوداد"].entity_id == "kb:o:wydad"
    assert got["الرجاء"].entity_id == "kb:o:raja"
    assert got["الاتحاد"].type == "ORG"
    assert got["الأهلي"].type == "ORG"


def test_a_longer_name_and_a_given_name_keep_their_reading() -> None:
    got = _by_text("وقدم الهلال الأحمر مساعدات للنازحين، ورحب الاتحاد الأوروبي بالاتفاق أمام الصحفيين.")
    assert got["الهلال الأحمر"].entity_id == "kb:o:redcrescent"
    assert got["الاتحاد الأوروبي"].entity_id == "kb:o:eu"
    assert "الهلال" not in got and "الاتحاد" not in got
    assert "الاتفاق" not in _by_text("وأعلنت المعارضة موقفها ضد الاتفاق النووي مع إيران.")
    assert "الاتحاد" not in _by_text("وفي كلمة ألقاها أمام الاتحاد القومي للأسلحة، دافع الرئيس عن حق حمل السلاح.")


def test_a_town_named_club_is_the_club_after_a_club_noun_and_the_town_elsewhere() -> None:
    got = _by_text("وسجل لاعب برشلونة هدفين، وقال مدافع نابولي إن فريقه سيعود.")
    assert got["برشلونة"].entity_id == "kb:o:barcelona_fc"
    assert got["نابولي"].entity_id == "kb:o:napoli"
    town = _by_text("وتظاهر الآلاف في شوارع برشلونة للمطالبة باستقلال إقليم كتالونيا.")
    assert town["برشلونة"].type == "GPE"
