"""The whole path from note files to cards: read, parse, extract, phrase, select.

Plain functions; the CLI and the tests call them alike. Notes stream through
one at a time: once a note's cards are made, its parsed text (and every spaCy
``Doc`` made from it) is dropped, and the result keeps only the cards and the
note's metadata, so memory grows with the cards alone.

What makes a build fast and small, without touching the stages themselves:

- a ``NoteCache`` (:mod:`notequiz.cache`): every file is read and hashed
  first, and the notes whose bytes, path and pipeline version are unchanged
  come from the cache, unparsed, in a few queries. Neither spaCy nor Kiwi
  (nor markdown-it) is imported unless a note is left to build, and no
  worker is started.
- worker processes (when the caller passes ``jobs``, as the CLI does): a
  build with at least ``WORKER_MIN_BYTES`` of notes to analyse runs the
  analysis in ``jobs`` spawned processes (one for ``jobs=1``), each loading
  Kiwi (and spaCy, for English text) once. This process then never loads
  Kiwi (about 260 MB),
  and with ``jobs=2`` two notes are analysed at a time. Workers send each
  note's cards packed as the cache stores them (about 100 bytes a card
  instead of 1 kB of objects); they are unpacked once the workers have ended,
  so a 10,000-note build never holds 200 MB of cards beside a worker's
  models. Threads do not help: Kiwi holds the GIL while it loads, and
  releases it only inside its analysis, about half of a note's time (two
  threads measured 1.05x). Smaller builds (an edit or two) run here, where a
  worker's start would cost more than it saves; a child process loads Kiwi
  for them meanwhile (``_kiwi_aside``, :mod:`notequiz.analyze.kiwi`), while
  a thread decodes the cached notes.
- one Kiwi call per note (``extract.auto.find``): the Korean texts the rules
  will analyse are given to Kiwi together before the rules run, which costs
  about a sixth less of Kiwi's time than a call per text between the rules'
  work, for the same analysis; the note's analyses go when it is done.
- notes are built ``NOTES_PER_TASK`` at a time (``build_files``), here and in
  the workers: each is parsed and read first (``extract.prepare``), then Kiwi
  analyses all their Korean texts (``analyse_ahead``), then the rules run
  note by note. Alternating Kiwi and the rules note by note kept evicting
  each other's data from the processor's caches; on a 1,000-note blog with
  one worker on one CPU the build took 20.2-20.7 s of CPU instead of
  22.3-22.5 s, with the same cards.

Results always come out in the order of the files, whatever ran where.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from notequiz import interrupts
from notequiz.cache import note_meta
from notequiz.collector import GC_THRESHOLD, fewer_collections, paused
from notequiz.errors import NoteError, NotequizError
from notequiz.extract import Prepared, extract, prepare
from notequiz.ids import assign_ids
from notequiz.lang import forget_texts
from notequiz.model import BuildResult, Candidate, Card, Note, Problem
from notequiz.phrase.context import contextualise
from notequiz.phrase.phrase import phrase
from notequiz.read import discover, encoding_notice, read_note
from notequiz.select import Limits, number_repeated_questions, select

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from notequiz.cache import CachedNote, NoteCache, StoredNote

WORKER_MIN_BYTES = 512 * 1024
"""Bytes of notes to analyse from which the analysis runs in worker processes.

