"""A sports club whose bare name is also a word, another body or a town, read as the club in sport context.

الهلال is "the crescent", الاتحاد "the union", برشلونة a town: the knowledge base writes these clubs with نادي
only. Sports news names them bare, and a cue right beside the name says it is the club (`ner_sport_cues.tsv`):
a noun only a club's people or games take before it (مدرب الهلال، لاعب برشلونة، مباراة الاتحاد), a result verb
or a match's preposition before it (فاز الهلال، خسر أمام النصر; for clubs named after a word only), a score
line beside it ("الهلال 2-1 النصر"), or a club so read joined to it by و (مباراة الهلال والنصر). A name inside
a longer name (الهلال الأحمر، الاتحاد الأوروبي، البنك الأهلي) keeps that name; a town-named club without such
a cue stays the town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.errors import ModelError
from rasad.extract.entities.found import Found
from rasad.extract.entities.kb import KBEntry, demonyms, entries, loose, loose_readings
from rasad.extract.entities.words import Word, stem_span

_SCORE = re.compile(r"\d+-\d+")
_DASHES = frozenset("-–")
_BRACKETS = frozenset("()")
_AND = "و"
_ARTICLE = "ال"
_NO_ID = "-"


@dataclass(frozen=True, slots=True)
class Club:
    """A club's bare name: the KB entry it means (None where several clubs bear it) and whether weak
    cues read it (a club named after a word) or strong ones only (one named after its town)."""

    entry: KBEntry | None
    weak_cues: bool


@lru_cache(maxsize=1)
def clubs() -> dict[tuple[str, ...], Club]:
    """Loose words of each bare club name -> its club (`ner_sport_clubs.tsv`)."""
    table = entries()
    out: dict[tuple[str, ...], Club] = {}
    for row in read_rows("rasad.extract", "ner_sport_clubs.tsv"):
        name, eid, cues = (c.strip() for c in row[:3])
        if eid != _NO_ID and eid not in table:
            raise ModelError(f"ner_sport_clubs.tsv: {name} names no KB entry {eid!r}", hint="a KB id of data/kb/*.tsv, or -")
        known = table.get(eid)
        out[tuple(loose(norm(w)) for w in name.split())] = Club(known, weak_cues=cues == "any")
    return out


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[tuple[str, ...], bool]]:
    """Side (before, after) -> loose words of each cue -> whether it is strong (`ner_sport_cues.tsv`)."""
    out: dict[str, dict[tuple[str, ...], bool]] = {"before": {}, "after": {}}
    for row in read_rows("rasad.extract", "ner_sport_cues.tsv"):
        cue, side, strength = (c.strip() for c in row[:3])
        if side not in out:
            raise ModelError(f"ner_sport_cues.tsv: {cue} stands {side!r}", hint="before or after")
        out[side][tuple(loose(norm(w)) for w in cue.split())] = strength == "strong"
    return out


@lru_cache(maxsize=1)
def club_firsts() -> frozenset[str]:
    """The loose first words of the clubs' bare names."""
    return frozenset(name[0] for name in clubs())


def club_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(proclitic, loose stem) readings of a normalised word that begin a club's name. The recogniser
    reads them, for every word of every sentence, from the word's record (`wordfacts.WordFacts.club`)."""
    firsts = club_firsts()
    return tuple([(p, s) for p, s in loose_readings(word) if s in firsts and not p.endswith("ال")])


def _club_at(words: Sequence[Word], i: int, readings: tuple[tuple[str, str], ...]) -> tuple[int, str, Club] | None:
    """(index after the name, proclitic, club) of a club's bare name that begins at words[i], whose
    `club_readings` are `readings`."""
    table = clubs()
    for prefix, stem in readings:
        for size in (3, 2, 1):
            key = (stem, *(loose(w.norm) for w in words[i + 1 : i + size]))
            if len(key) == size and key in table:
                return i + size, prefix, table[key]
    return None


