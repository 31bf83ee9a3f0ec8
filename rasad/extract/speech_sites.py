"""Where the speech verbs of a sentence stand: the matches of `speech_index` less the words they fold into.

A speech verb's letters are often another word's: a masdar ("على ذكر الحلف"، "قرار نقل السفارة"), a noun
after a number ("34 طالبا") or a preposition ("في لافتة"), "متحدثة باسم" (a spokeswoman), "يتابع القضية"
(follows). An attribution right after a speech verb only tells where that verb's words were heard ("وقال
الوزير بحسب بيان"). Used by quotes.py for every sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.document import Document, Span
from rasad.extract.mention_index import MentionIndex, mention_index
from rasad.extract.numbers import number_words
from rasad.extract.speaker_bodies import is_medium
from rasad.extract.speech import (
    ON_BEHALF,
    SpeechVerb,
    carried_by_medium,
    is_complementizer,
    reads_as_noun,
    source_attributions,
    speech_index,
)
from rasad.extract.wordscan import Word, clitics_before, function_words, previous_word, scan, verb_form_ok

_RELAY_SOURCE_REACH = 8  # words between a bare relay verb and عن before its source ("نقل موقع "بيزنس إنسايدر" عن")
_MAX_CITING_SUBJECT_WORDS = 4  # between a speech verb and the attribution that tells its source ("وقال الوزير نقلا عن")
_PASSIVE_REACH = 4  # words after a passive_present form in which a complementizer makes it report ("تعتبر تركيا أنهما")
_OPENING_PASSIVE_REACH = 12  # the same for one that opens its clause, with its subject and an aside ("ويعتبر X، وهو …، أن")
_NAMING_REACH = 1  # يُدعى "is named" reports only with its complementizer next ("يدعى أن"), not "يدعى X، إن"
_PRONOUN_HA = "ه"
_BI = "ب"
_DAMMA = "\u064f"


def speech_verbs(doc: Document, words: Sequence[Word], quotes: Sequence[Span], frames: bool) -> list[tuple[int, int, SpeechVerb]]:
    text, index = doc.text, mention_index(doc)
    out: list[tuple[int, int, SpeechVerb]] = []
    for m in speech_index(frames).find_all(words):
        sv = m.payload
        if sv.form != "phrase" and not verb_form_ok(words[m.first], m.form):
            continue
        if sv.form == "past" and reads_as_noun(text, words, m.first, m.form):
            continue  # a masdar: "على ذكر الحلف"، "في إشارة إلى"
        if sv.cls == "relay" and sv.form == "past" and _bare_relay_noun(words, m.first, m.last, sv):
            continue  # the masdar: "قرار نقل السفارة"، "تكلفة نقل الطن" (moving), not "نقل التلفزيون عن X"
        if sv.form == "participle" and _noun_with_pronoun(text, words[m.first], m.form):
            continue  # "ومقره لندن" (its seat), "مضيفه" (his host): the feminine participle is written with ة
        if sv.form == "present" and _passive_reading(words, m.first, m.last, m.form):
            continue  # "الذي يعتبر أكبر مركز" (is considered): no one speaks
        if sv.cls != "relay" and (_passive_without_object(words, m.first, m.last, m.form, sv)
                                  or (sv.form == "past" and _vowelled_passive(text, words[m.first], m.form))):
            continue  # "اتفاق وصف بأنه تاريخي"، "وزُعم أن" (was described, was claimed): no one is named speaking
        if sv.form == "present" and _fact_subject(words, m.first, m.last, m.form):
            continue  # "ارتفعت الأسعار، مما يشير إلى أن" (which shows): the fact before it, no one, is the subject
        if (sv.form == "participle" and _after_preposition_word(words, m.first)) or _counted(words, m.first, m.form, index):
            continue  # a noun: "في لافتة خلف الرئيس" (a banner), not "لافتة إلى أن"; "374 متهما"، "34 طالبا" (students)
        if sv.form in ("past", "present") and sv.lemma in function_words("speech_joined") \
                and clitics_before(words[m.first], m.form)[:1] not in ("و", "ف"):
            continue  # "موقعا عسكريا تابعا له" (belonging to), "يتابع القضية" (follows): no "وتابع" (went on)
        if words[m.first].text in function_words("adder") | function_words("not_speech"):
            continue  # "إضافة إلى" (in addition to) folds like "أضافه" (he added it), "فحسب" (only) like "حسب"
        if sv.form == "participle" and m.last + 1 < len(words) and words[m.last + 1].text == ON_BEHALF:
            continue  # "متحدثة باسم يونكر": a spokeswoman, the subject of a verb, not a participle of speaking
        if any(q.start < words[m.first].start < q.end for q in quotes):
            continue  # the speaker's own words
        if opens_with_note(words, m.first):
            continue  # "يذكر أن الفريق فاز بالكأس مرتين": the editor recalls the background, no one speaks
        if sv.cls == "relay" and carried_by_medium(words, m.first, m.last, m.form):
            continue  # "وقال X في كلمة نقلها التلفزيون "…"": the words are X's, not the medium's
        if sv.cls == "according" and out and _cites_for(words, out[-1], m.first, m.last, sv):
            continue  # "وقال نقلا عن وكالة X إن…"، "وقال بحسب بيان": the verb's subject said it
        out.append((m.first, m.last, sv))
    return out


def fact_remarks(words: Sequence[Word], frames: bool) -> list[int]:
    """Where a remark on the facts told before it opens its verb ("، مما يشير إلى أن"، "، وهو ما يؤكد أن"): the
    writer's, which speech_verbs leaves out; the words of a verb before it end there all the same."""
    out: list[int] = []
    for k in range(1, len(words)):
        if words[k - 1].text not in function_words("fact_relative"):
            continue
        m = speech_index(frames).match_at(words, k)
        if m is not None and m.payload.form == "present" and _fact_subject(words, m.first, m.last, m.form):
            out.append(m.first)
    return out


