"""The place an article is about, for an event its sentence places nowhere.

A report of deaths often names no place in its own sentence ("مقتل متظاهر الأحد
الماضي في مظاهرة ضد البطالة") because the article's title or lead has named it
("مظاهرات مستمرة لليوم السادس في البصرة"). Such an event is placed where the
article is: the one place below a country that the title names (its mentions are
found in the body, the title itself is not tagged), else the one the lead
paragraph names. A country is no answer: "the country" is the article's home
country anyway, and an event placed only in it says little.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.arabic.normalize import norm
from rasad.document import Document, Mention
from rasad.extract.entities.kb import alias_index, kb_starts
from rasad.extract.events.arguments import PLACE_TYPES, entity_key
from rasad.extract.events.national import adjective_at
from rasad.extract.mention_index import COUNTRY_PREFIX, mention_index, place_country
from rasad.extract.speech import governing_preposition
from rasad.extract.wordscan import Word, function_words, scan


def article_place(doc: Document) -> str | None:
    """The key of the one sub-national place the title names, else (the title names none) the one the lead
    paragraph names; None where there are two or more."""
    title = norm(doc.meta.title or "")
    if title:
        named = _below_country({entity_key(doc, m) for m in doc.mentions
                                if m.type in PLACE_TYPES and (text := norm(doc.span_text(m.span)).strip()) and text in title})
        if named:
            return next(iter(named)) if len(named) == 1 else None
    if not doc.body:
        return None
    lead = doc.body[0].span
    named = _below_country({entity_key(doc, m) for m in mention_index(doc).between(lead.start, lead.end)
                            if m.type in PLACE_TYPES and placed_in(doc, m)})
    return next(iter(named)) if len(named) == 1 else None


def title_country(doc: Document) -> str | None:
    """The one country the title names: by its name ("في الدنمارك"), by a place the body names too ("هجوم في
    لندن") or by a nationality adjective ("شرطي بريطاني"، "في الألب السويسري"); None where it names none or two
    ("السفارة التركية في الدنمارك"). A story of Swiss police names Germany, the climbers' country, more often
    than Switzerland: its title does not."""
    title = norm(doc.meta.title or "")
    if not title:
        return None
    places = {place_country(m.entity_id) for m in doc.mentions
              if m.type in PLACE_TYPES and (text := norm(doc.span_text(m.span)).strip()) and text in title}
    found = (places | {_country_of_word(words, j) for words in [scan(title)] for j in range(len(words))}) - {None}
    return found.pop() if len(found) == 1 else None


def _country_of_word(words: Sequence[Word], j: int) -> str | None:
    """The country one word names: a one-word country name, proclitics aside ("وإيران"), or a nationality
    adjective (read with the word after it: "الكوري الشمالي"); not a name that is also an everyday word."""
    word = words[j].text
    names = alias_index()[0]
    ids = (names.get((first,)) for _, first, homograph in kb_starts(word) if not homograph)
    country = next((eid for eid in ids if eid and f"kb:{eid}".startswith(COUNTRY_PREFIX)), None)
    return f"kb:{country}" if country else adjective_at(words, j)


def placed_in(doc: Document, m: Mention) -> bool:
    """Whether a locative governs the mention ("في البصرة"، "بمدينة الرمادي"): a dateline ("نيويورك، الولايات
    المتحدة (CNN)") or a subject names no place where things happened."""
    prep = governing_preposition(doc.text, m.span.start)
    if prep is None:
        before = doc.text[max(0, m.span.start - 30) : m.span.start].split()
        prep = norm(before[-2]) if len(before) >= 2 and norm(before[-1]) in function_words("place_noun") else None
    if prep is None:
        return False
    prep, locative = norm(prep), function_words("locative")
    # "وفي البصرة": one conjunction before the preposition (not lstrip, which takes the ف of في too)
    return prep in locative or (prep[:1] in ("و", "ف") and prep[1:] in locative)


def in_place_noun(doc: Document, m: Mention) -> bool:
    """Whether the mention follows a place noun with ب written onto it: "بولاية كولورادو"، "وبمدينة حلب"."""
    before = doc.text[max(0, m.span.start - 30) : m.span.start].split()
    noun = norm(before[-1]) if before else ""
    noun = noun[1:] if noun[:2] in (_AND_IN, "ف" + _GLUED_IN) else noun
    return noun[:1] == _GLUED_IN and noun[1:] in function_words("place_noun")


_GLUED_IN = "ب"
_AND_IN = "و" + _GLUED_IN


def _below_country(keys: set[str]) -> set[str]:
    return {k for k in keys if not k.startswith(COUNTRY_PREFIX)}
