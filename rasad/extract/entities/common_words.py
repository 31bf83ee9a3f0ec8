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

from rasad.arabic.clitics import light, word_freq
from rasad.arabic.normalize import norm
from rasad.extract.entities.found import Found
from rasad.extract.entities.kb import QUOTES, alias_index, loose
from rasad.extract.entities.patterns import given_names

_MIN_COMMON_COUNT = 500
_BARE_SHARE = 0.2
_FEMININE_SHARE = 0.5
_MAX_ARTICLE_RATIO = 3.0
_MIN_STEM = 4  # shorter stems (الله، عون، ماي) are left to the callers' own tests


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
