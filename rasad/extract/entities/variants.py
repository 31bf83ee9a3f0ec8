"""Within one document: two names of one entity that differ by words a writer drops once the name is given
(`resolve`), and the person a surname shared by two of the document's people stands for.

- a body's name without its nationality (وزارة الخارجية of وزارة الخارجية المصرية, مجلس النواب of مجلس النواب
  اللبناني), also where dropping it turns the name into a construct (اتحاد كرة القدم of الاتحاد المصري لكرة
  القدم): a writer names the country once;
- a body's name cut after its nationality (الاتحاد المصري of الاتحاد المصري لكرة القدم, غرفة التجارة الأمريكية
  of غرفة التجارة الأمريكية في مصر): the complement, once given, goes without saying;
- a body's name cut before its coordinated complements (وزارة البترول of وزارة البترول والثروة المعدنية,
  `coordinated_names`): the first field names the body once the whole was given;
- a person's name with fewer words between the same given name and surname (سعد الحريري of سعد الدين الحريري:
  a compound given name shortened, a father's name dropped);
- a surname that ends the names of two people (نبيه بري and his father مصطفى بري) stands for the one the
  document names most, or, as often, first: the article's subject; his relatives are named in full;
- a body's full name with the short name the KB knows in brackets after it (حركة أفواج المقاومة اللبنانية (أمل));
- a surname cut after a first letter read as a proclitic (كالين, not ك + الين, after إبراهيم كالين).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.kb import closing_demonym, demonym_at
from rasad.extract.entities.keys import key_of, skeleton, written_name
from rasad.extract.entities.name_parts import Named
from rasad.extract.entities.patterns import is_demonym
from rasad.extract.entities.words import Word

_LETTER_NAME = 2  # a place of two letters is a letter's name (بانتسير إس), no surname
_MIN_BODY_WORDS = 2  # one word left (الحكومة) is a bare head, resolved as one (`resolve._bare_heads`)


def nationless_forms(named: list[Named], text: str) -> None:
    """A body's name that is another of the document's names without its nationality takes its key, where
    one entity of the document is so named (not with وزارة الخارجية المصرية and وزارة الخارجية الأمريكية)."""
    bodies = [n for n in named if n.found.type == "ORG"]
    national = [(n, words) for n in bodies if len(words := _name_words(text, n)) > _MIN_BODY_WORDS and any(map(is_demonym, words[1:]))]
    if not national:
        return
    for n in bodies:
        words = _name_words(text, n)
        if n.found.kb is not None or len(words) < _MIN_BODY_WORDS or any(map(is_demonym, words)):
            continue
        owners = {m.key for m, full in national if m.key != n.key and _without_nationality(words, full)}
        if len(owners) == 1:
            n.key = owners.pop()


def complement_cut_forms(named: list[Named], text: str) -> None:
    """A body's name that ends with its nationality and begins another, longer name of the document's bodies
    takes that name's key, where one entity of the document is so named (module doc)."""
    bodies = [(n, _name_words(text, n)) for n in named if n.found.type == "ORG"]
    for n, words in bodies:
        if n.found.kb is not None or len(words) < _MIN_BODY_WORDS or not (is_demonym(words[-1]) or closing_demonym(words)[1]):
            continue
        owners = {m.key for m, full in bodies if m.key != n.key and len(full) > len(words) and full[: len(words)] == words}
        if len(owners) == 1:
            n.key = owners.pop()


def coordinated_cut_forms(named: list[Named], text: str) -> None:
    """A body's name that another, longer name of the document's bodies goes on from with و (وزارة البترول,
    وزارة البترول والثروة المعدنية) takes that name's key, where one entity of the document is so named;
    not a name already read as another (وزارة الخارجية as وزارة الخارجية الإسرائيلية: `nationless_forms`)."""
    bodies = [(n, _name_words(text, n)) for n in named if n.found.type == "ORG"]
    for n, words in bodies:
        if n.found.kb is not None or len(words) < _MIN_BODY_WORDS or n.key != key_of(n.found, text):
            continue
        k = len(words)
        owners = {m.key for m, full in bodies if m.key != n.key and len(full) > k and full[:k] == words and full[k].startswith("و")}
        if len(owners) == 1:
            n.key = owners.pop()


def _name_words(text: str, n: Named) -> list[str]:
    return norm(written_name(text, n.found.span)).split()


