"""Cross-document event merging: which dated event an undated report joins, and more reports of one event."""

from __future__ import annotations

from rasad.corpus.model import DocSpan, Entity, Story
from rasad.corpus.timeline import merge_events
from rasad.document import Count, Document, EventMention, Mention, Meta, Span, Timex

# Sentences written for these tests; offsets below point into them.
TEXT = ("قالت وزارة الخارجية إن الصحفي اختفى في 2 أكتوبر بعد دخوله القنصلية. "
        "وارتفعت حصيلة ضحايا ثوران البركان إلى 62 قتيلا. "
        "وعقد المجلس اجتماعا طارئا في ساعة متأخرة من مساء الجمعة.")

ENTITIES = [
    Entity("e1", "PER", "الصحفي", keys={"kb:p:journalist"}),
    Entity("e2", "LOC", "الغوطة الشرقية", keys={"kb:l:region"}),
    Entity("e3", "GPE", "البلد", keys={"kb:c:GT"}, kb_id="c:GT"),
    Entity("e4", "FAC", "القنصلية", keys={"kb:l:consulate"}),
    Entity("e5", "GPE", "البلدة", keys={"kb:l:town"}),
    Entity("e6", "ORG", "المنظمة", keys={"kb:o:agency"}),
    Entity("e7", "ORG", "الهيئة", keys={"kb:o:board"}),
]


def doc(doc_id: str, *mentions: EventMention, published: str = "2018-10-13", timexes: tuple[Timex, ...] = ()) -> Document:
    d = Document(TEXT, id=doc_id, meta=Meta(published=published, outlet=f"outlet-{doc_id}"))
    d.events = list(mentions)
    d.timexes = list(timexes)
    return d


def ev(type_: str, date: str | None, *, start: int = 0, end: int = 60, **kw: object) -> EventMention:
    return EventMention(Span(start, end), type_, date=date, **kw)  # type: ignore[arg-type]


def docs_of(events: list, date: str) -> list[str]:
    return sorted({m.doc for e in events if e.date == date for m in e.mentions})


def test_an_undated_report_joins_the_event_whose_date_its_sentence_names() -> None:
    # "اختفى في 2 أكتوبر": the date went to another event of the sentence, yet it says which disappearance is meant
    named = Timex(Span(TEXT.index("2 أكتوبر"), TEXT.index("2 أكتوبر") + 8), "2018-10-02")
    docs = [
        doc("d1", ev("ASSAULT", "2018-10-02", target="kb:p:journalist")),
        doc("d2", ev("COERCE", "2018-10-12", target="kb:p:journalist", location="kb:l:consulate")),
        doc("d3", ev("ASSAULT", None, target="kb:p:journalist"), timexes=(named,)),
    ]
    events = merge_events(docs, ENTITIES)
    assert docs_of(events, "2018-10-02") == ["d1", "d3"]
    assert docs_of(events, "2018-10-12") == ["d2"]


def test_the_same_type_alone_does_not_pick_one_of_a_persons_events() -> None:
    docs = [
        doc("d1", ev("AGREE", "2018-07", actor="kb:p:journalist")),
        doc("d2", ev("CONSULT", "2018-09", actor="kb:p:journalist")),
        doc("d3", ev("AGREE", None, actor="kb:p:journalist")),  # another agreement of his, undated
    ]
    assert sorted(len(e.mentions) for e in merge_events(docs, ENTITIES)) == [1, 1, 1]


def test_a_later_toll_naming_the_building_joins_that_disaster_not_a_later_one_of_the_same_cause() -> None:
    toll = (Count("killed", 62),)
    docs = [
        doc("d1", ev("DISASTER", "2018-06-03", target="kb:l:consulate", mode="volcanic eruption"), published="2018-06-04"),
        doc("d2", ev("DISASTER", "2018-06-05", location="kb:c:GT", mode="volcanic eruption"), published="2018-06-06"),
        doc("d3", ev("DISASTER", None, start=70, end=115, target="kb:l:consulate", location="kb:c:GT",
                     mode="volcanic eruption", counts=toll), published="2018-06-06"),
    ]
    events = merge_events(docs, ENTITIES)
    assert docs_of(events, "2018-06-03") == ["d1", "d3"]
    assert docs_of(events, "2018-06-05") == ["d2"]


