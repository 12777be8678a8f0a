"""Turn candidates into questions, using the language's templates."""

from __future__ import annotations

import dataclasses
import re

from notequiz import cloze
from notequiz.extract.patterns_en import ACTS_WHERE, PREPOSITIONS
from notequiz.model import Candidate
from notequiz.phrase.particles import attach
from notequiz.phrase.templates import english_article, is_plural, render, template


def phrase(candidate: Candidate) -> Candidate:
    """Return ``candidate`` with its question filled in (explicit cards keep theirs)."""
    if candidate.question:
        return candidate
    if candidate.shape == "cloze" and candidate.cloze:
        # A rule's cloze asks its own question: the text with the deletion blanked.
        return dataclasses.replace(candidate, question=cloze.blanked(cloze.parse(candidate.cloze)))
    variant = candidate.variant
    if candidate.kind == "named_term" and not variant and _is_sentence(candidate.answer):
        variant = "sentence"  # a whole statement reads badly with a particle glued on
    described = candidate.answer
    if candidate.lang == "en" and candidate.kind == "named_term" and variant != "sentence":
        # A sentence's subject, asked about mid-question: "What is reading a value … called?"
        described = _SENTENCE_OPENER.sub(lambda m: m.group().lower(), described, count=1)
    detail = candidate.detail
    if candidate.lang == "en" and variant in ("detail", "label") and detail:
        asks = detail.endswith("?")  # a header that asks: "Creates a layer?"
        detail = detail.rstrip("?")
        # An aspect comes from a header or a label, capitalized as a title: "What is
        # the latency of L1d?", "What are the types of probes?".
        detail = _untitled(detail)
        if candidate.kind == "property" and (
                asks or _NOT_A_NOUN.search(detail) or ACTS_WHERE.match(detail)
                or _YES_NO.match(candidate.answer)):
            variant = "label"  # "What is the succeeds when of exec?" would not read, nor
            # "What is the insert at cursor of Rope?" or "What is the mean-centering of
            # LayerNorm? -> yes"
        if candidate.kind == "property" and variant == "label" and not asks and (
                _DOES_EN.fullmatch(detail)):
            variant, detail = "does", detail[:-1]  # not "Count-Min — answers?"
        if candidate.kind == "property" and variant == "detail" and is_plural(_head(detail)):
            variant = "detail_plural"  # "What are the extra files of WAL?", not "What is …"
    if candidate.lang == "ko" and variant == "detail" and detail and _DOES_KO.match(detail):
        variant = "does"  # "fsync(fd)가 하는 일은?", not "fsync(fd)의 하는 일은?"
    term = candidate.term
    if candidate.lang == "en" and candidate.kind == "definition" and not variant and _plural(term):
        # "What is Typical uses?" would not read: a plural label or heading is asked with
        # "are", and one capitalized as a title loses its capital ("What are typical uses?").
        variant = "plural"
        term = _untitled(term)
    if candidate.lang == "en" and candidate.kind == "list" and not variant:
        term = _THE.sub("", term)  # "## The policies": "What are the policies?", not "the The"
    if candidate.lang == "en" and candidate.kind == "property" and variant == "category":
        # An aspect asked alone, its context saying of what: "What are the uses?"
        term = _untitled(term)
        if is_plural(_head(term)):
            variant = "category_plural"
    name = candidate.kind + (f".{variant}" if variant else "")
    subject = candidate.term
    if candidate.detail and subject.endswith(candidate.detail):
        # "TCP의 특징" → subject "TCP"; the template adds its own 의 / "of".
        subject = _OWNER_MARK.sub("", subject[: -len(candidate.detail)].strip())
    # "A vs B": templates may name the two sides on their own.
    first, _, second = candidate.term.partition(" vs ")
    pair = _VERSUS.split(subject, maxsplit=1)
    if candidate.lang == "ko" and candidate.kind != "comparison" and len(pair) == 2:
        # The 공통점 of "Overriding vs Overloading" is that of "Overriding과 Overloading".
        subject = f"{attach(pair[0], '와/과')} {pair[1]}"
    chosen = template(candidate.lang, name)
    values = {
        "first": first,
        "second": second or first,
        "subject": subject,
        "term": term,
        # Only English templates ask for it: the article is not worked out for nothing.
        "term_article": english_article(candidate.term) if "{term_article" in chosen else "",
        "answer": described,
        "detail": detail,
        "section": candidate.section[-1] if candidate.section else "",
    }
    question = render(chosen, values)
    if candidate.lang == "ko" and "의 " in question:
        # "Race Condition이 발생하는 경우": a modifier takes no 의 ("발생하는의 경우").
        question = _MODIFIER_OF.sub(r"\1 ", question)
    if candidate.kind == "named_term":
        # The note describes something and names it: ask for the name.
        return dataclasses.replace(candidate, question=question, answer=candidate.term)
    shape = candidate.shape
    if candidate.kind == "definition" and _reversible(candidate):
        shape = "reversed"
    return dataclasses.replace(candidate, question=question, shape=shape)


