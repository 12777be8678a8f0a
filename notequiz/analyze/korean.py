"""Korean in spaCy: a tokenizer that makes Docs from Kiwi's analysis.

``token.tag_`` is Kiwi's tag (``"+"``-joined for merged morphemes),
``token.lemma_`` its dictionary form, sentences are Kiwi's, and the Kiwi
morphemes of each token are in ``token._.morphs``; the Doc always
reproduces the input exactly (``doc.text == text``). The analysis itself,
and what it does with morphemes that overlap or have no surface, is in
``analyze.morphemes``, which the Korean rules read without any Doc.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import registry
from spacy.vocab import Vocab

from notequiz.analyze.morphemes import Analysis, analysis, shared

__all__ = [
    "MORPHS_KEY",
    "TOKENIZER_NAME",
    "KiwiTokenizer",
    "create_kiwi_tokenizer",
    "korean_nlp",
]

TOKENIZER_NAME = "notequiz.KiwiTokenizer.v1"

MORPHS_KEY = "notequiz.morphs"
"""``Doc.user_data`` key of the ``{token.idx: ((form, tag), ...)}`` map behind ``_.morphs``.

Keyed by character offset rather than token index so the values stay attached
to the right tokens after ``doc.retokenize()``, like spaCy's own extension data.
"""


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


class KiwiTokenizer:
    """spaCy tokenizer: ``text -> Doc`` with one token per Kiwi morpheme.

    Sets ``tag_`` (Kiwi tag, ``"+"``-joined for merged morphemes), ``lemma_``,
    ``is_sent_start`` (Kiwi's sentence split) and ``_.morphs``.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text``; the returned Doc's ``text`` equals ``text`` exactly."""
        slot = shared(text)
        if slot is None:
            return self._make_doc(analysis(text))
        if slot.doc is None or slot.doc.vocab is not self.vocab:
            slot.doc = self._make_doc(analysis(text))
        return slot.doc

    def _make_doc(self, found: Analysis) -> Doc:
        tokens = found.tokens
        if not tokens:
            return Doc(self.vocab, words=[], spaces=[])
        doc = Doc(self.vocab, words=[t.text for t in tokens], spaces=list(found.spaces))
        # Doc(tags=..., lemmas=...) hashes every string again; hashing
        # each distinct string once and loading one array is ~3x faster.
        add = self.vocab.strings.add
        tag_ids = {tag: add(tag) for tag in {t.tag for t in tokens}}
        lemma_ids = {lemma: add(lemma) for lemma in {t.lemma for t in tokens}}
        starts = numpy.full(len(tokens), -1, dtype="int64")
        starts[list(found.sent_starts)] = 1
        array = numpy.empty((len(tokens), 3), dtype="uint64")
        array[:, 0] = [tag_ids[t.tag] for t in tokens]
        array[:, 1] = [lemma_ids[t.lemma] for t in tokens]
        array[:, 2] = starts.view("uint64")
        doc.from_array([TAG, LEMMA, SENT_START], cast(Any, array))  # thinc stubs: Ints2d
        doc.user_data[MORPHS_KEY] = dict(found.morphs)
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
