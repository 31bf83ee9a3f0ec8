"""Names of bodies whose head noun takes coordinated complements: حزب الحرية والعدالة، وزارة التجارة
والصناعة، منظمة الأغذية والزراعة، هيئة الإذاعة والتلفزيون. The tagger and the head rule stop at و; an
organisation named by a head noun (`ner_heads.tsv`) and one definite noun goes on through "و" + another
definite noun, with the relative adjectives and the nationality after them (وزارة الخارجية والتعاون الدولي،
حزب الحرية والعدالة المصري). Only the heads `ner_coordination.tsv` lists take complements: حركة المرور
والشاحنات is traffic.

What comes after و is no complement when it is a name of its own (وزارة الدفاع ووزارة الخارجية: a head;
the KB's or the tagger's names: مجلس الأمن والأمم المتحدة), a title (مجلس الإدارة والرئيس), a nationality, a
function word, or another actor (`ner_coordination.tsv`: وزارة الداخلية والجيش). A KB body's name is whole
already (حزب الله والحشد الشعبي)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, tagged_words
from rasad.extract.entities.head_names import nisbas_end
from rasad.extract.entities.patterns import demonym_end, head_type, is_demonym, stop_words, title_kind
from rasad.extract.entities.words import Word

_AND_THE = "وال"
_PROCLITICS = frozenset("وفبل")  # ولجنة، بوزارة
_NISBA = "ي"  # a masculine relative adjective's ending (a feminine one, يه, reads as a verbal noun: التنمية)
MIN_COMPLEMENT = 6  # letters of و + a definite noun (والعمل); shorter ones are function words (والى)
MAX_COMPLEMENTS = 3  # للتربية والعلم والثقافة


def coordinated_names(words: Sequence[Word], found: list[Found]) -> list[Found]:
    """The names found, each body a head noun and one definite noun name carried on through its
    coordinated complements (see module doc)."""
    takers = [f for f in found if _takes_complements(words, f)]
    if not takers:
        return found  # most sentences: no body named by a head and one noun
    tagged = tagged_words(words, found)
    out = []
    for f in found:
        end = _complements_end(words, f, tagged) if f in takers else f.last
        out.append(f if end == f.last else replace(f, last=end, span=Span(f.span.start, words[end - 1].span.end)))
    return out


def _takes_complements(words: Sequence[Word], f: Found) -> bool:
    """Whether a name is a body's indefinite head noun and one definite noun (وزارة التجارة), with no KB entry."""
    if f.type != "ORG" or f.kb is not None or f.last - f.first != 2:
        return False
    head, noun = words[f.first].norm, words[f.first + 1].norm
    bare = head[1:] if head[:1] in _PROCLITICS and head[1:] in _listed("head") else head
    return bare in _listed("head") and noun.startswith("ال")


def _complements_end(words: Sequence[Word], f: Found, tagged: list[bool]) -> int:
    """Index after a name's coordinated complements and the nationality after them; f.last when none."""
    end = f.last
    noun = words[f.first + 1].norm
    while end < len(words) and end - f.last < MAX_COMPLEMENTS and not tagged[end] and _complement(words[end].norm, noun):
        end += 1
    if end == f.last:
        return end
    end = nisbas_end(words, end, tagged)  # والتعاون الدولي
    if end < len(words) and not tagged[end] and words[end].norm.startswith("ال") and is_demonym(words[end].norm):
        end = demonym_end(words, end, tagged)
    return end


def _complement(word: str, noun: str) -> bool:
    """Whether a normalised word is و + a definite noun that may be a complement of the name's `noun`
    (see module doc); a relative adjective only after another (المجلس الاقتصادي والاجتماعي): after a
    noun it describes something else (ائتلاف اليسار والاشتراكي الديمقراطي)."""
    if not word.startswith(_AND_THE) or len(word) < MIN_COMPLEMENT:
        return False
    if word.endswith(_NISBA) and not noun.endswith(_NISBA):
        return False
    bare = word[1:]
    if bare in stop_words() or bare in _listed("other") or head_type(bare) is not None:
        return False
    return title_kind(bare) is None and not is_demonym(bare)


@lru_cache(maxsize=2)
def _listed(kind: str) -> frozenset[str]:
    """The words of `ner_coordination.tsv` of one kind (head, other), normalised."""
    return frozenset(norm(r[0].strip()) for r in read_rows("rasad.extract", "ner_coordination.tsv") if r[1].strip() == kind)
