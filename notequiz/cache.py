"""What a build remembers between runs: each note's cards, and each output's cards.

Two stores live in the user's cache folder (``platformdirs``, or
``$NOTEQUIZ_CACHE_DIR``):

``NoteCache`` (``notes-1.sqlite3``)
    The cards and metadata of every note built, keyed by the pipeline
    version (notequiz, every rule, the source of the modules that make cards,
    the analyzers' versions and the build options), the note's identity (its
    path and root, as given and resolved, since the key, deck and card ids
    come from them) and the SHA-256 of its bytes. A note whose key is found is
    not parsed or analysed again. A row holds the note's metadata and its
    cards as compact JSON lists (zlib), with a checksum; it is written only if
    it reads back equal to what was built, and checked field by field when
    read. A row that fails is a miss, and a file SQLite reports as damaged is
    deleted and started afresh; a locked or read-only one is left alone and
    the build goes on without it. The cache is only ever a shortcut: the
    build never depends on what it holds.

Build records (``builds/<digest>.json.z``)
    For each output path, the id, fingerprint, question and answer of every
    card of its last build, so the next build can say what is new, changed
    and removed (``compare``), for every output format. When no record exists
    and the output is a JSON export, the export itself is read instead.

Under pytest with ``NOTEQUIZ_CACHE_DIR`` unset, ``cache_dir`` returns ``None``
and nothing is read or written: a test run never touches the user's cache.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import itertools
import json
import os
import re
import sqlite3
import stat
import tempfile
import threading
import time
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from notequiz.collector import paused
from notequiz.errors import escaped, text_path
from notequiz.model import CARD_KINDS, Card, Note, SourceSpan

CACHE_DIR_ENV = "NOTEQUIZ_CACHE_DIR"
"""Environment variable naming the cache folder (overrides the platform default)."""

SCHEMA_VERSION = 1
"""Layout of the SQLite file and of its payloads; bumping it empties old caches."""

DB_NAME = f"notes-{SCHEMA_VERSION}.sqlite3"

KEEP_SECONDS = 30 * 24 * 3600
"""Rows and build records not used for this long are deleted (deleted notes, old outputs)."""

EARLY_RECORD_BYTES = 4 << 20
"""A build record up to this size (compressed: about 60,000 cards, under 30 MB
once read) is read while the build runs rather than after it."""

KEEP_OTHER_VERSION_SECONDS = 24 * 3600
"""Rows of another pipeline version (an upgrade, an edited rule) go after a day unused."""

_TOUCH_SECONDS = 24 * 3600
"""A hit re-stamps its row's last use only when the stamp is older than this."""

_COMMIT_EVERY = 200
"""Rows written per transaction: an interrupted first build keeps what it made.

They are kept in memory until then and written in one go, so that the
transaction (and SQLite's lock on the file, which another build running at the
same time waits for) lasts milliseconds, not the time it took to build them."""

_IDENTS_PER_QUERY = 500
"""Notes looked up per query by ``find_many`` (SQLite allows 999 parameters before 3.32)."""


def cache_dir() -> Path | None:
    """The cache folder: ``$NOTEQUIZ_CACHE_DIR``, else the platform's user cache folder.

    Returns ``None`` (no caching at all) when running under pytest without
    ``NOTEQUIZ_CACHE_DIR``, so tests can never read or fill the user's cache.
    """
    given = os.environ.get(CACHE_DIR_ENV, "").strip()
    if given:
        return Path(given).expanduser()
    if "PYTEST_CURRENT_TEST" in os.environ:
        return None
    from platformdirs import user_cache_path

    return user_cache_path("notequiz", appauthor=False)


# ---------------------------------------------------------------------------
# the pipeline version


_NOT_IN_CARDS = ("quiz", "export", "cli.py", "cli_quiz.py", "report.py", "__main__.py")
"""Parts of the package that only read cards: editing them keeps the cache."""


@functools.cache
def _source_digest() -> str:
    """Digest of the package files that make cards: any change there gives a new version."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if (path.suffix not in (".py", ".json", ".txt") or "__pycache__" in rel
                or rel[0] in _NOT_IN_CARDS):
            continue
        with contextlib.suppress(OSError):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(b"\0")
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except (PackageNotFoundError, ValueError):
        return "-"


@functools.cache
def _analyzer_versions() -> str:
    return ";".join(
        f"{name}={_dist_version(name)}" for name in ("kiwipiepy", "kiwipiepy_model", "spacy")
    )


def pipeline_version(options: object = None) -> str:
    """A digest that changes whenever the cards made from the same bytes could change.

    Covers notequiz's version, the rule catalogue (``catalogue_version``), a
    digest of the package's source files, Kiwi's and spaCy's versions, the
    English model setting, the Unicode tables and ``repr(options)``.
    """
    from notequiz import __version__
    from notequiz.analyze import EN_MODEL_ENV
    from notequiz.extract import catalogue
    from notequiz.extract.rules import catalogue_version

    catalogue()  # loads every rule module, so the catalogue is complete
    en_model = (os.environ.get(EN_MODEL_ENV) or "").strip()
    parts = [
        f"schema={SCHEMA_VERSION}",
        f"notequiz={__version__}",
        f"rules={catalogue_version()}",
        f"source={_source_digest()}",
        _analyzer_versions(),
        f"en_model={en_model}@{_dist_version(en_model) if en_model else ''}",
        f"unicode={unicodedata.unidata_version}",
        f"options={options!r}",
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]


def note_ident(path: str, root: str) -> str:
    """What, besides its bytes, a note's cards depend on: its path and root.

    The note key and the deck come from the path relative to the root (both
    resolved), and every card carries the path as given.
    """
    parts = (path, root, os.path.realpath(path), os.path.realpath(root))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


# ---------------------------------------------------------------------------
# serialising a note's cards


_NOTE_STRS = ("path", "key", "title", "deck", "date", "lang", "encoding", "content_hash")
_NOTE_TUPLES = ("tags", "categories")
_CARD_FIELDS = ("id", "kind", "question", "answer", "term", "note_key", "source", "section",
                "rule", "lang", "tags", "deck", "choices", "shape", "cloze", "items")
"""``Card``'s fields in order; a card is stored as a list of their values."""
_CARD_TUPLES = frozenset({"section", "tags", "choices", "items"})
_SHAPES = ("basic", "reversed", "cloze")


