"""Story clustering checked on hand-picked real multi-outlet stories among same-day distractors.

benchmarks/data/ant_stories.tsv (the tuning set), ant_stories_dev.tsv (long,
drifting stories, also tuned on), ant_stories_dev2.tsv (a second development
set: long, medium and same-country stories on days no other set uses),
ant_stories_dev3.tsv (a third, mostly big bursty stories of many facets,
session 6), ant_stories_holdout.tsv (held out: picked later, never tuned on) and
ant_stories_holdout2.tsv (a second held-out set, picked in session 6 once the
first had been reported on several times; its details were read in session 7,
so it is a development set now) and ant_stories_holdout3.tsv (held out, picked
in session 7; its Khashoggi story is dev3's on other days) and ant_stories_holdout4.tsv (held out,
picked in session 11 by a helper who never clustered it, measured before any clustering change of that
session) list ANT
article ids by story (picked by hand from titles and leads). Each set is checked on its own: every other
ANT article published on a day of its stories is mixed in. Documents are clustered day by day into one StoryIndex (as a
monitoring run would add them), then scored like shared/eval/score.py scores
stories: pairwise precision/recall/F1 over the story documents, where putting
a distractor in a story document's cluster is a false positive. Articles
marked `related` (explainers on the edge of a story) count neither way.

    python benchmarks/cluster_check.py [--sets tuning dev dev2 dev3 holdout holdout2 holdout3 holdout4] [--clean | --pipeline [--cache DIR]] [--details] [--one-batch] [--set threshold=0.3 ...]
    python benchmarks/cluster_check.py --small-collections SEED [--sets ...] [--cache DIR] [--set sparse_docs=0]

With --one-batch all documents are given in one batch, as `rasad run` gives a directory
of articles, instead of one batch a day as a monitoring run adds them. StoryIndex places
a batch one day at a time, so both give the same stories: the option checks that.

With --small-collections SEED, each set's stories are instead cut into small collections, as a person
gathers articles about one or two events: six documents of one story's first days, and four and four
of two stories published on the same days. Each collection is run through the pipeline (entity, event
and date keys; --cache applies) and clustered alone; pairwise precision/recall/F1 are summed over all
collections of the sets, and collections whose two stories were merged are named.

With --cache, what the pipeline adds (the cleaned body and the entity, event and
date keys) is kept per set in DIR and reused while the extraction code is unchanged
(delete DIR after changing it); term features are always computed afresh.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import random
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import published, records, to_document  # noqa: E402

from rasad.clean.cleaner import Cleaner  # noqa: E402
from rasad.corpus.stories import DocFeatures, Settings, StoryIndex, features  # noqa: E402
from rasad.corpus.story_parts import StoryState, ordinal_day, top_terms  # noqa: E402
from rasad.document import Document, Meta  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
STORIES = DATA / "ant_stories.tsv"
SETS = {"tuning": STORIES, "dev": DATA / "ant_stories_dev.tsv", "dev2": DATA / "ant_stories_dev2.tsv",
        "dev3": DATA / "ant_stories_dev3.tsv",
        "holdout3": DATA / "ant_stories_holdout3.tsv", "holdout4": DATA / "ant_stories_holdout4.tsv",
        "holdout": DATA / "ant_stories_holdout.tsv", "holdout2": DATA / "ant_stories_holdout2.tsv"}


def read_gold(path: Path = STORIES) -> tuple[dict[str, str], set[str]]:
    gold: dict[str, str] = {}
    related: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("id\t"):
            continue
        doc, story, role = line.split("\t")
        if role == "story":
            gold[doc] = story
        else:
            related.add(doc)
    return gold, related


def pairwise(gold: dict[str, str], system: dict[str, str], distractors: set[str]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold, same_sys = gold[a] == gold[b], system.get(a) == system.get(b)
        tp += same_gold and same_sys
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    members = defaultdict(set)
    for doc, story in system.items():
        members[story].add(doc)
    fp += sum(len(members[system[a]] & distractors) for a in gold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def settings_from(pairs: list[str]) -> Settings:
    types = {f.name: f.type for f in dataclasses.fields(Settings)}
    values = {}
    for pair in pairs:
        key, value = pair.split("=")
        values[key] = {"float": float, "int": int, "bool": lambda v: v.lower() in ("1", "true")}[str(types[key])](value)
    return Settings(**values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="per story: how its documents were clustered")
    parser.add_argument("--set", nargs="*", default=[], help="override clustering Settings, e.g. threshold=0.35")
    parser.add_argument("--pipeline", action="store_true",
                        help="first run the document pipeline (cleaning, times, entities, events: several minutes), "
                             "so clustering also uses entity keys and dated events")
    parser.add_argument("--sets", nargs="*", choices=sorted(SETS), default=["tuning", "dev", "holdout"],
                        help="which story lists to check (each with its own days' distractors)")
    parser.add_argument("--one-batch", action="store_true", help="cluster every document in one batch (as rasad run does)")
    parser.add_argument("--cache", type=Path, help="with --pipeline: keep the pipeline's output per set here and reuse it")
    parser.add_argument("--small-collections", type=int, metavar="SEED",
                        help="cluster small collections cut from the sets' stories instead (see above)")
    parser.add_argument("--clean", action="store_true",
                        help="clean each document first (seconds), as rasad run does, so page furniture such as other "
                             "articles' leads is not clustered; --pipeline cleans too")
    args = parser.parse_args()
    all_records = list(records())
    if args.small_collections is not None:
        check_small(args.sets, all_records, args)
        return 0
    for name in args.sets:
        check(name, SETS[name], all_records, args)
    return 0


def check(name: str, path: Path, all_records: list[dict], args: argparse.Namespace) -> None:
    gold, related = read_gold(path)
    days = {published(r) for r in all_records if r["id"] in gold}
    mix = [to_document(r) for r in all_records if published(r) in days]
    settings = settings_from(args.set)
    if args.pipeline:
        feats = annotated_features(mix, settings.title_weight, args.cache / f"{name}.pickle" if args.cache else None)
    else:
        cleaner = Cleaner() if args.clean else None
        feats = [features(cleaner.clean(doc) if cleaner else doc, settings.title_weight) for doc in mix]
    by_day: dict[int, list[DocFeatures]] = defaultdict(list)
    for f in feats:
        by_day[f.day if f.day is not None else 0].append(f)
    index = StoryIndex(settings)
    start = time.perf_counter()
    for batch in [feats] if args.one_batch else [by_day[day] for day in sorted(by_day)]:
        index.add_batch(batch)
    seconds = time.perf_counter() - start
    system = {doc.id: index.story_of(doc.id) or "" for doc in mix}
    distractors = {doc.id for doc in mix} - gold.keys() - related
    p, r, f1 = pairwise(gold, system, distractors)
    print(f"[{name}] {len(gold)} story documents in {len(set(gold.values()))} stories, {len(distractors)} distractors, "
          f"{len(days)} days; clustered in {seconds:.1f}s into {len(index.stories)} stories")
    print(f"[{name}] pairwise precision={p:.3f} recall={r:.3f} F1={f1:.3f}")
    if args.details:
        report(gold, system, distractors, index, {d.id: (d.meta.published or "", d.meta.title or "") for d in mix})
        lost = ", ".join(f"{kind} {pairs}" for kind, pairs in error_classes(gold, system, distractors, index).most_common())
        print(f"\n[{name}] pairs lost by class: {lost or 'none'}")


def small_collections(gold: dict[str, str], day: dict[str, str], rng: random.Random) -> list[list[str]]:
    """Six documents of each story's first days (up to its ninth document's day), and four and four of
    each two stories on the days both were published."""
    by_story: dict[str, list[str]] = defaultdict(list)
    for doc, story in sorted(gold.items()):
        by_story[story].append(doc)
    out = []
    for docs in by_story.values():
        docs.sort(key=lambda d: (day[d], d))
        early = [d for d in docs if day[d] <= day[docs[min(len(docs), 9) - 1]]]
        out.append(rng.sample(early, min(6, len(early))))
    for a, b in combinations(sorted(by_story), 2):
        common = {day[d] for d in by_story[a]} & {day[d] for d in by_story[b]}
        pa, pb = ([d for d in by_story[s] if day[d] in common] for s in (a, b))
        if len(pa) >= 2 and len(pb) >= 2:
            out.append(rng.sample(pa, min(4, len(pa))) + rng.sample(pb, min(4, len(pb))))
    return out


def check_small(names: list[str], all_records: list[dict], args: argparse.Namespace) -> None:
    """Cluster each small collection of the sets' stories alone; print pairwise P/R/F1 over all of them."""
    rng = random.Random(args.small_collections)
    by_id = {r["id"]: r for r in all_records}
    day = {doc: published(r) for doc, r in by_id.items()}
    gold: dict[str, str] = {}
    collections: list[list[str]] = []
    for name in names:
        story_of, _ = read_gold(SETS[name])
        story_of = {doc: f"{name}:{story}" for doc, story in story_of.items() if doc in by_id}
        gold.update(story_of)
        collections.extend(small_collections(story_of, day, rng))
    settings = settings_from(args.set)
    docs = [to_document(by_id[d]) for d in sorted({d for c in collections for d in c})]
    cache = args.cache / f"small_{'_'.join(names)}_{args.small_collections}.pickle" if args.cache else None
    feats = {f.id: f for f in annotated_features(docs, settings.title_weight, cache)}
    tp = fp = fn = 0
    for collection in collections:
        index = StoryIndex(settings)
        index.add_batch([feats[d] for d in collection])
        mixed = 0
        for a, b in combinations(collection, 2):
            same_gold, same_sys = gold[a] == gold[b], index.story_of(a) == index.story_of(b)
            tp, fp, fn = tp + (same_gold and same_sys), fp + (same_sys and not same_gold), fn + (same_gold and not same_sys)
            mixed += same_sys and not same_gold
        if mixed:
            print(f"  merged two stories ({mixed} pairs): {' + '.join(sorted({gold[d] for d in collection}))}")
    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    print(f"[small collections of {' '.join(names)}, seed {args.small_collections}] {len(collections)} collections "
          f"({len(docs)} documents): pairwise precision={p:.3f} recall={r:.3f} F1={2 * p * r / (p + r) if p + r else 0.0:.3f}")


