"""The interactive quiz loop: ask, grade, show the answer and its source, rate, save.

Terminal input and output go through a small ``Terminal`` protocol, so the
loop runs the same against a real terminal (``ConsoleTerminal``) and a
scripted one in tests. Each rating is saved to the store before the next
card is shown, so an interruption loses at most the card on screen.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

from rich.console import Console
from rich.text import Text

from notequiz.errors import Terminated, printable
from notequiz.model import Card
from notequiz.quiz.grade import Verdict, grade, key
from notequiz.quiz.schedule import Progress, Rating, State, humanize, preview, review, utc
from notequiz.quiz.store import CardInfo, Review, Store

Mode = Literal["typed", "choice", "flip"]
ENTER = "\n"
QUIT = "q"
_QUIT_WORDS = ("q", ":q", "/q")


class Terminal(Protocol):
    """What the loop needs from a terminal."""

    def show(self, text: Text | str = "") -> None:
        """Print a line (``Text`` keeps its styles; ``str`` is plain, never markup)."""

    def read_line(self, prompt: str) -> str:
        """Read a typed line; raise ``EOFError`` when input is closed."""

    def read_key(self, prompt: Text | str, keys: str) -> str:
        """Read one of ``keys`` (``\\n`` is Enter); raise ``EOFError`` when input is closed."""


def _safe(text: Text | str) -> Text:
    """``text`` with its control characters made visible: a card's text comes from
    someone's note or export, and must not clear the screen or retitle the window."""
    safe = text.copy() if isinstance(text, Text) else Text(text)
    safe.plain = printable(safe.plain)
    return safe


class ConsoleTerminal:
    """A real terminal: rich output, line input, and single keys without Enter."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(highlight=False, emoji=False)
        self._tty = sys.stdin.isatty()
        if self._tty:
            # Line editing (and sane backspace over Hangul) for typed answers.
            with contextlib.suppress(ImportError):
                import readline  # noqa: F401

    def show(self, text: Text | str = "") -> None:
        """Print one line."""
        # Soft wrap: the terminal wraps long lines itself, so a path or an
        # answer is never cut by an inserted line break.
        self.console.print(_safe(text), soft_wrap=True)

    def read_line(self, prompt: str) -> str:
        """Read a line after a plain prompt (readline must know the prompt's width)."""
        try:
            line = input(prompt)
        except OSError:
            raise EOFError from None
        # Bytes that are no UTF-8 (a terminal set to another encoding) come as
        # lone surrogates, which no text file or database takes: shown as U+FFFD.
        return line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def read_key(self, prompt: Text | str, keys: str) -> str:
        """Wait for one of ``keys``; other keys are ignored."""
        self.console.print(_safe(prompt), end="", soft_wrap=True)
        sys.stdout.flush()
        while True:
            char = self._key()
            if char in ("\r", "\n"):
                char = ENTER
            if char.lower() in keys:
                self.console.print(Text("⏎" if char == ENTER else char))
                return char.lower()

    def _key(self) -> str:
        if not self._tty:
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            return line[0]
        import termios
        import tty

        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
        try:
            # cbreak: one key at a time, no echo; Ctrl-C still raises KeyboardInterrupt.
            tty.setcbreak(fd)
            data = b""
            while True:
                try:
                    chunk = os.read(fd, 1)
                except OSError:
                    raise EOFError from None
                if not chunk or chunk == b"\x04":
                    raise EOFError
                data += chunk
                try:
                    return data.decode("utf-8")
                except UnicodeDecodeError:
                    if len(data) >= 4:
                        return "\ufffd"
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)


# --- Results -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Answered:
    """One card answered in the session."""

    card_id: str
    rating: Rating
    right: bool
    due: datetime


@dataclass(frozen=True, slots=True)
class Summary:
    """What a session did, for the closing report and the exit code."""

    answered: tuple[Answered, ...]
    planned: int
    quit: bool = False
    """Stopped by the user (``q`` or end of input) before the last card."""
    interrupted: bool = False
    """Stopped by Ctrl-C or SIGTERM."""
    terminated: bool = False
    """Stopped by SIGTERM (``interrupted`` too)."""
    next_due: datetime | None = None
    """The earliest due date among all cards studied from these inputs."""
    due_within_day: int = 0

    @property
    def right(self) -> int:
        """Cards answered right (after any overrule; in flip mode, not rated Again)."""
        return sum(1 for a in self.answered if a.right)

    @property
    def wrong(self) -> int:
        """Cards answered wrong."""
        return len(self.answered) - self.right


