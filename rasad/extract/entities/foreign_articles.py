"""The English article before a foreign title (`ner_foreign_articles.tsv`): مجلة "ذي إيكونومست"، صحيفة
ذا تايمز. The KB or the tagger finds the title without it; the outlet's name holds it, so the name
begins at the article. Only a body's or a work's name (ORG, MISC) without the Arabic article takes it:
ذي قار is a province and ذي صلة "related"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasad.arabic.lexicon import read_lines
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, tagged_words
from rasad.extract.entities.words import WORD_NORM, Word

TITLE_TYPES = frozenset({"ORG", "MISC"})


@lru_cache(maxsize=1)
def foreign_articles() -> frozenset[str]:
    return frozenset(norm(w) for w in read_lines("rasad.extract", "ner_foreign_articles.tsv"))


def with_foreign_articles(words: Sequence[Word], found: list[Found]) -> list[Found]:
    """The names, each title after an untagged English article begun at the article."""
    articles = foreign_articles()
    if articles.isdisjoint(map(WORD_NORM, words)):  # read in C: most sentences have none
        return found
    tagged = tagged_words(words, found)
    return [_with_article(words, f, tagged, articles) for f in found]


def _with_article(words: Sequence[Word], f: Found, tagged: list[bool], articles: frozenset[str]) -> Found:
    before = f.first - 1
    if f.type not in TITLE_TYPES or before < 0 or tagged[before] or words[before].norm not in articles:
        return f
    if words[f.first].norm.startswith("ال") or f.span.start != words[f.first].span.start:
        return f  # an Arabic definite word, or a title written onto a proclitic (وذا), takes no English article
    return replace(f, first=before, span=Span(words[before].span.start, f.span.end))
