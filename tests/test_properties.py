"""Properties of reading, parsing and extraction, checked on generated input (hypothesis).

- any text parses (or is refused with a ``NoteError``), and any bytes decode
  (or are refused the same way);
- any note's cards come out without an error, and every answer is text of
  the card's source, whitespace aside;
- card ids do not change when only whitespace or line positions change;
- the linear-time rewrites of the cleanup and acronym patterns give exactly
  what the original regular expressions gave.

Extraction runs Kiwi and spaCy, so its examples are few and have no deadline.
"""

from __future__ import annotations

import codecs
import re
from datetime import date
from typing import Any

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from notequiz import parse as parsemod
from notequiz.errors import NoteError
from notequiz.extract import structure
from notequiz.model import Block, Note, SourceSpan
from notequiz.parse import parse_note
from notequiz.pipeline import cards_for_note
from notequiz.read import RawNote, decode

SLOW = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FAST = settings(max_examples=300, deadline=None)


def note_of(text: str, path: str = "notes/n.md") -> Note:
    return parse_note(RawNote(path, "notes", text, "utf-8", text.encode("utf-8", "replace")))


def squash(text: str) -> str:
    return " ".join(text.split())


# --- generated notes ------------------------------------------------------------------

SENTENCES = [
    "TCP는 연결형 전송 계층 프로토콜이다.", "LLM(대형 언어 모델)은 텍스트를 생성한다.",
    "트랜잭션은 데이터베이스의 상태를 변화시키는 작업의 단위이다.", "인덱스란 검색을 빠르게 하는 자료 구조이다.",
    "DNS는 도메인 이름을 IP 주소로 바꾼다.", "장점은 빠르다는 것이다.", "'할루시네이션'이라고 부르는 현상이 있다.",
    "A bloom filter is a probabilistic data structure.", "JSON (JavaScript Object Notation) is a format.",
    "A deque, also called a double-ended queue, supports both ends.", "Latency refers to delay.",
    "First, open the file. Then, read it. Finally, close it.", "The heap is a tree-based structure.",
    "연결 -> 전송 -> 종료 순서로 진행된다.", "프로세스와 스레드의 차이는 메모리 공유 여부이다.",
]
HEADINGS = ["# TCP", "## 특징", "## 장단점", "## Bloom filter", "### 순서", "## Steps", "# 용어 정리"]
MARKED = ["질문은?::대답", "Capital of France:::Paris", "TCP 헤더는 {{c1::20바이트}}이다.",
          "The {{c1::mitochondria}} is the {{c2::powerhouse}}."]
ODD = ["`code::not a card`", "**굵은 용어**: 설명이다", "> 인용된 문장은 인용이다.", "<b>html</b> 텍스트",
       "&amp; &lt;tag&gt;", "[링크](https://example.com)", "![그림](a.png)", "[[위키 링크|별칭]]",
       "{% raw %}", "{{ liquid }}", "| a | b |\n|---|---|\n| 용어 | 설명이다 |", "```\ncode\n```", "---",
       "\u200b", "e\u0301", "\u1112\u1161\u11ab\u1100\u1173\u11af 는 NFD이다."]


@st.composite
def block(draw: st.DrawFn, free: bool = True) -> str:
    """One Markdown block; with ``free``, also odd markup and arbitrary text."""
    kinds = ["para", "para", "heading", "list", "olist", "marked", "label"]
    kind = draw(st.sampled_from([*kinds, "odd", "text"] if free else kinds))
    if kind == "heading":
        return draw(st.sampled_from(HEADINGS))
    if kind == "marked":
        return draw(st.sampled_from(MARKED))
    if kind == "odd":
        return draw(st.sampled_from(ODD))
    if kind == "text":
        return draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
    if kind == "label":
        return draw(st.sampled_from(["LRU", "힙", "Bloom filter", "캐시"])) + ": " + draw(
            st.sampled_from(SENTENCES))
    sentences = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3))
    if kind == "list":
        return "\n".join("- " + s for s in sentences)
    if kind == "olist":
        return "\n".join(f"{i}. {s}" for i, s in enumerate(sentences, 1))
    return " ".join(sentences)


blocks = st.lists(block(), min_size=1, max_size=12)


