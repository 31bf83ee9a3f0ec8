"""A learned second chance for a lone document whose neighbour vote fell short (used by lone_documents.py).

The hand rule reads one signal at a time (the voted story's similarity against a slack). Where it is
unsure (at least `learned_votes` of the nearest documents are one story's, the nearest at least
`learned_floor` similar, the story's similarity at most `learned_slack` short), a small decision tree over
several signals at once decides instead: the plain centroid cosine, the cohesion of the story's recent
members, title overlap with its documents of the same days, and the like. The tree is fitted on the
development story sets by benchmarks/train_lone_tree.py and ships as data/lone_join_tree.tsv.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from rasad.arabic.lexicon import read_rows
from rasad.corpus.story_parts import StoryState, dot
from rasad.corpus.terms import Vector, cosine, terms, unit
from rasad.errors import ModelError

if TYPE_CHECKING:
    from rasad.corpus.stories import StoryIndex

TREE = "lone_join_tree.tsv"
# node -> (feature, threshold, node if <=, node if >) for a split; ("", class, -1, -1) for a leaf
Tree = dict[int, tuple[str, float, int, int]]


@lru_cache(maxsize=1)
def join_tree() -> Tree:
    """The shipped tree: rows `node  feature  threshold  left  right`, or `node  leaf  class` for a leaf."""
    tree: Tree = {}
    for row in read_rows("rasad.corpus", TREE):
        if row[1] == "leaf":
            tree[int(row[0])] = ("", float(row[2]), -1, -1)
        else:
            tree[int(row[0])] = (row[1], float(row[2]), int(row[3]), int(row[4]))
    if 0 not in tree:
        raise ModelError(f"{TREE} has no root node", hint="rebuild it with benchmarks/train_lone_tree.py")
    return tree


def decide(tree: Tree, feats: dict[str, float]) -> bool:
    """Walk `tree` from its root with the named features; whether its leaf says join."""
    node = tree[0]
    while node[0]:
        name, threshold, left, right = node
        node = tree[left if feats[name] <= threshold else right]
    return node[1] >= 0.5


def lone_features(index: StoryIndex, doc: str, day: int, target: StoryState, margin: float,
                  votes: Counter[str], nearest: float) -> dict[str, float]:
    """The signals the tree may read about joining the lone `doc` to `target` (names as the trainer's)."""
    s = index.settings
    state = index.docs[doc]
    vec = state.vec
    ranked_votes = [count for _, count in votes.most_common(2)] + [0]
    members = target.members_near(day, s.neighbour_days) or target.docs[-20:]
    title = _title_vector(state.title)
    return {
        "margin": margin,
        "raw": dot(vec, target.centroid) / target.length if target.length else 0.0,
        "cent": dot(vec, target.centroid) / target.length * target.cohesion() ** s.cohesion_power if target.length else 0.0,
        "recent": dot(vec, target.recent) / target.recent_length if target.recent_length else 0.0,
        "cohesion": target.cohesion(),
        "rcoh": target.recent_cohesion(),
        "logsize": math.log(len(target.docs)),
        "title": max((cosine(title, _title_vector(index.docs[m].title)) for m in members), default=0.0) if title else 0.0,
        "near": max((cosine(vec, index.docs[m].vec) for m in members), default=0.0),
        "votes": float(ranked_votes[0]),
        "vsecond": float(ranked_votes[0] - ranked_votes[1]),
        "nearest": nearest,
    }


def _title_vector(title: str) -> Vector:
    return unit(dict.fromkeys(terms(title), 1.0))


def learned_join(index: StoryIndex, doc: str, day: int, target: StoryState, margin: float,
                 votes: Counter[str], nearest: float) -> bool:
    """Whether the tree joins the lone `doc` to the voted `target` (only in the band where the hand rule is unsure)."""
    s = index.settings
    if not s.learned_lone or votes[target.id] < s.learned_votes or nearest < s.learned_floor \
            or margin < -s.learned_slack:
        return False
    return decide(join_tree(), lone_features(index, doc, day, target, margin, votes, nearest))
