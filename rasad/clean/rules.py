"""What a single line is, judged from its own text.

Each rule looks at one `Line` and returns a `Verdict` (a removal kind, a
reason a person can read, and what the metadata should take from the line) or
None. Rules that need the line's neighbours (titles, headings, link titles
under a "read also" header, the post above an embed signature, repeats) live
in `cleaner.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rasad.arabic.dates import FullDate, find_full_dates
from rasad.arabic.lexicon import weekdays
from rasad.clean import lexicons
from rasad.clean.lines import Line, match_key

# Lines longer than these are article text for the rule in question, whatever they contain.
MAX_NOTICE_WORDS = 40
MAX_CONTAINS_NOTICE_WORDS = 25  # a notice phrase inside a longer line is article text
MAX_COOKIE_WORDS = 90
MAX_CAPTION_WORDS = 30
CAPTION_CONTEXT_WORDS = 4
MAX_META_WORDS = 10
MAX_DATE_LINE_WORDS = 16  # a print issue's line: weekday, Hijri and Gregorian dates, issue number

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright\b)")
# A time zone named by its city or country ("توقيت مكة المكرمة", "بتوقيت القدس"), on a match key.
_ZONE = re.compile(r"(?<!\S)ب?توقيت(?:\s+[^\s\d]+){1,2}")


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # a rasad.document.REMOVAL_KINDS value, or "header" for a bare block header
    reason: str
    value: str | None = None  # what meta takes from it (byline, dateline, credit)
    date: FullDate | None = None  # date lines: the date on the line
    opens: str | None = None  # "read_also" / "credit" / "embed": the lines around it are part of it
    edge_only: bool = False  # trusted only above or below the article's prose, not between its paragraphs


def _quote(text: str, limit: int = 40) -> str:
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"


def has_year(line: Line) -> bool:
    return bool(_YEAR.search(line.norm))


def punctuation_only(line: Line) -> Verdict | None:
    if line.words == 0:
        return Verdict("furniture", f"stray punctuation line {_quote(line.text)}")
    return None


def ui_vocabulary(line: Line) -> Verdict | None:
    if line.words > 8 or not lexicons.ui_line().fullmatch(line.key):
        return None
    label = lexicons.ui_labels().get(line.key)
    what = f" ({label})" if label else ""
    return Verdict("furniture", f"UI vocabulary{what}: {_quote(line.text)}")


def read_also(line: Line) -> Verdict | None:
    found = lexicons.read_also().match(line.norm)
    if not found:
        return None
    bare = not re.sub(r"[\W_]+", "", found.group("rest"))  # only separators after it: "اقرأ أيضا|"
    header = found.group("opt") or found.group("req")
    reason = f"'read also' block header {_quote(line.text)}" if bare else f"'read also' link {_quote(line.text)}"
    return Verdict("furniture", reason, opens="read_also" if bare else None) if header else None


def cookie_notice(line: Line) -> Verdict | None:
    if line.words > MAX_COOKIE_WORDS:
        return None
    topic, address = lexicons.cookie_phrases()
    what = topic.pattern.search(line.key)
    if what and address.pattern.search(line.key):
        # Between paragraphs, cookies and privacy policies are the news itself.
        return Verdict("furniture", f"cookie/privacy notice ('{what.group(0)}')", edge_only=True)
    return None


def site_notice(line: Line) -> Verdict | None:
    prefix, contains, anywhere = lexicons.notices()
    if line.words > MAX_NOTICE_WORDS:
        return None
    if prefix.match(line.norm) or (_COPYRIGHT.match(line.norm) and line.words <= MAX_META_WORDS):
        return Verdict("furniture", f"site notice {_quote(line.text)}")
    if line.words > MAX_CONTAINS_NOTICE_WORDS:
        return None
    for phrases, edge_only in ((anywhere, False), (contains, line.words > MAX_META_WORDS)):
        found = phrases.pattern.search(line.key) if phrases.labels else None
        if found:
            label = phrases.label_of(found.group(0)) or "site notice"
            return Verdict("furniture", f"{label}: {_quote(line.text)}", edge_only=edge_only)
    return None


def embed_line(line: Line) -> Verdict | None:
    patterns = lexicons.embeds()
    if any(p.match(line.text) for p in patterns["signature"]):
        dates = find_full_dates(line.text)
        return Verdict("embed", f"embedded post signature {_quote(line.text)}",
                       date=dates[-1] if dates else None, opens="embed")
    if any(p.match(line.text) for p in patterns["link"]):
        return Verdict("embed", f"embedded post link {_quote(line.text)}")
    return None


def meta_line(line: Line) -> Verdict | None:
    """Bylines, datelines and source credits: short lines of a known shape."""
    if line.words > MAX_META_WORDS:
        return None
    for kind, pattern in lexicons.byline_patterns():
        found = pattern.match(line.text)
        if not found:
            continue
        value = (found.groupdict().get("value") or line.text).strip(" -–—:|")
        if kind == "credit_header":
            return Verdict("credit", f"source credit header {_quote(line.text)}", opens="credit")
        if kind == "dateline" and lexicons.credit_names().pattern.fullmatch(match_key(value)):
            return Verdict("credit", f"agency credit line {_quote(line.text)}", value=value)
        return Verdict(kind, f"{kind} {_quote(line.text)}", value=value)
    return None


def credit_line(line: Line) -> Verdict | None:
    """A short line made of agency names, maybe with one outlet: "فرانس24/ أ ف ب"."""
    if line.words > 8 or line.final_stop:
        return None
    parts = [p for p in re.split(r"\s*[/|+،,]\s*|\s+[-–—]\s+", line.norm) if p.strip()]
    if len(parts) < 2 and not lexicons.credit_names().pattern.fullmatch(line.key):
        return None
    agencies = [p for p in parts if lexicons.credit_names().pattern.fullmatch(match_key(p))]
    if agencies and len(parts) - len(agencies) <= 1:
        return Verdict("credit", f"source credit line {_quote(line.text)}", value=line.text)
    return None


def caption(line: Line) -> Verdict | None:
    if line.words > MAX_CAPTION_WORDS:
        return None
    if lexicons.caption_labels().match(line.key):
        return Verdict("caption", f"labelled photo caption or credit {_quote(line.text)}")
    if line.words < 3:
        return None
    found = lexicons.caption_end().search(line.norm)
    if not found:
        return None
    before = match_key(line.norm[: found.start()]).split()[-CAPTION_CONTEXT_WORDS:]
    if any(word in lexicons.caption_blockers() for word in before):
        return None  # "... وفقا لوكالة الأنباء السعودية (واس)": a source, not a photo credit
    tail = len(line.norm) - found.start()
    credit = line.text[-tail:] if len(line.norm) == len(line.text) else found.group(0)
    return Verdict("caption", f"photo caption ending {_quote(credit.strip(), 30)}")


def date_line(line: Line) -> Verdict | None:
    """A line that is a date and little else ("05-يناير-2022", "نشر في: 9/12/2021 - 10:30"),
    or a time stamp ("10:45 ص", "منذ 3 ساعات")."""
    if line.words > MAX_DATE_LINE_WORDS or not any(ch.isdigit() for ch in line.norm):
        return None
    dates = find_full_dates(line.text) if _YEAR.search(line.norm) else []
    date = dates[0] if dates else None
    rest = _without_dates(line.text, dates)
    # With two dates ("الثلاثاء 12-06-2018 18:32 | آخر تحديث: …"), the words before the first say what it is.
    head = line.text[: dates[0].span.start] if len(dates) > 1 else rest
    labels = {lexicons.date_labels().label_of(m.group(0)) for m in lexicons.date_labels().pattern.finditer(match_key(head))}
    if not _only_date_words(rest) or (date is None and not (_TIME.search(rest) or "stamp" in labels)):
        return None
    if date is None:
        return Verdict("furniture", f"time stamp {_quote(line.text)}", edge_only=True)
    what = "updated" if "updated" in labels else "published" if "published" in labels else "date"
    return Verdict("dateline", f"{what} line {_quote(line.text)}", value=what, date=date, edge_only=True)


def _without_dates(text: str, dates: list[FullDate]) -> str:
    """The line with its dates blanked out (spans into `text`)."""
    for found in reversed(dates):
        text = text[: found.span.start] + " " + text[found.span.end :]
    return text


def _only_date_words(rest: str) -> bool:
    """Nothing but times, numbers, weekday names and date labels."""
    leftover = lexicons.date_labels().pattern.sub(" ", _ZONE.sub(" ", _TIME.sub(" ", match_key(rest))))
    return not any(w not in weekdays() and not w.isdigit() for w in leftover.split())


def link_marker(line: Line) -> Verdict | None:
    """A screen-reader marker of a block of links ("list 2 of 4", "end of list"), or a link to a
    section ("المزيد من سياسة")."""
    if line.words > 6:
        return None
    for kind, pattern in lexicons.link_markers():
        if pattern.match(line.text):
            if kind == "section":
                return Verdict("furniture", f"link to a section {_quote(line.text)}", edge_only=True)
            return Verdict("furniture", f"list marker {_quote(line.text)}", opens="list_item" if kind == "item" else None)
    return None


def tag_line(line: Line) -> Verdict | None:
    """A line of hashtags only ("#العراق #بغداد")."""
    tokens = line.text.split()
    if tokens and all(t.startswith("#") for t in tokens):
        return Verdict("furniture", f"hashtag line {_quote(line.text)}")
    return None


# Menu and breadcrumb separators: "الرئيسية | لبنان | اقتصاد", "المرصد اليومي » أخبار لبنان".
_NAV_SEPARATOR = re.compile(r"\s*[|»›]\s*|\s>\s")
MAX_NAV_SEGMENT_WORDS = 3


def navigation_line(line: Line) -> Verdict | None:
    """A menu or breadcrumb: short segments joined by | » › (a headline has a long segment)."""
    segments = [seg.strip() for seg in _NAV_SEPARATOR.split(line.text)]
    if len(segments) < 2 or not all(segments) or _TIME.search(line.text) or has_year(line):
        return None
    if all(len(seg.split()) <= MAX_NAV_SEGMENT_WORDS for seg in segments):
        return Verdict("furniture", f"menu or breadcrumb {_quote(line.text)}", edge_only=True)
    return None


# Order matters: the first rule that fires decides.
LINE_RULES: tuple[Callable[[Line], Verdict | None], ...] = (
    punctuation_only,
    link_marker,
    tag_line,
    navigation_line,
    ui_vocabulary,
    read_also,
    cookie_notice,
    site_notice,
    embed_line,
    date_line,
    meta_line,
    credit_line,
    caption,
)


def judge(line: Line) -> Verdict | None:
    for rule in LINE_RULES:
        verdict = rule(line)
        if verdict is not None:
            return verdict
    return None
