"""Stage 1: find note files and decode their bytes.

Whatever a notes folder holds, this stage either hands on a decoded note or
raises (or returns) a ``NoteError`` with one line of reason: binary files,
text in an encoding it cannot tell, links that lead out of the folder or
round in a loop, pipes and devices named ``.md``, files too large to be notes.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from notequiz.errors import NoteError

NOTE_SUFFIXES = (".md", ".markdown")

# Tried in order after the BOM checks. CP949 is a superset of EUC-KR and is
# what Korean Windows editors write; UTF-8 comes first because it almost never
# decodes text that is really in another encoding.
FALLBACK_ENCODINGS = ("utf-8", "cp949")

PLAIN_ENCODINGS = ("utf-8", "utf-8-sig")
"""Encodings read without a notice: UTF-8, with or without a byte-order mark."""

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16", "UTF-16"),
)

_BROKEN_LINK = "broken symbolic link (what it points to is missing, or it loops)"

MAX_NOTE_BYTES = 32 * 1024 * 1024
"""A file larger than this is not read: no note is that long, and reading it
would take minutes and gigabytes. Lines of several megabytes are fine."""

BINARY_SAMPLE = 8192
"""Bytes (and, after decoding, characters) looked at to tell a binary file."""

_CONTROL_SHARE = 0.05
"""Share of control characters in the sample above which decoded text is binary."""

# Control characters other than tab, line breaks, form feed and escape.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class RawNote:
    """A note file's decoded text and where it came from."""

    path: str
    """Path as the user gave it, or joined onto the folder they gave."""
    root: str
    """The folder the user named (or the file's parent for a single file)."""
    text: str
    encoding: str
    data: bytes


def discover(paths: list[str]) -> tuple[list[tuple[str, str]], list[NoteError]]:
    """List note files under ``paths`` as ``(path, root)`` pairs, sorted.

    Folders are searched recursively for ``*.md`` and ``*.markdown``; hidden
    files and folders are skipped. Symbolic links are followed while they stay
    inside the folder given; a link that leads outside it, or to nothing, is
    an error (the folder it leads to can be named on its own), and a link
    back into a folder already walked is not followed again. A file reached
    by two paths (a link to a note beside it) is listed once. A missing path
    is an error, and so is a pipe, a device or a socket named like a note,
    and a folder that cannot be listed or entered (its notes would be missed
    unsaid).
    """
    found: dict[str, str] = {}
    real_seen: set[str] = set()
    errors: list[NoteError] = []

    def add(path: str, root: str) -> None:
        real = os.path.realpath(path)
        if real not in real_seen:
            real_seen.add(real)
            found.setdefault(path, root)

    for given in paths:
        p = Path(given)
        try:
            there = p.exists()
        except OSError as exc:  # a name too long for the system, say
            errors.append(NoteError(given, exc.strerror or str(exc)))
            continue
        if not there:
            reason = _BROKEN_LINK if p.is_symlink() else "no such file or folder"
            errors.append(NoteError(given, reason))
        elif p.is_dir():
            for file in _walk(given, errors):
                add(file, given)
        elif p.is_file():
            add(given, str(p.parent))
        else:
            errors.append(NoteError(given, "not a regular file or folder"))
    return sorted(found.items()), errors


def _inside(real: str, root_real: str) -> bool:
    try:
        return os.path.commonpath([real, root_real]) == root_real
    except ValueError:  # different drives on Windows
        return False


def _walk(folder: str, errors: list[NoteError]) -> Iterator[str]:
    root_real = os.path.realpath(folder)
    seen: set[tuple[int, int]] = set()

    def unlisted(exc: OSError) -> None:
        # A folder that cannot be listed would otherwise drop its notes unsaid.
        where = exc.filename if isinstance(exc.filename, str) else folder
        errors.append(NoteError(where, f"cannot list the folder ({exc.strerror or exc})"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unlisted, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in seen:  # a link loop: this folder was already walked
            dirnames[:] = []
            continue
        seen.add(ident)
        if not os.access(dirpath, os.X_OK):
            # Listed but not entered (read without search permission): none of its
            # entries can be opened, nor told folder from file, so its notes and
            # sub-folders would be missed unsaid.
            errors.append(NoteError(dirpath, "cannot open the folder's entries "
                                             "(Permission denied)"))
            dirnames[:] = []
            continue
        kept = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            sub = os.path.join(dirpath, name)
            if os.path.islink(sub) and not _inside(os.path.realpath(sub), root_real):
                errors.append(NoteError(
                    sub, "symbolic link to a folder outside the notes folder; not followed "
                         "(name that folder itself to include it)"))
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if not name.lower().endswith(NOTE_SUFFIXES) or name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            problem = _file_problem(path, root_real)
            if problem:
                errors.append(NoteError(path, problem))
            else:
                yield path


def _file_problem(path: str, root_real: str) -> str | None:
    """Why the note file ``path`` found in a folder walk is not read, or ``None``."""
    if os.path.islink(path):
        real = os.path.realpath(path)
        if not os.path.exists(real):
            return _BROKEN_LINK
        if not _inside(real, root_real):
            return ("symbolic link to a file outside the notes folder; not read "
                    "(name the file itself to include it)")
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return exc.strerror or "cannot read the file"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    return None


def encoding_notice(encoding: str) -> str | None:
    """What to tell the user about a note read in ``encoding``, or ``None`` for UTF-8."""
    if encoding in PLAIN_ENCODINGS:
        return None
    return f"read as {encoding}"


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode a note's bytes; return ``(text, encoding)`` or raise ``NoteError``.

    A byte-order mark decides (UTF-8, UTF-16 or UTF-32); without one the text
    is read as UTF-8, then as CP949/EUC-KR. NUL bytes, or text that is mostly
    control characters, mean a binary file.
    """
    for bom, codec, name, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise NoteError(path, f"starts with a {label} byte-order mark but is not "
                                      f"valid {label} ({exc.reason})") from None
            _refuse_binary_text(text, path)
            return text, name
    if b"\x00" in data[:BINARY_SAMPLE]:
        raise NoteError(path, "binary file, not a text note")
    for enc in FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        _refuse_binary_text(text, path)
        return text, enc
    raise NoteError(path, "cannot decode the file as UTF-8 or CP949/EUC-KR")


def _refuse_binary_text(text: str, path: str) -> None:
    sample = text[:BINARY_SAMPLE]
    if sample and len(_CONTROLS.findall(sample)) > _CONTROL_SHARE * len(sample):
        raise NoteError(path, "binary file, not a text note")


def read_note(path: str, root: str) -> RawNote:
    """Read and decode one note file.

    The file is opened without blocking and must be a regular file, so a pipe
    named ``.md`` is refused rather than waited on forever.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise NoteError(path, "not a regular file")
            if st.st_size > MAX_NOTE_BYTES:
                raise NoteError(path, _too_large(st.st_size))
            # Asked for its size (and a byte more, to see it grow), not for
            # the limit: a read of 32 MB sets aside 32 MB for every note.
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew since: read on, up to the limit
                data += f.read(MAX_NOTE_BYTES + 1 - len(data))
    except OSError as exc:
        raise NoteError(path, exc.strerror or "cannot read the file") from None
    if len(data) > MAX_NOTE_BYTES:  # it grew while being read
        raise NoteError(path, _too_large(len(data)))
    text, encoding = decode(data, path)
    return RawNote(path=path, root=root, text=text, encoding=encoding, data=data)


def _too_large(size: int) -> str:
    limit = MAX_NOTE_BYTES // (1024 * 1024)
    return f"too large for a note ({size / (1024 * 1024):.1f} MB; the limit is {limit} MB)"
