"""Recognition in one sentence: knowledge base, tagger and title patterns together.

Knowledge-base names are trusted; the tagger's names fill the gaps (and win
over a KB name they contain when they give it another type: مطار X is an
airport, not the city X); a title with an untagged name after it gives a
person (اللواء سعد معن). Each person then gets the role phrase before it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from itertools import compress, count

from rasad.document import Span
from rasad.extract.entities.bodies import institutions, is_national, state_media
from rasad.extract.entities.common_words import common_noun_name, people_without_possessed
from rasad.extract.entities.context import Context
from rasad.extract.entities.coordinated_names import coordinated_names
from rasad.extract.entities.crf import Tagger
from rasad.extract.entities.field_names import field_names
from rasad.extract.entities.foreign_articles import with_foreign_articles
from rasad.extract.entities.found import Found, name_start, tagged_words
from rasad.extract.entities.framed_names import framed_names
from rasad.extract.entities.head_names import head_names, quoted_after_head
from rasad.extract.entities.kb import KBMatch, entries, match_kb
from rasad.extract.entities.kb_bearers import other_bearers
from rasad.extract.entities.letters import is_letter, is_word_letter
from rasad.extract.entities.name_ends import people_apart, whole_acronyms, whole_people
from rasad.extract.entities.patterns import (
    COMMAS,
    given_compound_at,
    given_compound_seconds,
    given_names,
    head_type,
    is_name_hyphen,
    is_not_name,
    name_after,
    role_before,
    role_end,
    title_kind,
    titles_at,
)
from rasad.extract.entities.places import Head, place_names
from rasad.extract.entities.rules import Named, acronyms, adjective_not_name, verb_not_person, verbal_noun_not_name
from rasad.extract.entities.split_people import joined_people
from rasad.extract.entities.sport_clubs import sport_clubs
from rasad.extract.entities.titled_names import titled_names
from rasad.extract.entities.training import entities as bio_entities
from rasad.extract.entities.wordfacts import SentenceFacts, sentence_facts
from rasad.extract.entities.words import WORD_NORM, Word, stem_span


def _model_found(text: str, words: Sequence[Word], tags: list[str], *, as_annotated: bool = False) -> list[Found]:
    """The tagger's names; with `as_annotated`, every one as a corpus like ANERcorp annotates names
    (a title, a currency: MISC there), else only what a document's entities should hold."""
    out: list[Found] = []
    named = list(compress(range(len(tags)), map("O".__ne__, tags)))  # where the tagger put names, read in C
    if not named:
        return out
    a, b = named[0], named[-1] + 1  # the BIO reading of the stretch from the first to the last name is the whole's
    for first, last, typ in sorted((start + a, end + a, typ) for start, end, typ in bio_entities(tags[a:b])):
        if not as_annotated and title_kind(words[first].norm) == "office":
            continue  # a title (مستشار الأمن القومي) is a role, not a name
        if not as_annotated and is_not_name(words[first:last]):
            continue  # كاتيوشا is a rocket, not a place
        start = name_start(text, words[first])
        head = head_type(words[first].norm) is not None
        out.append(Found(first, last, Span(start, words[last - 1].span.end), _refine(typ, words[first].norm), "model", head=head))
    return out


PLACES = frozenset({"GPE", "LOC", "FAC"})
def _refine(typ: str, first_word: str) -> str:
    """ANERcorp's LOC split into GPE, LOC and FAC by the head noun; other types kept."""
    head = head_type(first_word)
    if typ == "LOC":
        return head if head in ("FAC", "LOC", "GPE") else "GPE"
    if typ == "ORG" and head == "FAC":
        return "FAC"
    return typ


def _confirmed(model: list[Found], weak: list[KBMatch], heads: Sequence[tuple[str, Head] | None]) -> list[Found]:
    """Tagger names that are exactly a weak KB name (a generated city, a homograph) of their kind
    take its entry and type. A KB place right after a town's or region's head noun is a place whatever
    the tagger typed it (مدينة ليفربول in an article on the club ليفربول): it takes the place's type,
    and the head's rule (`place_names`) its name."""
    by_words = {(m.first, m.last): m for m in weak}
    out = []
    for f in model:
        m = by_words.get((f.first, f.last))
        if m is not None and _same_kind(f.type, m.entry.type):
            f = replace(f, kb=m.entry, type=m.entry.type, span=m.span)
        elif m is not None and m.entry.type in PLACES and _after_place_head(heads, f.first):
            f = replace(f, type=m.entry.type)
        out.append(f)
    return out


