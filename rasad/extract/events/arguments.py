"""Actor, target and location of an event, from the entity mentions of its clause.

Arabic news is mostly verb-first: the subject follows the verb and the object
follows the subject ("استهدفت الطائرات قاعدة عين الأسد"); a subject before the
verb ("وكانت القيادة قد أعلنت") is used when none follows. A noun trigger's
genitive is its actor or its target, as the lexicon says ("انسحاب القوات",
"اغتيال القائد"); "على X"/"ضد X" is a target, "من قبل X" an actor. A place after
a locative preposition is the location. Capitals standing for their state
("اتفقت بغداد وواشنطن") are read as the state when the article names it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.events.lexicon import capitals
from rasad.extract.mention_index import mention_index
from rasad.extract.speech import governing_preposition, mention_key, person_roles, seated_place
from rasad.extract.subject_phrase import is_preposition_pronoun
from rasad.extract.wordscan import Word, function_words

PARTICIPANT_TYPES = frozenset({"PER", "ORG", "GPE"})
PLACE_TYPES = frozenset({"FAC", "LOC", "GPE"})
_AGENT_MARK = norm("قبل")  # "من قبل X"
_BETWEEN = norm("بين")
_NEAR = 6  # words between a noun trigger and the subject of the verb that carries it
_BLAMED_PREPS = (norm("ل"), norm("على"))  # "حمّل X المسؤولية لـY / على Y"
_ADJACENT_SUBJECT = 3  # "فقد حمّل"، "كانت X قد حمّلت": a subject before the verb, not a mention of an earlier phrase
_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")
_SEAT = norm("في")  # a place in construct with a local office is read as governed by في: where it sits
_TITLE_REACH = 3  # words between "كان"/"أن" and a subject's name: "وكان الرئيس الأمريكي دونالد ترامب قد"


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention with the word it starts in and what governs it."""

    index: int
    mention: Mention
    prep: str | None


def place_mentions(doc: Document, words: Sequence[Word]) -> list[Placed]:
    """The sentence's mentions, each with the index of the word it starts in and its preposition."""
    out: list[Placed] = []
    if not words:
        return out
    ends = [w.end for w in words]
    lo, hi = words[0].start, words[-1].end
    for m in mention_index(doc).between(lo, hi):
        idx = bisect_right(ends, m.span.start)
        if idx >= len(words):
            continue
        prep = _without_conjunction(governing_preposition(doc.text, _phrase_start(doc.text, m)))
        if prep is None and idx > 0 and words[idx - 1].text in function_words("locative"):
            prep = words[idx - 1].text
        if prep is None and idx > 1:
            prep = _through_place_noun(words, idx)
        out.append(Placed(idx, m, prep))
    out.sort(key=lambda p: (p.index, -len(p.mention.span)))
    kept: list[Placed] = []
    for p in out:  # nested mentions: keep the outer one
        if kept and p.mention.span.start < kept[-1].mention.span.end:
            continue
        if p.prep is None and kept and _joined_to(words, kept[-1], p):
            p = Placed(p.index, p.mention, kept[-1].prep)  # "الحدود بين غزة وإسرائيل": no subject
        kept.append(p)
    return [Placed(p.index, p.mention, _SEAT) if p.prep is None and seated_place(words, p.index, p.mention) else p
            for p in _titled_people(doc, words, kept)]  # "قتل قائد شرطة قندهار": Kandahar is where, no participant


def _phrase_start(text: str, m: Mention) -> int:
    """Where the phrase of a mention starts: at the title that introduces a person ("ضد الرئيس الأمريكي دونالد
    ترامب": ضد governs Trump, who is no subject), else at the mention."""
    if m.role is not None and m.role.end <= m.span.start and not text[m.role.end : m.span.start].strip(" ،,"):
        return m.role.start
    return m.span.start


