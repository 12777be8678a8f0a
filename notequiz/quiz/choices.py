"""Multiple-choice options for the terminal quiz.

The distractors are the ones every format shares (``notequiz.distractors``):
answers of other cards of the same kind, the same deck first, in an order
seeded by the card id, so a card gets the same options each time. The quiz
adds one rule of its own: never offer an answer that its grader would accept
as right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from notequiz.distractors import arrange, choose_distractors
from notequiz.model import Card
from notequiz.quiz.grade import grade_text


@dataclass(frozen=True, slots=True)
class Choices:
    """The options shown for a card and which of them is right."""

    options: tuple[str, ...]
    correct: int
    """Index of the right answer in ``options``."""


def distractors(card: Card, pool: Sequence[Card], count: int) -> tuple[str, ...]:
    """Up to ``count`` wrong answers for ``card``, drawn from ``pool``."""
    return choose_distractors(
        card, pool, count, reject=lambda text: grade_text(text, card.answer).correct
    )


def make_choices(card: Card, pool: Sequence[Card], count: int) -> Choices:
    """``count`` options (fewer if the pool is small) with the right one at a seeded place."""
    options = arrange(card.id, card.answer, distractors(card, pool, max(0, count - 1)))
    return Choices(options.options, options.correct)
