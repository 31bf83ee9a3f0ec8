"""Title and role patterns: the phrases that introduce a person in Arab news.

رئيس الوزراء العراقي مصطفى الكاظمي، اللواء سعد معن، المتحدث باسم قيادة العمليات
المشتركة في العراق، تحسين الخفاجي، وزير الدفاع الأميركي لويد أوستن: a title
head (`ner_titles.tsv`: an office, which takes complements, or a rank, which sits
right before the name), then what the office is of (definite words, nationality
adjectives, names, and the linking words of `ner_role_links.tsv`), then the name.

`role_before` finds the role phrase that ends right before a name (one comma
may separate them); `name_after` finds an untagged name right after a role
phrase (words up to a stop word of `ner_stop.tsv`, a title, or punctuation).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count
from typing import NamedTuple

from rasad.arabic.clitics import light
from rasad.arabic.lexicon import read_lines, read_rows, weekdays
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.kb import QUOTES, demonym_at, demonyms, loose, loose_readings
from rasad.extract.entities.letters import is_initialism, spellings
from rasad.extract.entities.memo import memo
from rasad.extract.entities.words import HYPHENS, Word, strip_clitics

MAX_ROLE_WORDS = 12
MAX_NAME_WORDS = 4
_NAME_LINKS = frozenset({"ابو", "ابن", "بن", "بنت", "عبد", "ام", "ال", "ولد"})  # inside names: أبو مهدي، عبد الله، بن سلمان
COMMAS = frozenset({"،", ","})


@lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    """Normalised first word of a title -> kind (office or rank)."""
    out: dict[str, str] = {}
    for row in read_rows("rasad.extract", "ner_titles.tsv"):
        first = norm(row[0].split()[0])
        out.setdefault(first, row[1].strip())
    return out


@lru_cache(maxsize=1)
def role_links() -> frozenset[str]:
    return frozenset(norm(r[0].strip()) for r in read_rows("rasad.extract", "ner_role_links.tsv"))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    words = {norm(r[0].strip()) for r in read_rows("rasad.extract", "ner_stop.tsv")}
    return frozenset(words | set(weekdays()) | {"ال" + w for w in weekdays()})


@lru_cache(maxsize=1)
def not_names() -> frozenset[tuple[str, ...]]:
    """Common nouns the tagger mistakes for names (كاتيوشا), as loose word tuples; a Latin acronym
    listed (GPS) also in its Arabic letter names (جي بي إس)."""
    listed = [r[0].strip() for r in read_rows("rasad.extract", "ner_not_names.tsv")]
    spelt = [tuple(map(loose, s)) for name in listed if is_initialism(name) for s in spellings(name)]
    return frozenset([tuple(loose(norm(w)) for w in name.split()) for name in listed] + spelt)


def is_not_name(words: Sequence[Word]) -> bool:
    """Whether these words, proclitics and article aside, are a listed common noun, alone or with
    nationality adjectives after it (الدولار الأمريكي، الليرة التركية: still the currency)."""
    if not words or not _begins_not_name(words[0].norm):
        return False  # nearly every name: one look-up
    end = len(words)
    while end > 1 and is_demonym(words[end - 1].norm):
        end -= 1
    listed = not_names()
    return any((loose(stems[0].removeprefix("ال")), *stems[1:]) in listed for stems in _stem_choices(words[:end]))


@memo(300_000)
def _begins_not_name(word: str) -> bool:
    """Whether a stem of the word, article aside, is the first word of a listed common noun."""
    firsts = _not_name_firsts()
    return any(stem.removeprefix("ال") in firsts for _, stem in loose_readings(word))  # loose stems: kept per word


@lru_cache(maxsize=1)
def _not_name_firsts() -> frozenset[str]:
    return frozenset(name[0] for name in not_names())


def _stem_choices(words: Sequence[Word]) -> list[tuple[str, ...]]:
    first = [stem for _, stem in strip_clitics(words[0].norm)] if words else []
    rest = tuple(loose(w.norm) for w in words[1:])
    return [(stem, *rest) for stem in first]


# A foreign name (a transliteration: إيمانويل 1,108 times in the news, جونغ 1,446, ماكرون 2,321, كابانياس 3) is
# seen less often than this; a word seen more often is an everyday word or an Arabic name of the region.
MAX_FOREIGN_NAME_FREQ = 3000


FILIATION = frozenset({"بن", "ابن", "بنت"})  # words that put a father's name after a person's own


@lru_cache(maxsize=1)
def regnal_ordinals() -> frozenset[str]:
    """Ordinals that end a ruler's name (عبد الله الثاني: data/ner_regnal_ordinals.tsv), normalised."""
    return frozenset(map(norm, read_lines("rasad.extract", "ner_regnal_ordinals.tsv")))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(map(norm, given_names_as_written()))


@lru_cache(maxsize=1)
def given_names_as_written() -> frozenset[str]:
    """The given names with their hamzas (light forms): بان the name, not بأن "that"."""
    return frozenset(light(r[0].strip()) for r in read_rows("rasad.extract", "ner_given_names.tsv"))