def _cue(words: Sequence[Word], i: int, end: int) -> bool | None:
    """None without a cue right before words[i] or right after words[end - 1], else whether one is strong."""
    cues = _cues()
    found: list[bool | None] = []
    for size in (2, 1):
        if i - size >= 0:
            tail = tuple(loose(w.norm) for w in words[i - size + 1 : i])
            found += [cues["before"].get((stem, *tail)) for _, stem in loose_readings(words[i - size].norm)]
        if end + size <= len(words):
            found.append(cues["after"].get(tuple(loose(w.norm) for w in words[end : end + size])))
    read = [strong for strong in found if strong is not None]
    return any(read) if read else None


def _is_score(words: Sequence[Word], i: int, step: int) -> bool:
    """Whether a score line (2-1، 2 - 1، (2-1)) begins at words[i] going `step` (1 on, -1 back)."""
    got: list[str] = []
    while 0 <= i < len(words) and len(got) < 3:
        w = words[i].norm
        if w in _BRACKETS and not got:
            i += step
            continue
        got.append(w)
        if len(got) == 1 and _SCORE.fullmatch(w):
            return True
        i += step
    return len(got) == 3 and got[0].isdigit() and got[1] in _DASHES and got[2].isdigit()


def _name_goes_on(words: Sequence[Word], end: int) -> bool:
    """Whether the word after a name may go on with it (أمام الاتحاد القومي للأسلحة): a word with the article that
    is no nationality (الهلال السعودي is the club). A weak cue reads no such name."""
    after = words[end].norm if end < len(words) else ""
    return after.startswith(_ARTICLE) and loose(after) not in demonyms()


def _within(f: Found, club: Found, words: Sequence[Word]) -> bool:
    """Whether a name overlaps the club's and reaches beyond it over score words only."""
    beyond = [*words[min(f.first, club.first) : club.first], *words[club.last : max(f.last, club.last)]]
    return f.first < club.last and club.first < f.last and all(map(_in_score, beyond))


def _in_score(word: Word) -> bool:
    return word.norm.isdigit() or word.norm in _DASHES or _SCORE.fullmatch(word.norm) is not None


def sport_clubs(text: str, words: Sequence[Word], found: list[Found], readings: Sequence[tuple[tuple[str, str], ...]]) -> list[Found]:
    """The names found, with each club's bare name in sport context read as the club (module doc);
    `readings`: each word's `club_readings`."""
    starts = list(compress(range(len(words)), readings))  # in C
    if not starts:
        return found
    out = list(found)
    last_club = -1  # the index after the last name read as a club
    for i in starts:
        hit = _club_at(words, i, readings[i])
        if hit is None:
            continue
        end, prefix, club = hit
        strong = _cue(words, i, end)
        weakly = strong is False and club.weak_cues and not _name_goes_on(words, end)
        cued = bool(strong) or weakly or _is_score(words, end, 1) or _is_score(words, i - 1, -1)
        if not cued and not (i == last_club and prefix.startswith(_AND)):
            continue
        span = Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end)
        read = _as_club(out, words, Found(i, end, span, "ORG", "pattern", club.entry))
        if read is not None:
            out, last_club = read, end
    return sorted(out, key=lambda f: f.first)


def _as_club(found: list[Found], words: Sequence[Word], club: Found) -> list[Found] | None:
    """`found` with `club` in place of the names within it (or reaching beyond it over a score only: the
    tagger's "الاتحاد 2-1"); None where a name reaches beyond it into words (الهلال الأحمر)."""
    inside = [f for f in found if _within(f, club, words)]
    if any(f.first < club.last and club.first < f.last for f in found if f not in inside):
        return None
    same = inside[0] if len(inside) == 1 else None
    if same is not None and (same.first, same.last, same.type) == (club.first, club.last, "ORG") and (club.kb is None or same.kb == club.kb):
        return [f for f in found if f is not same] + [same if same.kb is not None else replace(same, kb=club.kb)]
    return [f for f in found if f not in inside] + [club]
