"""Publication dates from metadata values, and stable ids for records.

Metadata dates come as ISO 8601 ("2018-02-18T21:35:43+04:00"), RFC 822 as in
RSS pubDate ("Sun, 18 Feb 2018 21:35:43 +0400"), epoch seconds, or written
out in Arabic ("18 فبراير 2018"). The date kept is the calendar day as the
outlet wrote it, in its own time zone, not converted to UTC: a story posted at
01:00 in Beirut belongs to that Beirut day. The time of day, where the value
writes one, is kept the same way ("01:00"): an article of the small hours tells
the day before's news (`rasad.extract.events.news_day`).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
# The clock time of an ISO or RFC 822 date ("2018-02-18T21:35:43+04:00", "Sun, 18 Feb 2018 21:35:43 +0400")
_CLOCK = re.compile(r"(?:^\s*\d{4}-\d{1,2}-\d{1,2}[T ]|\d{4}\s+)(\d{1,2}):(\d{2})(?!\d)")
_EARLIEST_YEAR = 1900


def hash_id(key: str) -> str:
    """A short stable id from a URL or a text."""
    return hashlib.sha1(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def parse_published(value: object) -> str | None:
    """The ISO date (YYYY-MM-DD) in a metadata value, or None where there is none."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.isdigit() and len(text) in (10, 13):  # epoch seconds or milliseconds written as a string
        return _from_epoch(float(text))
    date = _iso(text) or _rfc822(text) or _written(text)
    return date.isoformat() if date and _plausible(date) else None


def parse_published_time(value: object) -> str | None:
    """The time of day ("HH:MM") an ISO or RFC 822 metadata date writes, on the outlet's clock as
    written; None for a bare date, and for epoch seconds (UTC, not the outlet's clock)."""
    if not isinstance(value, str) or parse_published(value) is None:
        return None
    match = _CLOCK.search(value)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _iso(text: str) -> dt.date | None:
    match = _ISO_DATE.match(text)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _rfc822(text: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _written(text: str) -> dt.date | None:
    from rasad.arabic.dates import find_full_dates  # the shared finder: Arabic and English month names

    found = find_full_dates(text[:200])
    return found[0].date if found else None


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        date = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return date.isoformat() if _plausible(date) else None


def _plausible(date: dt.date) -> bool:
    return _EARLIEST_YEAR <= date.year <= dt.date.today().year + 1
