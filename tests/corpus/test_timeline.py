"""Cross-document event merging and story timelines on hand-built reports."""

from __future__ import annotations

import dataclasses
import importlib

from rasad.corpus.entities import resolve_entities
from rasad.corpus.model import Entity, Event, Story
from rasad.corpus.timeline import dates_compatible, merge_events, modes_compatible, story_timelines, types_compatible
from rasad.document import Count, Document, EventMention, Mention, Meta, Span
from rasad.pipeline import DEFAULT_MODULES, DEFAULT_PIPELINE, Pipeline, registered

TEXT = "أطلقت أربعة صواريخ كاتيوشا على قاعدة فيكتوريا قرب مطار بغداد، واعترضت منظومة الدفاع ثلاثة منها. وقال المتحدث إن الهجوم لم يوقع إصابات."


def report(doc_id: str, *mentions: EventMention, published: str = "2022-01-05") -> Document:
    doc = Document(TEXT, id=doc_id, meta=Meta(published=published, outlet=f"outlet-{doc_id}"))
    doc.events = list(mentions)
    return doc


def ev(type_: str, date: str | None, *, actor: str | None = None, target: str | None = None, location: str | None = None,
       mode: str | None = None, negated: bool = False, counts: tuple[Count, ...] = (), start: int = 0) -> EventMention:
    return EventMention(Span(start, start + 40), type_, actor=actor, target=target, location=location, date=date, mode=mode,
                        negated=negated, counts=counts)


ENTITIES = [
    Entity("e1", "FAC", "مطار بغداد", keys={"kb:l:bgw", "FAC:مطار بغداد الدولي"}),
    Entity("e2", "FAC", "قاعدة فيكتوريا", keys={"kb:l:victory"}),
    Entity("e3", "PER", "مصطفى الكاظمي", keys={"kb:p:kadhimi", "PER:الكاضمي"}),
]


def test_date_and_type_compatibility() -> None:
    assert dates_compatible("2021-12-09", "2021-12")
    assert not dates_compatible("2021-12-09", "2021-12-10")
    assert not dates_compatible("2021", "2021-07-26")  # a bare year is too vague to join reports
    assert not dates_compatible("2021-1", "2021-12")
    assert types_compatible("RETREAT", "STATEMENT") and types_compatible("STATEMENT", "RETREAT")
    assert not types_compatible("ASSAULT", "AGREE")


def test_one_event_per_real_event_with_a_mention_per_report() -> None:
    docs = [
        report("d1", ev("ASSAULT", "2022-01-05", location="kb:l:bgw", mode="rocket")),
        report("d2", ev("ASSAULT", "2022-01-05", location="FAC:مطار بغداد الدولي", target="kb:l:victory")),
        report("d3", ev("ASSAULT", "2022-01", target="kb:l:victory")),
        report("d4", ev("ASSAULT", "2022-01-04", location="kb:l:bgw")),  # another day: another attack
        report("d5", ev("AGREE", "2022-01-05", location="kb:l:bgw")),  # another kind of event
    ]
    events = merge_events(docs, ENTITIES)
    merged = next(e for e in events if len(e.mentions) == 3)
    assert {m.doc for m in merged.mentions} == {"d1", "d2", "d3"}
    assert merged.date == "2022-01-05" and merged.location == "e1" and "e2" in merged.participants
    assert merged.sources == [0, 0, 0]
    assert len(events) == 3
    assert [e.id for e in events] == ["v1", "v2", "v3"] and events[0].date == "2022-01-04"


def test_no_shared_participant_or_denial_keeps_events_apart() -> None:
    docs = [
        report("d1", ev("STATEMENT", "2022-01-05", actor="kb:p:kadhimi")),
        report("d2", ev("STATEMENT", "2022-01-05", actor="PER:جمعة عناد")),
        report("d3", ev("STATEMENT", "2022-01-05", actor="PER:الكاضمي", negated=True)),
    ]
    assert sorted(len(e.mentions) for e in merge_events(docs, ENTITIES)) == [1, 1, 1]


