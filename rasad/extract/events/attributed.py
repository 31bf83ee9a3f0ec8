"""The day of news told before its attribution: "قتل 28 مدنيا في غارة جوية، بحسب ما أعلن المرصد، الجمعة".

A sentence that tells an event and then names its source after a postposing link ("، وفق ما أعلن X"،
"، حسبما أفادت X"، "، بحسب بيان للجيش") with a day tells the event as the news of that day, the day its source
told it: the link's verb takes the time (cue_dates.py), and the events of the words before the link, with no time
of their own, take it too. Not an event told as background or pluperfect, in a relative clause, after "بعد" or
"إثر" (what came before it), one named again ("الهجوم"), negated, planned or vague, nor one whose clause names a
time of its own, a span included ("أنقذت البحرية 615 مهاجرا خلال اليومين الماضيين، حسب ما أعلنت الأحد").
The same holds the other way round: the verbs of what a statement dated by a day of its own reports ("أعلن الصندوق،
الخميس، أنه توصل إلى اتفاق") take its day when what it reports names no time.
"""

from __future__ import annotations

from rasad.extract.events.drafts import Draft
from rasad.extract.events.lexicon import dating_words
from rasad.extract.events.news_day import in_relative_clause
from rasad.extract.events.triggers import clause_of
from rasad.extract.postposed import follows_link, link_opening
from rasad.extract.wordscan import Word, function_words

_DAY_LENGTH = 10  # "2018-07-13": the source's day, not a month or year


def date_attributed(words: list[Word], drafts: list[Draft], starts: list[int], times: list[int],
                    background: frozenset[int], pluperfect: bool) -> None:
    """Give the undated events told before a dated postposed attribution the attribution's day (module doc).
    `times`: the word index of each time expression of the sentence, spans of time included ("خلال اليومين
    الماضيين": what the clause tells went on then, not on the source's day)."""
    if pluperfect:
        return  # "وكان الجيش قد اعتقل …، بحسب ما أعلن الأحد": what had happened before
    for source in drafts:
        end = _attribution_start(words, source)
        if end is None or source.date is None or len(source.date) != _DAY_LENGTH or source.date_at is None:
            continue
        if source.date_at < source.first or source.modality is not None:
            continue  # the time is the attribution's own, told after its verb
        timed = {clause_of(starts, k) for k in times if k < end}
        for d in drafts:
            if d.last < end and _takes_source_day(words, d, background, timed):
                d.date, d.date_mod, d.date_at = source.date, source.date_mod, source.date_at
    _date_reported(words, drafts, times, background)


def _date_reported(words: list[Word], drafts: list[Draft], times: list[int], background: frozenset[int]) -> None:
    """"أعلن الصندوق، الخميس، أنه توصل إلى اتفاق": the verbs of what a statement dated by a day of its own reports,
    when what it reports names no time, take that day, as they take the publication date in a lead that names
    none (draft_dates._fallback_date)."""
    for source in drafts:
        act = source.act
        if act is None or act.kind != "reported" or act.content is None or act.content.start < act.verb.end:
            continue
        if source.date is None or len(source.date) != _DAY_LENGTH or source.date_at is None or source.modality is not None:
            continue
        content = act.content
        if content.start <= words[source.date_at].start < content.end or source.tense != "past" or source.negated:
            continue  # the day is what it reports, or the statement is not one told as made
        if any(content.start <= words[k].start < content.end for k in times):
            continue  # what it reports names its own times
        for d in drafts:
            if d is not source and content.start <= words[d.first].start < content.end and _plain_verb(words, d) and (
                    _takes_source_day(words, d, background, set())):
                d.date, d.date_mod, d.date_at = source.date, source.date_mod, source.date_at


def _plain_verb(words: list[Word], d: Draft) -> bool:
    """Whether `d` is a past verb written with its subject's ending (data/function_words.tsv: past_subject_suffix):
    the bare form may be a verbal noun ("إن السلطات تدرس طلبا إيرانيا"، "بعد قرار موسكو طرد 60 دبلوماسيا"), which
    names no act the statement tells as done."""
    return d.pos in ("verb", "speech") and words[d.first].text.endswith(tuple(function_words("past_subject_suffix")))


def _attribution_start(words: list[Word], d: Draft) -> int | None:
    """The first word of the postposing link or attribution that `d` speaks after ("وفق ما أعلن"، "بحسب بيان"),
    when it attributes the words of its sentence before it; else None."""
    if d.act is None:
        return None
    if follows_link(words, d.first):
        return link_opening(words, d.first)
    content = d.act.content
    if d.act.sv.cls != "according":
        return None
    # "، بحسب بيان للجيش الجمعة": after a comma it closes what the sentence told, whoever it names
    closes = content.end <= d.act.verb.start if content is not None else d.first > 0 and not words[d.first - 1].is_word
    return d.first if closes else None


def _takes_source_day(words: list[Word], d: Draft, background: frozenset[int], timed: set[int]) -> bool:
    """Whether draft `d`, told before the attribution, is the news it attributes, with no time of its own."""
    if d.date is not None or d.vague_time or d.negated or d.modality is not None or d.clause in timed:
        return False
    if d.first in background or in_relative_clause(words, d.first):
        return False
    if d.pos == "noun":
        after = d.first > 0 and words[d.first - 1].text in dating_words("after_anchor")
        return not after and not (d.hit is not None and d.hit.definite) and d.governor is None
    return d.tense == "past"