def _after_place_head(heads: Sequence[tuple[str, Head] | None], i: int) -> bool:
    """Whether words[i] follows a head noun that names a town or region (مدينة، منطقة; not مطار)."""
    head = heads[i - 1] if i > 0 else None
    return head is not None and head[1].type in ("GPE", "LOC")


def _headed(found: list[Found], weak: list[KBMatch]) -> list[Found]:
    """A town's or region's head noun before a KB place that is also an everyday word (مدينة جدة،
    مدينة القائم) confirms that place, as the tagger would."""
    table = entries()
    after_head = {(m.first - 1, m.last): m for m in weak if m.entry.type in PLACES and not table[m.entry.id].weak}
    out = []
    for f in found:
        m = after_head.get((f.first, f.last)) if f.head and f.kb is None and f.type in ("GPE", "LOC") else None
        out.append(replace(f, kb=m.entry, type=m.entry.type, span=m.span, first=m.first, head=False) if m else f)
    return out


def _same_kind(tagged: str, known: str) -> bool:
    """Whether the tagger's type agrees with a KB entry's: places of any kind agree with each other."""
    return tagged in ("GPE", "LOC") if known in PLACES else tagged == known


_GOVERNED = 1  # a name cut before a KB name keeps a word or more without the word that governs it


def _merge(kb: list[Found], model: list[Found], words: Sequence[Word]) -> list[Found]:
    """KB names, plus the tagger's names that do not clash with them (see module doc); a tagger's name
    that runs on into a KB name is cut before it and, where a word or more is left, before the
    noun that governs the KB name (رومان أبراموفيتش مالك نادي | نادي تشيلسي: رومان أبراموفيتش; رونالدو
    لصفوف "السيدة | السيدة العجوز: رونالدو)."""
    chosen = list(kb)
    for m in model:
        inside = [k for k in kb if m.first <= k.first and k.last <= m.last]
        clash = [k for k in kb if k.first < m.last and m.first < k.last]
        if clash and not inside and m.type == "PER" and all(m.first < k.first and m.last < k.last for k in clash):
            cut = min(k.first for k in clash)
            while cut > m.first + 1 and words[cut - 1].is_punct:
                cut -= 1  # the KB name's opening quote
            cut -= cut - m.first > _GOVERNED  # the word before the KB name governs it (مالك نادي تشيلسي)
            m, clash = replace(m, last=cut, span=Span(m.span.start, words[cut - 1].span.end)), []
        if not clash:
            chosen.append(m)
        elif len(inside) == 1 and len(clash) == 1 and m.type != inside[0].type and m.first < inside[0].first and m.head:
            chosen.remove(inside[0])  # مطار بغداد: a head noun makes a new name around the KB one
            chosen.append(m)
    return sorted(chosen, key=lambda f: f.first)


# against O) to stand in one right after a title: the first word, and each word after it. Set by
# reading a few hundred title-name pairs in ANT news: real names score from about +1 (فاتح) up,
# the phrases a title heads (رئيس وزارة الصحة، المتحدث باسم السفارة بأي تعليق) at most +0.5 or so.
MIN_FIRST = 0.5
MIN_NEXT = 0.0


def _pattern_names(text: str, words: Sequence[Word], roles: Mapping[int, int], found: list[Found], tagger: Tagger | None) -> list[Found]:
    """Untagged names right after a title (اللواء سعد معن، وزير الدفاع الأميركي لويد أوستن), as far as
    the tagger's word evidence carries them (`_evidenced_end`); `roles` as `_title_roles` gives them."""
    if not roles:
        return []
    tagged = tagged_words(words, found)
    out = []
    i = 0  # where the next title may stand: after the last one's name
    for title, role_stop in roles.items():
        if title < i or tagged[title]:
            continue
        i = title
        start, end = _name_after_role(words, role_stop, tagged)
        end = _evidenced_end(text, words, start, end, tagger)
        if end - start >= 2:
            out.append(Found(start, end, Span(words[start].span.start, words[end - 1].span.end), "PER", "pattern"))
            for j in range(start, end):
                tagged[j] = True
        i = max(i + 1, end)
    return out


