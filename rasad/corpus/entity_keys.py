"""Entity keys of a corpus (`kb:<id>` or `<TYPE>:<name>`, see `rasad.corpus.model`): their parts, their
words as written and spelling-blind, and the union-find that joins keys naming one thing
(`rasad.corpus.entities`, `rasad.corpus.person_joins`)."""

from __future__ import annotations

from rasad.arabic.normalize import norm
from rasad.extract.entities.kb import entry
from rasad.extract.entities.keys import skeleton

MIN_SLIP_WORD = 4  # a word shorter than this is too short to tell a slip from another word


class KeyUnion:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # a KB key stays the root, so the entity keeps its KB identity
            if rb.startswith("kb:") and not ra.startswith("kb:"):
                ra, rb = rb, ra
            self.parent[rb] = ra


def split_key(key: str) -> tuple[str, str]:
    typ, _, name = key.partition(":")
    return typ, name


def name_words(key: str) -> list[str]:
    if key.startswith("kb:"):
        e = entry(key[3:])
        return skeleton(e.name).split() if e else []
    return skeleton(split_key(key)[1]).split()


def written_words(key: str) -> list[str]:
    """The name's words as written (normalised), beside `_name_words`' skeletons."""
    if key.startswith("kb:"):
        e = entry(key[3:])
        return norm(e.name).split() if e else []
    return split_key(key)[1].split()


def spelling(key: str) -> str:
    if key.startswith("kb:"):
        e = entry(key[3:])
        return skeleton(e.name, vowels=True) if e else key
    return skeleton(split_key(key)[1], vowels=True)