def test_a_region_or_a_city_in_common_does_not_pick_one_of_its_days() -> None:
    # Mortars on a city "from eastern Ghouta" are not the day's bombing of Ghouta: a region sees one every day.
    docs = [
        doc("d1", ev("ASSAULT", "2018-03-12", location="kb:l:region", mode="shelling"), published="2018-03-12"),
        doc("d2", ev("ASSAULT", "2018-03-15", location="kb:c:GT", mode="shelling"), published="2018-03-15"),
        doc("d3", ev("ASSAULT", None, start=70, end=115, target="kb:l:region", mode="shelling",
                     counts=(Count("killed", 1),)), published="2018-03-15"),
        # a city's summit in April is not the one of two meetings that names the city
        doc("d4", ev("CONSULT", "2018-04-15", location="kb:l:town"), published="2018-04-16"),
        doc("d5", ev("CONSULT", "2018-06-05", actor="kb:o:agency", target="kb:o:board"), published="2018-06-06"),
        doc("d6", ev("CONSULT", None, actor="kb:o:agency", target="kb:o:board"), ev("CONSULT", None, target="kb:l:town"),
            published="2018-06-18"),
    ]
    events = merge_events(docs, ENTITIES)
    assert docs_of(events, "2018-04-15") == ["d4"]
    assert sorted(len(e.mentions) for e in events if e.date != "2018-04-15") == [1, 1, 1, 1, 2]


def test_two_equally_fitting_events_still_take_neither() -> None:
    docs = [
        doc("d1", ev("ASSAULT", "2018-10-02", target="kb:p:journalist")),
        doc("d2", ev("ASSAULT", "2018-10-12", target="kb:p:journalist")),
        doc("d3", ev("ASSAULT", None, target="kb:p:journalist")),
    ]
    assert sorted(len(e.mentions) for e in merge_events(docs, ENTITIES)) == [1, 1, 1]


def test_a_frequent_persons_undated_act_joins_his_one_dated_act_of_that_kind() -> None:
    # A prime minister most documents of the corpus name is "generic", yet his one visit is still his one visit.
    pm = Entity("e9", "PER", "رئيس الوزراء", keys={"kb:p:pm"}, mentions=[DocSpan(f"d{i}", Span(0, 5)) for i in range(1, 8)])
    docs = [
        doc("d1", ev("CONSULT", "2018-07-13", actor="kb:p:pm"), published="2018-07-13"),
        doc("d2", ev("STATEMENT", "2018-07-14", actor="kb:p:pm"), published="2018-07-14"),
        doc("d3", ev("CONSULT", None, target="kb:p:pm"), published="2018-07-15"),  # "لكن زيارته لم تنتج هدوءا"
        doc("d4", ev("PROTEST", None, target="kb:p:pm"), published="2018-07-15"),  # a protest against him: not his act
        *(doc(f"d{i}") for i in range(5, 13)),
    ]
    events = merge_events(docs, [*ENTITIES, pm])
    assert docs_of(events, "2018-07-13") == ["d1", "d3"]
    assert docs_of(events, "2018-07-14") == ["d2"]


def test_an_undated_report_that_joined_an_event_does_not_bar_its_neighbour_from_it() -> None:
    # The document told the two tolls apart by nothing but their words; joining one event must not send the
    # other to the only event left.
    docs = [
        doc("d1", ev("DISASTER", "2018-06-03", target="kb:l:consulate", mode="volcanic eruption"), published="2018-06-04"),
        doc("d2", ev("DISASTER", "2018-06-05", location="kb:c:GT", mode="volcanic eruption"), published="2018-06-06"),
        doc("d3", ev("DISASTER", None, start=70, end=115, target="kb:l:consulate", mode="volcanic eruption",
                     counts=(Count("killed", 62),)),
            ev("DISASTER", None, start=120, end=170, location="kb:c:GT", mode="volcanic eruption",
               counts=(Count("killed", 33),)), published="2018-06-06"),
    ]
    events = merge_events(docs, ENTITIES)
    assert docs_of(events, "2018-06-05") == ["d2"]
    assert [(m.doc, i) for e in events if e.date == "2018-06-03" for m, i in zip(e.mentions, e.sources, strict=True)] == [
        ("d1", 0), ("d3", 0)]


def _friday_night(doc_id: str, type_: str, **kw: object) -> Document:
    """A report whose sentence dates its event to Friday evening ("في ساعة متأخرة من مساء الجمعة")."""
    at, start = TEXT.index("مساء الجمعة"), TEXT.index("وعقد")
    evening = Timex(Span(at, at + 11), "2018-08-10TEV")
    return doc(doc_id, ev(type_, "2018-08-10", start=start, end=len(TEXT), **kw), published="2018-08-11", timexes=(evening,))


def test_an_outlet_that_dates_a_night_attack_to_the_next_day_reports_the_same_attack() -> None:
    docs = [
        _friday_night("d1", "ASSAULT", location="kb:l:consulate", mode="explosive"),
        doc("d2", ev("ASSAULT", "2018-08-11", location="kb:l:consulate"), published="2018-08-12"),  # "قتل، السبت، في هجوم"
    ]
    events = merge_events(docs, ENTITIES)
    assert [(e.date, sorted(m.doc for m in e.mentions)) for e in events] == [("2018-08-10", ["d1", "d2"])]