def annotated_features(docs: list[Document], title_weight: int, cache: Path | None) -> list[DocFeatures]:
    """Features of the pipeline-annotated documents; the pipeline's part (body, keys) read from `cache` when there."""
    if cache is not None and cache.exists():
        kept: dict[str, tuple[str, dict[str, int]]] = pickle.loads(cache.read_bytes())
    else:
        kept = {}
        for doc in annotate(docs):
            f = features(doc, title_weight)
            kept[doc.id] = (doc.body_text() if doc.body else doc.text, dict(f.keys))
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps(kept))
    out = []
    for doc in docs:
        body, keys = kept[doc.id]
        meta = Meta(title=doc.meta.title, outlet=doc.meta.outlet, published=doc.meta.published)
        f = features(Document(body, id=doc.id, source=doc.source, meta=meta), title_weight)
        out.append(dataclasses.replace(f, keys=Counter(keys)))
    return out


def annotate(docs: list[Document]) -> list[Document]:
    """Run the extraction components on each article, keeping the feed's title and date (ANT's metadata is exact)."""
    import importlib

    from rasad.pipeline import Pipeline

    for module in ("rasad.extract.entities.component", "rasad.extract.events.component"):
        importlib.import_module(module)
    pipeline = Pipeline.from_names(("clean", "sentences", "tokens", "timexes", "mentions", "events"))
    out = []
    for doc in docs:
        title, day = doc.meta.title, doc.meta.published
        doc = pipeline(doc)
        doc.meta.title, doc.meta.published = title, day
        out.append(doc)
    return out


