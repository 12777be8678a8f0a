"""English sentence rules (placeholder until the English rules land)."""

from __future__ import annotations

from collections.abc import Iterator

from notequiz.extract.korean import Unit
from notequiz.model import Candidate


def find_english(unit: Unit) -> Iterator[Candidate]:
    """Candidates from one unit of English text (none yet)."""
    return iter(())