def test_statements_of_two_persons_stay_apart_though_they_name_the_same_people() -> None:
    people = [*ENTITIES, Entity("e4", "PER", "دونالد ترامب", keys={"kb:p:trump"}),
              Entity("e5", "PER", "إيمانويل ماكرون", keys={"kb:p:macron"}),
              Entity("e6", "GPE", "العراق", keys={"kb:c:IQ"})]
    docs = [
        # the French president on the US president, and the US president himself, the same day
        report("d1", ev("STATEMENT", "2022-01-05", actor="kb:p:macron", target="kb:p:trump")),
        report("d2", ev("STATEMENT", "2022-01-05", actor="kb:p:trump", target="kb:p:kadhimi")),
        # a country announces what its prime minister announced: one announcement
        report("d3", ev("STATEMENT", "2022-01-05", actor="kb:c:IQ", target="kb:p:kadhimi")),
    ]
    groups = sorted(sorted(m.doc for m in e.mentions) for e in merge_events(docs, people))
    assert groups == [["d1"], ["d2", "d3"]]


def test_undated_elaboration_joins_the_dated_event_of_its_document() -> None:
    counts = (Count("rockets", 4), Count("intercepted", 3))
    docs = [
        report("d1", ev("ASSAULT", "2022-01-05", location="kb:l:victory", mode="rocket"),
               ev("ASSAULT", None, mode="rocket", counts=counts, start=50)),
        report("d2", ev("ASSAULT", "2022-01-05", location="kb:l:victory", counts=(Count("rockets", 1),))),
    ]
    events = merge_events(docs, ENTITIES)
    assert len(events) == 1
    assert [(m.doc, i) for m, i in zip(events[0].mentions, events[0].sources, strict=True)] == [("d1", 0), ("d1", 1), ("d2", 0)]
    assert {c.what for c in events[0].counts} == {"rockets", "intercepted"}


def test_story_timeline_orders_its_events_by_date() -> None:
    docs = [
        report("d1", ev("ASSAULT", "2022-01-05", location="kb:l:bgw"), ev("AGREE", "2021-07-26", actor="kb:p:kadhimi", start=60)),
        report("d2", ev("ASSAULT", "2022-01-03", location="kb:l:victory")),
    ]
    events = merge_events(docs, ENTITIES)
    stories = [Story("s1", ["d1"]), Story("s2", ["d2"])]
    story_timelines(stories, events)
    dates = {e.id: e.date for e in events}
    assert [dates[i] for i in stories[0].timeline] == ["2021-07-26", "2022-01-05"]
    assert [dates[i] for i in stories[1].timeline] == ["2022-01-03"]


# ---- end to end: sentences written for these tests, through the document pipeline ----------------------
def _analysed(texts: dict[str, tuple[str, str]]) -> list[Event]:
    for module in DEFAULT_MODULES:
        importlib.import_module(module)
    pipeline = Pipeline([registered(name) for name in DEFAULT_PIPELINE])
    docs = [pipeline(Document(text, id=doc_id, meta=Meta(published=published))) for doc_id, (published, text) in texts.items()]
    return merge_events(docs, resolve_entities(docs))


def test_outlets_reporting_one_bombing_with_different_tolls_make_one_event() -> None:
    events = _analysed({
        "a": ("2023-03-12", "قُتل سبعة أشخاص وأصيب 12 آخرون في انفجار سيارة مفخخة استهدف سوقاً شعبياً في مدينة الموصل، السبت."),
        "b": ("2023-03-12", "أعلنت الشرطة، اليوم الأحد، ارتفاع حصيلة تفجير السيارة المفخخة في الموصل أمس السبت إلى تسعة قتلى."),
        "c": ("2023-03-12", "انفجرت سيارة مفخخة في سوق بمدينة الموصل شمالي العراق يوم السبت، ما أسفر عن مقتل سبعة مدنيين."),
    })
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].date == "2023-03-11" and sorted(m.doc for m in attacks[0].mentions) == ["a", "b", "c"]
    assert {c.what: c.value for c in attacks[0].counts}["killed"] == 7  # what most outlets say


