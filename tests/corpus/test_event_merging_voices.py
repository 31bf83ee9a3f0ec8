"""Event merging joins one country's act told with two names of its state (sentences written for this test)."""

from __future__ import annotations

from rasad.arabic.normalize import norm
from rasad.corpus.model import Entity, Story
from rasad.corpus.state_voices import Voice, state_body, voices
from rasad.corpus.timeline import merge_events
from rasad.document import Document, EventMention, Mention, Meta, Span

DAY = "2019-03-09"
ENTITIES = [
    Entity("e1", "ORG", "الحكومة المصرية", keys={"ORG:الحكومة المصرية"}),
    Entity("e2", "GPE", "مصر", keys={"kb:c:EG"}, kb_id="c:EG"),
    Entity("e3", "ORG", "وزارة الخارجية الأردنية", keys={"ORG:وزارة الخارجية الأردنية"}),
    Entity("e4", "GPE", "واشنطن", keys={"kb:l:washington"}, kb_id="l:washington"),
    Entity("e5", "ORG", "حكومة الوحدة الوطنية", keys={"ORG:حكومة الوحدة الوطنية"}),
]


def _doc(doc_id: str, text: str, name: str, actor: str, trigger: str, event_type: str = "STATEMENT") -> Document:
    """A one-sentence report whose actor is `name` (mentioned in the text under the key `actor`)."""
    d = Document(text, id=doc_id, meta=Meta(published=DAY, outlet=doc_id))
    at, verb = text.index(name), text.index(trigger)
    d.mentions = [Mention(Span(at, at + len(name)), "ORG", entity_id=actor)]
    d.events = [EventMention(Span(0, len(text)), event_type, trigger=Span(verb, verb + len(trigger)), actor=actor, date=DAY)]
    return d


RAISED_BY_GOVERNMENT = _doc("d1", "رفعت الحكومة المصرية أسعار الوقود بنسب تصل إلى خمسين في المئة صباح السبت.",
                            "الحكومة المصرية", "ORG:الحكومة المصرية", "رفعت")
RAISED_BY_COUNTRY = _doc("d2", "ورفعت مصر صباح السبت أسعار الوقود في إطار برنامج الإصلاح الاقتصادي.",
                         "مصر", "kb:c:EG", "ورفعت")


def _events_of(docs: list[Document], stories: list[Story]) -> list[list[str]]:
    return sorted(sorted(m.doc for m in e.mentions) for e in merge_events(docs, ENTITIES, stories))


def test_a_government_and_its_country_doing_one_thing_are_one_event() -> None:
    docs = [RAISED_BY_GOVERNMENT, RAISED_BY_COUNTRY]
    assert _events_of(docs, [Story("s1", ["d1", "d2"])]) == [["d1", "d2"]]


def test_a_capital_speaks_for_its_country() -> None:
    said = _doc("d3", "وقالت واشنطن إن أسعار الوقود سترتفع في الأسواق العالمية.", "واشنطن", "kb:l:washington", "وقالت")
    also = _doc("d4", "وقالت الولايات المتحدة إن أسعار الوقود سترتفع كثيرا.", "الولايات المتحدة", "kb:c:US", "وقالت")
    entities = [*ENTITIES, Entity("e6", "GPE", "الولايات المتحدة", keys={"kb:c:US"}, kb_id="c:US")]
    events = merge_events([said, also], entities, [Story("s1", ["d3", "d4"])])
    assert len(events) == 1


def test_one_state_on_another_matter_stays_apart() -> None:
    other = _doc("d2", "وأعلنت مصر صباح السبت افتتاح معبر حدودي أمام المسافرين.", "مصر", "kb:c:EG", "وأعلنت")
    assert _events_of([RAISED_BY_GOVERNMENT, other], [Story("s1", ["d1", "d2"])]) == [["d1"], ["d2"]]


def test_one_state_in_two_stories_stays_apart() -> None:
    docs = [RAISED_BY_GOVERNMENT, RAISED_BY_COUNTRY]
    assert _events_of(docs, [Story("s1", ["d1"]), Story("s2", ["d2"])]) == [["d1"], ["d2"]]


def test_two_bodies_of_one_state_stay_apart() -> None:
    foreign = _doc("d3", "وقالت وزارة الخارجية المصرية إن أسعار الوقود سترتفع صباح السبت.",
                   "وزارة الخارجية المصرية", "ORG:وزارة الخارجية المصرية", "وقالت")
    health = _doc("d4", "وقالت وزارة الصحة المصرية إن أسعار الوقود سترتفع صباح السبت.",
                  "وزارة الصحة المصرية", "ORG:وزارة الصحة المصرية", "وقالت")
    entities = [*ENTITIES, Entity("e6", "ORG", "وزارة الخارجية المصرية", keys={"ORG:وزارة الخارجية المصرية"}),
                Entity("e7", "ORG", "وزارة الصحة المصرية", keys={"ORG:وزارة الصحة المصرية"})]
    assert len(merge_events([foreign, health], entities, [Story("s1", ["d3", "d4"])])) == 2


def test_two_states_on_one_matter_stay_apart() -> None:
    jordan = _doc("d2", "ورفعت وزارة الخارجية الأردنية صباح السبت أسعار الوقود في المملكة.",
                  "وزارة الخارجية الأردنية", "ORG:وزارة الخارجية الأردنية", "ورفعت")
    assert _events_of([RAISED_BY_GOVERNMENT, jordan], [Story("s1", ["d1", "d2"])]) == [["d1"], ["d2"]]


def test_which_bodies_speak_for_a_country() -> None:
    assert state_body(norm("وزارة الخارجية العراقية").split()) == Voice("c:IQ", whole=False)
    assert state_body(norm("الخارجية الروسية").split()) == Voice("c:RU", whole=False)
    assert state_body(norm("حكومة مصر").split()) == Voice("c:EG", whole=True)
    assert state_body(norm("حكومة الوحدة الوطنية").split()) is None  # no country in its name
    assert state_body(norm("الجيش السوري").split()) is None  # an army speaks for itself
    assert state_body(norm("الحكومة").split()) is None
    assert {k: v.country for k, v in voices(ENTITIES).items()} == {"e1": "c:EG", "e2": "c:EG", "e3": "c:JO", "e4": "c:US"}
