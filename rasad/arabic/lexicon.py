"""Loading the word lists under `rasad/*/data/` once, keyed by normalised form.

Lists are UTF-8 TSV files with `#` comments; the first column is the key.
Loading is lazy (on first use) and cached, so importing rasad reads nothing.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from rasad.arabic.normalize import norm
from rasad.errors import ModelError


def read_text(package: str, name: str) -> str:
    """A data file shipped in `package`/data, as text; `.gz` files are decompressed."""
    try:
        raw = resources.files(package).joinpath("data", name).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ModelError(f"data file {package}/data/{name} is missing", hint="reinstall rasad: pip install -e .") from exc
    return (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")


def read_rows(package: str, name: str) -> list[list[str]]:
    """Rows of a TSV data file shipped in `package`/data, comments and blanks skipped."""
    return [line.split("\t") for line in read_text(package, name).splitlines() if line.strip() and not line.startswith("#")]


def read_lines(package: str, name: str) -> list[str]:
    """The first column of every row: for plain phrase lists."""
    return [row[0].strip() for row in read_rows(package, name)]


def normalised_lines(package: str, name: str) -> frozenset[str]:
    """The phrases of a plain list, normalised (`norm`) for matching normalised text."""
    return frozenset(norm(line) for line in read_lines(package, name))


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Normalised month name -> month number, all systems together."""
    return {norm(row[0]): int(row[1]) for row in read_rows("rasad.arabic", "months.tsv")}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Normalised weekday name -> ISO weekday (Monday = 1)."""
    return {norm(row[0]): int(row[1]) for row in read_rows("rasad.arabic", "weekdays.tsv")}
