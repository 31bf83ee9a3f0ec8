"""The name a described speaker is given by يُدعى "is named": "وقال أحد السكان، ويدعى خالد منصور، إن"، "وأفاد شاهد
يدعى X بأن"، "وقالت امرأة تجلس في سيارتها، وتدعى X، "…"". The one named speaks, not the description: the name
after the naming verb (function_words.tsv naming_present) inside the subject, or in an aside right after it.
Used by speakers.py once a speech act's speaker is found.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasad.document import Document, Span
from rasad.extract.mention_index import mention_index
from rasad.extract.speech import is_complementizer, mention_key
from rasad.extract.wordscan import Word, function_words

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct

_ASIDE_REACH = 4  # words between the subject's end and the comma of its naming aside ("امرأة … في سيارتها، وتدعى")
_MAX_NAME_WORDS = 3  # a name the tagger missed, read word by word ("ويدعى قادر الجابوني")
_QUOTE_MARKS = '"«»“”'
_TO = "ل"  # a noun under ل after the subject is told or owns: "قال المتحدث لشخص يدعى X": X is told


def take_given_name(doc: Document, words: Sequence[Word], act: SpeechAct) -> None:
    """A described speaker of the act's own sentence named by يُدعى takes that name ("وقال أحد السكان، ويدعى X، إن")."""
    span = act.speaker_span
    if span is None or not act.sentence.start <= span.start < act.sentence.end:
        return
    end = act.content.start if act.content is not None and act.content.start > span.end else act.sentence.end
    name = named_speaker(doc, words, span, end, named=act.speaker is not None)
    if name is not None:
        m = next(iter(mention_index(doc).at(name)), None)
        act.speaker, act.speaker_span = (mention_key(doc, m) if m is not None else None), name


def named_speaker(doc: Document, words: Sequence[Word], subject: Span, end: int, named: bool) -> Span | None:
    """The name given by a naming verb to the subject `subject`: inside it ("شاهد يدعى X"), or in a few words after
    it ("المسلح، ويدعى X،"، "مسؤول آخر في الشرطة يدعى X"); none past `end` (where the speaker's words begin), nor
    after a noun under ل ("قال المتحدث لشخص يدعى حبيب": حبيب is told). A subject `named` already takes only the
    aside right after it ("وقال طيار مارق، يدعى X،"), not one that names a noun after it ("تصريحات لمارادونا في
    برنامج يدعى Y قال فيها": the programme)."""
    k = next((n for n, w in enumerate(words) if w.start >= subject.start), len(words))
    after = 0
    while k < len(words) and words[k].start < end:
        w = words[k]
        if w.text in (".", ":") or is_complementizer(words, k):
            return None
        if w.has(*function_words("naming_present")):
            return _name_after(doc, words, k + 1, end)
        if w.start >= subject.end:
            after += w.is_word
            if after > (0 if named else _ASIDE_REACH) or w.text.startswith(_TO):
                return None
        k += 1
    return None


def _name_after(doc: Document, words: Sequence[Word], k: int, end: int) -> Span | None:
    """The name that starts at word `k`: a mention starting there, the words inside quote marks, or up to a few words
    before the next mark or complementizer."""
    if k >= len(words) or words[k].start >= end:
        return None
    starting = mention_index(doc).between(words[k].start, words[k].start + 1)
    if starting:
        return max(starting, key=lambda m: m.span.end).span
    marked = words[k].text in _QUOTE_MARKS
    first = k + marked
    last = first
    if first >= len(words) or not words[first].is_word:
        return None
    latin = words[first].text.isascii()  # "شاب يدعى Azerty قائلا": a name in Latin letters ends with them
    while last + 1 < len(words) and last + 1 - first < _MAX_NAME_WORDS and words[last + 1].is_word \
            and words[last + 1].text.isascii() == latin and not is_complementizer(words, last + 1) \
            and words[last + 1].start < end:
        last += 1
    return Span(words[first].start, words[last].end)
