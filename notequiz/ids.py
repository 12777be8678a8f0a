"""Stable card ids.

An id depends on the note's key, the card kind, its shape and the normalized
term — never on the answer text or on line numbers — so an edited answer or a
moved paragraph keeps its id, and Anki keeps the review history. The shape is
part of it because Anki cannot move a note to another note type in an import:
a card that changes shape must arrive as a new note.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize_term(term: str) -> str:
    """Fold case, width and punctuation so that trivial edits keep the id."""
    folded = unicodedata.normalize("NFKC", term).casefold()
    return _NOT_WORD.sub(" ", folded).strip()


def card_id(note_key: str, kind: str, term: str, shape: str = "basic", ordinal: int = 1) -> str:
    """Return the id of the ``ordinal``-th card of this kind, shape and term in a note."""
    return _hashed((note_key, kind, shape, normalize_term(term)), ordinal)


def _hashed(basis: tuple[str, str, str, str], ordinal: int) -> str:
    """The id of ``(note_key, kind, shape, normalized term)``'s ``ordinal``-th card."""
    joined = "\x1f".join(basis)
    if ordinal > 1:
        joined += f"\x1f{ordinal}"
    return "nq" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:14]


def assign_ids(keys: Iterable[tuple[str, str, str, str]]) -> list[str]:
    """Ids for ``(note_key, kind, shape, term)`` tuples given in note order.

    Tuples that would share an id are told apart by their order of
    appearance: the first keeps the plain id, later ones get an ordinal.
    """
    seen: dict[tuple[str, str, str, str], int] = {}
    out: list[str] = []
    for note_key, kind, shape, term in keys:
        basis = (note_key, kind, shape, normalize_term(term))
        seen[basis] = seen.get(basis, 0) + 1
        out.append(_hashed(basis, seen[basis]))
    return out
