"""The events component: sentences, time expressions and mentions in, EventMentions out.

Per sentence: triggers and speech acts become drafts; an event named as the
object of another ("أعلن انتهاء المهام"، "اتفقا على انسحاب"، "طالبت بانسحاب")
is governed by it and takes its modality; same-type triggers of one clause are
one event; each time expression dates the nearest event of its clause that
may take it (cue_dates.py). An event with no date of its own takes the
publication date when it is the lead's news of the day (a verb in a lead
sentence with no time expression and no pluperfect: وكان … قد), and the
article's news day when its body tells it as news (news_day.py). A definite
noun with nothing new ("الهجوم") refers back to the last event of its type and
adds its counts there instead of making a new event.

The steps live beside it: `drafts` (a sentence's draft events, governing,
merging), `roles` (actor, target, location, mode), `cue_dates`, `draft_dates` and `news_day`
(modality and dates), `restated` (a day-less lead event told again later with its day) and `draft_counts` (which
event each count belongs to). This module
runs them sentence by sentence and decides which drafts are events of their own.
"""

from __future__ import annotations

from rasad.document import Document, EventMention, Span
from rasad.extract.claims import find_claims
from rasad.extract.events.article_place import article_place
from rasad.extract.events.continued import follow_continued
from rasad.extract.events.disasters import DISASTER
from rasad.extract.events.draft_counts import attach_counts, merge_counts
from rasad.extract.events.draft_dates import assign_modalities, date_drafts, note_statement_date
from rasad.extract.events.drafts import (
    CASUALTY_TYPES,
    COMMUNICATIVE,
    RECALLED,
    Draft,
    build_drafts,
    link_governors,
    merge_clause_events,
    restore_announcements,
)
from rasad.extract.events.national import coast_country
from rasad.extract.events.news_day import new_document_dates, relayed_by_outlet
from rasad.extract.events.restated import date_body_news, date_leads_from_body
from rasad.extract.events.roles import assign_modes, assign_roles
from rasad.extract.events.triggers import clause_starts
from rasad.extract.mention_index import spans_starting_in
from rasad.extract.quotes import SpeechAct, speech_acts
from rasad.extract.wordscan import scan
from rasad.pipeline import component

# COMMUNICATIVE, RECALLED and Draft were defined here before the steps moved out; they stay importable from here.
__all__ = ["COMMUNICATIVE", "RECALLED", "Draft", "events_component", "extract_events", "refresh"]

_ANAPHORA_PARAGRAPHS = 3
_LOCAL = "local"  # a trigger flag: done where the article is when its sentence names no place (event_triggers.tsv)


def extract_events(doc: Document) -> list[EventMention]:
    """The events of a document, in the order they are told."""
    acts_by_sentence: dict[Span, list[SpeechAct]] = {}
    for act in speech_acts(doc):
        acts_by_sentence.setdefault(act.sentence, []).append(act)
    emitted: list[Draft] = []
    told: list[Draft] = []  # every draft, kept or not: "ووقع الهجوم مساء الأحد" tells the day of the lead's attack
    dates = new_document_dates(doc.meta.published, doc.meta.extra.get("published_time"))
    for s_index, (paragraph, sentence) in enumerate(_sentences_by_paragraph(doc)):
        words = scan(doc.text, sentence)
        if not words:
            continue
        timex_spans = [(t.span.start, t.span.end) for t in doc.timexes if sentence.start <= t.span.start < sentence.end]
        starts = clause_starts(words, timex_spans)
        drafts = build_drafts(doc, words, sentence, s_index, paragraph, acts_by_sentence.get(sentence, []), starts,
                              _context_cause(emitted))
        link_governors(drafts, words)
        assign_roles(doc, words, drafts, starts)
        drafts = merge_clause_events(drafts)
        assign_modalities(words, drafts, starts)
        date_drafts(doc, words, sentence, s_index, drafts, starts, dates)
        assign_modes(words, drafts, starts)
        recent = [e for e in emitted if e.type in CASUALTY_TYPES and paragraph - e.paragraph <= 1]
        attach_counts(words, drafts, recent)
        restore_announcements(drafts)
        told.extend(drafts)
        for d in drafts:
            note_statement_date(dates.speakers, d, paragraph)
            if d.type == "STATEMENT" and relayed_by_outlet(doc, words, d, dates):
                continue  # "ونقلت وكالة رويترز عن مصادر قضائية"، "…، وفق ما ذكرت رويترز": the article's sourcing
            if _keep(d, emitted):
                emitted.append(d)
    date_body_news(dates.unnamed_day_news, date_leads_from_body(told), dates.published)
    follow_continued(told)
    emitted = _place_unplaced(doc, emitted)
    return [_freeze(d) for d in emitted]


