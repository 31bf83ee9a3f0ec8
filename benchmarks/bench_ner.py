"""Throughput of named-entity recognition on real Arabic news.

    python benchmarks/bench_ner.py [--articles N]

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
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import records  # noqa: E402

from rasad.arabic.sentences import split_sentences  # noqa: E402
from rasad.arabic.tokens import tokenize  # noqa: E402
from rasad.extract.entities.component import find_mentions  # noqa: E402
from rasad.extract.entities.crf import shipped_tagger  # noqa: E402
from rasad.extract.entities.words import sentences_of, words_from_tokens  # noqa: E402


def load(limit: int) -> list[tuple[str, list, list]]:
    out = []
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
    args = parser.parse_args()
    docs = load(args.articles)
    tokens = sum(len(w) for _, w, _ in docs)
    tagger = shipped_tagger()
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


if __name__ == "__main__":
    main()
