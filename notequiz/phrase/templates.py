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
        "definition.code": "{term:은/는} 무엇인가?",
        "acronym": "{term:은/는} 무엇의 약자인가?",
        "named_term": "{answer:을/를} 무엇이라고 부르는가?",
        "named_term.sentence": "다음을 무엇이라고 부르는가? {answer}",
        # "…통신이 가능한 반이중 통신": a relative clause needs 것 to be asked about.
        "named_term.modifier": "{answer} 것을 무엇이라고 부르는가?",
        "steps": "{term}의 단계를 순서대로 나열하면?",
        "steps.of": "{term}의 단계를 순서대로 나열하면?",
        "list": "{term:을/를} 모두 나열하면?",
        "list.detail": "{subject}의 {detail:은/는} 무엇인가?",
        "comparison": "{term}의 특징은? ({section})",
        "comparison.difference": "{term:은/는} 무엇에서 나타나는가?",
        "comparison.vs": "{first:은/는} {second:와/과} 어떻게 다른가?",
        "comparison.fit": "{term:은/는} 무엇에 적합한가? ({section})",
        "property": "{term}의 특징은?",
        "property.detail": "{subject}의 {detail:은/는}?",
        "property.does": "{subject:이/가} {detail:은/는}?",
        "property.label": "{subject} — {detail}?",
        # How the note's subject looks on a platform ("Go: …" under "## 다른 언어에선").
        "property.platform": "{term}에서는?",
        "property.reason": "{term:이/가} 있는 이유는?",
        "property.fit": "{term:은/는} 무엇에 적합한가?",
        "property.category": "{term:은/는} 무엇인가?",
        # An answer that is a noun and its clause: "제네릭은 어떤 기능인가? -> …해주는 기능"
        "property.kind_of": "{term:은/는} 어떤 {detail}인가?",
        # A statement quoted as the note makes it: "JVM은 플랫폼에 독립적이다."
        "property.why": "{term}. 그 이유는 무엇인가?",
        "property.why_order": "{term}. 그 이유는 무엇인가?",
    },
    "en": {
        # Definitions: "What is a Bloom filter?", "What are trees?", "What is the …of …?"
        "definition": "What is {term_article}?",
        "definition.definite": "What is the {term}?",
        # A name written as code (`stop`, `fair`): no article.
        "definition.code": "What is {term}?",
        "definition.plural": "What are {term}?",
        "definition.means": "What does {detail} mean?",
        "acronym": "What does {term} stand for?",
        # The note describes something and names it; the card asks for the name.
        "named_term": "What is {answer} called?",
        "named_term.alias": "What is another name for {answer}?",
        "named_term.sentence": "What is this called? {answer}",
        "named_term.when": "What is it called {detail} {answer}?",
        # "How to insert an element" → "What are the steps to insert an element?"
        "steps": "What are the steps to {term}?",
        "steps.of": "What are the steps of {term}?",
        "steps.when": "What happens, step by step, {detail} {term}?",
        # An arrow chain's lead-in: "What is the lifecycle of a signal, in order?"
        "steps.order": "What is {term}, in order?",
        "steps.order_plural": "What are {term}, in order?",
        "steps.named": "What is {term}?",
        "list": "What are the {term}?",
        "list.detail": "What are the {detail} of {subject}?",
        "list.by": "What is {term_article} {detail}?",
        "list.by_the": "What is the {term} {detail}?",
        "list.by_plural": "What are {term} {detail}?",
        "list.by_the_plural": "What are the {term} {detail}?",
        "list.consists": "What {detail} consist of?",
        "comparison": "How does {term} compare? ({section})",
        "comparison.vs": "{term}: what is the difference?",
        "comparison.stem": "{section} — complete: {detail} …",
        "comparison.difference": "How do {term} differ?",
        "property": "What does the note say about {term}?",
        # A statement studied as its sentence: "Complete: deletion is …" → "not possible".
        "property.stem": "Complete: {detail} …",
        "property.detail": "What is the {detail} of {subject}?",
        "property.detail_plural": "What are the {detail} of {subject}?",
        # A detail that is no noun ("Succeeds when", "Values stored in"): as a label.
        "property.label": "{subject} — {detail}?",
        "property.platform": "What about {term}?",
        "property.does": "What does {subject} {detail}?",
        "property.condition": "What happens {detail} {term}?",
        # "What happens if it's empty? (Buddy allocator)": the section says what "it" is.
        "property.condition_in": "What happens {detail} {term}? ({section})",
        # Advice: "What should you do when migrating off cron?" -> "read cron's man page first".
        "property.condition_do": "What should you do {detail} {term}?",
        "property.purpose": "What {detail} {term_article} used for?",
        "property.reason": "Why is there {term}?",
        # A statement quoted as the note makes it: "Why is it that size is O(1)?"
        "property.why": "Why is it that {term}?",
        # Advice quoted as the note gives it: "Why use a constant-time comparison?"
        "property.why_order": "Why {term}?",
        "property.fit": "What is {term} suited for?",
        "property.category": "What is the {term}?",
        "property.category_plural": "What are the {term}?",
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


_VOWEL_SOUND = re.compile(r"^(?!eu|ewe|one\b|once|uni|use|usu|uti|ura|uri|ure|ubi)(?:[aeiou]|hour|honest|heir)")
"""Words read with a vowel sound first: "an inode", "an hour" (not "a user", "a unit")."""

_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
"""Letters whose names start with a vowel sound: "an LRU cache", "an HTTP request"."""

_NO_ARTICLE = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "its",
    "his", "her", "some", "any", "each", "every", "all", "both", "no",
})

