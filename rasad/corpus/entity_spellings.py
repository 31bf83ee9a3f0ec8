"""One foreign person's name spelt two ways by two outlets: which name keys of a corpus are one name.

Arabic outlets transliterate a foreign name each in their house style: غ or ج for g (كيم جونغ
أون، كيم جونج أون), تش or ش, ث or ز or س (سانشيز، سانتشيث), a letter more or less in a given name
(سيرجيو، سيريو). `rasad.corpus.entities` joins the keys these functions pair. Only people's
names are paired, and only on evidence that holds for foreign names and not for Arabic ones,
which a letter more or less makes another name (حسن، حسين) or another word (الكاظمي، الكاظمية).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.lexicon import read_rows
from rasad.extract.entities.kb import entries, loose
from rasad.extract.entities.keys import skeleton
from rasad.extract.entities.patterns import MAX_FOREIGN_NAME_FREQ, given_names

MIN_FOLDED_WORD = 4  # a shorter skeleton word is folded only inside a name of three words or more
_LONG_NAME = 3
_MIN_GIVEN = 4  # a given name spelt with a letter more is this long at least (سيريو، سيرجيو)
_MIN_FOREIGN_SURNAME = 5
_MIN_SOUND = 5  # the shorter skeleton of two words a letter apart there, in a name of two words

Pairs = list[tuple[str, str]]


@lru_cache(maxsize=1)
def _transliteration_folds() -> tuple[tuple[str, str], ...]:
    """Letters that spell one sound of a foreign name (data/transliteration_folds.tsv), longest first."""
    rows = [(r[0].strip(), r[1].strip()) for r in read_rows("rasad.corpus", "transliteration_folds.tsv") if len(r) > 1]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def transliteration_key(word: str) -> str:
    """A skeleton word with the spellings of one foreign sound folded: سنشز (سانشيز) and سنتشث (سانتشيث) agree."""
    for letters, to in _transliteration_folds():
        word = word.replace(letters, to)
    return word


def sound(words: Sequence[str]) -> tuple[str, ...]:
    """A full name's skeleton words with their foreign sounds folded. A short word is folded only in a
    name of three words or more, whose other words vouch for it (جنغ، جنج of كيم جونغ أون): alone, حارث is
    not حارس."""
    long_name = len(words) >= _LONG_NAME
    return tuple(transliteration_key(w) if long_name or len(w) >= MIN_FOLDED_WORD else w for w in words)


@lru_cache(maxsize=1)
def kb_sounds() -> dict[str, str]:
    """sound -> KB key for every full name of a hand-written KB person with a single owner."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for e in entries().values():
        if e.type == "PER" and not e.weak:
            for name in (e.name, *e.aliases):
                words = skeleton(name).split()
                if len(words) >= 2:
                    owners.setdefault(sound(words), set()).add(e.key)
    return {" ".join(k): next(iter(v)) for k, v in owners.items() if len(v) == 1}


def person_pairs(people: dict[str, list[str]], written: Callable[[str], list[str]], apart: Callable[[str, str], bool], root: Callable[[str], str]) -> Pairs:
    """Full names of people (key -> skeleton words) that are one name spelt two ways: transliterated word for
    word, by given names under one foreign surname, or by a letter more (the three functions below)."""
    return transliteration_pairs(people, apart) + given_name_pairs(people, written, apart) + letter_pairs(people, written, root)


def transliteration_pairs(people: dict[str, list[str]], apart: Callable[[str, str], bool]) -> Pairs:
    """Full names (key -> skeleton words) that are one name transliterated two ways, word for word, and
    each name with the KB person it transliterates (كيم جونج أون: kb:p:kim); not two names `apart` says
    are two people's (حسن الكاظمي، حسين الكاظمي: one skeleton)."""
    pairs: Pairs = []
    by_sound: dict[tuple[str, ...], str] = {}
    known = kb_sounds()
    for k, words in people.items():
        if len(words) < 2:
            continue
        folded = sound(words)
        if folded in by_sound and not apart(by_sound[folded], k):
            pairs.append((by_sound[folded], k))
        by_sound.setdefault(folded, k)
        owner = known.get(" ".join(folded))
        if owner is not None and owner != k and not apart(owner, k):
            pairs.append((owner, k))
    return pairs


