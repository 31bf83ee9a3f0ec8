"""`Found`, a name found in a sentence, moved into its document's word indices."""

from __future__ import annotations

from dataclasses import fields, replace

from rasad.document import Span
from rasad.extract.entities.found import Found


def test_a_moved_name_keeps_every_field_but_its_word_indices() -> None:
    name = Found(1, 3, Span(10, 22), "PER", "pattern", None, Span(0, 9), True)
    assert name.moved(5) == replace(name, first=6, last=8)
    # `moved` spells out the fields: one added to `Found` must be added there too
    assert [f.name for f in fields(Found)] == ["first", "last", "span", "type", "source", "kb", "role", "head"]


def test_a_person_without_a_role_phrase_has_no_role() -> None:
    from rasad.extract.entities.component import find_mentions

    text = "قال وزير الخارجية سامح شكري إن المحادثات مثمرة. وأضاف شكري أن الجولة المقبلة في القاهرة."
    roles = {text[m.span.start : m.span.end]: m.role for m in find_mentions(text) if m.type == "PER"}
    assert roles["سامح شكري"] is not None
    assert roles["شكري"] is None
