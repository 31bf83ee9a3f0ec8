"""Throughput of the Arabic text core on real news: normalize, split_sentences, tokenize.

    python benchmarks/bench_arabic.py [--ant PATH] [--articles N] [--repeat R]

Reads the first N articles of ANT (default ../shared/data/ant/ant_v2.1_multisource.jsonl.gz,
beside the repository) and prints MB/s (UTF-8 bytes of article text) and
thousand characters per second for each step. Tokenize is timed cold (first
pass, clitic segmentation of every new word) and warm (its word cache filled).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rasad.arabic.normalize import normalize
from rasad.arabic.sentences import split_sentences
from rasad.arabic.tokens import tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import ANT, records  # noqa: E402


def load(path: Path, limit: int) -> list[str]:
    texts = (record.get("text") or "" for record in records(path))
    return list(itertools.islice(filter(None, texts), limit))


def timed(label: str, texts: list[str], step: Callable[[str], object], repeat: int) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            step(text)
        best = min(best, time.perf_counter() - start)
    print(f"{label:<28} {size / best / 1e6:7.2f} MB/s  {chars / best / 1e3:8.0f} kchar/s  ({best:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ant", type=Path, default=ANT)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="best of R runs")
    args = parser.parse_args(argv)
    if not args.ant.exists():
        print(f"no ANT corpus at {args.ant}: pass --ant PATH", file=sys.stderr)
        return 2
    texts = load(args.ant, args.articles)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} articles, {size / 1e6:.1f} MB UTF-8, {sum(map(len, texts)) / 1e6:.2f} M chars")
    timed("normalize", texts, normalize, args.repeat)
    timed("split_sentences", texts, split_sentences, args.repeat)
    timed("tokenize (cold)", texts, tokenize, 1)
    timed("tokenize (warm)", texts, tokenize, args.repeat)
    timed("sentences + tokens (warm)", texts, lambda t: tokenize(t, split_sentences(t)), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