At about 150 kB of Korean notes per second and core (measured: 60,000-70,000
characters) this is a build of three seconds or more, against about 0.3 s to
start a worker beyond loading the models, which happens either way.
"""

NOTES_PER_TASK = 8
"""Notes built at a time (a worker's task), Kiwi reading all their prose first (``build_files``)."""

_WINDOW_PER_WORKER = 2
"""Tasks handed to each worker ahead of the one being collected."""

def _worker_start(cpus: int) -> None:
    import signal

    from notequiz.analyze import kiwi

    # Ctrl-C reaches every process of the terminal's group: the build's own
    # process handles it and stops the workers (``_stop_workers``), while a
    # worker's KeyboardInterrupt would only print a traceback. The worker
    # started with SIGINT blocked (``interrupts.held``): one sent since then is
    # discarded here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _end_with_parent()
    gc.set_threshold(*GC_THRESHOLD)
    kiwi.share_cpus(cpus)  # the other workers run on the rest


def _end_with_parent() -> None:
    """End this worker as soon as the build's process has ended, however it ended.

    A build killed outright (SIGKILL, a second SIGTERM) cannot stop its
    workers, and a worker waiting for its next task would wait forever
    (it holds the task queue's other end itself), with Kiwi's 260 MB.
    """
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="notequiz-parent", daemon=True).start()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool``'s workers now, busy or not, rather than wait for their tasks.

    ``ProcessPoolExecutor`` only waits for running tasks to end (a worker
    loading Kiwi takes seconds, and a second Ctrl-C during that wait left
    the build hanging): its processes are terminated instead (Python 3.14's
    ``terminate_workers``; until then, its private ``_processes``). Its
    futures are left to it: it marks them failed, and one cancelled here as
    well made it print a traceback (``InvalidStateError``, Python 3.11).
    """
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=True)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How cards are made."""

    automatic: bool = True
    """Mine unmarked prose with the language rules (off: hand-marked cards only)."""
    limits: Limits = field(default_factory=Limits)
    context: bool = True
    """Give a question that names neither its note's subject nor its section those, in
    brackets (``notequiz.phrase.context``)."""


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


def cards_for_note(note: Note, options: BuildOptions | None = None,
                   prepared: Prepared | None = None) -> list[Card]:
    """Extract, phrase and select the cards of one parsed note (``prepared``: its ``prepare``),
    and give their questions the context they need."""
    options = options or BuildOptions()
    try:
        candidates = [phrase(c) for c in extract(note, options.automatic, prepared)]
        chosen = select(candidates, options.limits)
        if options.context:
            chosen = contextualise(chosen, note)
    finally:
        forget_texts()  # the note's cached answers and headings are done with
    return make_cards(note, number_repeated_questions(chosen))


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
    """Read, parse and make the cards of one note file."""
    return build_files([(path, root)], options)[0]


def build_files(files: Sequence[tuple[str, str]],
                options: BuildOptions | None = None) -> list[NoteResult]:
    """``build_file`` of each ``(path, root)``, Kiwi reading all their Korean prose first.

    Every note is read, parsed and ``prepare``d, then Kiwi analyses the
    Korean texts of them all (``analyse_ahead``) before any rule runs; builds
    take their notes ``NOTES_PER_TASK`` at a time this way. The results are
    those of ``build_file`` for each.
    """
    from notequiz.parse import parse_note  # markdown-it: not needed when every note is cached

    options = options or BuildOptions()
    read: list[tuple[str, Note, Prepared] | NoteResult] = []
    for path, root in files:
        try:
            note = parse_note(read_note(path, root))
        except NoteError as exc:
            read.append(NoteResult(path, None, problem=Problem(exc.path, exc.reason, exc.line)))
            continue
        read.append((path, note, prepare(note, options.automatic)))
    korean = [entry[2].korean for entry in read if isinstance(entry, tuple)]
    results: list[NoteResult] = []
    ahead = any(korean)
    if ahead:
        from notequiz.analyze import morphemes

        morphemes.analyse_ahead(korean, (pair for entry in read if isinstance(entry, tuple)
                                         for pair in entry[2].masks))
    try:
        for entry in read:
            if isinstance(entry, tuple):
                path, note, prepared = entry
                entry = NoteResult(path, note_meta(note),
                                   tuple(cards_for_note(note, options, prepared)))
            results.append(entry)
    finally:
        if ahead:
            morphemes.drop_ahead()
    return results


@dataclass(frozen=True, slots=True)
class _Packed:
    """A worker's result: the cards as the cache stores them, checked to read back equal.

    Half a kilobyte of Python objects per card becomes about a hundred bytes,
    so the build holds every card of a large blog in little memory while the
    worker (and its language models) is alive; the cards are rebuilt once the
    worker has ended.
    """

    path: str
    note: Note | None
    payload: bytes = b""
    cards: tuple[Card, ...] = ()
    """Set instead of ``payload`` for cards that do not read back exactly (not cached)."""
    problem: Problem | None = None


