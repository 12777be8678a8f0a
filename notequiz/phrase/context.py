"""Where a question stands: the note and section it needs to be answered on its own.

A card is studied away from its note, among the cards of every other note.
"What is FULL?", "Complete: the standard error is …" or "검색의 평균은?" cannot
be answered there; "What is FULL? (SQLite WAL mode › Checkpointing)" and
"검색의 평균은? (스킵 리스트 › 복잡도)" can. A question that already names what its
note is about gets nothing: "What is a dynamic array?" in a note on dynamic
arrays stands on its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from pathlib import PurePath

from notequiz.extract import vocabulary as vocab
from notequiz.extract.explicit import CLOZE, QA, QA_REVERSED
from notequiz.extract.structure import note_subject, word_forms
from notequiz.extract.text import clean_term
from notequiz.lang import text_cache
from notequiz.model import Candidate, Note
from notequiz.select import fold

__all__ = ["CONTEXT_SEPARATOR", "MAX_CONTEXT", "SHORT_ANSWER_WORDS", "contextualise", "subject_of"]

CONTEXT_SEPARATOR = " › "
"""Joins the note's subject and the section's heading, as the Source field joins headings."""

MAX_CONTEXT = 60
"""A context longer than this gives only the note's subject (a long heading is a sentence)."""

SHORT_ANSWER_WORDS = 4
"""An answer of up to this many words is recalled word by word: a context that shares
one of them gives it away ("(Logical clocks)" for "Hybrid Logical Clock")."""

_STEM = 4
"""Latin words longer than this are compared by their first letters ("merging", "merged")."""


def contextualise(candidates: Sequence[Candidate], note: Note) -> list[Candidate]:
    """``candidates`` with, after each question that needs it, the note and section it is in.

    A question needs its context when it names none of the words of what
    its note is about. The context is that subject and the card's heading,
    each left out when the question names it already, when it is a heading
    about the writing or no more than a generic word ("Overview", "정의"),
    when it is not well formed, or when it would give the answer away.
    Cards the note writes itself keep their question as written.
    """
    subject = subject_of(note)
    # The title in full, tail and all: "Email authentication: SPF, DKIM, DMARC" is
    # named by a question on DKIM.
    names_subject = _naming(note_subject(note)) if subject else None
    title = clean_term(note.title)
    out = []
    for candidate in candidates:
        if candidate.rule in _WRITTEN or not candidate.question:
            out.append(candidate)
            continue
        asked = candidate.question.lower()
        if names_subject is not None and names_subject.search(asked):
            out.append(candidate)
            continue
        out.append(_with_context(candidate, subject, title, asked))
    return out


def subject_of(note: Note) -> str:
    """What a note is about, as its cards name it: its title without a label or a tail.

    "TIL: SQLite WAL mode and why my app stopped locking up" → "SQLite WAL mode".
    Nothing when the title names only the writing ("Study", "메모") or is only
    the heading of the note's first section (a note with no title and no H1,
    whose next heading is of the same level).
    """
    if _first_of_several(note):
        return ""
    title = note_subject(note)
    if note.title == PurePath(note.path).stem:
        # Named by its file: "2023-11-02-sqlite-wal.md" is about "sqlite wal".
        title = _SEPARATORS.sub(" ", _DATE_PREFIX.sub("", title)).strip()
        if len(title) < 3:
            return ""
    title = vocab.TITLE_LABEL.sub("", title).strip()
    title = _FINAL_GLOSS.sub("", title).strip() or title
    subject = _TITLE_TAIL.split(title, maxsplit=1)[0].strip()
    if not subject or not _well_formed(subject):
        subject = title
    subject = _WRITING_END.sub("", subject).strip() or subject
    if _GENERIC_HEADING.match(subject) or vocab.WRITING_HEADING.search(subject):
        return ""
    return subject


def _first_of_several(note: Note) -> bool:
    """True when the note's title is its first heading and that has a sibling."""
    headed = [s for s in note.sections if s.level]
    if not headed or headed[0].heading != note.title or any(s.level == 1 for s in headed):
        return False
    return any(s.level == headed[0].level for s in headed[1:])