@lru_cache(maxsize=1)
def given_compounds() -> frozenset[tuple[str, ...]]:
    """Two-word given names (فخر الدين، نور الدين), normalised: neither word alone begins a name."""
    return frozenset(tuple(norm(r[0]).split()) for r in read_rows("rasad.extract", "ner_given_compounds.tsv"))


@lru_cache(maxsize=1)
def given_compound_seconds() -> frozenset[str]:
    """The second words of the two-word given names (الدين of فخر الدين), normalised."""
    return frozenset(pair[1] for pair in given_compounds() if len(pair) == 2)


def given_compound_at(words: Sequence[Word], i: int) -> str | None:
    """The proclitic (often "") of the two-word given name that starts at words[i] ("وفخر الدين"), or None."""
    if i + 1 >= len(words) or words[i + 1].norm not in given_compound_seconds():
        return None  # most words are followed by no compound's second word: skip stripping clitics
    pair = given_compounds()
    nxt = words[i + 1].norm
    return next((pre for pre, stem in strip_clitics(words[i].norm) if (stem, nxt) in pair), None)


class HeadNoun(NamedTuple):
    """A head noun of `ner_heads.tsv`: the type of names it begins, the head as written (hamza kept),
    whether it names an institution or site after its town (`around`: جامعة، مطار), and whether the
    tagger reads it as a head (`featured`: a head added after the shipped model was trained is the
    rules' alone, so the model sees the features it was trained on), and whether a definite word after
    it is a name (`definite`: not for a `placed` head, whose name is its town's or a chain a nationality
    closes: غرفة جدة is a chamber of commerce, غرفة النوم a bedroom)."""

    type: str
    written: str
    around: bool
    featured: bool = True
    definite: bool = True


@lru_cache(maxsize=1)
def head_nouns() -> dict[str, HeadNoun]:
    """Normalised head noun (مطار، وزارة، حي) -> its row of `ner_heads.tsv`."""
    rows = read_rows("rasad.extract", "ner_heads.tsv")
    return {loose(norm(r[0].strip())): _head_row(r) for r in rows}


def _head_row(row: list[str]) -> HeadNoun:
    """A row of `ner_heads.tsv`: head, type, then the flags `around`, `rules` and `placed`."""
    flags = {cell.strip() for cell in row[2:]}
    return HeadNoun(row[1].strip(), row[0].strip(), "around" in flags, "rules" not in flags, "placed" not in flags)


def names_around_place(word: str) -> bool:
    """Whether a word (proclitics allowed) is a head that names an institution after its town: جامعة، مطار."""
    table = head_nouns()
    return any(table[loose(stem)].around for _, stem in strip_clitics(word) if loose(stem) in table)


@memo(300_000)
def head_type(word: str) -> str | None:
    """The type a head noun gives, the word read with or without its proclitics."""
    table = head_nouns()
    for _, stem in loose_readings(word):
        if stem in table:
            return table[stem].type
    return None


def head_written(word: str) -> str:
    """The head noun `head_type` reads in a word, as written ("" for none)."""
    table = head_nouns()
    return next((table[loose(stem)].written for _, stem in strip_clitics(word) if loose(stem) in table), "")


def hamza_clash(surface: str, written: str) -> bool:
    """Whether a word is written with a hamza on an alef where the head noun it ends with has a bare
    one: وأدى is not وادي. Writers drop a hamza, never add one; proclitics come first, so the two
    are compared from the end."""
    tail = surface[-len(written) :] if written else ""
    return len(tail) == len(written) and any(s in "أإآ" and w == "ا" for s, w in zip(tail, written, strict=True))


def title_kind(word: str) -> str | None:
    """office, rank or None for a normalised word (a leading و or ف allowed: ونائب، والوزير)."""
    return _title_forms().get(word)


@lru_cache(maxsize=1)
def _title_forms() -> dict[str, str]:
    """Every form `title_kind` knows -> its kind: a title's first word, and it after و or ف
    (a word that is a title as written keeps its own kind)."""
    kinds = titles()
    out = {conj + word: kind for word, kind in kinds.items() for conj in ("و", "ف")}
    out.update(kinds)
    return out


def titles_at(words: Sequence[str]) -> list[int]:
    """Where the normalised words that `title_kind` gives a kind stand (read in C)."""
    return list(compress(count(), map(_title_forms().__contains__, words)))


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """The words `title_kind` calls a rank."""
    return frozenset(word for word, kind in _title_forms().items() if kind == "rank")


@memo(300_000)
def is_demonym(word: str) -> bool:
    """Whether a normalised word is a nationality adjective, read with or without its proclitics."""
    table = demonyms()
    return any(stem in table for _, stem in loose_readings(word))


def is_people_plural(word: str) -> bool:
    """Whether a normalised word, read with or without its proclitics, is the plural of a people, a sect or a
    nation (الدروز، ليهود، فلسطينيين): a group, which names no person and is no short form of one."""
    table = _people_plurals()
    return any(stem in table for _, stem in loose_readings(word))


