"""Time per pipeline stage on one very long document: does any stage grow faster than the text?

    python benchmarks/bench_long.py [--articles 300] [--no-punctuation]

Joins the first N ANT articles (../shared/data/ant beside the repository) into one text, as a
text dump with no article breaks would arrive, and runs the document pipeline on it stage by
stage, printing seconds per stage and words per second. With --no-punctuation the sentence
marks are taken out too, so the whole text is one sentence (a page of keywords, a transcript).
A stage whose cost grows with the square of the length shows here long before it shows on
news articles: run it with two sizes and compare the rates.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import records  # noqa: E402

from rasad.document import Document  # noqa: E402
from rasad.pipeline import DEFAULT_PIPELINE, Pipeline  # noqa: E402

_MARKS = re.compile(r'[.،,؛:!?؟"«»\n]')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--no-punctuation", action="store_true", help="take the sentence marks out: one sentence")
    args = parser.parse_args()
    texts = []
    for record in records():
        if record.get("text"):
            texts.append(record["text"])
        if len(texts) >= args.articles:
            break
    text = " ".join(texts)
    if args.no_punctuation:
        text = _MARKS.sub(" ", text)
    words = len(text.split())
    print(f"one document of {len(texts)} articles: {words:,} words, {len(text):,} characters")
    doc = Document(text, id="long")
    total = 0.0
    for stage in Pipeline.from_names(DEFAULT_PIPELINE).components:
        start = time.process_time()
        doc = stage(doc)
        spent = time.process_time() - start
        total += spent
        print(f"  {stage.name:<10} {spent:7.2f} s CPU  {words / max(spent, 1e-9):>12,.0f} words/s")
    print(f"  {'all':<10} {total:7.2f} s CPU  {words / total:>12,.0f} words/s")


if __name__ == "__main__":
    main()