def note_meta(note: Note) -> Note:
    """The note without its sections: what exporters and reports use."""
    return dataclasses.replace(note, sections=()) if note.sections else note


def _card_values(card: Card) -> list[Any]:
    """A card's fields in ``_CARD_FIELDS`` order (JSON writes its tuples as lists)."""
    src = card.source
    return [card.id, card.kind, card.question, card.answer, card.term, card.note_key,
            [src.path, src.line_start, src.line_end, src.text], card.section, card.rule,
            card.lang, card.tags, card.deck, card.choices, card.shape, card.cloze, card.items]


def _encode(note: Note, cards: Sequence[Card]) -> bytes:
    doc: dict[str, Any] = {name: getattr(note, name) for name in _NOTE_STRS}
    for name in _NOTE_TUPLES:
        doc[name] = list(getattr(note, name))
    doc["cards"] = [_card_values(c) for c in cards]
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return zlib.compress(raw, 1)


def _decode(payload: bytes) -> tuple[Note, tuple[Card, ...]]:
    """Rebuild a note and its cards; raise ``ValueError`` (or a subclass) if damaged.

    Every value is checked for its type; equal strings and tuples (the note's
    deck, path and tags, a section's headings, a sentence that gave several
    cards) are shared, as they were when the cards were made.
    """
    doc = json.loads(zlib.decompress(payload))
    if not isinstance(doc, dict):
        raise ValueError("payload is not an object")
    seen: dict[Any, Any] = {}
    share = seen.setdefault

    def many(value: object) -> tuple[str, ...]:
        if type(value) is not list:
            raise ValueError("expected a list of text")
        if not value:
            return ()
        if not all(type(v) is str for v in value):
            raise ValueError("expected a list of text")
        values = tuple(value)
        return share(values, values)  # type: ignore[no-any-return]

    fields: dict[str, Any] = {}
    for name in _NOTE_STRS:
        value = doc[name]
        if type(value) is not str:
            raise ValueError("expected text")
        fields[name] = share(value, value)
    for name in _NOTE_TUPLES:
        fields[name] = many(doc[name])
    note = Note(sections=(), **fields)
    rows = doc["cards"]
    if not isinstance(rows, list):
        raise ValueError("cards are not a list")
    cards: list[Card] = []
    append = cards.append
    for row in rows:
        if type(row) is not list or len(row) != 16:  # len(_CARD_FIELDS)
            raise ValueError("malformed card")
        (card_id, kind, question, answer, term, note_key, source, section, rule, lang, tags,
         deck, choices, shape, cloze, items) = row
        if not (type(card_id) is str and type(kind) is str and type(question) is str
                and type(answer) is str and type(term) is str and type(note_key) is str
                and type(rule) is str and type(lang) is str and type(deck) is str
                and type(shape) is str and type(cloze) is str):
            raise ValueError("expected text")
        if kind not in CARD_KINDS or shape not in _SHAPES:
            raise ValueError("unknown card kind or shape")
        if type(source) is not list or len(source) != 4:
            raise ValueError("malformed source")
        path, line_start, line_end, text = source
        if not (type(path) is str and type(text) is str and type(line_start) is int
                and type(line_end) is int):
            raise ValueError("malformed source")
        append(Card(card_id, share(kind, kind), question, answer, term,
                    share(note_key, note_key),
                    SourceSpan(share(path, path), line_start, line_end, share(text, text)),
                    many(section), share(rule, rule), share(lang, lang), many(tags),
                    share(deck, deck), many(choices), share(shape, shape), cloze, many(items)))
    return note, tuple(cards)


