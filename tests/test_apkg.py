"""The Anki export, checked by importing it with the official ``anki`` package."""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from anki.collection import (
    Collection,
)
from anki.notes import Note as AnkiNote

from notequiz.errors import ExportError
from notequiz.export import ExportOptions, export, format_for
from notequiz.export.apkg import (
    BASIC_MODEL_ID,
    CLOZE_MODEL_ID,
    NOTE_TYPES_STAMP,
    REVERSED_MODEL_ID,
    ZIP_LEVEL,
    anki_tags,
    basic_model,
    cloze_model,
    deck_id,
    escape,
    escape_cloze,
    reversed_model,
    write,
)
from notequiz.model import Card
from notequiz.pipeline import build as pipeline_build

from .conftest import import_apkg, make_card

T1 = 1_720_000_000.0
T2 = T1 + 60


def sample_cards() -> list[Card]:
    return [
        make_card("nqbasic0000001", deck="Programming::Haskell", tags=("fp", "category theory"),
                  kind="definition", rule="en.definition.is_a"),
        make_card("nqrev000000002", "Functor", "A structure-preserving map", shape="reversed",
                  deck="Programming::Haskell", line=7),
        make_card("nqcloze0000003", "", "Haskell; 1990", shape="cloze",
                  cloze="{{c1::Haskell}} first appeared in {{c2::1990::year}}.", line=9),
    ]


def build(tmp_path: Path, cards: list[Card], name: str = "deck.apkg", *,
          timestamp: float | None = T1, deck: str | None = None) -> Path:
    path = tmp_path / name
    with path.open("wb") as out:
        write(cards, [], out, ExportOptions(deck=deck, timestamp=timestamp))
    return path


def note_by_guid(col: Collection, guid: str) -> AnkiNote:
    nids = col.find_notes("")
    for nid in nids:
        note = col.get_note(nid)
        if note.guid == guid:
            return note
    raise AssertionError(f"no note with guid {guid}")


def test_import_counts_decks_tags_and_guids(tmp_path: Path, col: Collection) -> None:
    log = import_apkg(col, build(tmp_path, sample_cards()))
    assert len(log.log.new) == 3
    assert col.note_count() == 3
    # basic: 1 card, reversed: 2 cards, cloze with c1 and c2: 2 cards.
    assert col.card_count() == 5

    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"Programming", "Programming::Haskell", "notequiz"} <= names

    basic = note_by_guid(col, "nqbasic0000001")
    assert basic.mid == BASIC_MODEL_ID
    assert col.models.get(basic.mid) == col.models.by_name("notequiz basic")
    assert sorted(basic.tags) == ["category_theory", "fp"]
    assert basic["Front"] == "What is a monad?"
    assert basic["Source"] == (
        "notes/fp.md:3 · Functional programming › Monads · en.definition.is_a"
    )
    (card,) = basic.cards()
    assert col.decks.name(card.did) == "Programming::Haskell"
    assert "en.definition.is_a" in card.answer()
    assert 'class="source"' in card.answer()

    rev = note_by_guid(col, "nqrev000000002")
    assert rev.mid == REVERSED_MODEL_ID
    q_sides = sorted(c.question() for c in rev.cards())
    assert any("Functor" in q for q in q_sides)
    assert any("A structure-preserving map" in q and "Functor" not in q for q in q_sides)

    cloze = note_by_guid(col, "nqcloze0000003")
    assert cloze.mid == CLOZE_MODEL_ID
    cards = sorted(cloze.cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1]
    assert col.decks.name(cards[0].did) == "notequiz"
    assert '<span class="cloze"' in cards[0].question()
    assert "[year]" in cards[1].question()
    assert "1990" in cards[1].answer()
    assert "notes/fp.md:9" in cards[1].answer()

    guids = {col.get_note(n).guid for n in col.find_notes("")}
    assert guids == {c.id for c in sample_cards()}


def test_deck_option_overrides_every_card(tmp_path: Path, col: Collection) -> None:
    import_apkg(col, build(tmp_path, sample_cards(), deck="Study::Now"))
    dids = {c.did for n in col.find_notes("")
            for c in col.get_note(n).cards()}
    assert {col.decks.name(d) for d in dids} == {"Study::Now"}


