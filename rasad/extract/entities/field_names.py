"""Bodies named by the field they work in (`ner_field_names.tsv`): المنظمة الدولية للهجرة، الهيئة
العامة للرياضة، مركز الفينيق للدراسات العمالية. The field, ل + the article + a listed field, is the
name's last word, with the adjectives that agree with it; the tagger and the head rule stop before
it (المنظمة الدولية) or take nothing. A name the tagger or a rule found that begins with a body's
head goes on with the field; an untagged definite head with its adjectives (الهيئة العامة), or a
head with the definite name or place after it (مركز الفينيق، مركز الخليج), begins a new one.
A KB name is whole and stays as it is (البنك الدولي للتنمية is the bank's support for development)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, compress, count, repeat
from typing import NamedTuple

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_start, tagged_words
from rasad.extract.entities.kb import LAST_TWO, loose
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import head_nouns, head_type, is_demonym, stop_words
from rasad.extract.entities.words import Word, strip_clitics

MAX_ADJECTIVES = 2  # adjectives between a definite head and its field (المعهد العالي), and after the field
FIELD_PROCLITIC = "لل"  # ل + the article, its alef elided


class FieldTable(NamedTuple):
    fields: dict[str, bool]  # loose field stem without its article -> whether its adjectives are feminine
    heads: frozenset[str]  # loose extra heads (مركز)
    adjectives: frozenset[str]  # loose listed adjectives (الأعلى)
    governing: frozenset[str]  # loose participles that take ل + their object (المعادي)
    constructs: frozenset[str]  # normalised ل + a noun whose genitive is the field (لحقوق of لحقوق الإنسان)
    role_heads: frozenset[str]  # loose heads whose ل + noun after the name is a role's (وزارة)


@lru_cache(maxsize=1)
def _table() -> FieldTable:
    fields: dict[str, bool] = {}
    heads, adjectives, governing, constructs, role_heads = set(), set(), set(), set(), set()
    for row in read_rows("rasad.extract", "ner_field_names.tsv"):
        word, kind = loose(norm(row[0].strip())), row[1].split()
        if kind[0] == "field":
            fields[word.removeprefix("ال")] = kind[1:] == ["f"]
        elif kind[0] == "head":
            heads.add(word)
        elif kind[0] == "governing":
            governing.add(word)
        elif kind[0] == "construct":
            constructs.add(norm("ل" + row[0].strip()))
        elif kind[0] == "role_head":
            role_heads.add(word)
        else:
            adjectives.add(word)
    return FieldTable(fields, frozenset(heads), frozenset(adjectives), frozenset(governing), frozenset(constructs), frozenset(role_heads))


def field_names(text: str, words: Sequence[Word], found: list[Found]) -> list[Found]:
    """The names with their field (module doc): the whole list, the names a field extends replaced."""
    table = _table()
    norms = [w.norm for w in words]
    if not _has_field(norms, table):
        return found  # the common case
    tagged = tagged_words(words, found)
    by_first = {f.first: f for f in found}
    out = list(found)
    # a word's head is a loose suffix of it (`_head`): only the words that end as some head does are read, picked in
    # C (a normalised word holds no tatweel: its loose fold is letter for letter, and so is that of its last two letters)
    endings = map(loose.__getitem__, map(LAST_TWO, norms[:-1]))
    for i in compress(count(), map(_head_endings().__contains__, endings)):
        head = _head(norms[i])
        if head is None:
            continue
        name = by_first.get(i)
        core = _core_end(words, i, head, tagged, by_first, table) if name is None and not tagged[i] else None
        if name is not None and name.type == "ORG" and name.source != "kb":
            core = name.last
        constructs = loose(head).removeprefix("ال") not in table.role_heads
        end = _field_end(words, core, tagged, table, constructs=constructs) if core is not None else None
        if end is None:
            continue
        swallowed = [f for f in out if i <= f.first and f.last <= end]
        start = name.span.start if name is not None else name_start(text, words[i])
        out = [f for f in out if f not in swallowed]
        out.append(Found(i, end, Span(start, words[end - 1].span.end), "ORG", "pattern", head=True))
        for j in range(i, end):
            tagged[j] = True
    return sorted(out, key=lambda f: f.first)


def _has_field(norms: list[str], table: FieldTable) -> bool:
    """Whether a field (`_field_end`) may stand among these words: ل + the article + a listed field, or ل + a
    listed noun of a construct. One sentence in five has a word with لل, one in a hundred a field."""
    fielded = compress(norms, map(str.startswith, norms, repeat(FIELD_PROCLITIC)))  # picked in C
    return any(loose(word).removeprefix(FIELD_PROCLITIC) in table.fields for word in fielded) or not table.constructs.isdisjoint(norms)


@lru_cache(maxsize=1)
def _head_endings() -> frozenset[str]:
    """The last two letters of every head `_head` finds (loose): a body's head noun, or any head noun of an ORG."""
    org_heads = (word for word, noun in head_nouns().items() if noun.type == "ORG")
    return frozenset(map(LAST_TWO, chain(_table().heads, org_heads)))


