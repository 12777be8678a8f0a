"""The line every build ends with, and what changed since the last build of an output."""

from __future__ import annotations

import errno
import json
import os
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import notequiz.cache as cachemod
from notequiz.cache import (
    CACHE_DIR_ENV,
    Recorded,
    compare,
    fingerprint,
    previous_build_later,
    read_previous,
    record_build,
)
from notequiz.cli import app
from notequiz.model import Card, SourceSpan


def card(card_id: str, answer: str = "A", line: int = 1, question: str = "Q?") -> Card:
    return Card(id=card_id, kind="explicit", question=question, answer=answer, term="t",
                note_key="n", source=SourceSpan("n.md", line, line, ""), section=(),
                rule="md.explicit.qa", lang="en")


def recorded(c: Card) -> Recorded:
    return Recorded(c.id, fingerprint(c), c.question, c.answer)


def test_compare_new_changed_removed() -> None:
    before = {c.id: recorded(c) for c in (card("a"), card("b"), card("c"))}
    after = [card("a", line=9), card("b", answer="B"), card("d")]
    changes = compare(before, after)
    assert [c.id for c in changes.new] == ["d"]
    assert [(old.answer, new.answer) for old, new in changes.changed] == [("A", "B")]
    assert [r.id for r in changes.removed] == ["c"]
    assert changes.summary() == "1 new, 1 changed, 1 removed"
    assert [line[:4] for line in changes.lines()] == ["+ d ", "~ b ", "- c "]
    first = compare(None, after)
    assert first.first and len(first.new) == 3
    assert first.summary() == "first build of this output"


def test_fingerprints_tell_apart_fields_that_hold_a_separator() -> None:
    import dataclasses

    base = dataclasses.replace(card("a"), tags=("x", "y"), items=("i", "j"))
    # Fingerprints in build records stay what they were for every ordinary card.
    assert (fingerprint(base), fingerprint(base, "D")) == ("32abcea82e647021", "25131c373aafc0f6")
    alike = [base, dataclasses.replace(base, tags=("x\x1fy",)),
             dataclasses.replace(base, items=("i\x1fj",)),
             dataclasses.replace(base, items=("i", "j\x1e"), tags=("y",)),
             dataclasses.replace(base, items=("i", "j", "\x1e", "x"))]
    assert len({fingerprint(c) for c in alike}) == len(alike)


@pytest.mark.parametrize("whole", ["👍🏽", "🇰🇷", "e\u0301", "\u1100\u1161\u11a8"],
                         ids=["skin-tone", "flag", "combining", "jamo"])
def test_a_diff_line_is_never_cut_inside_what_shows_as_one_character(whole: str) -> None:
    from notequiz.cache import LINE_CHARS

    for lead in range(LINE_CHARS - 4, LINE_CHARS + 1):
        text = "a" * lead + whole + "b" * 100
        for shown in (compare({}, [card("x", answer=text)]).lines()[0],
                      compare({"x": recorded(card("x", answer="a" * 200))},
                              [card("x", answer=text)]).lines()[0]):
            pieces = [p for p in shown.replace("=>", "…").split("…")
                      if any(part in p for part in whole)]
            assert all(whole in p for p in pieces), (lead, shown)  # all of it, or none
    for later in range(16, 24):  # a change just after it: both sides shown from within it
        text = "c" * 100 + whole + "b" * 100
        changed = text[:100 + len(whole) + later] + "X" + text[100 + len(whole) + later + 1:]
        shown = compare({"x": recorded(card("x", answer=text))},
                        [card("x", answer=changed)]).lines()[0]
        pieces = [p for p in shown.replace("=>", "…").split("…")
                  if any(part in p for part in whole)]
        assert all(whole in p for p in pieces), (later, shown)


def test_a_long_run_of_marks_is_cut_where_it_must_be() -> None:
    question = "a" + "\u0301" * 150
    line = compare({"x": recorded(card("x", question=question + "X"))},
                   [card("x", question=question + "Y")]).lines()[0]
    # Shown from a little before the change, not cut back to nothing ("… => …").
    assert "\u0301X  =>  …" in line and line.count("\u0301") == 40


