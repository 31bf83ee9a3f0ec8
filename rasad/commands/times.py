"""`rasad times [--ref YYYY-MM-DD]`: tag time expressions in texts read from stdin, one per line.

Prints one JSON object per input line:
{"text": ..., "timexes": [{"start", "end", "text", "value", "mod"}]}. Offsets
are character offsets into the line. Without --ref, expressions that need a
reference date ("أمس", "الشهر الماضي") are found but get value null.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, TextIO

from rasad.errors import UsageError
from rasad.extract.time import tag


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "times", help="tag Arabic time expressions in lines read from stdin",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", metavar="YYYY-MM-DD", help="reference (publication) date for relative expressions")
    parser.set_defaults(func=run)


def parse_ref(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--ref {value!r} is not a date", hint="write it as YYYY-MM-DD, e.g. --ref 2021-12-09") from None


def tag_line(line: str, ref: dt.date | None) -> dict[str, Any]:
    timexes = [{"start": t.span.start, "end": t.span.end, "text": line[t.span.start : t.span.end], "value": t.value, "mod": t.mod}
               for t in tag(line, ref)]
    return {"text": line, "timexes": timexes}


def run(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    ref = parse_ref(args.ref)
    source, sink = stdin or sys.stdin, stdout or sys.stdout
    for line in source:
        text = line.rstrip("\r\n")
        sink.write(json.dumps(tag_line(text, ref), ensure_ascii=False) + "\n")
    sink.flush()
    return 0
