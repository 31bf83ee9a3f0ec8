"""Sentences and tense cues around a time expression.

A year-less date or a bare weekday is resolved by the direction of its
clause: future cues (سوف، لن، من المقرر، a سـ verb such as سيعقد) point
forward, past cues (أمس، كان، قال) back; an imperfective verb of a scheduled
act right beside it ("الذي يبدأ الاثنين ولاية جديدة"), or before it in the same clause with only
its subject and object between ("حيث يلتقي الزعيم الكوري الشمالي كيم جونغ أون الثلاثاء"), points forward too.
A verb of calling (دعت) with the expression in the complement it opens with إلى points to the nearest day
either way (the act called for follows the call, itself often a day or two old).
"قبل" opening a noun phrase that the expression closes ("قبل قمته مع كيم الثلاثاء") points to the nearest
day either way, unless a future cue stands in the clause. The cue nearest to the expression wins. A cue
after the expression that lies past a complementizer (أن، إنه، بأن) or a quote mark is in a reported clause and does
not count: in "لمح، الخميس، إلى أنه سيسعى" Thursday is when he spoke. Cue words (which may
carry و/ف) live in `time_tense.tsv`.

The second of two weekdays joined by و or أو ("يومي الخميس والجمعة") follows the first (paired_with).

A day counted from today ("اليوم"، "أمس"، "الغد") inside quote marks is the
speaker's: counted from the day the sentence says the words were said, where it
names that day before the quote ("وقال الأحد "…إلى الغد"": Monday).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache

from rasad.arabic.clitics import word_freq
from rasad.arabic.normalize import NormText, norm
from rasad.document import Span
from rasad.extract.timex import lexicon as lx
from rasad.extract.timex.resolve import DONE, FUTURE, NEAREST, PAST
from rasad.extract.timex.spec import Atom

_SENTENCE_END = re.compile(r"[.!?؟\n]+")
_WINDOW_BEFORE, _WINDOW_AFTER = 70, 50
_PRESENT = "present"  # an imperfective verb of a scheduled act: future only right beside the expression
_PLANNED = "planned"  # a plan told in the past ("كان من المقرر أن"): the nearest day either way, whatever follows
_SAYING = "saying"  # a past verb before the quote that holds the expression: the time of saying
_LATER = "later"  # a future cue of a later clause after the expression: the nearest day either way, if nothing else
_FRONTED_WORDS = 1  # words that may stand before an expression that opens its sentence or clause ("وفي"، "أما")
_PRESENT_REACH = 12  # characters between it and the expression (a word or two) ...
_PRESENT_CLAUSE_REACH = 50  # ... or, before it, its subject and object with nothing else between (_same_phrase)
_GAP_BREAK = re.compile(r"[،,;؛:.\"«»“”()]")
_QUOTE_MARKS = "\"«»“”„‟″"


class Sentences:
    """Sentence bounds in the normalised view, for looking up the sentence of an offset."""

    def __init__(self, view: NormText, spans: Sequence[Span] | None = None) -> None:
        if spans:
            bounds = sorted((view.to_normalised(s.start), view.to_normalised(s.end)) for s in spans)
        else:
            bounds, start = [], 0
            for m in _SENTENCE_END.finditer(view.text):
                bounds.append((start, m.end()))
                start = m.end()
            bounds.append((start, len(view.text)))
        self.bounds = bounds
        self.starts = [b[0] for b in bounds]

    def index(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def around(self, pos: int) -> tuple[int, int]:
        return self.bounds[self.index(pos)]


@lru_cache(maxsize=1)
def _cues() -> re.Pattern[str]:
    rows = lx.table("tense")
    words = [w for w, v in rows.items() if v[0] in (FUTURE, PAST, NEAREST, _PLANNED)]
    present = [w for w, v in rows.items() if v[0] == _PRESENT]
    calls = lx.words("tense", "call")
    verbs = r"(?P<verb>(?<!\w)[وف]?(?P<stem>س[يتن]\w{3,}))"
    return re.compile(rf"(?<!\w)[وف]?(?P<cue>{lx.alternation(words)})(?!\w)|(?<!\w)[وف]?(?P<present>{lx.alternation(present)})(?!\w)"
                      rf"|(?<!\w)[وف]?(?P<call>{lx.alternation(calls)})(?!\w)|{verbs}")


@lru_cache(maxsize=1)
def _call_to() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{lx.alternation(lx.words('tense', 'call_to'))})(?!\w)")


@lru_cache(maxsize=1)
def _clause_breaks() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{lx.alternation(lx.words('tense', 'clause_break'))})(?!\w)")


@lru_cache(maxsize=1)
def _not_verbs() -> frozenset[str]:
    return frozenset(w for w, v in lx.table("tense").items() if v[0] == "not_future")


@lru_cache(maxsize=1)
def _verb_endings() -> tuple[tuple[str, int], ...]:
    """(ending, the fewest letters the bare form keeps without it)."""
    return tuple((end, int(row[1])) for end, row in lx.table("tense", "verb_ending").items())


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word of the shipped news lexicon (rasad.arabic word_freq), normalised as the text is."""
    return frozenset(norm(word) for word in word_freq())


