"""Stage 7: write cards out. One module per format behind a small registry.

Exporters only read ``Card``s and ``Note``s. Each is imported lazily, by
name, so that a command never pays for a format it does not write. Files are
written to a temporary file beside the target and renamed into place, so a
failed or interrupted run never leaves a half-written output; temporary files
that a killed run could not remove are removed by the next write of the same
target (see :func:`remove_stale_temps`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import importlib
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from notequiz.errors import ExportError, not_a_file
from notequiz.interrupts import held
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
    mtimes: Mapping[str, float] = field(default_factory=dict)
    """Each note file's modification time, by path (``export`` fills it in with
    ``timestamp``): a card is stamped with its own note's, where a format keeps a
    time per card."""
    ahead: Ahead | None = None
    """Cards' parts of the output made before the export (see ``Ahead``); the same
    output without it."""


Writer = Callable[[Sequence[Card], Sequence[Note], BinaryIO, ExportOptions], None]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Format:
    """A registered output format."""

    name: str
    suffixes: tuple[str, ...]
    target: str
    """``module:function`` of the writer, imported only when used."""
    description: str
    part: str = ""
    """``module:function`` that makes one card's part of the output from the card
    alone, which the writer asks ``Ahead`` for (empty: the format has none)."""
    decks: bool = False
    """The writer puts every card in ``ExportOptions.deck`` when one is given (``--deck``)."""

    def writer(self) -> Writer:
        """Import and return the writer function."""
        writer: Writer = _load(self.target)
        return writer


def _load(target: str) -> Any:
    module_name, func = target.split(":")
    return getattr(importlib.import_module(module_name), func)


AHEAD_MAX_CARDS = 30_000
"""Cards ``Ahead`` makes parts for at most (a rebuild of about 1,500 notes): a JSON
line is about 1.4 kB as a Python string, which the export, one line at a time, never
holds all at once; more cards' parts are made at export time."""


class Ahead:
    """Each card's part of an output (its JSON line, its Anki note), made early.

    A rebuild after an edit waits most of a second for Kiwi to load, while
    the cards of the notes it takes from the cache are already known: their
    parts are made then (``add``, from a thread), and the writer takes them
    (``parts``) instead of making them after the build. A card is matched by
    identity, so a card made anew (an edited note's) is made by the writer;
    the output is the same either way.
    """

    __slots__ = ("_fmt", "_made", "_make")

    def __init__(self, fmt: Format) -> None:
        self._fmt = fmt
        self._make: Callable[[Card], Any] | None = None
        self._made: dict[int, tuple[Card, Any]] = {}

    def add(self, cards: Sequence[Card]) -> None:
        """Make the parts of ``cards`` now (none for a format without parts, or too many cards)."""
        if not self._fmt.part or len(self._made) + len(cards) > AHEAD_MAX_CARDS:
            return
        if self._make is None:
            self._make = _load(self._fmt.part)
        make, made = self._make, self._made
        for card in cards:
            try:
                # The card is kept with its part, so its id is not reused meanwhile.
                made[id(card)] = (card, make(card))
            except Exception:
                # Work ahead never changes what a build does: the writer makes
                # this card's part itself, and meets what went wrong as it would
                # have without ``Ahead``.
                continue

    def parts(self, make: Callable[[Card], T]) -> Callable[[Card], T]:
        """``make``, answered with the parts made ahead when ``make`` made them."""
        if make is not self._make:
            return make
        made = self._made

        def part(card: Card) -> T:
            found = made.get(id(card))
            if found is not None and found[0] is card:
                return found[1]  # type: ignore[no-any-return]
            return make(card)

        return part


