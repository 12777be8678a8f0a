"""``notequiz`` (the console script) and ``python -m notequiz``."""

from __future__ import annotations

import signal
import sys

from notequiz.interrupts import on_sigterm, stop_line


def main() -> None:
    """Entry point: the command line, ended by Ctrl-C or SIGTERM with one line.

    Importing the CLI (typer, rich, the commands) takes a tenth of a second;
    a signal meanwhile ends the command as it would later (``stop_line``),
    not with a traceback of the import.
    """
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        from notequiz.cli import main as run
    except KeyboardInterrupt as exc:
        line, status = stop_line(exc)
        sys.stderr.write(line + "\n")
        sys.exit(status)
    run()


if __name__ == "__main__":
    main()
