"""Metadata a page states in its own text: publication date, page date, outlet.

Publication date. A date line at the top ("05-يناير-2022") is usually when
the story was published, but sites also print the day the page is *viewed*
(a date widget: "الإثنين 18 نوفمبر / November 2024"). That one is told apart
by what the article itself says: a date line far later than every full date
and year the body mentions, or a widget-style line (weekday plus a second,
Latin month name) later than the body or naming another weekday than the
body's "اليوم الخميس", is the page date. Without a trusted date line, a full
date the body attaches to "today" ("فجر اليوم الخميس (29 تموز 2021)"), or
one in the lead or an embedded post falling on the weekday the lead calls
"today", is the publication date. Relative inference is the time tagger's.

Outlet. Lines already taken out (follow-us prompts, bylines, credits) are
tried against `data/outlet_signals.tsv` in order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasad.arabic.dates import FullDate
from rasad.arabic.lexicon import weekdays
from rasad.arabic.normalize import norm
from rasad.clean import lexicons
from rasad.clean.lines import Line, match_key

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "اليوم", maybe a weekday, maybe an opening bracket or comma, right before a date.
_TODAY_BEFORE = re.compile(r"(?:اليوم|الیوم|today)(?:\s+\S+)?\s*[(\[،,:\-–—]*\s*$")
FAR_LATER_DAYS = 731  # a date line this much after everything the body mentions is not its publication
WIDGET_LATER_DAYS = 30
LEAD_BLOCKS = 4  # body blocks in which a "today" date counts


@lru_cache(maxsize=1)
def _today_weekday() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(w) for w in weekdays()), key=len, reverse=True))
    return re.compile(rf"(?:اليوم|today)\s*[،,]?\s*(?P<wd>{names})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateLine:
    line: Line
    date: FullDate
    label: str  # published | updated | date
    in_head: bool  # above the article (where date widgets sit), not below it


@dataclass
class DateDecision:
    published: dt.date | None = None
    published_why: str = ""
    page_date: dt.date | None = None
    page_lines: tuple[int, ...] = ()  # Line.number of each page-date line


def today_weekday(lead: Sequence[Line]) -> int | None:
    """The ISO weekday the lead calls today ("اليوم الأربعاء"), if it names one."""
    for line in lead:
        found = _today_weekday().search(line.norm)
        if found:
            return weekdays().get(found.group("wd"))
    return None


def latest_mentioned(body: Sequence[Line], body_dates: Sequence[FullDate]) -> dt.date | None:
    """The latest day the body refers to: its latest full date or the end of its latest year."""
    latest = max((d.date for d in body_dates), default=None)
    years = [int(y) for line in body for y in _YEAR.findall(line.norm)]
    if years:
        end_of_year = dt.date(max(years), 12, 31)
        latest = max(latest, end_of_year) if latest else end_of_year
    return latest


def is_page_date(item: DateLine, latest: dt.date | None, today: int | None) -> bool:
    """A date line the article contradicts: the day the page was viewed, not published.

    A widget-style line (weekday plus a Latin month) needs little: being later
    than the body, or another weekday than the lead's "today". A plain date
    line needs both a far gap and a contradicting "today": a body that only
    mentions old years ("شُيّد عام 1998") says nothing against its header date,
    and a story written late on Thursday is often published on Friday.
    """
    if item.label == "published":
        return False
    widget = item.date.weekday_named is not None and item.line.arabic and item.line.latin
    other_day = today is not None and item.date.date.isoweekday() != today
    gap = (item.date.date - latest).days if latest is not None else 0
    if widget:
        return gap > WIDGET_LATER_DAYS or other_day
    return gap > FAR_LATER_DAYS and other_day


def decide_dates(text: str, date_lines: Sequence[DateLine], lead: Sequence[Line], body: Sequence[Line], *,
                 body_dates: Callable[[], Sequence[FullDate]],
                 lead_dates: Callable[[], Sequence[FullDate]]) -> DateDecision:
    """Which date line is the page date, and what the publication date is.

    `body_dates` gives the full dates in kept body lines; `lead_dates` those in
    the first body blocks and in embedded posts, in text order. Both are
    called only when needed: finding dates is the costly part.
    """
    out = DateDecision()
    today = today_weekday(lead)
    head = [item for item in date_lines if item.in_head]
    latest = latest_mentioned(body, body_dates()) if head else None
    pages = []
    for item in date_lines:
        if item.in_head and is_page_date(item, latest, today):
            pages.append(item.line.number)
            out.page_date = out.page_date or item.date.date
        elif out.published is None and item.label != "updated":
            out.published, out.published_why = item.date.date, f"date line {item.line.number}"
    out.page_lines = tuple(pages)
    if out.published is None:
        out.published, out.published_why = _from_lead(text, lead_dates(), today)
    return out


def _from_lead(text: str, lead_dates: Sequence[FullDate], today: int | None) -> tuple[dt.date | None, str]:
    for found in lead_dates:
        before = norm(text[max(0, found.span.start - 40) : found.span.start])
        if _TODAY_BEFORE.search(before):
            return found.date, "a full date the lead calls today"
    for found in lead_dates:
        if today is not None and found.date.isoweekday() == today:
            return found.date, "a full date on the weekday the lead calls today"
    return None, ""


def find_outlet(lines: Sequence[Line]) -> str | None:
    """The outlet a removed line names (follow-us prompt, byline, credit), by signal order."""
    for _signal, pattern in lexicons.outlet_signals():
        for line in lines:
            found = pattern.search(line.text)
            if found:
                name = found.group("outlet").strip(" -–—|/:*\"'«»")
                key = match_key(name)
                if 2 <= len(name) <= 40 and not lexicons.credit_names().pattern.fullmatch(key) and not lexicons.ui_line().fullmatch(key):
                    return name
    return None
