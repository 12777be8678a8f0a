"""What makes a large build fast and small, checked for its results.

- the JSON export is written a card at a time, one object per line, and
  reads back as the whole document; the build record has exactly the bytes
  of ``json.dumps`` of its document;
- a build whose notes all come from the cache imports neither spaCy nor
  Kiwi, and starts no worker process;
- cards that workers send packed, and notes whose Kiwi analysis was made in
  one call for the whole note, give the same cards as before.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from notequiz import cache as cachemod
from notequiz import collector, pipeline
from notequiz.cache import CACHE_DIR_ENV, NoteCache, fingerprint
from notequiz.export import json_export
from notequiz.model import CARD_KINDS, Card, Note, SourceSpan
from notequiz.pipeline import BuildOptions, build

from .conftest import ROOT, make_card


def whole_document(cards: list[Card], notes: list[Note]) -> bytes:
    """The export in the layout docs/json-format.md describes, made from the whole document.

    Two spaces frame the top level; each note and card is one line, four
    spaces in. Written here independently of the streaming writer.
    """
    doc = json.loads(json.dumps(json_export.to_document(cards, notes)))  # tuples -> lists
    lines = ["{"]
    for name, value in doc.items():
        if isinstance(value, list) and value:
            rows = [json.dumps(v, ensure_ascii=False) for v in value]
            for char in "\u2028\u2029\x85":  # escaped: str.splitlines breaks lines at them
                rows = [row.replace(char, f"\\u{ord(char):04x}") for row in rows]
            lines.append(f'  "{name}": [')
            lines.append(",\n".join("    " + row for row in rows))
            lines.append("  ],")
        else:
            lines.append(f'  "{name}": {json.dumps(value, ensure_ascii=False)},')
    lines[-1] = lines[-1][:-1]
    text = "\n".join(lines) + "\n}\n"
    assert json.loads(text) == doc
    listed = [len(doc[name]) + 1 for name in ("notes", "cards") if doc[name]]
    assert len(text.splitlines()) == 6 + sum(listed)  # one line per note and per card
    return text.encode("utf-8")


def note(path: str, key: str = "", tags: tuple[str, ...] = ()) -> Note:
    return Note(path=path, key=key or path, title="T", tags=tags, categories=(), deck="D",
                date="", lang="ko", sections=())


text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
texts = st.lists(text, max_size=3).map(tuple)
cards = st.builds(
    Card, id=text, kind=st.sampled_from(sorted(CARD_KINDS)), question=text, answer=text,
    term=text, note_key=text,
    source=st.builds(SourceSpan, text, st.integers(0, 10**6), st.integers(0, 10**6), text),
    section=texts, rule=text, lang=text, tags=texts, deck=text, choices=texts,
    shape=st.sampled_from(["basic", "reversed", "cloze"]), cloze=text, items=texts)


@settings(max_examples=300, deadline=None)
@given(st.lists(cards, max_size=4),
       st.lists(st.builds(note, text, text, texts), max_size=3))
def test_streamed_export_has_the_bytes_of_the_whole_document(
    some: list[Card], notes: list[Note]
) -> None:
    assert json_export.dumps(some, notes) == whole_document(some, notes)
    record = {"output": "o", "cards": [[c.id, fingerprint(c), c.question, c.answer, c.deck,
                                        cachemod.joined(c.tags), c.cloze, cachemod.joined(c.items)]
                                       for c in some]}
    prints = [fingerprint(c) for c in some]
    assert zlib.decompress(cachemod._record_bytes("o", some, prints, None)) == json.dumps(
        record, ensure_ascii=False).encode("utf-8")


class Text(str):
    """A ``str`` subclass: ``json`` writes it like any text."""


def test_streamed_export_of_odd_values_matches_json() -> None:
    odd = [
        make_card("nq1", question=Text('say "hi"\n\t\x00\u2028')),
        dataclasses.replace(make_card("nq2"), source=SourceSpan("p", True, 2, "t"),
                            items=["a", 1]),  # a bool line, a list with a number
        make_card("nq3", tags=("한국어", "x\\y")),
    ]
    notes = [note("b.md", tags=("t",)), note("a.md", tags=[Text("u")])]  # type: ignore[arg-type]
    assert json_export.dumps(odd, notes) == whole_document(odd, notes)
    assert json_export.dumps([], []) == whole_document([], [])


def test_build_record_of_many_cards_has_the_bytes_of_the_whole_document() -> None:
    many = [make_card(f"nq{i}", question=f"q{i}", tags=("a", f"t{i % 3}"))
            for i in range(9000)]  # three batches
    record = {"output": "o", "cards": [[c.id, fingerprint(c, "Mine"), c.question, c.answer,
                                        "Mine", f"a\x1ft{i % 3}", c.cloze, ""]
                                       for i, c in enumerate(many)]}
    prints = [fingerprint(c, "Mine") for c in many]
    assert zlib.decompress(cachemod._record_bytes("o", many, prints, "Mine")) == json.dumps(
        record, ensure_ascii=False).encode("utf-8")


def test_export_is_written_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_export, "_CHUNK_CHARS", 100)
    many = [make_card(f"nq{i}") for i in range(50)]
    pieces = list(json_export.iter_bytes(many, [note("a.md")]))
    assert len(pieces) > 10
    assert b"".join(pieces) == whole_document(many, [note("a.md")])


KOREAN = """
    # 생성형 AI

    생성형 AI는 콘텐츠를 만들어 내는 AI다. chatGPT의 원리는 크게 대형 언어 모델과 강화학습으로 나뉜다.

    RLHF 프로세스는 초기모델교육 -> 인적피드백수집 -> 강화학습의 단계를 가진다.

    - TCP: 연결 지향 프로토콜이다.
    - UDP: 비연결형 프로토콜이다.

    질문::답
    """


def test_cache_hits_load_no_language_model(write_note: Callable[..., Path],
                                           tmp_path: Path) -> None:
    write_note("ko.md", KOREAN)
    write_note("en.md", "# Heap\n\nA heap is a tree-based data structure.\n")
    folder = tmp_path / "notes"
    first = build([str(folder)], cache=NoteCache(tmp_path / "cache"))
    assert first.cards
    code = f"""
