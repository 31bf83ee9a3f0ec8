"""The second placement of documents left alone in their story after a day (split from stories.py).

A lone document joins the story most of its nearest documents of the same days belong to, a little
below the threshold (`neighbours_story`). In a small collection (a handful of articles gathered about
one event, where the days hold few documents) a lone document is a facet of a story more often than a
story of its own: it merges at up to `sparse_slack` below the threshold when its entity and event keys
agree with the story's (StoryIndex.merge_neighbours, `_small_collection`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasad.corpus.story_parts import DocFeatures, StoryState, neighbour_vote

if TYPE_CHECKING:
    from rasad.corpus.stories import StoryIndex


def place_lone(index: StoryIndex, fresh: Sequence[DocFeatures]) -> None:
    """Give documents still alone after a day the story of their neighbours.

    Every document of the day is tried; one of the last `neighbour_days` days is tried
    again after later days, since its neighbours may be published the next day.
    """
    s = index.settings
    if not s.neighbours:
        return
    index.lone.update((f.id, f.day) for f in fresh if f.day is not None)
    newest = max(index.lone.values(), default=0)
    for doc, day in sorted(index.lone.items(), key=lambda kv: (kv[1], kv[0])):
        story = index.stories.get(index.docs[doc].story)
        if story is not None and len(story.docs) == 1:
            target = neighbours_story(index, doc, day, story)
            if target is not None:
                index.absorb(target, story)
            elif not _merged_as_facet(index, story) and day >= newest - s.neighbour_days:
                continue  # still alone and recent: tried again after the next batch
        del index.lone[doc]  # placed, no longer alone (stories only grow), or too old for more neighbours


def _merged_as_facet(index: StoryIndex, story: StoryState) -> bool:
    """Merge a lone document's `story` into a story of a small collection it is a facet of; whether it was."""
    return bool(index.few_documents(story, story)) and len(index.merge_neighbours(story).docs) > 1


def neighbours_story(index: StoryIndex, doc: str, day: int, story: StoryState) -> StoryState | None:
    """The story most of the lone `doc`'s nearest documents of nearby days belong to, where it nearly qualifies."""
    s = index.settings
    vec = index.docs[doc].vec
    pool = [(index.docs[member].vec, other.id) for other in index.candidates(vec, story.id)
            for member in other.members_near(day, s.neighbour_days)]
    votes, nearest = neighbour_vote(vec, pool, s.neighbours)
    if not votes or nearest < s.neighbour_floor:
        return None
    best, count = votes.most_common(1)[0]
    target = index.stories[best]
    slack = s.unanimous_slack if count >= s.neighbours else s.neighbour_slack
    if count < s.neighbour_votes or index.similarity(vec, story.keys, target, day) < -slack:
        return None
    return target
