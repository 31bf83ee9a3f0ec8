"""Who speaks in words a news outlet relays: the source after عن, not the outlet.

"ونقلت وكالة رويترز عن مصدر في الوزارة قوله إن…": the outlet named between the verb and عن only passes the words
on; the speaker is the one after عن, named or not ("عن مصادر أمنية"، "عن الوزير", a title that stands for someone
told before), or the one a pronoun stands for ("ونقلت عنه الوكالة قوله"). Used by speakers.py for relay verbs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.mention_index import mention_index
from rasad.extract.referents import Titles, antecedent
from rasad.extract.speech import (
    PRONOUN_SUFFIXES,
    definite_noun,
    governing_preposition,
    is_statement_noun,
    mention_key,
    mentions_between,
)
from rasad.extract.subject_phrase import adverbs, noun_phrase_after
from rasad.extract.wordscan import Word, function_words, word_starting_at

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct

_ON_BEHALF = norm("باسم")


def relayed_source(doc: Document, words: Sequence[Word], j: int, stop: int, zone_end: int, found: Mention | None,
                   act: SpeechAct, before: SpeechAct | None, titles: Titles) -> bool:
    """Give `act`, a relay verb ending at word `j`, the speaker after its عن when the name `found` for it stands
    before عن (the outlet) or no name was found: True when it did. Where عن holds a pronoun ("نقلت عنه"), the
    speaker is the one of `before`, the act before it in the sentence or paragraph."""
    k = _source_preposition(words, j, zone_end)
    if k is not None and words[k].text not in function_words("relay_of"):  # "عنه"، "عنها"
        if before is None or k != j + 1:
            return False  # "ونقل الموقع الرسمي لخامنئي عنه قوله": the pronoun stands for a name of the subject
        act.speaker, act.speaker_span, act.institution = before.speaker, before.speaker_span, before.institution
        return True
    if k is None or (found is not None and found.span.start >= words[k].start):
        return False  # no عن, or its source is named: "نقلت وكالة فرانس برس عن محمد الزير"
    np = _source_words(doc, words, k, stop, zone_end)
    if np is None:
        return False
    head = words[word_starting_at(words, np.start)]
    told_before = definite_noun(head) is not None or is_statement_noun(head)  # "عن الوزير"; not "عن متحدث": someone new
    m = antecedent(doc, words, np, titles, subject_end=zone_end) if told_before else None
    act.speaker, act.speaker_span, act.explicit = (mention_key(doc, m), m.span, True) if m else (None, np, True)
    body = next((x for x in mentions_between(doc, np.end, zone_end, ("ORG", "GPE", "PER"))
                 if governing_preposition(doc.text, x.span.start) == _ON_BEHALF), None)
    act.institution = mention_key(doc, body) if m is None and body is not None else None  # "عن متحدث باسم الوزارة"
    return True


def _source_preposition(words: Sequence[Word], j: int, zone_end: int) -> int | None:
    """The first word after the verb ending at word `j`, before `zone_end`, that is عن or عن with a pronoun."""
    for k in range(j + 1, len(words)):
        w = words[k]
        if w.start >= zone_end:
            return None
        if w.text in function_words("relay_of") or _relay_of_pronoun(w):
            return k
    return None


def _relay_of_pronoun(word: Word) -> bool:
    """"عنه"، "عنها"، "عنهم": عن with the pronoun of whom the words are relayed from."""
    return any(word.text == of + suffix for of in function_words("relay_of") for suffix in PRONOUN_SUFFIXES)


def _source_words(doc: Document, words: Sequence[Word], k: int, stop: int, zone_end: int) -> Span | None:
    """The subject words after عن at word `k`, up to the speaker's words told as its object ("عن مسؤول قوله"،
    data/adverbs.tsv) and the end of the verb's subject zone."""
    np = noun_phrase_after(words, k, stop, mention_index(doc))
    if np is None:
        return None
    inside = [w for w in words[k + 1 :] if np.start <= w.start < min(np.end, zone_end)]
    cut = next((n for n, w in enumerate(inside) if n > 0 and w.text in adverbs()), len(inside))
    return Span(inside[0].start, inside[cut - 1].end) if inside else None
