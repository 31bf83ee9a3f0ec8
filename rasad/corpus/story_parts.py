"""The parts a StoryIndex is made of: document features, story and document state, vector arithmetic, the index file.

Split from stories.py, which holds the clustering itself.
"""

from __future__ import annotations

import math
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from rasad.arabic.normalize import norm
from rasad.corpus.near_duplicates import Fingerprint, fingerprint
from rasad.corpus.terms import Vector, cosine, fold_clitics, lead_weighted, terms, words
from rasad.document import Document
from rasad.errors import StoreError

T = TypeVar("T")

COPY_WORDS = 400  # a copy shows in its opening; comparing the rest costs time and finds nothing more


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
class StoryState:
    id: str
    docs: list[str] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)  # sum of member vectors, truncated
    length: float = 0.0  # Euclidean length of the centroid
    keys: Counter[str] = field(default_factory=Counter)
    key_vec: Vector = field(default_factory=dict)  # IDF-weighted unit vector of keys as of the last change
    first: int | None = None
    last: int | None = None
    recent: Vector = field(default_factory=dict)  # member vectors decayed by age: where the story is now
    recent_weight: float = 0.0  # decayed member count
    recent_length: float = 0.0
    recent_day: int | None = None
    copies: list[tuple[str, str]] = field(default_factory=list)
    posted: set[str] = field(default_factory=set)
    by_day: dict[int, list[str]] = field(default_factory=dict)  # day -> member documents of that day

    def add_member(self, doc: str, day: int | None) -> None:
        """Count `doc` a member of `day` (its vectors and keys are added by the index)."""
        self.docs.append(doc)
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)
            self.by_day.setdefault(day, []).append(doc)

    def take_members(self, gone: StoryState) -> None:
        """Take another story's documents, copies and days (its vectors and keys are added by the index)."""
        self.docs.extend(gone.docs)
        self.copies.extend(gone.copies)
        for day, docs in gone.by_day.items():
            self.by_day.setdefault(day, []).extend(docs)
        days = [d for d in (self.first, self.last, gone.first, gone.last) if d is not None]
        self.first, self.last = (min(days), max(days)) if days else (None, None)

    def members_near(self, day: int, days: int) -> list[str]:
        """Members published within `days` days of `day`."""
        return [doc for d in range(day - days, day + days + 1) for doc in self.by_day.get(d, ())]

    def cohesion(self) -> float:
        """Length of the mean member vector: 1 when all members agree, ~1/sqrt(n) when they share nothing."""
        return min(1.0, self.length / len(self.docs)) if self.docs else 0.0

    def recent_cohesion(self) -> float:
        return min(1.0, self.recent_length / self.recent_weight) if self.recent_weight else 0.0

    def add_recent(self, vec: Mapping[str, float], weight: float, day: int | None, half_life: float, limit: int) -> None:
        """Add to the recent centroid, first decaying it to `day` (halved every `half_life` days): a story
        whose vocabulary moves on (campaign, vote, results, reactions) is compared with where it is now,
        not only its average. Kept to the `limit` heaviest terms when it grows past twice that."""
        if day is not None and self.recent_day is not None and day > self.recent_day:
            decay = 0.5 ** ((day - self.recent_day) / half_life)
            self.recent = {t: w * decay for t, w in self.recent.items()}
            self.recent_weight *= decay
        if day is not None and (self.recent_day is None or day > self.recent_day):
            self.recent_day = day
        recent = self.recent
        for term, w in vec.items():
            recent[term] = recent.get(term, 0.0) + w
        self.recent_weight += weight
        if len(recent) > limit * 2:
            self.recent = recent = dict(ranked(recent, limit))
        self.recent_length = math.sqrt(sum(v * v for v in recent.values()))

    def absorb_recent(self, gone: StoryState, half_life: float, limit: int) -> None:
        """Add another story's recent centroid, both brought to the later of their days first."""
        if gone.recent_day is not None and self.recent_day is not None and gone.recent_day > self.recent_day:
            self.add_recent({}, 0.0, gone.recent_day, half_life, limit)
        decay = 0.5 ** ((self.recent_day - gone.recent_day) / half_life) \
            if self.recent_day is not None and gone.recent_day is not None else 1.0
        self.add_recent({t: w * decay for t, w in gone.recent.items()}, gone.recent_weight * decay, None, half_life, limit)


@dataclass
class DocState:
    story: str
    title: str
    vec: Vector
    keys: Counter[str] = field(default_factory=Counter)  # entity keys and event signatures


def neighbour_vote(vec: Vector, pool: Iterable[tuple[Vector, str]], k: int) -> tuple[Counter[str], float]:
    """Stories of the `k` documents in `pool` ((vector, story) pairs) nearest to `vec`, counted, and the
    nearest one's cosine."""
    nearest = sorted(((cosine(vec, other), story) for other, story in pool), key=lambda cs: -cs[0])[:k]
    return Counter(story for _, story in nearest), (nearest[0][0] if nearest else 0.0)


def link(piece: StoryState, other: StoryState, docs: Mapping[str, DocState], days: int) -> float:
    """Mean, over the documents of `piece`, of the cosine to the nearest member of `other` published within
    `days` days of it (0 for one with none)."""
    nearest: list[float] = []
    for day, members in piece.by_day.items():
        near = [docs[o].vec for o in other.members_near(day, days)]
        nearest.extend(max((cosine(docs[m].vec, o) for o in near), default=0.0) for m in members)
    return sum(nearest) / len(nearest) if nearest else 0.0


