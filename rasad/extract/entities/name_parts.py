"""A document's names and their proper parts: the words that name a head-named or nationality-named
organisation, or a short name in brackets, wherever they stand alone in the document (`resolve`).

- the proper name of a name found after its head noun (قابي قوله of منطقة "قابي قوله", رؤيا of قناة
  رؤيا) is a mention of it wherever else it stands alone;
- an organisation named with a nationality (البنك المركزي التركي) is the same words without it;
- an organisation's short name in brackets or quotes after it (الهيئة الوطنية لمكافحة الكوارث (كونريد)), unless
  the KB knows the organisation.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from itertools import compress, count
from operator import not_

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.normalize import norm
from rasad.document import Mention, Span
from rasad.extract.entities.found import Found
from rasad.extract.entities.kb import QUOTES, loose
from rasad.extract.entities.patterns import head_nouns, head_type, is_demonym, stop_words, title_kind
from rasad.extract.entities.places import MAX_NAME_FREQ, name_like, place_head
from rasad.extract.entities.words import Word, strip_clitics

# What may open an organisation's short name after it, and what closes it.
_OPENERS: dict[str, frozenset[str]] = {"(": frozenset({")"}), **{q: QUOTES for q in QUOTES}}


@dataclass
class Named:
    found: Found
    key: str
    words: tuple[str, ...]  # skeletons of the name's words


def where(norms: list[str], wanted: Collection[str]) -> set[int]:
    """Where the words of `wanted` stand in the document."""
    return set(compress(count(), map(wanted.__contains__, norms)))  # read in C


def untaken(norms: list[str], taken: list[bool]) -> set[str]:
    """The distinct words of the document outside its names."""
    return set(compress(norms, map(not_, taken)))


def head_parts(text: str, words: Sequence[Word], norms: list[str], named: list[Named]) -> dict[tuple[str, ...], Named]:
    """The proper names of names found or known with their head noun (قابي قوله of منطقة "قابي قوله",
    رؤيا of قناة رؤيا الأردنية: quotes and a nationality after it left out), each with its name."""
    parts: dict[tuple[str, ...], Named] = {}
    for n in named:
        f = n.found
        if (f.head or f.kb is not None) and place_head(norms[f.first]) is not None:
            inner = [k for k in range(f.first + 1, f.last) if norms[k] not in QUOTES]
            while inner and is_demonym(norms[inner[-1]]):
                inner.pop()
            if inner and name_like(text[words[inner[0]].span.start : words[inner[0]].span.end], first=True):
                parts.setdefault(tuple(norms[k] for k in inner), n)
    return parts


def site_body_forms(norms: list[str], named: list[Named]) -> None:
    """A body named after a place with its head (هيئة قناة السويس، مجلس محافظة البصرة: `head_names`) is named
    again by its own head and the place's head made definite (هيئة القناة، مجلس المحافظة): such a name takes
    the body's key where one body of the document fits it (two councils leave مجلس المحافظة as it was)."""
    owners: dict[tuple[str, str], set[str]] = {}
    for n in named:
        f = n.found
        if f.type == "ORG" and f.source == "pattern" and f.head and f.last - f.first >= 3:
            place = norms[f.first + 1]
            if not place.startswith("ال") and head_type(place) is not None:
                owners.setdefault((_head_stem(norms[f.first]), "ال" + place), set()).add(n.key)
    if not owners:
        return
    for n in named:
        f = n.found
        if f.type == "ORG" and f.kb is None and f.last - f.first == 2:
            keys = owners.get((_head_stem(norms[f.first]), norms[f.first + 1]), set())
            if len(keys) == 1:
                n.key = next(iter(keys))


def _head_stem(word: str) -> str:
    """A word without the proclitics before its head noun (لمجلس: مجلس), or the word as it is."""
    table = head_nouns()
    return next((stem for _, stem in strip_clitics(word) if loose(stem) in table), word)


