"""Words the news attests as verbs by their conjugations (entities/verb_forms.py)."""

from __future__ import annotations

import pytest

from rasad.extract.entities.verb_forms import verb_form


@pytest.mark.parametrize("word", ["كشف", "وكشف", "تصدى", "ارتقى", "شاهدت", "يرمي", "سيبحثان", "استقالت"])
def test_past_present_and_future_forms_are_verbs(word: str) -> None:
    assert verb_form(word)


@pytest.mark.parametrize("word", ["ماكرون", "خاشقجي", "محمد", "رفعت", "يسري", "كون", "سير", "وبن", "رد", ""])
def test_names_nouns_and_short_words_are_not(word: str) -> None:
    # محمد a given name, رفعت and يسري listed names written as verbs, كون and سير mostly nouns, رد too short
    assert not verb_form(word)
