"""Korean analysis: a spaCy tokenizer backed by Kiwi (kiwipiepy).

Every token is one Kiwi morpheme, so ``token.tag_`` is a Sejong-style Kiwi tag
(NNG, JX, VCP, EF, SL, SF …) and ``token.lemma_`` is Kiwi's dictionary form
(하다 for 하/VV). Kiwi sometimes lets morphemes share surface characters
(했다 → 하/VV + 었/EP both sit on 했) or gives them no surface at all (이/VCP
in 학교다); spaCy tokens cannot overlap or be empty, so such morphemes are
merged into one token tagged ``"VV+EP"``, with the parts in ``token._.morphs``.

The Doc always reproduces the input exactly (``doc.text == text``): text that
Kiwi skips becomes spaCy-style whitespace tokens (tag ``_SP``) or, for anything
else it drops, ``SW`` tokens.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy
import spacy
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import registry
from spacy.vocab import Vocab

from notequiz.analyze.kiwi import new_kiwi
from notequiz.analyze.kiwi import running as kiwi_process

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

__all__ = [
    "MORPHS_KEY",
    "SPACE_TAG",
    "TOKENIZER_NAME",
    "KiwiTokenizer",
    "create_kiwi_tokenizer",
    "get_kiwi",
    "korean_nlp",
]

TOKENIZER_NAME = "notequiz.KiwiTokenizer.v1"

SPACE_TAG = "_SP"
"""Tag of whitespace tokens; the same convention as spaCy's trained pipelines."""

OTHER_TAG = "SW"
"""Tag of non-space characters Kiwi returns no morpheme for (Kiwi's "other symbol")."""

MORPHS_KEY = "notequiz.morphs"
"""``Doc.user_data`` key of the ``{token.idx: ((form, tag), ...)}`` map behind ``_.morphs``.

Keyed by character offset rather than token index so the values stay attached
to the right tokens after ``doc.retokenize()``, like spaCy's own extension data.
"""

# Kiwi's cost per character grows with the length of the string it is given
# (measured: ~10x slower per character at 1 MB than at 5 kB), so long texts are
# cut into chunks. Cuts go at blank lines, where Kiwi ends a sentence anyway,
# which leaves its analysis unchanged; only a single paragraph longer than
# _MAX_CHUNK is cut elsewhere.
_TARGET_CHUNK = 1_000
_MAX_CHUNK = 8_000
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENT_END = re.compile(r"[.!?。…][\"')\]]*\s")
_RUNS = re.compile(r"\s+|\S+")
_SPACES = re.compile(r"\s+")

_kiwi: Kiwi | None = None
_HAS_LEMMA = True  # kiwipiepy Token.lemma (dictionary form); older releases lack it
_kiwi_lock = threading.Lock()


def get_kiwi() -> Kiwi:
    """Return the process-wide Kiwi instance, creating it on first use.

    Loading Kiwi's model takes about 0.7 s and 260 MB (see ``KIWI_OPTIONS``),
    so it is done once per process and only when Korean text is actually analysed.
    """
    global _kiwi, _HAS_LEMMA
    if _kiwi is None:
        with _kiwi_lock:  # two threads must not both pay for loading the model
            if _kiwi is None:
                kiwi = new_kiwi()  # first: it explains a missing kiwipiepy
                from kiwipiepy import Token

                _HAS_LEMMA = hasattr(Token, "lemma")
                _kiwi = kiwi
    return _kiwi


def _analyser() -> Any:
    """What answers ``tokenize``: the Kiwi child process while a build runs one, else Kiwi."""
    process = kiwi_process()
    return process if process is not None else get_kiwi()


_analysed: dict[str, Any] = {}
"""Kiwi's analysis of recent single-chunk texts: those ``prefetch`` was given, and
those tokenized since. Rules read some sentences twice (a paragraph, then a
sentence of it for a heading's topic); Kiwi's result for a text never changes."""

_ANALYSED_MAX = 4096
"""Entries kept at most; ``prefetch`` also starts afresh for each note."""

