"""The HTML report of `notequiz show --html`: spans located, highlighted by displaCy."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from notequiz.cli import app
from notequiz.model import Card, SourceSpan
from notequiz.pipeline import BuildOptions, build
from notequiz.report import Lines, line_docs, locate, read_text, render_report, render_text

from .conftest import SAMPLE_NOTES


class _Report(HTMLParser):
    """Per rendered line: its tokens and which are highlighted; plus ids, links and tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[tuple[str, bool]]] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._depth = 0  # inside an nq-tok element: its nesting depth
        self._in_line = False
        self._token = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        cls = a.get("class") or ""
        if tag == "div" and cls == "spans":
            self.lines.append([])
            self._in_line = True
        elif "nq-tok" in cls.split():
            self._depth = 1
            self._token = ""
        elif self._depth:
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if not self._depth:
                self.lines[-1].append((self._token.strip(), True))
        elif tag == "div":
            self._in_line = False

    def handle_data(self, data: str) -> None:
        if self._depth == 1:
            self._token += data
        elif self._in_line and not self._depth:
            self.lines[-1].extend((w, False) for w in data.split())


def parse(markup: str) -> _Report:
    parser = _Report()
    parser.feed(markup)
    return parser


def marked_result() -> object:
    return build([str(SAMPLE_NOTES)], BuildOptions(automatic=False))