def _build_packed(files: Sequence[tuple[str, str]], options: BuildOptions) -> list[_Packed]:
    """``build_files`` in a worker, the cards packed (see ``_Packed``)."""
    from notequiz.cache import pack

    packed: list[_Packed] = []
    for result in build_files(files, options):
        if result.note is None:
            packed.append(_Packed(result.path, None, problem=result.problem))
            continue
        payload = pack(result.note, result.cards)
        packed.append(_Packed(result.path, result.note, payload) if payload is not None
                      else _Packed(result.path, result.note, cards=result.cards))
    return packed


_HANGUL = re.compile("[\uac00-\ud7a3]")


@dataclass
class _Plan:
    """What ``_results`` found before building: cache hits and the notes to build."""

    version: str = ""
    idents: list[str] = field(default_factory=list)
    hits: list[CachedNote | None] = field(default_factory=list)
    todo: list[tuple[str, str]] = field(default_factory=list)
    todo_bytes: int = 0
    kiwi_aside: bool = False
    """Whether Kiwi is loading in a child process (to be stopped after the build)."""
    stored: list[int] = field(default_factory=list)
    """Indices of the files found in the cache (``hits`` once decoded)."""
    decoding: Future[None] | None = None
    """The hits' decoding, when a thread does it while notes are built (``kiwi_aside``)."""
    stop: threading.Event = field(default_factory=threading.Event)
    """Set when the build fails: that thread then stops before its next notes."""
    on_cached: Callable[[Sequence[Card]], None] | None = None
    """``build``'s ``on_cached``, which that thread calls once it has decoded the hits."""


def _plan(files: Sequence[tuple[str, str]], options: BuildOptions, cache: NoteCache | None,
          jobs: int | None, on_cached: Callable[[Sequence[Card]], None] | None = None) -> _Plan:
    """Read and hash every file and take the unchanged notes from the cache.

    Nothing here imports spaCy or loads Kiwi: a build whose notes are all in
    the cache never does. A small build from the CLI that will need Kiwi has
    it start loading in a child process (``kiwi_aside``) as soon as the notes
    to build are known, before the cached ones are decoded; a rebuild starts
    it even before the notes are read (``_kiwi_early``; ``build`` calls that
    before it lists the notes).
    """
    plan = _Plan(on_cached=on_cached)
    if cache is None:
        plan.todo = list(files)
        plan.hits = [None] * len(files)
        plan.todo_bytes = sum(_size(path) for path, _ in files) if jobs is not None else 0
        plan.kiwi_aside = _kiwi_aside(plan, options, jobs)
        return plan
    early = _kiwi_early(cache, options, jobs)
    try:
        _plan_from_cache(plan, files, options, cache, jobs)
    finally:
        if early and not plan.kiwi_aside:
            from notequiz.analyze import kiwi

            kiwi.stop_process()  # nothing for it to analyse, or too much
    return plan


def _plan_from_cache(plan: _Plan, files: Sequence[tuple[str, str]], options: BuildOptions,
                     cache: NoteCache, jobs: int | None) -> None:
    from notequiz.cache import note_ident, pipeline_version

    plan.version = pipeline_version(options)
    wanted: list[tuple[str, str]] = []
    readable: list[int] = []
    for i, (path, root) in enumerate(files):
        ident = note_ident(path, root)
        plan.idents.append(ident)
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            continue  # reading it again reports the problem
        wanted.append((ident, hashlib.sha256(data).hexdigest()))
        readable.append(i)
    found = cache.find_many(plan.version, wanted)
    stored = [i for i, row in zip(readable, found, strict=True) if row is not None]
    expected = set(stored)
    plan.todo = [f for i, f in enumerate(files) if i not in expected]
    plan.todo_bytes = sum(_size(path) for path, _ in plan.todo)
    plan.kiwi_aside = _kiwi_aside(plan, options, jobs)
    plan.hits = [None] * len(files)
    try:
        _decode_hits(plan, cache, readable, found)
    except BaseException:
        _stop_kiwi(plan)
        raise
    plan.stored = stored