def _given_names_after_titles(
    text: str, words: Sequence[Word], roles: Mapping[int, int], found: list[Found], tagger: Tagger | None
) -> list[Found]:
    """The tagger's person that begins a word or two after a title, the words between untagged but
    carrying a name by the tagger's word evidence, begins at them: they are its given names
    (العريف سامر خليل where the tagger took خليل alone); `roles` as `_title_roles` gives them."""
    if not roles:
        return found
    tagged = tagged_words(words, found)
    people = {f.first: k for k, f in enumerate(found) if f.type == "PER" and f.source == "model"}
    out = list(found)
    for title, start in roles.items():
        end = name_after(words, start, tagged)
        k = people.get(end)
        if k is None or tagged[title] or not 0 < end - start <= 2 or found[k].span.start > words[end].span.start:
            continue  # a person after a proclitic (وعماد حمدي) is the next of a list, not the same name
        if words[start].norm[:1] != "و" and _evidenced_end(text, words, start, end, tagger) == end:  # not "وسيد محمد"
            out[k] = replace(out[k], first=start, span=Span(words[start].span.start, out[k].span.end))
    return out


def _title_roles(words: Sequence[Word], norms: list[str], found: list[Found]) -> dict[int, int]:
    """Where each title stands -> the index after its role phrase (`role_end`), which may hold the names of
    groups and places found so far, never a person's: read once for the three rules after titles, which add people only."""
    titles = titles_at(norms)
    inside = tagged_words(words, [f for f in found if f.type != "PER"]) if titles else []
    return {title: role_end(words, title, inside) for title in titles}


def _compound_names(text: str, words: Sequence[Word], norms: list[str], found: list[Found], tagger: Tagger | None) -> list[Found]:
    """Untagged names that begin with a two-word given name (فخر الدين ألتون، وقال نور الدين بوزكورت): the pair
    says a person's name begins, as a title does; at least one word after it must carry the name."""
    # most words are followed by no second word of a compound: passed over in C, and most sentences hold none
    starts = list(compress(count(), map(given_compound_seconds().__contains__, norms[1:-1])))
    if not starts:
        return []
    tagged = tagged_words(words, found)
    out = []
    for i in starts:
        prefix = given_compound_at(words, i)
        if prefix is None or tagged[i] or tagged[i + 1]:
            continue
        end = _evidenced_end(text, words, i, name_after(words, i, tagged), tagger)
        if end - i < 3:
            continue
        out.append(Found(i, end, Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), "PER", "pattern"))
        for j in range(i, end):
            tagged[j] = True
    return out


def _evidenced_end(text: str, words: Sequence[Word], start: int, end: int, tagger: Tagger | None) -> int:
    """Where the name words[start:end] ends once each word is checked against the tagger's view of
    it alone: a title also heads ordinary phrases (رئيس وزارة الصحة، المتحدث باسم السفارة بأي تعليق),
    whose words a name-hungry pattern would take. A given name always begins a name. Without a
    tagger the pattern's extent stands. So does a two-word given name (فخر الدين), which the words after
    it still must carry."""
    if tagger is None or end <= start:
        return end
    given = 2 if given_compound_at(words, start) is not None else 0
    evidence = tagger.person_evidence([text[w.span.start : w.span.end] for w in words[start:end]])
    if not given and evidence[0][0] < MIN_FIRST and words[start].norm not in given_names():
        return start
    for k, (_, inside) in enumerate(evidence[max(given, 1):], start=start + max(given, 1)):
        if is_name_hyphen(words, k, start):
            continue  # the hyphen of تايي- بروك says nothing of a name, the words around it do
        if inside <= MIN_NEXT:
            return k
    return end


def _name_after_role(words: Sequence[Word], start: int, tagged: Sequence[bool]) -> tuple[int, int]:
    """The name right after a role phrase, or set off by commas after it as an appositive
    ("المتحدث باسم قيادة العمليات المشتركة، تحسين الخفاجي، إن"); (start, start) when there is none."""
    if start < len(words) and words[start].norm in COMMAS:
        end = name_after(words, start + 1, tagged)
        closed = end < len(words) and words[end].norm in COMMAS
        return (start + 1, end) if closed else (start, start)
    return start, name_after(words, start, tagged)


