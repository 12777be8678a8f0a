"""Stage 2: turn a decoded note into a ``Note`` of sections and blocks.

Front matter is read with python-frontmatter's safe YAML loader (TOML with
the standard library's ``tomllib``), the body with markdown-it-py. Tokens
never leave this module: what comes out are plain ``Section``s and
``Block``s whose line numbers are lines of the file, front matter included.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from frontmatter.default_handlers import SafeLoader, YAMLHandler
from markdown_it import MarkdownIt, rules_block
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.token import Token

from notequiz import lang as langmod
from notequiz.errors import NoteError, text_path
from notequiz.model import Block, ListItem, Note, Section, SourceSpan, deck_path
from notequiz.read import RawNote

# YAML front matter may also end with YAML's own end-of-document line, ``...``
# (as Jekyll and Pandoc read it); TOML's ends only with ``+++``.
_FRONT_MATTER = re.compile(
    r"\A(?P<fence>(?P<yaml>---)|\+\+\+)[ \t]*\n(?P<body>.*?)(?:\n|^)"
    r"(?P<close>(?(yaml)(?:---|\.\.\.)|\+\+\+))[ \t]*(?:\n|\Z)",
    re.DOTALL | re.MULTILINE,
)
_FRONT_MATTER_DASHES = re.compile(
    r"\A(?P<fence>---)[ \t]*\n(?P<body>.*?)(?:\n|^)(?P<close>---)[ \t]*(?:\n|\Z)",
    re.DOTALL | re.MULTILINE,
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_LIQUID_TAG = re.compile(r"\{%.*?%\}", re.DOTALL)
# Liquid blocks whose content is not prose: ``raw`` keeps it as written (that is
# how a Jekyll post shows ``{{ }}`` and ``{% %}`` as text), ``highlight`` holds
# code and ``comment`` a comment, both dropped. A tag may run over lines but has no
# ``%`` before its ``%}`` (which also keeps a failed search short).
_LIQUID_BLOCK = re.compile(r"\{%-?\s*(raw|highlight|comment)\b[^%]*%\}")
_LIQUID_BLOCK_END = {name: re.compile(r"\{%-?\s*end" + name + r"\s*-?%\}")
                     for name in ("raw", "highlight", "comment")}
# Liquid/Hugo output tags, but not Anki cloze deletions ({{c1::…}}).
_LIQUID_OUT = re.compile(r"\{\{(?!\s*c\d+::).*?\}\}", re.DOTALL)
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKI_ALIAS = re.compile(r"\[\[[^\]|\n]*\|([^\]\n]*)\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\]|#\n]*)(?:#[^\]\n]*)?\]\]")
# How far each wiki pattern reads before it fails (itself without the closing ``]]``).
_WIKI_EMBED_REACH = re.compile(r"!\[\[[^\]\n]*")
_WIKI_ALIAS_REACH = re.compile(r"\[\[[^\]|\n]*(?:\|[^\]\n]*)?")
_WIKI_LINK_REACH = re.compile(r"\[\[[^\]|#\n]*(?:#[^\]\n]*)?")
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_DROP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)", re.DOTALL | re.IGNORECASE
)

MAX_FIELD_ITEMS = 200
"""Front-matter lists longer than this are cut: a tag list is never that long."""


MAX_NESTING = 20
"""Levels of Markdown containers (a list in a list, a quote in a quote: two
each) parsed as structure; deeper text is read as plain paragraphs. This is
markdown-it's CommonMark preset value; it also bounds the work per ``[`` of
link brackets, which grows with it."""


class _BlockParser(ParserBlock):
    """markdown-it's block parser, except at the nesting limit.

    There markdown-it drops everything to the end of the document (its guard
    against deep recursion); this reads the rest of the too-deep container
    as paragraphs instead, and carries on with the document after it.
    """

    def tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:
        if state.level < state.md.options.maxNesting:
            super().tokenize(state, startLine, endLine)
            return
        line = startLine
        while line < endLine:
            state.line = line = state.skipEmptyLines(line)
            if line >= endLine or state.sCount[line] < state.blkIndent:
                break
            rules_block.paragraph(state, line, endLine, False)
            line = state.line


class _Markdown(MarkdownIt):
    """markdown-it, without the work of normalizing web links' destinations.

    Link destinations are never read here; markdown-it only asks whether the
    normalized one is allowed (no ``javascript:`` and the like). A destination
    that starts with ``http://`` or ``https://`` is, before and after (it keeps
    its scheme), so it is passed as written instead of being parsed, its host
    converted to punycode and the rest percent-encoded.
    """

    def normalizeLink(self, url: str) -> str:
        if url.startswith(("http://", "https://")):
            return url
        return super().normalizeLink(url)


_OFF = ("alerts", "inline_definitions", "store_labels", "strikethrough_single_tilde",
        "tasklists")
"""markdown-it's optional features, off as by default. Given explicitly, since
markdown-it asks for each with ``options.get``, which on its options mapping
costs an exception when the key is missing, for every list and paragraph."""


def _markdown() -> MarkdownIt:
    options: dict[str, Any] = {"html": True, "maxNesting": MAX_NESTING}
    options.update(dict.fromkeys(_OFF, False))
    md = _Markdown("commonmark", options)
    block = _BlockParser()
    block.ruler = md.block.ruler
    md.block = block
    return md.enable(["table", "strikethrough"])


_MD = _markdown()


def normalize_text(text: str) -> str:
    """Unify line endings, compose Hangul (NFC) and drop zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _ZERO_WIDTH.sub("", text)


