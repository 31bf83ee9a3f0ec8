"""One input that could not be used: the run reports it and goes on."""

from __future__ import annotations

from dataclasses import dataclass

from rasad.errors import SkipDocument


@dataclass(frozen=True)
class Skip:
    """An input (file, record, feed entry) that was left out, and why.

    `reason` is a short kind for counting (unreadable, binary, empty, too large,
    truncated, unknown format, bad record); `message` is one line saying what was
    wrong and what to do about it.
    """

    source: str  # the path, with ":N" for record N inside a container
    reason: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}: {self.message}"


class BadRecord(SkipDocument):
    """A record inside a container (a JSONL line, a feed, a WARC record) that is malformed."""

    reason = "bad record"


def skip_from(error: SkipDocument, source: str) -> Skip:
    """The Skip for a SkipDocument error raised while reading `source`."""
    message = f"{error.message}; {error.hint}" if error.hint else error.message
    return Skip(error.source or source, error.reason, message)
