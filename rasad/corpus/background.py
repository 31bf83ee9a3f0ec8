"""Background document frequencies, so IDF means something in a small corpus.

Five articles about one story share their key words (العراق, القوات, الكاظمي);
IDF computed from those five alone would mark exactly those words as
worthless. Story clustering and summaries therefore add the document
frequencies of a large background of Arabic news to the ones they count.

The table ships as rasad/corpus/data/background_df.tsv.gz, built by this
module's own code (`python -m rasad.corpus.background ANT.jsonl.gz`) from the
ANT corpus (Chouigui, Ben Khiroun & Elayeb 2021; Apache-2.0): term counts
only, no text. Rebuild it whenever rasad.corpus.terms changes how terms are made.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from functools import lru_cache
from pathlib import Path

from rasad.arabic.lexicon import read_text
from rasad.corpus.terms import terms
from rasad.ingest.jsonl import record_texts

NAME = "background_df.tsv.gz"
MIN_DF = 3  # rarer terms carry no reliable statistics and would bloat the file


@lru_cache(maxsize=1)
def background() -> tuple[int, dict[str, int]]:
    """(number of background documents, term -> document frequency)."""
    lines = read_text("rasad.corpus", NAME).splitlines()
    n_docs = int(lines[0].split("\t")[1])  # "#docs\t<N>"
    table = {}
    for line in lines[1:]:
        term, df = line.split("\t")
        table[term] = int(df)
    return n_docs, table


def build(source: Path, target: Path) -> int:
    """Count document frequencies of terms over a JSONL(.gz) of {title, text} records."""
    df: Counter[str] = Counter()
    n_docs = 0
    for text in record_texts(source):
        df.update(set(terms(text)))
        n_docs += 1
    rows = [f"#docs\t{n_docs}"] + [f"{t}\t{c}" for t, c in sorted(df.items()) if c >= MIN_DF]
    # mtime=0 and no file name in the header: the same input gives the same bytes, wherever written.
    target.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), mtime=0))
    return n_docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the background document-frequency table.")
    parser.add_argument("source", type=Path, help="JSONL or JSONL.gz of news articles with title and text")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / NAME)
    args = parser.parse_args(argv)
    print(f"{build(args.source, args.out)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
