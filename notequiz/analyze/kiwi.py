"""Kiwi itself: how it is made, and a Kiwi that runs in a child process.

This module imports neither spaCy nor Kiwi at the top, so the build can start
the child before it decides to import anything heavy.

Why a child process: a build that analyses a few notes (a rebuild after an
edit) spends most of its time loading, not analysing: about 0.5 s to import
spaCy and 0.7-1 s to load Kiwi's model, one after the other, because Kiwi holds
the GIL while it loads (a thread importing spaCy beside it made both slower).
In a child process Kiwi loads on the second core while this process reads
the cache, parses the notes and imports spaCy; the analyses then come back
over a pipe. A child that cannot start, or that fails, is replaced by Kiwi
in this process: the same analysis, only later.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import struct
import subprocess
import sys
import threading
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

__all__ = ["KIWI_OPTIONS", "LOANWORDS", "KiwiProcess", "Morph", "cpus", "new_kiwi", "running",
           "share_cpus", "start_process", "stop_process"]

KIWI_OPTIONS: dict[str, Any] = {"load_multi_dict": False, "load_default_dict": False}
"""How Kiwi is built: without its two dictionaries of proper nouns.

Both are lists of names (WikiData's multi-word ones; Wikipedia's and
Namuwiki's 113,000 people, places and works), which Kiwi's language model
reads well enough without them in the notes people write. The multi-word
one costs 2 s of every start and 180 MB; the other 0.3–0.4 s (0.65 s
instead of 1.0 s to load Kiwi and ready it on its first sentence) and 70 MB
(260 MB instead of 330 MB). Without the second, on the whole corpus
(``../shared``), the sample notes and 25 further Korean notes (one a history
note full of people and places), one card of 1,200 changes: a sentence under
the heading "멀티플렉싱이란" explains the heading's term without naming it,
and Kiwi had read it, with the dictionary, as defining HTTP/2. No test changed.
"""

LOANWORDS = ("캐시", "해시")
"""Tech loanwords Kiwi otherwise reads, in some contexts, as a verb and an ending
(``이걸 해시 충돌`` → 해/VV 시/NNB; ``규칙을 캐시 교체`` → 캐/VV 시/EP), losing the term."""


def new_kiwi() -> Kiwi:
    """A Kiwi made as notequiz uses it (``KIWI_OPTIONS``, ``LOANWORDS``)."""
    try:
        from kiwipiepy import Kiwi
    except ImportError as exc:
        raise ImportError(
            "Korean analysis needs the Kiwi morphological analyzer: pip install kiwipiepy"
        ) from exc
    kiwi = Kiwi(**KIWI_OPTIONS)
    for word in LOANWORDS:
        kiwi.add_user_word(word, "NNG")
    return kiwi


class Morph(NamedTuple):
    """The parts of a Kiwi token that the analysis reads, as the child sends them."""

    form: str
    tag: str
    start: int
    len: int
    lemma: str
    sent_position: int


class KiwiProcess:
    """Kiwi's ``tokenize`` answered by a child process (see the module docstring).

    Only ``tokenize`` is offered, with Kiwi's two ways of calling it: one
    text gives a list of tokens, several texts an iterator of such lists.
    A child that fails once is not asked again: this process's Kiwi answers.
    """

    def __init__(self) -> None:
        # The child gets this process's import path, not Python's default for
        # ``-c`` (``-P``: without the current folder, where a note folder's own
        # ``threading.py`` would be imported instead of the standard one). It
        # reads requests until its input closes, so it ends with this process
        # even when this one is killed outright.
        code = f"import sys; sys.path[:] = {sys.path!r}; from notequiz.analyze.kiwi import main; main()"
        self._child = subprocess.Popen(
            [sys.executable, "-P", "-c", code],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C at the terminal is this process's to handle
        )
        self._lock = threading.Lock()
        self.failed = False

    def tokenize(self, text: str | Iterable[str]) -> Any:
        """Kiwi's ``tokenize(text)``: tokens of one text, or an iterator over several texts'."""
        texts = [text] if isinstance(text, str) else list(text)
        with self._lock:
            results = None if self.failed else self._ask(texts)
        if results is None:
            stop_process(self)
            from notequiz.analyze.morphemes import get_kiwi

            return get_kiwi().tokenize(text if isinstance(text, str) else iter(texts))
        return results[0] if isinstance(text, str) else iter(results)

    def _ask(self, texts: list[str]) -> list[list[Morph]] | None:
        """The child's tokens of ``texts``; ``None`` (and never again) if it failed or is gone."""
        child = self._child
        try:
            assert child.stdin is not None and child.stdout is not None
            _send(child.stdin, texts)
            answer = _receive(child.stdout)
            if not isinstance(answer, list) or len(answer) != len(texts):
                raise ValueError("not an answer")  # the child's error message, or garbage
            return [[Morph(*t) for t in tokens] for tokens in answer]
        except (OSError, EOFError, ValueError, TypeError):
            self.failed = True
            return None
        except BaseException:
            # Interrupted between a question and its answer: the answer would
            # be read as the next question's, so the child is done with.
            self.failed = True
            self.close()
            raise

    def close(self) -> None:
        """End the child now: it holds nothing that could be lost."""
        child = self._child
        child.kill()
        child.wait()
        for pipe in (child.stdin, child.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


_LENGTH = struct.Struct("<I")


def _send(stream: IO[bytes], value: Any) -> None:
    """One message: its length, then its ``marshal`` bytes (read back in one piece)."""
    data = marshal.dumps(value)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    """The next message ``_send`` wrote; ``EOFError`` at the end of the stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return marshal.loads(data)


_process: KiwiProcess | None = None
_process_lock = threading.Lock()


def start_process() -> None:
    """Start loading Kiwi in a child process, when that can save time.

    Not when one runs already, when this process has loaded Kiwi itself (a
    build before this one did), or without a second CPU.
    """
    global _process
    with _process_lock:
        if _process is not None or cpus() < 2 or not sys.executable or _kiwi_loaded():
            return
        try:
            _process = KiwiProcess()
        except OSError:
            _process = None


def _kiwi_loaded() -> bool:
    morphemes = sys.modules.get("notequiz.analyze.morphemes")
    return morphemes is not None and getattr(morphemes, "_kiwi", None) is not None


def running() -> KiwiProcess | None:
    """The Kiwi child process started by ``start_process``, if it is still in use."""
    return _process


def stop_process(process: KiwiProcess | None = None) -> None:
    """End the Kiwi child process (only if it is ``process``, when given)."""
    global _process
    with _process_lock:
        found = _process
        if found is None or (process is not None and found is not process):
            return
        _process = None
    found.close()


atexit.register(stop_process)


_share: int | None = None
"""CPUs a build's worker counts on (``share_cpus``); ``None`` outside workers."""


def share_cpus(count: int) -> None:
    """Count on ``count`` CPUs from now on: a build's workers share the machine's."""
    global _share
    _share = count


def cpus() -> int:
    """The CPUs this process may count on: those it may run on, or its share of them."""
    if _share is not None:
        return _share
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def main() -> None:
    """The child's entry point: answer on a private copy of standard output.

    Standard output itself is pointed at standard error, so that nothing
    else printed in the child (a library's message) can corrupt the answers.
    """
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, answers)


def serve(source: IO[bytes], sink: IO[bytes]) -> None:
    """The child's loop: read lists of texts, answer each with their tokens.

    A token is sent as ``Morph``'s fields. On an error the answer is its
    message (a ``str``), and the parent analyses those texts itself.
    """
    kiwi = new_kiwi()
    kiwi.tokenize("")  # Kiwi finishes loading on its first call: do it before the first request
    while True:
        try:
            texts = _receive(source)
        except (EOFError, ValueError, OSError):
            return
        answer: Any
        if type(texts) is not list or not all(type(t) is str for t in texts):
            answer = "expected a list of texts"
        else:
            answer = _tokens(kiwi, texts)
        try:
            _send(sink, answer)
        except OSError:
            return


def _tokens(kiwi: Kiwi, texts: list[str]) -> list[Any] | str:
    """Kiwi's tokens of ``texts`` as ``Morph`` fields, or the error that stopped it."""
    try:
        return [[(t.form, t.tag, t.start, t.len, getattr(t, "lemma", t.form), t.sent_position)
                 for t in tokens]
                for tokens in kiwi.tokenize(texts)]
    except Exception as exc:  # reported to the parent, which then asks Kiwi itself
        return f"{type(exc).__name__}: {exc}"
