"""The Arabic temporal tagger: time expressions normalised to TIMEX3 values.

`tag(text, ref)` finds every time expression of a text (rasad.extract.timex.atoms)
and resolves it against the reference date `ref`, the document's publication
date (rasad.extract.timex.resolve): "أمس الثلاثاء" -> 2022-01-04, "نوفمبر
الماضي" -> 2021-11, "نهاية العام الجاري" -> 2021 with mod END, "الأسبوع الفائت"
-> 2021-W51, "صيف 2020" -> 2020-SU. Durations and vague expressions ("خلال 3
أيام", "منذ أيام") are found but get no value; so do relative expressions when
there is no reference.

The `timexes` component tags the whole text (header dates, captions and
embedded posts count too). When the document has no publication date it is
inferred first from the text's own clues (rasad.extract.timex.published) and
marked `published_how = "inferred"`; `rasad.corpus.dates` may revise unsure
guesses with evidence from other documents of the run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from rasad.arabic.normalize import NormText, normalize
from rasad.document import Document, Span, Timex
from rasad.extract.timex import lexicon as lx
from rasad.extract.timex import published as pub
from rasad.extract.timex.atoms import find_atoms
from rasad.extract.timex.context import (
    Sentences,
    days_of_clause,
    deadline_words,
    message_words,
    next_word,
    opens_period_end,
    paired_with,
    prev_word,
    quote_opening,
    said_on,
    tense,
)
from rasad.extract.timex.eve import eve_day
from rasad.extract.timex.resolve import FUTURE, NEAREST, day_of, shift_month, value
from rasad.extract.timex.spec import Atom, Spec
from rasad.pipeline import component

# The title, the lead and the sentence after it: where a report names the day of its news.
_LEAD_SENTENCES = 3
# A value that names a calendar date: a year, a month or a day (what an offset can count from).
_CALENDAR = re.compile(r"\d{4}(?:-\d\d){0,2}(?:T|$)")
# How far back the day of a report's news may lie.
_NEWS_DAYS = 7

__all__ = ["Analysis", "analyse", "guess_published", "parse_date", "tag", "timexes"]


class Analysis:
    """A text's normalised view, sentences and unresolved expressions: resolve against any reference."""

    def __init__(self, text: str, spans: Sequence[Span] | None = None) -> None:
        self.view: NormText = normalize(text)
        self.sentences = Sentences(self.view, spans)
        self.atoms: list[Atom] = find_atoms(self.view)

    def resolve(self, ref: dt.date | None, small_hours: bool = False) -> list[Timex]:
        """The timexes of every expression, resolved against `ref` (None: relative ones get no value).
        `small_hours`: the text was posted in the small hours, so written the day before (see _forward_from
        and _LeadDay)."""
        text = self.view.text
        out: list[Timex | None] = []
        anchors: dict[int, dt.date] = {}  # per sentence: the last date the text states outright
        days: dict[int, list[tuple[int, dt.date]]] = {}
        told: dict[int, dt.date] = {}  # per sentence: the first recent day it names outside a quote
        stated: dict[int, list[tuple[int, str, dt.date | None]]] = {}  # per sentence: calendar dates outside quotes
        lead = _LeadDay(ref, small_hours)
        last: tuple[int, str] | None = None  # the sentence and value of the last expression that names a date
        year_told: str | None = None  # the value of the last such expression outside quote marks
        last_weekday: tuple[int, dt.date] | None = None  # where the last day named by its weekday ends, and that day
        for atom in self.atoms:
            spec, sent = atom.spec, self.sentences.index(atom.start)
            if spec.family == "clock":
                out.append(None)  # resolved below, once the sentence's days are known
                continue
            if spec.family == "offset":  # "وبعدها بخمسة أيام": from the date named last, here or a sentence before
                val, base = _counted_from(spec, last[1] if last is not None and last[0] >= sent - 1 else None)
                if val is not None:
                    last = (sent, val)
                    if base is not None and (day := day_of(spec, base)) is not None:
                        days.setdefault(sent, []).append((atom.start, day))
                out.append(self._timex(atom, val, base))
                continue
            if spec.family == "dayof":  # "في 15 يونيو … وفي 19 منه": in the month named last, here or a sentence before
                day = _day_of_month(spec, last[1] if last is not None and last[0] >= sent - 1 else None)
                if day is not None:
                    last = (sent, day.isoformat())
                    days.setdefault(sent, []).append((atom.start, day))
                out.append(self._timex(atom, day.isoformat() if day else None, None))
                continue
            if spec.family == "eve":  # "عشية الإضراب": the day before an event the text dates
                day = eve_day(text, self.sentences, atom, days)
                if day is not None:
                    last = (sent, day.isoformat())
                    days.setdefault(sent, []).append((atom.start, day))
                    out.append(self._timex(atom, day.isoformat(), None))
                else:
                    out.append(self._timex(Atom(atom.start, atom.end, spec.with_(kind="vague")), None, None))
                continue
            if spec.same_year:
                spec = _in_year_told(spec, year_told)
            when = tense(text, atom.start, atom.end, self.sentences.bounds[sent]) if spec.needs_ref else None
            anchor = anchors.get(sent) if spec.family in ("daymonth", "month") and spec.rel is None else None
            opened = quote_opening(text, self.sentences.bounds[sent], atom.start)
            quoted, period = opened is not None, None
            if spec.family == "weekday" and spec.rel is None and when != FUTURE and opens_period_end(text, atom.start):
                when = NEAREST  # "أغلقت المدارس حتى يوم الاثنين": a period the act opened runs to the nearest such day
            if spec.family == "relunit" and (quoted or _deadline(text, atom.start)):
                when = FUTURE  # "أكد ضرورة إقرارها قبل نهاية الأسبوع"، "قال: "سنعرف ... في نهاية الأسبوع"": the week
                # the speaker is in, not the narrative's past
            if spec.family == "relday":  # "وقال الأحد "…إلى الغد"": counted from the day of saying
                anchor = said_on(text, self.sentences.bounds[sent], atom.start, days.get(sent, []))
                if anchor is None and opened is not None:
                    written = _names_message(text, self.sentences.bounds[sent][0], opened)
                    period, anchor = _message_date(stated, sent, opened, ref, written) or (None, lead.day)
                if anchor is not None and not _weekday_agrees(spec, anchor):
                    anchor = None  # "اليوم الخميس" names its own day: counted from a Wednesday it cannot be
            base = anchor or _forward_from(spec, ref, when, small_hours)
            if (first := paired_with(text, atom, last_weekday)) is not None:
                base, when = first, FUTURE  # "يومي الخميس والجمعة": the second day follows the first
            val = period or value(spec, base, when, anchor)
            day = None if period else day_of(spec, base, when, anchor)
            if val and not quoted and (not spec.needs_ref or spec.family in ("daymonth", "monthday", "month")):
                stated.setdefault(sent, []).append((atom.start, val, day))
            if val and _CALENDAR.match(val) and spec.family != "ago":  # "بعد 10 أعوام" counts from today, not a date told
                last = (sent, val)
                year_told = val if not quoted else year_told  # what "من نفس العام" refers to: the narrative's
            if day is not None and spec.family in ("weekday", "relday"):
                last_weekday = (atom.end, day)
            if day is not None:
                lead.read(spec, sent, day, quoted)
                days.setdefault(sent, []).append((atom.start, day))
                if not quoted and _recent(day, ref) and not _dateline(text, atom):
                    told.setdefault(sent, day)
                if spec.date is not None or spec.rel is not None:
                    anchors[sent] = day
            used = base if spec.needs_ref and not period else None
            out.append(self._timex(atom, val, used))
        for i, atom in enumerate(self.atoms):
            if out[i] is None:
                sent = self.sentences.index(atom.start)
                day = _nearest_day(days_of_clause(text, _not_since(text, days.get(sent, [])), atom), atom.start) or self._told_before(atom, sent, told, ref)
                if day is None and atom.spec.clock is None:
                    continue  # "ينصح بعدم شحن الهاتف خلال الليل": a part of no day the text tells is mostly generic
                day = day or ref
                val = _at_time(day, atom.spec) if day else None
                out[i] = self._timex(atom, val, day)
        return [t for t in out if t is not None]

    def _told_before(self, atom: Atom, sent: int, told: dict[int, dt.date], ref: dt.date | None) -> dt.date | None:
        """The day of the narrative for a clock time whose sentence names none: "قبل ظهر الأحد … ثم بدأ انبعاث
        الحمم … في حوالي الساعة الرابعة مساء" is Sunday at 16:00. The sentence before must name it, and the clock's
        own clause must not look forward ("وسيجتمع الممثلون عند الساعة العاشرة" is not the day of the last news).
        Its first such day is taken: the main clause names its day early, later ones are mostly of background
        ("تراجعت الليرة الجمعة، مقتربة من المستوى الذي لامسته قبل يوم. وفي الساعة 06:18 …" is Friday). When the
        sentence before names none, the report's news day (_news_day) is taken rather than the publication day.
        A night is the one before publication unless the sentence before dates an earlier day (_last_night)."""
        day = told.get(sent - 1) or _news_day(told, sent)
        if day is None or tense(self.view.text, atom.start, atom.end, self.sentences.bounds[sent], later_clauses=True) == FUTURE:
            return None
        return _last_night(atom.spec, ref, told.get(sent - 1)) or day

    def _timex(self, atom: Atom, val: str | None, anchor: dt.date | None) -> Timex:
        spec = atom.spec
        mod = None if val and val.endswith("-WE") else spec.mod
        return Timex(self.view.to_original(atom.start, atom.end), val, mod, spec.kind, anchor.isoformat() if anchor else None)

    def guess_published(self, skip: Sequence[Span] = ()) -> pub.Guess | None:
        """The publication date the text implies; expressions inside `skip` (page dates) are ignored."""
        ranges = [(self.view.to_normalised(s.start), self.view.to_normalised(s.end)) for s in skip]
        return pub.infer(pub.evidence(self.view.text, self.atoms, self.sentences, ranges))

    def evidence(self, skip: Sequence[Span] = ()) -> pub.Evidence:
        ranges = [(self.view.to_normalised(s.start), self.view.to_normalised(s.end)) for s in skip]
        return pub.evidence(self.view.text, self.atoms, self.sentences, ranges)


