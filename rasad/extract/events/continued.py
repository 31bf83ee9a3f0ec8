"""A statement that goes on from the one told right before it takes that one's date.

"وقالت شرطة المدينة، الاثنين، إن …" then "وأضافت أن …": a speech verb whose speaker its sentence does not name
continues the statement told last, in its own sentence before it or in the sentence before (not a source it
cites: "، وفقا لصحيفة هآرتس"), whoever the speaker was resolved to: the pronoun of "وأضافت" may be read as another
body than "شرطة المدينة", and the date still goes on.
Not a statement whose sentence names a speaker ("وأكد متحدث باسم السفارة"), nor one in a relative clause ("الأنباء
التي تحدثت عن…"), nor a negated one, one told in what another reports, nor one in the present ("ويقول…" tells what is said
generally). The statement it goes on from must carry a day and be told as made (not planned, negated or denied).
When that statement is a lead's, later re-dated by the day the body gives it (restated.py), its continuations
follow it (`follow_continued`).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.extract.events.drafts import Draft
from rasad.extract.events.news_day import in_relative_clause
from rasad.extract.wordscan import Word

_DAY_LENGTH = 10  # "2018-07-13": a calendar day, not a month or year


def continued_statement(words: Sequence[Word], drafts: Sequence[Draft], d: Draft, last_said: Draft | None) -> Draft | None:
    """The dated statement that undated statement `d` goes on from (module doc), else None."""
    if d.act is None or d.act.explicit or d.governor is not None or d.negated or d.tense != "past":
        return None
    if _names_speaker(d) or _told_in(drafts, d) or in_relative_clause(words, d.first):
        return None
    before = [o for o in drafts if _speaks(drafts, o) and o.first < d.first]
    if before:
        said: Draft | None = before[-1]
    elif last_said is not None and d.s_index - last_said.s_index == 1 and d.paragraph - last_said.paragraph <= 1:
        said = last_said
    else:
        said = None
    if said is None or said.date is None or len(said.date) != _DAY_LENGTH or said.negated or said.modality is not None:
        return None
    return said


def note_last_said(drafts: Sequence[Draft]) -> Draft | None:
    """The statement a sentence tells last, not inside what another reports; None if it tells none."""
    said = [d for d in drafts if _speaks(drafts, d)]
    return max(said, key=lambda d: d.first) if said else None


def _names_speaker(d: Draft) -> bool:
    """Whether the sentence of `d` names its speaker ("وأكد متحدث باسم السفارة أن…"): a new speaker."""
    span = d.act.speaker_span if d.act is not None else None
    return span is not None and d.sentence.start <= span.start < d.sentence.end


def _told_in(drafts: Sequence[Draft], d: Draft) -> bool:
    """Whether `d` lies in what another statement of its sentence reports ("ولفت الرئيس إلى أن الإدارة هددت…")."""
    start = d.trigger.start
    return any(o is not d and o.act is not None and o.act.content is not None
               and o.act.content.start <= start < o.act.content.end for o in drafts)


def _speaks(drafts: Sequence[Draft], d: Draft) -> bool:
    """Whether `d` is a statement a speaker made, in the past: not in what another reports or quotes ("وتابعت: \"أشخاص
    بلا أسماء يكتبون تاريخ دولتنا\""), nor a source the sentence cites ("وأوضح أن …، وفقا لصحيفة هآرتس" then
    "وأضاف…": the speaker goes on, not the newspaper)."""
    return (d.act is not None and d.governor is None and d.act.sv.cls != "according" and d.tense == "past"
            and not _told_in(drafts, d))


def follow_continued(drafts: Sequence[Draft]) -> None:
    """Once every sentence is dated: a statement that took another's date goes with it when that one was re-dated
    (drafts in the order told, so a chain "قال…" "وأضاف…" "وتابع…" follows through)."""
    for d in drafts:
        if d.continues is not None and d.continues.date is not None and d.date != d.continues.date:
            d.date, d.date_mod = d.continues.date, d.continues.date_mod
