"""Stage 4: find what a note states, as ``Candidate``s carrying their rule id.

Hand-marked cards come first; a block the user marked by hand is not mined
again. Automatic rules (Markdown shape and per-language sentence patterns)
run on the rest.
"""

from __future__ import annotations

from notequiz.extract import explicit
from notequiz.extract.rules import RULES, Rule
from notequiz.model import Candidate, Note


def catalogue() -> list[Rule]:
    """Every registered rule, sorted by id (all rule modules are loaded)."""
    from notequiz.extract import auto, english, korean, patterns_ko, structure  # noqa: F401

    return sorted(RULES.values(), key=lambda r: r.id)


def extract(note: Note, automatic: bool = True) -> list[Candidate]:
    """All candidates found in ``note``, in note order."""
    found: list[Candidate] = []
    marked: set[int] = set()
    for section in note.sections:
        for block in section.blocks:
            hand = list(explicit.find(note, section, block))
            if hand:
                marked.add(id(block))
                found.extend(hand)
    if automatic:
        from notequiz.extract import auto

        found.extend(auto.find(note, skip=marked))
    return found