def report(gold: dict[str, str], system: dict[str, str], distractors: set[str], index: StoryIndex,
           titles: dict[str, tuple[str, str]]) -> None:
    """Per gold story: its pieces (with dates and titles when split), intruders, and why pieces stayed apart."""
    by_gold = defaultdict(list)
    for doc, story in gold.items():
        by_gold[story].append(doc)
    for story, docs in sorted(by_gold.items()):
        clusters = defaultdict(list)
        for doc in docs:
            clusters[system[doc]].append(doc)
        print(f"\n== {story}: {len(docs)} docs in {len(clusters)} system stories")
        pieces = sorted(clusters.items(), key=lambda kv: -len(kv[1]))
        main_story = index.stories[pieces[0][0]]
        for sid, members in pieces:
            intruders = [d for d in index.stories[sid].docs if d in distractors]
            print(f"  {sid}: {len(members)} of the story, {len(intruders)} distractors; "
                  f"top terms {' '.join(top_terms(index.stories[sid].centroid, 8))}")
            for d in intruders[:5]:
                print(f"      + {d} {' '.join(titles.get(d, ('', '')))[:90]}")
            if len(clusters) > 1 and (len(members) <= 3 or sid != pieces[0][0]):
                for d in sorted(members, key=lambda d: titles.get(d, ("", ""))):
                    print(f"      . {d} {' '.join(titles.get(d, ('', '')))[:90]}{to_main(index, d, main_story, sid, titles)}")
        if len(pieces) > 1:
            for sid, _ in pieces[1:]:
                print(f"  merge margin {pieces[0][0]}~{sid}: {index.merge_margin(main_story, index.stories[sid]):+.3f}")


