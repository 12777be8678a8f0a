#!/usr/bin/env python3
"""Throughput of ``notequiz build`` against Kiwi alone, on generated blogs of a few sizes.

Usage: .venv/bin/python bench/throughput.py [--sizes 100,1000,10000] [--rebuild-size 1000]

The corpus is made here: the Korean notes of ``../shared/corpus`` (seed, ko)
and ``sample_notes/`` (``--lang all`` adds the English ones), copied under new
names with their sections rotated and their front-matter ids dropped, so every
note is a distinct post. For each size it prints, on the same text:

- ``build 1 core``: wall time of ``notequiz build DIR -o out.json`` pinned to
  one CPU (first build: empty cache, which it fills), and its peak memory,
  summed over its processes; the best of ``--repeat`` builds, as Kiwi alone
  is the best of ``--repeat`` runs (the highest peak is shown). Each round
  runs a 1-core build, Kiwi alone and a 2-core build in turn, so that what
  is compared is measured within the same few minutes;
- ``startup``: the same command on one short note (Python, imports, Kiwi's
  model and its first sentence), which every build pays once; ``extract`` is
  the build time without it;
- ``kiwi``: Kiwi alone tokenizing every paragraph of every note, pinned to one
  CPU, in this process (model already loaded): the floor; the faster of a
  call per paragraph and a call per note (a list of its paragraphs);
- ``ratio``: extract / kiwi (target <= 1.4), and chars/s of the extraction,
  taken on CPU seconds (the build's and its workers', from ``getrusage``) so
  that other work on a shared machine does not count; wall times are shown too,
  and the ratio of each round;
- ``build 2 cores``: the same build with ``--jobs 2`` and no CPU pinning (the
  best of ``--repeat`` too), and its speed-up in wall time over one core
  (target >= 1.6). It only means
  something on an otherwise idle machine: each run prints how many CPUs other
  processes kept busy meanwhile.

Then, for the ``--rebuild-size`` corpus: a rebuild with nothing changed and
one after editing one note (target < 2 s), to JSON and to an Anki deck,
each the median of three runs, unpinned as a user's would be, and the time from spawning
``notequiz quiz out.json`` to its first question. ``--lang all`` mixes in
English notes, where Kiwi is no floor (they go to spaCy).

Builds run as a user's would: with Python's compiled modules (``__pycache__``),
even when ``PYTHONDONTWRITEBYTECODE`` is set here.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# The notequiz of this checkout, here and in the builds below, whichever one the venv was
# installed from (an editable install points at one checkout only).
sys.path.insert(0, str(ROOT))
TARGET_RATIO = 1.4
TARGET_SPEEDUP = 1.6
TARGET_MEMORY_MB = 700
TARGET_MEMORY_NOTES = 10_000
TARGET_REBUILD_S = 2.0
EDIT = "\n\n변경 확인용 문장은 벤치마크가 마지막에 덧붙인 문장이다.\n"

_HANGUL = re.compile("[\uac00-\ud7a3]")
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_H2 = re.compile(r"^## ", re.MULTILINE)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


# ---------------------------------------------------------------------------
# corpus


def source_notes(corpus: Path, lang: str) -> list[tuple[str, str]]:
    """``(stem, text)`` of the distinct source notes, Korean ones unless ``lang == "all"``."""
    files = sorted(ROOT.joinpath("sample_notes").rglob("*.md"))
    for part in ("seed", "ko", "en"):
        files += sorted((corpus / "corpus" / part).glob("*.md"))
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        letters = sum(ch.isalpha() for ch in text) or 1
        korean = len(_HANGUL.findall(text)) / letters > 0.2
        if digest in seen or (lang == "ko" and not korean):
            continue
        seen.add(digest)
        out.append((path.stem, text))
    return out


def variant(text: str, copy: int) -> str:
    """The ``copy``-th variant of a note: front-matter ids dropped, sections rotated."""
    front = ""
    m = _FRONT.match(text)
    if m:
        kept = [line for line in m.group(1).split("\n")
                if not re.match(r"(id|permalink)\s*:", line)]
        front, text = "---\n" + "\n".join(kept) + "\n---\n", text[m.end():]
    starts = [m.start() for m in _H2.finditer(text)]
    if copy and len(starts) > 1:
        head, parts = text[: starts[0]], []
        for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
            parts.append(text[a:b].rstrip("\n") + "\n\n")
        k = copy % len(parts)
        text = head + "".join(parts[k:] + parts[:k])
    return front + text


def make_corpus(folder: Path, sources: Sequence[tuple[str, str]], count: int) -> int:
    """Write ``count`` notes, 100 per folder; return their number of characters."""
    chars = 0
    for i in range(count):
        stem, text = sources[i % len(sources)]
        body = variant(text, i // len(sources))
        path = folder / f"d{i // 100:03d}" / f"{i:05d}-{stem}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        chars += len(body)
    return chars


# ---------------------------------------------------------------------------
# running and measuring


def notequiz() -> list[str]:
    script = Path(sys.executable).with_name("notequiz")
    return [str(script)] if script.exists() else [sys.executable, "-m", "notequiz"]


def one_cpu() -> int:
    return min(os.sched_getaffinity(0))


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            parents[int(entry)] = int(stat[stat.rindex(b")") + 2:].split()[1])
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                total += int(f.read().split()[1]) * page_kb
        except OSError:
            continue  # the process has just ended
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def _busy_seconds() -> float:
    """CPU time spent by the whole machine so far (all CPUs, not idle)."""
    with open("/proc/stat", encoding="ascii") as f:
        ticks = [int(v) for v in f.readline().split()[1:]]
    return (sum(ticks[:8]) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stderr: str
    cpu: float
    """CPU seconds of the build and its workers."""
    others: float
    """CPUs kept busy by other processes meanwhile (other users, this script)."""


def run_build(args: Sequence[str], env: dict[str, str], pin: int | None) -> Run:
    """Run ``notequiz build``; wall time and peak memory summed over its processes."""
    preexec: Callable[[], None] | None = None
    if pin is not None:
        def preexec() -> None:
            os.sched_setaffinity(0, {pin})
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy = _busy_seconds()
    started = time.perf_counter()
    proc = subprocess.Popen([*notequiz(), "build", *args], env=env, preexec_fn=preexec,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    others = max(0.0, (_busy_seconds() - busy - cpu) / elapsed)
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}): {' '.join(args)}\n{stderr}")
    return Run(elapsed, peak / 1024, stderr, cpu, others)


def _best(runs: Sequence[Run]) -> Run:
    """The fastest of ``runs`` (its wall and CPU time), with the highest peak memory of them all."""
    best = min(runs, key=lambda r: r.cpu)
    return Run(min(r.seconds for r in runs), max(r.peak_mb for r in runs), best.stderr,
               best.cpu, best.others)


def kiwi_alone(folder: Path, cpu: int) -> tuple[float, float]:
    """Wall and CPU seconds for Kiwi to tokenize every paragraph of every note, on one CPU.

    Two ways: a call per paragraph, and a call per note with the list of its
    paragraphs (Kiwi is faster that way, and the build does that); the faster
    is the floor. The caller runs it once a round and keeps the best.
    """
    from notequiz.analyze.morphemes import get_kiwi
    from notequiz.read import read_note

    kiwi = get_kiwi()
    kiwi.tokenize("준비 문장이다.")  # the model readies itself on the first sentence
    notes = [[p for p in _PARAGRAPHS.split(read_note(str(path), str(folder)).text) if p.strip()]
             for path in sorted(folder.rglob("*.md"))]
    saved = os.sched_getaffinity(0)
    _pin_threads({cpu})  # Kiwi's own threads too: a list is analysed on them
    try:
        wall = cpu_time = float("inf")
        for batched in (False, True):
            started, started_cpu = time.perf_counter(), time.process_time()
            for paragraphs in notes:
                if batched:
                    for _tokens in kiwi.tokenize(paragraphs):
                        pass
                else:
                    for text in paragraphs:
                        kiwi.tokenize(text)
            wall = min(wall, time.perf_counter() - started)
            cpu_time = min(cpu_time, time.process_time() - started_cpu)
    finally:
        _pin_threads(saved)
    return wall, cpu_time


def _pin_threads(cpus: set[int]) -> None:
    """Set the CPU affinity of every thread of this process (``sched_setaffinity(0)``
    sets only the calling thread's)."""
    for tid in os.listdir("/proc/self/task"):
        with contextlib.suppress(OSError):  # the thread has just ended
            os.sched_setaffinity(int(tid), cpus)


def first_question(export: Path, store: Path, runs: int = 3) -> float:
    """Median seconds from spawning ``notequiz quiz export`` to its first question."""
    import pexpect

    sys.path.insert(0, str(HERE))
    from quiz_start import PROMPT  # the answer prompt the quiz start benchmark waits for

    cmd = notequiz()
    env = dict(os.environ, TERM="dumb")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as a user runs it (see the module's doc)
    times = []
    for i in range(runs + 1):  # the first run warms the OS file cache and is dropped
        args = [*cmd[1:], "quiz", str(export), "--store", f"{store}.{i}", "--seed", "1"]
        started = time.perf_counter()
        child = pexpect.spawn(cmd[0], args, env=env, encoding="utf-8", timeout=60)
        child.expect_exact(PROMPT)
        times.append(time.perf_counter() - started)
        child.terminate(force=True)
    return statistics.median(times[1:])


def rebuilds(folder: Path, out: Path, cache: Path, env: dict[str, str],
             model: float, runs: int = 3) -> tuple[list[str], float]:
    """Rebuild with nothing changed, then after editing one Korean note; report the medians.

    The edited rebuilds are timed twice: writing ``out`` (JSON), and writing
    an Anki deck, the README's main job, whose export costs more. Each edit
    run appends a different sentence, so every one of them has a note to
    build; the note is restored afterwards. Returns the lines to print and
    the slower of the two one-edit medians.
    """
    renv = {**env, "NOTEQUIZ_CACHE_DIR": str(cache)}
    same = [run_build([str(folder), "-o", str(out)], renv, None) for _ in range(runs)]
    korean = next(p for p in sorted(folder.rglob("*.md"))
                  if _HANGUL.search(p.read_text(encoding="utf-8")))
    original = korean.read_text(encoding="utf-8")
    deck = out.with_suffix(".apkg")

    def edited(output: Path, first: int) -> list[Run]:
        runs_made = []
        for i in range(first, first + runs):
            korean.write_text(original + EDIT.replace("마지막에", f"{i + 1}번째로"),
                              encoding="utf-8")
            runs_made.append(run_build([str(folder), "-o", str(output)], renv, None))
        return runs_made

    try:
        to_json = edited(out, 0)
        korean.write_text(original, encoding="utf-8")
        run_build([str(folder), "-o", str(deck)], renv, None)  # the deck's first build
        to_deck = edited(deck, runs)
    finally:
        korean.write_text(original, encoding="utf-8")
    notes = len(list(folder.rglob("*.md")))
    same_s = statistics.median(r.seconds for r in same)
    lines = [
        f"rebuild of {notes:,} notes, nothing changed: {same_s:.2f} s, median of {runs} "
        f"({same[-1].stderr.strip().splitlines()[-1]})",
    ]
    medians = []
    for what, made in (("JSON", to_json), ("Anki deck", to_deck)):
        median = statistics.median(r.seconds for r in made)
        medians.append(median)
        lines.append(
            f"rebuild of {notes:,} notes, one Korean note edited, to {what}: {median:.2f} s, "
            f"median of {runs} ({', '.join(f'{r.seconds:.2f}' for r in made)}; target < "
            f"{TARGET_REBUILD_S} s) ({made[-1].stderr.strip().splitlines()[-1]})")
    lines.append(f"(Kiwi alone takes {model:.2f} s to load and ready itself)")
    return lines, max(medians)


# ---------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000",
                        help="numbers of notes, comma-separated (default: 100,1000,10000)")
    parser.add_argument("--rebuild-size", type=int, default=1000,
                        help="corpus size for the rebuild and quiz figures (default: 1000)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--lang", choices=("ko", "all"), default="ko")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each build and of Kiwi alone (the best is kept)")
    parser.add_argument("--no-quiz", action="store_true", help="skip the quiz start figure")
    args = parser.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",")} | {args.rebuild_size})
    sources = source_notes(args.corpus, args.lang)
    if not sources:
        print("no source notes found")
        return 1
    cpu = one_cpu()
    cores = len(os.sched_getaffinity(0))
    print(f"sources: {len(sources)} notes ({args.lang}); cpus available: {cores}; "
          f"load average {os.getloadavg()[0]:.2f}")
    env = dict(os.environ)  # every run below gets its own NOTEQUIZ_CACHE_DIR
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    # A user's Python keeps compiled modules (__pycache__); without them every
    # run compiles notequiz's sources again (0.1 s), which no user pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ok = True
    with tempfile.TemporaryDirectory(prefix="nq-throughput-") as tmp_name:
        tmp = Path(tmp_name)
        env["NOTEQUIZ_CACHE_DIR"] = str(tmp / "cache")  # never the user's own cache

        # Fixed cost: one short note, built from nothing.
        tiny = tmp / "tiny"
        tiny.mkdir()
        (tiny / "t.md").write_text("# 짧은 글\n\nTCP는 연결 지향 프로토콜이다.\n", encoding="utf-8")
        startups = [run_build([str(tiny), "-o", str(tmp / "tiny.json"), "-q", "--no-cache"],
                              env, cpu) for _ in range(3)]
        startup = min(r.seconds for r in startups)
        startup_cpu = min(r.cpu for r in startups)
        started = time.perf_counter()
        from notequiz.analyze.morphemes import get_kiwi

        get_kiwi().tokenize("준비 문장이다.")
        model = time.perf_counter() - started
        print(f"startup (one short note, 1 core): {startup:.2f} s ({startup_cpu:.2f} s CPU), "
              f"of which Kiwi's model (load + first sentence) {model:.2f} s")
        print()
        rows: list[tuple[int, float, float]] = []
        rebuild_lines: list[str] = []
        rebuild_export = tmp / "none"
        for size in sizes:
            folder = tmp / f"notes-{size}"
            chars = make_corpus(folder, sources, size)
            out = tmp / f"out-{size}.json"
            ones: list[Run] = []
            twos: list[Run] = []
            kiwis: list[tuple[float, float]] = []
            for k in range(max(1, args.repeat)):
                # Every run is a first build: an empty cache of its own, and no
                # earlier export (which a build would read, to report changes).
                cache = tmp / f"cache-{size}-{k}"
                out.unlink(missing_ok=True)
                ones.append(run_build([str(folder), "-o", str(out), "-q"],
                                      {**env, "NOTEQUIZ_CACHE_DIR": str(cache)}, cpu))
                if k == 0 and size == args.rebuild_size:
                    # Right away, before anyone's code edit can change the pipeline version.
                    rebuild_lines, rebuilt = rebuilds(folder, out, cache, env, model)
                    ok &= rebuilt < TARGET_REBUILD_S
                    rebuild_export = out
                # Kiwi alone and the 2-core build right after each 1-core build:
                # this machine's speed drifts over minutes, Kiwi's the most, so
                # the figures compared are taken in the same few minutes.
                kiwis.append(kiwi_alone(folder, cpu))
                twos.append(run_build(
                    [str(folder), "-o", str(tmp / f"out2-{size}-{k}.json"), "-q", "-j", "2"],
                    {**env, "NOTEQUIZ_CACHE_DIR": str(tmp / f"cache2-{size}-{k}")}, None))
            cards = out.read_text(encoding="utf-8").count('"kind":')
            kiwi, kiwi_cpu = min(w for w, _ in kiwis), min(c for _, c in kiwis)
            rounds = ", ".join(f"{(r.cpu - startup_cpu) / c:.2f}"
                               for r, (_, c) in zip(ones, kiwis, strict=True))
            one, two = _best(ones), _best(twos)
            extract = max(one.seconds - startup, 1e-9)
            extract_cpu = max(one.cpu - startup_cpu, 1e-9)
            # On a shared machine the wall time of a pinned run includes waiting for
            # the CPU; CPU seconds do not, so the ratio is taken on those.
            ratio = extract_cpu / kiwi_cpu
            speedup = one.seconds / two.seconds
            rows.append((chars, extract_cpu, one.peak_mb))
            print(f"{size:,} notes, {chars:,} characters, {cards:,} cards "
                  f"(each figure the best of {len(ones)} runs)")
            print(f"  1 core : build {one.seconds:.1f} s = startup {startup:.1f} s + extract "
                  f"{extract:.1f} s (CPU: {one.cpu:.1f} s, extract {extract_cpu:.1f} s); Kiwi "
                  f"alone {kiwi:.1f} s (CPU {kiwi_cpu:.1f} s)")
            print(f"           ratio extract/Kiwi {ratio:.2f} on CPU time, {extract / kiwi:.2f} on "
                  f"wall time (target <= {TARGET_RATIO}); {chars / extract_cpu:,.0f} chars/s "
                  f"({chars / one.cpu:,.0f} with startup); peak {one.peak_mb:.0f} MB")
            print(f"           ratio of each round (a build, then Kiwi alone): {rounds}")
            print(f"  2 cores: build {two.seconds:.1f} s; speed-up {speedup:.2f}x "
                  f"(target >= {TARGET_SPEEDUP}); peak {two.peak_mb:.0f} MB")
            print(f"  (other processes kept {one.others:.1f} CPUs busy during the 1-core build, "
                  f"{two.others:.1f} during the 2-core one; 2-core CPU {two.cpu:.1f} s)")
            if size == max(sizes):
                ok &= ratio <= TARGET_RATIO and speedup >= TARGET_SPEEDUP
            if size >= TARGET_MEMORY_NOTES:
                ok &= one.peak_mb < TARGET_MEMORY_MB
        print()
        base_chars, base_time, base_peak = rows[0]
        for chars, extract, peak in rows[1:]:
            print(f"cost per character at {chars:,} chars: "
                  f"{(extract / chars) / (base_time / base_chars):.2f}x that at {base_chars:,}; "
                  f"peak memory {peak - base_peak:+.0f} MB")
        print()
        for line in rebuild_lines:
            print(line)
        if not args.no_quiz:
            try:
                seconds = first_question(rebuild_export, tmp / "store.sqlite3")
                print(f"first quiz question from the {args.rebuild_size}-note export: "
                      f"{seconds * 1000:.0f} ms")
            except ImportError as exc:
                print(f"first quiz question: not measured ({exc})")
    print()
    print(f"targets: ratio <= {TARGET_RATIO}, 2-core speed-up >= {TARGET_SPEEDUP}x, "
          f"peak < {TARGET_MEMORY_MB} MB at {TARGET_MEMORY_NOTES:,} notes, "
          f"one-edit rebuild < {TARGET_REBUILD_S} s: {'all met' if ok else 'NOT all met'}; "
          f"load average now {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
