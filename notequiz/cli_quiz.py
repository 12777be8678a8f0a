"""The ``quiz`` and ``stats`` commands, added to the main app by ``register``.

Thin commands: the work lives in ``notequiz.quiz``. Everything beyond typer
is imported inside the commands, and the build pipeline (spaCy, Kiwi) only
when a path is a note rather than a JSON export, so quizzing from an export
starts in a fraction of a second.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Annotated, NoReturn

import typer

from notequiz.errors import shown_path
from notequiz.interrupts import INTERRUPTED, TERMINATED

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        envvar="NOTEQUIZ_STORE",
        help="Progress database (default: progress.sqlite3 in the user data folder).",
        show_default=False,
    ),
]
DeckOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--deck", help="Only this deck and its sub-decks (repeatable).", show_default=False
    ),
]
NowOpt = Annotated[
    str | None,
    typer.Option("--now", hidden=True, help="Pretend it is this ISO date-time (for tests)."),
]


def warn(message: str) -> None:
    """Print ``message`` as one line of notequiz's on standard error.

    What the message quotes of a file name is shown as ``shown_path`` shows
    it: a byte that is not UTF-8 as ``\\xff``, a control character escaped.
    """
    typer.echo(f"notequiz: {shown_path(message)}", err=True)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``message`` as notequiz's one-line error (``warn``) and exit with ``code``."""
    warn(message)
    raise typer.Exit(code)


def needs_stdout() -> None:
    """Stop with one line when standard output is closed (``>&-``): what the command
    shows would be lost, and the command would seem to have worked."""
    if sys.stdout is None:
        fail("standard output is closed")


def _now(value: str | None) -> datetime:
    from notequiz.quiz.schedule import utc

    if value is None:
        return utc(datetime.now().astimezone())
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--now: not an ISO date-time: {value!r}")
    # A naive time is local time, as a user would mean it.
    return utc(moment if moment.tzinfo else moment.astimezone())