def _with_roles(words: Sequence[Word], found: list[Found]) -> list[Found]:
    """Attach to each person the role phrase before it; a role holds names of groups and places, never people."""
    inside = [False] * len(words)
    for f in found:
        if f.type != "PER":
            for i in range(f.first, f.last):
                inside[i] = True
    # a person with no role phrase before it stays as it is (no role yet: this is where roles are set)
    return [replace(f, role=role) if f.type == "PER" and (role := role_before(words, f.first, inside)) is not None else f for f in found]


def tagger_names(text: str, words: Sequence[Word], tagger: Tagger, context: Sequence[Context] | None = None) -> list[Found]:
    """The tagger's names alone, LOC refined to GPE/LOC/FAC, with the KB entry of a name it matches exactly;
    `context`: what the sentences around say of each word (`context.window_contexts`)."""
    matches = match_kb(text, words)
    found = _model_found(text, words, tagger.tag(text, words, matches, context), as_annotated=True)
    exact = {(m.first, m.last): m for m in matches}
    out = []
    for f in found:
        m = exact.get((f.first, f.last))
        # a hand-written entry knows the type; a generated city only refines a place
        trusted = m is not None and (not m.entry.weak or {m.entry.type, f.type} <= {"GPE", "LOC", "FAC"})
        out.append(replace(f, kb=m.entry, type=m.entry.type, span=m.span) if m is not None and trusted else f)
    return out


def recognize(text: str, words: Sequence[Word], tagger: Tagger | None, context: Sequence[Context] | None = None) -> list[Found]:
    """Every name in one sentence, in order; `context` as for `tagger_names`."""
    return recognize_sentences(text, [words], tagger, None if context is None else [context])[0]


def recognize_sentences(
    text: str,
    sentences: Sequence[Sequence[Word]],
    tagger: Tagger | None,
    contexts: Sequence[Sequence[Context]] | None = None,
    surfaces: Sequence[Sequence[str]] | None = None,
) -> list[list[Found]]:
    """Every name in each sentence of one text (the tagger decodes them together); `surfaces`: the
    sentences' words as written, when the caller has them."""
    facts = list(map(sentence_facts, sentences))
    matches = [match_kb(text, words, f.kb) for words, f in zip(sentences, facts, strict=True)]
    tags = tagger.tag_many(text, sentences, matches, contexts, surfaces) if tagger is not None else [[] for _ in sentences]
    return [_recognizetagged_words(text, *args, tagger) for args in zip(sentences, facts, matches, tags, strict=True)]


def _recognizetagged_words(
    text: str, words: Sequence[Word], facts: SentenceFacts, matches: Sequence[KBMatch], tags: list[str], tagger: Tagger | None
) -> list[Found]:
    if not words:
        return []
    kb = [Found(m.first, m.last, m.span, m.entry.type, "kb", m.entry) for m in matches if not m.entry.weak and not _cut_acronym(text, words, m)]
    kb = other_bearers(text, words, kb, tags, tagger.person_evidence if tagger else None)  # سارة نتنياهو: not بنيامين نتنياهو
    in_kb = tagged_words(words, kb)
    letter_names, things = acronyms(text, words, in_kb, facts.letter)
    letter_names = whole_acronyms(text, words, letter_names, in_kb)
    if letter_names:  # a quoted acronym's name holds the KB names after it ("إس أو إس البحر المتوسط")
        kb = [k for k in kb if not any(n.first <= k.first and k.last <= n.last for n in letter_names)]
        kb += [_from_rule(n) for n in letter_names]
    model = joined_people(text, words, _model_found(text, words, tags), kb) if tags else []  # [دييغو] [مارادونا]
    model = [f for f in model if not (f.type == "PER" and verb_not_person(text, words, f.first, f.last, f.span.start))]
    model = people_without_possessed(text, words, people_apart(text, words, model, tagger))  # فإن كورتوا، كيم ومون، جوهر خلافنا
    model = [f for f in model if not any(f.first < t.stop and t.start < f.last for t in things)]  # فحص جي بي إس
    model = [f for f in model if not verbal_noun_not_name(words, f.first, f.last)]  # يحاول النيل من أمن البلاد
    model = [f for f in model if not adjective_not_name(text, words, f.first, f.last)]  # انسحابا فوريا
    model = _confirmed(model, [m for m in matches if m.entry.weak], facts.place)
    found = _with_rule_names(_merge(kb, model, words), [_from_rule(n) for n in state_media(text, words, facts.medium)])
    bodies = institutions(text, words, facts.institution)
    national = frozenset(n.first for n in bodies if is_national(words, n))
    found = _with_rule_names(found, [_from_rule(n) for n in bodies], owns=partial(_institution_owns, national))
    norms = list(map(WORD_NORM, words))
    found = sorted(found + _compound_names(text, words, norms, found, tagger), key=lambda f: f.first)
    roles = _title_roles(words, norms, found)
    found = _given_names_after_titles(text, words, roles, found, tagger)
    found = sorted(found + _pattern_names(text, words, roles, found, tagger), key=lambda f: f.first)
    found = framed_names(text, words, found, tagger, roles)
    found = whole_people(text, words, found, tagged_words(words, found), tagger)
    found = titled_names(text, words, found)  # مستشفى الملك فهد: no king, and no head + title as a name of its own
    found = coordinated_names(words, field_names(text, words, head_names(text, words, facts.head, found)))
    # a place head's name may hold what the tagger took for a name of its own (منطقة "قرقاو كوله")
    places = place_names(text, words, tagged_words(words, [f for f in found if f.source != "model"]), facts.place)
    found = _with_rule_names(found, [_from_rule(n, head=True) for n in places])
    found = with_foreign_articles(words, _headed(found, [m for m in matches if m.entry.weak]))
    found = [f for f in found if not common_noun_name(text, f)]  # last: a longer name may hold it (مركز الملك سلمان للإغاثة)
    found = [quoted_after_head(words, _body_not_person(words, f)) for f in sport_clubs(text, words, found, facts.club)]
    return _with_roles(words, found)


