"""Shared fixtures: notes written into a temporary folder, and the CLI runner."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_NOTES = ROOT / "sample_notes"
SCHEMA = ROOT / "notequiz" / "schema" / "notequiz-1.schema.json"


@pytest.fixture
def write_note(tmp_path: Path) -> Callable[..., Path]:
    """Write a note (dedented) under tmp_path/notes and return its path."""

    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / "notes" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(textwrap.dedent(text).lstrip("\n").encode(encoding))
        return path

    return write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA.read_text(encoding="utf-8")))
