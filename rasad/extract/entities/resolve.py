"""Within one document: entity keys, short forms, bare heads, bare titles and handles (the proper parts of
head-named, nationality-named and bracket-named organisations are in `name_parts`, untagged surnames in
`surnames`).

Every mention gets an entity key a document can compute on its own
(`keys.key_of`; `rasad.corpus.model`): `kb:<id>` for a knowledge-base name, else
`<TYPE>:<normalised name>`. Then, in reading order:
- a person named by part of a fuller name used in the document takes that
  name's key (الكاظمي -> مصطفى الكاظمي; الكاضمي too: names compare by `skeleton`;
  جاسم بن فهد -> جاسم بن فهد آل ثاني: a name with its father's that begins a fuller one);
- a bare definite head noun (القيادة، المطار، التنظيم، التحالف) that begins an
  earlier name of the document becomes a mention of it (the latest one);
- a bare title used for exactly one person of the document (رئيس الوزراء
  العراقي without a name) becomes a mention of that person;
- an @handle in brackets right after a name is a mention of it;
- a name quoted after its head noun (قناة "فوكس نيوز") is mentioned by its
  quoted words alone, the head and the quotation marks left out, and a place
  after a head that says what it is (منطقة، مدينة، قرية) by its name alone;
- the proper name of a name found after its head noun (قابي قوله of منطقة
  "قابي قوله", رؤيا of قناة رؤيا) is a mention of it wherever else it stands
  alone, with its type even where the tagger gave it another; that of a KB
  name with its head (قناة رؤيا الأردنية) only where the tagger found it; so is
  an organisation's short name in brackets after it (الهيئة الوطنية لمكافحة
  الكوارث (كونريد)), unless the KB knows the organisation.
A place named for its government stays a place: nothing here retypes واشنطن.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import compress, count
from operator import methodcaller

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.lexicon import normalised_lines
from rasad.arabic.normalize import norm, normalize
from rasad.document import Mention, Span
from rasad.extract.entities.found import Found
from rasad.extract.entities.group_names import group_names
from rasad.extract.entities.homonyms import read_homonyms
from rasad.extract.entities.kb import LAST_TWO, QUOTES, alias_key, loose
from rasad.extract.entities.keys import filiation_skeletons, key_of, name_form, word_skeletons, written_name
from rasad.extract.entities.memo import memo
from rasad.extract.entities.name_parts import (
    Named,
    bracketed_parts,
    head_parts,
    nationality_parts,
    place_parts,
    rare_name,
    site_body_forms,
    tagged_parts,
    untaken,
    where,
)
from rasad.extract.entities.national_bodies import own_country_forms
from rasad.extract.entities.patterns import (
    FILIATION,
    MAX_FOREIGN_NAME_FREQ,
    given_names,
    head_type,
    is_people_plural,
    regnal_ordinals,
)
from rasad.extract.entities.places import MAX_NAME_FREQ, mentioned_bare
from rasad.extract.entities.recurrences import Evidence, recurrence_mentions
from rasad.extract.entities.surnames import surname_may_stand_alone, surname_mentions
from rasad.extract.entities.variants import (
    bracketed_owners,
    clitic_cut_surnames,
    complement_cut_forms,
    coordinated_cut_forms,
    nationless_forms,
    shortened_names,
    subject_key,
)
from rasad.extract.entities.words import WORD_NORM, Word, stem_span, strip_clitics

_NAMESAKE_TYPES = frozenset({"ORG", "PER"})  # a club, a person named after a town (MISC is mostly the tagger's slip)


def _short_forms(named: list[Named], text: str) -> None:
    """Give a person's partial name the key of the fuller name it is part of: its surname, a name
    of three words or more that begins it (جاسم بن فهد of جاسم بن فهد آل ثاني: the family name
    dropped), or its given name alone where that begins the name of one person only, named in full
    before it (جمال after جمال خاشقجي: a writer gives the full name first)."""
    people = [n for n in named if n.found.type == "PER" and len(n.words) >= 2]
    ending: dict[str, list[Named]] = {}  # a name fits only those whose last word, or the one before, is its last (`_short_form_fit`)
    for p in people:
        for word in dict.fromkeys(p.words[-2:]):
            ending.setdefault(word, []).append(p)
    for n in named:
        if n.found.type != "PER" or n.key.startswith("kb:") and len(n.words) >= 2:
            continue
        fits = {(p.key, fit) for p in (ending.get(n.words[-1], []) if n.words else people) if (fit := _short_form_fit(text, n, p))}
        keys = {k for k, fit in fits if fit == _FITS} or {k for k, _ in fits}
        if len(keys) > 1 and len(n.words) == 1:
            keys = {subject_key(keys, named)}  # a surname two people share (نبيه بري, his father مصطفى بري)
        if not keys and len(n.words) >= _MIN_PREFIX_NAME and not FILIATION.isdisjoint(n.words[1:-1]):  # a father named
            keys = {p.key for p in people if len(p.words) > len(n.words) and p.words[: len(n.words)] == n.words}
        if not keys and len(n.words) == 1:
            keys = _given_name_owners(n, people, text)
        if len(keys) == 1:
            n.key = keys.pop()


def _short_titles(named: list[Named], text: str, words: Sequence[Word], norms: list[str]) -> None:
    """A medium named by the last word of a title named before it in the document, with the article
    (صحيفة التايمز after صحيفة نيويورك تايمز), is that medium, though the KB knows another of that name: news
    shortens a title it has just given, and does not switch papers without naming the new one."""
    media = [n for n in named if n.found.type == "ORG"]
    for n in media:
        span = _written_name(text, words, norms, n.found) if n.found.kb else n.found.span
        short = norm(text[span.start : span.end]).split()
        if len(short) == 2 and norm(text[span.start : words[n.found.first].span.end]) in _brand_heads():
            short = short[1:]  # صحيفة التايمز: the head says what it is
        if len(short) != 1 or not short[0].startswith("ال"):
            continue
        owners = {p.key for p in media if p.found.span.start < n.found.span.start and p.key != n.key and _ends_title(text, p, short[0][2:])}
        if len(owners) == 1:
            n.key = owners.pop()


def _ends_title(text: str, n: Named, word: str) -> bool:
    written = norm(text[n.found.span.start : n.found.span.end]).split()
    return len(written) >= 2 and written[-1] == word


def _other_given_name(text: str, short: Named, full: Named) -> bool:
    """Whether a one-word name is a given name the list knows that the fuller name's last word is not, as
    written: صالح (of لصالح "in favour of") is no short form of محمد صلاح, though the skeletons agree."""
    if len(short.words) != 1:
        return False
    word = norm(text[short.found.span.start : short.found.span.end])
    last = _last_word(text, full)
    return word in given_names() and word.removeprefix("ال") != last.removeprefix("ال")  # منصور of محمد المنصور is his


def _given_name_owners(n: Named, people: Sequence[Named], text: str) -> set[str]:
    """Keys of the people named in full before `n` whose given name `n` is, when `n` stands alone.

    A given name the list knows (جمال) or a foreign one, known as a given name by beginning the
    full name before it (إيلون of إيلون ماسك: no list holds every foreign given name)."""
    owners = {p.key for p in people if p.words[0] == n.words[0] and p.found.span.start < n.found.span.start}
    return owners if owners and _lone_given_name(text, n.found.span, foreign=True) else set()


def _lone_given_name(text: str, span: Span, *, foreign: bool = False) -> bool:
    """Whether a one-word name is a given name standing alone: not the father's name of a name the
    tagger cut in two (أحمد of أشرقت أحمد, حسين of نورا حسين) nor a Korean surname (سونغ كيم), whose
    word before is a rare one, a name, where a lone given name follows a common word (قال، الشيخ).
    With `foreign`, a rare word (إيلون, ماركو) is taken as the given name the caller found it to be."""
    written = text[span.start : span.end]
    if norm(written) not in given_names() and not (foreign and rare_name(written, max_freq=MAX_FOREIGN_NAME_FREQ)):
        return False
    before = text[max(0, span.start - 30) : span.start].split()
    if not before or not before[-1].isalpha():
        return True
    return word_freq().get(light(before[-1]), 0) >= MAX_NAME_FREQ  # a common word is no part of a name


def _surnames_typed_otherwise(named: list[Named], text: str) -> None:
    """A one-word organisation of the tagger's that is the surname of the one person named in full in the document
    is that person: "بسجن برونسون" read like a prison's name ("سجن صيدنايا") after "القس أندرو برونسون"; so is
    a rare one that is the given name of the one person named in full before it."""
    people = [p for p in named if p.found.type == "PER" and len(p.words) >= 2]
    for n in named:
        f = n.found
        if f.type != "ORG" or f.source != "model" or f.kb is not None or len(n.words) != 1:
            continue
        written = text[f.span.start : f.span.end].strip("".join(QUOTES))
        if not surname_may_stand_alone(norm(written), light(written)) or is_people_plural(norm(written)):
            continue  # nor a people (الدروز) whose adjective ends a person's name (الدرزي): the skeleton is one
        keys = {p.key for p in people if _is_part(n.words, p.words)}
        if not keys and word_freq().get(light(written), 0) < MAX_NAME_FREQ:
            keys = _given_name_owners(n, people, text)  # "التزام إيلون" read like a body's name after إيلون ماسك
        if len(keys) == 1:
            n.key, n.found = keys.pop(), replace(f, type="PER")


# A name this long that begins a fuller one is that person with the family name dropped (given name,
# بن, father's name); two words (جاسم بن, محمد علي) may begin the names of several people.
_MIN_PREFIX_NAME = 3


def _short_form_fit(text: str, short: Named, full: Named) -> int:
    """How well `short` names the person of `full`: `_FITS` by its last words (الكاظمي of مصطفى الكاظمي) or
    by the words before a ruler's ordinal (عبد الله of الملك عبد الله الثاني); `_MAY_FIT` by the one word after
    بن, a family name (سليم of سلطان أحمد بن سليم) or the father's (عبد الله of حسين بن عبد الله), so only
    where nobody fits better; 0 by more words after بن, which name the father (سحيم آل ثاني of سلطان بن سحيم
    آل ثاني)."""
    n, words = len(short.words), full.words
    if len(words) > n and _is_part(short.words, words):
        if _other_given_name(text, short, full):
            return 0
        if len(words) == n + 1 or words[-n - 1] not in filiation_skeletons():  # بن برافمان: Ben, no father
            return _FITS
        return _MAY_FIT if n == 1 else 0
    # the ordinal compares as written: العويشير's skeleton is العاشر's
    regnal = len(words) >= n + 1 and words[-n - 1 : -1] == short.words and _last_word(text, full) in regnal_ordinals()
    return _FITS if regnal else 0


_FITS, _MAY_FIT = 2, 1


def _last_word(text: str, n: Named) -> str:
    return norm(text[n.found.span.start : n.found.span.end]).split()[-1]


def _is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether `short` ends `full`: the surname (الكاظمي), or more (مهدي المهندس)."""
    return full[-len(short) :] == short


