"""Light, lexicon-checked clitic segmentation of Arabic words.

`segment(word)` splits a word into (prefix, stem, suffix): proclitics و ف
(conjunctions), ب ل ك (prepositions), س (future, only before an imperfective
verb) and the article ال (with ل + ال written لل), and one pronoun enclitic
(ه ها هم هما هن كم كما كن نا ي ك). Every part is normalised like `norm`.

A letter is only split off when the rest is a word in its own right, so
بغداد and لبنان stay whole:
- the rest must be attested in the word-frequency list (word_freq.tsv.gz,
  made by `python -m rasad.arabic.build_lexicon` from a news corpus) at
  least MIN_FREQ times, and not be far rarer than the whole word
  (PREFIX_RATIO: "بنان" is rare where "لبنان" is common);
- or the rest starts with the article and is long enough (والحلاني);
- words listed in no_prefix.tsv (كما، كان، والد…) keep their first letters,
  words in no_suffix.tsv (الله، ذلك، هناك…) their last ones.
A pronoun suffix is split when the stem is attested, not far rarer than the
word (SUFFIX_RATIO: وج|ه) and takes at least one other pronoun in the list
(كتابه next to كتابهم), or when it is a feminine
noun whose ة became ت (حكومتها -> حكومة + ها). The ambiguous ي and ك (nisba
adjectives وطني، عربي; nouns بنك، ملك) are split only in that feminine case
or after the hosts of pronoun_hosts.tsv (معي، عندك). When several analyses
pass, the longest prefix is taken for each suffix and the analysis with the
best-attested stem wins.

The stem is given in its dictionary spelling: ت of a feminine noun is
restored (حكومتها -> stem حكومه) and so is final ى (مستواه -> مستوي), so
stems match the lexicon keys of the bare word. Pass the surface word, not a
normalised one: hamza and ة are what tell أل (ألمانيا) from the article and
a feminine noun from a pronoun ه.
"""

from __future__ import annotations

from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import _table, dense_table, norm

MIN_FREQ = 3
PREFIX_RATIO = 0.05
SUFFIX_RATIO = 0.05
LEXICON_FILE = "word_freq.tsv.gz"

_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"
_FUTURE = "س"
_IMPERFECTIVE = "يتنأ"  # a bare ا here is more often ال (سالم) than أ
_ARTICLE = "ال"
_KEPT_LETTERS = "أإآىة"  # kept by the light form: they decide clitic questions


@lru_cache(maxsize=1)
def _light_table() -> list[int | str]:
    """The `norm` table without the folds that lose hamza, ى and ة (dense: `dense_table`)."""
    return dense_table({code: rep for code, rep in _table().items() if chr(code) not in _KEPT_LETTERS})


def light(word: str) -> str:
    """Diacritics, tatweel and controls removed; hamza, ى and ة kept."""
    return word.translate(_light_table())


@lru_cache(maxsize=1)
def word_freq() -> dict[str, int]:
    """Light form -> corpus frequency, from the shipped lexicon (python -m rasad.arabic.build_lexicon)."""
    return {word: int(count) for word, count in read_rows("rasad.arabic", LEXICON_FILE)}


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    no_prefix = normalised_lines("rasad.arabic", "no_prefix.tsv")
    no_suffix = normalised_lines("rasad.arabic", "no_suffix.tsv")
    hosts = normalised_lines("rasad.arabic", "pronoun_hosts.tsv")
    suffixes = tuple(
        sorted((row[0].strip() for row in read_rows("rasad.arabic", "enclitics.tsv")), key=len, reverse=True)
    )
    return no_prefix, no_suffix, hosts, suffixes


def segment(word: str) -> tuple[str, str, str]:
    """(prefix, stem, suffix) of one word, each normalised; prefix + stem + suffix need
    not equal `norm(word)` exactly (the stem is restored, see the module doc)."""
    return _segment_light(word.translate(_light_table()))  # `light`, read once for every new word


