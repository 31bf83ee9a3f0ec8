"""Places named right after a head noun, found by rule where the tagger misses them.

A proper name right after a head noun (`ner_place_heads.tsv`): منطقة قابي قوله,
صحيفة "الغد", or quoted (منطقة "قابي قوله"). Unquoted, the first word must look
like a name, not an adjective or a verb (`name_like`); after an outlet's head
(`rare` heads: قناة، صحيفة) only rare words go on with it, an outlet being
followed by what it reported (صحيفة نوفاريو تقريرا). After a `quoted` head (مراسل، موقع)
only a quoted name goes, the quoted words alone, and a KB outlet's own name links to
it (مراسل "العربية": قناة العربية). A head written with a hamza where the head has
none is another word (وأدى is not وادي).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from rasad.arabic.clitics import light, segment, word_freq
from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.kb import QUOTES, KBEntry, alias_index, alias_key, entry, loose, loose_readings
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import given_names, hamza_clash, head_type, is_demonym, stop_words, title_kind
from rasad.extract.entities.rules import PLAIN_PROCLITICS, Named
from rasad.extract.entities.words import WORD_NORM, Word, stem_span

# A first word seen this often in the news (light form) is a common word, not a place's name.
MAX_NAME_FREQ = 300
# After an outlet's head, a later word seen this often ends its name (تقريرا، خفضت; not ديلا سيرا).
MAX_RARE_FREQ = 100
MAX_PLACE_WORDS = 3
MAX_QUOTED_WORDS = 4


@dataclass(frozen=True, slots=True)
class Head:
    """A head noun of `ner_place_heads.tsv`: as written, the type it gives, whether only rare
    words go on with the name after it, and whether the name is mentioned without it."""

    written: str
    type: str
    rare: bool
    bare: bool = False
    quoted: bool = False  # only a quoted name goes with it (مراسل "العربية"): it is none of the name


@lru_cache(maxsize=1)
def place_heads() -> dict[str, Head]:
    rows = read_rows("rasad.extract", "ner_place_heads.tsv")
    return {
        loose(norm(r[0].strip())): Head(r[0].strip(), r[1].strip(), r[2:3] == ["rare"], r[2:3] == ["bare"], r[2:3] == ["quoted"])
        for r in rows
    }


def mentioned_bare(head: str, name: str) -> bool:
    """Whether a place written `head name` is mentioned as `name` alone: the head is a `bare` one and
    the name is a place of its own, a KB place or a word rare in the news (خور الزبير، أنتيغوا), not a
    common word the head makes a name of (منطقة اليورو، مدينة الملك عبدالله، منطقة التجارة الحرة) nor a
    titled person the place is called after (مدينة الامير محمد، its title written without a hamza)."""
    found = place_head(norm(head))
    if found is None or not found[1].bare or not name or title_kind(norm(name.split()[0])) is not None:
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
    return not prefix and (not first or not (suffix or common_word(light(surface))))


def common_word(form: str) -> bool:
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
        heads = list(map(place_head.__getitem__, map(WORD_NORM, words)))  # dict reads (`memo`), in C
    heads = heads[:-1]  # a head needs a word after it
    after = 0
    for i in compress(count(), heads):  # most words are no head: only the others are tried
        head = heads[i]
        if head is None or i < after or taken[i]:
            continue
        prefix, noun = head
        if hamza_clash(text[words[i].span.start : words[i].span.end], noun.written):
            continue
        if noun.quoted and words[i + 1].norm not in QUOTES:
            continue
        end = _place_end(text, words, i + 1, taken, rare=noun.rare)
        if end is None:
            continue
        if noun.quoted:  # the quoted words alone
            out.append(Named(i + 2, end - 1, Span(words[i + 2].span.start, words[end - 2].span.end), noun.type, quoted_outlet(words[i + 2 : end - 1])))
        else:
            out.append(Named(i, end, Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), noun.type))
        after = end
    return out


def quoted_outlet(name: Sequence[Word]) -> KBEntry | None:
    """The KB outlet a quoted name is, written after a medium's head (مراسل "العربية": قناة العربية)."""
    index = alias_index()[0]
    words = tuple(loose(w.norm) for w in name)
    for head in medium_heads():
        known = index.get((head, *words))
        if known is not None:
            return entry(known)
    return None


@lru_cache(maxsize=1)
def medium_heads() -> tuple[str, ...]:
    """The loose heads of a medium's name (speech_brand_heads.tsv rows marked `medium`)."""
    return tuple(loose(norm(r[0].strip())) for r in read_rows("rasad.extract", "speech_brand_heads.tsv") if r[1:2] == ["medium"])


def _place_end(
    text: str, words: Sequence[Word], start: int, taken: Sequence[bool], *, rare: bool = False
) -> int | None:
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
    if taken[start] or not (name_like(surface(start), first=True) or _known_place(surface(start))):
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


def _known_place(surface: str) -> bool:
    """Whether a word with no proclitic is a KB place, though common in the news (ليفربول, named for its
    club as often): after a town's head it is the town (مدينة ليفربول)."""
    if not surface.isalpha() or segment(surface)[0] or place_head(norm(surface)) is not None:
        return False  # مطار مدينة الحديدة: a head, not the town
    known = alias_index()[0].get(alias_key(surface))
    place = entry(known) if known is not None else None
    return place is not None and place.type in ("GPE", "LOC")


def _definite_name_part(word: str) -> bool:
    """A definite word that can end a place's name (اليرموك), not an adjective agreeing with it
    (الحدودية، الشرقي، الواقعة) nor a nationality."""
    if not word.startswith("ال") or len(word) < 5 or word in stop_words() or is_demonym(word):
        return False
    return not word.endswith(("ي", "يه", "ه", "ات", "ين", "ون"))


def _ends_name(words: Sequence[Word], k: int) -> bool:
    return k >= len(words) or (words[k].is_punct and words[k].norm not in QUOTES) or words[k].norm in stop_words()