def test_two_attacks_on_one_day_in_two_cities_stay_two_events() -> None:
    events = _analysed({
        "g": ("2023-02-14", "قتل ثلاثة أشخاص في هجوم مسلح استهدف نقطة تفتيش في مدينة كركوك شمالي العراق، الاثنين."),
        "h": ("2023-02-14", "قتل ثلاثة أشخاص في هجوم بقذائف الهاون على بلدة في محافظة صلاح الدين بالعراق، الاثنين."),
    })
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 2 and {a.date for a in attacks} == {"2023-02-13"}  # same day, same toll, one country: still two
    assert [len(a.mentions) for a in attacks] == [1, 1]


def test_an_announcement_and_the_withdrawal_it_announces_are_one_event() -> None:
    events = _analysed({
        "e": ("2023-04-06", "قال الجيش العراقي في بيان، الخميس، إن آخر جندي أميركي غادر قاعدة التاجي شمال بغداد."),
        "f": ("2023-04-06", "أعلن الجيش العراقي، اليوم الخميس، انسحاب القوات الأميركية من قاعدة التاجي وتسليمها للقوات العراقية."),
    })
    assert len(events) == 1
    assert events[0].type == "RETREAT" and events[0].date == "2023-04-06"  # what happened, not how it was told
    assert sorted(m.doc for m in events[0].mentions) == ["e", "f"]


def test_a_generic_participant_alone_does_not_join_a_vaguer_report() -> None:
    iraq = Entity("e9", "GPE", "العراق", keys={"kb:c:IQ"}, kb_id="c:IQ")
    docs = [
        report("d1", ev("RETREAT", "2021-12-09", actor="kb:p:kadhimi", location="kb:c:IQ")),
        report("d2", ev("RETREAT", "2021-12", location="kb:c:IQ")),  # a month, and only the country in common
        report("d3", ev("STATEMENT", "2021-12-09", actor="kb:c:IQ")),  # the same day: the country is enough
    ]
    events = merge_events(docs, [*ENTITIES, iraq])
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["d1", "d3"], ["d2"]]


def test_undated_follow_up_joins_the_event_its_sentence_dates_not_an_earlier_namesake() -> None:
    docs = [
        report("d1",
               ev("ASSAULT", "2022-01-03", location="kb:l:bgw", mode="drone", start=0),
               ev("STATEMENT", "2022-01-05", actor="kb:p:kadhimi", start=60),
               ev("RETREAT", None, location="kb:l:bgw", start=60)),  # same sentence as the statement
    ]
    events = merge_events(docs, ENTITIES)
    statement = next(e for e in events if e.date == "2022-01-05")
    assert statement.sources == [1, 2]


def _recalled(type_: str, date: str | None, **kw: object) -> EventMention:
    return dataclasses.replace(ev(type_, date, **kw), modality="recalled")  # type: ignore[arg-type]


def test_undated_report_joins_the_one_dated_event_that_fits_strongly() -> None:
    docs = [
        report("d1", ev("ASSAULT", "2022-01-04", location="kb:l:victory", mode="drone")),
        report("d2", ev("ASSAULT", "2022-01-03", location="kb:l:bgw", mode="drone")),
        report("d3", ev("ASSAULT", None, target="kb:l:victory", mode="drone"),  # the place says which
               ev("ASSAULT", None, location="kb:l:victory", mode="rocket", start=50),  # another weapon: not that one
               ev("STATEMENT", None, actor="kb:p:kadhimi", start=100)),  # words alone date nothing
    ]
    events = merge_events(docs, ENTITIES)
    victory = next(e for e in events if e.date == "2022-01-04")
    assert [(m.doc, i) for m, i in zip(victory.mentions, victory.sources, strict=True)] == [("d1", 0), ("d3", 0)]
    assert sum(1 for e in events if e.date is None) == 2


