"""Numbers whose measure another number of their sentence tells: the numbers of a list share the unit and the
thousands or millions of its last ("بين 70 و80 مليون يورو"), and a bare decimal takes the unit of the price told
before it ("تخطت 4.88 ليرة … بعد أن أقفلت عند 4.65"). Used by claims.py."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.extract.events.counts import Counted
from rasad.extract.numbers import number_words
from rasad.extract.wordscan import PhraseIndex, Word, function_words

_DASHES = frozenset("-–")
Measure = tuple[str | None, str | None]  # what a number counts and its unit, (None, None) when nothing says


def shared_by_lists(words: Sequence[Word], counted: Sequence[Counted],
                     measures: list[Measure | None]) -> tuple[list[Measure | None], list[float]]:
    """Numbers listed with و before one that says what it counts share it, and its thousands or millions: "عند 8.0
    و 9.25 و 7.25 في المئة" (three percentages), "بين 70 و80 مليون يورو" (70 million euros). Filled from the last
    of the list back to the first; returns each number's measure and what its value is multiplied by."""
    out, scales = list(measures), [1.0] * len(measures)
    for n in range(len(counted) - 2, -1, -1):
        here, after = out[n], out[n + 1]
        if here == (None, None) and after is not None and after[0] is not None and _listed(words, counted[n], counted[n + 1]):
            out[n] = after
            if _scale_of(words, counted[n]) == 1.0:  # "3 ملايين و5 ملايين دولار": its own millions
                scales[n] = _scale_of(words, counted[n + 1]) * scales[n + 1]
    return out, scales


def _scale_of(words: Sequence[Word], c: Counted) -> float:
    """The thousands, millions or billions a number ends with ("16 ألف" -> 1000), 1 where none."""
    if c.number is None or c.number.first == c.number.last:
        return 1.0
    entry = number_words().get(words[c.number.last].text)
    return entry[0] if entry is not None and entry[1] == "scale" else 1.0


def _listed(words: Sequence[Word], a: Counted, b: Counted) -> bool:
    """Whether number `a` is followed by `b` with only و or أو between them ("9.25 و 7.25", "25 و75", "ستة أو
    سبعة قادة"), a range's link (إلى, a dash) or with و written onto the second ("ثلاثة وأربعة أسابيع")."""
    if a.number is None or b.number is None:
        return False
    between = [w.text for w in words[a.number.last + 1 : b.number.first]]
    if len(between) == 1 and between[0] in function_words("range_link"):
        # the ends of a range: "6 إلى 7 آلاف عنصر", "600-700 مليار دولار"; a dash between a larger number and a
        # smaller is a score ("2 - 1 يوم الثلاثاء")
        return between[0] not in _DASHES or a.value < b.value
    # one and two written out follow their noun ("مرة واحدة وأربعة ألقاب": once, not a title): no list of them
    glued = not between and words[b.number.first].text.startswith("و") and not (a.number.written and a.value < 3)
    return between in (["و"], ["او"]) or glued


@lru_cache(maxsize=1)
def _parts() -> PhraseIndex[str]:
    return PhraseIndex((r[0], "part") for r in read_rows("rasad.extract", "claim_out_of.tsv"))


def out_of_at(words: Sequence[Word], k: int) -> bool:
    """Whether the words from `k` say "out of" a total (data/claim_out_of.tsv: "من أصل"، "من بين")."""
    return k < len(words) and _parts().match_at(words, k) is not None


def shared_by_parts(words: Sequence[Word], counted: Sequence[Counted], measures: list[Measure | None]) -> list[Measure | None]:
    """A number that is a part of the next ("78 من أصل 130 نائبا"، data/claim_out_of.tsv) counts what it counts."""
    out = list(measures)
    for n in range(len(counted) - 2, -1, -1):
        a, b = counted[n], counted[n + 1]
        if a.number is None or b.number is None or out[n] is None or out[n + 1] is None:
            continue
        m = _parts().match_at(words, a.number.last + 1) if a.number.last + 1 < len(words) else None
        if m is not None and m.last + 1 == b.number.first and out[n + 1] != (None, None):
            out[n] = out[n + 1]
    return out


def shared_by_parallels(words: Sequence[Word], counted: Sequence[Counted],
                        measures: list[Measure | None]) -> list[Measure | None]:
    """A bare number after و and before في (data/function_words.tsv, parallel_place) counts what the number before
    it counts where that one also stood before في: the noun is left out of the second of two parallel counts ("قتل
    خمسة أشخاص في درعا وثلاثة في ريف دمشق"، "1000 سلة في بولوغدود، و400 في يونتوي"). A year between them is no
    claim, so "ثلاثة ألقاب في 2016 و2018 في الكأس" shares nothing."""
    out = list(measures)
    for n in range(1, len(counted)):
        a, b = counted[n - 1], counted[n]
        if out[n] != (None, None) or a.number is None or b.number is None or out[n - 1] in (None, (None, None)):
            continue
        if _joined_by_wa(words, b) and _before_place(words, b.number.last + 1) and any(
                _before_place(words, k) for k in range(a.last + 1, b.number.first)):
            out[n] = out[n - 1]
    return out


def _joined_by_wa(words: Sequence[Word], c: Counted) -> bool:
    assert c.number is not None
    first, text = c.number.first, words[c.number.first].text
    glued = text.startswith("و") and (text[1:2].isdigit() or text[1:] in number_words())  # "وثلاثة", not "واحدة"
    return glued or (first > 0 and words[first - 1].text == "و")


def _before_place(words: Sequence[Word], k: int) -> bool:
    return k < len(words) and words[k].text in function_words("parallel_place")


def bare_decimal(words: Sequence[Word], c: Counted) -> bool:
    """A number with decimals and nothing counted after it ("عند 4.65،"، "عند 12.98 في الأشهر"): a rate, a price or
    a share whose unit the sentence gave an earlier number."""
    if c.number is None or float(c.value).is_integer():
        return False
    nxt = (words[c.number.last + 1] if c.number.last + 1 < len(words) else None)
    return nxt is None or not nxt.is_word or nxt.text == "و" or nxt.text in function_words("preposition")


def unit_before(measures: Sequence[Measure | None]) -> Measure:
    """The last measure with a unit told before in the sentence, but a share: after "ارتفع المؤشر 0.49 بالمئة إلى
    94.787" the level is no percentage."""
    last = next((m for m in reversed(measures) if m is not None and m[1] is not None), None)
    return last if last is not None and last[1] != "percent" else (None, None)
