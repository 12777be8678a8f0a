"""The Anki text-file export, checked by importing it with the official ``anki`` package."""

from __future__ import annotations

import io
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from anki.collection import (
    Collection,
    ImportCsvRequest,
    ImportLogWithChanges,
)
from anki.consts import MODEL_CLOZE
from anki.notes import Note as AnkiNote

from notequiz.errors import ExportError
from notequiz.export import ExportOptions, format_for
from notequiz.export import apkg as apkg_export
from notequiz.export.tsv import anki_deck, cell, dumps, field, write
from notequiz.model import Card

from .conftest import import_apkg, make_card

T1 = 1_720_000_000.0

HEADER = [
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    "#tags column:4",
    "#columns:guid\tnotetype\tdeck\ttags\tFront/Text\tBack/Extra\tSource",
]


def sample_cards() -> list[Card]:
    return [
        make_card("nqbasic0000001", deck="Programming::Haskell", tags=("fp", "category theory")),
        make_card("nqrev000000002", "Functor", "A structure-preserving map", shape="reversed",
                  deck="Programming::Haskell", line=7),
        make_card("nqcloze0000003", "", "Haskell; 1990", shape="cloze",
                  cloze="{{c1::Haskell}} first appeared in {{c2::1990::year}}.", line=9),
    ]


def build(tmp_path: Path, cards: list[Card], name: str = "cards.tsv",
          deck: str | None = None) -> Path:
    path = tmp_path / name
    with path.open("wb") as out:
        write(cards, [], out, ExportOptions(deck=deck, timestamp=T1))
    return path


def import_tsv(col: Collection, path: Path) -> ImportLogWithChanges:
    """Import like Anki's File > Import with the file's own header settings."""
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))


def add_note_types(col: Collection) -> None:
    """Create the three notequiz note types by hand, as a user without the .apkg would."""
    mm = col.models
    for model in (apkg_export.basic_model(), apkg_export.reversed_model(),
                  apkg_export.cloze_model()):
        nt: dict[str, Any] = mm.new(model.name)
        if model.model_type == model.CLOZE:
            nt["type"] = MODEL_CLOZE
        for f in model.fields:
            mm.add_field(nt, mm.new_field(f["name"]))
        for t in model.templates:
            template = mm.new_template(t["name"])
            template["qfmt"], template["afmt"] = t["qfmt"], t["afmt"]
            mm.add_template(nt, template)
        nt["css"] = model.css
        mm.add(nt)


def note_by_guid(col: Collection, guid: str) -> AnkiNote:
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        if note.guid == guid:
            return note
    raise AssertionError(f"no note with guid {guid}")


def test_registered_for_tsv_and_txt() -> None:
    assert format_for("out.tsv").name == "tsv"
    assert format_for("out.TXT").name == "tsv"
    assert format_for("x", "tsv").target == "notequiz.export.tsv:write"


def test_header_and_rows() -> None:
    data = dumps(sample_cards())
    assert not data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8").split("\n")
    assert lines[:7] == HEADER
    assert lines[-1] == ""
    rows = [line.split("\t") for line in lines[7:-1]]
    assert [r[0] for r in rows] == ["nqbasic0000001", "nqrev000000002", "nqcloze0000003"]
    assert [r[1] for r in rows] == [
        "notequiz basic", "notequiz basic and reversed", "notequiz cloze"]
    assert rows[0][2:4] == ["Programming::Haskell", "fp category_theory"]
    assert rows[2][2] == "notequiz"
    assert all(len(r) == 7 for r in rows)
    # The same fields as the .apkg, escaping included.
    for card, row in zip(sample_cards(), rows, strict=True):
        assert row[4:] == apkg_export.note_fields(card)


def test_missing_note_types_skip_rows(tmp_path: Path, col: Collection) -> None:
    """A text file cannot create note types: Anki reports the rows and adds nothing."""
    log = import_tsv(col, build(tmp_path, sample_cards())).log
    assert len(log.missing_notetype) == 3
    assert len(log.new) == 0
    assert col.note_count() == 0


def test_imports_into_fresh_collection_and_updates(tmp_path: Path, col: Collection) -> None:
    add_note_types(col)
    log = import_tsv(col, build(tmp_path, sample_cards(), "v1.tsv")).log
    assert len(log.new) == 3
    assert col.note_count() == 3
    # basic: 1 card, reversed: 2 cards, cloze with c1 and c2: 2 cards.
    assert col.card_count() == 5
    assert {c.id for c in sample_cards()} == {col.get_note(n).guid for n in col.find_notes("")}

    basic = note_by_guid(col, "nqbasic0000001")
    assert basic.note_type()["name"] == "notequiz basic"  # type: ignore[index]
    assert sorted(basic.tags) == ["category_theory", "fp"]
    assert basic["Source"] == (
        "notes/fp.md:3 · Functional programming › Monads · md.explicit.qa")
    (card,) = basic.cards()
    assert col.decks.name(card.did) == "Programming::Haskell"

    cloze = note_by_guid(col, "nqcloze0000003")
    assert cloze.note_type()["name"] == "notequiz cloze"  # type: ignore[index]
    cards = sorted(cloze.cards(), key=lambda c: c.ord)
    assert col.decks.name(cards[0].did) == "notequiz"
    assert '<span class="cloze"' in cards[0].question()
    assert "[year]" in cards[1].question()

    # A rebuilt file with one edited answer updates that note, adds nothing.
    cards_v2 = [replace(sample_cards()[0], answer="A burrito."), *sample_cards()[1:]]
    log = import_tsv(col, build(tmp_path, cards_v2, "v2.tsv")).log
    assert len(log.new) == 0
    assert len(log.updated) == 1
    assert len(log.duplicate) == 2  # identical rows: nothing to change
    assert col.note_count() == 3
    assert col.card_count() == 5
    assert note_by_guid(col, "nqbasic0000001")["Back"] == "A burrito."


