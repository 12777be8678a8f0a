#!/usr/bin/env python3
"""How build time grows with pathological input: 1x, 2x and 4x of each case.

Usage: python bench/scaling.py [--scale F] [--case NAME ...] [--memory]

For each case a note is generated at three sizes and built in memory:
decoded, parsed (``parse``) and its cards made with every rule on
(``cards``). Time should roughly double with the size; a case whose time
grows more than 2.5x for a doubling is marked ``SUPERLINEAR``. ``--memory``
also reports the peak of Python allocations (tracemalloc, which slows the run
down). Models are loaded before any timing. Each case runs in its own process,
so one case's memory does not count towards another's.

The tests (tests/test_hostile.py) check that these inputs are handled
correctly; this script is where their cost is measured.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable

KO = "트랜잭션은 데이터베이스의 상태를 변화시키는 작업의 단위이다. "
EN = "A bloom filter is a probabilistic data structure. "


def _front_matter_aliases(n: int) -> str:
    lines = ["w0: &w0 [" + ", ".join(["x"] * 200) + "]"]
    lines += [f"w{i}: &w{i} [" + ", ".join([f"*w{i - 1}"] * 200) + "]" for i in (1, 2)]
    return "---\n" + "\n".join(lines) + "\ntags: [" + ", ".join(["*w2"] * n) + "]\n---\nQ::A\n"


CASES: dict[str, tuple[int, Callable[[int], str]]] = {
    # name: (size at 1x, note text for a size)
    "korean prose, one line": (2_000, lambda n: "# 제목\n\n" + KO * n + "\n"),
    "english prose, one line": (2_000, lambda n: "# Title\n\n" + EN * n + "\n"),
    "korean prose, one line a sentence": (2_000, lambda n: "# 제목\n\n" + (KO + "\n") * n),
    "one word of 'a' (200k at 4x)": (50_000, lambda n: "# T\n\n" + "a" * n + "\n"),
    "one word of Hangul": (50_000, lambda n: "# T\n\n" + "가" * n + "\n"),
    "one word of 'a1'": (25_000, lambda n: "# T\n\n" + "a1" * n + "\n"),
    "unclosed {{": (50_000, lambda n: "# T\n\n" + "{{" * n + "\n"),
    "unclosed {%": (50_000, lambda n: "# T\n\n" + "{%" * n + "\n"),
    "unclosed [[ (wiki links)": (25_000, lambda n: "# T\n\n" + "[[" * n + "\n"),
    "unclosed ![[": (10_000, lambda n: "# T\n\n" + "![[" * n + "\n"),
    "unclosed [[a| (wiki alias)": (10_000, lambda n: "# T\n\nTerm: " + "[[a|" * n + "\n"),
    "html block of unclosed <a": (25_000, lambda n: "<div>\n" + "<a" * n + "\n"),
    "emphasis **a": (10_000, lambda n: "# T\n\n" + "**a" * n + "\n"),
    "label lines 'X: …'": (2_000, lambda n: "# T\n\n" + "용어: 설명이다\n" * n),
    "headings with a card each": (1_000, lambda n: "".join(
        f"## Term{i}\n\nTerm{i} is a thing number {i}.\n\n" for i in range(n))),
    "list items": (1_000, lambda n: "# 목록\n\n" + "".join(f"- 항목 {i}: 설명이다\n" for i in range(n))),
    "nested quotes (depth)": (20_000, lambda n: "# T\n\n" + "> " * n + "깊은 인용\n"),
    "nested lists, 30 deep, repeated": (20, lambda n: "# T\n\n" + "".join(
        "  " * i + f"- 항목 {i}\n" for i in range(30)) * n),
    "table rows": (1_000, lambda n: "# T\n\n| 용어 | 설명 |\n|---|---|\n" + "| 캐시 | 빠른 저장소이다 |\n" * n),
    "yaml aliases (200^3 strings each)": (50, _front_matter_aliases),
}


def run_case(name: str, sizes: list[int], memory: bool) -> list[dict[str, float]]:
    """Build the case at each size in this process; return time (and memory) per size."""
    import os
    import resource
    import tracemalloc

    from notequiz.parse import parse_note
    from notequiz.pipeline import cards_for_note
    from notequiz.read import RawNote, decode

    def note(text: str) -> RawNote:
        data = text.encode("utf-8")
        decoded, encoding = decode(data, "bench.md")
        return RawNote("bench.md", ".", decoded, encoding, data)

    # Load Kiwi and spaCy before timing anything.
    cards_for_note(parse_note(note("# 준비\n\nTCP는 프로토콜이다.\n\nA heap is a tree.\n")))
    out = []
    make = CASES[name][1]
    for size in sizes:
        text = make(size)
        if memory:
            tracemalloc.start()
        started = time.perf_counter()
        parsed = parse_note(note(text))
        parsed_at = time.perf_counter()
        cards = cards_for_note(parsed)
        done = time.perf_counter()
        peak = 0.0
        if memory:
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        del parsed
        out.append({"chars": len(text), "parse": parsed_at - started, "cards": done - parsed_at,
                    "n_cards": len(cards), "peak_mb": peak, "rss_mb": rss, "pid": os.getpid()})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    parser.add_argument("--case", action="append", help="run only cases containing this text")
    parser.add_argument("--memory", action="store_true", help="also measure peak allocations")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, sizes = json.loads(args.child)
        print(json.dumps(run_case(name, sizes, args.memory)))
        return 0
    names = [n for n in CASES if not args.case or any(c in n for c in args.case)]
    superlinear = []
    print(f"{'case':38s} {'size':>6s} {'chars':>9s} {'parse s':>8s} {'cards s':>8s} "
          f"{'total s':>8s} {'x prev':>6s} {'cards':>6s} {'rss MB':>7s}"
          + (f" {'peak MB':>8s}" if args.memory else ""))
    for name in names:
        base = max(1, int(CASES[name][0] * args.scale))
        sizes = [base, 2 * base, 4 * base]
        cmd = [sys.executable, __file__, "--child", json.dumps([name, sizes])]
        if args.memory:
            cmd.append("--memory")
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{name}: FAILED\n{done.stderr}")
            superlinear.append(name)
            continue
        rows = json.loads(done.stdout.strip().split("\n")[-1])
        prev = None
        for mult, row in zip((1, 2, 4), rows, strict=True):
            total = row["parse"] + row["cards"]
            ratio = f"{total / prev:6.2f}" if prev else "      "
            flag = ""
            if prev and total > 0.2 and total / prev > 2.5:
                flag = "  SUPERLINEAR"
                superlinear.append(name)
            print(f"{name if mult == 1 else '':38s} {mult:>5d}x {row['chars']:>9d} "
                  f"{row['parse']:8.3f} {row['cards']:8.3f} {total:8.3f} {ratio} "
                  f"{row['n_cards']:>6d} {row['rss_mb']:7.0f}"
                  + (f" {row['peak_mb']:8.1f}" if args.memory else "") + flag)
            prev = max(total, 1e-3)
    if superlinear:
        print("\nsuperlinear or failed:", ", ".join(sorted(set(superlinear))))
        return 1
    print("\nevery case grew about linearly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
