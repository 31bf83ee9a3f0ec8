"""Names a head noun begins (حي الجهاد، وزارة الزراعة، مطار بغداد), found by rule where the tagger
misses them or cuts them short: the head's definite name and the relative adjectives after it
(معهد الأدلة الجنائية، مطار بغداد الدولي); a definite institution's head only with its adjectives and a nationality
(اللجنة الانتخابية الإيرلندية); an institution's noun before that definite name (شعبة مواد
البناء), or its chain of nouns up to a nationality or في and a name (جمعية مصدري الصلب التركية، جمعية
مصدري الصلب في تركيا). A head right after a cup or a prize (كأس رابطة الأندية) is that thing's name.
A name the tagger read as a person or a MISC, quoted whole right after a head noun (شركة "بوروسان مانسمان بايبس"،
حزب "إيي بارتي"، ملعب "ترك تيليكوم"), names what the head names: `quoted_after_head`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import compress, repeat
from operator import is_not

from rasad.arabic.clitics import segment, word_freq
from rasad.arabic.lexicon import normalised_lines, read_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_start, tagged_words
from rasad.extract.entities.kb import QUOTES, loose, loose_lines
from rasad.extract.entities.patterns import (
    HeadNoun,
    demonym_begins,
    demonym_end,
    hamza_clash,
    head_type,
    is_demonym,
    stop_words,
)
from rasad.extract.entities.words import Word, strip_clitics

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
        if head is None or tagged[i]:
            continue
        if words[i].norm.startswith("ال"):  # the bare reading is definite: a name only with a nationality
            end = _definite_body_end(words, i, tagged) if head.type == "ORG" else None
            if end is not None:
                out.append(Found(i, end, Span(name_start(text, words[i]), words[end - 1].span.end), head.type, "pattern", head=True))
                tagged[i:end] = [True] * (end - i)
            continue
        if i > 0 and _names_after_body(words[i - 1].norm):
            continue  # كأس رابطة الأندية: the cup's name, not the league's
        if hamza_clash(text[words[i].span.start : words[i].span.end], head.written):
            continue
        place = model_at.get(i + 1) or (kb_at.get(i + 1) if head.around else None)
        end = _place_name_end(words, head, place, tagged) if place else _head_name_end(text, words, i, tagged, head)
        if end is None:
            continue
        if place:
            out.remove(place)
        span = Span(name_start(text, words[i]), words[end - 1].span.end)
        out.append(Found(i, end, span, head.type, "pattern", head=True))
        for j in range(i, end):
            tagged[j] = True
    return _site_bodies(text, words, heads, sorted(out, key=lambda f: f.first))


def _site_bodies(text: str, words: Sequence[Word], heads: Sequence[HeadNoun | None], found: list[Found]) -> list[Found]:
    """The names with a body's head right before a place or a site (`ner_site_bodies.tsv`) made one body's
    name: هيئة + قناة السويس، شركة + ميناء جيبوتي; or before a place's head and a name (مجلس مدينة + الرباط،
    محكمة ولاية + كاليفورنيا): the council, court or authority is named after the place, not the place."""
    tagged = tagged_words(words, found)
    at = {f.first: f for f in found if f.type in _PLACES and f.span.start == words[f.first].span.start}
    out = list(found)
    for i in range(len(words) - 1):
        if tagged[i] or not _site_body(text, words[i], heads[i]):
            continue
        place = _named_place(heads, i + 1, at, tagged)
        if place is None:
            continue
        out.remove(place)
        out.append(Found(i, place.last, Span(name_start(text, words[i]), place.span.end), "ORG", "pattern", head=True))
    return sorted(out, key=lambda f: f.first)


_PLACES = ("GPE", "LOC", "FAC")
_SITE_BODY_HEADS = "ner_site_bodies.tsv"  # heads that name a body after a place
_QUOTED_OTHERS = "ner_quoted_head_others.tsv"  # heads whose quoted name may be a device's or a broadcaster's


def _named_place(heads: Sequence[HeadNoun | None], j: int, at: dict[int, Found], tagged: list[bool]) -> Found | None:
    """The place named from words[j] with its own head: a site (قناة السويس، ميناء جيبوتي), a place its head
    begins (محافظة الأنبار), or the name right after an untagged place's head (مدينة + الرباط). A bare
    country or town after a body's head is not taken (حكومة إسرائيل، جامعة بغداد: other rules read them)."""
    head = heads[j]
    placed = head is not None and head.type in _PLACES
    place = at.get(j)
    if place is not None:
        return place if place.type == "FAC" or placed else None
    return at.get(j + 1) if placed and not tagged[j] else None


