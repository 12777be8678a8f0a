"""Helpers shared by the quiz tests: cards, exports, a scripted terminal, a pexpect driver.

(A ``test_quiz_*`` module so that it lives with the quiz tests; its own
tests only check the helpers.)
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pexpect
from rich.text import Text

from notequiz.export.json_export import dumps, load
from notequiz.model import Card, CardKind, SourceSpan

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
NOW_ARG = "2025-03-01T09:00:00+00:00"


def card(
    cid: str,
    question: str,
    answer: str,
    *,
    kind: CardKind = "explicit",
    deck: str = "Deck",
    items: Sequence[str] = (),
    tags: Sequence[str] = (),
    term: str = "",
    line: int = 3,
    path: str = "notes/deck.md",
    section: Sequence[str] = ("Notes",),
) -> Card:
    """A card as a build would make it, with a source line."""
    return Card(
        id=cid,
        kind=kind,
        question=question,
        answer=answer,
        term=term or question,
        note_key=path,
        source=SourceSpan(path, line, line, f"{question}::{answer}"),
        section=tuple(section),
        rule="md.explicit.qa",
        lang="ko" if re.search(r"[가-힣]", question) else "en",
        tags=tuple(tags),
        deck=deck,
        items=tuple(items),
    )


def write_export(path: Path, cards: Sequence[Card]) -> Path:
    """Write ``cards`` as a ``notequiz/1`` JSON export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(dumps(cards, []))
    return path


def rows(store: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Query the store with plain sqlite3 (read-only), the way another tool would."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return list(db.execute(sql, args).fetchall())
    finally:
        db.close()


class ScriptedTerminal:
    """A ``Terminal`` that answers from a script and records what was shown."""

    def __init__(self, inputs: Sequence[str | type[BaseException]]) -> None:
        self.inputs = list(inputs)
        self.output: list[str] = []

    def _next(self) -> str:
        if not self.inputs:
            raise EOFError
        item = self.inputs.pop(0)
        if isinstance(item, type):
            raise item()
        return item

    def show(self, text: Text | str = "") -> None:
        self.output.append(str(text))

    def read_line(self, prompt: str) -> str:
        self.output.append(prompt)
        return self._next()

    def read_key(self, prompt: Text | str, keys: str) -> str:
        self.output.append(str(prompt))
        key = self._next()
        assert key in keys, f"{key!r} is not one of {keys!r}"
        return key

    @property
    def text(self) -> str:
        """Everything shown, one string."""
        return "\n".join(self.output)


# --- Driving the real command in a terminal ----------------------------------------------

HEADER = re.compile(r"\[(\d+)/(\d+)\][^\r\n]*\r\n([^\r\n]+)\r\n")


def spawn(*args: str, timeout: float = 30) -> pexpect.spawn:
    """Start ``python -m notequiz ARGS`` in a pseudo-terminal (plain output, UTC)."""
    env = dict(os.environ, TERM="dumb", TZ="UTC", NO_COLOR="1", COLUMNS="200")
    return pexpect.spawn(
        sys.executable,
        ["-m", "notequiz", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=timeout,
        dimensions=(50, 200),
    )


def next_question(child: pexpect.spawn) -> str:
    """Wait for the next card; return its question."""
    child.expect(HEADER)
    return str(child.match.group(3)).strip()


def rating_prompt(child: pexpect.spawn) -> str:
    """Wait for the rating prompt; return what came before it (verdict, answer, source)."""
    child.expect_exact("q quit: ")
    return str(child.before)


def finish(child: pexpect.spawn) -> tuple[str, int]:
    """Wait for the command to end; return the rest of its output and its exit status."""
    child.expect(pexpect.EOF)
    rest = str(child.before)
    child.close()
    status = child.exitstatus if child.exitstatus is not None else -(child.signalstatus or 0)
    return rest, status


def test_export_round_trip(tmp_path: Path) -> None:
    cards = [card("c1", "Q?", "A", items=("x", "y"), kind="list", tags=("t",))]
    assert load(write_export(tmp_path / "e.json", cards)) == cards


def test_scripted_terminal_raises_what_it_is_given() -> None:
    term = ScriptedTerminal(["a", KeyboardInterrupt])
    assert term.read_line("› ") == "a"
    try:
        term.read_line("› ")
    except KeyboardInterrupt:
        pass
    else:  # pragma: no cover
        raise AssertionError("expected KeyboardInterrupt")
