"""Reading and parsing: front matter, sections, blocks and file line numbers."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from notequiz.errors import NoteError
from notequiz.model import Note
from notequiz.parse import parse_note
from notequiz.pipeline import build
from notequiz.read import decode, discover, read_note


def parse(path: Path) -> Note:
    return parse_note(read_note(str(path), str(path.parent)))


def blocks(note: Note) -> list[tuple[tuple[str, ...], str, int, str]]:
    return [(s.heading_path, b.kind, b.span.line_start, b.text)
            for s in note.sections for b in s.blocks]


def test_front_matter_fields_and_line_offset(write_note: Callable[..., Path]) -> None:
    path = write_note("post.md", """
        ---
        title: "생성형 AI에 관하여"
        categories:
          - TIL
          - AI
        tags: [생성형 AI, TIL]
        date: 2024-01-02
        permalink: /til/gen-ai/
        ---

        첫 문단이다.
        """)
    note = parse(path)
    assert note.title == "생성형 AI에 관하여"
    assert note.tags == ("생성형_AI", "TIL")
    assert note.categories == ("TIL", "AI")
    assert note.deck == "TIL::AI"
    assert note.date == "2024-01-02"
    assert note.key == "/til/gen-ai/"
    assert note.lang == "ko"
    assert blocks(note) == [((), "paragraph", 11, "첫 문단이다.")]


def test_toml_front_matter_and_string_tags(write_note: Callable[..., Path]) -> None:
    path = write_note("hugo.md", """
        +++
        title = "Hugo post"
        tags = "go, web"
        id = "hugo-1"
        +++
        Body line.
        """)
    note = parse(path)
    assert (note.title, note.tags, note.key) == ("Hugo post", ("go", "web"), "hugo-1")
    assert blocks(note)[0][2] == 6


def test_sections_follow_heading_hierarchy(write_note: Callable[..., Path]) -> None:
    path = write_note("h.md", """
        # Top
        intro
        ## A
        a text
        #### A.1
        deep
        ## B
        b text
        """)
    note = parse(path)
    assert [(p, line, text) for p, _, line, text in blocks(note)] == [
        (("Top",), 2, "intro"),
        (("Top", "A"), 4, "a text"),
        (("Top", "A", "A.1"), 6, "deep"),
        (("Top", "B"), 8, "b text"),
    ]
    assert note.title == "Top"


def test_code_html_liquid_images_and_links(write_note: Callable[..., Path]) -> None:
    path = write_note("noise.md", """
        Text with `inline code` and a [link](http://x.y) and ![img](a.png) here.<br>Next.
        <!-- a comment -->
        {% include toc.html %}

        ```python
        secret = "never a card"
        ```

            indented code
        <span style="color:red">red words</span>

        See [[Target Page|the alias]] and [[Plain Page]] but not ![[embed.png]].
        """)
    texts = [b[3] for b in blocks(parse(path))]
    assert texts[0] == "Text with inline code and a link and  here.\nNext."
    assert "secret" not in "".join(texts) and "indented code" not in "".join(texts)
    assert "comment" not in "".join(texts) and "include" not in "".join(texts)
    assert "red words" in texts
    assert "See the alias and Plain Page but not ." in texts


def test_liquid_raw_blocks_stay_as_written_and_code_and_comments_go(
        write_note: Callable[..., Path]) -> None:
    """Jekyll shows ``{{ }}`` as text only inside ``{% raw %}``; ``highlight`` holds code."""
    path = write_note("liquid.md", """
        # Jinja

        {% raw %}Jinja2에서 {{ user }}는 변수를 출력하고 {% if %}는 조건이다.{% endraw %}

        Outside raw, {{ page.title }} is template output.

        {%- highlight python -%}
        secret = "never a card"
        {% endhighlight %}

        {% comment %}
        a comment, never a card
        {% endcomment %}
        {% highlight
           ruby %}
        code = "over lines"
        {% endhighlight
        %}

        Last line.
        {% raw %} never closed {{ x }}
        """)
    assert [(line, text) for _, _, line, text in blocks(parse(path))] == [
        (3, "Jinja2에서 {{ user }}는 변수를 출력하고 {% if %}는 조건이다."),
        (5, "Outside raw,  is template output."),
        (20, "Last line.\nnever closed"),  # a raw tag never closed is only a tag
    ]


def test_inline_code_keeps_template_marks_and_brackets(write_note: Callable[..., Path]) -> None:
    """In notes about Vue, Jinja, Jekyll or NumPy the marks in inline code are the text."""
    path = write_note("code.md", """
        Mustache는 `{{ message }}`처럼 쓰고, {{ site.url }} 밖은 템플릿이다.

        Jekyll에서는 ``{% raw %}``와 `{% endraw %}`로 감싼다. {% include x.html %}

        NumPy에서 `a[[0, 2]]`는 팬시 인덱싱이다. See [[Target|the alias]].

        An unpaired `` backtick, then {{ gone }} and `{{ kept }}`.
        """)
    assert [text for _, _, _, text in blocks(parse(path))] == [
        "Mustache는 {{ message }}처럼 쓰고,  밖은 템플릿이다.",
        "Jekyll에서는 {% raw %}와 {% endraw %}로 감싼다.",
        "NumPy에서 a[[0, 2]]는 팬시 인덱싱이다. See the alias.",
        "An unpaired `` backtick, then  and {{ kept }}.",
    ]


def test_lists_keep_nesting_numbers_and_lines(write_note: Callable[..., Path]) -> None:
    path = write_note("list.md", """
        ## Steps
        1. first **bold**
        2. second
           - nested a
           - nested b
        3. third
        """)
    block = parse(path).sections[0].blocks[0]
    assert block.kind == "list"
    first, second, third = block.items
    assert (first.text, first.number, first.line, first.bold) == ("first bold", 1, 2, ((6, 10),))
    assert [c.text for c in second.children] == ["nested a", "nested b"]
    assert second.children[1].line == 5 and second.children[1].depth == 1
    assert third.number == 3 and third.line == 6


def test_tables_and_blockquotes(write_note: Callable[..., Path]) -> None:
    path = write_note("t.md", """
        > Key란? : 기준이 되는 Attribute.

        | term | meaning |
        |---|---|
        | TCP | a protocol |
        """)
    quote, table = parse(path).sections[0].blocks
    assert quote.quote and quote.text.startswith("Key란?")
    assert table.rows == (("term", "meaning"), ("TCP", "a protocol"))
    assert table.line_at(table.text.index("TCP")) == 5


def test_a_thematic_break_after_text_marks_the_blocks_after_it(
        write_note: Callable[..., Path]) -> None:
    path = write_note("b.md", """
        ## A

        ***

        First.

        ---

        After.

        - item

        ## B

        Fresh.
        """)
    marks = [(s.heading_path, b.text, b.after_break)
             for s in parse(path).sections for b in s.blocks]
    assert marks == [(("A",), "First.", False), (("A",), "After.", True),
                     (("A",), "item", True), (("B",), "Fresh.", False)]


def test_a_block_right_after_a_code_block_is_marked(write_note: Callable[..., Path]) -> None:
    """The paragraph right after a code block speaks of it (``after_code``); the one after
    that paragraph, and one after a rule, do not."""
    path = write_note("c.md", """
        ## A

        ```python
        x = 1
        ```

        It sets x.

        Then more.

        ---

        After.
        """)
    marks = [(b.text, b.after_code, b.after_break)
             for s in parse(path).sections for b in s.blocks]
    assert marks == [("It sets x.", True, False), ("Then more.", False, False),
                     ("After.", False, True)]


def test_multiline_paragraph_maps_each_line(write_note: Callable[..., Path]) -> None:
    path = write_note("m.md", """
        ---
        title: x
        ---
        <br><br>
        첫 줄이다.
        둘째 줄이다.
        """)
    block = parse(path).sections[0].blocks[0]
    assert block.text == "첫 줄이다.\n둘째 줄이다."
    assert block.line_at(0) == 5
    assert block.line_at(block.text.index("둘째")) == 6


def test_nfd_crlf_and_zero_width_are_normalized(write_note: Callable[..., Path]) -> None:
    nfd = unicodedata.normalize("NFD", "할루시네이션은 현상이다.")
    path = write_note("nfd.md", "# 제목\r\n" + nfd + "\u200b\r\n")
    text = blocks(parse(path))[0][3]
    assert text == "할루시네이션은 현상이다."
    assert blocks(parse(path))[0][2] == 2


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("한글 노트".encode(), "한글 노트", "utf-8"),
        (b"\xef\xbb\xbf" + "한글".encode(), "한글", "utf-8-sig"),
        ("한글 노트".encode("cp949"), "한글 노트", "cp949"),
        ("\ufeff한글".encode("utf-16-le"), "한글", "utf-16"),
    ],
)
def test_decoding(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "x.md") == (text, encoding)


def test_binary_file_is_refused() -> None:
    with pytest.raises(NoteError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "x.md")


def test_broken_front_matter_names_the_line(write_note: Callable[..., Path]) -> None:
    path = write_note("bad.md", """
        ---
        title: ok
        tags: [unclosed
        ---
        body
        """)
    with pytest.raises(NoteError) as info:
        parse(path)
    assert "broken front matter" in info.value.reason
    assert str(info.value).startswith(str(path))


@pytest.mark.parametrize(("front", "line", "reason"), [
    ('title = "a\ntags = []\n', 2, "broken front matter: Illegal character '\\n'"),
    ('title = "x"\ntags = ["a"]\nbar = ', 4, "broken front matter: Invalid value"),
])
def test_broken_toml_front_matter_names_the_file_line(
        write_note: Callable[..., Path], front: str, line: int, reason: str) -> None:
    """tomllib counts lines from the front matter, and says so in its message."""
    path = write_note("bad.md", f"+++\n{front}\n+++\nQ::A\n")
    with pytest.raises(NoteError) as info:
        parse(path)
    assert (info.value.line, info.value.reason) == (line, reason)


def test_odd_front_matter_types_are_tolerated(write_note: Callable[..., Path]) -> None:
    path = write_note("odd.md", """
        ---
        title: [a, list]
        tags: 42
        categories: {a: 1}
        date: not a date
        ---
        body
        """)
    note = parse(path)
    assert note.title == "a list" and note.tags == ("42",) and note.categories == ()


def test_discover_is_recursive_sorted_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/z.md", "a.markdown", "b/y.MD", "c.txt", ".hidden.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, errors = discover([str(tmp_path), str(tmp_path / "missing.md")])
    assert [Path(f).name for f, _ in files] == ["a.markdown", "y.MD", "z.md"]
    assert [e.reason for e in errors] == ["no such file or folder"]


def test_deck_falls_back_to_folders(tmp_path: Path) -> None:
    (tmp_path / "notes" / "net").mkdir(parents=True)
    note_path = tmp_path / "notes" / "net" / "tcp.md"
    note_path.write_text("# TCP\n", encoding="utf-8")
    note = parse_note(read_note(str(note_path), str(tmp_path / "notes")))
    assert note.deck == "notes::net"
    assert note.key == "net/tcp.md"


def test_obsidian_callouts_lose_their_mark_and_their_title_labels_the_body(
        tmp_path: Path) -> None:
    """A callout's title says what its body is about (it never defines the heading
    above it); a title that only names the kind of callout goes."""
    note = tmp_path / "c.md"
    note.write_text("# 동기화\n\n> [!note] 세마포어\n> 여러 스레드가 공유 자원에 접근하는 수를 "
                    "제한하는 도구.\n\n> [!warning]- Warning\n> DNS는 도메인 이름을 IP 주소로 바꾸는 "
                    "시스템이다.\n\n> [!tip] TCP는 연결 지향 프로토콜이다.\n\n"
                    ">[!abstract]Tight\n> A semaphore is a counter.\n", encoding="utf-8")
    cards = build([str(note)]).cards
    assert [(c.source.line_start, c.term, c.answer) for c in cards] == [
        (4, "세마포어", "여러 스레드가 공유 자원에 접근하는 수를 제한하는 도구"),
        (7, "DNS", "도메인 이름을 IP 주소로 바꾸는 시스템"),
        (9, "TCP", "연결 지향 프로토콜"),
        (12, "Tight", "A semaphore is a counter"), (12, "semaphore", "a counter")]
    assert not any("[!" in c.question or "[!" in c.answer for c in cards)
    assert not any(c.term == "동기화" for c in cards)


def test_a_python_name_in_underscores_keeps_them(write_note: Callable[..., Path]) -> None:
    """CommonMark reads ``__init__`` as a bold "init"; a note about Python means the name.
    "__Bold__" (not one lowercase name) is still bold."""
    path = write_note("dunder.md", """
        A data descriptor defines __set__ or __delete__; __Bold__ stays bold.
        """)
    block = parse(path).sections[0].blocks[0]
    assert block.text == "A data descriptor defines __set__ or __delete__; Bold stays bold."
    assert block.bold == ((49, 53),)


def test_tex_math_is_read_as_code(write_note: Callable[..., Path]) -> None:
    """"$\\frac{e^{z_i - c}}{\\sum_j e^{z_j - c}}$" keeps its underscores (no emphasis) and
    is code, so no colon or equals sign in it makes a label; "$5 and $10" is prose."""
    note = parse(write_note("m.md", "# Softmax\n\n"
                             "- $\\frac{e^{z_i - c}}{\\sum_j e^{z_j - c}} = x_i$ → 약분\n\n"
                             "It costs $5 and $10 at most.\n"))
    item, para = note.sections[0].blocks
    text = item.items[0].text
    assert text == "$\\frac{e^{z_i - c}}{\\sum_j e^{z_j - c}} = x_i$ → 약분"
    assert item.items[0].code == ((0, text.index(" →")),)
    assert para.text == "It costs $5 and $10 at most." and para.code == ()
    plain = parse(write_note("n.md", "# Norms\n\n$x_i$ over $y_i$\n")).sections[0].blocks[0]
    assert (plain.text, plain.code) == ("$x_i$ over $y_i$", ((0, 5), (11, 16)))


def test_display_tex_math_is_read_as_code(write_note: Callable[..., Path]) -> None:
    """Review round 31: "$$\\mathrm{Var}(y) = n_{in}\\,\\mathrm{Var}(w)$$" was read as prose, and
    its equals sign named "$$\\mathrm{Var}(y)" ("What is $$\\mathrm{Var}(y) called?"). Display
    math, on one line or between lines of "$$", is code like inline math."""
    note = parse(write_note("v.md", "# Init\n\n$$\\mathrm{Var}(y) = n_{in}\\,\\mathrm{Var}(w)$$\n\n"
                             "$$\nVar(W) = \\frac{2}{n}\n$$\n\nIt costs $5 and $10.\n"))
    one, several, prose = note.sections[0].blocks
    assert one.code == ((0, len(one.text)),) and several.code == ((0, len(several.text)),)
    assert prose.code == ()
