"""``notequiz quiz`` and ``stats`` end to end, driven in a real terminal with pexpect."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from notequiz.cli import app
from notequiz.quiz.schedule import Rating, review
from notequiz.quiz.store import APPLICATION_ID, CardInfo, Review, Store

from .test_quiz_support import (
    NOW,
    NOW_ARG,
    ROOT,
    card,
    finish,
    next_question,
    rating_prompt,
    rows,
    spawn,
    write_export,
)

CARDS = [
    card("paris", "Capital of France?", "Paris", deck="Geo", line=4, section=("Europe",),
         path="notes/geo.md"),
    card("rome", "Capital of Italy?", "Rome", deck="Geo", line=5, path="notes/geo.md"),
    card("packets", "TCP 연결을 끊을 때 주고받는 패킷 수는?", "4개", deck="Net", line=9,
         path="notes/tcp.md", section=("TCP", "연결 종료")),
    card("shake", "연결을 맺는 과정의 이름은?", "핸드셰이크", deck="Net", line=12,
         path="notes/tcp.md"),
]
BY_QUESTION = {c.question: c for c in CARDS}


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(tmp_path / "cards.json", CARDS)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


def quiz(export: Path, store: Path, *extra: str, now: str = NOW_ARG) -> pexpect.spawn:
    return spawn("quiz", str(export), "--store", str(store), "--seed", "1", "--now", now, *extra)


def test_typed_answers_right_wrong_and_typo(export: Path, store: Path) -> None:
    child = quiz(export, store, "--deck", "Net", "--deck", "Geo")
    child.expect_exact("0 due, 4 new")
    given = {
        "Capital of France?": ("paris.", "✓ Right"),
        "Capital of Italy?": ("Milan", "✗ Wrong"),
        "TCP 연결을 끊을 때 주고받는 패킷 수는?": ("4개요", "✓ Right"),
        "연결을 맺는 과정의 이름은?": ("핸드쉐이크", "✓ Right (1 typo)"),
    }
    for _ in CARDS:
        question = next_question(child)
        typed, verdict = given[question]
        child.expect_exact("› ")
        child.sendline(typed)
        shown = rating_prompt(child)
        assert verdict in shown
        expected = BY_QUESTION[question]
        assert f"Answer: {expected.answer}" in shown
        assert f"Source: {expected.source.path}:{expected.source.line_start}" in shown
        child.send("\r")  # Enter takes the suggestion: Good if right, Again if wrong
    rest, status = finish(child)
    assert status == 0
    assert "4 answered · 3 right · 1 wrong" in rest
    assert "Back in: 1 in 1m · 3 in 10m" in rest

    assert rows(store, "SELECT card_id, verdict, rating FROM reviews ORDER BY card_id") == [
        ("packets", "right", 3), ("paris", "right", 3), ("rome", "wrong", 1), ("shake", "right", 3)
    ]
    dues = dict(rows(store, "SELECT card_id, due FROM cards"))
    assert dues["rome"].startswith("2025-03-01T09:01:00")
    assert dues["paris"].startswith("2025-03-01T09:10:00")

    # Right after, nothing is due; two hours later all four are, due cards first.
    child = quiz(export, store)
    rest, status = finish(child)
    assert status == 0 and "Nothing due. Next due: 2025-03-01 09:01 (in 1m)." in rest
    child = quiz(export, store, now="2025-03-01T11:00:00+00:00")
    child.expect_exact("4 due, 0 new")
    child.expect_exact("learning")
    # Ctrl-C while the quiz waits for an answer (as a user would press it).
    child.expect_exact("› ")
    child.sendcontrol("c")
    finish(child)


def test_control_characters_in_a_card_never_reach_the_terminal(
    tmp_path: Path, store: Path
) -> None:
    # An export (or a note) may hold escape sequences: shown, never obeyed.
    hostile = card("esc", "What\x1b]0;pwned\x07 is\x1b[2J?", "A\x1b[31mred",
                   deck="D\x9bx\nfolder")
    export = write_export(tmp_path / "hostile.json", [hostile])
    child = quiz(export, store)
    question = next_question(child)
    assert question == "What␛]0;pwned is␛[2J?"  # rich itself drops a bell
    assert "] D�x␊folder · new\r\n" in child.match.group(0)  # the header stays one line
    child.expect_exact("› ")
    child.sendline("nothing")
    shown = rating_prompt(child)
    assert "Answer: A␛[31mred" in shown
    child.send("\r")
    rest, status = finish(child)
    assert status == 0
    assert all(c not in shown + rest for c in "\x1b\x07\x9b")


def test_multiple_choice(export: Path, store: Path) -> None:
    child = quiz(export, store, "--choices", "3", "--deck", "Geo")
    results = []
    for _ in range(2):
        question = next_question(child)
        child.expect(r"  1\) (.+)\r\n  2\) (.+)\r\n  3\) (.+)\r\n")
        options = [child.match.group(i).strip() for i in (1, 2, 3)]
        child.expect_exact("(q quits): ")
        right = BY_QUESTION[question].answer
        assert options.count(right) == 1
        # Choose right for France, wrong for Italy.
        pick = options.index(right) if question == "Capital of France?" else options.index(
            next(o for o in options if o != right)
        )
        child.send(str(pick + 1))
        results.append("✓ Right" in rating_prompt(child))
        child.send("\r")
    rest, status = finish(child)
    assert status == 0 and "2 answered · 1 right · 1 wrong" in rest
    assert sorted(results) == [False, True]
    assert rows(store, "SELECT DISTINCT mode FROM reviews") == [("choice",)]


def test_overrule_a_wrong_verdict_with_one_key(export: Path, store: Path) -> None:
    child = quiz(export, store, "--limit", "1", "--deck", "Net")
    next_question(child)
    child.expect_exact("› ")
    child.sendline("I'd say four")
    assert "✗ Wrong" in rating_prompt(child)
    child.send("o")
    child.expect_exact("Overruled: counted as right.")
    child.expect_exact("Enter=Good")
    rating_prompt(child)
    child.send("\r")
    rest, status = finish(child)
    assert status == 0 and "1 right · 0 wrong" in rest
    assert rows(store, "SELECT verdict, overruled, rating FROM reviews") == [("right", 1, 3)]


def test_flip_mode(export: Path, store: Path) -> None:
    child = quiz(export, store, "--flip", "--limit", "1")
    next_question(child)
    child.expect_exact("Enter shows the answer")
    child.send("\r")
    shown = rating_prompt(child)
    assert "Answer: " in shown and "Right" not in shown
    child.send("4")
    child.expect(r"→ Easy, next in \d+d")
    _, status = finish(child)
    assert status == 0
    assert rows(store, "SELECT verdict, rating FROM reviews") == [("self", 4)]


def _answer_first(child: pexpect.spawn) -> None:
    question = next_question(child)
    child.expect_exact("› ")
    child.sendline(BY_QUESTION[question].answer)
    rating_prompt(child)
    child.send("3")
    child.expect_exact("→ Good")
    next_question(child)
    child.expect_exact("› ")


def _store_is_sound(store: Path) -> None:
    assert rows(store, "PRAGMA integrity_check") == [("ok",)]
    assert rows(store, "SELECT count(*) FROM reviews") == [(1,)]
    assert rows(store, "SELECT count(*) FROM cards") == [(1,)]


def test_quit_with_q(export: Path, store: Path) -> None:
    child = quiz(export, store)
    _answer_first(child)
    child.sendline("q")
    rest, status = finish(child)
    assert status == 0
    assert "1 answered · 1 right · 0 wrong · stopped with 3 left" in rest
    _store_is_sound(store)


def test_ctrl_c_keeps_what_was_answered(export: Path, store: Path) -> None:
    child = quiz(export, store)
    _answer_first(child)
    child.sendcontrol("c")
    rest, status = finish(child)
    assert status == 130
    assert "Traceback" not in rest and "stopped with 3 left" in rest
    _store_is_sound(store)


def test_sigterm_ends_the_session_with_its_summary_and_status_143(
        export: Path, store: Path) -> None:
    import signal

    child = quiz(export, store)
    _answer_first(child)
    child.kill(signal.SIGTERM)
    rest, status = finish(child)
    assert status == 143  # not Ctrl-C's 130: a script can tell them apart
    assert "Traceback" not in rest and "stopped with 3 left" in rest
    _store_is_sound(store)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_killed_process_or_closed_terminal_loses_only_the_card_on_screen(
    export: Path, store: Path, sig: signal.Signals
) -> None:
    child = quiz(export, store)
    _answer_first(child)
    child.kill(sig)  # SIGHUP is what closing the terminal sends
    child.expect(pexpect.EOF)
    child.close()
    _store_is_sound(store)
    # The store opens again as if nothing happened: one card learning, three new.
    child = quiz(export, store)
    child.expect_exact("0 due, 3 new")
    child.expect_exact("› ")
    child.sendcontrol("c")
    finish(child)


def test_quiz_from_notes_built_on_the_fly(tmp_path: Path, store: Path) -> None:
    note = tmp_path / "notes" / "net.md"
    note.parent.mkdir()
    note.write_text(textwrap.dedent("""
        # Net

        TCP 헤더의 최소 크기는?::20바이트
        """).lstrip(), encoding="utf-8")
    child = quiz(note, store, "--marked-only")
    assert next_question(child) == "TCP 헤더의 최소 크기는?"
    child.expect_exact("› ")
    child.sendline("20 바이트입니다")
    shown = rating_prompt(child)
    assert "✓ Right" in shown and f"Source: {note}:3 · Net" in shown
    child.send("3")
    _, status = finish(child)
    assert status == 0


@pytest.mark.parametrize("kind", ["random", "newer", "state", "date"])
def test_bad_store_gets_one_line_and_is_not_touched(
    export: Path, store: Path, kind: str
) -> None:
    if kind == "random":
        store.write_bytes(os.urandom(8192))
    elif kind in ("state", "date"):
        # A sound SQLite file whose rows hold what no notequiz writes.
        with Store.open(store) as s:
            after = review(None, "paris", Rating.GOOD, NOW)
            s.record(Review("paris", NOW, Rating.GOOD, "right", "typed"), after,
                     CardInfo("Geo", "Capital of France?"))
        import sqlite3

        db = sqlite3.connect(store)
        db.execute("UPDATE cards SET state = 7" if kind == "state"
                   else "UPDATE reviews SET at = 'yesterday'")
        if kind == "date":
            db.execute("UPDATE cards SET due = '2026-13-45T00:00'")
        db.commit()
        db.close()
    else:
        import sqlite3

        db = sqlite3.connect(store)
        db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        db.execute("PRAGMA user_version=99")
        db.execute("CREATE TABLE cards (x)")
        db.commit()
        db.close()
    before = store.read_bytes()
    for command in (["quiz", str(export)], ["stats"]):
        done = subprocess.run(
            [sys.executable, "-m", "notequiz", *command, "--store", str(store)],
            capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=30,
        )
        assert done.returncode == 2
        assert done.stdout == ""
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("notequiz: ")
        assert ("newer notequiz" if kind == "newer" else "damaged") in done.stderr
        assert store.read_bytes() == before


def test_quizzing_an_export_imports_no_nlp(export: Path, store: Path) -> None:
    code = f"""
