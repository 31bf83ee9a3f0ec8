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
from collections.abc import Sequence

from rasad.arabic.normalize import NormText, normalize
from rasad.document import Document, Span, Timex
from rasad.extract.timex import published as pub
from rasad.extract.timex.atoms import find_atoms
from rasad.extract.timex.context import Sentences, quote_opening, said_on, tense
from rasad.extract.timex.resolve import FUTURE, day_of, value
from rasad.extract.timex.spec import Atom, Spec
from rasad.pipeline import component

# The title, the lead and the sentence after it: where a report names the day of its news.
_LEAD_SENTENCES = 3
# How far back the day of a report's news may lie.
_NEWS_DAYS = 7

__all__ = ["Analysis", "analyse", "guess_published", "parse_date", "tag", "timexes"]


class Analysis:
    """A text's normalised view, sentences and unresolved expressions: resolve against any reference."""

    def __init__(self, text: str, spans: Sequence[Span] | None = None) -> None:
        self.view: NormText = normalize(text)
        self.sentences = Sentences(self.view, spans)
        self.atoms: list[Atom] = find_atoms(self.view)

    def resolve(self, ref: dt.date | None) -> list[Timex]:
        """The timexes of every expression, resolved against `ref` (None: relative ones get no value)."""
        text = self.view.text
        out: list[Timex | None] = []
        anchors: dict[int, dt.date] = {}  # per sentence: the last date the text states outright
        days: dict[int, list[tuple[int, dt.date]]] = {}
        told: dict[int, dt.date] = {}  # per sentence: the first recent day it names outside a quote
        lead = _LeadDay(ref)
        for atom in self.atoms:
            spec, sent = atom.spec, self.sentences.index(atom.start)
            if spec.family == "clock":
                out.append(None)  # resolved below, once the sentence's days are known
                continue
            when = tense(text, atom.start, atom.end, self.sentences.bounds[sent]) if spec.needs_ref else None
            anchor = anchors.get(sent) if spec.family in ("daymonth", "month") and spec.rel is None else None
            quoted = quote_opening(text, self.sentences.bounds[sent], atom.start) is not None
            if spec.family == "relday":  # "وقال الأحد "…إلى الغد"": counted from the day of saying
                anchor = said_on(text, self.sentences.bounds[sent], atom.start, days.get(sent, []))
                if anchor is None and quoted:
                    anchor = lead.day  # no day of saying in the sentence: the news day the lead names
            val = value(spec, anchor or ref, when, anchor)
            day = day_of(spec, anchor or ref, when, anchor)
            if day is not None:
                lead.read(spec, sent, day, quoted)
                days.setdefault(sent, []).append((atom.start, day))
                if not quoted and _recent(day, ref):
                    told.setdefault(sent, day)
                if spec.date is not None or spec.rel is not None:
                    anchors[sent] = day
            used = (anchor or ref) if spec.needs_ref else None
            out.append(self._timex(atom, val, used))
        for i, atom in enumerate(self.atoms):
            if out[i] is None:
                sent = self.sentences.index(atom.start)
                day = _nearest_day(days.get(sent, []), atom.start) or self._told_before(atom, sent, told) or ref
                clock = atom.spec.clock or (0, 0)
                val = f"{day.isoformat()}T{clock[0]:02d}:{clock[1]:02d}" if day else None
                out[i] = self._timex(atom, val, day)
        return [t for t in out if t is not None]

    def _told_before(self, atom: Atom, sent: int, told: dict[int, dt.date]) -> dt.date | None:
        """The day of the narrative for a clock time whose sentence names none: "قبل ظهر الأحد … ثم بدأ انبعاث
        الحمم … في حوالي الساعة الرابعة مساء" is Sunday at 16:00. The sentence before must name it, and the clock's
        own clause must not look forward ("وسيجتمع الممثلون عند الساعة العاشرة" is not the day of the last news).
        Its first such day is taken: the main clause names its day early, later ones are mostly of background
        ("تراجعت الليرة الجمعة، مقتربة من المستوى الذي لامسته قبل يوم. وفي الساعة 06:18 …" is Friday)."""
        day = told.get(sent - 1)
        if day is None or tense(self.view.text, atom.start, atom.end, self.sentences.bounds[sent]) == FUTURE:
            return None
        return day

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
    Saturday). A day counted from today inside a quote whose sentence names no day of saying counts from it:
    "الخسائر التي وقعت اليوم" said at Friday's session is Friday. None when the lead names today or no day."""

    def __init__(self, ref: dt.date | None) -> None:
        self.ref = ref
        self.day: dt.date | None = None
        self.done = ref is None

    def read(self, spec: Spec, sentence: int, day: dt.date, quoted: bool) -> None:
        if self.done or sentence >= _LEAD_SENTENCES:
            self.done = True
            return
        if quoted or spec.family not in ("relday", "weekday"):
            return
        self.done = True
        if self.ref is not None and day == self.ref - dt.timedelta(days=1):
            self.day = day


def _recent(day: dt.date, ref: dt.date | None) -> bool:
    """Whether `day` can be the day of the news a report tells: this week, up to its publication. A date of
    background ("منذ إعادة انتخابه في 18 آذار") or a date ahead ("انتخابات تجرى في 25 يوليو") is not."""
    return ref is not None and ref - dt.timedelta(days=_NEWS_DAYS) <= day <= ref


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
    doc.timexes = analysis.resolve(ref)
    return doc