import sys
from pathlib import Path
from notequiz.cache import NoteCache
from notequiz.pipeline import build

with NoteCache(Path({str(tmp_path / "cache")!r})) as cache:
    result = build([{str(folder)!r}], cache=cache, jobs=2)
    assert (cache.hits, cache.misses) == (2, 0), (cache.hits, cache.misses)
heavy = [m for m in ("spacy", "kiwipiepy", "markdown_it") if m in sys.modules]
assert not heavy, heavy
print(len(result.cards))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60,
                          env={**_env(), CACHE_DIR_ENV: str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(len(first.cards))


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}


def test_no_worker_when_every_note_is_a_hit(write_note: Callable[..., Path], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    write_note("a.md", "# A\n\nQ::A\n")
    write_note("b.md", "# B\n\nR::B\n")
    marked = BuildOptions(automatic=False)
    with NoteCache(tmp_path / "cache") as c:
        expected = build([str(tmp_path / "notes")], marked, cache=c)

    def no_pool(*args: object) -> None:
        raise AssertionError("a worker was started with nothing to build")

    monkeypatch.setattr(pipeline, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(pipeline, "_in_pool", no_pool)
    with NoteCache(tmp_path / "cache") as c:
        again = build([str(tmp_path / "notes")], marked, cache=c, jobs=2)
        assert (c.hits, c.misses) == (2, 0)
    assert again == expected


def test_packed_worker_results_equal_inline_ones(write_note: Callable[..., Path],
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    write_note("ko.md", KOREAN)
    write_note("sub/en.md", "# Heap\n\nA heap is a tree-based data structure.\n")
    folder = str(tmp_path / "notes")
    inline = build([folder])
    monkeypatch.setattr(pipeline, "WORKER_MIN_BYTES", 0)
    with NoteCache(tmp_path / "cache") as c:
        pooled = build([folder], cache=c, jobs=1)
        assert c.stored == 2
    assert pooled == inline
    with NoteCache(tmp_path / "cache") as c:
        assert build([folder], cache=c) == inline  # what the workers stored reads back
        assert c.hits == 2
    korean = str(Path(folder) / "ko.md")
    outcomes = list(pipeline.iter_notes([(korean, folder)], jobs=1))
    assert outcomes[0].cards == tuple(c for c in inline.cards if c.source.path == korean)


def test_pack_refuses_what_would_not_read_back() -> None:
    card = make_card("nq1")
    meta = note("n.md")
    payload = cachemod.pack(meta, [card])
    assert payload is not None and cachemod.unpack(payload) == (card,)
    odd = dataclasses.replace(card, question=Text("q"))
    assert cachemod.pack(meta, [odd]) is None
    lone = make_card("nq2", answer="\ud800")
    assert cachemod.pack(meta, [lone]) is None


def test_prefetched_analysis_gives_the_same_docs() -> None:
    from notequiz.analyze import morphemes as ko
    from notequiz.analyze import nlp_for

    texts = ["생성형 AI는 콘텐츠를 만들어 내는 AI다.", "학교다. 했다.\n\n  TCP는  프로토콜이다 ",
             "한 문단" * 400]  # the last is long: cut into chunks, never prefetched
    nlp = nlp_for("ko")

    def tokens(text: str) -> list[tuple[object, ...]]:
        doc = nlp(text)
        assert doc.text == text
        return [(t.text, t.whitespace_, t.tag_, t.lemma_, t.is_sent_start, t._.morphs)
                for t in doc]

    ko.prefetch(())
    alone = [tokens(t) for t in texts]
    assert nlp(texts[0]) is not nlp(texts[0])
    ko.prefetch(texts)
    assert set(ko._analysed) == set(texts[:2])
    assert [tokens(t) for t in texts] == alone
    assert nlp(texts[0]) is nlp(texts[0]), "one Doc per prefetched text, within a note"
    assert nlp(texts[2]) is not nlp(texts[2])
    ko.prefetch(())
    assert not ko._analysed and not ko._shared
    assert nlp(texts[0]) is not nlp(texts[0])


@pytest.mark.parametrize("text", [
    "학교다. 했다.\n\n  TCP는  프로토콜이다 ",  # 이/VCP and 하/VV+었/EP merge
    "TCP는 연결 지향 프로토콜이다.\n\n" * 80,  # cut into chunks
])
def test_an_analysis_works_out_its_morphemes_only_when_asked(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from notequiz.analyze import morphemes as ko

    ko.prefetch(())
    found = ko.analysis(text)
    passes: list[bool] = []
    build = ko._build

    def counted(*args: object, **kwargs: object) -> ko.Analysis:
        passes.append(bool(kwargs.get("with_morphs")))
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ko, "_build", counted)
    chunks = ko._chunks(text)
    kiwi = ko.get_kiwi()
    eager = build(text, chunks, [kiwi.tokenize(text[a:b]) for a, b, _ in chunks],
                  with_morphs=True)
    assert found.tokens == eager.tokens and not passes, "made before asked"
    assert found.morphs == eager.morphs and passes == [True]
    assert found.morphs is found.morphs and passes == [True], "made once"
    assert found == eager
    if text.startswith("학교다"):
        assert found.morphs[0] == (("학교", "NNG"), ("이", "VCP"))


def test_a_paragraph_s_first_sentences_are_read_off_its_analysis(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from notequiz.analyze import morphemes as ko

    paragraph = ("TCP는 연결 지향 프로토콜이다. 데이터를 순서대로 전달한다.\n"
                 "둘째 줄은 흐름 제어를 설명한다.")
    first = "TCP는 연결 지향 프로토콜이다."
    two = "TCP는 연결 지향 프로토콜이다. 데이터를 순서대로 전달한다."
    cut = "TCP는 연결 지향"  # ends inside a sentence
    spaced = first + " "  # Kiwi alone gives the last token the space
    ko.prefetch(())
    alone = {t: ko.analysis(t) for t in (first, two, cut, spaced)}
    ko.prefetch([paragraph])
    asked: list[object] = []
    analyser = ko._analyser

    def counted() -> object:
        asked.append(1)
        return analyser()

    monkeypatch.setattr(ko, "_analyser", counted)
    try:
        assert ko.analysis(first) == alone[first]
        assert ko.analysis(two) == alone[two]
        assert not asked, "Kiwi was asked again for what it had read in the paragraph"
        assert ko.analysis(cut) == alone[cut] and len(asked) == 1
        assert ko.analysis(spaced) == alone[spaced] and len(asked) == 2
        # Thousands of paragraphs opening alike: a few are looked at, not all.
        ko.prefetch([f"{cut} 프로토콜 {i}번이다." for i in range(2000)])
        looked: list[object] = []
        first_sentences = ko._first_sentences

        def counted_cut(found: ko.Analysis, size: int) -> object:
            looked.append(found)
            return first_sentences(found, size)

        monkeypatch.setattr(ko, "_first_sentences", counted_cut)
        assert ko.analysis(cut) == alone[cut]
        assert 1 <= len(looked) <= ko._OPENINGS_TRIED
    finally:
        ko.prefetch(())


@pytest.mark.parametrize("cpus", [2, 1])
def test_a_note_is_analysed_in_one_kiwi_call(write_note: Callable[..., Path],
                                             monkeypatch: pytest.MonkeyPatch, cpus: int) -> None:
    # With one CPU, one text at a time: Kiwi's threads have nothing to spread over.
    from notequiz.analyze import kiwi as kiwi_module
    from notequiz.analyze import morphemes as ko
    from notequiz.parse import parse_note
    from notequiz.read import read_note

    path = write_note("ko.md", KOREAN)
    parsed = parse_note(read_note(str(path), str(path.parent)))
    plain = pipeline.cards_for_note(parsed)
    kiwi = ko.get_kiwi()
    calls: list[tuple[bool, object]] = []  # (asked by prefetch, text or texts)
    prefetching = [False]
    real_prefetch = ko.prefetch

    def prefetch(texts: Iterable[str], masks: Iterable[tuple[str, str]] = ()) -> None:
        prefetching[0] = True
        try:
            real_prefetch(texts, masks)
        finally:
            prefetching[0] = False

    class Counting:
        def tokenize(self, text: object, *args: object, **kwargs: object) -> object:
            calls.append((prefetching[0], text))
            return kiwi.tokenize(text, *args, **kwargs)

    monkeypatch.setattr(ko, "get_kiwi", lambda: Counting())
    monkeypatch.setattr(ko, "prefetch", prefetch)
    monkeypatch.setattr(kiwi_module, "cpus", lambda: cpus)
    ko._analysed.clear()
    assert pipeline.cards_for_note(parsed) == plain
    prefetched = [text for early, text in calls if early]
    if cpus == 1:
        assert all(isinstance(text, str) for text in prefetched)
        prefetched = [prefetched]
    assert len(prefetched) == 1 and isinstance(prefetched[0], list) and len(prefetched[0]) >= 3
    assert "질문::답" not in " ".join(prefetched[0])  # hand-marked: not the rules' to read
    # A heading rule may ask for a sentence alone (a paragraph's first ones are
    # read off the paragraph's analysis).
    singles = [text for early, text in calls if not early]
    assert all(isinstance(text, str) for text in singles) and len(singles) <= 2, singles
    assert not ko._shared, "the note's Docs are let go"


def test_notes_built_together_have_kiwi_read_them_all_first(
        write_note: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from notequiz.analyze import kiwi as kiwi_module
    from notequiz.analyze import morphemes as ko

    files = [(str(write_note(name, text)), str(write_note(name, text).parent)) for name, text in [
        ("ko.md", KOREAN),
        ("en.md", "# Heap\n\nA heap is a tree-based data structure.\n"),
        ("bad.md", "---\ntitle: [unclosed\n---\n본문이다.\n"),
        ("hash.md", "# 해시\n\n해시 함수는 임의 길이의 데이터를 고정 길이 값으로 바꾸는 함수다.\n"
                    "솔트는 해시 전에 덧붙이는 임의의 값이다.\n"),
    ]]
    alone = [pipeline.build_file(path, root) for path, root in files]
    assert alone[2].problem is not None and all(r.cards for r in alone[:2] + alone[3:])
    kiwi = ko.get_kiwi()
    calls: list[str] = []  # "ahead" or "rules", in order

    class Counting:
        def tokenize(self, text: object, *args: object, **kwargs: object) -> object:
            calls.append("rules" if rules_started else "ahead")
            return kiwi.tokenize(text, *args, **kwargs)

    rules_started = False
    real_cards_for_note = pipeline.cards_for_note

    def cards_for_note(*args: object, **kwargs: object) -> object:
        nonlocal rules_started
        rules_started = True
        return real_cards_for_note(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ko, "get_kiwi", lambda: Counting())
    monkeypatch.setattr(kiwi_module, "cpus", lambda: 2)
    monkeypatch.setattr(pipeline, "cards_for_note", cards_for_note)
    together = pipeline.build_files(files)
    assert together == alone
    # One list of texts per Korean note, before any rule ran; then at most
    # the sentences a rule asks about on their own.
    assert calls[:2] == ["ahead", "ahead"] and "ahead" not in calls[2:]
    assert len(calls) <= 2 + 3, calls
    assert not ko._ahead and not ko._shared, "what was read ahead is let go"


def test_a_note_s_cached_answers_go_when_it_is_done(write_note: Callable[..., Path]) -> None:
    # A blog's notes share no paragraphs: answers kept for the next note
    # would only hold memory, and would flatter a benchmark whose generated
    # notes repeat paragraphs.
    from notequiz.extract import extract
    from notequiz.lang import forget_texts, texts_kept
    from notequiz.parse import parse_note
    from notequiz.read import read_note

    path = write_note("ko.md", KOREAN)
    parsed = parse_note(read_note(str(path), str(path.parent)))
    forget_texts()
    assert list(extract(parsed))
    assert texts_kept() > 0, "within a note, the rules' answers are cached"
    cards = pipeline.cards_for_note(parsed)
    assert cards and texts_kept() == 0


def _collector() -> tuple[tuple[int, ...], bool]:
    """The collector's thresholds, and whether it runs."""
    import gc

    return gc.get_threshold(), gc.isenabled()


FEWER = (collector.GC_THRESHOLD, True)
PAUSED = (collector.GC_THRESHOLD, False)


def _restored(before: tuple[tuple[int, ...], bool]) -> bool:
    """The collector is as it was, and nothing is left frozen."""
    import gc

    return _collector() == before and gc.get_freeze_count() == 0


def test_a_build_collects_garbage_less_often_and_restores_the_collector(
        write_note: Callable[..., Path]) -> None:
    path = write_note("ko.md", KOREAN)
    before = _collector()
    during: list[tuple[tuple[int, ...], bool]] = []
    result = build([str(path)], on_note=lambda _path: during.append(_collector()))
    assert result.cards and during == [FEWER]
    assert collector.GC_THRESHOLD[0] > before[0][0]
    assert _restored(before)


def test_the_build_command_exports_and_records_with_the_collector_paused(
        write_note: Callable[..., Path], tmp_path: Path, runner: CliRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from notequiz import cli, export

    path = write_note("ko.md", KOREAN)
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    seen: list[tuple[str, tuple[tuple[int, ...], bool]]] = []
    real_export, real_record, real_compare = export.export, cachemod.build_record, cachemod.compare

    def exporting(*args: object, **kwargs: object) -> None:
        seen.append(("export", _collector()))
        real_export(*args, **kwargs)  # type: ignore[arg-type]

    def comparing(*args: object, **kwargs: object) -> cachemod.Changes:
        seen.append(("compare", _collector()))
        return real_compare(*args, **kwargs)  # type: ignore[arg-type]

    def recording(*args: object, **kwargs: object) -> cachemod.BuildRecord | None:
        seen.append(("record", _collector()))
        return real_record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "export", exporting)
    monkeypatch.setattr(cachemod, "compare", comparing)
    monkeypatch.setattr(cachemod, "build_record", recording)
    before = _collector()
    out = tmp_path / "out.json"
    assert runner.invoke(cli.app, ["build", str(path), "-o", str(out), "-q"]).exit_code == 0
    assert json_export.load(out)
    # The record is made before the export, which puts it in place with the output.
    assert seen == [("compare", PAUSED), ("record", PAUSED), ("export", PAUSED)]
    assert _restored(before)


def test_cached_notes_are_decoded_with_the_collector_paused(
        write_note: Callable[..., Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_note("ko.md", KOREAN)
    first = build([str(path)], cache=NoteCache(tmp_path / "cache"))
    decoded: list[tuple[tuple[int, ...], bool]] = []
    read_many = NoteCache.read_many

    def reading(self: NoteCache, found: list[cachemod.StoredNote | None]) -> list[
            cachemod.CachedNote | None]:
        decoded.append(_collector())
        return read_many(self, found)

    monkeypatch.setattr(NoteCache, "read_many", reading)
    before = _collector()
    with NoteCache(tmp_path / "cache") as cache:
        again = build([str(path)], cache=cache)
    assert cache.hits == 1 and again.cards == first.cards
    assert decoded == [PAUSED]
    assert _restored(before)


def test_the_previous_build_is_read_with_the_collector_paused(
        write_note: Callable[..., Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    path = write_note("ko.md", KOREAN)
    cards = build([str(path)]).cards
    out, folder = str(tmp_path / "out.json"), tmp_path / "cache"
    cachemod.record_build(out, cards, folder)
    parsed: list[bool] = []

    def loads(text: bytes) -> object:
        import gc

        parsed.append(gc.isenabled())
        return json.loads(text)

    monkeypatch.setattr(cachemod, "json", types.SimpleNamespace(loads=loads, dumps=json.dumps))
    before = _collector()
    found = cachemod.previous_build(out, folder)
    assert found is not None and sorted(found) == sorted(c.id for c in cards)
    assert parsed == [False]
    assert _restored(before)


def test_workers_cards_are_unpacked_with_the_collector_paused(
        write_note: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_note("ko.md", KOREAN)
    built = pipeline.build_file(str(path), str(path.parent))
    assert built.note is not None and built.cards
    payload = cachemod.pack(built.note, built.cards)
    assert payload is not None

    def from_a_worker(*_args: object) -> Iterable[pipeline._Packed]:
        yield pipeline._Packed(str(path), built.note, payload)

    monkeypatch.setattr(pipeline, "_results", from_a_worker)
    unpacked: list[tuple[tuple[int, ...], bool]] = []
    unpack = cachemod.unpack

    def counted(data: bytes) -> tuple[Card, ...]:
        unpacked.append(_collector())
        return unpack(data)

    monkeypatch.setattr(cachemod, "unpack", counted)
    before = _collector()
    result = build([str(path)])
    assert result.cards == built.cards
    assert unpacked == [PAUSED]
    assert _restored(before)


def test_workers_are_no_more_than_tasks_or_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each worker loads its own Kiwi: --jobs 64 on two cores once started 35 of them.
    from notequiz.analyze import kiwi

    monkeypatch.setattr(kiwi, "cpus", lambda: 2)
    assert [pipeline._workers(64, notes) for notes in (1, 8, 9, 1000)] == [1, 1, 2, 2]
    assert pipeline._workers(1, 1000) == 1
    monkeypatch.setattr(kiwi, "cpus", lambda: 16)
    assert pipeline._workers(64, 1000) == 16 and pipeline._workers(4, 1000) == 4