def test_reimport_of_edited_answer_updates_note(tmp_path: Path, col: Collection) -> None:
    cards = sample_cards()
    import_apkg(col, build(tmp_path, cards, "v1.apkg", timestamp=T1))
    edited = [replace(cards[0], answer="A burrito."), *cards[1:]]
    log = import_apkg(col, build(tmp_path, edited, "v2.apkg", timestamp=T2))

    assert col.note_count() == 3
    assert col.card_count() == 5
    assert len(log.log.new) == 0
    assert len(log.log.updated) == 3
    note = note_by_guid(col, "nqbasic0000001")
    assert note["Back"] == "A burrito."
    assert note.mod == int(T2)


def test_reimport_of_older_build_changes_nothing(tmp_path: Path, col: Collection) -> None:
    cards = sample_cards()
    import_apkg(col, build(tmp_path, cards, "v2.apkg", timestamp=T2))
    stale = [replace(cards[0], answer="stale"), *cards[1:]]
    import_apkg(col, build(tmp_path, stale, "v1.apkg", timestamp=T1))
    assert col.note_count() == 3
    assert note_by_guid(col, "nqbasic0000001")["Back"] != "stale"


HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> {{Front}} [sound:x.mp3]"


def test_note_text_is_never_markup(tmp_path: Path, col: Collection) -> None:
    cards = [
        make_card("nqhostile00001", "Q {{c1::not a cloze}} & <b>", HOSTILE),
        make_card("nqhostile00002", "", "", shape="cloze",
                  cloze="<i>x</i> {{c1::<script>alert(1)</script>::<b>h</b>}} {{Text}}"),
    ]
    import_apkg(col, build(tmp_path, cards))

    basic = note_by_guid(col, "nqhostile00001").cards()[0]
    question, answer = basic.question(), basic.answer()
    for side in (question, answer):
        assert "<script" not in side
        assert "<img" not in side
        assert "<b>" not in side
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in answer
    assert "&lt;img src=x onerror=alert(1)&gt;" in answer
    assert "&#123;&#123;Front&#125;&#125;" in answer
    assert "&#123;&#123;c1::not a cloze&#125;&#125;" in question
    assert 'class="cloze' not in question
    assert "&amp;" in question
    assert basic.question_av_tags() == [] and basic.answer_av_tags() == []

    cloze = note_by_guid(col, "nqhostile00002").cards()
    assert len(cloze) == 1
    q, a = cloze[0].question(), cloze[0].answer()
    for side in (q, a):
        assert "<script" not in side
        assert "<i>" not in side
        assert "<b>" not in side
        assert "&#123;&#123;Text&#125;&#125;" in side
    assert '<span class="cloze"' in q
    assert "[&lt;b&gt;h&lt;/b&gt;]" in q
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in a


def test_same_input_and_timestamp_give_identical_bytes() -> None:
    def once(timestamp: float) -> bytes:
        buf = io.BytesIO()
        write(sample_cards(), [], buf, ExportOptions(timestamp=timestamp))
        return buf.getvalue()

    first = once(T1)
    assert once(T1) == first
    assert once(T2) != first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.namelist() == ["collection.anki2", "media"]
        assert archive.getinfo("collection.anki2").date_time == (2024, 7, 3, 9, 46, 40)
        assert archive.read("media") == b"{}"


def test_the_collection_is_compressed_at_the_fast_level() -> None:
    import zlib

    buf = io.BytesIO()
    write(sample_cards(), [], buf, ExportOptions(timestamp=T1))
    with zipfile.ZipFile(buf) as archive:
        info = archive.getinfo("collection.anki2")
        data = archive.read(info)
    deflate = zlib.compressobj(ZIP_LEVEL, zlib.DEFLATED, -15)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    assert info.compress_size == len(deflate.compress(data) + deflate.flush())
    assert ZIP_LEVEL < 6, "a deck is rewritten at every build: speed over the last bytes"


def test_missing_timestamp_uses_fixed_old_stamp(tmp_path: Path, col: Collection) -> None:
    a = build(tmp_path, sample_cards(), "a.apkg", timestamp=None)
    b = build(tmp_path, sample_cards(), "b.apkg", timestamp=0)
    assert a.read_bytes() == b.read_bytes()
    import_apkg(col, a)
    # Any real build is newer and updates the notes.
    edited = [replace(sample_cards()[0], answer="new"), *sample_cards()[1:]]
    import_apkg(col, build(tmp_path, edited, "c.apkg", timestamp=T1))
    assert note_by_guid(col, "nqbasic0000001")["Back"] == "new"


