"""Anki's cloze deletions, read once for every stage that shows them.

A deletion is ``{{cN::body}}`` or ``{{cN::body::hint}}``; its body may hold
further deletions (``{{c1::a {{c2::b}} c}}``, as Anki reads them since 2.1.56):
studying c1 hides the whole of ``a b c``, studying c2 only ``b``. Deletions
are read as Anki's ``cloze.rs`` reads them:

- ``{{cN::`` opens a deletion and ``}}`` closes the one opened last; N runs
  from 0 to 65535 (a larger number is text), and c0 is a deletion no card asks;
- in a deletion's own text, the first ``::`` starts its hint, which runs to
  the end of that stretch of text (a later ``::`` starts a new one);
- a ``}}`` that closes nothing is text; deletions nest at most ``MAX_DEPTH``
  deep, and a deeper opener is dropped (what it holds stays in the deletion
  around it, and its ``}}`` closes that one).

Two things differ, both documented in docs/formats.md. An opener that is
never closed is text here, with what follows it (Anki shows nothing from
there on; the Anki export writes it as text, so Anki shows it too). And a
deletion that hides nothing (``{{c1::}}``) is asked nowhere, and shown as
nothing (Anki shows an empty blank).

The hand-marked cards (``extract.explicit``), the prompts of the quizzes and
of the GIFT and HTML exports (``distractors``) and the Anki export all read
deletions with :func:`parse`, so they agree on what is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = ["MAX_DEPTH", "Deletion", "Part", "answer", "asked", "blanked", "deletions",
           "has_deletion", "numbers", "outermost", "parse", "plain"]

MAX_DEPTH = 10
"""Deletions nest at most this deep, as in Anki; every stage that reads them may
then go down them one level at a time."""

_MAX_NUMBER = 65535  # Anki's deletion numbers are 16-bit; a larger one is text to Anki
_MARK = re.compile(r"\{\{c(\d+)::|\}\}")


@dataclass(frozen=True, slots=True)
class Deletion:
    """One ``{{cN::body::hint}}``."""

    number: int
    body: tuple[Part, ...]
    """Its text, and the deletions nested in it."""
    hint: str | None
    """What the blank shows instead of ``[...]``; ``None`` without ``::hint``."""


Part = str | Deletion


class _Parts:
    """Parts being read: neighbouring texts are joined once, at the end (linear time)."""

    __slots__ = ("_parts", "_texts")

    def __init__(self) -> None:
        self._parts: list[Part] = []
        self._texts: list[str] = []

    def text(self, text: str) -> None:
        if text:
            self._texts.append(text)

    def add(self, part: Part) -> None:
        if isinstance(part, str):
            self.text(part)
            return
        self._flush()
        self._parts.append(part)

    def extend(self, parts: Sequence[Part]) -> None:
        for part in parts:
            self.add(part)

    def done(self) -> tuple[Part, ...]:
        self._flush()
        return tuple(self._parts)

    def _flush(self) -> None:
        if self._texts:
            self._parts.append("".join(self._texts))
            self._texts.clear()


@dataclass(slots=True)
class _Open:
    number: int
    opener: str
    body: _Parts
    hint: str | None = None


def parse(text: str) -> tuple[Part, ...]:
    """``text`` as text and deletions, in order (see the module's docstring)."""
    top = _Parts()
    stack: list[_Open] = []

    def add_text(piece: str) -> None:
        if not piece:
            return
        if not stack:
            top.text(piece)
            return
        inner = stack[-1]
        if "::" in piece:
            piece, inner.hint = piece.split("::", 1)
        inner.body.text(piece)

    pos = 0
    for m in _MARK.finditer(text):
        number = m.group(1)
        if number is not None and int(number) > _MAX_NUMBER:
            continue  # no opener: text, read with what follows (its ``::`` may start a hint)
        add_text(text[pos:m.start()])
        pos = m.end()
        if number is not None:
            if len(stack) < MAX_DEPTH:
                stack.append(_Open(int(number), m.group(), _Parts()))
            # else nested too deep: Anki drops the opener, and so do we
        elif stack:
            done = stack.pop()
            deletion = Deletion(done.number, done.body.done(), done.hint)
            (stack[-1].body if stack else top).add(deletion)
        else:
            top.text(m.group())
    add_text(text[pos:])
    while stack:  # never closed: its opener is text, what it holds stays
        left = stack.pop()
        into = stack[-1].body if stack else top
        into.text(left.opener)
        into.extend(left.body.done())
        if left.hint is not None:
            into.text("::" + left.hint)
    return top.done()


def has_deletion(text: str) -> bool:
    """Whether ``text`` holds at least one deletion."""
    return "{{c" in text and any(isinstance(p, Deletion) for p in parse(text))


def plain(parts: Sequence[Part]) -> str:
    """The text with every deletion filled in."""
    return "".join(p if isinstance(p, str) else plain(p.body) for p in parts)


def statement(text: str, term: str) -> str:
    """What a rule's cloze of a statement about ``term`` states: its text, deletions
    filled in, after the term and what joins it ("Root DNS는 {{c1::…}} 반환한다",
    "RLHF: {{c1::…}} 활용한다" state "… 반환한다", "… 활용한다")."""
    at = text.find("{{c1::")
    if at >= 0 and text.count("{{") == text.count("::") == text.count("}}") == 1 and (
            text.find("}}") > at):
        whole = text.replace("{{c1::", "", 1).replace("}}", "", 1)  # (one plain deletion)
    else:
        whole = plain(parse(text))
    if term and whole.startswith(term):
        return _JOINER.sub("", whole[len(term) :], count=1)
    return whole


_JOINER = re.compile(r"^\s*\S*\s*")


def blanked(parts: Sequence[Part]) -> str:
    """The text with every outermost deletion that is asked (``outermost``) shown as
    ``[hint]`` or ``[...]``; one that is not (c0, an empty one) shows its text."""
    return "".join(p if isinstance(p, str) else f"[{p.hint or '...'}]" if asked(p)
                   else blanked(p.body) for p in parts)


def question_context(question: str, parts: Sequence[Part]) -> str:
    """What a cloze card's question says after its text with the deletions blanked
    (``blanked``): the context it is asked in (" (스킵 리스트 › 정의)"), or nothing.

    Every view of a cloze card (Anki, the quiz, GIFT) shows its text; this
    puts the context its question was given beside that text.
    """
    shown = blanked(parts)
    return question[len(shown):] if question.startswith(shown) else ""


def outermost(parts: Sequence[Part]) -> Iterator[Deletion]:
    """The deletions that are asked and not inside another that is: what a card that
    asks all of them at once blanks (``blanked``)."""
    for p in parts:
        if isinstance(p, Deletion):
            if asked(p):
                yield p
            else:
                yield from outermost(p.body)


def answer(deletion: Deletion) -> str:
    """What ``deletion`` hides, nested deletions filled in, without surrounding spaces."""
    return plain(deletion.body).strip()


def asked(deletion: Deletion) -> bool:
    """Whether a card asks ``deletion``: it is numbered from 1 and hides something."""
    return deletion.number > 0 and bool(answer(deletion))


def deletions(parts: Sequence[Part]) -> Iterator[Deletion]:
    """Every deletion, nested ones included, in the order they open."""
    for p in parts:
        if isinstance(p, Deletion):
            yield p
            yield from deletions(p.body)


def numbers(parts: Sequence[Part]) -> list[int]:
    """The numbers of the deletions that are asked (``asked``), each once, ascending:
    Anki's cards."""
    return sorted({d.number for d in deletions(parts) if asked(d)})
