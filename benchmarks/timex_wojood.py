"""Time-expression spans checked against the DATE and TIME entities of the public Wojood sample.

    python benchmarks/timex_wojood.py [--misses N]

Wojood (Jarrar, Khalilia & Ghanem, LREC 2022; ../shared/data/wojood_sample) marks
DATE and TIME among its nested entities, over news, archives and Wikipedia-like
text. Each sentence is rebuilt from its tokens (spaces between them, so "8 / 3 /
1948" stays spaced as Wojood tokenised it) and tagged by the timexes component; a
gold expression is found when a system expression overlaps it, and a system
expression that overlaps none is a false alarm. Values are not checked (Wojood
gives none). Prints precision, recall and F1 and the commonest misses and false alarms.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasad.document import Document, Meta
from rasad.pipeline import Pipeline

WOJOOD = Path(__file__).resolve().parents[2] / "shared" / "data" / "wojood_sample"
TYPES = ("DATE", "TIME")
Sentence = tuple[list[str], list[list[str]]]


def sentences(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
        elif cols[0] != "$#$":  # Wojood's segment marker
            tokens.append(cols[0])
            tags.append(cols[1:])
    if tokens:
        yield tokens, tags


def gold_spans(tokens: list[str], tags: list[list[str]]) -> list[tuple[int, int]]:
    """Character spans of DATE/TIME entities in the tokens joined by spaces."""
    spans: list[list[int]] = []
    pos, current = 0, None
    for token, token_tags in zip(tokens, tags, strict=True):
        start, end = pos, pos + len(token)
        pos = end + 1
        if any(t in {f"B-{k}" for k in TYPES} for t in token_tags):
            current = [start, end]
            spans.append(current)
        elif current is not None and any(t in {f"I-{k}" for k in TYPES} for t in token_tags):
            current[1] = end
        else:
            current = None
    return [(s, e) for s, e in spans]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", type=int, default=25, help="how many of the commonest misses and false alarms to print")
    args = parser.parse_args()
    files = sorted(WOJOOD.glob("*.txt"))
    if not files:
        raise SystemExit(f"needs the Wojood sample at {WOJOOD} (../shared beside the checkout)")
    pipe = Pipeline.from_names(("clean", "sentences", "tokens", "timexes"))
    found = missed = false = 0
    misses: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    for path in files:
        for tokens, tags in sentences(path):
            text = " ".join(tokens)
            doc = pipe(Document(text, id=path.stem, source=str(path), meta=Meta(published="2022-06-01")))
            system = [(t.span.start, t.span.end) for t in doc.timexes]
            gold = gold_spans(tokens, tags)
            for g in gold:
                if _overlaps(g, system):
                    found += 1
                else:
                    missed += 1
                    misses[text[g[0] : g[1]]] += 1
            for s in system:
                if not _overlaps(s, gold):
                    false += 1
                    alarms[text[s[0] : s[1]]] += 1
    p = found / (found + false) if found + false else 0.0
    r = found / (found + missed) if found + missed else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"Wojood sample DATE+TIME: gold {found + missed}, found {found}, false alarms {false}")
    print(f"precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    print("commonest misses:", misses.most_common(args.misses))
    print("false alarms:", alarms.most_common(args.misses))


if __name__ == "__main__":
    main()
