"""Lines of a document with exact offsets and the cheap features cleaning needs.

A page's text arrives as lines: paragraphs, headings and the furniture around
them. Each `Line` keeps the range of its visible text in `Document.text`
(surrounding spaces, NBSP and bidi marks trimmed), so a kept block or a
removal points at exactly the characters shown. Lines end at "\\n", "\\r\\n"
or a lone "\\r", the way the evaluation counts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.arabic.normalize import norm

_BREAK = re.compile(r"\r\n|\n|\r")
# Invisible characters trimmed from the edges of a line besides str whitespace.
_EDGE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
_NON_WORD = re.compile(r"[\W_]+")
_ARABIC = re.compile(r"[\u0620-\u064A\u0671-\u06D3]")
_LATIN = re.compile(r"[A-Za-z]")
# Sentence-final punctuation, optionally followed by closing quotes/brackets.
_FINAL = re.compile(r"[.!?؟…][\"'”»)\]]*$")
# Punctuation after which a short line cannot be a heading.
_CONTINUES = re.compile(r"[.،,:;؛…][\"'”»)\]]*$")
# A closing question or exclamation mark (maybe before a closing quote), and a sentence end
# inside a line (a lone full stop, a question or exclamation mark; a ".." joins a headline's parts).
_ASKS = re.compile(r"\s*[؟?!]+[\"'”»)\]]*$")
_INNER_STOP = re.compile(r"(?<!\.)\.(?!\.)\s|[؟?!]\s")
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 18


@dataclass(slots=True)
class Line:
    """One non-empty line: its number, trimmed range, text and match keys."""

    number: int  # 1-based, as people and the gold count lines
    start: int
    end: int
    text: str  # the trimmed original characters
    norm: str  # normalised (rasad.arabic.normalize.norm)
    key: str  # normalised, punctuation folded to single spaces: for matching and repeats
    words: int
    arabic: bool  # has Arabic letters
    latin: bool  # has Latin letters

    @property
    def final_stop(self) -> bool:
        """Ends like a sentence ("." "؟" "!" "…", maybe before a closing quote)."""
        return bool(_FINAL.search(self.text))

    @property
    def continues(self) -> bool:
        """Ends with punctuation that a heading or title would not end with."""
        return bool(_CONTINUES.search(self.text))

    @property
    def asks_as_headline(self) -> bool:
        """One short question or exclamation with no comma: how many headlines end ("ما الذي يعنيه الاتفاق؟")."""
        body = _ASKS.sub("", self.text)
        return (body != self.text and MIN_HEADLINE_WORDS <= self.words <= MAX_HEADLINE_WORDS
                and "،" not in body and not _INNER_STOP.search(body))

    @property
    def headline_shaped(self) -> bool:
        """No closing or continuing punctuation and no comma: a headline's shape, not a lead sentence's."""
        return not self.continues and self.text[-1] not in ".!" and "،" not in self.text


def match_key(text: str) -> str:
    """Normalised text with every run of punctuation and space made one space."""
    return _NON_WORD.sub(" ", norm(text)).strip()


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of `text` with their trimmed ranges."""
    out: list[Line] = []
    pos = 0
    number = 1
    for brk in _BREAK.finditer(text):
        _add(out, text, pos, brk.start(), number)
        pos = brk.end()
        number += 1
    _add(out, text, pos, len(text), number)
    return out


def _add(out: list[Line], text: str, start: int, end: int, number: int) -> None:
    while start < end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE):
        end -= 1
    if start == end:
        return
    raw = text[start:end]
    folded = norm(raw)
    key = _NON_WORD.sub(" ", folded).strip()
    out.append(
        Line(
            number=number,
            start=start,
            end=end,
            text=raw,
            norm=folded,
            key=key,
            words=key.count(" ") + 1 if key else 0,
            arabic=bool(_ARABIC.search(raw)),
            latin=bool(_LATIN.search(raw)),
        )
    )