def future_verb(word: str) -> bool:
    """Whether a word of the shape سـ + ي/ت/ن + stem is a future verb: its bare present form is a known word
    ("سينتقل" -> "ينتقل", "سيواصلون" -> "يواصل"), where a noun or a name is not ("سنوات" -> "نوات", "سيرغي",
    "سيناء"). Names whose tail happens to be a word ("سنجار" -> "نجار") are listed in time_tense.tsv."""
    if word in _not_verbs():
        return False
    bare, known = word[1:], _known_words()
    return bare in known or any(
        bare.endswith(end) and len(bare) - len(end) >= least and bare[: -len(end)] in known for end, least in _verb_endings()
    )


_WORD = re.compile(r"[\w]+")


def prev_word(text: str, pos: int) -> str:
    """The word that ends right before `pos` (within 30 characters), or ""."""
    words = _WORD.findall(text[max(0, pos - 30) : pos])
    return words[-1] if words else ""


def next_word(text: str, pos: int) -> str:
    """The first word after `pos` (within 30 characters), or ""."""
    m = _WORD.search(text, pos, pos + 30)
    return m.group() if m else ""


@lru_cache(maxsize=1)
def message_words() -> frozenset[str]:
    """Words for a written message that carries its own date (time_context.tsv, class message)."""
    return lx.context("message")


@lru_cache(maxsize=1)
def deadline_words() -> frozenset[str]:
    """Prepositions of a deadline (time_context.tsv, class deadline)."""
    return lx.context("deadline")


def days_of_clause(text: str, days: list[tuple[int, dt.date]], atom: Atom) -> list[tuple[int, dt.date]]:
    """Of (start, day) pairs, those the clock time `atom` may take: not a day told after it past a word that opens
    another clause ("عند الساعة 0109 بتوقيت غرينتش بعد ارتفاعها 68 سنتا الاثنين": time_context.tsv, class
    clock_clause). A part of the day without an hour keeps them ("انقضت المهلة في منتصف الليل بعد اجتماع عقد
    الأحد": the night of that Sunday)."""
    if atom.spec.clock is None:
        return days
    opens, end = lx.context("clock_clause"), atom.end
    return [(at, day) for at, day in days if at < end or not any(
        _listed(w, opens) for w in re.findall(r"\w+", text[end:at]))]


def opens_period_end(text: str, start: int) -> bool:
    """Whether a word that ends a period ("حتى"، "لغاية": time_context.tsv, class until) opens the expression at
    `start` or stands right before it: the day it names is mostly the nearest one, ahead as often as behind,
    whatever the tense of the act that opened the period ("منحته حتى الاثنين للرد"، "بلغ عددهم حتى الخميس")."""
    words = lx.context("until")
    return any(_listed(w, words) for w in (next_word(text, start), prev_word(text, start)))


def _listed(word: str, listed: Collection[str]) -> bool:
    """Whether `word`, or `word` without the conjunction و or ف before it, is one of `listed`."""
    return word in listed or word[:1] in "وف" and word[1:] in listed


def tense(text: str, start: int, end: int, sentence: tuple[int, int], *, later_clauses: bool = False) -> str | None:
    """past, future, nearest or None for the clause around `[start, end)` of the normalised view. `later_clauses`:
    a future cue of a later clause after the expression counts as the expression's own (a clock time asks whether
    its sentence looks forward, not only its clause)."""
    if _done_beside(text, start, end, sentence[0]):
        return DONE
    found = list(_tense_cues(text, start, end, sentence))
    if not found:
        return None
    if any(w == _PLANNED for _, w in found):
        return NEAREST  # "كان من المقرر أن يبدأ ليل الجمعة": a plan seen from the past, held or dropped, near either way
    if later_clauses:
        found = [(at, FUTURE if w == _LATER else w) for at, w in found]
    quoted = [cue for cue in found if cue[1] != _SAYING]
    found = quoted or [(at, PAST) for at, _ in found]  # the saying's past only when the quote itself has no cue
    own = [cue for cue in found if cue[1] != _LATER]
    if not own:
        return NEAREST  # "انطلقت الخميس تحمل … ومن المتوقع وصولها": a later clause looks forward, not the expression's
    which = min(own, key=lambda cue: cue[0])[1]
    if which == NEAREST and any(w == FUTURE for _, w in own):
        return FUTURE  # "سيتوجه إلى … قبل قمة الجمعة": the clause looks forward
    return which