def test_duplicate_card_id_is_an_error() -> None:
    card = make_card("nqdup000000001")
    with pytest.raises(ExportError, match="twice"):
        write([card, card], [], io.BytesIO(), ExportOptions(timestamp=T1))


def test_helpers() -> None:
    assert anki_tags(["a b", " c\td ", "", "a b", "x"]) == ["a_b", "c_d", "x"]
    assert deck_id("A::B") == deck_id("A::B") != deck_id("A")
    assert (1 << 30) <= deck_id("notequiz") < (1 << 31)
    assert escape("a\nb & [x]") == "a<br>b &amp; &#91;x&#93;"
    assert escape_cloze("1 < {{c1::a&b::h<}} {{c2::c}}") == (
        "1 &lt; {{c1::a&amp;b::h&lt;}} {{c2::c}}"
    )


def test_lists_newlines_and_cloze_without_deletion(tmp_path: Path, col: Collection) -> None:
    steps = replace(make_card("nqsteps0000001", "How to brew tea?", "boil; steep"),
                    kind="steps", items=("Boil <water>", "Steep"))
    multiline = make_card("nqlines0000001", "Two lines?", "first\nsecond")
    no_deletion = make_card("nqnodel0000001", "Plain question?", "plain answer",
                            shape="cloze", cloze="no deletion here")
    import_apkg(col, build(tmp_path, [steps, multiline, no_deletion]))
    assert col.card_count() == 3

    answer = note_by_guid(col, "nqsteps0000001").cards()[0].answer()
    assert "<ol><li>Boil &lt;water&gt;</li><li>Steep</li></ol>" in answer
    assert "first<br>second" in note_by_guid(col, "nqlines0000001").cards()[0].answer()
    fallback = note_by_guid(col, "nqnodel0000001")
    assert fallback.mid == BASIC_MODEL_ID
    assert fallback["Front"] == "Plain question?"


def test_sample_notes_deck_from_the_cli_imports_and_updates(tmp_path: Path,
                                                             col: Collection) -> None:
    """The README's command end to end: real notes in, a deck Anki imports, then an edit."""
    import os
    import shutil

    from typer.testing import CliRunner

    from notequiz.cli import app
    from notequiz.pipeline import build as run_build

    notes = tmp_path / "notes"
    shutil.copytree(Path(__file__).resolve().parent.parent / "sample_notes", notes)
    deck = tmp_path / "deck.apkg"
    result = CliRunner().invoke(app, ["build", str(notes), "-o", str(deck)])
    assert result.exit_code == 0, result.output
    cards = run_build([str(notes)]).cards
    import_apkg(col, deck)
    assert col.note_count() == len(cards)
    assert {note_by_guid(col, c.id).guid for c in cards} == {c.id for c in cards}

    # Edit one hand-marked answer; the rebuilt deck updates that note in place.
    tcp = notes / "network" / "tcp.md"
    tcp.write_text(tcp.read_text(encoding="utf-8").replace("::4개", "::네 개"), encoding="utf-8")
    stat = tcp.stat()
    os.utime(tcp, (stat.st_atime, stat.st_mtime + 60))
    result = CliRunner().invoke(app, ["build", str(notes), "-o", str(deck)])
    assert result.exit_code == 0, result.output
    import_apkg(col, deck)
    assert col.note_count() == len(cards)
    edited = next(c for c in cards if c.answer == "4개")
    assert "네 개" in note_by_guid(col, edited.id)["Back"]