def letter_pairs(people: dict[str, list[str]], written: Callable[[str], list[str]], root: Callable[[str], str]) -> Pairs:
    """Names of people alike but in one foreign word, which one outlet spells with a letter more or two
    letters swapped (سيريو كاباناس، سيرجيو كابانياس; ماتيو سافيني، ماتيو سالفيني; إيمانويل ماركون،
    إيمانويل ماكرون; كيم جون أون، كيم جونغ أون), when each entity (`root`: keys joined so far are one)
    is the other's only such partner. The two words may not both be given names of the list (حسن،
    حسين are two names), and a two-word name must hold a foreign surname. Then, among the entities
    still without a partner, names whose words are so apart in their skeletons (`_sound_apart`): the
    letter more a consonant with its long vowel (سوتو، سوتوبو; شفارتسمان، شوارتزمان)."""
    buckets: dict[tuple[int, tuple[str, ...]], list[tuple[str, str, str]]] = {}
    for k, words in people.items():
        names = [loose(w) for w in written(k)]
        if len(names) != len(words) or not _foreign_name(names):
            continue
        folded = sound(words)
        for p, word in enumerate(names):
            buckets.setdefault((p, folded[:p] + folded[p + 1 :]), []).append((k, word, folded[p]))
    by_letters: dict[str, set[str]] = {}
    by_sound: dict[str, set[str]] = {}
    for (_, others), group in buckets.items():
        long_name = len(others) + 1 >= _LONG_NAME
        for i, (a, word_a, sound_a) in enumerate(group):
            for b, word_b, sound_b in group[i + 1 :]:
                ra, rb = root(a), root(b)
                if ra == rb or word_a in given_names() and word_b in given_names():  # حسن، حسين; not جون، جونغ
                    continue
                if _letter_apart(word_a, word_b, long_name=long_name):
                    _partner(by_letters, ra, rb)
                elif _sound_apart((word_a, sound_a), (word_b, sound_b), long_name=long_name):
                    _partner(by_sound, ra, rb)
    pairs = _only_partners(by_letters)
    alone = {a: found for a, found in by_sound.items() if a not in by_letters}
    return pairs + _only_partners({a: found & alone.keys() for a, found in alone.items()})


def _partner(partners: dict[str, set[str]], a: str, b: str) -> None:
    partners.setdefault(a, set()).add(b)
    partners.setdefault(b, set()).add(a)


def _only_partners(partners: dict[str, set[str]]) -> Pairs:
    """The pairs of entities each of which is the other's only partner."""
    return [(a, b) for a, found in partners.items() for b in found if a < b and len(found) == 1 and len(partners.get(b, ())) == 1]


def _sound_apart(a: tuple[str, str], b: tuple[str, str], *, long_name: bool) -> bool:
    """Whether two written words (with their folded skeletons) of a name are one transliteration a letter
    apart in the skeleton (`_letter_apart`): both read as transliterations (`_foreign_word`), and in a
    name of two words the skeletons are long (شفرتسمن; not ولمس، ولمتس: Williams is not Wilmots)."""
    (word_a, sound_a), (word_b, sound_b) = a, b
    if not (_foreign_word(word_a) and _foreign_word(word_b)):
        return False
    return (long_name or min(len(sound_a), len(sound_b)) >= _MIN_SOUND) and _letter_apart(sound_a, sound_b, long_name=long_name)


@lru_cache(maxsize=1)
def _given_name_folds() -> dict[int, int]:
    """str.translate table of the letters a foreign given name is written with one for another (data/given_name_folds.tsv)."""
    return {ord(r[0].strip()): ord(r[1].strip()) for r in read_rows("rasad.corpus", "given_name_folds.tsv") if len(r) > 1}


def given_name_pairs(people: dict[str, list[str]], written: Callable[[str], list[str]], apart: Callable[[str, str], bool]) -> Pairs:
    """Names of people (key -> skeleton words) with one foreign surname whose given names are one spelling
    but for the letters of a foreign sound (سيرخيو راموس، سيرجيو راموس: data/given_name_folds.tsv), not two
    names `apart` says are two people's. Only under a foreign surname (not العبيدي, not أحمد): in Arabic
    names the letters make other names (جلال، هلال)."""
    folds = _given_name_folds()
    pairs: Pairs = []
    by_sound: dict[tuple[str, ...], str] = {}
    for k, words in people.items():
        surname = written(k)[-1:]
        if len(words) < 2 or not surname or not _foreign_surname(loose(surname[0])):
            continue
        # the surname as written, long vowels kept: ميلوني and مولينا share a skeleton
        folded = (*(transliteration_key(w).translate(folds) for w in words[:-1]), transliteration_key(loose(surname[0])))
        if folded in by_sound and not apart(by_sound[folded], k):
            pairs.append((by_sound[folded], k))
        by_sound.setdefault(folded, k)
    return pairs


