"""Throughput of the temporal tagger on real Arabic news, beside dateparser's search on the same text.

    python benchmarks/bench_time.py [--articles N] [--dateparser-articles M]

Reads the first N articles of ANT (../shared/data/ant beside the repository),
tags each against its RSS publication date with `rasad.extract.time.tag`, and
prints MB/s of UTF-8 article text per second of this process's CPU time, i.e. on one
core, whatever else the machine is running (the target is >= 1 MB/s), with
the number of expressions and how many got a value. dateparser's
`search.search_dates(text, languages=["ar"])` is much slower, so it runs on
the first M of the same articles only; both figures are printed per MB so
they compare directly.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import published, records  # noqa: E402

from rasad.extract.time import parse_date, tag  # noqa: E402


def load(limit: int) -> list[tuple[str, str]]:
    out = []
    for record in records():
        if len(out) >= limit:
            break
        if record.get("text"):
            out.append((record["text"], published(record)))
    return out


def bench_rasad(articles: list[tuple[str, str]]) -> tuple[float, int, int]:
    size = sum(len(t.encode()) for t, _ in articles) / 1e6
    tag("أمس", None)  # load the lexicons and compile the patterns outside the timing
    start = time.process_time()
    found = valued = 0
    for text, pub in articles:
        timexes = tag(text, parse_date(pub))
        found += len(timexes)
        valued += sum(1 for t in timexes if t.value)
    seconds = time.process_time() - start
    return size / seconds, found, valued


def bench_dateparser(articles: list[tuple[str, str]]) -> tuple[float, int] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    size = sum(len(t.encode()) for t, _ in articles) / 1e6
    search_dates("أمس", languages=["ar"])
    start = time.process_time()
    found = sum(len(search_dates(text, languages=["ar"]) or []) for text, _ in articles)
    return size / (time.process_time() - start), found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--dateparser-articles", type=int, default=40)
    args = ap.parse_args()
    articles = load(args.articles)
    mb = sum(len(t.encode()) for t, _ in articles) / 1e6
    rate, found, valued = bench_rasad(articles)
    print(f"rasad.extract.time.tag: {len(articles)} articles, {mb:.1f} MB: {rate:.2f} MB/s on one core; "
          f"{found} expressions ({found / mb:.0f} per MB), {valued} with a value")
    sample = articles[: args.dateparser_articles]
    small = sum(len(t.encode()) for t, _ in sample) / 1e6
    dp = bench_dateparser(sample)
    if dp is None:
        print("dateparser: not installed (pip install 'rasad[bench]')")
    else:
        print(f"dateparser.search_dates(languages=['ar']): only the first {len(sample)} articles ({small:.2f} MB), "
              f"as it is slow: {dp[0]:.3f} MB/s; {dp[1]} dates ({dp[1] / small:.0f} per MB)")
        sub_rate, sub_found, _ = bench_rasad(sample)
        print(f"rasad on that same sample: {sub_rate:.2f} MB/s; {sub_found} expressions ({sub_found / small:.0f} per MB); "
              f"{sub_rate / dp[0]:.0f}x dateparser's speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