def nationality_parts(norms: list[str], named: list[Named], parts: dict[tuple[str, ...], Named]) -> None:
    """An organisation named with a nationality after it (البنك المركزي التركي) is the same words without it
    wherever they stand in the document (البنك المركزي), as a head-named name's proper name is; not when
    one word is left (الحكومة: bare heads are resolved by `_bare_heads`)."""
    for n in named:
        f = n.found
        if f.type == "ORG" and f.kb is None and f.last - f.first >= 3 and is_demonym(norms[f.last - 1]):
            parts.setdefault(tuple(norms[f.first : f.last - 1]), n)


def bracketed_parts(text: str, words: Sequence[Word], norms: list[str], named: list[Named], parts: dict[tuple[str, ...], Named]) -> None:
    """An organisation's short name in brackets or quotes right after it (معهد الأدلة الجنائية (إيناسيف)،
    الهيئة الوطنية لمكافحة الكوارث "كونريد"): one or two rare words, which then name it wherever they stand, as a head-named name's proper name does. Not
    after a KB name: the KB knows its short names, and what follows one in brackets is more often
    something of it (الاتحاد الأوروبي (يوروستات), (Brexit))."""
    for n in named:
        f = n.found
        if f.type != "ORG" or f.kb is not None or f.last >= len(norms) or norms[f.last] not in _OPENERS:
            continue
        if norms[f.last] in QUOTES and f.first > 0 and norms[f.first - 1] in QUOTES:
            continue  # the quote after a quoted name closes it ("بلاش تبوسني" ولبليغ "بهية")
        closer = _OPENERS[norms[f.last]]
        close = next((k for k in range(f.last + 2, min(f.last + 4, len(norms))) if norms[k] in closer), None)
        inner = range(f.last + 1, close) if close else range(0)
        short = tuple(norms[k] for k in inner)
        if inner and short not in parts and all(_short_name(text[words[k].span.start : words[k].span.end]) for k in inner):
            parts[short] = n


def _short_name(surface: str) -> bool:
    """A rare word (`rare_name`) that is also rare with the article: استخبارات is rare, but as
    الاستخبارات it is a common noun ("(استخبارات)" says what the body is, not its short name)."""
    return rare_name(surface) and word_freq().get("ال" + light(surface), 0) < MAX_NAME_FREQ


def rare_name(surface: str, *, max_freq: int = MAX_NAME_FREQ) -> bool:
    """A word that may be a short name: Arabic letters without the article (البريكست, الحاكم are what the
    name did or is), or Latin capitals (BMO, GaStat; not Brexit), rare in the news, no function word, title or
    nationality."""
    word = norm(surface)
    if len(word) < 3 or not word.isalpha() or word.startswith("ال") or word in stop_words() or is_demonym(word):
        return False
    if word.isascii() and sum(map(str.isupper, surface)) < 2:
        return False
    return title_kind(word) is None and word_freq().get(light(surface), 0) < max_freq


def tagged_parts(named: list[Named], norms: list[str], parts: dict[tuple[str, ...], Named]) -> None:
    """A name the tagger found alone that is the proper name of a head-named one takes its key and
    type: رؤيا after قناة رؤيا is the channel, whatever type the tagger gave it."""
    for n in named:
        whole = parts.get(tuple(norms[n.found.first : n.found.last]))
        if whole is not None and n.found.source == "model" and n.found.kb is None:
            n.key, n.found = whole.key, replace(n.found, type=whole.found.type)


def place_parts(words: Sequence[Word], norms: list[str], parts: dict[tuple[str, ...], Named], taken: list[bool]) -> list[Mention]:
    """Untaken occurrences of the proper name of a name found after its head noun (module doc); not
    of a KB name's (قناة رؤيا): the KB leaves its bare name to the tagger, as an everyday word
    ("رؤيا" vision) as often."""
    out: list[Mention] = []
    for part, n in parts.items():
        if n.found.kb is not None:
            continue
        size = len(part)
        for i in where(norms, {part[0]}):
            if tuple(norms[i : i + size]) == part and not any(taken[i : i + size]):
                out.append(Mention(Span(words[i].span.start, words[i + size - 1].span.end), n.found.type, n.key, None, "anaphor"))
                for k in range(i, i + size):
                    taken[k] = True
    return out
