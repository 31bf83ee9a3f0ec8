"""The mention index answers as a scan of every mention in document order would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.document import Document, Mention, Span
from rasad.extract.mention_index import MentionIndex, mention_index, spans_starting_in
from rasad.pipeline import Pipeline

_SPANS = st.tuples(st.integers(0, 60), st.integers(1, 8)).map(lambda p: Span(p[0], p[0] + p[1]))
_MENTIONS = st.lists(st.tuples(_SPANS, st.sampled_from(["PER", "ORG", "GPE"])), max_size=25)


@settings(max_examples=200, deadline=None)
@given(_MENTIONS, st.lists(_SPANS, max_size=6), st.integers(0, 70), st.integers(0, 70))
def test_lookups_agree_with_a_scan(pairs: list[tuple[Span, str]], timexes: list[Span], a: int, b: int) -> None:
    mentions = [Mention(span, typ) for span, typ in pairs]
    index = MentionIndex(mentions, timexes)
    start, end = min(a, b), max(a, b)
    assert index.between(start, end) == [m for m in mentions if start <= m.span.start < end]
    for m in mentions:
        assert index.at(m.span) == [x for x in mentions if x.span == m.span]
    assert index.starts_inside(start, end) == any(start < m.span.start < end for m in mentions)
    for offset in range(70):
        assert index.in_timex(offset) == any(t.start <= offset < t.end for t in timexes)
    probe = Span(start, max(end, start + 1))
    assert index.timex_overlaps(probe) == any(t.start <= probe.start < t.end or probe.start <= t.start < probe.end for t in timexes)
    ordered = sorted(span for span, _ in pairs)
    assert list(spans_starting_in(ordered, start, end)) == [s for s in ordered if start <= s.start < end]


def test_the_index_follows_the_document_it_is_asked_about() -> None:
    pipe = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions"])
    first = pipe(Document("قال وزير الخارجية الأردني أيمن الصفدي أمس إن عمان ترفض القرار."))
    second = pipe(Document("أعلن الرئيس الفرنسي إيمانويل ماكرون في باريس اليوم خطة جديدة."))
    names = [first.span_text(m.span) for m in mention_index(first).between(0, len(first.text))]
    assert "أيمن الصفدي" in names
    assert mention_index(second).between(0, len(second.text)) == second.mentions
    assert mention_index(first).between(0, len(first.text)) == first.mentions
