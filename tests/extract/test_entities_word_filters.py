"""The cheap tests in C that let most words of a document skip a rule's per-word readings: each must pass every
word the readings would find something in (a word it drops costs a mention, silently)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic.normalize import norm
from rasad.extract.entities.field_names import _head, _head_endings, _table
from rasad.extract.entities.kb import loose
from rasad.extract.entities.patterns import head_nouns
from rasad.extract.entities.resolve import _definite_heads
from rasad.extract.entities.surnames import _NOT_STEM_LETTERS, _has_letters, surname_key
from rasad.extract.entities.words import strip_clitics

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىءأإآؤئةـ"
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "ولل", "فبال")
words = st.builds(lambda pre, stem: norm(pre + stem), st.sampled_from(_PROCLITICS), st.text(alphabet=_LETTERS, min_size=1, max_size=9))


@settings(max_examples=500, deadline=None)
@given(words)
def test_a_word_holds_every_letter_of_its_readings_surname_keys(word: str) -> None:
    """وللكاظمي (ل + الكاظمي) may be the surname الكاظمي: a word is read as a surname only if it holds the
    letters of the key (skeleton) of one of its readings, the article's elided alef aside."""
    for _, stem in strip_clitics(word):
        key = surname_key(stem)
        assert _has_letters(word, [frozenset(key) - _NOT_STEM_LETTERS]), (word, stem, key)


def _headed_words() -> list[str]:
    heads = set(_table().heads) | set(head_nouns())
    return [norm(pre + head) for head in sorted(heads) for pre in _PROCLITICS]


def test_every_word_with_a_body_head_ends_as_a_head_does() -> None:
    """المنظمة، للمركز، وبالهيئة: every word `_head` finds a body's head in passes the test of its last two letters."""
    found = [w for w in _headed_words() if _head(w) is not None]
    assert len(found) > 50  # the heads with their proclitics are found
    assert [w for w in found if loose(w[-2:]) not in _head_endings()] == []  # as `field_names` tests it


def test_a_definite_head_ends_the_word_it_is_read_in() -> None:
    """والقيادة، للجنة: a bare definite head is a loose suffix of its word (`resolve._bare_heads` tests that first)."""
    read = [(w, head) for w in _headed_words() for _, head in _definite_heads(w)]
    assert len(read) > 50
    assert [(w, head) for w, head in read if not (loose(w).endswith(head) and loose(w[-2:]) == head[-2:])] == []
