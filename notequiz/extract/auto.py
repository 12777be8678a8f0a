"""Automatic extraction: placeholder until the language rules land."""

from __future__ import annotations

from collections.abc import Iterator

from notequiz.model import Candidate, Note


def find(note: Note, skip: set[int]) -> Iterator[Candidate]:
    """Candidates from unmarked prose (none yet)."""
    return iter(())
