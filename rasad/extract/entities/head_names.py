"""Names a head noun begins (حي الجهاد، وزارة الزراعة، مطار بغداد), found by rule where the tagger
misses them or cuts them short: the head's definite name and the relative adjectives after it
(معهد الأدلة الجنائية), or an institution's chain of nouns up to a nationality or في and a name
(جمعية مصدري الصلب التركية، جمعية مصدري الصلب في تركيا)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import is_not

from rasad.arabic.clitics import segment, word_freq
from rasad.arabic.lexicon import read_lines
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_start, tagged_words
from rasad.extract.entities.patterns import HeadNoun, hamza_clash, is_demonym, stop_words
from rasad.extract.entities.words import Word

MAX_CHAIN = 4  # the words between an institution's head and the nationality that closes its name
MAX_NISBAS = 2  # relative adjectives after a head's definite name (معهد الأدلة الجنائية)


def head_names(text: str, words: Sequence[Word], heads: Sequence[HeadNoun | None], found: list[Found]) -> list[Found]:
    """Names a head noun begins: an untagged head + definite word (حي الجهاد، وزارة الزراعة),
    with a nationality after it, a head right before a tagger's place name (حي + الزهور), or an
    institution's head before a KB place (جامعة بغداد، ميناء جازان: `names_around_place`);
    `heads`: each word's head noun (`wordfacts.HeadNoun`).

    Returns the whole list of names, the names a head extends replaced."""
    heads_at = list(compress(range(len(heads) - 1), map(is_not, heads[:-1], repeat(None))))
    if not heads_at:
        return found
    tagged = tagged_words(words, found)
    model_at = {f.first: f for f in found if f.source == "model" and f.type in ("GPE", "LOC")}
    # a KB place with no proclitic of its own (بنك بعمان is a bank in Oman)
    kb_at = {
        f.first: f
        for f in found
        if f.source == "kb" and f.type in ("GPE", "LOC") and f.span.start == words[f.first].span.start
    }
    out = list(found)
    for i in heads_at:
        head = heads[i]
        if head is None or tagged[i] or words[i].norm.startswith("ال"):  # the bare reading is definite
            continue
        if hamza_clash(text[words[i].span.start : words[i].span.end], head.written):
            continue
        place = model_at.get(i + 1) or (kb_at.get(i + 1) if head.around else None)
        end = place.last if place else _head_name_end(text, words, i, tagged, chain=head.type == "ORG", definite=head.definite)
        if end is None:
            continue
        if place:
            out.remove(place)
        span = Span(name_start(text, words[i]), words[end - 1].span.end)
        out.append(Found(i, end, span, head.type, "pattern", head=True))
        for j in range(i, end):
            tagged[j] = True
    return sorted(out, key=lambda f: f.first)


def _head_name_end(
    text: str, words: Sequence[Word], i: int, tagged: list[bool], *, chain: bool = False, definite: bool = True
) -> int | None:
    """Index after the definite name the head noun at i begins, or None when it begins none; a
    chain of nouns after an institution's head (`chain`) that a nationality closes is one name with it
    (جمعية مصدري الصلب التركية). A head that is not `definite` (`HeadNoun.definite`) takes the chain only."""
    nxt = words[i + 1].norm
    chained = _nationality_end(text, words, i + 1, tagged) if chain else None
    if chained is not None or not definite:
        return chained
    if tagged[i + 1] or not nxt.startswith("ال") or nxt in stop_words() or is_demonym(nxt) or len(nxt) < 5:
        return None
    end = i + 2
    while end < i + 2 + MAX_NISBAS and end < len(words) and not tagged[end] and _definite_nisba(words[end].norm):
        end += 1  # معهد الأدلة الجنائية، مديرية الدفاع المدني: relative adjectives of the name
    if end < len(words) and not tagged[end] and is_demonym(words[end].norm):
        end += 1
    return end


def _definite_nisba(word: str) -> bool:
    """A definite relative adjective (الجنائية، البحري), not a nationality (which closes a name), a
    function word or an adjective that describes rather than names (اليميني، المؤدي)."""
    if not word.startswith("ال") or not word.endswith(("ي", "يه")) or len(word) < 6:
        return False
    return not is_demonym(word) and word not in stop_words() and word not in _describing_adjectives()


@lru_cache(maxsize=1)
def _describing_adjectives() -> frozenset[str]:
    """Definite adjectives that describe a name rather than continue it (`ner_describing_adjectives.tsv`)."""
    return frozenset(norm(w) for w in read_lines("rasad.extract", "ner_describing_adjectives.tsv"))


def _nationality_end(text: str, words: Sequence[Word], start: int, tagged: list[bool]) -> int | None:
    """Index after a chain of up to MAX_CHAIN untagged nouns from `start` that a definite word ends and
    a definite nationality (and a second one) closes, the nationality included, or that في and a
    name closes, without them (جمعية مصدري الصلب في تركيا); None when there is none. No function
    word, punctuation, proclitic (بالعاصمة، لوزارة) or present-tense verb (هيئة تمثل) in it. An
    indefinite nationality (شركة قابضة صينية) or one after a proper name (صحيفة أحوال التركية)
    describes a body, it does not name one."""
    for j in range(start, min(len(words), start + MAX_CHAIN + 1)):
        w = words[j].norm
        definite_before = j - start >= 1 and words[j - 1].norm.startswith("ال")
        if w == "في" and j - start >= 2 and definite_before and j + 1 < len(words) and tagged[j + 1]:
            return j
        surface = text[words[j].span.start : words[j].span.end]
        if tagged[j] or not w.isalpha() or w in stop_words() or segment(surface)[0] not in ("", "ال") or _verb_like(w):
            return None
        if is_demonym(w):
            if not definite_before or not w.startswith("ال"):
                return None
            end = j + 1
            return end + 1 if end < len(words) and not tagged[end] and is_demonym(words[end].norm) else end
    return None


def _verb_like(word: str) -> bool:
    """A present tense whose other person is attested (تمثل: يمثل), as `places.common_word` reads one."""
    swapped = {"ت": "ي", "ي": "ت"}.get(word[:1])
    return swapped is not None and swapped + word[1:] in word_freq()
