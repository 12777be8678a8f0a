#!/usr/bin/env python3
"""Python time of a build, Kiwi's results replayed: to compare two versions of the code.

Usage: .venv/bin/python bench/replay.py [--notes 1000] [--runs 3] [--folder DIR]

End-to-end builds on a shared machine move by a tenth or more from run to
run, mostly in Kiwi's time, which no change to notequiz's own code touches.
This script takes Kiwi out: it builds every note once (recording each of
Kiwi's answers), then builds them all ``--runs`` more times in this process,
pinned to one CPU, with Kiwi's answers replayed from memory and the garbage
collector set as a build sets it, and prints the CPU seconds of those runs:
what the rest of the pipeline (reading, parsing, the rules, phrasing,
selection) costs.

The notes are those ``bench/throughput.py`` makes (``--notes`` of them, from
``../shared/corpus`` and ``sample_notes/``), or the Markdown files under
``--folder``. To compare two commits, run this script alternately from each
checkout (a worktree of each): it measures the notequiz beside it, a few times each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The notequiz of this checkout, whichever one the venv was installed from: comparing two
# commits means running this script from each.
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=1000, help="notes to generate")
    parser.add_argument("--runs", type=int, default=3, help="timed builds (after the first)")
    parser.add_argument("--folder", type=Path, help="build these notes instead")
    parser.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()

    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import gc

    import notequiz.analyze.morphemes as morphemes
    from notequiz.pipeline import BuildOptions, build_file

    # As a build runs its notes (``GC_THRESHOLD``, where the code has it).
    gc.set_threshold(*getattr(sys.modules["notequiz.pipeline"], "GC_THRESHOLD", gc.get_threshold()))

    kiwi = morphemes.get_kiwi()
    answers: dict[Any, Any] = {}

    class Replay:
        """Kiwi's ``tokenize``, each answer computed once and then replayed."""

        def tokenize(self, texts: Any) -> Any:
            key = texts if isinstance(texts, str) else tuple(texts)
            if key not in answers:
                answers[key] = (kiwi.tokenize(key) if isinstance(key, str)
                                else list(kiwi.tokenize(list(key))))
            return answers[key]

    replay = Replay()
    morphemes._analyser = lambda: replay  # the one place the pipeline asks Kiwi

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder
        if folder is None:
            sys.path.insert(0, str(HERE))
            from throughput import make_corpus, source_notes

            folder = Path(tmp)
            make_corpus(folder, source_notes(args.corpus, "ko"), args.notes)
        files = sorted(str(p) for p in folder.rglob("*.md"))
        root, options = str(folder), BuildOptions()
        cards = sum(len(build_file(f, root, options).cards) for f in files)
        times = []
        for _ in range(args.runs):
            started = time.process_time()
            for f in files:
                build_file(f, root, options)
            times.append(time.process_time() - started)
    print(f"{len(files)} notes, {cards} cards: Python time with Kiwi replayed "
          f"min {min(times):.2f} s, median {statistics.median(times):.2f} s "
          f"({', '.join(f'{t:.2f}' for t in times)}); code from "
          f"{Path(morphemes.__file__).parent.parent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
