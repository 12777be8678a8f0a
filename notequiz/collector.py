"""How Python's cyclic garbage collector runs while a build makes or reads many objects.

A build keeps every card alive to its end: 200,000 of them for a blog of
10,000 notes, each a few objects the collector tracks. Cards form no
reference cycles, so going through them finds nothing to free, but the
collector goes through them anyway, more often the more of them there are.
Two tools keep that down:

- ``fewer_collections``: higher thresholds (``GC_THRESHOLD``) while notes
  are analysed, which makes some cycles (a note's analysis), and for the
  rest of a build.
- ``paused``: no collection at all while cards are only decoded or written
  (the cache's notes, a worker's cards, the previous build's record, the
  export), which makes no cycles. What such work made is then frozen
  (``gc.freeze``): later collections leave it alone until the outermost
  ``fewer_collections`` ends and hands it back (``gc.unfreeze``).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["GC_THRESHOLD", "fewer_collections", "paused"]

GC_THRESHOLD = (10_000, 10, 10)
"""Python's cyclic collector thresholds while notes are built.

A note's analysis makes a tuple per morpheme and few reference cycles. At
the default thresholds (700, 10, 10) the collector went through every live
object (the models' and the modules') a dozen times per 1,000 notes: 0.6-0.7 s
of a 22-25 s build, measured with ``gc.callbacks``. With the first threshold
at 10,000 all collections took 0.11 s. The thresholds are put back after the
build (``fewer_collections``); workers keep them to the end. The CLI's
``build`` keeps them for its export, change report and build record too:
with 200,000 cards alive, a one-edit rebuild of 10,000 notes took 6.1-6.6 s
instead of 7.0-7.8 s.
"""

_lock = threading.Lock()
_fewer = 0  # ``fewer_collections`` entered and not yet left, in any thread
_pauses = 0  # the same for ``paused``
_resume = False  # whether the collector ran before the first of the current pauses


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the enclosed work with ``GC_THRESHOLD``, then restore the thresholds.

    Leaving the outermost one also unfreezes what ``paused`` froze, so that
    a program that builds many times (a test run) has all its objects
    collected as usual between builds.
    """
    global _fewer
    saved = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    with _lock:
        _fewer += 1
    try:
        yield
    finally:
        gc.set_threshold(*saved)
        with _lock:
            _fewer -= 1
            if _fewer == 0 and _pauses == 0:
                gc.unfreeze()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Run the enclosed work without the collector; then freeze what it made.

    For work that makes many lasting objects and no cycles. Without the
    pause, the collector went through the cards of a 10,000-note rebuild
    again and again while they were decoded and written: 0.8 s of its 6.6 s
    (``gc.callbacks``). Merely starting the collector again afterwards would
    have it go through all of them once more (0.2 s): freezing them first
    spares that. Pauses may overlap, in several threads: the collector
    starts again when the last one ends, if it ran before the first.
    """
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                if _fewer:
                    gc.freeze()
                else:  # the build ended meanwhile: nothing would unfreeze it later
                    gc.unfreeze()
                gc.enable()
