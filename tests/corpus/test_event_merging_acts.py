"""Event merging keeps apart a person's statement and an act another did to him (sentences written for this test)."""

from __future__ import annotations

from rasad.corpus.model import Entity
from rasad.corpus.timeline import merge_events
from rasad.document import Document, EventMention, Meta, Span

TEXT = "قال رئيس الوزراء المكلف سمير خليل الخميس إن الحكومة التي كلفه الرئيس بتشكيلها ستكون حكومة وفاق."
ENTITIES = [Entity("e1", "PER", "سمير خليل", keys={"kb:p:khalil"}), Entity("e2", "PER", "الرئيس", keys={"kb:p:president"})]


def _doc(*mentions: EventMention) -> Document:
    d = Document(TEXT, id="d1", meta=Meta(published="2020-05-14", outlet="outlet"))
    d.events = list(mentions)
    return d


def test_a_statement_and_the_designation_of_its_speaker_are_two_events() -> None:
    said = EventMention(Span(0, len(TEXT)), "STATEMENT", date="2020-05-14", actor="kb:p:khalil")
    designated = EventMention(Span(0, len(TEXT)), "REQUEST", date="2020-05-14", actor="kb:p:president", target="kb:p:khalil")
    events = merge_events([_doc(said, designated)], ENTITIES)
    assert sorted(e.type for e in events) == ["REQUEST", "STATEMENT"]


def test_a_statement_of_the_actor_announcing_his_own_act_is_still_one_event() -> None:
    said = EventMention(Span(0, len(TEXT)), "STATEMENT", date="2020-05-14", actor="kb:p:president")
    designated = EventMention(Span(0, len(TEXT)), "REQUEST", date="2020-05-14", actor="kb:p:president", target="kb:p:khalil")
    assert len(merge_events([_doc(said, designated)], ENTITIES)) == 1