def _bare_heads(text: str, words: Sequence[Word], norms: list[str], named: list[Named], taken: list[bool]) -> list[Mention]:
    """Mentions for bare definite heads (القيادة) that begin an earlier name of the document."""
    out: list[Mention] = []
    by_first = {n.found.first: n for n in named}
    heads = {i: head for i, n in by_first.items() if (head := _head_of(text, n.found))}
    if not heads:
        return out
    known = set(heads.values())
    # only the names' first words and the words that may be one of their heads need a look: a word's
    # loose form ends with its head's (`_definite_heads`; heads have three letters or more), a test in C that
    # most words fail
    ends = {head[-2:] for head in known}
    free = list(untaken(norms, taken))
    ending = compress(free, map(ends.__contains__, map(loose.__getitem__, map(LAST_TWO, free))))
    relevant = {w for w in ending if any(head in known for _, head in _definite_heads(w))}
    last_by_head: dict[str, Named] = {}
    for i in sorted(heads.keys() | (where(norms, relevant) if relevant else set())):
        if i in heads:
            last_by_head[heads[i]] = by_first[i]
        if taken[i] or not last_by_head:
            continue
        for prefix, head in _definite_heads(norms[i]):
            if head not in last_by_head:
                continue
            if i + 1 < len(words) and norms[i + 1].startswith("ال") and not taken[i + 1]:
                break  # a longer definite phrase (القيادة العامة) is something else
            n = last_by_head[head]
            out.append(Mention(stem_span(text, words[i], prefix), n.found.type, n.key, None, "anaphor"))
            break
    return out


