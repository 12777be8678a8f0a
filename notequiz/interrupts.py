"""Ctrl-C and SIGTERM held back over a step that must not be cut in two.

Two steps of a build are such steps:

- starting its workers (``pipeline``): a worker's interpreter that got
  SIGINT before it could ignore it printed a traceback, and a signal handled
  halfway through starting one left a process the pool did not know of;
- putting the new output in place and recording what it holds (``export``,
  ``cache.BuildRecord``): interrupted between the two, the output was new
  and the record old or missing, so the next build reported its changes
  against the wrong cards (or as a first build).

Each step is short; a signal that arrives during it is acted on as soon as
it ends, as it would have been.

Also here: how the command line ends after either signal (``stop``), and
its SIGTERM handler, which the entry point sets before the CLI is even
imported.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any, NoReturn

from notequiz.errors import Terminated

__all__ = ["INTERRUPTED", "TERMINATED", "held", "interruption", "on_sigterm", "stop"]

INTERRUPTED = 130
"""Exit status after Ctrl-C (128 + SIGINT), as a shell reports it."""
TERMINATED = 143
"""Exit status after SIGTERM (128 + SIGTERM)."""


def on_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM handler: raise ``Terminated``, so that it is cleaned up after as Ctrl-C is."""
    # A second SIGTERM ends the process at once, as if no handler were set:
    # a user who asks twice does not want to wait for the clean-up.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise Terminated()


def interruption(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C or SIGTERM that ``exc`` is, or that caused it; else ``None``.

    Python 3.11 wraps an exception raised while a class is made (in a
    descriptor's ``__set_name__``, which imports run all the time) in a
    ``RuntimeError``: a signal that lands there arrives as that.
    """
    # Exactly RuntimeError: typer's Exit and click's Abort are subclasses, and one
    # raised from a Ctrl-C has already been handled as it should be.
    while type(exc) is RuntimeError and exc.__cause__ is not None:
        exc = exc.__cause__
    return exc if isinstance(exc, KeyboardInterrupt) else None


def stop(exc: BaseException) -> NoReturn:
    """End the command as Ctrl-C or SIGTERM ends it: one line on standard error
    (``notequiz: interrupted`` or ``notequiz: terminated``) and exit status 130 or
    143. ``exc`` is raised again if it is no interruption (``interruption``).

    A ``SystemExit``, which typer lets through: the same ending serves inside a
    command, while typer reads the arguments, and in the entry point before the
    CLI is imported.
    """
    found = interruption(exc)
    if found is None:
        raise exc
    terminated = isinstance(found, Terminated)
    sys.stderr.write(f"notequiz: {'terminated' if terminated else 'interrupted'}\n")
    raise SystemExit(TERMINATED if terminated else INTERRUPTED)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back until the block ends, then let them act.

    In the main thread, both signals are noted instead of handled, and the
    first is raised again at the end. SIGINT is also blocked for this thread,
    so processes started inside the block inherit it blocked (``pipeline``'s
    workers unblock it once they ignore it).
    """
    noted: list[int] = []
    handlers: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():  # handlers are the main thread's
        for sig in (signal.SIGINT, signal.SIGTERM):
            if signal.getsignal(sig) is not None:  # None: set outside Python, cannot be restored
                handlers[sig] = signal.signal(sig, lambda number, frame: noted.append(number))
    mask = hasattr(signal, "pthread_sigmask")  # Windows has neither masks nor process groups
    saved = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if mask else None
    try:
        yield
    finally:
        if saved is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, saved)
        for number, handler in handlers.items():
            signal.signal(number, handler)
        if noted:
            signal.raise_signal(noted[0])  # now handled as it would have been
