"""The settings of story clustering (`stories.StoryIndex`): thresholds, the date-gap penalty,
how entities weigh, vector sizes, and the second placement of lone documents and fragments.

Kept apart from the index so the knobs read as one table; the values were set on the tuning
and dev stories of `benchmarks/cluster_check.py`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    threshold: float = 0.22  # similarity a document of the same days needs to join a story
    merge_threshold: float = 0.30  # similarity two stories need to become one
    burst_merge_threshold: float = 0.28  # the same, when the two together span at most burst_days (one burst of coverage)
    gap_days: float = 3.0  # within this many days of a story's dates no extra evidence is asked
    gap_penalty: float = 0.04  # added to the thresholds per doubling of the gap beyond gap_days ...
    # ... up to this much (reached after a year and a half): text alone does not bridge months,
    # so a topic (North Korea, Syria) does not gather the country's news of the whole season
    max_penalty: float = 0.3
    cohesion_power: float = 0.5  # 0: plain centroid cosine; 1: mean cosine to the members
    # A story whose articles, the new ones included, span at most this many days is one burst of coverage:
    # the diffuseness of its recent centroid is its facets (reactions, inquiries, meetings), not a topic's
    # drift, and counts less (this power instead of cohesion_power). A longer one may be a topic ("Korea").
    burst_days: int = 10
    burst_cohesion_power: float = 0.4
    recent_half_life: float = 2.0  # days: the recent centroid weighs a member half after this long
    # Weight of entity/event agreement above the floor added to text similarity (see _blend). Off: on the
    # six story sets of cluster_check --pipeline it never helped (0.5 against 0: dev2 0.841 against 0.848,
    # dev3 0.866 against 0.873, the others equal); entity keys still bridge date gaps (entity_bridge).
    entity_weight: float = 0.0
    entity_floor: float = 0.45  # entity/event cosine that unrelated articles about the same places reach
    # From the floor up to this entity/event cosine the date-gap penalty shrinks to nothing. The same
    # leaders and places alone (0.6-0.7: a country's news) do not bridge months; a story's own
    # actors, events and dates together do.
    entity_bridge: float = 0.8
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
    neighbours: int = 5  # a lone document's nearest documents that vote on its story (0: no second placement) ...
    neighbour_votes: int = 3  # ... this many of them must be one story's members ...
    neighbour_floor: float = 0.2  # ... the nearest at least this similar ...
    neighbour_slack: float = 0.05  # ... and its similarity to the story at most this far below the threshold
    neighbour_days: int = 2  # neighbours within this many days of the document; lone documents are retried this long
    unanimous_slack: float = 0.09  # neighbour_slack when all `neighbours` nearest documents are one story's
    fragment_docs: int = 4  # a story of at most this many documents is a fragment: ...
    fragment_days: int = 10  # ... it merges at `threshold` (not merge_threshold) while both together span at most this many days;
    link_slack: float = 0.1  # ... one at most this far short merges all the same ...
    link_floor: float = 0.28  # ... when its documents' nearest members of the other story average this cosine (see link)
    # A small collection (the days of two stories, neighbour_days around them, hold fewer than sparse_docs
    # documents: a handful of articles gathered about one event, not a day's news) has few stories to tell
    # apart, and its facets (the strike, the parliament's questions, Moscow's reply) share little text.
    # There a lone document merges with a story up to sparse_slack short of the threshold when their entity
    # and event keys agree this much (a story's facets: 0.28-0.53 on two hand corpora; other stories of the
    # same days: 0.00-0.19). Two stories of several documents each stay apart (same-country stories of the
    # same days, such as Douma's inspectors and the Homs missile alarm, reach 0.37).
    sparse_docs: int = 25
    sparse_slack: float = 0.12
    sparse_entities: float = 0.25
    # ... and when the collection is about one or two things: the mean entity/event key cosine over all pairs
    # of its documents (those days' documents) is at least this (hand corpora of one or two stories: 0.19-0.52;
    # fifteen random articles of one ANT section over five days: 0.02-0.12).
    sparse_coherence: float = 0.15
