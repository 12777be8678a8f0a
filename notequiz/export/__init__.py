"""Stage 7: write cards out. One module per format behind a small registry.

Exporters only read ``Card``s and ``Note``s. Each is imported lazily, by
name, so that a command never pays for a format it does not write. Files are
written to a temporary file beside the target and renamed into place, so a
failed or interrupted run never leaves a half-written output.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from notequiz.errors import ExportError
from notequiz.model import Card, Note


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Settings every exporter may read; each ignores what it does not use."""

    deck: str | None = None
    """Deck name that overrides the notes' own (``--deck``)."""
    choices: int = 0
    """Number of answer choices for multiple-choice formats (0: none)."""
    timestamp: float | None = None
    """Modification time to stamp on the output; defaults to the newest note."""


Writer = Callable[[Sequence[Card], Sequence[Note], BinaryIO, ExportOptions], None]


@dataclass(frozen=True, slots=True)
class Format:
    """A registered output format."""

    name: str
    suffixes: tuple[str, ...]
    target: str
    """``module:function`` of the writer, imported only when used."""
    description: str

    def writer(self) -> Writer:
        """Import and return the writer function."""
        module_name, func = self.target.split(":")
        module = importlib.import_module(module_name)
        writer: Writer = getattr(module, func)
        return writer


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", (".json",), "notequiz.export.json_export:write",
               "JSON, format notequiz/1 (docs/json-format.md)"),
        Format("apkg", (".apkg",), "notequiz.export.apkg:write", "Anki deck package"),
        Format("tsv", (".tsv", ".txt"), "notequiz.export.tsv:write",
               "Anki text file (File > Import), same notes as the .apkg"),
        Format("gift", (".gift",), "notequiz.export.gift:write", "Moodle GIFT questions"),
        Format("html", (".html",), "notequiz.export.html_quiz:write",
               "a self-contained HTML quiz page"),
    )
}


def register(fmt: Format) -> None:
    """Add an output format to the registry."""
    FORMATS[fmt.name] = fmt


def format_for(path: str, explicit: str | None = None) -> Format:
    """Choose the format from ``--format`` or from the output's suffix."""
    if explicit:
        try:
            return FORMATS[explicit.lower()]
        except KeyError:
            names = ", ".join(sorted(FORMATS))
            raise ExportError(f"unknown format {explicit!r} (choose from {names})") from None
    if path == "-":
        return FORMATS["json"]
    suffix = Path(path).suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.suffixes:
            return fmt
    names = ", ".join(s for f in FORMATS.values() for s in f.suffixes)
    raise ExportError(f"{path}: cannot tell the format from the suffix (use {names} or --format)")


def export(
    cards: Sequence[Card],
    notes: Sequence[Note],
    path: str,
    fmt: Format,
    options: ExportOptions | None = None,
) -> None:
    """Write ``cards`` to ``path`` (``-`` for standard output) atomically."""
    options = options or ExportOptions()
    if options.timestamp is None:
        options = ExportOptions(options.deck, options.choices, newest_mtime(notes))
    writer = fmt.writer()
    if path == "-":
        writer(cards, notes, sys.stdout.buffer, options)
        sys.stdout.buffer.flush()
        return
    write_atomic(Path(path), lambda out: writer(cards, notes, out, options))


def write_atomic(target: Path, produce: Callable[[BinaryIO], None]) -> None:
    """Run ``produce`` on a temporary file beside ``target``, then rename it over."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private; an output is an ordinary file, so
        # give it the mode the user's umask gives any new file.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as out:
            produce(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise ExportError(f"{target}: {exc.strerror or exc}") from None
    except BaseException:
        _remove(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def newest_mtime(notes: Sequence[Note]) -> float:
    """Newest modification time among the notes' files (0 when none exist)."""
    newest = 0.0
    for note in notes:
        try:
            newest = max(newest, os.stat(note.path).st_mtime)
        except OSError:
            continue
    return newest
