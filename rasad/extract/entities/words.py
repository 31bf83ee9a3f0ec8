"""Words as the entity recogniser sees them: a span, its normalised form and its clitics.

The recogniser works on one list of `Word`s per sentence, whichever way the
words were found: from the pipeline's `doc.tokens`, from a CoNLL file (one
token per line) or, where neither exists, from `split_words`, a plain regex
tokenizer kept here so the tagger also runs on bare text.

Proclitics (و ف ب ل ك and the article ال, and لل for ل+ال) are split off by
`strip_clitics`. A word may both be a name and look like clitic + stem
(وزير, بغداد, لبنان): callers try the whole word first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise
from operator import attrgetter, le

from rasad.arabic.clitics import word_freq
from rasad.arabic.normalize import norm, normalize
from rasad.document import Span, Token
from rasad.extract.entities.memo import memo

# Arabic letters and marks, Latin letters, digits, handles and hyphenated Latin names.
# Arabic letters, marks and digits, without the Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ۔) that \w would take.
_LETTER = r"A-Za-z0-9_\u00c0-\u024f\u0610-\u061a\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_WORD = re.compile(rf"[@#]?[{_LETTER}]+(?:[-'’][{_LETTER}]+)*")
_PUNCT = re.compile(rf"[^\s{_LETTER}]")
_TOKEN = re.compile(rf"{_WORD.pattern}|[^\s]")
_HASHTAG_PART = re.compile(r"[^#_\s]+")  # the words of a hashtag, between its # and underscores
_SENTENCE_END = frozenset({".", "!", "?", "؟", "\n"})
# A hyphen, a soft hyphen's visible twin and an en dash: the tokenizer splits all of them off an Arabic word.
HYPHENS = frozenset({"-", "‐", "–"})
WORD_NORM = attrgetter("norm")  # a Word's normal form, for map() over a sentence's words (read in C)

# Conjunction, then preposition, then article; longest first.
_PROCLITICS = (
    "وبال", "وكال", "ولل", "فبال", "فلل", "فال", "وال", "بال", "كال", "لل",
    "وب", "ول", "وك", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك",
)  # fmt: skip
_MIN_STEM = 2
# The proclitics by first letter, in the order above, with their lengths: most words start with none of them.
# A word is compared with a slice of its own (str.startswith parses its arguments anew at every call).
_BY_FIRST = {letter: tuple((p, len(p)) for p in _PROCLITICS if p[0] == letter) for letter in dict.fromkeys(p[0] for p in _PROCLITICS)}


@dataclass(frozen=True, slots=True)
class Word:
    """One token: `span` into the text, `norm` its normalised form."""

    span: Span
    norm: str

    @property
    def is_punct(self) -> bool:
        return bool(self.norm) and _PUNCT.fullmatch(self.norm[0]) is not None and len(self.norm) == 1


@memo(200_000)
def strip_clitics(word: str) -> tuple[tuple[str, str], ...]:
    """(prefix, stem) readings of a normalised word, the bare word first, then longer prefixes first."""
    readings = [("", word)]
    size = len(word)
    for pre, n in _BY_FIRST.get(word[:1], ()):
        if size - n >= _MIN_STEM and word[:n] == pre:
            stem = word[n:]
            if pre.endswith("لل"):  # ل + ال: the article's alef is elided
                readings.append((pre, "ال" + stem))
                if "الل" + stem in _definite_lam_words():  # للجنة: ل + اللجنة, the article's lam elided too
                    readings.append((pre[:-1], "الل" + stem))
            readings.append((pre, stem))
    return tuple(readings)


@lru_cache(maxsize=1)
def _definite_lam_words() -> frozenset[str]:
    """Definite words of the lexicon whose stem begins with ل (اللجنة، الليل), normalised: after ل
    they lose their alef and the article's lam (للجنة الدولية is ل + اللجنة الدولية)."""
    return frozenset(norm(w) for w in word_freq() if w.startswith("الل"))


@lru_cache(maxsize=200_000)
def bare_stem(word: str) -> str:
    """The word without conjunction, preposition and article: the form clusters and gazetteers agree on."""
    for pre, n in _BY_FIRST.get(word[:1], ()):
        if len(word) - n >= 3 and word[:n] == pre:
            return word[n:]
    return word


