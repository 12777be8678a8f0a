"""Stage 1: find note files and decode their bytes."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from notequiz.errors import NoteError

NOTE_SUFFIXES = (".md", ".markdown")

# Tried in order after the BOM checks. CP949 is a superset of EUC-KR and is
# what Korean Windows editors write; UTF-8 comes first because it almost never
# decodes text that is really in another encoding.
FALLBACK_ENCODINGS = ("utf-8", "cp949")


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
    folders are skipped, and a symbolic link that leads back into a folder
    already visited is not followed twice. A missing path becomes an error.
    """
    found: dict[str, str] = {}
    errors: list[NoteError] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            errors.append(NoteError(given, "no such file or folder"))
            continue
        if p.is_file():
            found.setdefault(given, str(p.parent))
            continue
        for file in _walk(p):
            found.setdefault(file, given)
    return sorted(found.items()), errors


def _walk(folder: Path) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
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
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(NOTE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(dirpath, name)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode a note's bytes; return ``(text, encoding)`` or raise ``NoteError``."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), "utf-16"
            except UnicodeDecodeError as exc:
                raise NoteError(path, f"not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise NoteError(path, "binary file, not a text note")
    for enc in FALLBACK_ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise NoteError(path, "cannot decode the file as UTF-8 or CP949/EUC-KR")


def read_note(path: str, root: str) -> RawNote:
    """Read and decode one note file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NoteError(path, exc.strerror or "cannot read the file") from None
    text, encoding = decode(data, path)
    return RawNote(path=path, root=root, text=text, encoding=encoding, data=data)