def parts(options: ExportOptions, make: Callable[[Card], T]) -> Callable[[Card], T]:
    """What a writer calls for each card's part: ``make``, or ``options.ahead``'s parts."""
    return make if options.ahead is None else options.ahead.parts(make)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", (".json",), "notequiz.export.json_export:write",
               "JSON, format notequiz/1 (docs/json-format.md)",
               "notequiz.export.json_export:card_line"),
        Format("apkg", (".apkg",), "notequiz.export.apkg:write", "Anki deck package",
               "notequiz.export.apkg:card_part", decks=True),
        Format("tsv", (".tsv", ".txt"), "notequiz.export.tsv:write",
               "Anki text file (File > Import), same notes as the .apkg", decks=True),
        Format("gift", (".gift",), "notequiz.export.gift:write", "Moodle GIFT questions",
               decks=True),
        Format("html", (".html",), "notequiz.export.html_quiz:write",
               "a self-contained HTML quiz page", decks=True),
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
    committed: Callable[[], None] | None = None,
) -> None:
    """Write ``cards`` to ``path`` (``-`` for standard output) atomically.

    ``committed`` runs right after the output is in place, with Ctrl-C held
    back over both (see ``write_atomic``); never for standard output.
    """
    options = options or ExportOptions()
    if options.timestamp is None:
        mtimes = note_mtimes(notes)
        options = dataclasses.replace(options, timestamp=max(mtimes.values(), default=0.0),
                                      mtimes=mtimes)
    writer = fmt.writer()
    if path == "-":
        if sys.stdout is None:  # started with standard output closed (`>&-`)
            raise ExportError("standard output is closed")
        writer(cards, notes, sys.stdout.buffer, options)
        sys.stdout.buffer.flush()
        return
    write_atomic(Path(path), lambda out: writer(cards, notes, out, options), committed)


STALE_AFTER = 60.0
"""Seconds a temporary file must have been left untouched before another run removes it."""


def temp_prefix(target: Path) -> str:
    """Start of the name of ``target``'s temporary files: ``.NAME.PID.``.

    The writer's process id is in the name so that a later run can tell a
    file left by a killed process from one another run is still writing.
    """
    return f".{target.name}.{os.getpid()}."


def _new_temp(target: Path) -> tuple[int, str]:
    """A new private temporary file beside ``target``, named as ``remove_stale_temps``
    expects (``.NAME.PID.XXXXXXXX.tmp``): its descriptor and path. (A Path's parent
    is never empty: "deck.apkg"'s is ".".)"""
    return tempfile.mkstemp(prefix=temp_prefix(target), suffix=".tmp", dir=target.parent)


def target_file(path: Path) -> Path:
    """The file an output at ``path`` replaces: ``path``, or where its symbolic link leads.

    Raises ``ExportError`` when it cannot be written there at all (a link
    loop, a missing folder, something other than a file already there).
    """
    try:
        return _target_file(path)
    except OSError as exc:  # a name too long for the system, say
        raise ExportError(f"{path}: {exc.strerror or exc}") from None


def _target_file(path: Path) -> Path:
    target = path
    if target.is_symlink():
        target = Path(os.path.realpath(target))
        if target.is_symlink():  # realpath stops where links go round in a loop
            raise ExportError(f"{path}: symbolic link loop")
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: {folder} is not a folder" if folder.exists()
                          else f"{path}: folder {folder} does not exist")
    # An output replaces its file by renaming a new one over it: a named pipe's
    # reader would never get the cards, and a device (as root, /dev/null) would
    # be replaced by an ordinary file. The path as given is looked at, links
    # followed: /dev/stdout leads to a pipe that realpath cannot name.
    kind = not_a_file(path)
    if kind is not None:
        raise ExportError(f"{path}: not a file but {kind} (outputs are written to files; "
                          "build -o - writes to standard output)")
    return target


def check_target(path: Path) -> None:
    """Raise ``ExportError`` now if an output cannot be written at ``path``.

    The CLI asks before building, so that a typo in ``-o`` or a folder it
    may not write to does not cost a whole build: besides ``target_file``'s
    checks, a temporary file is made beside the target (as ``write_atomic``
    will) and removed.
    """
    target = target_file(path)
    try:
        fd, probe = _new_temp(target)
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from None
    os.close(fd)
    _remove(probe)
    if _owned_by_another(target):
        raise ExportError(f"{path}: {os.strerror(errno.EPERM)} (another user's file, in a "
                          "folder where only a file's owner may replace it)")


