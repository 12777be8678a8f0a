"""Turn candidates into questions, using the language's templates."""

from __future__ import annotations

import dataclasses

from notequiz.model import Candidate
from notequiz.phrase.templates import english_article, render, template


def phrase(candidate: Candidate) -> Candidate:
    """Return ``candidate`` with its question filled in (explicit cards keep theirs)."""
    if candidate.question:
        return candidate
    name = candidate.kind + (f".{candidate.variant}" if candidate.variant else "")
    values = {
        "term": candidate.term,
        "term_article": english_article(candidate.term),
        "answer": candidate.answer,
        "detail": candidate.detail,
    }
    question = render(template(candidate.lang, name), values)
    return dataclasses.replace(candidate, question=question)
