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


def test_a_pause_in_a_build_freezes_what_it_made_until_the_build_ends() -> None:
    with fewer_collections():
        assert gc.get_threshold() == GC_THRESHOLD
        with paused():
            assert not gc.isenabled()
            made = [Node() for _ in range(100)]
        assert gc.isenabled() and gc.get_freeze_count() >= len(made)
    assert gc.get_freeze_count() == 0


def test_a_pause_outside_a_build_freezes_nothing() -> None:
    with paused():
        assert not gc.isenabled()
        made = [Node() for _ in range(100)]
    assert gc.isenabled() and gc.get_freeze_count() == 0 and made


def test_nested_builds_unfreeze_only_at_the_outermost() -> None:
    with fewer_collections():
        with fewer_collections(), paused():
            Node()
        assert gc.get_freeze_count() > 0 and gc.get_threshold() == GC_THRESHOLD
    assert gc.get_freeze_count() == 0


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
    assert gc.get_freeze_count() == 0


def test_a_collector_turned_off_by_the_program_stays_off() -> None:
    gc.disable()
    with fewer_collections(), paused():
        Node()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_a_build_that_ends_during_a_pause_leaves_nothing_frozen() -> None:
    pause = paused()
    with fewer_collections():
        with paused():
            Node()
        assert gc.get_freeze_count() > 0
        pause.__enter__()
    assert gc.get_freeze_count() > 0, "a pause still runs: nothing is handed back yet"
    pause.__exit__(None, None, None)
    assert gc.isenabled() and gc.get_freeze_count() == 0