COMMON_HEADS = frozenset({
    "algorithm", "array", "cache", "class", "database", "filter", "function", "graph", "heap",
    "index", "key", "list", "map", "method", "model", "network", "object", "operator",
    "pattern", "protocol", "queue", "server", "set", "stack", "structure", "table", "tree",
    "type", "value", "variable", "framework", "library", "service", "system", "file",
})
"""Head nouns that make a Title Case term common (a Bloom Filter), not a name (Google Chrome)."""

_UNCOUNTABLE = re.compile(r"(?:ency|ancy|ness|ism|ics|ware|put)$")
"""Endings of nouns used without an article: latency, consistency, throughput, middleware."""

_IDENTIFIER = re.compile(r"^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*|"
                         r"[A-Za-z_]\w*\.\w+)$")
"""A word written as code: snake_case, camelCase, a.b (sched_latency_ns, useEffect); a
hyphen is English too (a trade-off), so kebab-case counts only as inline code."""
_ACRONYM_WORD = re.compile(r"^[A-Z][A-Z0-9&+/.-]*[A-Z0-9]$")

_ADVERB = re.compile(r"^(?:fully|partially|strongly|weakly|eventually|loosely|tightly|highly|"
                     r"mostly|purely|strictly)$")
_ADJECTIVE = re.compile(r"^(?:im|in|un|non-?)\w+(?:able|ible)$|(?:ous|ful|less)$|-\w+(?:ed|ive)$|"
                        r"^(?:private|public|protected|static|final|abstract|volatile|atomic)$")
"""Endings of adjectives, and adjectives that name settings: a label no article reads with
("What is immutable?", "What is public?"), unlike a noun ("What is a blob?")."""


def english_article(term: str) -> str:
    """``term`` with "a"/"an" when it reads as a singular common noun, else as is.

    Acronyms, names, plurals, possessives, code and phrases that already start
    with a determiner take no article: "What is TCP?", "What is a Bloom
    filter?", "What is an inode?", "What is an LRU cache?", "What is
    Dijkstra's algorithm?", "What is get()?".
    """
    words = term.split()
    if not words:
        return term
    first = words[0]
    last = words[-1]
    if first.lower() in _NO_ARTICLE or not first[:1].isalpha():
        return term
    if len(words) == 1 and _ACRONYM_WORD.match(first) and len(first) > 1:
        return term
    if "'s " in term or "’s " in term or "()" in term or any(ch in term for ch in "<>`"):
        return term
    if len(words) == 1 and _IDENTIFIER.match(first):
        return term  # code: "What is sched_latency_ns?", "What is useEffect?"
    if is_plural(last) or last.lower() in {"data", "information", "software", "hardware"}:
        return term
    if len(term) <= 2:
        return term  # a symbol: "What is n?"
    if (len(words) == 1 and _UNCOUNTABLE.search(first.lower())) or (
            last.lower().endswith("ing") and len(last) > 5):
        return term  # a gerund or an abstract noun: "What is HTTP caching?", "What is latency?"
    if _ADJECTIVE.search(last.lower()) or (len(words) > 1 and _ADVERB.match(first.lower())):
        return term  # a label that is an adjective: "What is immutable?", "fully associative"
    capitalized = all(w[:1].isupper() for w in words if w[:1].isalpha())
    if capitalized and (len(words) == 1 or last.lower() not in COMMON_HEADS):
        return term
    if _ACRONYM_WORD.match(first) and (len(first) <= 3 or not re.search(r"[AEIOU]", first)):
        vowel = first[0] in _VOWEL_LETTERS  # read letter by letter: an LRU, an HTTP
    else:
        vowel = bool(_VOWEL_SOUND.match(first.lower()))  # read as a word: a JSON, a FIFO
    return ("an " if vowel else "a ") + term


def is_plural(word: str) -> bool:
    """True for a plural noun (``caches``), not ``class``, ``status`` or ``analysis``."""
    w = word.lower()
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ys"))
            and w.isalpha())
