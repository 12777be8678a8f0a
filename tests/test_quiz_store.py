"""The SQLite progress store: schema, migrations, durability, refusing bad files."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from notequiz.pipeline import BuildOptions, build
from notequiz.quiz import store as store_module
from notequiz.quiz.plan import PlanOptions, plan
from notequiz.quiz.schedule import Rating, State, review
from notequiz.quiz.store import APPLICATION_ID, SCHEMA_VERSION, CardInfo, Review, Store, StoreError

from .test_quiz_support import NOW, rows


def _answer(store: Store, card_id: str, rating: Rating = Rating.GOOD, deck: str = "D") -> None:
    before = store.progress([card_id]).get(card_id)
    after = review(before, card_id, rating, NOW)
    store.record(
        Review(card_id, NOW, rating, "right", "typed", "x", False, before.state if before else None),
        after,
        CardInfo(deck, f"{card_id}?"),
    )


def test_new_store_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "progress.sqlite3"
    with Store.open(path) as store:
        assert store.version == SCHEMA_VERSION
        _answer(store, "c1")
    assert rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert rows(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert rows(path, "PRAGMA journal_mode") == [("wal",)]
    assert rows(path, "SELECT card_id, rating, verdict, mode FROM reviews") == [
        ("c1", 3, "right", "typed")
    ]


def test_record_and_read_back(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        _answer(store, "c1", Rating.GOOD)
        _answer(store, "c1", Rating.AGAIN)
        _answer(store, "c2", Rating.EASY, deck="Other")
        progress = store.progress()
        assert set(progress) == {"c1", "c2"}
        assert progress["c1"].reps == 2
        assert progress["c1"].due == NOW + timedelta(minutes=1)
        assert progress["c2"].state == State.REVIEW
        assert store.progress(["c2", "zz"]).keys() == {"c2"}
        assert store.card_info()["c2"] == CardInfo("Other", "c2?")
        assert [(r.card_id, r.rating) for r in store.reviews()] == [
            ("c1", Rating.GOOD), ("c1", Rating.AGAIN), ("c2", Rating.EASY)
        ]
        assert store.reviews()[1].state_before == State.LEARNING
        assert store.review_count() == 3


def test_an_empty_store_path_means_the_default(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with Store.open("") as store:
        assert store.path == tmp_path / "data" / "notequiz" / "progress.sqlite3"
    assert store.path.is_file()


def test_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with Store.open(path) as store:
        assert store.version == SCHEMA_VERSION


def test_migrations_run_in_order_and_keep_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        _answer(store, "c1")

    def add_note_column(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE cards ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, add_note_column))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    with Store.open(path) as store:
        assert store.version == 2
        assert "c1" in store.progress()
    assert rows(path, "SELECT note FROM cards") == [("",)]


def _refused(path: Path, message: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError, match=message) as info:
        Store.open(path)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == before  # never overwritten


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE cards (card_id TEXT)")
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    _refused(path, "newer notequiz")
    assert not (tmp_path / "future.sqlite3-wal").exists()


def test_random_bytes_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(bytes(range(256)) * 40)
    _refused(path, "damaged or not a notequiz progress store")


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER)")
    db.commit()
    db.close()
    _refused(path, "not a notequiz progress store")


def test_damaged_pages_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        for i in range(200):
            _answer(store, f"card{i}")
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    data[4096 + 100 : 4096 * 3] = b"\xa5" * (4096 * 2 - 100)
    path.write_bytes(bytes(data))
    _refused(path, "damaged")


def test_a_store_that_cannot_take_answers_is_refused_before_any(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the user may not write: SQLite opens it read-only without a word, and
    only the first answer would fail. Root writes any file, so the read-only open
    a user gets is asked of SQLite itself."""
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        _answer(store, "c1")
    real_connect = sqlite3.connect

    def read_only(name: str, **kwargs: object) -> sqlite3.Connection:
        return real_connect(f"file:{name}?mode=ro", uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module.sqlite3, "connect", read_only)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(info.value) == (
        f"{path}: cannot use progress store (attempt to write a readonly database)")
    with Store.open(path, writing=False) as store:  # stats only reads
        assert store.progress().keys() == {"c1"}


