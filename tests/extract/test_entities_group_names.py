"""A name the tagger typed a facility that names a body of people (القاعدة "the base", al-Qaeda)."""

from __future__ import annotations

from rasad.arabic.tokens import tokenize
from rasad.document import Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found
from rasad.extract.entities.group_names import group_names
from rasad.extract.entities.keys import key_of
from rasad.extract.entities.name_parts import Named
from rasad.extract.entities.words import WORD_NORM, words_from_tokens


def _tagged_facilities(text: str, word: str) -> tuple[list[Named], list[str]]:
    """Every occurrence of `word` as a one-word facility of the tagger's, and the text's words."""
    words = words_from_tokens(tokenize(text), text)
    named = []
    for i, w in enumerate(words):
        if text[w.span.start : w.span.end] == word:
            found = Found(i, i + 1, Span(w.span.start, w.span.end), "FAC", "model", head=True)
            named.append(Named(found, key_of(found, text), (word,)))
    return named, list(map(WORD_NORM, words))


def test_the_base_after_its_fighters_is_the_group_in_all_the_document() -> None:
    text = "وقتل الجيش خمسة من مسلحي القاعدة في الوادي. وقال المتحدث إن القاعدة فقدت آخر معاقلها."
    named, norms = _tagged_facilities(text, "القاعدة")
    group_names(named, text, norms)
    assert [(n.found.type, n.key) for n in named] == [("ORG", "kb:o:alqaeda")] * 2


def test_the_base_after_a_word_of_place_stays_a_facility() -> None:
    text = "وقال المتحدث إن عناصر القاعدة هاجموا المعسكر، وانفجرت سيارة ملغومة خارج القاعدة."
    named, norms = _tagged_facilities(text, "القاعدة")
    group_names(named, text, norms)
    assert [n.found.type for n in named] == ["ORG", "FAC"]


def test_a_facility_without_members_is_left_alone() -> None:
    text = "وهبطت الطائرة في القاعدة بعد رحلة طويلة، ثم أقلعت من القاعدة مرة أخرى."
    named, norms = _tagged_facilities(text, "القاعدة")
    group_names(named, text, norms)
    assert {n.found.type for n in named} == {"FAC"}


def test_al_qaeda_named_with_its_head_makes_the_bare_name_the_group() -> None:
    text = "أعلن تنظيم القاعدة مسؤوليته عن الهجوم. وطردت القوات عناصر القاعدة الذين كانوا يسيطرون على مدينة زنجبار."
    got = [(m.type, m.entity_id) for m in find_mentions(text) if text[m.span.start : m.span.end] == "القاعدة"]
    assert got == [("ORG", "kb:o:alqaeda")]


def test_al_qaeda_after_its_members_is_the_group() -> None:
    text = "وطردت عناصر القاعدة الذين كانوا يسيطرون على مدينة زنجبار."
    got = [(m.type, m.entity_id) for m in find_mentions(text) if text[m.span.start : m.span.end] == "القاعدة"]
    assert got == [("ORG", "kb:o:alqaeda")]