def _titled_people(doc: Document, words: Sequence[Word], kept: list[Placed]) -> list[Placed]:
    """"رئيس الحكومة التونسية يوسف الشاهد": the body a title names (the genitive after رئيس، وزير…) stands before the
    person who holds it, who is the participant; the body's mention gives way to the person's, keeping its preposition,
    or taking the one before the title ("ضد رئيس الحكومة التونسية يوسف الشاهد"). A local office's place ("ضد عمدة
    لندن صادق خان") stays, as where the office sits, and the person after it takes the preposition before the office."""
    out: list[Placed] = []
    for k, p in enumerate(kept):
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if (nxt is None or p.mention.type not in ("ORG", "GPE", "LOC") or nxt.mention.type != "PER" or p.index == 0
                or doc.text[p.mention.span.end : nxt.mention.span.start].strip()):
            out.append(p)
            continue
        title = words[p.index - 1]
        prep = p.prep or _without_conjunction(governing_preposition(doc.text, title.start))
        if p.mention.type != "LOC" and not person_roles().isdisjoint(title.forms):
            kept[k + 1] = Placed(nxt.index, nxt.mention, prep)
            continue
        if not function_words("seat_office").isdisjoint(title.forms) and seated_place(words, p.index, p.mention):
            kept[k + 1] = Placed(nxt.index, nxt.mention, nxt.prep or prep)
        out.append(p)
    return out


def _joined_to(words: Sequence[Word], before: Placed, p: Placed) -> bool:
    """Whether `p` is joined by و to the mention right before it, which بين governs: بين governs both ("بين
    غزة وإسرائيل"). Not other prepositions: after "مع X وY" or "في X وY" the second is often a participant
    read as free ("التقى ماكرون مع الحريري والأمير محمد بن سلمان")."""
    word = words[p.index]
    return (before.prep == _BETWEEN and word.text.startswith("و") and p.mention.span.start - word.start == 1
            and not any(w.is_word for w in words[before.index + 1 : p.index] if w.start >= before.mention.span.end))


def _without_conjunction(prep: str | None) -> str | None:
    """"وفي"، "ففي" govern as في does ("ففي روما أحيا حزبان…": Rome is where)."""
    if prep and len(prep) > 1 and prep[0] in "وف" and prep[1:] in function_words("preposition"):
        return prep[1:]
    return prep


def _through_place_noun(words: Sequence[Word], idx: int) -> str | None:
    """"في مدينة الرمادي"، "بمحافظة نينوى": the preposition before a place noun governs the name after it."""
    nouns = function_words("place_noun")
    for back in (1, 2):  # "في العاصمة الأردنية عمان": one adjective may come between
        if idx - back < 1:
            break
        head = words[idx - back]
        if head.text in nouns:
            before = _without_conjunction(words[idx - back - 1].text)  # "وفي مدينة الناصرية"
            return before if before in function_words("locative") else None
        if head.text[0] in "بل" and head.text[1:] in nouns:
            return head.text[0]
    return None


def entity_key(doc: Document, m: Mention) -> str:
    """The mention's key, a capital read as its state when the article names the state."""
    states = capitals().get(norm(doc.span_text(m.span)).strip())
    if states and m.type == "GPE":
        for other in doc.mentions:
            if other.type == "GPE" and norm(doc.span_text(other.span)).strip() in states:
                return mention_key(doc, other)
    return mention_key(doc, m)


@dataclass
class Roles:
    actor: Mention | None = None
    target: Mention | None = None
    location: Mention | None = None
    actor_guessed: bool = False  # a nearby subject, not the noun's own agent


def _free(placed: Sequence[Placed], lo: int, hi: int, types: frozenset[str] = PARTICIPANT_TYPES) -> list[Placed]:
    """Mentions in words [lo, hi) that no preposition governs: subjects and objects."""
    return [p for p in placed if lo <= p.index < hi and p.prep is None and p.mention.type in types]


