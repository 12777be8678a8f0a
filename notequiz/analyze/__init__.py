"""Analyze stage: Korean text -> Kiwi's analysis; English text -> spaCy ``Doc``.

Korean text goes through Kiwi (:mod:`notequiz.analyze.morphemes`, plain
tuples that the Korean rules read; :mod:`notequiz.analyze.korean` makes spaCy
Docs of them for what wants one), English text through spaCy
(:mod:`notequiz.analyze.english`). spaCy, Kiwi and their models are imported
only on the first call: modules that import this package (the CLI among them)
must start fast, and spaCy takes half a second to import, Kiwi 0.7-1 s to load.

Environment:
    ``NOTEQUIZ_EN_MODEL``: name (or path) of a spaCy pipeline to use for
    English, e.g. ``en_core_web_sm``; it must be installed. Unset or empty
    means the built-in blank English pipeline with a rule-based sentencizer.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from notequiz.errors import NotequizError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["EN_MODEL_ENV", "LANGUAGES", "ModelNotInstalledError", "analyze", "nlp_for"]

EN_MODEL_ENV = "NOTEQUIZ_EN_MODEL"
"""Environment variable naming the spaCy pipeline used for English."""

LANGUAGES = ("ko", "en")
"""Language codes :func:`nlp_for` accepts (those :func:`notequiz.lang.detect` returns)."""


class ModelNotInstalledError(NotequizError):
    """A language model the configuration asks for is not installed."""


@functools.cache
def _build(lang: str, model: str | None) -> Language:
    # Cached on (lang, model) rather than lang alone so that changing
    # NOTEQUIZ_EN_MODEL (e.g. in tests) gives a matching pipeline.
    if lang == "ko":
        from notequiz.analyze.korean import korean_nlp

        return korean_nlp()
    from notequiz.analyze.english import english_nlp

    return english_nlp(model)


def nlp_for(lang: str) -> Language:
    """Return the spaCy pipeline for ``lang`` (``"ko"`` or ``"en"``), built once.

    English uses the pipeline named by ``NOTEQUIZ_EN_MODEL`` when it is set.

    Raises:
        ValueError: ``lang`` is not one of :data:`LANGUAGES`.
        ModelNotInstalledError: ``NOTEQUIZ_EN_MODEL`` names a pipeline that is
            not installed.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    model = (os.environ.get(EN_MODEL_ENV) or "").strip() or None if lang == "en" else None
    return _build(lang, model)


def analyze(text: str, lang: str) -> Doc:
    """Tokenize and annotate ``text`` with the pipeline for ``lang``.

    ``doc.text == text`` always holds, so character offsets into the Doc are
    offsets into ``text``.
    """
    return nlp_for(lang)(text)
