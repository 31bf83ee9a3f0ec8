"""Feminine duals of nouns outside the count-noun lexicon, as counts of two: "استخدمت مروحيتين" (2 helicopters),
"دمرت عربتين" (2 vehicles), "اقتحموا منشأتين" (2 facilities).

A word is read as an indefinite dual when it ends in the feminine -تين ("مروحيتين"), which no other form
of a noun shares, and the corpus word list (rasad/arabic/data/word_freq.tsv.gz) knows its singular in ة. A
masculine -ين is left out: it is written as a sound plural, a verb of "you" or a name is ("فنانين"، "يتلقين"،
"زيادين"), and on a fresh ANT sample those outnumbered its duals 16 to 9. Left out too: a word with the article ("الطرفين"، "الحرمين"،
"البحرين"), a nominative -تان (mostly a predicate: "إنهما بريئتان"), a word in or after a name mention (a
name's part), an adjective (after the plural or dual it agrees with: "مروحيتين هجوميتين"; after a comma: "،
مشيرتين"; after data/claim_dual_adjective_cues.tsv: "غير صناعيتين"), a number or a length of time (read
elsewhere) and the lexicon's own nouns.

A dual in construct drops its ن before the noun it is joined to ("محافظتي النجف وميسان": the two provinces of
Najaf and Maysan, "بلدتا الحراك ورخم"). Its -تي is also "my" ("حياتي الجديدة"، "عائلتي"), so it is taken only
where the two members it names follow it, the second joined by و within a few words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.lexicon import normalised_lines
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.counted_words import counts_nothing
from rasad.extract.events.lexicon import count_noun_index, durations
from rasad.extract.numbers import number_words
from rasad.extract.quote_marks import AMBIGUOUS, OPENERS
from rasad.extract.wordscan import Word, scan

_PKG = "rasad.extract"
_PROCLITICS = ("و", "ف", "ب", "ل")
_MIN_SINGULAR_FREQ = 10  # a singular the corpus writes this often or more is a word, not a name's piece
_MIN_STEM = 3  # a two-letter "singular" is no noun
_AGREEING_ENDINGS = ("ين", "ان", "ات", "ون")  # a plural or dual noun an adjective dual follows
_CIRCUMSTANTIAL = frozenset({"،", ","})  # "، مشيرتين إلى": a participle of manner after a comma
_ARTICLE_STARTS = ("ال", "لل")
_QUOTES = frozenset(OPENERS + AMBIGUOUS)


@lru_cache(maxsize=1)
def _adjective_cues() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_dual_adjective_cues.tsv")


def _singular(word: str, ending: str = "تين") -> str | None:
    """The singular a feminine dual in light form is made from, or None where the word cannot be such a dual."""
    if not word.endswith(ending):  # "تان" is left out: mostly a predicate ("إنهما بريئتان")
        return None
    singular = word[: -len(ending)] + "ة"
    if len(singular.rstrip("ة")) < _MIN_STEM or word_freq().get(singular, 0) < _MIN_SINGULAR_FREQ:
        return None
    return singular


def _excluded(singular: str, word: Word) -> bool:
    key = norm(singular)
    return key in number_words() or key in durations() or any(f in durations() for f in word.forms)


def dual_singular(text: str, word: Word, endings: Sequence[str] = ("تين",)) -> str | None:
    """The normalised singular of a word read as a dual noun without the article (ending in one of `endings`),
    else None."""
    raw = light(text[word.start : word.end])
    clitic = raw.startswith(_PROCLITICS)
    if not word.is_word or raw.startswith(_ARTICLE_STARTS) or clitic and raw[1:].startswith(_ARTICLE_STARTS):
        return None  # "الطرفين"، "والبحرين"، "للبلدين": the article
    forms = [raw] + ([raw[1:]] if clitic and raw[1:] in word_freq() else [])  # "فترتين" is no ف + ترتين
    singulars = [s for form in forms for ending in endings if (s := _singular(form, ending)) and not _excluded(s, word)]
    # the commoner reading: "لمادتي" is ل + مادتي (مادة), "فترتين" no ف + ترتين
    return norm(max(singulars, key=lambda s: word_freq().get(s, 0))) if singulars else None


def dual_noun_counts(text: str, words: Sequence[Word], taken: set[int], names: Sequence[Span],
                     persons: Sequence[Span]) -> list[tuple[Span, str]]:
    """(span, singular) of each dual noun outside the lexicon in these words, outside `taken` word indices (numbers
    and lexicon nouns already read), the lexicon's own nouns ("مستشارين" is a plural there) and name mentions, and words right after a person's name."""
    out = []
    for i, w in enumerate(words):
        if i in taken or any(n.start <= w.start < n.end for n in names) or count_noun_index().match_at(words, i):
            continue
        prev = words[i - 1] if i > 0 else None
        if prev is not None and (prev.text in _CIRCUMSTANTIAL or prev.text in _adjective_cues() or prev.is_word
                                 and len(prev.text) > 4 and prev.text.endswith(_AGREEING_ENDINGS)):
            continue  # an adjective: "مروحيتين هجوميتين"، "غير صناعيتين"، "، مشيرتين"
        if prev is not None and (prev.text in _QUOTES or any(n.start <= prev.start < n.end for n in persons)):
            continue  # a name's part ("سارة بايلين") or a name in quotes ("كيرين")
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and (nxt.text in number_words() or any(n.start <= nxt.start < n.end for n in names)):
            continue  # "هدفين اثنين": the number says it; "ديرين هينش": a name's first part
        singular = dual_singular(text, w)
        if singular is not None:
            out.append((w.span, singular))
    return out


_CONSTRUCT_ENDINGS = ("تي", "تا")  # genitive/accusative and nominative duals whose ن the construct drops
_FIRST_MEMBER_WORDS = 2  # "بلدتي بصر الحرير ومليحة العطش": the first member's words before the و of the second


_PREPOSITION_WITH_ARTICLE = ("لل", "بال", "كال")


def _conjoined(text: str, word: Word) -> bool:
    """Whether a word is و written onto another, unless the corpus knows it whole more often: "واختنقت" is و +
    اختنقت, "واسط" a name."""
    raw = light(text[word.start : word.end])
    return raw.startswith("و") and word_freq().get(raw[1:], 0) >= word_freq().get(raw, 0)


def _members_follow(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether the two members of a dual in construct follow word `i`: a first member of words that are no
    function word nor a preposition with the article, nor و before it, then, within _FIRST_MEMBER_WORDS words and no punctuation but quotation marks, a second joined by و
    ("محافظتي النجف وميسان"، 'شركتي "واتساب" و"فيسبوك"')."""
    member: list[Word] = []
    for w in words[i + 1 :]:
        if w.text in _QUOTES:
            continue
        if not w.is_word or len(member) > _FIRST_MEMBER_WORDS:
            return False
        if member and w.text.startswith("و") and len(w.text) > 2 or member and w.text == "و":
            return True
        if counts_nothing(w.text) or w.text.startswith(_PREPOSITION_WITH_ARTICLE) or not member and _conjoined(text, w):
            return False  # "حياتي في بيروت"، "حياتي هنا"، "حياتي فداء للريف"، "حرارتي واختنقت": no genitive of a dual
        member.append(w)
    return False


