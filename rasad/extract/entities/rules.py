"""Names found by rule where the tagger misses them, and a verb it takes for a name.

- Acronyms read letter by letter that the KB does not know (`letters`): ORG.
- State outlets named by what they are (`ner_state_media.tsv`): a medium, a
  nationality adjective and maybe a qualifier, in either order (التلفزيون
  الرسمي التركي); with a qualifier, the country's outlet of `kb/state_media.tsv`.
- Institutions every state has, named by what they are (`ner_institutions.tsv`:
  الدفاع المدني، محكمة أمن الدولة), with the nationality after them (الديوان الملكي
  الأردني); some only with it (الحكومة الأردنية, not a bare الحكومة).
- A proper name right after a head noun (`ner_place_heads.tsv`): منطقة قابي
  قوله, صحيفة "الغد", or quoted (منطقة "قابي قوله"). Unquoted, the first word
  must look like a name, not an adjective or a verb (`name_like`); after an
  outlet's head (`rare` heads: قناة، صحيفة) only rare words go on with it, an
  outlet being followed by what it reported (صحيفة نوفاريو تقريرا). A head
  written with a hamza where the head has none is another word (وأدى is not
  وادي).
- A lone given name the tagger finds at the start of a sentence, glued to و or
  ف, is a verb there: وعزت قناة… ("and [the channel] attributed"), a person
  named by the given name alone being much rarer than a verb-first sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from rasad.arabic.clitics import light, segment, word_freq
from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.kb import QUOTES, KBEntry, alias_index, alias_key, demonyms, entry, loose, loose_readings
from rasad.extract.entities.letters import is_letter, letter_runs
from rasad.extract.entities.memo import Memo, memo
from rasad.extract.entities.patterns import (
    given_names,
    hamza_clash,
    head_type,
    is_demonym,
    is_not_name,
    not_names,
    stop_words,
    title_kind,
)
from rasad.extract.entities.words import Word, stem_span, strip_clitics

# A first word seen this often in the news (light form) is a common word, not a place's name.
MAX_NAME_FREQ = 300
# After an outlet's head, a later word seen this often ends its name (تقريرا، خفضت; not ديلا سيرا).
MAX_RARE_FREQ = 100
MAX_PLACE_WORDS = 3
MAX_QUOTED_WORDS = 4
_NORM = attrgetter("norm")
# The proclitics a rule's first word may carry (no article: the phrases have theirs).
PLAIN_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"})


@dataclass(frozen=True, slots=True)
class Named:
    """A name a rule found: words [first, last), its span, type and KB entry."""

    first: int
    last: int
    span: Span
    type: str
    kb: KBEntry | None = None


@memo(300_000)
def _proclitic_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(proclitic, stem) readings of a word without the article taken off (every rule reads every
    word's, so they are kept per word)."""
    return tuple((p, s) for p, s in strip_clitics(word) if p in PLAIN_PROCLITICS)


@memo(300_000)
def _loose_stems(word: str) -> frozenset[str]:
    """The loose forms of a word's stems (`_phrase_readings`): a word none of
    whose stems begins a listed phrase is passed over at the cost of one look-up."""
    readings = zip(strip_clitics(word), loose_readings(word), strict=True)
    return frozenset(folded for (p, s), (_, folded) in readings if phrase_reading(p, s))


def phrase_reading(prefix: str, stem: str) -> bool:
    """Whether a (proclitic, stem) reading may begin a listed phrase: a plain proclitic, or لل before
    the article (للتلفزيون)."""
    return prefix in PLAIN_PROCLITICS or prefix.endswith("لل") and stem.startswith("ال")


# --- acronyms ------------------------------------------------------------------------------------


def acronyms(text: str, words: Sequence[Word], taken: Sequence[bool], firsts: Sequence[str] | None = None) -> tuple[list[Named], list[range]]:
    """Letter-name acronyms in words not `taken` by other names, and the word ranges of those that
    name things: one a number follows (إف 16 is a jet, إس 400 a missile) or one listed as a common
    noun (جي بي إس, بي سي آر), which no name the tagger finds may hold either. `firsts`: each word's
    `letter_stem`, when the caller has them (`wordfacts`)."""
    if firsts is None:
        firsts = list(map(letter_stem.__getitem__, map(_NORM, words)))  # dict reads (`memo`), in C
    names: list[Named] = []
    things: list[range] = []
    if sum(map(bool, firsts)) < 2:
        return names, things
    for first, last in letter_runs(words, firsts):
        letters = [w for w in words[first:last] if w.norm != "."]
        listed = tuple(loose(w.norm) for w in letters) in not_names() or is_not_name(
            letters
        )  # إل سي دي: إل is no article
        if (last < len(words) and words[last].norm[:1].isdigit()) or listed:
            things.append(range(first, last))
        elif not any(taken[first:last]):
            prefix = words[first].norm[: len(words[first].norm) - len(firsts[first])]
            span = Span(stem_span(text, words[first], prefix).start, words[last - 1].span.end)
            names.append(Named(first, last, span, "ORG"))
    return names, things


