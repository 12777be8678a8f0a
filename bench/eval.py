#!/usr/bin/env python3
"""Score notequiz's cards against the hand-written gold cards of the shared corpus.

Usage: python bench/eval.py [--corpus DIR] [--verbose]

Builds a JSON export for each corpus set (seed, ko, en) with the installed
notequiz, then runs the corpus's own scorer (``eval/score.py``) on it and
prints its figures beside the targets. The corpus lives outside the project
(``../shared`` by default); without it the script says so and exits 0, so a
fresh clone never depends on it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {
    "seed": {"recall": 0.85},
    "ko": {"recall": 0.70, "gold-precision": 0.60, "grounding": 0.98},
    "en": {"recall": 0.65, "gold-precision": 0.55, "grounding": 0.98},
}
CARDS_PER_GOLD = (0.8, 2.0)


def main() -> int:
    here = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=here.parent / "shared")
    parser.add_argument("--verbose", action="store_true", help="list the gold cards missed")
    parser.add_argument("sets", nargs="*", default=["seed", "ko", "en"])
    args = parser.parse_args()
    scorer = args.corpus / "eval" / "score.py"
    if not scorer.exists():
        print(f"no corpus at {args.corpus} (expected eval/score.py); nothing to measure")
        return 0
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            notes = args.corpus / "corpus" / name
            if not notes.is_dir():
                continue
            out = Path(tmp) / f"{name}.json"
            started = time.perf_counter()
            build = subprocess.run(
                [sys.executable, "-m", "notequiz", "build", str(notes), "-o", str(out), "-q"],
                capture_output=True, text=True, check=False,
            )
            took = time.perf_counter() - started
            if build.returncode not in (0, 1) or not out.exists():
                print(f"{name}: build failed\n{build.stderr}")
                ok = False
                continue
            cmd = [sys.executable, str(scorer), str(out), str(notes / "gold"), str(notes)]
            if args.verbose:
                cmd.append("--verbose")
            score = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            figures = dict(re.findall(r"(recall|gold-precision|grounding) ([0-9.]+)", score))
            counts = re.search(r"gold (\d+) cards (\d+)", score)
            if args.verbose:
                print(score)
            n_cards = len(json.loads(out.read_text(encoding="utf-8"))["cards"])
            line = [f"{name:5s}", f"build {took:5.1f}s", f"cards {n_cards:4d}"]
            for key, value in figures.items():
                target = TARGETS.get(name, {}).get(key)
                mark = "" if target is None else (" ok" if float(value) >= target else " LOW")
                if target is not None and float(value) < target:
                    ok = False
                line.append(f"{key} {value}" + (f" (>= {target}{mark})" if target else ""))
            if counts and name != "seed":
                ratio = int(counts.group(2)) / max(int(counts.group(1)), 1)
                lo, hi = CARDS_PER_GOLD
                line.append(f"cards/gold {ratio:.2f} ({lo}-{hi}"
                            f"{' ok' if lo <= ratio <= hi else ' OUT'})")
            print("  ".join(line))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
