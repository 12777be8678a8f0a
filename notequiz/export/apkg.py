"""Anki deck package (``.apkg``) export, written with genanki.

One note type per card shape, each with a fixed id so that every build
targets the same note types in the user's collection:

* ``notequiz basic`` — Front, Back, Source; one card.
* ``notequiz basic and reversed`` — Front, Back, Source; two cards.
* ``notequiz cloze`` — Text, Extra, Source; one card per ``cN``.

A note's GUID is the card id, which survives an edited answer. Each note and
its cards are stamped with the modification time of the note file the card
comes from, so that importing a rebuilt deck *updates* the notes of an edited
file (Anki updates a note only when the incoming one is newer) and leaves the
others as they are in the collection, with whatever was changed there (tags,
an edited field). The note types carry ``NOTE_TYPES_STAMP``: they update a
collection's copy only when notequiz's templates change, not with every edit.

Note text is data, never markup: every field is HTML-escaped and the
bracket syntax Anki interprets inside field content (``[sound:…]``,
``[latex]…``, ``[$]…``, ``[[type:…]]``) is neutralised. Template syntax
(``{{Front}}``) in field content is not re-rendered by Anki, but braces are
escaped as well so the text can never act as a template or a stray cloze.
In the cloze field the ``{{cN::…::hint}}`` structure is kept and only the
text around and inside the deletions is escaped.

The output is byte-for-byte deterministic for the same cards and timestamp:
the collection is built in an in-memory SQLite database, serialised, and
zipped with fixed member dates derived from the timestamp.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, BinaryIO

import genanki

from notequiz import cloze
from notequiz.errors import ExportError
from notequiz.export import ExportOptions, parts
from notequiz.model import Card, Note

BASIC_MODEL_ID = 1_694_872_301
"""Id of the ``notequiz basic`` note type. Never change it."""
REVERSED_MODEL_ID = 1_694_872_302
"""Id of the ``notequiz basic and reversed`` note type. Never change it."""
CLOZE_MODEL_ID = 1_694_872_303
"""Id of the ``notequiz cloze`` note type. Never change it."""

DEFAULT_DECK = "notequiz"
"""Deck used when neither ``--deck`` nor the card names one."""

NOTE_TYPES_STAMP = 1_796_428_800
"""Modification time of the note types (2026-12-05): move it forward whenever their
fields, templates or CSS change, so that Anki takes the new ones on import."""

FALLBACK_TIMESTAMP = 1_000_000_000.0
"""Stamp used when no timestamp is known (2001-09-09): older than any real note."""

SOURCE_SEPARATOR = " › "
"""Joins the heading path in the Source field."""

ZIP_LEVEL = 3
"""How hard the collection is compressed in the ``.apkg`` (zlib's level).

A deck is rewritten on every build. For 10,000 notes (a 100 MB collection)
level 6 took 1.54 s and made 23.8 MB; level 3 takes 0.68 s for 25.8 MB, and
level 1 0.55 s for 26.7 MB.
"""

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", "Noto Sans", "Noto Sans KR", sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #222;
  background-color: #fff;
}
.nightMode .card, .night_mode .card { color: #eee; background-color: #2f2f31; }
.answer ul, .answer ol { display: inline-block; text-align: left; margin: 0; }
.cloze { font-weight: bold; color: #1565c0; }
.nightMode .cloze, .night_mode .cloze { color: #90caf9; }
.extra { margin-top: 0.8em; }
.source {
  margin-top: 1.6em;
  font-size: 12px;
  line-height: 1.4;
  color: #888;
  text-align: left;
}
"""

_FRONT_BACK_AFMT = (
    '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Back}}</div>\n'
    '<div class="source">{{Source}}</div>'
)


# Characters Anki (or its reviewer) interprets inside field content, beyond
# HTML itself: braces (templates, clozes), square brackets ([sound:…], [latex],
# [$], [[type:…]]) and U+001F, which separates a note's fields in Anki's
# database (a field holding one made the whole deck fail to import).
_ANKI_SYNTAX = (("{", "&#123;"), ("}", "&#125;"), ("[", "&#91;"), ("]", "&#93;"),
                ("\x1f", "&#31;"))

_WHITESPACE = re.compile(r"\s+")


def write(cards: Sequence[Card], notes: Sequence[Note], out: BinaryIO,
          options: ExportOptions) -> None:
    """Write ``cards`` to ``out`` as an Anki package.

    ``notes`` is not needed: everything an Anki note shows comes from the
    card itself. ``options.deck`` overrides every card's deck. A card's note
    is stamped with its file's time in ``options.mtimes``, else with
    ``options.timestamp`` (a fixed, old stamp when that is missing or zero),
    which also dates the package itself.
    """
    del notes  # Unused: cards carry their deck, tags and source.
    timestamp = options.timestamp if options.timestamp else FALLBACK_TIMESTAMP
    package = build_package(cards, options.deck, parts(options, card_part), options.mtimes)
    write_package(package, out, timestamp)


def card_part(card: Card) -> Any:
    """The ``genanki.Note`` of ``card``, with its Anki cards worked out: all it takes from the card.

    Made ahead of the export (``notequiz.export.Ahead``) when a rebuild waits for Kiwi.
    """
    model = _models().get(anki_shape(card))
    if model is None:
        raise ExportError(f"card {card.id}: unknown shape {card.shape!r}")
    parts = cloze.parse(card.cloze) if model.model_type == model.CLOZE else None
    note = _Note(model=model, fields=note_fields(card, parts), tags=anki_tags(card.tags),
                 guid=card.id)
    if parts is not None:
        # One card per deletion number, nested deletions included (genanki's own
        # pattern misses a deletion inside another, for which Anki makes a card).
        note.cards = [genanki.Card(n - 1) for n in cloze.numbers(parts)]
    else:
        _ = note.cards  # worked out by genanki on first use: a third of writing the note
    return note


class _Note(genanki.Note):  # type: ignore[misc]  # genanki has no type hints
    """A genanki note written with a modification time of its own, when it has one.

    genanki gives every note and card of a package the one time it is given;
    Anki updates a note on import only when the package's is newer than its own.
    """

    stamp: float | None = None

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        super().write_to_db(cursor, timestamp if self.stamp is None else self.stamp, deck_id,
                            id_gen)


@functools.cache
def _models() -> dict[str, Any]:
    """The note types by shape, made once (notes made ahead share them with the package)."""
    return {"basic": basic_model(), "reversed": reversed_model(), "cloze": cloze_model()}


def build_package(cards: Sequence[Card], deck: str | None = None,
                  part: Callable[[Card], Any] = card_part,
                  mtimes: Mapping[str, float] | None = None) -> Any:
    """Build the ``genanki.Package`` for ``cards`` (``deck`` overrides theirs).

    Decks appear in order of name. A card id seen twice is an error: the
    ids become GUIDs, and Anki would merge the two cards into one note.
    ``part`` gives each card's note (``card_part``, or the same made ahead);
    ``mtimes`` (note file → modification time) stamps each note with its file's.
    """
    decks: dict[str, Any] = {}
    seen: set[str] = set()
    for card in cards:
        if card.id in seen:
            raise ExportError(f"card id {card.id} appears twice ({card.source.path})")
        seen.add(card.id)
        name = deck_name(card, deck)
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name), name)
        note = part(card)
        if mtimes and card.source.path in mtimes:
            note.stamp = mtimes[card.source.path]
        decks[name].add_note(note)
    return genanki.Package([decks[name] for name in sorted(decks)])


