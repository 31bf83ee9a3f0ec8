"""Words that report events, and the clauses of a sentence.

A trigger is a verb (conjugations generated from the data file) or a noun
(the masdar: هجوم، استهداف، انسحاب). Verbs never carry the article or ب
("التابع" is no verb); a noun inside an organisation's name ("تنسيقية
المقاومة"، "هيئة الحشد") reports nothing. Negation is read from the word
before: لم/لن/لا/ما for verbs, عدم/دون/بدون for nouns. A noun after a word
of comparison ("يشبه الانفجار"، "كأنه زلزال") is no event, nor a phrase of data/event_not_triggers.tsv
("بيان صادر عن": issued by).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasad.arabic.normalize import norm
from rasad.document import Mention, Span
from rasad.extract.entities.patterns import COMMAS
from rasad.extract.events.lexicon import (
    TriggerEntry,
    clause_openers,
    dating_phrases,
    dating_words,
    not_trigger_index,
    topic_words,
    trigger_indexes,
    wide_frames,
)
from rasad.extract.events.modality import without_before
from rasad.extract.numbers import number_words
from rasad.extract.speech import is_complementizer, reads_as_noun
from rasad.extract.wordscan import (
    Match,
    Word,
    carries_pronoun,
    clitics_before,
    function_words,
    previous_word,
    verb_form_ok,
    word_starting_at,
)

_NAME_TYPES = ("ORG", "FAC", "MISC")
_QUOTE_MARKS = frozenset('"\'«»“”„‘’')
# What may stand in a wide gap besides words: the commas around an apposition ("كلفه الرئيس المصري، عبد الفتاح
# السيسي، بتشكيل") and the brackets of an aside ("كلف الحكومة (الحالية) بتسيير الأعمال").
_GAP_MARKS = COMMAS | frozenset("()")
_ON = norm("على")
_WE = "نا"  # the suffix of "we" on a past verb as well as of "us"


@dataclass(frozen=True, slots=True)
class Hit:
    first: int  # word indices, inclusive
    last: int
    entry: TriggerEntry
    negated: bool = False
    future: bool = False
    definite: bool = False  # a noun with the article or a demonstrative: may refer back
    clitics: str = ""  # the letters the first word carries before the trigger ("و" of "وقتل")
    possessed: bool = False  # a one-word noun with a pronoun suffix ("رفضه"): its genitive is the pronoun


def _best_match(words: Sequence[Word], i: int, text: str) -> Match[TriggerEntry] | None:
    """The longest trigger at word `i`; a word that can be verb or noun (قصف، قتل) is a noun
    after a preposition or "إنّ" ("إن قصف المعسكرات") and with the article."""
    verbs, nouns = trigger_indexes()
    options = sorted([*verbs.matches_at(words, i), *nouns.matches_at(words, i), *_wide_matches(words, i)],
                     key=lambda m: -(m.last - m.first))
    prev = previous_word(words, i)
    wants_noun = prev is not None and (prev.text in function_words("preposition") or prev.text in function_words("complementizer")
                                       or prev.text in function_words("conjunction_before"))
    for m in options:
        entry = m.payload
        if entry.pos == "verb" and not verb_form_ok(words[i], m.form):
            continue
        if entry.pos == "verb" and "intransitive" in entry.flags and _object_pronoun(words[i], m.form):
            continue  # "بعد سيطرتها على المطار": the verbal noun, no verb with an object
        if entry.pos == "verb" and entry.tense == "past" and (
            (wants_noun and any(o.payload.pos == "noun" and o.last == m.last for o in options))
            or reads_as_noun(text, words, i, m.form)
        ):
            continue
        return m
    return None


def _object_pronoun(word: Word, form: str) -> bool:
    """Whether `word` is the verb `form` with a pronoun suffix that can only be its object ("نا" is also "we")."""
    return carries_pronoun(word, form) and not word.text.endswith(_WE)


def _beside(flags: Sequence[bool], k: int) -> bool:
    return (k > 0 and flags[k - 1]) or (k + 1 < len(flags) and flags[k + 1])


def _wide_matches(words: Sequence[Word], i: int) -> list[Match[TriggerEntry]]:
    """Phrases with a wide gap at word `i`: the words after the gap within its reach, in one clause of
    words (no punctuation in the gap but an apposition's commas or an aside's brackets). The nearest tail is the
    phrase's: one right after the verb leaves no gap to widen ("وبسطت سيطرتها على سبع قرى، حيث تسعى لفرض سيطرتها")."""
    out: list[Match[TriggerEntry]] = []
    for m in wide_frames().matches_at(words, i):
        frame = m.payload
        if _tail_at(words, m.last + 1, frame.tail):
            continue
        for j in range(m.last + 2, min(len(words), m.last + 2 + frame.reach)):
            if not words[j].is_word:
                if words[j].text.strip() in _GAP_MARKS:
                    continue
                break
            if _tail_at(words, j, frame.tail):
                out.append(Match(m.first, j + len(frame.tail) - 1, frame.entry, m.form))
                break
    return out


