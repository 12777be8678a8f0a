"""Bad, hostile and odd input: every kind gets through, or is skipped with one clear line.

Each ``Case`` writes one kind of input into a folder of its own and says what
must come of it: the note is read (and what it reads as), or it is skipped
with a reason. ``test_case`` builds each alone; ``test_messy_folder`` puts
them all in one folder and builds it with the real command line, as a user
would. Big inputs are checked for correctness here; how their time grows is
measured by ``bench/scaling.py``.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import stat
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from notequiz import read as readmod
from notequiz.cli import app
from notequiz.errors import NoteError
from notequiz.export import STALE_AFTER, remove_stale_temps, write_atomic
from notequiz.extract import auto
from notequiz.model import BuildResult, Note
from notequiz.parse import parse_note
from notequiz.pipeline import BuildOptions, build
from notequiz.read import RawNote

MARKED = BuildOptions(automatic=False)
AUTO = BuildOptions()

KO_NOTE = "---\ntitle: 한글 노트\n---\n# 전송 계층\n\nTCP는 연결형 전송 프로토콜이다.\n\n질문::대답\n"
"""A Korean note with one hand-marked card, written in various encodings."""


def answers(result: BuildResult) -> list[str]:
    return [c.answer for c in result.cards]


def only_note(result: BuildResult) -> Note:
    assert len(result.notes) == 1, result.problems
    return result.notes[0]


@dataclass(frozen=True)
class Case:
    """One kind of input and what must come of it."""

    name: str
    make: Callable[[Path, Path], None]
    """Writes the input into the (empty) notes folder it is given; the second
    folder is outside the notes folder, for links to lead to."""
    reason: str | None = None
    """``None``: every note is read. Otherwise: one note is skipped, with this in its reason."""
    notice: str | None = None
    """A notice the build must give about a note it read (``read as cp949``)."""
    check: Callable[[BuildResult], None] | None = None
    options: BuildOptions = MARKED


def write(name: str, data: bytes | str) -> Callable[[Path, Path], None]:
    def make(folder: Path, outside: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return make


def expect_answers(*expected: str) -> Callable[[BuildResult], None]:
    def check(result: BuildResult) -> None:
        assert answers(result) == list(expected)

    return check


def both(*checks: Callable[[BuildResult], None]) -> Callable[[BuildResult], None]:
    def check(result: BuildResult) -> None:
        for one in checks:
            one(result)

    return check


def read_as(encoding: str) -> Callable[[BuildResult], None]:
    def check(result: BuildResult) -> None:
        note = only_note(result)
        assert note.encoding == encoding
        assert note.title == "한글 노트"
        assert answers(result) == ["대답"]

    return check


def field_values(**expected: object) -> Callable[[BuildResult], None]:
    def check(result: BuildResult) -> None:
        note = only_note(result)
        for name, value in expected.items():
            assert getattr(note, name) == value, name

    return check


# --- front matter -----------------------------------------------------------------

# The classic "billion laughs": nine levels of nine aliases.
_LAUGHS = ["lol: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
_LAUGHS += [f"l{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
ALIAS_BOMB = "---\n" + "\n".join(_LAUGHS) + "\ntags: *a8\ntitle: *a8\n---\nQ::A\n"

# Fewer levels, but each list as long as a tag list may be: 200**4 strings if
# the aliases were followed without a bound.
_WIDE = ["w0: &w0 [" + ", ".join(["x"] * 200) + "]"]
_WIDE += [f"w{i}: &w{i} [" + ", ".join([f"*w{i - 1}"] * 200) + "]" for i in (1, 2)]
WIDE_ALIAS_BOMB = "---\n" + "\n".join(_WIDE) + "\ntags: [" + ", ".join(["*w2"] * 50) + "]\n---\nQ::A\n"


def _python_tag(folder: Path, outside: Path) -> None:
    marker = outside / "yaml-ran"
    (folder / "python-tag.md").write_text(
        f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nQ::A\n",
        encoding="utf-8")


def _python_tag_ran_nothing(result: BuildResult) -> None:
    assert not list(Path(result.problems[0].path).parent.parent.glob("**/yaml-ran"))


# --- size and shape ----------------------------------------------------------------

LONG_LINE = "# 긴 줄\n\n" + "트랜잭션은 데이터베이스의 상태를 변화시키는 작업의 단위이다. " * 60_000 + "\n\nQ::A\n"
"""A paragraph of one 3.5 MB line, and a card after it."""

LONG_PROSE = "# Long\n\n" + "A bloom filter is a probabilistic data structure. " * 1_200 + "\n"
"""60 000 characters of prose in one paragraph: read in pieces by the sentence rules."""

NESTED_LIST = "# N\n\n" + "".join("  " * i + f"- 항목 {i}\n" for i in range(1_000)) + "\nQ::A\n"
NESTED_QUOTE = "# N\n\n" + "> " * 5_000 + "깊은 인용\n\nQ::A\n"
NESTED_MIX = "# N\n\n" + "".join("> " * i + "- a\n" for i in range(500)) + "\nQ::A\n"
MANY_HEADINGS = "".join(f"## 제목 {i}\n\nQ{i}::A{i}\n\n" for i in range(20_000))
UNCLOSED_FENCE = "# T\n\nQ::A\n\n```python\nQ2::not a card\n" + "x = 1\n" * 1_000
UNCLOSED_MARKUP = ("# T\n\n" + "{{" * 20_000 + "[[" * 10_000 + "{%" * 20_000 + "<a" * 20_000
                   + "![[" * 5_000 + "\n\nQ::A\n")
ODD_BACKTICKS = ("# T\n\n" + "`" * 100_000 + " " + "`a`` " * 20_000 + "`{% raw %}` " * 10_000
                 + "{% raw %}`" * 10_000 + "`` a\n\n` b " * 10_000 + "\n\nQ::A\n")
"""Backtick runs that pair far away or never, and raw tags in and out of inline code."""


def _many_headings(result: BuildResult) -> None:
    assert len(result.cards) == 20_000
    assert result.cards[-1].answer == "A19999"
    assert result.cards[-1].source.line_start == 4 * 19_999 + 3


def _lines(*expected: tuple[str, int]) -> Callable[[BuildResult], None]:
    def check(result: BuildResult) -> None:
        assert [(c.answer, c.source.line_start) for c in result.cards] == list(expected)

    return check


def _long_prose(result: BuildResult) -> None:
    assert result.cards, "prose in pieces still makes cards"
    assert all(c.source.line_start == 3 for c in result.cards)


# --- links and odd files ---------------------------------------------------------

def _secret(outside: Path) -> Path:
    """A secret note in the folder outside the notes folder."""
    (outside / "secret.md").write_text("# Secret\n\nsecret question::SECRET ANSWER\n",
                                       encoding="utf-8")
    return outside / "secret.md"


def _file_link_out(folder: Path, outside: Path) -> None:
    (folder / "linked.md").symlink_to(_secret(outside))


def _folder_link_out(folder: Path, outside: Path) -> None:
    _secret(outside)
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)


def _nothing_secret(result: BuildResult) -> None:
    assert "SECRET ANSWER" not in answers(result)


def _link_loop(folder: Path, outside: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "a.md").write_text("Q::A\n", encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "self.md").symlink_to(folder / "self.md")


def _link_inside(folder: Path, outside: Path) -> None:
    (folder / "a.md").write_text("Q::A\n", encoding="utf-8")
    (folder / "b.md").symlink_to(folder / "a.md")


def _broken_link(folder: Path, outside: Path) -> None:
    (folder / "gone.md").symlink_to(folder / "missing-target.md")


def _fifo(folder: Path, outside: Path) -> None:
    os.mkfifo(folder / "pipe.md")


def _names(folder: Path, outside: Path) -> None:
    for name in ("with space.md", "한글 노트.md", "emoji 🎉.md", "-dash.md", "$(touch x).md",
                 "quote\"'<b>.md", "new\nline.md", "esc\x1b[31m.md", "tab\t.md"):
        (folder / name).write_text("Q::A\n", encoding="utf-8")
    # A name that is not UTF-8: a CP949 name unpacked from an old Windows archive.
    (Path(os.fsdecode(os.fsencode(folder) + b"/\xc7\xd1\xb1\xdb.md"))).write_text(
        "Q::A\n", encoding="utf-8")


def _names_read(result: BuildResult) -> None:
    assert len(result.notes) == 10 and answers(result) == ["A"] * 10
    for note in result.notes:
        note.path.encode("utf-8")  # valid text: every output can hold it
    assert any(n.path.endswith("\\xc7ѱ\\xdb.md") for n in result.notes)


def _hidden_and_folders(folder: Path, outside: Path) -> None:
    (folder / ".hidden.md").write_text("Q::hidden\n", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.md").write_text("Q::git\n", encoding="utf-8")
    (folder / "folder.md").mkdir()
    (folder / "notes.txt").write_text("Q::text\n", encoding="utf-8")
    (folder / "real.md").write_text("Q::A\n", encoding="utf-8")


def _images(folder: Path, outside: Path) -> None:
    secret = _secret(outside)
    (folder / "secret.png").write_bytes(b"\x89PNG inside")
    relative = os.path.relpath(secret, folder)
    (folder / "img.md").write_text(
        f"# Images\n\n![x]({relative}) ![[{relative}]] ![y]({secret}) ![z](/etc/passwd)\n"
        f"<img src=\"{secret}\"> <img src=\"/etc/shadow\"> ![ok](secret.png)\n\nQ::A\n",
        encoding="utf-8")


CASES = [
    # encodings
    Case("binary", write("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
         reason="binary file, not a text note"),
    Case("binary without NUL", write("controls.md", bytes(range(1, 32)) * 300),
         reason="binary file, not a text note"),
    Case("cp949", write("cp949.md", KO_NOTE.encode("cp949")), notice="read as cp949",
         check=read_as("cp949")),
    Case("euc-kr", write("euckr.md", KO_NOTE.encode("euc-kr")), notice="read as cp949",
         check=read_as("cp949")),
    Case("utf-16 le with bom", write("utf16le.md", codecs.BOM_UTF16_LE + KO_NOTE.encode("utf-16-le")),
         notice="read as utf-16", check=read_as("utf-16")),
    Case("utf-16 be with bom", write("utf16be.md", codecs.BOM_UTF16_BE + KO_NOTE.encode("utf-16-be")),
         notice="read as utf-16", check=read_as("utf-16")),
    Case("utf-32 with bom", write("utf32.md", codecs.BOM_UTF32_LE + KO_NOTE.encode("utf-32-le")),
         notice="read as utf-32", check=read_as("utf-32")),
    Case("utf-8 with bom", write("bom.md", codecs.BOM_UTF8 + KO_NOTE.encode()),
         check=read_as("utf-8-sig")),
    Case("latin-1", write("latin1.md", "café crème brûlée".encode("latin-1") * 3),
         reason="cannot decode the file as UTF-8 or CP949/EUC-KR"),
    Case("utf-8 bom then garbage", write("badbom.md", codecs.BOM_UTF8 + b"ok \xff\xfe\xfd"),
         reason="starts with a UTF-8 byte-order mark but is not valid UTF-8"),
    Case("utf-16 bom then a lone surrogate", write("bad16.md", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00"),
         reason="starts with a UTF-16 byte-order mark"),
    # front matter
    Case("broken yaml", write("broken.md", "---\ntitle: ok\ntags: [unclosed\n---\nQ::A\n"),
         reason="broken front matter"),
    Case("broken toml", write("broken-toml.md", "+++\ntitle = \n+++\nQ::A\n"),
         reason="broken front matter"),
    Case("front matter not a mapping", write("list.md", "---\n- a\n- b\n---\nQ::A\n"),
         reason="broken front matter: expected a mapping"),
    Case("explicit tag that does not fit", write("int.md", "---\nn: !!int abc\n---\nQ::A\n"),
         reason="broken front matter"),
    Case("python object tag", _python_tag, reason="broken front matter",
         check=_python_tag_ran_nothing),
    Case("yaml nested too deep", write("deep.md", "---\nx: " + "[" * 50_000 + "\n---\nQ::A\n"),
         reason="broken front matter"),
    Case("tags a number", write("n.md", "---\ntags: 42\n---\nQ::A\n"), check=field_values(tags=("42",))),
    # YAML 1.1 reads these words and numbers as booleans and other numbers; a note means its text.
    Case("tags and title as written", write("w.md", "---\ntags: [yes, No, on, 1.10, 010]\n"
                                          "title: 1.10\ncategories: off\n---\nQ::A\n"),
         check=field_values(tags=("yes", "No", "on", "1.10", "010"), title="1.10",
                            categories=("off",))),
    # A note's id is read as it always was (YAML 1.1: 0123 is 83): card ids are made from it.
    Case("ids read as they always were", write("ids.md", "---\nid: 0123\n---\nQ::A\n"),
         check=field_values(key="83")),
    Case("a quoted id as written", write("qid.md", "---\nid: \"0123\"\n---\nQ::A\n"),
         check=field_values(key="0123")),
    Case("a boolean toml id as it always was", write("tid.toml.md", "+++\nid = true\n+++\nQ::A\n"),
         check=field_values(key="True")),
    Case("a thematic break, then a line of dots", write("dots2.md", "---\n\n# Loops\n\n"
                                                       ">>> for x in y:\n...\nQ::A\n"),
         check=expect_answers("A")),
    Case("yaml closed by its end-of-document line", write("dots.md", "---\ntitle: T\ntags: [a]\n"
                                                         "...\nQ::A\n\n+++\n"),
         check=both(field_values(title="T", tags=("a",)), expect_answers("A"))),
    Case("toml is not closed by dots", write("dots.toml.md", "+++\ntitle = \"T\"\n...\n+++\nQ::A\n"),
         reason="broken front matter"),
    # Jekyll publishes no post whose front matter is never closed, and Hugo refuses it;
    # read as text, its keys became cards ("title은 무엇인가?").
    Case("yaml front matter never closed", write("open.md", "---\ntitle: T\ntags: [a]\n\n# T\n\n"
                                                   "Q::A\n"),
         reason="broken front matter: never closed (no closing line --- after it)"),
    Case("toml front matter never closed", write("open.toml.md", "+++\ntitle = \"T\"\n\nQ::A\n"),
         reason="broken front matter: never closed (no closing line +++ after it)"),
    Case("a thematic break, then prose", write("hr.md", "---\nJust prose, no keys.\n\nQ::A\n"),
         check=expect_answers("A")),
    Case("a thematic break, then cards", write("hr2.md", "---\nWhat is TCP? :: A protocol\n\n"
                                                   "See: https://x.org\n\nQ::A\n"),
         check=expect_answers("A protocol", "A")),
    Case("a thematic break, then a label", write("hr3.md", "---\nSee: https://x.org\n\nQ::A\n"),
         check=expect_answers("A")),
    Case("front matter never closed, a value with ::", write("open2.md", "---\ntitle: TCP\n"
                                                               "categories: Study::Network\n\nQ::A\n"),
         reason="broken front matter: never closed"),
    Case("a boolean in an id list, read as it always was",
         write("bid.md", "---\nid: [on, 1.50]\n---\nQ::A\n"), check=field_values(key="True 1.5")),
    Case("an id in a list, read as it always was", write("lid.md", "---\nid: [0124]\n---\nQ::A\n"),
         check=field_values(key="84")),
    Case("toml booleans", write("b.toml.md", "+++\ntags = [true, 1.5]\n+++\nQ::A\n"),
         check=field_values(tags=("true", "1.5"))),
    Case("tags a mapping", write("m.md", "---\ntags: {a: 1}\n---\nQ::A\n"), check=field_values(tags=())),
    Case("tags null", write("z.md", "---\ntags:\ncategories: ~\n---\nQ::A\n"),
         check=field_values(tags=(), categories=())),
    Case("title a list", write("t.md", "---\ntitle: [a, list]\n---\nQ::A\n"),
         check=field_values(title="a list")),
    Case("title a mapping", write("tm.md", "---\ntitle: {a: 1}\n---\n# Heading\n\nQ::A\n"),
         check=field_values(title="Heading")),
    Case("date not a date", write("d.md", "---\ndate: not a date\n---\nQ::A\n"),
         check=field_values(date="not a date")),
    Case("date out of range", write("d2.md", "---\ndate: 2024-13-45\n---\nQ::A\n"),
         check=field_values(date="2024-13-45")),
    Case("integer too long to print", write("big.md", "---\ntags: !!int 0x" + "f" * 5_000
                                            + "\n---\nQ::A\n"), check=field_values(tags=())),
    Case("number too long to print, as written", write("big2.md", "---\ntags: 0x" + "f" * 5_000
                                                       + "\n---\nQ::A\n"),
         check=field_values(tags=("0x" + "f" * 5_000,))),
    Case("yaml alias bomb", write("laughs.md", ALIAS_BOMB), check=expect_answers("A")),
    Case("wide yaml alias bomb", write("wide.md", WIDE_ALIAS_BOMB),
         check=both(expect_answers("A"), field_values(tags=("x",) * 200))),
    # empty and odd shapes
    Case("empty file", write("empty.md", b""), check=expect_answers()),
    Case("whitespace only", write("blank.md", " \n\t\n\r\n   \n"), check=expect_answers()),
    Case("front matter only", write("fm.md", "---\ntitle: Only\n---"),
         check=both(expect_answers(), field_values(title="Only"))),
    Case("unclosed code fence", write("fence.md", UNCLOSED_FENCE), check=expect_answers("A")),
    Case("several megabytes on one line", write("long.md", LONG_LINE),
         check=_lines(("A", 5))),
    Case("long prose, sentence rules on", write("prose.md", LONG_PROSE), check=_long_prose,
         options=AUTO),
    Case("unclosed markup openers by the thousand", write("openers.md", UNCLOSED_MARKUP),
         check=expect_answers("A")),
    Case("odd backticks and raw tags by the thousand", write("ticks.md", ODD_BACKTICKS),
         check=_lines(("A", 20_005))),
    Case("deeply nested list", write("nest.md", NESTED_LIST), check=expect_answers("A")),
    Case("deeply nested quote", write("quote.md", NESTED_QUOTE), check=expect_answers("A")),
    Case("nested quotes and lists", write("mix.md", NESTED_MIX), check=expect_answers("A")),
    Case("tens of thousands of headings", write("heads.md", MANY_HEADINGS), check=_many_headings),
    Case("crlf", write("crlf.md", "# T\r\n\r\nQ1::A1\r\n\r\nQ2::A2\r\n"),
         check=_lines(("A1", 3), ("A2", 5))),
    Case("lone cr", write("cr.md", "# T\r\rQ1::A1\r\rQ2::A2\r"), check=_lines(("A1", 3), ("A2", 5))),
    Case("nfd hangul and zero-width characters",
         write("nfd.md", unicodedata.normalize("NFD", "# 제목\n\n질문\u200b::할루\u200d시네이션\ufeff\n")),
         check=both(expect_answers("할루시네이션"),
                    lambda r: [c.question for c in r.cards] == ["질문"])),
    # links, names and odd files
    Case("link to a file outside the folder", _file_link_out, reason="outside the notes folder",
         check=_nothing_secret),
    Case("link to a folder outside the folder", _folder_link_out, reason="outside the notes folder",
         check=_nothing_secret),
    Case("link loops", _link_loop, reason="broken symbolic link", check=expect_answers("A")),
    Case("link to a note beside it", _link_inside, check=expect_answers("A")),
    Case("broken link", _broken_link, reason="broken symbolic link"),
    Case("pipe named .md", _fifo, reason="not a regular file"),
    Case("unusual file names", _names, check=_names_read),
    Case("hidden files, folders named .md, other suffixes", _hidden_and_folders,
         check=expect_answers("A")),
    Case("images pointing outside", _images, check=expect_answers("A")),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, tmp_path: Path) -> None:
    folder, outside = tmp_path / "notes", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    case.make(folder, outside)
    result = build([str(folder)], case.options)
    if case.reason is None:
        assert result.problems == ()
    else:
        assert len(result.problems) == 1, result.problems
        assert case.reason in result.problems[0].reason
        assert "\n" not in str(result.problems[0])
    notices = [n.reason for n in result.notices]
    assert notices == ([case.notice] if case.notice else [])
    if case.check:
        case.check(result)


def test_messy_folder(tmp_path: Path) -> None:
    """Every case in one folder, through the command line: a deck, and one line per skip."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for i, case in enumerate(CASES):
        sub, outside = folder / f"{i:02d}", tmp_path / f"outside-{i:02d}"
        sub.mkdir()
        outside.mkdir()
        case.make(sub, outside)
    (folder / "good.md").write_text("# Good\n\n좋은 질문::좋은 답\n", encoding="utf-8")
    out = tmp_path / "deck.json"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out), "--no-cache",
                                      "--marked-only"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().split("\n")
    summary = lines.pop()
    skipped = [c for c in CASES if c.reason]
    assert summary.endswith(f"({len(skipped)} skipped)")
    problems = [line for line in lines if "read as" not in line]
    notices = [line for line in lines if "read as" in line]
    assert len(problems) == len(skipped)
    for case in skipped:
        assert sum(case.reason in line for line in problems) >= 1, case.name
    assert len(notices) == sum(1 for c in CASES if c.notice)
    for line in lines:
        path, _, reason = line.rpartition(": ")
        assert path.startswith(str(folder)) and reason
    document = json.loads(out.read_text(encoding="utf-8"))
    got = {c["answer"] for c in document["cards"]}
    assert {"좋은 답", "대답", "할루시네이션", "A19999"} <= got
    assert "SECRET ANSWER" not in got

    quiet = CliRunner().invoke(app, ["build", str(folder), "-o", str(out), "-q",
                                     "--marked-only"])
    assert quiet.exit_code == 1
    assert not [line for line in quiet.stderr.strip().split("\n") if "read as" in line]
    assert len(quiet.stderr.strip().split("\n")) == len(skipped)


