"""Inferring a publication date from what a document's own time expressions imply.

Each expression that depends on the publication date says something about
it: "اليوم الخميس" that it is a Thursday, "أمس الثلاثاء" a Wednesday,
"العام الجاري 2021" that it is in 2021, "نوفمبر الماضي" that November is
recently past, a stated full date that it is on or soon after that date.
Every candidate day in the plausible years is scored by the clues it
satisfies; the best one is the guess, and how far it leads the runner-up
says how sure that is (the corpus step, rasad.corpus.dates, revisits the
unsure ones with evidence from other documents).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rasad.extract.timex.context import Sentences, tense
from rasad.extract.timex.resolve import FUTURE
from rasad.extract.timex.spec import Atom

# Below this lead over the runner-up a guess is "unsure" and other documents may overrule it.
SURE_MARGIN = 3.0
_TIE, _DETERMINED_DAYS = 0.5, 31  # candidates this close to the best must lie within this many days
_AFTER_LATEST = ((0, 1.0), (2, 0.8), (7, 0.5), (31, 0.3), (366, 0.1))  # days after the latest stated date -> points
_RECENCY = (1.0, 0.7, 0.45, 0.3, 0.2, 0.1, 0.05)  # a bare weekday: how likely 0..6 days before publication

EARLY_HOUR = 4  # posted before this hour (as the outlet wrote the time), an article was written the day before

Score = Callable[[dt.date], float]


def small_hours(clock: object) -> bool:
    """Whether a time of day ("02:22", "02:22:33") is before EARLY_HOUR; False when absent or unreadable."""
    hour = str(clock).split(":", 1)[0].strip() if clock is not None else ""
    return hour.isdigit() and int(hour) < EARLY_HOUR


@dataclass
class Evidence:
    """Scored clues about one document's publication date."""

    clues: list[Score] = field(default_factory=list)
    years: set[int] = field(default_factory=set)  # years the clues point at

    def score(self, day: dt.date) -> float:
        return sum(clue(day) for clue in self.clues)

    def ranked(self, extra: Iterable[dt.date] = ()) -> list[tuple[dt.date, float]]:
        """Candidate days, best first: every day of the plausible years, plus `extra`."""
        days = set(extra)
        for year in self.years:
            first = dt.date(year, 1, 1)
            days.update(first + dt.timedelta(days=i) for i in range((dt.date(year + 1, 1, 1) - first).days))
        return sorted(((d, self.score(d)) for d in days), key=lambda x: (-x[1], x[0]))


@dataclass(frozen=True)
class Guess:
    date: dt.date
    margin: float  # lead over the best different day
    candidates: tuple[tuple[str, float], ...]  # the days within SURE_MARGIN of the best, with scores


