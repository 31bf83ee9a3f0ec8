"""An editor's note on the background ("يذكر أن …" first in its sentence, data/function_words.tsv editor_note) is no
one's words: no quote, and an attribution after it gives its words to its source. Sentences written for these tests."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span), q.speaker) for q in find_quotes(doc)]


def test_an_editors_note_is_no_quote() -> None:
    doc = make_doc(
        "وقال المدرب سامر خليل إن الفريق جاهز للمباراة. يذكر أن المنتخب خسر مباراتين وديتين الشهر الماضي.\n"
        "ويُذكر أن الاتحاد أقال المدرب السابق في الصيف.",
        mentions={"سامر خليل": ("PER", "PER:سامر خليل")},
    )
    assert _quotes(doc) == [("الفريق جاهز للمباراة", "PER:سامر خليل")]


def test_a_verb_with_its_own_subject_still_reports() -> None:
    doc = make_doc("ويذكر التقرير أن أرباح الشركة ارتفعت بنسبة كبيرة هذا العام.")
    assert _quotes(doc) == [("أرباح الشركة ارتفعت بنسبة كبيرة هذا العام", None)]


def test_an_attribution_after_a_note_gives_its_words_to_its_source() -> None:
    doc = make_doc(
        "يذكر أن البلدة تشهد منذ أيام قصفا أوقع عشرات القتلى، حسب المرصد الوطني.",
        mentions={"المرصد الوطني": ("ORG", "ORG:المرصد الوطني")},
    )
    assert _quotes(doc) == [("البلدة تشهد منذ أيام قصفا أوقع عشرات القتلى", "ORG:المرصد الوطني")]
