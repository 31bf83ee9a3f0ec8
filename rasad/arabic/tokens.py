"""Tokens of Arabic news text: words with their clitics split, numbers, punctuation.

Tokens are found on the original text, so each span covers the whole
surface word, diacritics and tatweel included; `norm` is its normalised form
and, for Arabic words, `prefix`/`stem`/`suffix` its clitic segmentation
(`rasad.arabic.clitics.segment`). Other tokens have `stem == norm`.

Kinds, tried in this order at each position: URLs (http://, www., bare
domains with a common top-level domain), e-mail addresses, @handles,
#hashtags, clitic (+ tatweel) + number ("بـ2500", "و20", "الـ20": one token, the
clitic as prefix), Latin words with digits ("5G", "F-16", "COVID-19"),
numbers (ASCII, Arabic-Indic and Persian digits with , . ٫ ٬ separators:
"2,500" "3.5" "١٫٥"), Arabic words, Latin words (with inner hyphens and
apostrophes), words of other scripts, runs of . ! ? ؟ (an ellipsis or "؟!"
is one token), a run of tatweel, and any other single character.
Whitespace and invisible controls are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import cast

from rasad.arabic.clitics import segment
from rasad.arabic.normalize import norm
from rasad.arabic.sentences import checked_ranges
from rasad.document import Span, Token

_AR_LETTER = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc"
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_URL_CHAR = '[^\\s<>"«»“”]'
_URL_END = "[^\\s<>\"«»“”.,;:!?،؛؟)\\]}'’]"
_NUMBER = r"\d+(?:[.,٫٬]\d+)*"
_TLD = r"(?:com|net|org|gov|edu|int|info|news|tv|io|me)(?:\.[a-z]{2})?"

# Named groups, in priority order; the group name is the token kind.
WORD_PATTERN = f"[{_AR_MARK}]*[{_AR_LETTER}][{_AR_LETTER}{_AR_MARK}]*"
# Leading whitespace and invisible controls are consumed by the match itself,
# so the scanner does not try every alternative at every space.
_SKIP = "[\\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad]*"
_TOKEN = re.compile(
    _SKIP
    + "(?:"
    + "|".join(
        [
            rf"(?P<url>(?:https?://|www\.){_URL_CHAR}*{_URL_END}|(?<![\w.@])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.{_TLD}(?:/{_URL_CHAR}*{_URL_END})?(?![\w]))",
            r"(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})",
            r"(?P<handle>@\w+)",
            rf"(?P<hashtag>#[\w{_AR_MARK}]+)",
            rf"(?P<clitic_number>(?<![{_AR_LETTER}{_AR_MARK}])(?:[وف]?[بلك]?ال|[وف]?لل|[وف]?[بلك]|[وف])\u0640*{_NUMBER})",
            rf"(?P<alnum>\d+[{_LATIN}][{_LATIN}\d]*|[{_LATIN}][{_LATIN}\d]*(?:-\d+)+(?![{_LATIN}]))",
            rf"(?P<number>{_NUMBER})",
            rf"(?P<arabic>{WORD_PATTERN})",
            rf"(?P<latin>[{_LATIN}][{_LATIN}\d]*(?:[-'’][{_LATIN}\d]+)*)",
            r"(?P<other_word>[^\W\d_]+)",
            r"(?P<marks>[.!?؟…]{2,}|\u0640+)",
            r"(?P<punct>[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad])",
        ]
    )
    + ")"
)
_DIGIT = re.compile(r"\d")


def tokenize(text: str, spans: Sequence[Span] | None = None) -> list[Token]:
    """Tokens within `spans` (sentences or blocks), or within the whole text."""
    out: list[Token] = []
    for block in checked_ranges(text, spans):
        for match in _TOKEN.finditer(text, block.start, block.end):
            kind = cast(str, match.lastgroup)  # every alternative is a named group
            start, end = match.span(kind)
            word, prefix, stem, suffix = _parts(kind, text[start:end])
            out.append(Token(Span(start, end), word, prefix, stem, suffix))
    return out


@lru_cache(maxsize=200_000)
def _parts(kind: str, surface: str) -> tuple[str, str, str, str]:
    """(norm, prefix, stem, suffix) of a token; words repeat, so cached."""
    if kind == "arabic":
        prefix, stem, suffix = segment(surface)
        return norm(surface), prefix, stem, suffix
    if kind == "clitic_number":
        digits_at = _DIGIT.search(surface)
        assert digits_at is not None  # the pattern ends in a number
        prefix, number = norm(surface[: digits_at.start()]), norm(surface[digits_at.start() :])
        return prefix + number, prefix, number, ""
    word = norm(surface) or surface  # a tatweel run normalises to nothing
    return word, "", word, ""