def test_a_deck_name_with_empty_or_padded_names_is_the_same_in_every_format(
        tmp_path: Path, col: Collection) -> None:
    """``--deck " A :: ::B "``: Anki would call the empty name "blank" and Moodle drop
    it; every format now gets the deck ``A::B``."""
    from typer.testing import CliRunner

    from notequiz.cli import app

    note = tmp_path / "notes" / "n.md"
    note.parent.mkdir()
    note.write_text("# N\n\nQ?::A\n", encoding="utf-8")
    for suffix in ("apkg", "gift", "tsv"):
        result = CliRunner().invoke(app, ["build", str(note), "-o", str(tmp_path / f"o.{suffix}"),
                                          "--deck", " A :: ::B ", "--no-cache", "-q"])
        assert result.exit_code == 0, result.output
    import_apkg(col, tmp_path / "o.apkg")
    (nid,) = col.find_notes("")
    assert col.decks.name(col.get_note(nid).cards()[0].did) == "A::B"
    assert "$CATEGORY: A/B\n" in (tmp_path / "o.gift").read_text(encoding="utf-8")
    rows = (tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[-1].split("\t")[2] == "A::B"


@pytest.mark.parametrize(("categories", "deck"), [
    ('["A:", "B"]', "A::B"), ('["A::B", " :: C"]', "A::B::C"), ("Network::TCP", "Network::TCP"), ('["a\\x1fb"]', "ab"),
    ('["A\\tB"]', "AB"), ('["\\u2003y\\u202f"]', "y"), ('["Cafe\\u0301"]', "Caf\u00e9")])
def test_note_decks_are_named_as_anki_names_them(tmp_path: Path, col: Collection,
                                                 categories: str, deck: str) -> None:
    """Anki strips the colons at the ends of each name and drops control characters;
    every format gets the deck Anki shows."""
    from typer.testing import CliRunner

    from notequiz.cli import app

    note = tmp_path / "notes" / "n.md"
    note.parent.mkdir()
    note.write_text(f"---\ncategories: {categories}\n---\n# N\n\nQ?::A\n", encoding="utf-8")
    for suffix in ("apkg", "tsv", "json"):
        result = CliRunner().invoke(app, ["build", str(note), "-o", str(tmp_path / f"o.{suffix}"),
                                          "--no-cache", "-q"])
        assert result.exit_code == 0, result.output
    import_apkg(col, tmp_path / "o.apkg")
    (nid,) = col.find_notes("")
    assert col.decks.name(col.get_note(nid).cards()[0].did) == deck
    assert (tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()[-1].split("\t")[2] == deck
    assert '"deck": "' + deck + '"' in (tmp_path / "o.json").read_text(encoding="utf-8")


def test_a_deck_option_that_names_no_deck_is_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from notequiz.cli import app

    note = tmp_path / "n.md"
    note.write_text("# N\n\nQ?::A\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(note), "-o", str(tmp_path / "o.apkg"),
                                      "--deck", " :: ", "--no-cache"])
    assert result.exit_code == 2 and not (tmp_path / "o.apkg").exists()
    assert result.stderr == "notequiz: --deck ' :: ' names no deck\n"


def test_a_cloze_whose_deletions_no_card_asks_is_a_basic_note() -> None:
    from notequiz.export.apkg import anki_shape

    for text in ("{{c0::x}} y", "{{c1::}} y", "no deletion"):
        assert anki_shape(make_card("nqc", "Q?", "A", shape="cloze", cloze=text)) == "basic"
    assert anki_shape(make_card("nqc", "Q?", "A", shape="cloze", cloze="{{c1::x}}")) == "cloze"


def test_a_field_separator_in_a_note_name_does_not_break_the_deck(tmp_path: Path,
                                                                  col: Collection) -> None:
    """U+001F separates a note's fields in Anki's database: written raw in the Source
    field, it made the whole deck fail to import."""
    from notequiz.pipeline import build as run_build

    note = tmp_path / "x\x1fy.md"
    note.write_text("# N\n\nQ?::A\n", encoding="utf-8")
    result = run_build([str(note)])
    deck = build(tmp_path, list(result.cards))
    import_apkg(col, deck)
    (nid,) = col.find_notes("")
    fields = col.get_note(nid).fields
    assert len(fields) == 3 and fields[1] == "A" and "x&#31;y.md" in fields[2]


def test_an_edit_updates_its_own_notes_and_leaves_the_others_as_changed_in_anki(
        write_note: Callable[..., Path], tmp_path: Path, col: Collection) -> None:
    """Each Anki note carries its own file's time: editing one note file must not
    make every other card "newer" and undo what the learner changed in Anki."""
    tcp = write_note("tcp.md", "# TCP\n\nTCP(Transmission Control Protocol)는 연결 지향 프로토콜이다.\n")
    sql = write_note("sql.md", "# SQL\n\nA primary key is a column that identifies each row.\n")
    os.utime(tcp, (T1, T1))
    os.utime(sql, (T1 + 10, T1 + 10))
    deck = tmp_path / "deck.apkg"

    def rebuild() -> None:
        result = pipeline_build([str(tcp.parent)])
        export(result.cards, result.notes, str(deck), format_for(str(deck)), ExportOptions())
        import_apkg(col, deck)

    rebuild()
    first = {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}
    assert sorted(n.mod for n in first.values()) == [int(T1), int(T1), int(T1 + 10)]
    kept = next(n for n in first.values() if n["Source"].startswith(str(tcp)))
    kept.tags.append("marked")
    kept["Back"] = "changed in Anki"
    col.update_note(kept)

    sql.write_text("# SQL\n\nA primary key is a column that uniquely identifies each row.\n",
                   encoding="utf-8")
    os.utime(sql, (T2 + 3600, T2 + 3600))
    rebuild()
    notes = {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}
    assert notes.keys() == first.keys()
    assert (notes[kept.guid]["Back"], notes[kept.guid].tags) == ("changed in Anki", ["marked"])
    (edited,) = (n for n in notes.values() if n["Source"].startswith(str(sql)))
    assert "uniquely identifies" in edited["Back"] and edited.mod == int(T2 + 3600)


def test_note_types_keep_their_own_stamp_and_what_the_learner_changed(
        tmp_path: Path, col: Collection) -> None:
    """A rebuilt deck updates notes, not the note types the learner restyled."""
    import_apkg(col, build(tmp_path, sample_cards(), "v1.apkg", timestamp=T1))
    basic = col.models.get(BASIC_MODEL_ID)
    assert basic is not None and basic["mod"] == NOTE_TYPES_STAMP
    basic["css"] += "\n.card { font-size: 40px; }"
    col.models.update_dict(basic)
    edited = [replace(sample_cards()[0], answer="A burrito."), *sample_cards()[1:]]
    # Newer than the restyle (made now): only the note types' own date keeps it.
    import_apkg(col, build(tmp_path, edited, "v2.apkg", timestamp=time.time() + 3600.0))
    assert note_by_guid(col, "nqbasic0000001")["Back"] == "A burrito."
    restyled = col.models.get(BASIC_MODEL_ID)
    assert restyled is not None and "font-size: 40px" in restyled["css"]


NOTE_TYPES_SHA256 = "87c963cadb20f9b9b255b4eb910ffe6726d900644ec7babaf8038238b7db6637"
"""The note types as NOTE_TYPES_STAMP dates them (``test_note_types_changed_with_their_stamp``)."""


def test_note_types_changed_with_their_stamp() -> None:
    """Anki takes changed note types only when they are newer than its copy: a change
    to their fields, templates or CSS must move ``NOTE_TYPES_STAMP`` forward (and
    this digest with it)."""
    made = [model.to_json(0, 0) for model in (basic_model(), reversed_model(), cloze_model())]
    digest = hashlib.sha256(json.dumps(made, sort_keys=True).encode()).hexdigest()
    assert digest == NOTE_TYPES_SHA256, (
        f"the note types changed: move NOTE_TYPES_STAMP forward, then set {digest}")


def test_a_statement_asked_as_a_cloze_is_a_cloze_note(tmp_path: Path, col: Collection,
                                                      write_note: Callable[..., Path]) -> None:
    """A rule's cloze of a statement ("Root DNS는 [...] 반환한다") is studied as Anki's cloze."""
    note = write_note("dns.md", "# 메모\n\n## 동작\n\nRoot DNS는 도메인 주소의 최상위 계층을 확인하여 "
                                "TLD의 주소를 반환한다.\n")
    cards = list(pipeline_build([str(note)]).cards)
    [card] = [c for c in cards if c.kind == "property"]
    assert card.shape == "cloze"
    import_apkg(col, build(tmp_path, cards))
    imported = note_by_guid(col, card.id)
    assert imported.mid == CLOZE_MODEL_ID
    [anki_card] = imported.cards()
    assert "Root DNS는" in anki_card.question() and "반환한다" in anki_card.question()
    assert "[...]" in anki_card.question()
    assert "TLD의 주소를" in anki_card.answer() and "TLD의 주소를" not in anki_card.question()
