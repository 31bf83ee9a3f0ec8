"""Bodies told again in a short form: by their head noun alone ("وأكد المجلس" -> "مجلس الأمن الدولي"), by their field
("وأكدت الداخلية" -> "وزارة الداخلية"), or by their name less its head noun ("وذكرت الأهرام" -> "بوابة الأهرام").
Used by referents.py for a speech verb's subject with no name of its own; `is_medium` by quotes.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.speech import ON_BEHALF, bare_noun, definite_noun, mentions_between
from rasad.extract.wordscan import Word, function_words, scan

_HEAD_CHARS = 16  # how far before a name its head noun is looked for ("شركة "، "وكالة ")


def body_with_head(doc: Document, noun: str, before: int) -> Mention | None:
    """The organisation last named before `before` whose name starts with `noun` ("مجلس" -> "مجلس الأمن
    الدولي"، "وزاره" -> "وزارة الداخلية"): a body told again by its head noun alone ("وأكد المجلس")."""
    for m in reversed(mentions_between(doc, 0, before, ("ORG",))):
        first = scan(doc.text, m.span)
        if first and bare_noun(first[0]) == noun:
            return m
    return None


def body_with_tail(doc: Document, subject: Sequence[Word], before: int) -> Mention | None:
    """The organisation last named before `before` whose name less its head noun is the subject's words ("الأهرام"
    -> "بوابة الأهرام"، "الخارجية الأمريكية" -> "وزارة الخارجية الأمريكية"): a source told again by its short form,
    where the head is a medium's or a company's (data/speech_brand_heads.tsv) or a field body's: "الأمن" is not
    "مجلس الأمن"."""
    wanted = [w.text for w in subject]
    if not wanted or definite_noun(subject[0]) is None:
        return None  # a short form keeps the article of the name it shortens
    heads = _brand_heads() | _field_heads()
    return _last_body(doc, before, lambda name: (
        len(name) > len(wanted) and [w.text for w in name[1:]] == wanted and bare_noun(name[0]) in heads))


def body_with_prefix(doc: Document, subject: Sequence[Word], before: int) -> Mention | None:
    """The organisation last named before `before` whose name starts with the subject's words and goes on with the
    field it serves, told with ل ("الاتحاد المصري" -> "الاتحاد المصري لكرة القدم"، "المرصد السوري" -> "المرصد السوري
    لحقوق الإنسان"): a body told again without its field. A name that goes on with an adjective is another body
    ("الجيش السوري الحر" is not "الجيش السوري")."""
    wanted = [w.text for w in subject]
    if len(wanted) < 2 or definite_noun(subject[0]) is None:
        return None
    return _last_body(doc, before, lambda name: (
        len(name) > len(wanted) and [w.text for w in name[: len(wanted)]] == wanted and _for_field(name[len(wanted)])))


def _for_field(word: Word) -> bool:
    """"لكرة"، "لحقوق"، "للإعلام": a noun governed by the preposition ل, the field a body serves."""
    return word.text.startswith("ل") and len(word.text) > 3


@lru_cache(maxsize=1)
def _brand_heads() -> frozenset[str]:
    return normalised_lines("rasad.extract", "speech_brand_heads.tsv")


@lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    rows = read_rows("rasad.extract", "speech_brand_heads.tsv")
    return frozenset(norm(row[0]) for row in rows if len(row) > 1 and row[1].strip() == "medium")


def is_brand_head(word: Word) -> bool:
    """"شركة"، "صحيفة": the head noun of a medium's or a company's name, whose rest is a name of its own."""
    return bare_noun(word) in _brand_heads()


def is_medium(word: Word) -> bool:
    """"وكالة"، "الصحيفة": the head noun of a medium's name (data/speech_brand_heads.tsv), with the article or not."""
    return bare_noun(word) in _media_heads()


def body_of_field(doc: Document, noun: str, before: int) -> Mention | None:
    """The body last named before `before` as a field body with `noun` as its field ("داخليه" -> "وزارة الداخلية"):
    told again by its field alone ("وأكدت الداخلية", data/speech_field_bodies.tsv)."""
    return _last_body(doc, before, lambda name: (
        len(name) >= 2 and bare_noun(name[0]) in _field_heads() and definite_noun(name[1]) == noun))


def _last_body(doc: Document, before: int, fits: Callable[[list[Word]], bool]) -> Mention | None:
    """The organisation last named before `before` whose name's words fit."""
    for m in reversed(mentions_between(doc, 0, before, ("ORG",))):
        if fits([w for w in scan(doc.text, m.span) if w.is_word]):
            return m
    return None


@lru_cache(maxsize=1)
def _field_heads() -> frozenset[str]:
    return normalised_lines("rasad.extract", "speech_field_bodies.tsv")


def body_on_behalf(doc: Document, after: Sequence[Word], before: int) -> Mention | None:
    """The body a spokesman speaks for, told by a definite noun after باسم among the words `after` the subject's head
    ("وقال المتحدث باسم الوزارة" after "وزارة الخارجية البريطانية"، "متحدث باسم الشركة" after "شركة فيسبوك"): the
    body named before `before` by that head noun, field or short form."""
    at = next((n for n, w in enumerate(after[:-1]) if w.text == ON_BEHALF), None)
    noun = definite_noun(after[at + 1]) if at is not None else None
    if at is None or noun is None or _qualified(after, at + 2):
        return None
    found = [m for m in (body_with_head(doc, noun, before), body_of_field(doc, noun, before),
                         body_with_tail(doc, after[at + 1 : at + 2], before), body_after_head(doc, noun, before)) if m]
    return max(found, key=lambda m: m.span.start) if found else None  # the nearest: "وزارة الخارجية البريطانية"


def _qualified(words: Sequence[Word], k: int) -> bool:
    """Whether the noun before word `k` goes on with an adjective or a place ("باسم القوات الأمريكية في أفغانستان"،
    "باسم الحكومة في بنما"): a body of its own, not the one named before by that noun."""
    return k < len(words) and words[k].is_word and (
        definite_noun(words[k]) is not None or words[k].text in function_words("preposition"))


def body_after_head(doc: Document, noun: str, before: int) -> Mention | None:
    """The organisation last named before `before` right after the head noun `noun`, which the name leaves out
    ("شركة فيسبوك" with the name فيسبوك alone, "وكالة إدارة الكوارث" with the name إدارة الكوارث)."""
    for m in reversed(mentions_between(doc, 0, before, ("ORG",))):
        head = scan(doc.text, Span(max(0, m.span.start - _HEAD_CHARS), m.span.start))
        if head and head[-1].is_word and bare_noun(head[-1]) == noun:
            return m
    return None


def site_owner(doc: Document, words: Sequence[Word], k: int, before: int) -> Mention | None:
    """The body on whose website the statement noun at word `k` was posted, named before offset `before` ("بيان منشور
    في موقع وزارة التجارة"، "بيان على الموقع الرسمي لوزارة الصحة"، "بيان بموقع الهيئة"): a body speaks through its
    own site. Not a platform anyone posts on ("بيان نشر على موقع تويتر"; data/statement_site_platforms.tsv; the
    other words: data/function_words.tsv statement_posted, site_*)."""
    n = k + 1
    if n < len(words) and words[n].text in function_words("statement_posted"):
        n += 1
    if n < len(words) and words[n].text in function_words("site_preposition"):
        n += 1
    elif n >= len(words) or not words[n].text.startswith("ب"):
        return None  # only "بموقع" has its preposition written onto it
    if n >= len(words) or words[n].text not in function_words("site_noun"):
        return None
    n += 1
    while n < len(words) and words[n].text in function_words("site_describer"):
        n += 1
    if n >= len(words) or words[n].start >= before or not words[n].is_word:
        return None
    owner = words[n]
    if owner.text in _site_platforms() or bare_noun(owner) in _site_platforms():
        return None
    named = next((m for m in mentions_between(doc, owner.start, before) if m.span.start < owner.end), None)
    if named is not None:
        return named
    noun = owner.text[2:] if owner.text.startswith("لل") else definite_noun(owner)
    return body_with_head(doc, noun, words[k].start) if noun else None  # "موقع الوزارة": the ministry named before


@lru_cache(maxsize=1)
def _site_platforms() -> frozenset[str]:
    return normalised_lines("rasad.extract", "statement_site_platforms.tsv")