@memo(300_000)
def letter_stem(word: str) -> str:
    """The word's stem when it is a letter's name (إس، وإف), else ""."""
    return next((s for _, s in _proclitic_readings(word) if is_letter(s)), "")


# --- state outlets -------------------------------------------------------------------------------


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
        starts = list(map(starts_medium().__getitem__, map(_NORM, words)))  # dict reads (`memo`), in C
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
                word = loose(words[end].norm)
                if word in qualifiers:
                    qualified = True
                elif country is None and word in demonyms():
                    country = demonyms()[word]
                else:
                    break
                end += 1
            if country is None:
                continue
            kb = entry(_state_outlets().get((kind, country), "")) if qualified else None
            return Named(i, end, Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), "ORG", kb)
    return None


# --- institutions --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _institution_table() -> dict[tuple[str, ...], bool]:
    """Loose word tuples of `ner_institutions.tsv` -> whether a nationality must follow."""
    return {tuple(loose(norm(w)) for w in r[0].split()): r[1].strip() == "country"
            for r in read_rows("rasad.extract", "ner_institutions.tsv")}


def institutions(text: str, words: Sequence[Word], starts: Sequence[bool] | None = None) -> list[Named]:
    """Institutions named by what they are, with the nationality after them (module doc); `starts`:
    each word's `starts_institution`, when the caller has them (`wordfacts`)."""
    table = _institution_table()
    sizes = range(max(map(len, table), default=0), 0, -1)
    if starts is None:
        starts = list(map(starts_institution().__getitem__, map(_NORM, words)))  # dict reads (`memo`), in C
    return _non_overlapping(
        starts, lambda i: next((n for n in (_institution_at(text, words, i, size, table) for size in sizes) if n), None)
    )


def _institution_at(text: str, words: Sequence[Word], i: int, size: int, table: dict[tuple[str, ...], bool]) -> Named | None:
    if i + size > len(words):
        return None
    for prefix, stem in _phrase_readings(words[i].norm):
        needs_country = table.get((loose(stem), *(loose(w.norm) for w in words[i + 1 : i + size])))
        if needs_country is None:
            continue
        end = i + size
        while end < len(words) and end - i - size < 2 and loose(words[end].norm) in demonyms():
            end += 1
        if needs_country and end == i + size:
            return None
        return Named(i, end, Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), "ORG")
    return None


def _phrase_readings(word: str) -> tuple[tuple[str, str], ...]:
    """The (proclitic, stem) readings a listed phrase may begin with (`phrase_reading`): the plain ones, then
    ل + the article with its alef elided (للتلفزيون، للمجلس الوزاري)."""
    lil = tuple((p, s) for p, s in strip_clitics(word) if p.endswith("لل") and s.startswith("ال"))
    return _proclitic_readings(word) + lil


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


# --- places after a head noun --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Head:
    """A head noun of `ner_place_heads.tsv`: as written, the type it gives, whether only rare
    words go on with the name after it, and whether the name is mentioned without it."""

    written: str
    type: str
    rare: bool
    bare: bool = False


@lru_cache(maxsize=1)
def place_heads() -> dict[str, Head]:
    rows = read_rows("rasad.extract", "ner_place_heads.tsv")
    return {loose(norm(r[0].strip())): Head(r[0].strip(), r[1].strip(), r[2:3] == ["rare"], r[2:3] == ["bare"]) for r in rows}


def mentioned_bare(head: str, name: str) -> bool:
    """Whether a place written `head name` is mentioned as `name` alone: the head is a `bare` one and
    the name is a place of its own, a KB place or a word rare in the news (خور الزبير، أنتيغوا), not a
    common word the head makes a name of (منطقة اليورو، مدينة الملك عبدالله، منطقة التجارة الحرة)."""
    found = place_head(norm(head))
    if found is None or not found[1].bare or not name:
        return False
    known = alias_index()[0].get(alias_key(name))
    if known is not None:
        place = entry(known)
        return place is not None and place.type in ("GPE", "LOC")
    return word_freq().get(light(name.split()[0]), 0) < MAX_NAME_FREQ


@memo(300_000)
def place_head(word: str) -> tuple[str, Head] | None:
    """(proclitic, head) when a word is a head noun, indefinite (منطقة، ومنطقة; not المنطقة)."""
    heads = place_heads()
    for prefix, stem in loose_readings(word):
        head = heads.get(stem) if prefix in PLAIN_PROCLITICS else None
        if head:
            return prefix, head
    return None


