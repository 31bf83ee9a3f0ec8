"""`rasad ner FILE [--scheme full|anercorp]`: tag a CoNLL-style token file with named entities.

Input: one token per line (other columns, such as a gold tag, are ignored),
a blank line between sentences; `-` reads stdin. Output: `token TAG` lines in
BIO, blank lines kept. The default scheme uses PER ORG GPE LOC FAC MISC;
`--scheme anercorp` prints ANERcorp's PER ORG LOC MISC (GPE and FAC as LOC),
so the tagger can be scored against ANERcorp's own test tags.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from rasad.errors import InputNotFound
from rasad.extract.entities.conll import SCHEMES, tag_tokens
from rasad.extract.entities.crf import Tagger, shipped_tagger


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("ner", help="tag a CoNLL-style token file with named entities",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", help="CoNLL-style file (token per line, blank line between sentences), or - for stdin")
    parser.add_argument("--scheme", choices=sorted(SCHEMES), default="full", help="label set (default: full)")
    parser.add_argument("--model", type=Path, help="a CRF model file (default: the shipped one)")
    parser.add_argument("--whole", action="store_true", help="use the whole document recogniser (KB names forced, title and head patterns)")
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
        for tokens in _sentences(source):
            for token, tag in zip(tokens, tag_tokens(tokens, tagger, args.scheme, whole=args.whole), strict=True):
                sink.write(f"{token} {tag}\n")
            sink.write("\n")
    return 0
