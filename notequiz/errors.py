"""Domain errors. The CLI turns them into one line and a non-zero exit."""

from __future__ import annotations

import os
import re
import stat

# Characters that must not reach a terminal or break a one-line message: C0 and
# C1 controls (a newline, an escape sequence), the Unicode line separators, and
# the bidirectional overrides and isolates that can make a name read backwards.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def text_path(path: str) -> str:
    """``path`` as valid Unicode text: bytes of a file name that are not UTF-8
    (Python keeps them as lone surrogates) become ``\\xNN``.

    A path that is valid text is returned unchanged.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate no byte gives (JSON's "\ud800"): \ud800
            return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return path


def shown_path(path: str) -> str:
    """``path`` safe to print on one line: control and bidi characters escaped too."""
    return _UNSHOWABLE.sub(_escape_char, text_path(path))


_PICTURES = {
    **{code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n"},
    0x7F: 0x2421,
    **{code: 0xFFFD for code in range(0x80, 0xA0)},
    **{ord(c): 0xFFFD for c in "\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
                                 "\u2066\u2067\u2068\u2069\u200e\u200f\u061c"},
    **{code: 0xFFFD for code in range(0xD800, 0xE000)},
}


_ONE_LINE = {**_PICTURES, 0x09: 0x2409, 0x0A: 0x240A}


def counted(n: int, word: str) -> str:
    """``"1 card"``, ``"2 cards"``: a count in a message."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def printable(text: str, lines: bool = True) -> str:
    """``text`` safe on a terminal, as long as it was: lines and tabs kept (unless
    ``lines`` is false: then they are pictures too, for what must stay on one
    line), each control character shown as its picture (``␛`` for ESC), each
    bidi override or mark, C1 control or half of a surrogate pair as ``�``.

    One character for one, so that styles laid over ``text`` stay in place.
    """
    return text.translate(_PICTURES if lines else _ONE_LINE)


def escaped(char: str) -> str:
    """``char`` written as a Python escape: ``\\x1b``, ``\\u200e``, ``\\U000e0100``."""
    code = ord(char)
    return (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
            else f"\\U{code:08x}")


def _escape_char(match: re.Match[str]) -> str:
    return escaped(match.group(0))


class NotequizError(Exception):
    """Base class for errors a user can act on; never shown as a traceback."""


class NoteError(NotequizError):
    """A note (or input path) that cannot be read or parsed.

    ``path`` is kept as given (it may be needed to open the file); the message
    shows it with :func:`shown_path`, so one error is always one line.
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        shown = shown_path(path)
        where = f"{shown}:{line}" if line else shown
        super().__init__(f"{where}: {reason}")


class ExportError(NotequizError):
    """An output that cannot be written."""


class Terminated(KeyboardInterrupt):
    """The process was asked to stop (SIGTERM).

    A ``KeyboardInterrupt``, so every clean-up written for Ctrl-C (removing a
    half-written temporary file, saving quiz progress) runs for it too.
    """


_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe", stat.S_IFCHR: "a device",
          stat.S_IFBLK: "a device", stat.S_IFSOCK: "a socket"}


def not_a_file(path: str | os.PathLike[str]) -> str | None:
    """What is at ``path`` (symbolic links followed) when it is not a file: ``"a folder"``,
    ``"a named pipe"``, ``"a device"``, ``"a socket"``; ``None`` for a file or nothing.

    notequiz replaces its outputs and stores by renaming a new file over them,
    or opens them as SQLite files: neither may be done to these.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # nothing there yet, or nothing this process may look at
    if stat.S_ISREG(mode):
        return None
    return _KINDS.get(stat.S_IFMT(mode), "no file")
