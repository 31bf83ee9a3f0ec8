"""Quotes, events and claims on the seed articles, through the real upstream components."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from rasad.corpus.model import Corpus
from rasad.document import Document, Meta
from rasad.pipeline import Pipeline, registered

UPSTREAM = ("rasad.clean.component", "rasad.arabic.component", "rasad.extract.time", "rasad.extract.entities.component")
pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Document]:
    for module in (*UPSTREAM, "rasad.extract.quotes", "rasad.extract.events.component", "rasad.extract.claims"):
        importlib.import_module(module)
    upstream = Pipeline([registered(n) for n in ("clean", "sentences", "tokens", "timexes", "mentions")])
    docs = [upstream(Document(p.read_text(encoding="utf-8"), id=p.stem, meta=Meta(format="txt")))
            for p in sorted(seeds_dir.glob("*.txt"))]
    dates = pytest.importorskip("rasad.corpus.dates")
    dates.published_across(Corpus(docs))  # time expressions settle before events read them
    mine = Pipeline([registered(n) for n in ("quotes", "events", "claims")], given={"text", "meta", "sentences", "timexes", "mentions"})
    return {d.id[:3]: mine(d) for d in docs}


def test_background_agreement_and_deadline(seeds: dict[str, Document]) -> None:
    events = seeds["001"].events
    assert any(e.type == "AGREE" and e.date == "2021-07-26" for e in events)
    assert any(e.type == "RETREAT" and e.date == "2021-12-31" and e.modality == "deadline" for e in events)


def test_rockets_and_interceptions(seeds: dict[str, Document]) -> None:
    counts = [{c.what: c.value for c in e.counts} for e in seeds["004"].events if e.type == "ASSAULT"]
    assert any({"rockets": 4, "intercepted": 3}.items() <= c.items() for c in counts)


def test_quotes_with_carried_speakers(seeds: dict[str, Document]) -> None:
    doc = seeds["003"]
    added = next(q for q in doc.quotes if doc.span_text(q.span).startswith("نتطلع"))
    said = next(q for q in doc.quotes if doc.span_text(q.span).startswith("غادرنا"))
    assert added.speaker is not None and added.speaker == said.speaker


def test_claims_with_values(seeds: dict[str, Document]) -> None:
    values = {c.value for c in seeds["000"].claims}
    assert {3500, 2500, 2} <= values
    assert 2014 not in {c.value for c in seeds["001"].claims}
