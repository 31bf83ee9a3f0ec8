"""The subject words right after a speech verb, and the words that are never part of it.

A subject follows its verb up to punctuation, a preposition, reported content, a listener ("لأحد قادة
الكتائب"، "للصحفيين"), an attribution ("نقلا عن") or a circumstantial participle ("مخاطبا الحضور"); adverbs and
a preposition with a pronoun ("قال لها الوزير") may stand before it. Used by speakers.py and referents.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.mention_index import MentionIndex
from rasad.extract.speech import (
    PROCLITIC_PREPS,
    PRONOUN_SUFFIXES,
    attributions,
    conjoined,
    definite_noun,
    is_complementizer,
    person_roles,
)
from rasad.extract.wordscan import Word, function_words

_PKG = "rasad.extract"
_PARTICIPLE_PREFIX = "م"
_ACCUSATIVE_ENDING = "ا"
_ALREADY = "قد"  # the particle between كان's subject and its verb ("وكانت تقارير قد ذكرت")
_MIN_PARTICIPLE_LETTERS = 4  # "مصرا"; not "معا"، "مما"
_LONG_VOWELS = "اوي"
_MAX_REPORT_ADJECTIVES = 2  # words between a report noun and its verb: "تقارير صحفية غير مؤكدة"
_CLAUSE_PUNCTUATION = (",", "،", ".", "(", ")")
_NOT_PARTICIPLE_ENDINGS = ("ها", "نا", "هما", "تا")  # pronouns; "تا" of a dual noun ("مجلتا "كيكر" و"بيلد"")


@lru_cache(maxsize=1)
def _report_nouns() -> frozenset[str]:
    return normalised_lines(_PKG, "speech_report_nouns.tsv")


def unsourced_report(words: Sequence[Word], i: int, j: int, index: MentionIndex) -> Span | None:
    """The report with no named source that is the subject of the verb (or phrase of content) at words[i..j], told
    right before it with a few words of its own at most ("تقارير تفيد"، "أنباء مفادها"، "تقارير صحفية، ذكرت";
    data/speech_report_nouns.tsv): the words are the reports', not a speaker's told before. A name among its words
    ("أنباء رويترز") is a source; one right after the verb is its subject ("معلومات ذكرتها مجلة X")."""
    if conjoined(words, i) or _named_after(words, j, index):
        return None  # "تلقت الشرطة معلومات وأكدت أنها": the verb goes on with the clause's subject
    k = i - 1
    if k >= 0 and (words[k].text in ("،", ",") or words[k].text == _ALREADY):
        k -= 1  # "تقارير صحفية، ذكرت"; "وكانت دراسات سابقة قد أشارت": the report ends before قد
    for n in range(k, max(-1, k - _MAX_REPORT_ADJECTIVES - 1), -1):
        w = words[n]
        if not w.is_word or w.text in function_words("preposition") or is_complementizer(words, n) or index.in_timex(w.start):
            return None
        if _indefinite(w) and not _report_nouns().isdisjoint(w.forms):
            return None if index.between(w.start, words[k].end) else Span(w.start, words[k].end)
    return None


def governed_evidence(words: Sequence[Word], n: int) -> bool:
    """Whether the report noun at word `n` is evidence a speaker cites, after a preposition ("بناء على أدلة تشير"،
    "بأدلة تثبت"; data/speech_evidence_nouns.tsv): no subject of the verb after it, which describes it inside the
    clause the preposition belongs to."""
    if _evidence_nouns().isdisjoint(words[n].forms):
        return False
    if n > 0 and words[n - 1].text in function_words("preposition"):
        return True
    text = words[n].text[1:] if words[n].text[:1] in "وف" and len(words[n].text) > 4 else words[n].text
    return text[:1] in PROCLITIC_PREPS and text not in _evidence_nouns() and text[1:] in _evidence_nouns()


@lru_cache(maxsize=1)
def _evidence_nouns() -> frozenset[str]:
    return normalised_lines(_PKG, "speech_evidence_nouns.tsv")


def _named_after(words: Sequence[Word], j: int, index: MentionIndex) -> bool:
    """Whether a name stands in the few plain words right after the verb ending at word `j`: its subject
    ("معلومات ذكرتها مجلة "لو بوان"")."""
    for n in range(j + 1, min(len(words), j + 1 + _MAX_REPORT_ADJECTIVES + 1)):
        w = words[n]
        if w.text in function_words("preposition") or is_complementizer(words, n) or w.text in ("،", ",", ":", "."):
            return False
        if index.between(w.start, w.end):
            return True
    return False


def only_subject_words(index: MentionIndex, verb: Word, before: Sequence[Word]) -> bool:
    """Whether the words `before` what a verb introduces, after the `verb` itself, are its subject at most: names,
    words with the article and titles ("اقترح الرئيس الفرنسي إيمانويل ماكرون أن"), a quantifier over them ("وروى
    أحد السكان أن"، "تروي بعض المصادر أن"; data/function_words.tsv subject_quantifier), whom it is put to ("على
    الحكومة"). Not an object without the article ("يقترح تكتيكات يمكن أن"، 'يروي الفيلم قصة "…"'), one that the verb
    carries ("النص الذي اقترحته السلطة"), nor a comma ("الذي اقترح الفكرة عام 2008، إنها": the verb of a relative)."""
    if verb.text.endswith(PRONOUN_SUFFIXES):
        return False
    for w in before:
        if not w.is_word:
            if w.text in _CLAUSE_PUNCTUATION:
                return False
            continue
        if not (index.between(w.start, w.end) or definite_noun(w) or w.text in person_roles()
                or w.text in function_words("subject_quantifier") or w.text in function_words("request_link")):
            return False
    return True


def _indefinite(word: Word) -> bool:
    """"تقارير"، "وأنباء"، "لتقارير": no article, after a conjunction or preposition either ("للأنباء"، "بالتقارير")."""
    text = word.text[1:] if word.text[:1] in "وف" and len(word.text) > 4 else word.text
    if text.startswith("لل") or (text[:1] in "بك" and text[1:3] == "ال"):
        return False
    return definite_noun(word) is None


@lru_cache(maxsize=1)
def _listeners() -> frozenset[str]:
    return normalised_lines(_PKG, "speech_listeners.tsv")


def is_listener_noun(word: Word) -> bool:
    """"الصحفيين": a noun of data/speech_listeners.tsv as it stands, without ل (a verb of telling's object)."""
    return word.text in _listeners()


def is_listener(word: Word) -> bool:
    """"لأحد"، "لعدد"، "للصحفيين": ل written onto a noun that names whom a speaker talks to (data/speech_listeners.tsv)."""
    text = word.text
    if text.startswith("لل"):
        return "ال" + text[2:] in _listeners() or text[2:] in _listeners()
    if not text.startswith("ل"):
        return False
    noun = text[1:]  # "لمحاوره"، "لمستشاريه": whom the speaker talks to, told with his pronoun
    owned = next((noun[: -len(s)] for s in PRONOUN_SUFFIXES if noun.endswith(s) and len(noun) - len(s) >= 3), None)
    return noun in _listeners() or owned in _listeners()


@lru_cache(maxsize=1)
def _adverbial_nouns() -> frozenset[str]:
    return normalised_lines(_PKG, "speech_adverbial_nouns.tsv")


def is_preposition_pronoun(word: Word, *, adverbial: bool = False) -> bool:
    """"فيها"، "عنه"، "عليهم": a preposition with a pronoun written onto it, never a subject; with `adverbial`, a
    noun of place or time with one too ("تحته"، "بعدها", data/speech_adverbial_nouns.tsv), which tells where or when,
    not what the words were said in ("قال فيها")."""
    texts = (word.text, word.text[1:]) if len(word.text) > 3 and word.text[0] in "وف" else (word.text,)
    if adverbial and any(t in _adverbial_nouns() for t in texts):
        return True
    preps = function_words("preposition")
    return any(t.endswith(suf) and t[: -len(suf)] in preps for t in texts for suf in PRONOUN_SUFFIXES)


def _is_preposition(word: Word) -> bool:
    preps = function_words("preposition")
    return word.text in preps or (len(word.text) > 2 and word.text[0] in "وف" and word.text[1:] in preps)


@lru_cache(maxsize=1)
def _attribution_openers() -> frozenset[str]:
    """The first words of the attributions of data/attributions.tsv ("نقلا"، "وفقا"، "بحسب")."""
    return frozenset(norm(phrase).split()[0] for phrase in attributions())


def _opens_attribution(word: Word) -> bool:
    text = word.text[1:] if len(word.text) > 3 and word.text[0] in "وف" else word.text
    return word.text in _attribution_openers() or text in _attribution_openers()


@lru_cache(maxsize=1)
def adverbs() -> frozenset[str]:
    return normalised_lines(_PKG, "adverbs.tsv")


def _circumstantial(word: Word, index: MentionIndex) -> bool:
    """Whether `word` reads as an indefinite participle in the accusative ("مخاطبا"، "مبتسما"، "متسائلا"): a
    circumstantial (حال) that tells how a speaker spoke, never the verb's subject, which stands in the nominative.
    A derived verb's participle opens with م and a consonant, and ends with the ا of the indefinite accusative. Not a
    name ("مالطا"، "ميلانيا", told apart by a long vowel after م, or tagged), nor a noun with a pronoun ("محاميها"،
    "مراسلنا": the participles ending in ه, like "متوجها", are listed in data/adverbs.tsv), nor a dual noun."""
    text = word.text
    return (len(text) >= _MIN_PARTICIPLE_LETTERS and text[0] == _PARTICIPLE_PREFIX and text[1] not in _LONG_VOWELS
            and text[-1] == _ACCUSATIVE_ENDING and not text.endswith(_NOT_PARTICIPLE_ENDINGS)
            and not index.between(word.start, word.end))


def noun_phrase_after(words: Sequence[Word], i: int, stop: int, index: MentionIndex, *, past_time: bool = False,
                      sources: bool = False) -> Span | None:
    """The words after index `i` up to punctuation, a preposition, reported content or `stop` (a subject
    without an entity). A word with a preposition written onto a name ("لرويترز") ends it too. A time
    expression right after the verb ends it, unless `past_time` ("أعلنت الأحد وزيرة الإعلام X أن…"). After an
    attribution (`sources`) a noun under ل is its source, not a listener ("وفقا لمسؤولين رفيعي المستوى")."""
    first = last = None
    for k in range(i + 1, min(len(words), stop)):
        w = words[k]
        if first is None and (w.text in adverbs() or (k == i + 1 and is_preposition_pronoun(w, adverbial=True))):
            continue  # "تحدث عنه السقا"، "قال لها الوزير": the verb's object before its subject
        if _circumstantial(w, index):
            break  # "وقال مخاطبا الحضور": how he said it and to whom, not who
        if not w.is_word or _is_preposition(w) or is_complementizer(words, k) or w.text in function_words("subject_stop"):
            break  # "تابعت وفي ذات السياق أنها": a preposition, with و or not, ends the subject; "وأضاف أمام الاجتماع:" has none
        if index.in_timex(w.start):
            if first is None and past_time:
                continue
            break
        if is_preposition_pronoun(w, adverbial=True) or (is_listener(w) and not sources) or _opens_attribution(w) \
                or w.text in function_words("speech_manner"):
            break  # "قال السفير لأحد قادة الكتائب"، "وقال نقلا عن"، "واكتفى بالقول": not the subject, nor part of it
        if w.text[0] in PROCLITIC_PREPS and index.starts_inside(w.start, w.end):
            break
        first = k if first is None else first
        last = k
        if last - first >= 7:
            break
    if first is None or last is None:
        return None
    return Span(words[first].start, words[last].end)