class _LeadDay:
    """The news day of a report of the next morning: the day before publication when the first day the
    title or lead names, outside quotes, is that day ("عقد مجلس الأمن، مساء الجمعة، جلسة" published on
    Saturday), or when the lead names no day and the article was posted in the small hours. A day counted
    from today inside a quote whose sentence names no day of saying counts from it: "الخسائر التي وقعت
    اليوم" said at Friday's session is Friday. None when the lead names today, or no day by day."""

    def __init__(self, ref: dt.date | None, small_hours: bool = False) -> None:
        self.ref = ref
        self.day: dt.date | None = ref - dt.timedelta(days=1) if ref is not None and small_hours else None
        self.done = ref is None

    def read(self, spec: Spec, sentence: int, day: dt.date, quoted: bool) -> None:
        if self.done or sentence >= _LEAD_SENTENCES:
            self.done = True
            return
        if quoted or spec.family not in ("relday", "weekday"):
            return
        self.done = True
        self.day = day if self.ref is not None and day == self.ref - dt.timedelta(days=1) else None


def _in_year_told(spec: Spec, told: str | None) -> Spec:
    """"في 9 أبريل من نفس العام": the day or month in the year of the date the text named last, if any."""
    if told is None:
        return spec
    year = int(told[:4])
    if spec.family == "month":
        return spec.with_(year=year)
    try:
        return spec.with_(date=dt.date(year, spec.month or 0, spec.day or 0))
    except ValueError:  # 29 February of a year that has none
        return spec