def _site_body(text: str, word: Word, head: HeadNoun | None) -> bool:
    """Whether a word is an indefinite body's head that names a body after a place (`ner_site_bodies.tsv`):
    والمجلس مدينة، بالحكومة ولاية are a body the text named before and a place after it."""
    if head is None or head.type != "ORG":
        return False
    prefix = segment(text[word.span.start : word.span.end])[0]
    return not prefix.endswith("ال") and loose(norm(head.written)) in loose_lines(_SITE_BODY_HEADS)


def quoted_after_head(words: Sequence[Word], f: Found) -> Found:
    """A tagger's person or MISC with no KB entry, quoted whole right after a head noun, takes the head's type:
    the quotes set off the name of the company, party or stadium the head names (شركة "بوروسان مانسمان بايبس"
    is no person, ملعب "ترك تيليكوم" no MISC). Unquoted, a person after a head is often that person's (حكومة
    هاني الملقي، مؤسسة خليفة بن زايد)."""
    if f.source != "model" or f.kb is not None or f.type not in ("PER", "MISC") or f.first < 2 or f.last >= len(words):
        return f
    if words[f.first - 1].norm not in QUOTES or words[f.last].norm not in QUOTES:
        return f
    before = words[f.first - 2].norm
    head = head_type(before)
    if head is None or any(loose(stem) in loose_lines(_QUOTED_OTHERS) for _, stem in strip_clitics(before)):
        return f
    return replace(f, type=head)


def _definite_body_end(words: Sequence[Word], i: int, tagged: list[bool]) -> int | None:
    """Index after a definite institution's head, its relative adjectives and the nationality that closes
    them (اللجنة الانتخابية الإيرلندية، الوكالة الفضائية الأوروبية), or None: without an adjective
    (الشركة الصينية) or a nationality (اللجنة الانتخابية) the words describe a body the text named before."""
    end = nisbas_end(words, i + 1, tagged)
    if end == i + 1 or end >= len(words) or tagged[end] or not words[end].norm.startswith("ال") or not demonym_begins(words, end):
        return None
    return demonym_end(words, end, tagged)


def _place_name_end(words: Sequence[Word], head: HeadNoun, place: Found, tagged: list[bool]) -> int:
    """Index after the name a head begins before a place: an institution or a site takes its relative
    adjectives (مطار بغداد الدولي، غرفة القاهرة التجارية), a town does not (مدينة جونيه الساحلية)."""
    return nisbas_end(words, place.last, tagged) if head.type in ("ORG", "FAC") else place.last


def _head_name_end(text: str, words: Sequence[Word], i: int, tagged: list[bool], head: HeadNoun) -> int | None:
    """Index after the definite name the head noun at i begins, or None when it begins none. After an
    institution's head (ORG), a chain of nouns that a nationality closes is one name with it (جمعية مصدري
    الصلب التركية), and so is a noun before the definite word (شعبة مواد البناء: `_construct_noun`). A
    head that is not `definite` (`HeadNoun.definite`) takes the nationality's chain only."""
    chain = head.type == "ORG"
    chained = _nationality_end(text, words, i + 1, tagged) if chain else None
    if chained is not None or not head.definite:
        return chained
    construct = chain and _chain_head(text, words[i]) and _construct_noun(text, words, i + 1, tagged)
    first = i + 2 if construct else i + 1
    nxt = words[first].norm if first < len(words) else ""
    if first >= len(words) or tagged[first] or not nxt.startswith("ال") or nxt in stop_words() or is_demonym(nxt) or len(nxt) < 5:
        return None
    if _describes(nxt, head, construct=construct):
        return None  # مديرية أرحب التابعة, بالسجن المؤبد: an adjective of what comes before, no name
    end = nisbas_end(words, first + 1, tagged)
    if end < len(words) and not tagged[end] and demonym_begins(words, end):
        end = demonym_end(words, end, tagged)
    if end == first + 1 and nxt in _head_objects() and not (chain and _portfolio_pair(text, words, i, end)):
        return None  # قيادة السيارة، منطقة الجزاء: what the head acts on or belongs to, no name
    return end