import sys
import notequiz.cli_quiz, notequiz.export.json_export
from notequiz.quiz import choices, grade, plan, schedule, session, source, stats, store
from notequiz.export.json_export import load
load({str(export)!r})
heavy = [m for m in ('spacy', 'kiwipiepy', 'genanki') if m in sys.modules]
assert not heavy, heavy
# The whole command, too: a session that ends at once (no input).
from notequiz.cli import app
sys.argv = ['notequiz', 'quiz', {str(export)!r}, '--store', {str(store)!r}]
try:
    app()
except SystemExit:
    pass
heavy = [m for m in ('spacy', 'kiwipiepy', 'genanki') if m in sys.modules]
assert not heavy, heavy
print('ok')
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
        stdin=subprocess.DEVNULL, timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")


def test_stats_command(export: Path, store: Path) -> None:
    with Store.open(store) as s:
        for c, rating in ((CARDS[0], Rating.EASY), (CARDS[2], Rating.AGAIN)):
            after = review(None, c.id, rating, NOW)
            s.record(Review(c.id, NOW, rating, "right", "typed"), after, CardInfo(c.deck, c.question))
    runner = CliRunner()
    later = (NOW + timedelta(minutes=5)).isoformat()
    result = runner.invoke(app, ["stats", "--store", str(store), "--now", later, "--days", "5"])
    assert result.exit_code == 0, result.output
    for word in ("Due by deck", "Geo", "Net", "All decks", "Forecast", "Today", "Retention"):
        assert word in result.output
    result = runner.invoke(
        app, ["stats", str(export), "--store", str(store), "--now", later, "--deck", "Geo"]
    )
    assert result.exit_code == 0, result.output
    assert "Net" not in result.output and "Geo" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--flip", "--choices", "3"], "cannot be used together"),
        (["--choices", "12"], "2 to 9"),
        (["--now", "yesterday"], "not an ISO date-time"),
    ],
)
def test_bad_options(export: Path, store: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["quiz", str(export), "--store", str(store), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_an_odd_store_name_is_shown_escaped(export: Path, tmp_path: Path) -> None:
    odd = os.fsdecode(os.fsencode(str(tmp_path)) + b"/st\xff\x1b[31m.sqlite3")
    result = CliRunner().invoke(app, ["quiz", str(export), "--store", odd, "--now", NOW_ARG],
                                input="q\n")
    assert result.exit_code == 0, result.output
    assert f"store: {tmp_path}/st\\xff\\x1b[31m.sqlite3" in result.stdout
    assert "\x1b" not in result.stdout and Path(odd).is_file()


def test_missing_export(tmp_path: Path, store: Path) -> None:
    result = CliRunner().invoke(app, ["quiz", str(tmp_path / "nope.json"), "--store", str(store)])
    assert result.exit_code == 2 and "nope.json" in result.stderr


EXPORT = '{"format": "notequiz/1", "cards": %s}'


def one_card(question: str = '"q"', more: str = "") -> str:
    card = '{"id": "nq1", "kind": "explicit", "question": ' + question + ', "answer": "a"'
    return EXPORT % f"[{card}{more}}}]"


NOT_EXPORTS = {
    "not-json": "{not json",
    "another-format": '{"format": "other"}',
    "nested-too-deeply": "[" * 100_000 + "]" * 100_000,
    "cards-not-a-list": EXPORT % "5",
    "cards-an-empty-object": EXPORT % "{}",
    "card-not-an-object": EXPORT % "[1]",
    "source-not-an-object": one_card(more=', "source": "here"'),
    "line-too-large": one_card(more=', "source": {"line": 1e999}'),
    "number-too-long": one_card(more=', "x": ' + "9" * 5000),
    "half-a-surrogate-pair": one_card(question='"\\ud800"'),
    "nan-for-text": one_card(question="NaN"),
    "infinity-for-text": one_card(more=', "term": -Infinity'),
    "huge-number-for-text": one_card(question="1e400"),
    "number-for-text": one_card(question="5"),
    "null-question": one_card(question="null"),
    "list-for-text": one_card(question='["a", "b"]'),
    "text-for-tags": one_card(more=', "tags": "abc"'),
    "numbers-in-tags": one_card(more=', "tags": ["a", 5]'),
    "text-for-a-line": one_card(more=', "source": {"line": "5"}'),
    "fraction-for-a-line": one_card(more=', "source": {"line": 2.5}'),
    "text-for-a-source": one_card(more=', "source": ""'),
    "list-for-a-source": one_card(more=', "source": []'),
    "empty-shape": one_card(more=', "shape": ""'),
}


@pytest.mark.parametrize("text", NOT_EXPORTS.values(), ids=NOT_EXPORTS.keys())
def test_a_file_that_is_no_export_is_one_line(tmp_path: Path, store: Path, text: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["quiz", str(bad), "--store", str(store)])
    assert result.exit_code == 2  # an uncaught exception would be 1
    [line] = result.stderr.splitlines()
    assert line.startswith((f"notequiz: {bad}: not a ", f"notequiz: {bad}: card 1 is malformed"))


def test_a_reversed_card_is_studied_both_ways_its_back_on_a_later_session(
        tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`Q:::A` is "studied in both directions": the back (the answer asked, the
    question wanted) is a card of its own, new once its front has been answered."""
    note = tmp_path / "flow.md"
    note.write_text("# TCP\n\n흐름 제어:::송신 속도를 조절하는 것\n", encoding="utf-8")
    monkeypatch.setenv("NOTEQUIZ_CACHE_DIR", str(tmp_path / "cache"))
    for now, asked, typed, key in (
            (NOW_ARG, "흐름 제어", "송신 속도를 조절하는 것", "4"),  # Easy: not due for days
            ("2025-03-02T09:00:00+00:00", "송신 속도를 조절하는 것", "흐름 제어", "3")):
        child = quiz(note, store, now=now)
        child.expect_exact("0 due, 1 new")
        assert next_question(child) == asked
        child.expect_exact("› ")
        child.sendline(typed)
        assert "✓ Right" in rating_prompt(child)
        child.send(key)
        _, status = finish(child)
        assert status == 0
    ids = [i for (i,) in rows(store, "SELECT card_id FROM reviews ORDER BY id")]
    assert len(ids) == 2 and ids[1] == ids[0] + ".r"


def test_two_sessions_on_one_store_each_build_on_what_the_other_saved(
        tmp_path: Path, store: Path) -> None:
    """A session left open in one terminal and a new one in another: an answer is
    scheduled from the card's progress as saved, not as it was when its session began."""
    export = write_export(tmp_path / "one.json", CARDS[:1])
    first, second = quiz(export, store), quiz(export, store)
    for child in (first, second):
        assert next_question(child) == "Capital of France?"
        child.expect_exact("› ")
    first.sendline("Paris")
    rating_prompt(first)
    first.send("4")  # Easy: the card leaves learning
    assert finish(first)[1] == 0
    second.sendline("Lyon")
    rating_prompt(second)
    second.send("\r")  # Again
    assert finish(second)[1] == 0
    assert rows(store, "SELECT state_before, state_after FROM reviews ORDER BY id") == [
        (None, 2), (2, 3)]  # new -> review, then review -> relearning
    assert rows(store, "SELECT reps, lapses FROM cards") == [(2, 1)]


def test_a_filter_that_matches_no_card_says_so(export: Path, store: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "notequiz", "quiz", str(export), "--store", str(store),
         "--deck", "Netwrk", "--tag", "nosuch"],
        capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=30)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "notequiz: no card matches --deck Netwrk --tag nosuch\n"


def test_nothing_due_names_the_next_due_card_of_the_filtered_decks(
        export: Path, store: Path) -> None:
    with Store.open(store) as s:
        for c, minutes in ((CARDS[0], 5), (CARDS[2], 50)):  # Geo due sooner than Net
            after = review(None, c.id, Rating.GOOD, NOW)
            s.record(Review(c.id, NOW, Rating.GOOD, "right", "typed"),
                     replace(after, due=NOW + timedelta(minutes=minutes)),
                     CardInfo(c.deck, c.question))
    child = quiz(export, store, "--deck", "Net", "--new", "0")
    rest, status = finish(child)
    assert status == 0 and "Nothing due. Next due: 2025-03-01 09:50 (in 50m)." in rest


def test_an_answer_that_is_no_utf8_is_graded_and_saved(export: Path, store: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "notequiz", "quiz", str(export), "--store", str(store),
         "--limit", "1", "--seed", "1", "--now", NOW_ARG],
        input=b"\xff\xfe\n\n", capture_output=True, cwd=ROOT, timeout=30)
    assert done.returncode == 0, done.stderr
    assert rows(store, "SELECT answer, verdict FROM reviews") == [("\ufffd\ufffd", "wrong")]


def test_a_terminal_in_another_encoding_still_quizzes(export: Path, store: Path) -> None:
    """With an ASCII terminal, Korean is shown as "?" and typed Korean is still read."""
    done = subprocess.run(
        [sys.executable, "-m", "notequiz", "quiz", str(export), "--store", str(store),
         "--deck", "Net", "--limit", "1", "--seed", "1", "--now", NOW_ARG],
        input="4개\n\n".encode(), capture_output=True, cwd=ROOT, timeout=30,
        env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert done.stderr == b"" and b"?" in done.stdout
    assert rows(store, "SELECT answer FROM reviews") == [("4개",)]


def test_stats_of_a_store_that_is_not_there_makes_none(tmp_path: Path) -> None:
    """A mistyped --store (or no quiz yet): stats says so and shows nothing,
    and leaves no empty store behind to pass for lost progress next time."""
    store = tmp_path / "no" / "such" / "p.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "notequiz", "stats", "--store", str(store)],
        capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=30)
    assert done.returncode == 0
    assert done.stderr == f"notequiz: {store}: no progress store yet (notequiz quiz makes it)\n"
    assert "0 reviews in all" in done.stdout
    assert not (tmp_path / "no").exists()


def test_a_store_named_as_one_of_the_notes_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("Q?::A\n", encoding="utf-8")
    empty = notes / "empty.md"
    empty.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "notequiz", "quiz", str(notes), "--store", str(empty)],
        capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=60,
        env={**os.environ, "NOTEQUIZ_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 2
    assert done.stderr.endswith(f"is the note {empty}; an output never replaces a note\n")
    assert empty.read_bytes() == b""
