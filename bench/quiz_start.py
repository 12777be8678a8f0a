"""How long ``notequiz quiz export.json`` takes to show its first question.

Writes a JSON export of synthetic cards, spawns the real command in a
pseudo-terminal with pexpect, and measures from the spawn until the answer
prompt of the first card appears. Prints every run and the median; the
target is under 0.3 s.

    .venv/bin/python bench/quiz_start.py [--cards 500] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

from notequiz.export.json_export import dumps
from notequiz.model import Card, SourceSpan

TARGET_SECONDS = 0.3
PROMPT = "› "


def make_cards(count: int) -> list[Card]:
    """``count`` simple cards over a few decks."""
    return [
        Card(
            id=f"nqbench{i:09d}",
            kind="explicit",
            question=f"Question {i}?",
            answer=f"answer {i}",
            term=f"term {i}",
            note_key=f"note{i // 20}",
            source=SourceSpan(f"notes/note{i // 20}.md", i % 20 + 1, i % 20 + 1, ""),
            section=(f"Note {i // 20}",),
            rule="md.explicit.qa",
            lang="en",
            deck=f"Deck{i % 5}",
        )
        for i in range(count)
    ]


def command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m notequiz``."""
    script = Path(sys.executable).with_name("notequiz")
    if script.exists():
        return [str(script)]
    found = shutil.which("notequiz")
    return [found] if found else [sys.executable, "-m", "notequiz"]


def measure(export: Path, store: Path) -> float:
    """Seconds from spawning the quiz to its first answer prompt."""
    cmd = command()
    args = [*cmd[1:], "quiz", str(export), "--store", str(store), "--seed", "1"]
    env = dict(os.environ, TERM="dumb")
    started = time.perf_counter()
    child = pexpect.spawn(cmd[0], args, env=env, encoding="utf-8", timeout=30)
    child.expect_exact(PROMPT)
    elapsed = time.perf_counter() - started
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def main() -> int:
    """Run the benchmark; exit 1 when the median misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.json"
        export.write_bytes(dumps(make_cards(args.cards), []))
        # One untimed run warms the OS file cache and creates the store.
        measure(export, Path(tmp) / "warm.sqlite3")
        times = [measure(export, Path(tmp) / f"run{i}.sqlite3") for i in range(args.runs)]
    for i, t in enumerate(times, 1):
        print(f"run {i}: {t * 1000:.0f} ms")
    median = statistics.median(times)
    verdict = "ok" if median < TARGET_SECONDS else "SLOW"
    print(
        f"quiz start ({args.cards} cards): median {median * 1000:.0f} ms, "
        f"best {min(times) * 1000:.0f} ms, target < {TARGET_SECONDS * 1000:.0f} ms: {verdict}"
    )
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
