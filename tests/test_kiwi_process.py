"""Kiwi in a child process (``notequiz.analyze.kiwi``): the same analyses, the same cards.

A small build started from the CLI loads Kiwi in a child process while it
imports spaCy; these tests check that what comes back is what Kiwi in this
process gives, that a child that dies is replaced without a trace in the
cards, and that no child outlives the build.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notequiz import pipeline, read
from notequiz.analyze import kiwi
from notequiz.analyze.morphemes import get_kiwi
from notequiz.export import Ahead
from notequiz.pipeline import BuildOptions, build

TEXTS = [
    "LLM(대형 언어 모델)은 방대한 텍스트로 학습한 모델이다. 그래서 했다.",
    "학교다",
    "이걸 해시 충돌이라고 부른다.\n\n둘째 문단은 캐시 교체 규칙을 설명한다!",
    "English only.",
    "",
]

NOTE = """
    # 캐시

    캐시는 자주 쓰는 데이터를 가까운 곳에 복사해 두는 임시 저장소다.
    LRU(Least Recently Used)는 가장 오래 쓰이지 않은 항목을 먼저 내보내는 방식이다.

    TCP 연결 과정은 SYN -> SYN-ACK -> ACK 순서로 진행된다.
    """


def add_salt(note: Path) -> None:
    """Edit ``note``: a new Korean sentence at its end, which only Kiwi can read."""
    note.write_text(note.read_text(encoding="utf-8") + "\n솔트는 해시 전에 덧붙이는 임의의 값이다.\n",
                    encoding="utf-8")


def fields(tokens: list) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [(t.form, t.tag, t.start, t.len, t.lemma, t.sent_position) for t in tokens]


@pytest.fixture(autouse=True)
def no_child_left() -> Iterator[None]:
    yield
    kiwi.stop_process()


@pytest.fixture
def process(monkeypatch: pytest.MonkeyPatch) -> kiwi.KiwiProcess:
    monkeypatch.setattr(kiwi, "cpus", lambda: 2)  # the child is started on any machine
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)  # other tests loaded Kiwi here
    kiwi.start_process()
    found = kiwi.running()
    assert found is not None
    return found


def answered_by_the_child(process: kiwi.KiwiProcess) -> bool:
    return (kiwi.running() is process and not process.failed
            and process._child.poll() is None)


def test_child_gives_the_tokens_of_kiwi_here(process: kiwi.KiwiProcess) -> None:
    here = get_kiwi()
    for text in TEXTS:
        assert fields(process.tokenize(text)) == fields(here.tokenize(text))
    many = list(process.tokenize(t for t in TEXTS))
    assert [fields(tokens) for tokens in many] == [
        fields(tokens) for tokens in here.tokenize(TEXTS)]
    assert answered_by_the_child(process)


def test_child_does_not_import_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A notes folder may hold a ``threading.py`` or a ``notequiz/`` of its own."""
    marker = tmp_path / "imported"
    (tmp_path / "threading.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    (tmp_path / "notequiz").mkdir()
    (tmp_path / "notequiz" / "__init__.py").write_text("raise ImportError('not this one')\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)
    kiwi.start_process()
    process = kiwi.running()
    assert process is not None
    assert fields(process.tokenize(TEXTS[0])) == fields(get_kiwi().tokenize(TEXTS[0]))
    assert answered_by_the_child(process)
    assert not marker.exists()


def test_no_child_once_kiwi_is_loaded_here(monkeypatch: pytest.MonkeyPatch) -> None:
    get_kiwi()
    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    kiwi.start_process()  # a build after the first: this process's Kiwi is ready
    assert kiwi.running() is None


def test_build_with_the_child_makes_the_same_cards(
    write_note: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_note("cache.md", NOTE)
    alone = build([str(path)])  # jobs=None: Kiwi in this process
    seen: list[tuple[kiwi.KiwiProcess, object]] = []
    original = kiwi.KiwiProcess._ask

    def spy(self: kiwi.KiwiProcess, texts: list[str]) -> object:
        answer = original(self, texts)
        seen.append((self, answer))
        return answer

    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)
    monkeypatch.setattr(kiwi.KiwiProcess, "_ask", spy)
    aside = build([str(path)], options=BuildOptions(), jobs=1)
    assert seen, "the build did not use the Kiwi child"
    assert all(answer is not None for _, answer in seen), "the child failed"
    assert aside.cards == alone.cards and aside.cards
    assert kiwi.running() is None  # ended with the build
    assert seen[0][0]._child.poll() is not None


def test_a_dead_child_is_replaced_by_kiwi_here(process: kiwi.KiwiProcess,
                                               write_note: Callable[..., Path]) -> None:
    process._child.kill()
    process._child.wait()
    assert fields(process.tokenize(TEXTS[0])) == fields(get_kiwi().tokenize(TEXTS[0]))
    assert kiwi.running() is None and process.failed
    path = write_note("cache.md", NOTE)
    assert build([str(path)], jobs=1).cards == build([str(path)]).cards


def test_child_answers_an_error_with_its_message() -> None:
    requests = io.BytesIO()
    kiwi._send(requests, ["학교다"])
    kiwi._send(requests, {"not": "a list"})
    requests.seek(0)
    answers = io.BytesIO()
    kiwi.serve(requests, answers)  # returns at the end of its input
    answers.seek(0)
    first = kiwi._receive(answers)
    assert [t[:2] for t in first[0]] == [("학교", "NNG"), ("이", "VCP"), ("다", "EF")]
    assert isinstance(kiwi._receive(answers), str)
    with pytest.raises(EOFError):
        kiwi._receive(answers)


def test_no_child_without_a_second_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kiwi, "cpus", lambda: 1)
    kiwi.start_process()
    assert kiwi.running() is None


def test_rebuild_builds_the_edited_note_while_the_cached_ones_decode(
    write_note: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from notequiz import cache as cachemod
    from notequiz.cache import NoteCache

    write_note("a.md", NOTE)
    edited = write_note("b.md", "# 해시\n\n해시 함수는 임의 길이의 데이터를 고정 길이 값으로 바꾸는 함수다.\n")
    write_note("c.md", "# Heap\n\nA heap is a tree-based data structure.\n")
    folder = str(tmp_path / "notes")
    with NoteCache(tmp_path / "cache") as cache:
        build([folder], cache=cache, jobs=1)
    add_salt(edited)
    real = cachemod._decode
    decoded_in: list[str] = []

    def decode(payload: bytes) -> tuple[object, ...]:
        import threading

        decoded_in.append(threading.current_thread().name)
        note, cards = real(payload)
        if note.key == "c.md":
            raise ValueError("malformed card")  # stored, but does not decode: built again
        return note, cards

    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)
    monkeypatch.setattr(cachemod, "_decode", decode)
    with NoteCache(tmp_path / "cache") as cache:
        again = build([folder], cache=cache, jobs=1)
        assert (cache.hits, cache.misses) == (1, 2)
    assert decoded_in and all(name != "MainThread" for name in decoded_in)
    assert kiwi.running() is None
    assert again.cards == build([folder]).cards
    assert any("솔트" in c.term for c in again.cards)


def test_a_rebuild_starts_the_child_before_listing_the_notes(
    write_note: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from notequiz.cache import NoteCache

    edited = write_note("a.md", NOTE)
    write_note("b.md", "# Heap\n\nA heap is a tree-based data structure.\n")
    folder = str(tmp_path / "notes")
    with NoteCache(tmp_path / "cache") as cache:
        first = build([folder], cache=cache, jobs=1)
    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)
    events: list[str] = []
    children: list[kiwi.KiwiProcess] = []
    real_start, real_find = kiwi.start_process, NoteCache.find_many

    def start() -> None:
        real_start()
        found = kiwi.running()
        if found is not None and found not in children:
            events.append("child started")
            children.append(found)

    def find_many(self: NoteCache, *args: object) -> object:
        events.append("cache read")
        return real_find(self, *args)  # type: ignore[arg-type]

    asked: list[kiwi.KiwiProcess] = []
    real_ask = kiwi.KiwiProcess._ask

    def ask(self: kiwi.KiwiProcess, texts: list[str]) -> object:
        asked.append(self)
        return real_ask(self, texts)

    def discover(paths: list[str]) -> object:
        events.append("notes listed")
        return read.discover(paths)

    monkeypatch.setattr(kiwi, "start_process", start)
    monkeypatch.setattr(NoteCache, "find_many", find_many)
    monkeypatch.setattr(kiwi.KiwiProcess, "_ask", ask)
    monkeypatch.setattr(pipeline, "discover", discover)

    # Nothing changed: the child started on the chance of an edit is stopped.
    with NoteCache(tmp_path / "cache") as cache:
        same = build([folder], cache=cache, jobs=1)
        assert (cache.hits, cache.misses) == (2, 0)
    assert events == ["child started", "notes listed", "cache read"] and not asked
    assert same.cards == first.cards
    assert kiwi.running() is None and children[0]._child.poll() is not None

    # One note edited: the child started before the notes were read analyses it.
    events.clear()
    add_salt(edited)
    with NoteCache(tmp_path / "cache") as cache:
        again = build([folder], cache=cache, jobs=1)
        assert (cache.hits, cache.misses) == (1, 1)
    assert events == ["child started", "notes listed", "cache read"]
    assert asked and set(asked) == {children[1]} and not children[1].failed
    assert children[1]._child.poll() is not None
    assert kiwi.running() is None
    assert again.cards == build([folder]).cards
    assert any("솔트" in c.term for c in again.cards)

    # A folder with no notes: the child started before that was known is stopped.
    events.clear()
    (tmp_path / "empty").mkdir()
    with NoteCache(tmp_path / "cache") as cache:
        nothing = build([str(tmp_path / "empty")], cache=cache, jobs=1)
    assert events[:2] == ["child started", "notes listed"] and not nothing.cards
    assert kiwi.running() is None and children[2]._child.poll() is not None


def test_a_rebuild_hands_the_cached_cards_over_while_it_waits_for_kiwi(
    write_note: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from notequiz.cache import NoteCache
    from notequiz.model import Card

    edited = write_note("a.md", NOTE)
    write_note("b.md", "# 힙\n\n힙은 완전 이진 트리 기반의 자료구조다.\n")
    folder = str(tmp_path / "notes")
    handed: list[tuple[str, list[Card]]] = []

    def on_cached(cards: Sequence[Card]) -> None:
        handed.append((threading.current_thread().name, list(cards)))

    with NoteCache(tmp_path / "cache") as cache:
        first = build([folder], cache=cache, jobs=1, on_cached=on_cached)
    assert not handed  # nothing was cached
    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)
    with NoteCache(tmp_path / "cache") as cache:
        same = build([folder], cache=cache, jobs=1, on_cached=on_cached)
    assert not handed and same.cards == first.cards  # no note to build: no wait for Kiwi

    add_salt(edited)
    with NoteCache(tmp_path / "cache") as cache:
        again = build([folder], cache=cache, jobs=1, on_cached=on_cached)
        assert (cache.hits, cache.misses) == (1, 1)
    [(thread, cards)] = handed
    assert thread != threading.current_thread().name
    kept = [c for c in again.cards if c.note_key.endswith("b.md")]
    assert kept and len(cards) == len(kept) and all(a is b for a, b in zip(cards, kept, strict=True))


@pytest.mark.parametrize("suffix", [".json", ".apkg"])
def test_a_rebuild_writes_what_a_first_build_writes(
    suffix: str, write_note: Callable[..., Path], tmp_path: Path, runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from notequiz.cli import app

    edited = write_note("a.md", NOTE)
    for i in range(3):
        write_note(f"n{i}.md", f"# 힙 {i}\n\n힙은 완전 이진 트리 기반의 자료구조다.\n")
    folder = str(tmp_path / "notes")
    monkeypatch.setenv("NOTEQUIZ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    monkeypatch.setattr(kiwi, "_kiwi_loaded", lambda: False)
    made: list[int] = []
    real_add = Ahead.add

    def add(self: Ahead, cards: Sequence[object]) -> None:
        real_add(self, cards)  # type: ignore[arg-type]
        made.append(len(self._made))

    monkeypatch.setattr(Ahead, "add", add)
    rebuilt, fresh = tmp_path / f"rebuilt{suffix}", tmp_path / f"fresh{suffix}"
    assert runner.invoke(app, ["build", folder, "-o", str(rebuilt), "-q"]).exit_code == 0
    add_salt(edited)
    assert runner.invoke(app, ["build", folder, "-o", str(rebuilt), "-q"]).exit_code == 0
    assert made and made[-1] > 0  # the cached cards' parts were made while Kiwi loaded
    assert runner.invoke(app, ["build", folder, "-o", str(fresh), "-q", "--no-cache"]).exit_code == 0
    assert rebuilt.read_bytes() == fresh.read_bytes()