def _foreign_name(names: list[str]) -> bool:
    """A name of three words or more (كيم جونغ أون), or of two with a foreign surname (not العبيدي)."""
    return len(names) >= _LONG_NAME or len(names) == 2 and _foreign_surname(names[1]) and not names[0].startswith("ال")


def _letter_apart(a: str, b: str, *, long_name: bool) -> bool:
    """Whether two words are one spelling with a letter more inside (سيريو، سيرجيو) or two inner letters
    swapped (ماركون، ماكرون); in a name of three words a letter more may end it (جون، جونغ), as the
    other words vouch; a letter for another (إيل، أون: Kim Jong-il is not Kim Jong-un) is another word."""
    short, long = sorted((a, b), key=len)
    if len(short) < (2 if long_name else _MIN_GIVEN):
        return False
    if len(long) == len(short) + 1:
        inner = range(1, len(long) if long_name else len(long) - 1)
        return any(long[:i] + long[i + 1 :] == short for i in inner)
    return len(a) == len(b) and any(a[:i] + a[i + 1] + a[i] + a[i + 2 :] == b for i in range(1, len(a) - 2))


def _foreign_word(word: str) -> bool:
    """A word of a name that reads as a transliteration: no Arabic given name, no article, not common in the
    news. Only such words are compared by skeleton: سعود and زايد are a letter apart there (سعد، سد)."""
    return word not in given_names() and not word.startswith("ال") and word_freq().get(light(word), 0) < MAX_FOREIGN_NAME_FREQ


def _foreign_surname(word: str) -> bool:
    """A surname that is a transliteration: no Arabic given name, no article (العبيدي), not common in the
    news, five letters or more (سافيني; not عواد)."""
    return word not in given_names() and not word.startswith("ال") and len(word) >= _MIN_FOREIGN_SURNAME and word_freq().get(light(word), 0) < MAX_FOREIGN_NAME_FREQ


_MIN_FOLDED_LETTERS = 5  # a shorter word spelt with ك for ق is another word (قلب، كلب; قطر، كتر)
_MAX_VARIANT_FREQ = 20  # the outlet's spelling of a name is rare in the news (صفاقص 0, كركنة 0; صفاقس 52)
_PLACE_CLASS = {"GPE": "place", "LOC": "place", "FAC": "place"}


@lru_cache(maxsize=1)
def _letter_folds() -> dict[int, int]:
    """str.translate table of the letters one outlet writes for another (data/letter_folds.tsv)."""
    rows = read_rows("rasad.corpus", "letter_folds.tsv")
    return {ord(r[0].strip()): ord(r[1].strip()) for r in rows if len(r) > 1}


def letter_fold_pairs(names: dict[str, list[str]], types: dict[str, str], root: Callable[[str], str]) -> Pairs:
    """Names of places and bodies (key -> written words) that are one name with ق for ك or ص for س… in a word
    (قرقنة، كركنة; صفاقس، صفاقص), of one type (places together), when the two entities (`root`: keys joined so
    far are one) are the only two of that folded spelling and each word that differs is long and one of its two
    spellings rare: the one an outlet misheard. Not people: a letter makes another Arabic name (صالح، سالح)."""
    folds = _letter_folds()
    buckets: dict[tuple[str, tuple[str, ...]], dict[str, list[str]]] = {}
    for k, words in names.items():
        typ = types[k]
        if typ != "PER" and words:
            folded = tuple(w.translate(folds) for w in words)
            buckets.setdefault((_PLACE_CLASS.get(typ, typ), folded), {}).setdefault(root(k), words)
    pairs: Pairs = []
    for group in buckets.values():
        if len(group) == 2:
            (a, wa), (b, wb) = group.items()
            if _misheard(wa, wb):
                pairs.append((a, b))
    return pairs


def _misheard(a: list[str], b: list[str]) -> bool:
    """Whether every word where two spellings differ is long and rare in one of them."""
    freq = word_freq()
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return bool(diff) and all(
        len(x.removeprefix("ال")) >= _MIN_FOLDED_LETTERS and min(freq.get(light(x), 0), freq.get(light(y), 0)) < _MAX_VARIANT_FREQ
        for x, y in diff
    )
