"""Incremental story clustering: documents about the same story, across outlets and days.

A `StoryIndex` keeps, for every story, the sum of its documents' TF-IDF
vectors (its centroid), the entity keys and event signatures its documents
mention, and the dates it spans. A new document is compared only with
candidate stories found through an inverted index of the centroids' top
terms (for common terms, the most recent stories), and joins the best one
whose similarity clears a threshold; otherwise it starts a new story. When a
story grows, it is compared the same way with its neighbours, and two stories
that have become one are merged (single-pass clustering otherwise keeps the
split made when a story's first articles happened to differ). Adding a batch
costs time in proportion to the batch.

Similarity = text cosine to the centroid, scaled by the story's cohesion (so a
large diffuse story, whose centroid is a topic profile like "Korea", does not
out-bid the specific story), blended with the cosine of IDF-weighted entity
and event keys when both sides have them. The threshold rises with the date
gap to the story, up to a cap: a long-running story (a withdrawal announced in
July and completed in December) still takes a document with strong overlap.

Wire copies and near-duplicates (near_duplicates.py) join their original's
story and are listed in Story.copies.
"""

from __future__ import annotations

import math
import pickle
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rasad.arabic.normalize import norm
from rasad.corpus.model import Story
from rasad.corpus.near_duplicates import Fingerprint, NearDuplicateIndex, fingerprint
from rasad.corpus.terms import Frequencies, Vector, cosine, idf, lead_weighted, terms, tfidf, unit, words
from rasad.document import Document
from rasad.errors import StoreError

FORMAT_VERSION = 1
COPY_WORDS = 400  # a copy shows in its opening; comparing the rest costs time and finds nothing more


@dataclass(frozen=True)
class Settings:
    threshold: float = 0.22  # similarity a document of the same days needs to join a story
    merge_threshold: float = 0.30  # similarity two stories need to become one
    gap_days: float = 3.0  # within this many days of a story's dates no extra evidence is asked
    gap_penalty: float = 0.04  # added to the thresholds per doubling of the gap beyond gap_days ...
    max_penalty: float = 0.14  # ... up to this much, so a strong match joins across months
    cohesion_power: float = 0.5  # 0: plain centroid cosine; 1: mean cosine to the members
    entity_weight: float = 0.5  # weight of entity/event agreement above the floor (see _blend)
    entity_floor: float = 0.45  # entity/event cosine that unrelated articles about the same places reach
    entity_bridge: float = 0.6  # from the floor up to this entity/event cosine, the date-gap penalty shrinks to nothing
    date_bridge: int = 2  # this many shared specific past dates (a deadline, an earlier attack) cancel the date-gap penalty
    key_background: int = 1000  # pseudo-documents in which no key occurs, so IDF of keys is sane in a small corpus
    title_weight: int = 2  # a title word counts as this many words of the lead
    doc_terms: int = 60  # terms kept per document vector
    centroid_terms: int = 200  # terms kept per story centroid
    posting_terms: int = 12  # centroid terms a story is findable by
    query_terms: int = 15  # document terms used to look up candidates
    recent_postings: int = 300  # for common terms, only the most recent stories are candidates
    candidates: int = 12  # stories scored in full per document
    background: bool = True  # add the shipped background document frequencies (background.py)


@dataclass
class DocFeatures:
    """What clustering needs of a document."""

    id: str
    title: str
    day: int | None  # proleptic ordinal of meta.published
    counts: dict[str, float]  # term -> weighted count (title words and the lead count more)
    keys: Counter[str]  # entity keys and event signatures
    fingerprint: Fingerprint  # for copy detection


@dataclass
class _StoryState:
    id: str
    docs: list[str] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)  # sum of member vectors, truncated
    length: float = 0.0  # Euclidean length of the centroid
    keys: Counter[str] = field(default_factory=Counter)
    key_vec: Vector = field(default_factory=dict)  # IDF-weighted unit vector of keys as of the last change
    first: int | None = None
    last: int | None = None
    copies: list[tuple[str, str]] = field(default_factory=list)
    posted: set[str] = field(default_factory=set)

    def cohesion(self) -> float:
        """Length of the mean member vector: 1 when all members agree, ~1/sqrt(n) when they share nothing."""
        return min(1.0, self.length / len(self.docs)) if self.docs else 0.0


@dataclass
class _DocState:
    story: str
    title: str
    vec: Vector