@dataclass(frozen=True, slots=True)
class SessionOptions:
    """How cards are asked."""

    mode: Mode = "typed"
    choices: int = 4
    """Options per card in ``choice`` mode, the right one included."""


class _Quit(Exception):
    """The user asked to stop."""


# --- The loop ------------------------------------------------------------------------


def source_line(card: Card) -> str:
    """``file:line · heading › subheading``: where the card's answer is written."""
    where = card.source.path or "?"
    if card.source.line_start:
        where += f":{card.source.line_start}"
    if card.section:
        where += " · " + " › ".join(card.section)
    return where


def _expected(card: Card) -> Text:
    text = Text("Answer: ", style="bold")
    if len(card.items) > 1 and card.kind in ("list", "steps", "cloze"):
        numbered = card.kind != "list"
        for i, item in enumerate(card.items, 1):
            text.append(f"\n  {f'{i}.' if numbered else '•'} {item}")
    else:
        text.append(card.answer)
    return text


def _hint(card: Card) -> str:
    n = len(card.items)
    if n < 2:
        return ""
    if card.kind == "list":
        return f"({n} items, any order, separated by ; or ,)"
    if card.kind == "steps":
        return f"({n} steps, in order, separated by ; or ,)"
    if card.kind == "cloze":
        return f"({n} blanks, in order, separated by ;)"
    return ""


class Session:
    """One quiz session over planned cards; ``run`` asks them all or until stopped."""

    def __init__(
        self,
        cards: Sequence[Card],
        pool: Sequence[Card],
        store: Store,
        terminal: Terminal,
        options: SessionOptions,
        clock: Callable[[], datetime],
    ) -> None:
        self.cards = tuple(cards)
        self.pool = tuple(pool)
        self.store = store
        self.term = terminal
        self.options = options
        self.clock = clock

    def run(self) -> Summary:
        """Ask every card; Ctrl-C, ``q`` or closed input stop early, keeping all ratings given."""
        done: list[Answered] = []
        quit_early = interrupted = terminated = False
        try:
            for i, card in enumerate(self.cards, 1):
                done.append(self._ask(card, i))
        except _Quit:
            quit_early = True
        except EOFError:
            quit_early = True
            self.term.show()
        except KeyboardInterrupt as exc:
            interrupted, terminated = True, isinstance(exc, Terminated)
            self.term.show()
        return self._summary(done, quit_early, interrupted, terminated)

    # One card -------------------------------------------------------------------------

    def _ask(self, card: Card, index: int) -> Answered:
        # Read again, not taken from the plan: another session on the same store
        # (one left open in another terminal) may have answered it since.
        progress = self.store.progress_of(card.id)
        status = "new" if progress is None else _status(progress.state)
        header = Text(f"[{index}/{len(self.cards)}] ", style="bold cyan")
        deck = printable(card.deck, lines=False)  # a folder's name may hold a line break
        header.append(" · ".join(x for x in (deck, status) if x), style="dim")
        self.term.show()
        self.term.show(header)
        self.term.show(Text(card.question, style="bold"))
        started = time.monotonic()

        mode = self.options.mode
        choices = None
        if mode == "choice":
            from notequiz.quiz.choices import make_choices

            choices = make_choices(card, self.pool, self.options.choices)
            if len(choices.options) < 2:
                # Nothing of the same kind to choose from: type the answer instead.
                self.term.show(Text("(no other answers of this kind: type it)", style="dim"))
                mode = "typed"

        verdict: Verdict | None
        given = ""
        if mode == "typed":
            hint = _hint(card)
            if hint:
                self.term.show(Text(hint, style="dim"))
            given = self.term.read_line("› ")
            if given.strip().lower() in _QUIT_WORDS and key(card.answer) != "q":
                raise _Quit
            verdict = grade(card, given)
        elif mode == "choice" and choices is not None:
            for n, option in enumerate(choices.options, 1):
                self.term.show(Text(f"  {n}) {option}"))
            keys = "".join(str(n) for n in range(1, len(choices.options) + 1))
            picked = self.term.read_key(f"Choose 1-{len(choices.options)} (q quits): ", keys + QUIT)
            if picked == QUIT:
                raise _Quit
            given = choices.options[int(picked) - 1]
            right = int(picked) - 1 == choices.correct
            verdict = Verdict(right, right)
        else:
            if self.term.read_key("Enter shows the answer (q quits) ", ENTER + " " + QUIT) == QUIT:
                raise _Quit
            verdict = None
        elapsed = int((time.monotonic() - started) * 1000)

        if verdict is not None:
            self.term.show(_verdict_text(verdict))
        self.term.show(_expected(card))
        self.term.show(Text("Source: " + source_line(card), style="dim"))

        now = utc(self.clock())
        rating, right, overruled = self._rate(card, progress, verdict, now)
        # And once more: the question may have waited on screen for hours.
        progress = self.store.progress_of(card.id)
        after = review(progress, card.id, rating, now)
        self.store.record(
            Review(
                card_id=card.id,
                at=now,
                rating=rating,
                verdict="self" if verdict is None else ("right" if right else "wrong"),
                mode=mode,
                answer=given,
                overruled=overruled,
                state_before=progress.state if progress else None,
                elapsed_ms=elapsed,
            ),
            after,
            CardInfo(card.deck, card.question),
        )
        self.term.show(
            Text(f"→ {rating.label}, next in {humanize(after.due - now)}", style="dim")
        )
        return Answered(card.id, rating, right, after.due)

    def _rate(
        self, card: Card, progress: Progress | None, verdict: Verdict | None, now: datetime
    ) -> tuple[Rating, bool, bool]:
        """Ask for the rating; ``o`` overrules the verdict. Returns (rating, right, overruled)."""
        intervals = preview(progress, card.id, now)
        right = verdict.correct if verdict is not None else True
        overruled = False
        while True:
            suggested = Rating.GOOD if right else Rating.AGAIN
            prompt = Text()
            for r in Rating:
                prompt.append(f"{int(r)} ", style="bold")
                prompt.append(f"{r.label} ({humanize(intervals[r])})  ")
            prompt.append(f"Enter={suggested.label}", style="dim")
            if verdict is not None:
                prompt.append(" · o overrule", style="dim")
            prompt.append(" · q quit: ", style="dim")
            keys = "1234" + ENTER + QUIT + ("o" if verdict is not None else "")
            pressed = self.term.read_key(prompt, keys)
            if pressed == QUIT:
                raise _Quit
            if pressed == "o":
                right = not right
                overruled = not overruled
                self.term.show(
                    Text(f"Overruled: counted as {'right' if right else 'wrong'}.", style="yellow")
                )
                continue
            rating = suggested if pressed == ENTER else Rating(int(pressed))
            if verdict is None:
                right = rating != Rating.AGAIN
            return rating, right, overruled

    # Closing --------------------------------------------------------------------------

    def _summary(self, done: list[Answered], quit_early: bool, interrupted: bool,
                 terminated: bool = False) -> Summary:
        now = utc(self.clock())
        pool_ids = {c.id for c in self.pool}
        progress = self.store.progress(pool_ids)
        dues = [p.due for p in progress.values()]
        upcoming = [d for d in dues if d > now]
        return Summary(
            answered=tuple(done),
            planned=len(self.cards),
            quit=quit_early,
            interrupted=interrupted,
            terminated=terminated,
            next_due=min(upcoming) if upcoming else None,
            due_within_day=sum(1 for d in dues if d <= now + timedelta(days=1)),
        )


