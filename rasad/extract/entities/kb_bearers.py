"""A known person's surname after someone else's given name: سارة نتنياهو, إبراهيم نصرالله, رياض المالكي
are not the KB's بنيامين نتنياهو, حسن نصرالله, نوري المالكي, whose surname the KB lists alone. The given name
and the surname are read as one new person's name, with no KB entry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasad.arabic.clitics import light, segment
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


def other_bearers(text: str, words: Sequence[Word], kb: list[Found]) -> list[Found]:
    """The KB names, each known person's lone surname right after a given name that is not one of that
    person's own names replaced by the two words as a new person's name."""
    out = []
    for f in kb:
        first = _other_bearer_start(text, words, f)
        out.append(f if first is None else _new_person(text, words, f, first))
    return out


def _other_bearer_start(text: str, words: Sequence[Word], f: Found) -> int | None:
    """Where the new person's name starts when a KB person's one-word name follows, with nothing between,
    listed given names none of which is one of the entry's names (مصطفى كمال مدبولي is مصطفى مدبولي;
    دميتري is ديمتري); None otherwise."""
    if f.kb is None or f.type != "PER" or f.last - f.first != 1 or f.first == 0:
        return None
    if f.span.start != words[f.first].span.start:
        return None  # بنتنياهو: a proclitic on the surname reads it on its own
    givens = _givens_before(text, words, f.first)
    own = _name_words(f.kb)
    if not givens or any(_same_given(g, w) for g in givens for w in own):
        return None
    first = f.first - len(givens)
    if first > 0 and light(words[first - 1].norm) in _LINEAGE:
        return None  # عادل بن أحمد الجبير: a father's name
    return first


def _givens_before(text: str, words: Sequence[Word], i: int) -> list[str]:
    """The listed given names right before words[i], nearest first, no punctuation between (علي, محمد
    of محمد علي العبادي), up to _MAX_GIVEN."""
    out: list[str] = []
    while i - len(out) > 0 and len(out) < _MAX_GIVEN:
        before = words[i - len(out) - 1]
        given = None if before.is_punct else _given_name(text[before.span.start : before.span.end])
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
    """Whether a given name is a word of the entry's names in another spelling: one skeleton (ديمتري،
    دميتري) or a shared beginning (مايكل، مايك)."""
    a, b = loose(given), loose(word)
    return a == b or skeleton(a) == skeleton(b) or (min(len(a), len(b)) >= _SHARED and a[:_SHARED] == b[:_SHARED])


def _name_words(entry: KBEntry) -> frozenset[str]:
    """Every word of an entry's Arabic names: حسن of حسن نصرالله, طيب of رجب طيب أردوغان."""
    return frozenset(w for name in (entry.name, *entry.aliases) for w in name.split() if not w.isascii())


def _new_person(text: str, words: Sequence[Word], f: Found, first: int) -> Found:
    """The new person's name: the surname and the given names before it from word `first` (محمد علي العبادي)."""
    span = Span(name_start(text, words[first]), f.span.end)
    return replace(f, first=first, span=span, source="pattern", kb=None)
