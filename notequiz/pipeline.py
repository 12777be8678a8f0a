"""The whole path from note files to cards: read, parse, extract, phrase, select.

Plain functions; the CLI and the tests call them alike. Notes stream through
one at a time: once a note's cards are made, its parsed text (and every spaCy
``Doc`` made from it) is dropped, and the result keeps only the cards and the
note's metadata, so memory grows with the cards alone.

Two things make a build fast without touching the stages themselves:

- a ``NoteCache`` (:mod:`notequiz.cache`): a note whose bytes, path and
  pipeline version are unchanged gets its cards from the cache, unparsed;
- worker processes (when the caller passes ``jobs``, as the CLI does): a
  build with at least ``WORKER_MIN_BYTES`` of notes to analyse runs the
  analysis in ``jobs`` spawned processes (one for ``jobs=1``), each loading
  spaCy and Kiwi once. This process then never loads Kiwi (about 500 MB once
  it has analysed a sentence), so that memory is given back before the
  export, and with ``jobs=2`` two notes are analysed at a time. Threads do
  not help: Kiwi releases the GIL only inside its own analysis, about half of
  a note's time, and two threads measured 1.05x. Smaller builds (an edit or
  two) run here, where a worker's start would cost more than it saves.

Results always come out in the order of the files, whatever ran where.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from notequiz.cache import note_meta
from notequiz.errors import NoteError, NotequizError
from notequiz.extract import extract
from notequiz.ids import assign_ids
from notequiz.model import BuildResult, Candidate, Card, Note, Problem
from notequiz.parse import parse_note
from notequiz.phrase.phrase import phrase
from notequiz.read import discover, encoding_notice, read_note
from notequiz.select import Limits, select

if TYPE_CHECKING:
    from concurrent.futures import Future

    from notequiz.cache import CachedNote, NoteCache

WORKER_MIN_BYTES = 512 * 1024
"""Bytes of notes to analyse from which the analysis runs in worker processes.

At about 150 kB of Korean notes per second and core (measured: 60,000-70,000
characters) this is a build of three seconds or more, against about 0.3 s to
start a worker beyond loading the models, which happens either way.
"""

_WINDOW_PER_WORKER = 4
"""Notes handed to each worker ahead of the one being collected."""


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How cards are made."""

    automatic: bool = True
    """Mine unmarked prose with the language rules (off: hand-marked cards only)."""
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True, slots=True)
class NoteResult:
    """One note's outcome: its metadata and cards, or the problem that stopped it."""

    path: str
    note: Note | None
    """The note without its sections (``None`` when it could not be read)."""
    cards: tuple[Card, ...] = ()
    problem: Problem | None = None
    cached: bool = False
    """True when the cards came from the cache rather than from the text."""


def cards_for_note(note: Note, options: BuildOptions | None = None) -> list[Card]:
    """Extract, phrase and select the cards of one parsed note."""
    options = options or BuildOptions()
    candidates = [phrase(c) for c in extract(note, automatic=options.automatic)]
    chosen = select(candidates, options.limits)
    return make_cards(note, chosen)


def make_cards(note: Note, chosen: Sequence[Candidate]) -> list[Card]:
    """Give selected candidates their stable ids and the note's deck and tags."""
    ids = assign_ids((note.key, c.kind, c.shape, c.term) for c in chosen)
    return [
        Card(
            id=card_id,
            kind=c.kind,
            question=c.question,
            answer=c.answer,
            term=c.term,
            note_key=note.key,
            source=c.source,
            section=c.section,
            rule=c.rule,
            lang=c.lang,
            tags=note.tags,
            deck=note.deck,
            shape=c.shape,
            cloze=c.cloze,
            items=c.items,
        )
        for card_id, c in zip(ids, chosen, strict=True)
    ]


def build_file(path: str, root: str, options: BuildOptions | None = None) -> NoteResult:
    """Read, parse and make the cards of one note file (what a worker runs)."""
    try:
        raw = read_note(path, root)
        _prefetch_kiwi(raw.text)
        note = parse_note(raw)
    except NoteError as exc:
        return NoteResult(path, None, problem=Problem(exc.path, exc.reason, exc.line))
    cards = cards_for_note(note, options)
    return NoteResult(path, note_meta(note), tuple(cards))


_HANGUL = re.compile("[\uac00-\ud7a3]")
_kiwi_prefetched = False


def _prefetch_kiwi(text: str) -> None:
    """Start loading Kiwi in the background on the first Korean note.

    Kiwi takes about 1 s to load and 1.7 s more to ready its model on the
    first sentence, both outside the GIL, so this overlaps with parsing and
    importing the rules instead of stalling the first Korean unit.
    """
    global _kiwi_prefetched
    if _kiwi_prefetched or not _HANGUL.search(text):
        return
    _kiwi_prefetched = True

    def load() -> None:
        try:
            from notequiz.analyze.korean import get_kiwi

            get_kiwi().tokenize("가")
        except Exception:
            pass  # the first real use reports it properly

    threading.Thread(target=load, name="notequiz-kiwi-load", daemon=True).start()