# The word right before or after, with spaces only between: not across a line (a title's last word and the next
# line's verb) nor a comma ("ليومين في يوليو، وقال الوزير" opens another clause).
_BEFORE = re.compile(r"(\w+)[^\S\n]+$")
_AFTER = re.compile(r"[^\S\n]+(\w+)")


def _done_beside(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the expression dates an act already done: it opens with منذ (time_tense.tsv, class done), or a past
    verb stands right before it ("حرائق اندلعت في أكتوبر"), or right after it where it opens its sentence or clause
    ("وفي تموز/يوليو صادقت المحكمة"; not "السنة المالية التي تنتهي في 30 يونيو ارتفعت": the main clause's verb)."""
    if _unprefixed(next_word(text, start)) in _done_words():
        return True
    before = _BEFORE.search(text, max(0, start - 30), start)
    if before is not None and past_verb(before.group(1)):
        return True
    after = _AFTER.match(text, end, end + 30)
    # after it, a verb joined by و/ف opens a clause of its own ("إغلاق الموقع في أيار/مايو ودعت إلى …")
    if after is None or after.group(1)[:1] in "وف" or not past_verb(after.group(1)):
        return False
    return _fronted(text, sentence_start, start)


def _unprefixed(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


@lru_cache(maxsize=1)
def _done_words() -> frozenset[str]:
    return frozenset(lx.words("tense", "done"))


@lru_cache(maxsize=1)
def _past_words() -> frozenset[str]:
    return frozenset(w for w, v in lx.table("tense").items() if v[0] == PAST and " " not in w)


def past_verb(word: str) -> bool:
    """A listed past verb (قال، أعلن، تم) or a word of past shape: a known verb with the subject suffix ت or وا
    ("اندلعت" -> "اندلع"، "أسقطوا" -> "أسقط"), not a plural in ات, a present verb in يـ, a word with the
    article, nor a listed name or noun ("بيروت"; time_tense.tsv, classes past_ending and not_past)."""
    known = _known_words()
    for form in {word, _unprefixed(word)}:
        if form in _past_words():
            return True
        if form.startswith("ال") or form in _not_past():
            continue
        for ending, least in _past_endings():
            bare = form[: -len(ending)]
            if form.endswith(ending) and len(bare) >= least and bare in known and not _other_shape(bare, ending):
                return True
    return False


def _other_shape(bare: str, ending: str) -> bool:
    """A plural in ات ("انتخابات"), or a present verb in يـ ("لن يتمكنوا"، "يلفت" of a root ending in ت)."""
    return bare.startswith("ي") or ending == "ت" and bare.endswith("ا")


@lru_cache(maxsize=1)
def _past_endings() -> tuple[tuple[str, int], ...]:
    return tuple((end, int(row[1])) for end, row in lx.table("tense", "past_ending").items())


@lru_cache(maxsize=1)
def _not_past() -> frozenset[str]:
    return frozenset(lx.words("tense", "not_past"))


def _tense_cues(text: str, start: int, end: int, sentence: tuple[int, int]) -> Iterator[tuple[int, str]]:
    """(distance, direction) of each tense cue that bears on the expression."""
    lo, hi = max(sentence[0], start - _WINDOW_BEFORE), min(sentence[1], end + _WINDOW_AFTER)
    opened = quote_opening(text, sentence, start)
    for m in _cues().finditer(text, lo, hi):
        if m.start() >= end and (_clause_breaks().search(text, end, m.start()) or _opens_quote(text, end, m.start())):
            continue  # "قال، الخميس، إنه سيسعى…"، "قال السبت "سنعلن…"": a cue in what is said is not the time of the saying
        distance = max(0, start - m.end() if m.end() <= start else m.start() - end)
        if m.group("cue"):
            which = lx.table("tense")[re.sub(r"\s+", " ", m.group("cue"))][0]
            if which == NEAREST and not _before_phrase(text, m.start("cue"), m.end(), start):
                continue
            if which == _PLANNED and m.end() > start:
                continue  # the plan must be told before the day it sets
        elif m.group("call"):
            if not _called_for(text, m.end(), start):
                continue
            which = NEAREST
        elif m.group("present"):
            if distance > _PRESENT_REACH and not _same_phrase(text, m.end(), start):
                continue
            which = FUTURE
        elif not future_verb(m.group("stem")):
            continue
        else:
            which = FUTURE
        if which == PAST and opened is not None and m.end() <= opened:
            which = _SAYING  # "وأضاف: "نستعد لمباراة الخميس وسنحاول"": the time of saying, not of what is said
        if which == FUTURE and not m.group("present") and m.start() >= end and _later_clause(text, end, m, sentence[0], start):
            which = _LATER
        yield distance, which


def _later_clause(text: str, end: int, cue: re.Match[str], sentence_start: int, start: int) -> bool:
    """Whether a cue after the expression is of a later clause: past a punctuation mark or a word that opens a
    clause (time_tense.tsv, class later_clause), or joined by و/ف ("وسيعقبه"), when the expression does not
    itself open its sentence or clause (a fronted "وفي يوم الأحد، سيجتمع" is the verb's)."""
    word = cue.start("cue") if cue.group("cue") else cue.start("stem")
    joined = word > cue.start()
    gap = text[end : cue.start()]
    if not (joined or _GAP_BREAK.search(gap) or _clause_openers().search(gap)):
        return False
    return not _fronted(text, sentence_start, start)


def _fronted(text: str, sentence_start: int, start: int) -> bool:
    """Whether the expression opens its sentence or the clause a complementizer opens ("وفي يوم الأحد، سيجتمع")."""
    opening = max([sentence_start] + [m.end() for m in _clause_breaks().finditer(text, sentence_start, start)])
    return len(_WORD.findall(text[opening:start])) <= _FRONTED_WORDS


@lru_cache(maxsize=1)
def _clause_openers() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وف]?(?:{lx.alternation(lx.words('tense', 'later_clause'))})(?!\w)")


def _before_phrase(text: str, cue_start: int, cue_end: int, start: int) -> bool:
    """"قبل" opens a noun phrase that the expression closes ("قبل قمته مع كيم الثلاثاء"), not a clause
    ("قبل أن يفرج عنه الجمعة") nor the agent of a passive ("من قبل الشرطة السبت")."""
    return (
        next_word(text, cue_end) not in _before_clause()
        and prev_word(text, cue_start) not in _before_clause()
        and _same_phrase(text, cue_end, start)
    )


@lru_cache(maxsize=1)
def _before_clause() -> frozenset[str]:
    return frozenset(lx.words("tense", "not_nearest"))


def _same_phrase(text: str, verb_end: int, start: int) -> bool:
    """The expression ends the verb's own clause: only its subject and object lie between them, with no
    punctuation, clause break or other verb cue ("حيث يلتقي الزعيم الكوري الشمالي كيم جونغ أون الثلاثاء")."""
    gap = text[verb_end:start]
    if verb_end > start or len(gap) > _PRESENT_CLAUSE_REACH or _GAP_BREAK.search(gap):
        return False
    return not _clause_breaks().search(gap) and not _cues().search(gap)


def _called_for(text: str, verb_end: int, start: int) -> bool:
    """The expression lies in the complement a verb of calling opens with إلى ("دعت النقابات المهنية إلى تنفيذ
    إضراب جديد الأربعاء"), with words only between: the day of the act called for, which follows the call;
    the call itself may be days old ("وقد دعا قادة المعارضة السكان إلى البقاء في بيوتهم الخميس"), so the
    nearest such day either way."""
    gap = text[verb_end:start]
    to = _call_to().search(gap)
    return (verb_end <= start and to is not None and len(gap) <= _WINDOW_BEFORE and not _GAP_BREAK.search(gap)
            and not _clause_breaks().search(gap) and not _cues().search(gap))


def _opens_quote(text: str, start: int, end: int) -> bool:
    return any(ch in _QUOTE_MARKS for ch in text[start:end])


def quote_opening(text: str, sentence: tuple[int, int], pos: int) -> int | None:
    """Where the quote that holds `pos` opens within its sentence, if it lies inside quote marks. Marks pair up
    in order, whatever their shape (right-to-left editors mix ” and “)."""
    opened: int | None = None
    for i in range(sentence[0], min(pos, sentence[1])):
        if text[i] in _QUOTE_MARKS:
            opened = i if opened is None else None
    return opened


def said_on(text: str, sentence: tuple[int, int], pos: int, days: Sequence[tuple[int, dt.date]]) -> dt.date | None:
    """For a day counted from today at `pos` inside a quote: the last day the sentence names before the quote
    opens (the day of saying), else None. `days` are (offset, day) of the sentence's expressions so far."""
    opened = quote_opening(text, sentence, pos)
    if opened is None:
        return None
    return next((day for at, day in reversed(days) if at < opened), None)


_PAIR_GAP = re.compile(r"[^\S\n]*(?:او[^\S\n]+)?")


def paired_with(text: str, atom: Atom, last: tuple[int, dt.date] | None) -> dt.date | None:
    """For a bare weekday joined by و or أو right after another day named by its weekday ("يومي الخميس والجمعة"،
    "الاثنين أو الثلاثاء"), that first day: the second is the next such weekday from it, whatever its own clause
    says ("يومي الخميس والجمعة" on a Thursday is today and tomorrow, not today and last Friday)."""
    if last is None or atom.spec.family != "weekday" or atom.spec.rel is not None:
        return None
    gap = _PAIR_GAP.fullmatch(text, last[0], atom.start)
    if gap is None or not (gap.group().strip() or text.startswith("و", atom.start)):
        return None
    return last[1]
