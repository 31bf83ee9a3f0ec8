"""Whether an event happened: planned, announced, threatened, requested, denied, claimed.

Cues come from data/modality.tsv ("من المقرر"، "يعتزم"، "نفى"، "أعلن مسؤوليته
عن") within a few words before the trigger, from a future verb (ستنهي، سوف),
or from the event that governs it: what is agreed is planned, what is
demanded is requested, what is vowed is threatened, what is denied is denied.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.extract.events.lexicon import modality_index
from rasad.extract.wordscan import Word

_REACH = 6
GOVERNED = {
    "AGREE": "planned",
    "REQUEST": "requested",
    "THREATEN": "threatened",
    "REJECT": "denied",
    "announce": "announced",
}


def modality_before(words: Sequence[Word], first: int, clause_start: int) -> str | None:
    """The modality cue nearest before the trigger at word `first`, within its clause."""
    index = modality_index()
    found = None
    for start in range(max(clause_start, first - _REACH), first):
        m = index.match_at(words, start)
        if m is not None and m.last < first:
            found = m.payload
    return found


def governed_modality(governor_kind: str | None) -> str | None:
    return GOVERNED.get(governor_kind or "")
