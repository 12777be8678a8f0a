"""Cloze deletions as every stage reads them: notes with well-formed and odd deletions in,
cards, prompts, GIFT and an Anki deck (imported by the real ``anki`` package) out."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection

from notequiz import cloze
from notequiz.distractors import prompts
from notequiz.export import ExportOptions, export, format_for
from notequiz.export.apkg import escape_cloze
from notequiz.model import Card
from notequiz.pipeline import build
from notequiz.quiz.grade import grade

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
    ("{{c1::x::h{i}}}", "x}", "[h{i]}", [1]),  # the hint runs to the first }}, as in Anki
    ("{{c1::a::b {{c2::x}} c}}.", "ax c.", "[b ].", [1, 2]),  # text after a nested one is body
    # c0 is a deletion no card asks (as in Anki); a number over 65535 is text.
    ("{{c0::zero}} {{c65536::big}} {{c65535::ok}}", "zero {{c65536::big}} ok",
     "zero {{c65536::big}} [...]", [65535]),
    ("{{c1::a {{c0::b}} c}}", "a b c", "[...]", [1]),
    ("{{c1::}} and {{c2::x}}", " and x", " and [...]", [2]),  # an empty one hides nothing
    ("{{c1::" * 40 + "deep" + "}}" * 40, "deep" + "}}" * 30, "[...]" + "}}" * 30,
     [1]),  # nested past MAX_DEPTH (10): Anki drops the deeper openers, and so do we
    ("Zero {{c0::outer {{c1::inner}} tail}} end.", "Zero outer inner tail end.",
     "Zero outer [...] tail end.", [1]),  # asked inside one that is not
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
    assert card.items == ("Plants have chloroplasts",)  # one blank, as the question shows
    assert card.question == "[...] too."
    assert grade(card, "Plants have chloroplasts").correct  # the terminal quiz asks it so
    assert "{{" not in card.answer and card.source.text == "Plants have chloroplasts too."
    asked = {p.key.rsplit(".", 1)[-1]: (p.question, p.answer) for p in prompts(card)}
    assert asked == {"c1": ("[...] too.", "Plants have chloroplasts"),
                     "c2": ("Plants have [...] too.", "chloroplasts")}


def test_a_deletion_nested_past_the_limit_is_dropped_and_no_note_fails(
        write_note: Callable[..., Path]) -> None:
    deep = "{{c1::" * 400 + "x" + "}}" * 400
    (card,) = cards_of(write_note, f"# D\n\n{deep}\n")
    assert card.answer == "x" and card.question == "[...]" + "}}" * 390
    assert [p.answer for p in prompts(card)] == [card.answer]
    assert escape_cloze(deep).count("{{c1::") == cloze.MAX_DEPTH


def test_a_deletion_in_inline_code_shows_the_syntax_and_marks_nothing(
        write_note: Callable[..., Path]) -> None:
    cards = cards_of(write_note, "# Anki\n\nWrite a cloze as `{{c1::text}}`.\n\n"
                                 "- `{{c1::x}}` in code\n- a {{c1::real}} one\n")
    assert [(c.kind, c.answer) for c in cards if c.kind == "cloze"] == [("cloze", "real")]


def test_a_deletion_asked_inside_one_that_is_not_makes_a_card(
        write_note: Callable[..., Path]) -> None:
    (card,) = cards_of(write_note, "# Z\n\nZero {{c0::outer {{c1::inner}} tail}} end.\n")
    assert (card.question, card.items) == ("Zero outer [...] tail end.", ("inner",))


def test_odd_marks_stay_text_and_never_reach_an_answer(write_note: Callable[..., Path]) -> None:
    (card,) = cards_of(write_note, "# A\n\nThe {{c1::cell}} and {{c2::nucleus, never closed.\n")
    assert card.items == ("cell",) and card.answer == "cell"
    (asked,) = prompts(card)
    assert asked.answer == "cell" and asked.question == "The [...] and {{c2::nucleus, never closed."


def test_marked_lines_of_one_paragraph_are_each_their_own_card(
        write_note: Callable[..., Path]) -> None:
    """The README's example: `Q::A`, `Q:::A` and a cloze on consecutive lines."""
    cards = cards_of(write_note, "# TCP\n\nTCP 연결을 끊을 때 주고받는 패킷 수는?::4개\n"
                                 "흐름 제어:::송신 속도를 조절하는 것\n"
                                 "TCP 헤더의 최소 크기는 {{c1::20바이트}}이고,\n"
                                 "포트 번호는 {{c2::16비트}}로 표현한다.\n")
    assert [(c.rule, c.question, c.answer, c.source.line_start, c.source.line_end)
            for c in cards] == [
        ("md.explicit.qa", "TCP 연결을 끊을 때 주고받는 패킷 수는?", "4개", 3, 3),
        ("md.explicit.reversed", "흐름 제어", "송신 속도를 조절하는 것", 4, 4),
        ("md.cloze", "TCP 헤더의 최소 크기는 [...]이고,\n포트 번호는 [...]로 표현한다.",
         "20바이트; 16비트", 5, 6),
    ]