@lru_cache(maxsize=100_000)
def _segment_light(word: str) -> tuple[str, str, str]:
    """The word whole unless a split is vouched for. For each possible suffix the
    longest valid prefix is taken (و|ب|حسب over و|بحسب); between suffixes, the
    analysis whose stem is best attested wins (كل|ها over ك|لها)."""
    if word[:1] not in _prefix_forms() and word[-1:] not in _suffixes_by_last():
        return "", norm(word), ""  # no proclitic begins it and no pronoun ends it: nothing to split
    prefixes = _matching_prefixes(word)
    suffixes = _matching_suffixes(word)
    if len(prefixes) == 1 and len(suffixes) == 1:  # only the empty ones: nothing to split either
        return "", norm(word), ""
    best: tuple[int, int, int, str, int] | None = None
    folded = _Folded(word)
    for suffix in suffixes:
        # the word whole (no proclitic, no suffix; the last prefix) is no split to vouch for
        for written, prefix in prefixes if suffix else prefixes[:-1]:
            cut = len(written)
            stem = _valid_stem(folded, prefix, cut, suffix)
            if stem is None:
                continue
            score = (_stem_freq(stem), cut + len(suffix), cut, stem, len(word) - len(suffix))
            if best is None or score[:2] > best[:2]:
                best = score
            break
    if best is None:
        return "", folded.whole, ""
    _, _, cut, stem, end = best
    # The stem is a slice of the word unless its spelling was restored (حكومت -> حكومة).
    return folded.part(0, cut), folded.part(cut, end) if stem == word[cut:end] else norm(stem), folded.part(end)


class _Folded:
    """A light word and its `norm` form, whose parts the lexicon checks read. On a light word
    `norm` only folds hamza, ى and ة, letter for letter, so a part's `norm` is a slice of the
    whole's: one translation per word instead of one per check (the first pass over new text
    segments tens of thousands of words)."""

    __slots__ = ("word", "whole", "_aligned")

    def __init__(self, word: str) -> None:
        self.word = word
        self.whole = norm(word)
        self._aligned = len(self.whole) == len(word)  # a lower-casing that adds a letter (İ) breaks it

    def part(self, start: int, end: int | None = None) -> str:
        """`norm(word[start:end])`."""
        return self.whole[start:end] if self._aligned else norm(self.word[start:end])


@lru_cache(maxsize=1)
def _prefix_forms() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Every proclitic sequence, written and as its clitics ("وبال", ("و", "ب", "ال")), by
    first letter, longest first."""
    forms: list[tuple[str, ...]] = []
    for conj in ("", *_CONJUNCTIONS):
        for middle in ("", *_PREPOSITIONS, _FUTURE):
            for article in ("", _ARTICLE):
                if middle == _FUTURE and article:
                    continue
                parts = tuple(p for p in (conj, middle, article) if p)
                if parts[-2:] == ("ل", _ARTICLE):
                    parts = (*parts[:-2], "لل")  # ل + ال is written لل
                if parts:
                    forms.append(parts)
    forms.sort(key=lambda parts: -len("".join(parts)))
    return {letter: tuple(("".join(f), f) for f in forms if f[0][0] == letter) for letter in {f[0][0] for f in forms}}


def _matching_prefixes(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """The proclitic sequences `word` starts with, written and as clitics, longest first, the
    empty one last."""
    candidates = _prefix_forms().get(word[:1], ())
    return [*(form for form in candidates if word.startswith(form[0])), ("", ())]


def _matching_suffixes(word: str) -> list[str]:
    return ["", *(s for s in _suffixes_by_last().get(word[-1:], ()) if word.endswith(s))]


@lru_cache(maxsize=1)
def _suffixes_by_last() -> dict[str, tuple[str, ...]]:
    """The pronoun suffixes by last letter, each letter's in the order of the list (longest first)."""
    suffixes = _lists()[3]
    return {letter: tuple(s for s in suffixes if s.endswith(letter)) for letter in {s[-1] for s in suffixes if s}}


