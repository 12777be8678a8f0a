"""Anki text-file export (``.tsv``, ``.txt``): the same notes as the ``.apkg``, as text.

A UTF-8, tab-separated file with the header lines Anki (2.1.55+) reads::

    #separator:tab
    #html:true
    #guid column:1
    #notetype column:2
    #deck column:3
    #tags column:4
    #columns:guid	notetype	deck	tags	Front/Text	Back/Extra	Source

then one row per card. The fields are exactly those of the ``.apkg`` (the
same escaping, from :mod:`notequiz.export.apkg`), the GUID is the card id and
the note type is named like the ``.apkg``'s, so a text import updates the
notes a package import made, and the other way round.

How Anki's text importer treats these rows (checked against anki 26):

* **Note types are matched by name** (case-insensitively), row by row. A text
  file cannot create a note type: when ``notequiz basic`` (…) does not exist
  in the collection yet, the row is skipped and reported as *missing note
  type*. Import one ``.apkg`` build first: it brings the three note types
  with their fixed ids. (Note types made by hand work for the text file, but
  a later ``.apkg`` then adds its own as ``notequiz basic+`` and reports the
  notes as conflicting.)
* **Notes are matched by GUID.** With *Existing notes: Update* (the default)
  a known GUID updates that note in place — it stays in its deck and keeps
  its scheduling — and an unknown one adds a note. Unlike the ``.apkg``
  import there is no "only if newer" check: the file always wins, and the
  notes it changes are stamped with the import time, so an ``.apkg`` updates
  them again only once their note files are newer. A GUID whose note has
  another note type is reported as *conflicting* and left alone (notequiz
  gives a card a new id when its shape changes).
* **Tags are replaced** by the file's tags on update.
* **Decks are matched by name and created when missing.** A deck name that is
  a whole number (``2024``) would be read as a deck *id*; it is written with
  a trailing space so that Anki reads it as a name (and trims the space).
* Lines starting with ``#`` are comments to Anki, which is one reason the
  GUID (``nq…``) is the first column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import BinaryIO

from notequiz.errors import ExportError
from notequiz.export import ExportOptions
from notequiz.export.apkg import (
    anki_shape,
    anki_tags,
    basic_model,
    cloze_model,
    deck_name,
    note_fields,
    reversed_model,
)
from notequiz.model import Card, Note

COLUMNS = ("guid", "notetype", "deck", "tags", "Front/Text", "Back/Extra", "Source")
"""Column labels, shown by Anki's import dialog. Fields follow the meta columns."""

# Anki parses a deck (or note type) cell that is a whole i64 as an id.
_INTEGER = re.compile(r"[+-]?\d+")
_I64_MAX = 2**63 - 1

_CONTROL_WHITESPACE = re.compile(r"[\t\r\n\v\f\x85\u2028\u2029]+")


def write(cards: Sequence[Card], notes: Sequence[Note], out: BinaryIO,
          options: ExportOptions) -> None:
    """Exporter entry point (see ``notequiz.export.FORMATS``).

    ``options.deck`` overrides every card's deck; the timestamp is not used
    (Anki's text import has no notion of newer).
    """
    del notes  # Unused: cards carry their deck, tags and source.
    out.write(dumps(cards, options.deck))


def dumps(cards: Sequence[Card], deck: str | None = None) -> bytes:
    """The text file for ``cards`` as UTF-8 bytes (same cards, same bytes).

    A card id seen twice is an error, as in the ``.apkg``: Anki would merge
    the two rows into one note.
    """
    names = {
        "basic": basic_model().name,
        "reversed": reversed_model().name,
        "cloze": cloze_model().name,
    }
    lines = [
        "#separator:tab",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:4",
        "#columns:" + "\t".join(COLUMNS),
    ]
    seen: set[str] = set()
    for card in cards:
        if card.id in seen:
            raise ExportError(f"card id {card.id} appears twice ({card.source.path})")
        seen.add(card.id)
        notetype = names.get(anki_shape(card))
        if notetype is None:
            raise ExportError(f"card {card.id}: unknown shape {card.shape!r}")
        meta = [card.id, notetype, anki_deck(deck_name(card, deck)), " ".join(anki_tags(card.tags))]
        fields = [field(value) for value in note_fields(card)]
        lines.append("\t".join([cell(value) for value in meta] + fields))
    return ("\n".join(lines) + "\n").encode("utf-8")


def anki_deck(name: str) -> str:
    """The deck cell for ``name``: one line, and never mistaken for a deck id."""
    name = _CONTROL_WHITESPACE.sub(" ", name).strip()
    if _INTEGER.fullmatch(name) and abs(int(name)) <= _I64_MAX:
        # Anki trims the space when it creates the deck; without it the
        # number would be looked up as a deck id and the row skipped.
        return name + " "
    return name


def field(html: str) -> str:
    """A field already escaped for Anki's HTML, made safe for one tab-separated cell.

    :func:`notequiz.export.apkg.escape` turns newlines into ``<br>`` and
    quotes into ``&quot;``; tabs and stray carriage returns are left, and
    would break the row.
    """
    return html.replace("\r", "<br>").replace("\t", "&#9;")


def cell(value: str) -> str:
    """A plain-text cell, quoted CSV-style when it holds a quote, tab or line break."""
    if any(ch in value for ch in '"\t\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value