def _exact(note: Note, cards: Sequence[Card]) -> bool:
    """True when ``_decode(_encode(note, cards))`` gives back exactly ``(note, cards)``.

    Told from the values' types, without decoding: JSON gives back every
    ``str`` (without lone surrogates, which cannot be written at all) and
    ``int`` as it was, and ``_decode`` turns lists into tuples and accepts
    the card kinds and shapes that ``Card`` allows; any other type (a ``str``
    subclass, a ``bool`` line, a list) might not compare equal after the trip.
    """
    if not (all(type(getattr(note, name)) is str for name in _NOTE_STRS)
            and all(type(t := getattr(note, name)) is tuple and all(type(v) is str for v in t)
                    for name in _NOTE_TUPLES) and not note.sections):
        return False
    for c in cards:
        src = c.source
        if not (type(c) is Card and type(src) is SourceSpan
                and type(c.id) is str and type(c.kind) is str and type(c.question) is str
                and type(c.answer) is str and type(c.term) is str and type(c.note_key) is str
                and type(c.rule) is str and type(c.lang) is str and type(c.deck) is str
                and type(c.shape) is str and type(c.cloze) is str
                and type(src.path) is str and type(src.text) is str
                and type(src.line_start) is int and type(src.line_end) is int
                and c.kind in CARD_KINDS and c.shape in _SHAPES):
            return False
        for values in (c.section, c.tags, c.choices, c.items):
            if type(values) is not tuple:
                return False
            for v in values:
                if type(v) is not str:
                    return False
    return True


def pack(note: Note, cards: Sequence[Card]) -> bytes | None:
    """A note's metadata and cards as the cache stores them, or ``None`` if they would
    not read back exactly (``unpack`` gives the cards back)."""
    meta = note_meta(note)
    if not _exact(meta, cards):
        return None
    try:
        return _encode(meta, cards)
    except ValueError:  # text that UTF-8 cannot hold (a lone surrogate)
        return None


def unpack(payload: bytes) -> tuple[Card, ...]:
    """The cards of a ``pack``ed payload."""
    return _decode(payload)[1]


def _check(version: str, ident: str, content_hash: str, payload: bytes) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in (version, ident, content_hash):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    h.update(payload)
    return h.hexdigest()


# ---------------------------------------------------------------------------
# the note cache


_TABLE = (("version", "TEXT"), ("ident", "TEXT"), ("hash", "TEXT"), ("payload", "BLOB"),
          ("checked", "TEXT"), ("used", "INTEGER"))
"""The ``notes`` table's columns and their types, in order; every one is ``NOT NULL``."""

_COLUMNS = tuple(name for name, _ in _TABLE)

_SCHEMA = "CREATE TABLE IF NOT EXISTS notes ({}, PRIMARY KEY (version, ident)) WITHOUT ROWID".format(
    ", ".join(f"{name} {kind} NOT NULL" for name, kind in _TABLE))


@dataclass(frozen=True, slots=True)
class CachedNote:
    """A note's metadata (no sections) and its cards, as last built."""

    note: Note
    cards: tuple[Card, ...]


@dataclass(frozen=True, slots=True)
class StoredNote:
    """A cache row for a note's current bytes that passed its check, still encoded."""

    version: str
    ident: str
    content_hash: str
    payload: bytes
    used: object


