"""Events one forced: "أرغم انفجار قوي عمال الإنقاذ الثلاثاء على وقف عمليات البحث".

A verb of forcing (data/event_dating.tsv, class forcing: أرغم، أجبر، اضطر) joins the event
that forced (its subject) and the event forced on someone (after على or إلى). The one day
a sentence names, told beside either of them, is the day of both: the explosion and the
halt were on Tuesday. The nearest-draft rule of draft_dates gives it to one only.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.extract.events.drafts import Draft
from rasad.extract.events.lexicon import dating_words
from rasad.extract.wordscan import Word

_REACH = 10  # words after the verb of forcing: its subject, its object, the time, the forced event


def date_forced(words: Sequence[Word], drafts: Sequence[Draft]) -> None:
    """Give the day of a forcing or forced event to the other, undated, one of the same verb of forcing."""
    forcing = dating_words("forcing")
    for k, w in enumerate(words):
        if not set(w.forms) & forcing:
            continue
        near = [d for d in drafts if k < d.first <= k + _REACH and d.governor is None and d.modality is None]
        dated = [d for d in near if d.date is not None and len(d.date) >= 10 and d.date_at is not None]
        if len(dated) != 1:
            continue
        for d in near:
            if d.date is None and not d.vague_time and d.clause == dated[0].clause:
                d.date, d.date_mod, d.date_at = dated[0].date, dated[0].date_mod, dated[0].date_at
