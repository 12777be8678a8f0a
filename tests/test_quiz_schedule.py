"""The fsrs wrapper: ratings move due dates, fuzz is deterministic, durations read well."""

from __future__ import annotations

from datetime import timedelta

import pytest

from notequiz.quiz.schedule import Rating, State, humanize, preview, retrievability, review

from .test_quiz_support import NOW


def test_new_card_ratings() -> None:
    again = review(None, "c", Rating.AGAIN, NOW)
    good = review(None, "c", Rating.GOOD, NOW)
    easy = review(None, "c", Rating.EASY, NOW)
    assert again.due - NOW == timedelta(minutes=1)
    assert good.due - NOW == timedelta(minutes=10)
    assert easy.state == State.REVIEW and easy.due - NOW >= timedelta(days=1)
    assert (good.reps, good.lapses, good.last_review) == (1, 0, NOW)


def test_intervals_grow_and_lapses_count() -> None:
    p = review(None, "c", Rating.GOOD, NOW)
    p = review(p, "c", Rating.GOOD, p.due)
    assert p.state == State.REVIEW
    assert p.last_review is not None
    first = p.due - p.last_review
    p = review(p, "c", Rating.GOOD, p.due)
    assert p.last_review is not None
    assert p.due - p.last_review > first
    p = review(p, "c", Rating.AGAIN, p.due)
    assert (p.state, p.lapses, p.reps) == (State.RELEARNING, 1, 4)
    assert 0 < retrievability(p, p.due + timedelta(days=3)) < 1


def test_fuzz_is_deterministic_per_card_and_review() -> None:
    def long_interval(card_id: str) -> timedelta:
        p = review(None, card_id, Rating.EASY, NOW)
        p = review(p, card_id, Rating.EASY, p.due)
        assert p.last_review is not None
        return p.due - p.last_review

    assert long_interval("a") == long_interval("a")
    assert len({long_interval(f"card{i}") for i in range(20)}) > 1  # fuzz spreads them


def test_preview_matches_review() -> None:
    p = review(None, "c", Rating.EASY, NOW)
    later = p.due + timedelta(days=2)
    shown = preview(p, "c", later)
    for rating in Rating:
        assert review(p, "c", rating, later).due - later == shown[rating]


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(seconds=59.6), "1m"),
        (timedelta(seconds=30), "30s"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=5), "5h"),
        (timedelta(days=4), "4d"),
        (timedelta(days=90), "3mo"),
        (timedelta(days=730), "2.0y"),
    ],
)
def test_humanize(span: timedelta, text: str) -> None:
    assert humanize(span) == text
