"""A report told as another incident ("وفي حادث منفصل") joins no event told before it (sentences written for these tests)."""

from __future__ import annotations

from rasad.corpus.event_clusters import opens_separate_report
from rasad.corpus.model import Entity
from rasad.corpus.timeline import merge_events
from rasad.document import Count, Document, EventMention, Meta, Span

FIRST = "قتل 40 مهاجرا إثر غرق قاربهم قبالة سواحل البلد ليل السبت. "
SECOND = "وفي حادث منفصل، قال خفر السواحل إن تسعة مهاجرين غرقوا قبالة سواحل أخرى."
TEXT = FIRST + SECOND
ENTITIES = [Entity("e1", "GPE", "البلد", keys={"kb:c:GT"}, kb_id="c:GT")]
DROWNING = "drowning"


def _doc(doc_id: str, *mentions: EventMention) -> Document:
    d = Document(TEXT, id=doc_id, meta=Meta(published="2018-06-03", outlet=f"outlet-{doc_id}"))
    d.events = list(mentions)
    return d


def _main() -> EventMention:
    return EventMention(Span(0, len(FIRST)), "DISASTER", date="2018-06-02", location="kb:c:GT", mode=DROWNING,
                        counts=(Count("killed", 40),))


def _separate() -> EventMention:
    return EventMention(Span(len(FIRST), len(TEXT)), "DISASTER", mode=DROWNING, counts=(Count("killed", 9),))


def test_a_sentence_opening_on_a_separate_incident_is_told_apart() -> None:
    assert opens_separate_report(SECOND) and opens_separate_report("في حادثة أخرى، قتل شخصان")
    assert not opens_separate_report(FIRST) and not opens_separate_report("وفي تطور آخر، قال الوزير")


def test_a_separate_incident_does_not_join_the_event_its_document_told_before() -> None:
    events = merge_events([_doc("d1", _main(), _separate())], ENTITIES)
    assert sorted(len(e.mentions) for e in events) == [1, 1]


def test_a_separate_incident_is_no_later_toll_of_another_documents_event() -> None:
    events = merge_events([_doc("d1", _main()), _doc("d2", _separate())], ENTITIES)
    assert sorted(len(e.mentions) for e in events) == [1, 1]
