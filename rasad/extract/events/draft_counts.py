"""Which event each count of a sentence belongs to.

`counts` finds the counted numbers of a sentence and their roles (killed,
arrested, rockets …); this module gives each one to a draft: an arrest count to
a detention, any other count to an attack or disaster (either, where the
sentence has none of the preferred kind), the nearest one before it, else the
first after it. A count in a sentence with no event to take it goes to the
last attack or disaster told in the same or the previous paragraph ("وارتفع
عدد القتلى إلى 12"). "No casualties" goes to the sentence's first attack or
disaster, else to that earlier one. A count of a kind an event already has does not replace it.
"""

from __future__ import annotations

from rasad.document import Count
from rasad.extract.events import counts as cnt
from rasad.extract.events.drafts import CASUALTY_TYPES, COUNTED_TYPES, Draft
from rasad.extract.wordscan import Word


def attach_counts(words: list[Word], drafts: list[Draft], recent: list[Draft]) -> None:
    """Give the sentence's counts to its drafts, or to the last of `recent` (earlier casualty events)."""
    counted = cnt.counted_numbers(words)
    takers = [d for d in drafts if d.type in COUNTED_TYPES]
    groups: dict[int, list[cnt.Counted]] = {}
    for c in counted:
        if c.role is None:
            continue
        owner = _count_owner(takers, c.first, c.role)
        if owner is None and recent:
            owner = recent[-1]
        if owner is not None:
            groups.setdefault(id(owner), []).append(c)
    everyone = {id(d): d for d in [*takers, *recent]}
    for key, items in groups.items():
        everyone[key].counts = merge_counts(everyone[key].counts, cnt.event_counts(words, items))
    zeros = cnt.zero_counts(words)
    if zeros:
        owner = next((d for d in takers if d.type in CASUALTY_TYPES), recent[-1] if recent else None)
        if owner is not None:
            owner.counts = merge_counts(owner.counts, zeros)


def _count_owner(takers: list[Draft], index: int, role: str) -> Draft | None:
    preferred = [d for d in takers if (d.type == "COERCE") == (role == "arrested")] or takers
    before = [d for d in preferred if d.first <= index]
    return before[-1] if before else (preferred[0] if preferred else None)


def merge_counts(have: list[Count], new: list[Count]) -> list[Count]:
    """`have` plus the counts of `new` whose kind it lacks."""
    seen = {c.what for c in have}
    return have + [c for c in new if c.what not in seen]
