"""Kiwi's analysis of Korean text as plain values: one token per morpheme, no spaCy.

Every token is one Kiwi morpheme, with a Sejong-style Kiwi tag (NNG, JX, VCP,
EF, SL, SF …) and Kiwi's dictionary form as its lemma (하다 for 하/VV). Kiwi
sometimes lets morphemes share surface characters (했다 → 하/VV + 었/EP both
sit on 했) or gives them no surface at all (이/VCP in 학교다); tokens here, as
in a spaCy Doc, cannot overlap or be empty, so such morphemes are merged into
one token tagged ``"VV+EP"``, with the parts in ``Analysis.morphs``. The
tokens always cover the input exactly: text that Kiwi skips becomes
whitespace tokens (tag ``_SP``) or, for anything else it drops, ``SW`` tokens.

The Korean rules read this ``Analysis`` directly; ``analyze.korean`` makes
spaCy Docs from the same analysis, for what wants a Doc. This module imports
neither spaCy nor (until a text is analysed) Kiwi, so a build of Korean
notes never has to import spaCy.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from notequiz.analyze import kiwi as kiwi_module
from notequiz.analyze.kiwi import new_kiwi
from notequiz.analyze.kiwi import running as kiwi_process

if TYPE_CHECKING:
    from kiwipiepy import Kiwi
    from spacy.tokens import Doc

__all__ = ["OTHER_TAG", "SPACE_TAG", "Analysis", "Morpheme", "Shared", "analyse_ahead", "analysis",
           "drop_ahead", "get_kiwi", "kiwi_input", "prefetch", "shared"]

SPACE_TAG = "_SP"
"""Tag of whitespace tokens; the same convention as spaCy's trained pipelines."""

OTHER_TAG = "SW"
"""Tag of non-space characters Kiwi returns no morpheme for (Kiwi's "other symbol")."""

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
_QUOTES = frozenset("\"”'’")
"""Closing quotes, after which Kiwi may cut a sentence that goes on (``'"…" 같은 식으로'``)."""
_SPACES = re.compile(r"\s+")

_kiwi: Kiwi | None = None
_HAS_LEMMA = True  # kiwipiepy Token.lemma (dictionary form); older releases lack it
_kiwi_lock = threading.Lock()


def get_kiwi() -> Kiwi:
    """Return the process-wide Kiwi instance, creating it on first use.

    Loading Kiwi's model takes 0.7-1 s and 260 MB (see ``KIWI_OPTIONS``),
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

class Morpheme(NamedTuple):
    """One token of an :class:`Analysis`: what a Doc token carries, as plain values.

    ``end - start == len(text)``; a plain space after the token is not part of it.
    """

    text: str
    tag: str
    lemma: str
    start: int
    end: int


_new_morpheme = functools.partial(tuple.__new__, Morpheme)
"""``Morpheme`` from one tuple of its fields, without its Python-level ``__new__`` (faster)."""


Morphs = dict[int, tuple[tuple[str, str], ...]]
"""``{token start: ((form, tag), ...)}``: the Kiwi morphemes of each token."""


class _Later:
    """A token's morphemes (``Analysis.morphs``), worked out when first asked for.

    Only Docs read them; the rules never do, and a build makes no Korean Doc.
    Making them for every morpheme cost a sixth of building an analysis.
    Equal when the morphemes are.
    """

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], Morphs]) -> None:
        self._make: Callable[[], Morphs] | None = make
        self._value: Morphs = {}

    def get(self) -> Morphs:
        if self._make is not None:
            self._value = self._make()
            self._make = None  # lets go of what it was made from
        return self._value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Later) and self.get() == other.get()

    __hash__ = None  # type: ignore[assignment]  # a dict inside: not hashable either


@dataclass(frozen=True, slots=True)
class Analysis:
    """Kiwi's analysis of a text as the tokenizer's Doc holds it, made without spaCy.

    Rules that only read tokens, tags and sentences use this directly: making
    the Doc costs more than their work on it. ``KiwiTokenizer`` makes its Docs
    from it, so both always agree.
    """

    text: str
    tokens: tuple[Morpheme, ...]
    """The Doc's tokens, whitespace tokens (tag ``_SP``) and ``SW`` tokens included."""
    spaces: tuple[bool, ...]
    """Whether a plain space follows each token (spaCy's ``whitespace_``)."""
    sent_starts: tuple[int, ...]
    """Indices of the tokens that open a sentence (``0`` first, if there are tokens)."""
    later: _Later = field(repr=False)
    """Where ``morphs`` comes from."""

    @property
    def morphs(self) -> Morphs:
        """``{token start: ((form, tag), ...)}``: the Kiwi morphemes of each token."""
        return self.later.get()


_CODE_WORD = re.compile(r"\w+")
_MASK = "x"


