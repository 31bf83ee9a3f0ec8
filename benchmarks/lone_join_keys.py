"""Do the pipeline's entity and event keys tell a right lone join from a wrong one? (hand labels of data/lone_join_labels.tsv)

Each labelled decision (a lone ordinary article that the hand vote refuses to join a story of ordinary
articles; `lone_join_labels.py`) is met again in the hand rule's own `--clean` run of its set, where the
story's members published within `neighbour_days` of the article are noted. The article and those members
are then run through the pipeline (`rasad run`'s entity, event and date keys, as `cluster_check.py
--pipeline` computes them), and so is a seeded sample of each set's articles, whose share of articles
holding a key tells how rare that key is on the set's days. For each decision the script prints what the
article shares with the members, by kind of key (a person, place or organisation other than a country;
a dated event; a cited past day), weighted by rarity, and then the right share of the labels by band of
each signal, as session 21 did for the cosines.

    python benchmarks/lone_join_keys.py [--cache DIR] [--keys FILE] [--sample N] [--rows FILE]

--cache is lone_join_labels.py's cache of cleaned features; --keys keeps the pipeline's keys of every
article annotated here (about 0.15 s an article) and reuses them. Session 22 ran it: no band of any key
signal is right much more than half the time (benchmarks/README.md, clustering row).
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import published, records, to_document  # noqa: E402
from cluster_check import SETS, annotate, read_gold  # noqa: E402
from lone_join_labels import LABELS, read_labels, record, set_features  # noqa: E402

from rasad.corpus.stories import StoryIndex, features  # noqa: E402
from rasad.corpus.story_parts import StoryState  # noqa: E402
from rasad.errors import RasadError  # noqa: E402

Keys = dict[str, int]
RARE = 0.01  # a key held by at most this share of the set's sampled articles is rare
# What each signal's bands are cut at (the right share is printed for each band).
CUTS: dict[str, list[float]] = {"ent_rare": [1, 2, 3], "ent_idf": [2.0, 4.0, 6.0, 9.0], "best_idf": [2.0, 4.0, 6.0, 9.0],
        "members_rare": [0.2, 0.4, 0.6], "event": [1, 2], "event_idf": [2.0, 4.0], "date": [1, 2],
        "ent_all": [2, 4, 6], "unseen": [1, 2, 3], "key_cos": [0.1, 0.2, 0.3, 0.35, 0.4, 0.45],
        "best_key_cos": [0.1, 0.2, 0.3, 0.4, 0.5]}


def key_kind(key: str) -> str:
    """entity (a person, place or organisation; countries apart), country, event or date."""
    if key.startswith("event:"):
        return "event"
    if key.startswith("date:"):
        return "date"
    if key.startswith("kb:c:"):
        return "country"
    return "entity"


def members_of(index: StoryIndex, doc: str, day: int, target: StoryState, *_: object) -> str:
    """The story's members of the article's days (its latest 20 when none), comma-joined."""
    return ",".join(target.members_near(day, index.settings.neighbour_days) or target.docs[-20:])


def decisions(cache: Path | None, labels_path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(set, article, label, story members of its days) of every labelled decision met again."""
    out = []
    all_records = list(records())
    for name, labels in sorted(read_labels(labels_path).items()):
        for row in record(name, set_features(name, all_records, cache), labels, describe=members_of):
            set_name, doc, _member, label, members = row.split("\t")
            out.append((set_name, doc, label, members.split(",")))
    return out


def set_sample(name: str, all_records: list[dict], size: int) -> list[str]:
    """A seeded sample of the articles of a set's days (the background a key's rarity is read from)."""
    gold, _ = read_gold(SETS[name])
    days = {published(r) for r in all_records if r["id"] in gold}
    ids = sorted(r["id"] for r in all_records if published(r) in days)
    return random.Random(22).sample(ids, min(size, len(ids)))


def pipeline_keys(ids: set[str], path: Path | None) -> dict[str, Keys]:
    """The pipeline's clustering keys of each article, kept in `path` and reused."""
    kept: dict[str, Keys] = pickle.loads(path.read_bytes()) if path and path.exists() else {}
    todo = sorted(ids - kept.keys())
    if todo:
        by_id = {r["id"]: r for r in records()}
        docs = [to_document(by_id[i]) for i in todo]
        for n, doc in enumerate(docs, 1):
            try:
                kept[doc.id] = dict(features(annotate([doc])[0], 2).keys)
            except RasadError as error:  # one article the pipeline fails on must not end the count
                print(f"  {doc.id} skipped, the pipeline failed: {error}", file=sys.stderr)
                kept[doc.id] = {}
            if path and n % 200 == 0:
                path.write_bytes(pickle.dumps(kept))
                print(f"  {n} of {len(todo)} annotated", file=sys.stderr)
        if path:
            path.write_bytes(pickle.dumps(kept))
    return kept