def test_show_writes_report_for_sample_notes(tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "report.html"
    res = runner.invoke(app, ["show", "--marked-only", str(SAMPLE_NOTES), "--html", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    report = parse(page)
    result = build([str(SAMPLE_NOTES)], BuildOptions(automatic=False))
    assert result.cards
    for card in result.cards:
        assert f"card-{card.id}" in report.ids
        assert f"#card-{card.id}" in report.links  # the span's label links to the card
        assert card.rule in page
    # Static and offline: no script, nothing fetched, a policy forbidding both.
    names = [t for t, _ in report.tags]
    assert "script" not in names and "img" not in names and "link" not in names
    assert all(href.startswith("#") for href in report.links)
    assert "default-src 'none'" in page
    assert f"{len(result.cards)} cards from {len(result.notes)} notes" in page


def test_highlighted_spans_match_card_sources() -> None:
    result = build([str(SAMPLE_NOTES)], BuildOptions(automatic=False))
    checked = 0
    for note in result.notes:
        cards = [c for c in result.cards if c.note_key == note.key]
        lines = Lines.of(read_text(note))
        located = [locate(card, lines) for card in cards]
        numbers = {c.id: i for i, c in enumerate(cards, 1)}
        docs = line_docs(lines, located, numbers, note.lang)
        rendered = parse(render_text(docs)).lines
        assert len(rendered) == len(docs) == len(lines)
        for loc in located:
            card = loc.card
            # Hand-marked cards are found by their own text, on their own lines.
            found = lines.text[loc.start:loc.end]
            if card.shape == "cloze":
                assert (loc.method, found) == ("cloze", card.cloze)
            else:
                assert (loc.method, found) == ("text", card.source.text)
            assert (loc.line_start, loc.line_end) == (
                card.source.line_start, card.source.line_end)
            # The span in displaCy's data and on the page covers exactly those words.
            doc = docs[loc.line_start - 1]
            (span,) = [s for s in doc["spans"] if s["kb_url"] == f"#card-{card.id}"]
            assert span["label"] == card.kind
            words = doc["tokens"][span["start_token"]:span["end_token"]]
            assert words == found.split()
            marked = [w for w, hit in rendered[loc.line_start - 1] if hit]
            assert marked == found.split()
            checked += 1
    assert checked == len(result.cards)


def card_at(line: int, text: str, *, cloze: str = "", end: int | None = None) -> Card:
    return Card(
        id=f"nqline{line:08d}", kind="cloze" if cloze else "definition", question="Q?",
        answer="A", term="T", note_key="n", source=SourceSpan("n.md", line, end or line, text),
        section=(), rule="test.rule", lang="en", shape="cloze" if cloze else "basic", cloze=cloze,
    )


def test_locating_falls_back_in_order() -> None:
    text = (
        "---\r\ntitle: x\r\n---\r\n"          # 1-3, CRLF line ends
        "A **Bloom filter** is a set.\r\n"   # 4: markup the source text lacks
        "repeat me\r\n"                       # 5
        "other\r\n"                           # 6
        "repeat me\r\n"                       # 7
        "last line without newline"           # 8
    )
    lines = Lines.of(text)
    assert len(lines) == 8
    assert lines.line(4) == "A **Bloom filter** is a set.\r"

    exact = locate(card_at(7, "repeat me"), lines)
    assert (exact.method, exact.line_start) == ("text", 7)  # the nearest occurrence
    assert locate(card_at(5, "repeat me"), lines).line_start == 5

    fuzzy = locate(card_at(4, "A Bloom filter is a set."), lines)
    assert fuzzy.method == "fuzzy"
    assert text[fuzzy.start:fuzzy.end] == "A **Bloom filter** is a set"

    by_lines = locate(card_at(6, "nowhere to be found", end=7), lines)
    assert (by_lines.method, by_lines.line_start, by_lines.line_end) == ("lines", 6, 7)
    assert text[by_lines.start:by_lines.end] == "other\r\nrepeat me"

    assert locate(card_at(99, "gone"), lines).method == "none"
    last = locate(card_at(8, "without"), lines)
    assert (last.line_start, text[last.start:last.end]) == (8, "without")

    docs = line_docs(lines, [fuzzy, by_lines], {fuzzy.card.id: 1, by_lines.card.id: 2})
    assert docs[3]["tokens"] == ["A", "**Bloom", "filter**", "is", "a", "set."]
    assert docs[3]["spans"][0]["start_token"] == 0 and docs[3]["spans"][0]["end_token"] == 6
    assert [len(d["spans"]) for d in docs] == [0, 0, 0, 1, 0, 1, 1, 0]


def test_note_text_is_escaped(write_note: Callable[..., Path]) -> None:
    path = write_note("evil.md", """
        # Evil <script>alert(0)</script>

        What does `<script>alert(1)</script>` do?::it runs <img src=x onerror=alert(2)>

        Why {{c1::<b>bold</b>}} tags?
        """)
    result = build([str(path)], BuildOptions(automatic=False))
    assert len(result.cards) == 2
    page = render_report(result)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)" in page and "&lt;img src=x" in page
    report = parse(page)
    assert {f"#card-{c.id}" for c in result.cards} <= set(report.links)
    # The source text lost the inline HTML: found by letters and digits, then by line.
    assert [hit for _, hit in report.lines[2]] == [True] * 5 + [False] * 3
    assert [hit for _, hit in report.lines[4]] == [True] * 3


def test_automatic_cards_are_all_placed() -> None:
    """Whatever the automatic rules find, every card lands somewhere in its note."""
    result = build([str(SAMPLE_NOTES)])
    page = parse(render_report(result))
    for note in result.notes:
        lines = Lines.of(read_text(note))
        for card in (c for c in result.cards if c.note_key == note.key):
            loc = locate(card, lines)
            assert loc.method != "none"
            assert loc.line_start <= card.source.line_start <= loc.line_end or (
                loc.method == "text")
            assert f"#card-{card.id}" in page.links


def test_spacy_is_not_imported_at_startup() -> None:
    code = ("import sys, notequiz.cli, notequiz.report; "
            "print(sorted(m for m in sys.modules if re.match(r'spacy\\b', m)))")
    out = subprocess.run([sys.executable, "-c", "import re; " + code], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert re.search(r"^import spacy|^from spacy", Path("notequiz/report.py").read_text(
        encoding="utf-8"), re.MULTILINE) is None
