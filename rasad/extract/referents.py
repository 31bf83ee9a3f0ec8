"""Who a subject with no name stands for, and whom a speaker with no subject of their own is.

A speech verb's subject may be a statement ("وقال البيان": its issuer), a title told before with its
bearer's name ("وأوضحت الوزيرة" after "قالت وزيرة الصحة X"; "وشدد وزير الخارجية الروسي" after "كشف
وزير الخارجية الروسي X"), or missing: after "حين"، "عندما"، "إذ" the verb shares the subject of
the clause it hangs on, a person ("ورد X على الانتقادات حين قال…"). Used by quotes.py for every speech act.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.mention_index import mention_index
from rasad.extract.speech import (
    adverbs,
    bare_noun,
    definite_noun,
    is_complementizer,
    is_statement_noun,
    mentions_between,
    person_roles,
    speech_index,
    subject_mention,
)
from rasad.extract.wordscan import Word, function_words, previous_word, scan, word_starting_at

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct

_MAX_ISSUER_WORDS = 8  # words between the subject that issues a statement and the statement ("في بيان")
_MAX_SURNAME_WORDS = 2
_MAX_TITLE_WORDS = 12  # words of a title before the name ("وزيرة الدولة لشؤون الإعلام المتحدثة باسم الحكومة")


def antecedent(doc: Document, words: Sequence[Word], np: Span, titles: Titles) -> Mention | None:
    """Who a subject with no name stands for: the issuer of a statement ("وقال البيان"), or the person last
    quoted under that title ("وأوضحت الوزيرة" after "قالت وزيرة الصحة X", "وشدد وزير الخارجية الروسي"
    after "كشف وزير الخارجية الروسي X"), or the person a pronoun stands for ("تقول هي ووزراؤها")."""
    head = words[word_starting_at(words, np.start)]
    if is_statement_noun(head):
        return statement_issuer(doc, np.end)
    if head.text in function_words("subject_pronoun"):
        return last_person(doc, words[0].start, np.start)
    role = definite_noun(head)
    if role in person_roles():
        return titles.person(role)
    return titles.bearer(_title_key(scan(doc.text, np))) or surname_bearer(doc, np)


def surname_bearer(doc: Document, np: Span) -> Mention | None:
    """The person named in full before `np` whose name ends with its words ("وأضافت باب" after "جانيت باب"): a
    surname that is also a common word (باب "door", نور "light") is no name to the tagger alone."""
    wanted = norm(doc.span_text(np)).split()
    if not wanted or len(wanted) > _MAX_SURNAME_WORDS:
        return None
    for m in reversed(mentions_between(doc, 0, np.start, ("PER",))):
        name = norm(doc.span_text(m.span)).split()
        if len(name) > len(wanted) and name[-len(wanted) :] == wanted:
            return m
    return None


def last_person(doc: Document, start: int, end: int) -> Mention | None:
    """The person a separate pronoun subject stands for ("تقول هي ووزراؤها"): the last one named in
    [start, end), the sentence before it."""
    people = mentions_between(doc, start, end, ("PER",))
    return people[-1] if people else None


def statement_issuer(doc: Document, before: int) -> Mention | None:
    """The issuer of the last statement named before `before`: the subject of its clause ("أصدرت الوزارة
    بيانا"، "قالت الوزارة في بيان لها") or the name right after it ("بيان صادر عن الجيش")."""
    for sentence in reversed([s for s in doc.sentences if s.start < before] or [Span(0, before)]):
        words = scan(doc.text, sentence)
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w.start >= before or not is_statement_noun(w):
                continue
            relayed = k > 0 and words[k - 1].text in function_words("relay_of")  # "نقلا عن بيان": the relayer before it
            m = None if relayed else subject_mention(doc, _issuer_zone(words, k), w.start)
            if m is None:
                tail = words[k + 1 : k + 4]
                cut = next((x.start for n, x in enumerate(tail) if not x.is_word or is_complementizer(tail, n)), None)
                m = next(iter(mentions_between(doc, w.end, cut if cut is not None else (tail[-1].end if tail else w.end))), None)
            if m is not None:
                return m
    return None


def _issuer_zone(words: Sequence[Word], k: int) -> int:
    """Where the subject of the clause that names the statement at word `k` may start: after the speech verb
    or punctuation before it, a few words back at most ("وحسب رويترز، أضافت الوزارة في بيان": the ministry)."""
    start = max(0, k - _MAX_ISSUER_WORDS)
    verbs = [m.last for m in speech_index().find_all(words[start:k])]
    cut = max([start + v + 1 for v in verbs] + [n + 1 for n in range(start, k) if not words[n].is_word], default=start)
    return words[cut].start if cut < k else words[k].start


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

    def note(self, doc: Document, act: SpeechAct) -> None:
        span = act.speaker_span
        if span is None or span.start <= act.verb.end or act.sv.cls == "relay":
            return
        index = mention_index(doc)
        person = next((m for m in index.at(span) if m.type == "PER"), None)
        title = [w for w in scan(doc.text, Span(act.verb.end, span.start))
                 if w.is_word and w.text not in adverbs() and not index.in_timex(w.start)]
        if person is None or not title or len(title) > _MAX_TITLE_WORDS or any(_foreign_preposition(w) for w in title):
            return
        self._people[bare_noun(title[0])] = person
        self._bearers[_title_key(title)] = person

    def person(self, role: str) -> Mention | None:
        return self._people.get(role)

    def bearer(self, title: str) -> Mention | None:
        return self._bearers.get(title)


def _foreign_preposition(word: Word) -> bool:
    text = word.text[1:] if len(word.text) > 2 and word.text[0] in "وف" else word.text
    return text in function_words("preposition") and text not in function_words("role_link")
