"""Spaced-repetition scheduling: a thin, deterministic wrapper around ``fsrs``.

``fsrs`` fuzzes long intervals with the global random generator, which would
make ``--seed`` runs and tests unrepeatable. Here its fuzzing is turned off
and the same fuzz (same ranges) is applied with a generator seeded by the
card id and its review count: intervals still spread out across days, but the
same review always gives the same date.

``fsrs`` itself is imported on the first review, not with this module: the
first question is on screen before the scheduler is needed.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:
    import fsrs


class Rating(IntEnum):
    """How well a card was recalled; the values are the keys the user presses."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        """``Again``, ``Hard``, ``Good`` or ``Easy``."""
        return self.name.capitalize()


class State(IntEnum):
    """Where a card stands (the same values as ``fsrs.State``)."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True, slots=True)
class Progress:
    """The scheduling state of one card, as the store keeps it."""

    card_id: str
    state: State
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    """When the card is next due (timezone-aware, UTC)."""
    last_review: datetime | None
    reps: int = 0
    lapses: int = 0
    """Times a card in review was forgotten (rated Again)."""


MAX_INTERVAL_DAYS = 36500
# fsrs cards carry an integer id of their own; it plays no part in scheduling.
_FSRS_ID = 1


@cache
def _scheduler() -> fsrs.Scheduler:
    import fsrs

    return fsrs.Scheduler(enable_fuzzing=False, maximum_interval=MAX_INTERVAL_DAYS)


def utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _to_fsrs(progress: Progress | None, now: datetime) -> fsrs.Card:
    import fsrs

    if progress is None:
        return fsrs.Card(card_id=_FSRS_ID, due=now)
    return fsrs.Card(
        card_id=_FSRS_ID,
        state=fsrs.State(int(progress.state)),
        step=progress.step,
        stability=progress.stability,
        difficulty=progress.difficulty,
        due=progress.due,
        last_review=progress.last_review,
    )


def check(progress: Progress) -> None:
    """Raise ``ValueError`` when the scheduler cannot take ``progress`` (a damaged store).

    What ``review`` writes always passes: counts that are whole and not negative,
    a stability above 0 and a difficulty from 1 to 10 (finite numbers both), and
    a step among the learning (or relearning) steps of the card's state.
    """
    if not (_count(progress.reps) and _count(progress.lapses)):
        raise ValueError(f"reps {progress.reps!r}, lapses {progress.lapses!r}")
    stability, difficulty = progress.stability, progress.difficulty
    if not (_real(stability) and stability > 0 and _real(difficulty) and 1 <= difficulty <= 10):
        raise ValueError(f"stability {stability!r}, difficulty {difficulty!r}")
    scheduler = _scheduler()
    steps = {State.LEARNING: len(scheduler.learning_steps),
             State.RELEARNING: len(scheduler.relearning_steps)}.get(progress.state)
    if steps is not None and not (_count(progress.step) and progress.step < steps):
        raise ValueError(f"step {progress.step!r}")


def _count(value: object) -> TypeGuard[int]:
    """A whole number, not negative (a ``bool`` is none, though Python says it is an int)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _real(value: object) -> TypeGuard[float]:
    """A finite number (not a ``bool``)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _fuzz(interval: timedelta, seed: str) -> timedelta:
    """fsrs's interval fuzz, drawn from a generator seeded by ``seed``."""
    from fsrs.scheduler import FUZZ_RANGES

    days = interval.days
    if days < 2.5:
        return interval
    delta = 1.0
    for band in FUZZ_RANGES:
        delta += band["factor"] * max(min(float(days), band["end"]) - band["start"], 0.0)
    low = max(2, round(days - delta))
    high = min(round(days + delta), MAX_INTERVAL_DAYS)
    low = min(low, high)
    drawn = random.Random(seed).random() * (high - low + 1) + low
    return timedelta(days=min(round(drawn), MAX_INTERVAL_DAYS))


def review(progress: Progress | None, card_id: str, rating: Rating, now: datetime) -> Progress:
    """The card's progress after a review with ``rating`` at ``now`` (``None``: a new card)."""
    import fsrs

    now = utc(now)
    before = _to_fsrs(progress, now)
    after, _ = _scheduler().review_card(before, fsrs.Rating(int(rating)), review_datetime=now)
    reps = (progress.reps if progress else 0) + 1
    due = after.due
    if after.state == fsrs.State.Review:
        due = now + _fuzz(after.due - now, f"{card_id}:{reps}")
    lapses = progress.lapses if progress else 0
    if before.state == fsrs.State.Review and rating == Rating.AGAIN:
        lapses += 1
    return Progress(
        card_id=card_id,
        state=State(int(after.state)),
        step=after.step,
        stability=after.stability,
        difficulty=after.difficulty,
        due=due,
        last_review=now,
        reps=reps,
        lapses=lapses,
    )


def preview(progress: Progress | None, card_id: str, now: datetime) -> dict[Rating, timedelta]:
    """How long until the card is due again for each rating, were it given now."""
    now = utc(now)
    return {r: review(progress, card_id, r, now).due - now for r in Rating}


def retrievability(progress: Progress, now: datetime) -> float:
    """The predicted chance of recalling the card at ``now`` (0 for unseen cards)."""
    return float(_scheduler().get_card_retrievability(_to_fsrs(progress, now), utc(now)))


def humanize(span: timedelta) -> str:
    """A short duration: ``45s``, ``10m``, ``3h``, ``4d``, ``2mo``, ``1.5y``."""
    seconds = max(0, round(span.total_seconds()))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3570:  # 59.5 minutes and up read as an hour
        return f"{round(seconds / 60)}m"
    if seconds < 84600:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{round(days / 30)}mo"
    return f"{days / 365:.1f}y"
