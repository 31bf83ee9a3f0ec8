"""A nationality of a noun and an adjective (الجنوب أفريقي: ال on the noun alone) is read whole, and so is a
two-word one after a proclitic (والكوري الشمالي) (written for these tests)."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.kb import closing_demonym, demonym_at
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_south_african_in_every_form() -> None:
    assert demonym_at(["الجنوب", "افريقي"], 0) == (2, "c:ZA")
    assert demonym_at(["الجنوب", "افريقيه"], 0) == (2, "c:ZA")
    assert demonym_at(["جنوب", "افريقيين"], 0) == (2, "c:ZA")
    assert demonym_at(["الجنوب", "سوداني"], 0) == (2, "c:SS")


def test_the_african_south_is_no_nationality() -> None:
    assert demonym_at(["الجنوب", "الافريقي"], 0) == (0, None)
    assert demonym_at(["الجنوب"], 0) == (0, None)


def test_a_two_word_nationality_after_a_proclitic() -> None:
    assert demonym_at(["والكوري", "الشمالي"], 0) == (2, "c:KP")
    assert demonym_at(["والكوريه", "الجنوبيه"], 0) == (2, "c:KR")


def test_a_body_closed_by_a_south_african_nationality() -> None:
    assert closing_demonym(["الحكومه", "الجنوب", "افريقيه"]) == (1, "c:ZA")
    got = _by_text("وأعلنت الحكومة الجنوب أفريقية خطة جديدة لدعم المزارعين.")
    assert got["الحكومة الجنوب أفريقية"].type == "ORG"


def test_a_ministry_keeps_its_south_african_nationality() -> None:
    got = _by_text("وقالت وزارة الخارجية الجنوب أفريقية في بيان إنها تدين الهجوم.")
    assert "وزارة الخارجية الجنوب أفريقية" in got
    assert "وزارة الخارجية" not in got


def test_south_african_soldiers_are_an_actor_of_south_africa() -> None:
    doc = make_doc("أطلق الجنود الجنوب أفريقيون النار على المهربين الجمعة.", timexes={"الجمعة": ("2024-02-02", None)}, published="2024-02-03")
    assert [e.actor for e in extract_events(doc) if e.type == "ASSAULT"] == ["kb:c:ZA"]
