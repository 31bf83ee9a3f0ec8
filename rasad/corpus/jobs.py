"""The corpus jobs, in order, over the documents of a run.

1. dates: publication dates other documents settle (rasad.corpus.dates); a
   document whose date moved has its time expressions resolved again, and
   `refresh` (the pipeline components downstream of "timexes": events, claims)
   brings what was built on them up to date;
2. entities: one entity per real-world entity across documents;
3. stories: incremental clustering into a `StoryIndex` that may persist
   between runs, so a later run adds documents to the stories it has;
4. events: cross-document event merging and each story's timeline;
5. summaries: a headline and cited extractive summary per story;
6. comparisons: which outlets agree and which contradict, per event and quantity.

A job that fails is logged and reported, and the next one runs: the
documents are stored already, and the outputs are still worth writing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from rasad.corpus.compare import compare
from rasad.corpus.dates import infer_published_across
from rasad.corpus.entities import resolve_entities
from rasad.corpus.model import Corpus
from rasad.corpus.stories import StoryIndex, cluster_stories
from rasad.corpus.summarise import summarise_stories
from rasad.corpus.timeline import merge_events, story_timelines
from rasad.document import Document

log = logging.getLogger(__name__)

Refresh = Callable[[Document], Document]


@dataclass
class JobsOutcome:
    ran: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


@dataclass
class _Context:
    index: StoryIndex
    refresh: Refresh | None


def _dates(corpus: Corpus, ctx: _Context) -> None:
    before = {d.id: d.meta.published for d in corpus.documents}
    infer_published_across(corpus.documents)
    if ctx.refresh is None:
        return
    for i, doc in enumerate(corpus.documents):
        if doc.meta.published != before[doc.id]:
            corpus.documents[i] = ctx.refresh(doc)


def _entities(corpus: Corpus, ctx: _Context) -> None:
    corpus.entities = resolve_entities(corpus.documents)


def _stories(corpus: Corpus, ctx: _Context) -> None:
    known = {d.id for d in corpus.documents}
    stories = cluster_stories(corpus.documents, ctx.index)
    corpus.stories = [s for s in stories if any(d in known for d in s.docs)]
    for story in corpus.stories:  # an index kept between runs may hold documents this run lacks
        story.docs = [d for d in story.docs if d in known]
        story.copies = [(a, b) for a, b in story.copies if a in known and b in known]


def _events(corpus: Corpus, ctx: _Context) -> None:
    corpus.events = merge_events(corpus.documents, corpus.entities, corpus.stories)
    story_timelines(corpus.stories, corpus.events)


def _summaries(corpus: Corpus, ctx: _Context) -> None:
    summarise_stories(corpus)


def _comparisons(corpus: Corpus, ctx: _Context) -> None:
    corpus.comparisons = compare(corpus)


JOBS: tuple[tuple[str, Callable[[Corpus, _Context], None]], ...] = (
    ("dates", _dates),
    ("entities", _entities),
    ("stories", _stories),
    ("events", _events),
    ("summaries", _summaries),
    ("comparisons", _comparisons),
)


def run_corpus_jobs(corpus: Corpus, index: StoryIndex | None = None, *, refresh: Refresh | None = None) -> JobsOutcome:
    """Fill `corpus` with dates, entities, stories, events, summaries and comparisons; say which jobs ran.

    Documents already in `index` keep their stories; new ones join them.
    `refresh` re-annotates a document whose publication date the corpus settled.
    """
    ctx = _Context(index if index is not None else StoryIndex(), refresh)
    outcome = JobsOutcome()
    for name, job in JOBS:
        try:
            job(corpus, ctx)
        except Exception as exc:  # one job's failure must not cost the others or the outputs
            log.error("corpus job %s failed: %s: %s", name, type(exc).__name__, exc)
            log.debug("corpus job %s failed", name, exc_info=True)
            outcome.failed.append(name)
            continue
        outcome.ran.append(name)
    return outcome