@SLOW
@given(blocks)
@example(["## 특징", "- 빠르다\n- 작다", "TCP는 연결형 전송 계층 프로토콜이다."])
def test_cards_are_made_without_error_and_answers_are_note_text(parts: list[str]) -> None:
    text = "\n\n".join(parts) + "\n"
    try:
        note = note_of(text)
    except NoteError as exc:
        # A note that opens with "---" has front matter; broken, it is refused with a reason.
        assert text.startswith("---") and exc.reason.startswith("broken front matter")
        return
    for card in cards_for_note(note):
        source = squash(card.source.text)
        for piece in card.items or (card.answer,):
            assert squash(piece) in source, (card.rule, piece, source)
        assert card.id.startswith("nq")


def variant(parts: list[str], spacing: list[int], trailing: bool, crlf: bool) -> str:
    """The same blocks with other blank lines between them and other line ends."""
    out = "\n" * spacing[0]
    for i, part in enumerate(parts):
        lines = part.split("\n")
        if trailing:
            lines = [line + " \t " if line.strip() and not line.startswith("```") else line
                     for line in lines]
        out += "\n".join(lines) + "\n" + "\n" * spacing[(i + 1) % len(spacing)]
    return out.replace("\n", "\r\n") if crlf else out


@SLOW
@given(st.lists(block(free=False), min_size=1, max_size=12),
       st.lists(st.integers(1, 4), min_size=1, max_size=5), st.booleans(), st.booleans())
def test_card_ids_ignore_whitespace_and_line_positions(parts: list[str], spacing: list[int],
                                                       trailing: bool, crlf: bool) -> None:
    # Blocks that stand alone (free text could join its neighbours, as a lazy
    # continuation or a setext underline), so only the spacing differs.
    plain = "\n\n".join(parts) + "\n"
    moved = variant(parts, spacing, trailing, crlf)
    before = {c.id: (c.question, c.answer) for c in cards_for_note(note_of(plain))}
    after = {c.id: (c.question, c.answer) for c in cards_for_note(note_of(moved))}
    assert before == after


@FAST
@given(st.text())
@example("---\ntitle: [\n---\n")
@example("+++\ntitle = \n+++\n")
@example("---\ndate: 2024-13-45\nn: !!int x\n---\n")
def test_any_text_parses_or_is_refused_with_a_reason(text: str) -> None:
    try:
        note = note_of(text)
    except NoteError as exc:
        assert exc.reason.startswith("broken front matter")
        assert text.lstrip("\ufeff\u200b\u200c\u200d\u2060").startswith(("---", "+++"))
        return
    for section in note.sections:
        for b in section.blocks:
            assert b.text.strip()
            assert section.span.line_start >= 1 and b.span.line_start >= 1


@FAST
@given(st.text(alphabet=st.sampled_from(list("-+:[]{}&*!|>'\"#\n\t ab1가")), max_size=80))
def test_front_matter_like_text_parses_or_is_refused(text: str) -> None:
    try:
        note_of("---\n" + text + "\n---\n본문\n")
    except NoteError as exc:
        assert exc.reason.startswith("broken front matter")


@FAST
@given(st.binary(max_size=300))
@example(codecs.BOM_UTF8 + b"\xff")
@example(codecs.BOM_UTF16_LE + b"\x00\xd8")
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text, encoding = decode(data, "x.md")
    except NoteError:
        return
    assert encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp949")
    assert isinstance(text, str)


printable = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=200)


@FAST
@given(printable)
def test_unicode_text_decodes_back_in_every_encoding(text: str) -> None:
    assume(not text.startswith("\ufeff"))
    assert decode(text.encode("utf-8"), "x.md") == (text, "utf-8")
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), "x.md") == (text, "utf-8-sig")
    assert decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "x.md") == (text, "utf-16")
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "x.md") == (text, "utf-16")
    assert decode(codecs.BOM_UTF32_LE + text.encode("utf-32-le"), "x.md") == (text, "utf-32")


@FAST
@given(st.text(alphabet=st.sampled_from(["가", "한", "글", "뷁", "노", "트", " ", ".", "\n", "a", "1"]),
               max_size=200))
