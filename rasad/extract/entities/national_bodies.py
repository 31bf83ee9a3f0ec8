"""A country's body named after its country two ways, and named by what it is to its own country.

Outlets name a country's body with the country's name after its head (منتخب مصر، حكومة مصر)
or with the article and the nationality adjective (المنتخب المصري، الحكومة المصرية): `national_body`
reads both as one (head, country), which `rasad.corpus.national_names` joins across documents.
A team is also "the national team" (المنتخب الوطني) once the article has named its country:
`own_country_forms` gives that phrase the key of the one national team the document names
(`ner_own_country.tsv`), the reader knowing which country's it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.extract.entities.kb import alias_index, alias_key, closing_demonym, entries, loose
from rasad.extract.entities.keys import written_name
from rasad.extract.entities.memo import memo
from rasad.extract.entities.name_parts import Named

_ARTICLE = "ال"


def national_body(words: Sequence[str]) -> tuple[str, str] | None:
    """(head without the article, country KB id) of a name (normalised words) that is a head and its
    country: ال + head + the nationality of one or two words (المنتخب المصري، الجيش الكوري الشمالي), or a bare head + the country's name
    (منتخب مصر، منتخب الأرجنتين); None for any other name."""
    if len(words) < 2:
        return None
    head = loose(words[0])
    if head.startswith(_ARTICLE):
        start, country = closing_demonym(words)
        return (head[len(_ARTICLE) :], country) if start == 1 and country else None
    known = entries().get(alias_index()[0].get(alias_key(" ".join(words[1:]))) or "")
    return (head, known.id) if known is not None and known.id.startswith("c:") else None


@lru_cache(maxsize=1)
def _own_country_phrases() -> dict[tuple[str, ...], str]:
    """Loose words of a phrase that names a body by its own country (المنتخب الوطني) -> the body's head."""
    return {tuple(loose(norm(w)) for w in r[0].split()): loose(norm(r[1].strip())) for r in read_rows("rasad.extract", "ner_own_country.tsv")}


@memo(100_000)
def _loose_words(name: str) -> tuple[str, ...]:
    """A name's words as written, normalised and loose: what the phrases are read by. Every name of every
    document is read so, and names recur across documents: kept per name."""
    return tuple(loose(w) for w in norm(name).split())


def own_country_forms(named: list[Named], text: str) -> None:
    """A body named by what it is to its own country (المنتخب الوطني) takes the key of the one body of its
    head the document names with a country (المنتخب المصري، منتخب مصر); with none or two (a match
    report), it keeps its own."""
    phrases = _own_country_phrases()
    words = [_loose_words(written_name(text, n.found.span)) for n in named]
    if not any(w in phrases for w in words):
        return
    owners: dict[str, dict[str, str]] = {}  # head -> country -> the key of its first body
    for n, w in zip(named, words, strict=True):
        body = national_body(w) if n.found.type == "ORG" else None
        if body is not None:
            owners.setdefault(body[0], {}).setdefault(body[1], n.key)
    for n, w in zip(named, words, strict=True):
        countries = owners.get(phrases.get(w, ""), {})
        if n.found.type == "ORG" and len(countries) == 1:
            n.key = next(iter(countries.values()))