def _place_unplaced(doc: Document, emitted: list[Draft]) -> list[Draft]:
    """Deaths told with no one and no place named ("مقتل متظاهر الأحد الماضي في مظاهرة ضد البطالة") happened where
    the article is (article_place.py), and so did an act flagged local ("أجلت السلطات 4500 شخص"), which is no event
    where the article names no one place. Failing that, a disaster off a coast its sentence names by an adjective
    ("غرق قاربهم قبالة السواحل التونسية") is in that country's waters."""
    unplaced = [d for d in emitted if (d.type in CASUALTY_TYPES or _LOCAL in d.flags) and not (d.actor or d.target or d.location)]
    if unplaced:
        place = article_place(doc)
        for d in unplaced:
            d.location = place or (coast_country(scan(doc.text, d.sentence)) if d.type == DISASTER else None)
    return [d for d in emitted if d.location or d.actor or d.target or _LOCAL not in d.flags]


def _keep(d: Draft, emitted: list[Draft]) -> bool:
    """Whether a draft is an event of its own (else it is dropped or folded into an earlier one)."""
    if d.absorbed or (d.act is not None and d.actor is None):
        return False
    described = d.described and _prior_undated(d, emitted)
    if (d.hit is not None and d.hit.definite and d.pos == "noun" and not (d.actor or d.target) and (not d.date or described)
            and d.modality != RECALLED):
        prior = next((e for e in reversed(emitted) if e.type == d.type and d.paragraph - e.paragraph <= _ANAPHORA_PARAGRAPHS), None)
        if prior is not None:  # "الهجوم" again: the same attack
            prior.counts = merge_counts(prior.counts, d.counts)
            prior.mode = prior.mode or d.mode
            prior.location = prior.location or d.location
            if described:  # "الاتفاق الذي توصل إليه الطرفان، … في سبتمبر الجاري": the relative clause tells when it was
                prior.date, prior.date_mod = d.date, d.date_mod
            return False
    if d.type == DISASTER:
        return bool(d.counts)
    if ("aux" in d.flags and not (d.mode or d.counts)) or ("weak" in d.flags and not (d.actor or d.target or _counted_deaths(d))):
        return False
    if not (d.actor or d.target or d.location):
        return (d.type == "ASSAULT" and bool(d.counts or d.mode)) or _LOCAL in d.flags
    return True


def _counted_deaths(d: Draft) -> bool:
    """Whether a casualty word counts its dead: "قتل 25 شخصا في انفجارين في كابول"، "قالت السلطات إن خمسة أشخاص
    قتلوا" are news with no one named (placed where the article is when the sentence names no place), where the bare
    "مقتل" or "قتل" is an event only with whom it names."""
    return d.type in CASUALTY_TYPES and bool(d.counts)


def _prior_undated(d: Draft, emitted: list[Draft]) -> bool:
    """Whether the last event of the type of `d` told in the paragraphs before is undated and told as happened."""
    prior = next((e for e in reversed(emitted) if e.type == d.type and d.paragraph - e.paragraph <= _ANAPHORA_PARAGRAPHS), None)
    return prior is not None and prior.date is None and prior.modality is None


def _context_cause(emitted: list[Draft]) -> str | None:
    """The cause of the last disaster told so far, unless an attack was told too."""
    if any(e.type == "ASSAULT" for e in emitted):
        return None
    return next((e.mode for e in reversed(emitted) if e.type == DISASTER), None)


def _sentences_by_paragraph(doc: Document) -> list[tuple[int, Span]]:
    paragraphs = [b.span for b in doc.body] or [Span(0, len(doc.text))]
    return [(p, s) for p, para in enumerate(paragraphs) for s in spans_starting_in(doc.sentences, para.start, para.end)]


def _freeze(d: Draft) -> EventMention:
    return EventMention(
        span=d.sentence, type=d.type, trigger=d.trigger, actor=d.actor, target=d.target, location=d.location,
        date=d.date, date_mod=d.date_mod, mode=d.mode, counts=tuple(d.counts), negated=d.negated, modality=d.modality,
    )


def refresh(doc: Document) -> Document:
    """Events and claims again, after the document's time expressions changed.

    Event dates come from `doc.timexes`; when a corpus job settles a publication
    date and resolves the time expressions again (`rasad.corpus.dates`), the
    events and the claims that point into them must be recomputed.
    """
    doc.events = extract_events(doc)
    if "claims" in doc.provided:
        doc.claims = find_claims(doc)
    return doc


@component("events", requires=("sentences", "timexes", "mentions"), provides=("events",))
def events_component(doc: Document) -> Document:
    doc.events = extract_events(doc)
    return doc