def test_korean_text_in_cp949_reads_back(text: str) -> None:
    data = text.encode("cp949")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert decode(data, "x.md") == (text, "cp949")
    else:  # plain ASCII (or, rarely, bytes that happen to be UTF-8): read as UTF-8
        assert decode(data, "x.md")[1] == "utf-8"


front_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.dates() | st.just(date(2024, 1, 1)),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=4),
    max_leaves=60,
)


@FAST
@given(front_values)
def test_front_matter_values_flatten_to_a_few_strings(value: Any) -> None:
    tags = parsemod._strings(value)
    assert len(tags) <= parsemod.MAX_FIELD_ITEMS
    assert all(isinstance(t, str) and t == t.strip() and t for t in tags)
    assert isinstance(parsemod._scalar(value), str)


# --- the linear-time rewrites give what the regular expressions gave --------------------

def _regex_clean(body: str) -> str:
    """``parse._clean_source`` as it was: one ``re.sub`` per pattern."""
    body = parsemod._LIQUID_TAG.sub(parsemod._blank_keep_lines, body)
    body = parsemod._LIQUID_OUT.sub(parsemod._blank_keep_lines, body)
    body = parsemod._WIKI_EMBED.sub("", body)
    body = parsemod._WIKI_ALIAS.sub(r"\1", body)
    body = parsemod._WIKI_LINK.sub(r"\1", body)
    if "{%" in body and "%}" in body:  # a tag that a link taken out joined ("{%{%[[]]}}")
        body = parsemod._LIQUID_TAG.sub(parsemod._blank_keep_lines, body)
    return body


def _regex_html(content: str) -> str:
    import html

    content = parsemod._HTML_DROP.sub(parsemod._blank_keep_lines, content)
    content = parsemod._HTML_BREAK.sub("\n", content)
    return html.unescape(parsemod._HTML_TAG.sub("", content))


MARKUP = st.lists(st.sampled_from(
    ["[", "]", "[[", "]]", "![[", "|", "#", "!", "\n", "a", " ", "{", "}", "{{", "}}", "{%", "%}",
     "%", "c1::", "::", " c2::", "<", ">", "/", "<br>", "<!--", "-->", "<script>", "</script>",
     "<style", "&amp;"]), max_size=40).map("".join)


@settings(max_examples=2_000, deadline=None)
@given(MARKUP)
def test_cleanup_matches_the_regular_expressions(text: str) -> None:
    assert parsemod._clean_source(text) == _regex_clean(text)
    assert parsemod.html_to_text(text) == _regex_html(text)


LIQUID = st.lists(st.sampled_from(
    ["{% raw %}", "{% endraw %}", "{%- raw -%}", "{% highlight py %}", "{% endhighlight %}",
     "{% comment %}", "{% endcomment %}", "{% if x %}", "{{ y }}", "{{", "}}", "{%", "%}", "\n",
     "a", " ", "raw", "end", "`", "``", "[[", "]]", "|"]), max_size=30).map("".join)


@settings(max_examples=1_000, deadline=None)
@given(LIQUID)
@example("{%{%[[]]}}")  # a wiki link taken out joins "{%" to "%}": found by this test once
def test_liquid_cleanup_keeps_every_line_and_drops_marks_outside_raw_and_code(text: str) -> None:
    cleaned = parsemod._clean_source(text)
    assert cleaned.count("\n") == text.count("\n")
    if "{{" in text:
        return  # removing an output tag may join what is left of others into a new tag
    # Outside raw blocks and code no tag survives: in each piece of prose, and in the
    # whole text when no block was dropped (a dropped block may join a "{%" before it
    # to a "%}" after it, as "{%{%{% comment %}{% endcomment %}}}" does).
    for piece, kept in parsemod._pieces(text, parsemod._code_spans(text)):
        if not kept:
            assert parsemod._LIQUID_TAG.search(parsemod._clean_prose(piece)) is None
    if not any(mark in text for mark in ("raw", "`", "highlight", "comment")):
        assert parsemod._LIQUID_TAG.search(cleaned) is None


# (A digit before a capital may open the short form, as in "Two-phase commit (2PC)".)
OLD_LONG_SHORT = re.compile(
    r"(?P<long>(?:[A-Za-z][\w'-]*\s+){1,7}[A-Za-z][\w'-]*)\s?\("
    r"(?P<short>(?:[A-Z]|\d(?=[A-Z]))[A-Za-z0-9&/+-]{1,9})\)")
