"""The build's progress bar, seen in a real pseudo-terminal.

A build that takes more than half a second shows a bar on standard error
while it runs and removes it when done, leaving the one summary line. It
stays away with ``--quiet`` and on a terminal that cannot redraw it.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pexpect
import pytest

from .conftest import SAMPLE_NOTES

COPIES = 60
"""Copies of the Korean sample note: a build of a few seconds, well past the bar's delay."""

SUMMARY = re.compile(rf"{COPIES} notes, \d+ cards -> out\.json: first build of this output\r\n")


@pytest.fixture(scope="module")
def blog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("blog")
    for i in range(COPIES):
        shutil.copy(SAMPLE_NOTES / "generative-ai.md", folder / f"post-{i:02d}.md")
    return folder


def build_in_terminal(blog: Path, out_dir: Path, term: str, *args: str) -> str:
    """Everything a first build of ``blog`` shows on a terminal of type ``term``."""
    env = dict(os.environ, TERM=term, COLUMNS="100", NOTEQUIZ_CACHE_DIR=str(out_dir / "cache"))
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "notequiz", "build", str(blog), "-o",
                                           "out.json", *args],
                          cwd=str(out_dir), env=env, encoding="utf-8", timeout=120,
                          dimensions=(24, 100))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert (out_dir / "out.json").is_file()
    return str(child.before)


def test_a_long_build_shows_a_bar_on_a_terminal_and_removes_it(blog: Path,
                                                                tmp_path: Path) -> None:
    shown = build_in_terminal(blog, tmp_path, "xterm-256color")
    assert "building" in shown and f"/{COPIES}" in shown
    last = shown[shown.rindex("building"):]
    # The bar's last drawing is erased (cursor moves and line clears) before the summary.
    assert SUMMARY.search(last) and "\x1b[" in last[:last.index(f"{COPIES} notes")]
    assert shown.endswith(SUMMARY.search(shown).group())  # type: ignore[union-attr]


def test_no_bar_on_a_terminal_that_cannot_redraw_it(blog: Path, tmp_path: Path) -> None:
    shown = build_in_terminal(blog, tmp_path, "dumb")
    assert SUMMARY.fullmatch(shown), repr(shown)


def test_quiet_shows_nothing_on_a_terminal(blog: Path, tmp_path: Path) -> None:
    assert build_in_terminal(blog, tmp_path, "xterm-256color", "--quiet") == ""
