"""Who a subject with no name stands for, and whom a speaker with no subject of their own is.

A speech verb's subject may be a statement ("وقال البيان": its issuer), a title told before with its
bearer's name ("وأوضحت الوزيرة" after "قالت وزيرة الصحة X"; "وشدد وزير الخارجية الروسي" after "كشف
وزير الخارجية الروسي X"; "رئيس الوزراء" after "رئيس الوزراء العراقي X"), a body's head noun ("وأكد المجلس"
after "مجلس الأمن الدولي"), a description of someone told of ("وأضاف خريج كلية علوم الذي يعمل طباخا"), or
missing: after "حين"، "عندما"، "إذ" the verb shares the subject of the clause it hangs on, a person ("ورد X
على الانتقادات حين قال…"); words said in a statement ("رسالة قال فيها"، "بيانا جاء فيه"، "رسالة مفادها")
are its issuer's. Used by quotes.py for every speech act.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.mention_index import mention_index
from rasad.extract.speaker_bodies import (
    body_of_field,
    body_with_head,
    body_with_prefix,
    body_with_tail,
    site_owner,
)
from rasad.extract.speech import (
    bare_noun,
    definite_noun,
    feminine_verb,
    governing_preposition,
    is_complementizer,
    is_statement_noun,
    mention_key,
    mentions_between,
    person_roles,
    speech_index,
    statement_nouns,
    subject_mention,
)
from rasad.extract.subject_phrase import adverbs
from rasad.extract.subjects import asides
from rasad.extract.title_bearers import MAX_TITLE_WORDS, title_bearer, told_under
from rasad.extract.wordscan import Word, function_words, previous_word, scan, word_starting_at

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct

_MAX_ISSUER_WORDS = 8  # words between the subject that issues a statement and the statement ("في بيان")
_MAX_SURNAME_WORDS = 2
_MAX_WAS_SUBJECT_WORDS = 5  # words between كان and its verb ("وكان الوزير يتحدث")
_ALREADY = (norm("قد"), norm("وقد"))  # the particle between كان's subject and its verb ("وكان X قد أكد")
_ISSUED_FROM = ("عن", "من")  # "بيان صادر عن الجيش"، "بيان من مكتب الرئيس": the issuer wherever it stands after it
_ISSUER_PREPOSITIONS = (None, "عن", "من", "ل")  # "بيان الجيش"، "بيان صادر عن الجيش"، "بيان للجيش"; not "رسالة إلى الوزير"


def antecedent(doc: Document, words: Sequence[Word], np: Span, titles: Titles, *, subject_end: int | None = None) -> Mention | None:
    """Who a subject with no name stands for: the issuer of a statement ("وقال البيان"), the person last
    quoted under that title ("وأوضحت الوزيرة" after "قالت وزيرة الصحة X", "وشدد وزير الخارجية الروسي"
    after "كشف وزير الخارجية الروسي X") or last named with it ("رئيس الوزراء" after "رئيس الوزراء العراقي
    X"), the person a pronoun stands for ("تقول هي ووزراؤها"), or the body last named with that head noun
    ("وأكد المجلس" after "عقد مجلس الأمن اجتماعا"). A statement's issuer told right after it ("وأضاف بيان
    للرئاسة") is looked for up to `subject_end`, where the verb's subject ends (the clause after it holds none)."""
    at = word_starting_at(words, np.start)
    head = words[at]
    if is_statement_noun(head):  # its issuer told right after it ("وأضاف بيان للرئاسة"), else the last one's
        told = _issuer_of(doc, words, at, subject_end, after_only=True) if subject_end is not None else None
        return told or statement_issuer(doc, head.start, noun=statement_key(head))
    if head.text in function_words("subject_pronoun"):
        return last_person(doc, words[0].start, np.start)
    role = definite_noun(head)
    title = [w for w in scan(doc.text, np) if w.is_word and w.text not in adverbs()]
    if role in person_roles() or role in _descriptors():
        return titles.person(role) or title_bearer(doc, title, np.start) or described_person(doc, role, titles, np.start)
    if role is not None and len(title) == 1:  # "وأكد المجلس"، "وأضاف الملا" (a surname with the article, after "طارق الملا")
        return (body_with_head(doc, role, np.start) or body_of_field(doc, role, np.start) or body_with_tail(doc, title, np.start)
                or surname_bearer(doc, np))
    return (titles.bearer(_title_key(scan(doc.text, np))) or surname_bearer(doc, np) or title_bearer(doc, title, np.start)
            or body_with_tail(doc, title, np.start) or body_with_prefix(doc, title, np.start))


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return normalised_lines("rasad.extract", "speech_descriptors.tsv")


@lru_cache(maxsize=1)
def _descriptor_others() -> dict[str, frozenset[str]]:
    rows: dict[str, set[str]] = {}
    for row in read_rows("rasad.extract", "speech_descriptor_others.tsv"):
        rows.setdefault(norm(row[0]), set()).add(norm(row[1]))
    return {k: frozenset(v) for k, v in rows.items()}


def described_person(doc: Document, role: str, titles: Titles, before: int) -> Mention | None:
    """For a subject that describes a person by kind ("المسؤولة الأممية" after "ووصفت ميشيل باشيليت، المفوض السامي
    لحقوق الإنسان"، "وقال اللاعب البرازيلي" after Neymar's words): the person of that gender who spoke last, if the last
    one was named (data/speech_descriptors.tsv; "مسؤولة" is a woman), and not told before `before` under a role the
    descriptor never stands for ("اللاعب" is not the coach who spoke last; data/speech_descriptor_others.tsv)."""
    if role not in _descriptors():
        return None
    person = titles.last_speaker(feminine=role.endswith("ه"))
    others = _descriptor_others().get(role)
    return None if person is not None and others and told_under(doc, person, others, before) else person


def surname_bearer(doc: Document, np: Span) -> Mention | None:
    """The person named in full before `np` whose name ends with its words ("وأضافت باب" after "جانيت باب"): a
    surname that is also a common word (باب "door", نور "light") is no name to the tagger alone; nor is a name told
    again that the tagger missed there ("وقال كلوب عقب المباراة" after "كلوب")."""
    wanted = norm(doc.span_text(np)).split()
    if not wanted or len(wanted) > _MAX_SURNAME_WORDS:
        return None
    for m in reversed(mentions_between(doc, 0, np.start, ("PER",))):
        name = norm(doc.span_text(m.span)).split()
        if len(name) >= len(wanted) and name[-len(wanted) :] == wanted:
            return m
    return None


def last_person(doc: Document, start: int, end: int) -> Mention | None:
    """The person a separate pronoun subject stands for ("تقول هي ووزراؤها"): the last one named in
    [start, end), the sentence before it."""
    people = mentions_between(doc, start, end, ("PER",))
    return people[-1] if people else None


def statement_key(word: Word) -> str:
    """The statement noun a word holds, without the accusative ا ("بيانا"، "البيان" -> "بيان")."""
    form = next((f for f in word.forms if f in statement_nouns()), word.text)
    return form[:-1] if form.endswith("ا") and form[:-1] in statement_nouns() else form


def report_told_first(doc: Document, words: Sequence[Word], np: Span) -> bool:
    """Whether the subject `np` is a definite statement noun ("ولفت التقرير"، "وقال البيان") whose noun no earlier
    words of the document hold: the report of what was just told, not one named before."""
    head = words[word_starting_at(words, np.start)]
    if not is_statement_noun(head) or definite_noun(head) is None:
        return False
    noun = statement_key(head)
    return not any(_same_noun(w, noun) for w in scan(doc.text, Span(0, np.start)))


def _same_noun(word: Word, noun: str) -> bool:
    """Whether `word` holds the statement noun `noun` or its plural ("تقارير"، "بيانات": "ولفت التقرير" after "4
    تقارير" is one of them): a plural in ات, or one with the same letters less its long vowels."""
    if is_statement_noun(word) and statement_key(word) == noun:
        return True
    skeleton = _without_long_vowels(noun)
    return any(f == noun + "ات" or (len(skeleton) >= 3 and _without_long_vowels(f) == skeleton) for f in word.forms)


def _without_long_vowels(text: str) -> str:
    return "".join(c for c in text if c not in "اوي")


def statement_issuer(doc: Document, before: int, *, noun: str | None = None, within: Span | None = None) -> Mention | None:
    """The issuer of the last statement named before `before`: the subject of its clause ("أصدرت الوزارة
    بيانا"، "قالت الوزارة في بيان لها"، "أرسل السفير رسالة"), or the body right after it ("بيان صادر عن
    الجيش"، "بيان للمجلس"). With `noun` ("وقال البيان"), the last statement of that noun is the one meant:
    its issuer, or None when it has none known, not the issuer of an older one ("تعميم صادر عن X … بحسب
    بيان المكتب الإعلامي. وأضاف البيان"); a definite one ("وقال البيان … وأكد البيان") refers further back.
    With `within`, only the last statement in that sentence."""
    sentences = [within] if within is not None else [s for s in doc.sentences if s.start < before] or [Span(0, before)]
    fallback: Mention | None = None
    for sentence in reversed(sentences):
        words = scan(doc.text, sentence)
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w.start >= before or not is_statement_noun(w):
                continue
            m = _issuer_of(doc, words, k, before)
            if within is not None:
                return m
            if noun is not None and statement_key(w) == noun and (m is not None or definite_noun(w) is None):
                return m  # a definite one with no issuer ("وقال البيان") tells of an older one
            if m is not None and noun is None:
                return m
            fallback = fallback or m
    return fallback


def issuer_named_after(doc: Document, words: Sequence[Word], k: int, before: int) -> Mention | None:
    """The issuer named right after the statement noun at word `k`, before offset `before` ("بيان للبيت الأبيض"،
    "بيان صادر عن وزارة الاقتصاد"، "تقرير لمنظمة العفو"): who speaks where the statement is the subject. A place
    that speaks for those who work in it, right after the noun, too ("بيان للبيت الأبيض"، "بيان الكرملين")."""
    if k + 1 >= len(words) or words[k + 1].start >= before:
        return None
    m = _issuer_of(doc, words, k, before, after_only=True)
    if m is not None and not _issued_by(doc, words, k, m):
        m = None
    m = m or site_owner(doc, words, k, before)
    if m is None:
        m = next((x for x in mention_index(doc).between(words[k + 1].start, words[k + 1].end) if x.type == "FAC"), None)
    return m


def _issued_by(doc: Document, words: Sequence[Word], k: int, m: Mention) -> bool:
    """Whether `m`, found after the statement noun at word `k`, issued it: named where the phrase of its issuer opens
    right after the noun (or after "صادر"، "أصدره"), under ل، عن or من ("بيان للجيش"، "بيان صادر عن الجيش"، "تقرير
    لشبكة بي أن سي"، "بيان صادر عن مكتب باسيل"), or in construct with a noun with no article ("بيان الجيش"); or the
    body a bare "للمجلس" right after it stands for. Not a name further on ("الرسالة الموجهة لسوندار بيتشاي": to whom
    it was sent), nor one right after a definite noun ("ووصفت الرسالة فاليتا": what it describes)."""
    n = k + 1
    if m.span.start < words[k].start:
        return words[n].text.startswith("لل")
    if n + 1 < len(words) and not _issuing().isdisjoint(words[n].forms):
        n += 1
    opened = words[n].text in _ISSUED_FROM or _under_lam(words[n])
    if words[n].text in _ISSUED_FROM and n + 1 < len(words):
        n += 1
    def holds(x: int) -> bool:
        return x < len(words) and words[x].start <= m.span.start < words[x].end
    if holds(n):
        return opened or governing_preposition(doc.text, m.span.start) is not None or definite_noun(words[k]) is None
    return opened and holds(n + 1)  # a head noun before the name: "للجنة منظمة اليونسكو"


def _issuer_of(doc: Document, words: Sequence[Word], k: int, before: int, *, after_only: bool = False) -> Mention | None:
    """The issuer of the statement noun at word `k`: the subject of its clause, or the body after it, before
    offset `before`; with `after_only` (the statement is the subject), only the body after it."""
    relayed = (k > 0 and words[k - 1].text in function_words("relay_of")) or _relay_verb_before(words, k)  # "نقلا عن
    # بيان"، "ونقلت صحيفة الأهرام تصريح الوزير X": the relayer before it, the issuer after it
    zone = _issuer_zone(words, k)
    issued = k + 1 < len(words) and any(f in _issuing() for f in words[k + 1].forms)  # "بيان أصدره البيت الأبيض"
    m = None if relayed or issued or after_only else subject_mention(doc, zone, words[k].start)
    if m is None and not relayed and not issued and not after_only:
        role = next((n for n in range(len(words)) if zone <= words[n].start < words[k].start
                     and definite_noun(words[n]) in person_roles()), None)
        m = title_bearer(doc, words[role:k], words[role].start) if role is not None else None  # "أرسل السفير رسالة"
    if m is None:
        tail = [x for x in words[k + 1 : k + 1 + _MAX_ISSUER_WORDS] if x.end <= before]
        cut = next((x.start for n, x in enumerate(tail) if not x.is_word or is_complementizer(tail, n)
                    or (x.text in function_words("preposition") and x.text not in _ISSUER_PREPOSITIONS)), None)
        end = cut if cut is not None else (tail[-1].end if tail else words[k].end)
        m = next((x for x in mentions_between(doc, words[k].end, end)  # "بيان من مكتب رئيس الوزراء X"
                  if governing_preposition(doc.text, x.span.start) in _ISSUER_PREPOSITIONS), None)
        body = next((x for x in tail if x.start < end and x.text.startswith("لل")), None)  # "بيان للمجلس"
        if m is None and body is not None:
            m = body_with_head(doc, body.text[2:], words[k].start)
    return m or site_owner(doc, words, k, before)  # "بيان منشور على موقع الوزارة"


def _under_lam(word: Word) -> bool:
    """"لشبكة"، "للجنة": a noun with ل written onto it (a reading without it, or ل before the article)."""
    return word.text.startswith("لل") or (word.text[:1] == "ل" and word.text[1:] in word.forms)


def _relay_verb_before(words: Sequence[Word], k: int) -> bool:
    """Whether the statement noun at word `k` is the object of a relay verb right before it, with at most its subject
    between ("ونقلت صحيفة الأهرام تصريح الوزير"): the subject passes the statement on and did not issue it. Not one
    the subject relayed in ("نقلت الوزارة في بيان عن الوزير": the ministry's statement)."""
    start = max(0, k - _MAX_ISSUER_WORDS)
    verbs = speech_index().find_all(words[start:k])
    between = words[start + verbs[-1].last + 1 : k] if verbs else []
    return (bool(verbs) and verbs[-1].payload.cls == "relay"
            and all(w.is_word and w.text not in function_words("preposition") for w in between))


def _issuer_zone(words: Sequence[Word], k: int) -> int:
    """Where the subject of the clause that names the statement at word `k` may start: after the speech verb
    or punctuation before it, a few words back at most ("وحسب رويترز، أضافت الوزارة في بيان": the ministry)."""
    start = max(0, k - _MAX_ISSUER_WORDS)
    verbs = [m.last for m in speech_index().find_all(words[start:k])]
    cut = max([start + v + 1 for v in verbs] + [n + 1 for n in range(start, k) if not words[n].is_word], default=start)
    return words[cut].start if cut < k else words[k].start


@lru_cache(maxsize=1)
def _issuing() -> frozenset[str]:
    return normalised_lines("rasad.extract", "statement_issuing.tsv")


def main_clause_subject(doc: Document, words: Sequence[Word], i: int, clause_start: int) -> Mention | None:
    """For a verb at word `i` right after "حين"، "عندما"، "إذ" (a clause of when, with no subject of its own):
    the subject of the clause it hangs on, a person named between `clause_start` and the link word."""
    link = previous_word(words, i)
    if link is None or link is not words[i - 1] or link.text not in function_words("same_subject_link"):
        return None
    m = subject_mention(doc, clause_start, link.start)
    return m if m is not None and m.type == "PER" else None  # "جاء ذلك في تغريدة على تويتر حين قال": no one


def _title_key(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words if w.is_word and w.text not in adverbs())


class Titles:
    """Per role, the last person quoted under a title it heads, the title between the verb and the
    name ("قالت وزيرة الصحة X"), for a bare title that refers back ("وأوضحت الوزيرة"); and per whole
    title, its last bearer, for the title told again in full ("وشدد وزير الخارجية الروسي"). A title holds
    no preposition but a role's own (باسم، لشؤون، في): "مصدر قريب من المغنية X" is not X's title. Each
    act is read once, as it is told, so a long document does not read all earlier acts at every bare title."""

    def __init__(self) -> None:
        self._people: dict[str, Mention] = {}
        self._bearers: dict[str, Mention] = {}
        self._last: dict[bool, Mention | None] = {}  # per gender (feminine), the last person who spoke, if named

    def note(self, doc: Document, act: SpeechAct) -> None:
        self._note_speaker(doc, act)
        span = act.speaker_span
        if span is None or span.start <= act.verb.end or act.sv.cls == "relay":
            return
        index = mention_index(doc)
        person = next((m for m in index.at(span) if m.type == "PER"), None)
        title = [w for w in scan(doc.text, Span(act.verb.end, span.start))
                 if w.is_word and w.text not in adverbs() and not index.in_timex(w.start)]
        if person is None or not title or len(title) > MAX_TITLE_WORDS or any(_foreign_preposition(w) for w in title):
            return
        self._people[bare_noun(title[0])] = person
        self._bearers[_title_key(title)] = person

    def _note_speaker(self, doc: Document, act: SpeechAct) -> None:
        """The speaker of `act` as the last person of the verb's gender who spoke: the person named, or no one for a
        person left unnamed ("قال مسؤول أمريكي"); a body does not count."""
        words = scan(doc.text, act.verb)
        form = next((m.form for m in speech_index(True).matches_at(words, 0) if m.payload == act.sv), None) if words else None
        feminine = feminine_verb(form, act.sv) if form is not None else None
        if feminine is None or act.speaker_span is None:
            return
        at = mention_index(doc).at(act.speaker_span)
        person = next((m for m in at if m.type == "PER"), None)
        head = scan(doc.text, act.speaker_span)[:1]
        if person is not None or (not at and head and bare_noun(head[0]) in person_roles() | _descriptors()):
            self._last[feminine] = person

    def last_speaker(self, *, feminine: bool) -> Mention | None:
        return self._last.get(feminine)

    def person(self, role: str) -> Mention | None:
        return self._people.get(role)

    def bearer(self, title: str) -> Mention | None:
        return self._bearers.get(title)


def _foreign_preposition(word: Word) -> bool:
    text = word.text[1:] if len(word.text) > 2 and word.text[0] in "وف" else word.text
    return text in function_words("preposition") and text not in function_words("role_link")


def statement_before(words: Sequence[Word], i: int, sentence: Span) -> bool:
    """Whether a statement noun stands before the verb at word `i` in its sentence ("رسالة … قال فيها")."""
    return any(is_statement_noun(w) for w in words[:i] if w.start >= sentence.start)


def issuer_speaks(doc: Document, words: Sequence[Word], i: int, act: SpeechAct, previous: SpeechAct | None) -> None:
    """The speaker of words said in the statement named last before the verb at word `i`: its issuer in the
    sentence ("أرسل السفير X رسالة قال فيها")، else the speaker before, in the sentence ("قال X إن الهجمات
    استهدفت إرسال رسالة مفادها") or the paragraph ("وتظهر الوثائق رسالة قال فيها")."""
    last = word_starting_at(words, act.verb.end) - 1  # "وجاء في بيان صادر عن الجيش": the phrase names the statement
    told_in = is_statement_noun(words[last]) and act.content is not None and act.content.start > act.verb.end
    m = issuer_named_after(doc, words, last, act.content.start) if told_in and act.content is not None else None
    m = m or statement_issuer(doc, words[i].start, within=act.sentence)
    if m is not None:
        act.speaker, act.speaker_span, act.explicit = mention_key(doc, m), m.span, True
    elif previous is not None:
        act.speaker, act.speaker_span, act.institution = previous.speaker, previous.speaker_span, previous.institution


def described(words: Sequence[Word], np: Span) -> bool:
    """Whether a subject with no name is a description with a relative clause ("وأضاف خريج كلية علوم الذي
    يعمل طباخا"): someone already told of, not a new speaker."""
    inside = [w for w in words if np.start <= w.start < np.end]
    if not inside or is_statement_noun(inside[0]):
        return False  # "وأضاف البيان الذي…": the statement's issuer
    return any(n > 0 and w.text in function_words("relative_pronoun") for n, w in enumerate(inside))


def subject_after_was(doc: Document, words: Sequence[Word], i: int, sentence: Span,
                      titles: Titles) -> tuple[Mention | None, Span | None]:
    """The subject between كان and the verb at word `i` ("وكان الوزير (قد) يتحدث"): the person or body told before
    by title or name, and the subject's words (with no one known, "وكان وزير المالية X، وهو صهر الرئيس Y، قد
    صرح": the minister, whom the tagger missed, not Y). An aside between them is no part of it."""
    k = next((n for n in range(i) if words[n].start >= sentence.start and words[n].is_word), None)
    if k is None or words[k].text not in function_words("pluperfect") or words[k].text in _ALREADY:
        return None, None
    end = i - 1 if words[i - 1].text in _ALREADY else i
    skip = asides(words, k + 1, end)
    subject = [w for n, w in enumerate(words[k + 1 : end], k + 1) if n not in skip]
    if not subject or not all(w.is_word for w in subject) or len(subject) > _MAX_WAS_SUBJECT_WORDS:
        return None, None
    np = Span(subject[0].start, subject[-1].end)
    return next(iter(mention_index(doc).at(np)), None) or antecedent(doc, words, np, titles), np
