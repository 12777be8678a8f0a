"""Every rule in the catalogue, in every language, makes the card its own examples promise.

Each ``Example`` of each rule is written as a note and built with the whole
pipeline; a card with that rule id must come out whose term and answer match
the example (case-insensitively, spaces squashed). For a named term or a
cloze, the card's answer is the name, so the example's term may match it; the
example's answer may be the card's answer, its items joined by ``; ``, or
(for a named term, whose description is asked) the question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from notequiz.extract import catalogue
from notequiz.extract.rules import Example, Rule
from notequiz.model import Card
from notequiz.pipeline import build

RULES = catalogue()

def _norm(text: str) -> str:
    return " ".join(text.split()).strip().casefold()


def _matches(card: Card, example: Example) -> bool:
    terms = {_norm(card.term)}
    if card.kind in ("named_term", "cloze"):
        terms.add(_norm(card.answer))
    answers = {_norm(card.answer), _norm("; ".join(card.items))}
    answer_ok = _norm(example.answer) in answers or (
        card.kind == "named_term" and _norm(example.answer) in _norm(card.question))
    return _norm(example.term) in terms and answer_ok


def _cases() -> list[object]:
    cases: list[object] = []
    for rule in RULES:
        for index, example in enumerate(rule.examples):
            cases.append(pytest.param(rule, example, id=f"{rule.id}-{index}"))
    return cases


def test_every_rule_has_an_example() -> None:
    assert RULES
    assert [r.id for r in RULES if not r.examples] == []


@pytest.mark.parametrize(("rule", "example"), _cases())
def test_rule_example_makes_its_card(rule: Rule, example: Example, tmp_path: Path) -> None:
    path = tmp_path / "example.md"
    path.write_text(example.markdown, encoding="utf-8")
    cards = build([str(path)]).cards
    mine = [c for c in cards if c.rule == rule.id]
    assert any(_matches(c, example) for c in mine), (
        f"{rule.id}: expected {example.term!r} → {example.answer!r}; got "
        f"{[(c.rule, c.term, c.answer, c.question) for c in cards]}")