def _label(singular: str) -> str:
    """The lexicon's quantity for a singular it knows ("مدينة": cities), else the singular."""
    m = count_noun_index().match_at(scan(singular), 0)
    return m.payload.quantity if m is not None else singular


@lru_cache(maxsize=1)
def _compound_heads() -> frozenset[str]:
    return normalised_lines(_PKG, "claim_compound_nouns.tsv")


def _compound_half(words: Sequence[Word], i: int) -> str | None:
    """The second half of a compound noun right after word `i` (data/claim_compound_nouns.tsv: "نقطتي تفتيش" two
    checkpoints, "نقطتي العبور" the two crossings), which names the dual's things with no members after it."""
    forms = words[i + 1].forms if i + 1 < len(words) else ()
    return next((f for f in forms if f in _compound_heads()), None)


def construct_dual_counts(text: str, words: Sequence[Word], taken: set[int]) -> list[tuple[Span, str]]:
    """(span, what it counts) of each dual in construct whose two members, or the second half of its compound
    noun, follow it, outside `taken` words."""
    out = []
    for i, w in enumerate(words):
        half = None if i in taken else _compound_half(words, i)
        if i in taken or half is None and not _members_follow(text, words, i):
            continue
        singular = dual_singular(text, w, _CONSTRUCT_ENDINGS)
        if singular is not None:
            out.append((w.span, _label(singular) if half is None else f"{singular} {half}"))
    return out