def features(doc: Document, title_weight: int = 2) -> DocFeatures:
    """Clustering features of a document: body (or whole text), title, entity keys, events, date."""
    body = doc.body_text() if doc.body else doc.text
    title = doc.meta.title or ""
    body_words = words(body)  # normalised once, for the terms and the copy fingerprint
    counts = lead_weighted(body_words)
    for term in terms(title):
        counts[term] = counts.get(term, 0.0) + title_weight
    counts = fold_clitics(counts)
    keys: Counter[str] = Counter()
    for mention in doc.mentions:
        keys[mention.entity_id or f"{mention.type}:{norm(doc.span_text(mention.span))}"] += 1
    for event in doc.events:
        if event.date and not event.negated:
            keys[f"event:{event.type}:{event.date}"] += 1
    day = ordinal_day(doc.meta.published)
    for timex in doc.timexes:
        # A specific day other than the news day (a deadline, an earlier attack) ties articles
        # of one story together across months; the news day itself is shared by everything.
        when = ordinal_day(timex.value) if timex.value and len(timex.value) == 10 else None
        if when is not None and (day is None or abs(when - day) > 2):
            keys[f"date:{timex.value}"] += 1
    return DocFeatures(doc.id, title, day, counts, keys, fingerprint(body_words[:COPY_WORDS]))


def ordinal_day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def dot(a: Vector, b: Vector) -> float:
    # Sparse vectors share few terms: intersecting the key views (in C) beats a loop over either.
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])  # fsum: the same whatever the set's order


def scaled(vec: Vector, centroid: Vector, length: float, cohesion: float, power: float) -> float:
    """Cosine of a unit vector to a centroid, scaled down by the centroid's diffuseness."""
    return dot(vec, centroid) / length * cohesion**power if length else 0.0


def day_gap(first: int | None, last: int | None, story: StoryState) -> int | None:
    """Days between the range [first, last] and the story's dates (0 when they overlap)."""
    if first is None or last is None or story.first is None or story.last is None:
        return None
    return max(story.first - last, first - story.last, 0)


def span(a: StoryState, b: StoryState) -> int:
    """Days from the first to the last date of two stories together (0 without dates)."""
    days = [d for d in (a.first, a.last, b.first, b.last) if d is not None]
    return max(days) - min(days) if days else 0


def documents_around(a: StoryState, b: StoryState, day_docs: Mapping[int, list[str]], days: int,
                     limit: int) -> list[str]:
    """Documents published from `days` days before the first date of two stories to `days` after the last,
    if fewer than `limit` (otherwise, or without dates, none: counted first, since busy days are the rule)."""
    dates = [d for d in (a.first, a.last, b.first, b.last) if d is not None]
    window = range(min(dates) - days, max(dates) + days + 1) if dates else range(0)
    if not dates or sum(len(day_docs.get(d, ())) for d in window) >= limit:
        return []
    return [doc for d in window for doc in day_docs.get(d, ())]


def mean_pairwise(vectors: Sequence[Vector], similarity: Callable[[Vector, Vector], float]) -> float:
    """Mean similarity over all pairs of `vectors` (0 for fewer than two)."""
    pairs = [(a, b) for i, a in enumerate(vectors) for b in vectors[i + 1:]]
    return sum(similarity(a, b) for a, b in pairs) / len(pairs) if pairs else 0.0


def story_number(story_id: str) -> int:
    return int(story_id[1:])


def _weight_then_key(kv: tuple[str, float]) -> tuple[float, str]:
    return -kv[1], kv[0]


def ranked(vec: Mapping[str, float], n: int | None = None) -> list[tuple[str, float]]:
    """Items by weight, heaviest first (the `n` heaviest when given); ties by key, so the order never
    depends on insertion."""
    if n is not None and n < len(vec):
        # The same as sorted()[:n], cheaper: sort the bare weights (in C) for the cutoff, then only the few above it.
        cutoff = sorted(vec.values(), reverse=True)[n - 1] if n > 0 else math.inf
        return sorted([kv for kv in vec.items() if kv[1] >= cutoff], key=_weight_then_key)[:n]
    return sorted(vec.items(), key=_weight_then_key)


def top_terms(vec: Mapping[str, float], n: int) -> list[str]:
    return [t for t, _ in ranked(vec, n)]


def pickled(index: object, version: int) -> bytes:
    return pickle.dumps((version, index), protocol=pickle.HIGHEST_PROTOCOL)


def unpickled(data: bytes, cls: type[T], version: int) -> T:
    """The story index in `data`, if it is one of this `version`; a StoreError that says what to do if not."""
    try:
        found, index = pickle.loads(data)
    except Exception as exc:  # a truncated or foreign file: say so instead of a pickle traceback
        raise StoreError("the story index cannot be read", hint="delete it to rebuild stories from the store") from exc
    if found != version or not isinstance(index, cls):
        raise StoreError(f"story index format {found} is not {version}", hint="delete it to rebuild stories")
    return index


def write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)  # a crash never leaves half a file