def _with_context(candidate: Candidate, subject: str, title: str, asked: str) -> Candidate:
    """``candidate`` with its context after its question; ``asked``: the question lowered."""
    question = candidate.question
    written = candidate.section[-1] if candidate.section else ""
    heading, words = _heading(written) if written else ("", ())
    # The template asked with its section already ("How does X compare? (Speed)"): the
    # subject goes before it, in the same brackets, or nothing changes.
    own_section = bool(written) and question.endswith(f" ({written})")
    parts = [subject] if subject else []
    # The title as a heading (the note's H1) only repeats the subject, at length.
    if heading and heading != title and (own_section or _adds(heading, words, subject, asked)):
        parts.append(heading)
    if parts:
        away = _giveaway(candidate)
        parts = [p for p in parts if _well_formed(p) and not away(p)]
    if own_section:
        if len(parts) < 2:
            return candidate
        question = question[: -len(written) - 3]
    context = CONTEXT_SEPARATOR.join(parts)
    if len(context) > MAX_CONTEXT and len(parts) > 1 and not own_section:
        context = parts[0]
    if not context:
        return candidate
    return dataclasses.replace(candidate, question=f"{question} ({context})")


def _adds(heading: str, words: tuple[re.Pattern[str], ...], subject: str, asked: str) -> bool:
    """True when ``heading`` (``words``: ``_heading``'s) tells more than the subject and the
    question (``asked``) do."""
    # "3-way handshake의 단계를 …" names its heading; "What is a cache?" does not name
    # "CPU caches".
    return bool(words) and not all(word.search(asked) for word in words) and not (
        _forms(heading) <= _forms(subject))


@text_cache(256)
def _heading(written: str) -> tuple[str, tuple[re.Pattern[str], ...]]:
    """A heading as a context gives it, and what finds each of its words in a question
    (``_naming``): none for a generic heading or one about the writing."""
    heading = clean_term(written)
    if _GENERIC_HEADING.match(heading) or vocab.WRITING_HEADING.search(heading):
        return heading, ()
    found = (_naming(word) for word in _PUNCTUATION.sub(" ", heading).split())
    return heading, tuple(pattern for pattern in found if pattern is not None)


@text_cache(256)
def _naming(text: str) -> re.Pattern[str] | None:
    """Finds, in a lower-cased question, any word of ``text`` that could name what it is
    about, in any of its forms (``_forms``); ``None`` when it has none.

    A Latin word stands alone (or with a plural ending: "array" names "arrays"), a
    Korean one may be followed by its particle or be the end of a compound.
    """
    return _finder(_forms(text), _word)


def _well_formed(text: str) -> bool:
    """Brackets and quotes that open and close: a heading cut inside them ('$@" vs "$',
    cut from '"$@" vs "$*"') would read as garbage."""
    return (text.count("(") == text.count(")") and text.count('"') % 2 == 0
            and not _CLOSING_FIRST.match(text))


def _giveaway(candidate: Candidate) -> Callable[[str], bool]:
    """Tells whether a part of the context would give ``candidate``'s answer away: hold
    it, be held by it, or share a word with a short answer or a name asked for."""
    answer = fold(candidate.answer)
    by_word = candidate.kind == "named_term" or (
        len(candidate.answer.split()) <= SHORT_ANSWER_WORDS)
    lowered = candidate.answer.lower() if by_word else ""

    def gives_away(part: str) -> bool:
        folded = fold(part)
        # A heading that is much of a long answer gives it away ("## Copy every element to a
        # new buffer"); one of its words in it ("Pinning", "graph") does not.
        if len(answer) >= 4 and len(folded) >= 4 and (answer in folded or (
                folded in answer and (by_word or 2 * len(folded) >= len(answer)))):
            return True
        found = _stem_naming(part) if by_word else None
        return found is not None and found.search(lowered) is not None

    return gives_away


@text_cache(256)
def _stem_naming(text: str) -> re.Pattern[str] | None:
    """Finds, in a lower-cased answer, a word that shares its stem with a word of
    ``text``: a longer Latin word by its first letters ("merging" finds "merged")."""
    return _finder(_forms(text), lambda f: _word(f) if len(f) <= _STEM else (
        rf"{re.escape(f[:_STEM])}[0-9a-z]*"))


def _finder(forms: frozenset[str], latin: Callable[[str], str]) -> re.Pattern[str] | None:
    """One pattern for any of ``forms``: a Latin one as ``latin`` writes it, standing
    alone; a Korean one anywhere (one syllable: at a word's start)."""
    ordered = sorted(forms, key=len, reverse=True)
    if not ordered:
        return None
    words = [latin(f) for f in ordered if f.isascii()]
    hangul = [re.escape(f) if len(f) > 1 else rf"(?<![가-힣]){re.escape(f)}"
              for f in ordered if not f.isascii()]
    alternatives = [rf"(?<![0-9a-z])(?:{'|'.join(words)})(?![0-9a-z])"] if words else []
    return re.compile("|".join(alternatives + hangul))