def quiz(
    paths: Annotated[list[str], typer.Argument(help="JSON exports, note files or folders.")],
    choices: Annotated[
        int, typer.Option("--choices", "-c", help="Multiple choice with N options (2-9).")
    ] = 0,
    flip: Annotated[
        bool, typer.Option("--flip", help="Show the answer, then grade yourself.")
    ] = False,
    new: Annotated[int, typer.Option("--new", help="At most N new cards.")] = 20,
    limit: Annotated[
        int | None, typer.Option("--limit", help="At most N cards in all.", show_default=False)
    ] = None,
    deck: DeckOpt = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", help="Only cards with this tag (repeatable).", show_default=False),
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Seed for a repeatable order.", show_default=False)
    ] = None,
    store: StoreOpt = None,
    marked_only: Annotated[
        bool, typer.Option("--marked-only", help="From notes: only hand-marked cards.")
    ] = False,
    now: NowOpt = None,
) -> None:
    """Quiz yourself: due cards first, then new ones; progress is saved after every answer."""
    from rich.console import Console
    from rich.text import Text

    from notequiz.errors import NotequizError
    from notequiz.quiz.plan import Filter, PlanOptions, plan
    from notequiz.quiz.schedule import humanize, utc
    from notequiz.quiz.session import (
        ConsoleTerminal,
        Mode,
        Session,
        SessionOptions,
        summary_lines,
    )
    from notequiz.quiz.source import load_cards
    from notequiz.quiz.store import Store

    if flip and choices:
        fail("--flip and --choices cannot be used together")
    if choices and not 2 <= choices <= 9:
        fail("--choices takes 2 to 9 options")
    if new < 0 or (limit is not None and limit < 0):
        fail("--new and --limit cannot be negative")
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        fail("standard input is closed: the quiz reads the answers from it")
    needs_stdout()
    start = _now(now)
    mode: Mode = "flip" if flip else "choice" if choices else "typed"

    try:
        loaded = load_cards(paths, marked_only=marked_only)
    except NotequizError as exc:
        fail(str(exc))
    for problem in loaded.problems:
        typer.echo(str(problem), err=True)
    if not loaded.cards:
        fail("no cards to study in " + ", ".join(paths), 1)

    try:
        from notequiz.export import refuse_inputs  # a store is written like an output

        refuse_inputs(str(store) if store else "", loaded.inputs)
        progress_store = Store.open(store)
    except NotequizError as exc:
        fail(str(exc))
    console = Console(highlight=False, emoji=False)
    with progress_store:
        try:
            progress = progress_store.progress(c.id for c in loaded.cards)
            options = PlanOptions(
                new=new, limit=limit, seed=seed, only=Filter(tuple(deck or ()), tuple(tag or ()))
            )
            chosen = plan(loaded.cards, progress, start, options)
            if not chosen.cards:
                # Why, worked out only now: the plan has filtered the cards once already.
                wanted = [c for c in loaded.cards if options.only.accepts(c)]
                if not wanted:
                    asked = [*(f"--deck {d}" for d in deck or ()),
                             *(f"--tag {t}" for t in tag or ())]
                    fail(f"no card matches {' '.join(asked)}", 1)
                upcoming = [p.due for c in wanted if (p := progress.get(c.id)) and p.due > start]
                message = "Nothing due."
                if upcoming:
                    soonest = min(upcoming)
                    message += (
                        f" Next due: {soonest.astimezone():%Y-%m-%d %H:%M}"
                        f" (in {humanize(soonest - start)})."
                    )
                console.print(Text(message), soft_wrap=True)
                return
            intro = Text(f"{len(chosen.due)} due, {len(chosen.new)} new", style="bold")
            hidden = chosen.due_total + chosen.new_total - len(chosen.cards)
            if hidden:
                intro.append(f" ({hidden} more left for later)", style="dim")
            intro.append(f" · {mode} · q quits · store: {shown_path(str(progress_store.path))}",
                         style="dim")
            console.print(intro, soft_wrap=True)

            fixed = now is not None

            def clock() -> datetime:
                # With --now the whole session happens at that moment.
                return start if fixed else utc(datetime.now().astimezone())

            session = Session(
                chosen.cards,
                loaded.cards,
                progress_store,
                ConsoleTerminal(console),
                SessionOptions(mode=mode, choices=choices or 4),
                clock,
            )
            summary = session.run()
            console.print()
            for line in summary_lines(summary, clock()):
                console.print(line, soft_wrap=True)
        except NotequizError as exc:
            fail(str(exc))
    if summary.interrupted:
        raise typer.Exit(TERMINATED if summary.terminated else INTERRUPTED)


def stats(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Exports or notes: count their new cards too (optional).", show_default=False
        ),
    ] = None,
    store: StoreOpt = None,
    deck: DeckOpt = None,
    days: Annotated[int, typer.Option("--days", help="Days of forecast.")] = 7,
    now: NowOpt = None,
) -> None:
    """Show what is due per deck, a forecast of the coming days, and the retention so far."""
    from notequiz.errors import NotequizError
    from notequiz.quiz.source import load_cards
    from notequiz.quiz.stats import compute, show
    from notequiz.quiz.store import Store

    if not 1 <= days <= 366:
        fail("--days takes 1 to 366")
    needs_stdout()
    moment = _now(now)
    cards = None
    try:
        if paths:
            loaded = load_cards(paths)
            for problem in loaded.problems:
                typer.echo(str(problem), err=True)
            cards = loaded.cards
        with Store.open(store, writing=False) as progress_store:
            if progress_store.missing:
                warn(f"{progress_store.path}: no progress store yet "
                     "(notequiz quiz makes it)")
            result = compute(progress_store, moment, cards, tuple(deck or ()), days)
    except NotequizError as exc:
        fail(str(exc))
    show(result)


def register(app: typer.Typer) -> None:
    """Add the ``quiz`` and ``stats`` commands to ``app``."""
    app.command("quiz")(quiz)
    app.command("stats")(stats)
