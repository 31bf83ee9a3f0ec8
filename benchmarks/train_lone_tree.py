"""Fit the tree that decides for a lone document where the neighbour vote is unsure (rasad/corpus/learned_join.py).

Each development story set (tuning, dev, dev2, dev3, holdout2 of cluster_check.py; never the held-out
sets) is clustered with `--clean` features and the hand rule alone. Wherever a lone document's vote falls
short but lies in the learned band, the signals learned_join.lone_features reads are recorded with a label:
a decision touching a story document is right when the join gains more pairs of one gold story than it
makes wrong ones; a decision joining a distractor to a story of distractors is labelled by hand in
data/lone_join_labels.tsv (a seeded sample of them, read). Each decision counts once; a hand-labelled one
stands for the distractor decisions of its stratum it was drawn from (weighted by how many it represents).
A depth-2 tree is fitted and written to rasad/corpus/data/lone_join_tree.tsv. Needs scikit-learn (the
`train` extra). `--features` prints the features of every labelled decision, as the tree reads them.

    python benchmarks/train_lone_tree.py [--sets tuning dev dev2 dev3 holdout2] [--cache DIR] [--out FILE]
        [--labels FILE] [--features]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import published, records, to_document  # noqa: E402
from cluster_check import SETS, read_gold, settings_from  # noqa: E402

from rasad.clean.cleaner import Cleaner  # noqa: E402
from rasad.corpus import lone_documents  # noqa: E402
from rasad.corpus.learned_join import TREE, lone_features  # noqa: E402
from rasad.corpus.stories import DocFeatures, StoryIndex, features  # noqa: E402

DEVELOPMENT = ["tuning", "dev", "dev2", "dev3", "holdout2"]
OUT = Path(__file__).resolve().parents[1] / "rasad" / "corpus" / "data" / TREE
LABELS = Path(__file__).resolve().parent / "data" / "lone_join_labels.tsv"
HIGH = 0.18  # the labelled sample's second stratum: plain centroid cosine at least this
FEATURES = ["margin", "raw", "cent", "recent", "cohesion", "rcoh", "logsize", "title", "near", "votes", "vsecond",
            "nearest"]


def set_features(name: str, all_records: list[dict], cache: Path | None) -> tuple[dict[str, str], set[str], list[DocFeatures]]:
    """Gold stories, related documents and cleaned clustering features of a set's days."""
    path = cache / f"train_{name}.pickle" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    gold, related = read_gold(SETS[name])
    days = {published(r) for r in all_records if r["id"] in gold}
    cleaner = Cleaner()
    feats = [features(cleaner.clean(to_document(r)), 2) for r in all_records if published(r) in days]
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((gold, related, feats)))
    return gold, related, feats


def at_stake(doc: str, members: list[str], label: dict[str, str | None]) -> tuple[int, int]:
    """Pairs a join gains (one gold story) and makes wrongly (a story document with another story or a distractor)."""
    gain = cost = 0
    mine = label.get(doc)
    for other in members:
        theirs = label.get(other)
        if mine is None or theirs is None or (mine[0] == "-" and theirs[0] == "-"):
            continue  # related documents count neither way; two distractors are not scored
        gain += mine == theirs
        cost += mine != theirs
    return gain, cost


def read_labels(path: Path) -> dict[tuple[str, str, str], int]:
    """(set, document, one story member) -> hand label (1 join right, 0 join wrong)."""
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, doc, member, _stratum, label = line.split("\t")[:5]
            labels[(name, doc, member)] = int(label)
    return labels


