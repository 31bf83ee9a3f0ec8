import pytest

from rasad.clean import Cleaner, RecurringLines, learn_recurring
from rasad.document import Document
from rasad.errors import UsageError

from .pages import P1, P2, P3, P4, P5, page

NAV = "أخبار محلية واقتصاد ورياضة ومنوعات يومية"  # no separators: only recurrence can tell
PROMPT = "حمّلوا نشرتنا الأسبوعية كل خميس"
BODIES = [P1, P2, P3, P4, P5]


def folder(n: int, name: str = "site_a") -> list[Document]:
    return [Document(page(NAV, BODIES[i % 5], BODIES[(i + 1) % 5], PROMPT), source=f"{name}/{i}.txt") for i in range(n)]


def test_lines_on_many_pages_of_a_folder_are_learned_and_removed():
    docs = folder(5)
    recurring = learn_recurring(docs)
    assert len(recurring) == 2
    doc = Cleaner(recurring).clean(docs[0])
    texts = {doc.span_text(r.span): r for r in doc.removed}
    assert texts[NAV].kind == "furniture" and "recurs on 5 of 5 pages" in texts[NAV].reason
    assert PROMPT in texts
    assert [doc.span_text(b.span) for b in doc.body] == [P1, P2]


def test_recurrence_is_per_folder_and_needs_enough_pages():
    docs = folder(2) + folder(4, "site_b")
    recurring = learn_recurring(docs)
    assert not any("site_a" in g for g in recurring.groups)
    assert any("site_b" in g for g in recurring.groups)


def test_paragraphs_shared_by_wire_copies_are_not_furniture():
    long = P1 + " " + P2
    docs = [Document(page(long, BODIES[i]), source=f"f/{i}.txt") for i in range(4)]
    assert len(learn_recurring(docs)) == 0


def test_round_trip_and_bad_settings():
    recurring = learn_recurring(folder(4))
    assert RecurringLines.from_dict(recurring.to_dict()) == recurring
    with pytest.raises(UsageError):
        learn_recurring([], min_docs=1)
    with pytest.raises(UsageError):
        learn_recurring([], min_share=0)
