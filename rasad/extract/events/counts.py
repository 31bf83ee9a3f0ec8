"""Counts of an event: killed, injured, arrested, projectiles, interceptions, and zeros.

A number's role comes from the cue before it ("مقتل 3 جنود", "إسقاط ثلاثة منها"),
a casualty verb right after the people it counts ("أن 24 شخصا قتلوا"),
or from what it counts ("5 قتلى", "أربعة صواريخ", "بطائرتين مسيرتين" = 2 drones).
Parts joined by "إضافة إلى"/"فضلا عن"/"و" add up ("عشرة من منسوبي القوات إضافة
إلى ثلاثة من العاملين" = 13); a part after "بينهم"/"منهم" is a subset and does
not. "لم يسفر عن وقوع إصابات" is zero casualties, not an injury.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasad.document import Count, Span
from rasad.extract.events.lexicon import (
    CountNoun,
    adjacent_cues,
    casualty_index,
    count_noun_index,
    zero_index,
    zero_nouns,
)
from rasad.extract.numbers import NumberMatch, find_numbers_in
from rasad.extract.wordscan import Word, function_words, previous_word

_PROJECTILES = frozenset({"rockets", "drones", "shells", "missiles"})
_CUE_REACH = 3  # words between a cue and its number
_PEOPLE = frozenset({"people", "civilians", "children", "women", "migrants", "refugees", "displaced"})  # count_nouns.tsv
_AFTER_ROLES = frozenset({"killed", "injured", "missing"})
_SUBSET_GAP = 5  # words from a group to its part: "تسعة مهاجرين سوريين، من بينهم ستة"  # cues that may follow the people they count


@dataclass(frozen=True, slots=True)
class Counted:
    """A number in a sentence with what it counts."""

    number: NumberMatch | None  # None for a dual noun (صاروخين)
    span: Span
    value: float
    noun: CountNoun | None
    noun_text: str | None
    role: str | None  # the event count it makes (killed, injured, rockets…), None if none
    first: int
    last: int
    subset: bool = False


def _noun_after(words: Sequence[Word], k: int) -> tuple[CountNoun | None, str | None, int]:
    """The counted noun starting at word `k` (skipping a partitive من), its text and last index."""
    index = count_noun_index()
    start = k
    if start < len(words) and words[start].is_word and words[start].text in function_words("partitive") and start + 1 < len(words):
        start += 1
    if start >= len(words) or not words[start].is_word:
        return None, None, k - 1
    m = index.match_at(words, start)
    if m is not None:
        return m.payload, " ".join(w.text for w in words[start : m.last + 1]), m.last
    return None, words[start].text, start


def _role(cue: str | None, noun: CountNoun | None) -> str | None:
    if cue == "intercepted":
        return cue
    if noun is not None and noun.event_count in _PROJECTILES:
        return noun.event_count
    if cue in ("killed", "injured", "arrested", "kidnapped", "missing"):
        return cue
    return noun.event_count if noun else None


def _cue_before(words: Sequence[Word], i: int) -> str | None:
    """The nearest casualty cue before word `i` ("مصرع شخص وإصابة أربعة": إصابة for أربعة)."""
    index = casualty_index()
    found = None
    for start in range(max(0, i - _CUE_REACH - 2), i):
        m = index.match_at(words, start)
        if m is not None and i - m.last <= _CUE_REACH and m.last < i and (m.last == i - 1 or m.form not in adjacent_cues()):
            found = m.payload
    return found


def _cue_after(words: Sequence[Word], noun: CountNoun | None, last: int) -> str | None:
    """A casualty verb right after the people counted, its subject before it: "أن 24 شخصا قتلوا"."""
    if noun is None or noun.quantity not in _PEOPLE or last + 1 >= len(words):
        return None
    m = casualty_index().match_at(words, last + 1)
    if m is None or m.payload not in _AFTER_ROLES:
        return None
    own = find_numbers_in(words[m.last + 1 : m.last + 3])  # "كان على متنها 110 أشخاص قتل 107 منهم": 107 is its number
    return None if own and own[0].first == 0 else m.payload


def _intercept_pronoun(words: Sequence[Word], projectiles: Sequence[Counted]) -> Count | None:
    """"تمكنت الدفاعات من إسقاطهما/إسقاطها": interceptions told by a pronoun."""
    index = casualty_index()
    for i, w in enumerate(words):
        m = index.match_at(words, i)
        if m is None or m.payload != "intercepted":
            continue
        if w.text.endswith("هما"):
            return Count("intercepted", 2)
        if w.text.endswith(("ها", "هم")) and projectiles:
            return Count("intercepted", int(projectiles[-1].value))
    return None


def counted_numbers(words: Sequence[Word]) -> list[Counted]:
    """Every number of the sentence and every dual count noun, with what it counts."""
    out: list[Counted] = []
    covered: set[int] = set()
    for n in find_numbers_in(words):
        noun, text, last = _noun_after(words, n.last + 1)
        role = _role(_cue_before(words, n.first) or _cue_after(words, noun, last), noun)
        prev = previous_word(words, n.first)
        subset = prev is not None and prev.text in function_words("subset")
        if role is None and out and out[-1].role and _joined(words, out[-1].last, n.first):
            role = out[-1].role  # "عشرة من الجنود إضافة إلى ثلاثة من العاملين"
        if subset and role in _AFTER_ROLES and out and out[-1].role is None and n.first - out[-1].last <= _SUBSET_GAP:
            out[-1] = replace(out[-1], role=role)  # "تسعة مهاجرين، من بينهم ستة أطفال غرقوا": the nine drowned
        out.append(Counted(n, n.full_span, n.value, noun, text, role, n.first, max(last, n.last), subset))
        covered.update(range(n.first, max(last, n.last) + 1))
    index = count_noun_index()
    for i in range(len(words)):
        m = index.match_at(words, i) if i not in covered else None
        if m is None or not (m.payload.dual or m.payload.singular):
            continue
        cue = _cue_before(words, i)
        if m.payload.singular and not (cue and i > 0 and casualty_index().match_at(words, i - 1)):
            continue  # a singular noun counts one only right after a cue: "مصرع شخص"
        role = _role(cue, m.payload)
        text = " ".join(w.text for w in words[i : m.last + 1])
        out.append(Counted(None, m.span(words), 2 if m.payload.dual else 1, m.payload, text, role, i, m.last))
    return sorted(out, key=lambda c: c.first)


def event_counts(words: Sequence[Word], counted: Sequence[Counted]) -> list[Count]:
    """The counts an event reported in these words has: sums of parts, zeros, interceptions."""
    totals: dict[str, int] = {}
    approx: dict[str, str | None] = {}
    previous: Counted | None = None
    for c in counted:
        if c.role is None or c.subset:
            previous = None if c.role is None else previous
            continue
        role = "intercepted" if c.role == "intercepted" else c.role
        joined = previous is not None and previous.role == c.role and _joined(words, previous.last, c.first)
        if role in totals and not joined:
            previous = c
            continue  # a second, separate mention of the same count: keep the first
        totals[role] = totals.get(role, 0) + int(c.value)
        approx.setdefault(role, c.number.approx if c.number else None)
        previous = c
    counts = [Count(what, value, approx.get(what)) for what, value in totals.items()]
    if "intercepted" not in totals:
        projectiles = [c for c in counted if c.role in _PROJECTILES]
        pronoun = _intercept_pronoun(words, projectiles)
        if pronoun is not None:
            counts.append(pronoun)
    return counts + zero_counts(words)


def _joined(words: Sequence[Word], a: int, b: int) -> bool:
    """Whether the count ending at word `a` and the one starting at `b` are parts of one sum."""
    between = [w for w in words[a + 1 : b] if w.is_word]
    if not between or len(between) > 6:
        return bool(not between and b - a <= 2)
    return any(w.text in function_words("adder") for w in between) or between[-1].text.startswith("و") or between[0].text == "و"


def zero_counts(words: Sequence[Word]) -> list[Count]:
    out: dict[str, int] = {}
    nouns = zero_nouns()
    for m in zero_index().find_all(words):
        for k in range(m.last + 1, min(len(words), m.last + 5)):
            z = nouns.match_at(words, k)
            if z is not None:
                out.setdefault(z.payload, 0)
                break
    return [Count(what, 0) for what in out]
