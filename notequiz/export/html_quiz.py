"""A one-file HTML quiz (``.html``): study the cards in any browser, offline.

The page is self-contained: its style and script are inline, it loads no
font, image or script from anywhere, and its Content-Security-Policy forbids
every fetch (``default-src 'none'``) and every script but its own (by hash),
so not even a mistake in the page could reach the network.

Cards are data, never markup. They are embedded as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (note text cannot close the
block), and the page puts every piece of text on screen with
``textContent``; a note holding ``<script>`` or ``onerror=`` shows it as
text. Even if it did not, the policy would block inline handlers and any
script whose hash is not the page's own.

The page asks every prompt of every card (see :func:`notequiz.distractors.prompts`)
by typed answer or multiple choice, grades typed answers leniently (case,
spacing, punctuation and a small typo budget), shows each card's source
after answering, and keeps progress in ``localStorage`` under the prompt keys,
so a rebuilt page keeps it. ``--choices N`` sets the number of options
(default :data:`DEFAULT_CHOICES`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any, BinaryIO

from notequiz.distractors import Blank, Prompt, arrange, prompt_distractors, prompts
from notequiz.errors import ExportError
from notequiz.export import ExportOptions
from notequiz.export.apkg import deck_name
from notequiz.model import Card, Note

DEFAULT_CHOICES = 4
"""Options per multiple-choice question when ``--choices`` is not given."""

FORMAT = "notequiz-quiz/1"
"""Version of the embedded JSON, for anyone reading it back out of a page."""

_PLACEHOLDER = re.compile(r"%%(LANG|CSP|TITLE|DATA|SCRIPT)%%")

# Characters that could end the JSON block or start markup, and the two line
# separators that are valid in JSON but not in older JavaScript string literals.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def write(cards: Sequence[Card], notes: Sequence[Note], out: BinaryIO,
          options: ExportOptions) -> None:
    """Exporter entry point (see ``notequiz.export.FORMATS``)."""
    out.write(render(cards, notes, options.choices or DEFAULT_CHOICES, options.deck))


def render(cards: Sequence[Card], notes: Sequence[Note] = (), choices: int = DEFAULT_CHOICES,
           deck: str | None = None) -> bytes:
    """The quiz page for ``cards`` as UTF-8 bytes (same cards, same bytes)."""
    document = quiz_data(cards, notes, choices, deck)
    script = _template("quiz.js")
    if re.search(r"</script|<!--", script, re.IGNORECASE):
        raise ExportError("quiz.js must not contain '</script' or '<!--'")
    values = {
        "LANG": html.escape(_main_lang(cards), quote=True),
        "CSP": html.escape(content_security_policy(script), quote=False),
        "TITLE": html.escape(document["title"], quote=False),
        "DATA": embed_json(document),
        "SCRIPT": script,
    }
    # One pass, so text substituted in is never searched for placeholders.
    page = _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template("quiz.html"))
    return page.encode("utf-8")


def quiz_data(cards: Sequence[Card], notes: Sequence[Note] = (),
              choices: int = DEFAULT_CHOICES, deck: str | None = None) -> dict[str, Any]:
    """The JSON document the page reads: a title and one entry per prompt."""
    asked = [p for card in cards for p in prompts(card)]
    return {
        "format": FORMAT,
        "title": title(cards, notes, deck),
        "prompts": [prompt_entry(p, asked, choices, deck) for p in asked],
    }


def prompt_entry(prompt: Prompt, pool: Sequence[Prompt], choices: int,
                 deck: str | None = None) -> dict[str, Any]:
    """One prompt as the page uses it: text, answers, options and source."""
    card = prompt.card
    items = list(card.items) if prompt.side == "front" and card.kind in ("list", "steps") else []
    blanks = [s for s in prompt.segments if isinstance(s, Blank)]
    if len(blanks) > 1:
        items = [b.answer for b in blanks]
    entry: dict[str, Any] = {
        "key": prompt.key,
        "card": card.id,
        "kind": card.kind,
        "side": prompt.side,
        "deck": deck_name(card, deck),
        "lang": card.lang,
        "q": prompt.question,
        "a": prompt.answer,
        "items": items,
        "ordered": card.kind != "list",
        "segs": [
            ["b", s.answer, s.hint] if isinstance(s, Blank) else ["t", s]
            for s in prompt.segments
        ],
        "choices": [],
        "correct": -1,
        "src": {
            "path": card.source.path,
            "line": card.source.line_start,
            "end": card.source.line_end,
            "section": list(card.section),
            "rule": card.rule,
            "text": card.source.text,
        },
    }
    wrong = prompt_distractors(prompt, pool, choices - 1) if choices > 1 else ()
    if wrong:
        options = arrange(prompt.key, prompt.answer, wrong)
        entry["choices"] = list(options.options)
        entry["correct"] = options.correct
    return entry


def title(cards: Sequence[Card], notes: Sequence[Note], deck: str | None = None) -> str:
    """The page title: the deck (or the only note's title) and the number of cards."""
    decks = sorted({deck_name(c, deck) for c in cards})
    if len(notes) == 1 and notes[0].title:
        name = notes[0].title
    elif len(decks) == 1:
        name = decks[0]
    else:
        name = "notequiz"
    count = f"{len(cards)} card" + ("" if len(cards) == 1 else "s")
    return f"{name} — {count}"


def embed_json(obj: Any) -> str:
    """``obj`` as JSON that is safe inside a ``<script>`` element and in HTML."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return "".join(_JSON_ESCAPES.get(ch, ch) for ch in text)


def content_security_policy(script: str) -> str:
    """The page's policy: no fetch of any kind, only its own inline script and style."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return "; ".join((
        "default-src 'none'",
        f"script-src 'sha256-{digest}'",
        "style-src 'unsafe-inline'",
        "img-src 'none'",
        "font-src 'none'",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ))


def _main_lang(cards: Sequence[Card]) -> str:
    langs = [c.lang for c in cards if c.lang]
    return max(sorted(set(langs)), key=langs.count) if langs else "en"


def _template(name: str) -> str:
    return resources.files("notequiz.export").joinpath("templates", name).read_text("utf-8")
