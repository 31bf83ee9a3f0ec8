"""Which country a body speaks for: its government, ministries and seats are one party with the country.

Outlets name one voice of a state many ways: "أعلن العراق", "قالت الحكومة العراقية", "أكدت وزارة
الخارجية العراقية"; "أشادت واشنطن" for the US administration, "البيت الأبيض", "الكرملين". Event merging
reads the `voices` of two reports' actors to see one act where the names differ. A body is a state's voice
when its name is a head of data/state_heads.tsv and its nationality or its country (الخارجية الفرنسية،
حكومة مصر), or a name of data/state_seats.tsv (a capital, a seat of government). Each table says whether the
name is the state as a whole (the country, its capital, its government) or one of its bodies (a ministry).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.corpus.event_joins import COUNTRY_KB_PREFIX
from rasad.corpus.model import Entity
from rasad.extract.entities.kb import closing_demonym, loose
from rasad.extract.entities.national_bodies import national_body

_ARTICLE = "ال"
_WHOLE = "whole"


class Voice(NamedTuple):
    """The country a name speaks for, and whether it names the state as a whole (not one of its bodies)."""

    country: str
    whole: bool


@lru_cache(maxsize=1)
def _heads() -> dict[tuple[str, ...], bool]:
    """The heads of data/state_heads.tsv as loose words, the article dropped -> whether they name the whole state."""
    return {tuple(_bare(w) for w in norm(row[0]).split()): row[1].strip() == _WHOLE
            for row in read_rows("rasad.corpus", "state_heads.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def _seats() -> dict[str, Voice]:
    return {row[0].strip(): Voice(row[1].strip(), row[2].strip() == _WHOLE)
            for row in read_rows("rasad.corpus", "state_seats.tsv") if len(row) > 2}


def _bare(word: str) -> str:
    """A normalised word loose and without the article (الحكومة -> حكومه)."""
    word = loose(word)
    return word[len(_ARTICLE) :] if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 2 else word


def voices(entities: Sequence[Entity]) -> dict[str, Voice]:
    """Entity id -> the voice it is of a country's state: a country itself, a seat of its government, or a
    body named as a state head and its country; entities of no state are left out."""
    out = {}
    for e in entities:
        kb = e.kb_id or ""
        voice = Voice(kb, True) if kb.startswith(COUNTRY_KB_PREFIX) else _seats().get(kb)
        if voice is None and e.type == "ORG":
            voice = state_body(norm(e.name).split())
        if voice is not None:
            out[e.id] = voice
    return out


def state_body(words: Sequence[str]) -> Voice | None:
    """The voice of a name (normalised words) that is a state head and its nationality or its country
    (وزارة الخارجية العراقية، الحكومة المصرية، حكومة مصر); None for any other name (حكومة الوفاق)."""
    bare = tuple(_bare(w) for w in words)
    heads = [whole for head, whole in _heads().items() if bare[: len(head)] == head and len(head) < len(bare)]
    if not heads:
        return None
    country = closing_demonym(words)[1]
    if country is None:
        body = national_body(list(words))
        country = body[1] if body else None
    return Voice(country, heads[0]) if country else None
