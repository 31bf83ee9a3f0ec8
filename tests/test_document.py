import pytest

from rasad.document import Block, Count, Document, EventMention, Meta, Removal, Span, Timex
from rasad.errors import DocumentError

TEXT = "شارك القصة\nأعلن رئيس الوزراء، اليوم الأربعاء، انتهاء المهام القتالية.\n"


def test_text_is_immutable():
    doc = Document(TEXT, id="d1")
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]
    assert doc.text == TEXT


def test_id_is_stable_and_depends_on_content():
    assert Document(TEXT, source="a").id == Document(TEXT, source="a").id
    assert Document(TEXT, source="a").id != Document(TEXT + ".", source="a").id


def test_span_checks_and_reads():
    doc = Document(TEXT)
    span = Span(11, 15)
    assert doc.span_text(span) == "أعلن"
    assert Span(0, 5).overlaps(Span(4, 9)) and not Span(0, 5).overlaps(Span(5, 9))
    with pytest.raises(DocumentError):
        Span(5, 2)


def test_body_text_joins_kept_ranges_without_rewriting():
    doc = Document(TEXT)
    doc.body = [Block(Span(11, len(TEXT) - 1))]
    doc.removed = [Removal(Span(0, 10), "furniture", "share button")]
    assert doc.body_text() == TEXT[11:-1]
    assert doc.text == TEXT


def test_round_trip_keeps_every_layer():
    doc = Document(TEXT, id="d1", source="x.txt", meta=Meta(title="t", published="2021-12-29", published_how="text"))
    doc.body = [Block(Span(11, 20), "heading")]
    doc.timexes = [Timex(Span(30, 45), "2021-12-29", None, anchor="2021-12-29")]
    doc.events = [EventMention(Span(11, 60), "STATEMENT", trigger=Span(11, 15), counts=(Count("rockets", 4),))]
    doc.provided |= {"body", "timexes", "events"}
    back = Document.from_dict(doc.to_dict())
    assert back.to_dict() == doc.to_dict()
    assert back.events[0].counts[0].value == 4


def test_layers_left_out_are_marked_for_recomputing():
    from rasad.document import Token

    doc = Document(TEXT, id="d1")
    doc.tokens = [Token(Span(11, 15), "اعلن")]
    doc.provided |= {"tokens"}
    data = doc.to_dict(without=("tokens",))
    assert "tokens" not in data and "tokens" not in data["provided"]
    assert Document.from_dict(data).tokens == []