def _no_ground_after(words: Sequence[Word], last: int) -> bool:
    """Whether what the taking at word `last` is of ("على" between, when the trigger does not end with it) is no
    ground (data/event_dating.tsv: not_ground)."""
    k = last + 1
    if k < len(words) and _ON in words[k].forms:
        k += 1
    return k < len(words) and bool(set(words[k].forms) & dating_words("not_ground"))


def _tail_at(words: Sequence[Word], j: int, tail: Sequence[str]) -> bool:
    end = j + len(tail)
    return end <= len(words) and all(t in w.forms for t, w in zip(tail, words[j:end], strict=True))


def find_triggers(words: Sequence[Word], mentions: Sequence[Mention] = (), timexes: Sequence[Span] = (), text: str = "") -> list[Hit]:
    """Triggers of a sentence; none inside an organisation's name or a time expression ("فجر اليوم"). With the
    document's `text`, a word written with ة is never a verb."""
    hits = []
    names = [m.span for m in mentions if m.type in _NAME_TYPES] + list(timexes)
    # Quotation marks inside a phrase ("ستنهي “مهمتها القتالية”") are not words between its words, and a time
    # expression takes no room in a gap ("ورفع X في 25 أيار/مايو مذكرة"): neither is matched on.
    # nor do the commas that set a time expression off ("ورفعت تركيا، الأربعاء، الرسوم الجمركية").
    timed = [_inside(w, timexes) for w in words]
    kept = [k for k, w in enumerate(words) if (w.is_word or w.text.strip() not in _QUOTE_MARKS) and not timed[k]
            and not (w.text.strip() in COMMAS and _beside(timed, k))]
    view = [words[k] for k in kept]
    not_events = {k for m in not_trigger_index().find_all(view) for k in range(m.first, m.last + 1)}  # "صادر عن"
    not_events |= _case_names(view)
    match_told = any(set(w.forms) & dating_words("sport") for w in view)
    i = 0
    while i < len(view):
        m = _best_match(view, i, text)
        if m is None:
            i += 1
            continue
        i = m.last + 1
        entry = m.payload
        first = view[m.first]
        if m.first in not_events or any(s.start <= first.start < s.end for s in names):
            continue
        if match_told and "sport" in entry.flags:
            continue  # "في اللقاء الذي تفوقت فيه مصر على النيجر … بتصفيات كأس أمم أفريقيا": the match
        if "ground" in entry.flags and _no_ground_after(view, m.last):
            continue  # "بسط أردوغان سيطرته على المصرف المركزي": a body, not ground
        prev = previous_word(view, m.first)
        prev_text = prev.text if prev else ""
        clitics = clitics_before(first, m.form)
        if "purpose" in entry.flags and clitics.endswith("ل"):
            continue  # "اجتمعوا لمناقشة الخطة": what the meeting is for
        if entry.pos == "verb":
            negated = prev_text in function_words("verb_negator") or without_before(view, m.first)
            future = "س" in clitics or prev_text == norm("سوف")
            definite = False
        elif prev_text in function_words("simile"):
            continue  # "صوتا يشبه الانفجار": a comparison, not an event
        else:
            negated = prev_text in function_words("noun_negator")
            future = False
            definite = "ال" in clitics or prev_text in function_words("demonstrative")
            if (prev is not None and prev.text[:1].isdigit()) or _is_number_word(prev_text):
                entry = TriggerEntry(entry.type, entry.pos, entry.tense, entry.flags | {"series"})  # "خمسين هجوما"
        possessed = entry.pos == "noun" and m.first == m.last and carries_pronoun(first, m.form)
        hits.append(Hit(kept[m.first], kept[m.last], entry, negated, future, definite, clitics, possessed))
    return hits


