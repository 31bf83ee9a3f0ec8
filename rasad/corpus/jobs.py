"""The corpus jobs in order: dates across documents, entities, stories, events, comparison inputs, summaries.

`run_corpus_jobs` fills a `Corpus` from its documents. Jobs whose module is
not installed are skipped (entities and cross-document dates are written by
their own modules); the stories job can keep a persistent `StoryIndex` so a
later run adds documents to the stories it already has.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

from rasad.corpus.model import Corpus
from rasad.corpus.stories import StoryIndex, cluster_stories
from rasad.corpus.summarise import summarise_stories
from rasad.corpus.timeline import merge_events, story_timelines

log = logging.getLogger(__name__)


def _optional(module: str) -> ModuleType | None:
    """A corpus module written elsewhere in rasad; None when it is not installed."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        log.info("corpus job module %s is not installed; skipping it", module)
        return None


def run_corpus_jobs(corpus: Corpus, index: StoryIndex | None = None) -> Corpus:
    """Fill corpus.entities (when the entity job exists), stories, events, timelines and summaries.

    Documents already in `index` keep their stories; new ones join them.
    """
    dates = _optional("rasad.corpus.dates")
    if dates is not None:
        dates.published_across(corpus)
    entities = _optional("rasad.corpus.entities")
    if entities is not None:
        corpus.entities = entities.resolve_entities(corpus.documents)
    index = index if index is not None else StoryIndex()
    known = {d.id for d in corpus.documents}
    stories = cluster_stories(corpus.documents, index)
    corpus.stories = [s for s in stories if any(d in known for d in s.docs)]
    for story in corpus.stories:  # an index kept between runs may hold documents this corpus lacks
        story.docs = [d for d in story.docs if d in known]
        story.copies = [(a, b) for a, b in story.copies if a in known and b in known]
    corpus.events = merge_events(corpus.documents, corpus.entities)
    story_timelines(corpus.stories, corpus.events)
    summarise_stories(corpus)
    return corpus
