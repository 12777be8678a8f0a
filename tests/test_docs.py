"""The published documents agree with the code they describe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notequiz.cli import app
from notequiz.model import CARD_KINDS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_published_schema_is_the_packaged_one() -> None:
    published = DOCS / "notequiz-1.schema.json"
    packaged = ROOT / "notequiz" / "schema" / "notequiz-1.schema.json"
    assert published.read_bytes() == packaged.read_bytes(), (
        "docs/notequiz-1.schema.json must be an exact copy of "
        "notequiz/schema/notequiz-1.schema.json"
    )


@pytest.mark.parametrize("kind", CARD_KINDS)
def test_json_format_documents_every_card_kind(kind: str) -> None:
    text = (DOCS / "json-format.md").read_text(encoding="utf-8")
    assert f"`{kind}`" in text, f"card kind {kind!r} is not documented in docs/json-format.md"


def test_json_example_is_what_a_build_of_the_sample_notes_writes(tmp_path: Path) -> None:
    """Every line of the example in docs/json-format.md is a line of the real export."""
    text = (DOCS / "json-format.md").read_text(encoding="utf-8")
    start = text.index("```json\n", text.index("## Example")) + len("```json\n")
    example = text[start:text.index("```", start)]
    out = tmp_path / "cards.json"
    done = CliRunner().invoke(app, ["build", str(ROOT / "sample_notes"), "-o", str(out),
                                    "--no-cache", "--quiet"])
    assert done.exit_code == 0, done.output
    written = out.read_text(encoding="utf-8").replace(str(ROOT) + "/", "")
    lines = set(written.splitlines())
    objects = [line.strip().rstrip(",") for line in example.splitlines()
               if line.strip().startswith("{\"")]
    assert len(objects) == 5
    for obj in objects:
        assert any(line.strip().rstrip(",") == obj for line in lines), obj
    assert json.loads(example)["format"] == json.loads(written)["format"]