@memo(100_000)
def _head(word: str) -> str | None:
    """The stem of a body's head noun the word holds (المنظمة، لمركز), or None; kept per word, as
    every word of a sentence with a field is asked."""
    heads = _table().heads
    for _, stem in strip_clitics(word):
        bare = loose(stem).removeprefix("ال")
        if bare in heads or head_type(bare) == "ORG":
            return stem
    return None


def _core_end(
    words: Sequence[Word], i: int, head: str, tagged: list[bool], by_first: dict[int, Found], table: FieldTable
) -> int | None:
    """Where the untagged body at i ends before its field: a definite head's adjectives (at least one:
    الهيئة العامة), or an indefinite head's definite name or the place named after it (مركز الخليج)."""
    if head.startswith("ال"):
        end = _adjectives_end(words, i + 1, tagged, table)
        return end if end > i + 1 else None
    place = by_first.get(i + 1)
    if place is not None and place.type in ("GPE", "LOC") and place.source != "model":
        return place.last
    nxt = words[i + 1].norm
    if tagged[i + 1] or not nxt.startswith("ال") or len(nxt) < 5 or nxt in stop_words():
        return None
    return _adjectives_end(words, i + 2, tagged, table)


def _adjectives_end(words: Sequence[Word], start: int, tagged: list[bool], table: FieldTable, *, feminine: bool | None = None) -> int:
    """Index after up to MAX_ADJECTIVES untagged definite adjectives from `start`: relative adjectives
    (of the gender `feminine` asks for, when it asks) or listed ones."""
    end = start
    while end < len(words) and end - start < MAX_ADJECTIVES and not tagged[end] and _adjective(words[end].norm, table, feminine):
        end += 1
    return end


def _adjective(word: str, table: FieldTable, feminine: bool | None) -> bool:
    if not word.startswith("ال") or word in stop_words():
        return False
    if loose(word) in table.adjectives:
        return feminine is None or word.endswith("ه") == feminine  # العامة after a feminine field, العام after others
    nisba = word.endswith("يه") if feminine else word.endswith("ي") if feminine is False else word.endswith(("ي", "يه"))
    return nisba and len(word) >= 6


def _field_end(words: Sequence[Word], core: int, tagged: list[bool], table: FieldTable, *, constructs: bool = True) -> int | None:
    """Index after the field at `core`, the adjectives that agree with it, a second field joined by و
    (للإعلام والدراسات الاستراتيجية) and a nationality, which may agree with the head instead
    (المؤسسة الوطنية للنفط الليبية); None when no listed field stands at `core`. A field may also be ل + a
    listed noun and its definite genitive (لحقوق الإنسان، لشؤون اللاجئين), unless `constructs` says no (after a
    ministry, وكيل وزارة المالية لشؤون الميزانية: the affairs are the role's)."""
    if loose(words[core - 1].norm) in table.governing:
        return None
    if constructs and _construct_at(words, core, tagged, table):
        end = _adjectives_end(words, core + 2, tagged, table)
        return end + 1 if end < len(words) and not tagged[end] and _definite_demonym(words[end].norm) else end
    end, proclitic = core, FIELD_PROCLITIC
    while end < len(words) and not tagged[end] and words[end].norm.startswith(proclitic):
        feminine = table.fields.get(loose(words[end].norm).removeprefix(proclitic))
        if feminine is None:
            break
        end = _adjectives_end(words, end + 1, tagged, table, feminine=feminine)
        proclitic = "وال"
    if end == core:
        return None
    return end + 1 if end < len(words) and not tagged[end] and _definite_demonym(words[end].norm) else end


def _construct_at(words: Sequence[Word], k: int, tagged: list[bool], table: FieldTable) -> bool:
    """Whether ل + a listed noun stands at k with its definite genitive after it, both untagged (لحقوق الإنسان)."""
    if k + 1 >= len(words) or tagged[k] or tagged[k + 1] or words[k].norm not in table.constructs:
        return False
    genitive = words[k + 1].norm
    return genitive.startswith("ال") and genitive.isalpha() and genitive not in stop_words()


def _definite_demonym(word: str) -> bool:
    return word.startswith("ال") and is_demonym(word)
