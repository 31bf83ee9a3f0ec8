import pytest

from rasad.document import Document, Span
from rasad.errors import PipelineError
from rasad.pipeline import Component, Pipeline


def _mark(layer):
    def func(doc: Document) -> Document:
        getattr(doc, layer).append(Span(0, 1))
        return doc

    return func


SENTENCES = Component("sents", frozenset({"text"}), frozenset({"sentences"}), _mark("sentences"))
TIMEX = Component("times", frozenset({"sentences"}), frozenset({"timexes"}), _mark("sentences"))


def test_pipeline_runs_in_order_and_records_layers():
    doc = Pipeline([SENTENCES, TIMEX])(Document("نص"))
    assert {"sentences", "timexes"} <= doc.provided
    assert len(doc.sentences) == 2


def test_missing_requirement_fails_when_built():
    with pytest.raises(PipelineError, match="needs \\['sentences'\\]"):
        Pipeline([TIMEX, SENTENCES])


def test_duplicate_component_is_refused():
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([SENTENCES, SENTENCES])


def test_unknown_component_name_lists_known_ones():
    from rasad.pipeline import registered

    with pytest.raises(PipelineError, match="no component named"):
        registered("no-such-component")


def test_downstream_of_reruns_only_what_reads_a_changed_layer():
    tokens = Component("toks", frozenset({"sentences"}), frozenset({"tokens"}), _mark("tokens"))
    events = Component("events", frozenset({"timexes", "tokens"}), frozenset({"events"}), _mark("events"))
    claims = Component("claims", frozenset({"events"}), frozenset({"claims"}), _mark("claims"))
    full = Pipeline([SENTENCES, TIMEX, tokens, events, claims])
    assert full.downstream_of({"timexes"}).names == ["events", "claims"]
    assert full.downstream_of({"claims"}).names == []
