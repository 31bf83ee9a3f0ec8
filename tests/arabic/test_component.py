"""The sentences and tokens components on hand-built documents."""

from __future__ import annotations

from rasad.document import Block, Document, Span
from rasad.pipeline import Pipeline, registered


def _pipeline() -> Pipeline:
    return Pipeline([registered("sentences"), registered("tokens")], given={"text", "meta", "body"})


def test_components_fill_sentences_and_tokens_within_the_body() -> None:
    text = 'اقرأ أيضا: أخبار أخرى\nأعلنت الحكومة خطتها. وقال الوزير: "سنبدأ غدا".\nشارك المقال'
    start = text.index("أعلنت")
    end = text.index("\nشارك")
    doc = Document(text)
    doc.body = [Block(Span(start, end))]
    doc.provided |= {"body"}
    doc = _pipeline()(doc)
    assert [doc.span_text(s) for s in doc.sentences] == ["أعلنت الحكومة خطتها.", 'وقال الوزير: "سنبدأ غدا".']
    assert {"sentences", "tokens"} <= doc.provided
    assert all(start <= t.span.start and t.span.end <= end for t in doc.tokens)
    assert [t.stem for t in doc.tokens[:3]] == ["اعلنت", "حكومه", "خطه"]


def test_empty_body_means_the_whole_text() -> None:
    doc = Document("سطر أول\nسطر ثان.")
    doc.provided |= {"body"}
    doc = _pipeline()(doc)
    assert len(doc.sentences) == 2
    assert len(doc.tokens) == 5


def test_requirements_are_declared() -> None:
    assert registered("sentences").requires == frozenset({"body"})
    assert registered("tokens").requires == frozenset({"sentences"})