def name_like(surface: str, *, first: bool) -> bool:
    """Whether a word after a place head reads as a name: not a function word, title, nationality,
    given name or head noun, not definite, without a preposition or conjunction glued to it
    (منطقة لتناول الطعام، مطار شانغي وأرفقها; a name that starts like one, لحج، is missed). The
    first word must also carry no pronoun (منطقة موطنه) and not be a common word, an adjective or a
    verb (`_common_first`)."""
    word = norm(surface)
    if len(word) < 3 or not word.isalpha() or word.startswith("ال") or word in stop_words():
        return False
    if title_kind(word) is not None or is_demonym(word) or word in given_names() or head_type(word) is not None:
        return False
    prefix, _, suffix = segment(surface)
    return not prefix and (not first or not (suffix or _common_first(light(surface))))


def _common_first(form: str) -> bool:
    """A first word that is a common word (seen MAX_NAME_FREQ times), feminine (ة، ات), an adjective
    (حدودي: حدودية is attested) or a verb of a relative clause: a present tense whose other person
    is attested (تبعد: يبعد), a past feminine whose masculine is (شهدت: شهد)."""
    freq = word_freq()
    if freq.get(form, 0) >= MAX_NAME_FREQ or form.endswith(("ة", "ات")) or form + "ة" in freq:
        return True
    swapped = {"ت": "ي", "ي": "ت"}.get(form[:1])
    return bool(swapped and swapped + form[1:] in freq) or (form.endswith("ت") and form[:-1] in freq)


def place_names(
    text: str, words: Sequence[Word], taken: Sequence[bool], heads: Sequence[tuple[str, Head] | None] | None = None
) -> list[Named]:
    """Place names right after a head noun (module doc), head included, in words not `taken`;
    `heads`: each word's `place_head`, when the caller has them (`wordfacts`)."""
    out: list[Named] = []
    if heads is None:
        heads = list(map(place_head.__getitem__, map(_NORM, words)))  # dict reads (`memo`), in C
    heads = heads[:-1]  # a head needs a word after it
    after = 0
    for i in compress(count(), heads):  # most words are no head: only the others are tried
        head = heads[i]
        if head is None or i < after or taken[i]:
            continue
        prefix, noun = head
        if hamza_clash(text[words[i].span.start : words[i].span.end], noun.written):
            continue
        end = _place_end(text, words, i + 1, taken, rare=noun.rare)
        if end is None:
            continue
        out.append(Named(i, end, Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), noun.type))
        after = end
    return out


def _place_end(text: str, words: Sequence[Word], start: int, taken: Sequence[bool], *, rare: bool = False) -> int | None:
    """Index after the name that begins at words[start] (a quoted name with its quotes), or None;
    with `rare`, later words go in only when rare (module doc)."""

    def surface(k: int) -> str:
        return text[words[k].span.start : words[k].span.end]

    if words[start].norm in QUOTES:
        close = next(
            (k for k in range(start + 1, min(len(words), start + MAX_QUOTED_WORDS + 2)) if words[k].norm in QUOTES),
            None,
        )
        inner = range(start + 1, close) if close else range(0)
        if close is None or not inner or any(taken[k] or not surface(k).isalpha() for k in inner):
            return None
        return close + 1
    if taken[start] or not name_like(surface(start), first=True):
        return None
    if start + 1 < len(words) and not taken[start + 1] and _definite_name_part(words[start + 1].norm):
        return start + 2  # حوض اليرموك، مزارع الطايف: a noun and the definite name it is of
    end = start + 1
    while (
        end < len(words) and end - start < MAX_PLACE_WORDS and not taken[end] and name_like(surface(end), first=False)
    ):
        seen = word_freq().get(light(surface(end)), 0)
        if seen >= MAX_RARE_FREQ if rare else (seen >= MAX_NAME_FREQ and not _ends_name(words, end + 1)):
            break  # a common word goes in only where the name plainly ends after it (قابي قوله على)
        end += 1
    return end


def _definite_name_part(word: str) -> bool:
    """A definite word that can end a place's name (اليرموك), not an adjective agreeing with it
    (الحدودية، الشرقي، الواقعة) nor a nationality."""
    if not word.startswith("ال") or len(word) < 5 or word in stop_words() or is_demonym(word):
        return False
    return not word.endswith(("ي", "يه", "ه", "ات", "ين", "ون"))


def _ends_name(words: Sequence[Word], k: int) -> bool:
    return k >= len(words) or (words[k].is_punct and words[k].norm not in QUOTES) or words[k].norm in stop_words()


# --- verbs read as names -------------------------------------------------------------------------


def verb_not_person(text: str, words: Sequence[Word], first: int, last: int, name_start: int) -> bool:
    """Whether a one-word person the tagger found is a sentence-initial verb (module doc): a given
    name after و or ف, nothing but punctuation before it, a word after it."""
    if last - first != 1 or any(not w.is_punct for w in words[:first]) or last >= len(words) or words[last].is_punct:
        return False
    conj = norm(text[words[first].span.start : name_start])
    return conj in ("و", "ف") and words[first].norm[len(conj) :] in given_names()