def _case_names(view: Sequence[Word]) -> set[int]:
    """The first two words after a word that names a court case (data/event_dating.tsv: case_name): "في قضية فض
    اعتصام رابعة"، "المعروفة إعلاميا بـ'فض اعتصام رابعة'" name the case, not a sit-in or its dispersal of the sentence.
    A lone ب between (بـ" written apart) is passed; a case named as a topic is left to the topic rule."""
    heads = dating_words("case_name")
    out: set[int] = set()
    for k, w in enumerate(view):
        if set(w.forms) & heads and not (k > 0 and set(view[k - 1].forms) & topic_words()):
            # "بشأن قضية اختفاء X": the event a statement is about stays, undated (drafts.topic_before)
            after = [j for j in range(k + 1, min(k + 4, len(view))) if view[j].is_word and view[j].text != "ب"]
            out.update(after[:2])
    return out


def _inside(w: Word, spans: Sequence[Span]) -> bool:
    return any(s.start <= w.start < s.end for s in spans)


def _is_number_word(text: str) -> bool:
    return bool(text) and (text in number_words() or text[1:] in number_words())


def clause_starts(words: Sequence[Word], inside_timex: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Word indices where clauses begin (0 first): at clause openers and reported content.

    An opener inside a time expression ("قبل نهاية العام") opens nothing, except
    one that begins a relative phrase: "جاء الهجوم بعد ساعات من استهداف القاعدة"
    tells of a second event, dated from the first.
    """
    starts = [0]
    openers = clause_openers()
    timex_at = _timex_holding(words, inside_timex)
    for i, w in enumerate(words):
        if i == 0 or not w.is_word:
            continue
        timex = timex_at.get(i)
        if timex is not None:
            if w.start == timex[0] and _opens_relative_phrase(words, i, timex[1]):
                starts.append(i)
            continue
        m = openers.match_at(words, i)
        if m is not None and _time_phrase_at(words, i):
            continue  # "في وقت متأخر من ليل السبت": a time of this clause, not "في وقت" (while) opening another
        if (m is not None and clitics_before(w, m.form) in ("", "و", "ف")) or is_complementizer(words, i):
            starts.append(i)
    return starts


def _time_phrase_at(words: Sequence[Word], i: int) -> bool:
    """Whether a phrase of the class time_phrase of data/event_dating.tsv starts at word `i` (a leading و allowed)."""
    got = [w.text for w in words[i : i + 4] if w.is_word]
    if got and got[0].startswith("و") and len(got[0]) > 2:
        got[0] = got[0][1:]
    return any(tuple(got[: len(p)]) == p for p in dating_phrases("time_phrase"))


def _timex_holding(words: Sequence[Word], spans: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Word index -> the first of `spans` (in their order) that holds the word's start; one pass over
    the words each span covers, found by bisection, not a pass over the spans at every word."""
    out: dict[int, tuple[int, int]] = {}
    for a, b in spans:
        for k in range(word_starting_at(words, a), len(words)):
            if words[k].start >= b:
                break
            out.setdefault(k, (a, b))
    return out


def _opens_relative_phrase(words: Sequence[Word], i: int, timex_end: int) -> bool:
    """"بعد ساعات من X": a time expression opened by بعد/قبل and followed by من names another event."""
    if words[i].text not in function_words("relative_head"):
        return False
    after = next((w for w in words[i:] if w.is_word and w.start >= timex_end), None)
    return after is not None and after.text in function_words("relative_of")


def clause_of(starts: Sequence[int], i: int) -> int:
    """The index of the clause holding word `i`."""
    k = 0
    for n, s in enumerate(starts):
        if s <= i:
            k = n
    return k