@memo(300_000)
def _definite_heads(word: str) -> tuple[tuple[str, str], ...]:
    """(proclitic before the article, loose head) for readings of a word as ال + head noun."""
    out = []
    for prefix, stem in strip_clitics(word):
        if stem.startswith("ال") and head_type(stem[2:]) is not None:
            out.append((prefix[:-2] if prefix.endswith("ال") else prefix, loose(stem[2:])))
    return tuple(out)


def _head_of(text: str, found: Found) -> str | None:
    """The head noun (indefinite, loose) a name begins with, if it is a listed head."""
    if found.type == "PER" or found.last - found.first < 2 and found.kb is None:
        return None
    first = norm(written_name(text, found.span)).split()[0]
    bare = first[2:] if first.startswith("ال") else first
    return loose(bare) if head_type(bare) is not None and len(bare) > 2 else None


def _bare_titles(text: str, named: list[Named], words: Sequence[Word], taken: list[bool]) -> list[Mention]:
    """A role phrase used alone, when it belongs to one person of the document."""
    roles: dict[str, set[str]] = {}
    for n in named:
        if n.found.role is not None:
            roles.setdefault(name_form(text[n.found.role.start : n.found.role.end]).rstrip("،, "), set()).add(n.key)
    unique = {r: next(iter(k)) for r, k in roles.items() if len(k) == 1 and len(r.split()) >= 2}
    out: list[Mention] = []
    if not unique:
        return out
    view = normalize(text)
    role_spans = [n.found.role for n in named if n.found.role is not None]
    starts = [w.span.start for w in words]  # words are in text order
    # Longest role first, and a word one bare role holds is no other's: "وزير الخارجية الأمريكي" and
    # "وزير الخارجية", both one person's roles, must not give two overlapping mentions of one phrase.
    held: set[int] = set()
    for role, key in sorted(unique.items(), key=lambda item: -len(item[0])):
        for m in re.finditer(re.escape(role), view.text):
            span = view.to_original(m.start(), m.end())
            covered = range(bisect_left(starts, span.start), bisect_left(starts, span.end))
            inside_role = any(span.overlaps(r) for r in role_spans)
            free = not held.intersection(covered) and not any(taken[i] for i in covered)
            if covered and not inside_role and free and _ends_unnamed(words, covered[-1], taken):
                out.append(Mention(span, "PER", key, None, "title"))
                held.update(covered)
    return out


