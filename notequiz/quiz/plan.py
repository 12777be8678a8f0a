"""Which cards a session asks, and in what order: due cards first, then new ones."""

from __future__ import annotations

import functools
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from notequiz.distractors import REVERSE_SUFFIX
from notequiz.model import Card, deck_path
from notequiz.quiz.schedule import Progress, utc


@dataclass(frozen=True, slots=True)
class Filter:
    """Which cards take part: decks (and their sub-decks) and tags; empty means all."""

    decks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def accepts(self, card: Card) -> bool:
        """True when the card is in one of the decks and has one of the tags."""
        return in_decks(card.deck, self.decks) and (
            not self.tags or bool({t.casefold() for t in card.tags} & _folded(self.tags))
        )


def _folded(values: Iterable[str]) -> set[str]:
    return {v.casefold() for v in values}


def in_decks(deck: str, decks: Sequence[str]) -> bool:
    """True when ``deck`` is one of ``decks`` or below one (``Network`` holds ``Network::TCP``)."""
    if not decks:
        return True
    # Both as Anki names decks (`` A :: B: `` is ``A::B``; an export made before
    # deck names were so may hold either form), and in any case.
    d = deck_path(deck).casefold()
    return any(d == w or d.startswith(w + "::") for w in _wanted(tuple(decks)))


@functools.lru_cache(maxsize=16)
def _wanted(decks: tuple[str, ...]) -> frozenset[str]:
    """The deck filter as ``in_decks`` compares it, worked out once, not per card."""
    return frozenset(_folded(map(deck_path, decks)))


@dataclass(frozen=True, slots=True)
class PlanOptions:
    """How many cards to ask and in what order."""

    new: int = 20
    """At most this many cards never answered before."""
    limit: int | None = None
    """At most this many cards in all (due ones take precedence)."""
    seed: int | None = None
    """Seed for the order; ``None`` for a fresh order each session."""
    only: Filter = Filter()


def _ready(card: Card, progress: Mapping[str, Progress], now: datetime) -> bool:
    """Whether a new card may be asked now: the back of a reversed card waits
    until its front has been answered and is not due (asked right after its
    front, it would be answered from the screen)."""
    if not card.id.endswith(REVERSE_SUFFIX):
        return True
    front = progress.get(card.id.removesuffix(REVERSE_SUFFIX))
    return front is not None and front.due > now


@dataclass(frozen=True, slots=True)
class Plan:
    """The cards of one session, in order, and what was left for later."""

    due: tuple[Card, ...]
    new: tuple[Card, ...]
    due_total: int
    """Due cards before ``--limit`` cut them."""
    new_total: int
    """New cards before ``--new``/``--limit`` cut them."""

    @property
    def cards(self) -> tuple[Card, ...]:
        """All cards, due first."""
        return self.due + self.new


def plan(
    cards: Sequence[Card],
    progress: Mapping[str, Progress],
    now: datetime,
    options: PlanOptions,
) -> Plan:
    """Choose the session's cards: due ones (most overdue first), then new ones."""
    now = utc(now)
    rng = random.Random(options.seed)
    chosen = [c for c in cards if options.only.accepts(c)]
    due = [c for c in chosen if c.id in progress and progress[c.id].due <= now]
    new = [c for c in chosen if c.id not in progress and _ready(c, progress, now)]
    # Shuffle, then sort by due date: equal dates keep the seeded order.
    rng.shuffle(due)
    due.sort(key=lambda c: progress[c.id].due)
    rng.shuffle(new)
    limit = options.limit if options.limit is not None else len(due) + len(new)
    take_due = due[: max(0, limit)]
    take_new = new[: max(0, min(options.new, limit - len(take_due)))]
    return Plan(tuple(take_due), tuple(take_new), len(due), len(new))
