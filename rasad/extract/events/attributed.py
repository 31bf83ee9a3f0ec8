"""The day of news told before its attribution: "قتل 28 مدنيا في غارة جوية، بحسب ما أعلن المرصد، الجمعة".

A sentence that tells an event and then names its source after a postposing link ("، وفق ما أعلن X"،
"، حسبما أفادت X"، "، بحسب بيان للجيش") with a day tells the event as the news of that day, the day its source
told it: the link's verb takes the time (cue_dates.py), and the events of the words before the link, with no time
of their own, take it too. Not an event told as background or pluperfect, in a relative clause, after "بعد" or
"إثر" (what came before it), one named again ("الهجوم"), negated, planned or vague, nor one whose clause names a
time of its own, a span included ("أنقذت البحرية 615 مهاجرا خلال اليومين الماضيين، حسب ما أعلنت الأحد").
"""

from __future__ import annotations

from rasad.extract.events.drafts import Draft
from rasad.extract.events.lexicon import dating_words
from rasad.extract.events.news_day import in_relative_clause
from rasad.extract.events.triggers import clause_of
from rasad.extract.postposed import follows_link, link_opening
from rasad.extract.wordscan import Word

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
