"""Passive voice, agents named after a mark, and deaths an announcer did not cause.

News rarely writes a passive's damma ("قُتل"), so "قتل 47 متمردا" looks like "قتل الجيش 3
فلسطينيين". A verb flagged `passive` (data/event_triggers.tsv: قتل، اعتقل…) reads as passive, its
subject the one it befell, in its past tense where:

- its bare form stands right before a count ("قتل 47 متمردا"، "قتل أكثر من 70"، "اعتقل العشرات"،
  "قتل شخص"): a verb before its subject is masculine singular, and these verbs befall the counted;
  not where its subject stands before it ("أنه قتل ثلاثة"، "الذي قتل شخصين"، "وكان الجيش قد قتل");
- nothing after it can be its subject or object: a preposition, a mark of its agent or another event's
  verb follows, or its clause ends ("الباخشي قتل بعد رفضه"، "ضحايا قتلوا بأيدي مهاجرين"، "فلسطيني قتل وأصيب
  العشرات"). A feminine form is left active: "السلطات اعتقلت، الخميس، 76 شخصا" is far more common than a
  woman arrested.

Commas and time expressions between the verb and what follows are passed over. Who did what a passive
verb or a death noun tells is named after a mark of the agent (function_words armed_means and passive_agent:
"برصاص الجيش الإسرائيلي"، "على يد مسلحين"، "في غارات لمقاتلات التحالف"). Who announces deaths killed
only the announced enemies ("أعلن الجيش مقتل 15 إرهابيا"، function_words hostile_dead) or deaths it
claims ("مسؤوليتها عن مقتل"); "أعلنت وزارة الصحة مقتل 20 شخصا" tells no killer.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.document import Span
from rasad.extract.events.arguments import PARTICIPANT_TYPES, Placed, carries_object
from rasad.extract.events.drafts import Draft
from rasad.extract.events.lexicon import casualty_index, count_noun_index
from rasad.extract.numbers import find_numbers_in
from rasad.extract.wordscan import Word, function_words

PASSIVE = "passive"  # the trigger flag
ATTACK = "ASSAULT"  # an attack's own named doer stands, whoever announces it
SUFFERS = "subj=target"
COUNTED = "subj=after"  # a passive whose subject is the count after it: no name before the verb is its target
_AGREEMENT = ("وا", "ا")  # plural and dual endings: "قتلوا"، "اعتقلا" (a passive after its subject)
_FEMININE = ("ت", "تا")
_AGENT_REACH = 3  # words from a mark to the agent's name: "برصاص قناصة الجيش"، "في غارات لمقاتلات التحالف"
_SUBJECT_REACH = 4  # words back from the verb to a word that brings its subject first
_KIN_REACH = 8  # words after a death noun where its dead are told: "مقتل ثلاثة عناصر يشتبه بأنهم من العناصر الإرهابية"
_AGENT_PREPS = (None, "ل", "مع")  # "هجوم للدراويش"، "اشتباكات مع الجيش"
_BODIES = frozenset({"ORG", "GPE"})  # a body before the verb does it: "وكان الجيش الإسرائيلي قد قتل بالرصاص العشرات"
_THEN = "ف"  # "فقتل": what the subject of the verb before did next
_DEATHS = frozenset({"killed", "injured"})  # casualty_cues.tsv


def mark_passive(words: Sequence[Word], drafts: Sequence[Draft], placed: Sequence[Placed], timed: Sequence[Span]) -> None:
    """Flag subj=target on every draft whose verb reads as passive here (module doc)."""
    starts = {d.first for d in drafts}
    for d in drafts:
        if PASSIVE in d.flags and d.pos == "verb" and d.tense == "past" and not _body_before(placed, words, d.first):
            d.flags = d.flags | _passive_flags(words, d, starts, timed)


def _body_before(placed: Sequence[Placed], words: Sequence[Word], first: int) -> bool:
    """Whether a body or a country is named right before the verb, only "قد" between: it is the subject that acts
    ("وكان الجيش الإسرائيلي قد قتل بالرصاص الحي العشرات"); people are the ones killed or held ("خاشقجي قتل في")."""
    k = first - 1
    while k >= 0 and words[k].text in function_words("verb_particle"):
        k -= 1
    return k >= 0 and any(p.prep is None and p.mention.type in _BODIES and words[k].start < p.mention.span.end <= words[k].end
                          for p in placed)


def _passive_flags(words: Sequence[Word], d: Draft, starts: set[int], timed: Sequence[Span]) -> frozenset[str]:
    """The flags a passive reading adds to `d`: none where it reads active."""
    verb = words[d.first]
    if verb.text.endswith(_FEMININE) or carries_object(verb) or (d.hit is not None and d.hit.clitics.endswith(_THEN)):
        return frozenset()  # "هاجم الجيش القرية فقتل 19": the same subject goes on
    k = _next_word(words, d.last + 1, timed)
    if k is None or not words[k].is_word or k in starts:
        return frozenset({SUFFERS})  # the clause ends, or another event's verb follows: "قتل وأصيب العشرات"
    if _counts_at(words, k):  # "قتلوا نحو 10 متطرفين": a count after a plural verb is its object
        bare = not verb.text.endswith(_AGREEMENT)
        return frozenset({SUFFERS, COUNTED}) if bare and not _subject_before(words, d.first) else frozenset()
    word = words[k]
    if not function_words("preposition").isdisjoint(word.forms) or marks_agent(word):
        return frozenset({SUFFERS})
    return frozenset()


def _next_word(words: Sequence[Word], k: int, timed: Sequence[Span]) -> int | None:
    """The first word from `k` that is neither a comma nor inside a time expression; None at the sentence's end."""
    while k < len(words) and (words[k].text in ("،", ",") or any(t.start <= words[k].start < t.end for t in timed)):
        k += 1
    return k if k < len(words) else None


