"""JSON export, format ``notequiz/1`` (see docs/json-format.md), and its reader.

The reader is what the quiz uses to study from an export without building
anything, so this module imports nothing heavy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from notequiz import __version__
from notequiz.errors import NotequizError
from notequiz.export import ExportOptions, parts
from notequiz.model import CARD_KINDS, Card, Note, SourceSpan

FORMAT = "notequiz/1"


def card_to_dict(card: Card) -> dict[str, Any]:
    """The JSON object for one card."""
    return {
        "id": card.id,
        "kind": card.kind,
        "shape": card.shape,
        "question": card.question,
        "answer": card.answer,
        "items": list(card.items),
        "cloze": card.cloze,
        "term": card.term,
        "lang": card.lang,
        "tags": list(card.tags),
        "deck": card.deck,
        "choices": list(card.choices),
        "note": card.note_key,
        "source": {
            "path": card.source.path,
            "section": list(card.section),
            "line": card.source.line_start,
            "line_end": card.source.line_end,
            "text": card.source.text,
            "rule": card.rule,
        },
    }


def note_to_dict(note: Note) -> dict[str, Any]:
    """The JSON object for one note."""
    return {
        "key": note.key,
        "path": note.path,
        "title": note.title,
        "tags": list(note.tags),
        "deck": note.deck,
        "lang": note.lang,
    }


def to_document(cards: Sequence[Card], notes: Sequence[Note]) -> dict[str, Any]:
    """The whole export as a JSON-ready dict, in a deterministic order."""
    return {
        "format": FORMAT,
        "generator": {"name": "notequiz", "version": __version__},
        "notes": [note_to_dict(n) for n in sorted(notes, key=lambda n: (n.path, n.key))],
        "cards": [card_to_dict(c) for c in cards],
    }


def dumps(cards: Iterable[Card], notes: Sequence[Note]) -> bytes:
    """Serialize cards and notes to UTF-8 JSON bytes (same input, same bytes).

    The layout is described in docs/json-format.md: the document's frame is
    indented by 2 spaces and each note and each card takes one line.
    """
    return b"".join(iter_bytes(cards, notes))


def write(cards: Iterable[Card], notes: Sequence[Note], out: BinaryIO,
          options: ExportOptions) -> None:
    """Exporter entry point (see ``notequiz.export.FORMATS``): streams the document."""
    for chunk in iter_bytes(cards, notes, parts(options, card_line)):
        out.write(chunk)


def card_line(card: Card) -> str:
    """The card's line of the document: its JSON object, unindented."""
    return _line(card_to_dict(card))


_CHUNK_CHARS = 1 << 18
"""Text gathered before it is encoded and written (about 0.5 MB of Korean)."""


def iter_bytes(cards: Iterable[Card], notes: Sequence[Note],
               line: Callable[[Card], str] = card_line) -> Iterator[bytes]:
    """``dumps``' bytes in pieces, one card at a time: the document is never whole in memory.

    ``line`` gives each card's line (``card_line``, or the same made ahead).

    A 10,000-note export is about 200 MB of text; built whole (the dict, its
    text, its bytes) it took three times that. One object per line keeps a
    line-based diff of two exports to the cards that changed, and lets each
    object go through ``json``'s C encoder (``indent`` would switch it to the
    pure-Python one, which took most of a cached rebuild's time).
    """
    head = {"name": "notequiz", "version": __version__}
    pieces = ["{\n", f'  "format": {_line(FORMAT)},\n  "generator": {_line(head)},\n',
              '  "notes": ']
    ordered = sorted(notes, key=lambda n: (n.path, n.key))
    pieces.append(_lines(note_to_dict(n) for n in ordered))
    pieces.append(',\n  "cards": ')
    size = 0
    first = True
    for card in cards:
        text = line(card)
        pieces.append("[\n    " if first else ",\n    ")
        pieces.append(text)
        first = False
        size += len(text)
        if size >= _CHUNK_CHARS:
            yield "".join(pieces).encode("utf-8")
            pieces.clear()
            size = 0
    pieces.append("[]" if first else "\n  ]")
    pieces.append("\n}\n")
    yield "".join(pieces).encode("utf-8")


