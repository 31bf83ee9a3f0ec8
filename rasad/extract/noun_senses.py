"""A counted noun of two senses, told apart by the words before it in its sentence: "أهداف" counts goals in a
match report and targets after a strike ("قصفت الطائرات ثمانية أهداف"، "غارات على ثلاثة أهداف";
data/claim_noun_senses.tsv). Used by claims.py."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.extract.wordscan import Word

_PROCLITICS = frozenset("وفبل")
_CUE_REACH = 8  # words (and marks) before the number a cue may stand: "غارات نفذتها المقاتلات، فجر الأحد، ضد 15 هدفا"


@lru_cache(maxsize=1)
def _senses() -> dict[str, tuple[str, frozenset[str]]]:
    """Quantity -> (the quantity it is after a cue, the normalised cues)."""
    return {r[0].strip(): (r[1].strip(), frozenset(norm(c) for c in r[2].strip().split("|")))
            for r in read_rows("rasad.extract", "claim_noun_senses.tsv")}


def sense_of(words: Sequence[Word], first: int, quantity: str) -> str:
    """What a count whose first word is `first` counts: its other sense where a cue of it stands shortly before."""
    entry = _senses().get(quantity)
    if entry is None:
        return quantity
    other, cues = entry
    before = words[max(0, first - _CUE_REACH) : first]
    return other if any(_bare(w.text) in cues or w.text in cues for w in before) else quantity


def _bare(text: str) -> str:
    """The word without a proclitic written onto it ("بقصف"، "وضرب"), its ending kept: "ضربة" (a penalty kick in
    "ضربة جزاء") is no form of the verb "ضرب", as the forms of the word index, which strip an enclitic ه, make it."""
    return text[1:] if len(text) > 3 and text[0] in _PROCLITICS else text