def test_undated_report_with_two_fitting_events_joins_neither() -> None:
    docs = [
        report("d1", ev("ASSAULT", "2022-01-04", location="kb:l:bgw", mode="drone")),
        report("d2", ev("ASSAULT", "2022-01-03", location="kb:l:bgw", mode="drone")),
        report("d3", ev("ASSAULT", None, location="kb:l:bgw", mode="drone")),
    ]
    events = merge_events(docs, ENTITIES)
    assert sorted(len(e.mentions) for e in events) == [1, 1, 1]


def test_an_anniversary_recalls_the_past_event_not_the_attack_told_beside_it() -> None:
    docs = [
        report("d1", ev("ASSAULT", "2020-01-03", target="kb:p:kadhimi", location="kb:l:bgw", mode="airstrike"), published="2020-01-04"),
        report("d2", ev("ASSAULT", "2022-01-03", location="kb:l:bgw", mode="drone"),
               _recalled("ASSAULT", None, target="kb:p:kadhimi", location="kb:l:bgw", mode="drone", start=50), published="2022-01-04"),
    ]
    events = merge_events(docs, ENTITIES)
    past = next(e for e in events if e.date == "2020-01-03")
    now = next(e for e in events if e.date == "2022-01-03")
    assert [(m.doc, i) for m, i in zip(past.mentions, past.sources, strict=True)] == [("d1", 0), ("d2", 1)]
    assert [m.doc for m in now.mentions] == ["d2"]  # a drone strike may be told as an air strike; an anniversary is not today's attack


def test_an_undated_report_is_not_of_an_event_after_its_publication() -> None:
    docs = [
        report("d1", ev("ASSAULT", "2022-03-01", location="kb:l:victory", mode="drone"), published="2022-03-01"),
        report("d2", ev("ASSAULT", None, location="kb:l:victory", mode="drone"), published="2022-01-04"),
    ]
    assert sorted(len(e.mentions) for e in merge_events(docs, ENTITIES)) == [1, 1]


def test_mode_compatibility() -> None:
    assert modes_compatible("drone", frozenset({"airstrike"})) and modes_compatible(None, frozenset({"rocket"}))
    assert not modes_compatible("rocket", frozenset({"drone"}))


def test_later_tolls_of_a_disaster_join_it_and_the_event_keeps_the_latest_toll() -> None:
    docs = [
        report("d1", ev("DISASTER", "2024-03-11", mode="collapse", counts=(Count("killed", 4),)), published="2024-03-11"),
        report("d2", ev("DISASTER", None, mode="collapse", counts=(Count("killed", 11),)), published="2024-03-12"),
        report("d3", ev("DISASTER", None, mode="collapse", counts=(Count("killed", 18),)), published="2024-03-17"),
        report("d4", ev("DISASTER", None, mode="flood", counts=(Count("killed", 3),)), published="2024-03-12"),  # another cause
        report("d5", ev("DISASTER", None, mode="collapse", counts=(Count("killed", 2),)), published="2024-06-01"),  # months on
    ]
    events = merge_events(docs, ENTITIES)
    collapse = next(e for e in events if e.date == "2024-03-11")
    assert [m.doc for m in collapse.mentions] == ["d1", "d2", "d3"]
    assert collapse.counts == [Count("killed", 18)]
    assert sum(1 for e in events if e.date is None) == 2


def test_the_place_of_an_event_is_the_town_rather_than_its_country() -> None:
    entities = [*ENTITIES, Entity("e4", "GPE", "المملكة", kb_id="c:xx", keys={"kb:c:xx"}),
                Entity("e5", "GPE", "بلدة الوادي", keys={"GPE:بلده الوادي"})]
    docs = [
        report("d1", ev("ASSAULT", "2022-01-05", location="kb:c:xx", target="kb:l:victory")),
        report("d2", ev("ASSAULT", "2022-01-05", location="kb:c:xx", target="kb:l:victory")),
        report("d3", ev("ASSAULT", "2022-01-05", location="GPE:بلده الوادي", target="kb:l:victory")),
    ]
    [event] = merge_events(docs, entities)
    assert event.location == "e5"


