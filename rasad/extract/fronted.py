"""Speech told after a fronted attribution: an attribution that opens its sentence and names its source before a
comma ("وبحسب وزارة الصحة، فقد قتل 5 أشخاص"، "وحسب رويترز، صدر الأمر بعد…"), or a verb after a postposing link
there ("وبحسب ما أوردت وكالة X، فقد أعرب…"), tells the rest of its sentence: the source's words. Those with a
complementizer after the comma ("ووفقا لـX، فإن…") are found as reported speech by quotes.py; this finds the others.
Used by quotes.py for an attribution or a linked verb that found nothing to tell; in_accordance tells quotes.py which
attributions mean "in accordance with" ("وفقا للقانون") and are no speech at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasad.document import Document, Span
from rasad.extract.entities.patterns import COMMAS
from rasad.extract.quote_marks import MIN_QUOTE_WORDS, inside_marks, straddles, trim, word_count
from rasad.extract.speech import SpeechVerb, accordance_nouns, is_statement_noun, mentions_between
from rasad.extract.wordscan import Word, function_words

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct

_DEFINITE = ("ال", "لل")  # the article, or ل written onto it ("للتقرير")
_BARE_TO = ("ل", "لـ")  # "وفقا لـ خطة": the ل written apart
_MAX_SOURCE_WORDS = 10  # words and marks between the attribution and its comma ("ووفقا لإحصاءات صادرة عن موقع X")


def fronted_content(doc: Document, words: Sequence[Word], opens: int, j: int, stop: int, act: SpeechAct,
                    quotes: list[Span]) -> None:
    """For an attribution (or a link and its verb) at words[opens..j] that opens its sentence, with no other speech
    verb after it (`stop` is the sentence's end): the words after the comma that closes its source, to the end of the
    sentence, where a source is named before that comma ("وبحسب التوقيت المحلي، …" names no one) and no quote
    already holds them."""
    if opens != 0 or stop < len(words):
        return  # an attribution inside the sentence, or one whose sentence has a speaker of its own ("، أكد الفيفا أن")
    comma = _source_comma(doc, words, j, stop)
    if comma is None:
        return
    first = comma + 1
    if words[first].text in function_words("relative_pronoun"):
        return  # 'ووفقا لمؤشر "الفاو"، الذي يقيس…': the comma opens a relative clause of the source, not its words
    if words[first].text in function_words("fronted_answer"):
        first += 1  # "، فقد قتل": the answer particle opens the clause, it is no word of the source's
    if first >= len(words):
        return
    text = doc.text
    span = trim(text, Span(words[first].start, words[-1].end))
    if word_count(text, span) < MIN_QUOTE_WORDS or any(straddles(q, span) for q in quotes):
        return
    inner = [q for q in quotes if span.start - 1 <= q.start < span.end]  # 'فقد استهدفت الغارات "أهدافا إيرانية"'
    whole = len(inner) == 1 and inner[0].start <= span.start and inner[0].end >= span.end
    act.content, act.kind = (inside_marks(text, inner[0]), "direct") if whole else (span, "reported")


def _source_comma(doc: Document, words: Sequence[Word], j: int, stop: int) -> int | None:
    """The comma that closes the source named after the attribution ending at word `j`, or None where none closes it
    within reach or no one is named before it, outside a relative clause."""
    comma = next((k for k in range(j + 1, min(stop, j + 1 + _MAX_SOURCE_WORDS)) if words[k].text in COMMAS), None)
    if comma is not None and comma + 1 < len(words) and words[comma + 1].text in function_words("seat"):
        # "وبحسب المرصد، ومقره بريطانيا، فقد": the source's seat stands between it and its words
        comma = next((k for k in range(comma + 2, min(stop, comma + 2 + _MAX_SOURCE_WORDS)) if words[k].text in COMMAS), None)
    if comma is None or comma + 1 >= len(words) or any(w.text == "." for w in words[j + 1 : comma]):
        return None
    relative = next((w.start for w in words[j + 1 : comma] if w.text in function_words("relative_pronoun")),
                    words[comma].start)
    if mentions_between(doc, words[j].end, relative):  # "وبحسب التحالف الذي تقوده الرياض،"
        return comma
    return comma if _told_in_statement(words, j, comma) else None  # "وبحسب التقرير، فقد": its issuer's words


def _told_in_statement(words: Sequence[Word], j: int, comma: int) -> bool:
    """Whether the source between the attribution ending at word `j` and its comma is a statement, report or
    interview told before (data/statement_nouns.tsv, with the article: "وبحسب التقرير،"، "ووفقا للبيان،"), whose
    issuer speaks in it."""
    head = next((w for w in words[j + 1 : comma] if w.is_word and w.text not in _BARE_TO), None)
    return head is not None and is_statement_noun(head) and head.text.startswith(_DEFINITE)


def in_accordance(words: Sequence[Word], j: int, sv: SpeechVerb) -> bool:
    """Whether the attribution `sv` ending at word `j` reads "in accordance with": the noun it governs is a plan, a law, an
    agreement… (data/speech_accordance_nouns.tsv), no source of words ("ووفقا لخطة الحكومة، أمر الرئيس بـ…"،
    "وحسب القانون الاتحادي، فإن لكل ولاية…")."""
    if sv.cls != "according":
        return False
    head = next((w for w in words[j + 1 : j + 3] if w.is_word and w.text not in _BARE_TO), None)
    return head is not None and head.has(*accordance_nouns())
