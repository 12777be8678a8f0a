"""Anki's cloze deletions, read once for every stage that shows them.

A deletion is ``{{cN::body}}`` or ``{{cN::body::hint}}``; its body may hold
further deletions (``{{c1::a {{c2::b}} c}}``, as Anki reads them since 2.1.56):
studying c1 hides the whole of ``a b c``, studying c2 only ``b``. What does
not make a deletion is text, shown as written, as Anki shows it: an opener
that is never closed (``{{c2::b``), a ``}}`` that closes nothing.

The hand-marked cards (``extract.explicit``), the prompts of the quizzes and
the GIFT and HTML exports (``distractors``) and the Anki export all read
deletions with :func:`parse`, so they always agree on what is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = ["Deletion", "Part", "blanked", "deletions", "has_deletion", "numbers", "parse",
           "plain"]

_MARK = re.compile(r"\{\{c(\d+)::|::|\}\}")


@dataclass(frozen=True, slots=True)
class Deletion:
    """One ``{{cN::body::hint}}``."""

    number: int
    body: tuple[Part, ...]
    """Its text, and the deletions nested in it."""
    hint: str | None
    """What the blank shows instead of ``[...]``; ``None`` without ``::hint``."""


Part = str | Deletion


@dataclass(slots=True)
class _Open:
    number: int
    opener: str
    body: list[Part]
    hint: list[str] | None = None


def has_deletion(text: str) -> bool:
    """Whether ``text`` holds at least one deletion."""
    return "{{c" in text and any(isinstance(p, Deletion) for p in parse(text))


def parse(text: str) -> tuple[Part, ...]:
    """``text`` as text and deletions, in order; ``plain`` of it gives the text filled in.

    A hint runs from the deletion's first ``::`` to its end and holds neither
    ``{`` nor ``}``; one that does is part of the body (as in Anki).
    """
    top: list[Part] = []
    stack: list[_Open] = []

    def add(part: Part) -> None:
        if not stack:
            _append(top, part)
        elif stack[-1].hint is not None and isinstance(part, str):
            stack[-1].hint.append(part)
        else:
            _append(stack[-1].body, part)

    pos = 0
    for m in _MARK.finditer(text):
        add(text[pos:m.start()])
        pos = m.end()
        mark = m.group()
        if m.group(1) is not None and not (stack and stack[-1].hint is not None):
            stack.append(_Open(int(m.group(1)), mark, []))
        elif mark == "::" and stack and stack[-1].hint is None:
            stack[-1].hint = []
        elif mark == "}}" and stack:
            add(_close(stack.pop()))
        else:
            add(mark)
    add(text[pos:])
    while stack:  # never closed: its marks are text
        left = stack.pop()
        for part in _unclosed(left):
            add(part)
    return tuple(top)


def _close(done: _Open) -> Deletion:
    body = list(done.body)
    hint = None if done.hint is None else "".join(done.hint)
    if hint is not None and ("{" in hint or "}" in hint):
        _append(body, "::" + hint)
        hint = None
    return Deletion(done.number, tuple(body), hint)


def _unclosed(left: _Open) -> Iterator[Part]:
    yield left.opener
    yield from left.body
    if left.hint is not None:
        yield "::" + "".join(left.hint)


def _append(parts: list[Part], part: Part) -> None:
    if isinstance(part, str):
        if not part:
            return
        if parts and isinstance(parts[-1], str):
            parts[-1] += part
            return
    parts.append(part)


def plain(parts: Sequence[Part]) -> str:
    """The text with every deletion filled in."""
    return "".join(p if isinstance(p, str) else plain(p.body) for p in parts)


def blanked(parts: Sequence[Part]) -> str:
    """The text with every outermost deletion shown as ``[hint]`` or ``[...]``."""
    return "".join(p if isinstance(p, str) else f"[{p.hint or '...'}]" for p in parts)


def deletions(parts: Sequence[Part]) -> Iterator[Deletion]:
    """Every deletion, nested ones included, in the order they open."""
    for p in parts:
        if isinstance(p, Deletion):
            yield p
            yield from deletions(p.body)


def numbers(parts: Sequence[Part]) -> list[int]:
    """The deletion numbers used, each once, in ascending order (Anki's cards)."""
    return sorted({d.number for d in deletions(parts)})