def _kiwi_early(cache: NoteCache, options: BuildOptions, jobs: int | None) -> bool:
    """Start Kiwi's child process before the notes are listed or read, when a rebuild is likely.

    A cache with notes in it means this is a rebuild, and a rebuild mostly
    follows an edit: its one note needs Kiwi, whose model takes longer to
    load than everything else such a build does. Started here, it loads
    while the notes are read, hashed and looked up and the rules imported,
    not after. ``_plan`` stops it when no note needs it after all.
    """
    if jobs is None or not options.automatic or not cache.holds_notes():
        return False
    from notequiz.analyze import kiwi

    kiwi.start_process()
    return kiwi.running() is not None


_DECODED_AT_ONCE = 256
"""Cached notes decoded between two looks at ``_Plan.stop`` (a few tens of milliseconds)."""


def _decode_hits(plan: _Plan, cache: NoteCache, readable: list[int],
                 found: Sequence[StoredNote | None]) -> None:
    """Fill ``plan.hits`` from the rows found, here or (``kiwi_aside``) in a thread."""

    def decode() -> None:
        with paused():  # the cached cards, and their parts of the output: no cycles
            for at in range(0, len(found), _DECODED_AT_ONCE):
                if plan.stop.is_set():
                    return  # the build failed: nothing will read them
                part = slice(at, at + _DECODED_AT_ONCE)
                for i, hit in zip(readable[part], cache.read_many(found[part]), strict=True):
                    plan.hits[i] = hit
            if plan.on_cached is not None and plan.kiwi_aside:
                plan.on_cached([card for hit in plan.hits if hit is not None
                                for card in hit.cards])

    if plan.kiwi_aside:
        # The notes to build are built first, and their Kiwi analyses come
        # from a child process that is still loading: this process mostly
        # waits on a pipe then (the GIL released), so a thread decodes the
        # cached notes meanwhile, and hands their cards to ``on_cached``.
        # ``_results`` joins it before using a hit.
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(1)
        plan.decoding = pool.submit(decode)
        pool.shutdown(wait=False)  # the thread ends with its one task
    else:
        decode()


def _kiwi_aside(plan: _Plan, options: BuildOptions, jobs: int | None) -> bool:
    """Start loading Kiwi in a child process when this process will build Korean notes.

    Only for builds from the CLI (``jobs`` given) that run here rather than
    in workers; see :mod:`notequiz.analyze.kiwi`.
    """
    if (not plan.todo or jobs is None or plan.todo_bytes >= WORKER_MIN_BYTES
            or not options.automatic or not _any_korean(plan.todo)):
        return False
    from notequiz.analyze import kiwi

    kiwi.start_process()
    return kiwi.running() is not None


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
    for result in _results(files, options or BuildOptions(), cache, jobs):
        if isinstance(result, _Packed):
            yield _unpack(result)
        else:
            yield result


def _without_clashes(cards: Sequence[Card]) -> tuple[list[Card], list[Problem]]:
    """``cards`` without those whose id an earlier card has, and a problem per note that lost some.

    A card's id comes from its note's key (front-matter ``id``, else
    ``permalink``, else the path inside the folder given), so two notes with
    one key (a copy that kept its ``id``, or ``index.md`` in two folders given
    together) make the same id for the same card, and an Anki deck can hold
    only one of them: the note first in path order keeps it.
    """
    first: dict[str, Card] = {}
    kept: list[Card] = []
    lost: dict[tuple[str, str, str], int] = {}  # (path, first path, key) -> cards skipped
    for card in cards:
        earlier = first.setdefault(card.id, card)
        if earlier is card:
            kept.append(card)
        else:
            where = (card.source.path, earlier.source.path, card.note_key)
            lost[where] = lost.get(where, 0) + 1
    from notequiz.errors import shown_path

    problems = [Problem(path, f"{count} card{'s' if count > 1 else ''} skipped: "
                              f"{shown_path(other)} has the same key {key!r} and made them "
                              "first (give one of the two notes its own front-matter id)")
                for (path, other, key), count in lost.items()]
    return kept, problems


def _unpack(packed: _Packed) -> NoteResult:
    if packed.payload:
        from notequiz.cache import unpack

        return NoteResult(packed.path, packed.note, unpack(packed.payload))
    return NoteResult(packed.path, packed.note, packed.cards, packed.problem)