def _portfolio_pair(text: str, words: Sequence[Word], i: int, end: int) -> bool:
    """Whether an institution's head (not a verbal noun: `_chain_head`) has a second definite noun
    joined with و at `end`: its portfolio (وزارة النساء والأسر، لجنة المرأة والمساواة), a name."""
    return end < len(words) and words[end].norm.startswith("وال") and _chain_head(text, words[i])


def _describes(word: str, head: HeadNoun, *, construct: bool) -> bool:
    """Whether a listed describing adjective right after a head (or its construct noun) leaves no name:
    always after a place's head (بالسجن المؤبد، السجن الفعلي) or a participle (المنتهية، المؤبد); a relative
    adjective right after a body's head may be its name (الحزب الإسلامي، الاتحاد الدولي)."""
    if word not in _describing_adjectives():
        return False
    return construct or head.type != "ORG" or not word.endswith(("ي", "يه"))


def _construct_noun(text: str, words: Sequence[Word], j: int, tagged: list[bool]) -> bool:
    """Whether words[j] is an indefinite noun an institution's name may go on through to a definite
    word (شعبة مواد البناء، جمعية نقل البضائع): a plain word, no proclitic, function word, nationality
    or present-tense verb (هيئة تمثل)."""
    w = words[j].norm
    if tagged[j] or not w.isalpha() or len(w) < 3 or w.startswith("ال") or w in stop_words() or is_demonym(w):
        return False
    prefix, stem, suffix = segment(text[words[j].span.start : words[j].span.end])
    return not (prefix or suffix or _verb_like(w) or stem in _not_construct("after"))


def _chain_head(text: str, word: Word) -> bool:
    """Whether a head may begin a chain of nouns (`_construct_noun`): written without the article after
    its proclitics (not والتحالف، بالهيئة) and not listed as a verbal noun or a thing (تنظيم، جهاز)."""
    prefix, stem, _ = segment(text[word.span.start : word.span.end])
    return not prefix.endswith("ال") and stem not in _not_construct("head")


@lru_cache(maxsize=2)
def _not_construct(kind: str) -> frozenset[str]:
    """The words of `ner_not_construct.tsv` of one kind (after, head), normalised."""
    return frozenset(norm(r[0].strip()) for r in read_rows("rasad.extract", "ner_not_construct.tsv") if r[1].strip() == kind)


def nisbas_end(words: Sequence[Word], start: int, tagged: list[bool]) -> int:
    """Index after the relative adjectives of a name from `start` (معهد الأدلة الجنائية، مديرية الدفاع
    المدني، مطار بغداد الدولي، غرفة القاهرة التجارية), up to MAX_NISBAS."""
    end = start
    while end < start + MAX_NISBAS and end < len(words) and not tagged[end] and _definite_nisba(words[end].norm):
        end += 1
    return end


def _names_after_body(word: str) -> bool:
    """Whether a word (proclitics allowed) is a cup, prize or tournament named after a body
    (`ner_named_after_bodies.tsv`)."""
    return any(stem in _thing_nouns() for _, stem in strip_clitics(word))


@lru_cache(maxsize=1)
def _thing_nouns() -> frozenset[str]:
    return frozenset(norm(w) for w in read_lines("rasad.extract", "ner_named_after_bodies.tsv"))


def _definite_nisba(word: str) -> bool:
    """A definite relative adjective (الجنائية، البحري), not a nationality (which closes a name), a
    function word or an adjective that describes rather than names (اليميني، المؤدي)."""
    if not word.startswith("ال") or not word.endswith(("ي", "يه")) or len(word) < 6:
        return False
    return not is_demonym(word) and word not in stop_words() and word not in _describing_adjectives()


@lru_cache(maxsize=1)
def _head_objects() -> frozenset[str]:
    """Definite common nouns that make no name with the head before them (`ner_head_objects.tsv`)."""
    return normalised_lines("rasad.extract", "ner_head_objects.tsv")


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
        if demonym_begins(words, j):
            if not definite_before or not w.startswith("ال"):
                return None
            end = demonym_end(words, j, tagged)
            return demonym_end(words, end, tagged) if end < len(words) and not tagged[end] and demonym_begins(words, end) else end
    return None


def _verb_like(word: str) -> bool:
    """A present tense whose other person is attested (تمثل: يمثل), as `places.common_word` reads one."""
    swapped = {"ت": "ي", "ي": "ت"}.get(word[:1])
    return swapped is not None and swapped + word[1:] in word_freq()