OLD_KO_LONG_SHORT = re.compile(
    r"(?P<long>(?:[가-힣]+\s+){1,3}[가-힣]+)\s?\((?P<short>[A-Z][A-Za-z0-9&/+-]{1,9})\)")

ACRONYM_TEXT = st.lists(st.sampled_from(
    ["a", "Z", "1", "_", "'", "-", " ", "(", ")", "가", "나", "\n", ".", ",", "LLM", "(LLM)",
     " (AB)", "Large ", "대형 ", "é"]), max_size=40).map("".join)


def _spans(matches: Any) -> list[tuple[int, int, str, int]]:
    return [(m.start("long"), m.end("long"), m.group("short"), m.end()) for m in matches]


@settings(max_examples=2_000, deadline=None)
@given(ACRONYM_TEXT)
def test_acronym_patterns_match_the_originals(text: str) -> None:
    """The patterns find what the plain ones did; a Korean expansion also never starts
    inside a word glued to a number ("76자마다 줄바꿈(CRLF)"), which the plain one allowed."""
    assert _spans(structure._INLINE_LONG_SHORT.finditer(text)) == _spans(
        OLD_LONG_SHORT.finditer(text))
    if re.search(r"[0-9][가-힣]", text):
        assert not [m for m in structure._INLINE_KO_LONG_SHORT.finditer(text)
                    if text[m.start("long") - 1 : m.start("long")].isdigit()]
    else:
        assert _spans(structure._INLINE_KO_LONG_SHORT.finditer(text)) == _spans(
            OLD_KO_LONG_SHORT.finditer(text))


@FAST
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3)), max_size=20),
       st.integers(-3, 120))
def test_line_at_matches_a_scan_of_the_line_map(steps: list[tuple[int, int]], offset: int) -> None:
    line_map, at, line = [], 0, 7
    for gap, lines in steps:
        at, line = at + gap, line + lines
        line_map.append((at, line))
    block_ = Block("paragraph", "x" * 100, SourceSpan("p", 5, 9, ""), tuple(line_map))
    expected = 5
    for start, file_line in line_map:
        if start > offset:
            break
        expected = file_line
    assert block_.line_at(offset) == expected


# --- fast forms of simple text functions, against the plain ones they replace --------------

WORDY_TEXT = st.lists(st.sampled_from(
    ["a", "Z", "1", "_", " ", "  ", "\n", "\t", "\u3000", "\xa0", "\x1c", "\x85", "가", "힣", "ㄱ",
     "\u1100", "\u3130", "\u318f", "é", "中", "-", "(", ")", ",", "(i.e. ", "(also called ",
     " called ", " named ", " known as ", ", which is ", " which means ", "KNOWN", "ſ", "K"]),
    max_size=40).map("".join)