def _cites_for(words: Sequence[Word], verb: tuple[int, int, SpeechVerb], k: int, last: int, sv: SpeechVerb) -> bool:
    """Whether the attribution `sv` at words[k..last] tells where the speech verb `verb` before it was heard ("وقال
    X بحسب بيان"، "وقال نقلا عن وكالة هلا"): a verb of its own, with at most its subject between them and nothing it
    introduces (no complementizer, colon or quote mark). One that names who said the words ("قالت تاس نقلا عن
    نوفاك"، "أكدت روسيا على لسان وزير خارجيتها") gives them to its source, unless that source is a medium."""
    first, verb_last, verb_sv = verb
    if verb_sv.cls == "according" or k - verb_last - 1 > _MAX_CITING_SUBJECT_WORDS:
        return False
    if not all(w.is_word and not is_complementizer(words, n) for n, w in enumerate(words[verb_last + 1 : k], verb_last + 1)):
        return False
    return not names_its_source(sv) or (last + 1 < len(words) and is_medium(words[last + 1]))


def names_its_source(sv: SpeechVerb) -> bool:
    """Whether the attribution `sv` gives the words to the one named after it ("نقلا عن X"، "على لسان X"), not to
    where they were recorded ("بحسب بيان", data/attributions.tsv)."""
    return sv.cls == "according" and sv.lemma in source_attributions()


def _bare_relay_noun(words: Sequence[Word], i: int, last: int, sv: SpeechVerb) -> bool:
    """Whether the relay verb at words[i..last], in its bare past form with no conjunction or ending ("نقل"), reads as
    the masdar "moving" ("إجراءات نقل السفارة"، "نقل المدنيين"): it relays only with its source after عن in the next
    words ("نقل التلفزيون الإيراني عن X") or after a particle that only a verb follows ("بحسب ما نقل موقع X"، "قد نقل")."""
    if words[i].text != sv.lemma:
        return False  # "ونقل"، "نقلت": only a verb
    prev = previous_word(words, i)
    if prev is not None and prev is words[i - 1] and prev.text in function_words("relay_verb_before"):
        return False
    following = words[last + 1 : last + 1 + _RELAY_SOURCE_REACH]
    return not any(w.text in function_words("relay_of") for w in following)


def _counted(words: Sequence[Word], i: int, form: str, index: MentionIndex) -> bool:
    """Whether the word right before word `i`, read as `form`, is a number, which counts it as a noun ("34 طالبا"
    is not طالب+ا, "they two demanded"): not a verb that carries و or ف or a plural subject ("الـ 18 اعترفوا"،
    "في الدقيقة 11 وأضاف"), nor one after a date ("في 11 مايو 2017 ذكرت")."""
    prev = previous_word(words, i)
    if prev is None or prev is not words[i - 1] or not (prev.text.isdigit() or prev.text in number_words()):
        return False
    if index.in_timex(prev.start):
        return False
    return clitics_before(words[i], form)[:1] not in ("و", "ف") and not form.endswith(("وا", "ون"))


def opens_with_note(words: Sequence[Word], i: int) -> bool:
    """Whether word `i` opens an editor's note on the background (data/function_words.tsv editor_note): the passive
    "يذكر"/"ويُذكر" first in its sentence with أن right after it ("يذكر أن المنتخب خسر مباراتين"). Not with a subject
    of its own ("يذكر التقرير أن") nor inside a sentence ("العمل يذكر صراحة أن")."""
    if i + 1 >= len(words) or previous_word(words, i) is not None:
        return False
    text = words[i].text
    return (text[1:] if text[:1] == "و" else text) in function_words("editor_note") and is_complementizer(words, i + 1)


