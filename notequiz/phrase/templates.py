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
        "acronym": "{term:은/는} 무엇의 약자인가?",
        "named_term": "{answer:을/를} 무엇이라고 부르는가?",
        "named_term.sentence": "다음을 무엇이라고 부르는가? {answer}",
        "steps": "{term}의 단계를 순서대로 나열하면?",
        "list": "{term:을/를} 모두 나열하면?",
        "list.detail": "{subject}의 {detail:은/는} 무엇인가?",
        "comparison": "{term}의 특징은? ({section})",
        "comparison.difference": "{term:은/는} 무엇에서 나타나는가?",
        "comparison.fit": "{term:은/는} 무엇에 적합한가? ({section})",
        "property": "{term}의 특징은?",
        "property.detail": "{subject}의 {detail:은/는}?",
        "property.reason": "{term:이/가} 있는 이유는?",
        "property.fit": "{term:은/는} 무엇에 적합한가?",
        "property.category": "{term:은/는} 무엇인가?",
    },
    "en": {
        "definition": "What is {term_article}?",
        "acronym": "What does {term} stand for?",
        "named_term": "What is the term for: {answer}?",
        "named_term.sentence": "What is this called? {answer}",
        "steps": "What are the steps of {term}?",
        "list": "List the {term}.",
        "list.detail": "What are the {detail} of {subject}?",
        "comparison": "How does {term} compare? ({section})",
        "comparison.difference": "How do {term} differ?",
        "comparison.fit": "What is {term} suited for? ({section})",
        "property": "What does the note say about {term}?",
        "property.detail": "What is the {detail} of {subject}?",
        "property.reason": "Why is there {term}?",
        "property.fit": "What is {term} suited for?",
        "property.category": "What is the {term}?",
    },
}

_SLOT = re.compile(r"\{(?P<name>\w+)(?::(?P<particle>[^}]+))?\}")


def render(template: str, values: dict[str, str]) -> str:
    """Fill ``template``'s slots from ``values``, agreeing particles with their word."""

    def fill(m: re.Match[str]) -> str:
        value = values.get(m.group("name"), "")
        particle = m.group("particle")
        return attach(value, particle) if particle and value else value

    text = " ".join(_SLOT.sub(fill, template).split())
    return text.replace(" ()", "").replace("()", "")


def template(lang: str, name: str) -> str:
    """The template ``name`` for ``lang`` (English when the language has none)."""
    table = TEMPLATES.get(lang, TEMPLATES["en"])
    base = name.split(".")[0]
    return table.get(name) or TEMPLATES["en"].get(name) or table.get(base) or TEMPLATES["en"][base]


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