def verb_roles(placed: Sequence[Placed], words: Sequence[Word], first: int, last: int, lo: int, hi: int,
               subject_is_target: bool, event_subject: bool = False, object_after: bool = False) -> Roles:
    """Roles around a verb at words [first, last] of the clause [lo, hi). A subject standing right before the
    verb (`subject_before_verb`) makes the name after it its object. With `event_subject` the
    subject is the event itself ("استهدف هجوم صاروخي السفارة"): the first mention is the target. With
    `object_after` the phrase ends in the noun that takes the object ("أمرت المحكمة بالإفراج عن سامي"): a name after
    the phrase is its object, never its subject."""
    roles = Roles()
    if event_subject:
        obj = next(iter(_free(placed, last + 1, hi, PARTICIPANT_TYPES | PLACE_TYPES)), None)
        roles.target = obj.mention if obj else None
        roles.location = location_in(placed, first, last, lo, hi)
        return roles
    # from the word after the verb: a phrase with a gap holds its subject ("أرسل الدفاع المدني 40 سيارة إسعاف")
    after = _free(placed, first + 1, hi, PARTICIPANT_TYPES | PLACE_TYPES if subject_is_target else PARTICIPANT_TYPES)
    subject = after[0] if after and after[0].index - last <= 8 and not (object_after and after[0].index > last) else None
    if subject is not None and subject.index > last:
        subject = subject_before_verb(placed, words, first, last, subject.index) or subject
    # after the subject, the object may stand inside the phrase: "أغلقت السلطات مطار أورورا" (the name opens on its last word)
    rest = [p for p in _free(placed, first + 1, hi, PARTICIPANT_TYPES | PLACE_TYPES)
            if (p.index > last if subject is None else p.index > subject.index)]
    if subject is None:
        before = [p for p in _free(placed, lo, first) if first - p.index <= _NEAR]
        subject = before[-1] if before else None
    if subject_is_target:
        roles.target = subject.mention if subject else None
    else:
        roles.actor = subject.mention if subject else None
        obj = rest[0] if rest else None
        if object_after:  # "بالإفراج المشروط عن سامي": the one set free stands after the phrase, with its preposition
            obj = next((p for p in placed if last < p.index < hi and p.mention.type in PARTICIPANT_TYPES), None)
        if obj is None:
            obj = next((p for p in placed if last < p.index < hi and p.prep in function_words("target_preposition") and p.mention.type in PARTICIPANT_TYPES | PLACE_TYPES), None)
        roles.target = obj.mention if obj else None
    roles.location = location_in(placed, first, last, lo, hi)
    return roles


def subject_before_verb(placed: Sequence[Placed], words: Sequence[Word], first: int, last: int, named: int) -> Placed | None:
    """The subject that stands right before the verb at word `first`, only "قد" between (data/function_words.tsv
    verb_particle): a name after "كان" or "إن/أن" ("وكان ترامب قد أقال كومي"، "أن الشرطة اعتقلت X"; subject_opener,
    with up to three title words between: "وكان الرئيس الأمريكي دونالد ترامب قد أقال"), or the name a relative
    pronoun right before the verb stands for ("مولر، الذي يحقق في …"), unless a pronoun between the verb and the
    name after it at word `named` stands for that one ("التي تتهمها أنقرة"، "التي تتضامن معها السودان": the name is
    the subject). Arabic puts the subject after the verb unless such a word brings it first; then the name after
    the verb is its object."""
    k = first - 1
    while k >= 0 and words[k].text in function_words("verb_particle"):
        k -= 1
    if k < 1:
        return None
    if words[k].text in function_words("relative_pronoun"):
        if carries_object(words[first]) or any(is_preposition_pronoun(w) for w in words[last + 1 : named]):
            return None
        j = k - 1 if words[k - 1].is_word else k - 2  # "مولر، الذي"
        return next((p for p in placed if p.mention.type in PARTICIPANT_TYPES and _ends_at(p, words, j)), None)
    front = next((p for p in placed if p.prep is None and p.mention.type in PARTICIPANT_TYPES and _ends_at(p, words, k)), None)
    if front is None:
        return None
    openers = function_words("subject_opener")
    reach = range(front.index - 1, max(-1, front.index - _TITLE_REACH - 2), -1)
    for o in reach:
        if words[o].text in openers:
            return front
        if not words[o].is_word or any(p.index == o for p in placed):
            return None
    return None


def _ends_at(p: Placed, words: Sequence[Word], k: int) -> bool:
    """Whether the mention of `p` covers word `k` and ends there."""
    return k >= 0 and p.mention.span.start < words[k].end and words[k].start < p.mention.span.end <= words[k].end