def record(name: str, gold: dict[str, str], related: set[str], feats: list[DocFeatures],
           labels: dict[tuple[str, str, str], int]) -> tuple[list[tuple], list[tuple], list[float]]:
    """Cluster a set with the hand rule, recording each unsure lone decision.

    Returns the story-touching rows (features, label), the hand-labelled distractor rows (features, label,
    document) and the plain cosine of every distractor-only decision (to weigh the labelled sample).
    """
    label: dict[str, str | None] = {f.id: None if f.id in related else gold.get(f.id, "-" + f.id) for f in feats}
    touching: list[tuple] = []
    labelled: list[tuple] = []
    population: list[float] = []
    seen: set[tuple[str, str]] = set()
    used: set[tuple[str, str, str]] = set()

    def recorder(index, doc, day, target, margin, votes, nearest):  # type: ignore[no-untyped-def]
        s = index.settings
        if votes[target.id] < s.learned_votes or nearest < s.learned_floor or margin < -s.learned_slack:
            return False
        gain, cost = at_stake(doc, target.docs, label)
        if gain != cost:
            touching.append((lone_features(index, doc, day, target, margin, votes, nearest), int(gain > cost)))
        elif not gain and (label[doc] or "")[:1] == "-" and all(label[m] is not None for m in target.docs) \
                and (doc, target.id) not in seen:
            seen.add((doc, target.id))
            feats = lone_features(index, doc, day, target, margin, votes, nearest)
            population.append(feats["raw"])
            hits = [(name, doc, m) for m in target.docs if (name, doc, m) in labels and (name, doc, m) not in used]
            if hits:
                used.add(hits[0])  # a labelled decision counts once, though its document may be tried again
                labelled.append((feats, labels[hits[0]], doc))
        return False  # the hand rule decides while recording

    lone_documents.learned_join = recorder
    by_day: dict[int, list[DocFeatures]] = defaultdict(list)
    for f in feats:
        by_day[f.day if f.day is not None else 0].append(f)
    index = StoryIndex(settings_from([]))
    for day in sorted(by_day):
        index.add_batch(by_day[day])
    print(f"[{name}] {len(touching)} unsure decisions touching a story document ({sum(y for _, y in touching)} right "
          f"joins); {len(population)} joining distractors only, {len(labelled)} of them labelled "
          f"({sum(y for _, y, _ in labelled)} right)")
    return touching, labelled, population


def fit(touching: list[tuple], labelled: list[tuple], population: list[float]) -> list[str]:
    """Fit the depth-2 tree; its rows for the TSV."""
    from sklearn.tree import DecisionTreeClassifier  # the `train` extra: only this script needs it

    high = [f["raw"] >= HIGH for f, _, _ in labelled]
    stands_for = {True: sum(r >= HIGH for r in population) / max(1, sum(high)),
                  False: sum(r < HIGH for r in population) / max(1, len(high) - sum(high))}
    rows = [(f, y, 1.0) for f, y in touching] + [(f, y, stands_for[h]) for (f, y, _), h in zip(labelled, high)]
    x = [[feats[n] for n in FEATURES] for feats, _, _ in rows]
    tree = DecisionTreeClassifier(max_depth=2, min_samples_leaf=20, random_state=0)
    tree.fit(x, [y for _, y, _ in rows], sample_weight=[w for _, _, w in rows])
    t = tree.tree_
    out = []
    for node in range(t.node_count):
        if t.children_left[node] < 0:
            out.append(f"{node}\tleaf\t{int(t.value[node][0].argmax())}")
        else:
            out.append(f"{node}\t{FEATURES[t.feature[node]]}\t{t.threshold[node]:.6f}\t"
                       f"{t.children_left[node]}\t{t.children_right[node]}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", choices=DEVELOPMENT, default=DEVELOPMENT)
    parser.add_argument("--cache", type=Path, help="keep each set's cleaned features here and reuse them")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--features", action="store_true", help="print the features of each labelled decision")
    args = parser.parse_args()
    labels = read_labels(args.labels)
    all_records = list(records())
    touching: list[tuple] = []
    labelled: list[tuple] = []
    population: list[float] = []
    for name in args.sets:
        t, lab, pop = record(name, *set_features(name, all_records, args.cache), labels)
        touching += t
        labelled += lab
        population += pop
        if args.features:
            for feats, y, doc in lab:
                print(name, doc, y, " ".join(f"{n}={feats[n]:.3f}" for n in FEATURES))
    if len(labelled) < len(labels):
        print(f"warning: {len(labels) - len(labelled)} of {len(labels)} labelled decisions were not met again")
    header = ["# The tree learned_join.py walks for a lone document in the unsure band; made by",
              f"# benchmarks/train_lone_tree.py from {len(touching)} decisions touching a story document and",
              f"# {len(labelled)} hand-labelled ones joining distractors (of {len(population)}), sets {' '.join(args.sets)}.",
              "# node\tfeature\tthreshold\tnode if <=\tnode if >   (or: node\tleaf\t1 join / 0 stay alone)"]
    args.out.write_text("\n".join(header + fit(touching, labelled, population)) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
