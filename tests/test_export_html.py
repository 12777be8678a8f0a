"""The one-file HTML quiz: its markup checked statically, then used in headless Chromium."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from notequiz.export import ExportOptions, export, format_for
from notequiz.export.html_quiz import DEFAULT_CHOICES, quiz_data, render
from notequiz.model import Card, CardKind, Shape, SourceSpan
from notequiz.pipeline import BuildOptions, build

from .conftest import SAMPLE_NOTES

QUIZ_JS = Path(__file__).resolve().parent.parent / "notequiz/export/templates/quiz.js"

# Note text that would run if it were ever treated as markup: each variant
# sets a global or the window title.
HOSTILE_Q = (
    "<script>window.__pwned = 1; document.title = 'pwned'</script>"
    "<img src=x onerror=\"window.__pwned = 2\"> & what?"
)
HOSTILE_A = "</script><script>window.__pwned = 3</script><b onmouseover=alert(1)>bold</b>"


def make_card(id: str, question: str, answer: str, *, kind: CardKind = "explicit",
              shape: Shape = "basic", cloze: str = "", line: int = 5) -> Card:
    return Card(
        id=id, kind=kind, question=question, answer=answer, term=question,
        note_key="notes/web.md", source=SourceSpan("notes/web.md", line, line, f"{question}::{answer}"),
        section=("Web", "Security"), rule="md.explicit.qa", lang="en", deck="Web",
        shape=shape, cloze=cloze,
    )


def quiz_cards() -> list[Card]:
    return [
        make_card("nqhostile00001", HOSTILE_Q, HOSTILE_A, line=3),
        make_card("nqport00000001", "Default HTTPS port?", "443", line=4),
        make_card("nqxss000000001", "What does XSS stand for?", "Cross-site scripting", line=5),
        make_card("nqcsp000000001", "Header that limits what a page may load?",
                  "Content-Security-Policy", line=6),
        make_card("nqcloze0000001", "", "", kind="cloze", shape="cloze",
                  cloze="The {{c1::same-origin}} policy isolates sites.", line=7),
    ]


# --- static checks ---------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: dict[str, str] = {}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = dict(attrs).get("id") or tag

    def handle_data(self, data: str) -> None:
        if self._in:
            self.data[self._in] = self.data.get(self._in, "") + data

    def handle_endtag(self, tag: str) -> None:
        self._in = None


def parse(page: bytes) -> _Tags:
    parser = _Tags()
    parser.feed(page.decode("utf-8"))
    return parser


def test_registered_and_written_through_the_registry(tmp_path: Path) -> None:
    out = tmp_path / "quiz.html"
    assert format_for(str(out)).name == "html"
    export(quiz_cards(), [], str(out), format_for(str(out)), ExportOptions(choices=3))
    data = json.loads(parse(out.read_bytes()).data["quiz-data"])
    # Three options where other cards of the kind exist (the only cloze has none).
    assert [len(p["choices"]) for p in data["prompts"]] == [3, 3, 3, 3, 0]


def test_cards_are_embedded_as_escaped_json() -> None:
    page = render(quiz_cards())
    text = page.decode("utf-8")
    # Only the page's own two script elements: note text cannot open or close one.
    assert text.count("<script") == 2
    assert text.count("</script") == 2
    assert "pwned" in text and "<img" not in text and "<b " not in text
    block = re.search(r'<script type="application/json" id="quiz-data">(.*?)</script>', text,
                      re.DOTALL)
    assert block is not None
    assert not re.search(r"[<>&]", block.group(1))
    assert "\\u003cscript\\u003e" in block.group(1)
    assert json.loads(block.group(1)) == quiz_data(quiz_cards())


def test_no_network_reference_and_a_strict_policy() -> None:
    page = render(quiz_cards())
    tags = parse(page)
    names = [t for t, _ in tags.tags]
    for forbidden in ("link", "img", "iframe", "object", "embed", "base", "form", "audio",
                      "video", "source", "svg"):
        assert forbidden not in names
    for tag, attrs in tags.tags:
        assert not {"src", "href", "action", "srcset", "poster"} & set(attrs), tag
    style = tags.data["style"]
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    template_only = render([])
    assert b"://" not in template_only and b"//fonts" not in template_only

    head = [t for t in tags.tags if t[0] == "meta"]
    assert head[0][1] == {"charset": "utf-8"}
    policy = head[1][1]
    assert policy["http-equiv"] == "Content-Security-Policy"
    directives = dict(d.strip().split(" ", 1) for d in (policy["content"] or "").split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == "'unsafe-inline'"
    script = QUIZ_JS.read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert f"<script>{script}</script>" in page.decode("utf-8")


def test_script_never_writes_markup() -> None:
    script = QUIZ_JS.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "Function(", "setAttribute(\"on", "srcdoc", "fetch(", "XMLHttpRequest",
                 "WebSocket", "import("):
        assert sink not in script, sink


def test_prompts_choices_and_determinism() -> None:
    cards = quiz_cards()
    data = quiz_data(cards, choices=DEFAULT_CHOICES)
    assert data["format"] == "notequiz-quiz/1"
    assert [p["key"] for p in data["prompts"]] == [c.id for c in cards]
    *explicit, cloze = data["prompts"]
    for p in explicit:
        assert len(p["choices"]) == 4
        assert p["choices"][p["correct"]] == p["a"]
        assert p["src"]["path"] == "notes/web.md" and p["src"]["rule"] == "md.explicit.qa"
    assert cloze["choices"] == [] and cloze["correct"] == -1
    assert cloze["segs"] == [["t", "The "], ["b", "same-origin", ""], ["t", " policy isolates sites."]]
    assert render(cards) == render(cards)


def test_sample_notes_render() -> None:
    result = build([str(SAMPLE_NOTES)], BuildOptions(automatic=False))
    data = quiz_data(result.cards, result.notes)
    keys = [p["key"] for p in data["prompts"]]
    assert len(keys) == len(set(keys))
    assert any(k.endswith(".r") for k in keys) and any(".c2" in k for k in keys)
    assert data["title"] == f"notequiz — {len(result.cards)} cards"


# --- in a real browser ---------------------------------------------------------------------

# Without --allow-file-access-from-files, this headless Chromium (156) gives a reloaded
# file:// page the wrong local storage now and then: an empty store, or one without the
# last write (about 1 reload in 6 of a bare page, more under load; none over http, none
# with the flag). The page's own policy still forbids every request, as checked below.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--allow-file-access-from-files",
)

# Installed before any page script (DevTools runs it outside the page's policy):
# records policy violations, so a blocked injection attempt is seen too.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def _require(binary: str) -> str:
    path = shutil.which(binary)
    if path is None:
        pytest.fail(f"{binary} is needed for the browser tests: "
                    "apt-get install -y chromium chromium-driver")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _require("chromium")
    profile = tempfile.mkdtemp(prefix="notequiz-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(_require("chromedriver")))
    try:
        driver.set_page_load_timeout(10)
        driver.get("about:blank")
        # Networking off: any request other than the file itself would fail, and is logged.
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
        driver.get_log("performance")  # Forget the start page's own requests.
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > end:
            assert value, "timed out"
            return value
        time.sleep(0.05)


def requested_urls(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_quiz_in_headless_chromium(tmp_path: Path, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    cards = quiz_cards()
    page = tmp_path / "quiz.html"
    page.write_bytes(render(cards))
    answers = {p["key"]: p for p in quiz_data(cards)["prompts"]}
    driver = browser
    driver.get(page.as_uri())

    def by_id(name: str) -> Any:
        return driver.find_element(By.ID, name)

    def progress() -> dict[str, str]:
        el = by_id("progress")
        return {k: el.get_attribute(f"data-{k}") for k in ("seen", "right", "wrong")}

    def current() -> str:
        return str(wait_for(lambda: by_id("card").get_attribute("data-key")))

    # The hostile card comes first: shown as text, nothing ran, nothing was blocked.
    assert current() == "nqhostile00001"
    assert by_id("question").get_attribute("textContent") == HOSTILE_Q
    assert driver.title == "Web — 5 cards"
    assert driver.execute_script("return window.__pwned") is None
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert driver.find_elements(By.CSS_SELECTOR, "main b, main script") == []

    # Answer it right with the keyboard only: type, Enter.
    assert driver.switch_to.active_element == by_id("answer")
    by_id("answer").send_keys(HOSTILE_A + Keys.ENTER)
    wait_for(lambda: by_id("result").is_displayed())
    assert by_id("verdict").text == "Right."
    assert by_id("right-answer").get_attribute("textContent") == HOSTILE_A
    where = by_id("source-where").text
    assert "notes/web.md:3" in where and "Web › Security" in where and "md.explicit.qa" in where
    assert by_id("source-text").get_attribute("textContent") == f"{HOSTILE_Q}::{HOSTILE_A}"
    assert driver.execute_script("return window.__pwned") is None
    assert driver.title == "Web — 5 cards"

    # Enter on the focused Next button; then a wrong answer.
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    assert current() == "nqport00000001"
    by_id("answer").send_keys("8080" + Keys.ENTER)
    wait_for(lambda: by_id("result").is_displayed())
    assert by_id("verdict").text == "Not quite."
    assert by_id("right-answer").text == "443"
    assert by_id("override").is_displayed()
    assert progress() == {"seen": "2", "right": "1", "wrong": "1"}

    # The progress survives a reload, and the quiz moves on to an unseen card.
    driver.refresh()
    assert current() == "nqxss000000001"
    assert progress() == {"seen": "2", "right": "1", "wrong": "1"}
    stored = json.loads(driver.execute_script(
        "return window.localStorage.getItem('notequiz.quiz.v1')"))
    assert stored["cards"]["nqhostile00001"]["right"] == 1
    assert stored["cards"]["nqport00000001"]["wrong"] == 1

    # Multiple choice, by number key; a lenient typed answer before that.
    by_id("answer").send_keys("cross site  Scripting" + Keys.ENTER)
    wait_for(lambda: by_id("verdict").text == "Right.")
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    assert current() == "nqcsp000000001"
    by_id("mode-choice").click()
    wait_for(lambda: by_id("choices").is_displayed())
    buttons = by_id("choices").find_elements(By.TAG_NAME, "button")
    right = answers["nqcsp000000001"]
    assert [b.get_attribute("textContent") for b in buttons] == [
        f"{i + 1}.{text}" for i, text in enumerate(right["choices"])]
    assert driver.switch_to.active_element == buttons[0]
    driver.switch_to.active_element.send_keys(str(right["correct"] + 1))
    wait_for(lambda: by_id("result").is_displayed())
    assert by_id("verdict").text == "Right."
    assert progress() == {"seen": "4", "right": "3", "wrong": "1"}

    # No request left the file, and the policy never had to block anything.
    assert driver.execute_script("return window.__violations") == []
    assert [u for u in requested_urls(driver) if u != page.as_uri()] == []
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []
