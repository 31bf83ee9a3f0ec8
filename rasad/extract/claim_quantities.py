"""What a number of a claim counts: its quantity label and unit, read from the words around it.

The counted noun after the number ("3 جنود" troops, "أسبوعين" a duration of 2 weeks), a unit ("%"، "دولار"),
a noun it is linked to ("عدد القتلى إلى 358"), the noun before a definite number ("الدول الأعضاء الـ28"),
a group it is part of ("30 من المسؤولين"), the count before "آخرين"; English labels come from
count_nouns.tsv, an unlisted bare noun stays as written (normalised). Also the claims an adjective
number makes ("هدفين اثنين") and where a claim's words end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.clitics import segment
from rasad.arabic.lexicon import read_rows
from rasad.document import Span
from rasad.extract.counted_words import counts_nothing, nationality, others
from rasad.extract.events.counts import Counted
from rasad.extract.events.lexicon import count_noun_index, durations, units
from rasad.extract.numbers import definite_number, number_words, what_follows
from rasad.extract.quote_marks import AMBIGUOUS, CLOSERS, OPENERS
from rasad.extract.wordscan import PhraseIndex, Word, function_words, previous_word

_PKG = "rasad.extract"


@lru_cache(maxsize=1)
def _rates() -> PhraseIndex[str]:
    return PhraseIndex((r[0], "rate") for r in read_rows(_PKG, "claim_rates.tsv"))


def rate_at(words: Sequence[Word], k: int) -> bool:
    return k < len(words) and _rates().match_at(words, k) is not None


def next_word(words: Sequence[Word], i: int) -> Word | None:
    return words[i + 1] if i + 1 < len(words) else None


def measure_follows(words: Sequence[Word], c: Counted) -> bool:
    """Whether the number ends with thousands or millions, or a counted noun of the lexicon, a percent, a measure or
    time unit follows it."""
    assert c.number is not None
    k = c.number.last + 1
    if c.noun is not None or c.number.last > c.number.first:
        return True
    return what_follows(words, k) in ("scale", "unit") or (k < len(words) and any(f in durations() for f in words[k].forms))


def _counts_forward(words: Sequence[Word], c: Counted) -> bool:
    """Whether a number with the article counts what follows it ("تتعدى الـ 12 جنيها"، "تجاوزت الـ 100 مليون دولار"):
    a measure follows, and the word after has neither the article (an adjective: "الدولة الـ193 الموقعة") nor a
    preposition written onto it ("الدول الـ19 بمنطقة اليورو": the article's number is the adjective)."""
    if c.number is None or not measure_follows(words, c):
        return False
    nxt = next_word(words, c.number.last)
    return nxt is None or not nxt.text.startswith("ال") and not _noun_after_preposition(words, c)


def counted_quantity(text: str, words: Sequence[Word], c: Counted, earlier: Sequence[Counted]) -> tuple[str | None, str | None]:
    """(what the number counts, its measure unit), or (None, None) when nothing says."""
    if c.number is not None and c.number.last + 1 < len(words) and words[c.number.last + 1].text == "%":
        return "percent", "percent"  # "89%", "10,8 %", "دون الـ 10%": a sign, which the word index does not see
    if _definite(words, c) and not _counts_forward(words, c):  # "نوابه الاشتراكيين الـ84": an adjective, after
        return _definite_counted(words, c), None  # what it counts
    if c.number is not None:
        u = units().match_at(words, c.number.last + 1) if c.number.last + 1 < len(words) else None
        if u is not None:
            return (c.noun.quantity if c.noun else u.payload), u.payload
        if (named := _number_of_after(words, c)) is not None:
            return named, None
        linked = _linked_noun(words, c.number.last + 1)
        if linked is not None:
            return linked, None
        nxt = next_word(words, c.number.last)
        if nxt is not None and nxt.text in function_words("pronoun_partitive"):
            return _antecedent(earlier) or _people_of(nxt), None
        if _quoted_phrase(text, words, c):
            return None, None  # 'الذكرى 63 "لثورة يوليو"': the quote opens the next phrase, the number counts nothing
        quoted = _quoted_noun(words, c)
        if quoted is not None:
            return quoted, None
    if c.number is not None and (unit := _duration_unit(words, c.number.last + 1)) and not rate_at(words, c.number.last + 2):
        return "duration", unit  # "غيابه 3 أسابيع"، "منذ 28 عاما": a length of time, an age
    subset = _subset_of(words, c)
    if subset is not None and (group := _subset_antecedent(words, earlier, subset)) is not None:
        return group, None
    counted_before = _number_of(words, c) if c.number is not None else None
    if c.noun is not None and not (counted_before and c.noun.quantity == "people") and not _part_of_one(words, c) \
            and not _noun_after_preposition(words, c):
        return c.noun.quantity, None
    if counted_before:  # "ارتفع عدد القتلى إلى 358 (شخصا)"
        return counted_before, None
    if c.noun_text is not None and (human := others(c.noun_text)) is not None:
        return _others_counted(earlier, human), None
    if c.noun_text and c.value >= 2 and _bare_noun(c.noun_text, _written_noun(text, words, c)):
        return _noun_label(c.noun_text), None
    if c.role in _CASUALTY_COUNTS:  # "وأصيب 80 عند خروج قطار": the casualty verb says who was counted
        return "people", None
    if c.noun_text and c.value >= 2 and _partitive(words, c):
        return c.noun_text, None
    return None, None


def _subset_of(words: Sequence[Word], c: Counted) -> Word | None:
    """The pronoun of a part ("بينهم"، "منهم") right before a number, its approximation words included ("بينهم أكثر
    من 120 ألفا"), when no noun after the number says what it counts ("في حالة خطيرة"، "من عائلة واحدة"، "جروحهم"):
    the number then counts the group the pronoun refers to. A bare noun of its own ("بينهم 6 أجنبيا") keeps its count."""
    if c.number is None or (c.noun is not None and not _part_of_one(words, c)) or _partitive(words, c):
        return None  # "بينهم 3 من عائلة واحدة": one family is no count of its own; "6 من تلاميذ المدارس" is
    k = c.number.first - 1
    while k >= 0 and words[k].start >= c.span.start:
        k -= 1
    if k < 0 or words[k].text not in function_words("subset"):
        return None
    own_noun = c.noun_text is not None and c.number.last + 1 < len(words) and words[c.number.last + 1].text == c.noun_text
    return None if own_noun and c.value >= 2 and _bare_noun(c.noun_text or "") else words[k]


def _subset_antecedent(words: Sequence[Word], earlier: Sequence[Counted], pronoun: Word) -> str | None:
    """What the group of "بينهم N" counts: the last count before it that is not a place's ("مقتل 226 ألف شخص، في 13
    دولة، بينهم": people, not countries), else people for a pronoun said of people only."""
    heads = [e for e in earlier if e.number is None or not _after_locative(words, e)]
    return _antecedent(heads) or _people_of(pronoun)


def _after_locative(words: Sequence[Word], e: Counted) -> bool:
    """Whether a count stands in a phrase of place ("في 13 دولة"): it names where, not the group a part is of."""
    before = previous_word(words, e.number.first) if e.number is not None else None
    return before is not None and before.text in function_words("place_preposition")


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


# Casualty cues whose number counts people, even where no noun follows it.
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
    noun, after = words[k + 1].text, next_word(words, k + 1)
    # a broken plural shows itself by the plural relative after it ("123 من القصر الذين لا يصحبهم أحد")
    plural = _PLURAL_GROUP.search(noun) or (after is not None and after.text in function_words("plural_relative"))
    return noun == c.noun_text and bool(plural) and not 1900 <= c.value <= 2100


def bare_millions(words: Sequence[Word], c: Counted) -> bool:
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


def claim_end(words: Sequence[Word], c: Counted) -> int:
    """Where a claim's text ends: after what the number counts, after "منهم"/"منها" where a pronoun says it
    (the word after "67 منهم" is the rest of the sentence, not what was counted), at the number in a list."""
    nxt = next_word(words, c.number.last) if c.number is not None else None
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


def adjective_claims(words: Sequence[Word], counted: Sequence[Counted]) -> list[tuple[Span, str, float]]:
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
        elif value < 10 and i + 1 < len(words) and words[i + 1].text in _TEENS:  # "الدول التسع عشرة": 19
            value, last = value + 10, i + 1
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
    before, nxt = words[i - 1], next_word(words, i)
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


def _bare_noun(word: str, written: str | None = None) -> bool:
    """Whether `word` can be the noun a number counts (التمييز/المعدود): in Arabic it is a bare
    indefinite noun, with no article, proclitic or pronoun suffix, and no function word. A suffix the normalised
    word seems to carry is none where the word as `written` has none: its ة is no pronoun ("80 ألف فرصة": فرصة,
    not فرص + ه)."""
    if len(word) < 2 or counts_nothing(word) or others(word) is not None:
        return False
    prefix, _stem, suffix = segment(word)
    return not prefix and (not suffix or written is not None and not segment(written)[2])


def _written_noun(text: str, words: Sequence[Word], c: Counted) -> str | None:
    """The noun right after the number as the article writes it (its ة kept), None where it is elsewhere."""
    k = c.number.last + 1 if c.number is not None else -1
    if 0 < k < len(words) and words[k].text == c.noun_text:
        return text[words[k].start : words[k].end]
    return None


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
    """What "عدد X" a few words before the number names. Where no noun stands between them ("البالغ عددهم 80
    مليون نسمة": its pronoun's; "هذا العدد كان يقارب 45 مليون شخص": a verb) a noun after the number says, so None;
    with none there the word after عدد stays the label ("وعددهم 298"): the count is still a claim."""
    if c.number is None:
        return None
    for k in range(c.number.first - 1, max(-1, c.number.first - 6), -1):
        if any(f in function_words("number_of") for f in words[k].forms) and k + 1 < len(words):
            unnamed = k + 1 >= c.number.first or counts_nothing(words[k + 1].text)
            return None if unnamed and c.noun is not None else _named_by(words, k + 1)
    return None


def _number_of_after(words: Sequence[Word], c: Counted) -> str | None:
    """What "عدد X" right after the number names ("يرتفع إلى 46 عدد الفلسطينيين"): the count raised, not of "عدد"."""
    k = c.number.last + 1 if c.number is not None else len(words)
    if k + 1 >= len(words) or words[k].text not in function_words("number_of"):
        return None  # "قدروا عدد القتلى بحوالى 48 وعدد الجرحى بالعشرات": "وعدد" opens the next count
    return _noun_label(_named_by(words, k + 1))


def _named_by(words: Sequence[Word], k: int) -> str:
    m = count_noun_index().match_at(words, k)
    return m.payload.quantity if m else words[k].text