def kiwi_input(text: str, code: Sequence[tuple[int, int]]) -> str:
    """``text`` as Kiwi is given it: each inline code span (``code``) that holds
    anything but letters and digits becomes one Latin word of the same length.

    Kiwi reads code's punctuation as Korean text's: "`x != x`가 참이면" would
    end a sentence after "!", "`a.b()` 호출" lose its brackets. Masked, the
    span is one foreign word (``SL``); its tokens keep the note's text.
    """
    if not code:
        return text
    parts: list[str] = []
    at = 0
    for start, end in sorted(code):
        if start < at or end > len(text) or _CODE_WORD.fullmatch(text, start, end):
            continue
        parts += (text[at:start], _MASK * (end - start))
        at = end
    return "".join((*parts, text[at:])) if parts else text


_masks: dict[str, str] = {}
"""``prefetch``'s ``masks``: the Kiwi input (``kiwi_input``) of each of the note's texts
that has one of its own."""


_in_order: list[str] = []
"""The texts of ``_shared`` sorted, for ``_opening``; made on its first call after a prefetch."""

_OPENINGS_TRIED = 8
"""Prefetched texts that open with a text ``_opening`` looks at, at most."""

_ahead: dict[tuple[str, ...], dict[str, Any]] = {}
"""``analyse_ahead``'s analyses, by the texts of the note ``prefetch`` will be given."""


class Shared:
    """What is made once for a prefetched text: its analysis, and its Doc if asked for."""

    __slots__ = ("analysis", "doc")

    def __init__(self) -> None:
        self.analysis: Analysis | None = None
        self.doc: Doc | None = None


_shared: dict[str, Shared] = {}
"""The texts ``prefetch`` was given, with what has been made of them so far.

The rules read a paragraph twice (for its topic, and for its statements);
they only read the analysis, never change it, so within a note one serves
both. Texts not prefetched are analysed afresh every time."""


def prefetch(texts: Iterable[str], masks: Iterable[tuple[str, str]] = ()) -> None:
    """Analyse ``texts`` with Kiwi now, in one pass, for the tokenizer to use next.

    ``masks`` pairs texts with their Kiwi input (``kiwi_input``) where it differs;
    until the next call, those texts are analysed from it whenever asked for.

    The build calls it with the Korean texts of a note before its rules run.
    One pass for the whole note costs less than one call per text between
    the rules' work (about a sixth less of Kiwi's time, measured on the
    corpus), and gives exactly the same Docs: a text is looked up by its whole
    value, and the tokenizer analyses what it does not find. Long texts
    (which the tokenizer cuts into chunks) are left to the tokenizer. Until
    the next call, each of ``texts`` gets one Doc however often it is asked
    for (see ``_shared``); ``prefetch(())`` lets them all go. Texts
    ``analyse_ahead`` was given, as this same sequence, are not analysed again.
    """
    texts = tuple(texts)
    _masks.clear()
    _masks.update(masks)
    ready = _ahead.pop(texts, {})
    whole = _wanted(texts)
    wanted = [_masks.get(t, t) for t in whole]
    # ``_analysed`` and ``_ahead`` hold Kiwi's answers by what Kiwi was given.
    kept = {k: found for k in wanted
            if (found := _analysed.get(k, ready.get(k))) is not None}
    _analysed.clear()  # the previous note's texts are done with
    _analysed.update(kept)
    _shared.clear()
    _shared.update((t, Shared()) for t in whole)
    _in_order.clear()
    todo = list(dict.fromkeys(k for k in wanted if k not in kept))
    if todo:
        _analysed.update(zip(todo, _tokenize_each(todo), strict=True))


def analyse_ahead(notes: Iterable[Sequence[str]],
                  masks: Iterable[tuple[str, str]] = ()) -> None:
    """Analyse the Korean texts of several notes now, for each note's ``prefetch``.

    ``notes`` holds, for each note to be built next, the texts its
    ``prefetch`` will be given. Kiwi then runs once for them all rather than
    between each note's rules: Kiwi's model and the rules' code take turns in
    the processor's caches once per group instead of once per note (Python
    ran the rules about 15 % slower right after Kiwi than with Kiwi's answers
    replayed). Each note's texts are analysed as its own prefetch would
    have been (a text two notes share is analysed for each); ``drop_ahead``
    lets go of what no prefetch took. ``masks`` are the notes' (as ``prefetch``'s).
    """
    inputs = dict(masks)
    for texts in notes:
        key = tuple(texts)
        wanted = list(dict.fromkeys(inputs.get(t, t) for t in _wanted(key)))
        if wanted and key not in _ahead:
            _ahead[key] = dict(zip(wanted, _tokenize_each(wanted), strict=True))


