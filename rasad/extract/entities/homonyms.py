"""Within one document: a name two knowledge-base entries share is the one the document names plainly.

عمان is Amman's name and Oman's short one (عُمان; the vowel marks that tell them apart are rarely
written). The alias index gives such a name to one entry, whatever the article is about. Here a
mention written with a shared name takes the other entry when the document names that entry
unambiguously (سلطنة عمان) or uses its nationality adjective (العمانية), and does not name its own
entry so."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from rasad.extract.entities.kb import _keys_of, alias_key, demonyms, entries, entry, loose
from rasad.extract.entities.memo import memo
from rasad.extract.entities.name_parts import Named


@lru_cache(maxsize=1)
def shared_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Loose name -> the hand-written KB entries it names, for the names that name more than one."""
    owners: dict[tuple[str, ...], list[str]] = {}
    for e in entries().values():
        if not e.weak:
            for key in dict.fromkeys(_keys_of(e)):
                owners.setdefault(key, []).append(e.id)
    return {key: tuple(ids) for key, ids in owners.items() if len(ids) > 1}


@memo(100_000)
def _name_key(surface: str) -> tuple[str, ...]:
    """`alias_key` of a KB name as written, kept per spelling: a document's names recur, and so do the news'."""
    return alias_key(surface)


def read_homonyms(named: Sequence[Named], text: str, norms: Sequence[str]) -> None:
    """Give each mention of a shared name the key of the one entry it may be that the document
    names plainly (see the module docstring)."""
    shared = shared_names()
    readings = [(n, shared.get(_name_key(text[n.found.span.start : n.found.span.end]), ())) for n in named if n.found.kb is not None]
    if not any(owners for _, owners in readings):
        return
    plain = {n.found.kb.id for n, owners in readings if not owners and n.found.kb is not None}
    plain |= {eid for eid in map(demonyms().get, map(loose, norms)) if eid}
    for n, owners in readings:
        spelt = _spelt_as(text[n.found.span.start : n.found.span.end], owners)
        plain |= set(spelt)
        if spelt:
            n.key = f"kb:{spelt[0]}"
    for n, owners in readings:
        named_plainly = [eid for eid in owners if eid in plain]
        if len(named_plainly) == 1 and not _spelt_as(text[n.found.span.start : n.found.span.end], owners):
            n.key = f"kb:{named_plainly[0]}"


def _spelt_as(surface: str, owners: Sequence[str]) -> list[str]:
    """The one owner whose name the mention writes with its vowel marks (عُمان Oman, عمّان Amman)."""
    if not any(unicodedata.category(c) == "Mn" for c in surface):
        return []
    spelt = [eid for eid in owners if (e := entry(eid)) and surface in (e.name, *e.aliases)]
    return spelt if len(spelt) == 1 else []