def _blank_keep_lines(match: re.Match[str]) -> str:
    """Replace a match by nothing but its newlines, so line numbers hold."""
    return "\n" * match.group(0).count("\n")


def _sub_closed(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str,
                close: str) -> str:
    """``pattern.sub(repl, text)`` for a pattern whose every match ends with ``close``.

    Only the text up to the last ``close`` is searched: after it no match can
    end, and searching there would cost a scan to the end of the text for
    every unclosed opener (``{{`` a million times over is quadratic).
    """
    end = text.rfind(close)
    if end < 0:
        return text
    end += len(close)
    return pattern.sub(repl, text[:end]) + text[end:]


def _sub_reaching(pattern: re.Pattern[str], reach: re.Pattern[str], opener: str, group: int,
                  text: str) -> str:
    """``pattern.sub(group or "", text)`` in linear time, for the wiki-link patterns.

    Each pattern starts with ``opener`` and reads runs of characters up to a
    stop character; when it fails at one opener it fails at every later
    opener up to where it stopped (``reach``), so the search resumes there
    instead of one character on. Same result as ``re.sub``; a test checks it.
    """
    out: list[str] = []
    pos = at = 0
    while (i := text.find(opener, at)) >= 0:
        m = pattern.match(text, i)
        if m is None:
            stop = reach.match(text, i)
            at = max(stop.end() if stop else 0, i + 1)
            continue
        out.append(text[pos:i])
        out.append((m.group(group) or "") if group else "")
        pos = at = m.end()
    out.append(text[pos:])
    return "".join(out)


_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)$")
"""Where ``tomllib`` found a front-matter error, at the end of its message."""

_QUOTE_MARKS = r"^([ \t]*(?:>[ \t]?)+)"
"""The ``>`` marks that open a line of a quote (or of a quote in a quote)."""

_CALLOUT = re.compile(_QUOTE_MARKS + r"\[![A-Za-z][\w-]*\][+-]?[ \t]*(.*)$")
"""An Obsidian callout's first line: ``> [!note] Title`` (``[!warning]-`` folds it)."""


def _callout_titles(body: str) -> str:
    """``body`` with each callout's ``[!type]`` mark gone, its lines kept.

    A callout's title labels what its body says: ``> [!note] 세마포어`` above ``> 여러
    스레드가 …`` reads as ``세마포어: 여러 스레드가 …`` (the title moves down to the
    body's first line, the title's line is left empty). A title that only names
    the kind of callout (Note, 참고, Warning) goes; a callout that is only its
    title keeps it as its text.
    """
    if "[!" not in body:
        return body
    lines = body.split("\n")
    for i, line in enumerate(lines):
        m = _CALLOUT.match(line)
        if m is None:
            continue
        prefix, title = m.group(1).rstrip(), m.group(2).strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        body_line = _QUOTED_TEXT.match(nxt)
        if body_line is None or not body_line.group(2).strip():
            lines[i] = f"{prefix} {title}" if title else prefix
            continue
        lines[i] = prefix
        if title and title.casefold() not in _CALLOUT_KINDS:
            lines[i + 1] = f"{body_line.group(1)}{title}: {body_line.group(2)}"
    return "\n".join(lines)


_QUOTED_TEXT = re.compile(_QUOTE_MARKS + r"(.*)$")
_CALLOUT_KINDS = frozenset({
    "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important",
    "success", "check", "done", "question", "help", "faq", "warning", "caution", "attention",
    "failure", "fail", "missing", "danger", "error", "bug", "example", "quote", "cite",
    "참고", "메모", "노트", "주의", "경고", "팁", "요약", "정리", "예시", "예제", "질문", "중요",
})
"""Callout titles that name only the kind of callout (Obsidian's types, and their Korean)."""


_FILED_UNDER = re.compile(r"#[^\s#]+(?:[ \t]+#[^\s#]+)*[ \t]*(?:\n|$)")
"""A paragraph that opens on a line of tags ("#algorithms #graphs #interview-prep", then "related:
[[…]]"): where the note is filed, no sentence of it; no rule reads it."""


def _clean_source(body: str) -> str:
    """``body`` with template marks and wiki links rewritten, its lines kept.

    Inline code stays as written (`` `{{ message }}` ``, `` `a[[0]]` ``): in a
    note about Vue, Jinja or Python those are the text. So does the content of a
    Liquid ``{% raw %}`` block; that of ``highlight`` (code) and ``comment``
    blocks goes (see ``_LIQUID_BLOCK``).
    """
    if "{" not in body and "[[" not in body and (
            "$" not in body or _TEX_MATH.search(body) is None):
        return body  # (most notes: a "$" of a shell prompt alone spares them the work below)
    spans = _code_spans(body) if "`" in body else []
    return "".join(text if kept else _clean_prose(text) for text, kept in _pieces(body, spans))


