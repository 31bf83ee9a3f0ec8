"""A name found in a sentence, and the proclitics a name starts after: what recognition's steps
(`recognize`, `head_names`) pass each other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasad.arabic.clitics import MIN_FREQ, light, segment, word_freq
from rasad.document import Span
from rasad.extract.entities.kb import KBEntry
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import given_names_as_written
from rasad.extract.entities.words import Word, stem_span


@dataclass(frozen=True, slots=True)
class Found:
    """A name found in a sentence: words [first, last), its span and type."""

    first: int
    last: int
    span: Span
    type: str
    source: str  # kb, model, pattern
    kb: KBEntry | None = None
    role: Span | None = None
    head: bool = False  # begins with a head noun (مطار، وزارة)

    def moved(self, by: int) -> Found:
        """The name with its word indices `by` words on (a sentence's names in its document): made
        directly, as `dataclasses.replace` would, at a fraction of its cost (a few per sentence)."""
        return Found(self.first + by, self.last + by, self.span, self.type, self.source, self.kb, self.role, self.head)


_NOUN_PROCLITICS = frozenset("وفبلك")
_PREPOSITIONS = frozenset("بلك")
# A preposition's letter is the name's own when the word from that letter on is seen at least this
# share as often as what would follow the preposition: ل + a name is a small share of the name's
# uses (لترامب, لمحمد: under a tenth), ليو beside يو is not (0.64), ليفربول beside اليفربول never is.
OWN_LETTER_RATIO = 0.5
_PRONOUNS = ("ه", "ها", "هم")  # the commonest suffixes: enough to tell a noun from a name


@memo(100_000)
def name_proclitics(surface: str) -> str:
    """The proclitics a name starts after: the leading و ف ب ل ك of the segmenter's prefix.

    The article stays in the name (العراق), except after ل, where its alef is gone (للمطار -> مطار:
    the prefix لل). A verb's future س is the name's own letter (ستيت ستريت), and so is the first letter of a
    listed given name, or a preposition's letter that the word from it on reads better as (`_own_letter`:
    ليو فرادكار is no ل + يو, لليفربول is ل + ليفربول, not ل + the article + يفربول).
    """
    prefix = segment(surface)[0]
    prefix = prefix[: next((i for i, c in enumerate(prefix) if c not in _NOUN_PROCLITICS), len(prefix))]
    # a listed given name keeps its first letter: بسام is not ب + سام, وليد not و + ليد (وبسام is و + بسام)
    listed = next((prefix[:k] for k in range(len(prefix)) if light(surface[k:]) in given_names_as_written()), prefix)
    if listed != prefix or not prefix or prefix[-1] not in _PREPOSITIONS:
        return listed
    last = len(prefix) - 1
    return prefix[:last] if _own_letter(light(surface), last, article=prefix.endswith("لل")) else prefix


def _own_letter(word: str, k: int, *, article: bool) -> bool:
    """Whether letter k of a light word, read as a preposition (after it the article, its alef
    elided, when `article`), is the name's own: the word from k on is not far rarer than the
    words the preposition would leave (the rest, bare or with its article), and is no word of the
    language read so: after لل no preposition + word itself (لتنظيم), else a rest that takes no
    pronoun (بقيادة is ب + قيادة, as قيادته shows; يو of ليو takes none; بالسجن is ب + السجن, as
    سجنه shows, where باليرمو is no ب + the article + يرمو)."""
    freq = word_freq()
    own, rest = word[k:], word[k + 1 :]
    bare = rest[2:] if rest.startswith("ال") else rest
    left = freq.get("ال" + bare, 0) + (0 if article else freq.get(bare, 0))
    if freq.get(own, 0) < max(1, OWN_LETTER_RATIO * left):
        return False
    return not segment(own)[0] if article else not _takes_pronoun(bare)


def _takes_pronoun(stem: str) -> bool:
    """Whether a light stem is seen with a pronoun suffix (its ة written ت): a noun or verb, no name."""
    base = stem[:-1] + "ت" if stem.endswith("ة") else stem
    return any(word_freq().get(base + suffix, 0) >= MIN_FREQ for suffix in _PRONOUNS)


def name_start(text: str, word: Word) -> int:
    """Where a name that begins at `word` starts: after the proclitics it carries (`name_proclitics`)."""
    return stem_span(text, word, name_proclitics(text[word.span.start : word.span.end])).start


def tagged_words(words: Sequence[Word], found: Sequence[Found]) -> list[bool]:
    """Per word, whether some name holds it."""
    tagged = [False] * len(words)
    for f in found:
        for i in range(f.first, f.last):
            tagged[i] = True
    return tagged
