"""Speech told after the words it tells: a verb after a postposing link ('"…"، حسبما قالت X'، "قتل 25 شخصا، وفق
ما أعلنت الهيئة") tells the quote that closes right before the link, or with a link that may take them, the words
of its sentence before it (data/speech_postposed.tsv); so does an attribution with no verb that names its source
after those words ('"…"، بحسب التحالف'، "قتل 10 أشخاص، وفقا للمرصد"). Used by quotes.py for a verb or attribution
with nothing after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Document, Span
from rasad.extract.quote_marks import MIN_QUOTE_WORDS, inside_marks, straddles, trim, word_count
from rasad.extract.speech import mentions_between
from rasad.extract.speech_sites import after_editor_note
from rasad.extract.wordscan import Word, function_words

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct


_BETWEEN = " \t،,"  # what stands between a quote and the link right after it
_BETWEEN_SENTENCES = _BETWEEN + ".…"  # '"…".. هكذا بدأ X حديثه': a link that opens a sentence of its own
_MAX_SOURCE_WORDS = 8  # words after an attribution in which its source is named ("بحسب بيان صادر عن وزارة الداخلية")


@lru_cache(maxsize=1)
def _postposing_links() -> tuple[tuple[tuple[str, ...], bool, bool], ...]:
    """The links of data/speech_postposed.tsv as normalised words, each with whether it may take reported words
    and whether it may open the sentence after the quote."""
    return tuple((tuple(norm(row[0]).split()), row[1].strip() == "any", len(row) > 2 and row[2].strip() == "sentence")
                 for row in read_rows("rasad.extract", "speech_postposed.tsv"))


def postposed_content(doc: Document, words: Sequence[Word], i: int, act: SpeechAct, quotes: list[Span]) -> None:
    """For a verb at word `i` after a postposing link ('"…"، حسبما قالت X'), with nothing after it: the quote that
    closes right before the link, or with a link that may take them, the words of the sentence before it."""
    found = _link_before(words, i)
    if found is not None:
        n, takes_reported, opens_sentence = found
        _told_before(doc, words[i - n].start, act, quotes, takes_reported=takes_reported, opens_sentence=opens_sentence)


def follows_link(words: Sequence[Word], i: int) -> bool:
    """Whether the verb at word `i` stands right after a postposing link that may take reported words ("، وفق ما
    ذكرت X"، "بحسب ما نقلت X"): X names where the words were heard."""
    found = _link_before(words, i)
    return found is not None and found[1]


def link_opening(words: Sequence[Word], i: int) -> int | None:
    """The first word of the postposing link right before the verb at word `i` that may take reported words ("وبحسب
    ما أوردت X، فقد …"), or None."""
    for link, takes_reported, _ in _postposing_links():
        n = len(link)
        if takes_reported and i >= n and all(part in w.forms for part, w in zip(link, words[i - n : i], strict=True)):
            return i - n  # by forms: the link that opens a sentence takes its و ("وبحسب ما")
    return None


def _link_before(words: Sequence[Word], i: int) -> tuple[int, bool, bool] | None:
    """The postposing link right before word `i`: its length in words, whether it may take reported words and
    whether it may open the sentence after the quote."""
    for link, takes_reported, opens_sentence in _postposing_links():
        n = len(link)
        if i >= n and tuple(w.text for w in words[i - n : i]) == link and all(w.is_word for w in words[i - n : i]):
            return n, takes_reported, opens_sentence
    return None


def attributed_content(doc: Document, words: Sequence[Word], i: int, j: int, stop: int, act: SpeechAct,
                       quotes: list[Span]) -> None:
    """For an attribution at words[i..j] that ends what it attributes ('"…"، بحسب التحالف'، "قتل 10 أشخاص، وفقا
    لوزارة الداخلية"), with nothing after it: the quote that closes right before it, or the words of its sentence
    before it, where its source is named in the words after it, up to punctuation or a relative clause ("بحسب التوقيت المحلي"، "وفقا
    للقانون" name no one), before the next speech verb at word `stop` ("وفقا لما نقلته وكالة X": the verb's)."""
    if i == 0:
        return
    phrase = words[j + 1 : min(stop, j + 1 + _MAX_SOURCE_WORDS)]
    end = next((w.start for w in phrase if not w.is_word or w.text in function_words("relative_pronoun")),
               phrase[-1].end if phrase else words[j].end)  # "وفق الإليزيه الذي لم يحدد ما كان رد ترامب": not Trump
    if mentions_between(doc, words[j].end, end):
        _told_before(doc, words[i].start, act, quotes, takes_reported=True, opens_sentence=False)


def _told_before(doc: Document, start: int, act: SpeechAct, quotes: list[Span], *, takes_reported: bool,
                 opens_sentence: bool) -> None:
    """What a link or attribution at offset `start` tells, told before it: the quote that closes right before it, or
    with `takes_reported`, the words of its sentence before it."""
    text = doc.text
    before = len(text[:start].rstrip(_BETWEEN_SENTENCES if opens_sentence else _BETWEEN))
    q = next((q for q in quotes if q.end == before), None)
    if q is not None:
        inner = inside_marks(text, q)
        if word_count(text, inner) >= MIN_QUOTE_WORDS:
            act.content, act.kind = inner, "direct"
        return
    span = trim(text, Span(after_editor_note(text, act.sentence), start))
    if takes_reported and word_count(text, span) >= MIN_QUOTE_WORDS and not any(straddles(q, span) for q in quotes):
        act.content, act.kind = span, "reported"
