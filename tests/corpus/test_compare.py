"""Outlet comparison: agreement, updates, contradictions and who reported first."""

from __future__ import annotations

from rasad.corpus.compare import compare
from rasad.corpus.model import Corpus, DocSpan, Event, Story
from rasad.document import Claim, Count, Document, EventMention, Meta, Span

TEXT = "قتل 13 شخصا في تفجير انتحاري استهدف سوقا شعبية في المدينة، بحسب مصادر طبية، فيما يتمركز نحو 2500 جندي أميركي في البلاد."


def doc(doc_id: str, outlet: str, published: str, counts: tuple[Count, ...] = (), claims: tuple[Claim, ...] = ()) -> Document:
    d = Document(TEXT, id=doc_id, meta=Meta(outlet=outlet, published=published))
    d.events = [EventMention(Span(0, 60), "ASSAULT", date="2023-03-01", counts=counts)]
    d.claims = list(claims)
    return d


def corpus_of(*docs: Document) -> Corpus:
    event = Event("v1", "ASSAULT", date="2023-03-01", mentions=[DocSpan(d.id, Span(0, 60)) for d in docs], sources=[0] * len(docs))
    return Corpus(list(docs), events=[event], stories=[Story("s1", [d.id for d in docs])])


def by_what(comparisons, what):
    return [c for c in comparisons if c.what == what]


def test_rising_toll_across_days_is_an_update_and_first_reporter_known() -> None:
    docs = [doc("a", "الأولى", "2023-03-01", (Count("killed", 13),)), doc("b", "الثانية", "2023-03-02", (Count("killed", 15),)),
            doc("c", "الثالثة", "2023-03-03", (Count("killed", 17),))]
    out = compare(corpus_of(*docs))
    coverage = next(c for c in out if c.what is None)
    assert coverage.verdict == "reported" and coverage.outlets == ("الأولى", "الثالثة", "الثانية") and coverage.first == ("الأولى",)
    (killed,) = by_what(out, "killed")
    assert killed.verdict == "update" and killed.values == (13, 15, 17)


def test_different_values_the_same_day_contradict() -> None:
    docs = [doc("a", "الأولى", "2023-03-01", (Count("killed", 13),)), doc("b", "الثانية", "2023-03-01", (Count("killed", 17),))]
    (killed,) = by_what(compare(corpus_of(*docs)), "killed")
    assert killed.verdict == "contradiction" and killed.first == ("الأولى", "الثانية")


def test_toll_rising_while_outlets_differ_within_a_day() -> None:
    docs = [doc("a", "الأولى", "2023-03-01", (Count("killed", 4),)), doc("b", "الثانية", "2023-03-01", (Count("killed", 5),)),
            doc("c", "الثالثة", "2023-03-02", (Count("killed", 11),)), doc("d", "الرابعة", "2023-03-05", (Count("killed", 18),))]
    killed = by_what(compare(corpus_of(*docs)), "killed")
    assert [(c.verdict, c.values) for c in killed] == [("update", (4, 5, 11, 18)), ("contradiction", (4, 5))]


def test_a_toll_that_falls_a_day_later_is_no_update_but_the_missing_may_fall() -> None:
    killed = [doc("a", "الأولى", "2023-03-01", (Count("killed", 9),)), doc("b", "الثانية", "2023-03-02", (Count("killed", 7),))]
    assert [c.verdict for c in by_what(compare(corpus_of(*killed)), "killed")] == ["contradiction"]
    missing = [doc("a", "الأولى", "2023-03-01", (Count("missing", 15),)), doc("b", "الثانية", "2023-03-02", (Count("missing", 8),))]
    assert [c.verdict for c in by_what(compare(corpus_of(*missing)), "missing")] == ["update"]


def test_projectiles_do_not_rise_one_rocket_against_four_is_a_contradiction() -> None:
    docs = [doc("a", "الأولى", "2023-03-01", (Count("rockets", 1),)),
            doc("b", "الثانية", "2023-03-02", (Count("rockets", 4), Count("intercepted", 3)))]
    out = compare(corpus_of(*docs))
    assert by_what(out, "rockets")[0].verdict == "contradiction"
    assert by_what(out, "intercepted")[0].verdict == "single"


def test_claims_agree_across_outlets_and_several_values_in_one_report_are_not_contradictions() -> None:
    troops = Span(95, 110)
    docs = [
        doc("a", "الأولى", "2023-03-01", claims=(Claim(troops, "troops", 2500, "approx"),)),
        doc("b", "الثانية", "2023-03-02", claims=(Claim(troops, "troops", 2500, "approx"), Claim(Span(0, 5), "troops", 1000))),
        doc("c", "الثالثة", "2023-03-02", claims=(Claim(troops, "troops", 2500),)),
    ]
    out = [c for c in compare(corpus_of(*docs)) if c.event is None]
    agree = next(c for c in out if c.values == (2500,))
    assert agree.verdict == "agree" and agree.outlets == ("الأولى", "الثالثة", "الثانية") and agree.story == "s1"
    assert next(c for c in out if c.values == (1000,)).verdict == "single"


def test_lengths_of_time_are_claims_but_not_compared_across_outlets() -> None:
    # An age in one report and a time away in another are both years, yet measure different things.
    docs = [
        doc("a", "الأولى", "2023-03-01", claims=(Claim(Span(0, 5), "duration", 25, None, "year"),)),
        doc("b", "الثانية", "2023-03-02", claims=(Claim(Span(0, 5), "duration", 28, None, "year"),)),
    ]
    assert not [c for c in compare(corpus_of(*docs)) if c.what == "duration"]
