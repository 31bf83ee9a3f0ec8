"""Speech told after the words it tells: a verb after a postposing link ('"…"، حسبما قالت X'، "قتل 25 شخصا، وفق
ما أعلنت الهيئة") tells the quote that closes right before the link, or with a link that may take them, the words
of its sentence before it (data/speech_postposed.tsv). Used by quotes.py for a verb with nothing after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Document, Span
from rasad.extract.quote_marks import MIN_QUOTE_WORDS, inside_marks, trim, word_count
from rasad.extract.wordscan import Word

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct


_BETWEEN = " \t،,"  # what stands between a quote and the link right after it
_BETWEEN_SENTENCES = _BETWEEN + ".…"  # '"…".. هكذا بدأ X حديثه': a link that opens a sentence of its own


@lru_cache(maxsize=1)
def _postposing_links() -> tuple[tuple[tuple[str, ...], bool, bool], ...]:
    """The links of data/speech_postposed.tsv as normalised words, each with whether it may take reported words
    and whether it may open the sentence after the quote."""
    return tuple((tuple(norm(row[0]).split()), row[1].strip() == "any", len(row) > 2 and row[2].strip() == "sentence")
                 for row in read_rows("rasad.extract", "speech_postposed.tsv"))


def postposed_content(doc: Document, words: Sequence[Word], i: int, act: SpeechAct, quotes: list[Span]) -> None:
    """For a verb at word `i` after a postposing link ('"…"، حسبما قالت X'), with nothing after it: the quote that
    closes right before the link, or with a link that may take them, the words of the sentence before it."""
    text = doc.text
    for link, takes_reported, opens_sentence in _postposing_links():
        n = len(link)
        if i < n or tuple(w.text for w in words[i - n : i]) != link or not all(w.is_word for w in words[i - n : i]):
            continue
        start = words[i - n].start
        before = len(text[:start].rstrip(_BETWEEN_SENTENCES if opens_sentence else _BETWEEN))
        q = next((q for q in quotes if q.end == before), None)
        if q is not None:
            inner = inside_marks(text, q)
            if word_count(text, inner) >= MIN_QUOTE_WORDS:
                act.content, act.kind = inner, "direct"
            return
        span = trim(text, Span(act.sentence.start, start))
        if takes_reported and word_count(text, span) >= MIN_QUOTE_WORDS and not any(
                q.start < span.end and q.end > span.start for q in quotes):
            act.content, act.kind = span, "reported"
        return
