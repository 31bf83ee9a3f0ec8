"""One error hierarchy for rasad.

Every error says what went wrong and, in `hint`, what to do about it, so the
CLI can print one useful line and a library caller can catch `RasadError`.
Errors about the input as a whole (a missing path, an unknown format) are
`UsageError`s and end the CLI with exit status 2; errors about one document
(`SkipDocument` and its kinds) are logged and the run goes on.
"""

from __future__ import annotations


class RasadError(Exception):
    """Base class of every error rasad raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UsageError(RasadError):
    """The command or call cannot run as asked: fix the arguments."""


class InputNotFound(UsageError):
    """A path given as input does not exist."""


class UnknownFormat(UsageError):
    """An input whose format rasad cannot read."""


class DocumentError(RasadError):
    """A Document or span was built wrongly (a programming error in a component)."""


class PipelineError(RasadError):
    """Components do not fit together: a requirement nobody provides, a duplicate name."""


class SkipDocument(RasadError):
    """One input (file, record, entry) cannot be used; the run logs it and goes on."""

    reason = "unusable"

    def __init__(self, message: str, *, source: str = "", hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.source = source


class UnreadableInput(SkipDocument):
    reason = "unreadable"


class BinaryInput(SkipDocument):
    reason = "binary"


class EmptyDocument(SkipDocument):
    reason = "empty"


class TooLarge(SkipDocument):
    reason = "too large"


class TruncatedInput(SkipDocument):
    reason = "truncated"


class StoreError(RasadError):
    """The store cannot be opened or written."""


class ModelError(RasadError):
    """A shipped model or data file is missing or does not load."""