def refuse_inputs(path: str, inputs: Iterable[str]) -> None:
    """Raise ``ExportError`` when the output at ``path`` is one of the ``inputs`` (notes).

    ``-o notes/tcp.md``, or a link named ``cards.json`` that leads to a note,
    would replace the note with cards, and the next build would read those.
    """
    if path == "-":
        return
    try:
        found = os.stat(path)
    except OSError:
        return  # nothing there yet: no note to lose
    for name in inputs:
        try:
            info = os.stat(name)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (found.st_dev, found.st_ino):
            raise ExportError(f"{path}: is the note {name}; an output never replaces a note")


def _owned_by_another(target: Path) -> bool:
    """True when ``target`` is another user's file in a sticky folder (such as /tmp):
    a new file can be made beside it, but not renamed over it."""
    try:
        folder, found = target.parent.stat(), target.stat()
    except OSError:
        return False
    me = os.geteuid()
    return (bool(folder.st_mode & stat.S_ISVTX) and me != 0
            and me not in (found.st_uid, folder.st_uid))


def write_atomic(target: Path, produce: Callable[[BinaryIO], None],
                 committed: Callable[[], None] | None = None) -> None:
    """Run ``produce`` on a temporary file beside ``target``, then rename it over.

    A symbolic link is written through: the file it leads to is replaced and
    the link kept (a deck linked into a synced folder stays linked).
    ``committed`` (the build's record of what the output holds) runs right
    after the rename; Ctrl-C and SIGTERM wait until both are done, so the
    two never disagree.
    """
    given = target  # messages name the output as the user did
    target = target_file(target)
    remove_stale_temps(target)
    tmp = ""
    try:
        fd, tmp = _new_temp(target)
        # mkstemp makes the file private. A new output gets the mode the user's
        # umask gives any new file; one that replaces an output keeps its mode
        # (a deck made private with chmod 600 stays private).
        os.fchmod(fd, _mode_of(target))
        with os.fdopen(fd, "wb") as out:
            produce(out)
            out.flush()
            os.fsync(out.fileno())
        with held():
            os.replace(tmp, target)
            if committed is not None:
                committed()
    except OSError as exc:
        _remove(tmp)
        raise ExportError(f"{given}: {exc.strerror or exc}") from None
    except BaseException:
        _remove(tmp)
        raise


def _mode_of(target: Path) -> int:
    """The permissions for a new ``target``: those of the file it replaces, else the umask's."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def remove_stale_temps(target: Path, now: float | None = None) -> list[str]:
    """Remove temporary files of ``target`` left by runs that were killed; return their names.

    A file is removed only when all of these hold, so nothing but our own
    leftovers is ever touched: it sits beside ``target``; its name is exactly
    what :func:`write_atomic` makes for this target (``.NAME.PID.XXXXXXXX.tmp``,
    or ``.NAME.XXXXXXXX.tmp`` from versions without the process id); it is a
    regular file (not a link) owned by this user; it was last written more than
    :data:`STALE_AFTER` seconds ago; and the process named in it is no longer
    running. Any error skips the file: clean-up never stops a write.
    """
    folder = target.parent
    pattern = re.compile(re.escape(f".{target.name}.") + r"(?:(\d+)\.)?[a-z0-9_]{8}\.tmp")
    moment = time.time() if now is None else now
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if info.st_uid != os.geteuid() or moment - info.st_mtime < STALE_AFTER:
            continue
        if match.group(1) is not None and _running(int(match.group(1))):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(entry.name)
    return removed


def _running(pid: int) -> bool:
    """Whether process ``pid`` may still be running; when in doubt yes, so its file is kept."""
    if pid <= 0 or pid == os.getpid() or sys.platform == "win32":
        # 0 and below name process groups to os.kill, and on Windows os.kill
        # ends the process instead of asking about it.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # another user's process, or a number no process can have
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    if path:  # empty when the temporary file was never made
        with contextlib.suppress(OSError):
            os.unlink(path)


def note_mtimes(notes: Sequence[Note]) -> dict[str, float]:
    """The modification time of each note's file, by path (files gone since are left out)."""
    mtimes: dict[str, float] = {}
    for note in notes:
        try:
            mtimes[note.path] = os.stat(note.path).st_mtime
        except OSError:
            continue
    return mtimes