def _clean_prose(text: str) -> str:
    if "$" in text:
        # "$\frac{e^{z_i - c}}{…}$": TeX math is read as code, so that its underscores make
        # no emphasis and its colons and equals signs no label.
        text = _TEX_MATH.sub(r"`\g<0>`", text)
    text = _sub_closed(_LIQUID_TAG, _blank_keep_lines, text, "%}")
    text = _sub_closed(_LIQUID_OUT, _blank_keep_lines, text, "}}")
    text = _sub_reaching(_WIKI_EMBED, _WIKI_EMBED_REACH, "![[", 0, text)
    text = _sub_reaching(_WIKI_ALIAS, _WIKI_ALIAS_REACH, "[[", 1, text)
    text = _sub_reaching(_WIKI_LINK, _WIKI_LINK_REACH, "[[", 1, text)
    if "{%" in text and "%}" in text:
        # A wiki link taken out may join a "{%" before it to a "%}" after it ("{%{%[[]]}}"):
        # no tag is left in prose either way.
        text = _sub_closed(_LIQUID_TAG, _blank_keep_lines, text, "%}")
    return text


_TEX_MATH = re.compile(r"\$\$[^$`]*?[\\^_{=][^$`]*?\$\$"
                          r"|(?<![\w$\\])\$(?=[^\s$])[^$\n`]*?[\\^_{][^$\n`]*?(?<=[^\s$\\])\$(?![\w$])")
"""TeX math: a display ``$$…$$`` (on one line or several) or inline ``$…$`` on one line,
with a backslash, ``^``, ``_`` or ``{`` inside (not "$5 and $10")."""