def _status(state: State) -> str:
    return {State.LEARNING: "learning", State.REVIEW: "review", State.RELEARNING: "relearning"}[
        state
    ]


def _verdict_text(verdict: Verdict) -> Text:
    if verdict.correct:
        text = Text("✓ Right", style="bold green")
    else:
        text = Text("✗ Wrong", style="bold red")
    if verdict.note:
        text.append(f" ({verdict.note})", style="dim")
    return text


def summary_lines(summary: Summary, now: datetime) -> list[Text]:
    """The closing report: counts, when the answered cards come back, the next due card."""
    now = utc(now)
    lines: list[Text] = []
    head = Text("Session: ", style="bold")
    head.append(f"{len(summary.answered)} answered · ")
    head.append(f"{summary.right} right", style="green")
    head.append(" · ")
    head.append(f"{summary.wrong} wrong", style="red")
    left = summary.planned - len(summary.answered)
    if left and (summary.quit or summary.interrupted):
        head.append(f" · stopped with {left} left", style="dim")
    lines.append(head)
    if summary.answered:
        buckets: dict[str, int] = {}
        for a in sorted(summary.answered, key=lambda a: a.due):
            span = humanize(a.due - now)
            buckets[span] = buckets.get(span, 0) + 1
        lines.append(Text("Back in: " + " · ".join(f"{n} in {s}" for s, n in buckets.items())))
    if summary.next_due is not None:
        local = summary.next_due.astimezone()
        lines.append(
            Text(
                f"Next due: {local:%Y-%m-%d %H:%M} (in {humanize(summary.next_due - now)}); "
                f"{summary.due_within_day} due within a day"
            )
        )
    return lines