def write_package(package: Any, out: BinaryIO, timestamp: float) -> None:
    """Zip ``package`` into ``out`` deterministically.

    genanki's own ``write_to_file`` goes through a temporary file whose
    mtime ends up in the zip; here the collection is built in memory and
    every zip member gets a date derived from ``timestamp``. Notes without a
    time of their own (``_Note.stamp``) have ``timestamp``.
    """
    conn = sqlite3.connect(":memory:")
    try:
        cursor = conn.cursor()
        package.write_to_db(cursor, timestamp, _ids(timestamp))
        _date_note_types(cursor)
        conn.commit()
        collection = conn.serialize()
    finally:
        conn.close()
    date_time = _zip_date(timestamp)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=ZIP_LEVEL)


def _date_note_types(cursor: sqlite3.Cursor) -> None:
    """Give the note types ``NOTE_TYPES_STAMP`` (genanki dates them with the package)."""
    (models,) = cursor.execute("SELECT models FROM col").fetchone()
    types = json.loads(models)
    for note_type in types.values():
        note_type["mod"] = NOTE_TYPES_STAMP
    cursor.execute("UPDATE col SET models = ?", (json.dumps(types),))


def _ids(timestamp: float) -> Iterator[int]:
    """Note and card ids, as genanki makes them: counting up from ms since epoch."""
    start = int(timestamp * 1000)
    while True:
        yield start
        start += 1


def _zip_date(timestamp: float) -> tuple[int, int, int, int, int, int]:
    """The zip member date for ``timestamp`` in UTC, within what zip can store."""
    t = time.gmtime(timestamp)
    if t.tm_year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    if t.tm_year > 2107:
        return (2107, 12, 31, 23, 59, 58)
    return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


# --- note types ----------------------------------------------------------------

def basic_model() -> Any:
    """The ``notequiz basic`` note type: one card, Front → Back."""
    return genanki.Model(
        BASIC_MODEL_ID,
        "notequiz basic",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
        templates=[{
            "name": "Card 1",
            "qfmt": '<div class="question">{{Front}}</div>',
            "afmt": _FRONT_BACK_AFMT,
        }],
        css=CSS,
    )


