from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None) for q in find_quotes(doc)]


def test_the_one_under_la_after_sabaqa_said_it_before() -> None:
    doc = make_doc("وسبق لوزير المالية، خالد عمران، أن أكد أن الموازنة الجديدة لن تتضمن ضرائب إضافية.",
                   mentions={"خالد عمران": ("PER", "PER:خالد عمران")})
    assert _speakers(doc) == [("PER:خالد عمران", "خالد عمران")]


def test_a_body_under_la_after_sabaqa_said_it_before() -> None:
    doc = make_doc("كما سبق لمنظمة الصحة العالمية أن حذرت من أن التلوث يقتل الملايين كل عام.",
                   mentions={"منظمة الصحة العالمية": ("ORG", "ORG:منظمه الصحه العالميه")})
    assert _speakers(doc) == [("ORG:منظمه الصحه العالميه", "منظمة الصحة العالمية")]
