"""A feminine dual of a noun outside the count-noun lexicon counts two ("دمرت عربتين"); a plural, an adjective, a verb, a
word with the article or a name written like a dual counts nothing."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str, mentions: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, float]]:
    doc = make_doc(text, mentions=mentions)
    doc.events = extract_events(doc)
    return [(text[c.span.start : c.span.end], c.value) for c in find_claims(doc)]


def test_feminine_dual_outside_lexicon_counts_two() -> None:
    assert _claims("وقالت القوات إنها دمرت عربتين تحملان ذخيرة قرب الحدود.") == [("عربتين", 2)]
    assert _claims("واقتحمت الميليشيا منشأتين تابعتين للبرنامج في المدينة.") == [("منشأتين", 2)]


def test_a_masculine_form_in_yn_is_no_count_it_is_mostly_a_plural() -> None:
    assert _claims("وقال إن البلدية كلفت فنانين برسم جدارية، وإن سائقين عابرين شاهدوا الحادث.") == []


def test_feminine_dual_counts_two_not_its_adjective() -> None:
    assert _claims("وقالت الوزارة إن القوات استخدمت مروحيتين هجوميتين في العملية.") == [("مروحيتين", 2)]


def test_plurals_adjectives_and_verbs_are_no_duals() -> None:
    assert _claims("وقالت الشرطة إن مهاجمين مجهولين أطلقوا النار على كثيرين في السوق.") == []
    assert _claims("وقال لها المدرب: إنك تعملين بجد وستحصلين على فرصتك.") == []
    assert _claims("وأكدت الحكومتان أنهما جاهزتان للتعاون، مشيرين إلى مبنيين غير صناعيين.") == []


def test_definite_duals_are_no_counts() -> None:
    assert _claims("واتفقت الحكومتين على إصلاح المروحيتين وللعربتين دور في الخطة.") == []
