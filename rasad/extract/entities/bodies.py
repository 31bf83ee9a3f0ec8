"""Bodies named by what they are, found by rule where the tagger misses them.

- State outlets (`ner_state_media.tsv`): a medium, a nationality adjective and
  maybe a qualifier, in either order (التلفزيون الرسمي التركي); with a qualifier,
  the country's outlet of `kb/state_media.tsv`.
- Institutions every state has (`ner_institutions.tsv`: الدفاع المدني، محكمة أمن
  الدولة), with the nationality after them (الديوان الملكي الأردني); some only
  with it (الحكومة الأردنية, not a bare الحكومة).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import compress, count

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.kb import demonym_at, entry, loose, loose_readings
from rasad.extract.entities.memo import Memo, memo
from rasad.extract.entities.rules import Named, phrase_reading, proclitic_readings
from rasad.extract.entities.words import WORD_NORM, Word, stem_span, strip_clitics


@memo(300_000)
def _loose_stems(word: str) -> frozenset[str]:
    """The loose forms of a word's stems (`_phrase_readings`): a word none of
    whose stems begins a listed phrase is passed over at the cost of one look-up."""
    readings = zip(strip_clitics(word), loose_readings(word), strict=True)
    return frozenset(folded for (p, s), (_, folded) in readings if phrase_reading(p, s))


@lru_cache(maxsize=1)
def _media_table() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    """Loose head word tuples -> kind, and the loose qualifiers."""
    heads: dict[tuple[str, ...], str] = {}
    qualifiers: set[str] = set()
    for row in read_rows("rasad.extract", "ner_state_media.tsv"):
        phrase, kind = tuple(loose(norm(w)) for w in row[0].split()), row[1].strip()
        if kind == "qualifier":
            qualifiers.update(phrase)
        else:
            heads[phrase] = kind
    return heads, frozenset(qualifiers)


@lru_cache(maxsize=1)
def _state_outlets() -> dict[tuple[str, str], str]:
    return {(r[0].strip(), r[1].strip()): r[2].strip() for r in read_rows("rasad.extract", "kb/state_media.tsv")}


def state_media(text: str, words: Sequence[Word], starts: Sequence[bool] | None = None) -> list[Named]:
    """State outlets named by what they are (module doc); `starts`: each word's `starts_medium`, when
    the caller has them (`wordfacts`)."""
    heads, qualifiers = _media_table()
    if starts is None:
        starts = list(map(starts_medium().__getitem__, map(WORD_NORM, words)))  # dict reads (`memo`), in C
    return _non_overlapping(starts, lambda i: _state_medium_at(text, words, i, heads, qualifiers))


def _state_medium_at(
    text: str, words: Sequence[Word], i: int, heads: dict[tuple[str, ...], str], qualifiers: frozenset[str]
) -> Named | None:
    for prefix, stem in _phrase_readings(words[i].norm):
        for size in (2, 1):
            head = (loose(stem), *(loose(w.norm) for w in words[i + 1 : i + size]))
            kind = heads.get(head) if len(head) == size else None
            if kind is None:
                continue
            end, country, qualified = i + size, None, False
            while end < len(words) and end - i - size < 3:
                after, nation = _nationality_at(words, end) if country is None else (end, None)
                if loose(words[end].norm) in qualifiers:
                    end, qualified = end + 1, True
                elif nation:
                    end, country = after, nation
                else:
                    break
            if country is None:
                continue
            kb = entry(_state_outlets().get((kind, country), "")) if qualified else None
            return Named(i, end, Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), "ORG", kb)
    return None


def _nationality_at(words: Sequence[Word], j: int) -> tuple[int, str | None]:
    """`demonym_at` over the words from j: (index after the nationality adjective, its country)."""
    after, country = demonym_at([w.norm for w in words[j : j + 2]], 0)
    return j + after, country


# --- institutions --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _institution_table() -> dict[tuple[str, ...], str]:
    """Loose word tuples of `ner_institutions.tsv` -> their kind: optional (a nationality may follow),
    country (one must) or national (one must, and the name is the nation's own body)."""
    return {tuple(loose(norm(w)) for w in r[0].split()): r[1].strip() for r in read_rows("rasad.extract", "ner_institutions.tsv")}


@lru_cache(maxsize=1)
def _institution_sizes() -> range:
    """The lengths in words a listed institution may have, longest first."""
    return range(max(map(len, _institution_table()), default=0), 0, -1)


def institutions(text: str, words: Sequence[Word], starts: Sequence[bool] | None = None) -> list[Named]:
    """Institutions named by what they are, with the nationality after them (module doc); `starts`:
    each word's `starts_institution`, when the caller has them (`wordfacts`)."""
    table = _institution_table()
    sizes = _institution_sizes()
    if starts is None:
        starts = list(map(starts_institution().__getitem__, map(WORD_NORM, words)))  # dict reads (`memo`), in C
    return _non_overlapping(
        starts, lambda i: next((n for n in (_institution_at(text, words, i, size, table) for size in sizes) if n), None)
    )


def _institution_at(
    text: str, words: Sequence[Word], i: int, size: int, table: dict[tuple[str, ...], str]
) -> Named | None:
    if i + size > len(words):
        return None
    for prefix, stem in _phrase_readings(words[i].norm):
        kind = table.get((loose(stem), *(loose(w.norm) for w in words[i + 1 : i + size])))
        if kind is None:
            continue
        end = i + size
        while end < len(words) and end - i - size < 2 and (after := _nationality_at(words, end)[0]) > end:
            end = after
        if kind != "optional" and end == i + size:
            return None
        return Named(i, end, Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), "ORG")
    return None


