"""The `rasad` command: a thin layer over the library.

Each subcommand lives in its own module under `rasad.commands` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int`.
Errors of the `rasad.errors` hierarchy become one line on stderr; usage
errors (a missing path, an unknown format) exit with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from rasad import __version__
from rasad.errors import RasadError, UsageError

COMMAND_MODULES = (
    "rasad.commands.run",
    "rasad.commands.times",
    "rasad.commands.ner",
    "rasad.commands.train",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasad", description="Arabic-first news monitoring.")
    parser.add_argument("--version", action="version", version=f"rasad {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each skipped input and each stage")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"rasad: error: {exc}", file=sys.stderr)
        return 2
    except RasadError as exc:
        print(f"rasad: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("rasad: interrupted; what was committed is kept, run again to resume", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