_LINE_BREAKS = ("\u2028", "\u2029", "\x85")
"""Characters that ``json`` leaves as they are but ``str.splitlines`` breaks lines at."""


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(obj, ensure_ascii=False)``, without making an encoder for every card."""


def _line(obj: object) -> str:
    """``obj`` as JSON on one line: text unescaped, except what breaks a line."""
    text = _ENCODE(obj)
    for char in _LINE_BREAKS:
        if char in text:  # only ever inside a string, where its escape means the same
            text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _lines(objs: Iterable[object]) -> str:
    """A JSON list two levels down, one element per line."""
    items = [_line(o) for o in objs]
    return "[\n    " + ",\n    ".join(items) + "\n  ]" if items else "[]"


def card_from_dict(obj: dict[str, Any]) -> Card:
    """Rebuild a ``Card`` from its JSON object; raise ``ValueError`` if malformed.

    Fields other apps may leave out (or set to ``null``) get their empty
    value; a field that is there must have its type (docs/json-format.md):
    a number is not text, and a text is not a list of tags.
    """
    src = obj.get("source")
    if src is None:
        src = {}
    elif type(src) is not dict:
        raise TypeError("its source is not an object")
    kind = _text(obj, "kind", required=True)
    if kind not in CARD_KINDS:
        raise ValueError(f"unknown card kind {kind!r}")
    shape = "basic" if obj.get("shape") is None else _text(obj, "shape")
    if shape not in ("basic", "reversed", "cloze"):
        raise ValueError(f"unknown card shape {shape!r}")
    line = _number(src, "line")
    return Card(
        id=_text(obj, "id", required=True),
        kind=kind,  # type: ignore[arg-type]
        question=_text(obj, "question", required=True),
        answer=_text(obj, "answer", required=True),
        term=_text(obj, "term"),
        note_key=_text(obj, "note"),
        source=SourceSpan(
            path=_text(src, "path"),
            line_start=line,
            line_end=_number(src, "line_end") or line,
            text=_text(src, "text"),
        ),
        section=_texts(src, "section"),
        rule=_text(src, "rule"),
        lang=_text(obj, "lang"),
        tags=_texts(obj, "tags"),
        deck=_text(obj, "deck"),
        choices=_texts(obj, "choices"),
        shape=shape,  # type: ignore[arg-type]
        cloze=_text(obj, "cloze"),
        items=_texts(obj, "items"),
    )


def _text(obj: dict[str, Any], key: str, required: bool = False) -> str:
    """``obj[key]``, which must be text; ``""`` when absent or null, unless ``required``."""
    value = obj[key] if required else obj.get(key)
    if value is None and not required:
        return ""
    if type(value) is not str:
        raise TypeError(f"its {key} is not text")
    return value


def _texts(obj: dict[str, Any], key: str) -> tuple[str, ...]:
    """``obj[key]``, which must be a list of texts; ``()`` when absent or null."""
    value = obj.get(key)
    if value is None:
        return ()
    if type(value) is not list or not all(type(v) is str for v in value):
        raise TypeError(f"its {key} is not a list of texts")
    return tuple(value)


def _number(obj: dict[str, Any], key: str) -> int:
    """``obj[key]``, which must be a whole number; ``0`` when absent or null."""
    value = obj.get(key)
    if value is None:
        return 0
    if type(value) is not int:
        raise TypeError(f"its {key} is not a whole number")
    return value


def load(path: str | Path) -> list[Card]:
    """Read the cards of a ``notequiz/1`` JSON export; raise ``NotequizError`` if unusable."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
        data = json.loads(text, parse_constant=_not_json)
    except OSError as exc:
        raise NotequizError(f"{p}: {exc.strerror or exc}") from None
    except ValueError as exc:  # not UTF-8, not JSON, a number too long to read
        raise NotequizError(f"{p}: not a JSON file ({exc})") from None
    except RecursionError:
        raise NotequizError(f"{p}: not a notequiz export (nested too deeply)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotequizError(f"{p}: not a notequiz export (expected format {FORMAT!r})")
    rows = data.get("cards")
    if rows is None:
        rows = []
    if not isinstance(rows, list):
        raise NotequizError(f"{p}: not a notequiz export (its cards are not a list)")
    if _SURROGATE_ESCAPE.search(text):
        # JSON may spell half of a character pair (``"\\ud800"``): no output can hold it.
        try:
            json.dumps(rows, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise NotequizError(f"{p}: not a notequiz export (text that is not valid "
                                "Unicode: half of a surrogate pair)") from None
    cards: list[Card] = []
    for i, obj in enumerate(rows):
        try:
            if not isinstance(obj, dict):
                raise TypeError("not an object")
            cards.append(card_from_dict(obj))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise NotequizError(f"{p}: card {i + 1} is malformed ({exc})") from None
    return cards


def _not_json(name: str) -> None:
    """Refuse ``NaN`` and ``Infinity``, which Python's ``json`` reads but JSON has not."""
    raise ValueError(f"{name} is not a JSON value")


_SURROGATE_ESCAPE = re.compile(r"\\[uU][dD][89a-fA-F]")
"""A JSON escape of a surrogate code point: either half of a pair, or alone."""


def is_export(path: str | Path) -> bool:
    """True when ``path`` looks like a JSON export rather than a note."""
    return Path(path).suffix.lower() == ".json"
