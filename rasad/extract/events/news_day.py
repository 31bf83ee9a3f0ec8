"""The news day of an article, and which undated events told in its body are that day's news.

An article tells the news of one day: the one day its lead's own events carry, which may be before
the publication date ("قتل 24 شخصا الأحد…" in an article published on Monday morning tells Sunday's
news), else the publication date. A lead that tells of two days tells the later one's news when that is
the day it is posted on (the earlier led to it); one that gives the toll (حصيلة) of an event told before has no one news day; nor, for its body, does a lead whose time expressions do not
name that day (on ANT, body events of leads with no day of their own were a day off too often: a
story of the evening before, published the next morning). An article posted in the small hours (before
04:00 as the outlet wrote the time, `meta.extra["published_time"]`) tells the day before's news: on ANT,
where a lead posted then names a day, it is the day before four times in five (a day before a
daytime post once in five), so its undated lead takes the day before, and so does its body when the lead
names no day at all (the evening before that a daytime post's body might tell is then the news day).

Further on, an event told with no date of its own takes the news day only when it is told as news:
a finite past verb (or what a statement of it tells), not pluperfect (وكان … قد), not in a clause of
background (بعد أن، الذي…، وهو ما…، يشار إلى أن…), not negated, conditional (إذا أقرت المذكرة), planned or
recalled, in a sentence with no time expression of its own nor a word that ties it to another time
(لاحقا، حينها، منذ); not in a paragraph that follows, within two, an event told of another day (the
article is then telling another time: "وفي 26 ديسمبر قالت…" then "واعتبر التحالف…"), unless its
speaker's own last statement is of the news day; not by a speaker told so far only in the background
("وكان ماكرون قال…" then "وأضاف…"); and not reported by a news outlet ("وذكرت وكالة الأناضول أن…"),
nor what an outlet reports ("وذكرت وكالة الأنباء أن الحكومة شكلت خلية أزمة": formed the day before as
often as that day): that is the article's sourcing, not an event of its day; nor a physical act of a type the
article already dated to another day ("واستهدفت الضربات الجوية…" after the strikes of "السبت الماضي": told again).

"Y غداة X" (the day after X) and "Y عشية X" (on the eve of X) date X from the day told before them;
"Y بعد ساعات من X" (hours after X) dates Y on X's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.document import Document, Span
from rasad.extract.events.arguments import entity_key
from rasad.extract.events.drafts import COMMUNICATIVE, STATE_VOICE, Draft
from rasad.extract.events.lexicon import dating_phrases, dating_words, toll_cues
from rasad.extract.postposed import follows_link
from rasad.extract.timex.published import small_hours
from rasad.extract.wordscan import Word, function_words, scan, word_ending_after

LEAD_SENTENCES = 2
FRAME_PARAGRAPHS = 2  # how far back an event of another day sets the time of what follows
_DAY_RELATIVE = {"day_after": -1, "day_before": 1}
_DAY_RELATIVE_REACH = 3  # "غداة إعلان إدانة الحزب": a word or two of the noun phrase between
_CONDITIONAL_REACH = 3
_RELATIVE_CLAUSE_REACH = 4  # "، والذي كان سببا في هجوم": the relative pronoun a few words before the trigger
STATED_DAY_REACH = 1  # a lead's one stated day must be the day before publication to be the news day of its body
LEAD_DAY_REACH = 7  # a lead event dated further back is background recalled, not the day's news

# Per speaker, their last dated statement: (paragraph, date, whether it was read from their text: "وفقا لبيان X")
SpeakerDates = dict[str, tuple[int, str, bool]]


@dataclass
class DocumentDates:
    """What dating carries from one sentence of a document to the next."""

    published: str | None
    small_hours: bool = False  # posted before timex.published.EARLY_HOUR: the lead tells the day before's news
    speakers: SpeakerDates = field(default_factory=dict)
    lead_days: set[str] = field(default_factory=set)  # the days the lead's own news carries
    lead_toll: bool = False  # the lead gives the toll (حصيلة) of an event: the news of the event's day and the toll's
    lead_toll_rises: bool = False  # ... and says it rose ("ارتفع عدد القتلى … الجمعة، إلى 12"): the day's news goes on
    told: list[tuple[int, str]] = field(default_factory=list)  # (paragraph, date) of each event dated so far
    told_acts: dict[str, set[str]] = field(default_factory=dict)  # type of a physical act -> the days told for it
    lead_stated: set[str] = field(default_factory=set)  # the calendar days the lead's time expressions name
    background_speakers: set[str] = field(default_factory=set)  # told only in the background so far
    undated_speakers: dict[str, int] = field(default_factory=dict)  # actor -> paragraph of their statement tied elsewhere
    outlets: dict[str, bool] = field(default_factory=dict)  # actor key -> whether it is a news outlet
    unnamed_day_news: list[tuple[Draft, frozenset[str]]] = field(default_factory=list)  # body news the lead names
    # no day for, with the days told around it (body_news)
    last_said: Draft | None = None  # the last statement of the sentence before: what "وأضاف…" goes on from

    @property
    def news_day(self) -> str | None:
        """The one day the lead's news carries (the later of two), else the one past day its time expressions
        name, else the publication date; None when the lead gives a toll that does not rise."""
        if len(self.lead_days) > 1:
            return self.latest_lead_day()
        if self.lead_toll and not self.lead_toll_rises:
            return None
        return next(iter(self.lead_days), None) or self.stated_past_day() or self.lead_default

    def latest_lead_day(self) -> str | None:
        """Of two days the lead's news carries, the later one when it is the day the article is posted on (or,
        posted in the small hours, the day before): the earlier is what led to it ("تستعد السلطات لدفن ضحايا
        الزلزال الذي ضرب البلاد الجمعة" then "وتسابق السلطات الزمن، الاثنين", posted on Monday), and what the body
        tells as news is of that day (ANT: 18 body events of 5 articles read right, 1 doubtful). A later day before
        that leaves the body's day untold: the article may go on with news of its own day."""
        latest = max(self.lead_days)
        return latest if latest in (self.published, self.lead_default) else None

    def stated_past_day(self) -> str | None:
        """The one day the lead names, a day or two before publication, when the lead's own news carries no day:
        "يقيم الفلسطينيون حدادا على الذين قتلوا … الجمعة" (published on Saturday) tells of Friday, and so
        does its body ("وطالب غوتيريس بتحقيق"، "ودان مجلس الأمن العنف")."""
        if len(self.lead_stated) != 1 or self.published is None:
            return None
        day = next(iter(self.lead_stated))
        try:
            apart = (dt.date.fromisoformat(self.published) - dt.date.fromisoformat(day)).days
        except ValueError:
            return None
        return day if 0 < apart <= STATED_DAY_REACH else None

    @property
    def lead_default(self) -> str | None:
        """The day an undated lead's news is of: the publication date, or the day before for an article posted
        in the small hours, unless its lead names the publication day ("حسبما أفادت السلطات، الأحد")."""
        if not self.small_hours or self.published is None or self.published in self.lead_stated:
            return self.published
        return _day_before(self.published)


def new_document_dates(published: str | None, clock: object = None) -> DocumentDates:
    """What dating starts a document with: `published` (ISO), `clock` the time of day it was posted ("02:22")."""
    return DocumentDates(published=(published or "")[:10] or None, small_hours=small_hours(clock))


def _day_before(day: str) -> str | None:
    try:
        return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return day


def note_lead_toll(state: DocumentDates, words: Sequence[Word]) -> None:
    """Whether a lead sentence gives a toll ("أعلن الوزير حصيلة قتلى حادث القطار"): the deaths it restates
    were told before, on another day than the toll's; and whether it says the toll rose ("ارتفع عدد القتلى إلى 12"):
    a toll rising through the day is that day's news, and what the body tells with no day of its own is too."""
    roles = {m.payload for m in toll_cues().find_all(words)}
    if "toll" in roles:
        state.lead_toll = True
        state.lead_toll_rises = state.lead_toll_rises or "change" in roles


def note_lead_days(state: DocumentDates, words: Sequence[Word], drafts: Sequence[Draft], pluperfect: bool,
                   background: frozenset[int], stated: Sequence[str | None]) -> None:
    """For a lead sentence: the calendar days its time expressions name (`stated`), and those its own news
    carries: its dated events that are not background (nor in a relative clause: "نفى لافروف …، والذي كان
    سببا في هجوم … يوم السبت الماضي"), pluperfect, what a statement tells, planned, or after the publication date."""
    state.lead_stated.update(v for v in stated if v and len(v) == 10)
    if pluperfect:
        return
    for d in drafts:
        if d.date is None or len(d.date) < 10 or d.first in background or in_relative_clause(words, d.first):
            continue
        if d.date_at is not None and in_relative_clause(words, d.date_at):
            continue  # "أدان X الاثنين الهجوم الذي استهدف السبت الماضي دوما": the day the clause tells is the attack's
        if d.governor is not None or d.modality is not None or not _recent(state.published, d.date[:10]):
            continue
        state.lead_days.add(d.date[:10])


def _recent(published: str | None, day: str) -> bool:
    """Whether `day` is no later than publication and at most LEAD_DAY_REACH days before it: "ورفعت الحكومة
    المصرية، يوم 16 يونيو الماضي، أسعار الوقود" in a report of 16 August recalls what led to the day's news."""
    if not published:
        return True
    try:
        apart = (dt.date.fromisoformat(published) - dt.date.fromisoformat(day)).days
    except ValueError:
        return day <= published
    return 0 <= apart <= LEAD_DAY_REACH


def in_relative_clause(words: Sequence[Word], first: int) -> bool:
    """Whether a relative pronoun stands a few words before word `first`, with only words between
    ("والذي كان سببا في هجوم"، "التي شنتها"): what the clause tells describes a noun of the sentence."""
    return relative_pronoun_before(words, first) is not None


def relative_pronoun_before(words: Sequence[Word], first: int) -> int | None:
    """The index of the relative pronoun that opens the clause of word `first` (in_relative_clause), else None."""
    pronouns = function_words("relative_pronoun")
    for k in range(first - 1, max(-1, first - _RELATIVE_CLAUSE_REACH - 1), -1):
        if not words[k].is_word:
            return None
        if words[k].text in pronouns:
            return k
    return None


def note_told(state: DocumentDates, drafts: Sequence[Draft], words: Sequence[Word]) -> None:
    """Remember the day of each dated event told (not a planned one, nor one an anniversary recalls: the day of
    the recall is the article's), for the frame of what follows. A sentence that opens as background ("ويذكر أن
    خفر السواحل أنقذ الأحد 68 شخصا" in Monday's news) recalls in passing and sets no frame."""
    if _opens_background(words):
        return
    for d in drafts:
        if d.date is not None and d.modality not in ("planned", "conditional", "deadline", "recalled") and not _named_past(d):
            state.told.append((d.paragraph, d.date))
            if d.type not in COMMUNICATIVE and d.modality is None:  # an announced curfew's day is when it begins
                state.told_acts.setdefault(d.type, set()).add(d.date[:10])


def _named_past(d: Draft) -> bool:
    """A past event named by a noun with a month or year ("محاولة الانقلاب الفاشلة في يوليو 2016"): history recalled
    in passing, which sets no time frame for what follows."""
    return d.pos == "noun" and d.date is not None and len(d.date) < 10


def _frame_days(state: DocumentDates, d: Draft) -> set[str]:
    """The days of what the paragraph of `d` or the one before told ("وفي 26 ديسمبر قالت…" then "واعتبر
    التحالف…"): what follows goes on in that time. A speaker goes on speaking the day of their own last statement."""
    if d.actor and d.actor in state.speakers:
        return {state.speakers[d.actor][1]}
    # told in paragraph order: the last paragraph that told a dated event sets the frame ("وكان مصدر قال، مساء
    # الخميس…" then "وطلب المدعي العام، الجمعة…" then "وقال برونسون…": Friday again, the news day)
    recent = [(p, date) for p, date in state.told if 0 <= d.paragraph - p <= FRAME_PARAGRAPHS]
    return {date for p, date in recent if p == recent[-1][0]} if recent else set()


def body_news(doc: Document, words: Sequence[Word], d: Draft, *, has_time: bool, pluperfect: bool, background: bool,
              state: DocumentDates) -> bool:
    """Whether undated draft `d`, told after the lead, is the news of the article's day (module doc)."""
    day = state.news_day
    if day is None or d.s_index < LEAD_SENTENCES or not _told_as_news(d):
        return False
    if has_time or pluperfect or background or _tied_elsewhere(words, d.first):
        return False
    if d.actor is not None and d.actor in state.background_speakers and d.actor not in state.speakers:
        return False  # "وكان ماكرون قال…" then "وأضاف…": the background goes on
    if d.act is not None and not d.act.explicit and d.actor is not None and d.paragraph - state.undated_speakers.get(d.actor, -9) <= 1:
        return False  # "وقالت الوزارة في بيان لاحق…" then "وأضافت…": the later statement goes on
    reporter = d.governor if d.governor is not None and d.governor.act is not None else d
    if _outlet(doc, d, state) or _outlet(doc, reporter, state):
        return False
    # another day the article tells around it: the frame of what came before, or an act of its type told again
    # ("واستهدفت الضربات الجوية ثلاثة مواقع" after the strikes "السبت الماضي")
    told = frozenset(_frame_days(state, d) | state.told_acts.get(d.type, set()))
    if not _day_named(state, day):
        state.unnamed_day_news.append((d, told))  # news of a day the lead does not name: restated.py may find it
        return False
    return told <= {day}


def _day_named(state: DocumentDates, day: str) -> bool:
    """Whether the lead names the news day; or, posted in the small hours and naming no day at all, tells the
    news of the day before (lead_default): a lead with no day is news of the evening before as often as of the
    day it is posted on, and that evening is the day before that an early post already takes."""
    return day in state.lead_stated or (state.small_hours and not state.lead_stated and day == state.lead_default)


def _told_as_news(d: Draft) -> bool:
    """A finite past verb, or what a statement of it tells; not negated, vague, planned or recalled."""
    if d.negated or d.vague_time or d.modality is not None or d.pos not in ("verb", "speech") or d.tense != "past":
        return False
    return d.governor is None or d.govern_kind in ("say", "announce")


def _tied_elsewhere(words: Sequence[Word], first: int) -> bool:
    """Whether the sentence ties its time to another's ("في بيان لاحق"، "منذ الإعلان"), opens as background
    ("يشار إلى أن…"), or the verb at `first` is conditional ("إذا أقرت") or follows "ما" ("وهو ما رفضته")."""
    if any(set(w.forms) & dating_words("relative_time") for w in words) or _opens_background(words):
        return True
    return conditional_before(words, first) or _after_what(words, first)


def note_undated_statements(state: DocumentDates, words: Sequence[Word], drafts: Sequence[Draft]) -> None:
    """Remember, per speaker, the paragraph of a statement left undated because its sentence ties it to another
    time ("في بيان لاحق"، "حينها"), and forget it once one of theirs is dated."""
    tied = any(set(w.forms) & dating_words("relative_time") for w in words)
    for d in drafts:
        if d.act is None or not d.actor:
            continue
        if d.date is not None:
            state.undated_speakers.pop(d.actor, None)
        elif tied:
            state.undated_speakers[d.actor] = d.paragraph


def note_background_speakers(state: DocumentDates, drafts: Sequence[Draft], pluperfect: bool, background: frozenset[int]) -> None:
    """Speakers told in the background with no date ("وكان ماكرون قال إن…"): what they go on saying is background too."""
    for d in drafts:
        if d.act is not None and d.actor and d.date is None and (pluperfect or d.first in background):
            state.background_speakers.add(d.actor)


def _opens_background(words: Sequence[Word]) -> bool:
    """Whether the sentence opens with "يشار إلى أن"، "يذكر أن"، "سبق أن"… (a leading و allowed)."""
    first = [w.text for w in words[:4] if w.is_word]
    if first and first[0].startswith("و") and len(first[0]) > 3:
        first[0] = first[0][1:]
    return any(tuple(first[: len(p)]) == p for p in dating_phrases("background_opener"))


def _after_what(words: Sequence[Word], first: int) -> bool:
    """Whether the verb at `first` follows "ما": what was said ("إلى ما قاله الوزير"، "وهو ما رفضته إسرائيل"),
    or what was not done ("ما قال")."""
    return first > 0 and words[first - 1].is_word and words[first - 1].text in dating_words("what")


def relayed_by_outlet(doc: Document, words: Sequence[Word], d: Draft, state: DocumentDates) -> bool:
    """Whether `d` is a news outlet relaying others' words with a verb of relaying (data/event_dating.tsv: relay),
    or citing as its source what the sentence told before a postposing link (data/speech_postposed.tsv): "ونقلت
    وكالة رويترز عن مصادر قضائية قولها"، "ارتفع الذهب 0.5 بالمئة، وفق ما ذكرت وكالة رويترز" are the article's
    sourcing, no statement of the outlet's; an outlet that reports its own findings ("ذكرت صحيفة فايننشال تايمز
    أن") stays."""
    if d.act is None or not (d.act.sv.lemma in dating_words("relay") or follows_link(words, d.first)):
        return False
    # "وفق ما نقل الإعلام الرسمي": the state's media named by what they are (common_bodies.state_medium_at)
    return STATE_VOICE in d.flags or _outlet(doc, d, state)


def _outlet(doc: Document, d: Draft, state: DocumentDates) -> bool:
    """Whether the actor of `d` is a news outlet: a state outlet, or named in the article with a head such as
    "وكالة"، "قناة" ("وذكرت وكالة الأناضول…"، "وعزت قناة (سي إن إن ترك) الحادث إلى…"، then "وأضافت…")."""
    if d.actor is None:
        return False
    if d.actor not in state.outlets:
        state.outlets[d.actor] = d.actor.removeprefix("kb:") in _state_outlets() or any(
            entity_key(doc, m) == d.actor and _headed_by_outlet(doc, m.span) for m in doc.mentions)
    if d.act is not None and d.act.speaker_span is not None and _headed_by_outlet(doc, d.act.speaker_span):
        return True
    return state.outlets[d.actor]


def _headed_by_outlet(doc: Document, span: Span) -> bool:
    """Whether the name at `span` is, or follows, an outlet's head word ("وكالة الأناضول"، "قناة (سي إن إن ترك)")."""
    words = scan(doc.text, Span(max(0, span.start - 30), span.end))
    k = word_ending_after(words, span.start)
    named = [i for i in range(max(0, k - 2), min(k + 1, len(words))) if words[i].is_word and words[i].start < span.end]
    heads, bodies = dating_words("outlet_head"), dating_words("not_outlet")
    # "وكالة الفضاء الأوروبية"، "وكالة إدارة الكوارث"، "وكالة موديز": an agency that is no news outlet
    return any(set(words[i].forms) & heads and not (i + 1 < len(words) and set(words[i + 1].forms) & bodies)
               for i in named[-2:])


@lru_cache(maxsize=1)
def _state_outlets() -> frozenset[str]:
    """The kb ids of state broadcasters and news agencies (kb/state_media.tsv)."""
    return frozenset(row[2].strip() for row in read_rows("rasad.extract", "kb/state_media.tsv"))


def conditional_before(words: Sequence[Word], first: int) -> bool:
    """Whether a conditional particle, a word or two ("إذا أقرت المذكرة"، "في حال وافق البرلمان"), opens the clause
    of the word at `first`."""
    particles = dating_words("conditional")
    pairs = {p for p in dating_phrases("conditional") if len(p) == 2}
    for k in range(first - 1, max(-1, first - _CONDITIONAL_REACH - 1), -1):
        w = words[k]
        if not w.is_word:
            return False
        if w.text in particles or (k > 0 and (words[k - 1].text, w.text) in pairs):
            return True
    return False


def day_relative_before(words: Sequence[Word], first: int) -> tuple[int, int] | None:
    """(index, days to add to the day told before it) of "غداة" (-1) or "عشية" (+1) a few words before
    word `first`, with only words between: "غداة إعلان إدانة X" dates إدانة the day before."""
    for k in range(first - 1, max(-1, first - _DAY_RELATIVE_REACH - 1), -1):
        w = words[k]
        if not w.is_word:
            return None
        for kind, offset in _DAY_RELATIVE.items():
            if w.text in dating_words(kind):
                return k, offset
    return None


def hours_apart_ends(words: Sequence[Word]) -> list[int]:
    """The index of the word after each "بعد ساعات من"، "قبل ساعات من"، "بعد دقائق من"… (a leading و allowed):
    what the sentence tells happened hours from the event named next, on its day."""
    out = []
    for start in range(len(words)):
        for phrase in dating_phrases("hours_apart"):
            got = [w.text for w in words[start : start + len(phrase)]]
            if got and got[0].startswith("و") and got[0][1:] == phrase[0]:
                got[0] = got[0][1:]
            if tuple(got) == phrase:
                out.append(start + len(phrase))
    return out
