"""Core types passed between pipeline stages.

Every type here is a frozen dataclass: a stage receives values, never
shared mutable state, and no framework object (spaCy ``Doc``, markdown-it
``Token``, genanki ``Note``) ever appears in them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from notequiz.errors import shown_path

CardKind = Literal[
    "definition",
    "acronym",
    "named_term",
    "steps",
    "list",
    "comparison",
    "property",
    "cloze",
    "explicit",
]
"""What a card asks about. The JSON schema lists the same values."""

CARD_KINDS: tuple[str, ...] = (
    "definition",
    "acronym",
    "named_term",
    "steps",
    "list",
    "comparison",
    "property",
    "cloze",
    "explicit",
)

Shape = Literal["basic", "reversed", "cloze"]
"""How a card is studied: front/back, both directions, or a cloze deletion."""

BlockKind = Literal["paragraph", "list", "table", "heading"]


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """Where a piece of text stands in its file.

    ``line_start`` and ``line_end`` are 1-based lines of the file itself,
    front matter included, so an editor jumps to the right place.
    """

    path: str
    line_start: int
    line_end: int
    text: str


@dataclass(frozen=True, slots=True)
class ListItem:
    """One item of a Markdown list, with its nested items."""

    text: str
    """The item's own text (first paragraph and any continuation), cleaned."""
    line: int
    """File line of the item's first line."""
    ordered: bool
    number: int | None
    """The item's number in an ordered list (``3.`` gives 3)."""
    depth: int
    """0 for a top-level item, 1 for an item nested once, and so on."""
    children: tuple[ListItem, ...] = ()
    bold: tuple[tuple[int, int], ...] = ()
    """Character spans of ``**bold**`` text within ``text``."""
    blocks: tuple[Block, ...] = ()
    """Paragraphs, quotes and tables inside the item after its first line of text."""
    code: tuple[tuple[int, int], ...] = ()
    """Character spans of inline code within ``text``."""
    links: tuple[tuple[int, int], ...] = ()
    """Character spans of link text within ``text``."""


def _map_offset(pair: tuple[int, int]) -> int:
    return pair[0]


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of a section's body: a paragraph, a list, a table or a heading.

    ``text`` is the cleaned text (markup removed, code blocks never present,
    inline code kept as text). ``line_starts[i]`` is the character offset in
    ``text`` where file line ``span.line_start + line_offsets[i]`` begins, so
    any character can be traced back to its file line.
    """

    kind: BlockKind
    text: str
    span: SourceSpan
    line_map: tuple[tuple[int, int], ...] = ()
    """Pairs of (character offset in ``text``, file line) in increasing order."""
    bold: tuple[tuple[int, int], ...] = ()
    """Character spans of bold text within ``text``: they often mark terms."""
    code: tuple[tuple[int, int], ...] = ()
    """Character spans of inline code within ``text``."""
    links: tuple[tuple[int, int], ...] = ()
    """Character spans of link text within ``text``."""
    items: tuple[ListItem, ...] = ()
    """Top-level items, for a list block."""
    rows: tuple[tuple[str, ...], ...] = ()
    """Rows of cell text, header first, for a table block."""
    quote: bool = False
    """True when the block stands inside a blockquote."""
    after_break: bool = False
    """True when a thematic break (``---``) stands between the section's first
    block and this one: the text after it has left the heading's topic."""
    after_code: bool = False
    """True when a code block stands right before this one (after the block before it, or
    the heading): the text speaks of that code."""

    @property
    def is_navigation(self) -> bool:
        """True for a paragraph that is nothing but links (a menu, a table of contents)."""
        linked = sum(b - a for a, b in self.links)
        return bool(self.links) and linked >= 0.8 * len(self.text.replace(" ", ""))

    def line_at(self, offset: int) -> int:
        """Return the file line of the character at ``offset`` in ``text``."""
        # A binary search (``line_map`` is in increasing order): rules ask for
        # the line of every sentence, and a block can have thousands of lines.
        i = bisect_right(self.line_map, offset, key=_map_offset)
        return self.line_map[i - 1][1] if i else self.span.line_start