def test_an_undated_aside_that_joins_a_statement_does_not_retype_it() -> None:
    docs = [
        report("d1", ev("STATEMENT", "2022-01-04", actor="kb:p:kadhimi")),
        report("d2", ev("REQUEST", None, actor="PER:الكاضمي")),
    ]
    events = merge_events(docs, ENTITIES)
    assert [(e.type, e.date, len(e.mentions)) for e in events] == [("STATEMENT", "2022-01-04", 2)]


def test_undated_asides_that_outnumber_the_dated_report_do_not_retype_it() -> None:
    docs = [report("d1", ev("ACCUSE", "2022-01-04", actor="kb:p:kadhimi"), ev("STATEMENT", None, actor="kb:p:kadhimi", start=50),
                   ev("STATEMENT", None, actor="kb:p:kadhimi", start=100))]
    events = merge_events(docs, ENTITIES)
    assert [(e.type, e.date, len(e.mentions)) for e in events] == [("ACCUSE", "2022-01-04", 3)]


def test_a_named_persons_demand_is_not_the_protest_it_speaks_of() -> None:
    places = [*ENTITIES, Entity("e6", "GPE", "العراق", keys={"kb:c:IQ"})]
    docs = [
        report("d1", ev("PROTEST", "2022-01-05", location="kb:c:IQ")),
        # the prime minister calls for calm about the protest: his own act
        report("d2", ev("REQUEST", "2022-01-05", actor="kb:p:kadhimi", location="kb:c:IQ")),
        # the protesters' demands (no named person) are the protest told another way
        report("d3", ev("REQUEST", "2022-01-05", location="kb:c:IQ")),
    ]
    groups = sorted(sorted(m.doc for m in e.mentions) for e in merge_events(docs, places))
    assert groups == [["d1", "d3"], ["d2"]]


def test_a_persons_statement_and_an_organisations_stay_apart_unless_one_names_the_other() -> None:
    text = "وقال خالد سعيد إن المسيرات ستستمر. وقالت وزارة الخارجية إن الحدود آمنة. وقال المتحدث باسم وزارة الخارجية، سمير داود، إن الحدود آمنة."
    bodies = [*ENTITIES, Entity("e4", "PER", "خالد سعيد", keys={"PER:خالد سعيد"}),
              Entity("e5", "ORG", "وزارة الخارجية", keys={"ORG:وزاره الخارجيه"}),
              Entity("e6", "PER", "سمير داود", keys={"PER:سمير داود"})]

    def said(doc_id: str, actor: str, sentence: int) -> Document:
        parts = text.split(". ")
        start = sum(len(p) + 2 for p in parts[:sentence])
        end = start + len(parts[sentence])
        doc = Document(text, id=doc_id, meta=Meta(published="2022-01-05", outlet=f"outlet-{doc_id}"))
        doc.events = [EventMention(Span(start, end), "STATEMENT", actor=actor, target="kb:p:kadhimi", date="2022-01-05")]
        for surface, type_ in (("خالد سعيد", "PER"), ("وزارة الخارجية", "ORG"), ("سمير داود", "PER")):
            at = text.find(surface)
            while at >= 0:
                doc.mentions.append(Mention(Span(at, at + len(surface)), type_))
                at = text.find(surface, at + 1)
        return doc

    docs = [said("d1", "PER:خالد سعيد", 0), said("d2", "ORG:وزاره الخارجيه", 1), said("d3", "PER:سمير داود", 2)]
    groups = sorted(sorted(m.doc for m in e.mentions) for e in merge_events(docs, bodies))
    assert groups == [["d1"], ["d2", "d3"]]
