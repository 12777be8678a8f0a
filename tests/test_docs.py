"""The published documents agree with the code they describe."""

from __future__ import annotations

from pathlib import Path

import pytest

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