def _is_damage(exc: sqlite3.Error) -> bool:
    """True for a file that is not (or no longer) a sound SQLite database."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return type(exc) is sqlite3.DatabaseError


class NoteCache:
    """Per-note cards in SQLite; every failure turns into a miss, never into an error.

    Use one instance per build and ``close`` it (or use it as a context
    manager). ``hits``, ``misses`` and ``stored`` count what happened;
    ``warning`` says why the cache was given up, if it was.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / DB_NAME
        self.hits = 0
        self.misses = 0
        self.stored = 0
        self.warning = ""
        self._db: sqlite3.Connection | None = None
        self._rows: list[tuple[str, str, str, bytes, str, int]] = []
        self._touch: list[tuple[int, str, str]] = []
        self._disabled = False
        self._resets = 0
        self._version = ""
        self._now = int(time.time())

    @classmethod
    def open_default(cls) -> NoteCache | None:
        """The cache in ``cache_dir()``, or ``None`` when caching is off (tests)."""
        folder = cache_dir()
        return None if folder is None else cls(folder)

    def __enter__(self) -> NoteCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connection -----------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._disabled:
            return self._db
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._give_up(f"cannot create {self.folder} ({exc.strerror or exc})")
            return None
        for attempt in (1, 2):
            db: sqlite3.Connection | None = None
            try:
                db = sqlite3.connect(self.path, timeout=10)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    db.execute("DROP TABLE IF EXISTS notes")
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.executescript(_SCHEMA)
                db.commit()
                columns = tuple(row[1] for row in db.execute("PRAGMA table_info(notes)"))
                if columns != _COLUMNS:
                    # Not our table (another program's file, a view, one edited by
                    # hand) under our version: every query would fail. Damage.
                    raise sqlite3.DatabaseError(f"its notes table has columns {columns}")
            except sqlite3.Error as exc:
                if db is not None:
                    with contextlib.suppress(sqlite3.Error):
                        db.close()
                if attempt == 1 and _is_damage(exc):
                    self._discard_file()  # damaged: start afresh, once
                    continue
                self._give_up(f"cannot use {self._culprit(exc)} ({exc})")
                return None
            self._db = db
            return db
        return None  # pragma: no cover - the loop always returns

    def _give_up(self, reason: str) -> None:
        """Build on without the cache (locked, read-only, disk full …)."""
        self._close_db()
        self._disabled = True
        self.warning = self.warning or f"{reason}; the build went on without it"

    def _culprit(self, exc: sqlite3.Error) -> str:
        """The file to name for ``exc``: for a read-only database, the one we may not write.

        SQLite says "readonly database" when its ``-wal`` or ``-shm`` file (or
        the folder) is what refuses, and a user who mends the main file alone
        would be left wondering.
        """
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_READONLY:
            for path in (str(self.path), f"{self.path}-wal", f"{self.path}-shm"):
                if os.path.exists(path) and not os.access(path, os.W_OK):
                    return path
            if not os.access(self.folder, os.W_OK):
                return str(self.folder)
        return str(self.path)

    def _close_db(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        self._rows.clear()
        self._touch.clear()

    def _discard_file(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.remove(f"{self.path}{suffix}")

    def _failed(self, exc: sqlite3.Error) -> None:
        """A query failed: a damaged file is deleted (and recreated on next use)."""
        if not _is_damage(exc) or self._resets >= 2:
            self._give_up(f"cannot use {self._culprit(exc)} ({exc})")
            return
        self._resets += 1
        self._close_db()
        self._discard_file()
        self.warning = self.warning or f"damaged cache {self.path} discarded ({exc})"

    # -- reading and writing --------------------------------------------------

    def _stored(self, version: str, ident: str, content_hash: str,
                row: Sequence[object]) -> StoredNote | None:
        """The row, when it is for ``content_hash`` and its check matches (not decoded)."""
        stored_hash, payload, checked, used = row
        if stored_hash != content_hash or not isinstance(stored_hash, str):
            return None
        if not isinstance(payload, bytes) or checked != _check(version, ident, stored_hash,
                                                                payload):
            return None
        return StoredNote(version, ident, content_hash, payload, used)

    def _decoded(self, stored: StoredNote) -> CachedNote | None:
        try:
            note, cards = _decode(stored.payload)
        except (ValueError, KeyError, TypeError, RecursionError, zlib.error):
            return None
        if note.content_hash != stored.content_hash:
            return None
        if not isinstance(stored.used, int) or stored.used < self._now - _TOUCH_SECONDS:
            self._touch.append((self._now, stored.version, stored.ident))
        return CachedNote(note, cards)

    def holds_notes(self) -> bool:
        """Whether any note is stored, for any pipeline version: a build ran here before."""
        db = self._connect()
        if db is None:
            return False
        try:
            return db.execute("SELECT 1 FROM notes LIMIT 1").fetchone() is not None
        except sqlite3.Error as exc:
            self._failed(exc)
            return False

    def find_many(self, version: str,
                  wanted: Sequence[tuple[str, str]]) -> list[StoredNote | None]:
        """The rows stored for each ``(ident, content_hash)`` of ``wanted``, checked, not decoded.

        Decoding is most of a lookup's time; a caller that knows from these
        which notes it must build can start on them first (``read_many`` then).
        """
        rows: dict[str, tuple[object, ...]] = {}
        db = self._connect()
        if db is not None:
            idents = list(dict.fromkeys(ident for ident, _ in wanted))
            try:
                for at in range(0, len(idents), _IDENTS_PER_QUERY):
                    part = idents[at:at + _IDENTS_PER_QUERY]
                    marks = ",".join("?" * len(part))
                    for ident, *row in db.execute(
                            "SELECT ident, hash, payload, checked, used FROM notes "
                            f"WHERE version=? AND ident IN ({marks})", (version, *part)):
                        rows[ident] = tuple(row)
            except sqlite3.Error as exc:
                self._failed(exc)
                rows = {}
        found: list[StoredNote | None] = []
        for ident, content_hash in wanted:
            row = rows.get(ident)
            found.append(None if row is None else self._stored(version, ident, content_hash, row))
        return found

    def read_many(self, found: Sequence[StoredNote | None]) -> list[CachedNote | None]:
        """Decode what ``find_many`` found (``None``: a miss); count hits and misses."""
        notes: list[CachedNote | None] = []
        for stored in found:
            hit = None if stored is None else self._decoded(stored)
            if hit is None:
                self.misses += 1
            else:
                self.hits += 1
            notes.append(hit)
        return notes

    def put(self, version: str, ident: str, note: Note, cards: Sequence[Card]) -> None:
        """Remember a note's cards; notes whose cards would not read back are skipped."""
        if self._db is None and self._disabled:
            return
        payload = pack(note, cards)
        if payload is not None:
            self.put_packed(version, ident, note, payload)

    def put_packed(self, version: str, ident: str, note: Note, payload: bytes) -> None:
        """Remember a note's cards, given as ``pack`` made them."""
        db = self._connect()
        if db is None or not note.content_hash:
            return
        self._version = version
        checked = _check(version, ident, note.content_hash, payload)
        self._rows.append((version, ident, note.content_hash, payload, checked, self._now))
        self.stored += 1
        if len(self._rows) >= _COMMIT_EVERY:
            self.flush()

    def flush(self) -> None:
        """Write the notes put since the last flush and re-stamp the rows used."""
        db = self._db
        rows, self._rows = self._rows, []
        if db is None:
            return
        try:
            if rows:
                db.executemany("INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?, ?, ?)", rows)
            if self._touch:
                db.executemany("UPDATE notes SET used=? WHERE version=? AND ident=?",
                               self._touch)
                self._touch.clear()
            db.commit()
        except sqlite3.Error as exc:
            self._failed(exc)

    def close(self) -> None:
        """Flush, delete rows long unused, and close the file."""
        db = self._db
        if db is None:
            return
        self.flush()
        db = self._db
        if db is None:
            return
        try:
            if self.stored and self._version:
                db.execute(
                    "DELETE FROM notes WHERE used < ? OR (version != ? AND used < ?)",
                    (self._now - KEEP_SECONDS, self._version,
                     self._now - KEEP_OTHER_VERSION_SECONDS),
                )
                db.commit()
        except sqlite3.Error as exc:
            self._failed(exc)
        finally:
            self._close_db()


# ---------------------------------------------------------------------------
# build records and the change report


class Recorded(NamedTuple):
    """A card as a previous build of an output had it.

    A tuple, made straight from a record's row: a large record holds 200,000.
    """

    id: str
    fingerprint: str
    question: str
    answer: str
    deck: str | None = None
    """The deck the output put it in; ``None`` in a record from before decks were kept."""
    tags: str | None = None
    """Its tags, as ``joined`` writes them; ``None`` in a record from before tags were kept."""
    cloze: str | None = None
    """Its cloze text (empty for other cards); ``None`` in a record from before."""
    items: str | None = None
    """Its list items, as ``joined`` writes them; ``None`` in a record from before."""


LIST_SEP = "\x1f"
"""What joins a card's tags or items in a record (as in ``fingerprint``)."""


def joined(values: Sequence[str]) -> str:
    """``values`` as a record keeps them: joined by ``LIST_SEP``, or, when one holds
    ``LIST_SEP`` or ``\x1e``, ``\x1e`` and a JSON list (``split`` reads either)."""
    text = _plain_join(values)
    return "\x1e" + json.dumps(list(values), ensure_ascii=False) if text is None else text


def _plain_join(values: Sequence[str], marks: int = 0) -> str | None:
    """``values`` joined by ``LIST_SEP``, or ``None`` when that would be ambiguous: a
    value holds ``LIST_SEP``, or ``\x1e`` appears other than as the ``marks`` values
    that are that mark alone (``fingerprint`` puts one between a card's fields and
    its deck and tags)."""
    text = LIST_SEP.join(values)
    if text.count(LIST_SEP) != max(len(values) - 1, 0) or text.count("\x1e") != marks:
        return None
    return text


def split(text: str) -> list[str]:
    """The values ``joined`` made ``text`` of."""
    if text.startswith("\x1e"):
        with contextlib.suppress(ValueError):  # a record from before: plain text
            values = json.loads(text[1:])
            if isinstance(values, list) and all(isinstance(v, str) for v in values):
                return values
    return text.split(LIST_SEP) if text else []


@dataclass(frozen=True, slots=True)
class Changes:
    """How a build's cards differ from the previous build of the same output."""

    new: tuple[Card, ...] = ()
    changed: tuple[tuple[Recorded, Card], ...] = ()
    removed: tuple[Recorded, ...] = ()
    first: bool = True
    """No previous build of this output is known: every card is new."""
    deck: str | None = None
    """The deck the output puts every card in (``--deck``), if any: see ``fingerprint``."""
    lost: bool = False
    """With ``first``: there was a previous build, but its record could not be read."""

    def summary(self) -> str:
        """``"3 new, 1 changed, 0 removed"``, or the first-build wording."""
        if self.first:
            return ("previous build unknown (its record could not be read)" if self.lost
                    else "first build of this output")
        return f"{len(self.new)} new, {len(self.changed)} changed, {len(self.removed)} removed"

    def lines(self) -> list[str]:
        """One line per card: ``+`` new, ``~`` changed, ``-`` removed."""
        out = [f"+ {_flat(c.id)}  {_one_line(c.question)}  ->  {_one_line(c.answer)}"
               for c in self.new]
        out += [self._changed(old, card) for old, card in self.changed]
        out += [f"- {_flat(r.id)}  {_one_line(r.question)}  ->  {_one_line(r.answer)}"
                for r in self.removed]
        return out

    def _changed(self, old: Recorded, card: Card) -> str:
        """``~ id  Q  ->  A``, each part that moved written ``before  =>  after``."""
        line = (f"~ {_flat(card.id)}  {_moved(old.question, card.question)}  ->  "
                f"{_moved(old.answer, card.answer)}")
        deck = card.deck_in(self.deck)
        if old.deck is None:  # a record from before decks, tags, clozes and items were kept
            return line if "  =>  " in line else line + "  (the last build kept no more)"
        if old.deck != deck:
            line += f"  (deck: {_moved(old.deck, deck)})"
        for name, before, after in (("tags", old.tags, card.tags),
                                    ("items", old.items, card.items)):
            if before is not None and before != joined(after):
                line += (f"  ({name}: "
                         f"{_moved(_listed(split(before)), _listed(after), listed=True)})")
        if old.cloze is not None and old.cloze != card.cloze:
            line += f"  (cloze: {_moved(old.cloze, card.cloze)})"
        return line


LINE_CHARS = 80
"""The most characters of one text a ``--diff`` line shows."""


def _flat(text: str) -> str:
    """``text`` on one line: its spacing collapsed, control characters escaped, and
    the characters that show nothing (a soft hyphen, a direction mark) escaped too."""
    return "".join(escaped(c) if _shows_nothing(c) else c for c in " ".join(text.split()))


def _every_char(text: str, double: bool = True) -> str:
    """``text`` on one line with nothing left that two texts could look alike by:
    spacing kept, every space but a plain one, every character that shows
    nothing and (``double``) every backslash (so that a typed ``\\x1b`` is not
    an escape) written as an escape."""
    return "".join("\\\\" if c == "\\" and double
                   else c if c == " " or not (c.isspace() or _shows_nothing(c))
                   else escaped(c) for c in text)


_BLANK = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u2800\u3164\uffa0")
"""Characters that print as nothing or as a blank, though Unicode counts them printable."""


def _shows_nothing(c: str) -> bool:
    return not c.isprintable() or c in _BLANK or "\ufe00" <= c <= "\ufe0f" or (
        "\U000e0100" <= c <= "\U000e01ef")


def _cut(shown: str, start: int = 0) -> str:
    """``shown`` from ``start`` (marked ``…``), cut to ``LINE_CHARS``; a cut never
    parts a character from the marks that build on it (see ``_boundary``), nor
    cuts an escape in two (``\\\\`` into ``\\``, ``\\xa0`` into ``xa0``)."""
    start = _outside_escapes(shown, _boundary(shown, start))
    lead = "…" if start else ""
    shown = shown[start:]
    if len(shown) <= LINE_CHARS:
        return lead + shown
    return lead + shown[: _outside_escapes(shown, _boundary(shown, LINE_CHARS - 1))] + "…"


_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", re.DOTALL)
"""An escape as a shown text holds one: ours (``escaped``), a doubled backslash, JSON's."""


def _outside_escapes(shown: str, i: int) -> int:
    """``i``, or the start of the escape of ``shown`` that ``i`` would cut in two."""
    if "\\" not in shown[max(0, i - 10):i]:
        return i  # an escape is at most ten characters long
    for m in _ESCAPE.finditer(shown):  # from the start: backslashes pair from the left
        if m.start() >= i:
            break
        if i < m.end():
            return m.start()
    return i


def _boundary(text: str, i: int) -> int:
    """``i``, or the nearest index before it where a cut splits nothing that shows as
    one character: not before a combining mark, a skin tone, a Hangul vowel or
    final consonant jamo, nor inside a pair of regional indicators (a flag).
    (Joiners and variation selectors never reach here: ``_flat`` escapes them.)
    A character with more marks than ``_MARKS_AT_MOST`` is cut where it is."""
    at = i
    while 0 < i < len(text) and _builds_on(text, i):
        i -= 1
        if at - i > _MARKS_AT_MOST:
            return at
    return i


_MARKS_AT_MOST = 30
"""Marks a cut walks back over at most (Unicode's stream-safe limit per character)."""


def _builds_on(text: str, i: int) -> bool:
    """Whether ``text[i]`` shows as part of the character before it."""
    c = text[i]
    if _REGIONAL <= c <= _REGIONAL_END:
        run = i
        while run > 0 and _REGIONAL <= text[run - 1] <= _REGIONAL_END:
            run -= 1
        return (i - run) % 2 == 1  # the second letter of a flag
    return (unicodedata.category(c) in ("Mn", "Mc", "Me") or "\U0001f3fb" <= c <= "\U0001f3ff"
            or "\u1161" <= c <= "\u11ff" or "\ud7b0" <= c <= "\ud7ff")


_REGIONAL, _REGIONAL_END = "\U0001f1e6", "\U0001f1ff"


def _one_line(text: str) -> str:
    return _cut(_flat(text))


def _moved(before: str, after: str, *, listed: bool = False) -> str:
    """``after``, or ``before  =>  after`` when they differ: when the first
    difference lies beyond what a line shows, both are shown from a little
    before it, so that the line shows what moved. ``listed``: the texts are
    JSON lists (``_listed``), whose backslashes are JSON's escapes, a typed one
    doubled."""
    if before == after:
        return _one_line(after)
    shown_before, shown_after = _flat(before), _flat(after)
    typed = not listed and ("\\" in before or "\\" in after)
    if shown_before == shown_after or typed:
        # They would look alike (spacing, escapes), or a typed backslash could pass
        # for an escape of ours (a typed "\xa0" against a collapsed no-break space):
        # show every character, backslashes doubled (but for JSON's, which are its
        # escapes, a typed backslash doubled already).
        shown_before = _every_char(before, double=not listed)
        shown_after = _every_char(after, double=not listed)
    pairs = zip(shown_before, shown_after, strict=False)
    same = next((i for i, (x, y) in enumerate(pairs) if x != y),
                min(len(shown_before), len(shown_after)))
    start = same - LINE_CHARS // 4 if same >= LINE_CHARS - 1 else 0
    return f"{_cut(shown_before, start)}  =>  {_cut(shown_after, start)}"


def _listed(values: Sequence[str]) -> str:
    """``values`` as a JSON list: an item holding a comma is not two items."""
    return json.dumps(list(values), ensure_ascii=False)


def fingerprint(card: Card, deck: str | None = None) -> str:
    """What a learner sees of a card; a card whose fingerprint moves has changed.

    Its place in the note (line, path) is left out: moving a paragraph changes
    nothing to study. ``deck`` is the deck the output puts every card in
    (``--deck``), for the formats that take one (``Format.decks``).
    """
    parts = (card.kind, card.shape, card.question, card.answer, card.cloze, *card.items,
             "\x1e", card.deck_in(deck), *card.tags)
    # A separator inside a field (a tag "a\x1fb" against the tags a and b) would make
    # two cards alike: such a card is fingerprinted from a JSON list, which holds no
    # raw control character and so is never any other card's text.
    text = _plain_join(parts, marks=1)
    if text is None:
        text = json.dumps(parts)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def compare(previous: dict[str, Recorded] | None, cards: Sequence[Card],
            prints: Sequence[str] | None = None, deck: str | None = None,
            lost: bool = False) -> Changes:
    """The cards new, changed and removed since ``previous`` (``None``: no previous build;
    ``lost``: one whose record could not be read).

    ``prints`` are the cards' fingerprints, when the caller has them already,
    made with ``deck``, the output's ``--deck`` (see ``fingerprint``).
    """
    if previous is None:
        return Changes(new=tuple(cards), first=True, deck=deck, lost=lost)
    new: list[Card] = []
    changed: list[tuple[Recorded, Card]] = []
    seen: set[str] = set()
    for card, print_ in zip(cards, prints or [fingerprint(c, deck) for c in cards], strict=True):
        seen.add(card.id)
        old = previous.get(card.id)
        if old is None:
            new.append(card)
        elif old.fingerprint != print_:
            changed.append((old, card))
    removed = tuple(r for card_id, r in previous.items() if card_id not in seen)
    return Changes(tuple(new), tuple(changed), removed, first=False, deck=deck)


def _record_path(folder: Path, output: str) -> Path:
    target = os.path.realpath(output)
    digest = hashlib.sha256(target.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return folder / "builds" / f"{digest}.json.z"


@dataclass(frozen=True, slots=True)
class Previous:
    """What is known of the last build of an output (``read_previous``)."""

    cards: dict[str, Recorded] | None
    """Its cards, or ``None`` when none is known."""
    trouble: str = ""
    """Why its record could not be used (it is deleted when it can be), or ``""``."""


def previous_build(output: str, folder: Path | None) -> dict[str, Recorded] | None:
    """The cards of the last build of ``output``, or ``None`` when none is known
    (``read_previous``'s cards)."""
    return read_previous(output, folder).cards


def read_previous(output: str, folder: Path | None) -> Previous:
    """The last build of ``output``: its cards, or ``None`` when none is known.

    Reads the build record in ``folder``; without one, a JSON export already
    at ``output`` stands in. A damaged record is never trusted: it is deleted,
    and why is said in ``trouble``.
    """
    trouble = ""
    if folder is not None:
        record = _record_path(folder, output)
        try:
            if not stat.S_ISREG(record.stat().st_mode):  # a pipe would block the build
                raise ValueError("not a file")
            with paused():  # rows of text alone: no cycles
                doc = json.loads(zlib.decompress(record.read_bytes()))
                if type(doc) is not dict:
                    raise TypeError("not a build record")
                if doc.get("output") != text_path(os.path.realpath(output)):
                    raise ValueError("record of another output")
                rows = doc["cards"]
                # Rows are ``Recorded``'s fields, or the first four alone (written
                # before decks, tags, clozes and items were kept).
                if not (type(rows) is list and set(map(type, rows)) <= {list}
                        and set(map(len, rows)) <= {4, len(Recorded._fields)}
                        and set(map(type, itertools.chain.from_iterable(rows))) <= {str}):
                    raise TypeError("the record's rows are not as a build writes them")
                return Previous({row[0]: row for row in itertools.starmap(Recorded, rows)})
        except (FileNotFoundError, NotADirectoryError):
            pass
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError,
                zlib.error) as exc:
            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
            trouble = f"cannot use the build record {record} ({reason})"
            with contextlib.suppress(OSError):
                # Damaged: never trusted. (An empty folder in its place goes too.)
                if record.is_dir() and not record.is_symlink():
                    record.rmdir()
                else:
                    record.unlink()
                trouble = f"damaged build record {record} deleted ({reason})"
    return Previous(_previous_export(output), trouble)


def previous_build_later(output: str, folder: Path | None) -> Callable[[], Previous]:
    """``read_previous``, to be called after ``output`` is rewritten.

    A record of at most ``EARLY_RECORD_BYTES`` is read in a thread right away,
    while the build runs (a rebuild mostly waits for Kiwi to load); a larger
    one only when asked, so that its cards are not held beside a large
    build's. A JSON export standing in for a missing record is read now,
    before the new build replaces it.
    """
    if folder is not None:
        try:
            size = _record_path(folder, output).stat().st_size
        except (FileNotFoundError, NotADirectoryError):  # no record (can be) there
            size = -1
        except OSError:  # a symbolic link's loop and such: read_previous says what
            return lambda: read_previous(output, folder)
        if size > EARLY_RECORD_BYTES:
            return lambda: read_previous(output, folder)
        if size >= 0:
            return _read_in_background(output, folder)
    found = _previous_export(output)
    return lambda: Previous(found)


def _read_in_background(output: str, folder: Path) -> Callable[[], Previous]:
    """``read_previous`` started in a thread now; the callable returned waits for
    its answer (a ``Future``'s ``result``: what the reading raised is raised there)."""
    from concurrent.futures import Future

    answer: Future[Previous] = Future()

    def run() -> None:
        try:
            answer.set_result(read_previous(output, folder))
        except BaseException as exc:  # handed to the caller, who decides
            answer.set_exception(exc)

    # A daemon thread rather than an executor's: a build that fails does not
    # wait for it at exit.
    threading.Thread(target=run, name="notequiz-previous-build", daemon=True).start()
    return answer.result


def _previous_export(output: str) -> dict[str, Recorded] | None:
    from notequiz.errors import NotequizError
    from notequiz.export.json_export import is_export, load

    if not is_export(output) or not os.path.isfile(output):
        return None
    try:
        cards = load(output)
    except NotequizError:
        return None
    return {c.id: Recorded(*_row(c, fingerprint(c), None)) for c in cards}


@dataclass(frozen=True, slots=True)
class BuildRecord:
    """What a build wrote to its output, made ready to be recorded (``write``).

    It is made before the output is written, so that putting the output in
    place and writing its record take only an instant between them, which
    the build holds Ctrl-C over (``interrupts.held``).
    """

    path: Path
    """Where the record goes: a file named after the output, in the cache folder."""
    data: bytes
    """The record, compressed (``_record_bytes``)."""

    def write(self) -> str:
        """Put the record in place; ``""``, or why it could not be written.

        Best effort: the output is already in place, and only the next build's
        change report depends on the record.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _forget_old_records(self.path.parent)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(self.data)
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.remove(tmp)
                raise
        except OSError as exc:
            folder = self.path.parent
            reason = exc.strerror or str(exc)
            with contextlib.suppress(OSError):  # a name too long even to look up, say
                if folder.exists() and not folder.is_dir():
                    reason = f"{folder} is not a folder"
            stale = False  # an earlier build's record is left, to be read next time
            try:
                # Left behind, it would have the next build compare with the build
                # before this one.
                self.path.unlink()
            except (FileNotFoundError, NotADirectoryError):
                pass  # no record to leave behind
            except OSError:
                # A folder in its place is read as no record, and so is a record
                # in a folder that cannot be entered (is_file says why it cannot tell).
                with contextlib.suppress(OSError):
                    stale = self.path.is_file()
            return (f"cannot write the build record {self.path} ({reason}); the next build "
                    + ("will report its changes against an earlier build" if stale
                       else "cannot report its changes"))
        return ""


def build_record(output: str, cards: Sequence[Card], folder: Path | None,
                 prints: Sequence[str] | None = None,
                 deck: str | None = None) -> BuildRecord | None:
    """The record of ``cards`` written to ``output``, or ``None`` without a cache folder.

    ``deck`` is the output's ``--deck`` (see ``fingerprint``); ``prints`` are
    the cards' fingerprints, when the caller has them already.
    """
    if folder is None:
        return None
    return BuildRecord(_record_path(folder, output),
                       _record_bytes(text_path(os.path.realpath(output)), cards,
                                     prints or [fingerprint(c, deck) for c in cards], deck))


def record_build(output: str, cards: Sequence[Card], folder: Path | None,
                 prints: Sequence[str] | None = None, deck: str | None = None) -> None:
    """Remember the cards just written to ``output`` (best effort: errors are ignored)."""
    record = build_record(output, cards, folder, prints, deck)
    if record is not None:
        record.write()


def _record_bytes(output: str, cards: Sequence[Card], prints: Sequence[str],
                  deck: str | None) -> bytes:
    """The compressed record: ``{"output": …, "cards": [[id, fingerprint, question, answer,
    deck, tags, cloze, items], …]}`` (``Recorded``'s fields).

    The same bytes as compressing ``json.dumps`` of the whole document, made a
    card at a time so that the text of 200,000 cards is never whole in memory.
    """
    z = zlib.compressobj(1)
    out = [z.compress((json.dumps({"output": output}, ensure_ascii=False)[:-1]
                       + ', "cards": [').encode("utf-8"))]
    rows: list[list[str]] = []
    sep = ""
    for c, print_ in itertools.chain(zip(cards, prints, strict=True), ((None, ""),)):
        if c is not None:
            rows.append(_row(c, print_, deck))
        if rows and (c is None or len(rows) == 4096):
            # One ``json.dumps`` per batch of rows: its C encoder does the work.
            out.append(z.compress((sep + json.dumps(rows, ensure_ascii=False)[1:-1])
                                  .encode("utf-8")))
            rows.clear()
            sep = ", "
    out.append(z.compress(b"]}"))
    out.append(z.flush())
    return b"".join(out)


def _row(card: Card, print_: str, deck: str | None) -> list[str]:
    """``card`` as a record keeps it: ``Recorded``'s fields, in its order."""
    return [card.id, print_, card.question, card.answer, card.deck_in(deck),
            joined(card.tags), card.cloze, joined(card.items)]


def _forget_old_records(folder: Path) -> None:
    limit = time.time() - KEEP_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < limit:
                    os.remove(entry.path)
