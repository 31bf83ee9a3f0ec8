"""A known person's surname after someone else's given name: سارة نتنياهو, إبراهيم نصرالله, رياض المالكي
are not the KB's بنيامين نتنياهو, حسن نصرالله, نوري المالكي, whose surname the KB lists alone. The given name
and the surname are read as one new person's name, with no KB entry. A given name is a listed one, or, with
a tagger, a bare word the tagger's own weights hold for a name's first word (إسلام of the footballer إسلام
سليماني, not قاسم سليماني): the list cannot hold every given name, and a word that also is a common noun
(إسلام) is better left off it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from rasad.arabic.clitics import light, segment
from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_start
from rasad.extract.entities.kb import KBEntry, loose
from rasad.extract.entities.keys import skeleton
from rasad.extract.entities.patterns import given_names_as_written, stop_words
from rasad.extract.entities.words import Word

_CONJUNCTION = "و"  # وإبراهيم نصرالله: the given name after "and"
_MAX_GIVEN = 3  # given names a new person's name takes before the surname (محمد علي العبادي)
_PREPOSITIONS = frozenset("بلك")
_LINEAGE = frozenset({"بن", "ابن", "بنت", "ولد"})  # a given name after these is a father's, inside a longer name
_SHARED = 3  # letters two spellings of a foreign given name share at the start (مايكل، مايك)
# How strongly the tagger's weights for a word alone must hold it for a name's first word (B-PER less O)
# to take an unlisted word for a given name. Set by reading words before KB surnames in ANT news: given
# names score from about +5 (إسلام +4.9, وليد +5.9, جاريد +7.6) up; titles, verbs, nationalities and
# prepositions before a name at most about 0 (فاز -1.8, نرى -1.0, الإيراني -4.1, الجنرال -7.3).
MIN_GIVEN_EVIDENCE = 3.0

_IN_PERSON = frozenset({"B-PER", "I-PER"})
Evidence = Callable[[Sequence[str]], Sequence[tuple[float, float]]]  # `Tagger.person_evidence`


def other_bearers(
    text: str, words: Sequence[Word], kb: list[Found], tags: Sequence[str] = (), evidence: Evidence | None = None
) -> list[Found]:
    """The KB names, each known person's lone surname right after a given name that is not one of that
    person's own names replaced by the two words as a new person's name; `tags` (the tagger's labels of
    the sentence) and `evidence` (its `person_evidence`) read unlisted given names (`_unlisted_given`)."""
    if not any(f.type == "PER" and f.last - f.first == 1 for f in kb):
        return kb  # no known person named by one word: nothing to read
    out = []
    known = {i for f in kb for i in range(f.first, f.last)}  # a KB name is no one's given name (ترامب نتنياهو)
    unlisted = _unlisted_given(text, words, known, tags, evidence)
    for f in kb:
        first = _other_bearer_start(text, words, f, unlisted)
        out.append(f if first is None else _new_person(text, words, f, first))
    return out


def _unlisted_given(
    text: str, words: Sequence[Word], known: set[int], tags: Sequence[str], evidence: Evidence | None
) -> Callable[[int], bool]:
    """Whether words[i] is an unlisted given name: the tagger reads it, in this sentence, as a person's name
    that runs on into the next word (إسلام سليماني; not بنيامين نيتانياهو | ترامب, nor دان "condemned" in
    دان ترمب قيام...), and its weights for the word alone hold it for a name's first word; a bare word, no
    function word, no word of a KB name."""

    def given(i: int) -> bool:
        if evidence is None or i in known or i + 1 >= len(tags) or tags[i] not in _IN_PERSON or tags[i + 1] != "I-PER":
            return False
        surface = light(text[words[i].span.start : words[i].span.end])
        if segment(surface)[0] or norm(surface) in stop_words():
            return False  # لقاسم سليماني: a proclitic on the name
        return evidence([surface])[0][0] >= MIN_GIVEN_EVIDENCE

    return given


def _other_bearer_start(text: str, words: Sequence[Word], f: Found, unlisted: Callable[[int], bool]) -> int | None:
    """Where the new person's name starts when a KB person's one-word name follows, with nothing between,
    listed given names none of which is one of the entry's names (مصطفى كمال مدبولي is مصطفى مدبولي;
    دميتري is ديمتري); None otherwise."""
    if f.kb is None or f.type != "PER" or f.last - f.first != 1 or f.first == 0:
        return None
    if f.span.start != words[f.first].span.start:
        return None  # بنتنياهو: a proclitic on the surname reads it on its own
    givens = _givens_before(text, words, f.first, unlisted)
    own = _name_words(f.kb)
    if not givens or any(_same_given(g, w) for g in givens for w in own):
        return None
    first = f.first - len(givens)
    if first > 0 and light(words[first - 1].norm) in _LINEAGE:
        return None  # عادل بن أحمد الجبير: a father's name
    return first


def _givens_before(text: str, words: Sequence[Word], i: int, unlisted: Callable[[int], bool]) -> list[str]:
    """The given names right before words[i], listed or `unlisted`, nearest first, no punctuation between
    (علي, محمد of محمد علي العبادي), up to _MAX_GIVEN."""
    out: list[str] = []
    while i - len(out) > 0 and len(out) < _MAX_GIVEN:
        k = i - len(out) - 1
        surface = text[words[k].span.start : words[k].span.end]
        given = None if words[k].is_punct else _given_name(surface) or (light(surface) if unlisted(k) else None)
        if given is None:
            break
        out.append(given)
    return out


def _given_name(surface: str) -> str | None:
    """The listed given name a word is, after و or not; None for one that is also a function word (غير،
    علي read as على) or reads as a preposition and a noun (باسم "in the name of", كمال)."""
    written = light(surface)
    for form in (written, written.removeprefix(_CONJUNCTION)):
        if form in given_names_as_written() and norm(form) not in stop_words() and not set(segment(form)[0]) & _PREPOSITIONS:
            return form
    return None


def _same_given(given: str, word: str) -> bool:
    """Whether a given name is a word of the entry's names in another spelling: one skeleton, the letters of one
    foreign sound folded (ديمتري، دميتري; خوسيب، جوزيب بوريل), a shared beginning (مايكل، مايك) or the one's end the other (مانويل of إيمانويل, its first
    vowel left unwritten)."""
    a, b = loose(given), loose(word)
    if a == b or skeleton(a).translate(_letter_folds()) == skeleton(b).translate(_letter_folds()):
        return True
    return min(len(a), len(b)) >= _SHARED and (a[:_SHARED] == b[:_SHARED] or a.endswith(b) or b.endswith(a))


@lru_cache(maxsize=1)
def _letter_folds() -> dict[int, int]:
    """str.translate table of the single letters that spell one sound of a foreign name, as the corpus's joins of
    people fold them (rasad/corpus/data: given_name_folds.tsv خ ه -> ج, transliteration_folds.tsv ز -> س ...)."""
    rows = [*read_rows("rasad.corpus", "given_name_folds.tsv"), *read_rows("rasad.corpus", "transliteration_folds.tsv")]
    return {ord(r[0].strip()): ord(r[1].strip()) for r in rows if len(r) > 1 and len(r[0].strip()) == len(r[1].strip()) == 1}


def _name_words(entry: KBEntry) -> frozenset[str]:
    """Every word of an entry's Arabic names: حسن of حسن نصرالله, طيب of رجب طيب أردوغان."""
    return frozenset(w for name in (entry.name, *entry.aliases) for w in name.split() if not w.isascii())


def _new_person(text: str, words: Sequence[Word], f: Found, first: int) -> Found:
    """The new person's name: the surname and the given names before it from word `first` (محمد علي العبادي)."""
    span = Span(name_start(text, words[first]), f.span.end)
    return replace(f, first=first, span=span, source="pattern", kb=None)