def _wanted(texts: Sequence[str]) -> list[str]:
    """The distinct texts of ``texts`` Kiwi reads whole (the tokenizer cuts longer ones)."""
    return [t for t in dict.fromkeys(texts) if t and len(t) <= _TARGET_CHUNK]


def drop_ahead() -> None:
    """Forget what ``analyse_ahead`` analysed and no ``prefetch`` took."""
    _ahead.clear()


def _tokenize_each(texts: list[str]) -> Iterable[Any]:
    """Kiwi's tokens of each of ``texts`` (none of them cut into chunks), in order."""
    analyser = _analyser()
    if kiwi_process() is None and kiwi_module.cpus() < 2:
        # With no second CPU, handing the texts to Kiwi's threads only
        # costs: 2-3 % more of Kiwi's time than asking for one at a time.
        return [analyser.tokenize(text) for text in texts]
    # A list makes Kiwi spread the texts over its threads (and makes one
    # round trip to a child process); results come in order.
    return analyser.tokenize(texts)  # type: ignore[no-any-return]


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


def _add_gap(text: str, start: int, end: int, toks: list[Morpheme], spaces: list[bool]) -> None:
    """Append tokens for ``text[start:end]``, which Kiwi returned no morpheme for.

    That is whitespace, mostly. spaCy's convention: one plain space after a
    word is that word's ``whitespace_``; any other whitespace becomes a token
    of its own.
    """
    for m in _RUNS.finditer(text, start, end):
        run = m.group()
        at = m.start()
        if run[0].isspace():
            tag = SPACE_TAG
            if toks and run[0] == " " and not spaces[-1] and toks[-1].tag != SPACE_TAG:
                spaces[-1] = True
                run = run[1:]
                at += 1
                if not run:
                    continue
        else:
            tag = OTHER_TAG
        toks.append(_new_morpheme((run, tag, run, at, at + len(run))))
        spaces.append(False)


def analysis(text: str) -> Analysis:
    """Kiwi's analysis of ``text``: the tokens, tags and sentences its Doc would have.

    A text ``prefetch`` was given is analysed once until the next ``prefetch``.
    """
    shared = _shared.get(text)
    if shared is None:
        return _opening(text) or _analyse(text)
    if shared.analysis is None:
        shared.analysis = _analyse(text)
    return shared.analysis


def _opening(text: str) -> Analysis | None:
    """The analysis of ``text`` read off a prefetched text that opens with it, if there is one.

    The rules ask about a paragraph's first sentence on its own (a heading's
    topic, a list's lead-in). Where Kiwi ended a sentence at the end of
    ``text`` in its analysis of the whole paragraph, those sentences are
    ``text``'s analysis: the sentence reads the same alone as in its paragraph,
    and Kiwi is not asked a second time.
    """
    size = len(text)
    if not size or text[-1].isspace() or not _shared:
        return None  # a space at its end would be the last token's, not the paragraph's
    if not _in_order:
        _in_order.extend(sorted(_shared))
    # The texts that open with ``text`` sort together right after it; a few
    # are tried, so that a note of thousands of such texts stays linear.
    at = bisect.bisect_left(_in_order, text)
    for whole in _in_order[at : at + _OPENINGS_TRIED]:
        if not whole.startswith(text):
            break
        slot = _shared[whole]
        found = slot.analysis
        if found is None:
            found = slot.analysis = _analyse(whole)
        part = _first_sentences(found, size)
        if part is not None:
            return part
    return None


def _first_sentences(found: Analysis, size: int) -> Analysis | None:
    """``found`` cut to its first ``size`` characters, when a sentence of it ends there.

    ``None`` when a token runs across the cut, or anything but whitespace
    comes between the cut and the next sentence.
    """
    toks = found.tokens
    count = 0  # tokens that end by the cut
    while count < len(toks) and toks[count].end <= size:
        count += 1
    if count == 0 or (count < len(toks) and toks[count].start < size):
        return None
    upto = next((i for i in found.sent_starts if i >= count), len(toks))
    if any(toks[i].tag != SPACE_TAG for i in range(count, upto)):
        return None  # the cut is inside a sentence
    text = found.text[:size]
    starts = tuple(i for i in found.sent_starts if i < count)

    def morphs() -> Morphs:
        return {at: parts for at, parts in found.morphs.items() if at < size}

    return Analysis(text, toks[:count], (*found.spaces[: count - 1], False), starts,
                    _Later(morphs))


