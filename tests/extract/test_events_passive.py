"""Passive voice and announced deaths (ev40): a verb read as passive from its form and context makes the one named
before it, or the count after it, the one it befell, and the side named after برصاص، على يد، في غارات لـ the actor; who
announces deaths did not cause them unless they are its enemies' deaths or ones it claims."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc

_NAMES = {
    "سمير الخطيب": ("PER", "PER:سمير الخطيب"),
    "نادر الحسن": ("PER", "PER:نادر الحسن"),
    "الجيش الأردني": ("ORG", "ORG:الجيش الاردني"),
    "حركة الفجر": ("ORG", "ORG:حركه الفجر"),
    "وزارة الصحة": ("ORG", "ORG:وزاره الصحه"),
    "الشرطة الماليزية": ("ORG", "ORG:الشرطه الماليزيه"),
    "عمان": ("GPE", "kb:l:amman"),
}


def _roles(text: str, kind: str = "ASSAULT") -> list[tuple[str | None, str | None]]:
    mentions = {k: v for k, v in _NAMES.items() if k in text}
    doc = make_doc(text, mentions=mentions, timexes={"الخميس": ("2024-03-07", None)}, published="2024-03-08")
    return [(e.actor, e.target) for e in extract_events(doc) if e.type == kind]


def test_a_name_before_a_passive_verb_is_the_one_killed() -> None:
    text = "وقالت مصادر محلية إن سمير الخطيب قتل، الخميس، قرب منزله في عمان."
    assert _roles(text) == [(None, "PER:سمير الخطيب")]


def test_the_side_after_a_mark_of_the_agent_is_the_actor_of_a_passive_verb() -> None:
    text = "قتل 12 من عناصر حركة الفجر الخميس في غارات لمقاتلات الجيش الأردني."
    assert _roles(text) == [("ORG:الجيش الاردني", "ORG:حركه الفجر")]


def test_a_count_after_a_bare_verb_reads_passive() -> None:
    text = "واعتقل 15 شخصا بينهم نادر الحسن الخميس خلال احتجاجات في عمان."
    assert _roles(text, "COERCE") == [(None, "PER:نادر الحسن")]


def test_a_subject_brought_before_the_verb_keeps_it_active() -> None:
    text = "وقال المتحدث إن الجيش الأردني قتل، الخميس، 12 عنصرا من حركة الفجر."
    assert [a for a, _ in _roles(text)] == ["ORG:الجيش الاردني"]


def test_a_body_before_a_verb_with_a_mark_after_it_acts() -> None:
    text = "وكان الجيش الأردني قد قتل بالرصاص الحي الخميس عشرة من عناصر حركة الفجر."
    assert [a for a, _ in _roles(text)] == ["ORG:الجيش الاردني"]


def test_a_plural_verb_before_a_count_keeps_its_object() -> None:
    text = "وقال سمير الخطيب إن جنودا أردنيين قتلوا نحو 10 مسلحين الخميس."
    assert ("PER:سمير الخطيب", None) not in _roles(text)


def test_whoever_announces_deaths_did_not_kill() -> None:
    text = "أعلنت وزارة الصحة، الخميس، مقتل 20 شخصا في قصف على عمان."
    assert "ORG:وزاره الصحه" not in [a for a, _ in _roles(text)]


def test_the_side_named_after_the_bullets_killed_the_announced_dead() -> None:
    text = "أعلنت وزارة الصحة، الخميس، مقتل شابين برصاص الجيش الأردني قرب عمان."
    assert [a for a, _ in _roles(text)] == ["ORG:الجيش الاردني"]


def test_an_announcer_of_its_enemies_deaths_killed_them() -> None:
    text = "أعلنت الشرطة الماليزية، الخميس، مقتل ثلاثة مسلحين خلال تبادل لإطلاق النار."
    assert [a for a, _ in _roles(text)] == ["ORG:الشرطه الماليزيه"]


def test_deaths_an_announcer_claims_are_its_act() -> None:
    text = "أعلن الجيش الأردني، الخميس، مسؤوليته عن مقتل مدني في غارة قرب الحدود."
    assert "ORG:الجيش الاردني" in [a for a, _ in _roles(text)]
