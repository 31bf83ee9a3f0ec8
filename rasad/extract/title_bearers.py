"""Who a title with no name stands for: the person named with that title before it, the title told before the name
("رئيس الوزراء العراقي X") or after it set off by a comma ("يورغن كلوب، مدرب ليفربول"). Used by referents.py for a
speech verb's subject with no name of its own ("وقال رئيس الوزراء"، "وأضاف المدرب الألماني"), and by speakers.py for
a title that holds a body ("وقال مؤسس تيسلا"، "أما أمير قطر فقال").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasad.document import Document, Mention, Span
from rasad.extract.entities.kb import demonym_at
from rasad.extract.entities.patterns import COMMAS, head_type, titles
from rasad.extract.mention_index import mention_index
from rasad.extract.speech import bare_noun, definite_noun, mention_key, mentions_between, person_roles
from rasad.extract.wordscan import Word, function_words, scan, word_starting_at

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct

MAX_TITLE_WORDS = 12  # words of a title before the name ("وزيرة الدولة لشؤون الإعلام المتحدثة باسم الحكومة")
_TITLE_CHARS = 120  # how far before a name its title is looked for
_TITLE_REACH = 4  # words of a title right before a name that a bare title is compared with ("السفير القطري بالعراق")
_KB = "kb:"  # the prefix of a KB entity's key ("kb:c:QA")
_MAX_BEARERS = 40  # people named before a bare title, nearest first, that are looked at


def title_bearer(doc: Document, title: Sequence[Word], before: int) -> Mention | None:
    """The person last named before `before` right after a title that holds `title` ("رئيس الوزراء" ->
    "رئيس الوزراء العراقي X"; "السفير القطري" -> "السفير القطري بالعراق X"). A title that is a role with the
    article and adjectives of origin at most ("المدرب"، "المدرب الألماني") describes: it may match on its head
    alone, told before the name or after it set off by a comma ("يورغن كلوب، مدرب ليفربول"), where no adjective of
    origin there says otherwise ("السفير الروسي X" is not "السفير الأمريكي"); one in construct ("رئيس البرلمان")
    must match in full."""
    wanted = [bare_noun(w) for w in title]
    if not wanted or len(wanted) > MAX_TITLE_WORDS or wanted[0] not in person_roles():
        return None  # a name ("وقالت يوليا"), not a title
    if len(title) == 1 and definite_noun(title[0]) is None:
        return None  # "قال متحدث باسم الرئيس": a spokesman not told before, not the one named so earlier
    describes = definite_noun(title[0]) is not None and all(_origin(w) for w in title[1:])
    fits: list[Mention] = []  # people told under the role, nearest first
    elsewhere: set[str] = set()  # people told under the role with another origin ("الرئيس الروسي X")
    people = mentions_between(doc, 0, before, ("PER",))
    for n in range(len(people) - 1, max(-1, len(people) - 1 - _MAX_BEARERS), -1):
        m = people[n]  # a title may hold places and bodies ("السفير القطري بالعراق"), not another person
        told_words = _title_before(doc, m.span.start, people[n - 1].span.end if n else 0)
        told = [bare_noun(w) for w in told_words]
        if any(told[k : k + len(wanted)] == wanted and not _under_another(told, k) for k in range(len(told))):
            return m
        if describes:
            after = _title_after(doc, m.span.end, people[n + 1].span.start if n + 1 < len(people) else before)
            places = _countries(doc, told_words, m.span.start)  # "رئيس الولايات المتحدة، دونالد ترامب"
            for held in (_holds_role(told_words, title, places), _holds_role(after, title)):
                if held is False:
                    elsewhere.add(mention_key(doc, m))
                elif held:
                    fits.append(m)
    return next((m for m in fits if mention_key(doc, m) not in elsewhere), None)


def told_under(doc: Document, person: Mention, roles: frozenset[str], before: int) -> bool:
    """Whether the person of `person`'s entity was named before `before` under one of `roles` (bare nouns), told
    before the name or after it set off by a comma ("المدرب الألماني يورغن كلوب"، "كلوب، مدرب ليفربول")."""
    key = mention_key(doc, person)
    people = mentions_between(doc, 0, before, ("PER",))
    for n, m in enumerate(people):
        if mention_key(doc, m) != key:
            continue
        told = _title_before(doc, m.span.start, people[n - 1].span.end if n else 0)
        after = _title_after(doc, m.span.end, people[n + 1].span.start if n + 1 < len(people) else before)
        if any(bare_noun(w) in roles for w in told + after):
            return True
    return False


def _origin(word: Word) -> bool:
    """"الألماني"، "الإيرلندية": an adjective of origin with the article, which describes a role and names no post."""
    noun = definite_noun(word)
    return noun is not None and (noun.endswith("ي") or noun.endswith("يه"))


def _holds_role(told: Sequence[Word], title: Sequence[Word], places: frozenset[str] = frozenset()) -> bool | None:
    """Whether the words `told` of a title hold the role that heads `title`, not under another role: True, False
    where an adjective of origin there is not one of `title`'s ("السفير الروسي" for "السفير الأمريكي") or the
    country `places` it names is not the one `title`'s adjective tells ("رئيس فرنسا" for "الرئيس الأمريكي"), None
    where the role is not there."""
    told_nouns = [bare_noun(w) for w in told]
    mine = {bare_noun(w) for w in title[1:]}
    role = bare_noun(title[0])
    at = next((k for k, t in enumerate(told_nouns) if t == role and not _under_another(told_nouns, k)), None)
    if at is None:
        return None
    texts = [w.text for w in title]
    countries = {c for n in range(1, len(title)) if (c := demonym_at(texts, n)[1]) is not None}
    return all(bare_noun(w) in mine for w in told[at + 1 :] if _origin(w)) and (not countries or places <= countries)


def _countries(doc: Document, told: Sequence[Word], end: int) -> frozenset[str]:
    """The KB countries named among the title words `told` before offset `end` ("رئيس الولايات المتحدة" -> c:US)."""
    if not told:
        return frozenset()
    return frozenset(m.entity_id[len(_KB) :] for m in mentions_between(doc, told[0].start, end, ("GPE",))
                     if m.entity_id and m.entity_id.startswith(_KB + "c:"))


def _title_after(doc: Document, end: int, ceiling: int) -> list[Word]:
    """The words of a title told right after a name that ends at `end`, set off by a comma ("كلوب، مدرب ليفربول"):
    up to punctuation or `ceiling`, at most _TITLE_REACH words."""
    words = scan(doc.text, Span(end, min(ceiling, end + _TITLE_CHARS))) if ceiling > end else []  # nested names
    if not words or words[0].text not in COMMAS:
        return []
    out: list[Word] = []
    for w in words[1:]:
        if not w.is_word or len(out) == _TITLE_REACH:
            break
        out.append(w)
    return out


def bearer_of_body_title(doc: Document, words: Sequence[Word], np: Span, body: Mention) -> Mention | None:
    """The person last named right after a title that holds the same role and the same body as the subject `np`,
    told in another form ("وقال مؤسس تيسلا" after "مؤسس شركة تيسلا لصناعة السيارات، إيلون ماسك،"; "رئيس وزراء
    كندا" after "رئيس الوزراء الكندي جاستن ترودو"): `body` is the complement of the subject's role, matched by its
    entity, not its words, or a country by its nationality adjective; the words between the role and the body
    ("وزراء") told too."""
    first = word_starting_at(words, np.start)
    role = _role_noun(words[first])
    middle = {bare_noun(w) for w in words[first + 1 :] if w.is_word and w.end <= body.span.start}
    for m in reversed(mentions_between(doc, 0, np.start, ("PER",))):
        start = max(0, m.span.start - _TITLE_CHARS)
        end = start + len(doc.text[start : m.span.start].rstrip(" ،,"))  # "…، إيلون ماسك": a title set off by a comma
        told = _words_back_to_punctuation(scan(doc.text, Span(start, end)))  # nearest first
        at = _nearest_role(told, role)
        body_end = _body_told(doc, [w for w in reversed(told) if w.start > at.start], body, middle) if at else None
        if body_end is not None and _title_runs_to(told, body_end):
            return m
    return None


def _body_told(doc: Document, title: Sequence[Word], body: Mention, middle: set[str]) -> int | None:
    """Where the body `body` ends in the words `title` told after a role, with the nouns `middle` before it: the
    same entity, or the nationality adjective of the same country with just those nouns before it ("رئيس الوزراء
    الكندي" for "رئيس وزراء كندا"; not "الرئيس الكندي"، nor "رئيس الوزراء" for "رئيس كندا"). None where not told."""
    if not title:
        return None
    key = mention_key(doc, body)
    held = [x for x in mentions_between(doc, title[0].start, title[-1].end) if mention_key(doc, x) == key]
    if held:
        return held[-1].span.end if middle <= {bare_noun(w) for w in title if w.end <= held[-1].span.start} else None
    country = body.entity_id[len(_KB) :] if body.entity_id and body.entity_id.startswith(_KB + "c:") else None
    texts = [w.text for w in title]
    for n in range(len(title)):
        if country is not None and demonym_at(texts, n)[1] == country:
            return title[n].end if {bare_noun(w) for w in title[:n]} == middle else None
    return None


def holder_speaks(doc: Document, words: Sequence[Word], act: SpeechAct) -> None:
    """Where the speaker found for `act` is a body or place under a title told in its sentence `words` (title_over_body:
    "أما أمير قطر فقال"، "وكان رئيس وزراء كندا قد اعتبر"), the title's holder speaks: the person named before under
    the same role and body ("أمير دولة قطر الشيخ تميم بن حمد"), else no one named, with the title's words, for the
    body (the events' actor; quotes.py names no body for a title's holder)."""
    body = next((m for m in mention_index(doc).at(act.speaker_span) if m.type != "PER"), None)
    title = title_over_body(doc, words, body) if body is not None and words and body.span.start >= words[0].start else None
    if body is None or title is None:
        return
    person = bearer_of_body_title(doc, words, title, body)
    if person is not None:
        act.speaker, act.speaker_span = mention_key(doc, person), person.span
    else:
        act.speaker, act.speaker_span, act.institution = None, title, mention_key(doc, body)


def title_over_body(doc: Document, words: Sequence[Word], body: Mention) -> Span | None:
    """The title whose complement is the body or place `body`, told as a speaker on its own ("أما أمير قطر فقال"،
    "وكان رئيس وزراء العراق قد أكد"، "نقلت الوكالة عن عاهل الأردن"): a role noun without the article right before
    it, or one construct noun before it, the title no noun's complement. The country or body is where the speaker
    holds his post, not the speaker."""
    k = word_starting_at(words, body.span.start)
    if body.type == "PER" or k >= len(words) or words[k].start != body.span.start:
        return None
    for role in (k - 1, k - 2):
        if role < 0 or not words[role].is_word or definite_noun(words[role]) is not None \
                or words[role].text in function_words("preposition"):
            return None
        noun = _role_noun(words[role])  # a role, not a body's head of the same letters ("مؤسسة بلومبيرغ")
        if noun in person_roles() and head_type(noun) is None:  # not a title a noun hangs on ("قال مكتب رئيس كوريا")
            return Span(words[role].start, body.span.end) if role == 0 or not _hangs_on(words[role - 1]) else None
    return None


def _hangs_on(word: Word) -> bool:
    """Whether a title after `word` is its complement: an office or post ("مكتب رئيس كوريا"، "المرشح لمنصب رئيس
    المحكمة")، another role ("مستشار رئيس الوزراء"), kin ("زوجة رئيس"، "أسرة"), or a body's head noun ("حكومة رئيس
    الوزراء")."""
    noun = _role_noun(word)
    office = noun[1:] if noun[:1] == "ل" and noun[1:] in function_words("office_of") else noun  # "المرشح لمنصب رئيس"
    return (noun in person_roles() or head_type(noun) is not None
            or any(office in function_words(kind) for kind in ("office_of", "relative_one", "relative_group")))


def _role_noun(word: Word) -> str:
    """The noun of `word` as a title is compared: "وأمير" -> "أمير" (a role after the conjunction), "الوزيرة" -> "وزيرة"."""
    text = word.text[1:] if word.text[:1] in ("و", "ف") and word.text[1:] in person_roles() else word.text
    return bare_noun(word) if text == word.text else text


def _title_runs_to(told: Sequence[Word], body_end: int) -> bool:
    """Whether the title words `told` (nearest the name first) run from the body, ending at `body_end`, to the name
    with its adjectives, ranks and fields only ("أمير دولة قطر الشيخ تميم"، "مؤسس شركة تيسلا لصناعة السيارات، إيلون
    ماسك"); not a clause that names the body and then someone else ("رد رئيس باراغواي على طلب بنس"), nor a former
    holder ("رئيس باراغواي السابق، هوراسيو كارتيس")."""
    between = [w for w in told if w.start >= body_end]
    return all(w.text not in function_words("preposition") and w.text not in function_words("former_holder") and (definite_noun(w) is not None or w.text[:1] == "ل"
                                                               or titles().get(w.text) == "rank") for w in between)


def _nearest_role(told: Sequence[Word], role: str) -> Word | None:
    """The word of `role` among the title words `told` before a name, nearest first, where no other role stands
    nearer the name ("رئيس اتحاد الكرة سالم العبيدي مدرب المنتخب X": X is the coach the nearer title names, not the
    head of the federation, whose name the tagger missed). A rank right before the name is no other role ("أمير
    دولة قطر الشيخ تميم"، "مؤسس الشركة الدكتور X")."""
    if told and titles().get(told[0].text) == "rank":
        told = told[1:]
    for w in told:
        noun = _role_noun(w)
        if noun == role:
            return w
        if noun in person_roles():
            return None
    return None


def _words_back_to_punctuation(words: Sequence[Word]) -> list[Word]:
    """The last words of `words` back to punctuation, nearest first."""
    out: list[Word] = []
    for w in reversed(words):
        if not w.is_word or len(out) == MAX_TITLE_WORDS:
            break
        out.append(w)
    return out


def _under_another(told: Sequence[str], k: int) -> bool:
    """Whether the title at told[k] hangs on a role before it ("نائب الرئيس X" is not "الرئيس")."""
    return k > 0 and told[k - 1] in person_roles()


def _title_before(doc: Document, start: int, floor: int) -> list[Word]:
    """The words of the title right before a name at offset `start`: back to punctuation, a name ending at
    `floor`, or a word joined by "و" to the one before ("فوافق السفير ووعد أحدهم ويدعى X": no title), the
    last of them at most _TITLE_REACH words before the name (a comma right before it aside)."""
    words = scan(doc.text, Span(max(floor, start - _TITLE_CHARS), start))
    if words and words[-1].text in COMMAS:
        words = words[:-1]  # "الرئيس الأمريكي، دونالد ترامب": a title set off from the name by a comma
    out: list[Word] = []
    for w in reversed(words):
        if not w.is_word or len(out) == _TITLE_REACH:
            break
        out.append(w)
        if len(out) > 1 and w.text[0] == "و" and definite_noun(w) is None:
            break
    return out[::-1]
