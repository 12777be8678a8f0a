"""The command line: thin typer commands that call plain functions.

Domain errors become one line on standard error and a non-zero exit; a
traceback is a bug. Heavy modules (spaCy, Kiwi, genanki) are imported inside
the commands that need them, so ``notequiz --help`` and commands that only
read saved cards start fast.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from notequiz import __version__
from notequiz.cli_quiz import fail as _fail
from notequiz.cli_quiz import needs_stdout
from notequiz.cli_quiz import register as register_quiz
from notequiz.cli_quiz import warn as _warn
from notequiz.errors import NotequizError, counted, shown_path
from notequiz.interrupts import INTERRUPTED, TERMINATED, on_sigterm, stop

__all__ = ["INTERRUPTED", "TERMINATED", "app", "main"]


class _Group(TyperGroup):
    """The command group: an interrupted command ends with one line, not in silence.

    typer turns a ``KeyboardInterrupt`` into a bare exit 130 (older versions:
    "Aborted!" and status 1), whether it was Ctrl-C or SIGTERM, which says
    nothing of what happened to the output. It is caught here, inside typer:
    while the arguments are read, and once a command's own clean-up
    (``finally`` blocks, the temporary output removed) has run.
    """

    # ctx is a click Context; which class that is depends on the typer version
    # (newer ones bundle their own click), hence Any.
    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        """Read the arguments; Ctrl-C or SIGTERM meanwhile becomes one line on stderr."""
        try:
            return super().make_context(*args, **kwargs)
        except (KeyboardInterrupt, RuntimeError) as exc:
            stop(exc)

    def invoke(self, ctx: Any) -> Any:
        """Run the command; Ctrl-C or SIGTERM becomes one line on stderr."""
        try:
            return super().invoke(ctx)
        except (KeyboardInterrupt, RuntimeError) as exc:
            stop(exc)


app = typer.Typer(
    cls=_Group,
    name="notequiz",
    help="Turn Markdown notes into study cards: Anki decks, JSON, and a terminal quiz.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[list[str], typer.Argument(help="Note files or folders (searched recursively).")]
NoContext = Annotated[
    bool, typer.Option("--no-context", help="Ask questions as the rules phrase them, without "
                                              "the note and section in brackets.")]


def _report_problems(problems: object) -> int:
    count = 0
    for problem in problems:  # type: ignore[attr-defined]
        typer.echo(str(problem), err=True)
        count += 1
    return count


def _version(value: bool) -> None:
    if value:
        typer.echo(f"notequiz {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Turn Markdown notes into study cards."""


