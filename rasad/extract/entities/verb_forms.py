"""Words the news attests as verbs by their conjugations, which the tagger takes for a person's first
or last word (كشف كاباييرو، منير تصدى، ألبرت فوستر توفى): its features weigh a rare word's
letters, not what the word does in the sentence.

A word reads as a verb where the news (`word_freq`, light forms) has more of its persons:

- a past tense (كشف، تصدى) whose feminine and plural are both attested (كشفت and كشفوا; a final
  ى drops before them: تصدت، تصدوا), the feminine at least a tenth as often as the word (not كون
  "being", كونت 7 to 268; سير "course"), or a past feminine (شاهدت) whose masculine has both;
- a present tense (يرمي، يزيد) whose other gender and either its plural or its "we" are attested
  (ترمي and يرمون), a future's س (سيبحثان) and a dual or plural ending (ان، ون) aside.

Most names have no conjugations (ماكرون، خاشقجي); those that do (دان "condemned", تيري: ييري)
the tagger's own weights read as names. Given names are never verbs here, nor those written as
verbs (`ner_verb_like_names.tsv`: رفعت، يسري).
"""

from __future__ import annotations

from functools import lru_cache

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.lexicon import read_lines
from rasad.arabic.normalize import norm
from rasad.extract.entities.patterns import given_names

# The share of a past tense's feminine in the word's own count below which the word is mostly
# something else: a noun (كون، سير، شخص), a name.
MIN_FEMININE_SHARE = 0.1
# Shortest word read as a verb: two letters (رد، مد) are as often nouns and particles.
MIN_VERB_LETTERS = 3


@lru_cache(maxsize=4096)
def verb_form(surface: str) -> bool:
    """Whether a word, as written, is a verb by its attested conjugations (module doc), and no name's (`names_like_words`)."""
    form = light(surface)
    if form[:1] in "وف" and word_freq().get(form[1:], 0) > word_freq().get(form, 0):
        form = form[1:]  # the conjunction (وبن: بن, not وبنت، وبنوا), unless the letter is the verb's (وصل، فاز)
    if len(form) < MIN_VERB_LETTERS or not form.isalpha() or norm(surface) in names_like_words():
        return False
    if _past(form) or (form.endswith("ت") and _past(form[:-1], min_share=0.0)):
        return True
    return _present(form[1:] if form.startswith("س") else form)


@lru_cache(maxsize=1)
def names_like_words() -> frozenset[str]:
    """The given names, and the names written as verbs or as words with a pronoun suffix
    (`ner_verb_like_names.tsv`), normalised."""
    return given_names() | frozenset(map(norm, read_lines("rasad.extract", "ner_verb_like_names.tsv")))


def _past(form: str, min_share: float = MIN_FEMININE_SHARE) -> bool:
    """A past tense's third masculine: its feminine (ت), `min_share` of the word's count at least, and
    its plural (وا) attested; a word written as the feminine needs no share (شاهدت: شاهد "witness" too)."""
    stem = form[:-1] if form.endswith("ى") else form
    freq = word_freq()
    if len(stem) < MIN_VERB_LETTERS - 1 or stem + "وا" not in freq:
        return False
    feminine = freq.get(stem + "ت", 0)
    return feminine > 0 and feminine >= min_share * freq.get(form, 0)


def _present(form: str) -> bool:
    """A present tense: its other gender (يرمي: ترمي) and its plural or "we" attested."""
    if form[:1] not in "يت":
        return False
    if form.endswith(("ان", "ون")) and len(form) > MIN_VERB_LETTERS + 2:
        form = form[:-2]
    freq = word_freq()
    stem = form[1:]
    if len(stem) < MIN_VERB_LETTERS:
        return False  # يود، تود: a two-letter stem is as often a name's (تود Todd)
    other = ("ت" if form[0] == "ي" else "ي") + stem
    plural = (form[:-1] if form.endswith("ي") else form) + "ون"
    return other in freq and (plural in freq or "ن" + stem in freq)
