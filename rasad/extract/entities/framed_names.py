"""Unknown people named where the sentence itself says a person stands.

Two frames of news prose put a person's name in a slot no other thing fills:
- the subject right after a verb of saying, closed by the speaker's title (وقالت نجية بونعيم، مديرة
  الحملات …؛ وكتب حمدين صباحي، المرشح …؛ وقالت ربا جرادات المدير الإقليمي …);
- a name set off by commas after a title phrase (وزير الداخلية السابق، ناجم الغرسلي، إن …; الرئيس
  التونسي ، الباجي قايد السبسي،), where the name may begin with the article of a Maghrebi given name;
- an item between two people's names in a list (…، عصام سلطان، باسم عودة، ووجدي غنيم), whose listed
  given name is enough.

The frame stands in for the title the other patterns need, so each word must still carry a name on
its own: a listed given name, the tagger's evidence for a person's word, or a word rare in the news
(حمدين، بونعيم). Common words fail the last test (وقال شهود عيان، …؛ وقال مصدر مطلع إن), and a
definite word is never rare enough (وقالت الوزارة، …).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import compress, count

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.crf import Tagger
from rasad.extract.entities.found import Found, name_start, tagged_words
from rasad.extract.entities.patterns import COMMAS, given_names, is_demonym, stop_words, title_kind
from rasad.extract.entities.words import Word

# Bounds of the tagger's evidence that a word alone is a person's (see recognize.MIN_FIRST): a first word
# from this, a later word above that.
MIN_FIRST = 0.5
MIN_NEXT = 0.0
# A word this rare in the news is a name in a person's slot: given names and surnames the tagger never saw
# (حمدين 4, بونعيم 5, مات 139) are below it; the words that open other subjects of saying (شهود 300, مصدر
# 2238, مسؤول 1951) are above.
MAX_RARE_FREQ = 150
MIN_WORDS, MAX_WORDS = 2, 4
_TANWIN = "\u064b"


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """Normalised past and present forms of the verbs of saying (speech_verbs.tsv, class say), with و or ف."""
    from rasad.extract.speech import verb_forms  # speech reads entities' mentions: import late

    return frozenset(conj + f for f in verb_forms("say") for conj in ("", "و", "ف"))


def framed_names(text: str, words: Sequence[Word], found: list[Found], tagger: Tagger | None, roles: Mapping[int, int]) -> list[Found]:
    """`found` with the people named in a frame (module doc) that no other step has tagged; `roles`: where each
    title stands -> the index after its role phrase (`patterns.role_end`)."""
    if tagger is None or len(words) < MIN_WORDS + 1:
        return found
    norms = [w.norm for w in words]
    tagged = tagged_words(words, found)
    said = [i + 1 for i in compress(count(), map(saying_verbs().__contains__, norms))]  # read in C
    starts = [(i, False) for i in said] + [(i, True) for i in _after_titles(norms, roles)] + _in_lists(norms, found)
    out = list(found)
    for start, appositive in sorted(starts, key=_frame_order):
        end = _framed_end(norms, start, tagged, appositive=appositive)
        listed = appositive is None and end and norms[start] in given_names()
        if end and (listed or _carries_name(text, words[start:end], tagger, definite_first=bool(appositive))):
            out.append(Found(start, end, Span(name_start(text, words[start]), words[end - 1].span.end), "PER", "pattern"))
            for j in range(start, end):
                tagged[j] = True
    return sorted(out, key=lambda f: f.first)


def _frame_order(start: tuple[int, bool | None]) -> tuple[int, int]:
    """Starts in text order; at one word, after a verb of saying, after a title, then in a list (None), which a
    plain sort cannot compare with the others."""
    return start[0], {False: 0, True: 1, None: 2}[start[1]]


def _after_titles(norms: list[str], roles: Mapping[int, int]) -> list[int]:
    """Where a name set off by a comma after a title phrase would begin."""
    return [end + 1 for end in roles.values() if end < len(norms) and norms[end] in COMMAS]


def _in_lists(norms: list[str], found: list[Found]) -> list[tuple[int, bool | None]]:
    """Where an item of a list of people begins between two people's names (…، عصام سلطان، باسم عودة،
    ووجدي غنيم): after a person and its comma, with a comma and a person (or و and a person) after."""
    people = [f for f in found if f.type == "PER"]
    ends = {f.last for f in people}
    firsts = {f.first for f in people}
    out: list[tuple[int, bool | None]] = []
    for i in range(1, len(norms) - 1):
        if norms[i] not in COMMAS or i not in ends:
            continue
        close = next((j for j in range(i + 1, min(i + 2 + MAX_WORDS, len(norms))) if norms[j] in COMMAS), None)
        if close is not None and close + 1 in firsts:
            out.append((i + 1, None))
    return out


def _framed_end(norms: list[str], start: int, tagged: Sequence[bool], *, appositive: bool | None) -> int:
    """Where the untagged words from `start` meet what closes the frame (0 if they do not): a comma,
    or, after a verb of saying (`appositive` False), the speaker's title, with or without a comma before it
    (a bare comma or إن there closes other subjects as well: وقال مصدران مطلعان إن، يقول صفير صراحة،)."""
    stops = stop_words()
    for end in range(start, min(start + MAX_WORDS + 1, len(norms))):
        w = norms[end]
        if appositive is False:  # the speaker's own title follows: وقالت نجية بونعيم، مديرة …
            after = norms[end + 1] if w in COMMAS and end + 1 < len(norms) else w
            closes = _is_title(after)
        else:
            closes = w in COMMAS
        if closes:
            return end if end - start >= MIN_WORDS else 0
        if tagged[end] or not w.isalpha() or w in stops or title_kind(w) is not None or is_demonym(w):
            return 0
    return 0


def _is_title(word: str) -> bool:
    """A title's first word, a woman's too (مديرة، المتحدثة: the title list holds the man's form)."""
    return title_kind(word) is not None or (word.endswith("ه") and title_kind(word[:-1]) is not None)


def _carries_name(text: str, words: Sequence[Word], tagger: Tagger, *, definite_first: bool) -> bool:
    """Whether each word carries a name on its own (module doc). A first word that is definite, or an
    appositive's (which a comma after any title gives: "رحيل الفنانة بشكل كبير، ورثاها …"), must be a
    given name or carry the tagger's evidence (الباجي, not الوزارة); a later word may be definite (a nisba:
    الغرسلي)."""
    surfaces = [text[w.span.start : w.span.end] for w in words]
    evidence = tagger.person_evidence(surfaces)
    for k, (surface, (begin, inside)) in enumerate(zip(surfaces, evidence, strict=True)):
        word = norm(surface)
        if _TANWIN in surface:
            return False  # خلفاً، شعبياً: an adverb or an adjective, never a name
        if k == 0 and (definite_first or word.startswith("ال")):
            if word not in given_names() and begin < MIN_FIRST:
                return False
            continue
        if word in given_names() or (begin >= MIN_FIRST if k == 0 else inside > MIN_NEXT):
            continue
        if word_freq().get(light(surface), 0) >= MAX_RARE_FREQ:
            return False
    return True