def _valid_stem(folded: _Folded, prefix: tuple[str, ...], p: int, suffix: str) -> str | None:
    """The stem's dictionary spelling if this split of the word (proclitics `prefix`, `p` letters
    long, and `suffix`) is vouched for, else None."""
    no_prefix, no_suffix, hosts, suffixes = _lists()
    word = folded.word
    end = len(word) - len(suffix)
    base = word[p:end]
    if len(base) < 2 or (not prefix and not suffix):
        return None
    if suffix and prefix and prefix[-1] in (_ARTICLE, "لل"):
        return None  # no pronoun after the article
    # A listed word keeps its letters, wherever it stands in the split.
    starts = _part_starts(prefix)
    if any(folded.part(k) in no_prefix or folded.part(k, end) in no_prefix for k in starts):
        return None
    if suffix and (folded.part(p) in no_suffix or folded.whole in no_suffix or folded.part(p, end) in no_suffix):
        return None
    if prefix and not _prefix_ok(word, prefix, base, suffix):
        return None
    if suffix:
        return _suffix_stem(word[p:], base, suffix, hosts, suffixes)
    return base


@lru_cache(maxsize=256)
def _part_starts(prefix: tuple[str, ...]) -> tuple[int, ...]:
    """Where each clitic of a proclitic sequence starts in its written form (a few dozen sequences)."""
    return tuple(len("".join(prefix[:i])) for i in range(len(prefix)))


def _prefix_ok(word: str, prefix: tuple[str, ...], base: str, suffix: str) -> bool:
    if prefix[-1] in (_ARTICLE, "لل"):
        return True  # the article vouches for itself (والحلاني)
    if base.startswith(_ARTICLE) and len(base) >= 4:
        return False  # the article must be split too: و|ال|حكومة, not و|الحكومة
    if prefix[-1] == _FUTURE and (len(base) < 3 or base[0] not in _IMPERFECTIVE):
        return False
    freq = word_freq()
    restored = _restored(base, suffix) if suffix else None
    seen = max(_stem_freq(base), _stem_freq(restored) if restored else 0)
    unsuffixed = word[: len(word) - len(suffix)]
    whole_restored = _restored(unsuffixed, suffix) if suffix else None
    whole = max(freq.get(word, 0), freq.get(unsuffixed, 0), freq.get(whole_restored, 0) if whole_restored else 0)
    return seen >= MIN_FREQ and seen >= PREFIX_RATIO * whole


def _suffix_stem(word: str, base: str, suffix: str, hosts: frozenset[str], suffixes: tuple[str, ...]) -> str | None:
    """The stem before pronoun `suffix` in `word` (proclitics removed), or None."""
    restored = _restored(base, suffix)
    if restored is not None and _stem_freq(restored) >= MIN_FREQ:
        return restored
    if suffix in ("ي", "ك"):
        return base if norm(base) in hosts else None
    if suffix == "نا" and base.endswith("ا"):
        return None  # أحيانا، كانا: an accusative or dual ending, not "our"
    seen = _stem_freq(base)
    if seen < MIN_FREQ or seen < SUFFIX_RATIO * word_freq().get(word, 0):
        return None
    freq = word_freq()
    others = (s for s in suffixes if s not in (suffix, "ي", "ك"))
    return base if any(freq.get(base + s, 0) >= MIN_FREQ for s in others) else None


def _restored(base: str, suffix: str) -> str | None:
    """The dictionary spelling of a stem written differently before a suffix."""
    if base.endswith("ت"):
        return base[:-1] + "ة"  # حكومت|ها -> حكومة
    if suffix in ("ي", "ك", "نا") or len(base) < 3:
        return None  # ى is not restored before these: انتها|ك, أحيا|نا are whole words
    if base.endswith(("ا", "ي")):
        return base[:-1] + "ى"  # مستوا|ه -> مستوى, علي|ه -> على
    return None


def _stem_freq(stem: str) -> int:
    """How often the stem is seen alone or with the article."""
    freq = word_freq()
    return freq.get(stem, 0) + freq.get(_ARTICLE + stem, 0)
