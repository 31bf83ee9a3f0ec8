"""Disasters and accidents: deaths that nobody inflicted are no attack.

"قُتل أربعة أشخاص بعدما انهار جزء من سد" reports deaths, and its casualty verb
(قتل، مقتل) would make it an ASSAULT. A sentence naming a cause from
data/disaster_causes.tsv (a collapse, flood, earthquake, fire, crash, drowning,
storm, gas explosion) with no sign of an attack (no attack trigger besides the
casualty words, no weapon) reports a DISASTER instead, its mode the cause.
DISASTER is rasad's own type beside PLOVER's, which codes political events only;
it is kept only with a count (killed, injured, missing), so "حريق" in passing
makes no event. In an article about a disaster (one told before, no attack told
since), later deaths with no cause of their own and no sign of attack ("وارتفع
عدد القتلى إلى 24") are the disaster's too. A natural cause (an eruption, an earthquake, a
flood) makes an explosion told beside it the disaster's own: "أرغم انفجار قوي عمال الإنقاذ
على وقف البحث حول البركان" tells of the volcano, not of a bomb.
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


@lru_cache(maxsize=1)
def natural_causes() -> frozenset[str]:
    """The causes of disaster_causes.tsv of kind "natural": no one sets them off."""
    return frozenset(row[1].strip() for row in read_rows(PKG, "disaster_causes.tsv") if len(row) > 2 and row[2].strip() == "natural")


def disaster_cause(words: Sequence[Word], assaults: Sequence[tuple[int, frozenset[str]]]) -> tuple[str, Match[str]] | None:
    """The cause a sentence gives for its deaths, and where it is named, unless the sentence tells
    of an attack (`attack_told`; `assaults`: first word and flags of each ASSAULT trigger)."""
    causes = cause_index().find_all(words)
    if not causes:
        return None
    inside = frozenset(i for m in causes for i in range(m.first, m.last + 1))
    if any(m.payload in natural_causes() for m in causes):  # "انفجار قوي … حول البركان": the volcano's
        inside |= frozenset(first for first, flags in assaults if "blast" in flags)
    if attack_told(words, assaults, inside):
        return None
    near = min(causes, key=lambda m: min((abs(m.first - first) for first, _ in assaults), default=m.first))
    return near.payload, near  # the cause nearest the deaths: "قتل 14 في موجة حارة … السيول"


def attack_told(words: Sequence[Word], assaults: Sequence[tuple[int, frozenset[str]]], inside: frozenset[int] = frozenset()) -> bool:
    """Whether a sentence tells of an attack: an ASSAULT trigger other than a casualty word (flagged
    weak: قتل، مقتل) or one that needs another sign of attack (flagged aux: "تعرض لحادث"), or a
    weapon, outside a cause's own words `inside` (انفجار in "انفجار غاز" is no bomb)."""
    if any(first not in inside and not ({"weak", "aux"} & flags) for first, flags in assaults):
        return True
    return any(m.first not in inside for m in mode_index().find_all(words))
