"""An HTML report of what a build found: each note with its card spans highlighted.

``notequiz show PATH... --html report.html`` writes one page. Each note's
file text is shown line by line (front matter included, so the line numbers
are the editor's), rendered by spaCy's displaCy span visualizer from manual
data, with the span of every card underlined in the colour of its kind and
labelled with a link to the card; beside the text, the cards with their
question, answer and the id of the rule that found them.

A card's span is found in the note's raw text, trying in order:

1. ``text`` — the card's source text itself, nearest its recorded line;
2. ``cloze`` — the card's cloze markup (``{{c1::…}}``), which the source
   text shows with the deletions filled in;
3. ``fuzzy`` — either of those compared on letters and digits only, within
   the card's lines (the source text has Markdown markup removed);
4. ``lines`` — the card's whole line range;

and ``none`` when even the lines are outside the file (it changed since).

The page is self-contained and static: no script, no network request, and
a Content-Security-Policy that forbids both. spaCy is imported only when a
report is rendered, never when the CLI starts.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from notequiz.errors import NoteError, counted
from notequiz.export import write_atomic
from notequiz.model import BuildResult, Card, Note

Method = Literal["text", "cloze", "fuzzy", "lines", "none"]

KIND_COLORS: dict[str, str] = {
    "explicit": "#c5e1a5",
    "cloze": "#90caf9",
    "definition": "#ffd166",
    "acronym": "#b2dfdb",
    "named_term": "#f8bbd0",
    "steps": "#ffcc80",
    "list": "#d1c4e9",
    "comparison": "#80cbc4",
    "property": "#ef9a9a",
}
"""Highlight colour of each card kind (light enough for the black label text)."""

DEFAULT_COLOR = "#e0e0e0"

# displaCy's span templates (spacy/displacy/templates.py) with class names
# added, so that the page's style sheet and a test can find the tokens. The
# space after a token stands for the line breaks around it in the original.
_TEMPLATE = {
    "span": (
        '<span class="nq-tok" style="font-weight: bold; display: inline-block; '
        'position: relative; height: {total_height}px;">{text}{span_slices}{span_starts}</span> '
    ),
    "slice": (
        '<span class="nq-slice" style="background: {bg}; top: {top_offset}px; height: 4px; '
        'left: -1px; width: calc(100% + 2px); position: absolute;"></span>'
    ),
    "start": (
        '<span class="nq-start" style="background: {bg}; top: {top_offset}px; height: 4px; '
        "border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; "
        'width: calc(100% + 2px); position: absolute;">'
        '<span class="nq-label" style="background: {bg}; z-index: 10; color: #000; '
        "top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; "
        'font-weight: bold; line-height: 1; border-radius: 3px">{label}{kb_link}</span></span>'
    ),
}

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Located:
    """Where a card's span stands in its note's text."""

    card: Card
    start: int
    """Character offset in the text (end excluded)."""
    end: int
    line_start: int
    """1-based file lines of the span's first and last character."""
    line_end: int
    method: Method


@dataclass(frozen=True, slots=True)
class Lines:
    """A note's text split into lines, with each line's offset in the text."""

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Lines:
        """Split ``text`` on ``\\n`` (a ``\\r`` before it stays in the line, as whitespace)."""
        starts = [0]
        starts += [m.end() for m in re.finditer("\n", text)]
        if len(starts) > 1 and starts[-1] == len(text):
            starts.pop()  # The newline that ends the file starts no line.
        return cls(text, tuple(starts))

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The 1-based line of the character at ``offset``."""
        return bisect_right(self.starts, offset)

    def span(self, line: int) -> tuple[int, int]:
        """Start and end offsets of 1-based ``line``, line break excluded."""
        start = self.starts[line - 1]
        if line < len(self.starts):
            return start, self.starts[line] - 1
        return start, len(self.text) - (1 if self.text.endswith("\n") else 0)

    def line(self, line: int) -> str:
        """The text of 1-based ``line``."""
        start, end = self.span(line)
        return self.text[start:end]


# --- locating spans -------------------------------------------------------------


def locate(card: Card, lines: Lines) -> Located:
    """Find ``card``'s span in the note text (see the module docstring for the order)."""
    near = card.source.line_start
    exact: tuple[tuple[Method, str], ...] = (("text", card.source.text), ("cloze", card.cloze))
    for method, needle in exact:
        needle = needle.strip()
        if needle:
            found = _nearest(lines, _find_all(lines.text, needle), len(needle), near)
            if found is not None:
                return _located(card, lines, found, found + len(needle), method)
    region = _line_region(card, lines)
    if region is None:
        return Located(card, 0, 0, near, card.source.line_end, "none")
    for needle in (card.source.text, card.cloze):
        match = _fuzzy(lines.text, needle, *region)
        if match is not None:
            return _located(card, lines, *match, "fuzzy")
    start, end = region
    while start < end and lines.text[start].isspace():
        start += 1
    while end > start and lines.text[end - 1].isspace():
        end -= 1
    return _located(card, lines, start, end, "lines")