def iter_notes(
    files: Sequence[tuple[str, str]],
    options: BuildOptions | None = None,
    *,
    cache: NoteCache | None = None,
    jobs: int | None = None,
) -> Iterator[NoteResult]:
    """Build each ``(path, root)`` of ``files``; yield the results in the same order.

    With a ``cache``, every file is first read and hashed, and unchanged notes
    come from it; the notes built are stored back. ``jobs=None`` builds every
    note in this process. With a number, notes to build that add up to
    ``WORKER_MIN_BYTES`` are built in that many worker processes; they are
    spawned, so the caller's main module must be safe to import (the
    ``if __name__ == "__main__":`` idiom).
    """
    options = options or BuildOptions()
    version = ""
    idents: list[str] = []
    hits: list[CachedNote | None] = []
    todo: list[tuple[str, str]] = []
    todo_bytes = 0
    if cache is not None:
        from notequiz.cache import note_ident, pipeline_version

        version = pipeline_version(options)
        for path, root in files:
            ident = note_ident(path, root)
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                hit = None  # reading it again reports the problem
            else:
                hit = cache.get(version, ident, hashlib.sha256(data).hexdigest())
                todo_bytes += len(data) if hit is None else 0
            idents.append(ident)
            hits.append(hit)
            if hit is None:
                todo.append((path, root))
    else:
        todo = list(files)
        hits = [None] * len(files)
        todo_bytes = sum(_size(path) for path, _ in todo) if jobs is not None else 0

    built = (_in_pool(todo, options, max(1, min(jobs, len(todo))))
             if jobs is not None and todo_bytes >= WORKER_MIN_BYTES
             else (build_file(path, root, options) for path, root in todo))
    try:
        for i, (path, _) in enumerate(files):
            hit = hits[i]
            if hit is not None:
                yield NoteResult(path, hit.note, hit.cards, cached=True)
                continue
            result = next(built)
            if cache is not None and result.note is not None:
                cache.put(version, idents[i], result.note, result.cards)
            yield result
    finally:
        close = getattr(built, "close", None)
        if close is not None:
            close()
        if cache is not None:
            cache.flush()


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _in_pool(
    todo: Sequence[tuple[str, str]], options: BuildOptions, workers: int
) -> Iterator[NoteResult]:
    """Build notes in ``workers`` processes; yield the results in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: this process may hold threads (Kiwi's, the progress
    # bar's) that a forked child would inherit in an undefined state.
    context = multiprocessing.get_context("spawn")
    window = workers * _WINDOW_PER_WORKER
    tasks = iter(todo)
    pending: deque[Future[NoteResult]] = deque()
    with ProcessPoolExecutor(workers, mp_context=context) as pool:

        def top_up() -> None:
            while len(pending) < window:
                task = next(tasks, None)
                if task is None:
                    return
                pending.append(pool.submit(build_file, task[0], task[1], options))

        try:
            top_up()
            while pending:
                result = pending.popleft().result()
                top_up()
                yield result
        except BrokenProcessPool as exc:
            raise NotequizError(f"a build worker stopped unexpectedly ({exc}); "
                                "try again with --jobs 1") from None
        finally:
            for future in pending:
                future.cancel()


def build(
    paths: Iterable[str],
    options: BuildOptions | None = None,
    on_note: Callable[[str], None] | None = None,
    *,
    cache: NoteCache | None = None,
    jobs: int | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build cards from files and folders; unreadable notes become ``Problem``s.

    ``on_start`` is called once with the number of note files found, and
    ``on_note`` with each note's path after it is processed (for progress
    display). ``cache`` and ``jobs`` only change how fast it goes (see
    ``iter_notes``): the result is the same. ``result.notes`` carry the
    notes' metadata; their ``sections`` are empty.
    """
    files, missing = discover(list(paths))
    if on_start:
        on_start(len(files))
    problems = [Problem(e.path, e.reason, e.line) for e in missing]
    notes: list[Note] = []
    cards: list[Card] = []
    for result in iter_notes(files, options, cache=cache, jobs=jobs):
        if result.note is not None:
            notes.append(result.note)
            cards.extend(result.cards)
        elif result.problem is not None:
            problems.append(result.problem)
        if on_note:
            on_note(result.path)
    notices = tuple(Problem(n.path, notice) for n in notes
                    if (notice := encoding_notice(n.encoding)))
    return BuildResult(tuple(notes), tuple(cards), tuple(problems), notices)
