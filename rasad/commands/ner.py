"""`rasad ner FILE [--scheme full|anercorp]`: tag a CoNLL-style token file with named entities.

Input: one token per line (other columns, such as a gold tag, are ignored),
a blank line between sentences; `-` reads stdin. Output: `token TAG` lines in
BIO, blank lines kept. The default scheme uses PER ORG GPE LOC FAC MISC;
`--scheme anercorp` prints ANERcorp's PER ORG LOC MISC (GPE and FAC as LOC),
so the tagger can be scored against ANERcorp's own test tags. Sentences are tagged
alone, then a name found in one is carried to its untagged occurrences in the
`--window` sentences either side (the file is read whole for that).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from rasad.errors import InputNotFound, UsageError
from rasad.extract.entities.conll import SCHEMES, tag_sentences
from rasad.extract.entities.context import WINDOW
from rasad.extract.entities.crf import Tagger, shipped_tagger


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("ner", help="tag a CoNLL-style token file with named entities",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", help="CoNLL-style file (token per line, blank line between sentences), or - for stdin")
    parser.add_argument("--scheme", choices=sorted(SCHEMES), default="full", help="label set (default: full)")
    parser.add_argument("--model", type=Path, help="a CRF model file (default: the shipped one)")
    parser.add_argument("--whole", action="store_true", help="use the whole document recogniser (KB names forced, title and head patterns)")
    parser.add_argument("--window", type=int, default=WINDOW, metavar="N",
                        help=f"carry names to their occurrences in the N sentences either side (default {WINDOW}, 0: off)")
    parser.set_defaults(func=run)


def _sentences(lines: TextIO) -> Any:
    sentence: list[str] = []
    for line in lines:
        cols = line.split()
        if cols:
            sentence.append(cols[0])
            continue
        yield sentence
        sentence = []
    if sentence:
        yield sentence


def run(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    sink = stdout or sys.stdout
    tagger = Tagger(args.model) if args.model else shipped_tagger()
    if args.file == "-":
        source: TextIO = sys.stdin
    else:
        path = Path(args.file)
        if not path.is_file():
            raise InputNotFound(f"no such file: {path}", hint="give a CoNLL-style token file, or - for stdin")
        source = path.open(encoding="utf-8")
    with source:
        sentences = list(_sentences(source))
    if args.window < 0:
        raise UsageError(f"--window must be 0 or more, not {args.window}", hint="e.g. --window 10, or 0 to tag each sentence alone")
    tagged = tag_sentences(sentences, tagger, args.scheme, whole=args.whole, window=args.window)
    for tokens, tags in zip(sentences, tagged, strict=True):
        for token, tag in zip(tokens, tags, strict=True):
            sink.write(f"{token} {tag}\n")
        sink.write("\n")
    return 0
