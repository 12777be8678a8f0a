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
  export), which makes no cycles.

Both may be used by several threads at once (builds in threads, a build's
own decoding thread): the thresholds are set when the first
``fewer_collections`` starts and restored when the last one ends, and the
collector runs again when the last pause ends, if it ran before the first.

A program that does nothing but one build (the command line) may also have
what each pause made frozen (``gc.freeze``), so that later collections skip
it: ``fewer_collections(freeze=True)``. Freezing takes every object alive,
whoever made it, so a library never does it on its own.
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
_saved: tuple[int, int, int] = (700, 10, 10)  # the thresholds before the first of them
_freezing = 0  # those of them that let pauses freeze
_pauses = 0  # ``paused`` entered and not yet left, in any thread
_resume = False  # whether the collector ran before the first of the current pauses


@contextlib.contextmanager
def fewer_collections(*, freeze: bool = False) -> Iterator[None]:
    """Run the enclosed work with ``GC_THRESHOLD``, then restore the thresholds.

    With ``freeze``, for a program that does nothing else meanwhile, what
    each pause makes is frozen when it ends, and everything frozen is handed
    back to the collector (``gc.unfreeze``) when the enclosed work is done.
    """
    global _fewer, _saved, _freezing
    with _lock:
        if _fewer == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*GC_THRESHOLD)
        _fewer += 1
        _freezing += freeze
    try:
        yield
    finally:
        with _lock:
            _fewer -= 1
            _freezing -= freeze
            if _fewer == 0:
                gc.set_threshold(*_saved)
            if freeze and _freezing == 0:
                gc.unfreeze()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Run the enclosed work without the collector: for work that makes many
    lasting objects and no cycles.

    Without the pause, the collector went through the cards of a 10,000-note
    rebuild again and again while they were decoded and written: 0.8 s of its
    6.6 s (``gc.callbacks``). When the collector starts again it goes through
    what the pause made once more, unless that is frozen (see
    ``fewer_collections``): 0.3 s of the same rebuild.
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
                if _freezing:
                    gc.freeze()
                gc.enable()