_shared: dict[str, Doc | None] = {}
"""The texts ``prefetch`` was given, and their Doc once made (``None`` before).

The rules read a paragraph twice (for its topic, and for its statements);
they only read Docs, never change them, so within a note one Doc serves
both. Texts not prefetched get a new Doc every time."""


def prefetch(texts: Iterable[str]) -> None:
    """Analyse ``texts`` with Kiwi now, in one call, for the tokenizer to use next.

    The build calls it with the Korean texts of a note before its rules run.
    One call for the whole note costs less than one call per text between
    the rules' work (about a sixth less of Kiwi's time, measured on the
    corpus), and gives exactly the same Docs: a text is looked up by its whole
    value, and the tokenizer analyses what it does not find. Long texts
    (which the tokenizer cuts into chunks) are left to the tokenizer. Until
    the next call, each of ``texts`` gets one Doc however often it is asked
    for (see ``_shared``); ``prefetch(())`` lets them all go.
    """
    wanted = [t for t in dict.fromkeys(texts) if t and len(t) <= _TARGET_CHUNK]
    kept = {t: _analysed[t] for t in wanted if t in _analysed}
    _analysed.clear()  # the previous note's texts are done with
    _analysed.update(kept)
    _shared.clear()
    _shared.update(dict.fromkeys(wanted))
    todo = [t for t in wanted if t not in kept]
    if todo:
        # A list makes Kiwi spread the texts over its threads; results come in order.
        for text, tokens in zip(todo, _analyser().tokenize(todo), strict=True):
            _analysed[text] = tokens


def _get_morphs(token: Token) -> tuple[tuple[str, str], ...]:
    stored = token.doc.user_data.get(MORPHS_KEY)
    if not stored:
        return ()
    value = stored.get(token.idx, ())
    if value and not isinstance(value[0], tuple):
        # Doc.to_bytes/from_bytes (msgpack) turns the tuples into lists.
        return tuple((str(form), str(tag)) for form, tag in value)
    return value  # type: ignore[no-any-return]


if not Token.has_extension("morphs"):
    Token.set_extension("morphs", getter=_get_morphs)


