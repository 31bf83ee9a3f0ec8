"""Within one document: a name the tagger typed a facility that names a body of people.

The tagger reads القاعدة ("the base") as a facility wherever it finds it alone, also where it names
al-Qaeda (عناصر القاعدة، مسلحي القاعدة، زعيم القاعدة). A facility has no members, fighters or
leaders, so a facility of the tagger's right after a noun for them (`ner_group_or_place.tsv`, ORG)
is an organisation, and so are its other mentions in the document, which share its key; so is one
that is the proper name of a KB organisation the document names with its head (القاعدة where
تنظيم القاعدة is named). It is then that KB organisation, else an organisation of its own. A
mention right after a word that says it is a place (خارج القاعدة، هذه القاعدة: FAC in the same file)
stays a facility, and a facility of the KB (قاعدة حميميم) or named after its head noun (قاعدة
العديد، القاعدة الجوية) is never retyped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.extract.entities.kb import QUOTES, alias_key, entries
from rasad.extract.entities.keys import key_of
from rasad.extract.entities.name_parts import Named
from rasad.extract.entities.patterns import head_type

_PROCLITICS = ("و", "ل", "ب", "ول", "وب")  # وعناصر، لقيادات، ولعناصر


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """Words before a facility of the tagger's that tell a group (ORG) from a place (FAC)
    (`ner_group_or_place.tsv`), normalised."""
    return {norm(row[0]): row[1] for row in read_rows("rasad.extract", "ner_group_or_place.tsv")}


def _cue_before(norms: Sequence[str], i: int) -> str | None:
    """The type the word before words[i] tells (`cue_words`), read with or without a proclitic;
    a quotation mark between them is skipped (مسلحي "القاعدة")."""
    i -= 1
    while i >= 0 and norms[i] in QUOTES:
        i -= 1
    if i < 0:
        return None
    cues, word = cue_words(), norms[i]
    return cues.get(word) or next(
        (cues[word[len(p) :]] for p in _PROCLITICS if word.startswith(p) and word[len(p) :] in cues), None
    )


def _retypable(n: Named) -> bool:
    """A facility of the tagger's, not of the KB, and not a head noun with a name after it (القاعدة
    alone has a facility's head noun and nothing it names)."""
    f = n.found
    return f.type == "FAC" and f.source == "model" and f.kb is None and (not f.head or f.last - f.first == 1)


def group_names(named: list[Named], text: str, norms: Sequence[str]) -> None:
    """Retype to organisations the tagger's facilities that stand right after a noun for a group's
    members anywhere in the document, or that are the proper name of a KB organisation the document
    names with its head, with all their mentions (module doc)."""
    facilities = [n for n in named if _retypable(n)]
    if not facilities:
        return
    known = {n.key for n in named if n.found.kb is not None}
    bodies = {n.key: _body_key(n, text) for n in facilities}
    cues = [_cue_before(norms, n.found.first) for n in facilities]
    groups = {n.key for n, cue in zip(facilities, cues, strict=True) if cue == "ORG" or bodies[n.key] in known}
    for n, cue in zip(facilities, cues, strict=True):
        if n.key in groups and cue != "FAC":
            n.key, n.found = bodies[n.key], replace(n.found, type="ORG")


def _body_key(n: Named, text: str) -> str:
    """The key of a facility of the tagger's read as an organisation: the KB organisation it is the proper
    name of (القاعدة of تنظيم القاعدة), else its own."""
    key = key_of(replace(n.found, type="ORG"), text)  # with its article where it starts after the لل of its word
    return headed_bodies().get(alias_key(key.partition(":")[2]), key)


@lru_cache(maxsize=1)
def headed_bodies() -> dict[tuple[str, ...], str]:
    """The KB organisations named by a head noun and a proper name (تنظيم القاعدة), by the proper name's
    loose words, each keyed; a proper name two organisations share is left out."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for e in entries().values():
        if e.type != "ORG" or e.weak:
            continue  # before the alias key: one entry in nine is an organisation's, and the table is built mid-text
        name = alias_key(e.name)
        if len(name) >= 2 and head_type(name[0]) == "ORG":
            owners.setdefault(name[1:], set()).add(e.key)
    return {proper: keys.pop() for proper, keys in owners.items() if len(keys) == 1}
