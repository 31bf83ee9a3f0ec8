"""Numeric claims: every number the article states, with what it counts.

"نحو 3 آلاف و500 جندي" is 3500 troops (approx), "بينهم 2500 أميركي" 2500,
"أكثر من 60 دولة" 60 countries (more_than), "بطائرتين مسيرتين" 2 drones.
Years, dates and times (numbers inside time expressions, "عام 2014"),
durations and ages ("ثماني سنوات"، "51 عاما"), except a sentence handed down ("بالسجن 15 عاما": a prison
term, unit year), labels ("القرار 2254") and
ordinals (الثالث, never read as a number) are not claims. A claim belongs to
the event reported in its sentence, preferring the one whose counts hold it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.clitics import segment
from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import normalize
from rasad.document import Claim, Document, EventMention, Span
from rasad.extract.counted_words import counts_nothing, nationality, others
from rasad.extract.events.counts import Counted, counted_numbers
from rasad.extract.events.lexicon import count_noun_index, durations, units
from rasad.extract.match_results import GOALS, match_claims
from rasad.extract.mention_index import MentionIndex
from rasad.extract.numbers import definite_number, number_words
from rasad.extract.quote_marks import AMBIGUOUS, CLOSERS, OPENERS
from rasad.extract.shared_measures import Measure, bare_decimal, shared_by_lists, shared_by_parts, unit_before
from rasad.extract.wordscan import PhraseIndex, Word, function_words, previous_word, scan
from rasad.pipeline import component

_PKG = "rasad.extract"


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_labels.tsv")


@lru_cache(maxsize=1)
def _year_cues() -> frozenset[str]:
    return normalised_lines(_PKG, "year_cues.tsv")


def _next_word(words: Sequence[Word], i: int) -> Word | None:
    return words[i + 1] if i + 1 < len(words) else None


def _is_year(words: Sequence[Word], c: Counted) -> bool:
    if c.number is None or c.number.written or not (1900 <= c.value <= 2100) or not float(c.value).is_integer():
        return False
    prev = previous_word(words, c.number.first)
    nxt = _next_word(words, c.number.last)
    return (prev is not None and prev.text in _year_cues()) or nxt is None or not nxt.is_word or nxt.text in function_words("after_year") or nxt.text in function_words("relative_pronoun")  # "رؤية 2030 التي"


def _not_a_claim(words: Sequence[Word], c: Counted, index: MentionIndex) -> bool:
    nxt = _next_word(words, c.number.last) if c.number is not None else None
    duration = nxt is not None and nxt.is_word and any(f in durations() for f in nxt.forms)
    if duration and c.number is not None and _rate_at(words, c.number.last + 2):
        return False  # a rate, not a duration: "120 ساعة في الأسبوع", "12 ساعة يوميا"
    if index.timex_overlaps(c.span):
        return True
    if c.number is None:
        return False
    prev = previous_word(words, c.number.first)
    if prev is not None and prev.text in _labels():
        return True
    before = words[c.number.first - 1] if c.number.first > 0 else None
    if before is not None and before.text in "-/." and before.end == words[c.number.first].start:
        return True  # "c-ram", "F-16", "9/12"
    return _is_year(words, c)


@lru_cache(maxsize=1)
def _rates() -> PhraseIndex[str]:
    return PhraseIndex((r[0], "rate") for r in read_rows(_PKG, "claim_rates.tsv"))


def _rate_at(words: Sequence[Word], k: int) -> bool:
    return k < len(words) and _rates().match_at(words, k) is not None


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


def _quantity(text: str, words: Sequence[Word], c: Counted, earlier: Sequence[Counted]) -> tuple[str | None, str | None]:
    """(what the number counts, its measure unit), or (None, None) when nothing says."""
    if c.number is not None and c.number.last + 1 < len(words) and words[c.number.last + 1].text == "%":
        return "percent", "percent"  # "89%", "10,8 %", "دون الـ 10%": a sign, which the word index does not see
    if _definite(words, c):  # "نوابه الاشتراكيين الـ84": an adjective, after what it counts
        return _definite_counted(words, c), None
    if c.number is not None:
        u = units().match_at(words, c.number.last + 1) if c.number.last + 1 < len(words) else None
        if u is not None:
            return (c.noun.quantity if c.noun else u.payload), u.payload
        linked = _linked_noun(words, c.number.last + 1)
        if linked is not None:
            return linked, None
        nxt = _next_word(words, c.number.last)
        if nxt is not None and nxt.text in function_words("pronoun_partitive"):
            return _antecedent(earlier) or _people_of(nxt), None
        if _quoted_phrase(text, words, c):
            return None, None  # 'الذكرى 63 "لثورة يوليو"': the quote opens the next phrase, the number counts nothing
        quoted = _quoted_noun(words, c)
        if quoted is not None:
            return quoted, None
    if c.number is not None and (unit := _duration_unit(words, c.number.last + 1)) and not _rate_at(words, c.number.last + 2):
        return "duration", unit  # "غيابه 3 أسابيع"، "منذ 28 عاما": a length of time, an age
    counted_before = _number_of(words, c) if c.number is not None else None
    if c.noun is not None and not (counted_before and c.noun.quantity == "people") and not _part_of_one(words, c) \
            and not _noun_after_preposition(words, c):
        return c.noun.quantity, None
    if counted_before:  # "ارتفع عدد القتلى إلى 358 (شخصا)"
        return counted_before, None
    if c.noun_text is not None and (human := others(c.noun_text)) is not None:
        return _others_counted(earlier, human), None
    if c.noun_text and c.value >= 2 and _bare_noun(c.noun_text):
        return _noun_label(c.noun_text), None
    if c.role in _PEOPLE_ROLES:  # "وأصيب 80 عند خروج قطار": the casualty verb says who was counted
        return "people", None
    if c.noun_text and c.value >= 2 and _partitive(words, c):
        return c.noun_text, None
    return None, None


def _part_of_one(words: Sequence[Word], c: Counted) -> bool:
    """Whether the noun is reached through من and is a singular ("نسخة 1998 من البطولة"): a part of one thing
    counts no member of it (a group's members are a plural: "30 من المسؤولين")."""
    k = c.number.last + 1 if c.number is not None else len(words)
    return c.noun is not None and c.noun.singular and k < len(words) and words[k].text in function_words("partitive")


def _noun_after_preposition(words: Sequence[Word], c: Counted) -> bool:
    """Whether the lexicon noun after the number has a preposition written onto it ("كأس العالم 2018 لكرة القدم"):
    the noun a number counts takes none, so the number counts no such noun."""
    k = c.number.last + 1 if c.number is not None else len(words)
    m = count_noun_index().match_at(words, k) if k < len(words) else None
    if m is None or words[k].text == m.form or not words[k].text.endswith(m.form):
        return False
    return words[k].text[: -len(m.form)].removesuffix("ال") in _PREPOSITION_PREFIXES


def _duration_unit(words: Sequence[Word], k: int) -> str | None:
    """The time unit (week, year…) the word at `k` names, or None."""
    if k >= len(words) or not words[k].is_word:
        return None
    return next((durations()[f][0] for f in words[k].forms if f in durations()), None)


def _noun_label(noun: str) -> str:
    """What a bare noun outside the lexicon counts: people for a nationality ("27 فلسطينيا"), else the noun."""
    return "people" if nationality(noun) else noun


_CASUALTY_COUNTS = frozenset({"killed", "injured", "missing", "kidnapped", "arrested"})


def _others_counted(earlier: Sequence[Counted], human: bool) -> str | None:
    """"5 آخرين" counts what the count before it counts ("3 أشخاص … 5 آخرين": people), but people where that
    count names a state ("3 قتلى وإصابة 5 آخرين": the others are not dead), and people for a masculine plural
    with no count before it."""
    last = next((e for e in reversed(earlier) if e.noun is not None or e.noun_text), None)
    if last is not None and last.noun is not None and last.noun.event_count in _CASUALTY_COUNTS:
        return "people"
    return _antecedent(earlier) or ("people" if human else None)


# A group of countable members: a definite plural ("المسؤولين"، "الميليشيات"، "الوزراء") or a possessed
# sound plural ("مستشاريه"، "موظفيها"، "لاعبيهم"). A singular ("الدستور"، "عمرها"، "ضربة") is no group.
_PLURAL_GROUP = re.compile(r"^(?:وال|ال)\w{2,}(?:ين|ون|ات|اء)$|^\w{3,}(?:ي|ات)(?:ه|ها|هم|هما|هن)$")


def _partitive(words: Sequence[Word], c: Counted) -> bool:
    """A number of a group's members through من ("30 من المسؤولين"، "واثنان من مستشاريه"): a part of a
    plural counts its members, a sound plural or one a plural relative follows ("123 من القصر الذين"). Not a
    singular ("المادة 54 من الدستور") nor a year ("نسخة 1998 من البطولة")."""
    if c.number is None or c.noun_text is None:
        return False
    k = c.number.last + 1
    if k + 1 >= len(words) or words[k].text != "من" or not _content_word(words[k + 1]):
        return False
    noun, after = words[k + 1].text, _next_word(words, k + 1)
    # a broken plural shows itself by the plural relative after it ("123 من القصر الذين لا يصحبهم أحد")
    plural = _PLURAL_GROUP.search(noun) or (after is not None and after.text in function_words("plural_relative"))
    return noun == c.noun_text and bool(plural) and not 1900 <= c.value <= 2100


def _bare_millions(words: Sequence[Word], c: Counted) -> bool:
    """A number of millions or billions with nothing after it ("ودفع 50 مليون، ووفر البنية التحتية"): a sum
    whose currency is left out because the article named it before."""
    if c.number is None or (c.noun_text and not counts_nothing(c.noun_text)):
        return False  # "148 مليونا في غضون": a function word after it counts nothing either
    entry = number_words().get(words[c.number.last].text)
    return entry is not None and entry[1] == "scale" and entry[0] >= 1e6


def _antecedent(earlier: Sequence[Counted]) -> str | None:
    """What "منها"/"منهم" after a number refers to: the last count before it in the sentence that names what it
    counts ("أربعة اعتداءات … وتبنى التنظيم مسؤوليته عن اثنين منها": attacks), a noun of the lexicon or a bare one."""
    for e in reversed(earlier):
        if e.noun is not None:
            return e.noun.quantity
        if e.noun_text and e.value >= 2 and _bare_noun(e.noun_text) and e.noun_text not in durations():
            return _noun_label(e.noun_text)  # not a length of time: "منذ 3 أعوام … 5 آخرين"
    return None


def _claim_end(words: Sequence[Word], c: Counted) -> int:
    """Where a claim's text ends: after what the number counts, after "منهم"/"منها" where a pronoun says it
    (the word after "67 منهم" is the rest of the sentence, not what was counted), at the number in a list."""
    nxt = _next_word(words, c.number.last) if c.number is not None else None
    if nxt is not None and nxt.text in function_words("pronoun_partitive"):
        return nxt.end
    unit = units().match_at(words, c.number.last + 1) if c.number is not None and c.number.last + 1 < len(words) else None
    if unit is not None:
        return max(c.span.end, words[unit.last].end)  # "2.8 في المئة": the whole unit
    if c.noun_text is not None and counts_nothing(c.noun_text):
        return c.span.end  # "148 مليونا في غضون": the word after counts nothing
    if nxt is not None and (nxt.text == "و" or nxt.text.startswith("و") and nxt.text[1:] in number_words()):
        return c.span.end  # "8.0 و 9.25"، "ثلاثة وأربعة أسابيع": a number of a list, the و is the next one's
    return max(c.span.end, words[c.last].end)


def _quoted_noun(words: Sequence[Word], c: Counted) -> str | None:
    """The bare noun a number counts in quotation marks ('98 صوتا مقابل 30 "ورقة بيضاء"'), the marks a writer's:
    an opening mark (a space before it, none after) closed within a few words, not a quote that begins there
    ('من أصل 328 "انتهاء الدورة النيابية الثالثة…"') nor the mark that closes a name ('"S 300"واحدة')."""
    k = c.number.last + 1 if c.number is not None else len(words)
    if k + 1 >= len(words) or words[k].text not in _OPENING_QUOTES or not words[k + 1].is_word:
        return None
    opening = words[k].start > words[k - 1].end and words[k + 1].start == words[k].end
    closed = any(w.text in _CLOSING_QUOTES for w in words[k + 2 : k + 2 + _QUOTED_NOUN_WORDS])
    return words[k + 1].text if opening and closed and c.value >= 2 and _bare_noun(words[k + 1].text) else None


def _quoted_phrase(text: str, words: Sequence[Word], c: Counted) -> bool:
    """Whether an opening quotation mark right after the number opens a word with a preposition written onto it
    ('الذكرى 63 "لثورة يوليو"'، '30 "بالمئة"' aside: a sign): a counted noun takes none, so the quote is a phrase
    of its own. The word is read as written (its ة kept), which tells ل + ثورة from لجنة."""
    k = c.number.last + 1 if c.number is not None else len(words)
    if k + 1 >= len(words) or words[k].text not in _OPENING_QUOTES or not words[k + 1].is_word:
        return False
    return segment(text[words[k + 1].start : words[k + 1].end])[0] in _PREPOSITION_PREFIXES


_PREPOSITION_PREFIXES = frozenset({"ل", "ب", "ك", "لل"})
_OPENING_QUOTES = frozenset(OPENERS + AMBIGUOUS)
_CLOSING_QUOTES = frozenset(CLOSERS + AMBIGUOUS)
_QUOTED_NOUN_WORDS = 3  # "ورقة بيضاء"، "منطقة مشجعين": a noun and its adjective or two


def _people_of(pronoun: Word) -> str | None:
    """"67 منهم" where no count before it names the group: "منهم"/"منهن" is said of people only."""
    return "people" if pronoun.text in function_words("human_partitive") else None


# Casualty cues whose number counts people even when no noun follows it.
_PEOPLE_ROLES = frozenset({"killed", "injured", "missing", "kidnapped", "arrested"})


# Function-word classes that can follow a number without being what it counts.
_NOT_COUNTED = ("preposition", "locative", "complementizer", "after_year", "partitive", "adder")


@lru_cache(maxsize=1)
def _count_links() -> PhraseIndex[str]:
    return PhraseIndex((r[0], "link") for r in read_rows(_PKG, "count_links.tsv"))


def _linked_noun(words: Sequence[Word], k: int) -> str | None:
    """What a number counts when a phrase links it to the noun ("نحو مئتين في عداد المفقودين": missing)."""
    m = _count_links().match_at(words, k) if k < len(words) else None
    if m is None or m.last + 1 >= len(words):
        return None
    noun = count_noun_index().match_at(words, m.last + 1)
    return noun.payload.quantity if noun else None


def _adjective_claims(words: Sequence[Word], counted: Sequence[Counted]) -> list[tuple[Span, str, float]]:
    """Cardinals written with the article after what they count, as adjectives: "القتلى الثلاثة" (3 dead),
    "الجنود الخمسة", "الرهائن الأربعة". Only a counted noun of the lexicon right before is taken."""
    taken = {k for c in counted for k in range(c.first, c.last + 1)}
    out = []
    for i in range(1, len(words)):
        value = definite_number(words[i]) if i not in taken else None
        if value is None:
            continue
        quantity = _noun_before_adjective(words, i, value)
        if quantity is None:
            continue
        last = i
        tens = definite_number(words[i + 1]) if i + 1 < len(words) and words[i + 1].text.startswith("وال") else None
        if tens is not None and value < 10 <= tens < 100:  # "الدول الثلاث والعشرين": 23
            value, last = value + tens, i + 1
        out.append((Span(words[i].start, words[last].end), quantity, value))
    return out


def _noun_before_adjective(words: Sequence[Word], i: int, value: float) -> str | None:
    """What a cardinal with the article at word `i` counts: a definite counted noun of the lexicon right before it
    ("القتلى الثلاثة"), else, for three to ten, another definite noun ("المرشحين الستة") or a construct whose
    second noun is definite ("خطوط الاستيراد الأربعة"), never a time unit ("الأيام الثلاثة الماضية" is a duration).
    Past ten a cardinal with the article is mostly an ordinal ("القرن العشرين"، "الدورة الثلاثين"), and one
    joined by و continues an ordinal ("الخامس والعشرين") unless the lexicon noun stands before it."""
    noun = next((m for k in range(max(0, i - 3), i) if (m := count_noun_index().match_at(words, k)) and m.last == i - 1), None)
    if noun is not None:
        return noun.payload.quantity if words[noun.first].text.startswith(("ال", "وال")) else None
    before, nxt = words[i - 1], _next_word(words, i)
    if not 3 <= value <= 10 or not words[i].text.startswith("ال") or (nxt is not None and nxt.text in _TEENS):
        return None  # "دور الستة عشر" is the round of sixteen
    if not _content_word(before) or not before.text.startswith(("ال", "وال")):
        return None
    head = words[i - 2] if i >= 2 else None
    if head is not None and _content_word(head) and _bare_noun(head.text) and head.text not in number_words():
        return f"{head.text} {before.text}"  # "خطوط الاستيراد الأربعة"
    return before.text.removeprefix("و")


_TEENS = frozenset({"عشر", "عشره"})


def _content_word(word: Word) -> bool:
    return word.is_word and not any(f in durations() for f in word.forms) and not any(
        word.text in function_words(kind) for kind in (*_NOT_COUNTED, "pronoun_partitive"))


def _bare_noun(word: str) -> bool:
    """Whether `word` can be the noun a number counts (التمييز/المعدود): in Arabic it is a bare
    indefinite noun, with no article, proclitic or pronoun suffix, and no function word."""
    if len(word) < 2 or counts_nothing(word) or others(word) is not None:
        return False
    prefix, _stem, suffix = segment(word)
    return not prefix and not suffix


def _definite(words: Sequence[Word], c: Counted) -> bool:
    """Whether the number carries the article ("الـ84"): it then takes no counted noun after it."""
    return c.number is not None and c.number.first >= 2 and words[c.number.first - 1].text == "ال"


def _definite_counted(words: Sequence[Word], c: Counted) -> str | None:
    """A number with the article ("الـ84"، "ال 28") follows what it counts, as an adjective does:
    "نوابه الاشتراكيين الـ84" counts the deputies, "الدول الأعضاء الـ28" the member states. Only a
    counted noun of the lexicon is taken: "الرئيس الـ45 خطابا" is an ordinal (the 45th president)."""
    if c.number is None or not _definite(words, c):
        return None
    for k in range(c.number.first - 2, max(-1, c.number.first - 5), -1):
        w = words[k]
        if not w.is_word or any(w.text in function_words(kind) for kind in _NOT_COUNTED):
            return None
        m = count_noun_index().match_at(words, k)
        if m is not None:
            return m.payload.quantity
        if not w.text.startswith("ال"):  # past the noun phrase's head
            return None
    return None


def _number_of(words: Sequence[Word], c: Counted) -> str | None:
    """What "عدد X" a few words before the number names."""
    if c.number is None:
        return None
    for k in range(c.number.first - 1, max(-1, c.number.first - 6), -1):
        if any(f in function_words("number_of") for f in words[k].forms) and k + 1 < len(words):
            m = count_noun_index().match_at(words, k + 1)
            return m.payload.quantity if m else words[k + 1].text
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


def find_claims(doc: Document) -> list[Claim]:
    dated = MentionIndex([], [t.span for t in doc.timexes if t.kind != "duration"])  # a length of time is a claim
    view = normalize(doc.text)
    out: list[Claim] = []
    money: tuple[str, str | None] | None = None  # the last sum of money of the document and its currency
    for sentence in doc.sentences:
        words = scan(doc.text, sentence)
        counted = counted_numbers(words)
        measures: list[Measure | None] = []
        for n, c in enumerate(counted):
            term = _prison_term(words, c)  # a duration, but a claim
            if term is None and _not_a_claim(words, c, dated):
                measures.append(None)
                continue
            quantity, unit = ("prison term", term) if term is not None else _quantity(doc.text, words, c, counted[:n])
            if quantity is None and money is not None and _bare_millions(words, c):
                quantity, unit = money
            if quantity is None and bare_decimal(words, c):  # "تخطت 4.88 ليرة … بعد أن أقفلت عند 4.65"
                quantity, unit = unit_before(measures)
            if quantity == "money":
                money = (quantity, unit)
            measures.append((quantity, unit))
        measures = shared_by_parts(words, counted, measures)
        for c, measure, scale in zip(counted, *shared_by_lists(words, counted, measures), strict=True):
            quantity, unit = measure if measure is not None else (None, None)
            if quantity is None:
                continue
            value = int(c.value * scale) if float(c.value * scale).is_integer() else c.value * scale
            approx = c.number.approx if c.number else None
            span = Span(c.span.start, _claim_end(words, c))
            out.append(Claim(span, quantity, value, approx, unit, _event_of(doc.events, sentence, c)))
        out.extend(Claim(span, "duration", 2, None, unit, None) for span, unit in _dual_durations(words, counted, dated))
        for span, quantity, number in _adjective_claims(words, counted):
            value = int(number)
            out.append(Claim(span, quantity, value, None, None, _event_of_value(doc.events, sentence, span, value)))
        out.extend(Claim(span, GOALS, goals, None, None, None) for span, goals in match_claims(view, sentence))
    return out


@component("claims", requires=("sentences", "events"), provides=("claims",))
def claims_component(doc: Document) -> Document:
    doc.claims = find_claims(doc)
    return doc