def _weekday_agrees(spec: Spec, anchor: dt.date) -> bool:
    """Whether a day counted from `anchor` falls on the weekday the expression names, if it names one."""
    day = day_of(spec, anchor)
    return spec.weekday is None or day is None or day.isoweekday() == spec.weekday


def _forward_from(spec: Spec, ref: dt.date | None, when: str | None, small_hours: bool) -> dt.date | None:
    """The day a weekday that looks forward counts from: the day of writing. An article posted in the small
    hours was written the evening before, so its "التي تناقش الجمعة" is that Friday, not the next."""
    if small_hours and ref is not None and spec.family == "weekday" and when in (FUTURE, NEAREST):
        return ref - dt.timedelta(days=1)
    return ref


def _recent(day: dt.date, ref: dt.date | None) -> bool:
    """Whether `day` can be the day of the news a report tells: this week, up to its publication. A date of
    background ("منذ إعادة انتخابه في 18 آذار") or a date ahead ("انتخابات تجرى في 25 يوليو") is not."""
    return ref is not None and ref - dt.timedelta(days=_NEWS_DAYS) <= day <= ref


def _counted_from(spec: Spec, named: str | None) -> tuple[str | None, dt.date | None]:
    """The value of "بعدها بخمسة أيام" counted from the value of the date named before it, and that day if it
    is one: days and weeks count from a day, months from a month or a day, years from any date ("ترك النادي في
    عام 2013 … وعاد إليه بعدها بعام واحد" is 2014); a coarser date gives no value."""
    if named is None:
        return None, None
    if len(named) >= 10:
        day = dt.date.fromisoformat(named[:10])
        return value(spec, day), day
    n = spec.offset or 0
    if spec.unit == "year":
        return f"{int(named[:4]) + n:04d}", None
    if spec.unit == "month" and len(named) == 7:
        year, month = shift_month(int(named[:4]), int(named[5:7]), n)
        return f"{year:04d}-{month:02d}", None
    return None, None