def test_the_separator_of_a_cloze_opener_makes_no_front_and_back_card(
        write_note: Callable[..., Path]) -> None:
    for line in ("Unclosed {{c2::b and then more text.", "Big {{c70000::x}} number."):
        cards = cards_of(write_note, f"# X\n\n{line}\n")
        assert not [c for c in cards if c.kind in ("explicit", "cloze")], line


def test_an_empty_deletion_is_no_answer(write_note: Callable[..., Path], tmp_path: Path,
                                        col: Collection) -> None:
    path = write_note("c.md", "# A\n\nThe {{c1::}} and the {{c2::nucleus}}.\n")
    (card,) = build([str(path)]).cards
    assert (card.question, card.items) == ("The  and the [...].", ("nucleus",))
    assert grade(card, "nucleus").correct
    deck = tmp_path / "out.apkg"
    export([card], [], str(deck), format_for(str(deck)), ExportOptions())
    import_apkg(col, deck)
    (nid,) = col.find_notes("")
    assert [c.ord for c in col.get_note(nid).cards()] == [1]  # c2 only: c1 would ask nothing
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
        "Plants have chloroplasts"]

    assert escape_cloze("{{c1::a<b {{c2::c}}}} {{c3::d") == "{{c1::a&lt;b {{c2::c}}}} &#123;&#123;c3::d"
    import_apkg(col, deck)
    (nid,) = col.find_notes("")
    cards = sorted(col.get_note(nid).cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1]  # one card per number, as Anki reads nesting
    shown = [re.sub(r"<style>.*?</style>|<[^>]*>", "", c.question(), flags=re.DOTALL).strip()
             for c in cards]  # what the reviewer sees, without markup and hidden attributes
    assert shown == ["[...] too.", "Plants have [...] too."]
    assert "Plants have" in cards[0].answer() and "chloroplasts" in cards[1].answer()


def test_nesting_stops_where_anki_stops(write_note: Callable[..., Path], tmp_path: Path,
                                        col: Collection) -> None:
    """Anki reads an opener nested more than 10 deep as text: so do the deck and the cards."""
    deep = "".join(f"{{{{c{n}::w{n} " for n in range(1, 12)) + "x" + "}}" * 11
    path = write_note("c.md", f"# D\n\n{deep}\n")
    result = build([str(path)])
    (card,) = result.cards
    deck = tmp_path / "out.apkg"
    export(result.cards, result.notes, str(deck), format_for(str(deck)), ExportOptions())
    import_apkg(col, deck)
    (nid,) = col.find_notes("")
    cards = col.get_note(nid).cards()
    assert sorted(c.ord for c in cards) == list(range(10))
    assert not any("No cloze" in c.question() for c in cards)
    assert [p.number for p in prompts(card)] == list(range(1, 11))
    # The same text typed into Anki's own Cloze note type reads the same.
    native = col.new_note(col.models.by_name("Cloze"))
    native["Text"] = deep
    col.add_note(native, col.decks.id("native"))

    def shown(c: Any) -> list[str]:  # an anki Card
        return [html.unescape(re.sub(r"<style>.*?</style>|<[^>]*>", "", side, flags=re.DOTALL))
                .strip() for side in (c.question(), c.answer())]

    ours = {c.ord: shown(c) for c in cards}
    theirs = {c.ord: shown(c) for c in native.cards()}
    assert sorted(theirs) == sorted(ours)
    for o in ours:  # our answer side also shows the card's source
        assert ours[o][0] == theirs[o][0], (o, ours[o][0], theirs[o][0])
        assert ours[o][1].startswith(theirs[o][1]), (o, ours[o][1], theirs[o][1])


def test_a_separator_in_inline_code_or_inside_a_deletion_is_no_card_line(
        write_note: Callable[..., Path]) -> None:
    cards = cards_of(write_note, "# A\n\nWhat does `std::move` do?::casts to an rvalue\n"
                                 "Full name?::`std::vector`\n\nThe {{c1::three-way\n"
                                 "handshake::TCP setup}} opens a connection.\n")
    assert [(c.rule, c.question, c.answer) for c in cards] == [
        ("md.explicit.qa", "What does std::move do?", "casts to an rvalue"),
        ("md.explicit.qa", "Full name?", "std::vector"),
        ("md.cloze", "The [TCP setup] opens a connection.", "three-way\nhandshake")]
