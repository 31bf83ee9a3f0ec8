"""Claims of a match report: the score and a win told by its number of goals.

"لتنتهي المباراة بنتيجة 6-0" and "وتغلب الأهلي على الزمالك 2-1" state how many goals each side scored, and
"تفوقت مصر على النيجر بسداسية نظيفة" that the winner scored six: numbers outlets report and may report
differently, which the general claim reader cannot see (a number after a hyphen is a label's, "F-16"). A score
counts only after a result word or a word of the match's course of its sentence (data/match_results.tsv:
"الهزيمة أمام بلجيكا 1-2") or with a side written "صفر" ("1-صفر", never a range); a goal count of zero is no claim.
Sets chained after a score count too ("6-4 و6-3 و6-2"), two sets in a row even with no result word, and a
score's sides are points or games in the sport named nearest it (data/match_results.tsv, sport: "كرة السلة"
points, "التنس" games), goals where none is named, but games for sets; a score right before "في السلسلة"
counts the matches each side won (series: "تقدم 2-1 في السلسلة").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import NormText, norm
from rasad.document import Span
from rasad.extract.numbers import what_follows
from rasad.extract.wordscan import Word

GOALS, GAMES, WINS = "goals", "games", "wins"
_RESULT_REACH = 80  # characters between the result word and the score
_ZERO = "صفر"  # a side written as a word ("1-صفر"): a score, never a range, so it needs no result word
# a side of one to three digits; a set chained by و glued to it ("6-4 و6-3"، "6-3و4-6") is a score of its own
_SCORE = re.compile(
    rf"(?:(?<![\w/.,-])|(?<=[\s\d]و))(\d{{1,3}}|{_ZERO})\s?[-–]\s?(\d{{1,3}}|{_ZERO})(?![/,-]|\.\d|(?!و\d)\w)"
)
_CHAIN = re.compile(r"\s*[،,]?\s*و?\s*")  # what lies between two sets of one match: "6-4، 6-3" or "6-4 و6-3"
_BIG_SIDE, _LOW_SIDE, _HIGH_SIDE = 100, 40, 200  # a side of three digits is a basketball score: "113-92", not "737-800"
_AFTER_HAUL = ("نظيفه", "مقابل")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c.strip() for c in row) for row in read_rows("rasad.extract", "match_results.tsv"))


@lru_cache(maxsize=1)
def _result_words() -> re.Pattern[str]:
    words = sorted({norm(r[0]) for r in _rows() if r[1] == "result"}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)[وفل]?(?:{'|'.join(map(re.escape, words))})(?!\w)")


@lru_cache(maxsize=1)
def _hauls() -> re.Pattern[str]:
    words = sorted({norm(r[0]) for r in _rows() if r[1] == "haul"}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)[وف]?ب?(?P<haul>{'|'.join(map(re.escape, words))})\s+(?:{'|'.join(_AFTER_HAUL)})(?!\w)")


@lru_cache(maxsize=1)
def _haul_values() -> dict[str, int]:
    return {norm(r[0]): int(r[2]) for r in _rows() if r[1] == "haul"}


def _kind(kind: str) -> str:
    """A regex alternation of the normalised words of one kind of data/match_results.tsv, longest first."""
    return "|".join(map(re.escape, sorted({norm(r[0]) for r in _rows() if r[1] == kind}, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _lone_goals() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A lone goal noun after a count of goals and "مقابل"/"ل" ("أهداف مقابل هدف"), and one before a word that
    ends a score ("بهدف نظيف"): the goal it counts is in the group "one"."""
    counts = f"[وف]?ب?(?:{_kind('goals')}|{_kind('haul')})"
    after_count = re.compile(rf"(?<!\w)(?:{counts})\s+(?:مقابل\s+|ل)(?P<one>{_kind('one')})(?!\w)")
    before_end = re.compile(rf"(?<!\w)[وف]?ب?(?P<one>{_kind('one')})\s+(?:{_kind('clean')})(?!\w)")
    return after_count, before_end


def _a_range(words: Sequence[Word], score: Span) -> bool:
    """Whether the number pair is a range: after "بين" (data/match_results.tsv, range) or before thousands or a
    percent ("ما بين 20-30 ألف مقاتل"، "35-45%"): a score is neither. What else follows says nothing: a score is
    often followed by its day ("3-1 يوم السبت"، "صفر-3 الأسبوع الماضي") or a club ("5-1 وريال بيتيس", no riyal)."""
    k = next((i for i, w in enumerate(words) if w.start >= score.end), len(words))
    before = next((w for w in reversed(words) if w.end <= score.start), None)
    if before is not None and any(f in _range_words() for f in before.forms):
        return True
    return what_follows(words, k) == "scale"


@lru_cache(maxsize=1)
def _range_words() -> frozenset[str]:
    return frozenset(norm(r[0]) for r in _rows() if r[1] == "range")