@app.command()
def build(
    paths: Paths,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Output file, or - for JSON on stdout.")
    ],
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="Output format (default: from the suffix).")
    ] = None,
    deck: Annotated[str | None, typer.Option(help="Deck name for every card.")] = None,
    choices: Annotated[
        int,
        typer.Option("--choices", "-c", min=0, max=9,
                     help="Multiple choice with N options (GIFT, HTML quiz); 0 for typed answers."),
    ] = 0,
    marked_only: Annotated[
        bool, typer.Option("--marked-only", help="Only hand-marked cards (Q::A, clozes).")
    ] = False,
    no_context: NoContext = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0,
                     help="Analyse notes in N worker processes (0: one per core; never "
                          "more than the cores); "
                          "builds of less than 512 kB run in this process, with Kiwi "
                          "loading beside it on a second core."),
    ] = 1,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Build every note again; do not use the cache.")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="List the cards new, changed and removed since the "
                                          "last build of this output.")
    ] = False,
) -> None:
    """Build cards from notes and write them as an Anki deck, JSON, …"""
    import os
    import threading
    from pathlib import Path

    from notequiz.cache import (
        BuildRecord,
        Changes,
        NoteCache,
        Previous,
        build_record,
        cache_dir,
        compare,
        fingerprint,
        previous_build_later,
    )
    from notequiz.collector import fewer_collections, paused
    from notequiz.export import (
        Ahead,
        ExportOptions,
        check_target,
        export,
        format_for,
        refuse_inputs,
    )
    from notequiz.model import deck_path
    from notequiz.pipeline import BuildOptions
    from notequiz.pipeline import build as run_build

    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
            os.cpu_count() or 1)
    # A progress bar on standard error, shown only once a build has taken half a
    # second (a build from the cache is over before that) and only on a terminal
    # that can redraw it (TERM=dumb cannot: it would leave an empty line behind).
    on_start = on_note = stop_bar = None
    console = None
    if not quiet and sys.stderr.isatty():
        from rich.console import Console

        console = Console(stderr=True)
    if console is not None and not console.is_dumb_terminal:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        bar = Progress("building", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       console=console, transient=True)
        task = bar.add_task("notes", total=None)
        lock, stopped = threading.Lock(), threading.Event()

        def show_bar() -> None:
            with lock:
                if not stopped.is_set():
                    bar.start()

        timer = threading.Timer(0.5, show_bar)
        timer.daemon = True

        def on_start(total: int) -> None:
            bar.update(task, total=total)
            timer.start()

        def on_note(path: str) -> None:
            bar.advance(task)

        def stop_bar() -> None:
            timer.cancel()
            with lock:
                stopped.set()
                bar.stop()

    # The collector thresholds of the build hold for its export and record as well
    # (``notequiz.collector``): their cards are many long-lived objects that make no
    # cycles, and the collector is paused while they are only written.
    with fewer_collections(freeze=True):  # this process does nothing else
        if deck is not None and not deck_path(deck):
            _fail(f"--deck '{shown_path(deck)}' names no deck")
        folder = cache_dir()
        cache = None if no_cache or folder is None else NoteCache(folder)
        try:
            target = format_for(output, fmt)
            if output != "-":
                check_target(Path(output))  # a bad -o fails now, not after the build
            previous = previous_build_later(output, folder) if output != "-" else None
            # The cached cards' parts of the output are made while a rebuild waits for Kiwi.
            ahead = Ahead(target)
            try:
                options = BuildOptions(automatic=not marked_only, context=not no_context)
                result = run_build(paths, options, on_note, cache=cache, jobs=jobs,
                                   on_start=on_start, on_cached=ahead.add)
            finally:
                if stop_bar is not None:
                    stop_bar()
                if cache is not None:
                    cache.close()
            if cache is not None and cache.warning and not quiet:
                _warn(f"cache: {cache.warning}")
            failed = _report_problems(result.problems)
            if not quiet:
                _report_problems(result.notices)
            if not result.notes and (failed or output != "-"):
                # An empty or mistyped folder must not wipe out the last good output.
                _fail("no note could be read; nothing written" if failed else
                      "no notes found (*.md, *.markdown); nothing written", 1)
            changes: Changes | None = None
            record: BuildRecord | None = None
            if output != "-":
                # A card moved by --deck has changed for the learner, as one moved by its note.
                into = deck if target.decks else None
                with paused():  # fingerprints and the record's rows, no cycles
                    prints = [fingerprint(card, into) for card in result.cards]  # computed once
                    last = previous() if previous else Previous(None)
                    if last.trouble and not quiet:
                        _warn(f"cache: {last.trouble}")
                    changes = compare(last.cards, result.cards, prints, into,
                                      lost=bool(last.trouble))
                    record = build_record(output, result.cards, folder, prints, into)
            unrecorded: list[str] = []

            def commit() -> None:  # right after the output is in place, signals held
                if record is not None and (trouble := record.write()):
                    unrecorded.append(trouble)

            refuse_inputs(output, result.inputs())
            with paused():  # the output's text, no cycles
                export(result.cards, result.notes, output, target,
                       ExportOptions(deck=deck, choices=choices, ahead=ahead),
                       committed=commit if record is not None else None)
            if unrecorded and not quiet:
                _warn(f"cache: {unrecorded[0]}")
        except NotequizError as exc:
            _fail(str(exc))
        line = f"{counted(len(result.notes), 'note')}, {counted(len(result.cards), 'card')} -> "
        if changes is None:
            line += "standard output"
            if diff:  # nothing is recorded of what goes to standard output
                line += " (--diff compares only builds written to a file)"
        else:
            line += f"{shown_path(output)}: {changes.summary()}"
            if diff:
                for entry in changes.lines():
                    typer.echo(entry)
        if not quiet:
            typer.echo(line + (f" ({failed} skipped)" if failed else ""), err=True)
        if failed:
            raise typer.Exit(1)