def _plain_share(text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text)
    hangul = [w for w in words if re.search(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]", w)]
    return len(hangul) / len(words) if words else 0.0


@settings(max_examples=2_000, deadline=None)
@given(WORDY_TEXT, st.lists(WORDY_TEXT, max_size=4))
def test_language_counts_match_a_scan_of_the_words(text: str, lines: list[str]) -> None:
    from notequiz import lang

    assert lang.hangul_share(text) == _plain_share(text)
    assert lang.detect_lines(lines, "ko") == lang.detect("\n".join(lines), "ko")


@settings(max_examples=2_000, deadline=None)
@given(WORDY_TEXT)
def test_squash_and_normalize_match_a_scan_of_the_spaces(text: str) -> None:
    from notequiz.extract.english import _normalize
    from notequiz.extract.text import squash

    assert squash(text) == re.sub(r"\s+", " ", text).strip()
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if not ch.isspace():
            out.append(ch)
            origin.append(i)
        elif out and out[-1] != " ":
            out.append(" ")
            origin.append(i)
    while out and out[-1] == " ":
        out.pop()
        origin.pop()
    assert _normalize(text) == ("".join(out), origin)


@settings(max_examples=2_000, deadline=None)
@given(WORDY_TEXT)
@example("The slow store behind it, also called the backing store, holds the data.")
@example("It waits for a period of time called the election timeout.")
@example("Work stealing (also known as task stealing) balances load.")
@example("Each shard (i.e. a slice of the keys) has one leader.")
@example("It keeps a strike price, which is equal to the spot price.")
def test_guarded_patterns_match_as_their_pattern_does(text: str) -> None:
    from notequiz.extract import patterns_en

    for value in _guarded(patterns_en):
        found = [m.span() for m in value.finditer(text)]
        assert found == [m.span() for m in value.pattern.finditer(text)]


def _guarded(module: Any) -> list[Any]:
    from notequiz.extract.text import Guarded

    found = [value for value in vars(module).values() if isinstance(value, Guarded)]
    assert found  # the test would check nothing
    return found


KOREAN_RULE_TEXT = st.lists(st.sampled_from(
    ["가", "힣", " ", "  ", "\n", ",", ".", "!", "(", "A", "TCP", "의", "약자", "줄임말", "을", "를", "줄인",
     "말", "이다", "입니다", "다", "임", "기", "위해", "위하여", "서", "는", "은", "이", "가", "도", "사용",
     "써", "크게", "으로", "로", "나누", "나눠", "구분", "분류", "장점", "단점", "문제점", "있", "존재",
     "등", "예", "예시", "또한 ", "있다", "했", "며", "고", "지만", "는데", "없", "하"]),
    max_size=30).map("".join)


@settings(max_examples=3_000, deadline=None)
@given(KOREAN_RULE_TEXT)
@example("SYN은 Synchronize의 약자다.")
@example("HTTP는 HyperText Transfer Protocol의 줄임말이다.")
@example("API는 Application Programming Interface를 줄인 말입니다")
@example("빠르게 찾기 위해 인덱스를 사용한다.")
@example("크게 세 가지로 키를 나눈다")
@example("빠르다는 장점이 있다")
@example("TCP, UDP 등이 전송 계층 프로토콜의 예이다.")
@example("또한 단점도 있다.")
def test_korean_guarded_patterns_and_endings_match_the_full_search(text: str) -> None:
    from notequiz.extract import korean

    for value in _guarded(korean):
        assert [m.span() for m in value.finditer(text)] == [
            m.span() for m in value.pattern.finditer(text)]
        assert bool(value.search(text)) == bool(value.pattern.search(text))
        assert bool(value.match(text)) == bool(value.pattern.match(text))
    assert korean._dangling(text) == bool(korean._DANGLING.search(text))


@settings(max_examples=2_000, deadline=None)
@given(WORDY_TEXT, WORDY_TEXT)
def test_similarity_matches_a_count_of_shared_bigrams(a: str, b: str) -> None:
    from notequiz.select import similarity

    x = [a[i : i + 2] for i in range(len(a) - 1)] or [a]
    pool = [b[i : i + 2] for i in range(len(b) - 1)] or [b]
    hits = 0
    for gram in x:
        if gram in pool:
            pool.remove(gram)
            hits += 1
    assert similarity(a, b) == 2 * hits / (len(x) + max(len(b) - 1, 1))


def test_text_cache_keeps_short_texts_only() -> None:
    from notequiz.lang import text_cache

    calls: list[str] = []

    @text_cache(maxsize=8, longest=5)
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert [upper("abc"), upper("abc"), upper("abcdef"), upper("abcdef")] == [
        "ABC", "ABC", "ABCDEF", "ABCDEF"]
    assert calls == ["abc", "abcdef", "abcdef"]


@SLOW
@given(st.lists(st.sampled_from([x for x in SENTENCES if any("가" <= c <= "힣" for c in x)]),
                min_size=1, max_size=4).map(" ".join))
@example("정밀도는 맞힌 비율이고, 재현율은 찾아낸 비율입니다.")
def test_unit_clauses_are_the_clauses_of_each_sentence(text: str) -> None:
    from notequiz.analyze.morphemes import analysis
    from notequiz.extract import korean

    plain = [(c.text, c.start, c.joined_by) for sent in korean._sentences(analysis(text))
             for c in korean._clauses(sent)]
    for _ in range(2):  # worked out, then remembered
        assert [(c.text, c.start, c.joined_by) for c in korean._unit_clauses(text)] == plain