def _word(form: str) -> str:
    """A Latin word form as a pattern, with its plural ending: "array" finds "arrays"."""
    return rf"{re.escape(form)}(?:e?s)?"


@text_cache(256)
def _forms(text: str) -> frozenset[str]:
    """The words of ``text`` that could name what it is about, in the forms they take."""
    plain = _PUNCTUATION.sub(" ", text)
    forms = word_forms(plain)
    forms.update(_ONE_SYLLABLE.findall(plain))  # 힙, 큐, 락: nouns of one syllable
    return frozenset(forms - _NO_MENTION)


_WRITTEN = frozenset({QA, QA_REVERSED, CLOZE})
"""The rules of cards the note writes itself: their questions are the writer's."""
_DATE_PREFIX = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[-_ ]*")
_SEPARATORS = re.compile(r"[-_]+")
_PUNCTUATION = re.compile(r"[^\w\s+#-]+|(?<!\w)-+|-+(?!\w)")
"""What is no part of a word; a hyphen inside one is ("union-find" is not "find")."""
_CLOSING_FIRST = re.compile(r'^[^"]*[^\s("]"')
"""A text whose first double quote closes one (it follows a letter or a sign, not a space)."""
_ONE_SYLLABLE = re.compile(r"(?<![가-힣])([가-힣])(?:은|는|이|가|의|을|를|과|와|도)?(?![가-힣])")
_FINAL_GLOSS = re.compile(r"(?:(?<=\S\S)|(?<=[가-힣]))\([^()]*\)$|\s+\([^()]*\)$")
"""A gloss in brackets at the end of a title: "스킵 리스트(Skip List)", "힙(Heap)", "…
(Reno, CUBIC)"; not the brackets of a one-letter name ("… in O(1)", "f(x)")."""
_WRITING_END = re.compile(r"\s*(?:(?:공부|스터디)\s*)?(?:노트|메모|정리|입문)$|\s+(?:cheat\s*sheet|notes|TIL)$"
                          r"|\s+(?:(?:finally|really)\s+)?(?:clicked|explained|demystified)\b.*$",
                          re.IGNORECASE)
"""What a title says of the writing at its end: "… 공부 노트", "… 스터디 메모", "… finally
clicked"."""
_TITLE_TAIL = re.compile(r"\s+(?:and|&)\s+(?:why|how|what)\s|,\s(?![A-Z0-9]{2,}\b)|\s+for\s+(?=\S+\s+\S)"
                         r"|\s*[:—–]\s+|\s+-\s+")
"""Where a title goes on to tell a story ("… and why my app stopped locking up", "…, explained
to myself"), whom it is for ("… for coding interviews") or a subtitle ("CRDTs: merging
without coordination")."""
_GENERIC_HEADING = re.compile(
    r"^(?:overview|introduction|intro|definition|definitions|summary|conclusion|background|"
    r"basics|the basics|notes?\s*\d*|study|til|todo|misc|untitled.*|index|readme|references|"
    r"tl;?dr|recap|개요|소개|정의|개념|요약|정리|결론|참고|참고\s*자료|들어가며|마치며|배경)$",
    re.IGNORECASE)
"""Headings (and titles) that say only which part of a note this is, or which note, not
what it is about: "Overview", "정의"; "note2", "index" (a Hugo bundle's page)."""
_NO_MENTION = frozenset({
    "what", "which", "how", "why", "when", "where", "who", "is", "are", "was", "were", "do",
    "does", "did", "it", "its", "this", "that", "these", "those", "complete", "called", "a",
    "my", "your", "our", "we", "you", "i", "at", "by", "from", "as", "happens", "used",
    "step", "steps", "order", "무엇", "무엇인가", "무엇인", "무엇이라고", "이유", "다음", "모두", "나열하면",
    "단계를", "순서대로", "특징", "정리", "그", "것", "각", "수", "더", "등", "중", "왜", "잘", "안", "못",
    "한", "두", "세", "및", "또", "곧", "즉", "때", "위",
})
"""Words a question or a title uses whatever it is about: they mention no subject."""