def test_diff_shows_a_tag_that_holds_the_record_separator(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    note = write_note("a.md", '---\ntags: ["a\\x1fb"]\n---\n# A\n\nQ1::A1\n')
    out = str(tmp_path / "deck.tsv")
    assert cli(str(note), "-o", out)[0] == 0
    note.write_text("---\ntags: [a, b]\n---\n# A\n\nQ1::A1\n", encoding="utf-8")
    code, stdout, err = cli(str(note), "-o", out, "--diff")
    assert code == 0 and err.endswith(": 0 new, 1 changed, 0 removed\n")
    assert '(tags: ["a\\u001fb"]  =>  ["a", "b"])' in stdout, stdout


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from("a\x1f\x1e[]\",\\"), min_size=1), max_size=4))
def test_a_record_keeps_any_list_of_tags_or_items(values: list[str]) -> None:
    assert cachemod.split(cachemod.joined(values)) == values


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., tuple[int, str, str]]:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    runner = CliRunner()

    def invoke(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, ["build", *args, "--marked-only"])
        return result.exit_code, result.stdout, result.stderr

    return invoke


@pytest.mark.parametrize("early", [True, False], ids=["record-read-early", "record-read-after"])
@pytest.mark.parametrize("suffix", [".json", ".tsv"])
def test_build_line_reports_changes_for_any_format(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path],
    tmp_path: Path, suffix: str, early: bool, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A small record is read while the build runs; one over the limit after it.
    monkeypatch.setattr(cachemod, "EARLY_RECORD_BYTES", 1 << 20 if early else 0)
    note = write_note("a.md", "# A\n\nOne?::1\n\nTwo?::2\n\nThree?::3\n")
    out = str(tmp_path / f"deck{suffix}")
    code, _, err = cli(str(note), "-o", out)
    assert code == 0
    assert err.strip().splitlines()[-1] == (
        f"1 note, 3 cards -> {out}: first build of this output")
    note.write_text("# A\n\nOne?::1\n\nTwo?::two\n\nFour?::4\n\nFive?::5\n", encoding="utf-8")
    code, stdout, err = cli(str(note), "-o", out, "--diff")
    assert code == 0
    assert err.strip().splitlines()[-1] == f"1 note, 4 cards -> {out}: 2 new, 1 changed, 1 removed"
    listed = stdout.strip().splitlines()
    assert [line[0] for line in listed] == ["+", "+", "~", "-"]
    assert "Two?" in listed[2] and "2  =>  two" in listed[2] and "Three?" in listed[3]
    code, stdout, err = cli(str(note), "-o", out, "--diff")
    assert err.strip().endswith(": 0 new, 0 changed, 0 removed") and stdout == ""


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_a_signal_as_the_output_is_put_in_place_waits_for_its_record(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sig: str,
) -> None:
    """Ctrl-C (or ``kill``) right after the new output replaced the old one: the build
    still records what the output now holds, then stops, so the next build compares
    against the cards that are really there."""
    import signal

    from notequiz import cli as climod
    from notequiz.errors import Terminated

    def terminate(number: int, frame: object) -> None:
        raise Terminated()  # what the notequiz command does on SIGTERM

    previous_handler = signal.signal(signal.SIGTERM, terminate)
    note = write_note("a.md", "# A\n\nOne?::1\n\nTwo?::2\n")
    out = tmp_path / "deck.tsv"  # no export stands in for a missing record (as JSON does)
    assert cli(str(note), "-o", str(out))[0] == 0
    note.write_text("# A\n\nOne?::1\n\nTwo?::two\n\nThree?::3\n", encoding="utf-8")
    replace = os.replace

    def replaced_then_signalled(src: str, dst: str | os.PathLike[str]) -> None:
        replace(src, dst)
        if Path(dst) == out:
            signal.raise_signal(getattr(signal, sig))

    try:
        monkeypatch.setattr(os, "replace", replaced_then_signalled)
        code, _, err = cli(str(note), "-o", str(out))
        monkeypatch.setattr(os, "replace", replace)
        assert (code, err) == ((130, "notequiz: interrupted\n") if sig == "SIGINT"
                               else (climod.TERMINATED, "notequiz: terminated\n"))
        assert "Three?" in out.read_text(encoding="utf-8")  # the new output is in place
        code, _, err = cli(str(note), "-o", str(out))
        assert code == 0 and err.endswith(": 0 new, 0 changed, 0 removed\n"), err
    finally:
        signal.signal(signal.SIGTERM, previous_handler)


