"""Domain errors. The CLI turns them into one line and a non-zero exit."""

from __future__ import annotations


class NotequizError(Exception):
    """Base class for errors a user can act on; never shown as a traceback."""


class NoteError(NotequizError):
    """A note (or input path) that cannot be read or parsed."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class ExportError(NotequizError):
    """An output that cannot be written."""
