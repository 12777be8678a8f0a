"""Choosing a session's cards: due first, then new; limits, filters, a seeded order."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from notequiz.distractors import reverse
from notequiz.quiz.plan import Filter, PlanOptions, plan
from notequiz.quiz.schedule import Progress, Rating, review

from .test_quiz_support import NOW, card

CARDS = [
    card(f"c{i}", f"Q{i}?", f"A{i}", deck="Net::TCP" if i % 2 else "Lang", tags=("t",) if i < 4 else ())
    for i in range(10)
]


def _seen(card_id: str, due_in: timedelta) -> Progress:
    p = review(None, card_id, Rating.GOOD, NOW - timedelta(days=1))
    return Progress(
        p.card_id, p.state, p.step, p.stability, p.difficulty, NOW + due_in, p.last_review
    )


PROGRESS = {
    "c1": _seen("c1", -timedelta(hours=1)),
    "c2": _seen("c2", -timedelta(days=2)),  # most overdue
    "c3": _seen("c3", timedelta(hours=1)),  # not due yet
}


def test_due_first_most_overdue_first_then_new() -> None:
    p = plan(CARDS, PROGRESS, NOW, PlanOptions(seed=1))
    assert [c.id for c in p.due] == ["c2", "c1"]
    assert {c.id for c in p.new} == {f"c{i}" for i in (0, 4, 5, 6, 7, 8, 9)}
    assert p.cards == p.due + p.new
    assert "c3" not in {c.id for c in p.cards}


def test_new_and_limit() -> None:
    p = plan(CARDS, PROGRESS, NOW, PlanOptions(new=2, seed=1))
    assert (len(p.due), len(p.new), p.new_total) == (2, 2, 7)
    p = plan(CARDS, PROGRESS, NOW, PlanOptions(limit=3, seed=1))
    assert (len(p.due), len(p.new)) == (2, 1)
    p = plan(CARDS, PROGRESS, NOW, PlanOptions(limit=1, seed=1))
    assert [c.id for c in p.cards] == ["c2"]


def test_seed_gives_a_repeatable_order() -> None:
    def order(seed: int) -> list[str]:
        return [c.id for c in plan(CARDS, {}, NOW, PlanOptions(seed=seed)).cards]

    assert order(7) == order(7)
    assert {tuple(order(s)) for s in range(5)} != {tuple(order(7))}


def test_deck_and_tag_filters() -> None:
    by_deck = plan(CARDS, {}, NOW, PlanOptions(only=Filter(decks=("net",))))
    assert {c.deck for c in by_deck.cards} == {"Net::TCP"}
    assert not plan(CARDS, {}, NOW, PlanOptions(only=Filter(decks=("Ne",)))).cards
    by_tag = plan(CARDS, {}, NOW, PlanOptions(only=Filter(tags=("T",))))
    assert {c.id for c in by_tag.cards} == {"c0", "c1", "c2", "c3"}
    both = plan(CARDS, {}, NOW, PlanOptions(only=Filter(("Lang",), ("t",))))
    assert {c.id for c in both.cards} == {"c0", "c2"}


def test_deck_filters_name_decks_as_anki_does() -> None:
    from notequiz.quiz.plan import in_decks

    assert in_decks("A::B", [" a :: b: "])
    assert in_decks("A:::B", ["A::B"])  # an export made before deck names were normalised
    assert not in_decks("A::B", ["A::C"])


def test_the_back_of_a_reversed_card_waits_for_its_front() -> None:
    front = replace(card("rv", "Flow control", "Pacing the sender"), shape="reversed")
    back = reverse(front)
    assert back is not None
    assert (back.id, back.question, back.answer) == ("rv.r", "Pacing the sender", "Flow control")
    cards = [front, back]
    assert [c.id for c in plan(cards, {}, NOW, PlanOptions(seed=1)).cards] == ["rv"]
    answered = {"rv": _seen("rv", timedelta(days=3))}
    assert [c.id for c in plan(cards, answered, NOW, PlanOptions(seed=1)).cards] == ["rv.r"]
    due = {"rv": _seen("rv", -timedelta(hours=1))}
    assert [c.id for c in plan(cards, due, NOW, PlanOptions(seed=1)).cards] == ["rv"]
