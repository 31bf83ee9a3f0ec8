"""Sentence boundaries in Arabic news text, as spans of the original text.

Decisions (Arabic news conventions):
- A line break always ends a sentence: headings, datelines and paragraphs
  without final punctuation stand alone.
- . ! ? ؟ ۔ (and runs like "؟!" or "!!") end a sentence when followed by
  space, the end of the line, or directly by an Arabic letter (news text
  often drops the space: "الأمر.وقال").
- The comma ، and the colon never end one; neither does the semicolon ؛,
  which in Arabic news joins clauses of one sentence (it often precedes
  "لأن"/"إذ"), so splitting there would cut causes from what they explain.
- An ellipsis ("..." "…") does not end a sentence: Arabic news uses it as a
  pause or a dash ("الحرب... إلى أين؟"), not as a full stop.
- A period does not end a sentence after an abbreviation (data file
  abbreviations.tsv: "ق.م." "أ.د." "e.g."), after a single letter (initials
  "م." "J."), between the letter names of an acronym ("سي.إن.إن"), inside a number ("2.5", "1.800"), or after a list number at the
  start of a line ("1.").
- Quotes «…» “…” "…" and brackets (…) [...] closed on the same line are kept
  whole: a period inside them does not end the sentence, so "وقال الوزير:
  «لن نتراجع. سنواصل» وأضاف…" is one sentence. A terminal mark right at the
  end of a quote ('…قرارنا." وأضاف') ends the sentence after the quote. A
  quote longer than QUOTE_KEEP_CHARS characters that holds at least
  QUOTE_SPLIT_MIN sentence ends inside is split like running text: it is a
  quoted passage, not a phrase in a sentence. An unclosed quote protects
  nothing.
- Spans are trimmed of surrounding whitespace and invisible controls;
  pieces with no letter or digit (a line of "***") are not sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.errors import DocumentError

QUOTE_KEEP_CHARS = 250
QUOTE_SPLIT_MIN = 2
_MIN_ACRONYM_PARTS = 3  # "سي.إن.إن": two short words joined by a period ("له.وقال") may be a missing space
_MAX_LETTER_NAME = 4  # letters of the name of a Latin letter ("إيتش")

_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5"
_CLOSERS = "»”’\"')\\]"
# A run of terminal marks, the closers stuck to it, then what must follow.
_TERMINAL = re.compile(rf"[.!?؟۔…‼⁇⁈⁉]+[{_CLOSERS}]*(?=\s|$|[{_ARABIC_LETTER}])")
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_QUOTE_MARK = re.compile(r"[«»“”\"()\[\]]")
_PAIRS = {"«": "»", "“": "”", "(": ")", "[": "]"}
_HAS_CONTENT = re.compile(r"[^\W_]")
_WORD_START = re.compile(r"[\s«“\"(\[]")
# Whitespace and invisible controls trimmed from sentence edges.
_EDGE = " \t\n\r\v\f\x1c\x1d\x1e\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060\u2066\u2067\u2068\u2069\u3000\ufeff\u061c"


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Normalised abbreviations (without their final period)."""
    return normalised_lines("rasad.arabic", "abbreviations.tsv")


def split_sentences(text: str, spans: Sequence[Span] | None = None) -> list[Span]:
    """Sentence spans within `spans` (the body blocks), or within the whole text."""
    ranges = checked_ranges(text, spans)
    out: list[Span] = []
    for block in ranges:
        for start, end in _lines(text, block.start, block.end):
            out.extend(_split_line(text, start, end))
    return out


def checked_ranges(text: str, spans: Sequence[Span] | None) -> list[Span]:
    """`spans` sorted and checked to be disjoint and inside `text`; the whole text if None."""
    if spans is None:
        return [Span(0, len(text))]
    ranges = sorted(spans)
    for prev, cur in zip(ranges, ranges[1:], strict=False):
        if cur.start < prev.end:
            raise DocumentError(f"body blocks overlap: {prev} and {cur}", hint="the cleaner must emit disjoint blocks")
    if ranges and ranges[-1].end > len(text):
        raise DocumentError(
            f"block {ranges[-1]} runs past the text ({len(text)} chars)", hint="spans index Document.text"
        )
    return ranges


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for match in _LINE_BREAK.finditer(text, start, end):
        yield pos, match.start()
        pos = match.end()
    yield pos, end


def _split_line(text: str, start: int, end: int) -> list[Span]:
    cuts: list[int] = []
    for match in _TERMINAL.finditer(text, start, end):
        if _ends_sentence(text, cuts[-1] if cuts else start, match):
            cuts.append(match.end())
    cuts = _drop_cuts_in_quotes(text, start, end, cuts)
    out: list[Span] = []
    pos = start
    for cut in [*cuts, end]:
        span = _trimmed(text, pos, cut)
        if span is not None:
            out.append(span)
        pos = cut
    return out


def _ends_sentence(text: str, sentence_start: int, match: re.Match[str]) -> bool:
    marks = match.group().rstrip(_CLOSERS)
    if set(marks) <= {".", "…"} and marks != ".":
        return False  # an ellipsis
    if marks != ".":
        return True
    word_start = _word_start(text, sentence_start, match.start())
    word = text[word_start : match.start()]
    if not word:
        return True
    if _is_abbreviation(word) or _in_dotted_acronym(text, match.start()):
        return False
    # "1." opening a sentence is a list number, not a sentence.
    return not (word.isdigit() and not text[sentence_start:word_start].strip(_EDGE))


def _word_start(text: str, floor: int, pos: int) -> int:
    i = pos
    while i > floor and not _WORD_START.match(text[i - 1]):
        i -= 1
    return i


def _in_dotted_acronym(text: str, dot: int) -> bool:
    """Whether the period at `dot` joins the letter names of an acronym written with dots and no spaces
    ("سي.إن.إن"، "جي.اف.زد"، "إف.بي.آي"): at least _MIN_ACRONYM_PARTS short parts of letters."""
    start, end = dot, dot + 1
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "."):
        end += 1
    parts = text[start:end].strip(".").split(".")
    return len(parts) >= _MIN_ACRONYM_PARTS and all(0 < len(p) <= _MAX_LETTER_NAME for p in parts)


def _is_abbreviation(word: str) -> bool:
    key = norm(word).strip("'’")
    if key in abbreviations():
        return True
    last = key.rsplit(".", 1)[-1]
    return len(last) == 1 and last.isalpha()  # an initial: "م." "J." "أ.د."


def _drop_cuts_in_quotes(text: str, start: int, end: int, cuts: list[int]) -> list[int]:
    """Remove cuts inside short closed quotes; a cut that includes the closing mark stays."""
    if not cuts:
        return cuts
    dropped: set[int] = set()
    for open_at, close_at in _quote_regions(text, start, end):
        inside = [c for c in cuts if open_at < c <= close_at]
        if close_at - open_at > QUOTE_KEEP_CHARS and len(inside) >= QUOTE_SPLIT_MIN:
            continue
        dropped.update(inside)
    return [c for c in cuts if c not in dropped]


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open index, close index) of each quote or bracket closed within the line."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for match in _QUOTE_MARK.finditer(text, start, end):
        ch, at = match.group(), match.start()
        if ch == '"':
            if straight is None:
                straight = at
            else:
                regions.append((straight, at))
                straight = None
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], at))
        else:
            # Close the nearest matching opener; unmatched closers are ignored.
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    regions.append((stack[depth][1], at))
                    del stack[depth:]
                    break
    return regions


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if start == end or not _HAS_CONTENT.search(text, start, end):
        return None
    return Span(start, end)
