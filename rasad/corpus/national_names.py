"""A body named after its country two ways: which name keys of a corpus are one body.

Outlets name a country's body with the country's name after its head (منتخب مصر، حكومة
مصر) or with the article and the nationality adjective (المنتخب المصري، الحكومة المصرية);
one article writes one, the next the other. `rasad.corpus.entities` joins the keys these
functions pair: organisations whose head and country (by the KB) are the same
(`rasad.extract.entities.national_bodies.national_body`).
"""

from __future__ import annotations

from rasad.extract.entities.national_bodies import national_body

Pairs = list[tuple[str, str]]


def national_pairs(names: dict[str, list[str]], types: dict[str, str]) -> Pairs:
    """Keys (-> written, normalised words) of organisations that name one country's body both ways:
    every key of a (head, country) is paired with the first."""
    first: dict[tuple[str, str], str] = {}
    pairs: Pairs = []
    for k, words in names.items():
        if types.get(k) != "ORG":
            continue
        body = national_body(words)
        if body is None:
            continue
        if body in first:
            pairs.append((first[body], k))
        else:
            first[body] = k
    return pairs
