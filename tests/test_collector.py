"""The garbage collector during a build: fewer collections, pauses, and everything put back."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from notequiz.collector import GC_THRESHOLD, fewer_collections, paused


@pytest.fixture(autouse=True)
def collector_as_found() -> Iterator[None]:
    before = gc.get_threshold(), gc.isenabled()
    yield
    gc.set_threshold(*before[0])
    gc.enable() if before[1] else gc.disable()
    gc.unfreeze()


class Node:
    """An object the collector tracks."""


def test_a_pause_in_a_freezing_build_freezes_what_it_made_until_the_build_ends() -> None:
    with fewer_collections(freeze=True):
        assert gc.get_threshold() == GC_THRESHOLD
        with paused():
            assert not gc.isenabled()
            made = [Node() for _ in range(100)]
        assert gc.isenabled() and gc.get_freeze_count() >= len(made)
    assert gc.get_freeze_count() == 0


def test_a_library_build_freezes_nothing_and_keeps_what_the_program_froze() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()

    def still_frozen() -> bool:
        # A frozen object that is freed leaves the count: a few may go meanwhile.
        return frozen - 100 < gc.get_freeze_count() <= frozen

    with fewer_collections():
        with paused():
            made = [Node() for _ in range(1000)]
        assert gc.isenabled() and still_frozen()
    with paused():
        made += [Node() for _ in range(1000)]
    assert gc.isenabled() and still_frozen()


def test_nested_builds_unfreeze_only_at_the_outermost_freezing_one() -> None:
    with fewer_collections(freeze=True):
        with fewer_collections(), paused():
            Node()
        assert gc.get_freeze_count() > 0 and gc.get_threshold() == GC_THRESHOLD
    assert gc.get_freeze_count() == 0


def test_builds_in_threads_restore_the_thresholds_whatever_order_they_end_in() -> None:
    before = gc.get_threshold()
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first to start ends first
    assert gc.get_threshold() == GC_THRESHOLD, "the second build still runs"
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_the_collector_runs_again_only_when_the_last_of_overlapping_pauses_ends() -> None:
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused():
            entered.set()
            release.wait(10)

    with fewer_collections():
        thread = threading.Thread(target=other)
        thread.start()
        assert entered.wait(10)
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the other thread's pause still holds"
        release.set()
        thread.join(10)
        assert gc.isenabled()


def test_a_collector_turned_off_by_the_program_stays_off() -> None:
    gc.disable()
    with fewer_collections(freeze=True), paused():
        Node()
    assert not gc.isenabled() and gc.get_freeze_count() == 0
