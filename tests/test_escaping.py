"""Note text is data, never code: one hostile note through every output format.

The note carries what would run if any output treated its text as markup or
syntax: ``<script>``, event handlers, ``javascript:`` links, Anki template and
media syntax (``{{Front}}``, ``[sound:…]``, ``[latex]``), GIFT syntax, rich
console markup, and a file name holding a newline and a tag. It is built with
the real pipeline and written as JSON, an Anki package (imported with the
real ``anki`` package and every card rendered), an Anki text file, GIFT, the
HTML quiz and the ``show --html`` report; the two pages are also opened in
headless Chromium, with ``alert`` watched.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from notequiz.export import FORMATS, export
from notequiz.model import BuildResult
from notequiz.pipeline import build
from notequiz.report import write_report

from .conftest import import_apkg

if TYPE_CHECKING:
    from anki.collection import Collection

NOTE_NAME = "evil <img src=x onerror=alert(9)>\n::inj::{=z}.md"
"""A legal file name on Linux: a tag, and a new line starting a GIFT question."""

HOSTILE_NOTE = """\
---
title: "<script>alert('title')</script> {{Front}} [/bold]"
tags: ["<img src=x onerror=alert(1)>", "{{Back}}", "[/bold]"]
categories: ["<b onmouseover=alert(1)>Deck</b>", "{{c1::deck}}"]
---

# XSS `<script>alert('h1')</script>` 노트

<script>alert('raw')</script>
<img src=x onerror="alert('raw img')">
<a href="javascript:alert('raw link')">raw link</a>

`<script>alert(1)</script>`는 브라우저가 실행하는 스크립트 태그이다.

An &lt;img onerror&gt; handler is an attribute that runs script when an image fails to load.

Which tag runs code? `<script>`::`<script>alert(document.cookie)</script>`

[javascript link](javascript:alert(1)) target::the link `javascript:alert(1)` \
&#123;&#123;Front&#125;&#125; &#123;&#123;#Back&#125;&#125;x&#123;&#123;/Back&#125;&#125;

Template syntax:::&#123;&#123;FrontSide&#125;&#125; and [sound:evil.mp3] and \
[latex]\\input{/etc/passwd}[/latex] and [$]x[/$] and [[type:Front]]

GIFT syntax::=right ~wrong #feedback {braces} ::title:: [html]<b>x</b> %100%

Anki field {{c1::`<img src=x onerror=alert(2)>`::`<b>hint</b>`}} and {{c2::[sound:x.mp3]}} here.

## 목록 `<svg onload=alert(1)>`

- `<iframe src=javascript:alert(1)>`: 자바스크립트 URL을 여는 프레임
- `<a href="javascript:alert(1)">x</a>`: 자바스크립트 링크
"""

EXECUTABLE_TAGS = {"script", "img", "iframe", "svg", "object", "embed", "a", "b", "math",
                   "link", "meta", "base", "form", "input", "audio", "video", "source"}


class Markup(HTMLParser):
    """Every element of a page or fragment, with its attributes and the text of scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def markup(html: str) -> Markup:
    parser = Markup()
    parser.feed(html)
    parser.close()
    return parser


def assert_inert(html: str, allowed: set[str]) -> None:
    """Only ``allowed`` elements, no event handler, no script URL."""
    for tag, attrs in markup(html).elements:
        assert tag in allowed, (tag, html[:200])
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name)
            url = re.sub(r"\s", "", (value or "").lower())
            assert not url.startswith(("javascript:", "vbscript:", "data:text")), (tag, value)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, dict[str, Path]]:
    """The hostile note, built once and written in every format."""
    root = tmp_path_factory.mktemp("escaping")
    notes = root / "notes"
    notes.mkdir()
    (notes / NOTE_NAME).write_text(HOSTILE_NOTE, encoding="utf-8")
    result = build([str(notes)])
    assert result.problems == () and len(result.notes) == 1
    outputs = {}
    for name in ("json", "apkg", "tsv", "gift", "html"):
        outputs[name] = root / f"deck.{name}"
        export(result.cards, result.notes, str(outputs[name]), FORMATS[name])
    outputs["report"] = root / "report.html"
    write_report(result, str(outputs["report"]))
    return result, outputs


def test_the_note_makes_cards_of_every_shape(built: tuple[BuildResult, dict[str, Path]]) -> None:
    result, _ = built
    shapes = {c.shape for c in result.cards}
    assert shapes == {"basic", "reversed", "cloze"}
    rules = {c.rule for c in result.cards}
    assert {"md.explicit.qa", "md.explicit.reversed", "md.cloze"} <= rules
    assert any(not r.startswith("md.explicit") and r != "md.cloze" for r in rules)
    texts = " ".join(c.question + c.answer for c in result.cards)
    assert "<script>alert(document.cookie)</script>" in texts
    # Raw HTML in the note is dropped at parse time and never becomes card text.
    assert "alert('raw" not in texts


