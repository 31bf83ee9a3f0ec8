"""Fixtures over the hand-built sample corpus in sample.py."""

from __future__ import annotations

import pytest

from rasad.corpus.model import Corpus, DocSpan, Entity, Event, Story, SummarySentence
from rasad.document import Document, Span
from tests.outputs.sample import first_doc, second_doc


@pytest.fixture
def docs() -> list[Document]:
    return [first_doc(), second_doc()]


@pytest.fixture
def resolved_corpus(docs: list[Document]) -> Corpus:
    kadhimi = Entity("e2", "PER", "مصطفى الكاظمي", "Mustafa al-Kadhimi", keys={"kb:Q123"}, kb_id="Q123",
                     mentions=[DocSpan("b_kadhimi", m.span) for m in docs[0].mentions[:2]])
    iraq = Entity("e10", "GPE", "العراق", "Iraq", keys={"GPE:العراق"}, mentions=[DocSpan("b_kadhimi", docs[0].mentions[2].span)])
    event = Event("v1", "RETREAT", date="2022-01-05", participants=["e2"], location="e10",
                  mentions=[DocSpan("b_kadhimi", docs[0].events[0].span), DocSpan("a_gov", docs[1].events[0].span)],
                  sources=[0, 0])
    story = Story("s1", ["b_kadhimi", "a_gov"], title="انسحاب القوات",
                  summary=[SummarySentence("أعلنت الحكومة العراقية أمس انسحاب القوات", DocSpan("a_gov", Span(0, 40)), ("الحرة", "الشرق"))],
                  timeline=["v1"])
    return Corpus(docs, entities=[iraq, kadhimi], events=[event], stories=[story])