@pytest.mark.parametrize(("suffix", "moved"), [(".apkg", 2), (".tsv", 2), (".json", 0)])
def test_deck_option_changes_the_cards_of_formats_that_take_it(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path],
    tmp_path: Path, suffix: str, moved: int,
) -> None:
    # --deck moves every card of an Anki deck (as a note's categories would);
    # JSON keeps each card's own deck (docs/json-format.md), so nothing changes there.
    note = write_note("a.md", "# A\n\nOne?::1\n\nTwo?::2\n")
    out = str(tmp_path / f"deck{suffix}")
    assert cli(str(note), "-o", out)[0] == 0
    for args, changed in (((), 0), (("--deck", "Other"), moved), (("--deck", "Other"), 0),
                          ((), moved)):
        code, _, err = cli(str(note), "-o", out, *args)
        assert code == 0
        assert err.strip().splitlines()[-1].endswith(f": 0 new, {changed} changed, 0 removed")


def test_diff_says_what_moved_of_a_changed_card(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    # A card moved to another deck or given other tags shows what moved, not "1 => 1".
    def note(categories: str, tags: str, answer: str) -> Path:
        return write_note("a.md", f"---\ncategories: [{categories}]\ntags: [{tags}]\n---\n"
                                  f"# A\n\nOne?::{answer}\n")

    out = str(tmp_path / "deck.apkg")
    assert cli(str(note("Net", "tcp", "1")), "-o", out)[0] == 0
    steps = [
        (("Net", "tcp", "one"), (), "One?  ->  1  =>  one"),
        (("Network", "tcp", "one"), (), "One?  ->  one  (deck: Net  =>  Network)"),
        (("Network", "tcp, udp", "one"), (),
         'One?  ->  one  (tags: ["tcp"]  =>  ["tcp", "udp"])'),
        (("Network", "", "one"), ("--deck", "Mine"), "One?  ->  one  (deck: Network  =>  Mine)"
                                                     '  (tags: ["tcp", "udp"]  =>  [])'),
    ]
    for (categories, tags, answer), args, shown in steps:
        path = note(categories, tags, answer)
        code, stdout, err = cli(str(path), "-o", out, "--diff", *args)
        assert code == 0 and err.strip().endswith(": 0 new, 1 changed, 0 removed")
        [line] = stdout.strip().splitlines()
        assert line.startswith("~ ") and line.split("  ", 1)[1] == shown


def test_diff_shows_what_moved_of_long_and_cloze_cards(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    out = str(tmp_path / "deck.apkg")

    def rebuilt(tags: str, body: str) -> list[str]:
        path = write_note("a.md", f"---\ntags: [{tags}]\n---\n# A\n\n{body}\n")
        code, stdout, _ = cli(str(path), "-o", out, "--diff")
        assert code == 0
        return [line for line in stdout.splitlines() if line.startswith("~ ")]

    long = "an answer of many words " * 5  # 120 characters, then what changes
    cloze = "포트 번호는 {{c1::16비트}},\n헤더는 {{c2::20바이트}}다."
    rebuilt("x", f"{cloze}\n\nLong?::{long}ALPHA")
    # Unchanged text over two lines, or longer than a line shows, is not "X  =>  X".
    lines = rebuilt("x, y", f"{cloze}\n\nLong?::{long}ALPHA")
    assert len(lines) == 2
    assert all(line.count("=>") == 1 and line.endswith('(tags: ["x"]  =>  ["x", "y"])')
               for line in lines)
    # A change beyond what a line shows: both sides from a little before it.
    [line] = rebuilt("x, y", f"{cloze}\n\nLong?::{long}BETA")
    assert "Long?  ->  …" in line and line.endswith("ALPHA  =>  …" + long[100:].strip() + " BETA")
    # Clozes renumbered (two Anki cards become one): the cloze text is shown.
    [line] = rebuilt("x, y", cloze.replace("c2::", "c1::") + f"\n\nLong?::{long}BETA")
    assert line.endswith("(cloze: 포트 번호는 {{c1::16비트}}, 헤더는 {{c2::20바이트}}다.  =>  "
                         "포트 번호는 {{c1::16비트}}, 헤더는 {{c1::20바이트}}다.)")


def test_diff_shows_a_change_in_spacing_alone(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    out = str(tmp_path / "deck.tsv")

    def rebuilt(body: str) -> list[str]:
        path = write_note("a.md", f"# A\n\n{body}\n")
        code, stdout, _ = cli(str(path), "-o", out, "--diff")
        assert code == 0
        return [line.split("  ", 1)[1] for line in stdout.splitlines() if line.startswith("~ ")]

    rebuilt("Q?::a b")
    assert rebuilt("Q?::a  b") == ["Q?  ->  a b  =>  a  b"]
    assert rebuilt("Q?::a\u00a0b") == ["Q?  ->  a  b  =>  a\\xa0b"]


def _changed_line(cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path],
                  out: str) -> Callable[[str], str]:
    """A function that writes a note of one paragraph, rebuilds ``out`` with ``--diff``
    and gives its one changed card's line, its id left out (``""`` for none)."""
    def rebuilt(body: str) -> str:
        path = write_note("a.md", f"# A\n\n{body}\n")
        code, stdout, _ = cli(str(path), "-o", out, "--diff")
        assert code == 0
        [line] = [line for line in stdout.splitlines() if line.startswith("~ ")] or [""]
        return line.split("  ", 1)[-1]

    return rebuilt


def test_diff_never_lets_a_typed_escape_pass_for_a_character(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    out = str(tmp_path / "deck.tsv")
    rebuilt = _changed_line(cli, write_note, out)

    # A no-break space (or a tab) replaced by the text that names it: collapsed, the
    # old side would read as a plain space and the new one as our escape of it.
    cli(str(write_note("a.md", "# A\n\nQ?::alpha\u00a0beta\n")), "-o", out)
    assert rebuilt("Q?::alpha\\xa0beta") == "Q?  ->  alpha\\xa0beta  =>  alpha\\\\xa0beta"
    assert rebuilt("Q?::alpha\tbeta") == "Q?  ->  alpha\\\\xa0beta  =>  alpha\\x09beta"
    # Without a backslash on either side the spacing is collapsed, as before.
    assert rebuilt("Q?::gamma\u3000beta") == "Q?  ->  alpha beta  =>  gamma beta"
    # A long text is cut with "…", never inside an escape: "\\\\xa0" is not cut to
    # "\\xa0", which would read as a no-break space; nor "\\\\" at the end to "\\".
    long = "p" * 60 + "\\xa0" + "q" * 16
    rebuilt(f"Q?::{long}1")
    assert rebuilt(f"Q?::{long}2") == (
        "Q?  ->  …\\\\xa0qqqqqqqqqqqqqqqq1  =>  …\\\\xa0qqqqqqqqqqqqqqqq2")
    rebuilt("Q?::A" + "x" * 77 + "\\yz")
    assert rebuilt("Q?::B" + "x" * 77 + "\\yz") == (
        "Q?  ->  A" + "x" * 77 + "…  =>  B" + "x" * 77 + "…")


def test_diff_of_look_alike_tags_keeps_json_escapes_as_json_writes_them(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    out = str(tmp_path / "deck.tsv")
    front = "---\ntags: ['C:\\dir', \"{}\"]\n---\n# S\n\nTea::hot\n"
    cli(str(write_note("s.md", front.format("a\\u00a0b"))), "-o", out)
    code, stdout, _ = cli(str(write_note("s.md", front.format("a\\u2003b"))), "-o", out, "--diff")
    assert code == 0
    [line] = stdout.splitlines()
    # Both read "a b" collapsed: every character is shown, JSON's escape of the
    # backslash in C:\dir as JSON writes it, not doubled again.
    assert line.endswith('(tags: ["C:\\\\dir", "a\\xa0b"]  =>  ["C:\\\\dir", "a\\u2003b"])')


def test_diff_shows_list_items_that_moved_when_the_answer_did_not(
    monkeypatch: pytest.MonkeyPatch, write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    out, runner = str(tmp_path / "deck.tsv"), CliRunner()
    path = write_note("a.md", "# A\n\n설명은 다음과 같다.\n\n- 가; 나\n- 다\n")
    assert runner.invoke(app, ["build", str(path), "-o", out]).exit_code == 0
    # The same words, cut into items elsewhere: the joined answer is the same.
    write_note("a.md", "# A\n\n설명은 다음과 같다.\n\n- 가\n- 나; 다\n")
    result = runner.invoke(app, ["build", str(path), "-o", out, "--diff"])
    assert result.exit_code == 0 and result.stderr.strip().endswith("0 new, 1 changed, 0 removed")
    [line] = result.stdout.splitlines()
    assert line.endswith('->  가; 나; 다  (items: ["가; 나", "다"]  =>  ["가", "나; 다"])')


def test_diff_tells_apart_what_would_look_alike(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    out = str(tmp_path / "deck.tsv")
    rebuilt = _changed_line(cli, write_note, out)

    cli(str(write_note("a.md", "# A\n\nQ?::alphabeta\n")), "-o", out)
    assert rebuilt("Q?::alpha\u00adbeta") == "Q?  ->  alphabeta  =>  alpha\\xadbeta"
    assert rebuilt("Q?::alpha\U000e0100beta") == (
        "Q?  ->  alpha\\xadbeta  =>  alpha\\U000e0100beta")
    assert rebuilt("Q?::alpha\u2800beta") == (
        "Q?  ->  alpha\\U000e0100beta  =>  alpha\\u2800beta")
    # A typed escape and the character it names: backslashes are shown doubled then.
    rebuilt("Q?::a\\x1bb")
    assert rebuilt("Q?::a\x1bb") == "Q?  ->  a\\\\x1bb  =>  a\\x1bb"
    rebuilt("Colors are {{c1::red}} and {{c2::green, blue}}.")
    # An item holding a comma is not two items.
    assert '  (items: ["red", "green, blue"]  =>  ["red", "green", "blue"])  ' in rebuilt(
        "Colors are {{c1::red}} and {{c2::green}}, {{c3::blue}}.")
    many = " ".join(f"{{{{c{i}::item number {i}}}}}" for i in range(1, 40))
    rebuilt(many)
    line = rebuilt(many.replace("item number 39", "item number 39, changed"))
    items = line[line.index("(items: "):line.index("  (cloze: ")]
    assert len(items) < 2 * 82 + 20 and items.endswith('changed"])')


def test_an_output_path_that_is_not_utf8_is_shown_escaped(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = os.fsdecode(os.fsencode(str(tmp_path)) + b"/deck\xff.tsv")
    for summary in ("first build of this output", "0 new, 0 changed, 0 removed"):
        code, _, err = cli(str(note), "-o", out, "--diff")
        assert code == 0 and err.strip().endswith("deck\\xff.tsv: " + summary)


def test_each_diff_line_is_one_line_with_control_characters_escaped(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    out = str(tmp_path / "deck.tsv")
    path = write_note("a.md", "---\ntags: [x]\n---\n# A\n\nWhat is LRU?::Least Recently Used\n")
    assert cli(str(path), "-o", out)[0] == 0
    write_note("a.md", '---\ntags: ["\\e[2J\\e[31mRED", "line\\nbreak"]\ncategories: ["a\\nb"]\n'
                       "---\n# A\n\nWhat is LRU?::Least Recently Used\n\nNew\x1b[2J?::x\n")
    code, stdout, _ = cli(str(path), "-o", out, "--diff")
    assert code == 0 and "\x1b" not in stdout
    lines = stdout.splitlines()
    assert len(lines) == 2 and all(line[:2] in ("+ ", "~ ") for line in lines)
    # The deck loses its line break, as Anki stores deck names (model.deck_path).
    assert lines[1].endswith('(deck: notes  =>  ab)  (tags: ["x"]  =>  '
                             '["\\u001b[2J\\u001b[31mRED", "line\\nbreak"])')


def test_ids_and_the_output_path_are_escaped_too(
    monkeypatch: pytest.MonkeyPatch, write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)  # the export below stands in
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = tmp_path / "deck\x1b[31m.json"
    out.write_text('{"format": "notequiz/1", "cards": [{"id": "\\u001b[2Jnq", "kind": '
                   '"explicit", "question": "q", "answer": "a"}]}', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(note), "-o", str(out), "--diff"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout + result.stderr
    assert "- \\x1b[2Jnq  q  ->  a" in result.stdout.splitlines()
    assert result.stderr.strip().endswith("deck\\x1b[31m.json: 1 new, 0 changed, 1 removed")


def test_show_prints_control_characters_as_pictures(write_note: Callable[..., Path]) -> None:
    note = write_note("a.md", "# A\n\nWhat\x1b[2J?::A\x1b[31mred\n\nRTL\u202e?::mark\u200f\n")
    result = CliRunner().invoke(app, ["show", str(note), "--marked-only"])
    assert result.exit_code == 0
    assert not any(c in result.stdout for c in "\x1b\u202e\u200f")
    assert "What␛[2J?" in result.stdout and "RTL�?" in result.stdout
    assert "A␛[31mred" in result.stdout
    assert "2 cards from 1 note" in " ".join(result.stdout.split())  # not "1 notes"


def test_a_record_from_before_decks_and_tags_were_kept_is_still_read(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    path = write_note("a.md", "---\ncategories: [Net]\n---\n# A\n\nOne?::1\n")
    out = str(tmp_path / "deck.tsv")
    assert cli(str(path), "-o", out)[0] == 0
    [record] = (tmp_path / "cache" / "builds").iterdir()
    doc = json.loads(zlib.decompress(record.read_bytes()))
    assert [len(row) for row in doc["cards"]] == [8]
    doc["cards"] = [row[:4] for row in doc["cards"]]  # as such a record was written
    record.write_bytes(zlib.compress(json.dumps(doc).encode()))
    write_note("a.md", "---\ncategories: [Network]\n---\n# A\n\nOne?::1\n")
    code, stdout, err = cli(str(path), "-o", out, "--diff")
    assert code == 0 and err.strip().endswith(": 0 new, 1 changed, 0 removed")
    # The old deck is not known: the line says why nothing is shown as moved.
    assert stdout.strip().split("  ", 1)[1] == "One?  ->  1  (the last build kept no more)"


def test_an_output_behind_a_link_is_written_through_it(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    (tmp_path / "real").mkdir()
    real, link = tmp_path / "real" / "deck.json", tmp_path / "deck.json"
    link.symlink_to(real)
    for summary in ("first build of this output", "0 new, 0 changed, 0 removed"):
        code, _, err = cli(str(note), "-o", str(link))
        assert code == 0 and err.strip().endswith(f"{link}: {summary}")
        assert link.is_symlink() and json.loads(real.read_text())["cards"][0]["answer"] == "1"


def test_an_output_link_that_loops_is_one_line(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    first, second = tmp_path / "b.json", tmp_path / "c.json"
    first.symlink_to(second)
    second.symlink_to(first)
    code, _, err = cli(str(note), "-o", str(first))
    assert (code, err) == (2, f"notequiz: {first}: symbolic link loop\n")
    assert first.is_symlink() and second.is_symlink()


def test_a_small_record_is_read_in_a_thread_a_large_one_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder, out = tmp_path / "cache", str(tmp_path / "deck.json")
    record_build(out, [card("a"), card("b")], folder)
    readers: list[str] = []
    real = cachemod.read_previous

    def reading(output: str, where: Path | None) -> cachemod.Previous:
        readers.append(threading.current_thread().name)
        return real(output, where)

    monkeypatch.setattr(cachemod, "read_previous", reading)
    assert sorted(previous_build_later(out, folder)().cards or {}) == ["a", "b"]
    assert readers == ["notequiz-previous-build"]
    monkeypatch.setattr(cachemod, "EARLY_RECORD_BYTES", 0)
    readers.clear()
    later = previous_build_later(out, folder)
    assert readers == []  # not yet: only when asked, in the caller's thread
    assert sorted(later().cards or {}) == ["a", "b"]
    assert readers == [threading.current_thread().name]


def test_a_record_that_cannot_be_read_in_its_thread_raises_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder, out = tmp_path / "cache", str(tmp_path / "deck.json")
    record_build(out, [card("a")], folder)

    def broken(output: str, where: Path | None) -> cachemod.Previous:
        raise MemoryError("no room")

    monkeypatch.setattr(cachemod, "read_previous", broken)
    later = previous_build_later(out, folder)
    with pytest.raises(MemoryError, match="no room"):
        later()


def test_json_export_stands_in_without_a_record(
    monkeypatch: pytest.MonkeyPatch, write_note: Callable[..., Path], tmp_path: Path
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)  # no cache folder at all under pytest
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = str(tmp_path / "deck.json")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(note), "-o", out]).exit_code == 0
    note.write_text("# A\n\nOne?::1\n\nTwo?::2\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(note), "-o", out])
    assert result.stderr.strip().endswith("2 cards -> " + out + ": 1 new, 0 changed, 0 removed")


@pytest.mark.parametrize("previous", ['{"format": "notequiz/1", "cards": [1]}',
                                      '{"format": "notequiz/1", "cards": [{"id": "nq1", '
                                      '"kind": "explicit", "question": "\\ud800", "answer": "a"}]}'])
def test_a_previous_export_that_cannot_be_read_counts_as_no_previous_build(
    monkeypatch: pytest.MonkeyPatch, write_note: Callable[..., Path], tmp_path: Path,
    previous: str,
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)  # no record: the export stands in
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = tmp_path / "deck.json"
    out.write_text(previous, encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(note), "-o", str(out), "--diff"])
    assert result.exit_code == 0 and result.exception is None
    assert result.stderr.strip().endswith(f"{out}: first build of this output")
    assert json.loads(out.read_text(encoding="utf-8"))["cards"][0]["answer"] == "1"


@pytest.mark.parametrize("cards", [
    None,  # not even zlib
    # Sound zlib and JSON, in a shape no build writes: damage all the same, never
    # "a previous build with no cards" (which would call every card new).
    {"a": 1}, [["id", "print", "question"]], [1, 2], "text", ["abcd"],
    [["id", "print", "question", "answer", "deck"]],
    [["id", "print", "question", "answer", "deck", ["tags"], "", ""]],
    [["id", "print", "question", "answer", 7, "tags", "", ""]],
    [["id", "print", "question", "answer", "deck", "tags", None, ""]],
    [["id", "print", "question", "answer", "deck", "tags", "", ["items"]]],
    [["id", "print", "question", "answer", "deck", "tags", ""]],
    [["id", "print", "question", "answer", "deck", "tags", "cloze", "items", "more"]],
], ids=["not-zlib", "cards-a-dict", "short-row", "rows-not-lists", "cards-a-string",
        "row-a-string", "five-fields", "tags-not-text", "deck-not-text", "cloze-not-text",
        "items-not-text", "seven-fields", "nine-fields"])
def test_damaged_record_counts_as_no_previous_build(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
    cards: object,
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = str(tmp_path / "deck.tsv")
    cli(str(note), "-o", out)
    records = list((tmp_path / "cache" / "builds").iterdir())
    assert len(records) == 1
    doc = {"output": os.path.realpath(out), "cards": cards}
    records[0].write_bytes(b"\x78\x9c not zlib" if cards is None
                           else zlib.compress(json.dumps(doc).encode()))
    damaged = read_previous(out, tmp_path / "cache")
    assert damaged.cards is None and damaged.trouble.startswith("damaged build record ")
    assert not records[0].exists()  # never trusted: deleted
    records[0].write_bytes(zlib.compress(json.dumps(doc).encode()) if cards is not None
                           else b"\x78\x9c not zlib")
    code, _, err = cli(str(note), "-o", out)
    # Said as it is: there was a build, but what it held is not known.
    warning, line = err.strip().splitlines()
    assert code == 0 and warning.startswith("notequiz: cache: damaged build record ")
    assert line.endswith(": previous build unknown (its record could not be read)")
    _, _, err = cli(str(note), "-o", out)
    assert err.strip().endswith("0 new, 0 changed, 0 removed")


def test_a_record_that_cannot_be_written_is_said_and_one_in_the_way_cleared(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = str(tmp_path / "deck.tsv")
    cli(str(note), "-o", out)
    [record] = (tmp_path / "cache" / "builds").iterdir()
    # An empty folder where the record goes: taken for damage, cleared, recorded anew.
    record.unlink()
    record.mkdir()
    code, _, err = cli(str(note), "-o", out)
    assert code == 0 and err.startswith(f"notequiz: cache: damaged build record {record} ")
    assert err.strip().endswith("previous build unknown (its record could not be read)")
    assert record.is_file()
    assert cli(str(note), "-o", out)[2].strip().endswith("0 new, 0 changed, 0 removed")
    # A folder that holds something stays, and is said on every build: never that
    # the next build will compare with an earlier one, since nothing can be read there.
    record.unlink()
    record.mkdir()
    (record / "kept").write_text("", encoding="utf-8")
    for _ in range(2):
        code, _, err = cli(str(note), "-o", out)
        assert code == 0 and err.strip().splitlines()[1].endswith(
            "; the next build cannot report its changes")
    assert (record / "kept").exists()
    (record / "kept").unlink()
    record.rmdir()
    # A folder of records that is a file: every build says the record could not be
    # written (and not that it is a first build, silently, forever).
    builds = record.parent
    for entry in builds.iterdir():
        entry.unlink()
    builds.rmdir()
    builds.write_text("not a folder", encoding="utf-8")
    for _ in range(2):
        code, _, err = cli(str(note), "-o", out)
        lines = err.strip().splitlines()
        assert code == 0 and lines[-1].endswith("first build of this output")
        assert lines[:-1] == [f"notequiz: cache: cannot write the build record {record} "
                              f"({builds} is not a folder); the next build cannot report "
                              "its changes"]
    assert builds.read_text(encoding="utf-8") == "not a folder"  # not ours to remove


def test_a_record_that_fails_to_be_written_leaves_no_older_one_behind(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = str(tmp_path / "deck.tsv")
    cli(str(write_note("a.md", "# A\n\nOne?::1\n")), "-o", out)
    note = write_note("a.md", "# A\n\nOne?::1\n\nTwo?::2\n")

    real = cachemod.tempfile.mkstemp

    def full(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(kwargs["dir"]).name == "builds":  # the record's disk is full, not the output's
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(cachemod.tempfile, "mkstemp", full)
        code, _, err = cli(str(note), "-o", out)
    warning, line = err.strip().splitlines()
    assert code == 0 and line.endswith("1 new, 0 changed, 0 removed")
    assert warning.startswith("notequiz: cache: cannot write the build record ")
    assert warning.endswith("(No space left on device); the next build cannot report its changes")
    # Not "1 new" again, against the build before: the stale record went.
    assert cli(str(note), "-o", out)[2].strip().endswith("first build of this output")
    assert cli(str(note), "-o", out)[2].strip().endswith("0 new, 0 changed, 0 removed")


@pytest.mark.parametrize("kind", ["pipe", "link-loop"])
def test_a_record_that_is_no_file_is_said_and_never_waited_on(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
    kind: str,
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = str(tmp_path / "deck.tsv")
    cli(str(note), "-o", out)
    [record] = (tmp_path / "cache" / "builds").iterdir()
    record.unlink()
    if kind == "pipe":
        os.mkfifo(record)  # reading it would wait for a writer forever
    else:
        record.symlink_to(record.name)
    code, _, err = cli(str(note), "-o", out)
    warning, line = err.strip().splitlines()
    assert code == 0 and warning.startswith(f"notequiz: cache: damaged build record {record} ")
    assert line.endswith("previous build unknown (its record could not be read)")
    assert cli(str(note), "-o", out)[2].strip().endswith("0 new, 0 changed, 0 removed")


def test_a_record_nested_too_deeply_counts_as_no_previous_build(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    out = str(tmp_path / "deck.tsv")
    cli(str(note), "-o", out)
    [record] = (tmp_path / "cache" / "builds").iterdir()
    head = json.dumps({"output": os.path.realpath(out)})[:-1] + ', "cards": '
    record.write_bytes(zlib.compress((head + "[" * 100_000 + "]" * 100_000 + "}").encode()))
    code, _, err = cli(str(note), "-o", out)
    assert code == 0 and err.strip().endswith("previous build unknown (its record could not be read)")
    _, _, err = cli(str(note), "-o", out)
    assert err.strip().endswith("0 new, 0 changed, 0 removed")


def test_line_for_standard_output_and_quiet(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path]
) -> None:
    note = write_note("a.md", "# A\n\nOne?::1\n")
    code, stdout, err = cli(str(note), "-o", "-")
    assert code == 0 and stdout.startswith("{")
    assert err.strip() == "1 note, 1 card -> standard output"
    code, _, err = cli(str(note), "-o", "-", "--diff")
    assert code == 0 and err.strip() == ("1 note, 1 card -> standard output "
                                         "(--diff compares only builds written to a file)")
    code, _, err = cli(str(note), "-o", "-", "-q")
    assert code == 0 and err == ""


def test_text_that_no_output_can_hold_is_shown_escaped() -> None:
    from notequiz.errors import shown_path, text_path

    assert text_path("notes/\udcff.md") == "notes/\\xff.md"  # a file name byte, not UTF-8
    assert text_path("half \ud800 a pair") == "half \\ud800 a pair"  # JSON's "\ud800"
    assert shown_path("a\x1b[2J\nb") == "a\\x1b[2J\\x0ab"


def test_a_record_folder_that_cannot_be_entered_leaves_the_build_a_success(
    cli: Callable[..., tuple[int, str, str]], write_note: Callable[..., Path], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`builds/` made mode 444: every look inside it is refused (root is never
    refused, so the refusals a user gets are made here, for that folder only)."""
    out = str(tmp_path / "deck.tsv")
    cli(str(write_note("a.md", "# A\n\nOne?::1\n")), "-o", out)
    note = write_note("a.md", "# A\n\nOne?::1\n\nTwo?::2\n")
    builds = tmp_path / "cache" / "builds"

    def refused(path: object) -> None:
        if Path(str(path)).parent == builds:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))

    real_mkstemp, real_unlink, real_is_file = (
        cachemod.tempfile.mkstemp, Path.unlink, Path.is_file)

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        refused(Path(kwargs["dir"]) / "x.tmp")
        return real_mkstemp(*args, **kwargs)

    def unlink(self: Path, missing_ok: bool = False) -> None:
        refused(self)
        real_unlink(self, missing_ok)

    def is_file(self: Path) -> bool:
        refused(self)
        return real_is_file(self)

    with monkeypatch.context() as patch:
        patch.setattr(cachemod.tempfile, "mkstemp", mkstemp)
        patch.setattr(Path, "unlink", unlink)
        patch.setattr(Path, "is_file", is_file)
        code, _, err = cli(str(note), "-o", out)
    *_, warning, line = err.strip().splitlines()
    assert code == 0 and line.endswith("1 new, 0 changed, 0 removed")
    assert warning.endswith("(Permission denied); the next build cannot report its changes")
    assert Path(out).read_text(encoding="utf-8").count("Two?") == 1
