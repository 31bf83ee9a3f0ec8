"""Story clustering throughput and memory on all 29,820 ANT articles, added day by day.

Features (terms, title, copies' word sequences) are computed in a process
pool (`--workers`, default 2); documents then join one StoryIndex a day at a
time, as a monitoring run adds them. Prints the time of each phase, peak RSS,
how many stories and copies were found, and how many of ANT's URL duplicates
(the same article listed under two categories) were recognised as copies.
Beside the wall-clock times it prints the CPU seconds each phase used (this
process and the workers), which a busy machine does not inflate.

    python benchmarks/bench_stories.py [--workers 2] [--limit N]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import records, to_document  # noqa: E402

from rasad.corpus.stories import DocFeatures, StoryIndex, features  # noqa: E402


def _features(record: dict) -> DocFeatures:
    return features(to_document(record))


def _chunks(items: Iterator[dict], limit: int, size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for n, item in enumerate(items, start=1):
        chunk.append(item)
        if len(chunk) == size or n == limit:
            yield chunk
            chunk = []
        if n == limit:
            return
    if chunk:
        yield chunk


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the feature workers, once the pool is shut)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    start, cpu_start = time.perf_counter(), cpu_seconds()
    urls: dict[str, list[str]] = defaultdict(list)
    feats: list[DocFeatures] = []
    with ProcessPoolExecutor(args.workers) as pool:
        # A chunk at a time, so texts are never all in memory; the next chunk is read while the
        # workers compute the previous one (Executor.map submits at once and returns the results lazily).
        in_flight: Iterator[DocFeatures] = iter(())
        for chunk in _chunks(records(), args.limit, 2000):
            for r in chunk:
                urls[r["url"]].append(r["id"])
            submitted = pool.map(_features, chunk, chunksize=100)
            feats.extend(in_flight)
            in_flight = submitted
        feats.extend(in_flight)
    featured, cpu_featured = time.perf_counter(), cpu_seconds()
    by_day: dict[int, list[DocFeatures]] = defaultdict(list)
    for f in feats:
        by_day[f.day if f.day is not None else 0].append(f)
    del feats
    index = StoryIndex()
    for day in sorted(by_day):
        index.add_batch(by_day[day])
    clustered, cpu_clustered = time.perf_counter(), cpu_seconds()
    blob = index.to_bytes()
    saved = time.perf_counter()
    stories = index.to_stories()
    copies = {(a, b) for s in stories for a, b in s.copies}
    copy_pairs = {frozenset(p) for p in copies}
    url_dups = [frozenset(ids[:2]) for ids in urls.values() if len(ids) > 1]
    caught = sum(1 for pair in url_dups if pair in copy_pairs)
    multi = sum(1 for s in stories if len(s.docs) > 1)
    print(f"articles: {len(index.docs)}  stories: {len(stories)} ({multi} with 2+ articles)  copies flagged: {len(copies)}")
    print(f"URL duplicates recognised as copies: {caught}/{len(url_dups)}")
    print(f"reading and features ({args.workers} workers) {featured - start:.1f}s  "
          f"clustering {clustered - featured:.1f}s  index to bytes {saved - clustered:.1f}s ({len(blob) / 2**20:.0f} MiB)")
    print(f"CPU seconds: features {cpu_featured - cpu_start:.1f} (all workers)  clustering {cpu_clustered - cpu_featured:.1f}  "
          f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"total {saved - start:.1f}s  peak RSS {peak_rss_mb():.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