def _without_nationality(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether `short` is `full` with its one nationality (of one word or two) left out: word for word, or as the construct
    the name becomes (الاتحاد المصري لكرة القدم -> اتحاد كرة القدم: the article of the head and the ل of
    its complement go with the adjective)."""
    spots = [i for i, w in enumerate(full) if i > 0 and is_demonym(w)]
    if len(spots) != 1:
        return False
    size = demonym_at(full, spots[0])[0] - spots[0] or 1  # both words of الكورية الشمالية go
    rest = [*full[: spots[0]], *full[spots[0] + size :]]
    if len(rest) != len(short):
        return False
    if list(short) == rest:
        return True
    if spots[0] >= len(rest):
        return False  # the nationality closes the name: no complement after it to take ل (لجنة الانتخابية)
    head, complement = rest[0], rest[spots[0]] if spots[0] < len(rest) else ""
    construct = short[0] in (head, head.removeprefix("ال")) and short[1:spots[0]] == rest[1:spots[0]]
    return construct and _of_form(short[spots[0]], complement) and list(short[spots[0] + 1 :]) == rest[spots[0] + 1 :]


def _of_form(word: str, with_lam: str) -> bool:
    """Whether `with_lam` is `word` after the preposition ل (كرة -> لكرة, الطلبة -> للطلبة)."""
    return with_lam == "ل" + word or word.startswith("ال") and with_lam == "لل" + word[2:]


def shortened_names(named: list[Named]) -> None:
    """A person's name of two words or more that is a fuller name of the document with words left out between
    the same first and last words is that person (سعد الحريري, سعد الدين الحريري): the KB's key where one
    is the KB's, else the fuller name's."""
    people = [n for n in named if n.found.type == "PER" and len(n.words) >= 2]
    for n in people:
        owners = {p.key for p in people if len(p.words) > len(n.words) and p.key != n.key and _shortens(n.words, p.words)}
        if len(owners) != 1:
            continue
        owner = owners.pop()
        kept, dropped = (n.key, owner) if n.key.startswith("kb:") else (owner, n.key)
        if kept.startswith("kb:") and dropped.startswith("kb:"):
            continue  # two people the KB tells apart
        for m in named:
            if m.key == dropped:
                m.key = kept


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Same first and last word, and the short name's words in the full one's order."""
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])  # `in` on an iterator consumes it: order kept


def subject_key(keys: Iterable[str], named: Sequence[Named]) -> str:
    """Of people sharing a surname (`keys`, not empty), the one the document names most (all its mentions so
    far), or, at a tie, first."""
    wanted = set(keys)
    counts = Counter(n.key for n in named if n.key in wanted)
    first: dict[str, int] = {}
    for i, n in enumerate(named):
        first.setdefault(n.key, i)
    return min(wanted, key=lambda k: (-counts[k], first.get(k, len(named))))


def bracketed_owners(named: list[Named], norms: Sequence[str], text: str) -> None:
    """A body's name with a short name the KB knows in brackets right after it (حركة أفواج المقاومة اللبنانية
    (أمل)) is that body: the writer gives the full name of what readers know by the short one. The short name
    is a KB name the tagger found there, or a KB body of the document named by its head and those words
    (أمل of حركة أمل)."""
    by_first = {n.found.first: n for n in named}
    bodies = [n for n in named if n.found.type == "ORG" and n.key.startswith("kb:")]
    for n in named:
        f = n.found
        if f.type != "ORG" or f.kb is not None or f.last + 2 >= len(norms) or norms[f.last] != "(":
            continue
        close = next((k for k in range(f.last + 2, min(f.last + 5, len(norms))) if norms[k] == ")"), None)
        short = by_first.get(f.last + 1)
        if close is None:
            continue
        if short is not None and short.found.last == close and short in bodies:
            n.key = short.key
            continue
        inner = list(norms[f.last + 1 : close])
        owners = {b.key for b in bodies if _name_words(text, b)[1:] == inner}
        if len(owners) == 1:
            n.key = owners.pop()


def clitic_cut_surnames(text: str, words: Sequence[Word], named: list[Named]) -> None:
    """A one-word name whose first letters were read as proclitics (الين of كالين: ك "like") where the whole
    word is the surname of a person named in full in the document (إبراهيم كالين) is that person; so is a
    whole word the tagger took for a place the KB does not know (كيش after فيليب كيش). A word tagged MISC
    stays: there the surname names a prize or brand (جائزة نوبل after ألفريد نوبل)."""
    people = [n for n in named if n.found.type == "PER" and len(n.words) >= 2]
    for n in named:
        f = n.found
        word = words[f.first].span
        retyped = f.type == "GPE" and f.kb is None and f.span.end - f.span.start > _LETTER_NAME
        if f.last - f.first != 1 or (f.span.start == word.start and not retyped) or f.span.end != word.end:
            continue
        for start in range(word.start, f.span.start + retyped):
            whole = skeleton(norm(text[start : word.end]))
            owners = {p.key for p in people if p.words[-1] == whole and (not retyped or _same_last_word(text, p, start, word.end))}
            if len(owners) == 1:
                n.key, n.words = owners.pop(), (whole,)
                n.found = replace(f, span=Span(start, word.end), type="PER")
                break


def _same_last_word(text: str, person: Named, start: int, end: int) -> bool:
    """Whether text[start:end] is the person's last word as written, not only by skeleton: a place the
    tagger found is retyped on that alone (ساليسبري is no سالسبيري)."""
    return norm(text[person.found.span.start : person.found.span.end]).split()[-1] == norm(text[start:end])
