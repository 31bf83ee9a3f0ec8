"""The eve of an event ("عشية الإضراب", "عشية انطلاق المونديال"): the day before an event, which the text dates
in one of two ways, or not at all.

- The clause names the eve's own day just before: "دعا البيت الأبيض الخميس، عشية تظاهرة جديدة" is that Thursday,
  "أمس الأربعاء، عشية اليوم العالمي للمرأة" that Wednesday.
- The lead (title and first sentences) names the event with the first day the report names, its news day: "شارك آلاف الأردنيين الأربعاء في إضراب عام …
  تصريحات عشية الإضراب" is the Tuesday. The event is recognised by the word after the eve word, or the one after that
  when the first names a stage ("عشية تنفيذ الإضراب", time_eve.tsv class phase), without clitics and article; the
  day is one the lead sentence names right beside that word (a report's later sentences tell other matches, other
  meetings, whose days are not this event's).

Otherwise the eve has no value (it is kept as a vague expression: it names no day an event could take).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.context import Sentences
from rasad.extract.timex.spec import Atom, Spec

_REACH = 60  # characters from the start of a day the clause names to the eve word
_LEAD = 4  # sentences: title, dateline, lead and the one after
_BESIDE = 30  # characters between the event's word in the lead and the day named with it
_WORD = re.compile(r"\w+")
_MIN_STEM = 3


def read_eve(m: re.Match[str], text: str) -> Spec | None:
    if m.group("event") in lx.context("not_eve_after"):
        return None  # "بين عشية وضحاها": overnight
    return Spec("eve", offset=int(lx.table("eve", "eve")[m.group("eve")][1]), unit="day")


def eve_day(text: str, sentences: Sentences, atom: Atom, days: dict[int, list[tuple[int, dt.date]]]) -> dt.date | None:
    """The day of the eve at `atom`, from the days named so far (`days`: per sentence, (offset, day) of its
    expressions before the eve), or None."""
    sent = sentences.index(atom.start)
    own = [day for at, day in days.get(sent, []) if atom.start - _REACH <= at < atom.start]
    if own:
        return own[-1]
    first = next((days[i][0][1] for i in range(min(sent + 1, _LEAD)) if days.get(i)), None)
    event = _event_stem(text, atom)
    for index in range(min(sent + 1, _LEAD)):
        lo, hi = sentences.bounds[index]
        at = _mention(text, lo, min(hi, atom.start), event)
        if at is None:
            continue
        beside = [d for d in days.get(index, []) if abs(d[0] - at) <= _BESIDE and d[1] == first]
        if beside:  # "عشية انطلاق المونديال" in the lead already names the eve's own day
            return beside[0][1] if _eve_before(text, at) else beside[0][1] + dt.timedelta(days=atom.spec.offset or 0)
    return None


def _eve_before(text: str, at: int) -> bool:
    words = _WORD.findall(text, max(0, at - 30), at)[-2:]
    return any(_stem(w) in lx.table("eve", "eve") or w in lx.table("eve", "eve") for w in words)


def _event_stem(text: str, atom: Atom) -> str | None:
    """The stem of the event's word after the eve word: the next word, or the one after a stage ("انطلاق")."""
    eve_word = _WORD.search(text, atom.start)
    words = [_stem(w) for w in _WORD.findall(text, eve_word.end() if eve_word else atom.start, atom.end + 40)[:2]]
    if len(words) == 2 and words[0] in _phases():
        words = words[1:]
    stem = words[0] if words else ""
    units = lx.units()
    return stem if len(stem) >= _MIN_STEM and stem not in units and "ال" + stem not in units else None


@lru_cache(maxsize=1)
def _phases() -> frozenset[str]:
    return frozenset(_stem(w) for w in lx.table("eve", "phase"))


def _stem(word: str) -> str:
    """A word less و/ف, ب/ل and the article: "وللإضراب" and "الإضراب" are both "اضراب" (normalised)."""
    if len(word) > 4 and word[0] in "وف":
        word = word[1:]
    if word.startswith("لل"):  # ل + ال
        word = "ال" + word[2:]
    elif len(word) > 4 and word[0] in "بل":
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _mention(text: str, lo: int, hi: int, stem: str | None) -> int | None:
    """Where `text[lo:hi]` first names `stem`."""
    return next((m.start() for m in _WORD.finditer(text, lo, hi) if _stem(m.group()) == stem), None) if stem else None