def test_notices_are_printed_by_show(tmp_path: Path) -> None:
    (tmp_path / "k.md").write_bytes(KO_NOTE.encode("cp949"))
    result = CliRunner().invoke(app, ["show", str(tmp_path), "--marked-only"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert f"{tmp_path / 'k.md'}: read as cp949" in result.stderr


def test_show_prints_markup_in_notes_as_text(tmp_path: Path) -> None:
    (tmp_path / "m.md").write_text("What closes [/bold]?::the tag [/bold] [red]x[/red]\n",
                                   encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(tmp_path), "--marked-only"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "[/bold] [red]x[/red]" in result.stdout


@pytest.mark.parametrize("deck", ["[/bold] x [red]", "[link=https://example.com]x", "x :warning: [bold"])
def test_stats_prints_markup_in_deck_names_as_text(tmp_path: Path, deck: str) -> None:
    """A deck name comes from front matter; stats shows it as typed, never as rich markup."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "m.md").write_text(f'---\ncategories: ["{deck}"]\n---\nQ::A\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["stats", str(notes), "--store", str(tmp_path / "s.sqlite3")],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert deck in result.stdout


def test_problem_lines_escape_control_characters(tmp_path: Path) -> None:
    (tmp_path / "bad\nname\x1b[2J.md").write_bytes(b"\x00binary")
    result = build([str(tmp_path)], MARKED)
    (line,) = [str(p) for p in result.problems]
    assert line == f"{tmp_path}/bad\\x0aname\\x1b[2J.md: binary file, not a text note"


def test_problem_lines_show_undecodable_file_names(tmp_path: Path) -> None:
    name = os.fsdecode(os.fsencode(tmp_path) + b"/\xff\xfe.md")
    Path(name).write_bytes(b"\x00")
    (line,) = [str(p) for p in build([str(tmp_path)], MARKED).problems]
    assert line.endswith("/\\xff\\xfe.md: binary file, not a text note")
    line.encode("utf-8")


def test_explicit_file_and_odd_paths(tmp_path: Path) -> None:
    note = tmp_path / "n.md"
    note.write_text("Q::A\n", encoding="utf-8")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    result = build([str(note), str(tmp_path / "dangling"), "/dev/null", str(tmp_path / "nope")],
                   MARKED)
    assert answers(result) == ["A"]
    assert [p.reason for p in result.problems] == [
        "broken symbolic link (what it points to is missing, or it loops)",
        "not a regular file or folder",
        "no such file or folder",
    ]


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    note = tmp_path / "n.md"
    note.write_text("Q::A\n", encoding="utf-8")
    assert answers(build([str(tmp_path), str(note), str(tmp_path) + "/"], MARKED)) == ["A"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note the system will not open is one problem line; the others are built.

    Root may open any file, and tests often run as root, so the refusal a user
    gets from a file mode like 000 is made at ``os.open`` itself, for that one
    path; the rest of the build, the walk and ``read_note`` included, is real.
    """
    note = tmp_path / "locked.md"
    note.write_text("Q::locked\n", encoding="utf-8")
    note.chmod(0)
    (tmp_path / "ok.md").write_text("Q::A\n", encoding="utf-8")
    real_open = os.open

    def open_as_a_user(path: str, flags: int, *args: int, **kwargs: int) -> int:
        if os.fspath(path) == str(note):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_as_a_user)
    try:
        result = build([str(tmp_path)], MARKED)
    finally:
        note.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert answers(result) == ["A"]
    assert [(p.path, p.reason) for p in result.problems] == [(str(note), "Permission denied")]


def _unlistable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``os.scandir`` refuses ``folder``, as the system does a user for a folder of mode 000.

    Tests often run as root, whom no mode stops; the rest of the walk is real.
    """
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(folder):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_folder_that_cannot_be_listed_is_a_problem(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.md").write_text("Q::A\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "hidden.md").write_text("Q::B\n", encoding="utf-8")
    _unlistable(monkeypatch, sub)
    result = build([str(tmp_path)], MARKED)
    assert answers(result) == ["A"]
    assert [(p.path, p.reason) for p in result.problems] == [
        (str(sub), "cannot list the folder (Permission denied)")]


def test_a_folder_listed_but_not_entered_is_a_problem(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Mode 644 on a folder: its names can be listed, but nothing in it opened,
    # and its sub-folders look like files. Root may enter any folder, so the
    # refusal is made at ``os.access``.
    (tmp_path / "ok.md").write_text("Q::A\n", encoding="utf-8")
    sub = tmp_path / "sub"
    (sub / "deeper").mkdir(parents=True)
    (sub / "b.md").write_text("Q::B\n", encoding="utf-8")
    (sub / "deeper" / "c.md").write_text("Q::C\n", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: not (
        os.fspath(path) == str(sub) and mode == os.X_OK) and real_access(path, mode))
    result = build([str(tmp_path)], MARKED)
    assert answers(result) == ["A"]
    assert [(p.path, p.reason) for p in result.problems] == [
        (str(sub), "cannot open the folder's entries (Permission denied)")]


def test_an_unlistable_notes_folder_keeps_the_previous_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("Q::A\n", encoding="utf-8")
    out = tmp_path / "deck.json"
    assert runner.invoke(app, ["build", str(notes), "-o", str(out), "--no-cache"]).exit_code == 0
    before = out.read_bytes()
    _unlistable(monkeypatch, notes)
    res = runner.invoke(app, ["build", str(notes), "-o", str(out), "--no-cache"])
    assert res.exit_code == 1
    assert res.stderr.splitlines() == [
        f"{notes}: cannot list the folder (Permission denied)",
        "notequiz: no note could be read; nothing written"]
    assert out.read_bytes() == before


def test_an_output_folder_that_refuses_files_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> None:
    import tempfile

    (tmp_path / "n.md").write_text("Q::A\n", encoding="utf-8")
    out = tmp_path / "out" / "deck.json"
    out.parent.mkdir()
    out.write_bytes(b"previous")

    def refuse(*args: Any, **kwargs: Any) -> tuple[int, str]:
        # What a read-only folder does to a user (root may write anywhere).
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(out.parent))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    res = runner.invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out), "--no-cache"])
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [f"notequiz: {out}: Permission denied"]
    assert out.read_bytes() == b"previous"


def test_an_output_folder_that_refuses_files_fails_before_the_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> None:
    import tempfile

    import notequiz.pipeline as pipeline

    (tmp_path / "n.md").write_text("Q::A\n", encoding="utf-8")
    out = tmp_path / "out" / "deck.json"
    out.parent.mkdir()

    def refuse(*args: Any, **kwargs: Any) -> tuple[int, str]:
        # What a read-only folder (or file system) does to a user.
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(out.parent))

    def no_build(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a build ran for an output that cannot be written")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(pipeline, "build", no_build)
    res = runner.invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out), "--no-cache"])
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [f"notequiz: {out}: Read-only file system"]
    assert list(out.parent.iterdir()) == []


def test_another_users_output_in_a_sticky_folder_fails_before_the_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> None:
    import notequiz.pipeline as pipeline

    (tmp_path / "n.md").write_text("Q::A\n", encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # as /tmp is
    out = shared / "deck.json"
    out.write_text("theirs", encoding="utf-8")
    owner = out.stat().st_uid

    def no_build(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a build ran for an output that cannot be replaced")

    monkeypatch.setattr(pipeline, "build", no_build)
    # This user is not the file's owner (nor the folder's): the system would
    # refuse the rename at the end; the file and folder themselves are real.
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)
    res = runner.invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out), "--no-cache"])
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [
        f"notequiz: {out}: Operation not permitted (another user's file, in a folder where "
        "only a file's owner may replace it)"]
    assert out.read_text(encoding="utf-8") == "theirs" and len(list(shared.iterdir())) == 1
    monkeypatch.undo()  # the owner (this test's user) may replace it, after a real build
    res = runner.invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out), "--no-cache"])
    assert res.exit_code == 0 and '"answer": "A"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["named pipe", "folder"])
def test_an_output_that_is_not_a_file_is_refused_and_kept(
        tmp_path: Path, runner: CliRunner, kind: str) -> None:
    (tmp_path / "n.md").write_text("Q::A\n", encoding="utf-8")
    out = tmp_path / "cards.json"
    if kind == "folder":
        out.mkdir()
    else:
        os.mkfifo(out)
    before = out.stat()
    res = runner.invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out), "--no-cache"])
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [
        f"notequiz: {out}: not a file but a {kind} (outputs are written to files; "
        "build -o - writes to standard output)"]
    after = out.stat()
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.json", "n.md"]
    res = runner.invoke(app, ["show", str(tmp_path / "n.md"), "--html", str(out)])
    assert res.exit_code == 2 and res.stdout == ""  # refused before building
    assert res.stderr.startswith(f"notequiz: {out}: not a file but a {kind} ")


def test_a_rebuilt_output_keeps_its_mode_and_a_new_one_follows_the_umask(
        tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "n.md").write_text("Q::A\n", encoding="utf-8")
    out = tmp_path / "cards.json"
    saved = os.umask(0o027)
    try:
        assert runner.invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out)]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
        out.chmod(0o600)  # made private by its owner
        (tmp_path / "n.md").write_text("Q::B\n", encoding="utf-8")
        assert runner.invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out)]).exit_code == 0
    finally:
        os.umask(saved)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and '"answer": "B"' in out.read_text()


def test_an_output_through_dev_fd_to_a_pipe_is_refused(tmp_path: Path) -> None:
    # /dev/stdout, /dev/fd/N and >(…) lead to a pipe realpath cannot name.
    (tmp_path / "n.md").write_text("Q::A\n", encoding="utf-8")
    read, write = os.pipe()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "notequiz", "build", str(tmp_path / "n.md"), "-o",
             f"/dev/fd/{write}", "-f", "json", "--no-cache"],
            pass_fds=(write,), capture_output=True, text=True, timeout=120)
    finally:
        os.close(write)
        os.close(read)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"notequiz: /dev/fd/{write}: not a file but a named pipe ")


@pytest.mark.parametrize("command", ["quiz", "stats"])
def test_a_store_that_is_a_named_pipe_is_refused_not_waited_on(
        tmp_path: Path, command: str) -> None:
    store = tmp_path / "fifo"
    os.mkfifo(store)
    args = [sys.executable, "-m", "notequiz", command, "--store", str(store)]
    if command == "quiz":
        export = tmp_path / "cards.json"
        export.write_text(
            '{"format": "notequiz/1", "cards": [{"id": "nq1", "kind": "explicit", '
            '"question": "q", "answer": "a"}]}', encoding="utf-8")
        args.insert(4, str(export))
    proc = subprocess.run(args, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert proc.stderr == f"notequiz: {store}: is a named pipe, not a progress store\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["fifo"] + (["cards.json"] if command == "quiz" else []))


def test_too_large_a_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readmod, "MAX_NOTE_BYTES", 1024 * 1024)
    (tmp_path / "big.md").write_bytes(b"x" * (1024 * 1024 + 1))
    (tmp_path / "ok.md").write_text("Q::A\n", encoding="utf-8")
    result = build([str(tmp_path)], MARKED)
    assert answers(result) == ["A"]
    assert [p.reason for p in result.problems] == [
        "too large for a note (1.0 MB; the limit is 1 MB)"]


def _sizes_seen_as(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """``os.fstat`` reports ``size`` bytes for every file: as if each grew after it."""
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((*st[:6], size, *st[7:]))

    monkeypatch.setattr(os, "fstat", fstat)


def test_a_note_that_grows_while_read_is_read_whole(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    note = tmp_path / "a.md"
    note.write_text("Q::" + "A" * 5000 + "\n", encoding="utf-8")
    _sizes_seen_as(monkeypatch, 10)
    raw = readmod.read_note(str(note), str(tmp_path))
    assert raw.data == note.read_bytes()
    assert raw.text == "Q::" + "A" * 5000 + "\n"


def test_a_note_that_grows_past_the_limit_while_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readmod, "MAX_NOTE_BYTES", 1024)
    note = tmp_path / "a.md"
    note.write_bytes(b"x" * 2000)
    _sizes_seen_as(monkeypatch, 10)
    with pytest.raises(NoteError, match="too large for a note"):
        readmod.read_note(str(note), str(tmp_path))


def test_images_never_open_a_file(tmp_path: Path) -> None:
    """Images are dropped at parse time: building a note that names files opens none of them."""
    folder, outside = tmp_path / "notes", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    _images(folder, outside)
    opened: list[str] = []
    watching = True

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching and event == "open" and isinstance(args[0], str):
            opened.append(args[0])

    sys.addaudithook(hook)  # audit hooks cannot be removed; this one goes quiet below
    try:
        result = build([str(folder)], AUTO)
        out = tmp_path / "deck.apkg"
        from notequiz.export import FORMATS, export

        export(result.cards, result.notes, str(out), FORMATS["apkg"])
    finally:
        watching = False
    assert answers(result)[-1] == "A"
    named = {"secret.md", "passwd", "shadow", "secret.png"}
    assert not [p for p in opened if Path(p).name in named], opened
    import zipfile

    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["collection.anki2", "media"]
        assert archive.read("media") == b"{}"


def test_unit_pieces_keep_lines_and_stay_under_the_limit() -> None:
    text = ("첫 `a.b()` 문장이다. " * 3_000 + "\n") * 20 + "끝" * 30_000
    note = parse_note(RawNote("p.md", ".", "# T\n\n" + text, "utf-8", b""))
    block = note.sections[0].blocks[0]
    (unit, _), = list(auto.units(note, set()))
    pieces = list(auto.pieces(unit))
    assert "".join(p.text for p in pieces) == unit.text
    # Each piece keeps the code spans inside it, where they are in it.
    assert sum(len(p.code) for p in pieces) == len(unit.code) == 60_000
    assert all(p.text[a:b] == "a.b()" for p in pieces for a, b in p.code)
    assert all(0 < len(p.text) <= auto.MAX_UNIT for p in pieces)
    offset = 0
    for piece in pieces:
        for i in (0, len(piece.text) // 2, len(piece.text) - 1):
            assert piece.line_of(i) == block.line_at(offset + i)
        offset += len(piece.text)
    # Cut at sentence ends while there are any, and never inside a line break.
    assert all(p.text.endswith((". ", "\n")) for p in pieces[:-2])


def test_sentence_rules_never_see_more_than_a_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph longer than spaCy accepts in one text (1 000 000 characters by default)."""
    from notequiz.analyze import nlp_for

    nlp = nlp_for("en")
    monkeypatch.setattr(nlp, "max_length", auto.MAX_UNIT + 1)
    text = "# T\n\n" + "A heap is a tree-based data structure. " * 2_000 + "\n"
    note = parse_note(RawNote("h.md", ".", text, "utf-8", text.encode()))
    from notequiz.pipeline import cards_for_note

    cards = cards_for_note(note)
    assert [c.term for c in cards] == ["heap"] or cards


def test_line_at_is_the_line_of_the_offset() -> None:
    text = "# T\n\n" + "".join(f"줄 {i}이다.\n" for i in range(500))
    block = parse_note(RawNote("l.md", ".", text, "utf-8", b"")).sections[0].blocks[0]
    for i, line in enumerate(block.text.split("\n")):
        offset = block.text.index(line)
        assert block.line_at(offset) == 3 + i
        assert block.line_at(offset + len(line) - 1) == 3 + i
    assert block.line_at(-5) == 3
    assert block.line_at(10**9) == 3 + 499


# --- interruptions: the previous output survives -----------------------------------------

# Runs the real command line with one stage slowed down: at "write" the JSON
# writer writes half a document, at "build" the build has not reached the
# writer yet. Either says so by creating a file, then waits to be stopped.
SLOW_BUILD = """
import sys, time
from pathlib import Path

import notequiz.export.json_export as json_export
import notequiz.pipeline as pipeline

READY, STAGE = Path(sys.argv[1]), sys.argv[2]

def write(cards, notes, out, options):
    out.write(b'{"format": "notequiz/1", "cards": [')
    out.flush()
    READY.touch()
    time.sleep(60)

def build(*args, **kwargs):
    READY.touch()
    time.sleep(60)

if STAGE == "write":
    json_export.write = write
else:
    pipeline.build = build
from notequiz.cli import main
sys.argv = ["notequiz", "build", *sys.argv[3:]]
main()
"""


def _start_slow_build(tmp_path: Path, stage: str = "write") -> tuple[Any, Path, Path | None]:
    """A real ``notequiz build`` stopped at ``stage``: the process, the target and its temp file."""
    import subprocess
    import time

    from .conftest import SAMPLE_NOTES

    target = tmp_path / "deck.json"
    target.write_text("previous build", encoding="utf-8")
    ready = tmp_path / "mid-build"
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_BUILD, str(ready), stage, str(SAMPLE_NOTES), "-o", str(target),
         "--marked-only", "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + 60
    while not ready.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < end, "the build never reached the slow stage"
        time.sleep(0.02)
    temps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    if stage == "build":
        assert temps == []
        return proc, target, None
    assert len(temps) == 1 and temps[0].name.startswith(f".deck.json.{proc.pid}.")
    return proc, target, temps[0]


@pytest.mark.parametrize(("stage", "sig", "status", "line"), [
    ("write", "SIGINT", 130, "notequiz: interrupted"),
    ("build", "SIGINT", 130, "notequiz: interrupted"),
    ("write", "SIGTERM", 143, "notequiz: terminated"),
    ("build", "SIGTERM", 143, "notequiz: terminated"),
])
def test_stopped_build_keeps_the_previous_output(
        tmp_path: Path, stage: str, sig: str, status: int, line: str) -> None:
    """Ctrl-C (SIGINT) or ``kill`` (SIGTERM): one line, the previous output, no temporary file."""
    import signal

    proc, target, temp = _start_slow_build(tmp_path, stage)
    proc.send_signal(getattr(signal, sig))
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == status
    assert err == line + "\n" and out == ""
    assert target.read_text(encoding="utf-8") == "previous build"
    assert temp is None or not temp.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# A signal while a class is made (a descriptor's __set_name__) reaches Python 3.11
# code as a RuntimeError caused by it.
_IN_SET_NAME = ("class D:\n    def __set_name__(self, owner, name):\n        {}\n"
                "class C:\n    x = D()\n")


@pytest.mark.parametrize(("stop", "status", "line"), [
    ("raise KeyboardInterrupt", 130, "notequiz: interrupted"),
    ("os.kill(os.getpid(), signal.SIGTERM); time.sleep(5)", 143, "notequiz: terminated"),
    (_IN_SET_NAME.format("raise KeyboardInterrupt"), 130, "notequiz: interrupted"),
    (_IN_SET_NAME.format("os.kill(os.getpid(), signal.SIGTERM); time.sleep(5)"), 143,
     "notequiz: terminated"),
], ids=["sigint", "sigterm", "sigint-in-set-name", "sigterm-in-set-name"])
def test_a_signal_while_the_command_line_is_imported_ends_with_one_line(
        tmp_path: Path, stop: str, status: int, line: str) -> None:
    """Ctrl-C or SIGTERM in the tenth of a second the CLI takes to import gives the same
    line as later, not a traceback: a stand-in ``typer`` stops the import as a signal would."""
    (tmp_path / "typer").mkdir()
    (tmp_path / "typer" / "__init__.py").write_text(
        f"import os, signal, time\n{stop}\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    # What the console script runs.
    proc = subprocess.run([sys.executable, "-c", "from notequiz.__main__ import main; main()",
                           "rules"], env=env, capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stderr, proc.stdout) == (status, line + "\n", "")


@pytest.mark.parametrize("wrapped", [False, True], ids=["raised", "in-runtime-error"])
@pytest.mark.parametrize(("signal_name", "status", "line"), [
    ("SIGINT", 130, "notequiz: interrupted"), ("SIGTERM", 143, "notequiz: terminated")])
def test_a_signal_while_the_arguments_are_read_ends_with_one_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        signal_name: str, status: int, line: str, wrapped: bool) -> None:
    """typer made a silent exit 130 of both, SIGTERM included, while it read the arguments."""
    import signal

    import typer.core

    from notequiz import cli as climod

    def parse_args(*args: object, **kwargs: object) -> object:
        if wrapped:
            try:
                signal.raise_signal(getattr(signal, signal_name))
            except KeyboardInterrupt as exc:  # as Python 3.11 hands one on from __set_name__
                raise RuntimeError("Error calling __set_name__") from exc
        signal.raise_signal(getattr(signal, signal_name))
        raise AssertionError("the signal did not stop the command")

    previous = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(typer.core.TyperGroup, "parse_args", parse_args)
    monkeypatch.setattr(sys, "argv", ["notequiz", "rules"])
    try:
        with pytest.raises(SystemExit) as stopped:
            climod.main()
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert stopped.value.code == status
    assert capsys.readouterr().err == line + "\n"


def test_only_a_plain_runtime_error_is_taken_for_the_interrupt_behind_it() -> None:
    import typer

    from notequiz.errors import Terminated
    from notequiz.interrupts import interruption

    def caused(exc: BaseException, by: BaseException) -> BaseException:
        exc.__cause__ = by
        return exc

    stop = Terminated()
    assert interruption(stop) is stop
    assert interruption(caused(RuntimeError("Error calling __set_name__"), stop)) is stop
    # typer's Exit is a RuntimeError too: one raised from a Ctrl-C keeps its own status.
    assert interruption(caused(typer.Exit(3), KeyboardInterrupt())) is None
    assert interruption(caused(RuntimeError("bug"), ValueError())) is None


def test_kill_mid_write_keeps_the_previous_output(tmp_path: Path) -> None:
    """SIGKILL gives no chance to clean up: the hidden temporary file stays, the output is
    whole, and the next build of the same output removes the leftover."""
    import signal

    proc, target, temp = _start_slow_build(tmp_path)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert target.read_text(encoding="utf-8") == "previous build"
    assert temp is not None and temp.exists() and temp.name.startswith(".")

    # Left untouched for longer than a run could be writing it: the next build removes it.
    old = time.time() - 2 * STALE_AFTER
    os.utime(temp, (old, old))
    from .conftest import SAMPLE_NOTES

    result = CliRunner().invoke(app, ["build", str(SAMPLE_NOTES), "-o", str(target),
                                      "--marked-only", "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["cards"]
    assert not temp.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    import subprocess

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_only_stale_temporary_files_of_the_target_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"previous")
    dead, alive = _dead_pid(), os.getppid()
    stale = [f".deck.apkg.{dead}.k3j_x9a2.tmp", ".deck.apkg.k3j_x9a2.tmp"]
    kept = [
        f".deck.apkg.{alive}.k3j_x9a2.tmp",    # its writer is still running
        f".deck.apkg.{os.getpid()}.abcdefgh.tmp",  # this process's own
        ".deck.apkg.0.k3j_x9a2.tmp",           # 0 is a process group, never a writer
        f".other.apkg.{dead}.k3j_x9a2.tmp",    # another output's
        f"deck.apkg.{dead}.k3j_x9a2.tmp",      # not hidden: not a name we make
        f".deck.apkg.{dead}.k3j_x9a2.tmp.bak",
        f".deck.apkg.{dead}.k3j.tmp",
        ".deck.apkg.tmp",
        "notes.md",
    ]
    old = time.time() - 2 * STALE_AFTER
    for name in stale + kept:
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (old, old))
    fresh = tmp_path / f".deck.apkg.{dead}.fresh000.tmp"  # written a moment ago
    fresh.write_bytes(b"x")
    folder = tmp_path / f".deck.apkg.{dead}.folder00.tmp"
    folder.mkdir()
    link = tmp_path / f".deck.apkg.{dead}.symlink0.tmp"
    link.symlink_to(tmp_path / "notes.md")
    os.utime(link, (old, old), follow_symlinks=False)

    assert sorted(remove_stale_temps(target)) == sorted(stale)
    write_atomic(target, lambda out: out.write(b"new"))
    assert target.read_bytes() == b"new"
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([*kept, fresh.name, folder.name, link.name, "deck.apkg"])
    assert (tmp_path / "notes.md").read_bytes() == b"x"


def test_stale_temporary_files_need_an_old_file_and_a_dead_writer(tmp_path: Path) -> None:
    target = tmp_path / "deck.json"
    leftover = tmp_path / f".deck.json.{_dead_pid()}.abcdefgh.tmp"
    leftover.write_bytes(b"x")
    now = time.time()
    assert remove_stale_temps(target, now=now) == []  # written just now
    assert remove_stale_temps(target, now=now + STALE_AFTER + 1) == [leftover.name]
    assert not leftover.exists()


def test_failing_writer_keeps_the_previous_output(tmp_path: Path) -> None:
    from notequiz.errors import ExportError

    target = tmp_path / "deck.apkg"
    target.write_bytes(b"previous")

    def half_then(exc: BaseException) -> Callable[[object], None]:
        def produce(out: object) -> None:
            out.write(b"half a deck")  # type: ignore[attr-defined]
            raise exc

        return produce

    for exc in (RuntimeError("bug"), KeyboardInterrupt(), OSError(28, "No space left on device")):
        with pytest.raises((RuntimeError, KeyboardInterrupt, ExportError)):
            write_atomic(target, half_then(exc))
        assert target.read_bytes() == b"previous"
        assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]


def test_real_build_killed_at_any_moment(tmp_path: Path) -> None:
    """A real build, killed at several points: the output is the old one or a whole new one."""
    import signal
    import subprocess
    import time

    from .conftest import SAMPLE_NOTES

    target = tmp_path / "deck.json"
    for delay in (0.0, 0.2, 0.5, 1.0, 2.0, None):
        target.write_text("previous build", encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "notequiz", "build", str(SAMPLE_NOTES), "-o", str(target),
             "--no-cache", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if delay is not None:
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)
        text = target.read_text(encoding="utf-8")
        if text != "previous build":
            assert json.loads(text)["cards"], "a new output is a whole one"
    assert json.loads(target.read_text(encoding="utf-8"))["cards"]  # the last run finished


def _workers_of(pid: int) -> list[int]:
    """Process ids of the spawned pool workers whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Whether worker ``pid`` has started its work: it has loaded Kiwi's extension."""
    try:
        return "kiwipiepy" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize("stops", [("KILL",), ("TERM", "TERM"), ("INT", "INT")],
                         ids=["killed", "terminated-twice", "ctrl-c-twice"])
def test_a_build_stopped_while_its_workers_run_leaves_none(tmp_path: Path,
                                                           stops: tuple[str, ...]) -> None:
    """However the build's process ends, its workers end with it, with no traceback.

    Ctrl-C is sent to the whole process group, as a terminal does; the
    others to the build's process alone. Before, a killed build left its
    workers (and Kiwi's 260 MB in each) running forever, and a second Ctrl-C
    or SIGTERM left the build waiting on them.
    """
    import signal
    import subprocess
    import time

    from notequiz.pipeline import WORKER_MIN_BYTES, _workers

    from .conftest import SAMPLE_NOTES

    notes = tmp_path / "notes"
    size, copy = 0, 0
    while size < WORKER_MIN_BYTES * 1.2:  # enough to be built by workers
        for source in sorted(SAMPLE_NOTES.glob("*.md")):
            text = source.read_text(encoding="utf-8") + f"\n\n복사본 {copy}번.\n"
            path = notes / f"c{copy:03d}" / source.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            size += len(text.encode("utf-8"))
        copy += 1
    proc = subprocess.Popen(
        [sys.executable, "-m", "notequiz", "build", str(notes), "-o", str(tmp_path / "out.json"),
         "--no-cache", "--jobs", "2", "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        # Both workers running: past multiprocessing's start-up handshake, which
        # prints its own traceback if the parent dies in the middle of it.
        expected = _workers(2, len(list(notes.rglob("*.md"))))
        while not (len(workers := _workers_of(proc.pid)) == expected
                   and all(map(_running, workers))) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert workers, "the build started no worker"
        for name in stops:
            sig = getattr(signal, f"SIG{name}")
            if name == "INT":
                os.killpg(proc.pid, sig)
            else:
                os.kill(proc.pid, sig)
            time.sleep(0.2)
        # Workers left alive would hold standard error open: this would time out.
        _, err = proc.communicate(timeout=30)
        deadline = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(map(_alive, workers))
        assert b"Traceback" not in err
        assert proc.returncode == {"KILL": -9, "TERM": 143, "INT": 130}[stops[0]]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


def test_an_output_never_replaces_a_note(tmp_path: Path) -> None:
    """`-o` naming a note (or a link to one), or `show --html` on one: the note stays."""
    from typer.testing import CliRunner

    from notequiz.cli import app

    notes = tmp_path / "notes"
    notes.mkdir()
    note = notes / "tcp.md"
    text = "# TCP\n\nTCP는 연결 지향 프로토콜이다.\n"
    note.write_text(text, encoding="utf-8")
    (tmp_path / "cards.json").symlink_to(note)
    runs = [["build", str(note), "-o", str(note), "-f", "json", "--no-cache"],
            ["build", str(notes), "-o", str(tmp_path / "cards.json"), "--no-cache"],
            ["show", str(notes), "--html", str(note)]]
    for args in runs:
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert f": is the note {note}; an output never replaces a note\n" in result.stderr
        assert note.read_text(encoding="utf-8") == text


def test_a_name_too_long_for_the_system_is_one_line(tmp_path: Path) -> None:
    """A path part over 255 bytes: the system refuses even to look it up."""
    from typer.testing import CliRunner

    from notequiz.cli import app

    (tmp_path / "ok.md").write_text("Q::A\n", encoding="utf-8")
    long = str(tmp_path / ("n" * 300 + ".md"))
    result = CliRunner().invoke(app, ["build", str(tmp_path / "ok.md"), long, "-o",
                                      str(tmp_path / "out.json"), "--no-cache"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"{long}: File name too long"
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["cards"][0][
        "answer"] == "A"
    under_a_file = tmp_path / "ok.md" / "x.json"
    result = CliRunner().invoke(app, ["build", str(tmp_path / "ok.md"), "-o", str(under_a_file)])
    assert result.stderr == f"notequiz: {under_a_file}: {tmp_path / 'ok.md'} is not a folder\n"
    out = str(tmp_path / ("o" * 300 + ".json"))
    for args in (["build", str(tmp_path / "ok.md"), "-o", out],
                 ["show", str(tmp_path / "ok.md"), "--html", out]):
        result = CliRunner().invoke(app, args)
        assert (result.exit_code, result.stderr) == (2, f"notequiz: {out}: File name too long\n")


def test_standard_output_that_refuses_or_is_closed_is_one_line(tmp_path: Path) -> None:
    """`> cards.json` on a full disk (/dev/full), or standard output closed: one line,
    exit status 2, never a traceback. Also standard input closed for the quiz."""
    note = tmp_path / "n.md"
    note.write_text("Q::A\n", encoding="utf-8")
    env = {**os.environ, "NOTEQUIZ_CACHE_DIR": str(tmp_path / "cache"),
           "NOTEQUIZ_STORE": str(tmp_path / "store.sqlite3")}

    def run(args: list[str], **streams: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "notequiz", *args], env=env, text=True,
                              stderr=subprocess.PIPE, timeout=120, **streams)

    with open("/dev/full", "w") as full:
        for args in (["build", str(note), "-o", "-"], ["show", str(note)], ["rules"]):
            done = run(args, stdout=full)
            assert (done.returncode, done.stderr) == (
                2, "notequiz: cannot write to standard output (No space left on device)\n"), args
    done = run(["build", str(note), "-o", "-"], preexec_fn=lambda: os.close(1))
    assert (done.returncode, done.stderr) == (2, "notequiz: standard output is closed\n")
    done = run(["quiz", str(note)], stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert (done.returncode, done.stderr) == (
        2, "notequiz: standard input is closed: the quiz reads the answers from it\n")
    for args in (["show", str(note)], ["rules"], ["stats"], ["quiz", str(note)]):
        done = run(args, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(1))
        assert (done.returncode, done.stderr) == (2, "notequiz: standard output is closed\n")
    out = tmp_path / "out.json"
    done = subprocess.run([sys.executable, "-m", "notequiz", "build", str(note), "-o", str(out)],
                          env=env, timeout=120, preexec_fn=lambda: os.close(2))
    assert done.returncode == 0 and out.exists()


def test_a_cache_folder_name_too_long_leaves_the_build_a_success(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from notequiz.cli import app

    (tmp_path / "n.md").write_text("Q::A\n", encoding="utf-8")
    monkeypatch.setenv("NOTEQUIZ_CACHE_DIR", str(tmp_path / ("c" * 300)))
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["build", str(tmp_path / "n.md"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert all(line.startswith("notequiz: cache: ") for line in result.stderr.splitlines()[:-1])
    assert result.stderr.splitlines()[-1].startswith(f"1 note, 1 card -> {out}")
    assert json.loads(out.read_text(encoding="utf-8"))["cards"][0]["answer"] == "A"
