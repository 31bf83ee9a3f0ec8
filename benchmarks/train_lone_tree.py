"""Fit the tree that decides for a lone document where the neighbour vote is unsure (rasad/corpus/learned_join.py).

Each development story set (tuning, dev, dev2, dev3, holdout2 of cluster_check.py; never the held-out
sets) is clustered with `--clean` features and the hand rule alone. Wherever a lone document's vote falls
short but lies in the learned band, the signals learned_join.lone_features reads are recorded with what
the join would do to the set's pairs: pairs of one gold story gained, pairs of a story document with a
document of another story or a distractor made. Decisions that touch no story document are left out
(two distractors carry no label). A depth-2 tree is fitted (weighted by the pairs at stake) and written
to rasad/corpus/data/lone_join_tree.tsv. Needs scikit-learn (the `train` extra).

    python benchmarks/train_lone_tree.py [--sets tuning dev dev2 dev3 holdout2] [--cache DIR] [--out FILE]
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


def record(name: str, gold: dict[str, str], related: set[str], feats: list[DocFeatures]) -> list[tuple]:
    """Cluster a set with the hand rule, recording each unsure lone decision; returns (features, gain, cost) rows."""
    label: dict[str, str | None] = {f.id: None if f.id in related else gold.get(f.id, "-" + f.id) for f in feats}
    rows: list[tuple] = []

    def recorder(index, doc, day, target, margin, votes, nearest):  # type: ignore[no-untyped-def]
        s = index.settings
        if votes[target.id] >= s.learned_votes and nearest >= s.learned_floor and margin >= -s.learned_slack:
            gain, cost = at_stake(doc, target.docs, label)
            if gain or cost:
                rows.append((lone_features(index, doc, day, target, margin, votes, nearest), gain, cost))
        return False  # the hand rule decides while recording

    lone_documents.learned_join = recorder
    by_day: dict[int, list[DocFeatures]] = defaultdict(list)
    for f in feats:
        by_day[f.day if f.day is not None else 0].append(f)
    index = StoryIndex(settings_from([]))
    for day in sorted(by_day):
        index.add_batch(by_day[day])
    print(f"[{name}] {len(rows)} unsure decisions touching a story document, "
          f"{sum(g > c for _, g, c in rows)} of them right joins")
    return rows


def fit(rows: list[tuple]) -> list[str]:
    """Fit the depth-2 tree; its rows for the TSV."""
    from sklearn.tree import DecisionTreeClassifier  # the `train` extra: only this script needs it

    x = [[feats[n] for n in FEATURES] for feats, _, _ in rows]
    y = [int(g > c) for _, g, c in rows]
    weight = [abs(g - c) for _, g, c in rows]
    tree = DecisionTreeClassifier(max_depth=2, min_samples_leaf=20, random_state=0).fit(x, y, sample_weight=weight)
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
    args = parser.parse_args()
    all_records = list(records())
    rows = [row for name in args.sets for row in record(name, *set_features(name, all_records, args.cache))]
    header = ["# The tree learned_join.py walks for a lone document in the unsure band; made by",
              f"# benchmarks/train_lone_tree.py from {len(rows)} decisions of the sets {' '.join(args.sets)}.",
              "# node\tfeature\tthreshold\tnode if <=\tnode if >   (or: node\tleaf\t1 join / 0 stay alone)"]
    args.out.write_text("\n".join(header + fit(rows)) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
