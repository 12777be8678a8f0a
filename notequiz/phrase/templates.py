"""Stage 5: question templates per language and card kind.

Templates are data. ``{term}`` inserts a value; ``{term:은/는}`` inserts it
followed by the particle form that agrees with it (see ``particles``), so
one template reads right for LLM은, RLHF는 and 할루시네이션은 alike.
"""

from __future__ import annotations

import re

from notequiz.phrase.particles import attach

TEMPLATES: dict[str, dict[str, str]] = {
    "ko": {
        "definition": "{term:은/는} 무엇인가?",
        "definition.reverse": "다음 설명에 해당하는 용어는? {answer}",
        "acronym": "{term:은/는} 무엇의 약자인가?",
        "acronym.expansion": "{term:을/를} 줄여서 무엇이라고 하는가?",
        "gloss": "{term:을/를} 다른 말로 무엇이라고 하는가?",
        "named_term": "{answer:을/를} 무엇이라고 부르는가?",
        "steps": "{term}의 단계를 순서대로 나열하면?",
        "list": "{term}{detail:은/는}?",
        "list.plain": "{term:은/는} 무엇인가? (모두 나열)",
        "comparison": "{detail}에서 {term:은/는} 어떠한가?",
        "comparison.difference": "{term:은/는} 무엇에서 차이가 있는가?",
        "property": "{term}에 대해 노트가 말하는 것은?",
        "property.detail": "{term}{detail:은/는}?",
        "property.reason": "{term}의 이유는?",
        "property.purpose": "{term:은/는} 무엇에 쓰이는가?",
        "property.fit": "{term:은/는} 무엇에 적합한가?",
    },
    "en": {
        "definition": "What is {term_article}?",
        "definition.plural": "What are {term}?",
        "definition.reverse": "Which term is this? {answer}",
        "acronym": "What does {term} stand for?",
        "acronym.expansion": "What is the abbreviation of {term}?",
        "gloss": "What is another name for {term}?",
        "named_term": "What is the term for: {answer}?",
        "steps": "What are the steps of {term}?",
        "list": "What are the {detail} of {term}?",
        "list.plain": "What are {term}?",
        "comparison": "How does {term} compare with {detail}?",
        "comparison.difference": "How do {term} differ?",
        "property": "What does the note say about {term}?",
        "property.detail": "What is the {detail} of {term}?",
        "property.reason": "Why {term}?",
        "property.purpose": "What is {term} used for?",
        "property.fit": "What is {term} suited for?",
    },
}

_SLOT = re.compile(r"\{(?P<name>\w+)(?::(?P<particle>[^}]+))?\}")


def render(template: str, values: dict[str, str]) -> str:
    """Fill ``template``'s slots from ``values``, agreeing particles with their word."""

    def fill(m: re.Match[str]) -> str:
        value = values.get(m.group("name"), "")
        particle = m.group("particle")
        return attach(value, particle) if particle and value else value

    return " ".join(_SLOT.sub(fill, template).split())


def template(lang: str, name: str) -> str:
    """The template ``name`` for ``lang`` (English when the language has none)."""
    table = TEMPLATES.get(lang, TEMPLATES["en"])
    return table.get(name) or TEMPLATES["en"][name]


_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?![nr]i|s[eu]|ti)|hour|honest)", re.IGNORECASE)


def english_article(term: str) -> str:
    """``term`` with "a"/"an" when it reads as a common noun, else as is.

    Acronyms, names (every word capitalized) and phrases that already start
    with a determiner take no article: "What is TCP?", "What is a Bloom
    filter?", "What is an inode?".
    """
    words = term.split()
    if not words:
        return term
    first = words[0]
    if first.lower() in {"a", "an", "the", "this", "that", "these", "those", "my", "your"}:
        return term
    if len(words) == 1 and first.isupper() and len(first) > 1:
        return term
    if all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return term
    if not first[:1].isalpha():
        return term
    return ("an " if _VOWEL_SOUND.match(first) else "a ") + term
