"""Cards the user marks by hand: ``Q::A``, ``Q:::A`` and ``{{c1::…}}`` clozes.

These follow the conventions of the tools people already use (Obsidian's
spaced-repetition plugin, Anki's cloze syntax), so marked notes work as is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notequiz import cloze
from notequiz.extract.rules import Example, rule
from notequiz.lang import detect
from notequiz.model import Block, Candidate, Note, Section, SourceSpan

QA = rule(
    "md.explicit.qa", "explicit",
    "A line `Question::Answer` makes a front/back card.",
    Example("TCP는 몇 단계 핸드셰이크를 쓰나?::3단계", "TCP는 몇 단계 핸드셰이크를 쓰나?", "3단계"),
    version=6,  # 2: a line of a cloze paragraph is a card too, `{{c2::` holds no separator;
    # 3: nor does inline code (`std::move`) or a deletion running on from the line before;
    # 4: nor a scope before a list's comma (std::map, TreeMap); 5: nor "::part()" in quotes (a CSS
    # pseudo-element); 6: nor "std::result 문서" (a scope before a Korean word)
)
QA_REVERSED = rule(
    "md.explicit.reversed", "explicit",
    "A line `Question:::Answer` makes a card studied in both directions.",
    Example("Capital of France:::Paris", "Capital of France", "Paris"),
    version=3,  # a line of a cloze paragraph is a card too; separators as md.explicit.qa
)
CLOZE = rule(
    "md.cloze", "cloze",
    "A paragraph with `{{c1::…}}` deletions makes a cloze card (of its lines that are no `Q::A`).",
    Example("The {{c1::mitochondria}} is the powerhouse of the cell.",
            "mitochondria", "mitochondria"),
    Example("{{c1::Plants have {{c2::chloroplasts}}}}, animals do not.",
            "Plants have chloroplasts", "Plants have chloroplasts"),
    version=3,  # 2: deletions nested in others, empty ones no answer; 3: not its Q::A lines
)

# The separator needs text on both sides; `::` inside inline code (`std::vector`)
# or a URL is not one.
_SCOPE_TAIL = re.compile(r"^[A-Za-z_]\w*(?:[(<.\[,]|\s*[가-힣])")
"""What follows a C++/Rust/Ruby scope ``::`` in prose: a name glued to a call,
a template, a member, a Korean particle or word or the comma of a list (``std::map은``,
``std::result 문서``, ``Foo::bar()``, ``RB tree (std::map, TreeMap)``)."""
_QUOTES = frozenset("\"'“‘`")
_CSS_NAME = re.compile(r"[a-z][\w-]*(?:\(|[\"'”’`])")
"""A pseudo-element's name after ``::`` and its call or closing quote (``"::part()"``, ``'::before'``)."""
_CLOZE_OPENER = re.compile(r"\{\{c\d+::")
_SEPARATOR = re.compile(r"(?<!:):::?(?!:)")


