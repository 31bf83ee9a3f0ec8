"""The type of a merged event: a sentence votes once for each type it gives, so the two statements of the sentence
that words a threat ("قال فيها إنه سيكون مضطرا إلى إغلاق الموانئ") do not outvote the threat the lead tells."""

from __future__ import annotations

from rasad.corpus.model import Entity
from rasad.corpus.timeline import merge_events
from rasad.document import Document, EventMention, Meta, Span

TEXT = ("هدد وزير الداخلية الأحد بمنع سفن المهاجرين من الوصول إلى موانئ بلاده. "
        "وذكرت صحيفة أن الوزير وجه رسالة إلى السلطات قال فيها إنه سيكون مضطرا إلى إغلاق الموانئ.")
SECOND = TEXT.index("وذكرت")
ENTITIES = [Entity("e1", "PER", "الوزير", keys={"PER:الوزير"})]


def _mention(type_: str, start: int, end: int) -> EventMention:
    return EventMention(Span(start, end), type_, date="2018-06-10", actor="PER:الوزير")


def test_two_statements_of_one_sentence_do_not_outvote_the_threat() -> None:
    d = Document(TEXT, id="d1", meta=Meta(published="2018-06-10", outlet="outlet"))
    d.events = [_mention("THREATEN", 0, SECOND - 1), _mention("STATEMENT", SECOND, len(TEXT)),
                _mention("STATEMENT", SECOND, len(TEXT))]
    events = merge_events([d], ENTITIES)
    assert [(e.type, len(e.mentions)) for e in events] == [("THREATEN", 3)]