def evidence(text: str, atoms: Sequence[Atom], sentences: Sentences, skip: Sequence[tuple[int, int]] = ()) -> Evidence:
    """The clues of the atoms of normalised `text`; atoms inside `skip` ranges (page dates) are ignored."""
    ev = Evidence()
    past_years: list[int] = []
    stated: list[dt.date] = []
    for atom in atoms:
        if any(s <= atom.start < e for s, e in skip):
            continue
        spec = atom.spec
        when = tense(text, atom.start, atom.end, sentences.around(atom.start)) if spec.needs_ref else None
        if spec.date is not None and spec.offset is not None:
            ev.clues.append(_is(spec.date - dt.timedelta(days=spec.offset or 0), 10.0))
            ev.years.add(spec.date.year)
        elif spec.family == "relday" and spec.weekday:
            ev.clues.append(_weekday((spec.weekday - (spec.offset or 0) - 1) % 7 + 1, 4.0 if spec.offset == 0 else 3.0))
        elif spec.family == "weekday" and spec.rel is None and spec.weekday:
            ev.clues.append(_recent_weekday(spec.weekday, future=when == FUTURE))
        elif spec.date is not None:
            ev.clues.append(_after_full(spec.date))
            stated.append(spec.date)
            past_years.append(spec.date.year)
        elif spec.family in ("year", "relunit") and spec.rel is not None and spec.year is not None:
            ev.clues.append(_year_is(spec.year - spec.rel))
            ev.years.add(spec.year - spec.rel)
        elif spec.family == "month" and spec.year is None and spec.rel is not None and spec.month:
            ev.clues.append(_month_rel(spec.month, spec.rel))
        elif spec.family == "daymonth" and spec.rel is not None and spec.month and spec.day:
            ev.clues.append(_day_month_past(spec.month) if spec.rel < 0 else _month_rel(spec.month, spec.rel))
        elif spec.family == "relunit" and spec.new_year:
            ev.clues.append(lambda d: 1.0 if d.month == 1 else 0.5 if d.month == 12 else 0.0)
        elif spec.year is not None and when != FUTURE:
            past_years.append(spec.year)
    if stated:
        latest_stated = max(stated)
        ev.clues.append(_near_latest(latest_stated))
        ev.years.update({latest_stated.year, latest_stated.year + 1})
    if past_years:
        # A bare year ("شُيّد عام 1998") is history, not the year of writing: it only bounds
        # the date from below and proposes no candidate year of its own.
        ev.clues.append(_year_max(max(past_years)))
    return ev


def infer(ev: Evidence) -> Guess | None:
    """The best day, or None when the clues do not narrow it to about a month."""
    ranked = ev.ranked()
    if not ranked:
        return None
    best_day, best = ranked[0]
    tied = [d for d, s in ranked if s >= best - _TIE]
    if (max(tied) - min(tied)).days > _DETERMINED_DAYS:
        return None
    runner = next((s for d, s in ranked[1:] if d != best_day), best - SURE_MARGIN * 2)
    close = tuple((d.isoformat(), round(s, 3)) for d, s in ranked[:40] if s >= best - SURE_MARGIN)
    return Guess(best_day, best - runner, close)


# ---- clues: functions from a candidate day to a score ------------------------

def _is(day: dt.date, weight: float) -> Score:
    return lambda d: weight if d == day else 0.0


def _weekday(weekday: int, weight: float) -> Score:
    return lambda d: weight if d.isoweekday() == weekday else 0.0


def _recent_weekday(weekday: int, *, future: bool) -> Score:
    def score(d: dt.date) -> float:
        gap = (weekday - d.isoweekday()) % 7 if future else (d.isoweekday() - weekday) % 7
        return _RECENCY[gap]

    return score


def _after_full(day: dt.date) -> Score:
    """A stated date: publication is seldom before it (an announced future date is written so, rarely)."""
    return lambda d: -1.0 if (d - day).days < -1 else 0.0


def _near_latest(day: dt.date) -> Score:
    """The latest date the text states: publication is most likely on it or shortly after."""

    def score(d: dt.date) -> float:
        gap = (d - day).days
        for limit, points in _AFTER_LATEST:
            if 0 <= gap <= limit:
                return points
        return 0.0

    return score


def _year_is(year: int) -> Score:
    return lambda d: 5.0 if d.year == year else 0.0


def _month_rel(month: int, rel: int) -> Score:
    """"نوفمبر الماضي": November is recently past (not this month); "المقبل": soon to come; "الجاري": this month."""

    def score(d: dt.date) -> float:
        if rel == 0:
            return 4.0 if d.month == month else 0.0
        gap = (d.month - month) % 12 if rel < 0 else (month - d.month) % 12
        return -2.0 if gap == 0 else 2.0 * (1 - (gap - 1) / 12)

    return score


def _day_month_past(month: int) -> Score:
    """"26 ديسمبر الماضي": as for the month alone, a recently past month other than the current one."""
    return _month_rel(month, -1)


def _year_max(year: int) -> Score:
    """The latest year the text mentions as past: publication is that year or the next."""
    return lambda d: 1.0 if d.year == year else 0.6 if d.year == year + 1 else -0.5 if d.year < year else 0.0
