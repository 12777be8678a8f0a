"""Quiz progress in SQLite, keyed by card id.

Card ids survive rebuilding the notes (see ``notequiz.ids``), so history
survives too. Durability rules:

* every answer is one transaction (the review row and the card's new state
  together), committed before the next card is shown;
* the database runs in WAL mode with ``synchronous=FULL``: a killed process
  or a closed terminal loses nothing committed and never leaves a torn file;
* a file that is not a notequiz store, is damaged, or was written by a newer
  schema is refused with a one-line ``StoreError`` *before* anything is
  written to it.

Schema (``PRAGMA user_version`` is the schema version; ``application_id``
marks the file as a notequiz store):

* ``cards``: one row per card ever answered — its fsrs state, due date, and
  the deck and question it had when last seen (for ``stats`` without notes);
* ``reviews``: one row per answer, append-only.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from notequiz.errors import NotequizError, not_a_file
from notequiz.quiz.schedule import Progress, Rating, State, check, utc

APPLICATION_ID = 0x4E515A31  # "NQZ1"
SCHEMA_VERSION = 1
STORE_NAME = "progress.sqlite3"
_WAL_TRIES = 200
"""Tries at WAL mode, 50 ms apart: ten seconds, as long as the busy timeout waits."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_T = TypeVar("_T")


class StoreError(NotequizError):
    """A progress store that cannot be used; the file is left as it is."""


@dataclass(frozen=True, slots=True)
class Review:
    """One answer, as recorded."""

    card_id: str
    at: datetime
    rating: Rating
    verdict: str
    """``right``, ``wrong`` (after any overrule), or ``self`` in flip mode."""
    mode: str
    """``typed``, ``choice`` or ``flip``."""
    answer: str = ""
    """What the user typed or chose."""
    overruled: bool = False
    state_before: State | None = None
    """The card's state before this answer; ``None`` for a new card."""
    elapsed_ms: int | None = None