def _day_of_month(spec: Spec, named: str | None) -> dt.date | None:
    """The day `spec` names in the month of the value named before it, if that names a month or a day in one."""
    if named is None or len(named) < len("YYYY-MM") or not _CALENDAR.match(named):
        return None
    try:
        return dt.date(int(named[:4]), int(named[5:7]), spec.day or 0)
    except ValueError:  # "31 منه" of a 30-day month, or a week value
        return None


def _message_date(stated: dict[int, list[tuple[int, str, dt.date | None]]], sent: int, opened: int,
                  ref: dt.date | None, written: bool) -> tuple[str | None, dt.date | None] | None:
    """When a quote counts days from its own date, not from publication: "وفي شهر أبريل عام 2016 ظهر سليماني.
    وأرسل السفير رسالة قال فيها: "التقى سليماني بالخاطفين مساء أمس"" is a day of April 2016, not the day before
    the article. The message's date is the last calendar date (a day or a month) named outside quotes before the
    quote opens, in its sentence or else, when the sentence introduces a written message (`written`: رسالة،
    برقية، تغريدة…), in the sentence before ("اندلعت الحرب في مارس 2011. وقال الوزير: "اليوم …"" is not of
    2011), when it ended before the news of the week
    (a recent one is the article's own time, which the publication day already counts from). Returns (the
    month, None) or (None, the day), or None when no such date is named."""
    here = [s for s in stated.get(sent, []) if s[0] < opened]
    named = here or (stated.get(sent - 1, []) if written else [])
    if not named or ref is None:
        return None
    _, val, day = named[-1]
    if day is not None:
        return (None, day) if day < ref - dt.timedelta(days=_NEWS_DAYS) else None
    if len(val) != 7:  # a month; a year or a season is too loose to count days from
        return None
    year, month = int(val[:4]), int(val[5:7])
    ended = dt.date(year + month // 12, month % 12 + 1, 1)
    return (val, None) if ended <= ref - dt.timedelta(days=_NEWS_DAYS) else None


def _names_message(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names a written message (time_context.tsv, class message), with or without
    a clitic و/ف/ب/ل in front."""
    words = message_words()
    return any(w in words or w[1:] in words for w in text[start:end].split())


def _deadline(text: str, start: int) -> bool:
    """Whether the expression at `start` opens with a preposition of a deadline (قبل، حتى، بحلول: time_context.tsv,
    class deadline), which mostly bounds a time still ahead, whatever the tense of the clause."""
    word = next_word(text, start)
    return word in deadline_words() or word[:1] in "وف" and word[1:] in deadline_words()


def _last_night(spec: Spec, ref: dt.date | None, before: dt.date | None) -> dt.date | None:
    """The day of a night that its sentence does not date ("أنقذت فرق الإنقاذ امرأة أثناء الليل"): the night before
    publication, not the night of the first news told ("ضرب الزلزال الجمعة" two days earlier), unless the sentence
    before dates an earlier day (`before`: "شنت غارات مساء الأحد. واستمر القصف طوال الليل"). None for other parts
    of the day."""
    if ref is None or spec.clock is not None or spec.part != "NI" or before not in (None, ref):
        return None
    return ref - dt.timedelta(days=1)


def _at_time(day: dt.date, spec: Spec) -> str:
    """The value of a clock time ("T18:03") or of a part of the day without an hour ("TNI") on `day`."""
    if spec.clock is None and spec.part:
        return f"{day.isoformat()}T{spec.part}"
    hour, minute = spec.clock or (0, 0)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _dateline(text: str, atom: Atom) -> bool:
    """Whether the expression fills its line alone: the date a page prints under its title, not a day the
    report tells of."""
    start, end = text.rfind("\n", 0, atom.start) + 1, text.find("\n", atom.end)
    return not text[start : end if end >= 0 else len(text)].replace(text[atom.start : atom.end], "").strip(" .,،-")


def _news_day(told: dict[int, dt.date], sent: int) -> dt.date | None:
    """The first recent day the text names outside quotes before sentence `sent`: the day of the news it tells,
    which a clock time of a sentence that names no day mostly belongs to ("الزلزال الذي وقع يوم الجمعة … وقع
    الزلزال في الساعة 18:03" is Friday's, not the day of publication)."""
    earlier = [i for i in told if i < sent]
    return told[min(earlier)] if earlier else None


def _not_since(text: str, days: list[tuple[int, dt.date]]) -> list[tuple[int, dt.date]]:
    """The days a clock time may belong to: not one that opens a period ("بحلول الساعة 06:38 … ليسجل أقل مستوى
    منذ 17 أبريل": the price of this morning, not of 17 April; time_context.tsv, class period_start)."""
    since = lx.context("period_start")
    return [(at, day) for at, day in days if prev_word(text, at) not in since and next_word(text, at) not in since]


def _nearest_day(days: list[tuple[int, dt.date]], pos: int) -> dt.date | None:
    return min(days, key=lambda d: abs(d[0] - pos))[1] if days else None


def analyse(text: str, spans: Sequence[Span] | None = None) -> Analysis:
    return Analysis(text, spans)


def tag(text: str, ref: dt.date | None, *, spans: Sequence[Span] | None = None) -> list[Timex]:
    """Every time expression of `text` with its TIMEX3 value against reference date `ref`.

    `spans` are the text's sentences (Document.sentences), the context in
    which tense and stated dates are read; without them the text is split at
    sentence punctuation and line breaks.
    """
    return Analysis(text, spans).resolve(ref)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or date-time) string as a date; None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def page_dates(doc: Document) -> list[Span]:
    """Ranges the cleaner marked as the date a page was viewed: not evidence of publication."""
    return [r.span for r in doc.removed if r.kind == "page_date"]


def guess_published(doc: Document, analysis: Analysis | None = None) -> pub.Guess | None:
    """Infer `doc`'s publication date from its text and record it in its meta (published_how="inferred")."""
    analysis = analysis or Analysis(doc.text, doc.sentences or None)
    guess = analysis.guess_published(page_dates(doc))
    if guess is not None:
        doc.meta.published = guess.date.isoformat()
        doc.meta.published_how = "inferred"
        doc.meta.extra["published_margin"] = round(guess.margin, 3)
        doc.meta.extra["published_candidates"] = [list(c) for c in guess.candidates]
    return guess


@component("timexes", requires=("text", "meta"), provides=("timexes",))
def timexes(doc: Document) -> Document:
    """Tag the whole text against meta.published, inferring that first when it is missing."""
    analysis = Analysis(doc.text, doc.sentences or None)
    ref = parse_date(doc.meta.published)
    if ref is None:
        guess = guess_published(doc, analysis)
        ref = guess.date if guess else None
    doc.timexes = analysis.resolve(ref, pub.small_hours(doc.meta.extra.get("published_time")))
    return doc
