"""The country that acted, read from a nationality adjective when no named participant is the actor.

Arab news often names the side that shot or struck only by an adjective: "قتلوا برصاص
إسرائيلي" (killed by Israeli bullets), "أصيب في قصف روسي", "أطلق الجنود الإسرائيليون
النار", "التصعيد التركي". The adjective names its country as the actor when it
qualifies (1) the armed means the act was done with (function_words armed_means),
anywhere in the few words after the trigger; (2) the forces that are the subject of
a verb trigger (armed_force), right after the verb; (3) a noun trigger itself whose
genitive is not its target ("قصف إسرائيلي", not "مقتل فلسطيني": the one killed).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.extract.entities.kb import demonym_at
from rasad.extract.events.drafts import Draft
from rasad.extract.events.lexicon import dating_words
from rasad.extract.events.passive import marks_agent
from rasad.extract.wordscan import Word, function_words

_MEANS_REACH = 6  # words after the trigger where "برصاص X-ي" may stand
_AGENT_REACH = 10  # words after a passive verb where its agent's forces may stand, past the count of its dead
_ADJ_REACH = 2  # the adjective after its noun: "برصاص الاحتلال الإسرائيلي" puts one genitive between
_PLURAL = ("ين", "ون")  # "مقتل فلسطينيين": a plural after a noun is a people, not an adjective


def national_actor(words: Sequence[Word], d: Draft, lo: int, hi: int) -> str | None:
    """The KB key of the country a nationality adjective names as the actor of `d` in clause [lo, hi), if any."""
    end = min(hi, d.last + 1 + _MEANS_REACH)
    for i in range(max(lo, d.first), end):  # the trigger itself may be the means ("في قصف روسي")
        if function_words("armed_means").isdisjoint(words[i].forms):
            continue
        country = _adjective_after(words, i, hi, plural=False)  # weapons take a singular adjective
        if country:
            return country
    if d.pos == "verb" and "subj=target" not in d.flags:
        for i in range(d.first + 1, min(hi, d.last + 3)):
            if not function_words("armed_force").isdisjoint(words[i].forms):
                return _adjective_after(words, i, hi)
    elif d.pos == "verb":  # "قتلوا بأيدي جنود فرنسيين"، "قتل 120 فلسطينيا على أيدي القوات الإسرائيلية": after the mark
        for i in range(d.last + 2, min(hi, d.last + 1 + _AGENT_REACH)):
            if not function_words("armed_force").isdisjoint(words[i].forms) and marks_agent(words[i - 1]):
                return _adjective_after(words, i, hi)
    if d.pos == "noun" and "gen=target" not in d.flags and d.last + 1 < hi:
        return None if words[d.last + 1].text.endswith(_PLURAL) else adjective_at(words, d.last + 1)
    return None


def coast_country(words: Sequence[Word]) -> str | None:
    """The KB key of the country whose coast or waters a sentence names by an adjective ("قبالة السواحل التونسية"،
    "في المياه الإقليمية الليبية"), when it names one such country only."""
    coasts = dating_words("coast")
    found = {country for i, w in enumerate(words) if not coasts.isdisjoint(w.forms)
             if (country := _adjective_after(words, i, len(words), plural=False))}
    return found.pop() if len(found) == 1 else None


def _adjective_after(words: Sequence[Word], i: int, hi: int, plural: bool = True) -> str | None:
    """The country of the nationality adjective of the noun at `i`; never past a preposition ("إطلاق النار على
    الفلسطينيين"، "صواريخ على السعودية": whom it hit)."""
    for j in range(i + 1, min(hi, i + 1 + _ADJ_REACH)):
        word = words[j]
        if not word.is_word or word.text in function_words("preposition"):
            return None
        country = None if not plural and word.text.endswith(_PLURAL) else adjective_at(words, j)
        if country:
            return country
    return None


def country_of_adjective(word: str, after: str = "") -> str | None:
    """The KB key of the country a nationality adjective names ("الإيرانية" -> kb:c:IR), if any, read with the
    word `after` it first ("الكورية" "الشمالية" -> kb:c:KP, not South Korea's kb:c:KR)."""
    eid = demonym_at((word, after), 0)[1]
    return f"kb:{eid}" if eid else None


def adjective_at(words: Sequence[Word], j: int) -> str | None:
    """`country_of_adjective` of words[j], read with the word after it."""
    return country_of_adjective(words[j].text, words[j + 1].text if j + 1 < len(words) else "")
