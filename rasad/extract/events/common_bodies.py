"""Participants named by a common noun: "قالت الشرطة إنها ألقت القبض"، "اعتقلت السلطات الإيرانية المحامية"،
"أطلقت قوات الأمن النار".

Police, armies, authorities and prosecutors act in the news far more often than any named body,
and are named by what they are (data/event_common_bodies.tsv). Without them an arrest is dropped
for want of a participant, or worse takes the one arrested for its actor. Such a noun is read as
a participant only as the subject of a verb: right after a trigger verb, or opening the sentence
or a clause after إن/أن before one ("أن الشرطة قتلت شابا"); anywhere else it is mostly a
genitive ("برصاص الشرطة") or a topic. It stands for the country of its nationality adjective
("السلطات الأميركية"), else for the country of the place named right after it with في ("السلطات في
دبي"), else for the body of its kind the article names ("الشرطة" -> "الشرطة الإندونيسية"، "شرطة
لندن"), else for the country the sentence or the article is about: the nearest evidence first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.events.arguments import Placed
from rasad.extract.events.national import adjective_at
from rasad.extract.mention_index import mention_index, place_country
from rasad.extract.speech import definite_noun, mention_key, seat_of_office
from rasad.extract.wordscan import Word, function_words, scan

_ARTICLE = "ال"
_CONJUNCTIONS = ("و", "ف")
COMMON_SOURCE = "common"  # the `source` of the mentions made here
_IN = norm("في")  # "السلطات في دبي": the authorities of the place named after it
BARE_COMPLEMENTIZERS = frozenset({norm("إن"), norm("أن")})  # "أن الشرطة قتلت": a subject before its verb
_NISBA = ("يه", "ي")  # a relative adjective not listed with its noun: "الحكومة المالطية"
_RELATIVE_PRONOUN_LENGTH = 4  # "التي"، "الذي" end as an adjective does


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Normalised phrase words -> the normalised words a named body of its kind opens with."""
    return {tuple(norm(w) for w in r[0].split()): tuple(norm(w) for w in r[1].split())
            for r in read_rows("rasad.extract", "event_common_bodies.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def _media_kinds() -> dict[tuple[str, ...], str]:
    """Normalised phrase words of the state's media ("التلفزيون الرسمي") -> their medium (tv, radio, agency, media)."""
    return {tuple(norm(w) for w in r[0].split()): r[2].strip()
            for r in read_rows("rasad.extract", "event_common_bodies.tsv") if len(r) > 2 and r[2].strip()}


@lru_cache(maxsize=1)
def _state_outlets() -> dict[tuple[str, str], str]:
    """(medium, country key) -> the key of that country's state outlet (kb/state_media.tsv)."""
    return {(r[0].strip(), f"kb:{r[1].strip()}"): f"kb:{r[2].strip()}" for r in read_rows("rasad.extract", "kb/state_media.tsv")}


def common_bodies(doc: Document, words: Sequence[Word], placed: Sequence[Placed], subject_slots: set[int],
                  country: Callable[[], str | None]) -> list[Placed]:
    """The common-noun bodies of a sentence that stand as a subject, as mentions keyed to what they stand for.
    `subject_slots`: the indices of the words right after a trigger verb; `country`: the sentence's country."""
    taken = [(p.mention.span.start, p.mention.span.end) for p in placed]
    out: list[Placed] = []
    for i, word in enumerate(words):
        if not (i in subject_slots or _opens_clause(words, i)):
            continue
        found = _phrase_at(words, i)
        if found is None:
            continue
        end, opening = found
        construct = definite_noun(words[i]) is None
        if construct and _names_other(doc, words, end):
            continue  # "شرطة حماس": the police of the body named, not of a country
        if construct and end - i == 1 and _common_genitive(doc, words, end) and _genitive_adjective(words, end, construct) is None:
            continue  # "محكمة جنايات القاهرة": a court named by its kind and seat ("محكمة جنايات مصرية" is Egypt's)
        span = Span(_without_conjunction(word), words[end - 1].end)
        if any(a < span.end and span.start < b for a, b in taken):
            continue  # a name already: "الشرطة الأمريكية"، "الجيش الإسرائيلي"
        key, typ = _stands_for(doc, words, end, opening, span.start, country, construct)
        if typ == "GPE" and key is not None:
            key, typ = _state_voice(_medium(words, i, end), key)
        if key is not None:
            out.append(Placed(i, Mention(span, typ, key, source=COMMON_SOURCE), None))
    return out


def state_medium_at(words: Sequence[Word], i: int) -> bool:
    """Whether the listed phrase at word `i` names the state's media ("وسائل الإعلام الرسمية"), which speak
    for their country but only relay the words of a speaker the sentence names ("نقل التلفزيون الرسمي عن")."""
    found = _phrase_at(words, i)
    return found is not None and _medium(words, i, found[0]) is not None


def _medium(words: Sequence[Word], i: int, end: int) -> str | None:
    """The medium of the state's media named by words `i` to `end` (tv, radio, agency, media), None for others."""
    phrase = tuple(w.text for w in words[i:end])
    return _media_kinds().get(phrase) or _media_kinds().get((phrase[0][1:], *phrase[1:]))


def _state_voice(kind: str | None, country: str) -> tuple[str, str]:
    """A country's state media speak for it: "ذكر الإعلام الرسمي السوري" is Syria's voice, "قال التلفزيون الرسمي" in
    a story of Iraq is Iraqiya TV (its state outlet of that medium, where kb/state_media.tsv knows one)."""
    outlet = _state_outlets().get((kind, country)) if kind else None
    return (outlet, "ORG") if outlet else (country, "GPE")


def _opens_clause(words: Sequence[Word], i: int) -> bool:
    """Whether word `i` opens the sentence or follows إن/أن: a subject before its verb."""
    return i == 0 or words[i - 1].text in BARE_COMPLEMENTIZERS


def _phrase_at(words: Sequence[Word], i: int) -> tuple[int, tuple[str, ...]] | None:
    """(the end index, the named body's opening words) of the longest listed phrase at word `i`."""
    first = words[i].text
    firsts = {first} | ({first[1:]} if first[:1] in _CONJUNCTIONS else set())
    best = None
    for phrase, opening in _table().items():
        end = i + len(phrase)
        if (end <= len(words) and phrase[0] in firsts and all(words[i + k].text == w for k, w in enumerate(phrase[1:], 1))
                and (best is None or end > best[0])):
            best = (end, opening)
    return best


def _without_conjunction(word: Word) -> int:
    return word.start + 1 if word.text[:1] in _CONJUNCTIONS and word.text[1:3] == _ARTICLE else word.start


def _stands_for(doc: Document, words: Sequence[Word], end: int, opening: tuple[str, ...], start: int,
                country: Callable[[], str | None], construct: bool = False) -> tuple[str | None, str]:
    """The key a common noun ending before word `end` stands for, and its mention type (module doc); a noun in
    `construct` ("شرطة") with the nationality adjective of its genitive ("شرطة الحدود الإسرائيلية")."""
    if end < len(words) and (national := adjective_at(words, end) or _genitive_adjective(words, end, construct)):
        return national, "GPE"
    if end < len(words) and _is_adjective(words[end].text):
        return None, "GPE"  # a nationality the KB lacks: "الحكومة المالطية" is not the Italian one the article names
    place = _country_after_in(doc, words, end) or _country_in_construct(doc, words, end)
    body = _named_body(doc, opening, start)
    if body is not None and place in (None, _country_of_body(doc, body)):
        return mention_key(doc, body), "ORG"  # "الشرطة في اسطنبول" is still the Turkish police the article names
    return place or country(), "GPE"  # "الشرطة في هولندا": not the French police the article names elsewhere


def _country_after_in(doc: Document, words: Sequence[Word], end: int) -> str | None:
    """The country of the place named with "في" right after the noun: "النيابة العامة في السعودية"، "السلطات في دبي"."""
    if end + 1 >= len(words) or words[end].text != _IN:
        return None
    after = words[end + 1]
    return next(filter(None, (place_country(m.entity_id) for m in mention_index(doc).between(after.start, after.end))), None)


def _genitive_adjective(words: Sequence[Word], end: int, construct: bool) -> str | None:
    return adjective_at(words, end + 1) if construct and end + 1 < len(words) else None


def _names_other(doc: Document, words: Sequence[Word], end: int) -> bool:
    """Whether a noun in construct ("شرطة") has for its genitive a name that is no place ("شرطة حماس")."""
    return end < len(words) and any(m.type not in ("GPE", "LOC") for m in mention_index(doc).between(words[end].start, words[end].end))


def _common_genitive(doc: Document, words: Sequence[Word], end: int) -> bool:
    """Whether a lone noun in construct ("محكمة") has a common noun for its genitive ("محكمة جنايات القاهرة"، "محكمة
    أمن الدولة"): not an adjective ("محكمة تركية"), a preposition ("محكمة في إسطنبول"), a place noun or a place."""
    if end >= len(words) or not words[end].is_word:
        return False
    word = words[end]
    return not (word.text.endswith(_NISBA) or word.text in function_words("preposition")
                or word.text in function_words("place_noun") or any(
                    m.type in ("GPE", "LOC") for m in mention_index(doc).between(word.start, word.end)))


def _country_in_construct(doc: Document, words: Sequence[Word], end: int) -> str | None:
    """The country of the place the noun is in construct with: "شرطة مدينة تورونتو" (data/function_words.tsv
    seat_office), the police of Canada where the article names no police of its own."""
    k = end + 1 if end < len(words) and words[end].text in function_words("place_noun") else end
    if k >= len(words) or not seat_of_office(words, k):
        return None
    return next(filter(None, (place_country(m.entity_id) for m in mention_index(doc).between(words[k].start, words[k].end))), None)


def _is_adjective(word: str) -> bool:
    """A definite relative adjective ("المالطية"), not a relative pronoun ("التي"، "الذي")."""
    return word.startswith(_ARTICLE) and word.endswith(_NISBA) and len(word) > _RELATIVE_PRONOUN_LENGTH


def _named_body(doc: Document, opening: tuple[str, ...], before: int) -> Mention | None:
    """The organisation the article names that opens with `opening` (the article of its first word aside): the
    last named before `before`, else the first named after."""
    bodies = [m for m in doc.mentions if m.type == "ORG" and _opens_with(doc, m, opening)]
    earlier = [m for m in bodies if m.span.end <= before]
    return earlier[-1] if earlier else next((m for m in bodies if m.span.start > before), None)


def _country_of_body(doc: Document, body: Mention) -> str | None:
    """The country a named body belongs to by its own words: its nationality adjective ("الشرطة التركية") or a
    place it names ("شرطة لندن"); None where they name none."""
    name = scan(doc.text, body.span)
    adjectives = (adjective_at(name, j) for j in range(len(name)))
    places = (place_country(m.entity_id) for m in mention_index(doc).between(body.span.start, body.span.end))
    return next(filter(None, (*adjectives, *places)), None)


def _opens_with(doc: Document, m: Mention, opening: tuple[str, ...]) -> bool:
    name = [w.text for w in scan(doc.text, m.span)]
    if len(name) < len(opening) or not name:
        return False
    bare = opening[0].removeprefix(_ARTICLE)
    return name[0] in (opening[0], bare) and tuple(name[1 : len(opening)]) == opening[1:]