def _located(card: Card, lines: Lines, start: int, end: int, method: Method) -> Located:
    last = lines.line_of(max(start, end - 1))
    return Located(card, start, end, lines.line_of(start), last, method)


def _find_all(text: str, needle: str) -> list[int]:
    out = []
    at = text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _nearest(lines: Lines, offsets: Sequence[int], length: int, line: int) -> int | None:
    """Of several occurrences, the one whose lines are nearest ``line`` (the first on a tie)."""
    best: int | None = None
    best_distance = 0
    for at in offsets:
        first, last = lines.line_of(at), lines.line_of(max(at, at + length - 1))
        distance = 0 if first <= line <= last else min(abs(first - line), abs(last - line))
        if best is None or distance < best_distance:
            best, best_distance = at, distance
    return best


def _line_region(card: Card, lines: Lines) -> tuple[int, int] | None:
    first = card.source.line_start
    last = max(first, card.source.line_end)
    if first < 1 or first > len(lines):
        return None
    last = min(last, len(lines))
    return lines.span(first)[0], lines.span(last)[1]


def _fuzzy(text: str, needle: str, start: int, end: int) -> tuple[int, int] | None:
    """``needle`` within ``text[start:end]`` compared on letters and digits only."""
    wanted = "".join(ch for ch in needle if ch.isalnum())
    if not wanted:
        return None
    where = [i for i in range(start, end) if text[i].isalnum()]
    skeleton = "".join(text[i] for i in where)
    at = skeleton.find(wanted)
    if at < 0:
        return None
    return where[at], where[at + len(wanted) - 1] + 1


# --- displaCy data ----------------------------------------------------------------


def line_docs(lines: Lines, located: Sequence[Located], numbers: dict[str, int],
              lang: str = "en") -> list[dict[str, Any]]:
    """displaCy's manual span data, one document per line of the note.

    Tokens are the line's whitespace-separated words; a card's span covers
    every token it touches on each of its lines, labelled with its kind and
    linked to the card (``numbers`` gives each card id its number).
    """
    by_line: dict[int, list[Located]] = {}
    for loc in located:
        if loc.method == "none":
            continue
        for line in range(loc.line_start, loc.line_end + 1):
            by_line.setdefault(line, []).append(loc)
    docs: list[dict[str, Any]] = []
    for line in range(1, len(lines) + 1):
        line_start, _ = lines.span(line)
        words = list(_TOKEN.finditer(lines.line(line)))
        spans = []
        for loc in by_line.get(line, ()):
            start, end = loc.start - line_start, loc.end - line_start
            hit = [i for i, w in enumerate(words) if w.start() < end and w.end() > start]
            if not hit:
                continue
            spans.append({
                "start_token": hit[0],
                "end_token": hit[-1] + 1,
                "label": loc.card.kind,
                "kb_id": str(numbers[loc.card.id]),
                "kb_url": f"#card-{loc.card.id}",
            })
        doc: dict[str, Any] = {"text": lines.line(line), "tokens": [w.group() for w in words],
                               "spans": spans}
        if line == 1:
            doc["settings"] = {"lang": lang, "direction": "ltr"}
        docs.append(doc)
    return docs


def render_text(docs: list[dict[str, Any]]) -> str:
    """The note text as HTML, by displaCy's span visualizer."""
    from spacy import displacy  # Heavy: only when a report is made.

    options = {"colors": KIND_COLORS, "template": _TEMPLATE}
    # displaCy sorts and annotates the span dicts in place: give it copies.
    copies = [dict(doc, spans=[dict(s) for s in doc["spans"]]) for doc in docs]
    if not copies:
        return ""
    markup: str = displacy.render(copies, style="span", manual=True, page=False,
                                  jupyter=False, options=options)
    return markup


# --- the page ---------------------------------------------------------------------


def read_text(note: Note) -> str:
    """The raw text of ``note``'s file, decoded as the build decoded it."""
    from notequiz.read import read_note

    return read_note(note.path, str(Path(note.path).parent)).text


def render_report(result: BuildResult) -> str:
    """The whole report page for a build."""
    by_note: dict[str, list[Card]] = {}
    for card in result.cards:
        by_note.setdefault(card.note_key, []).append(card)
    sections = []
    problems = [str(p) for p in result.problems]
    for i, note in enumerate(result.notes, 1):
        cards = by_note.get(note.key, [])
        try:
            text = read_text(note)
        except NoteError as exc:
            problems.append(str(exc))
            text = ""
        sections.append(render_note(i, note, cards, text))
    return _page(result, sections, problems)


