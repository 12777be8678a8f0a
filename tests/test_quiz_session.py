"""The quiz loop with a scripted terminal (fast), and the stats it leads to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from rich.console import Console

from notequiz.model import Card
from notequiz.quiz.schedule import Rating, State
from notequiz.quiz.session import ENTER, Mode, Session, SessionOptions, Summary, summary_lines
from notequiz.quiz.stats import bar, compute, render
from notequiz.quiz.store import Store

from .test_quiz_support import NOW, ScriptedTerminal, card

PARIS = card("paris", "Capital of France?", "Paris", deck="Geo", line=7,
             section=("Europe", "France"), path="notes/geo.md")
PACKETS = card("packets", "TCP 연결을 끊을 때 주고받는 패킷 수는?", "4개", deck="Net")
FEATURES = card("features", "TCP의 특징은?", "연결 지향; 흐름 제어", kind="list",
                items=("연결 지향", "흐름 제어"), deck="Net")
CAPITALS = [
    PARIS,
    card("rome", "Capital of Italy?", "Rome", deck="Geo"),
    card("madrid", "Capital of Spain?", "Madrid", deck="Geo"),
]


def run(
    store: Store,
    cards: Sequence[Card],
    inputs: list[str | type[BaseException]],
    mode: Mode = "typed",
    pool: Sequence[Card] | None = None,
) -> tuple[Summary, ScriptedTerminal]:
    term = ScriptedTerminal(inputs)
    session = Session(
        cards, pool or cards, store, term, SessionOptions(mode=mode, choices=3), lambda: NOW
    )
    return session.run(), term


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "progress.sqlite3")


def test_right_wrong_and_typo(store: Store) -> None:
    summary, term = run(
        store,
        [PARIS, PACKETS, FEATURES],
        ["Pairs", ENTER, "5개", ENTER, "흐름제어, 연결지향이다", "4"],
    )
    assert (summary.right, summary.wrong, len(summary.answered)) == (2, 1, 3)
    assert "✓ Right (1 typo)" in term.text
    assert "✗ Wrong" in term.text
    assert "Answer: 4개" in term.text
    assert "Source: notes/geo.md:7 · Europe › France" in term.text
    assert "(2 items, any order, separated by ; or ,)" in term.text
    progress = store.progress()
    assert progress["paris"].due == NOW + timedelta(minutes=10)  # Enter = Good
    assert progress["packets"].due == NOW + timedelta(minutes=1)  # Enter = Again
    assert progress["features"].state == State.REVIEW  # Easy
    lines = "\n".join(str(t) for t in summary_lines(summary, NOW))
    assert "3 answered · 2 right · 1 wrong" in lines
    assert "1 in 1m · 1 in 10m" in lines
    assert "Next due: " in lines


def test_overrule_flips_the_verdict_and_the_suggestion(store: Store) -> None:
    summary, term = run(store, [PACKETS], ["네 개", "o", ENTER])
    assert "Overruled: counted as right." in term.text
    assert summary.right == 1
    assert store.progress()["packets"].due == NOW + timedelta(minutes=10)
    [row] = store.reviews()
    assert (row.verdict, row.rating) == ("right", Rating.GOOD)


def test_multiple_choice(store: Store) -> None:
    from notequiz.quiz.choices import make_choices

    options = make_choices(PARIS, CAPITALS, 3)
    right_key = str(options.correct + 1)
    wrong_key = "1" if right_key != "1" else "2"
    summary, term = run(store, [PARIS], [right_key, ENTER], mode="choice", pool=CAPITALS)
    assert summary.right == 1
    for n, option in enumerate(options.options, 1):
        assert f"  {n}) {option}" in term.text
    summary, _ = run(store, [PARIS], [wrong_key, ENTER], mode="choice", pool=CAPITALS)
    assert summary.wrong == 1


def test_multiple_choice_without_distractors_falls_back_to_typing(store: Store) -> None:
    summary, term = run(store, [PACKETS], ["4개", ENTER], mode="choice")
    assert "type it" in term.text and summary.right == 1


def test_flip_mode_rates_yourself(store: Store) -> None:
    summary, term = run(store, [PARIS, PACKETS], [ENTER, "4", " ", "1"], mode="flip")
    assert "Right" not in term.text and "Answer: Paris" in term.text
    assert (summary.right, summary.wrong) == (1, 1)
    assert [r.verdict for r in store.reviews()] == ["self", "self"]


@pytest.mark.parametrize(
    ("inputs", "quit_early", "interrupted"),
    [
        (["Paris", ENTER, "q"], True, False),  # q instead of an answer
        (["Paris", ENTER, "Rome", "q"], True, False),  # q at the rating: that card is lost
        (["Paris", ENTER, KeyboardInterrupt], False, True),  # Ctrl-C
        (["Paris", ENTER], True, False),  # input closed
    ],
)
def test_stopping_keeps_every_rating_given(
    store: Store, inputs: list[str | type[BaseException]], quit_early: bool, interrupted: bool
) -> None:
    summary, _ = run(store, CAPITALS, inputs)
    assert (summary.quit, summary.interrupted) == (quit_early, interrupted)
    assert [a.card_id for a in summary.answered] == ["paris"]
    assert set(store.progress()) == {"paris"}
    assert "stopped with 2 left" in str(summary_lines(summary, NOW)[0])


def test_a_card_whose_answer_is_q_can_be_answered(store: Store) -> None:
    summary, _ = run(store, [card("q", "Letter after p?", "q")], ["q", ENTER])
    assert summary.right == 1 and not summary.quit


def test_stats_after_a_session(store: Store) -> None:
    run(store, [PARIS, PACKETS, FEATURES], ["Paris", "4", "4개", "1", "연결 지향, 흐름 제어", "3"])
    # A month later: Paris (rated Easy) is in review, and forgotten.
    later = NOW + timedelta(days=30)
    term = ScriptedTerminal(["Lyon", "1", "4개", "3"])
    Session([PARIS, PACKETS], [PARIS, PACKETS], store, term, SessionOptions(), lambda: later).run()
    unseen = card("new1", "Capital of Peru?", "Lima", deck="Geo")
    stats = compute(store, later, [PARIS, PACKETS, FEATURES, unseen], days=7, local=NOW.tzinfo)
    geo, net = stats.decks
    assert (geo.deck, geo.new, geo.seen, geo.learning) == ("Geo", 1, 1, 1)
    assert geo.retention == 0.0  # Paris was in review and forgotten
    assert net.seen == 2
    assert stats.total.seen == 3 and stats.total.new == 1
    assert stats.retention_reviews == 1
    assert stats.graded_answers == 5 and stats.right_share == pytest.approx(4 / 5)
    assert stats.forecast[0][1] >= 1  # Paris comes back in minutes
    assert sum(n for _, n in stats.forecast) <= 3
    console = Console(width=100, record=True, color_system=None)
    console.print(render(stats))
    out = console.export_text()
    for word in ("Due by deck", "Geo", "Net", "All decks", "Forecast", "Today", "Retention"):
        assert word in out
    # Without notes, decks come from the store itself.
    assert {d.deck for d in compute(store, later).decks} == {"Geo", "Net"}
    assert {d.deck for d in compute(store, later, decks=("net",)).decks} == {"Net"}


def test_bar() -> None:
    assert bar(0, 10) == ""
    assert bar(10, 10, width=4) == "████"
    assert bar(1, 16, width=4) == "▎"