@lru_cache(maxsize=1)
def _people_plurals() -> frozenset[str]:
    """The plurals of `people_plurals.tsv` and the sound plurals (ون، ين) of its singulars and of the
    nationalities (`demonyms`), loose, bare and definite."""
    rows = [(norm(r[0].strip()), norm(r[1].strip())) for r in read_rows("rasad.extract", "kb/people_plurals.tsv")]
    plurals = {loose(plural) for plural, _ in rows} | {loose(one + end) for _, one in rows for end in ("ون", "ين")}
    plurals |= {form.removeprefix("ال") for form in demonyms() if " " not in form and form.endswith(("يون", "يين"))}
    return frozenset(plurals | {"ال" + form for form in plurals})


def demonym_begins(words: Sequence[Word], j: int) -> bool:
    """Whether a nationality adjective begins at words[j]: one word (`is_demonym`) or a noun and the
    adjective after it (الجنوب أفريقية, whose first word alone is no nationality)."""
    return is_demonym(words[j].norm) or demonym_at([w.norm for w in words[j : j + 2]], 0)[0] == 2


def _closes_demonym(words: Sequence[Word], j: int) -> bool:
    """Whether words[j] is the second word of a two-word nationality adjective (أفريقي of الجنوب أفريقي)."""
    return j > 0 and demonym_at([words[j - 1].norm, words[j].norm], 0)[0] == 2


def demonym_end(words: Sequence[Word], j: int, tagged: Sequence[bool]) -> int:
    """Index after the nationality adjective at words[j] (`demonym_begins`), after its second word when it has one
    (الكوري الشمالي: North, not South Korean) that no other name took."""
    pair = [w.norm for w in words[j : j + 2]]
    return j + 2 if demonym_at(pair, 0)[0] == 2 and not tagged[j + 1] else j + 1


@memo(300_000)
def _role_word(word: str) -> bool:
    """A word that may sit inside a role phrase after its head (read around every title: kept per word)."""
    if word in role_links() or word in QUOTES or is_demonym(word):
        return True
    return any(stem.startswith("ال") for _, stem in strip_clitics(word)) and word not in stop_words()


def role_before(words: Sequence[Word], name_first: int, inside: Sequence[bool]) -> Span | None:
    """The role phrase ending right before words[name_first], or None.

    `inside[i]` says whether word i belongs to an entity mention (ORG, GPE…),
    which a role may contain (المتحدث باسم قيادة العمليات المشتركة).
    """
    j = name_first - 1
    if j >= 0 and words[j].norm in COMMAS:
        j -= 1
    end, head = j, None
    while j >= 0 and name_first - j <= MAX_ROLE_WORDS:
        w = words[j].norm
        kind = title_kind(w)
        if kind is not None:
            head = j
        elif not (inside[j] or _role_word(w) or _closes_demonym(words, j)):
            break
        j -= 1
    if head is None or end < head:
        return None
    start = words[head].span.start + (1 if words[head].norm not in titles() else 0)  # ونائب: the role starts after و
    return Span(start, words[end].span.end)


def role_end(words: Sequence[Word], head: int, inside: Sequence[bool]) -> int:
    """Index after the role phrase that starts with the title at words[head]."""
    j = head + 1
    while j < len(words) and j - head < MAX_ROLE_WORDS:
        w = words[j].norm
        if title_kind(w) is not None or inside[j] or _role_word(w) or _closes_demonym(words, j):
            j += 1
            continue
        break
    return j


def is_name_hyphen(words: Sequence[Word], j: int, start: int) -> bool:
    """Whether words[j] is a hyphen between two words of a name begun at `start` (تايي- بروك، جان-لوك)."""
    return start < j < len(words) - 1 and words[j].norm in HYPHENS and words[j + 1].norm.isalpha() and words[j - 1].norm.isalpha()


def name_after(words: Sequence[Word], start: int, tagged: Sequence[bool]) -> int:
    """Index after a person's name starting at words[start] (start itself when there is none)."""
    stops = stop_words()
    j = start
    if given_compound_at(words, start) is not None and not (tagged[start] or tagged[start + 1]):
        j += 2  # فخر الدين ألتون: the article of الدين neither stops the name nor closes it
    while j < len(words) and j - start < MAX_NAME_WORDS and not tagged[j]:
        w = words[j].norm
        if is_name_hyphen(words, j, start) and not tagged[j + 1]:
            j += 1  # تايي- بروك زيريهون: a hyphen between two words of a name holds it together
            continue
        if words[j].is_punct or w in stops or title_kind(w) is not None or is_demonym(w) or not w.isalpha():
            break
        if j == start and w.startswith("ال") and w not in _NAME_LINKS:
            break  # a name after a title starts with a given name, not a definite word
        j += 1
        if w.startswith("ال") and j - start >= 2:
            break  # a nisba (الكاظمي) closes the name
    if j > start and words[j - 1].norm in HYPHENS:
        j -= 1  # "المتحدث أحمد - الذي…": a dash the name does not go on after is no part of it
    if j - start == 1 and words[start].norm in _NAME_LINKS:
        return start
    return j