def _in_spans(offset: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _lines(block: Block) -> Iterator[tuple[int, str]]:
    """(offset, line) pairs of a block's text."""
    off = 0
    for line in block.text.split("\n"):
        yield off, line
        off += len(line) + 1


def holds_cloze(block: Block) -> bool:
    """Whether ``block`` is marked by hand as a cloze: it holds a deletion outside inline
    code, even an empty one (which makes no card, and leaves the block to no other
    rule either). ``Write a cloze as `{{c1::text}}``` shows the syntax; it marks nothing."""
    return block.kind in ("paragraph", "list") and cloze.has_deletion(_code_hidden(block))


def _code_hidden(block: Block) -> str:
    """``block.text`` with its inline code blanked out, offsets kept."""
    if not block.code or "{{c" not in block.text:
        return block.text
    text = block.text
    pieces: list[str] = []
    pos = 0
    for start, end in sorted(block.code):
        if start < pos:
            continue
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def find(note: Note, section: Section, block: Block) -> Iterator[Candidate]:
    """Yield the hand-marked cards in one block.

    Each ``Q::A`` line is a card of its own; the other lines of a paragraph,
    taken together, make a cloze card if they hold deletions (a list's lines
    each make their own).
    """
    if block.kind not in ("paragraph", "list"):
        return
    if "::" not in block.text:
        return
    hidden = _code_hidden(block)
    text_lines: list[tuple[int, str]] = []
    open_deletions = 0  # a deletion that runs on to the next line holds no separator there
    for off, line in _lines(block):
        card = None if open_deletions else _qa(note, section, block, off, line)
        open_deletions = max(0, open_deletions + len(_CLOZE_OPENER.findall(line))
                             - line.count("}}"))
        if card is None:
            text_lines.append((off, line))
            if block.kind == "paragraph":
                continue
        yield from _clozes(note, section, block, hidden, text_lines)
        text_lines = []
        if card is not None:
            yield card
    yield from _clozes(note, section, block, hidden, text_lines)


def _qa(note: Note, section: Section, block: Block, off: int, line: str) -> Candidate | None:
    """The card of a ``Q::A`` or ``Q:::A`` line (at ``off`` in ``block``), if it is one.

    The separator is the first ``::`` (or ``:::``) outside inline code that is
    no C++-style scope (``std::map은``); the answer holds no other one, outside code.
    """
    if _CLOZE_OPENER.search(line):
        return None  # the `::` of "{{c2::…", closed or not, belongs to a cloze
    seps = [m for m in _SEPARATOR.finditer(line) if not _in_spans(off + m.start(), block.code)]
    for k, m in enumerate(seps):
        if "://" in line[m.start():m.end() + 2]:
            continue
        if m.group() == "::" and re.search(r"[A-Za-z_]\w*$", line[: m.start()]) and (
                _SCOPE_TAIL.match(line[m.end():])):
            continue  # "C++의 std::map은 …", "Foo::bar()": a scope in prose, not a card
        if m.group() == "::" and line[m.start() - 1:m.start()] in _QUOTES and _CSS_NAME.match(line, m.end()):
            continue  # '"::part()"', "'::before'": a CSS pseudo-element in quotes, not a card
        if k + 1 < len(seps):
            return None  # a second separator in the answer: no line of one card
        break
    else:
        return None
    q, a = line[: m.start()].strip(), line[m.end():].strip()
    if not q or not a:
        return None
    reversed_ = m.group() == ":::"
    file_line = block.line_at(off)
    return Candidate(
        kind="explicit",
        term=q,
        answer=a,
        question=q,
        rule=QA_REVERSED if reversed_ else QA,
        lang=detect(line),
        source=SourceSpan(note.path, file_line, file_line, line.strip()),
        section=section.heading_path,
        shape="reversed" if reversed_ else "basic",
    )


def _clozes(note: Note, section: Section, block: Block, hidden: str,
            lines: list[tuple[int, str]]) -> Iterator[Candidate]:
    """The cloze card of ``lines`` (consecutive lines of ``block``), if they hold deletions.

    ``hidden`` is the block's text with inline code blanked (``_code_hidden``):
    a deletion shown in code marks nothing.
    """
    if not lines:
        return
    off = lines[0][0]
    text = "\n".join(line for _, line in lines)
    if "{{c" not in text:
        return
    parts = cloze.parse(text)  # read once for the answers, the text and the question
    # What the outermost asked deletions hide (a deletion nested in an asked one
    # is part of it): the blanks of the question.
    answers = [cloze.answer(d) for d in cloze.outermost(parts)]
    if not answers or not cloze.has_deletion(hidden[off:off + len(text)]):
        return
    start = block.line_at(off)
    end = block.line_at(off + len(text) - 1) if text else start
    plain = cloze.plain(parts)
    yield Candidate(
        kind="cloze",
        term=answers[0],
        answer="; ".join(answers),
        question=cloze.blanked(parts).strip(),
        rule=CLOZE,
        lang=detect(plain),
        source=SourceSpan(note.path, start, end, plain.strip()),
        section=section.heading_path,
        shape="cloze",
        cloze=text.strip(),
        items=tuple(answers),
    )
