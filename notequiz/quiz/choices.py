"""Multiple-choice options: the right answer among answers of the same kind.

Distractors come from other cards of the same kind — the same deck first,
then other decks — so they look plausible. Their order is a hash of the
card id and the candidate, not a shuffle of the pool: the same card gets the
same options every time, and adding cards elsewhere moves them little.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

from notequiz.model import Card
from notequiz.quiz.grade import grade_text, key


@dataclass(frozen=True, slots=True)
class Choices:
    """The options shown for a card and which of them is right."""

    options: tuple[str, ...]
    correct: int
    """Index of the right answer in ``options``."""


def _rank(card_id: str, text: str) -> str:
    return hashlib.sha256(f"{card_id}\x1f{text}".encode()).hexdigest()


def distractors(card: Card, pool: Sequence[Card], count: int) -> tuple[str, ...]:
    """Up to ``count`` wrong answers for ``card``, drawn from ``pool``."""
    right = key(card.answer)
    seen = {right}
    own: list[str] = []
    for text in card.choices:
        # Choices written into the export by hand or by a build come first.
        k = key(text)
        if k and k not in seen and not grade_text(text, card.answer).correct:
            seen.add(k)
            own.append(text)
    same_deck: list[str] = []
    other_deck: list[str] = []
    for other in pool:
        if other.id == card.id or other.kind != card.kind:
            continue
        k = key(other.answer)
        # Never offer the right answer twice, nor one that would grade as right.
        if not k or k in seen or grade_text(other.answer, card.answer).correct:
            continue
        seen.add(k)
        (same_deck if other.deck == card.deck else other_deck).append(other.answer)
    ordered = own
    for group in (same_deck, other_deck):
        ordered += sorted(group, key=lambda text: _rank(card.id, text))
    return tuple(ordered[:count])


def make_choices(card: Card, pool: Sequence[Card], count: int) -> Choices:
    """``count`` options (fewer if the pool is small) with the right one at a seeded place."""
    wrong = list(distractors(card, pool, max(0, count - 1)))
    rng = random.Random(card.id)
    rng.shuffle(wrong)
    at = rng.randrange(len(wrong) + 1)
    options = (*wrong[:at], card.answer, *wrong[at:])
    return Choices(options, at)
