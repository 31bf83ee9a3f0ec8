"""A lead's event that names no day, told again further on with the day it happened.

A lead sentence with no time expression of its own takes the publication date (draft_dates._fallback_date): the
news of the day. An article posted the morning after often leads with the event and names its day only later:
"قتل 20 شخصا في هجوم انتحاري استهدف مسجدا في كابول" then "ووقع الهجوم مساء الأحد"; "أكد ترامب التزامه…" then
"وقال ترامب في كلمة … الثلاثاء". Once the whole article is read, such a lead event takes the day a later
sentence gives for the same event: one of its type whose participants agree with it (no role named by both
differs, and the actor, target or place is shared, or it is a definite noun that refers back: "الهجوم"; a
statement, by the same speaker), dated by a time expression of its own sentence as what happened (a past verb or
a noun; not background, pluperfect, planned or negated), a day to LEAD_DAY_REACH days before the lead's date.
Only when the lead event's sentence names no day, and the later sentences give that event one past day only.
On ANT (1,100 articles, 800 with the pattern) the lead events re-dated were right 16 times in 19 (2 doubtful,
1 wrong before and after). When the one day the lead's events move to is the day before publication, the body's
news that waited for a day the lead would name takes it too (`date_body_news`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rasad.extract.events.drafts import COMMUNICATIVE, Draft
from rasad.extract.events.news_day import LEAD_DAY_REACH, LEAD_SENTENCES, STATED_DAY_REACH

_ROLES = ("actor", "target", "location")


def date_leads_from_body(drafts: Sequence[Draft]) -> set[str]:
    """Give each lead event dated by the publication day the one earlier day the body tells for it (module doc).
    Returns the days the lead's events were moved to."""
    told = [d for d in drafts if d.own_day and d.date]
    moved: set[str] = set()
    if not told:
        return moved
    for lead in drafts:
        if not (lead.by_publication and lead.date and lead.s_index < LEAD_SENTENCES):
            continue
        same = [d.date for d in told if d.s_index > lead.s_index and d.type == lead.type and _same_participants(lead, d)]
        # a day after the lead's is of another event ("أعلنت طالبان وقفا لإطلاق النار" from the coming Friday)
        days = {day[:10] for day in same if day and _days_before(lead.date[:10], day[:10]) >= 0}
        if len(days) == 1 and _days_before(lead.date[:10], next(iter(days))) in range(1, LEAD_DAY_REACH + 1):
            lead.date, lead.date_mod = next(iter(days)), None
            moved.add(lead.date)
    return moved


def date_body_news(held: Sequence[tuple[Draft, frozenset[str]]], moved: set[str], published: str | None) -> None:
    """The body's news that waited for a day the lead named (news_day.body_news) takes the one day the lead's
    events were moved to, when that is the day before publication: an article posted the morning after tells the
    evening before's news ("قتل 20 شخصا في هجوم…" then "ووقع الهجوم مساء الأحد" then "وقالت الوزارة إن…"), when
    no other day is told around it."""
    if len(moved) != 1 or published is None:
        return
    day = next(iter(moved))
    if _days_before(published, day) not in range(1, STATED_DAY_REACH + 1):
        return
    for d, told in held:
        if d.date is None and told <= {day}:  # no other day told around it
            d.date = day


def _same_participants(lead: Draft, body: Draft) -> bool:
    """Whether `body` tells the event of `lead`: no role named by both differs, and one is shared, or `body` is a
    definite noun that refers back to it ("ووقع الهجوم مساء الأحد"، "وأعلنت طالبان تبنيها الهجوم الذي وقع ليل
    الجمعة")."""
    if lead.type in COMMUNICATIVE:
        return bool(lead.actor) and lead.actor == body.actor
    pairs = [(getattr(lead, r), getattr(body, r)) for r in _ROLES]
    if any(a and b and a != b for a, b in pairs):
        return False
    refers_back = body.pos == "noun" and body.hit is not None and body.hit.definite
    return refers_back or any(a and a == b for a, b in pairs)


def _days_before(later: str, earlier: str) -> int:
    """How many days `earlier` is before `later` (ISO days); 0 when either is no calendar day."""
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return 0