def render_note(index: int, note: Note, cards: Sequence[Card], text: str) -> str:
    """One note's section: its text with spans highlighted, and its cards beside it."""
    lines = Lines.of(text)
    located = [locate(card, lines) for card in cards]
    numbers = {card.id: n for n, card in enumerate(cards, 1)}
    markup = render_text(line_docs(lines, located, numbers, note.lang)) if text else ""
    items = "\n".join(_card_item(numbers[loc.card.id], loc) for loc in located)
    title = html.escape(note.title or Path(note.path).name)
    count = f"{len(cards)} card" + ("" if len(cards) == 1 else "s")
    return (
        f'<section class="note" id="note-{index}">\n'
        f'<h2>{title} <small>{html.escape(note.path)} · {count}</small></h2>\n'
        '<div class="cols">\n'
        f'<div class="text" lang="{html.escape(note.lang)}">{markup}</div>\n'
        f'<ol class="cards">\n{items}\n</ol>\n'
        "</div>\n</section>"
    )


def _card_item(number: int, loc: Located) -> str:
    card = loc.card
    color = KIND_COLORS.get(card.kind, DEFAULT_COLOR)
    lines = str(card.source.line_start)
    if card.source.line_end > card.source.line_start:
        lines += f"–{card.source.line_end}"
    answer = card.answer
    if card.items and card.kind in ("list", "steps"):
        answer = "; ".join(card.items)
    question = card.question or card.term
    if card.shape == "cloze" and card.cloze:
        question = card.cloze
    return (
        f'<li id="card-{html.escape(card.id)}" value="{number}">'
        f'<span class="kind" style="background: {color}">{html.escape(card.kind)}</span> '
        f'<code class="rule">{html.escape(card.rule)}</code>'
        f'<p class="q">{html.escape(question)}</p>'
        f'<p class="a">{html.escape(answer)}</p>'
        f'<p class="where">line {lines} · {html.escape(card.shape)} · '
        f'<span class="method method-{loc.method}">found by {loc.method}</span> · '
        f"<code>{html.escape(card.id)}</code></p></li>"
    )


_CSS = """
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans",
  "Noto Sans KR", sans-serif; color: #1d1d1f; background: #fafafa; }
header, .note, .problems, nav { max-width: 90rem; margin: 0 auto; padding: 0.5rem 1.5rem; }
h1 { font-size: 1.4rem; margin: 0.75rem 0 0.25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h2 small { font-weight: normal; color: #6b6b70; font-size: 0.8rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem; padding: 0; list-style: none; }
.legend li, .kind { padding: 0 0.45em; border-radius: 0.3em; font-size: 0.8rem; color: #000; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; }
@media (max-width: 60rem) { .cols { grid-template-columns: minmax(0, 1fr); } }
.text { background: #fff; border: 1px solid #d9d9de; border-radius: 0.5rem;
  padding: 0.5rem 0.75rem; counter-reset: line; overflow-wrap: anywhere; }
.text .spans { counter-increment: line; padding-left: 3.2rem; position: relative;
  min-height: 1.5em; }
.text .spans:not(:has(.nq-tok)) { line-height: 1.5 !important; }
.text .spans::before { content: counter(line); position: absolute; left: 0; width: 2.6rem;
  text-align: right; color: #9a9aa0; font: 0.75rem/2 ui-monospace, Menlo, Consolas, monospace; }
.nq-label { white-space: nowrap; overflow-wrap: normal; }
.nq-label a { color: inherit; }
.cards { margin: 0; padding-left: 2rem; }
.cards li { background: #fff; border: 1px solid #d9d9de; border-radius: 0.5rem;
  padding: 0.5rem 0.75rem; margin-bottom: 0.5rem; }
.cards li:target { outline: 3px solid #1565c0; }
.cards p { margin: 0.25rem 0; white-space: pre-wrap; }
.cards .q { font-weight: 600; }
.where, .rule { color: #6b6b70; font-size: 0.8rem; }
.method-lines, .method-none { color: #c62828; }
.problems li { color: #c62828; }
"""


def _page(result: BuildResult, sections: list[str], problems: list[str]) -> str:
    kinds = sorted({c.kind for c in result.cards})
    legend = "".join(
        f'<li style="background: {KIND_COLORS.get(k, DEFAULT_COLOR)}">{html.escape(k)}</li>'
        for k in kinds
    )
    nav = "".join(
        f'<li><a href="#note-{i}">{html.escape(n.title or n.path)}</a></li>'
        for i, n in enumerate(result.notes, 1)
    )
    trouble = ""
    if problems:
        items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
        trouble = f'<section class="problems"><h2>Problems</h2><ul>{items}</ul></section>'
    summary = f"{counted(len(result.cards), 'card')} from {counted(len(result.notes), 'note')}"
    body = "\n".join(sections)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
        "form-action 'none'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>notequiz report — {summary}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>What notequiz found</h1><p>{summary}</p>"
        f'<ul class="legend">{legend}</ul></header>\n'
        f"<nav><ol>{nav}</ol></nav>\n{body}\n{trouble}\n</body>\n</html>\n"
    )


def write_report(result: BuildResult, path: str) -> None:
    """Write the report for ``result`` to ``path`` (atomically; ``ExportError`` on failure)."""
    page = render_report(result).encode("utf-8")

    def produce(out: BinaryIO) -> None:
        out.write(page)

    write_atomic(Path(path), produce)
