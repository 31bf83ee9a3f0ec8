"""Whether an event happened: planned, announced, threatened, requested, denied, claimed, cancelled.

Cues come from data/modality.tsv ("من المقرر"، "يعتزم"، "نفى"، "أعلن مسؤوليته
عن") within a few words before the trigger (a cue before "أن" reaches into the
clause it opens: "من المقرر أن يلتقي"), from a future verb (ستنهي، سوف), from a
present verb right after "أن" (subjunctive: "يأمل أن يزور"، "يمكن أن تشن"), or
from the event that governs it: what is agreed is planned, what is demanded is
requested, what is vowed is threatened, what is denied is denied.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.extract.events.lexicon import modality_index
from rasad.extract.wordscan import Word, function_words

_REACH = 6
# what has not happened as the sentence tells it: no day of the news falls to it
UNREALISED = frozenset({"planned", "requested", "threatened", "denied", "cancelled"})
GOVERNED = {
    "AGREE": "planned",
    "REQUEST": "requested",
    "THREATEN": "threatened",
    "REJECT": "denied",
    "announce": "announced",
}


def modality_before(words: Sequence[Word], first: int, clause_start: int) -> str | None:
    """The modality cue nearest before the trigger at word `first`, within its clause or right before the "أن"
    that opens it ("ومن المقرر أن يلتقي"، "يعتزم أن يزور": the cue governs what أن opens)."""
    index = modality_index()
    found = None
    if 0 < clause_start < len(words) and words[clause_start].text in function_words("subjunctive"):
        clause_start = 0
    for start in range(max(clause_start, first - _REACH), first):
        m = index.match_at(words, start)
        if m is not None and m.last < first:
            found = m.payload
    return found


def governed_modality(governor_kind: str | None) -> str | None:
    return GOVERNED.get(governor_kind or "")


def subjunctive_before(words: Sequence[Word], first: int) -> bool:
    """Whether the verb at word `first` follows "أن" (or كي، لكي) right before it: a present verb there is wished,
    planned, possible or due ("يأمل أن يلتقي"، "يمكن أن تشن"), not what happened; not after "قبل" ("قبل أن
    يغادر" in a past story tells what came next)."""
    if first < 1 or words[first - 1].text not in function_words("subjunctive"):
        return False
    return first < 2 or words[first - 2].text not in function_words("factual_subjunctive")