def _analyse(text: str) -> Analysis:
    if not text:
        return Analysis(text, (), (), (), _Later(dict))
    given = _masks.get(text, text)  # what Kiwi reads: the same length, code masked
    chunks = _chunks(text)
    results: Sequence[Any]
    if len(chunks) == 1:
        found = _analysed.get(given)
        if found is None:
            found = _analyser().tokenize(given)
            if len(_analysed) >= _ANALYSED_MAX:
                _analysed.clear()
            _analysed[given] = found
        results = [found]
    else:
        # An iterable makes Kiwi spread the chunks over its worker threads;
        # results still come back in input order. (A list: ``morphs`` may
        # read them again.)
        results = list(_analyser().tokenize(given[a:b] for a, b, _ in chunks))
    built = _build(text, chunks, results)
    if given is text:
        return built
    # A masked span's lemma is Kiwi's "xxxx": it is the span's own text.
    toks = tuple(t._replace(lemma=t.text) if given[t.start:t.end] != t.text else t
                 for t in built.tokens)
    return dataclasses.replace(built, tokens=toks)


def _build(text: str, chunks: list[tuple[int, int, bool]], results: Sequence[Any],
           with_morphs: bool = False) -> Analysis:
    """The analysis of ``text`` from Kiwi's ``results`` for its ``chunks``.

    Its ``morphs`` are made when first read, by this same pass over the
    same results (``with_morphs``).
    """
    # One pass over Kiwi's morphemes: this loop runs once per morpheme, so it
    # avoids helper calls on the common path (merges and unusual gaps are rare
    # and take the slower branches) and makes each token's ``Morpheme`` at
    # once; a merge replaces the last one.
    toks: list[Morpheme] = []
    spaces: list[bool] = []
    sent_starts = [0]  # token 0 always starts a sentence
    morphs: Morphs | None = {} if with_morphs else None
    new = tuple.__new__
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
                word, last_tag, last_lemma, at, end = toks[-1]
                if morphs is not None:
                    morphs[g_start] += ((t.form, t.tag),)
                if e > g_end:
                    g_end = cursor = e
                    word = text[g_start:e]
                    end = at + len(word)
                toks[-1] = new(Morpheme, (word, f"{last_tag}+{t.tag}", last_lemma, at, end))
                continue
            # The form is read only where it is kept: a token's text is its
            # span of ``text``, and its lemma Kiwi's own.
            tag: str = t.tag
            if s < cursor:
                s = cursor
            if e <= s:
                form = t.form
                pending.append((form, tag, t.lemma if has_lemma else form))
                continue
            lemma: str = t.lemma if has_lemma else t.form
            if s != cursor:
                if s == cursor + 1 and toks and text[cursor] == " ":
                    spaces[-1] = True
                else:
                    _add_gap(text, cursor, s, toks, spaces)
            sent = t.sent_position
            if sent != cur_sent:
                # Leading whitespace tokens belong to the first sentence (token
                # 0 always starts one), so the first word does not open another.
                if seen_word and not tag.startswith(("J", "XS")) and not (
                        t.form == "같" and tag == "VA" and toks and toks[-1].text in _QUOTES):
                    sent_starts.append(len(toks))
                elif seen_word:
                    # A particle or a suffix opens no sentence, nor 같은 after a quote: Kiwi
                    # cut after a closing quote ('…잡음. "주인이 누군지"' / '는 …', '"상품 123
                    # 관련 페이지 전부"' / '같은 식으로 …', '…사용함. "… 다시 구현"' / '한 느낌').
                    # The sentence starts after its last full stop.
                    back = next((i + 1 for i in range(len(toks) - 1, sent_starts[-1], -1)
                                 if toks[i].tag.startswith("SF")), len(toks))
                    if back < len(toks):
                        sent_starts.append(back)
                cur_sent = sent
            seen_word = True
            if pending:
                parts = (*((f, tg) for f, tg, _ in pending), (t.form, tag))
                tag = "+".join(tg for _, tg in parts)
                lemma = pending[0][2]
                if morphs is not None:
                    morphs[s] = parts
                pending = []
            elif morphs is not None:
                morphs[s] = ((t.form, tag),)
            toks.append(new(Morpheme, (text[s:e], tag, lemma, s, e)))
            spaces.append(False)
            g_start = s
            g_end = cursor = e
    if pending and g_start >= 0:
        word, last_tag, last_lemma, at, end = toks[-1]
        last_tag = "+".join((last_tag, *(tg for _, tg, _ in pending)))
        toks[-1] = new(Morpheme, (word, last_tag, last_lemma, at, end))
        if morphs is not None:
            morphs[g_start] += tuple((f, tg) for f, tg, _ in pending)
    if cursor < text_len:
        _add_gap(text, cursor, text_len, toks, spaces)
    if not toks:
        sent_starts = []

    def later() -> Morphs:
        if morphs is not None:
            return morphs
        return _build(text, chunks, results, with_morphs=True).morphs

    return Analysis(text, tuple(toks), tuple(spaces), tuple(sent_starts), _Later(later))


def shared(text: str) -> Shared | None:
    """The slot of a text ``prefetch`` was given (``None`` for others), to keep its Doc in."""
    return _shared.get(text)