def test_a_full_disk_is_not_called_damage_and_its_stub_becomes_a_store_later(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlite3.connect

    def full(name: str, **kwargs: object) -> sqlite3.Connection:
        db = real_connect(name, **kwargs)  # type: ignore[arg-type]
        db.execute("PRAGMA max_page_count=1")  # room for no table: SQLITE_FULL
        return db

    path = tmp_path / "new.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(store_module.sqlite3, "connect", full)
        with pytest.raises(StoreError) as info:
            Store.open(path)
    assert str(info.value) == f"{path}: cannot use progress store (database or disk is full)"
    # What the failed open left (another process may have been making the store
    # at the same moment, so it is not deleted) is made into a store next time.
    with Store.open(path) as store:
        _answer(store, "c1")
        assert store.progress().keys() == {"c1"}


def test_values_no_notequiz_writes_are_damage(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        _answer(store, "c1")
    db = sqlite3.connect(path)
    db.execute("UPDATE cards SET state = 7")
    db.execute("UPDATE reviews SET at = 'yesterday'")
    db.commit()
    db.close()
    with Store.open(path) as store:
        with pytest.raises(StoreError, match=r"progress store is damaged \(7 is not a valid"):
            store.progress()
        with pytest.raises(StoreError, match=r"progress store is damaged \(Invalid isoformat"):
            store.reviews()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_history_survives_rebuilding_the_notes(
    tmp_path: Path, write_note: Callable[..., Path]
) -> None:
    note = write_note("net.md", """
        # Net

        TCP 연결을 끊을 때 주고받는 패킷 수는?::4개
        """)
    first = build([str(note)], BuildOptions(automatic=False)).cards
    with Store.open(tmp_path / "s.sqlite3") as store:
        _answer(store, first[0].id)
        # The answer is corrected and the note moved down a few lines: same card.
        write_note("net.md", """
            ---
            title: Net
            ---
            # Net

            TCP 연결을 끊을 때 주고받는 패킷 수는?::4개 (FIN, ACK, FIN, ACK)
            """)
        again = build([str(note)], BuildOptions(automatic=False)).cards
        assert again[0].id == first[0].id
        later = NOW + timedelta(hours=1)
        chosen = plan(again, store.progress(c.id for c in again), later, PlanOptions())
        assert [c.id for c in chosen.due] == [first[0].id] and not chosen.new


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_store_deleted_or_replaced_during_a_session_takes_no_more_answers(
        tmp_path: Path, how: str) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        _answer(store, "c1")
        for leftover in tmp_path.iterdir():
            leftover.unlink()
        if how == "replaced":
            Store.open(path).close()  # a fresh store, as a sync tool might put back
        with pytest.raises(StoreError) as info:
            _answer(store, "c2")
    assert str(info.value) == (f"{path}: the progress store was deleted or replaced during the "
                               "session; the session ends, this answer not saved")


@pytest.mark.parametrize("values", [
    "stability = -5, state = 2", "stability = 0", "stability = 9e999", "stability = 'abc'",
    "difficulty = 'nan'", "difficulty = 11", "reps = 'x'", "lapses = -1",
    "step = -3, state = 1", "step = 2, state = 1", "step = 1, state = 3",
    "stability = NULL, difficulty = NULL, state = 2",
])
def test_numbers_the_scheduler_cannot_take_are_damage(tmp_path: Path, values: str) -> None:
    """Each of these made fsrs raise (complex numbers, ZeroDivisionError, IndexError …)."""
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        _answer(store, "c1")
    db = sqlite3.connect(path)
    db.execute(f"UPDATE cards SET {values}")
    db.commit()
    db.close()
    with Store.open(path) as store, pytest.raises(StoreError, match="progress store is damaged"):
        store.progress()


def _open_at_once(path: str, barrier: Any) -> None:
    barrier.wait()
    try:
        Store.open(path).close()
    except StoreError as exc:
        print(exc, file=sys.stderr)
        os._exit(1)


def test_sessions_that_start_together_on_a_new_store_all_open_it(tmp_path: Path) -> None:
    """Quiz sessions started at the same instant where there is no store yet: each
    opens the store another may be making (one used to fail, or to delete the other's)."""
    context = multiprocessing.get_context("fork")
    for round_ in range(8):
        path = tmp_path / str(round_) / "s.sqlite3"
        barrier = context.Barrier(4)
        procs = [context.Process(target=_open_at_once, args=(str(path), barrier))
                 for _ in range(4)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        assert [proc.exitcode for proc in procs] == [0, 0, 0, 0]
        assert path.exists()
