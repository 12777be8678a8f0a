"""Moodle GIFT export (``.gift``): one question per prompt, grouped by deck.

Each card becomes the questions it asks (see :func:`notequiz.distractors.prompts`):
a front/back card one, a reversed card two (``<id>`` and ``<id>.r``), a cloze
card one per deletion number (``<id>``, or ``<id>.c1``, ``<id>.c2`` … when
there are several). Every question is titled with that key (``::<id>::``),
so a re-import is easy to match up in the question bank.

* Without ``--choices`` (or with ``--choices 1``) a question is *short
  answer*: ``Question{=answer}``. A cloze deletion is a *missing word*
  question, the answer block standing where the deletion was.
* With ``--choices N`` it is *multiple choice* with up to ``N - 1``
  distractors: answers of other cards of the same kind, the same deck
  first, never the right answer, always the same for the same cards (see
  :mod:`notequiz.distractors`). A question for which no distractor exists
  stays short answer.

Text is data: every question and answer is marked ``[plain]`` (Moodle shows
it as typed, HTML and all, and a leading ``[html]`` or ``%50%`` in the note
cannot change the format or the grade), and GIFT's special characters
``~ = # { } :`` and the backslash are escaped with a backslash, newlines as
``\\n``. Moodle reads a short-answer block holding ``->`` as a matching
question, so in short answers ``->`` is written as ``→``.

Each deck starts a ``$CATEGORY:`` block (``Network::TCP`` → ``Network/TCP``),
used when Moodle's import has *Get category from file* ticked; the deck name
is escaped the way Moodle reads a category line (see :func:`category`). The card's
source (``path:line · headings · rule``) is the general feedback, shown after
answering, and a ``//`` comment above the question.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import BinaryIO

from notequiz.distractors import Blank, Prompt, arrange, prompt_distractors, prompts
from notequiz.export import ExportOptions
from notequiz.export.apkg import deck_name, source_text
from notequiz.model import Card, Note

SPECIAL = "~=#{}:"
"""Characters GIFT gives a meaning to; escaped with a backslash in all text."""

BLANK = "_____"
"""How Moodle shows a missing word; written out when a deletion cannot stand inline."""

_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")

_CONTEXT = re.compile(r"\$[a-z]+\$")
"""A first category name Moodle reads as a context (``$course$``, ``$system$`` …)."""


def write(cards: Sequence[Card], notes: Sequence[Note], out: BinaryIO,
          options: ExportOptions) -> None:
    """Exporter entry point (see ``notequiz.export.FORMATS``)."""
    del notes  # Unused: cards carry their deck and source.
    out.write(dumps(cards, options.deck, options.choices))


def dumps(cards: Sequence[Card], deck: str | None = None, choices: int = 0) -> bytes:
    """The GIFT file for ``cards`` as UTF-8 bytes (same cards, same bytes).

    ``deck`` overrides every card's deck; ``choices`` is the number of
    options of a multiple-choice question (0 or 1: short answer).
    """
    asked = [p for card in cards for p in prompts(card)]
    blocks = [
        f"// notequiz: {len(asked)} questions from {len(cards)} cards",
    ]
    by_deck: dict[str, list[Prompt]] = {}
    for prompt in asked:
        by_deck.setdefault(deck_name(prompt.card, deck), []).append(prompt)
    for name in sorted(by_deck):
        blocks.append(f"$CATEGORY: {category(name)}")
        for prompt in by_deck[name]:
            wrong = prompt_distractors(prompt, asked, choices - 1) if choices > 1 else ()
            blocks.append(question(prompt, wrong))
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def question(prompt: Prompt, distractors: Sequence[str] = ()) -> str:
    """One GIFT question: a comment with the source, the title, the text and the answers."""
    source = source_text(prompt.card)
    head = f"// {one_line(source)}\n::{escape(prompt.key)}::[plain]"
    inline = _inline_blank(prompt)
    if inline is not None:
        before, after = inline
        # Missing word: Moodle shows "_____" where the answer block stands.
        answers = _answer_block(prompt, distractors, source, inline=True)
        return head + escape(before) + answers + escape(after)
    answers = _answer_block(prompt, distractors, source)
    text = prompt.question
    if prompt.segments:
        text = "".join(
            (BLANK + (f" ({s.hint})" if s.hint else "")) if isinstance(s, Blank) else s
            for s in prompt.segments
        )
    return head + escape(text.strip()) + answers


def _inline_blank(prompt: Prompt) -> tuple[str, str] | None:
    """Text before and after the one blank of a cloze prompt; None when not a single blank."""
    spots = [(i, s) for i, s in enumerate(prompt.segments) if isinstance(s, Blank)]
    if len(spots) != 1:
        return None
    i, blank = spots[0]
    before = "".join(s for s in prompt.segments[:i] if isinstance(s, str)).lstrip()
    after = "".join(s for s in prompt.segments[i + 1:] if isinstance(s, str)).rstrip()
    if blank.hint:
        after = f" ({blank.hint})" + after
    return before, after


def _answer_block(prompt: Prompt, distractors: Sequence[str], source: str,
                  inline: bool = False) -> str:
    feedback = f"####[plain]{escape(source)}"
    if distractors:
        options = arrange(prompt.key, prompt.answer, distractors)
        lines = [
            ("=" if i == options.correct else "~") + "[plain]" + escape(text)
            for i, text in enumerate(options.options)
        ]
        if inline:
            # Within a sentence the block stays on the sentence's line.
            return "{" + " ".join([*lines, feedback]) + "}"
        return "{\n\t" + "\n\t".join(lines) + "\n\t" + feedback + "\n}"
    answer = prompt.answer.replace("->", "→")
    return "{=[plain]" + escape(answer) + " " + feedback + "}"


def escape(text: str) -> str:
    """``text`` for GIFT: backslash and ``~ = # { } :`` escaped, line breaks as ``\\n``."""
    out = text.replace("\\", "\\\\")
    for ch in SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return _LINE_BREAKS.sub(r"\\n", out)


def one_line(text: str) -> str:
    """``text`` on one line, for a ``//`` comment."""
    return _LINE_BREAKS.sub(" ", text)


def category(deck: str) -> str:
    """The Moodle category path of an Anki-style deck name (``A::B`` → ``A/B``).

    Moodle reads the line in its own way, not as question text: it keeps the
    GIFT escapes as placeholders (``\\:`` would stay ``&&058;`` in the name)
    but turns ``\\\\`` back into one backslash, cuts the path at single slashes
    (``//`` is a slash within a name), strips tags from each name and shows
    character references as the characters. So each name has its line breaks
    made spaces, ``& < >`` written as references (shown as typed, never a
    tag), backslashes doubled and slashes as ``//``, padded with a space where
    a name starts or ends with one, as Moodle's own export does. A first name
    such as ``$course$`` would choose the context of the whole path; its ``$``
    is written as a reference, so it is only a name.
    """
    names = []
    for part in deck.split("::"):
        name = one_line(part).strip()
        if not name:
            continue
        name = html.escape(name, quote=False).replace("\\", "\\\\").replace("/", "//")
        if name.startswith("/"):
            name = " " + name
        if name.endswith("/"):
            name += " "
        names.append(name)
    if names and _CONTEXT.fullmatch(names[0]):
        names[0] = "&#36;" + names[0][1:]
    return "/".join(names)
