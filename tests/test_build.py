"""End to end: notes in, hand-marked cards out, as JSON and Anki decks."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from notequiz.cli import app
from notequiz.export.json_export import load
from notequiz.pipeline import BuildOptions, build

from .conftest import SAMPLE_NOTES

MARKED = BuildOptions(automatic=False)


def export_json(runner: CliRunner, *args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["build", *args, "-o", "-"])
    assert result.exit_code == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_hand_marked_cards_with_file_lines(write_note: Callable[..., Path]) -> None:
    path = write_note("marked.md", """
        ---
        title: Marked
        ---
        # Net

        TCP 연결을 끊을 때 주고받는 패킷 수는?::4개
        흐름 제어:::수신자가 처리할 수 있는 만큼만 보내도록 조절하는 것
        C++ uses `std::vector` and https://example.com has a colon.

        TCP 헤더의 최소 크기는 {{c1::20바이트}}이고,
        포트 번호는 {{c2::16비트::크기}}로 표현한다.

        ```
        never::a card
        ```
        """)
    cards = build([str(path)], MARKED).cards
    assert [(c.kind, c.shape, c.question, c.answer, c.source.line_start, c.rule)
            for c in cards] == [
        ("explicit", "basic", "TCP 연결을 끊을 때 주고받는 패킷 수는?", "4개", 6,
         "md.explicit.qa"),
        ("explicit", "reversed", "흐름 제어",
         "수신자가 처리할 수 있는 만큼만 보내도록 조절하는 것", 7, "md.explicit.reversed"),
        ("cloze", "cloze", "TCP 헤더의 최소 크기는 [...]이고,\n포트 번호는 [크기]로 표현한다.",
         "20바이트; 16비트", 10, "md.cloze"),
    ]
    cloze = cards[2]
    assert cloze.source.line_end == 11
    assert cloze.cloze.startswith("TCP 헤더의 최소 크기는 {{c1::20바이트}}")
    assert cloze.items == ("20바이트", "16비트")
    assert all(c.section == ("Net",) for c in cards)


def test_sample_notes_hand_marked_cards_have_right_lines() -> None:
    cards = build([str(SAMPLE_NOTES)], MARKED).cards
    for card in cards:
        lines = Path(card.source.path).read_text(encoding="utf-8").split("\n")
        line = lines[card.source.line_start - 1]
        assert card.answer.split("; ")[0] in line or card.question.split("[")[0][:10] in line
    kinds = sorted({(c.kind, c.shape) for c in cards})
    assert kinds == [("cloze", "cloze"), ("explicit", "basic"), ("explicit", "reversed")]


def test_json_export_validates_and_is_deterministic(
    runner: CliRunner, schema: dict[str, Any]
) -> None:
    first = runner.invoke(app, ["build", str(SAMPLE_NOTES), "-o", "-"]).stdout
    second = runner.invoke(app, ["build", str(SAMPLE_NOTES), "-o", "-"]).stdout
    assert first == second
    doc = json.loads(first)
    jsonschema.validate(doc, schema)
    assert doc["format"] == "notequiz/1"
    assert {n["path"] for n in doc["notes"]} == {
        str(p) for p in SAMPLE_NOTES.rglob("*.md")
    }
    assert doc["cards"], "the sample notes make cards"


def test_json_file_output_round_trips(runner: CliRunner, tmp_path: Path,
                                      schema: dict[str, Any]) -> None:
    out = tmp_path / "cards.json"
    result = runner.invoke(app, ["build", str(SAMPLE_NOTES), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), schema)
    cards = load(out)
    assert cards == list(build([str(SAMPLE_NOTES)]).cards)


def test_ids_survive_edited_answers_and_moved_paragraphs(
    write_note: Callable[..., Path]
) -> None:
    path = write_note("a.md", "# T\n\nQ one::A one\n\nQ two::A two\n")
    before = {c.question: c.id for c in build([str(path)], MARKED).cards}
    path.write_text("# T\n\nnew paragraph first\n\nQ two::A two edited\n\nQ one::A one\n",
                    encoding="utf-8")
    after = {c.question: c.id for c in build([str(path)], MARKED).cards}
    assert before == after
    assert len(set(after.values())) == 2


def test_bad_inputs_are_reported_and_others_still_built(
    runner: CliRunner, write_note: Callable[..., Path], tmp_path: Path
) -> None:
    good = write_note("good.md", "# G\n\nQ::A\n")
    binary = tmp_path / "notes" / "binary.md"
    binary.write_bytes(b"\x00\x01\x02PNG")
    broken = write_note("broken.md", "---\ntitle: [oops\n---\nbody\n")
    undecodable = tmp_path / "notes" / "latin.md"
    undecodable.write_bytes(b"caf\xe9 cr\xe8me " * 3)
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["build", str(tmp_path / "notes"), str(tmp_path / "nope"),
                                 "-o", str(out), "--marked-only"])
    assert result.exit_code == 1
    lines = result.stderr.strip().split("\n")
    errors = [line for line in lines if ": " in line and " -> " not in line]
    assert len(errors) == 4
    assert f"{binary}: binary file, not a text note" in errors
    assert f"{undecodable}: cannot decode the file as UTF-8 or CP949/EUC-KR" in errors
    assert f"{tmp_path / 'nope'}: no such file or folder" in errors
    assert any(e.startswith(f"{broken}:2: broken front matter") for e in errors)
    assert "Traceback" not in result.output
    assert [c["answer"] for c in json.loads(out.read_text())["cards"]] == ["A"]
    assert str(good) in out.read_text()


def test_cards_of_notes_with_one_key_are_kept_once(runner: CliRunner, tmp_path: Path) -> None:
    # A copied note that kept its front-matter id, and two folders that both
    # hold x.md (keyed by the path inside the folder given): the same card in
    # both notes gets one id, which an Anki deck can hold once. Cards that
    # differ, as in c/index.md and d/index.md, have their own ids and stay.
    for folder, name, text in (("a", "n.md", "---\nid: same\n---\nQ::A\n"),
                               ("a", "n-copy.md", "---\nid: same\n---\nQ::A\n\nR::B\n"),
                               ("a", "x.md", "X::1\n"), ("b", "x.md", "X::1\n\nY::2\n"),
                               ("c", "index.md", "C::3\n"), ("d", "index.md", "D::4\n")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "deck.apkg"
    result = runner.invoke(app, ["build", *(str(tmp_path / f) for f in "abcd"), "-o",
                                 str(out), "--marked-only", "--no-cache"])
    assert result.exit_code == 1
    a = tmp_path / "a"
    assert result.stderr.splitlines() == [
        f"{a / 'n.md'}: 1 card skipped: {a / 'n-copy.md'} has the same key 'same' and made "
        "them first (give one of the two notes its own front-matter id)",
        f"{tmp_path / 'b' / 'x.md'}: 1 card skipped: {a / 'x.md'} has the same key 'x.md' and "
        "made them first (give one of the two notes its own front-matter id)",
        f"6 notes, 6 cards -> {out}: first build of this output (2 skipped)"]


def test_a_folder_without_notes_keeps_the_previous_output(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("not a note", encoding="utf-8")
    out = tmp_path / "deck.apkg"
    out.write_bytes(b"previous")
    result = runner.invoke(app, ["build", str(tmp_path / "empty"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == "notequiz: no notes found (*.md, *.markdown); nothing written\n"
    assert out.read_bytes() == b"previous"
    # Standard output has nothing to lose: a pipe gets the empty export.
    result = runner.invoke(app, ["build", str(tmp_path / "empty"), "-o", "-"])
    assert result.exit_code == 0 and json.loads(result.stdout)["cards"] == []


def test_an_output_folder_that_does_not_exist_fails_before_the_build(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import notequiz.pipeline as pipeline

    def no_build(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a build ran for an output that cannot be written")

    monkeypatch.setattr(pipeline, "build", no_build)
    out = tmp_path / "missing" / "deck.apkg"
    result = runner.invoke(app, ["build", str(SAMPLE_NOTES), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"notequiz: {out}: folder {out.parent} does not exist\n"


def test_error_lines_show_file_names_as_problem_lines_do(
    runner: CliRunner, tmp_path: Path
) -> None:
    import os

    folder = os.fsdecode(os.fsencode(str(tmp_path)) + b"/no\xffdir")
    result = runner.invoke(app, ["build", str(SAMPLE_NOTES), "-o", folder + "/deck.apkg"])
    shown = f"{tmp_path}/no\\xffdir"
    assert result.exit_code == 2
    assert result.stderr == f"notequiz: {shown}/deck.apkg: folder {shown} does not exist\n"
    export = os.fsdecode(os.fsencode(str(tmp_path)) + b"/q\xff\x1b.json")
    result = runner.invoke(app, ["quiz", export])
    assert result.exit_code != 0
    assert result.stderr.startswith(f"notequiz: {tmp_path}/q\\xff\\x1b.json: ")
    assert result.stderr.count("\n") == 1


def test_failed_run_keeps_the_previous_output(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "deck.json"
    out.write_text("previous", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "missing"), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "previous"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("output", ["cards.xyz", "cards"])
def test_unknown_output_format_is_one_clear_line(runner: CliRunner, tmp_path: Path,
                                                 output: str) -> None:
    result = runner.invoke(app, ["build", str(SAMPLE_NOTES), "-o", str(tmp_path / output)])
    assert result.exit_code == 2
    assert "cannot tell the format" in result.stderr
    assert len(result.stderr.strip().split("\n")) == 1


def test_show_prints_cards_with_sources(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", str(SAMPLE_NOTES), "--marked-only"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "4개" in result.stdout and "md.explicit.qa" in result.stdout
    assert "tcp.md:" in result.stdout


def test_show_gives_whole_sources_on_a_narrow_terminal(runner: CliRunner, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "notes" / "networking"
    notes.mkdir(parents=True)
    (notes / "congestion-control.md").write_text("# TCP\n\nslow start::cwnd doubles\n",
                                                 encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["show", str(notes)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    # Relative to the folder it runs in, and folded rather than cut at the column's edge.
    column = "".join(line.split("│")[3].strip() for line in result.stdout.splitlines()
                     if line.count("│") == 4)
    assert "notes/networking/congestion-control.md:3" in column
    assert str(tmp_path) not in result.stdout and "…" not in result.stdout