def gapped_object_roles(placed: Sequence[Placed], words: Sequence[Word], first: int, last: int, lo: int, hi: int,
                        timed: Sequence[Span] = ()) -> Roles:
    """Roles of a verb whose object stands in a gap before the last word of its phrase ("حمّل X Y المسؤولية":
    X holds Y responsible). Two participants in the gap are subject and object; one alone is the object when
    it ends the gap or what follows is joined to it by و ("وحمّلت ماي روسيا المسؤولية"، "وحمّلت حماس والفصائل
    المسؤولية"), the subject when another word follows it ("حمل السبسي الحركة المسؤولية") or the verb carries
    its object ("التي تحمّلها أنقرة المسؤولية"); the one blamed may follow with ل/على ("حمّلت بريطانيا مجددا
    المسؤولية لروسيا"). A time expression (`timed`) after it is no other word: "عون كلف سعد الحريري الخميس بتشكيل"."""
    roles = verb_roles(placed, words, first, last, lo, hi, False)
    gap = _free(placed, first + 1, last)
    blamed = next((p for p in placed if last < p.index <= last + 3 and p.index < hi and p.prep in _BLAMED_PREPS
                   and p.mention.type in PARTICIPANT_TYPES), None)
    if not gap:
        roles.target = roles.target or (blamed.mention if blamed else None)
        return roles
    if len(gap) >= 2 or blamed is not None:
        roles.actor = gap[0].mention
        roles.target = gap[1].mention if len(gap) >= 2 else blamed.mention if blamed else None
        return roles
    after = [w for w in words[gap[0].index : last] if w.is_word and w.start >= gap[0].mention.span.end
             and not any(t.start <= w.start < t.end for t in timed)]
    ends_gap = not after or after[0].text.startswith("و")  # "حمّلت حماس والمنظمات … المسؤولية": one object
    if not ends_gap or carries_object(words[first]):
        roles.actor, roles.target = gap[0].mention, None
        return roles
    before = [p for p in _free(placed, lo, first) if first - p.index <= _ADJACENT_SUBJECT]
    roles.actor = before[-1].mention if before else None
    roles.target = gap[0].mention
    return roles


def carries_object(verb: Word) -> bool:
    """Whether the verb ends with an object pronoun: "تحملها"، "حمّلته" (a bare form without it is read)."""
    text = verb.text
    return any(text.endswith(suf) and text[: -len(suf)] in verb.forms for suf in _OBJECT_SUFFIXES)


def noun_roles(placed: Sequence[Placed], words: Sequence[Word], first: int, last: int, lo: int, hi: int, genitive: str,
               agent_after: bool = True, possessed: bool = False, lam_target: bool = False) -> Roles:
    """Roles around a noun trigger at words [first, last] of the clause [lo, hi). Without `agent_after`
    a mention after the noun is never its actor (after an attack comes what it hit). A `possessed` noun
    ("جدد ماكرون رفضه لقرار ترامب") has a pronoun for its genitive: no mention after it fills that role. With
    `lam_target` a name after ل is whom the act is aimed at, never its genitive actor ("انتقادات للخطوط الجوية")."""
    roles = Roles()
    participants = PARTICIPANT_TYPES | PLACE_TYPES
    gen = None
    if possessed:
        genitive = "pronoun"
        agent_after = False
    if genitive in ("actor", "target"):
        kinds = participants if genitive == "target" else PARTICIPANT_TYPES
        gen = next((p for p in placed if p.mention.type in kinds and (
            (p.prep is None and (p.index == last + 1 or _opens_on_last(words, p, first, last)))
            or (p.prep == "ل" and not lam_target and last < p.index <= last + 4))), None)
    if gen is None and genitive == "target":  # "مقتل كل من قائد … قاسم سليماني"، "مقتل 26 من قوات النظام"
        gen = next((p for p in placed if last < p.index <= last + 12 and p.index < hi and p.mention.type == "PER"), None)
        gen = gen or _partitive_body(placed, words, last, hi)
    if gen is not None and genitive in ("actor", "target"):
        setattr(roles, genitive, gen.mention)
    between = [p for p in placed if last < p.index < hi and p.index > 0 and _BETWEEN in (p.prep, words[p.index - 1].text)]
    if between and roles.actor is None:  # "الحوار بين واشنطن وبغداد"
        pair = [p for p in placed if between[0].index <= p.index < hi and p.mention.type in participants][:2]
        if pair:  # "بين" may be followed by no participant at all ("بين الأسبوعين")
            roles.actor = pair[0].mention
            roles.target = pair[1].mention if len(pair) > 1 else roles.target
    if roles.target is None:
        on = next((p for p in placed if last < p.index < hi and p.prep in function_words("target_preposition")), None)
        roles.target = on.mention if on else None
    if roles.actor is None:
        by = next((p for p in placed if last < p.index < hi and p.index > 0 and words[p.index - 1].text == _AGENT_MARK), None)
        taken = {id(gen)} if gen is not None else set()
        before = [p for p in _free(placed, lo, first) if first - p.index <= _NEAR]  # "تشن واشنطن ضربات"
        after = [p for p in _free(placed, last + 1, hi) if p.index - last <= 8 and id(p) not in taken] if agent_after else []
        roles.actor = by.mention if by else None
        guess = (before[-1] if before else None) or (after[0] if after else None)
        if roles.actor is None and guess is not None:
            roles.actor, roles.actor_guessed = guess.mention, True
    if roles.target is None:  # "التزامها بحماية أفراد التحالف": who the act is for
        roles.target = next((p.mention for p in placed if last < p.index < hi and p.index - last <= 8 and p.prep in (None, "ل")
                             and p.mention.type in participants and p.mention is not roles.actor), None)
    if roles.actor is not None and roles.target is not None and roles.actor.span == roles.target.span:
        roles.target = None
    roles.location = location_in(placed, first, last, lo, hi)
    return roles