def reversed_model() -> Any:
    """The ``notequiz basic and reversed`` note type: Front → Back and Back → Front."""
    return genanki.Model(
        REVERSED_MODEL_ID,
        "notequiz basic and reversed",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
        templates=[
            {
                "name": "Card 1",
                "qfmt": '<div class="question">{{Front}}</div>',
                "afmt": _FRONT_BACK_AFMT,
            },
            {
                "name": "Card 2",
                "qfmt": '<div class="question">{{Back}}</div>',
                "afmt": (
                    '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Front}}</div>\n'
                    '<div class="source">{{Source}}</div>'
                ),
            },
        ],
        css=CSS,
    )


def cloze_model() -> Any:
    """The ``notequiz cloze`` note type: one card per ``{{cN::…}}`` deletion."""
    return genanki.Model(
        CLOZE_MODEL_ID,
        "notequiz cloze",
        fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
        templates=[{
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": (
                '{{cloze:Text}}\n{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}\n'
                '<div class="source">{{Source}}</div>'
            ),
        }],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )


# --- fields --------------------------------------------------------------------

def anki_shape(card: Card) -> str:
    """The note type to use: the card's shape, but ``basic`` for a cloze without deletions.

    Anki makes no card at all from a cloze note without ``{{cN::…}}`` that it asks
    (``cloze.asked``).
    """
    if card.shape == "cloze" and not cloze.numbers(cloze.parse(card.cloze)):
        return "basic"
    return card.shape


def note_fields(card: Card, parts: Sequence[cloze.Part] | None = None) -> list[str]:
    """The field values of ``card``'s Anki note, in its note type's order (``parts``: its
    cloze text parsed, when the caller has it)."""
    source = escape(source_text(card))
    if anki_shape(card) == "cloze":
        if parts is None:
            parts = cloze.parse(card.cloze)
        context = cloze.question_context(card.question, parts)
        return [escape_cloze(card.cloze) + escape(context), "", source]
    return [escape(card.question or card.term), answer_html(card), source]


def answer_html(card: Card) -> str:
    """The Back field: a list for list and steps cards, else the answer text."""
    if card.items and card.kind in ("list", "steps"):
        tag = "ol" if card.kind == "steps" else "ul"
        items = "".join(f"<li>{escape(item)}</li>" for item in card.items)
        return f"<{tag}>{items}</{tag}>"
    return escape(card.answer)


def source_text(card: Card) -> str:
    """Where the card comes from: ``path:line · heading › path · rule``."""
    span = card.source
    lines = str(span.line_start)
    if span.line_end > span.line_start:
        lines += f"–{span.line_end}"
    parts = [f"{span.path}:{lines}"]
    if card.section:
        parts.append(SOURCE_SEPARATOR.join(card.section))
    if card.rule:
        parts.append(card.rule)
    return " · ".join(parts)


def escape(text: str) -> str:
    """Field content for plain ``text``: HTML and Anki syntax escaped, newlines as ``<br>``."""
    escaped = html.escape(text, quote=True)
    # One ``replace`` per character rather than ``str.translate``, which
    # goes character by character through a Python dict on non-ASCII text:
    # 5x slower on Korean fields (0.15 s of a 20,000-card deck).
    for char, entity in _ANKI_SYNTAX:
        escaped = escaped.replace(char, entity)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


def escape_cloze(text: str) -> str:
    """Like :func:`escape`, but keep each ``{{cN::body::hint}}`` as a live deletion
    (nested ones too); marks that make no deletion are escaped as text."""
    return _escape_parts(cloze.parse(text))


def _escape_parts(parts: Sequence[cloze.Part]) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(escape(part))
            continue
        deletion = f"{{{{c{part.number}::{_escape_parts(part.body)}"
        if part.hint is not None:
            deletion += f"::{escape(part.hint)}"
        out.append(deletion + "}}")
    return "".join(out)


# --- decks and tags ------------------------------------------------------------

def deck_name(card: Card, override: str | None = None) -> str:
    """The deck of ``card``: ``--deck``, else its own, else :data:`DEFAULT_DECK`."""
    return card.deck_in(override).strip() or DEFAULT_DECK


def deck_id(name: str) -> int:
    """A stable deck id for ``name`` (a hash, in the range genanki recommends)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def anki_tags(tags: Sequence[str]) -> list[str]:
    """Anki tags for ``tags``: whitespace runs become ``_``, empty and repeated ones dropped."""
    out: list[str] = []
    for tag in tags:
        clean = _WHITESPACE.sub("_", tag.strip())
        if clean and clean not in out:
            out.append(clean)
    return out