def test_the_next_days_protest_or_an_attack_after_a_day_event_stays_apart() -> None:
    docs = [
        _friday_night("d1", "PROTEST", location="kb:l:consulate"),  # crowds come back the next day
        doc("d2", ev("PROTEST", "2018-08-11", location="kb:l:consulate"), published="2018-08-12"),
        doc("d3", ev("ASSAULT", "2018-08-10", location="kb:l:town"), published="2018-08-11"),  # no evening named
        doc("d4", ev("ASSAULT", "2018-08-11", location="kb:l:town"), published="2018-08-12"),
    ]
    assert sorted(len(e.mentions) for e in merge_events(docs, ENTITIES)) == [1, 1, 1, 1]


def test_a_region_bombed_on_the_night_and_the_next_day_sees_two_attacks() -> None:
    docs = [
        _friday_night("d1", "ASSAULT", location="kb:l:region", mode="shelling"),
        doc("d2", ev("ASSAULT", "2018-08-11", location="kb:l:region", mode="shelling"), published="2018-08-12"),
    ]
    assert sorted(len(e.mentions) for e in merge_events(docs, ENTITIES)) == [1, 1]


def _statements(published: str, *, more_dated: tuple[str, ...] = (), story_of_d2: str = "s1",
                speaker: str = "kb:p:journalist", undated_speaker: str | None = None, named: str | None = None,
                undated_names_day: str | None = None) -> list:
    day_named = (Timex(Span(TEXT.index("2 أكتوبر"), TEXT.index("2 أكتوبر") + 8), undated_names_day),) if undated_names_day else ()
    docs = [
        doc("d1", ev("STATEMENT", "2018-10-12", actor=speaker), published="2018-10-12"),
        *(doc(f"x{i}", ev("STATEMENT", day, actor=speaker), published=day) for i, day in enumerate(more_dated)),
        doc("d2", ev("STATEMENT", None, actor=undated_speaker or speaker), published=published, timexes=day_named),
    ]
    if named:  # both sentences name the consulate ("القنصلية")
        for d in docs:
            d.mentions = [Mention(Span(TEXT.index("القنصلية"), TEXT.index("القنصلية") + 8), "FAC", entity_id=named)]
    stories = [Story("s1", ["d1", *(f"x{i}" for i in range(len(more_dated)))]), Story("s2", [])]
    next(s for s in stories if s.id == story_of_d2).docs.append("d2")
    return merge_events(docs, ENTITIES, stories)


def test_an_undated_statement_joins_its_speakers_one_dated_statement_of_its_story() -> None:
    events = _statements("2018-10-13")  # "وقال الصحفي…" told again the next day, with no date of its own
    assert docs_of(events, "2018-10-12") == ["d1", "d2"]


def test_an_undated_statement_stays_apart_when_it_may_be_another() -> None:
    assert docs_of(_statements("2018-10-17"), "2018-10-12") == ["d1"]  # published five days on: other words
    assert docs_of(_statements("2018-10-13", more_dated=("2018-10-13",)), "2018-10-12") == ["d1"]  # he spoke twice
    assert docs_of(_statements("2018-10-13", story_of_d2="s2"), "2018-10-12") == ["d1"]  # another story


def test_an_undated_statement_of_an_organisation_joins_its_one_dated_statement_on_the_same_matter() -> None:
    # "وقال الاتحاد في تغريدة إن…" beside the federation's dated announcement, both naming the consulate
    events = _statements("2018-10-13", speaker="kb:o:agency", named="kb:l:consulate")
    assert docs_of(events, "2018-10-12") == ["d1", "d2"]


def test_an_undated_statement_of_an_organisation_stays_apart_when_it_may_be_another() -> None:
    agency = {"speaker": "kb:o:agency", "named": "kb:l:consulate"}
    assert docs_of(_statements("2018-10-13", speaker="kb:o:agency"), "2018-10-12") == ["d1"]  # nothing else in common
    assert docs_of(_statements("2018-10-13", undated_speaker="kb:o:board", **agency), "2018-10-12") == ["d1"]
    assert docs_of(_statements("2018-10-13", more_dated=("2018-10-13",), **agency), "2018-10-12") == ["d1"]
    assert docs_of(_statements("2018-10-13", undated_speaker="kb:p:journalist", **agency),
                   "2018-10-12") == ["d1"]  # a person's words are not the organisation's
    # published later, its sentence names the day after: that day's words ("وكانت السعودية أبدت، الثلاثاء، …")
    assert docs_of(_statements("2018-10-14", undated_names_day="2018-10-13", **agency), "2018-10-12") == ["d1"]
    assert docs_of(_statements("2018-10-12", undated_names_day="2018-10-02", **agency),
                   "2018-10-12") == ["d1", "d2"]  # the same day's report may name the past it speaks of