@app.command()
def show(
    paths: Paths,
    marked_only: Annotated[
        bool, typer.Option("--marked-only", help="Only hand-marked cards (Q::A, clozes).")
    ] = False,
    no_context: NoContext = False,
    html: Annotated[
        str | None,
        typer.Option("--html", help="Also write a report: each note with its card spans marked."),
    ] = None,
) -> None:
    """Print the cards a build would make, with where each came from."""
    needs_stdout()
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from notequiz.errors import printable
    from notequiz.pipeline import BuildOptions
    from notequiz.pipeline import build as run_build

    if html:
        from pathlib import Path

        from notequiz.export import check_target

        try:
            check_target(Path(html))  # a bad --html fails now, not after the build
        except NotequizError as exc:
            _fail(str(exc))
    result = run_build(paths, BuildOptions(automatic=not marked_only, context=not no_context))
    failed = _report_problems(result.problems)
    _report_problems(result.notices)
    title = f"{counted(len(result.cards), 'card')} from {counted(len(result.notes), 'note')}"
    table = Table(show_lines=True, title=title)
    table.add_column("question")
    table.add_column("answer")
    # Folded, not cut: the end of a path (the file's name, its line) matters most.
    table.add_column("source", style="dim", overflow="fold")
    here = os.getcwd()
    for card in result.cards:
        where = f"{_near(card.source.path, here)}:{card.source.line_start}"
        if card.section:
            where += "\n" + " › ".join(card.section)
        # Text, not str: a note's "[bold]" or "[/link]" is shown, never read as markup.
        table.add_row(*(Text(printable(t)) for t in (card.question, card.answer,
                                                      f"{where}\n{card.rule}")))
    Console().print(table)
    if html:
        from notequiz.export import refuse_inputs
        from notequiz.report import write_report

        try:
            refuse_inputs(html, result.inputs())
            write_report(result, html)
        except NotequizError as exc:
            _fail(str(exc))
    if failed:
        raise typer.Exit(1)


def _near(path: str, here: str) -> str:
    """``path`` relative to the folder ``here`` when it is inside it, else as it is."""
    try:
        relative = os.path.relpath(path, here)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith(os.pardir) else relative


@app.command()
def rules() -> None:
    """List the extraction rules: id, kind and what each one finds."""
    needs_stdout()
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from notequiz.extract import catalogue

    table = Table(title="extraction rules")
    table.add_column("id")
    table.add_column("kind")
    table.add_column("finds")
    for rule in catalogue():
        # Text, not str: a description quotes note syntax (`[`, `:`), never markup.
        table.add_row(Text(f"{rule.id}@{rule.version}"), Text(rule.kind), Text(rule.description))
    Console(emoji=False).print(table)


register_quiz(app)


def main() -> None:
    """The command line, as the entry point (``notequiz.__main__.main``) runs it once
    it has set the SIGTERM handler; set here as well, for a caller that starts here.

    SIGTERM (``kill``, a closing terminal session, a CI timeout) is handled
    like Ctrl-C: the temporary output is removed and the previous output
    stays as it was (or, when the signal comes as the new output is put in
    place, that and its record are finished first), and the exit is one line
    and status 143.
    """
    signal.signal(signal.SIGTERM, on_sigterm)
    if sys.stderr is None:
        # Started with standard error closed (`2>&-`): messages have nowhere to go,
        # but the command still does its work (a build still writes its output).
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (kept open until the process ends)
    # A terminal in another encoding (euc-kr, ascii) shows what it cannot as "?",
    # and what it sends that is no text of its encoding reaches the quiz's
    # reading of an answer (``ConsoleTerminal.read_line``), rather than ending
    # the command at the first such character.
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "replace"),
                           (sys.stdin, "surrogateescape")):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=errors)
    try:
        try:
            app()
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()  # here, where a full disk can still be told
    except (KeyboardInterrupt, RuntimeError) as exc:
        # A fallback: _Group handles an interruption while the arguments are read
        # and inside a command; this one, while typer makes the command group.
        stop(exc)
    except OSError as exc:
        if exc.filename is not None:
            raise  # every file the commands open is reported by them: a bug
        _unwritable_stdout(exc)


def _unwritable_stdout(exc: OSError) -> NoReturn:
    """End with one line when standard output refuses what a command writes to it
    (a full disk under ``> cards.json``, ``/dev/full``); a broken pipe is click's."""
    with contextlib.suppress(OSError, ValueError):
        # What is still buffered goes nowhere, so Python's own flush at exit
        # does not fail again with a traceback of its own.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    _warn(f"cannot write to standard output ({exc.strerror or exc})")
    sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
