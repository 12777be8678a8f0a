"""English analysis: a blank spaCy pipeline with a rule-based sentencizer.

Card building only needs tokens and sentence boundaries, which spaCy's rule
based tokenizer and ``sentencizer`` give without any download. A trained
pipeline (``en_core_web_sm`` …) can be asked for instead, for tags and lemmas.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from notequiz.analyze import ModelNotInstalledError

__all__ = ["english_nlp"]

# Components whose output includes sentence boundaries; a loaded pipeline
# that has none of them gets a sentencizer.
_SENT_ATTRS = ("token.is_sent_start", "doc.sents")


def _has_sentence_boundaries(nlp: Language) -> bool:
    for name in nlp.pipe_names:
        assigns = nlp.get_pipe_meta(name).assigns
        if any(attr in assigns for attr in _SENT_ATTRS):
            return True
    return False


def english_nlp(model: str | None = None) -> Language:
    """Return an English pipeline that sets sentence boundaries.

    Without ``model``: ``spacy.blank("en")`` plus a ``sentencizer``. With
    ``model`` (a package name such as ``"en_core_web_sm"``, or a path), that
    pipeline is loaded, and a ``sentencizer`` added when none of its enabled
    components sets sentence boundaries.

    Raises:
        ModelNotInstalledError: ``model`` is not installed (or not loadable).
    """
    if model is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # spaCy's E050 "Can't find model" and unreadable paths
        raise ModelNotInstalledError(
            f"spaCy model {model!r} could not be loaded ({exc}). Install it with "
            f"`python -m spacy download {model}`, or unset NOTEQUIZ_EN_MODEL to use "
            "the built-in English tokenizer."
        ) from exc
    if not _has_sentence_boundaries(nlp):
        nlp.add_pipe("sentencizer")
    return nlp
