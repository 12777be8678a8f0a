"""``notequiz`` (the console script) and ``python -m notequiz``."""

from __future__ import annotations

import signal
import sys


def main() -> None:
    """Entry point: the command line, ended by Ctrl-C or SIGTERM with one line.

    Importing the CLI (typer, rich, the commands) takes a tenth of a second;
    a signal meanwhile ends the command as it would later
    (``interrupts.stop_line``), not with a traceback of the import.
    """
    try:
        from notequiz.interrupts import interruption, on_sigterm, stop_line
    except KeyboardInterrupt:  # Ctrl-C in the first milliseconds (SIGTERM has no handler yet)
        sys.stderr.write("notequiz: interrupted\n")
        sys.exit(130)
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        from notequiz.cli import main as run
    except (KeyboardInterrupt, RuntimeError) as exc:
        stop = interruption(exc)
        if stop is None:
            raise
        line, status = stop_line(stop)
        sys.stderr.write(line + "\n")
        sys.exit(status)
    run()


if __name__ == "__main__":
    main()