@dataclass(frozen=True, slots=True)
class Section:
    """The body under one heading, keyed by the path of headings above it."""

    heading_path: tuple[str, ...]
    level: int
    """Heading level (1–6); 0 for the text before the first heading."""
    blocks: tuple[Block, ...]
    span: SourceSpan
    """The heading line itself (or the first body line for level 0)."""

    @property
    def heading(self) -> str:
        """The section's own heading, or an empty string before the first one."""
        return self.heading_path[-1] if self.heading_path else ""


@dataclass(frozen=True, slots=True)
class Note:
    """A parsed Markdown note: its metadata and its sections in file order."""

    path: str
    """The path as given on the command line (relative stays relative)."""
    key: str
    """Stable identity: front-matter ``id``, ``permalink``, or the relative path."""
    title: str
    tags: tuple[str, ...]
    categories: tuple[str, ...]
    deck: str
    """Deck name from categories (``A::B``) or the note's folder."""
    date: str
    lang: str
    """Dominant language of the body: ``ko`` or ``en``."""
    sections: tuple[Section, ...]
    encoding: str = "utf-8"
    content_hash: str = ""
    """SHA-256 of the raw file bytes."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """Something a note states, found by one rule, before it is phrased."""

    kind: CardKind
    term: str
    answer: str
    rule: str
    """Id of the rule that found it, e.g. ``ko.definition.copula``."""
    lang: str
    source: SourceSpan
    section: tuple[str, ...]
    items: tuple[str, ...] = ()
    """For list and steps answers: the items, in order."""
    question: str = ""
    """Set when the note itself gives the question (explicit cards), or when a rule
    asks its own (a predicate cloze: the text with the deletion blanked)."""
    shape: Shape = "basic"
    cloze: str = ""
    """For cloze cards: the text with ``{{c1::…}}`` deletions."""
    score: float = 1.0
    """Confidence used by ``select`` to break ties between overlapping candidates."""
    detail: str = ""
    """Extra wording for the question template (e.g. the category of a list)."""
    variant: str = ""
    """Which template of the kind to use (``reverse``, ``detail``, …); empty for the main one."""


@dataclass(frozen=True, slots=True)
class Card:
    """A question–answer card, traceable to the note text that made it."""

    id: str
    kind: CardKind
    question: str
    answer: str
    term: str
    note_key: str
    source: SourceSpan
    section: tuple[str, ...]
    rule: str
    lang: str
    tags: tuple[str, ...] = ()
    deck: str = ""
    choices: tuple[str, ...] = ()
    shape: Shape = "basic"
    cloze: str = ""
    items: tuple[str, ...] = ()

    def deck_in(self, override: str | None = None) -> str:
        """The deck an output puts this card in: ``override`` (``--deck``), else its own."""
        # Asked for every card of an output (fingerprints, records, exports): the
        # override is normalised once, not per card.
        return (_override_path(override) or self.deck) if override else self.deck


def deck_path(name: str) -> str:
    """``name`` as a deck path, as Anki would store it, so that every format shows the
    same decks: control characters removed, NFC, each ``::``-separated name stripped
    of spaces and colons at its ends, empty names dropped (`` A :: ::B: `` is
    ``A::B``; Anki would call an empty name "blank", Moodle drop it). Anki also
    tells decks apart without regard to case, which one name cannot say."""
    if not name.isprintable():
        name = _CONTROL.sub("", name)
    if not name.isascii():
        name = unicodedata.normalize("NFC", name)
    return "::".join(part for part in map(_trimmed, name.split("::")) if part)


def _trimmed(name: str) -> str:
    """``name`` without the spaces (any Unicode space) and colons at its ends."""
    while True:
        trimmed = name.strip().strip(":")
        if trimmed == name:
            return name
        name = trimmed


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_override_path = functools.lru_cache(maxsize=16)(deck_path)


@dataclass(frozen=True, slots=True)
class Problem:
    """A note that could not be read, or a part of one that was skipped."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        # One line whatever the file is called (a newline or escape sequence in
        # a file name is shown escaped, never sent to the terminal).
        shown = shown_path(self.path)
        where = f"{shown}:{self.line}" if self.line else shown
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: the notes read, their cards, and what failed."""

    notes: tuple[Note, ...]
    cards: tuple[Card, ...]
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    notices: tuple[Problem, ...] = field(default_factory=tuple)
    """Notes read, but with something worth knowing (``read as cp949``)."""

    def inputs(self) -> list[str]:
        """Every file the build took for a note, those it could not build included."""
        return [n.path for n in self.notes] + [p.path for p in self.problems]