def test_json_keeps_the_text_as_data(built: tuple[BuildResult, dict[str, Path]],
                                     schema: dict[str, Any]) -> None:
    import jsonschema

    result, outputs = built
    document = json.loads(outputs["json"].read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert [c["answer"] for c in document["cards"]] == [c.answer for c in result.cards]
    assert document["notes"][0]["title"].startswith("<script>alert('title')</script>")


def test_apkg_fields_templates_and_rendered_cards(
        built: tuple[BuildResult, dict[str, Path]], col: Collection) -> None:
    from notequiz.export.apkg import basic_model, cloze_model, reversed_model

    result, outputs = built
    import_apkg(col, outputs["apkg"])
    # The note types are notequiz's own: no note text in any template.
    ours = {m.name: m for m in (basic_model(), reversed_model(), cloze_model())}
    for model in col.models.all():
        if model["name"] in ours:
            expected = ours[model["name"]].templates
            assert [(t["qfmt"], t["afmt"]) for t in model["tmpls"]] == [
                (t["qfmt"], t["afmt"]) for t in expected]
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    assert len(notes) == len(result.cards)
    for note in notes:
        cloze = note.note_type()["name"] == "notequiz cloze"
        for value in note.fields:
            assert_inert(value, {"br", "ul", "ol", "li"})
            syntax = re.sub(r"\{\{c\d+::|::|\}\}", "", value) if cloze else value
            assert not re.search(r"[{}\[\]]", syntax), value
    rendered = []
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        for side in (card.question(), card.answer()):
            side = re.sub(r"<style>.*?</style>", "", side, flags=re.DOTALL)
            assert_inert(side, {"div", "hr", "br", "ul", "ol", "li", "span"})
            assert "{{" not in side and "[sound:" not in side and "[latex]" not in side
            rendered.append(side)
        assert card.question_av_tags() == [] and card.answer_av_tags() == []
    page = "\n".join(rendered)
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in page
    assert "&#123;&#123;FrontSide&#125;&#125;" in page
    assert "&#91;sound:evil.mp3&#93;" in page
    assert '<span class="cloze"' in page  # the deletions themselves still work


def test_tsv_rows_and_fields(built: tuple[BuildResult, dict[str, Path]]) -> None:
    result, outputs = built
    lines = outputs["tsv"].read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    rows = [line for line in lines[:-1] if not line.startswith("#")]
    assert len(rows) == len(result.cards)
    for row in rows:
        cells = row.split("\t")
        assert len(cells) == 7, row
        notetype, fields = cells[1], cells[4:]
        for value in fields:
            assert_inert(value, {"br", "ul", "ol", "li"})
            syntax = re.sub(r"\{\{c\d+::|::|\}\}", "", value) if notetype == "notequiz cloze" \
                else value
            assert not re.search(r"[{}\[\]]", syntax), value


def _gift_structure(question: str) -> list[str]:
    """The unescaped GIFT syntax characters of a question, in order."""
    out, i = [], 0
    while i < len(question):
        ch = question[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "{}=~#:":
            out.append(ch)
        i += 1
    return out


def test_gift_questions_are_plain_and_their_structure_fixed(
        built: tuple[BuildResult, dict[str, Path]]) -> None:
    _, outputs = built
    text = outputs["gift"].read_text(encoding="utf-8")
    questions = []
    for line in text.split("\n"):
        if not line or line.startswith("//"):
            continue  # comments, each on one line (a new line in a name cannot end one)
        if line.startswith("$CATEGORY: "):
            continue
        questions.append(line)
    assert len(questions) == len(re.findall(r"^// ", text, re.MULTILINE)) - 1
    for q in questions:
        assert re.match(r"::nq[0-9a-f]{14}(?:\.(?:r|c\d+))?::\[plain\]", q), q
        syntax = "".join(_gift_structure(q))
        # ::title:: then one answer block: = (or =/~ options) and #### feedback.
        assert re.fullmatch(r"::::\{[=~]+####\}", syntax), (syntax, q)
        # Every text Moodle shows is [plain]: written as typed, markup and all.
        for m in re.finditer(r"(?<!\\)(?:[=~]|####)(?!\[plain\])", q):
            raise AssertionError(f"answer or feedback without [plain]: {q[m.start():][:40]}")
    assert not [line for line in text.split("\n") if line.startswith("::inj")]


def _check_page_statically(html: str, scripts: int) -> Markup:
    """No handler, no script URL, only in-page links, and exactly ``scripts`` scripts."""
    page = markup(html)
    for tag, attrs in page.elements:
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name)
            assert "javascript:" not in (value or "").lower(), (tag, value)
            if tag == "a" and name == "href":
                assert (value or "").startswith("#"), value
        if tag in EXECUTABLE_TAGS - {"script", "a", "meta", "input"}:
            raise AssertionError(f"<{tag}> in the page")
    assert len(page.scripts) == scripts
    policy = [v for t, a in page.elements if t == "meta"
              for k, v in a if k == "content" and v and "default-src 'none'" in v]
    assert policy, "a Content-Security-Policy forbidding every fetch"
    return page


def test_html_quiz_embeds_text_as_inert_json(built: tuple[BuildResult, dict[str, Path]]) -> None:
    from notequiz.export.html_quiz import render
    from notequiz.model import Card, SourceSpan

    result, outputs = built
    html = outputs["html"].read_text(encoding="utf-8")
    page = _check_page_statically(html, scripts=2)
    # The very same elements as a page of one harmless card: the note added none.
    plain = Card("nq0000000000000a", "explicit", "Q", "A", "Q", "k",
                 SourceSpan("n.md", 1, 1, "Q::A"), (), "md.explicit.qa", "en")
    assert Counter(t for t, _ in page.elements) == Counter(
        t for t, _ in markup(render([plain]).decode()).elements)
    data, code = page.scripts
    document = json.loads(data)
    assert "<" not in data and ">" not in data and "&" not in data
    assert any(p["a"] == "<script>alert(document.cookie)</script>" for p in document["prompts"])
    assert {p["a"] for p in document["prompts"]} >= {c.answer for c in result.cards
                                                     if c.shape == "basic"}
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html
    assert "<script>alert" not in html and "<img" not in html


def test_report_shows_the_raw_note_as_text(built: tuple[BuildResult, dict[str, Path]]) -> None:
    _, outputs = built
    html = outputs["report"].read_text(encoding="utf-8")
    page = _check_page_statically(html, scripts=0)
    shown = "".join(page.text)
    assert "<script>alert('raw')</script>" in shown
    assert "<img src=x onerror=\"alert('raw img')\">" in shown
    assert "<script>alert" not in html and "<img" not in html


# --- in a browser -------------------------------------------------------------------

# Before any page script: record every dialog and every blocked attempt.
WATCH = """
window.__alerts = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__alerts.push(name + ':' + args.join(',')); };
}
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binaries = [shutil.which(b) for b in ("chromium", "chromedriver")]
    if None in binaries:
        pytest.fail("chromium and chromedriver are needed: apt-get install -y chromium "
                    "chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = str(binaries[0])
    profile = tempfile.mkdtemp(prefix="notequiz-escaping-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(binaries[1])))
    try:
        driver.set_page_load_timeout(10)
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _nothing_ran(driver: Any) -> None:
    from selenium.webdriver.common.by import By

    assert driver.execute_script("return window.__alerts") == []
    assert driver.execute_script("return window.__violations") == []
    for tag in ("img", "iframe", "svg", "object", "embed"):
        assert driver.find_elements(By.TAG_NAME, tag) == [], tag


def test_html_quiz_in_chromium(built: tuple[BuildResult, dict[str, Path]], browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _, outputs = built
    document = json.loads(markup(outputs["html"].read_text(encoding="utf-8")).scripts[0])
    browser.get(outputs["html"].as_uri())
    _nothing_ran(browser)
    seen = []
    for _ in document["prompts"]:
        key = browser.find_element(By.ID, "card").get_attribute("data-key")
        seen.append(key)
        browser.find_element(By.ID, "answer").send_keys("x" + Keys.ENTER)
        end = time.monotonic() + 5
        while not browser.find_element(By.ID, "result").is_displayed():
            assert time.monotonic() < end
            time.sleep(0.05)
        _nothing_ran(browser)
        browser.find_element(By.ID, "next").click()
    assert sorted(seen) == sorted(p["key"] for p in document["prompts"])
    assert "<script>" in browser.page_source or "&lt;script&gt;" in browser.page_source
    _nothing_ran(browser)


def test_report_in_chromium(built: tuple[BuildResult, dict[str, Path]], browser: Any) -> None:
    _, outputs = built
    browser.get(outputs["report"].as_uri())
    _nothing_ran(browser)
    assert "<script>alert('raw')</script>" in browser.find_element("tag name", "body").text


def test_gift_category_names_carry_no_markup(built: tuple[BuildResult, dict[str, Path]]) -> None:
    """The deck comes from the note's front matter: its tags are written as text, not markup."""
    _, outputs = built
    categories = [line for line in outputs["gift"].read_text(encoding="utf-8").split("\n")
                  if line.startswith("$CATEGORY: ")]
    # "::" nests decks, in a category too: "{{c1::deck}}" is two levels.
    assert categories == ["$CATEGORY: &lt;b onmouseover=alert(1)&gt;Deck&lt;//b&gt;/{{c1/deck}}"]
