"""Cloze deletions as every stage reads them: notes with well-formed and odd deletions in,
cards, prompts, GIFT and an Anki deck (imported by the real ``anki`` package) out."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from anki.collection import Collection

from notequiz import cloze
from notequiz.distractors import prompts
from notequiz.export import ExportOptions, export, format_for
from notequiz.export.apkg import escape_cloze
from notequiz.model import Card
from notequiz.pipeline import build

from .conftest import import_apkg


def cards_of(write_note: Callable[..., Path], text: str) -> list[Card]:
    path = write_note("c.md", text)
    return list(build([str(path)]).cards)


@pytest.mark.parametrize(("text", "plain", "blanked", "numbers"), [
    ("The {{c1::cell}} has a {{c2::nucleus::organelle}}.", "The cell has a nucleus.",
     "The [...] has a [organelle].", [1, 2]),
    ("{{c1::a {{c2::b}} c}} d", "a b c d", "[...] d", [1, 2]),
    ("{{c1::a}} and {{c2::b", "a and {{c2::b", "[...] and {{c2::b", [1]),
    ("a}} {{c1::b}}", "a}} b", "a}} [...]", [1]),
    ("{{c1::x::h{i}}}", "x::h{i}", "[...]}", [1]),  # a hint holds no brace (Anki's rule)
    ("no deletion :: here", "no deletion :: here", "no deletion :: here", []),
])
def test_grammar(text: str, plain: str, blanked: str, numbers: list[int]) -> None:
    parts = cloze.parse(text)
    assert cloze.plain(parts) == plain
    assert cloze.blanked(parts) == blanked
    assert cloze.numbers(parts) == numbers
    assert cloze.has_deletion(text) == bool(numbers)


def test_a_nested_deletion_is_its_own_blank_and_part_of_the_outer_one(
        write_note: Callable[..., Path]) -> None:
    (card,) = cards_of(write_note, "# Cells\n\n{{c1::Plants have {{c2::chloroplasts}}}} too.\n")
    assert card.items == ("Plants have chloroplasts", "chloroplasts")
    assert card.question == "[...] too."
    assert "{{" not in card.answer and card.source.text == "Plants have chloroplasts too."
    asked = {p.key.rsplit(".", 1)[-1]: (p.question, p.answer) for p in prompts(card)}
    assert asked == {"c1": ("[...] too.", "Plants have chloroplasts"),
                     "c2": ("Plants have [...] too.", "chloroplasts")}


def test_odd_marks_stay_text_and_never_reach_an_answer(write_note: Callable[..., Path]) -> None:
    (card,) = cards_of(write_note, "# A\n\nThe {{c1::cell}} and {{c2::nucleus, never closed.\n")
    assert card.items == ("cell",) and card.answer == "cell"
    (asked,) = prompts(card)
    assert asked.answer == "cell" and asked.question == "The [...] and {{c2::nucleus, never closed."


def test_an_empty_deletion_is_no_answer(write_note: Callable[..., Path]) -> None:
    (card,) = cards_of(write_note, "# A\n\nThe {{c1::}} and the {{c2::nucleus}}.\n")
    assert card.items == ("nucleus",)
    assert [p.answer for p in prompts(card)] == ["nucleus"]
    assert cards_of(write_note, "# A\n\nOnly {{c1::}} here.\n") == []


def test_one_number_twice_is_one_prompt_with_two_blanks(write_note: Callable[..., Path]) -> None:
    (card,) = cards_of(write_note, "# A\n\n{{c1::TCP}} and {{c1::UDP}} are protocols.\n")
    (asked,) = prompts(card)
    assert (asked.question, asked.answer) == ("[...] and [...] are protocols.", "TCP; UDP")


def test_gift_and_anki_show_a_nested_deletion(write_note: Callable[..., Path], tmp_path: Path,
                                              col: Collection) -> None:
    path = write_note("c.md", "# Cells\n\n{{c1::Plants have {{c2::chloroplasts}}}} too.\n")
    result = build([str(path)])
    gift, deck = tmp_path / "out.gift", tmp_path / "out.apkg"
    for out in (gift, deck, tmp_path / "out.json"):
        export(result.cards, result.notes, str(out), format_for(str(out)), ExportOptions())
    text = gift.read_text(encoding="utf-8")
    assert "{{" not in text and "Plants have chloroplasts" in text
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["cards"][0]["items"] == [
        "Plants have chloroplasts", "chloroplasts"]

    assert escape_cloze("{{c1::a<b {{c2::c}}}} {{c3::d") == "{{c1::a&lt;b {{c2::c}}}} &#123;&#123;c3::d"
    import_apkg(col, deck)
    (nid,) = col.find_notes("")
    cards = sorted(col.get_note(nid).cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1]  # one card per number, as Anki reads nesting
    shown = [re.sub(r"<style>.*?</style>|<[^>]*>", "", c.question(), flags=re.DOTALL).strip()
             for c in cards]  # what the reviewer sees, without markup and hidden attributes
    assert shown == ["[...] too.", "Plants have [...] too."]
    assert "Plants have" in cards[0].answer() and "chloroplasts" in cards[1].answer()