def rarity(sample: list[str], keys: dict[str, Keys]) -> tuple[Counter[str], int]:
    return Counter(k for doc in sample for k in keys[doc]), len(sample)


def idf(key: str, df: Counter[str], n: int) -> float:
    return math.log((n + 1) / (df[key] + 1))


def key_vector(keys: Keys, df: Counter[str], n: int) -> dict[str, float]:
    """Unit vector of a document's or story's keys, rarity-weighted as StoryIndex weighs them (cited days apart)."""
    weights = {k: (1 + math.log(c)) * idf(k, df, n) for k, c in keys.items() if key_kind(k) != "date" and c > 0}
    length = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {k: w / length for k, w in weights.items()}


def key_cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(w * b.get(k, 0.0) for k, w in a.items())


def signals(doc: Keys, members: list[Keys], df: Counter[str], n: int) -> dict[str, float]:
    """What the article's keys share with the story's members of its days."""
    union: set[str] = set().union(*members) if members else set()
    mine, summed = key_vector(doc, df, n), Counter[str]()
    for member in members:
        summed.update(member)
    shared = [k for k in doc if k in union]
    ents = [k for k in shared if key_kind(k) == "entity"]
    rare = [k for k in ents if df[k] <= RARE * n]
    events = [k for k in shared if key_kind(k) == "event"]
    per_member = [sum(idf(k, df, n) for k in doc if k in m and key_kind(k) == "entity") for m in members]
    holding = [any(k in m for k in rare) for m in members]
    return {
        "ent_all": len(ents),
        "ent_rare": len(rare),
        "ent_idf": sum(idf(k, df, n) for k in ents),
        "best_idf": max(per_member, default=0.0),
        "members_rare": sum(holding) / len(holding) if holding else 0.0,
        "event": len(events),
        "event_idf": sum(idf(k, df, n) for k in events),
        "date": sum(key_kind(k) == "date" for k in shared),
        "unseen": sum(df[k] == 0 for k in ents),
        "key_cos": key_cosine(mine, key_vector(summed, df, n)),
        "best_key_cos": max((key_cosine(mine, key_vector(m, df, n)) for m in members), default=0.0),
    }


def band_table(rows: list[tuple[str, dict[str, float]]]) -> list[str]:
    """Right share of the labels in each band of each signal."""
    lines = []
    for name, cuts in CUTS.items():
        cells = []
        edges = [-math.inf, *cuts, math.inf]
        for low, high in pairwise(edges):
            inside = [label for label, got in rows if low <= got[name] < high]
            right = sum(label == "1" for label in inside)
            span = f"< {high:g}" if low == -math.inf else f">= {low:g}" if high == math.inf else f"{low:g}-{high:g}"
            cells.append(f"{span} {right}/{len(inside)}")
        lines.append(f"{name}: " + ", ".join(cells))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--cache", type=Path, help="lone_join_labels.py's cleaned features per set")
    parser.add_argument("--keys", type=Path, help="keep the pipeline's keys of the annotated articles here")
    parser.add_argument("--sample", type=int, default=300, help="articles of each set's days sampled for rarity")
    parser.add_argument("--rows", type=Path, help="write each decision's signals here (TSV)")
    args = parser.parse_args()
    found = decisions(args.cache, args.labels)
    all_records = list(records())
    samples = {name: set_sample(name, all_records, args.sample) for name in sorted({d[0] for d in found})}
    wanted = {i for _, doc, _, members in found for i in [doc, *members]} | {i for s in samples.values() for i in s}
    print(f"{len(found)} decisions met; {len(wanted)} articles to annotate", file=sys.stderr)
    keys = pipeline_keys(wanted, args.keys)
    background = {name: rarity(sample, keys) for name, sample in samples.items()}
    rows = [(label, signals(keys[doc], [keys[m] for m in members], *background[name]))
            for name, doc, label, members in found]
    if args.rows:
        columns = list(CUTS)
        lines = ["\t".join(["set", "document", "label", *columns])]
        lines += ["\t".join([name, doc, label] + [f"{got[c]:.3f}" for c in columns])
                  for (name, doc, label, _), (_, got) in zip(found, rows, strict=True)]
        args.rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"right joins {sum(label == '1' for label, _ in rows)} of {len(rows)}")
    print("\n".join(band_table(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
