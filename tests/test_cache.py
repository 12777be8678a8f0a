"""The note cache: hits, misses after an edit or a rule change, and damage recovery."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from notequiz import cache as cachemod
from notequiz import pipeline
from notequiz.cache import CACHE_DIR_ENV, DB_NAME, NoteCache, cache_dir
from notequiz.cli import app
from notequiz.extract import catalogue
from notequiz.extract.rules import RULES
from notequiz.model import Card, Note, SourceSpan
from notequiz.pipeline import BuildOptions, build

MARKED = BuildOptions(automatic=False)


@pytest.fixture
def notes(write_note: Callable[..., Path], tmp_path: Path) -> Path:
    """Three notes with hand-marked cards (no language model needed)."""
    write_note("a.md", """
        ---
        title: A
        tags: [net, tcp]
        categories: [CS, Network]
        ---
        # TCP

        TCP 연결을 끊을 때 주고받는 패킷 수는?::4개
        흐름 제어:::수신자가 처리할 수 있는 만큼만 보내도록 조절하는 것
        """)
    write_note("sub/b.md", """
        # B

        TCP 헤더의 최소 크기는 {{c1::20바이트}}이고, 포트 번호는 {{c2::16비트::크기}}이다.
        """)
    write_note("c.md", "# C\n\nWhat is 2+2?::4\n")
    return tmp_path / "notes"


def run(folder: Path, cache: NoteCache | None, options: BuildOptions = MARKED,
        jobs: int = 1) -> tuple[pipeline.BuildResult, NoteCache | None]:
    result = build([str(folder)], options, cache=cache, jobs=jobs)
    if cache is not None:
        cache.close()
    return result, cache


def test_unchanged_notes_come_from_the_cache_unchanged(notes: Path, tmp_path: Path) -> None:
    plain = build([str(notes)], MARKED)
    first, c1 = run(notes, NoteCache(tmp_path / "cache"))
    second, c2 = run(notes, NoteCache(tmp_path / "cache"))
    assert c1 is not None and (c1.hits, c1.misses, c1.stored) == (0, 3, 3)
    assert c2 is not None and (c2.hits, c2.misses, c2.stored) == (3, 0, 0)
    assert first == second == plain
    assert second.notes[0].tags == ("net", "tcp") and second.notes[0].deck == "CS::Network"
    assert all(not n.sections for n in second.notes)
    with NoteCache(tmp_path / "cache") as c3:
        outcomes = list(pipeline.iter_notes([(str(notes / "c.md"), str(notes))], MARKED,
                                            cache=c3))
    assert [o.cached for o in outcomes] == [True]


def test_stored_note_that_does_not_decode_is_built_again(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = run(notes, NoteCache(tmp_path / "cache"))
    real = cachemod._decode

    def damaged(payload: bytes) -> tuple[Note, tuple[Card, ...]]:
        note, cards = real(payload)
        if note.key == "sub/b.md":  # its row passes the check, its content does not decode
            raise ValueError("malformed card")
        return note, cards

    monkeypatch.setattr(cachemod, "_decode", damaged)
    second, c2 = run(notes, NoteCache(tmp_path / "cache"))
    assert c2 is not None and (c2.hits, c2.misses, c2.stored) == (2, 1, 1)
    assert second == first


def test_edited_note_is_built_again(notes: Path, tmp_path: Path) -> None:
    run(notes, NoteCache(tmp_path / "cache"))
    (notes / "c.md").write_text("# C\n\nWhat is 2+2?::four\nWhat is 3+3?::6\n", encoding="utf-8")
    result, c = run(notes, NoteCache(tmp_path / "cache"))
    assert c is not None and (c.hits, c.misses) == (2, 1)
    assert result == build([str(notes)], MARKED)
    assert {card.answer for card in result.cards} >= {"four", "6"}
    _, again = run(notes, NoteCache(tmp_path / "cache"))
    assert again is not None and (again.hits, again.misses) == (3, 0)


def test_rule_change_and_option_change_miss(notes: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    run(notes, NoteCache(tmp_path / "cache"))
    rule = catalogue()[0]
    monkeypatch.setitem(RULES, rule.id, dataclasses.replace(rule, version=rule.version + 1))
    _, c = run(notes, NoteCache(tmp_path / "cache"))
    assert c is not None and (c.hits, c.misses) == (0, 3)
    other = BuildOptions(automatic=False, limits=dataclasses.replace(MARKED.limits, max_items=3))
    _, c = run(notes, NoteCache(tmp_path / "cache"), other)
    assert c is not None and (c.hits, c.misses) == (0, 3)
    _, c = run(notes, NoteCache(tmp_path / "cache"))
    assert c is not None and (c.hits, c.misses) == (3, 0)


def test_same_bytes_under_another_root_are_another_note(notes: Path, tmp_path: Path) -> None:
    run(notes, NoteCache(tmp_path / "cache"))
    result, c = run(notes / "sub", NoteCache(tmp_path / "cache"))
    assert c is not None and (c.hits, c.misses) == (0, 1)
    assert result.notes[0].key == "b.md"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_damaged_cache_file_is_rebuilt(notes: Path, tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "cache"
    expected, _ = run(notes, NoteCache(folder))
    db = folder / DB_NAME
    data = db.read_bytes()
    db.write_bytes({"garbage": b"not a database " * 500, "truncated": data[: len(data) // 2],
                    "empty": b""}[damage])
    result, c = run(notes, NoteCache(folder))
    assert result == expected
    assert c is not None and c.hits == 0
    _, again = run(notes, NoteCache(folder))
    assert again is not None and (again.hits, again.misses) == (3, 0)


@pytest.mark.parametrize("schema", [
    "CREATE TABLE notes (name TEXT, body BLOB)",
    "CREATE TABLE other (a); CREATE VIEW notes AS SELECT a FROM other",
], ids=["table", "view"])
def test_a_notes_table_not_laid_out_as_ours_is_replaced(notes: Path, tmp_path: Path,
                                                        schema: str) -> None:
    folder = tmp_path / "cache"
    expected, _ = run(notes, NoteCache(folder))
    (folder / DB_NAME).unlink()
    db = sqlite3.connect(folder / DB_NAME)
    db.executescript(schema)
    db.execute(f"PRAGMA user_version={cachemod.SCHEMA_VERSION}")  # the version we expect
    db.commit()
    db.close()
    result, c = run(notes, NoteCache(folder))
    assert result == expected
    assert c is not None and (c.hits, c.misses, c.stored, c.warning) == (0, 3, 3, "")
    _, again = run(notes, NoteCache(folder))
    assert again is not None and (again.hits, again.misses) == (3, 0)


def test_cache_tells_whether_a_build_stored_notes_in_it(notes: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    with NoteCache(folder) as empty:
        assert not empty.holds_notes()
    run(notes, NoteCache(folder))
    with NoteCache(folder) as used:
        assert used.holds_notes()
    (folder / DB_NAME).write_bytes(b"not a database " * 500)
    with NoteCache(folder) as damaged:
        assert not damaged.holds_notes()  # discarded and made anew, empty


def test_a_build_never_keeps_the_cache_locked_between_its_writes(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two builds at once share one cache: while one builds its notes, the
    # other must be able to write without waiting for it.
    folder = tmp_path / "cache"
    written: list[str] = []
    put_packed = NoteCache.put_packed

    def put_then_write_from_another_build(self: NoteCache, *args: Any) -> None:
        put_packed(self, *args)
        other = sqlite3.connect(folder / DB_NAME, timeout=0)
        try:
            other.execute("INSERT OR REPLACE INTO notes VALUES ('v', 'i', 'h', x'00', 'c', 0)")
            other.commit()
            written.append("written")
        except sqlite3.OperationalError as exc:
            written.append(str(exc))
        finally:
            other.close()

    monkeypatch.setattr(NoteCache, "put_packed", put_then_write_from_another_build)
    first, cache = run(notes, NoteCache(folder))
    assert written == ["written"] * 3
    assert cache is not None and (cache.stored, cache.warning) == (3, "")
    second, cache = run(notes, NoteCache(folder))
    assert cache is not None and cache.hits == 3 and second == first


def test_an_interrupted_first_build_keeps_what_it_wrote(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cachemod, "_COMMIT_EVERY", 2)
    folder, puts = tmp_path / "cache", []
    put_packed = NoteCache.put_packed

    def put_then_stop(self: NoteCache, *args: Any) -> None:
        puts.append(args[1])
        if len(puts) == 3:
            raise KeyboardInterrupt  # Ctrl-C while the third note is stored
        put_packed(self, *args)

    monkeypatch.setattr(NoteCache, "put_packed", put_then_stop)
    with pytest.raises(KeyboardInterrupt):
        build([str(notes)], MARKED, cache=NoteCache(folder), jobs=1)
    monkeypatch.setattr(NoteCache, "put_packed", put_packed)
    _, cache = run(notes, NoteCache(folder))
    assert cache is not None and (cache.hits, cache.misses) == (2, 1)


def korean_notes(write_note: Callable[..., Path], numbers: range,
                 sentence: str = "TCP는 연결 지향 프로토콜이다.") -> None:
    """Short Korean notes ``n00.md``, ``n01.md``, … for the small-build tests."""
    for i in numbers:
        write_note(f"n{i:02}.md", f"# 노트 {i}\n\n{sentence}\n")


def test_an_interrupted_small_build_keeps_the_notes_it_finished(
    write_note: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    kiwi_aside: None,
) -> None:
    # A small build has Kiwi load aside (on any machine with two cores) and
    # builds its new notes while the cached ones are decoded: each must reach
    # the cache as it is made, not once all are.
    korean_notes(write_note, range(12))
    notes, folder, made = tmp_path / "notes", tmp_path / "cache", []
    cards_for_note = pipeline.cards_for_note

    def stopped_at_the_tenth(*args: Any, **kwargs: Any) -> Any:
        made.append(args[0].path)
        if len(made) == 10:
            raise KeyboardInterrupt  # Ctrl-C in the second group of eight notes
        return cards_for_note(*args, **kwargs)

    monkeypatch.setattr(pipeline, "cards_for_note", stopped_at_the_tenth)
    with NoteCache(folder) as cache, pytest.raises(KeyboardInterrupt):
        build([str(notes)], BuildOptions(), cache=cache, jobs=1)
    monkeypatch.setattr(pipeline, "cards_for_note", cards_for_note)
    result, again = run(notes, NoteCache(folder), BuildOptions())
    assert again is not None and (again.hits, again.misses) == (8, 4)
    assert len(result.notes) == 12


def test_a_small_build_reports_each_note_as_it_is_built(
    write_note: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    kiwi_aside: None,
) -> None:
    # The progress bar counts the notes ``on_note`` reports. A small build
    # builds its new notes while the cached ones are decoded, before it
    # yields any note: each must still be reported as it is built.
    korean_notes(write_note, range(12))
    write_note("broken.md", "").write_bytes(b"\x00binary")
    notes, folder = tmp_path / "notes", tmp_path / "cache"
    run(notes, NoteCache(folder), BuildOptions())
    korean_notes(write_note, range(12, 20), "UDP는 비연결형 프로토콜이다.")
    events: list[tuple[str, str]] = []
    cards_for_note = pipeline.cards_for_note

    def built(*args: Any, **kwargs: Any) -> Any:
        events.append(("built", Path(args[0].path).name))
        return cards_for_note(*args, **kwargs)

    monkeypatch.setattr(pipeline, "cards_for_note", built)
    with NoteCache(folder) as cache:
        result = build([str(notes)], BuildOptions(), cache=cache, jobs=1,
                       on_note=lambda path: events.append(("done", Path(path).name)))
        assert (cache.hits, cache.misses) == (12, 9)
    assert len(result.notes) == 20 and len(result.problems) == 1
    done = [name for what, name in events if what == "done"]
    assert sorted(done) == sorted(["broken.md", *(f"n{i:02}.md" for i in range(20))])
    # Notes are built NOTES_PER_TASK at a time: each is reported before the
    # notes of the next group are built, not once all are.
    group = pipeline.NOTES_PER_TASK
    new = [f"n{i:02}.md" for i in range(12, 20)] + ["broken.md"]
    new.sort()
    for name, later in zip(new, new[group:], strict=False):
        assert events.index(("done", name)) < events.index(("built", later)), events
    assert len(new) > group


def test_a_failed_small_build_stops_decoding_the_cached_notes_before_it_raises(
    write_note: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    kiwi_aside: None,
) -> None:
    # The cached notes are decoded in a thread while the new ones are built
    # (Kiwi aside), with the collector paused. When the build fails, that
    # thread must be done before ``build`` raises: not go on reading a
    # closed cache with the collector off.
    import gc
    import time

    monkeypatch.setattr(pipeline, "_DECODED_AT_ONCE", 2, raising=False)
    korean_notes(write_note, range(12))
    notes, folder = tmp_path / "notes", tmp_path / "cache"
    run(notes, NoteCache(folder), BuildOptions())
    write_note("new.md", "# 새 노트\n\nUDP는 비연결형 프로토콜이다.\n")
    read_many, decoded = NoteCache.read_many, []

    def slowly(self: NoteCache, found: Any) -> Any:
        time.sleep(0.1)
        decoded.append(len(found))
        return read_many(self, found)

    def fails(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(NoteCache, "read_many", slowly)
    monkeypatch.setattr(pipeline, "prepare", fails)  # Ctrl-C as the new note is read
    with NoteCache(folder) as cache, pytest.raises(KeyboardInterrupt):
        build([str(notes)], BuildOptions(), cache=cache, jobs=1)
    assert gc.isenabled(), "the decoding thread still holds the collector paused"
    so_far = len(decoded)
    time.sleep(0.3)
    assert len(decoded) == so_far < 4, "the thread went on decoding"


def test_damaged_rows_are_never_trusted(notes: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    expected, _ = run(notes, NoteCache(folder))
    db = sqlite3.connect(folder / DB_NAME)
    rows = db.execute("SELECT version, ident, hash, payload FROM notes ORDER BY ident").fetchall()
    (v0, i0, _, p0), (v1, i1, h1, _), (v2, i2, _, _) = rows
    # 1: an answer changed behind the checksum's back
    doc = json.loads(zlib.decompress(p0))
    doc["cards"][0][3] = "forged answer"
    forged = zlib.compress(json.dumps(doc).encode())
    db.execute("UPDATE notes SET payload=? WHERE version=? AND ident=?", (forged, v0, i0))
    # 2: a payload with a valid checksum but no longer a card list
    bad = zlib.compress(b'{"cards": 3}')
    db.execute("UPDATE notes SET payload=?, checked=? WHERE version=? AND ident=?",
               (bad, cachemod._check(v1, i1, h1, bad), v1, i1))
    # 3: not even bytes
    db.execute("UPDATE notes SET payload=? WHERE version=? AND ident=?", ("text", v2, i2))
    db.commit()
    db.close()
    result, c = run(notes, NoteCache(folder))
    assert c is not None and (c.hits, c.misses) == (0, 3)
    assert result == expected


def test_unusable_cache_folder_builds_without_it(notes: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    result, c = run(notes, NoteCache(blocker / "cache"))
    assert result == build([str(notes)], MARKED)
    assert c is not None and c.warning and c.hits == 0


def test_cli_says_in_one_line_that_it_built_without_the_cache(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker))
    out = tmp_path / "out.json"
    res = CliRunner().invoke(app, ["build", str(notes), "-o", str(out), "--marked-only"])
    assert res.exit_code == 0 and out.exists()
    assert res.stderr.splitlines()[0] == (
        f"notequiz: cache: cannot create {blocker} (File exists); the build went on without it")


def test_the_cache_warning_shows_an_odd_folder_name_on_one_line(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    blocker = os.fsdecode(os.fsencode(str(tmp_path)) + b"/c\xff\x1b[31m\nX")
    Path(blocker).write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_ENV, blocker)
    out = tmp_path / "out.json"
    res = CliRunner().invoke(app, ["build", str(notes), "-o", str(out), "--marked-only"])
    assert res.exit_code == 0 and out.exists()
    assert res.stderr.splitlines()[0] == (
        f"notequiz: cache: cannot create {tmp_path}/c\\xff\\x1b[31m\\x0aX (File exists); "
        "the build went on without it")


@pytest.mark.parametrize("refuses", ["-shm", ""])
def test_a_read_only_cache_names_the_file_that_refuses(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refuses: str
) -> None:
    # SQLite copies the database's mode to its -wal and -shm files: a user who
    # mends the database alone is left with a -shm file that still refuses.
    folder = tmp_path / "cache"
    run(notes, NoteCache(folder))
    culprit = f"{folder / DB_NAME}{refuses}"
    Path(culprit).touch()
    real_connect, real_access = sqlite3.connect, os.access

    # Tests often run as root, whom no file mode stops: the database is opened
    # read-only, and ``os.access`` answers as for a user.
    def connect(path: str, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(f"file:{path}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(os, "access", lambda path, mode: os.fspath(path) != culprit
                        and real_access(path, mode))
    (notes / "c.md").write_text("# C\n\nWhat is 3+3?::6\n", encoding="utf-8")
    _, cache = run(notes, NoteCache(folder))
    assert cache is not None and cache.warning == (
        f"cannot use {culprit} (attempt to write a readonly database); "
        "the build went on without it")


def test_every_card_field_round_trips() -> None:
    assert tuple(f.name for f in dataclasses.fields(Card)) == cachemod._CARD_FIELDS
    card = Card(id="nq1", kind="steps", question="Q?", answer="a; b", term="T", note_key="k",
                source=SourceSpan("n.md", 3, 5, "text"), section=("H1", "H2"), rule="r",
                lang="ko", tags=("t",), deck="D::E", choices=("x", "y"), shape="reversed",
                cloze="{{c1::a}}", items=("a", "b"))
    meta = Note(path="n.md", key="k", title="T", tags=("t",), categories=("D", "E"),
                deck="D::E", date="2024-01-01", lang="ko", sections=(), encoding="cp949",
                content_hash="ab")
    assert cachemod._decode(cachemod._encode(meta, [card])) == (meta, (card,))


def test_korean_rules_cards_round_trip(write_note: Callable[..., Path], tmp_path: Path) -> None:
    path = write_note("ko.md", """
        # 생성형 AI

        생성형 AI는 콘텐츠를 만들어 내는 AI다. chatGPT의 원리는 크게 대형 언어 모델과 강화학습으로 나뉜다.
        RLHF 프로세스는 초기모델교육 -> 인적피드백수집 -> 강화학습의 단계를 가진다.
        """)
    plain = build([str(path)])
    assert plain.cards
    build([str(path)], cache=NoteCache(tmp_path / "cache"))
    c = NoteCache(tmp_path / "cache")
    assert build([str(path)], cache=c) == plain
    assert c.hits == 1


def test_worker_processes_give_the_same_result(notes: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WORKER_MIN_BYTES", 0)
    (notes / "broken.md").write_text("---\ntitle: [oops\n---\n", encoding="utf-8")
    seen: list[str] = []
    total: list[int] = []
    pooled = build([str(notes)], MARKED, seen.append, jobs=2, on_start=total.append)
    monkeypatch.setattr(pipeline, "WORKER_MIN_BYTES", 1 << 40)
    inline = build([str(notes)], MARKED)
    assert pooled == inline
    assert total == [4] and seen == sorted(seen) and len(seen) == 4
    assert [p.path for p in pooled.problems] == [str(notes / "broken.md")]


def test_cache_folder_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "here"))
    assert cache_dir() == tmp_path / "here"
    monkeypatch.delenv(CACHE_DIR_ENV)
    assert cache_dir() is None, "under pytest the user's cache is never used"


def test_cli_uses_the_cache_unless_told_not_to(notes: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "nocache"))
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["build", str(notes), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "nocache" / DB_NAME).exists()
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    for _ in range(2):
        result = runner.invoke(app, ["build", str(notes), "-o", str(out), "--marked-only"])
        assert result.exit_code == 0, result.output
    db = sqlite3.connect(tmp_path / "cache" / DB_NAME)
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 3
    db.close()


def test_library_callers_build_in_process_unless_they_ask(
    notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("no worker process without jobs")

    monkeypatch.setattr(pipeline, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(pipeline, "_in_pool", no_pool)
    assert build([str(notes)], MARKED).cards
