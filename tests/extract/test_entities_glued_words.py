"""Words glued to names: a verb or a preposition that looks like a name beside a person's name, and a
nickname introduced by الشهير بـ (sentences written for these tests)."""

from __future__ import annotations

from rasad.document import Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found
from rasad.extract.entities.resolve import resolve_document
from rasad.extract.entities.words import split_words


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(text[m.span.start : m.span.end], m.entity_id or "") for m in find_mentions(text)]


def test_in_favour_of_is_not_the_surname_spelt_with_other_vowels() -> None:
    # لصالح ("in favour of") shares its skeleton with صلاح; صالح is another given name, not a spelling of it
    text = "تألق محمد صلاح في أول مباراة له مع المنتخب. وصنع اللاعب أول هدف لصالح منتخب بلده في الدقيقة العاشرة."
    assert "صالح" not in [t for t, _ in _mentions(text)]


def test_the_surname_spelt_as_the_full_name_still_stands_for_the_person() -> None:
    text = "تألق محمد صلاح في أول مباراة له مع المنتخب. وقال صلاح بعد المباراة إنه سعيد."
    got = _mentions(text)
    assert ("صلاح", got[0][1]) in got


def _resolved(text: str, people: list[str]) -> dict[str, str]:
    """Each listed person name (at its last occurrence) found as the tagger would, resolved in the document."""
    words = split_words(text)
    found = []
    for name in people:
        start = text.rindex(name)
        first = next(i for i, w in enumerate(words) if w.span.start <= start < w.span.end)
        last = next(i for i, w in enumerate(words) if w.span.end >= start + len(name)) + 1
        found.append(Found(first, last, Span(start, start + len(name)), "PER", "model"))
    return {text[m.span.start : m.span.end]: m.entity_id or "" for m in resolve_document(text, words, sorted(found, key=lambda f: f.first))}


def test_a_given_name_the_tagger_takes_in_a_preposition_is_not_the_surname_of_one_skeleton() -> None:
    # the tagger, seeing صالح after ل as a name, must not make it Salah: صالح and صلاح are two given names
    got = _resolved("تألق محمد صلاح في المباراة. وصنع أول هدف لصالح منتخب بلده.", ["محمد صلاح", "صالح"])
    assert got["صالح"] != got["محمد صلاح"]
    got = _resolved("تألق محمد صلاح في المباراة. وصنع صلاح أول هدف.", ["محمد صلاح", "صلاح"])
    assert got["صلاح"] == got["محمد صلاح"]


def test_a_surname_with_the_article_stands_for_the_person_without_it() -> None:
    got = _resolved("وقال وزير الطاقة خالد الفالح إن السوق مستقرة. والفالح ضمن الوفد.", ["خالد الفالح"])
    assert got["فالح"] == got["خالد الفالح"]
