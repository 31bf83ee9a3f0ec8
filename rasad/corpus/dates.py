"""Publication dates that one document cannot settle alone, settled with the others of a run.

A document with no stated date gets one inferred from its own text
(`rasad.extract.time.guess_published`); when that guess is unsure, several
days fit its clues about equally ("اليوم الخميس" in December 2021 fits five
Thursdays). Documents of the same run often report the same events: a
candidate day is supported when, with it as the reference, the document's
relative expressions land on days other documents name too (the day 001
calls "اليوم الخميس" is the "9 ديسمبر" of two other outlets), or on another
document's publication date. The most supported candidate wins, and the
document's time expressions are resolved again against it.

Dates that came from the text, markup or feed metadata are never changed.
"""

from __future__ import annotations

import datetime as dt
import logging

from rasad.corpus.model import Corpus
from rasad.document import Document
from rasad.extract.time import Analysis, page_dates, parse_date
from rasad.extract.timex.published import SURE_MARGIN

log = logging.getLogger(__name__)

_MATCH, _NEAR = 1.0, 0.25  # support for a day another document names, and for one a day away
_CAP_PER_DOC = 5.0  # one very similar document should not outvote the text's own clues
_UNSETTLED = 0.5  # weight of what an unsettled document's guessed date implies
_SPREAD = 3  # days around other documents' dates tried for a document with no clue at all


def infer_published_across(docs: list[Document]) -> None:
    """Settle missing and unsure inferred publication dates with evidence from the other documents."""
    pending = [d for d in docs if _unsure(d)]
    if not pending:
        return
    analyses = {d.id: Analysis(d.text, d.sentences or None) for d in pending}
    named = {d.id: _named_days(d, settled=d not in pending) for d in docs}
    while pending:
        doc, day, _ = max((_best(d, analyses[d.id], named) for d in pending), key=lambda c: c[2])
        pending.remove(doc)
        if day is not None:
            _settle(doc, analyses[doc.id], day)
        named[doc.id] = _named_days(doc, settled=True)


def _unsure(doc: Document) -> bool:
    if doc.meta.published and doc.meta.published_how != "inferred":
        return False
    return not doc.meta.published or float(doc.meta.extra.get("published_margin", 0.0)) < SURE_MARGIN


def _named_days(doc: Document, *, settled: bool) -> dict[dt.date, float]:
    """The days a document names, weighted by trust: its publication date and its time expressions
    with a day. Until its own date is settled, what depends on that date counts for half."""
    weight = 1.0 if settled else _UNSETTLED
    days: dict[dt.date, float] = {}
    for t in doc.timexes:
        day = _day(t.value)
        if day is not None:
            days[day] = max(days.get(day, 0.0), 1.0 if t.anchor is None else weight)
    pub = parse_date(doc.meta.published)
    if pub is not None:
        days[pub] = max(days.get(pub, 0.0), weight)
    return days


def _best(doc: Document, analysis: Analysis, named: dict[str, dict[dt.date, float]]) -> tuple[Document, dt.date | None, float]:
    """The best candidate day of `doc` (own clues + support from the others) and its lead over the next."""
    evidence = analysis.evidence(page_dates(doc))
    others = [v for k, v in named.items() if k != doc.id]
    extra = {day + dt.timedelta(days=k) for days in others for day in days for k in range(-_SPREAD, _SPREAD + 1)}
    ranked = evidence.ranked(extra)
    if not ranked:
        return doc, None, float("-inf")
    top = ranked[0][1]
    shortlist = [(day, score) for day, score in ranked if score >= top - SURE_MARGIN][:60]
    scored = sorted(((score + _support(analysis, day, others), day) for day, score in shortlist), reverse=True)
    lead = scored[0][0] - scored[1][0] if len(scored) > 1 else SURE_MARGIN
    return doc, scored[0][1], lead


def _support(analysis: Analysis, day: dt.date, others: list[dict[dt.date, float]]) -> float:
    """How much the other documents agree with `day` as this document's reference date."""
    mine = {d for t in analysis.resolve(day) if t.anchor and (d := _day(t.value)) is not None} | {day}
    one = dt.timedelta(days=1)
    total = 0.0
    for theirs in others:
        exact = sum(theirs[d] for d in mine if d in theirs)
        near = sum(max(theirs.get(d - one, 0.0), theirs.get(d + one, 0.0)) for d in mine if d not in theirs)
        total += min(_CAP_PER_DOC, _MATCH * exact + _NEAR * near)
    return total


def _day(value: str | None) -> dt.date | None:
    return parse_date(value) if value and len(value) >= 10 else None


def _settle(doc: Document, analysis: Analysis, day: dt.date) -> None:
    if doc.meta.published != day.isoformat():
        log.info("%s: publication date %s (from other documents; the text alone suggested %s)", doc.id, day, doc.meta.published)
    doc.meta.published = day.isoformat()
    doc.meta.published_how = "inferred"
    doc.meta.extra["published_from"] = "corpus"
    doc.timexes = analysis.resolve(day)


def published_across(corpus: Corpus) -> Corpus:
    """The corpus-step form of `infer_published_across`: run it first, before events and stories use dates."""
    infer_published_across(corpus.documents)
    return corpus
