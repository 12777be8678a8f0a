"""The whole path from note files to cards: read, parse, extract, phrase, select.

Plain functions; the CLI and the tests call them alike. Notes stream through
one at a time, so memory does not grow with the number of notes beyond the
cards themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from notequiz.errors import NoteError
from notequiz.extract import extract
from notequiz.ids import assign_ids
from notequiz.model import BuildResult, Candidate, Card, Note, Problem
from notequiz.parse import parse_note
from notequiz.phrase.phrase import phrase
from notequiz.read import discover, read_note
from notequiz.select import Limits, select


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How cards are made."""

    automatic: bool = True
    """Mine unmarked prose with the language rules (off: hand-marked cards only)."""
    limits: Limits = field(default_factory=Limits)


def cards_for_note(note: Note, options: BuildOptions | None = None) -> list[Card]:
    """Extract, phrase and select the cards of one parsed note."""
    options = options or BuildOptions()
    candidates = [phrase(c) for c in extract(note, automatic=options.automatic)]
    chosen = select(candidates, options.limits)
    return make_cards(note, chosen)


def make_cards(note: Note, chosen: Sequence[Candidate]) -> list[Card]:
    """Give selected candidates their stable ids and the note's deck and tags."""
    ids = assign_ids((note.key, c.kind, c.shape, c.term) for c in chosen)
    return [
        Card(
            id=card_id,
            kind=c.kind,
            question=c.question,
            answer=c.answer,
            term=c.term,
            note_key=note.key,
            source=c.source,
            section=c.section,
            rule=c.rule,
            lang=c.lang,
            tags=note.tags,
            deck=note.deck,
            shape=c.shape,
            cloze=c.cloze,
            items=c.items,
        )
        for card_id, c in zip(ids, chosen, strict=True)
    ]


def build(
    paths: Iterable[str],
    options: BuildOptions | None = None,
    on_note: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build cards from files and folders; unreadable notes become ``Problem``s.

    ``on_note`` is called with each note's path after it is processed (for
    progress display).
    """
    files, missing = discover(list(paths))
    problems = [Problem(e.path, e.reason, e.line) for e in missing]
    notes: list[Note] = []
    cards: list[Card] = []
    for path, root in files:
        try:
            note = parse_note(read_note(path, root))
        except NoteError as exc:
            problems.append(Problem(exc.path, exc.reason, exc.line))
        else:
            notes.append(note)
            cards.extend(cards_for_note(note, options))
        if on_note:
            on_note(path)
    return BuildResult(tuple(notes), tuple(cards), tuple(problems))
