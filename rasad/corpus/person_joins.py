"""Joins of person keys across documents: a name transliterated two ways, a surname told alone, a
name with and without the father's; and the check that keeps two given names apart
(`two_given_names`), which every join of names reads. Called by `rasad.corpus.entities`."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.arabic.normalize import norm
from rasad.corpus.entity_keys import MIN_SLIP_WORD, KeyUnion, name_words, written_words
from rasad.corpus.entity_spellings import person_pairs, transliteration_key
from rasad.extract.entities.kb import loose
from rasad.extract.entities.keys import filiation_skeletons
from rasad.extract.entities.patterns import given_names, regnal_ordinals


def join_transliterations(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """Full names of people that are one name transliterated two ways (بيدرو سانشيز، بيدرو سانتشيث in a
    hashtag of another outlet; كيم جونج أون, the KB's كيم جونغ أون; سيريو كاباناس، سيرجيو كابانياس):
    `rasad.corpus.entity_spellings`."""
    people = {k: name_words(k) for k in keys if types[k] == "PER"}
    for a, b in person_pairs(people, written_words, two_given_names, union.find):
        union.join(a, b)


def join_surnames(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """A one-word person key joins the one person whose surname it is: spelt alike (skeleton), or the name before
    a ruler's ordinal (عبد الله of عبد الله الثاني); failing that, the one whose name ends with it after بن (a
    family name, سليم of سلطان بن سليم, or the father's, عبد الله of حسين بن عبد الله); failing that,
    transliterated alike ("سانتشيث" for بيدرو سانشيز in another outlet)."""
    people = {k: name_words(k) for k in keys if types[k] == "PER"}
    by_surname: dict[str, list[str]] = {}
    after_bin: dict[str, list[str]] = {}
    by_sound: dict[str, list[str]] = {}
    for k, words in people.items():
        if len(words) >= 2:
            surnames = after_bin if len(words) >= 3 and words[-2] in filiation_skeletons() else by_surname
            surnames.setdefault(words[-1], []).append(k)
            by_sound.setdefault(transliteration_key(words[-1]), []).append(k)
            if set(written_words(k)[-1:]) & regnal_ordinals():  # عبد الله of عبد الله الثاني
                by_surname.setdefault(words[-2], []).append(k)
    for k, words in people.items():
        if len(words) != 1:
            continue
        owners = _owners(k, by_surname.get(words[0], ()), union) or _owners(k, after_bin.get(words[0], ()), union)
        if not owners and len(words[0]) >= MIN_SLIP_WORD:
            owners = {union.find(p) for p in by_sound.get(transliteration_key(words[0]), ())}
        if len(owners) == 1:
            union.join(owners.pop(), k)


def _owners(key: str, candidates: Sequence[str], union: KeyUnion) -> set[str]:
    return {union.find(p) for p in candidates if not two_given_names(key, _surname_key(p))}


def _surname_key(key: str) -> str:
    """A person's key as the key of its surname alone, for `two_given_names`: صالح (a tagger's name in
    لصالح "in favour of") and صلاح of محمد صلاح are two given names of one skeleton, not one surname."""
    words = written_words(key)
    return f"PER:{words[-1]}" if words else key


def two_given_names(a: str, b: str) -> bool:
    """Whether two names differ in a word that is a given name in each, written differently (أبي أحمد،
    أبو محمد: أحمد and محمد are one slip apart and two names), or begin with a man's and a woman's
    form of one given name (`_gender_pair`)."""
    wa, wb = [norm(w) for w in written_words(a)], [norm(w) for w in written_words(b)]
    if len(wa) != len(wb):
        return False
    names = given_names()
    if wa and wb and _gender_pair(wa[0], wb[0]):
        return True
    return any(x != y and loose(x) != loose(y) and x in names and y in names for x, y in zip(wa, wb, strict=True))


def _gender_pair(x: str, y: str) -> bool:
    """Two given names that differ only in a final و and a final ا/ه: a man's and a woman's name of
    the Romance languages (ماريو، ماريا; باولو، باولا), two people, not two spellings of one."""
    if len(x) != len(y) or len(x) < 3 or x[:-1] != y[:-1]:
        return False
    return {x[-1], y[-1]} in ({"و", "ا"}, {"و", "ه"})


def join_filiations(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """A person named with the father's name (زايد بن سعيد الخيارين) is the one person named without it
    (زايد الخيارين), when exactly one (counting joins made so far) is."""
    people = {k: name_words(k) for k in keys if types[k] == "PER"}
    by_name: dict[tuple[str, ...], set[str]] = {}
    for k, words in people.items():
        by_name.setdefault(tuple(words), set()).add(union.find(k))
    for k, words in people.items():
        links = [i for i, w in enumerate(words[1:-2], start=1) if w in filiation_skeletons()]
        if len(links) != 1:
            continue
        short = tuple(words[: links[0]] + words[links[0] + 2 :])
        owners = {union.find(o) for o in by_name.get(short, set())} - {union.find(k)}
        if len(owners) == 1:
            union.join(owners.pop(), k)