def _pieces(body: str, spans: list[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """``body`` in pieces, each with whether it is kept as it is (inline code, a raw
    block's content, what stands for a dropped block) or is prose to clean."""
    pos = 0
    at = 0 if "{%" in body else len(body)
    unclosed: set[str] = set()  # no end tag after one opener: none after a later one either
    while (m := _LIQUID_BLOCK.search(body, at)) is not None:
        at = m.end()
        name = m.group(1)
        if _inside(spans, m.start()) or name in unclosed:
            continue
        end = _LIQUID_BLOCK_END[name].search(body, m.end())
        while end is not None and _inside(spans, end.start()):
            end = _LIQUID_BLOCK_END[name].search(body, end.end())
        if end is None:
            unclosed.add(name)
            continue
        yield from _prose(body, pos, m.start(), spans)
        inner = body[m.end():end.start()]
        yield "\n" * m.group().count("\n"), True
        yield (inner if name == "raw" else "\n" * inner.count("\n")), True
        yield "\n" * end.group().count("\n"), True
        pos = at = end.end()
    yield from _prose(body, pos, len(body), spans)


def _prose(body: str, start: int, end: int,
           spans: list[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """``body[start:end]`` in pieces: the inline code in it kept, the rest prose."""
    k = bisect.bisect_left(spans, (start, start))
    while k < len(spans) and spans[k][0] < end:
        a, b = spans[k]
        yield body[start:a], False
        yield body[a:b], True
        start = b
        k += 1
    yield body[start:end], False


_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _code_spans(body: str) -> list[tuple[int, int]]:
    """Where ``body`` holds inline code, sorted: as CommonMark pairs backtick runs, a run
    opens a span that the next run of the same length closes, in the same paragraph
    (no blank line between); a run that nothing closes is text. A fence pairs with
    its closing fence, which keeps it too; code blocks never reach a card anyway."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(body)]
    following: list[int | None] = [None] * len(runs)  # the next run of the same length
    last: dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        length = runs[i][1] - runs[i][0]
        following[i] = last.get(length)
        last[length] = i
    blank_lines = [m.start() for m in _BLANK_LINE.finditer(body)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(runs):
        j = following[i]
        opened = runs[i][1]
        if j is not None:
            k = bisect.bisect_left(blank_lines, opened)
            if k == len(blank_lines) or blank_lines[k] >= runs[j][0]:
                spans.append((runs[i][0], runs[j][1]))
                i = j + 1
                continue
        i += 1
    return spans


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    k = bisect.bisect_right(spans, (i, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


class _KeyLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """python-frontmatter's safe loader (no Python objects, ever), with one change:
    a date that is not one (``date: 2024-13-45``) stays text instead of failing the
    whole note. It reads a note's ``id`` and ``permalink`` (see ``_KEY_FIELDS``)."""


def _lenient_timestamp(loader: Any, node: Any) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, TypeError, AttributeError, OverflowError):
        return loader.construct_scalar(node)


_KeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _lenient_timestamp)


class _NoteLoader(_KeyLoader):
    """``_KeyLoader``, but a plain word or number stays text as written: YAML 1.1
    reads ``yes``, ``on`` and ``no`` as booleans, ``1.10`` as 1.1 and ``0123`` as 83,
    but every field notequiz shows is text (``tags: [yes, no]`` are two tags, not
    ``True`` and ``False``). A value tagged ``!!int`` is still read as one."""


_AS_WRITTEN = frozenset({"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                         "tag:yaml.org,2002:float"})
_NoteLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _AS_WRITTEN]
    for first, resolvers in SafeLoader.yaml_implicit_resolvers.items()
}

_KEY_FIELDS = ("id", "permalink")
"""Front-matter fields that name a note for good: card ids are made from them. They
are read as notequiz always read them (``id: 0123`` is the key ``83``), so that a
note's cards keep their ids, in Anki and in quiz progress."""


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """Split ``text`` into (metadata, body, number of lines before the body)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return _no_front_matter(text, path)
    try:
        meta = _front_matter(m.group("body"), m.group("fence"), path)
    except NoteError:
        if m.group("close") != "...":
            raise
        meta = None  # "---" was a thematic break and "..." a line of text
    if meta is None and m.group("close") == "...":
        # Only front matter closed by "---", if any, as before "..." closed it.
        m = _FRONT_MATTER_DASHES.match(text)
        if m is None:
            return _no_front_matter(text, path)
        meta = _front_matter(m.group("body"), m.group("fence"), path)
    offset = m.group(0).count("\n")
    if not m.group(0).endswith("\n"):
        offset += 1
    return meta or {}, text[m.end() :], offset


def _no_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """``split_front_matter`` of a text that closes no front matter: no keys, unless it
    opens some that it never closes (then the note is broken)."""
    if _unclosed_front_matter(text):
        raise NoteError(path, "broken front matter: never closed (no closing line "
                              f"{'+++' if text.startswith('+') else '---'} after it)", 1)
    return {}, text, 0


def _front_matter(raw: str, fence: str, path: str) -> dict[str, Any] | None:
    """The keys and values of front matter ``raw``; ``None`` when it is empty."""
    try:
        if fence == "+++":
            meta: Any = tomllib.loads(raw)
        else:
            meta = YAMLHandler().load(raw, Loader=_NoteLoader)
            if isinstance(meta, dict) and any(meta.get(k) is not None for k in _KEY_FIELDS):
                typed = YAMLHandler().load(raw, Loader=_KeyLoader)
                meta.update((k, typed[k]) for k in _KEY_FIELDS if k in typed)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        line = None
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            # +1 for 1-based, +1 for the opening fence; an error found at the end
            # of the stream is reported on the last front-matter line.
            line = min(int(mark.line) + 2, raw.count("\n") + 2)
        detail = str(getattr(exc, "problem", None) or exc).split("\n")[0]
        at = _TOML_AT.search(detail) if mark is None else None
        if at is not None:
            # tomllib counts from the front matter: "(at line 1, column 11)" is the
            # file's line 2. "(at end of document)" is its last line.
            last = raw.count("\n") + 2
            line = min(int(at.group(1)) + 1, last) if at.group(1) else last
            detail = detail[: at.start()].rstrip()
        raise NoteError(path, f"broken front matter: {detail}", line) from None
    except RecursionError:
        raise NoteError(path, "broken front matter: nested too deeply") from None
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        # A value its explicit tag does not fit (``!!int abc``), a number too
        # long to read: the loaders raise these outside their own error types.
        detail = str(exc).split("\n")[0] or type(exc).__name__
        raise NoteError(path, f"broken front matter: {detail}") from None
    if meta is not None and not isinstance(meta, dict):
        raise NoteError(path, "broken front matter: expected a mapping of keys to values", 1)
    return meta


_KEY_LINE = re.compile(r"[a-z_][a-z0-9_-]*(?::(?!:)(?:[ \t]|$)|[ \t]*=)|(?:[ \t]+\S|-[ \t]|\[)(?!.*::)")
"""A line of front matter: ``key: value`` (YAML) or ``key = value`` (TOML) with a
lowercase key (``categories: Study::Network`` too), or a line that goes on from
one (indented, a ``- item``, a TOML ``[table]``) holding no ``::`` (a hand-marked
card in a list)."""
_OPENED = re.compile(r"(?P<fence>---|\+\+\+)[ \t]*\n(?P<head>.*?)(?:\n[ \t]*\n|\Z)", re.DOTALL)


def _unclosed_front_matter(text: str) -> bool:
    """Whether ``text`` opens front matter that it never closes: its first line is a
    fence and the lines up to the first blank one read as keys and values.

    Jekyll publishes no such post and Hugo refuses it; read as text, its keys
    would become cards (``title은 무엇인가?``). A note that only starts with a
    thematic break (``---`` then prose) is text, as before.
    """
    m = _OPENED.match(text)
    if m is None or not m.group("head").strip():
        return False
    head = m.group("head")
    # Front matter's keys are names (title, tags, date); "What is TCP? :: …" is a
    # hand-marked card and "See: https://…" prose under a thematic break.
    if any(not _KEY_LINE.match(line) for line in head.split("\n") if line.strip()):
        return False
    try:
        if m.group("fence") == "+++":
            found: Any = tomllib.loads(head)
        else:
            found = YAMLHandler().load(head, Loader=_NoteLoader)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, TypeError, AttributeError,
            OverflowError, RecursionError):
        return False
    return isinstance(found, dict) and bool(found)


def _strings(value: Any, depth: int = 0) -> list[str]:
    """Flatten a front-matter value (string, number, list) into strings."""
    if value is None or depth > 3:
        return []
    if isinstance(value, str):
        parts = value.split(",") if "," in value else value.split()
        return [p.strip() for p in parts if p.strip()]
    if isinstance(value, bool | int | float | date | datetime):
        return [shown] if (shown := _as_text(value)) else []
    if isinstance(value, list | tuple):
        out: list[str] = []
        for item in value[:MAX_FIELD_ITEMS]:
            if len(out) >= MAX_FIELD_ITEMS:
                # Enough: YAML aliases can make a short list stand for billions
                # of items (``[*a, *a, …]`` of ``[*b, *b, …]``).
                break
            if isinstance(item, str):
                if item.strip():
                    out.append(item.strip())
            else:
                out.extend(_strings(item, depth + 1))
        return out[:MAX_FIELD_ITEMS]
    return []  # a mapping or another odd type carries no usable tag


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool | int | float | date | datetime):
        return _as_text(value)
    if isinstance(value, list | tuple):
        return " ".join(_strings(value))
    return ""


def _as_text(value: bool | float | date | datetime) -> str:
    if isinstance(value, bool):  # TOML's own spelling: tags = true
        return "true" if value else "false"
    try:
        return str(value)
    except ValueError:  # an integer of more digits than Python will print
        return ""


# ---------------------------------------------------------------------------
# inline rendering


_Spans = tuple[tuple[int, int], ...]


class _Text:
    """Builds a block's text while tracking bold/code spans and file lines."""

    # One is made per inline token (every paragraph, heading and table cell):
    # a plain class with slots is built faster than a dataclass with factories.
    __slots__ = (
        "_bold_start",
        "_link_start",
        "_literal_bold",
        "bold",
        "code",
        "length",
        "line",
        "line_map",
        "links",
        "parts",
    )

    def __init__(self, line: int) -> None:
        self.line = line
        self.parts: list[str] = []
        self.length = 0
        self.line_map: list[tuple[int, int]] = [(0, line)]
        self.bold: list[tuple[int, int]] = []
        self.code: list[tuple[int, int]] = []
        self.links: list[tuple[int, int]] = []
        self._bold_start: int | None = None
        self._link_start: int | None = None
        self._literal_bold: int | None = None

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def newline(self, source_lines: int = 1) -> None:
        """A line break; ``source_lines`` is how many file lines it crosses."""
        self.add("\n")
        self.line += source_lines
        if source_lines:
            self.line_map.append((self.length, self.line))

    def inline(self, tokens: Sequence[Token]) -> None:
        # CommonMark leaves "**용어(term)**는" unbolded: a closing ** after
        # punctuation must be followed by a space or punctuation, and Korean
        # glues its particle on. Such left-over markers, when they pair up,
        # are bold all the same.
        literal = 0
        for tok in tokens:
            if tok.type == "text":
                literal += tok.content.count("**")
        pair_up = literal > 0 and literal % 2 == 0
        skip = 0
        for k, tok in enumerate(tokens):
            if skip:
                skip -= 1
                continue
            t = tok.type
            if t == "strong_open" and _dunder(tokens, k):
                # "__init__": a Python name, which CommonMark reads as a bold "init".
                self.add(f"__{tokens[k + 1].content}__")
                skip = 2
            elif t == "text":
                if pair_up and "**" in tok.content:
                    self._text_with_markers(tok.content)
                else:
                    self.add(tok.content)
            elif t == "code_inline":
                start = self.length
                self.add(tok.content)
                self.code.append((start, self.length))
            elif t in ("softbreak", "hardbreak"):
                self.newline()
            elif t == "strong_open":
                self._bold_start = self.length
            elif t == "strong_close" and self._bold_start is not None:
                if self.length > self._bold_start:
                    self.bold.append((self._bold_start, self.length))
                self._bold_start = None
            elif t == "link_open":
                self._link_start = self.length
            elif t == "link_close" and self._link_start is not None:
                if self.length > self._link_start:
                    self.links.append((self._link_start, self.length))
                self._link_start = None
            elif t == "html_inline":
                self._html(tok.content)
            elif t == "image":
                continue  # images never become card text
            # em, links and strikethrough keep their text through their children

    def _text_with_markers(self, content: str) -> None:
        for i, piece in enumerate(content.split("**")):
            if i:
                if self._literal_bold is None:
                    self._literal_bold = self.length
                else:
                    if self.length > self._literal_bold:
                        self.bold.append((self._literal_bold, self.length))
                    self._literal_bold = None
            self.add(piece)

    def _html(self, content: str) -> None:
        crossed = content.count("\n")
        if _HTML_BREAK.fullmatch(content.strip()):
            self.newline(source_lines=0)
        elif crossed:
            self.line += crossed
            self.line_map.append((self.length, self.line))

    def finish(self) -> tuple[str, _Spans, _Spans, _Spans]:
        """Return (text, line_map, bold, code) with outer whitespace trimmed."""
        text, lines, bold, code, _ = self.finish_all()
        return text, lines, bold, code

    def finish_all(self) -> tuple[str, _Spans, _Spans, _Spans, _Spans]:
        """Return (text, line_map, bold, code, links) with outer whitespace trimmed."""
        raw = "".join(self.parts)
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        end = len(text)
        line_map = self.line_map
        if len(line_map) == 1:
            # One line (most blocks): its offset 0 stays 0 however much is trimmed.
            lines: _Spans = line_map[0],
        else:
            kept: list[tuple[int, int]] = []
            for off, line in line_map:
                off = min(max(off - lead, 0), end)
                if kept and kept[-1][0] == off:
                    kept[-1] = (off, line)
                else:
                    kept.append((off, line))
            lines = tuple(kept)
        return (text, lines, _shift(self.bold, lead, end), _shift(self.code, lead, end),
                _shift(self.links, lead, end))


def _shift(spans: list[tuple[int, int]], lead: int, end: int) -> _Spans:
    """``spans`` moved back by ``lead`` trimmed characters and cut to ``end``; empty ones go."""
    if not spans:
        return ()
    out = []
    for a, b in spans:
        a, b = max(a - lead, 0), min(b - lead, end)
        if b > a:
            out.append((a, b))
    return tuple(out)


_PYTHON_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _dunder(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` opens ``__name__``: a strong emphasis written with underscores
    around one lowercase name and nothing else, as CommonMark reads Python's
    ``__init__``."""
    return (tokens[k].markup == "__" and k + 2 < len(tokens)
            and tokens[k + 1].type == "text" and tokens[k + 2].type == "strong_close"
            and _PYTHON_NAME.fullmatch(tokens[k + 1].content) is not None)


def _render_inline(token: Token, line: int) -> _Text:
    builder = _Text(line=line)
    builder.inline(token.children or [])
    return builder


def _plain(token: Token) -> str:
    return _render_inline(token, 0).finish()[0]


def html_to_text(content: str) -> str:
    """Strip tags from an HTML fragment, keeping its text and line breaks."""
    content = _HTML_DROP.sub(_blank_keep_lines, content)
    content = _HTML_BREAK.sub("\n", content)
    content = _sub_closed(_HTML_TAG, lambda m: "", content, ">")
    return html.unescape(content)


# ---------------------------------------------------------------------------
# block walking


@dataclass
class _SectionBuilder:
    heading_path: tuple[str, ...]
    level: int
    span: SourceSpan
    blocks: list[Block] = field(default_factory=list)
    broken: bool = False
    """A thematic break has come after some of ``blocks``."""
    code: bool = False
    """A code block has come after the last of ``blocks`` (or the heading)."""

    def build(self) -> Section:
        return Section(self.heading_path, self.level, tuple(self.blocks), self.span)


class _Walker:
    """Walks markdown-it's token stream once and builds the sections."""

    def __init__(self, tokens: list[Token], path: str, offset: int) -> None:
        self.tokens = tokens
        self.path = path
        self.offset = offset
        self.pos = 0
        self.quote = 0
        self.stack: list[tuple[int, str]] = []
        first_line = offset + 1
        self.current = _SectionBuilder((), 0, SourceSpan(path, first_line, first_line, ""))
        self.sections: list[_SectionBuilder] = [self.current]

    def line_of(self, tok: Token) -> int:
        return (tok.map[0] if tok.map else 0) + self.offset + 1

    def end_line_of(self, tok: Token) -> int:
        return (tok.map[1] if tok.map else 1) + self.offset

    def walk(self) -> list[Section]:
        toks = self.tokens
        while self.pos < len(toks):
            tok = toks[self.pos]
            if tok.type == "heading_open":
                self._heading(tok)
            else:
                self._step(tok)
        return [s.build() for s in self.sections if s.blocks or s.level]

    def _heading(self, tok: Token) -> None:
        level = int(tok.tag[1:])
        inline = self.tokens[self.pos + 1]
        text = " ".join(_plain(inline).split())
        line = self.line_of(tok)
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, text))
        path = tuple(h for _, h in self.stack if h)
        self.current = _SectionBuilder(path, level, SourceSpan(self.path, line, line, text))
        self.sections.append(self.current)
        self.pos += 3

    def _add(self, block: Block) -> None:
        if block.text.strip():
            if self.current.broken or self.current.code:
                block = replace(block, after_break=self.current.broken,
                                after_code=self.current.code)
                self.current.code = False
            self.current.blocks.append(block)

    def _paragraph(self, tok: Token) -> None:
        inline = self.tokens[self.pos + 1]
        block = self._text_block("paragraph", inline, self.line_of(tok), self.end_line_of(tok))
        if not _FILED_UNDER.match(block.text):
            self._add(block)
        self.pos += 3

    def _text_block(self, kind: str, inline: Token, start: int, end: int) -> Block:
        text, line_map, bold, code, links = _render_inline(inline, start).finish_all()
        return Block(
            kind="paragraph" if kind == "paragraph" else "heading",
            text=text,
            span=SourceSpan(self.path, start, end, text),
            line_map=line_map,
            bold=bold,
            code=code,
            links=links,
            quote=self.quote > 0,
        )

    def _html_block(self, tok: Token) -> None:
        self.pos += 1
        text = html_to_text(tok.content)
        if not text.strip():
            return
        start = self.line_of(tok)
        lines = text.split("\n")
        line_map: list[tuple[int, int]] = []
        off = 0
        kept: list[str] = []
        for i, raw in enumerate(lines):
            stripped = raw.strip()
            if stripped:
                line_map.append((off, start + i))
                kept.append(stripped)
                off += len(stripped) + 1
        joined = "\n".join(kept)
        end = self.end_line_of(tok)
        self._add(Block("paragraph", joined, SourceSpan(self.path, start, end, joined),
                        tuple(line_map), quote=self.quote > 0))

    def _list(self, open_tok: Token) -> None:
        start = self.line_of(open_tok)
        end = self.end_line_of(open_tok)
        items = self._list_items(depth=0)
        flat: list[ListItem] = []

        def visit(item: ListItem) -> None:
            flat.append(item)
            for child in item.children:
                visit(child)

        for item in items:
            visit(item)
        lines, line_map, off = [], [], 0
        code: list[tuple[int, int]] = []
        for item in flat:
            line_map.append((off, item.line))
            lines.append(item.text)
            code.extend((off + a, off + b) for a, b in item.code)
            off += len(item.text) + 1
        text = "\n".join(lines)
        self._add(Block("list", text, SourceSpan(self.path, start, end, text),
                        tuple(line_map), code=tuple(code), items=tuple(items),
                        quote=self.quote > 0))

    def _list_items(self, depth: int) -> tuple[ListItem, ...]:
        """Parse from a list's open token to its close; return its items."""
        toks = self.tokens
        open_tok = toks[self.pos]
        ordered = open_tok.type == "ordered_list_open"
        close_type = open_tok.type.replace("_open", "_close")
        self.pos += 1
        items: list[ListItem] = []
        while self.pos < len(toks) and toks[self.pos].type != close_type:
            tok = toks[self.pos]
            if tok.type == "list_item_open":
                items.append(self._list_item(tok, ordered, depth))
            else:
                self.pos += 1
        self.pos += 1
        return tuple(items)

    def _list_item(self, open_tok: Token, ordered: bool, depth: int) -> ListItem:
        toks = self.tokens
        number = int(open_tok.info) if ordered and open_tok.info.isdigit() else None
        line = self.line_of(open_tok)
        self.pos += 1
        text = ""
        bold: tuple[tuple[int, int], ...] = ()
        code: tuple[tuple[int, int], ...] = ()
        links: tuple[tuple[int, int], ...] = ()
        children: list[ListItem] = []
        # Everything after the item's first text goes to its own blocks, so a
        # quote or paragraph under "1. ##### Term" stays with that term.
        outer = self.current
        self.current = _SectionBuilder(outer.heading_path, outer.level, outer.span)
        try:
            while self.pos < len(toks):
                tok = toks[self.pos]
                t = tok.type
                if t == "list_item_close":
                    self.pos += 1
                    break
                if t in ("bullet_list_open", "ordered_list_open"):
                    children.extend(self._list_items(depth + 1))
                elif t == "paragraph_open" and not text and not self.current.blocks:
                    inline = toks[self.pos + 1]
                    text, _, bold, code, links = _render_inline(
                        inline, self.line_of(tok)).finish_all()
                    self.pos += 3
                elif t == "heading_open" and not text and not self.current.blocks:
                    text = " ".join(_plain(toks[self.pos + 1]).split())
                    self.pos += 3
                elif t == "heading_open":
                    inline = toks[self.pos + 1]
                    self._add(self._text_block("paragraph", inline, self.line_of(tok),
                                               self.end_line_of(tok)))
                    self.pos += 3
                else:
                    self._step(tok)
            blocks = tuple(self.current.blocks)
        finally:
            self.current = outer
        return ListItem(text, line, ordered, number, depth, tuple(children), bold, blocks, code,
                        links)

    def _step(self, tok: Token) -> None:
        """Handle one block-level token (shared by the top level and list items)."""
        t = tok.type
        if t == "paragraph_open":
            self._paragraph(tok)
        elif t == "table_open":
            self._table(tok)
        elif t == "blockquote_open":
            self.quote += 1
            self.pos += 1
        elif t == "blockquote_close":
            self.quote -= 1
            self.pos += 1
        elif t == "html_block":
            self._html_block(tok)
        elif t in ("bullet_list_open", "ordered_list_open"):
            self._list(tok)
        else:  # fence, code_block, hr and closing tokens carry no card text
            if t == "hr" and self.current.blocks:
                # Right under a heading a rule is decoration; after text it
                # closes that text off (an epilogue, another topic).
                self.current.broken = True
            elif t in ("fence", "code_block"):
                self.current.code = True
            self.pos += 1

    def _table(self, open_tok: Token) -> None:
        toks = self.tokens
        start = self.line_of(open_tok)
        end = self.end_line_of(open_tok)
        rows: list[tuple[str, ...]] = []
        row_lines: list[int] = []
        cells: list[str] = []
        coded: list[tuple[int, int, int, int]] = []  # (row, column, start, end) of code in cells
        self.pos += 1
        while self.pos < len(toks) and toks[self.pos].type != "table_close":
            tok = toks[self.pos]
            if tok.type == "tr_open":
                cells = []
                row_lines.append(self.line_of(tok))
            elif tok.type == "inline":
                cell, _, _, code, _ = _render_inline(tok, 0).finish_all()
                joined = " ".join(cell.split())
                if code and not "".join(ch for i, ch in enumerate(cell)
                                        if not any(a <= i < b for a, b in code)).strip():
                    coded.append((len(rows), len(cells), 0, len(joined)))
                elif code and joined == cell:
                    coded.extend((len(rows), len(cells), a, b) for a, b in code)
                cells.append(joined)
            elif tok.type == "tr_close":
                rows.append(tuple(cells))
            self.pos += 1
        self.pos += 1
        lines = [" | ".join(r) for r in rows]
        line_map, off = [], 0
        starts = []
        for text_line, file_line in zip(lines, row_lines, strict=False):
            line_map.append((off, file_line))
            starts.append(off)
            off += len(text_line) + 1
        # A cell written wholly as code (`justify-content`) is a span of the table's text, as is
        # code inside a cell ("FC (`BatchNorm1d`)") whose spacing the table kept.
        code_spans = []
        for row, col, a, b in coded:
            at = starts[row] + sum(len(c) + 3 for c in rows[row][:col])
            code_spans.append((at + a, at + b))
        text = "\n".join(lines)
        self._add(Block("table", text, SourceSpan(self.path, start, end, text),
                        tuple(line_map), code=tuple(code_spans), rows=tuple(rows),
                        quote=self.quote > 0))


# ---------------------------------------------------------------------------
# the note


class _Place:
    """A note's file and its root folder, each resolved at most once (it costs system calls)."""

    __slots__ = ("_file", "_root", "_root_dir", "path")

    def __init__(self, path: str, root: str) -> None:
        self.path = path
        self._root = root
        self._file: Path | None = None
        self._root_dir: Path | None = None

    def file(self) -> Path:
        if self._file is None:
            self._file = Path(self.path).resolve()
        return self._file

    def root(self) -> Path:
        if self._root_dir is None:
            self._root_dir = Path(self._root).resolve()
        return self._root_dir


def _note_key(meta: dict[str, Any], place: _Place) -> str:
    for name in _KEY_FIELDS:
        key = _scalar(_booleans_as_before(meta.get(name)))
        if key:
            return key
    try:
        rel = place.file().relative_to(place.root())
        return PurePosixPath(*rel.parts).as_posix()
    except ValueError:
        return PurePosixPath(*Path(place.path).parts).as_posix()


def _booleans_as_before(value: Any) -> Any:
    """``value`` (or the items of a list) with booleans as notequiz wrote them in a
    note key (``True``): card ids are made from the key. Not deeper: a list of
    aliases may stand for billions of items."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, list | tuple):
        return [str(v) if isinstance(v, bool) else v for v in value[:MAX_FIELD_ITEMS]]
    return value


def _deck(categories: Sequence[str], place: _Place) -> str:
    # Each category is a level below the one before it, and one written as
    # `Network::TCP` is two levels, as a deck name is in Anki.
    if categories and (path := deck_path("::".join(categories))):
        return path
    root_name = place.root().name or "notes"
    try:
        rel = place.file().parent.relative_to(place.root())
    except ValueError:
        return deck_path(place.file().parent.name) or root_name
    return deck_path("::".join((root_name, *rel.parts))) or "notes"


def parse_note(raw: RawNote) -> Note:
    """Parse a decoded note into a ``Note``; raise ``NoteError`` on broken front matter."""
    text = normalize_text(raw.text)
    meta, body, offset = split_front_matter(text, raw.path)
    # A file name that is not UTF-8 (an archive from an old Windows) is shown
    # with its odd bytes as \xNN: every output must be valid text.
    path = text_path(raw.path)
    tokens = _MD.parse(_clean_source(_callout_titles(body)))
    sections = _Walker(tokens, path, offset).walk()
    categories = tuple(_strings(meta.get("categories", meta.get("category"))))
    tags = tuple(t.replace(" ", "_") for t in _strings(meta.get("tags")))
    title = _scalar(meta.get("title"))
    if not title:
        # A note without a title is named by its first heading (H1 if it has one).
        h1 = next((s.heading for s in sections if s.level == 1), "")
        first = next((s.heading for s in sections if s.level), "")
        title = h1 or first or Path(path).stem
    place = _Place(raw.path, raw.root)
    return Note(
        path=path,
        key=text_path(_note_key(meta, place)),
        title=title,
        tags=tags,
        categories=categories,
        deck=text_path(_deck(categories, place)),
        date=_scalar(meta.get("date")),
        # The language of the title and blocks together, one line each.
        lang=langmod.detect_lines([title, *(b.text for s in sections for b in s.blocks)]),
        sections=tuple(sections),
        encoding=raw.encoding,
        content_hash=hashlib.sha256(raw.data).hexdigest(),
    )