@lru_cache(maxsize=1)
def _sports() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وفلب]?(?P<sport>{_kind('sport')})(?!\w)")


@lru_cache(maxsize=1)
def _sport_units() -> dict[str, str]:
    return {norm(r[0]): r[2] for r in _rows() if r[1] == "sport"}


@lru_cache(maxsize=4)
def _sports_named(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sport) of each sport the text names: read once a document, not once a score of a long bulletin."""
    return tuple((m.start(), m.group("sport")) for m in _sports().finditer(text))


def _unit_of_score(text: str, sentence: tuple[int, int], at: int) -> str:
    """What the sides of the score at `at` count, by the sport named nearest it (data/match_results.tsv, sport: a
    basketball score counts points, a tennis set games): in its sentence ("فاز 108-97 في دوري كرة السلة"), else the
    last before it in the text, else the first after it; goals where the text names none."""
    named = _sports_named(text)
    within = [n for n in named if sentence[0] <= n[0] < sentence[1]]
    before = [n for n in named if n[0] < at]
    nearest = min(within, key=lambda n: abs(n[0] - at)) if within else before[-1] if before else next(iter(named), None)
    return GOALS if nearest is None else _sport_units()[nearest[1]]


_SET_WON = (6, 7)  # a tennis set is won with six or seven games


def _a_set(m: re.Match[str] | None) -> bool:
    """Whether a number pair reads as a tennis set: one side six or seven, the other at most seven ("6-4"، "7-6")."""
    if m is None or _ZERO in m.group(0):
        return False
    sides = sorted(int(m.group(g)) for g in (1, 2))
    return sides[1] in _SET_WON


def _set_chain(part: str, m: re.Match[str]) -> bool:
    """Whether the pair `m` is a set chained to the next ("6-3 و6-1"): two sets in a row are a tennis score with or
    without a result word; no other number pair is written so."""
    gap = _CHAIN.match(part, m.end())
    return _a_set(m) and gap is not None and _a_set(_SCORE.match(part, gap.end()))


@lru_cache(maxsize=1)
def _series() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:في|ب)\s+(?:ال)?(?:{_kind('series')})(?!\w)")


def _plausible(sides: tuple[str, str]) -> bool:
    """Whether a pair of sides may be a score: a side of three digits only against another of a basketball score
    ("113-92"; "737-800" is a model)."""
    values = [0 if s == _ZERO else int(s) for s in sides]
    return max(values) < _BIG_SIDE or (min(values) >= _LOW_SIDE and max(values) < _HIGH_SIDE)


def _scores(part: str, words: Sequence[Word], view: NormText, lo: int) -> Iterator[tuple[re.Match[str], bool]]:
    """The number pairs of `part` (normalised text from `lo`) that are scores: after a result word, with a side
    written صفر, chained after a score ("6-4 و6-3") or before another set; each with whether it is a set of a
    chain of sets."""
    chained_from, last_set = -1, False
    for m in _SCORE.finditer(part):
        if not _plausible((m.group(1), m.group(2))):
            continue
        chained = chained_from >= 0 and _CHAIN.fullmatch(part, chained_from, m.start()) is not None
        in_sets = _a_set(m) and (chained and last_set or _set_chain(part, m))
        told = chained or _ZERO in m.group(0) or in_sets
        if not told and not _result_words().search(part, max(0, m.start() - _RESULT_REACH), m.start()):
            continue
        if _a_range(words, view.to_original(lo + m.start(), lo + m.end())):
            continue
        chained_from, last_set = m.end(), _a_set(m)
        yield m, in_sets


def match_claims(view: NormText, sentence: Span, words: Sequence[Word]) -> Iterator[tuple[Span, str, int]]:
    """(span in the original text, what it counts, how many) of each score side and goal haul in `sentence`
    (original offsets), whose words are `words`."""
    lo, hi = view.to_normalised(sentence.start), view.to_normalised(sentence.end)
    part = view.text[lo:hi]
    for m, in_sets in _scores(part, words, view, lo):
        unit = _unit_of_score(view.text, (lo, hi), lo + m.start())
        if _series().match(part, m.end()):
            unit = WINS  # "تقدم 2-1 في السلسلة": matches won in a play-off series, whatever the sport
        elif unit == GOALS and in_sets:
            unit = GAMES  # "6-2 و7-6" in an article that names no sport or names football: sets of tennis
        for g in (1, 2):
            if m.group(g) != _ZERO and int(m.group(g)) > 0:
                yield view.to_original(lo + m.start(g), lo + m.end(g)), unit, int(m.group(g))
    for m in _hauls().finditer(part):
        yield view.to_original(lo + m.start(), lo + m.end()), GOALS, _haul_values()[m.group("haul")]
    for pattern in _lone_goals():
        for m in pattern.finditer(part):
            yield view.to_original(lo + m.start("one"), lo + m.end("one")), GOALS, 1
