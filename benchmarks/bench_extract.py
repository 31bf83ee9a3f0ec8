"""Throughput of quotes + events + claims on real Arabic news (ANT).

    python benchmarks/bench_extract.py [--articles N]

Reads the first N articles of ANT (../shared/data/ant beside the repository),
runs the upstream components (clean, sentences, tokens, timexes, mentions) on
them untimed, then times the `quotes`, `events` and `claims` components on each
annotated document in turn, as the pipeline runs them. Prints documents per second of this process's
CPU time (one core, whatever else the machine runs) for each component and for
the three together, with how many quotes, events (dated, typed) and claims came
out. Asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import records, to_document  # noqa: E402

from rasad.document import Document  # noqa: E402
from rasad.pipeline import Pipeline, registered  # noqa: E402

UPSTREAM_MODULES = ("rasad.clean.component", "rasad.arabic.component", "rasad.extract.time", "rasad.extract.entities.component")
MINE = ("quotes", "events", "claims")


def annotated(limit: int) -> list[Document]:
    for module in (*UPSTREAM_MODULES, "rasad.extract.quotes", "rasad.extract.events.component", "rasad.extract.claims"):
        importlib.import_module(module)
    upstream = Pipeline([registered(n) for n in ("clean", "sentences", "tokens", "timexes", "mentions")])
    docs = []
    for record in records():
        if len(docs) >= limit:
            break
        if record.get("text"):
            docs.append(upstream(to_document(record)))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    docs = annotated(args.articles)
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} ANT articles, {chars / 1e6:.2f} M characters (upstream layers computed untimed)")
    spent = dict.fromkeys(MINE, 0.0)
    comps = [(name, registered(name)) for name in MINE]
    for d in docs:  # one document through the three, as the pipeline runs them
        for name, comp in comps:
            started = time.process_time()
            comp(d)
            spent[name] += time.process_time() - started
    for name in MINE:
        print(f"  {name:7s} {spent[name]:6.2f} s CPU  {len(docs) / spent[name]:8.1f} docs/s per core")
    total = sum(spent.values())
    print(f"  all     {total:6.2f} s CPU  {len(docs) / total:8.1f} docs/s per core (quotes + events + claims)")
    events = [e for d in docs for e in d.events]
    types = Counter(e.type for e in events)
    print(f"quotes {sum(len(d.quotes) for d in docs)} (with a speaker entity "
          f"{sum(1 for d in docs for q in d.quotes if q.speaker)}), events {len(events)} "
          f"(dated {sum(1 for e in events if e.date)}), claims {sum(len(d.claims) for d in docs)}")
    print("event types: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))


if __name__ == "__main__":
    main()
