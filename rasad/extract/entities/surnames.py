"""Within one document: a person named by the last word of a fuller name used in the document (وقال الحداد
after خالد الحداد), found among the words the names left untagged (`resolve`).

Surnames compare by `keys.skeleton` (الكاضمي is الكاظمي), short ones as written: a three-letter skeleton is
shared with everyday words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.lexicon import read_rows, weekdays
from rasad.arabic.normalize import norm
from rasad.document import Mention
from rasad.extract.entities.common_words import common_by_counts
from rasad.extract.entities.kb import QUOTES, loose
from rasad.extract.entities.keys import skeleton
from rasad.extract.entities.memo import memo
from rasad.extract.entities.name_parts import Named, untaken, where
from rasad.extract.entities.patterns import given_names, head_type, is_people_plural, stop_words, title_kind
from rasad.extract.entities.words import Word, stem_span, strip_clitics

_MIN_SURNAME = 3
# A surname this short, or whose skeleton is (داون -> دن, علوي -> عل), shares its skeleton with everyday words
# (دان "condemned", دون "without", على): it is compared as written, vowels, hamza and ى kept (ماي; not سوى
# for سوي, شأن for شان, عبيد for العبد).
_MIN_SKELETON = 3
_SHORT_STEM = 4
# A three-letter surname seen this often with the article in the news is a common word (العون، البري), and
# so is one seen this often as written (فإن of a tagger's "صلاح فإن"; ماي is seen 1,194 times).
_MAX_DEFINITE_FREQ = 10
_MAX_SHORT_FREQ = 2000
_LAST = itemgetter(slice(-1, None))  # a word's last letter ("" for none), as w[-1:]


@memo(300_000)
def surname_key(word: str) -> str:
    """The form a normalised surname compares in: its skeleton, or for a short one "=" and the word itself."""
    skel = skeleton(word)
    short = len(skel) < _MIN_SKELETON or len(word.removeprefix("ال")) < _SHORT_STEM
    return "=" + loose(word) if short else skel


def surname_may_stand_alone(last: str, written: str) -> bool:
    """Whether the last word of a person's name (normalised; `written`: its light form) may stand alone for
    the person: not a three-letter word that is definite (العمر "age"), a given name (علي), a stop word or a
    common word (عون "aid", بري "ground" with the article; فإن as written); ماي، بوش may. A name written with a
    hamza on its first alef has no article: ألتون is not ال + تون."""
    stem = last if written.startswith(("أل", "إل")) else last.removeprefix("ال")
    if len(stem) < _MIN_SURNAME:
        return False
    if len(stem) >= _SHORT_STEM:
        return True
    freq = word_freq()
    if stem != last or last in given_names() or last in stop_words() or freq.get(written, 0) >= _MAX_SHORT_FREQ:
        return False
    return freq.get(light("ال" + written), 0) < _MAX_DEFINITE_FREQ


def surname_mentions(text: str, words: Sequence[Word], norms: list[str], named: list[Named], taken: list[bool]) -> list[Mention]:
    """An untagged word that is the surname of a person named in full in the document (وقال الحداد)."""
    surnames: dict[str, set[str]] = {}
    written: dict[str, set[str]] = {}  # a surname's spellings as written (light forms)
    for n in named:
        if n.found.type != "PER" or len(n.words) < 2:
            continue
        surface = text[n.found.span.start : n.found.span.end].split()[-1].strip("".join(QUOTES))
        last = norm(surface)
        # a common word ends no one's name but a person the KB knows (الصدر، الشاهد): the tagger's "خامس لاعب"
        if is_people_plural(last):
            continue  # a name run into the next word (إيل دو فرانس اليهود): a people's plural is no one's surname
        if surname_may_stand_alone(last, light(surface)) and (n.key.startswith("kb:") or not common_by_counts(light(surface))):
            key = surname_key(last)
            surnames.setdefault(key, set()).add(n.key)
            written.setdefault(key, set()).add(light(surface))
    out: list[Mention] = []
    if not surnames:
        return out
    finals = {_final(text, n) for n in named if n.found.type == "PER"}
    # a word's reading does not depend on where it stands: each distinct word is read once
    free = list(untaken(norms, taken))
    ending = compress(free, map(finals.__contains__, map(_LAST, free)))  # in C: most words end otherwise
    letters = [frozenset(key).difference(_NOT_STEM_LETTERS) for key in surnames]
    readings = {w: r for w in ending if _has_letters(w, letters) and (r := _surname_reading(w, surnames, named, text))}
    for i in sorted(where(norms, readings.keys())) if readings else ():
        if taken[i]:
            continue
        prefix, key, surname = readings[norms[i]]
        span = stem_span(text, words[i], prefix)
        as_written = light(text[span.start : span.end])
        if as_written in _written_stop_words() or norm(as_written) in _days():
            continue  # a function word or a day of a surname's skeleton (خلال "during" of لينا خليل; أمام, not إمام)
        if not written[surname] & {as_written, "ال" + as_written} and _other_word(surname, as_written):
            continue  # صالح (لصالح "in favour of") is another given name than صلاح, of one skeleton
        out.append(Mention(span, "PER", key, None, "surname"))
        taken[i] = True
    return out


def _other_word(surname: str, as_written: str) -> bool:
    """Whether a word spelt otherwise than a surname of its skeleton is another word: with a short
    surname, a given name (صالح of صلاح), a head noun (قيادة "driving" of هالة قدوة) or a common word
    (اليمني "Yemeni" of خالد اليماني, فلسطينيين of the tagger's "شابان فلسطينيان": `common_by_counts`)."""
    word = norm(as_written)
    if surname.startswith("=") or word in given_names() or head_type(word) is not None:
        return True
    return common_by_counts(as_written)


@lru_cache(maxsize=1)
def _written_stop_words() -> frozenset[str]:
    """The words of `ner_stop.tsv` as written (light forms: أمام "in front of", not the surname إمام)."""
    return frozenset(light(r[0].strip()) for r in read_rows("rasad.extract", "ner_stop.tsv"))


@lru_cache(maxsize=1)
def _days() -> frozenset[str]:
    """The weekdays, with the article or without (الجمعة of سارة الجمعة), normalised."""
    return frozenset(weekdays()) | frozenset("ال" + w for w in weekdays())


def _surname_reading(word: str, surnames: dict[str, set[str]], named: list[Named], text: str) -> tuple[str, str, str] | None:
    """(proclitic, entity key, surname key) of the one person whose surname `word` is, or None."""
    if title_kind(word) is not None or is_people_plural(word):
        # رئيس is no short form of رئيسي: the skeleton drops the final ي, the name keeps it; nor الدروز of الدرزي
        return None
    for prefix, skel in _skeleton_readings(word):
        keys = surnames.get(skel)
        if keys is not None and len(keys) == 1 and _same_final(word, keys, named, text):
            return prefix, next(iter(keys)), skel
    return None


# A surname key's letters are its stem's loose ones (`surname_key`), but for the "=" of a short one, a compound's
# space and the alef of the article that ل + ال elides (للحداد: ل + الحداد); و، ي and ض a word may hold as ؤ، ئ and ظ.
_NOT_STEM_LETTERS = frozenset("= اويض")


def _has_letters(word: str, letters: list[frozenset[str]]) -> bool:
    """Whether a word holds every letter of some surname key (`letters`, less `_NOT_STEM_LETTERS`): a test in C that
    most words fail, before the word's readings are spelt out (`_skeleton_readings`, once for every new word)."""
    return any(map(set(word).issuperset, letters))


def _final(text: str, n: Named) -> str:
    """The last letter of a name as written (normalised): ي of رئيسي, ي of الكاظمي."""
    return norm(text[n.found.span.start : n.found.span.end])[-1:]


def _same_final(word: str, keys: set[str], named: list[Named], text: str) -> bool:
    key = next(iter(keys))
    return any(n.key == key and _final(text, n) == word[-1:] for n in named)


@memo(300_000)
def _skeleton_readings(word: str) -> tuple[tuple[str, str], ...]:
    return tuple((prefix, surname_key(stem)) for prefix, stem in strip_clitics(word))
