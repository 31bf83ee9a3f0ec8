"""Whether an event happened: planned, announced, threatened, requested, denied, claimed, cancelled.

Cues come from data/modality.tsv ("من المقرر"، "يعتزم"، "نفى"، "أعلن مسؤوليته
عن") within a few words before the trigger (a cue before "أن" reaches into the
clause it opens: "من المقرر أن يلتقي"), from a future verb (ستنهي، سوف), from a
present verb right after "أن" (subjunctive: "يأمل أن يزور"، "يمكن أن تشن"), or
from the event that governs it: what is agreed is planned, what is demanded is
requested, what is vowed is threatened, what is denied is denied. An event after a conditional particle
("إذا وافق"، "في حال فاز") is conditional (draft_dates.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.extract.events.lexicon import dating_words, modality_index
from rasad.extract.wordscan import Word, function_words

_REACH = 6
_ADJECTIVES = 2  # definite adjectives between an event noun and المقبلة
CONDITIONAL = "conditional"  # after a conditional particle (data/event_dating.tsv: conditional): "إذا وافق"
# what has not happened as the sentence tells it: no day of the news falls to it
UNREALISED = frozenset({"planned", "requested", "threatened", "denied", "cancelled", CONDITIONAL})
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


def planned_after(words: Sequence[Word], last: int) -> bool:
    """Whether an adjective of what is still to come (data/event_dating.tsv: planned_after) follows the event noun
    ending at word `last`, past at most two other definite adjectives: "المحادثات المقبلة"، "القمة الأمريكية الكورية
    المرتقبة"."""
    for w in words[last + 1 : last + 1 + _ADJECTIVES + 1]:
        if not w.is_word:
            return False
        if w.text in dating_words("planned_after"):
            return True
        if not w.text.startswith("ال"):
            return False
    return False


def governed_modality(governor_kind: str | None) -> str | None:
    return GOVERNED.get(governor_kind or "")


def subjunctive_before(words: Sequence[Word], first: int) -> bool:
    """Whether the verb at word `first` follows "أن" (or كي، لكي) right before it: a present verb there is wished,
    planned, possible or due ("يأمل أن يلتقي"، "يمكن أن تشن"), not what happened; not after "قبل" ("قبل أن
    يغادر" in a past story tells what came next)."""
    if first < 1 or words[first - 1].text not in function_words("subjunctive"):
        return False
    return first < 2 or words[first - 2].text not in function_words("factual_subjunctive")


def without_before(words: Sequence[Word], first: int) -> bool:
    """Whether "دون أن" or "بدون أن" (function words: noun_negator, then subjunctive) stands right before the verb at
    word `first`: "غادر دون أن يكشف عن وجهته" tells what was not done."""
    return (first >= 2 and words[first - 1].text in function_words("subjunctive")
            and words[first - 2].text in function_words("noun_negator"))


def speech_negated(words: Sequence[Word], first: int) -> bool:
    """Whether the speech verb at word `first` is negated ("ولم تكشف النيابة عن هويات المعتقلين"، "دون أن يعلن"):
    no statement was made. "ما" is a negator of verbs, but before a verb of saying it is "what" ("وفق ما ذكرت
    الوكالة"، "إلى ما قاله الوزير"): the statement was made."""
    before = words[first - 1] if first > 0 and words[first - 1].is_word else None
    if before is not None and before.text in function_words("verb_negator") and before.text not in dating_words("what"):
        return True
    return without_before(words, first)
