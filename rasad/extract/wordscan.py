"""Words of a text range in the normalised view, and a phrase index over them.

The extractors (quotes, events, numbers, claims) match word lists against
Arabic text whose words carry clitics: و/ف (and, so), ب/ل/ك (by, to, as),
the article ال and pronoun suffixes (ه، ها، هم…). Each `Word` keeps its
original offsets and the bare forms it may stand for, so a lexicon written
as "استهداف" matches "واستهدافها", "بالاستهداف" and "لاستهداف". Lexicon
phrases are normalised the same way (`rasad.arabic.normalize.norm`), so data
files can be written with hamzas and diacritics.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Generic, TypeVar

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm, normalize
from rasad.document import Span

T = TypeVar("T")

_TOKEN = re.compile(r"\d+(?:[.,٫٬]\d+)*|[^\W\d_]+|\S")
_HASHTAG_MARKS = frozenset("#_")  # a hashtag's # and the underscores between its words: no punctuation
_CONJ = "وف"
_PREP = "بلك"
_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
GAP = "*"  # in a phrase: up to MAX_GAP arbitrary words
MAX_GAP = 3


@dataclass(frozen=True, slots=True)
class Word:
    start: int  # original offsets into the document text
    end: int
    text: str  # normalised surface form
    forms: tuple[str, ...]  # bare forms it may stand for (empty for punctuation)

    @property
    def is_word(self) -> bool:
        return bool(self.forms)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def has(self, *keys: str) -> bool:
        return any(k in self.forms for k in keys)


_START = attrgetter("start")
_END = attrgetter("end")


@lru_cache(maxsize=65536)
def bare_forms(word: str) -> tuple[str, ...]:
    """`word` and what it may be with conjunction, preposition, article or suffix taken off."""
    stems = [word]
    if len(word) >= 3 and word[0] in _CONJ:  # "ولم" -> "لم" too
        stems.append(word[1:])
    for s in list(stems):
        if s.startswith("لل") and len(s) > 4:
            stems.append("ال" + s[2:])
            stems.append(s[2:])
        elif len(s) > 3 and s[0] in _PREP:
            stems.append(s[1:])
    for s in list(stems):
        if s.startswith("ال") and len(s) > 4:
            stems.append(s[2:])
        elif s[0] == "س" and len(s) > 4 and s[1] in "يتنا":  # future: ستنهي -> تنهي
            stems.append(s[1:])
    for s in list(stems):
        for suf in _SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                base = s[: -len(suf)]
                stems.append(base)
                if base.endswith("ت"):  # قيادتها -> قياده
                    stems.append(base[:-1] + "ه")
                break
    return tuple(dict.fromkeys(stems))


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in read_rows("rasad.extract", "function_words.tsv"):
        table.setdefault(row[1].strip(), set()).add(norm(row[0].strip()))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=64)
def function_words(kind: str) -> frozenset[str]:
    """Normalised function words of one class of data/function_words.tsv (preposition, locative…)."""
    return _function_words().get(kind, frozenset())


def word_ending_after(words: Sequence[Word], pos: int) -> int:
    """The index of the first word that ends after offset `pos` (len(words) if none), by bisection:
    a scan per look-up is quadratic in a long sentence."""
    return bisect_right(words, pos, key=_END)


def word_starting_at(words: Sequence[Word], pos: int) -> int:
    """The index of the first word that starts at or after offset `pos` (len(words) if none)."""
    return bisect_left(words, pos, key=_START)


def previous_word(words: Sequence[Word], i: int) -> Word | None:
    """The last word (not punctuation) before words[i]. Read by index: a slice would copy the
    sentence up to i at every call, quadratic in a long sentence (a page with no full stop)."""
    return next((words[k] for k in range(min(i, len(words)) - 1, -1, -1) if words[k].is_word), None)


def clitics_before(word: Word, form: str) -> str:
    """The letters `word` carries before `form` ("وال" for "والهجوم" / "هجوم")."""
    at = word.text.find(form[:3]) if len(form) >= 3 else word.text.find(form)
    return word.text[:at] if at > 0 else ""


VERB_PREFIXES = frozenset({"", "و", "ف", "ل", "ول", "فل", "س", "وس", "فس"})


def verb_form_ok(word: Word, form: str) -> bool:
    """Whether `word` can be the verb `form` with its clitics (no article, no ب)."""
    return clitics_before(word, form) in VERB_PREFIXES


def carries_pronoun(word: Word, form: str) -> bool:
    """Whether `word` is the noun `form` with a pronoun suffix ("رفضه"، "إدانتها" for "إدانة"): the pronoun
    is its genitive."""
    for suf in _SUFFIXES:
        if word.text.endswith(suf) and len(word.text) > len(suf):
            stem = word.text[: -len(suf)]
            return stem.endswith(form) or (form.endswith("ه") and stem.endswith(form[:-1] + "ت"))
    return False


def phrase_key(token: str, *, strip_article: bool = True) -> str:
    """A lexicon token as it is looked up: normalised, without the article."""
    t = norm(token.strip())
    return t[2:] if strip_article and t.startswith("ال") and len(t) > 4 else t


def scan(text: str, span: Span | None = None) -> list[Word]:
    """The words and punctuation marks of `text[span]`, in the normalised view."""
    return list(_scan(text, span.start if span else 0, span.end if span else len(text)))


@lru_cache(maxsize=2048)  # quotes, events and claims scan the same sentences in turn
def _scan(text: str, start: int, end: int) -> tuple[Word, ...]:
    nt = normalize(text[start:end])
    words = []
    for m in _TOKEN.finditer(nt.text):
        orig = nt.to_original(m.start(), m.end())
        tok = m.group()
        if tok in _HASHTAG_MARKS:  # "قال #محمود_عباس": the speaker's name right after the verb
            continue
        is_word = tok[0].isalnum()
        forms = bare_forms(tok) if is_word else ()
        words.append(Word(orig.start + start, orig.end + start, tok, forms))
    return tuple(words)


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    first: int  # index of the first word
    last: int  # index of the last word (inclusive)
    payload: T
    form: str = ""  # the bare form of the first word that matched

    def span(self, words: Sequence[Word]) -> Span:
        return Span(words[self.first].start, words[self.last].end)


class PhraseIndex(Generic[T]):
    """Multi-word phrases (normalised, clitic-tolerant) -> payloads; longest match wins."""

    def __init__(self, entries: Iterable[tuple[str, T]], *, strip_article: bool = True) -> None:
        """`strip_article=False` for verbs that begin with ال letters (التقى، التمس)."""
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for phrase, payload in entries:
            tokens = tuple(phrase_key(t, strip_article=strip_article) for t in phrase.split())
            if tokens:
                self._by_first.setdefault(tokens[0], []).append((tokens, payload))
        for options in self._by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def match_at(self, words: Sequence[Word], i: int) -> Match[T] | None:
        return next(self.matches_at(words, i), None)

    def matches_at(self, words: Sequence[Word], i: int) -> Iterator[Match[T]]:
        """Every phrase matching at word `i`, longest first for each bare form of the word."""
        word = words[i]
        if not word.is_word:
            return
        for form in word.forms:
            for tokens, payload in self._by_first.get(form, ()):
                last = _match_rest(words, i, tokens[1:])
                if last is not None:
                    yield Match(i, last, payload, form)

    def find_all(self, words: Sequence[Word]) -> list[Match[T]]:
        """Non-overlapping matches, left to right."""
        out: list[Match[T]] = []
        i = 0
        while i < len(words):
            m = self.match_at(words, i)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.last + 1
        return out


def _match_rest(words: Sequence[Word], i: int, rest: tuple[str, ...]) -> int | None:
    """Index of the last word when `rest` matches the words after `i`, else None."""
    pos = i
    k = 0
    while k < len(rest):
        tok = rest[k]
        if tok == GAP:
            nxt = rest[k + 1] if k + 1 < len(rest) else None
            if nxt is None:
                return pos
            for skip in range(1, MAX_GAP + 2):
                j = pos + skip
                if j >= len(words) or not words[j].is_word:
                    return None
                if nxt in words[j].forms:
                    pos = j
                    break
            else:
                return None
            k += 2
            continue
        j = pos + 1
        if j >= len(words) or tok not in words[j].forms:
            return None
        pos = j
        k += 1
    return pos