def _body_not_person(words: Sequence[Word], f: Found) -> Found:
    """A tagger's "person" that begins with the head noun of a body or a building (معهد هادسون، قصر
    كنزنغتون: named after a person) takes the head's type, unless the head is also a title (لواء). Done
    last, so that no rule for bodies reads it (a bracket after it is no acronym of it)."""
    if f.type != "PER" or f.source != "model" or f.kb is not None or title_kind(words[f.first].norm) is not None:
        return f
    head = head_type(words[f.first].norm)
    return replace(f, type=head) if head in ("ORG", "FAC") else f


def _cut_acronym(text: str, words: Sequence[Word], m: KBMatch) -> bool:
    """Whether a KB name spelt in letter names is part of a longer acronym: a letter name that is no
    everyday word goes on right after it (آر تي of آر تي إي, Ireland's RTE, is not RT; بي بي سي في
    is the BBC "in")."""
    if m.last >= len(words) or not all(is_letter(w.norm) for w in words[m.first : m.last]):
        return False
    after = words[m.last]
    return is_letter(after.norm) and not is_word_letter(text[after.span.start : after.span.end])


def _from_rule(named: Named, *, head: bool = False) -> Found:
    return Found(named.first, named.last, named.span, named.type, "pattern", named.kb, head=head)


def _with_rule_names(
    found: list[Found], ruled: list[Found], *, owns: Callable[[Found, Found], bool] | None = None
) -> list[Found]:
    """Names found by rule, replacing the names they contain (وكالة الأنباء السورية in وكالة الأنباء
    السورية الرسمية); one that cuts across a name, or would swallow a KB name without a KB entry of
    its own, is dropped, unless `owns(rule, kb_name)` says the KB name was read from the rule's own
    words (`_institution_owns`)."""
    out = list(found)
    for r in ruled:
        inside = [f for f in out if r.first <= f.first and f.last <= r.last]
        known = [f for f in inside if f.kb and not (owns and owns(r, f))]
        if any(f.first < r.last and r.first < f.last for f in out if f not in inside) or (r.kb is None and known):
            continue
        out = [f for f in out if f not in inside] + [r]
    return sorted(out, key=lambda f: f.first)


def _institution_owns(national: frozenset[int], rule: Found, f: Found) -> bool:
    """Whether a KB name inside an institution (a listed phrase and the nationality after it) was read
    from the institution's own words: a KB place that begins after its first word and ends with it
    (رئاسة الجمهورية اللبنانية is the presidency, not Lebanon), or the KB body a nation's own body
    is named after (`bodies.is_national`: the rules at `national` hold the first words of those)."""
    if rule.first in national:
        return f.type == "ORG"
    return f.type in PLACES and rule.first < f.first and f.last == rule.last
