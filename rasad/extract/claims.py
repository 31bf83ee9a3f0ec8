"""Numeric claims: every number the article states, with what it counts.

"نحو 3 آلاف و500 جندي" is 3500 troops (approx), "بينهم 2500 أميركي" 2500,
"أكثر من 60 دولة" 60 countries (more_than), "بطائرتين مسيرتين" 2 drones; what a
number counts is read by `claim_quantities`. Lengths of time and ages ("غيابه 3
أسابيع"، "منذ 28 عاما"، "أسبوعين") are claims of quantity "duration" with their
unit, a sentence handed down ("بالسجن 15 عاما") a "prison term". Years, dates and
times (numbers inside dated time expressions, "عام 2014"), labels ("القرار 2254")
and ordinals (الثالث, never read as a number) are not claims. A claim belongs to
the event reported in its sentence, preferring the one whose counts hold it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines
from rasad.arabic.normalize import normalize
from rasad.document import Claim, Document, EventMention, Span
from rasad.extract.claim_quantities import (
    adjective_claims,
    bare_millions,
    claim_end,
    counted_quantity,
    measure_follows,
    next_word,
    rate_at,
)
from rasad.extract.dual_nouns import construct_dual_counts, dual_noun_counts
from rasad.extract.entities.letters import MIN_RUN, has_letter_only_word, is_letter
from rasad.extract.events.counts import Counted, counted_numbers
from rasad.extract.events.lexicon import durations
from rasad.extract.match_results import match_claims
from rasad.extract.mention_index import MentionIndex
from rasad.extract.noun_senses import sense_of
from rasad.extract.quote_marks import AMBIGUOUS, CLOSERS, OPENERS
from rasad.extract.shared_measures import (
    Measure,
    bare_decimal,
    out_of_at,
    shared_by_lists,
    shared_by_parallels,
    shared_by_parts,
    unit_before,
)
from rasad.extract.wordscan import Word, function_words, previous_word, scan
from rasad.pipeline import component

_PKG = "rasad.extract"


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_labels.tsv")


@lru_cache(maxsize=1)
def _year_cues() -> frozenset[str]:
    return normalised_lines(_PKG, "year_cues.tsv")


def _is_year(words: Sequence[Word], c: Counted) -> bool:
    if c.number is None or c.number.written or not (1900 <= c.value <= 2100) or not float(c.value).is_integer():
        return False
    prev = previous_word(words, c.number.first)
    nxt = next_word(words, c.number.last)
    return (prev is not None and prev.text in _year_cues()) or nxt is None or not nxt.is_word or nxt.text in function_words("after_year") or nxt.text in function_words("relative_pronoun")  # "رؤية 2030 التي"


def _range_end(words: Sequence[Word], c: Counted) -> bool:
    """Whether a number after a dash closes a range ("600-700 مليار دولار"، "35-45%"، "12-18 شهرا"): the dash glued
    between digits that are no year and a smaller number, a measure after it. A score ("2-1"، "1-3 ذهابا"), a model
    ("737-200") or a span of years ("2005-2006") is none."""
    assert c.number is not None
    k = c.number.first - 2
    if k < 0 or not words[k].text.isdigit() or words[k].end != words[k + 1].start or 1900 <= int(words[k].text) <= 2100:
        return False
    return int(words[k].text) < c.value and measure_follows(words, c)


def _not_a_claim(words: Sequence[Word], c: Counted, index: MentionIndex) -> bool:
    nxt = next_word(words, c.number.last) if c.number is not None else None
    duration = nxt is not None and nxt.is_word and any(f in durations() for f in nxt.forms)
    if duration and c.number is not None and rate_at(words, c.number.last + 2):
        return False  # a rate, not a duration: "120 ساعة في الأسبوع", "12 ساعة يوميا"
    if index.timex_overlaps(c.span):
        return True
    if c.number is None:
        return _plural_with_article(words, c)
    prev = previous_word(words, c.number.first)
    if prev is not None and (prev.text in _labels() or any(f in _labels() for f in prev.forms)):  # "بالمركز 67"
        return True
    before = words[c.number.first - 1] if c.number.first > 0 else None
    if before is not None and before.text in "-/." and before.end == words[c.number.first].start:
        return not _range_end(words, c)  # "c-ram", "F-16", "9/12", but "600-700 مليار دولار"
    return _model_number(words, c) or _is_year(words, c) or _in_work_title(words, c) or _year_after_dash(words, c) \
        or _one_of(words, c)


_DASHES = ("-", "–")


def _year_after_dash(words: Sequence[Word], c: Counted) -> bool:
    """Whether a number written as a year follows a dash set apart from a name or another year ("مناورة فوستوك -
    2018 العسكرية"، "موسم 2013 - 2014"): the year of the name or the end of a span of years, never a count."""
    assert c.number is not None
    k = c.number.first
    if c.number.written or not (1900 <= c.value <= 2100) or not float(c.value).is_integer() or k < 2:
        return False
    dash, head = words[k - 1], words[k - 2]
    if dash.text not in _DASHES or dash.end == words[k].start:
        return False  # glued ranges are _range_end's
    return head.is_word and not head.text.isdigit() or head.text.isdigit() and 1900 <= int(head.text) <= 2100


def _one_of(words: Sequence[Word], c: Counted) -> bool:
    """Whether "one" is written out before من: "one of" a group ("واحدة من أشهر الصور"، "واحد من المشاريع") names
    a member, it counts nothing; a casualty cue before a counted noun still counts the one hit ("قتل واحد من
    الجنود"), not one before an adjective ("مركز احتجاز لتصبح واحدة من أشهر الصور"), and one out of a number is
    a share ("واحدة من أصل خمس نساء")."""
    assert c.number is not None
    k = c.number.last + 1
    hit = c.role is not None and c.noun is not None
    return c.number.written and c.value == 1 and c.number.first == c.number.last and not hit \
        and k < len(words) and words[k].text in function_words("partitive") and not out_of_at(words, k)


@lru_cache(maxsize=1)
def _plural_lookalikes() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_dual_lookalikes.tsv")


def _plural_with_article(words: Sequence[Word], c: Counted) -> bool:
    """Whether a dual with the article is written like the plural of another word (data/claim_dual_lookalikes.tsv:
    "الموقعين على الاتفاق" are its signatories, not two sites): only the bare dual is read as two ("قصفت موقعين")."""
    w = words[c.first]
    with_article = any(f.startswith(("ال", "لل")) for f in w.forms)
    return c.first == c.last and with_article and any(f in _plural_lookalikes() for f in w.forms)


@lru_cache(maxsize=1)
def _work_titles() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_work_titles.tsv")


_TITLE_REACH = 6  # words of a work's name before its number ('فيلم "ماما ميا 2"')
_MARKS = OPENERS + CLOSERS + AMBIGUOUS


def _in_work_title(words: Sequence[Word], c: Counted) -> bool:
    """Whether the number is inside the quoted name of a work of art or media (data/claim_work_titles.tsv:
    'برنامج "60 دقيقة"' is a programme, not sixty minutes)."""
    assert c.number is not None
    for k in range(c.number.first - 1, max(-1, c.number.first - 1 - _TITLE_REACH), -1):
        if words[k].text in _MARKS:
            return k > 0 and words[k].text not in CLOSERS and any(f in _work_titles() for f in words[k - 1].forms)
    return False


@lru_cache(maxsize=1)
def _model_names() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_model_names.tsv")


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _model_number(words: Sequence[Word], c: Counted) -> bool:
    """Whether the number names a model or a version, not a count, where no measure or counted noun follows it
    ("باعت بوينغ 806 طائرات" counts): after a product line (data/claim_model_names.tsv: "بوينغ 737 ماكس"، "ويندوز
    10"), a word in Latin letters ("iPhone 8 Plus"، "Mate 20") or its letters' Arabic names ("إس 300"، "سي 130
    هيركوليز"، "إم إتش 17"، "جي- 10")."""
    assert c.number is not None
    if c.number.written:
        return False  # "تدمج Cora ثلاث كمبيوترات": a model's number is written in digits
    k = c.number.first - 1
    if k > 0 and words[k].text == "-":
        k -= 1  # "جي- 10 سي"
    if k < 0 or measure_follows(words, c):
        return False
    return any(f in _model_names() for f in words[k].forms) or _latin_name(words, k) or _letters_before(words, k)


def _latin_name(words: Sequence[Word], k: int) -> bool:
    """Whether word `k` is a name in Latin letters ("Mate"، "iOS"), not a sign glued after a number ("8.5x68.7")."""
    glued = k > 0 and words[k - 1].end == words[k].start and words[k - 1].text[-1].isdigit()
    return _LATIN_WORD.fullmatch(words[k].text) is not None and not glued


def _letters_before(words: Sequence[Word], k: int) -> bool:
    """Whether word `k` is a Latin letter's name that is no everyday word (data/ner_letter_names.tsv: إس، تي, not في),
    in a run of fewer letters than an acronym of a body has ("وراجعت بي بي سي 164 تقريرا": the outlet counted)."""
    if not is_letter(words[k].text) or not has_letter_only_word([words[k].text]):
        return False
    run = 1
    while k - run >= 0 and is_letter(words[k - run].text):
        run += 1
    return run < MIN_RUN


@lru_cache(maxsize=1)
def _penalties() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_penalties.tsv")


_PENALTY_REACH = 10  # words and commas between the penalty and its duration: "بسجن أسامة، نجل الرئيس السابق محمد مرسي، عشر سنوات"


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    return function_words("complementizer") | function_words("clause_link")


def _prison_term(words: Sequence[Word], c: Counted) -> str | None:
    """The unit (year, month, day) of a sentence handed down: a duration after a penalty word of its clause
    (data/claim_penalties.tsv), or None."""
    if c.number is None or c.number.last + 1 >= len(words):
        return None
    unit = next((durations()[f][0] for f in words[c.number.last + 1].forms if f in durations()), None)
    if unit is None:
        return None
    before = words[max(0, c.number.first - _PENALTY_REACH) : c.number.first]
    if before and before[-1].text == "(":  # "السجن المؤبد (25 عاما)", not an age: "بحبس بوتينا (29 عاما)"
        before = before[-2:-1]
    for w in reversed(before):
        if w.text in (".", "؛", ";", "ثم") or (w.is_word and w.text in _clause_openers()):
            return None  # another clause: "سجن عام 2010 ثم عاش في المنفى 15 عاما"
        if w.is_word and (set(w.forms) & _penalties() or w.text in _penalties()):
            return unit
    return None


def _event_of(events: Sequence[EventMention], sentence: Span, c: Counted) -> int | None:
    return _event_of_value(events, sentence, c.span, int(c.value))


def _event_of_value(events: Sequence[EventMention], sentence: Span, span: Span, value: int) -> int | None:
    here = [(i, e) for i, e in enumerate(events) if e.span == sentence]
    holding = [i for i, e in here if any(x.value == value for x in e.counts)]
    if holding:
        return holding[0]
    if not here:
        return None
    return min(here, key=lambda ie: abs((ie[1].trigger.start if ie[1].trigger else sentence.start) - span.start))[0]


def _dual_durations(words: Sequence[Word], counted: Sequence[Counted], dated: MentionIndex) -> list[tuple[Span, str]]:
    """Lengths of time told by a dual alone ("لمدة أسبوعين": two weeks), outside a date ("منذ يومين") and a number."""
    taken = {k for c in counted for k in range(c.first, c.last + 1)}
    out = []
    for i, w in enumerate(words):
        unit = next((durations()[f][0] for f in w.forms if durations().get(f, ("", 0))[1] == 2), None)
        if unit is not None and i not in taken and not dated.timex_overlaps(w.span):
            out.append((w.span, unit))
    return out


def _a_score_side(span: Span, scores: Sequence[tuple[Span, str, int]]) -> bool:
    """Whether a number is a side of a score its sentence reports ("فاز 2 - 1 يوم السبت": no day's length)."""
    return any(side.start < span.end and span.start < side.end for side, _, _ in scores)


def find_claims(doc: Document) -> list[Claim]:
    dated = MentionIndex([], [t.span for t in doc.timexes if t.kind != "duration"])  # a length of time is a claim
    view = normalize(doc.text)
    out: list[Claim] = []
    names = [m.span for m in doc.mentions]  # "ماكين" is no dual
    persons = [m.span for m in doc.mentions if m.type == "PER"]  # "سارة بايلين": nor a surname
    money: tuple[str, str | None] | None = None  # the last sum of money of the document and its currency
    for sentence in doc.sentences:
        words = scan(doc.text, sentence)
        counted = counted_numbers(words)
        scores = list(match_claims(view, sentence, words))
        measures: list[Measure | None] = []
        for n, c in enumerate(counted):
            term = _prison_term(words, c)  # a duration, but a claim
            if term is None and (_not_a_claim(words, c, dated) or _a_score_side(c.span, scores)):
                measures.append(None)
                continue
            quantity, unit = ("prison term", term) if term is not None else counted_quantity(doc.text, words, c, counted[:n])
            if quantity is None and money is not None and bare_millions(words, c):
                quantity, unit = money
            if quantity is None and bare_decimal(words, c):  # "تخطت 4.88 ليرة … بعد أن أقفلت عند 4.65"
                quantity, unit = unit_before(measures)
            if quantity == "money":
                money = (quantity, unit)
            measures.append((quantity if quantity is None else sense_of(words, c.first, quantity), unit))
        measures = shared_by_parallels(words, counted, shared_by_parts(words, counted, measures))
        for c, measure, scale in zip(counted, *shared_by_lists(words, counted, measures), strict=True):
            quantity, unit = measure if measure is not None else (None, None)
            if quantity is None:
                continue
            value = int(c.value * scale) if float(c.value * scale).is_integer() else c.value * scale
            approx = c.number.approx if c.number else None
            span = Span(c.span.start, claim_end(words, c))
            out.append(Claim(span, quantity, value, approx, unit, _event_of(doc.events, sentence, c)))
        out.extend(Claim(span, "duration", 2, None, unit, None) for span, unit in _dual_durations(words, counted, dated))
        taken = {k for c in counted for k in range(c.first, c.last + 1)}
        for span, singular in dual_noun_counts(doc.text, words, taken, names, persons):
            out.append(Claim(span, singular, 2, None, None, _event_of_value(doc.events, sentence, span, 2)))
        for span, counted_noun in construct_dual_counts(doc.text, words, taken):
            out.append(Claim(span, counted_noun, 2, None, None, _event_of_value(doc.events, sentence, span, 2)))
        for span, quantity, number in adjective_claims(words, counted):
            value = int(number)
            out.append(Claim(span, quantity, value, None, None, _event_of_value(doc.events, sentence, span, value)))
        out.extend(Claim(span, unit, n, None, None, None) for span, unit, n in scores)
    return out


@component("claims", requires=("sentences", "events"), provides=("claims",))
def claims_component(doc: Document) -> Document:
    doc.claims = find_claims(doc)
    return doc