NEAR_MISS = 0.05  # a lone split-off document at most this far short of its story's main piece is a near miss


def error_classes(gold: dict[str, str], system: dict[str, str], distractors: set[str], index: StoryIndex) -> Counter[str]:
    """Pairs each kind of error costs. Split pairs (recall) by what the split-off piece is: a lone document
    near or far from the story's main piece, a facet that formed a story of its own, or documents taken by
    another story (most of whose documents are not this story's); false pairs (precision) by where: two
    gold stories in one, or distractors in a story of ten or more documents or a smaller one."""
    lost: Counter[str] = Counter()
    by_gold: dict[str, list[str]] = defaultdict(list)
    for doc, story in sorted(gold.items()):
        by_gold[story].append(doc)
    for docs in by_gold.values():
        clusters: dict[str, list[str]] = defaultdict(list)
        for doc in docs:
            clusters[system[doc]].append(doc)
        pieces = sorted(clusters.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        main, placed = index.stories[pieces[0][0]], len(pieces[0][1])
        for sid, members in pieces[1:]:
            other = index.stories[sid]
            if 2 * len(members) < len(other.docs):
                kind = "split: taken by another story"
            elif len(members) == 1:
                near = index.merge_margin(main, other) >= -NEAR_MISS
                kind = f"split: lone document {'near' if near else 'far'} ({'>=' if near else '<'} -{NEAR_MISS})"
            else:
                kind = "split: facet of its own"
            lost[kind] += len(members) * placed  # each pair once: with the pieces before it
            placed += len(members)
    members_of: dict[str, list[str]] = defaultdict(list)
    for doc, story in system.items():
        members_of[story].append(doc)
    for docs in members_of.values():
        stories = Counter(gold[d] for d in docs if d in gold)
        n = sum(stories.values())
        lost["join: gold stories"] += (n * n - sum(c * c for c in stories.values())) // 2
        size = "ten or more" if len(docs) >= 10 else "fewer than ten"
        lost[f"join: distractors in a story of {size} documents"] += n * sum(d in distractors for d in docs)
    return +lost  # the kinds that cost something


def to_main(index: StoryIndex, doc: str, main: StoryState, piece: str, titles: dict[str, tuple[str, str]]) -> str:
    """For a document split off its story: how far it is, now, from joining the story's main piece
    (StoryIndex.similarity: negative is short of the threshold), to tell near misses from far ones."""
    if piece == main.id:
        return ""
    state = index.docs[doc]
    margin = index.similarity(state.vec, state.keys, main, ordinal_day(titles.get(doc, ("", ""))[0]))
    return f"  [to main {margin:+.3f}]"


if __name__ == "__main__":
    raise SystemExit(main())