@memo(300_000)
def word_key(token: str) -> str:
    """A token as written, normalised, lower-cased and bare (`bare_stem`): the key the tagger's word
    tables (clusters, name cues, WikiFANE names) are read by, and by which occurrences of one word
    in nearby sentences are matched (`context`, `consistency`)."""
    return bare_stem(norm(token))  # `norm` lower-cases


def split_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Regex tokens of `text[start:end]` (words, handles, single punctuation marks)."""
    end = len(text) if end is None else end
    return [Word(Span(m.start(), m.end()), norm(m.group())) for m in _TOKEN.finditer(text, start, end)]


def words_from_tokens(tokens: Iterable[Token], text: str = "") -> list[Word]:
    """Words to recognise names in, one per token; given the text, a hashtag gives its words
    (#الاتحاد_الأوروبي: الاتحاد، الأوروبي), whose names are names like any other's. Underscores
    standing alone are no words: they join a hashtag typed with a space (#تنظيم _القاعدة)."""
    out: list[Word] = []
    for t in tokens:
        if text and t.norm.startswith("#"):
            out.extend(_hashtag_words(text, t.span))
        elif t.norm[:1] == "_" and not t.norm.strip("_"):
            continue
        else:
            out.append(Word(t.span, t.norm or ""))
    return out


def _hashtag_words(text: str, span: Span) -> list[Word]:
    return [Word(Span(m.start(), m.end()), norm(m.group())) for m in _HASHTAG_PART.finditer(text, span.start, span.end)]


def _ordered(values: Sequence[int]) -> bool:
    return all(map(le, values, islice(values, 1, None)))


def sentences_of(words: Sequence[Word], text: str, sentences: Sequence[Span] = ()) -> list[list[Word]]:
    """Group words into sentences: by the given sentence spans, else at end marks and line breaks."""
    if sentences:
        starts = [w.span.start for w in words]
        ends = [s.end for s in sentences]
        if _ordered(starts) and _ordered(ends):  # as the tokenizer and the splitter give them
            # a sentence's words: those starting from the previous sentence's end to its own, the last
            # sentence's all the rest (cut in C rather than sentence by sentence for each word)
            cuts = [0, *(bisect_left(starts, end) for end in ends[:-1]), len(words)]
            return [list(words[a:b]) for a, b in pairwise(cuts) if a < b]
        out: list[list[Word]] = [[] for _ in sentences]
        i = 0
        for w in words:
            while i < len(sentences) - 1 and w.span.start >= sentences[i].end:
                i += 1
            out[i].append(w)
        return [s for s in out if s]
    groups: list[list[Word]] = [[]]
    prev_end = 0
    for w in words:
        if "\n" in text[prev_end : w.span.start] and groups[-1]:
            groups.append([])
        groups[-1].append(w)
        if w.norm in _SENTENCE_END:
            groups.append([])
        prev_end = w.span.end
    return [g for g in groups if g]


def stem_span(text: str, word: Word, prefix: str) -> Span:
    """The span of `word` without its normalised proclitic `prefix` (diacritics may sit between letters).

    After لل (ل + the article, its alef elided) the span keeps the article's lam: للأمم المتحدة
    names لأمم المتحدة, the name as written after the preposition, not a truncated أمم المتحدة."""
    if not prefix:
        return word.span
    view = normalize(text[word.span.start : word.span.end])
    cut = len(prefix) - 1 if prefix.endswith("لل") else len(prefix)
    cut = min(cut, len(view.text))
    # skip a tatweel or diacritic left between clitic and stem
    local = view.to_original(cut, len(view.text)).start if cut < len(view.text) else len(view.original)
    return Span(word.span.start + local, word.span.end)


def joined_hyphen(words: Sequence[Word], k: int) -> bool:
    """A hyphen written between two words with no space (جونغ-أون، إيوي-كيوم), not a dash (جيمسون - ناقد)."""
    return (
        0 < k < len(words) - 1
        and words[k].norm in HYPHENS
        and words[k - 1].span.end == words[k].span.start
        and words[k].span.end == words[k + 1].span.start
    )