def _split_long(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Cut ``text[start:end]`` (one paragraph) into pieces of at most ``_MAX_CHUNK``.

    Yields ``(start, end, starts_sentence)``; ``starts_sentence`` tells whether
    the piece is believed to begin a sentence, since Kiwi sees each piece alone.
    """
    starts_sentence = True
    while end - start > _MAX_CHUNK:
        window_start = start + _MAX_CHUNK // 2
        window_end = start + _MAX_CHUNK
        cut = -1
        # Prefer a sentence end, then a line break, then any space, so a cut
        # is as unlikely as possible to split what Kiwi would keep together.
        for m in _SENT_END.finditer(text, window_start, window_end):
            cut = m.end()
        next_starts_sentence = cut > 0
        if cut <= 0:
            cut = text.rfind("\n", window_start, window_end) + 1
        if cut <= 0:
            for m in _SPACES.finditer(text, window_start, window_end):
                cut = m.end()
        if cut <= 0:
            cut = window_end
        yield start, cut, starts_sentence
        start, starts_sentence = cut, next_starts_sentence
    yield start, end, starts_sentence


def _chunks(text: str) -> list[tuple[int, int, bool]]:
    """Split ``text`` into ``(start, end, starts_sentence)`` pieces for Kiwi."""
    if len(text) <= _TARGET_CHUNK:
        return [(0, len(text), True)]
    chunks: list[tuple[int, int, bool]] = []

    def add(start: int, end: int) -> None:
        if end - start > _MAX_CHUNK:
            chunks.extend(_split_long(text, start, end))
        else:
            chunks.append((start, end, True))

    start = 0
    prev = 0  # end of the last blank line seen
    for m in _BLANK_LINE.finditer(text):
        end = m.end()
        if end - start > _MAX_CHUNK and prev > start:
            add(start, prev)
            start = prev
        if end - start >= _TARGET_CHUNK:
            add(start, end)
            start = end
        prev = end
    if start < len(text):
        if len(text) - start > _MAX_CHUNK and prev > start:
            add(start, prev)
            start = prev
        add(start, len(text))
    return chunks


def _add_gap(
    gap: str,
    words: list[str],
    spaces: list[bool],
    tags: list[str],
    lemmas: list[str],
    starts: list[int],
) -> None:
    """Append tokens for text Kiwi returned no morpheme for (whitespace, mostly).

    spaCy's convention: one plain space after a word is that word's
    ``whitespace_``; any other whitespace becomes a token of its own.
    """
    for m in _RUNS.finditer(gap):
        run = m.group()
        if run[0].isspace():
            tag = SPACE_TAG
            if words and run[0] == " " and not spaces[-1] and tags[-1] != SPACE_TAG:
                spaces[-1] = True
                run = run[1:]
                if not run:
                    continue
        else:
            tag = OTHER_TAG
        words.append(run)
        spaces.append(False)
        tags.append(tag)
        lemmas.append(run)
        starts.append(-1)


class KiwiTokenizer:
    """spaCy tokenizer: ``text -> Doc`` with one token per Kiwi morpheme.

    Sets ``tag_`` (Kiwi tag, ``"+"``-joined for merged morphemes), ``lemma_``,
    ``is_sent_start`` (Kiwi's sentence split) and ``_.morphs``.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text``; the returned Doc's ``text`` equals ``text`` exactly."""
        if not text:
            return Doc(self.vocab, words=[], spaces=[])
        if text in _shared:
            doc = _shared[text]
            if doc is None or doc.vocab is not self.vocab:
                doc = _shared[text] = self._call(text)
            return doc
        return self._call(text)

    def _call(self, text: str) -> Doc:
        chunks = _chunks(text)
        results: Iterable[Any]
        if len(chunks) == 1:
            found = _analysed.get(text)
            if found is None:
                found = _analyser().tokenize(text)
                if len(_analysed) >= _ANALYSED_MAX:
                    _analysed.clear()
                _analysed[text] = found
            results = [found]
        else:
            kiwi = _analyser()
            # An iterable makes Kiwi spread the chunks over its worker threads;
            # results still come back in input order.
            results = kiwi.tokenize(text[a:b] for a, b, _ in chunks)
        return self._build(text, chunks, results)

    def _build(self, text: str, chunks: list[tuple[int, int, bool]], results: Iterable[Any]) -> Doc:
        # One pass over Kiwi's morphemes, appending to flat lists: this loop
        # runs once per morpheme, so it avoids helper calls on the common path
        # (merges and unusual gaps are rare and take the slower branches).
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        starts: list[int] = []  # 1 starts a sentence, -1 does not (spaCy's SENT_START)
        morphs: dict[int, tuple[tuple[str, str], ...]] = {}
        text_len = len(text)
        has_lemma = _HAS_LEMMA
        g_start = -1  # start of the last Kiwi token; morphemes overlapping it merge into it
        g_end = -1
        cursor = 0  # end of the text covered so far
        seen_word = False
        pending: list[tuple[str, str, str]] = []  # zero-length morphemes awaiting a token

        for (base, _, chunk_starts_sentence), tokens in zip(chunks, results, strict=True):
            # Kiwi numbers sentences from 0 in every chunk; a chunk that
            # continues a sentence must not open a new one at its first token.
            cur_sent: int | None = None if chunk_starts_sentence else 0
            for t in tokens:
                s = base + t.start
                e = s + t.len
                if e > text_len:
                    e = text_len
                if s < g_end or s == e == g_end:
                    # Shares characters with the last token (했 = 하 + 었) or
                    # has no surface right after it (이/VCP in 학교다).
                    tags[-1] = f"{tags[-1]}+{t.tag}"
                    morphs[g_start] += ((t.form, t.tag),)
                    if e > g_end:
                        g_end = cursor = e
                        words[-1] = text[g_start:e]
                    continue
                form: str = t.form
                tag: str = t.tag
                lemma: str = t.lemma if has_lemma else form
                if s < cursor:
                    s = cursor
                if e <= s:
                    pending.append((form, tag, lemma))
                    continue
                if s != cursor:
                    if s == cursor + 1 and words and text[cursor] == " ":
                        spaces[-1] = True
                    else:
                        _add_gap(text[cursor:s], words, spaces, tags, lemmas, starts)
                words.append(text[s:e])
                spaces.append(False)
                sent = t.sent_position
                # Leading whitespace tokens belong to the first sentence (token
                # 0 always starts one), so the first word does not open another.
                starts.append(1 if sent != cur_sent and seen_word else -1)
                cur_sent = sent
                seen_word = True
                if pending:
                    parts = (*((f, tg) for f, tg, _ in pending), (form, tag))
                    tags.append("+".join(tg for _, tg in parts))
                    lemmas.append(pending[0][2])
                    morphs[s] = parts
                    pending = []
                else:
                    tags.append(tag)
                    lemmas.append(lemma)
                    morphs[s] = ((form, tag),)
                g_start = s
                g_end = cursor = e
        if pending and g_start >= 0:
            tags[-1] = "+".join((tags[-1], *(tg for _, tg, _ in pending)))
            morphs[g_start] += tuple((f, tg) for f, tg, _ in pending)
        if cursor < text_len:
            _add_gap(text[cursor:], words, spaces, tags, lemmas, starts)
        return self._make_doc(words, spaces, tags, lemmas, starts, morphs)

    def _make_doc(
        self,
        words: list[str],
        spaces: list[bool],
        tags: list[str],
        lemmas: list[str],
        starts: list[int],
        morphs: dict[int, tuple[tuple[str, str], ...]],
    ) -> Doc:
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:
            starts[0] = 1
            # Doc(tags=..., lemmas=...) hashes every string again; hashing
            # each distinct string once and loading one array is ~3x faster.
            add = self.vocab.strings.add
            tag_ids = {tag: add(tag) for tag in set(tags)}
            lemma_ids = {lemma: add(lemma) for lemma in set(lemmas)}
            array = numpy.empty((len(words), 3), dtype="uint64")
            array[:, 0] = [tag_ids[tag] for tag in tags]
            array[:, 1] = [lemma_ids[lemma] for lemma in lemmas]
            array[:, 2] = numpy.array(starts, dtype="int64").view("uint64")
            doc.from_array([TAG, LEMMA, SENT_START], cast(Any, array))  # thinc stubs: Ints2d
        doc.user_data[MORPHS_KEY] = morphs
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts (spaCy's tokenizer protocol)."""
        for text in texts:
            yield self(text)

    # Serialization: the tokenizer has no state of its own (Kiwi's model comes
    # with kiwipiepy), but spaCy calls these from nlp.to_disk / nlp.from_disk.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Serialize (no state: returns an empty payload)."""
        return b""

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> KiwiTokenizer:
        """Deserialize (no state: returns ``self``)."""
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write an empty marker file so ``nlp.from_disk`` finds the tokenizer."""
        Path(path).write_bytes(b"")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> KiwiTokenizer:
        """Load from disk (no state: returns ``self``)."""
        return self

    def __reduce__(self) -> tuple[type[KiwiTokenizer], tuple[Vocab]]:
        # Keeps pickling (nlp.pipe(n_process=...)) free of the Kiwi instance,
        # which each process loads for itself.
        return (KiwiTokenizer, (self.vocab,))


def create_kiwi_tokenizer() -> Callable[[Language], KiwiTokenizer]:
    """Registry factory for ``{"@tokenizers": "notequiz.KiwiTokenizer.v1"}``."""

    def make_tokenizer(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab)

    return make_tokenizer


# Registered by a call, not the decorator, so mypy keeps the function's type.
registry.tokenizers.register(TOKENIZER_NAME, func=create_kiwi_tokenizer)


def korean_nlp() -> Language:
    """Return a blank Korean pipeline (lang ``"ko"``) tokenized by Kiwi.

    spaCy's own Korean tokenizer needs mecab (natto-py); overriding it in the
    config keeps the Korean lexical attributes and stop words without that.
    """
    return spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
