"""Stage 4: find what a note states, as ``Candidate``s carrying their rule id.

Hand-marked cards come first; a block the user marked by hand is not mined
again. Automatic rules (Markdown shape and per-language sentence patterns)
run on the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from notequiz.extract import explicit
from notequiz.extract.rules import RULES, Rule
from notequiz.model import Candidate, Note

if TYPE_CHECKING:
    from notequiz.extract.auto import Reading


def catalogue() -> list[Rule]:
    """Every registered rule, sorted by id (all rule modules are loaded)."""
    from notequiz.extract import auto, english, korean, patterns_ko, structure  # noqa: F401

    return sorted(RULES.values(), key=lambda r: r.id)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A note read before its rules run: its hand-marked cards and, for the rules, its prose."""

    hand: tuple[Candidate, ...]
    reading: Reading | None
    """``None`` when only hand-marked cards are wanted."""

    @property
    def korean(self) -> tuple[str, ...]:
        """The Korean texts the rules will ask Kiwi about."""
        return self.reading.korean if self.reading is not None else ()

    @property
    def masks(self) -> tuple[tuple[str, str], ...]:
        """Those of ``korean`` Kiwi reads with their inline code masked, with what it reads."""
        return self.reading.masks if self.reading is not None else ()


def prepare(note: Note, automatic: bool = True) -> Prepared:
    """Find the hand-marked cards and read the rest of the note; no rule runs, nothing is analysed."""
    hand: list[Candidate] = []
    marked: set[int] = set()
    for section in note.sections:
        for block in section.blocks:
            found = list(explicit.find(note, section, block))
            if found or explicit.holds_cloze(block):
                marked.add(id(block))
                hand.extend(found)
    if not automatic:
        return Prepared(tuple(hand), None)
    from notequiz.extract import auto

    return Prepared(tuple(hand), auto.read(note, marked))


def extract(note: Note, automatic: bool = True,
            prepared: Prepared | None = None) -> list[Candidate]:
    """All candidates found in ``note``, in note order (``prepared``: ``prepare``'s, if made)."""
    if prepared is None:
        prepared = prepare(note, automatic)
    found = list(prepared.hand)
    if prepared.reading is not None:
        from notequiz.extract import auto

        found.extend(auto.find(prepared.reading))
    return found