def features(doc: Document, title_weight: int = 2) -> DocFeatures:
    """Clustering features of a document: body (or whole text), title, entity keys, events, date."""
    body = doc.body_text() if doc.body else doc.text
    title = doc.meta.title or ""
    counts = lead_weighted(body)
    for term in terms(title):
        counts[term] = counts.get(term, 0.0) + title_weight
    keys: Counter[str] = Counter()
    for mention in doc.mentions:
        keys[mention.entity_id or f"{mention.type}:{norm(doc.span_text(mention.span))}"] += 1
    for event in doc.events:
        if event.date and not event.negated:
            keys[f"event:{event.type}:{event.date}"] += 1
    day = _day(doc.meta.published)
    for timex in doc.timexes:
        # A specific day other than the news day (a deadline, an earlier attack) ties articles
        # of one story together across months; the news day itself is shared by everything.
        when = _day(timex.value) if timex.value and len(timex.value) == 10 else None
        if when is not None and (day is None or abs(when - day) > 2):
            keys[f"date:{timex.value}"] += 1
    return DocFeatures(doc.id, title, day, counts, keys, fingerprint(words(body)[:COPY_WORDS]))


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


class StoryIndex:
    """Stories so far; documents join incrementally. Persist with to_bytes/from_bytes or save/load."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.freqs = Frequencies(use_background=self.settings.background)
        self.key_df: Counter[str] = Counter()
        self.docs: dict[str, _DocState] = {}
        self.stories: dict[str, _StoryState] = {}
        self.merged: dict[str, str] = {}  # story id merged away -> the story that absorbed it
        self.postings: dict[str, list[str]] = {}
        self.copies = NearDuplicateIndex()
        self._next_id = 1

    # ---- adding documents ------------------------------------------------
    def add_batch(self, batch: Sequence[DocFeatures]) -> list[str]:
        """Place new documents (already-known ids are skipped); returns the story id of each given one."""
        fresh = [f for f in {f.id: f for f in batch}.values() if f.id not in self.docs]
        for f in fresh:  # frequencies first, so a batch's first documents see the whole batch's IDF
            self.freqs.add(f.counts.keys())
            self.key_df.update(f.keys.keys())
        for f in sorted(fresh, key=lambda f: (f.day if f.day is not None else math.inf, f.id)):
            self.add(f)
        return [self.docs[f.id].story for f in batch]

    def add(self, f: DocFeatures) -> str:
        """Place one document whose frequencies are already counted; returns its story id."""
        if f.id in self.docs:
            return self.docs[f.id].story
        vec = tfidf(f.counts, self.freqs, top=self.settings.doc_terms)
        original = self.copies.add(f.id, f.fingerprint)
        if original is not None and original in self.docs:
            story = self.stories[self.docs[original].story]
            story.copies.append((f.id, original))
        else:
            scored = [(self.similarity(vec, f.keys, story, f.day), story) for story in self._candidates(vec)]
            best = max(scored, key=lambda ss: (ss[0], -_number(ss[1].id)), default=None)
            story = best[1] if best and best[0] >= 0 else self._new_story()
        self.docs[f.id] = _DocState(story.id, f.title, vec)
        self._join(story, f, vec)
        return self._merge_neighbours(story).id

    def _new_story(self) -> _StoryState:
        story = _StoryState(f"s{self._next_id}")
        self._next_id += 1
        self.stories[story.id] = story
        return story

    def _join(self, story: _StoryState, f: DocFeatures, vec: Vector) -> None:
        story.docs.append(f.id)
        self._add_vector(story, vec)
        if f.keys:
            story.keys.update(f.keys)
            story.key_vec = self._key_vector(story.keys, self.settings.centroid_terms)
        if f.day is not None:
            story.first = f.day if story.first is None else min(story.first, f.day)
            story.last = f.day if story.last is None else max(story.last, f.day)

    def _add_vector(self, story: _StoryState, vec: Mapping[str, float]) -> None:
        centroid = story.centroid
        for term, weight in vec.items():
            centroid[term] = centroid.get(term, 0.0) + weight
        limit = self.settings.centroid_terms
        if len(centroid) > limit * 2:  # truncate now and then, not on every join
            story.centroid = centroid = dict(_ranked(centroid)[:limit])
        story.length = math.sqrt(sum(v * v for v in centroid.values()))
        for term in _top(centroid, self.settings.posting_terms):
            if term not in story.posted:
                story.posted.add(term)
                self.postings.setdefault(term, []).append(story.id)

    # ---- similarity --------------------------------------------------------
    def _candidates(self, vec: Mapping[str, float], exclude: str = "") -> list[_StoryState]:
        s = self.settings
        votes: dict[str, float] = {}
        for term in _top(vec, s.query_terms):
            for sid in self.postings.get(term, ())[-s.recent_postings :]:
                if sid in self.stories and sid != exclude:
                    votes[sid] = votes.get(sid, 0.0) + vec[term]
        return [self.stories[sid] for sid, _ in _ranked(votes)[: s.candidates]]

    def similarity(self, vec: Vector, keys: Counter[str], story: _StoryState, day: int | None) -> float:
        """How far a document clears the threshold for joining `story` (negative: it does not)."""
        text = _dot(vec, story.centroid) / story.length * story.cohesion() ** self.settings.cohesion_power if story.length else 0.0
        ents = cosine(self._key_vector(keys), story.key_vec) if keys and story.key_vec else None
        gap = None if self._share_dates(keys, story.keys) else _gap(day, day, story)
        return self._blend(text, ents) - self.threshold(self.settings.threshold, gap, ents)

    def merge_margin(self, a: _StoryState, b: _StoryState) -> float:
        """How far two stories clear the threshold for merging (negative: they stay apart)."""
        if not a.length or not b.length:
            return -1.0
        power = self.settings.cohesion_power
        text = _dot(a.centroid, b.centroid) / (a.length * b.length) * (a.cohesion() * b.cohesion()) ** power
        ents = cosine(a.key_vec, b.key_vec) if a.key_vec and b.key_vec else None
        gap = None if self._share_dates(a.keys, b.keys) else _gap(a.first, a.last, b)
        return self._blend(text, ents) - self.threshold(self.settings.merge_threshold, gap, ents)

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
        return unit(dict(_ranked(weights)[:top]) if top is not None and len(weights) > top else weights)

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
    def _merge_neighbours(self, story: _StoryState) -> _StoryState:
        """Merge `story` with neighbours it now matches; returns the surviving story."""
        while True:
            scored = [(self.merge_margin(story, other), other) for other in self._candidates(story.centroid, story.id)]
            best = max(scored, key=lambda ss: (ss[0], -_number(ss[1].id)), default=None)
            if best is None or best[0] < 0:
                return story
            story = self._absorb(story, best[1])

    def _absorb(self, a: _StoryState, b: _StoryState) -> _StoryState:
        """Merge two stories into the older one (the smaller id), which keeps its id."""
        keep, gone = (a, b) if _number(a.id) < _number(b.id) else (b, a)
        keep.docs.extend(gone.docs)
        keep.copies.extend(gone.copies)
        for doc in gone.docs:
            self.docs[doc].story = keep.id
        self._add_vector(keep, gone.centroid)
        if gone.keys:
            keep.keys.update(gone.keys)
            keep.key_vec = self._key_vector(keep.keys, self.settings.centroid_terms)
        days = [d for d in (keep.first, keep.last, gone.first, gone.last) if d is not None]
        keep.first, keep.last = (min(days), max(days)) if days else (None, None)
        del self.stories[gone.id]
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
            for s in sorted(self.stories.values(), key=lambda s: _number(s.id))
        ]

    def title(self, story_id: str) -> str:
        """The title of the story's most central titled document (ties: the earliest added)."""
        state = self.stories[story_id]
        titled = [(i, d) for i, d in enumerate(state.docs) if self.docs[d].title]
        if not titled:
            return ""
        _, best = max(titled, key=lambda item: (_dot(self.docs[item[1]].vec, state.centroid), -item[0]))
        return self.docs[best].title

    # ---- persistence -------------------------------------------------------
    def to_bytes(self) -> bytes:
        return pickle.dumps((FORMAT_VERSION, self), protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes) -> StoryIndex:
        try:
            version, index = pickle.loads(data)
        except Exception as exc:  # a truncated or foreign file: say so instead of a pickle traceback
            raise StoreError("the story index cannot be read", hint="delete it to rebuild stories from the store") from exc
        if version != FORMAT_VERSION or not isinstance(index, cls):
            raise StoreError(f"story index format {version} is not {FORMAT_VERSION}", hint="delete it to rebuild stories")
        return index

    def save(self, path: str | Path) -> None:
        target = Path(path)
        tmp = target.with_suffix(target.suffix + ".tmp")
        tmp.write_bytes(self.to_bytes())
        tmp.replace(target)  # atomic: a crash never leaves half an index

    @classmethod
    def load(cls, path: str | Path) -> StoryIndex:
        return cls.from_bytes(Path(path).read_bytes())


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    get = b.get
    return sum(w * get(t, 0.0) for t, w in a.items())


def _gap(first: int | None, last: int | None, story: _StoryState) -> int | None:
    """Days between the range [first, last] and the story's dates (0 when they overlap)."""
    if first is None or last is None or story.first is None or story.last is None:
        return None
    return max(story.first - last, first - story.last, 0)


def _number(story_id: str) -> int:
    return int(story_id[1:])


def _ranked(vec: Mapping[str, float]) -> list[tuple[str, float]]:
    """Items by weight, heaviest first; ties by key, so the order never depends on insertion."""
    return sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))


def _top(vec: Mapping[str, float], n: int) -> list[str]:
    return [t for t, _ in _ranked(vec)[:n]]


def cluster_stories(docs: Sequence[Document], index: StoryIndex | None = None) -> list[Story]:
    """Place `docs` into stories (joining `index` if given) and return every story of the index."""
    index = index if index is not None else StoryIndex()
    index.add_batch([features(d, index.settings.title_weight) for d in docs])
    return index.to_stories()
