"""Incremental story clustering: documents about the same story, across outlets and days.

A `StoryIndex` keeps, for every story, the sum of its documents' TF-IDF
vectors (its centroid), the entity keys and event signatures its documents
mention, and the dates it spans. A new document is compared only with
candidate stories found through an inverted index of the centroids' top
terms (for common terms, the stories that grew most recently), and joins the
best one whose similarity clears a threshold; otherwise it starts a new story. When a
story grows, it is compared the same way with its neighbours, and two stories
that have become one are merged (single-pass clustering otherwise keeps the
split made when a story's first articles happened to differ). Adding a batch
costs time in proportion to the batch.

Similarity = text cosine to the centroid, scaled by the story's cohesion (so a
large diffuse story, whose centroid is a topic profile like "Korea", does not
out-bid the specific story), or to the story's recent centroid (members decayed
by age) where that is higher, so a story whose vocabulary moves on (poisoning,
accusations, expulsions, retaliation) is compared with where it is now. A story
whose articles, the new one's included, span at most ten days is one burst of
coverage of one event: the diffuseness of its recent centroid is the event's
facets (the killings, the calls for an inquiry, the emergency meeting), not a
topic's drift, so it counts for less there, and two stories whose days together
fit in such a burst merge at a slightly lower threshold. (The cosine of
IDF-weighted entity and event keys can be added to text similarity,
`entity_weight`; it is off, having never helped on the story sets.) The
threshold rises with the date gap to the story (for a year and a
half): text alone, or a country's usual leaders and places, does not bridge
months, or a topic (Korea, Syria) would gather a season of unrelated news. What
bridges them is the story's own evidence: near-identical entity and event keys
(`entity_bridge`) or shared specific past dates (`date_bridge`), so a
long-running story (a withdrawal announced in July and completed in December)
still takes its next document.

Terms are the light stems of terms.py, a single proclitic folded where the
background frequencies show the bare word (بتسميم -> تسميم). Features and
story state live in story_parts.py. Wire copies and near-duplicates
(near_duplicates.py) join their original's story and are listed in Story.copies.

A document left alone after a batch is placed once more by its neighbours: if
most of its nearest documents of the same days belong to one story, it joins
that story at a little below the threshold (more when all of them do). A facet
of a large story (the expelled diplomats beside the victim's daughter) often
misses the centroid while its nearest articles are still the story's own; the
rule stays local to a few days, where nearest neighbours mean one burst of coverage.
In a small collection (a handful of articles gathered about one event: their days
hold few documents) a lone document is more often a facet of a story (Moscow's
reply to the strikes beside the parliament's questions) than a story of its own,
and merges further short of the threshold when its entity and event keys agree
(lone_documents.py holds this second placement).

A fragment (a story of a few documents, such as an election's Kurdish
celebrations, split off because it started before the story grew its
vocabulary) merges at the joining threshold rather than the story-merge one
while the two span a few days, and a little short of that when its documents'
nearest members of the other story are close: a diffuse topic story matches a
specific fragment through its centroid, but none of its members is near it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import islice
from pathlib import Path

from rasad.corpus.lone_documents import place_lone
from rasad.corpus.model import Story
from rasad.corpus.near_duplicates import NearDuplicateIndex
from rasad.corpus.story_parts import (
    DocFeatures,
    DocState,
    StoryState,
    day_gap,
    documents_around,
    dot,
    features,
    link,
    mean_pairwise,
    pickled,
    ranked,
    scaled,
    span,
    story_number,
    top_terms,
    unpickled,
    write_atomically,
)
from rasad.corpus.story_settings import Settings
from rasad.corpus.terms import Frequencies, Vector, cosine, idf, tfidf, unit
from rasad.document import Document

__all__ = ["DocFeatures", "Settings", "StoryIndex", "cluster_stories", "features", "tfidf"]

FORMAT_VERSION = 6


class StoryIndex:
    """Stories so far; documents join incrementally. Persist with to_bytes/from_bytes or save/load."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.freqs = Frequencies(use_background=self.settings.background)
        self.key_df: Counter[str] = Counter()
        self.docs: dict[str, DocState] = {}
        self.stories: dict[str, StoryState] = {}
        self.merged: dict[str, str] = {}  # story id merged away -> the story that absorbed it
        # term -> story id -> the term's share of the story's centroid, in order of the stories' last
        # growth (dicts keep order: re-inserting moves to the end)
        self.postings: dict[str, dict[str, float]] = {}
        self.copies = NearDuplicateIndex()
        self._next_id = 1
        self.lone: dict[str, int] = {}  # documents of the last few days alone in their story -> their day
        self.day_docs: dict[int, list[str]] = {}  # day -> documents published that day

    # ---- adding documents ------------------------------------------------
    def add_batch(self, batch: Sequence[DocFeatures]) -> list[str]:
        """Place new documents (already-known ids are skipped); returns the story id of each given one.

        A batch spanning several days is placed one day at a time, undated documents last, so a
        folder of a month's articles gets the stories that following them day by day gives: a
        day's merges shape where the next day's articles go."""
        fresh = [f for f in {f.id: f for f in batch}.values() if f.id not in self.docs]
        by_day: dict[int | None, list[DocFeatures]] = {}
        for f in sorted(fresh, key=lambda f: (f.day if f.day is not None else math.inf, f.id)):
            by_day.setdefault(f.day, []).append(f)
        for day_docs in by_day.values():
            self._add_day(day_docs)
        return [self.docs[f.id].story for f in batch]

    def _add_day(self, fresh: Sequence[DocFeatures]) -> None:
        """Place one day's new documents, in order of id."""
        for f in fresh:  # frequencies first, so the day's first documents see the whole day's IDF
            self.freqs.add(f.counts.keys())
            self.key_df.update(f.keys.keys())
        for f in fresh:
            if f.day is not None:
                self.day_docs.setdefault(f.day, []).append(f.id)
        grown: dict[str, None] = {}
        for f in fresh:
            grown[self.add(f, merge=False)] = None
        # Merge checks once per story that grew, after the whole day: a story that took ten articles
        # today is compared with its neighbours once, not ten times.
        for sid in grown:
            story = self.stories.get(self._current(sid))
            if story is not None and len(story.docs) > 1:
                self.merge_neighbours(story)
        place_lone(self, fresh)

    def _current(self, story_id: str) -> str:
        return self.merged.get(story_id, story_id)

    def add(self, f: DocFeatures, *, merge: bool = True) -> str:
        """Place one document whose frequencies are already counted; returns its story id.

        With `merge`, the story it joined is then checked against its neighbours (add_batch does that
        once per grown story instead)."""
        if f.id in self.docs:
            return self.docs[f.id].story
        vec = tfidf(f.counts, self.freqs, top=self.settings.doc_terms)
        original = self.copies.add(f.id, f.fingerprint)
        if original is not None and original in self.docs:
            story = self.stories[self.docs[original].story]
            story.copies.append((f.id, original))
        else:
            scored = [(self.similarity(vec, f.keys, story, f.day), story) for story in self.candidates(vec)]
            best = max(scored, key=lambda ss: (ss[0], -story_number(ss[1].id)), default=None)
            story = best[1] if best and best[0] >= 0 else self._new_story()
        self.docs[f.id] = DocState(story.id, f.title, vec, f.keys)
        self._join(story, f, vec)
        if not merge or len(story.docs) == 1:
            # A story this document just started: its neighbours already failed the (lower)
            # joining threshold against the same vector, so a merge check would find nothing.
            return story.id
        return self.merge_neighbours(story).id

    def _new_story(self) -> StoryState:
        story = StoryState(f"s{self._next_id}")
        self._next_id += 1
        self.stories[story.id] = story
        return story

    def _join(self, story: StoryState, f: DocFeatures, vec: Vector) -> None:
        story.add_member(f.id, f.day)
        self._add_vector(story, vec)
        story.add_recent(vec, 1.0, f.day, self.settings.recent_half_life, self.settings.centroid_terms)
        self._add_keys(story, f.keys)

    def _add_keys(self, story: StoryState, keys: Counter[str]) -> None:
        if keys:
            story.keys.update(keys)
            story.key_vec = self._key_vector(story.keys, self.settings.centroid_terms)

    def _add_vector(self, story: StoryState, vec: Mapping[str, float]) -> None:
        centroid = story.centroid
        for term, weight in vec.items():
            centroid[term] = centroid.get(term, 0.0) + weight
        limit = self.settings.centroid_terms
        if len(centroid) > limit * 2:  # truncate now and then, not on every join
            story.centroid = centroid = dict(ranked(centroid, limit))
        story.length = math.sqrt(sum(v * v for v in centroid.values()))
        for term in top_terms(centroid, self.settings.posting_terms):
            # A story that grows moves to the recent end of its postings, so a story that runs for
            # weeks stays findable by its common terms as long as it keeps getting articles.
            story.posted.add(term)
            posting = self.postings.setdefault(term, {})
            posting.pop(story.id, None)
            posting[story.id] = centroid[term] / story.length

    # ---- similarity --------------------------------------------------------
    def candidates(self, vec: Mapping[str, float], exclude: str = "") -> list[StoryState]:
        s = self.settings
        votes: dict[str, float] = {}
        get = votes.get
        for term in top_terms(vec, s.query_terms):
            weight = vec[term]
            # The term's share of the story (not merely its presence): a long story found through
            # common terms that it is made of outranks one that mentions them once.
            for sid, share in islice(reversed(self.postings.get(term, {}).items()), s.recent_postings):
                votes[sid] = get(sid, 0.0) + weight * share
        votes.pop(exclude, None)
        return [self.stories[sid] for sid, _ in ranked(votes, s.candidates)]

    def similarity(self, vec: Vector, keys: Counter[str], story: StoryState, day: int | None) -> float:
        """How far a document clears the threshold for joining `story` (negative: it does not)."""
        text = max(scaled(vec, story.centroid, story.length, story.cohesion(), self.settings.cohesion_power),
                   scaled(vec, story.recent, story.recent_length, story.recent_cohesion(), self._recent_power(day, day, story)))
        ents = cosine(self._key_vector(keys), story.key_vec) if keys and story.key_vec else None
        gap = None if self._share_dates(keys, story.keys) else day_gap(day, day, story)
        return self._blend(text, ents) - self.threshold(self.settings.threshold, gap, ents)

    def _recent_power(self, first: int | None, last: int | None, story: StoryState) -> float:
        """How much the recent centroid's diffuseness counts against adding the days [first, last] to
        `story`: less when the story stays one burst of coverage with them."""
        s = self.settings
        days = [d for d in (first, last, story.first, story.last) if d is not None]
        if len(days) == 4 and max(days) - min(days) <= s.burst_days:
            return s.burst_cohesion_power
        return s.cohesion_power

    def merge_margin(self, a: StoryState, b: StoryState) -> float:
        """How far two stories clear the threshold for merging (negative: they stay apart)."""
        if not a.length or not b.length:
            return -1.0
        power = self.settings.cohesion_power
        text = dot(a.centroid, b.centroid) / (a.length * b.length) * (a.cohesion() * b.cohesion()) ** power
        if a.recent_length and b.recent_length:
            recent = dot(a.recent, b.recent) / (a.recent_length * b.recent_length) \
                * (a.recent_cohesion() * b.recent_cohesion()) ** self._recent_power(a.first, a.last, b)
            text = max(text, recent)
        ents = cosine(a.key_vec, b.key_vec) if a.key_vec and b.key_vec else None
        gap = None if self._share_dates(a.keys, b.keys) else day_gap(a.first, a.last, b)
        s = self.settings
        days = span(a, b)
        base = s.threshold if self._fragment(a, b) and days <= s.fragment_days \
            else s.burst_merge_threshold if days <= s.burst_days else s.merge_threshold
        return self._blend(text, ents) - self.threshold(base, gap, ents)

    def _fragment(self, a: StoryState, b: StoryState) -> bool:
        return min(len(a.docs), len(b.docs)) <= self.settings.fragment_docs

    def _share_dates(self, a: Counter[str], b: Counter[str]) -> bool:
        """Whether two key sets cite enough of the same specific past days to be one thread.

        Articles of a story that runs for months keep citing its milestones
        (the day of the agreement, the deadline); unrelated articles seldom
        share two exact days other than their own news days, which `features`
        leaves out of the date keys.
        """
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        shared = sum(1 for k in small if k.startswith("date:") and k in large)
        return shared >= self.settings.date_bridge

    def _blend(self, text: float, ents: float | None) -> float:
        """Text similarity, raised by entity/event agreement above `entity_floor`.

        Only agreement beyond what unrelated articles about the same places
        and leaders share counts: below the floor entities neither help nor hurt.
        """
        s = self.settings
        return text if ents is None else text + s.entity_weight * max(0.0, ents - s.entity_floor)

    def _key_vector(self, keys: Counter[str], top: int | None = None) -> Vector:
        n_docs = self.freqs.n_docs + self.settings.key_background
        weights = {k: (1 + math.log(c)) * idf(self.key_df.get(k, 0), n_docs) for k, c in keys.items()}
        return unit(dict(ranked(weights, top)) if top is not None and len(weights) > top else weights)

    def threshold(self, base: float, gap: int | None, ents: float | None = None) -> float:
        """The similarity needed across a date gap: more for a larger gap, up to a cap.

        Shared entities and dated events are evidence that bridges time: the
        penalty shrinks as their cosine approaches `entity_bridge`, so a
        story followed for months by the same actors is not cut by the calendar.
        """
        s = self.settings
        if gap is None or gap <= s.gap_days:
            return base
        penalty = min(s.max_penalty, s.gap_penalty * math.log2(gap / s.gap_days))
        if ents is not None and ents > s.entity_floor:
            penalty *= max(0.0, (s.entity_bridge - ents) / (s.entity_bridge - s.entity_floor))
        return base + penalty

    # ---- merging -----------------------------------------------------------
    def merge_neighbours(self, story: StoryState) -> StoryState:
        """Merge `story` with neighbours it now matches; returns the surviving story."""
        while True:
            scored = [(self.merge_margin(story, other), other) for other in self.candidates(story.centroid, story.id)]
            if scored and max(margin for margin, _ in scored) < 0:  # none qualifies: only a linked fragment may
                scored = [(margin, other) for margin, other in scored
                          if self._linked(story, other, margin) or self._small_collection(story, other, margin)]
            best = max(scored, key=lambda ss: (ss[0], -story_number(ss[1].id)), default=None)
            if best is None:
                return story
            story = self.absorb(story, best[1])

    def _linked(self, a: StoryState, b: StoryState, margin: float) -> bool:
        """Whether a fragment a little short of merging is close to the other story's own documents."""
        s = self.settings
        if margin < -s.link_slack or not self._fragment(a, b):
            return False
        piece, other = (a, b) if len(a.docs) <= len(b.docs) else (b, a)
        return link(piece, other, self.docs, s.neighbour_days) >= s.link_floor

    def _small_collection(self, a: StoryState, b: StoryState, margin: float) -> bool:
        """Whether two stories a little short of merging are facets of one event in a small collection:
        their days hold few documents, which are about one or two things (their keys agree on average),
        and the two stories' entity and event keys agree."""
        s = self.settings
        if min(len(a.docs), len(b.docs)) > 1 or margin < -s.sparse_slack or not a.key_vec or not b.key_vec \
                or span(a, b) > s.burst_days or cosine(a.key_vec, b.key_vec) < s.sparse_entities:
            return False  # two stories of several articles each stay two stories, however close
        keys = [self._key_vector(self.docs[d].keys) for d in self.few_documents(a, b)]
        return mean_pairwise(keys, cosine) >= s.sparse_coherence

    def few_documents(self, a: StoryState, b: StoryState) -> list[str]:
        """The documents of the days of two stories, `neighbour_days` around them, if fewer than `sparse_docs`."""
        return documents_around(a, b, self.day_docs, self.settings.neighbour_days, self.settings.sparse_docs)

    def absorb(self, a: StoryState, b: StoryState) -> StoryState:
        """Merge two stories into the older one (the smaller id), which keeps its id."""
        keep, gone = (a, b) if story_number(a.id) < story_number(b.id) else (b, a)
        keep.take_members(gone)
        for doc in gone.docs:
            self.docs[doc].story = keep.id
        self._add_vector(keep, gone.centroid)
        keep.absorb_recent(gone, self.settings.recent_half_life, self.settings.centroid_terms)
        self._add_keys(keep, gone.keys)
        del self.stories[gone.id]
        for term in gone.posted:
            self.postings[term].pop(gone.id, None)
        self.merged[gone.id] = keep.id
        for old, new in self.merged.items():
            if new == gone.id:
                self.merged[old] = keep.id
        return keep

    # ---- reading stories ---------------------------------------------------
    def story_of(self, doc_id: str) -> str | None:
        state = self.docs.get(doc_id)
        return state.story if state else None

    def to_stories(self) -> list[Story]:
        return [
            Story(id=s.id, docs=list(s.docs), title=self.title(s.id), copies=list(s.copies))
            for s in sorted(self.stories.values(), key=lambda s: story_number(s.id))
        ]

    def title(self, story_id: str) -> str:
        """The title of the story's most central titled document (ties: the earliest added)."""
        state = self.stories[story_id]
        titled = [(i, d) for i, d in enumerate(state.docs) if self.docs[d].title]
        if not titled:
            return ""
        _, best = max(titled, key=lambda item: (dot(self.docs[item[1]].vec, state.centroid), -item[0]))
        return self.docs[best].title

    # ---- persistence -------------------------------------------------------
    def to_bytes(self) -> bytes:
        return pickled(self, FORMAT_VERSION)

    @classmethod
    def from_bytes(cls, data: bytes) -> StoryIndex:
        return unpickled(data, cls, FORMAT_VERSION)

    def save(self, path: str | Path) -> None:
        write_atomically(Path(path), self.to_bytes())

    @classmethod
    def load(cls, path: str | Path) -> StoryIndex:
        return cls.from_bytes(Path(path).read_bytes())


def cluster_stories(docs: Sequence[Document], index: StoryIndex | None = None) -> list[Story]:
    """Place `docs` into stories (joining `index` if given) and return every story of the index."""
    index = index if index is not None else StoryIndex()
    index.add_batch([features(d, index.settings.title_weight) for d in docs])
    return index.to_stories()
