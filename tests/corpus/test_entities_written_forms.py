"""Cross-document entities: one name written two ways by two outlets (a space after عبد/أبو, a head noun)."""

from __future__ import annotations

from rasad.corpus.entities import resolve_entities
from rasad.document import Document
from tests.corpus.named_docs import doc_with_names as _doc


def _owners(docs: list[Document]) -> dict[str, str]:
    return {m.doc: e.id for e in resolve_entities(docs) for m in e.mentions}


def test_a_space_after_abd_or_abu_is_one_name() -> None:
    owners = _owners([
        _doc("a", "وقال كريم عبدالجليل إن", [("كريم عبدالجليل", "PER", "PER:كريم عبدالجليل")]),
        _doc("b", "وقال كريم عبد الجليل إن", [("كريم عبد الجليل", "PER", "PER:كريم عبد الجليل")]),
        _doc("c", "أفرج عن سامي أبوزيد", [("سامي أبوزيد", "PER", "PER:سامي ابوزيد")]),
        _doc("d", "أفرج عن سامي أبو زيد", [("سامي أبو زيد", "PER", "PER:سامي ابو زيد")]),
        _doc("e", "وقال كريم عبد السلام", [("كريم عبد السلام", "PER", "PER:كريم عبد السلام")]),
    ])
    assert owners["a"] == owners["b"]
    assert owners["c"] == owners["d"]
    assert owners["e"] != owners["a"]  # another surname


def test_an_island_named_with_its_head_is_the_bare_place() -> None:
    owners = _owners([
        _doc("a", "قبالة جزيرة سنقرة التونسية", [("جزيرة سنقرة", "LOC", "LOC:جزيرة سنقرة")]),
        _doc("b", "غرق مركب قبالة سنقرة", [("سنقرة", "GPE", "GPE:سنقرة")]),
    ])
    assert owners["a"] == owners["b"]


def test_a_club_named_with_its_head_is_the_club_named_bare_but_not_its_town() -> None:
    docs = [
        _doc("a", "وقال متحدث باسم نادي ليفربول", [("نادي ليفربول", "ORG", "kb:o:liverpool_fc")]),
        _doc("b", "وفاز ليفربول على روما", [("ليفربول", "ORG", "ORG:ليفربول")]),
        _doc("c", "وقال مدرب فريق توتنهام", [("فريق توتنهام", "ORG", "ORG:فريق توتنهام")]),
        _doc("d", "وخسر توتنهام أمام ليفربول", [("توتنهام", "ORG", "ORG:توتنهام")]),
        _doc("e", "وبقي اللاعب في مدينة ليفربول", [("ليفربول", "GPE", "GPE:ليفربول")]),
        _doc("f", "وقال النادي الباريسي إن", [("النادي الباريسي", "ORG", "ORG:النادي الباريسي")]),
        _doc("g", "وفاز البارسا على إشبيلية", [("البارسا", "ORG", "ORG:البارسا")]),
    ]
    by_doc = {m.doc: e.id for e in resolve_entities(docs) for m in e.mentions}
    assert by_doc["a"] == by_doc["b"] and by_doc["c"] == by_doc["d"]
    assert by_doc["e"] != by_doc["a"]  # the town
    assert by_doc["f"] != by_doc["g"]  # النادي الباريسي describes the Paris club: no head of a name



def test_a_body_named_with_its_country_is_the_one_named_with_its_nationality() -> None:
    # the KB's country and nationality, not spelling: السعودية and السعودي have two skeletons
    owners = _owners([
        _doc("a", "وفاز منتخب السعودية على ضيفه", [("منتخب السعودية", "ORG", "ORG:منتخب السعوديه")]),
        _doc("b", "وخسر المنتخب السعودي أمام ضيفه", [("المنتخب السعودي", "ORG", "ORG:المنتخب السعودي")]),
        _doc("c", "وتعادل المنتخب الإماراتي مع ضيفه", [("المنتخب الإماراتي", "ORG", "ORG:المنتخب الاماراتي")]),
        _doc("d", "وقالت الحكومة السعودية إن", [("الحكومة السعودية", "ORG", "ORG:الحكومه السعوديه")]),
        _doc("e", "وفاز منتخب الإمارات على ضيفه", [("منتخب الإمارات", "ORG", "ORG:منتخب الامارات")]),
    ])
    assert owners["a"] == owners["b"]
    assert owners["c"] == owners["e"]
    assert owners["c"] != owners["a"]  # another country
    assert owners["d"] != owners["a"]  # another head
