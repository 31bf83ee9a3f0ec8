"""The signals of the hand-labelled lone-document decisions of data/lone_join_labels.tsv, reproduced.

Each development story set named in the labels (cluster_check.py's tuning, dev, dev2, dev3, holdout2)
is clustered with `--clean` features and the hand rule, as the labels were drawn: wherever a lone
document's neighbour vote falls short but lies in the unsure band (at least 2 of the 5 nearest are one
story's, the nearest at least 0.12 similar, the story's similarity at most 0.14 below the threshold),
a labelled decision (its document, and a member of the story it would join) has its signals printed
with its label, one TSV row each: the story's similarity margin, the plain centroid cosine, the
story's cohesion and recent cohesion, its size, the cosine of the nearest member of the same days,
the best title cosine with them, and the vote. A learned join decision can be fitted on these rows
(session 21 did, and measured it: benchmarks/README.md, clustering row).

    python benchmarks/lone_join_labels.py [--labels FILE] [--cache DIR] > features.tsv
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import published, records, to_document  # noqa: E402
from cluster_check import SETS, read_gold, settings_from  # noqa: E402

from rasad.clean.cleaner import Cleaner  # noqa: E402
from rasad.corpus import lone_documents  # noqa: E402
from rasad.corpus.stories import DocFeatures, StoryIndex, features  # noqa: E402
from rasad.corpus.story_parts import StoryState, dot, neighbour_vote  # noqa: E402
from rasad.corpus.terms import Vector, cosine, terms, unit  # noqa: E402

LABELS = Path(__file__).resolve().parent / "data" / "lone_join_labels.tsv"
BAND = (2, 0.12, 0.14)  # votes for the story, nearest similarity, similarity short of the threshold
COLUMNS = ["margin", "raw", "cohesion", "rcoh", "logsize", "near", "title", "votes", "nearest"]
Key = tuple[str, str]  # (document, story member)
# What a row says of a decision: (index, document, day, story it would join, margin, votes, nearest) -> TSV columns
Describe = Callable[[StoryIndex, str, int, StoryState, float, Counter[str], float], str]


def read_labels(path: Path) -> dict[str, dict[Key, str]]:
    """set -> (document, story member) -> label."""
    labels: dict[str, dict[Key, str]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, doc, member, _stratum, label = line.split("\t")[:5]
            labels[name][(doc, member)] = label
    return labels


def set_features(name: str, all_records: list[dict], cache: Path | None) -> list[DocFeatures]:
    """Cleaned clustering features of every article of the days of a set's stories."""
    path = cache / f"labels_{name}.pickle" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    gold, _ = read_gold(SETS[name])
    days = {published(r) for r in all_records if r["id"] in gold}
    cleaner = Cleaner()
    feats = [features(cleaner.clean(to_document(r)), 2) for r in all_records if published(r) in days]
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(feats))
    return feats


def signals(index: StoryIndex, doc: str, day: int, target: StoryState, margin: float,
            votes: Counter[str], nearest: float) -> dict[str, float]:
    """What is known about joining the lone `doc` to `target` (plain cosines, not the index's scaled ones)."""
    vec = index.docs[doc].vec
    members = target.members_near(day, index.settings.neighbour_days) or target.docs[-20:]
    title = _title_vector(index.docs[doc].title)
    return {
        "margin": margin,
        "raw": dot(vec, target.centroid) / target.length if target.length else 0.0,
        "cohesion": target.cohesion(),
        "rcoh": target.recent_cohesion(),
        "logsize": math.log(len(target.docs)),
        "near": max((cosine(vec, index.docs[m].vec) for m in members), default=0.0),
        "title": max((cosine(title, _title_vector(index.docs[m].title)) for m in members), default=0.0),
        "votes": float(votes[target.id]),
        "nearest": nearest,
    }


def _signal_columns(index: StoryIndex, doc: str, day: int, target: StoryState, margin: float,
                    votes: Counter[str], nearest: float) -> str:
    got = signals(index, doc, day, target, margin, votes, nearest)
    return "\t".join(f"{got[c]:.4f}" for c in COLUMNS)


def _title_vector(title: str) -> Vector:
    return unit(dict.fromkeys(terms(title), 1.0))


def record(name: str, feats: list[DocFeatures], labels: dict[Key, str], describe: Describe | None = None) -> list[str]:
    """Cluster a set with the hand rule; a TSV row for each labelled decision met (the first time it is met):
    the set, document, member and label, then `describe`'s columns (by default the signals of COLUMNS)."""
    rows: list[str] = []
    hand = lone_documents.neighbours_story
    describe = describe or _signal_columns

    def recording(index: StoryIndex, doc: str, day: int, story: StoryState) -> StoryState | None:
        chosen = hand(index, doc, day, story)
        if chosen is None:
            pool = [(index.docs[m].vec, other.id) for other in index.candidates(index.docs[doc].vec, story.id)
                    for m in other.members_near(day, index.settings.neighbour_days)]
            votes, nearest = neighbour_vote(index.docs[doc].vec, pool, index.settings.neighbours)
            _note(index, doc, day, story, votes, nearest)
        return chosen

    def _note(index: StoryIndex, doc: str, day: int, story: StoryState, votes: Counter[str], nearest: float) -> None:
        if not votes:
            return
        target = index.stories[votes.most_common(1)[0][0]]
        margin = index.similarity(index.docs[doc].vec, story.keys, target, day)
        if votes[target.id] < BAND[0] or nearest < BAND[1] or margin < -BAND[2]:
            return
        for member in target.docs:
            label = labels.pop((doc, member), None)
            if label is not None:
                rows.append("\t".join([name, doc, member, label, describe(index, doc, day, target, margin, votes, nearest)]))
                return

    lone_documents.neighbours_story = recording
    try:
        by_day: dict[int, list[DocFeatures]] = defaultdict(list)
        for f in feats:
            by_day[f.day if f.day is not None else 0].append(f)
        index = StoryIndex(settings_from([]))
        for day in sorted(by_day):
            index.add_batch(by_day[day])
    finally:
        lone_documents.neighbours_story = hand
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--cache", type=Path, help="keep each set's cleaned features here and reuse them")
    args = parser.parse_args()
    labels = read_labels(args.labels)
    all_records = list(records())
    print("\t".join(["set", "document", "member", "label"] + COLUMNS))
    for name in sorted(labels):
        wanted = len(labels[name])
        rows = record(name, set_features(name, all_records, args.cache), labels[name])
        print("\n".join(rows))
        print(f"[{name}] {len(rows)} of {wanted} labelled decisions met, "
              f"{sum(r.split(chr(9))[3] == '1' for r in rows)} of them right joins", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