def _counts_at(words: Sequence[Word], k: int) -> bool:
    """Whether a count opens at word `k`: a number with its approximation ("أكثر من 70"), a vague count
    (العشرات، عدد) or a counted noun in the singular or the dual (شخص، شخصان); a plural may be the object of a verb whose
    subject went before ("هاجم سوبرماركت واحتجز رهائن")."""
    noun = count_noun_index().match_at(words, k)
    if not function_words("vague_count").isdisjoint(words[k].forms) or (noun is not None and (noun.payload.singular or noun.payload.dual)):
        return True
    start = words[k].start
    return any(n.full_span.start == start for n in find_numbers_in(words[k : k + 6]))


def _subject_before(words: Sequence[Word], first: int) -> bool:
    """Whether a word within a few words before the verb brings its subject first, with no comma between:
    "أن الجيش قتل"، "أنه قتل"، "الذي قتل شخصين"، "وكان الجيش قد قتل"."""
    openers = function_words("complementizer") | function_words("relative_pronoun") | function_words("subject_opener")
    for k in range(first - 1, max(-1, first - 1 - _SUBJECT_REACH), -1):
        if not words[k].is_word:
            return False
        if words[k].text in openers:
            return True
    return False


def marks_agent(word: Word) -> bool:
    return not (function_words("armed_means").isdisjoint(word.forms) and function_words("passive_agent").isdisjoint(word.forms))


def agents_after(placed: Sequence[Placed], words: Sequence[Word], last: int, hi: int, starts: set[int]) -> list[Placed]:
    """Participants named after a mark of the agent in words (last, hi), with no other participant or event
    verb between ("برصاص قوات الاحتلال"، "في كمين نصبه مسلحو داعش"; not "في هجوم استهدف السفارة")."""
    return [p for p in placed if last < p.index < hi and p.prep in _AGENT_PREPS and p.mention.type in PARTICIPANT_TYPES
            and _named_after_mark(words, placed, starts, last, p)]


def _named_after_mark(words: Sequence[Word], placed: Sequence[Placed], starts: set[int], last: int, p: Placed) -> bool:
    """Whether a mark of the agent stands a few words before `p`; an attack or a clash (agent_event) only with a
    word that brings the agent in between: ل، مع، a verb with its pronoun ("هجوم شنه مسلحون")."""
    brought = p.prep is not None
    for k in range(p.index - 1, max(last, p.index - 1 - _AGENT_REACH), -1):
        word = words[k]
        if marks_agent(word):
            return True
        if not function_words("agent_event").isdisjoint(word.forms):
            return brought
        brought = brought or word.text in function_words("agent_link") or carries_object(word) or _glued_lam(word)
        if k in starts or any(q.index == k for q in placed):
            return False
    return False


def _glued_lam(word: Word) -> bool:
    """"لمقاتلات"، "لعناصر": a genitive's ل glued to the word that names the doer."""
    return word.text.startswith(_LAM) and word.text[1:] in word.forms


_LAM = "ل"


def announced_by_other(words: Sequence[Word], d: Draft) -> bool:
    """Whether `d` is a death or wounding (a noun or a passive verb) its announcer did not cause: not one it claims
    ("مسؤوليتها عن مقتل") nor deaths of its enemies ("أعلن الجيش مقتل 52 إرهابيا"، "مقتل خمسة من العناصر التكفيرية")."""
    cue = casualty_index().match_at(words, d.first)
    if not (d.pos == "noun" or SUFFERS in d.flags) or cue is None or cue.payload not in _DEATHS:
        return False
    before = words[max(0, d.first - 2) : d.first]
    if any(w.text in function_words("responsibility") for w in before):
        return False
    hostile = function_words("hostile_dead")
    for w in words[d.last + 1 : d.last + 1 + _KIN_REACH]:
        if not hostile.isdisjoint(w.forms) or w.text in hostile:
            return False
        if w.is_word and w.text in function_words("preposition") and w.text not in function_words("partitive"):
            break  # "مقتل 3 جنود في هجوم لمسلحين": who attacked, not who died
    return True
