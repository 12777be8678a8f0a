"""Shared fixtures: notes written into a temporary folder, the CLI runner, an empty
Anki collection, and test cards."""

from __future__ import annotations

import json
import signal
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner

from notequiz import cloze
from notequiz.model import Card, CardKind, Shape, SourceSpan
from notequiz.pipeline import BuildOptions

if TYPE_CHECKING:
    from anki.collection import Collection, ImportLogWithChanges

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_NOTES = ROOT / "sample_notes"
SCHEMA = ROOT / "notequiz" / "schema" / "notequiz-1.schema.json"

AS_PHRASED = BuildOptions(context=False)
"""Builds for the tests of what the rules find and how they phrase it: questions
without the note and section the context step adds (tested in test_context.py)."""


def pytest_configure(config: pytest.Config) -> None:
    # A shell starts a background job with Ctrl-C (SIGINT) ignored, and the
    # programs it runs inherit that: the tests that press Ctrl-C in a
    # notequiz they started would see nothing happen. They stand for a user
    # at a terminal, where Ctrl-C reaches the program.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def write_note(tmp_path: Path) -> Callable[..., Path]:
    """Write a note (dedented) under tmp_path/notes and return its path."""

    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / "notes" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(textwrap.dedent(text).lstrip("\n").encode(encoding))
        return path

    return write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def kiwi_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds load Kiwi in a child process beside them, as a fresh process on two
    cores does: on any machine, and although other tests loaded Kiwi here."""
    from notequiz.analyze import kiwi

    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    """An empty Anki collection (the real ``anki`` package), closed after the test."""
    from anki.collection import Collection

    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col: Collection, path: Path) -> ImportLogWithChanges:
    """Import a package like Anki's import dialog: notes are updated when it is newer."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki.import_export_pb2 import IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER

    options = ImportAnkiPackageOptions(
        merge_notetypes=False,
        update_notes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        with_scheduling=False,
        with_deck_configs=False,
    )
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options))


@pytest.fixture
def schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA.read_text(encoding="utf-8")))


def stated(card: Card) -> str:
    """What ``card`` says: its answer or, for a rule's cloze of a statement, the statement
    ("Root DNS는 [...] 반환한다" says "…주소를 반환한다")."""
    if card.shape == "cloze" and card.kind not in ("explicit", "cloze"):
        return cloze.statement(card.cloze, card.term)
    return card.answer


def make_card(
    id: str,
    question: str = "What is a monad?",
    answer: str = "A monoid in the category of endofunctors.",
    *,
    shape: Shape = "basic",
    cloze: str = "",
    deck: str = "",
    tags: tuple[str, ...] = (),
    line: int = 3,
    kind: CardKind | None = None,
    rule: str = "md.explicit.qa",
) -> Card:
    """A card of ``notes/fp.md`` for the exporter tests; ``kind`` follows ``shape`` by default."""
    return Card(
        id=id,
        kind=kind or ("cloze" if shape == "cloze" else "explicit"),
        question=question,
        answer=answer,
        term=question,
        note_key="notes/fp.md",
        source=SourceSpan("notes/fp.md", line, line, question),
        section=("Functional programming", "Monads"),
        rule=rule,
        lang="en",
        tags=tags,
        deck=deck,
        shape=shape,
        cloze=cloze,
    )
