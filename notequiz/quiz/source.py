"""Cards to study: read from JSON exports, or built from notes on the fly.

Reading an export imports nothing heavy; the build pipeline (spaCy, Kiwi) is
imported only when a path is not a ``.json`` export, so quizzing from an
export starts fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from notequiz.distractors import reverse
from notequiz.export.json_export import is_export, load
from notequiz.model import Card, Problem


@dataclass(frozen=True, slots=True)
class Loaded:
    """The cards found, in input order without duplicate ids, and what failed.

    The back of a reversed card follows it, as a card of its own (``distractors.reverse``).
    """

    cards: tuple[Card, ...]
    problems: tuple[Problem, ...] = ()
    notes_read: int = 0
    inputs: tuple[str, ...] = ()
    """Every file read: exports, and notes whether they made cards or not."""


def load_cards(paths: Sequence[str], marked_only: bool = False) -> Loaded:
    """Cards from ``paths``: exports are read, notes and folders are built.

    Raises ``NotequizError`` for an export that cannot be read.
    """
    exports = [p for p in paths if is_export(p)]
    notes = [p for p in paths if not is_export(p)]
    cards: list[Card] = []
    for path in exports:
        cards.extend(load(path))
    problems: tuple[Problem, ...] = ()
    notes_read = 0
    inputs = list(exports)
    if notes:
        # Heavy: spaCy and Kiwi load here, and only here (not at all when every
        # note is in the build cache, as after a `notequiz build` of them).
        from notequiz.cache import NoteCache
        from notequiz.pipeline import BuildOptions, build

        cache = NoteCache.open_default()
        try:
            result = build(notes, BuildOptions(automatic=not marked_only), cache=cache)
        finally:
            if cache is not None:
                cache.close()
        cards.extend(result.cards)
        problems = result.problems
        notes_read = len(result.notes)
        inputs.extend(result.inputs())
    seen: set[str] = set()
    unique: list[Card] = []
    for card in cards:
        # A reversed card is studied both ways, its back as a card of its own.
        for asked in (card, reverse(card)):
            if asked is not None and asked.id not in seen:
                seen.add(asked.id)
                unique.append(asked)
    return Loaded(tuple(unique), problems, notes_read, tuple(inputs))