def _ends_unnamed(words: Sequence[Word], last: int, taken: list[bool]) -> bool:
    nxt = last + 1
    return nxt >= len(words) or not taken[nxt] and not (nxt + 1 < len(words) and words[nxt].norm in ("،", ",") and taken[nxt + 1])


def _handles(words: Sequence[Word], norms: list[str], named: list[Named]) -> list[Mention]:
    """`Name (@handle)`: the handle names the same entity."""
    by_last = {n.found.last: n for n in named}
    out = []
    for i in compress(count(), map(methodcaller("startswith", "@"), norms)):  # read in C
        if i >= 2 and norms[i - 1] == "(" and i - 1 in by_last:
            n = by_last[i - 1]
            out.append(Mention(words[i].span, n.found.type, n.key, None, "handle"))
    return out


def _written_name(text: str, words: Sequence[Word], norms: list[str], f: Found, others: frozenset[str] = frozenset()) -> Span:
    """The span of a name as its mention: the quoted name alone where a head noun or two stand before
    it in quotes (فوكس نيوز of قناة "فوكس نيوز", أسوشيتد برس of وكالة "أسوشيتد برس"): the name is what
    the writer put in quotes, the quotation marks belong to neither the head nor the name; a place's
    name without a head that only says what the place is (خور الزبير of منطقة خور الزبير; a `bare`
    head of ner_place_heads.tsv). A name the KB knows with its head keeps it (مدينة الصدر), and so does
    a place whose bare name is among `others`, the document's names of a body or a person (مدينة
    ليفربول in an article on the club ليفربول)."""
    quotes = [k for k in range(f.first, f.last) if norms[k] in QUOTES]
    if len(quotes) == 2 and quotes[1] == f.last - 1 and f.first < quotes[0] <= f.first + 2 and quotes[1] - quotes[0] >= 2:
        return Span(words[quotes[0] + 1].span.start, words[quotes[1] - 1].span.end)
    if f.kb is None and f.last - f.first >= 2:
        head, rest = words[f.first].span, Span(words[f.first + 1].span.start, f.span.end)
        bare = text[rest.start : rest.end]
        if mentioned_bare(text[head.start : head.end], bare) and name_form(bare) not in others:
            return rest
    if f.kb is not None and f.last - f.first >= 2 and norm(text[f.span.start : words[f.first].span.end]) in _brand_heads():
        return _own_name_after_head(words, norms, f)
    return f.span


