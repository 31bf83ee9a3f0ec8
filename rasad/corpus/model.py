"""Corpus-level types: what holds across documents.

The document pipeline is pure and per-document, so it cannot hand out global
ids. Instead a `Mention.entity_id` (and a quote's speaker, an event's actor,
target and location) holds an *entity key* that a document can compute on
its own: `kb:<id>` for a knowledge-base entity, else `<TYPE>:<normalised
canonical name>`. Corpus jobs resolve keys into `Entity` objects (one per
real-world entity, holding every key that names it), merge event mentions
into `Event`s and group documents into `Story`s. The analysis file and the
store are serialisations of a `Corpus`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rasad.document import Count, Document, Span

if TYPE_CHECKING:
    from rasad.corpus.compare import Comparison


@dataclass(frozen=True, slots=True)
class DocSpan:
    """A range of one document's text."""

    doc: str
    span: Span


@dataclass
class Entity:
    id: str
    type: str
    name: str
    name_en: str | None = None
    keys: set[str] = field(default_factory=set)  # the entity keys this entity resolves
    variants: set[str] = field(default_factory=set)  # surface forms seen
    kb_id: str | None = None
    mentions: list[DocSpan] = field(default_factory=list)


@dataclass
class Event:
    id: str
    type: str
    date: str | None = None
    date_mod: str | None = None
    summary: str = ""
    participants: list[str] = field(default_factory=list)  # entity ids
    location: str | None = None  # entity id
    mode: str | None = None
    counts: list[Count] = field(default_factory=list)
    modality: str | None = None
    negated: bool = False
    mentions: list[DocSpan] = field(default_factory=list)  # one per reporting place
    sources: list[int] = field(default_factory=list)  # indices into each doc's events, parallel to mentions


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    source: DocSpan
    outlets: tuple[str, ...]  # every outlet that reports what the sentence says


@dataclass
class Story:
    id: str
    docs: list[str]
    title: str = ""
    summary: list[SummarySentence] = field(default_factory=list)
    timeline: list[str] = field(default_factory=list)  # event ids in date order
    copies: list[tuple[str, str]] = field(default_factory=list)  # (doc, doc it copies), wire copies and near-duplicates


@dataclass
class Corpus:
    """Documents with what the corpus jobs found across them."""

    documents: list[Document]
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)


def entity_ids_by_key(entities: Iterable[Entity]) -> dict[str, str]:
    """Entity key -> the id of the resolved entity it names: how a document's keys
    (mentions, speakers, event participants) become corpus-wide ids."""
    return {key: e.id for e in entities for key in e.keys}