def _results(
    files: Sequence[tuple[str, str]],
    options: BuildOptions,
    cache: NoteCache | None,
    jobs: int | None,
    on_cached: Callable[[Sequence[Card]], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> Iterator[NoteResult | _Packed]:
    """``iter_notes``' results, those of workers still packed (``on_cached``: see ``build``).

    ``on_note`` is called with each file's path as soon as it is done, which
    for a note built while the cached ones are decoded is before it is yielded.
    """
    done = on_note or _nothing

    def keep(i: int, result: NoteResult | _Packed) -> None:
        """Hand a note just built to the cache: an interrupted build keeps it."""
        if cache is None or result.note is None:
            return
        if isinstance(result, _Packed):
            if result.payload:
                cache.put_packed(plan.version, plan.idents[i], result.note, result.payload)
        else:
            cache.put(plan.version, plan.idents[i], result.note, result.cards)

    with fewer_collections():
        plan = _plan(files, options, cache, jobs, on_cached)
        early: dict[int, NoteResult] = {}  # built while the cached notes were decoded
        try:
            if plan.decoding is not None:
                stored = set(plan.stored)
                fresh = [i for i in range(len(files)) if i not in stored]
                for i, made in zip(fresh, _in_groups([files[i] for i in fresh], options),
                                   strict=True):
                    keep(i, made)
                    early[i] = made
                    done(made.path)
                plan.decoding.result()
            # Notes stored in the cache that would not decode are built too.
            todo = [f for i, f in enumerate(files) if plan.hits[i] is None and i not in early]
            pooled = bool(todo) and jobs is not None and plan.todo_bytes >= WORKER_MIN_BYTES
            built: Iterator[NoteResult | _Packed] = (
                _in_pool(todo, options, _workers(jobs or 1, len(todo))) if pooled
                else _in_groups(todo, options))
        except BaseException:
            _stop_decoding(plan)
            _stop_kiwi(plan)
            raise
        try:
            for i, (path, _) in enumerate(files):
                hit = plan.hits[i]
                if hit is not None:
                    done(path)
                    yield NoteResult(path, hit.note, hit.cards, cached=True)
                    continue
                if i in early:
                    yield early.pop(i)
                    continue
                result = next(built)
                keep(i, result)
                done(result.path)
                yield result
        finally:
            close = getattr(built, "close", None)
            if close is not None:
                close()
            if cache is not None:
                cache.flush()
            _stop_kiwi(plan)


def _stop_decoding(plan: _Plan) -> None:
    """Have the thread that decodes the cached notes stop, and wait until it has.

    A failed build must not leave it running: it would go on reading a
    cache the caller closes, with the collector paused.
    """
    if plan.decoding is not None:
        from concurrent.futures import wait

        plan.stop.set()
        wait([plan.decoding])


def _nothing(_path: str) -> None:
    """No one to tell that a note is done."""


def _groups(todo: Sequence[tuple[str, str]]) -> Iterator[Sequence[tuple[str, str]]]:
    """``todo`` in order, ``NOTES_PER_TASK`` notes at a time."""
    for at in range(0, len(todo), NOTES_PER_TASK):
        yield todo[at:at + NOTES_PER_TASK]


def _in_groups(todo: Sequence[tuple[str, str]], options: BuildOptions) -> Iterator[NoteResult]:
    """Build notes here, a group at a time (``build_files``); yield them in order."""
    for group in _groups(todo):
        yield from build_files(group, options)


def _stop_kiwi(plan: _Plan) -> None:
    if plan.kiwi_aside:
        from notequiz.analyze import kiwi

        kiwi.stop_process()
        plan.kiwi_aside = False


def _any_korean(todo: Sequence[tuple[str, str]]) -> bool:
    """Whether a note of ``todo`` (few and small: they are built here) has Hangul in it."""
    from notequiz.read import decode

    for path, _ in todo:
        try:
            with open(path, "rb") as f:
                text, _encoding = decode(f.read(), path)
        except (OSError, NoteError):
            continue  # building it reports the problem
        if _HANGUL.search(text):
            return True
    return False


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _workers(jobs: int, notes: int) -> int:
    """Workers for ``notes`` notes when ``jobs`` are asked for: no more than tasks or CPUs.

    Each worker loads its own Kiwi (260 MB, a second or two): workers beyond
    the CPUs this process may use only compete for them (``--jobs 64`` on two
    cores started 35 of them, 12 GB, and ran ten times slower).
    """
    from notequiz.analyze import kiwi

    tasks = -(-notes // NOTES_PER_TASK)
    return max(1, min(jobs, tasks, kiwi.cpus()))


def _in_pool(
    todo: Sequence[tuple[str, str]], options: BuildOptions, workers: int
) -> Iterator[_Packed]:
    """Build notes in ``workers`` processes; yield the results in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: this process may hold threads (Kiwi's, the progress
    # bar's) that a forked child would inherit in an undefined state.
    context = multiprocessing.get_context("spawn")
    window = workers * _WINDOW_PER_WORKER
    tasks = _groups(todo)
    pending: deque[Future[list[_Packed]]] = deque()
    from notequiz.analyze import kiwi

    share = max(1, kiwi.cpus() // workers)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start,
                             initargs=(share,)) as pool:

        def top_up() -> None:
            while len(pending) < window:
                task = next(tasks, None)
                if task is None:
                    return
                pending.append(pool.submit(_build_packed, task, options))

        try:
            with interrupts.held():  # the first tasks start every worker
                top_up()
            while pending:
                results = pending.popleft().result()
                top_up()
                yield from results
        except BrokenProcessPool as exc:
            raise NotequizError(f"a build worker stopped unexpectedly ({exc}); "
                                "try again with --jobs 1") from None
        except BaseException:  # interrupted, terminated or abandoned: nothing more is wanted
            _stop_workers(pool)
            raise


def build(
    paths: Iterable[str],
    options: BuildOptions | None = None,
    on_note: Callable[[str], None] | None = None,
    *,
    cache: NoteCache | None = None,
    jobs: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_cached: Callable[[Sequence[Card]], None] | None = None,
) -> BuildResult:
    """Build cards from files and folders; unreadable notes become ``Problem``s.

    ``on_start`` is called once with the number of note files found, and
    ``on_note`` with each note's path after it is processed (for progress
    display). ``cache`` and ``jobs`` only change how fast it goes (see
    ``iter_notes``): the result is the same. ``result.notes`` carry the
    notes' metadata; their ``sections`` are empty. A card whose id a card
    of an earlier note has is left out, as a problem (``_without_clashes``).

    ``on_cached`` is for work on the cards that can start before the build
    ends: when this process waits for Kiwi to load (a rebuild after an edit),
    it is called, from another thread and before ``build`` returns, with the
    cards of the notes taken from the cache, which ``result.cards`` then
    holds as the same objects. Otherwise it is not called.
    """
    options = options or BuildOptions()
    if cache is not None:
        # Kiwi's child loads for longer than all else a rebuild does: it starts
        # before the notes are even listed (``_plan`` stops it if unneeded).
        _kiwi_early(cache, options, jobs)
    files, missing = discover(list(paths))
    if on_start:
        on_start(len(files))
    problems = [Problem(e.path, e.reason, e.line) for e in missing]
    notes: list[Note] = []
    # Each note's cards, or a worker's packed payload of them: those are
    # unpacked only once the workers have ended and their models are freed.
    parts: list[tuple[Card, ...] | bytes] = []
    for result in _results(files, options, cache, jobs, on_cached, on_note):
        if result.note is not None:
            notes.append(result.note)
            if isinstance(result, _Packed):
                parts.append(result.payload or result.cards)
            else:
                parts.append(result.cards)
        elif result.problem is not None:
            problems.append(result.problem)
    cards: list[Card] = []
    # Unpacking 200,000 cards makes a million lasting objects: at the default
    # thresholds the collector ran 880 times over them (0.5 s of 2.1 s).
    from notequiz.cache import unpack

    with fewer_collections(), paused():
        for i, part in enumerate(parts):
            if isinstance(part, bytes):
                parts[i] = ()  # each payload is dropped as its cards come
                part = unpack(part)
            cards.extend(part)
    del parts
    if len({card.id: None for card in cards}) < len(cards):
        cards, clashes = _without_clashes(cards)
        problems.extend(clashes)
    notices = tuple(Problem(n.path, notice) for n in notes
                    if (notice := encoding_notice(n.encoding)))
    return BuildResult(tuple(notes), tuple(cards), tuple(problems), notices)
