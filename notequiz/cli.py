"""The command line: thin typer commands that call plain functions.

Domain errors become one line on standard error and a non-zero exit; a
traceback is a bug. Heavy modules (spaCy, Kiwi, genanki) are imported inside
the commands that need them, so ``notequiz --help`` and commands that only
read saved cards start fast.
"""

from __future__ import annotations

import sys
from typing import Annotated, NoReturn

import typer

from notequiz import __version__
from notequiz.cli_quiz import register as register_quiz
from notequiz.errors import NotequizError

app = typer.Typer(
    name="notequiz",
    help="Turn Markdown notes into study cards: Anki decks, JSON, and a terminal quiz.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[list[str], typer.Argument(help="Note files or folders (searched recursively).")]


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"notequiz: {message}", err=True)
    raise typer.Exit(code)


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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Build cards from notes and write them as an Anki deck, JSON, …"""
    from notequiz.export import ExportOptions, export, format_for
    from notequiz.pipeline import BuildOptions
    from notequiz.pipeline import build as run_build

    try:
        target = format_for(output, fmt)
        result = run_build(paths, BuildOptions(automatic=not marked_only))
        failed = _report_problems(result.problems)
        if not result.notes and failed:
            _fail("no note could be read; nothing written", 1)
        export(result.cards, result.notes, output, target,
               ExportOptions(deck=deck, choices=choices))
    except NotequizError as exc:
        _fail(str(exc))
    if not quiet and output != "-":
        typer.echo(
            f"{len(result.notes)} notes, {len(result.cards)} cards -> {output}"
            + (f" ({failed} skipped)" if failed else ""),
            err=True,
        )
    if failed:
        raise typer.Exit(1)


@app.command()
def show(
    paths: Paths,
    marked_only: Annotated[
        bool, typer.Option("--marked-only", help="Only hand-marked cards (Q::A, clozes).")
    ] = False,
    html: Annotated[
        str | None,
        typer.Option("--html", help="Also write a report: each note with its card spans marked."),
    ] = None,
) -> None:
    """Print the cards a build would make, with where each came from."""
    from rich.console import Console
    from rich.table import Table

    from notequiz.pipeline import BuildOptions
    from notequiz.pipeline import build as run_build

    result = run_build(paths, BuildOptions(automatic=not marked_only))
    failed = _report_problems(result.problems)
    title = f"{len(result.cards)} cards from {len(result.notes)} notes"
    table = Table(show_lines=True, title=title)
    table.add_column("question")
    table.add_column("answer")
    table.add_column("source", style="dim")
    for card in result.cards:
        where = f"{card.source.path}:{card.source.line_start}"
        if card.section:
            where += "\n" + " › ".join(card.section)
        table.add_row(card.question, card.answer, f"{where}\n{card.rule}")
    Console().print(table)
    if html:
        from notequiz.report import write_report

        try:
            write_report(result, html)
        except NotequizError as exc:
            _fail(str(exc))
    if failed:
        raise typer.Exit(1)


@app.command()
def rules() -> None:
    """List the extraction rules: id, kind and what each one finds."""
    from rich.console import Console
    from rich.table import Table

    from notequiz.extract import catalogue

    table = Table(title="extraction rules")
    table.add_column("id")
    table.add_column("kind")
    table.add_column("finds")
    for rule in catalogue():
        table.add_row(f"{rule.id}@{rule.version}", rule.kind, rule.description)
    Console().print(table)


register_quiz(app)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("notequiz: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