@lru_cache(maxsize=1)
def _brand_heads() -> frozenset[str]:
    """Heads of a medium's or a company's name, whose rest is the name news tells it by (data/speech_brand_heads.tsv)."""
    return normalised_lines("rasad.extract", "speech_brand_heads.tsv")


def _own_name_after_head(words: Sequence[Word], norms: list[str], f: Found) -> Span:
    """A KB body found with its head (وكالة رويترز للأنباء) is mentioned by its KB name after the head (رويترز),
    the name outlets write alone, when the KB's own name is written without the head and begins the words after
    it; else whole: the KB names قناة رؤيا with its head, رؤيا alone being "vision"."""
    own = alias_key(f.kb.name) if f.kb is not None else ()
    end = f.first + 1 + len(own)
    if own and end <= f.last and tuple(loose(w) for w in norms[f.first + 1 : end]) == own:
        return Span(words[f.first + 1].span.start, words[end - 1].span.end)
    return f.span


def _people_taken_for_person(f: Found, norms: list[str]) -> bool:
    """Whether the tagger took a people's plural for a person (الدروز، اليهود): a group, no one's name."""
    return f.type == "PER" and f.last - f.first == 1 and is_people_plural(norms[f.first])


def resolve_document(text: str, words: Sequence[Word], found: Sequence[Found], evidence: Evidence | None = None) -> list[Mention]:
    """Mentions with entity keys for the names found in one document (word indices into `words`);
    `evidence`: the tagger's word weights, by which untagged recurrences of a name are carried (`recurrences`)."""
    norms = list(map(WORD_NORM, words))  # in C
    found = [f for f in found if not _people_taken_for_person(f, norms)]
    named = [Named(f, key_of(f, text), word_skeletons(written_name(text, f.span))) for f in found]
    read_homonyms(named, text, norms)
    nationless_forms(named, text)
    own_country_forms(named, text)
    complement_cut_forms(named, text)
    coordinated_cut_forms(named, text)
    clitic_cut_surnames(text, words, named)
    shortened_names(named)
    site_body_forms(norms, named)
    _short_forms(named, text)
    _short_titles(named, text, words, norms)
    _surnames_typed_otherwise(named, text)
    parts = head_parts(text, words, norms, named)
    nationality_parts(norms, named, parts)
    bracketed_parts(text, words, norms, named, parts)
    tagged_parts(named, norms, parts)
    bracketed_owners(named, norms, text)
    group_names(named, text, norms)
    taken = [False] * len(words)
    for n in named:
        for i in range(n.found.first, n.found.last):
            taken[i] = True
    others = frozenset(name_form(text[n.found.span.start : n.found.span.end]) for n in named if n.found.type in _NAMESAKE_TYPES)
    mentions = [Mention(_written_name(text, words, norms, n.found, others), n.found.type, n.key, n.found.role, n.found.source) for n in named]
    extra = surname_mentions(text, words, norms, named, taken) + _bare_heads(text, words, norms, named, taken) + _handles(words, norms, named)
    extra += place_parts(words, norms, parts, taken)
    extra += recurrence_mentions(text, words, norms, named, taken, evidence)
    extra += [m for m in _bare_titles(text, named, words, taken) if not any(m.span.overlaps(x.span) for x in mentions + extra)]
    return sorted(mentions + extra, key=lambda m: (m.span.start, m.span.end))
