"""Throughput of named-entity recognition on real Arabic news.

    python benchmarks/bench_ner.py [--articles N] [--runs N] [--model PATH]

Reads the first N articles of ANT (../shared/data/ant beside the repository),
splits sentences and tokens with rasad.arabic (outside the timing), then times
on one core:
- recognition: knowledge base + CRF tagger + title/head patterns + resolution
  within the document (`find_mentions` given the tokens), the `mentions` component;
- tagger: the CRF alone (features and Viterbi), sentence by sentence, on the same sentences.
Prints tokens per second per core (CPU time; target >= 50,000 for recognition)
and mentions found. Word features, segmentations, KB readings and the CRF's
summed weights are cached per distinct word (up to 300,000 and 100,000
words), so a first pass over new text runs slower than a long job, whose
caches are warm: both figures are printed.

CPU time per pass varies by a quarter from one process to the next on the
same idle machine (40k to 54k tokens/s for the first pass): `--runs N` runs
the benchmark in N fresh processes, each with cold caches, and prints every
run and the median of each figure. `--model` times another CRF model file than the shipped
one (a BILOU model against a BIO one, on the same code).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import records  # noqa: E402

from rasad.arabic.sentences import split_sentences  # noqa: E402
from rasad.arabic.tokens import tokenize  # noqa: E402
from rasad.extract.entities.component import find_mentions  # noqa: E402
from rasad.extract.entities.crf import Tagger, shipped_tagger  # noqa: E402
from rasad.extract.entities.words import sentences_of, words_from_tokens  # noqa: E402


def load(limit: int) -> list[tuple[str, list, list]]:
    out: list[tuple[str, list, list]] = []
    for record in records():
        if len(out) >= limit:
            break
        text = record.get("text") or ""
        if text:
            sentences = split_sentences(text)
            out.append((text, words_from_tokens(tokenize(text, sentences)), sentences))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=1, help="fresh processes to run and take the median of (default 1)")
    parser.add_argument("--model", type=Path, help="a CRF model file to time instead of the shipped one")
    args = parser.parse_args()
    if args.runs > 1:
        median_of_runs(args.articles, args.runs, args.model)
        return
    docs = load(args.articles)
    tokens = sum(len(w) for _, w, _ in docs)
    tagger = Tagger(args.model) if args.model else shipped_tagger()
    find_mentions("قال الرئيس", None, (), tagger)  # load KB, lists, clusters and model outside the timing

    start = time.process_time()
    mentions = sum(len(find_mentions(text, words, sents, tagger)) for text, words, sents in docs)
    recog = time.process_time() - start
    start = time.process_time()
    for text, words, sents in docs:
        find_mentions(text, words, sents, tagger)
    warm = time.process_time() - start

    start = time.process_time()
    for text, words, sents in docs:
        for sentence in sentences_of(words, text, sents):
            tagger.tag(text, sentence)
    crf = time.process_time() - start

    print(f"articles: {len(docs)}, tokens: {tokens}, mentions: {mentions}")
    print(f"recognition, first pass: {tokens / recog:,.0f} tokens/s per core ({recog:.1f} s CPU)")
    print(f"recognition, word caches warm: {tokens / warm:,.0f} tokens/s per core ({warm:.1f} s CPU)")
    print(f"tagger alone (caches warm): {tokens / crf:,.0f} tokens/s per core ({crf:.1f} s CPU)")


_FIGURE = re.compile(r"^(.+): ([\d,]+) tokens/s", re.M)


def median_of_runs(articles: int, runs: int, model: Path | None = None) -> None:
    """Run the benchmark in `runs` fresh processes (cold caches each) and print each figure's median."""
    figures: dict[str, list[int]] = {}
    command = [sys.executable, __file__, "--articles", str(articles), *(["--model", str(model)] if model else [])]
    for run in range(1, runs + 1):
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        print(f"run {run}: {' | '.join(line for line in out.splitlines() if 'tokens/s' in line)}", flush=True)
        for name, value in _FIGURE.findall(out):
            figures.setdefault(name, []).append(int(value.replace(",", "")))
    for name, values in figures.items():
        print(f"{name}: median {statistics.median(values):,.0f} tokens/s per core (runs: {min(values):,} to {max(values):,})")


if __name__ == "__main__":
    main()