def test_updates_the_notes_an_apkg_made(tmp_path: Path, col: Collection) -> None:
    apkg = tmp_path / "deck.apkg"
    with apkg.open("wb") as out:
        apkg_export.write(sample_cards(), [], out, ExportOptions(timestamp=T1))
    import_apkg(col, apkg)
    before = {n: col.get_note(n).fields for n in col.find_notes("")}

    # The same cards as text: Anki finds every note by GUID and sees no change,
    # so the fields are byte-for-byte what the package import made.
    log = import_tsv(col, build(tmp_path, sample_cards())).log
    assert len(log.duplicate) == 3
    assert len(log.new) == 0 and len(log.conflicting) == 0
    assert {n: col.get_note(n).fields for n in col.find_notes("")} == before

    edited = [*sample_cards()[:2],
              replace(sample_cards()[2], cloze="{{c1::Haskell}} appeared in {{c2::1990}}.")]
    log = import_tsv(col, build(tmp_path, edited, "v2.tsv")).log
    assert len(log.updated) == 1
    assert col.note_count() == 3
    assert note_by_guid(col, "nqcloze0000003")["Text"] == (
        "{{c1::Haskell}} appeared in {{c2::1990}}.")


def test_text_edits_outrank_an_older_package(tmp_path: Path, col: Collection) -> None:
    """A text import stamps notes with the import time; a package updates only newer notes."""
    def package(cards: list[Card], name: str, stamp: float) -> Path:
        path = tmp_path / name
        with path.open("wb") as out:
            apkg_export.write(cards, [], out, ExportOptions(timestamp=stamp))
        return path

    def edited(answer: str) -> list[Card]:
        return [replace(sample_cards()[0], answer=answer), *sample_cards()[1:]]

    import_apkg(col, package(sample_cards(), "v1.apkg", T1))
    import_tsv(col, build(tmp_path, edited("from the text file")))
    import_apkg(col, package(edited("older package"), "v2.apkg", T1 + 60))
    assert note_by_guid(col, "nqbasic0000001")["Back"] == "from the text file"
    import_apkg(col, package(edited("newer package"), "v3.apkg", time.time() + 60))
    assert note_by_guid(col, "nqbasic0000001")["Back"] == "newer package"


HOSTILE = "<script>alert(1)</script>\t<img src=x onerror=alert(1)> {{Front}} [sound:x.mp3] \"q\""


def test_note_text_is_never_markup(tmp_path: Path, col: Collection) -> None:
    add_note_types(col)
    cards = [make_card("nqhostile00001", "Q\r{{c1::not a cloze}} & <b>", HOSTILE,
                       deck='My "quoted"\tdeck', tags=('a"b',))]
    path = build(tmp_path, cards)
    row = path.read_text(encoding="utf-8").split("\n")[7]
    assert row.count("\t") == 6
    import_tsv(col, path)
    note = note_by_guid(col, "nqhostile00001")
    # The .apkg's fields, but a lone carriage return becomes <br> instead of breaking the row.
    assert note.fields == [field(v) for v in apkg_export.note_fields(cards[0])]
    card = note.cards()[0]
    assert col.decks.name(card.did) == 'My "quoted" deck'
    assert note.tags == ['a"b']
    question, answer = card.question(), card.answer()
    for side in (question, answer):
        assert "<script" not in side
        assert "<img" not in side
        assert "<b>" not in side
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in answer
    assert "&#123;&#123;Front&#125;&#125;" in answer
    assert "&#123;&#123;c1::not a cloze&#125;&#125;" in question
    assert card.question_av_tags() == [] and card.answer_av_tags() == []


def test_numeric_deck_name_stays_a_name(tmp_path: Path, col: Collection) -> None:
    add_note_types(col)
    log = import_tsv(col, build(tmp_path, [make_card("nqyear00000001", deck="2024")])).log
    assert len(log.new) == 1 and len(log.missing_deck) == 0
    card = note_by_guid(col, "nqyear00000001").cards()[0]
    assert col.decks.name(card.did) == "2024"


def test_deck_option_overrides_every_card(tmp_path: Path, col: Collection) -> None:
    add_note_types(col)
    import_tsv(col, build(tmp_path, sample_cards(), deck="Study::Now"))
    dids = {c.did for n in col.find_notes("") for c in col.get_note(n).cards()}
    assert {col.decks.name(d) for d in dids} == {"Study::Now"}


def test_duplicate_card_id_is_an_error() -> None:
    card = make_card("nqdup000000001")
    with pytest.raises(ExportError, match="twice"):
        write([card, card], [], io.BytesIO(), ExportOptions())


def test_helpers() -> None:
    assert anki_deck("2024") == "2024 "
    assert anki_deck("-7") == "-7 "
    assert anki_deck("A::2024") == "A::2024"
    assert anki_deck("99999999999999999999") == "99999999999999999999"
    assert anki_deck("a\tb\nc") == "a b c"
    assert cell('say "hi"') == '"say ""hi"""'
    assert cell("plain") == "plain"
    assert field("a\tb\rc") == "a&#9;b<br>c"
