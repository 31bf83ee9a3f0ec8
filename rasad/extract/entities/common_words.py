"""Words the news uses as common words, by their counts in it (`word_freq`, light forms), where the tagger or a
name's reading takes them for names: a person's last word that would stand alone for the person (the tagger's
"أحلام الفيديو", "خامس لاعب", "عباس المستشفى" made الفيديو، لاعب، المستشفى the person wherever they stood;
اليمني "Yemeni" read as the surname اليماني: `surnames`), and a one-word MISC name of the tagger's
(ميليشيات "militias", الهاتف: `recognize`).

A word is a common word when seen `_MIN_COMMON_COUNT` times at least in a form that names lack. With the
article: without it, `_BARE_SHARE` as often at least (جديد 2,783 to الجديد 3,173; مستشفى، اللاعبين), or as a
feminine adjective, `_FEMININE_SHARE` as often (اليمنية 2,828 to اليمني 1,852; الثانية). Without it: with it,
`_FEMININE_SHARE` to `_MAX_ARTICLE_RATIO` times as often, as a noun is (النادي 2,926 to نادي 2,777; لاعب،
فيديو); an adjective of origin is seen far more often with it (الكوري 1,584 to كوري 268), and a foreign surname
spelt like one (Curry; Dooley: دولي) is seen bare. Rarer words are as often surnames as common words (المطلق،
العلمي، الشهري: 250 at most), a surname keeps its article (الحريري 545 to حريري 3) and seldom takes ة (الحوثية
1,178 to الحوثي 4,958), and a bare form that is a given name is a name (الشريف: شريف).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasad.arabic.clitics import light, segment, word_freq
from rasad.arabic.lexicon import read_lines
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_start
from rasad.extract.entities.kb import QUOTES, alias_index, loose
from rasad.extract.entities.patterns import given_names
from rasad.extract.entities.verb_forms import names_like_words, verb_form
from rasad.extract.entities.words import Word

_MIN_COMMON_COUNT = 500
_BARE_SHARE = 0.2
_FEMININE_SHARE = 0.5
_MAX_ARTICLE_RATIO = 3.0
_MIN_STEM = 4  # shorter stems (الله، عون، ماي) are left to the callers' own tests
# A possessed word's stem has three letters at least (خلاف، فخر، تأييد): بينا، دينا، لينا are Peña, Dina, Lina;
# a shorter stem is a function word's only when the whole is so common (فيها، عليها).
_MIN_POSSESSED_STEM = 3
_MIN_POSSESSED_COUNT = 20


def common_by_counts(written: str) -> bool:
    """Whether a word (its light form, proclitics aside) is one the news uses as a common word (module doc)."""
    freq = word_freq()
    stem = written.removeprefix("ال")
    if len(stem) < _MIN_STEM:
        return False
    with_article, bare = freq.get("ال" + stem, 0), freq.get(stem, 0)
    if stem == written:
        return with_article >= _MIN_COMMON_COUNT and _FEMININE_SHARE * bare <= with_article <= _MAX_ARTICLE_RATIO * bare
    if norm(stem) in given_names():
        return False
    feminine = freq.get("ال" + stem + "ة", 0)
    return (bare >= _MIN_COMMON_COUNT and bare >= _BARE_SHARE * with_article) or (
        feminine >= _MIN_COMMON_COUNT and feminine >= _FEMININE_SHARE * with_article
    )


def common_noun_name(text: str, f: Found) -> bool:
    """Whether a one-word MISC of the tagger's is a common word (module doc: ميليشيات "militias", الهاتف)
    the KB knows no name by (المونديال is the World Cup, مونديال too), not quoted as a title (فيلم "الرحلة")."""
    if f.source != "model" or f.type != "MISC" or f.last - f.first != 1 or f.kb is not None:
        return False
    if text[f.span.start - 1 : f.span.start] in QUOTES and text[f.span.end : f.span.end + 1] in QUOTES:
        return False
    written = text[f.span.start : f.span.end]
    stem = norm(written).removeprefix("ال")
    index = alias_index()[0]
    return not any((loose(form),) in index for form in (stem, "ال" + stem)) and common_by_counts(light(written))


@lru_cache(maxsize=1)
def _possessive_suffixes() -> frozenset[str]:
    return frozenset(map(norm, read_lines("rasad.extract", "ner_possessive_suffixes.tsv")))


@lru_cache(maxsize=4096)
def possessed_word(surface: str) -> bool:
    """Whether a word carries a pronoun suffix no name ends in (`ner_possessive_suffixes.tsv`: خلافنا،
    تأييدها، فيها) on the stem of a common word, and is no given name nor a name so written
    (`ner_verb_like_names.tsv`: يلينا Yelena). The stem is seen alone or with the article
    `_MIN_POSSESSED_COUNT` times and with another of these suffixes: a foreign name's last letters are
    no suffix (تورينا، شولكن: no توريها، شولهم)."""
    prefix, stem, suffix = segment(surface)
    if suffix not in _possessive_suffixes() or norm(surface) in names_like_words():
        return False
    freq = word_freq()
    written = light(surface)
    if len(stem) < _MIN_POSSESSED_STEM:
        return freq.get(written, 0) >= _MIN_COMMON_COUNT
    base = written[len(prefix) : len(written) - len(suffix)]
    bases = (base, base[:-1] + "ة") if base.endswith("ت") else (base,)
    seen = max(freq.get(b, 0) + freq.get("ال" + b, 0) for b in bases)
    others = _possessive_suffixes() - {suffix}
    return seen >= _MIN_POSSESSED_COUNT and any(freq.get(b + s, 0) for b in bases for s in others)


def people_without_possessed(text: str, words: Sequence[Word], found: list[Found]) -> list[Found]:
    """The tagger's people cut before a possessed word (`possessed_word`: "ماي تأييدها" is May and "her
    support", "بوجي كوسواتي ابنتيها" a name and "her daughters"), or after it where it comes first
    ("عليها البروفيسورة"); dropped where nothing is left ("ستحددان مستقبلهما") or only a verb or a
    common word (`common_by_counts`)."""
    return [p for f in found if (p := _without_possessed(text, words, f)) is not None]


def _without_possessed(text: str, words: Sequence[Word], f: Found) -> Found | None:
    if f.type != "PER" or f.source != "model":
        return f
    k = next((i for i in range(f.first, f.last) if possessed_word(text[words[i].span.start : words[i].span.end])), None)
    if k is None:
        return f
    first, last = (f.first, k) if k > f.first else (k + 1, f.last)
    if first >= last:
        return None
    if last - first == 1:
        written = text[words[first].span.start : words[first].span.end]
        if verb_form(written) or common_by_counts(light(written)):
            return None
    return replace(f, first=first, last=last, span=Span(name_start(text, words[first]), words[last - 1].span.end))
