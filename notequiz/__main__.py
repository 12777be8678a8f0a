"""``notequiz`` (the console script) and ``python -m notequiz``."""

from __future__ import annotations

import signal
import sys


def main() -> None:
    """Entry point: the command line, ended by Ctrl-C or SIGTERM with one line.

    Importing the CLI (typer, rich, the commands) takes a tenth of a second;
    a signal meanwhile ends the command as it would later (``interrupts.stop``),
    not with a traceback of the import.
    """
    try:
        from notequiz.interrupts import on_sigterm, stop
    except KeyboardInterrupt:  # Ctrl-C in the first milliseconds (SIGTERM has no handler yet)
        sys.stderr.write("notequiz: interrupted\n")
        sys.exit(130)
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        from notequiz.cli import main as run
    except (KeyboardInterrupt, RuntimeError) as exc:
        stop(exc)
    run()


if __name__ == "__main__":
    main()
