"""Cards' parts of an output made ahead (``export.Ahead``): the same output, less work after."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from notequiz import export
from notequiz.errors import ExportError
from notequiz.export import FORMATS, Ahead, ExportOptions, json_export
from notequiz.export import apkg as apkg_export
from notequiz.model import Card
from notequiz.pipeline import build

from .conftest import SAMPLE_NOTES

T1 = 1_720_000_000.0


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    made = list(build([str(SAMPLE_NOTES)]).cards)
    assert len(made) > 50
    return made


def written(fmt: str, cards: list[Card], ahead: Ahead | None) -> bytes:
    out = io.BytesIO()
    FORMATS[fmt].writer()(cards, [], out, ExportOptions(timestamp=T1, ahead=ahead))
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["json", "apkg"])
def test_an_output_made_partly_ahead_has_the_same_bytes(fmt: str, cards: list[Card]) -> None:
    plain = written(fmt, cards, None)
    ahead = Ahead(FORMATS[fmt])
    # As in a rebuild: all but one note's cards are known early; that note's are new objects.
    kept = [c for c in cards if c.note_key != cards[0].note_key]
    ahead.add(kept)
    again = [dataclasses.replace(c) if c.note_key == cards[0].note_key else c for c in cards]
    assert written(fmt, again, ahead) == plain
    assert written(fmt, again, ahead) == plain  # parts made ahead serve a second export too


@pytest.mark.parametrize(("fmt", "make"), [("json", json_export.card_line),
                                           ("apkg", apkg_export.card_part)])
def test_a_part_made_ahead_is_taken_for_the_same_card_only(
    fmt: str, make: object, cards: list[Card]
) -> None:
    ahead = Ahead(FORMATS[fmt])
    card = cards[0]
    ahead.add([card])
    part = ahead.parts(make)  # type: ignore[arg-type]
    first = part(card)
    assert part(card) is first  # made once, ahead
    equal = dataclasses.replace(card)
    assert equal == card and part(equal) is not first  # another card object: made anew
    other = ahead.parts(lambda c: "elsewhere")  # a writer's function that made nothing ahead
    assert other(card) == "elsewhere"


def test_formats_without_parts_and_too_many_cards_make_nothing_ahead(
    cards: list[Card], monkeypatch: pytest.MonkeyPatch
) -> None:
    tsv = Ahead(FORMATS["tsv"])
    tsv.add(cards)
    assert not tsv._made
    monkeypatch.setattr(export, "AHEAD_MAX_CARDS", 10)
    many = Ahead(FORMATS["json"])
    many.add(cards)
    assert not many._made
    many.add(cards[:10])
    assert len(many._made) == 10


def test_a_card_that_cannot_be_made_ahead_fails_in_the_export(
    cards: list[Card], tmp_path: Path
) -> None:
    odd = dataclasses.replace(cards[0], shape="odd")  # type: ignore[arg-type]
    ahead = Ahead(FORMATS["apkg"])
    ahead.add([odd, *cards[1:]])  # the odd card is left for the writer
    assert len(ahead._made) == len(cards) - 1
    with pytest.raises(ExportError, match="unknown shape 'odd'"):
        written("apkg", [odd, *cards[1:]], ahead)


def odd_one_out(card: Card) -> str:
    """A part maker that fails on one card with an error no writer expects."""
    if card.shape == "reversed":
        raise RuntimeError("not this one")
    return card.id


def test_whatever_fails_ahead_is_left_to_the_writer(cards: list[Card]) -> None:
    fmt = dataclasses.replace(FORMATS["json"], part=f"{__name__}:odd_one_out")
    ahead = Ahead(fmt)
    ahead.add(cards)  # does not raise
    reversed_ = [c for c in cards if c.shape == "reversed"]
    assert reversed_ and len(ahead._made) == len(cards) - len(reversed_)
    part = ahead.parts(odd_one_out)
    plain = next(c for c in cards if c.shape != "reversed")
    assert part(plain) == plain.id
    with pytest.raises(RuntimeError):
        part(reversed_[0])  # made by the writer, which meets the error itself
