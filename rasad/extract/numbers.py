"""Numbers in Arabic news text: digits, written numbers and their mixtures.

Finds "2500", "2,500", "٢٥٠٠", "1.5 مليون", "عشرة", "ثلاثة عشر", "خمسة وعشرون",
"3 آلاف و500" (3500), "مليون و200 ألف", with the approximation written before
them ("نحو"، "أكثر من"، "ما لا يقل عن") or after ("تقريبا"). Ordinals (الثالث)
are not numbers; "أحد"/"إحدى" alone mean "one of" and count only in teens
(أحد عشر). Vague quantities (عشرات، آلاف on their own) are left out: they
state no value. Word lists live in data/number_words.tsv and
data/approximations.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.events.lexicon import durations, units
from rasad.extract.wordscan import PhraseIndex, Word, function_words, scan

_PKG = "rasad.extract"
_DIGITS = re.compile(r"^\d+(?:[.,٫٬]\d+)*$")
_VAGUE_SCALES = frozenset(norm(w) for w in ("آلاف", "ألوف", "ملايين", "مليارات"))
_TEEN_TENS = frozenset(norm(w) for w in ("عشر", "عشرة"))
_PERCENT = norm("بالمئة")
_ARABIC_COMMA = "،"  # U+060C: the list comma, and in many newsrooms the decimal separator too
# Definite forms that name something else far more often than a count: الاثنين is Monday.
_NOT_DEFINITE = frozenset(norm(w) for w in ("اثنين", "اثنان", "احد", "احدي"))


@dataclass(frozen=True, slots=True)
class NumberMatch:
    span: Span  # the number itself, original offsets
    value: float
    approx: str | None = None  # approx, more_than, less_than, at_least, at_most, up_to
    approx_span: Span | None = None
    first: int = 0  # word indices in the scanned words (inclusive)
    last: int = 0
    written: bool = False  # spelled out, at least in part

    @property
    def full_span(self) -> Span:
        """The number with its approximation words."""
        if self.approx_span is None:
            return self.span
        return Span(min(self.span.start, self.approx_span.start), max(self.span.end, self.approx_span.end))

    @property
    def int_value(self) -> int | float:
        return int(self.value) if float(self.value).is_integer() else self.value


@dataclass(frozen=True, slots=True)
class _Element:
    value: float
    kind: str  # n, hundred, scale, fraction, teen_only, digits
    joined: bool  # written with a leading و ("و500")
    word: str


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    """Normalised number word -> (value, kind)."""
    return {norm(r[0].strip()): (float(r[1]), r[2].strip()) for r in read_rows(_PKG, "number_words.tsv")}


@lru_cache(maxsize=1)
def _approx_index() -> PhraseIndex[str]:
    return PhraseIndex((r[0], r[1].strip()) for r in read_rows(_PKG, "approximations.tsv"))


def parse_digits(text: str) -> float | None:
    """"2,500" -> 2500, "1.5" -> 1.5, "2٬500" -> 2500; None when it is not a number."""
    if not _DIGITS.match(text):
        return None
    groups = re.split(r"[,٬]", text)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and "." not in text and "٫" not in text:
        return float("".join(groups))
    if len(groups) == 2 and "." not in text:  # "2,5": a decimal comma
        return float(groups[0] + "." + groups[1])
    text = text.replace("٫", ".").replace(",", "").replace("٬", "")
    try:
        return float(text)
    except ValueError:
        return None


def _comma_decimal(words: Sequence[Word], i: int) -> tuple[_Element, int] | None:
    """"1،7 مليون", "59،7%", "3،000 ريال": digits, the Arabic comma and digits written with no space between.
    What follows decides: before a scale word or a percent the comma is decimal ("2،854 مليون طن"); three digits
    after it before any other word are thousands, fewer before a measure unit a decimal ("1،8 كلم"); else it is
    a list ("44،72"، "3، 4 و5") and is not read as one number."""
    if i + 2 >= len(words):
        return None
    left, comma, right = words[i], words[i + 1], words[i + 2]
    if comma.text != _ARABIC_COMMA or left.end != comma.start or comma.end != right.start:
        return None
    if not (left.text.isdigit() and right.text.isdigit()) or len(left.text) > 3:
        return None
    if i + 4 < len(words) and words[i + 3].text == _ARABIC_COMMA and words[i + 3].start == right.end:
        return None  # "1958،1962،1966": a list
    after = what_follows(words, i + 3)
    if after == "scale" or (after == "unit" and len(right.text) != 3):
        value = float(f"{left.text}.{right.text}")
    elif len(right.text) == 3 and after != "none":
        value = float(left.text + right.text)
    else:
        return None
    return _Element(value, "digits", False, left.text + "." + right.text), i + 2


def what_follows(words: Sequence[Word], k: int) -> str:
    """scale (a scale word or a percent sign), unit (a measure unit), word, or none (punctuation, the end)."""
    if k >= len(words):
        return "none"
    if words[k].text == "%":
        return "scale"
    if not words[k].is_word:
        return "none"
    element = _element(words[k])
    if element is not None and element.kind == "scale" or _PERCENT in words[k].forms:
        return "scale"
    return "unit" if units().match_at(words, k) is not None else "word"


def definite_number(word: Word) -> float | None:
    """The value of a cardinal written with the article, as an adjective after what it counts ("القتلى
    الثلاثة"، "الدول الخمس"), else None. الاثنين (Monday) and الأحد (Sunday, "one of") are left out."""
    text = word.text
    if text.startswith("وال"):
        text = text[1:]
    if not text.startswith("ال") or len(text) < 5 or text[2:] in _NOT_DEFINITE:
        return None
    entry = number_words().get(text[2:])
    if entry is None or entry[1] not in ("n", "hundred"):
        return None
    return entry[0]


def _element(word: Word) -> _Element | None:
    text = word.text
    joined = False
    if _DIGITS.match(text):
        value = parse_digits(text)
        return None if value is None else _Element(value, "digits", False, text)
    candidates = [text]
    if len(text) > 2 and text[0] in "وف":
        candidates.append(text[1:])
    for c in list(candidates):
        if len(c) > 2 and c[0] in "بلك":
            candidates.append(c[1:])
    table = number_words()
    for i, c in enumerate(candidates):
        if c in table:
            value, kind = table[c]
            joined = i > 0 and text[0] == "و"
            return _Element(value, kind, joined, c)
    return None


def _joins(prev: _Element, nxt: _Element, waw: bool) -> bool:
    """Whether `nxt` continues the number that `prev` ends."""
    if nxt.kind == "fraction":
        return waw and prev.kind in ("scale", "n", "digits")  # مليون ونصف، 7 ونصف مليون
    if nxt.kind in ("scale", "hundred"):
        return not waw or prev.kind == "scale"
    if nxt.word in _TEEN_TENS and not waw:
        return prev.kind in ("n", "teen_only") and prev.value < 10
    if not waw:
        return False
    if nxt.kind == "digits" and prev.kind not in ("scale", "hundred"):
        return False  # "2500 و1.5": two numbers, not one
    if prev.kind == "digits":
        return False
    if prev.value < 10 and nxt.value in (20, 30, 40, 50, 60, 70, 80, 90):
        return True  # خمسة وعشرون: units come before tens
    return prev.value > nxt.value and nxt.kind != "teen_only"


def _exact(value: float) -> float:
    """A product of decimals and scales without the floating-point tail: 16.6 × 1e6 is 16600000.000000002."""
    nearest = round(value)
    if abs(value - nearest) <= 1e-12 * max(1.0, abs(value)):
        return float(nearest)
    return round(value, 6)


def _combine(elements: Sequence[_Element]) -> float:
    total = 0.0
    current = 0.0
    scale = 1.0
    for el in elements:
        if el.kind == "fraction" and current == 0.0 and total:
            total += el.value * scale  # "مليون ونصف": half of the scale before it
        elif el.kind == "fraction":
            current += el.value  # "7 ونصف مليون": 7.5 of the scale after it
        elif el.kind == "scale":
            total += (current or 1) * el.value
            current = 0.0
            scale = el.value
        elif el.kind == "hundred":
            current = (current or 1) * 100
        else:
            current += el.value
    return _exact(total + current)


def _other_word(words: Sequence[Word], i: int) -> bool:
    """Whether the word at `i` is a word that only looks like a number (data/function_words.tsv, not_number): "لست
    متأكدا" (I am not sure); before a time or measure unit it is the number ("لست سنوات": for six years)."""
    if words[i].text not in function_words("not_number"):
        return False
    k = i + 1
    return k >= len(words) or not (any(f in durations() for f in words[k].forms) or units().match_at(words, k))


@lru_cache(maxsize=1)
def _teen_ordinals() -> frozenset[str]:
    return normalised_lines(_PKG, "teen_ordinals.tsv")


def _teen_unit(word: Word) -> bool:
    """Whether `word` is a unit with the article that opens a teen: a cardinal ("التسع" عشرة) or an ordinal
    ("الخامسة" عشرة, data/teen_ordinals.tsv)."""
    bare = word.text.removeprefix("و").removeprefix("ال") if word.text.startswith(("ال", "وال")) else None
    if bare is None:
        return False
    value = definite_number(word)
    return bare in _teen_ordinals() or value is not None and value < 10


def _read_number(words: Sequence[Word], i: int) -> tuple[int, list[_Element]] | None:
    """The number starting at word `i`: (index of its last word, its elements)."""
    if _other_word(words, i):
        return None
    decimal = _comma_decimal(words, i)
    first, last = decimal if decimal else (_element(words[i]), i)
    if first is None:
        return None
    elements = [first]
    while True:
        k = last + 1
        waw = False
        if k < len(words) and words[k].text == "و":
            waw = True
            k += 1
        if k >= len(words):
            break
        nxt = _element(words[k])
        if nxt is None or not _joins(elements[-1], nxt, waw or nxt.joined):
            break
        elements.append(nxt)
        last = k
    if first.kind == "teen_only" and len(elements) == 1:
        return None
    if first.word in _TEEN_TENS and len(elements) == 1 and i > 0 and _teen_unit(words[i - 1]):
        return None  # the tens of a teen with the article ("الدول التسع عشرة"، "الدقيقة الخامسة عشرة"), not ten
    if first.kind == "fraction" and (len(elements) == 1 or elements[1].kind != "scale"):
        return None  # "نصف الجنود", "ربع ساعة": a share, not a count
    if all(e.kind == "scale" and e.word in _VAGUE_SCALES for e in elements):
        return None
    return last, elements


def _approx_before(words: Sequence[Word], i: int) -> tuple[str, Span] | None:
    index = _approx_index()
    for length in range(4, 0, -1):
        start = i - length
        if start < 0:
            continue
        m = index.match_at(words, start)
        if m is not None and m.last == i - 1:
            return m.payload, Span(words[start].start, words[i - 1].end)
    return None


def _approx_after(words: Sequence[Word], last: int) -> tuple[str, Span] | None:
    for k in (last + 1, last + 2):
        if k < len(words) and words[k].has("تقريبا"):
            return "approx", words[k].span
    return None


def find_numbers_in(words: Sequence[Word]) -> list[NumberMatch]:
    """Every number in a scanned word list, left to right."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(words):
        read = _read_number(words, i) if words[i].is_word else None
        if read is None:
            i += 1
            continue
        last, elements = read
        approx = _approx_before(words, i) or _approx_after(words, last)
        out.append(
            NumberMatch(
                span=Span(words[i].start, words[last].end),
                value=_combine(elements),
                approx=approx[0] if approx else None,
                approx_span=approx[1] if approx else None,
                first=i,
                last=last,
                written=any(e.kind != "digits" for e in elements),
            )
        )
        i = last + 1
    return out


def find_numbers(text: str, span: Span | None = None) -> list[NumberMatch]:
    """Every number in `text` (or in `text[span]`), spans into `text`."""
    return find_numbers_in(scan(text, span))


def parse_number(text: str) -> float | None:
    """The value of `text` when all of it is one number ("3 آلاف و500" -> 3500), else None."""
    words = [w for w in scan(text) if w.is_word or w.text not in ".,،"]
    found = find_numbers_in(words)
    if len(found) == 1 and found[0].first == 0 and found[0].last == len(words) - 1:
        return found[0].value
    return None