@dataclass(frozen=True, slots=True)
class CardInfo:
    """Deck and question of a card as last answered, so ``stats`` needs no notes."""

    deck: str
    question: str


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A recorded review, as ``stats`` reads it."""

    card_id: str
    at: datetime
    rating: Rating
    verdict: str
    state_before: State | None


def default_path() -> Path:
    """Where progress lives unless ``--store`` says otherwise."""
    from platformdirs import user_data_path

    return user_data_path("notequiz", appauthor=False) / STORE_NAME


# --- Migrations --------------------------------------------------------------------

_SCHEMA_1 = """
CREATE TABLE cards (
    card_id     TEXT PRIMARY KEY,
    state       INTEGER NOT NULL,
    step        INTEGER,
    stability   REAL,
    difficulty  REAL,
    due         TEXT NOT NULL,
    last_review TEXT,
    reps        INTEGER NOT NULL DEFAULT 0,
    lapses      INTEGER NOT NULL DEFAULT 0,
    deck        TEXT NOT NULL DEFAULT '',
    question    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cards_due ON cards(due);
CREATE TABLE reviews (
    id           INTEGER PRIMARY KEY,
    card_id      TEXT NOT NULL,
    at           TEXT NOT NULL,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    verdict      TEXT NOT NULL,
    mode         TEXT NOT NULL,
    answer       TEXT NOT NULL DEFAULT '',
    overruled    INTEGER NOT NULL DEFAULT 0,
    state_before INTEGER,
    state_after  INTEGER NOT NULL,
    due_after    TEXT NOT NULL,
    elapsed_ms   INTEGER
);
CREATE INDEX reviews_card ON reviews(card_id);
CREATE INDEX reviews_at ON reviews(at);
"""


def _migrate_0_to_1(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA_1.split(";"):
        if statement.strip():
            db.execute(statement)


# MIGRATIONS[n] takes a store from version n to n + 1. A new schema version
# appends one function here; old stores are upgraded in place on open, each
# step in its own transaction.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_0_to_1,)
assert len(MIGRATIONS) == SCHEMA_VERSION


def _iso(moment: datetime) -> str:
    # One fixed format, so that ISO strings compare in time order in SQL.
    return utc(moment).isoformat(timespec="microseconds")


def _time(text: str) -> datetime:
    return utc(datetime.fromisoformat(text))


# --- The store ---------------------------------------------------------------------


class Store:
    """An open progress store. Use ``Store.open(path)``; close it (or use ``with``)."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._file: tuple[int, int] | None = None
        """The store file (device, inode) as opened: answers go to that file only."""
        self.missing = False
        """True when opened for reading where there is no store: it reads as empty."""

    # Opening --------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, writing: bool = True) -> Store:
        """Open (creating if needed) and upgrade the store at ``path``; check it first.

        ``path`` ``None`` or ``""``: the default store (``default_path``).

        ``writing``: the caller will record answers, so a store that cannot
        take them (a read-only file) is refused now, before any question.
        """
        # An empty --store (NOTEQUIZ_STORE= in a shell) means no choice: the default.
        target = Path(path) if path else default_path()
        name = str(target)
        kind = not_a_file(target)
        if kind is not None:  # a named pipe would hang the reading of its header
            raise StoreError(f"{name}: is {kind}, not a progress store")
        _check_header(target)
        existed = target.exists()
        if not existed and not writing:
            # Reading a store that is not there (a mistyped --store, no quiz yet)
            # makes none: it reads as an empty one.
            empty = cls(sqlite3.connect(":memory:", isolation_level=None), target)
            empty._prepare()
            empty.missing = True
            return empty
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{name}: cannot create its folder ({exc.strerror or exc})") from None
        try:
            # isolation_level=None: transactions are begun and ended explicitly.
            db = sqlite3.connect(name, isolation_level=None, timeout=10.0)
        except sqlite3.Error as exc:
            raise StoreError(f"{name}: cannot open progress store ({exc})") from None
        store = cls(db, target)
        try:
            store._prepare()
            if writing:
                store._can_write()
            store._file = _identity(target)
        except BaseException as exc:
            # A store this open began and could not finish is left as it is: another
            # process may be making it at the same moment, and an empty or
            # unfinished one is made into a store by the next open.
            db.close()
            if isinstance(exc, sqlite3.OperationalError):
                # Refused or out of room (a read-only file or folder, a full disk):
                # the store may be fine, so it is not called damaged.
                raise StoreError(f"{name}: cannot use progress store ({exc})") from None
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(
                    f"{name}: damaged or not a notequiz progress store ({exc})") from None
            raise
        return store

    def _can_write(self) -> None:
        """Raise ``sqlite3.OperationalError`` unless an answer could be recorded now.

        SQLite opens a file it may not write read-only, without a word; the
        first write would fail, after the learner's first answer.
        """
        db = self._db
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(f"PRAGMA user_version={version}")
        finally:
            db.execute("ROLLBACK")

    def _prepare(self) -> None:
        db = self._db
        db.execute("PRAGMA foreign_keys=ON")
        # Reads only, until the file is known to be ours and not from the future:
        # in one read transaction, so that a store another process is making at
        # the same moment is seen before or after, never half made.
        db.execute("BEGIN")
        try:
            version = self._checked_version()
        finally:
            db.execute("COMMIT")
        if version and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(f"{self.path}: progress store is damaged; refusing to change it")
        if version < SCHEMA_VERSION:
            # The write lock first, then the version again: another process may
            # have made or upgraded the store since.
            with self._transaction():
                for step in range(self._checked_version(), SCHEMA_VERSION):
                    MIGRATIONS[step](db)
                    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                    db.execute(f"PRAGMA user_version={step + 1}")
        self._use_wal()
        db.execute("PRAGMA synchronous=FULL")

    def _use_wal(self) -> None:
        """Put the store in WAL mode, waiting for sessions that are opening it too.

        Changing the journal mode needs the file to itself, and SQLite reports a
        session that holds it then as "database is locked" at once, without the
        busy timeout: sessions started together on a new store would fail.
        """
        db = self._db
        for attempt in range(_WAL_TRIES):
            if str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            try:
                db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == _WAL_TRIES - 1:
                    raise
                time.sleep(0.05)

    def _checked_version(self) -> int:
        """The store's schema version, once it is known to be a notequiz store it can read."""
        db = self._db
        name = str(self.path)
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
        tables = int(db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            raise StoreError(f"{name}: not a notequiz progress store; refusing to change it")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{name}: written by a newer notequiz (store schema {version}, this version "
                f"reads up to {SCHEMA_VERSION}); upgrade notequiz"
            )
        return version

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so a second notequiz on the
        # same store waits (busy timeout) rather than failing halfway.
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the database (everything is already committed)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Reading --------------------------------------------------------------------

    @property
    def version(self) -> int:
        """The schema version of the open store."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def progress(self, card_ids: Iterable[str] | None = None) -> dict[str, Progress]:
        """Progress of the given cards (all cards when ``None``); unseen cards are absent."""
        wanted = None if card_ids is None else set(card_ids)
        out: dict[str, Progress] = {}
        rows = self._safe(
            lambda db: db.execute(
                "SELECT card_id, state, step, stability, difficulty, due, last_review, reps,"
                " lapses FROM cards"
            ).fetchall()
        )
        for row in rows:
            if wanted is not None and row[0] not in wanted:
                continue
            out[row[0]] = self._decoded(_progress_row, row)
        return out

    def progress_of(self, card_id: str) -> Progress | None:
        """The progress of one card as the store holds it now (``None`` if unseen)."""
        rows = self._safe(
            lambda db: db.execute(
                "SELECT card_id, state, step, stability, difficulty, due, last_review, reps,"
                " lapses FROM cards WHERE card_id = ?", (card_id,)
            ).fetchall()
        )
        return self._decoded(_progress_row, rows[0]) if rows else None

    def card_info(self) -> dict[str, CardInfo]:
        """Deck and question of every card in the store."""
        rows = self._safe(
            lambda db: db.execute("SELECT card_id, deck, question FROM cards").fetchall()
        )
        return {r[0]: CardInfo(r[1], r[2]) for r in rows}

    def reviews(self) -> list[ReviewRow]:
        """Every recorded review, oldest first."""
        rows = self._safe(
            lambda db: db.execute(
                "SELECT card_id, at, rating, verdict, state_before FROM reviews ORDER BY id"
            ).fetchall()
        )
        return [
            self._decoded(_review_row, r)
            for r in rows
        ]

    def review_count(self) -> int:
        """How many answers are recorded."""
        return int(self._safe(lambda db: db.execute("SELECT count(*) FROM reviews").fetchone()[0]))

    # Writing --------------------------------------------------------------------

    def record(self, review: Review, after: Progress, info: CardInfo) -> None:
        """Save one answer and the card's new state, in one committed transaction."""

        def write(db: sqlite3.Connection) -> None:
            with self._transaction():
                db.execute(
                    "INSERT INTO reviews (card_id, at, rating, verdict, mode, answer, overruled,"
                    " state_before, state_after, due_after, elapsed_ms)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        review.card_id,
                        _iso(review.at),
                        int(review.rating),
                        review.verdict,
                        review.mode,
                        review.answer,
                        int(review.overruled),
                        int(review.state_before) if review.state_before else None,
                        int(after.state),
                        _iso(after.due),
                        review.elapsed_ms,
                    ),
                )
                db.execute(
                    "INSERT INTO cards (card_id, state, step, stability, difficulty, due,"
                    " last_review, reps, lapses, deck, question)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(card_id) DO UPDATE SET state=excluded.state,"
                    " step=excluded.step, stability=excluded.stability,"
                    " difficulty=excluded.difficulty, due=excluded.due,"
                    " last_review=excluded.last_review, reps=excluded.reps,"
                    " lapses=excluded.lapses, deck=excluded.deck, question=excluded.question",
                    (
                        after.card_id,
                        int(after.state),
                        after.step,
                        after.stability,
                        after.difficulty,
                        _iso(after.due),
                        _iso(after.last_review) if after.last_review else None,
                        after.reps,
                        after.lapses,
                        info.deck,
                        info.question,
                    ),
                )

        if _identity(self.path) != self._file:
            # SQLite would go on writing to the deleted file, and the answers
            # would be gone when the session ends.
            raise StoreError(f"{self.path}: the progress store was deleted or replaced during "
                             "the session; the session ends, this answer not saved")
        self._safe(write)

    def _safe(self, action: Callable[[sqlite3.Connection], _T]) -> _T:
        try:
            return action(self._db)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: progress store is damaged ({exc})") from None

    def _decoded(self, make: Callable[[tuple[Any, ...]], _T], row: tuple[Any, ...]) -> _T:
        """``make(row)``; a value no notequiz writes there is damage.

        SQLite's own checks pass a row whose state is 7 or whose date is no date.
        """
        try:
            return make(row)
        except (ValueError, TypeError, OverflowError) as exc:
            raise StoreError(f"{self.path}: progress store is damaged ({exc})") from None


def _progress_row(row: tuple[Any, ...]) -> Progress:
    progress = Progress(card_id=row[0], state=State(row[1]), step=row[2], stability=row[3],
                        difficulty=row[4], due=_time(row[5]),
                        last_review=_time(row[6]) if row[6] else None, reps=row[7],
                        lapses=row[8])
    check(progress)
    return progress


def _review_row(row: tuple[Any, ...]) -> ReviewRow:
    return ReviewRow(row[0], _time(row[1]), Rating(row[2]), row[3],
                     State(row[4]) if row[4] else None)


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or ``None`` if there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all, without letting SQLite touch it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"{path}: cannot read progress store ({exc.strerror or exc})") from None
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{path}: damaged or not a notequiz progress store; refusing to change it")

