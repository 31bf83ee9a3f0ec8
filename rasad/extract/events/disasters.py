"""Disasters and accidents: deaths that nobody inflicted are no attack.

"قُتل أربعة أشخاص بعدما انهار جزء من سد" reports deaths, and its casualty verb
(قتل، مقتل) would make it an ASSAULT. A sentence naming a cause from
data/disaster_causes.tsv (a collapse, flood, earthquake, fire, crash, drowning,
storm, gas explosion) with no sign of an attack (no attack trigger besides the
casualty words, no weapon) reports a DISASTER instead, its mode the cause.
DISASTER is rasad's own type beside PLOVER's, which codes political events only;
it is kept only with a count (killed, injured, missing), so "حريق" in passing
makes no event.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.extract.events.lexicon import PKG, mode_index
from rasad.extract.wordscan import Match, PhraseIndex, Word

DISASTER = "DISASTER"


@lru_cache(maxsize=1)
def cause_index() -> PhraseIndex[str]:
    rows = read_rows(PKG, "disaster_causes.tsv")
    return PhraseIndex((alt.strip(), row[1].strip()) for row in rows for alt in row[0].split("|"))


def disaster_cause(words: Sequence[Word], assaults: Sequence[tuple[int, frozenset[str]]]) -> tuple[str, Match[str]] | None:
    """The cause a sentence gives for its deaths, and where it is named, unless the sentence tells
    of an attack: an ASSAULT trigger (`assaults`: first word and flags of each) other than a casualty
    word (flagged weak: قتل، مقتل), or a weapon, outside the cause's own words (انفجار in "انفجار غاز" is no bomb)."""
    causes = cause_index().find_all(words)
    if not causes:
        return None
    inside = {i for m in causes for i in range(m.first, m.last + 1)}
    if any(first not in inside and "weak" not in flags for first, flags in assaults):
        return None
    if any(m.first not in inside for m in mode_index().find_all(words)):
        return None
    near = min(causes, key=lambda m: min((abs(m.first - first) for first, _ in assaults), default=m.first))
    return near.payload, near  # the cause nearest the deaths: "قتل 14 في موجة حارة … السيول"