def after_editor_note(text: str, sentence: Span) -> int:
    """Where the words of `sentence` start that someone may have said: after an editor's note that opens it ("يذكر
    أن الغوطة تشهد غارات، حسب المرصد": the observatory's words, not the note), else at its start."""
    words = scan(text, sentence)
    first = next((k for k, w in enumerate(words) if w.is_word), None)
    return words[first + 1].end if first is not None and opens_with_note(words, first) else sentence.start


def _after_preposition_word(words: Sequence[Word], i: int) -> bool:
    prev = previous_word(words, i)
    return prev is not None and prev is words[i - 1] and prev.text in function_words("preposition")


def _noun_with_pronoun(text: str, word: Word, form: str) -> bool:
    """Whether the participle `word`, read as its feminine `form` ("مقره" for مُقِرّة "acknowledging"), is written
    with the pronoun ه where the participle has ة: a noun and its owner ("ومقره في لندن" its seat, "مضيفه" his host)."""
    if not form.endswith(_PRONOUN_HA) or not word.text.endswith(form):
        return False
    last = next((c for c in reversed(text[word.start : word.end]) if c.isalpha()), "")
    return last == _PRONOUN_HA


def _passive_without_object(words: Sequence[Word], i: int, last: int, form: str, sv: SpeechVerb) -> bool:
    """Whether the verb `form` at words[i..last], one that puts whom it describes, accuses or tells before what it
    says (data/function_words.tsv object_verb, tell_verb: "وصف الاتفاق بأنه"، "أبلغ الشرطة بأن"), has that ب
    complement right after it with no object between, not even a pronoun: the passive ("اتفاق وصف بأنه
    تاريخي"، "اتهم بأنه أطعم"، "أبلغ بأن التطبيق قانوني"، 'ما وصف بـ"حملة"': was described, accused, told), whose
    speaker is unnamed."""
    if sv.lemma not in function_words("object_verb") | function_words("tell_verb") or not words[i].text.endswith(form):
        return False
    after = last + 1
    if after >= len(words):
        return False
    return words[after].text == _BI or (words[after].text.startswith(_BI) and is_complementizer(words, after))


def _vowelled_passive(text: str, word: Word, form: str) -> bool:
    """Whether the past `form` in `word` is written with the damma of the passive on its first or second letter
    ("وزُعم أن"، "أُبلغوا بأنها"، "واتُهمت السعودية بأنها"): the active past never has one there."""
    skip = len(clitics_before(word, form))
    letters = 0
    for c in text[word.start : word.end]:
        if c.isalpha():
            letters += 1
        elif c == _DAMMA and skip < letters <= skip + 2:
            return True
        if letters > skip + 2 and c.isalpha():
            break
    return False


def _fact_subject(words: Sequence[Word], i: int, last: int, form: str) -> bool:
    """Whether the present `form` at words[i..last] has ما or مما for subject (data/function_words.tsv
    fact_relative: "مما يشير إلى أن"، "وهو ما يؤكد أن"، "لا يوجد ما يشير إلى"): what it points to follows at once,
    with no subject between. Not "بحسب ما يوضح X"، "ما تقول الحكومة إنه" (a speaker after it)."""
    prev = previous_word(words, i)
    if prev is None or prev is not words[i - 1] or prev.text not in function_words("fact_relative"):
        return False
    if not words[i].text.endswith(form) or clitics_before(words[i], form):
        return False
    after = last + 1
    return after < len(words) and (is_complementizer(words, after) or words[after].text in function_words("fact_link"))


def _passive_reading(words: Sequence[Word], i: int, last: int, form: str) -> bool:
    """Whether the present form `form` at words[i..last] is the passive of another sense (function_words.tsv
    passive_present: يُعتبر "is considered"): no complementizer within a few words after it ("والذي يعتبر أكبر مركز
    في أوروبا"، "قانون يعتبر جنحة"), where the verb that reports has one ("يعتبر أن"، "تعتبر تركيا أنهما"). One that
    opens its clause (first, or with و or ف) has its subject after it, told at length ("ويعتبر X، وهو رئيس Y، أن").
    يُدعى "is named" (naming_present) reports only with the complementizer next ("رجل يدعى X" names him)."""
    if form in function_words("naming_present"):
        reach = _NAMING_REACH
    elif form in function_words("passive_present"):
        opens = previous_word(words, i) is None or clitics_before(words[i], form)[:1] in ("و", "ف")
        reach = _OPENING_PASSIVE_REACH if opens else _PASSIVE_REACH
    else:
        return False
    seen = 0
    for k in range(last + 1, len(words)):
        if is_complementizer(words, k):
            return False
        seen += words[k].is_word
        if seen >= reach or words[k].text == ".":
            break
    return True
