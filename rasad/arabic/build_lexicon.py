"""Build the word-frequency lexicon that clitic segmentation checks stems against.

    python -m rasad.arabic.build_lexicon ../shared/data/ant/ant_v2.1_multisource.jsonl.gz

Reads JSON lines (gzip or plain) with a "text" field, counts every Arabic
word in its light form (diacritics dropped, hamza and ة kept) and writes
rasad/arabic/data/word_freq.tsv.gz: `word<TAB>count`, most frequent first,
words seen fewer than --min-count times left out. Only counts leave the
corpus, no text. The output is deterministic for the same input.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasad.arabic.clitics import LEXICON_FILE, light
from rasad.arabic.tokens import WORD_PATTERN
from rasad.errors import UsageError
from rasad.ingest.jsonl import record_texts

DEFAULT_OUT = Path(__file__).parent / "data" / LEXICON_FILE


def count_words(texts: Iterator[str]) -> Counter[str]:
    word = re.compile(WORD_PATTERN)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(light(w) for w in word.findall(text))
    return counts


def write_lexicon(counts: Counter[str], out: Path, min_count: int, source: str) -> int:
    kept = sorted(((w, c) for w, c in counts.items() if c >= min_count and w), key=lambda wc: (-wc[1], wc[0]))
    header = f"# word frequencies (light form) from {source}; min count {min_count}; rasad.arabic.build_lexicon\n"
    body = "".join(f"{w}\t{c}\n" for w, c in kept)
    out.write_bytes(gzip.compress((header + body).encode("utf-8"), mtime=0))
    return len(kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="JSON lines (.jsonl or .jsonl.gz) with a 'text' field")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N records")
    args = parser.parse_args(argv)
    if not args.source.exists():
        raise UsageError(f"no such file: {args.source}", hint="pass the ANT jsonl.gz from ../shared/data/ant/")
    counts = count_words(record_texts(args.source, ("title", "abstract", "text"), limit=args.limit))
    kept = write_lexicon(counts, args.out, args.min_count, args.source.name)
    print(f"{sum(counts.values())} words, {len(counts)} forms, {kept} kept -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
