"""A quality gate on the knowledge base: a name the KB forces must not be a common word.

KB names are taken wherever they occur (a generated, weak entry only confirms
what the tagger found), so a one-word alias that is also an ordinary word
tags that word everywhere: أودي (Audi) is أودى of "أودى بحياة" once ى and ي
are folded, and would make a car maker a participant of every deadly attack.
The common words come from the project's own lexicons: the words the event,
casualty, count, quote and function-word extractors reason with.
"""

from __future__ import annotations

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.extract.entities.kb import alias_index, entries, loose
from rasad.extract.entities.patterns import stop_words

# (file, columns holding "|"-separated forms); a verb "past/present" gives both words.
_LEXICONS = (
    ("casualty_cues.tsv", (0,)),
    ("count_nouns.tsv", (0,)),
    ("function_words.tsv", (0,)),
    ("event_triggers.tsv", (0,)),
    ("speech_verbs.tsv", (0, 1, 2, 5)),
)


def _common_words() -> set[str]:
    words = {loose(norm(w)) for w in stop_words()}
    for name, columns in _LEXICONS:
        for row in read_rows("rasad.extract", name):
            for col in columns:
                cell = row[col].strip() if col < len(row) else ""
                for form in cell.replace("/", "|").split("|"):
                    form = form.strip()
                    if form and form != "-":
                        words.add(loose(norm(form.split()[0])))
    return words


def forced_one_word_aliases() -> dict[str, str]:
    """Loose one-word alias -> English name, for the KB entries that are not weak."""
    index, _ = alias_index()
    table = entries()
    return {key[0]: table[eid].name_en for key, eid in index.items() if len(key) == 1 and not table[eid].weak}


def test_common_words_are_read() -> None:
    common = _common_words()
    for word in ("اودي", "قال", "في", "قتيل"):  # أودى (بحياة), a speech verb, a preposition, a count noun
        assert word in common


def test_the_gate_catches_a_common_word() -> None:
    assert loose(norm("أودي")) in _common_words()  # the alias that would tag أودى بحياة


def test_no_forced_alias_is_a_common_word() -> None:
    common = _common_words()
    clashes = {alias: name for alias, name in forced_one_word_aliases().items() if alias in common}
    assert not clashes, f"KB aliases that are common words (mark them weak or drop them): {clashes}"