def counterpart(placed: Sequence[Placed], last: int, hi: int, actor: Mention | None) -> Mention | None:
    """The other party of a meeting, talks or an accord, brought in after its trigger at word `last` by a
    counterpart preposition ("اجتمع الوزير مع الرئيس عبد الفتاح السيسي"، "قمة مع زعيم كوريا الشمالية")."""
    preps = function_words("counterpart_preposition")
    return next((p.mention for p in placed if last < p.index < hi and p.prep in preps and p.mention.type in PARTICIPANT_TYPES
                 and (actor is None or p.mention.span != actor.span)), None)


def _partitive_body(placed: Sequence[Placed], words: Sequence[Word], last: int, hi: int) -> Placed | None:
    """The body its victims are counted out of, right after the noun: "مقتل 26 من قوات النظام"، "اعتقال العشرات من
    أنصار جماعة الإخوان" (a count, then من, then at most one noun before the body's name: أفراد، عناصر)."""
    partitive = function_words("partitive")
    for k in range(last + 2, min(last + 4, hi - 1)):
        if words[k].text in partitive:
            return next((p for p in placed if k < p.index <= k + 2 and p.index < hi and p.mention.type == "ORG"
                         and p.prep in (None, words[k].text)), None)
    return None


def _opens_on_last(words: Sequence[Word], p: Placed, first: int, last: int) -> bool:
    """Whether the mention opens on the last word of a phrase trigger, its head noun: "حل مجلس النواب"، "إغلاق
    معبر رفح" (the genitive of the event noun)."""
    return last > first and p.index == last and p.mention.span.start == words[last].start


def location_in(placed: Sequence[Placed], first: int, last: int, lo: int, hi: int,
                types: frozenset[str] = PLACE_TYPES) -> Mention | None:
    """The first place after a locative in words (last, hi), else the first in [lo, first)."""
    places = [p for p in placed if p.mention.type in types and p.prep in function_words("locative")]
    after = [p for p in places if last < p.index < hi]
    before = [p for p in places if lo <= p.index < first]
    picks = after or before
    return picks[0].mention if picks else None


def fronted_place(placed: Sequence[Placed], words: Sequence[Word]) -> Mention | None:
    """The place a sentence opens on, after a locative and before a comma ("وفي مدينة الناصرية، …"، "وفي بغداد،
    تظاهر المئات"): where everything the sentence tells happened, whatever clause tells it."""
    first = next((p for p in placed if p.mention.type in PLACE_TYPES), None)
    if first is None or first.index > 2 or _without_conjunction(words[0].text) not in function_words("locative"):
        return None
    end = next((k for k, w in enumerate(words) if w.start >= first.mention.span.end), len(words))
    return first.mention if end < len(words) and words[end].text in ("،", ",") else None


def place_of(roles: Roles) -> Mention | None:
    """The location, or the targeted place itself ("استهدفت قاعدة عين الأسد")."""
    if roles.location is not None:
        return roles.location
    if roles.target is not None and roles.target.type in ("FAC", "LOC"):
        return roles.target
    return None