def is_national(words: Sequence[Word], named: Named) -> bool:
    """Whether an institution `institutions` found is a `national` row and its nationality: the nation's
    own body, which a KB name inside it does not stand for (الهلال الأحمر الليبي is Libya's society,
    not the movement's entry that الهلال الأحمر reads; الصليب الأحمر الإندونيسي is not the ICRC)."""
    table = _institution_table()
    rest = tuple(loose(w.norm) for w in words[named.first + 1 : named.last])
    return any(
        table.get((loose(stem), *rest[:size])) == "national" for _, stem in _phrase_readings(words[named.first].norm) for size in range(len(rest) + 1)
    )


def _phrase_readings(word: str) -> tuple[tuple[str, str], ...]:
    """The (proclitic, stem) readings a listed phrase may begin with (`phrase_reading`): the plain ones, then
    ل + the article with its alef elided (للتلفزيون، للمجلس الوزاري)."""
    lil = tuple((p, s) for p, s in strip_clitics(word) if p.endswith("لل") and s.startswith("ال"))
    return proclitic_readings(word) + lil


@lru_cache(maxsize=1)
def starts_medium() -> Memo[str, bool]:
    return _starts_any(medium_firsts())


@lru_cache(maxsize=1)
def starts_institution() -> Memo[str, bool]:
    return _starts_any(institution_firsts())


@lru_cache(maxsize=1)
def medium_firsts() -> frozenset[str]:
    """The loose first words of the state outlets' heads."""
    return frozenset(phrase[0] for phrase in _media_table()[0])


@lru_cache(maxsize=1)
def institution_firsts() -> frozenset[str]:
    """The loose first words of the institutions' names."""
    return frozenset(phrase[0] for phrase in _institution_table())


def _starts_any(firsts: frozenset[str]) -> Memo[str, bool]:
    """Per word, whether one of its stems is one of the first words `firsts`."""
    return Memo(lambda word: not firsts.isdisjoint(_loose_stems(word)), 300_000)


def _non_overlapping(starts: Sequence[bool], name_at: Callable[[int], Named | None]) -> list[Named]:
    """The names `name_at` finds, left to right, each search starting after the last name, at the
    words that `starts` (one of whose stems begins a listed phrase): the others, nearly all, are
    passed over without a Python call."""
    out: list[Named] = []
    after = 0
    for i in compress(count(), starts):
        if i < after:
            continue
        found = name_at(i)
        if found is not None:
            out.append(found)
            after = found.last
    return out