_VERSUS = re.compile(r"\s+vs\.?\s+", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SENTENCE_OPENER = re.compile(r"^(?:The|An?)(?=\s)|^[A-Z][a-z]{3,}ing(?=\s+[a-z])")
"""A capital that only opens the sentence: an article, or a gerund (Reading a value …; not
Turing machines or Spring Boot)."""


def _plural(term: str) -> bool:
    """Whether an English term names things in the plural ("Typical uses", "Goals").

    Not a name in camel case ("EncryptedExtensions", one message), an acronym (CQRS, HTTPS), a
    word in -as, -ics or -os (Keras, analytics), nor a name that only looks plural (Postgres,
    Kubernetes).
    """
    head = _head(term)
    return (is_plural(head) and not _CAMEL.search(head) and not head.isupper()
            and not head.lower().endswith(("as", "ics", "os")) and head.lower() not in _NAMES_IN_S)


_CAMEL = re.compile(r"[a-z][A-Z]")
_NAMES_IN_S = frozenset({"postgres", "kubernetes", "jenkins", "windows", "iptables", "nftables",
                         "ebtables", "pandas", "hermes"})
"""Names of one thing that end like plurals."""

_TITLE_WORD = re.compile(r"^[A-Z][a-z]+(?:[\s-][a-z][\w-]*)*$")
"""A header written as a title (Latency, Leaf links, Fan-out), not a name (TTL, L1d, Big-O)."""


def _untitled(text: str) -> str:
    """``text`` without the capital of a title, asked mid-question ("Uses" → "uses"); a name
    keeps its own (TTL, L1d)."""
    return text[0].lower() + text[1:] if _TITLE_WORD.match(text) else text
_YES_NO = re.compile(r"(?:yes|no|true|false)(?:$|\s*[(,;:—–-])", re.IGNORECASE)
"""An answer that says whether ("yes", "no (eval uses running stats)"): the header
is asked as a label, "LayerNorm — mean-centering?"."""
def _head(phrase: str) -> str:
    """The last word of ``phrase`` before a preposition: its head noun ("effect on weights" →
    "effect", "fsyncs per commit" → "fsyncs")."""
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), len(words))
    return words[cut - 1] if words else ""


_NOT_A_NOUN = re.compile(
    r"\b(?:in|of|for|to|on|at|by|with|from|when|where|how|what|why|it|is|are|does|do)$|"
    r"\b(?:it|when|where|which|who|what|how|why|is|are)\b|"
    rf"^(?:{'|'.join(sorted(PREPOSITIONS))})\s", re.IGNORECASE)
"""A detail that ends in a preposition, holds a clause's words or opens with a preposition
("On a file"): not "the … of X"."""
_DOES_EN = re.compile(r"(?:answer|store|isolate|need|return|hold|contain|support|require|guarantee"
                      r"|provide|track|protect|solve)s")
"""A detail that is one verb taking an object, in the third person ("answers", "isolates"):
"What does Count-Min answer?", "What does pid isolate?"."""


_OWNER_MARK = re.compile(r"\s*의$")
_MODIFIER_OF = re.compile(r"(?<=[가-힣])(는|할|될|던)의 ")
_DOES_KO = re.compile(r"[가-힣]+는\s+\S")
"""A Korean detail that opens with a verb's modifier ("하는 일", "쓰는 곳"): its owner is the
verb's subject."""
_SENTENCE_END = re.compile(r"(?:[다요]|\.)$")


def _is_sentence(text: str) -> bool:
    """True when ``text`` ends like a finished Korean or English sentence."""
    return bool(_SENTENCE_END.search(text.strip())) and len(text.split()) > 3


REVERSE_MAX_CHARS = 80
"""Definitions up to this length are also studied backwards (definition → term)."""


def _reversible(candidate: Candidate) -> bool:
    """A definition makes a good reverse card when it is short and does not name its term.

    Nor when its term is a question in disguise ("캐시가 필요한 이유"): its
    answer is no description of a name to recall.
    """
    answer = candidate.answer
    return (len(answer) <= REVERSE_MAX_CHARS
            and candidate.term.casefold() not in answer.casefold()
            and len(candidate.term) <= 40
            and not _ASKING_TERM.search(candidate.term))


_ASKING_TERM = re.compile(r"[는은한할던된될인]\s+(?:이유|목적|방법|원인|조건|결과|차이|역할|과정)$")
"""A Korean term that is a clause ending in an abstract noun: 캐시가 필요한 이유."""
