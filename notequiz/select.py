"""Stage 6: keep the candidates worth studying, once each, in note order."""

from __future__ import annotations

import dataclasses
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from notequiz import cloze
from notequiz.extract.text import ANY_ARROW, END_ASIDE, PROBLEM_ID
from notequiz.model import Candidate

_ELSEWHERE = re.compile(r"(?:위|아래|앞|뒤)(?:의)?\s*(?:\S+\s+)?(?:참고|참조)\b|.{0,30}\s참고[.!]?$"
                        r"|(?:see|cf\.?)\s+(?:above|below)\b", re.IGNORECASE)
"""An answer that sends the reader to another part of the note."""
_NUMBERED_POINTER = re.compile(r"(?:규칙|rule|step|단계|항목|item|방법|option|옵션)\s*#?\d+[.!]?", re.IGNORECASE)
"""An answer that only points to a numbered part of the note ("규칙 2", "Rule 7")."""
_BELIEF_KO = re.compile(r"겠(?:지|거니)(?![가-힣])")
"""A presumption ("…괜찮겠지", "…빼주겠지"): a term so ending quotes what someone believed."""
_CITATION = re.compile(r"[A-Z][\w-]+\s+et\s+al\.?,?\s*\(?\d{4}[a-z]?\)?")
"""A citation alone ("Chen et al., 2023")."""
_KEEP = re.compile(r"[\W_]+", re.UNICODE)
_LABEL_LEAD = re.compile(r"^[^:：]{1,12}[:：]\s*")
"""A short label before an answer's text ("연습: BOJ 17386, 17387")."""

# Kinds win ties in this order when two candidates say the same thing.
_KIND_RANK = {
    "explicit": 0, "cloze": 0, "acronym": 1, "definition": 2, "named_term": 3,
    "steps": 4, "list": 5, "comparison": 6, "property": 7,
}


@dataclass(frozen=True, slots=True)
class Limits:
    """What ``select`` keeps."""

    max_answer_chars: int = 160
    """Longer automatic answers are too long to recall from memory."""
    max_items: int = 12
    """Lists and steps with more items are dropped."""
    per_section: int = 0
    """Cap on cards per section (0: no cap)."""
    near_duplicate: float = 0.8
    """Answer similarity (bigram Dice) above which two cards on one term are one."""


def fold(text: str) -> str:
    """Compare texts without case, width, spacing or punctuation."""
    return _KEEP.sub("", unicodedata.normalize("NFKC", text).casefold())


def similarity(a: str, b: str) -> float:
    """Character-bigram Dice coefficient of two folded texts (0.0–1.0)."""
    return _dice(_bigrams(a), _bigrams(b))


def _bigrams(text: str) -> Counter[str]:
    """The character bigrams of ``text`` with their counts (a text too short has itself)."""
    return Counter(map(operator.add, text, text[1:])) if len(text) >= 2 else Counter((text,))


def _dice(x: Counter[str], y: Counter[str]) -> float:
    """Dice coefficient of two bigram multisets: shared bigrams over all of them."""
    if len(x) > len(y):
        x, y = y, x
    hits = 0
    for gram, count in x.items():
        other = y.get(gram)
        if other:
            hits += min(count, other)
    return 2 * hits / (x.total() + y.total())


_OWN_QUESTION_KINDS = frozenset({"acronym", "list", "steps", "named_term"})
"""Kinds whose card asks its own question of a sentence, beside any reading of it."""


def _contains(a: str, b: str) -> bool:
    """One answer holds the other, and the smaller is not a mere part (HashMap / LinkedHashMap)."""
    short, long = sorted((a, b), key=len)
    return short in long and len(short) >= 0.6 * len(long)


_EXAMPLE_ASIDE = re.compile(r"\s*\((?:예|예시|e\.g\.|eg|ex)\s*[:.)][^()]*\)\s*$", re.IGNORECASE)
"""An example in brackets at the end ("(예: accounts.google.com)"): an answer with it says
no more."""


def _stated(c: Candidate) -> str:
    """What ``c`` says, to tell readings apart: its answer, or the statement its cloze asks.

    A rule that asks a statement as a cloze ("Root DNS는 [...] 반환한다")
    hides only part of it; another reading of the sentence repeats all of it
    (its topic apart).
    """
    if c.shape == "cloze" and c.kind not in ("explicit", "cloze"):
        return cloze.statement(c.cloze, c.term)
    return c.answer


def _short_items(c: Candidate, limits: Limits) -> bool:
    """A list of short items is recalled item by item, however long they are together.

    A step may be a sentence ("The candidate increments its term and votes for
    itself"): steps are recalled one after the other, each with the one before.
    """
    longest = limits.max_answer_chars * 2 // 3 if c.kind == "steps" else limits.max_answer_chars // 2
    return bool(c.items) and all(len(i) <= longest for i in c.items)


def _acceptable(c: Candidate, limits: Limits, answer: str, question: str) -> bool:
    """Whether ``c`` is worth a card; ``answer`` and ``question`` are its texts folded."""
    if not c.answer.strip() or not c.question.strip():
        return False
    if c.kind in ("explicit", "cloze"):
        return True
    if ANY_ARROW.search(c.term):
        return False  # "static RSA key exchange → no forward secrecy": two things, no term
    if "겠" in c.term and _BELIEF_KO.search(c.term):
        return False  # "lag 평소에 작으니까 괜찮겠지: 설계가 아니라 운": a belief, no term
    if _ELSEWHERE.match(c.answer) or _NUMBERED_POINTER.fullmatch(c.answer):
        return False  # "see above", "위 정리 참고. …", "규칙 2": the answer is somewhere else
    if c.kind == "definition" and _CITATION.fullmatch(c.answer):
        return False  # "YaRN: Peng et al., 2023": where it was published, not what it is
    if c.kind not in ("list", "steps") and PROBLEM_ID.match(_LABEL_LEAD.sub("", c.answer)):
        return False  # "연습: BOJ 11758 (CCW)": a problem to practise on, not what the term is
    if not answer or (len(c.answer) > limits.max_answer_chars and not _short_items(c, limits)):
        return False
    if len(c.items) > limits.max_items:
        return False
    # A question that gives its own answer away teaches nothing.
    return answer not in question


def number_repeated_questions(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Tell apart cards that ask the same question: "(1)", "(2)", …

    Run on a note's chosen cards once their questions are final (with their
    context): two questions that differ by their section need no number.
    """
    counts = Counter(c.question for c in candidates)
    seen: dict[str, int] = {}
    out = []
    for c in candidates:
        if counts[c.question] > 1 and c.kind not in ("explicit", "cloze"):
            seen[c.question] = seen.get(c.question, 0) + 1
            c = dataclasses.replace(c, question=f"{c.question} ({seen[c.question]})")
        out.append(c)
    return out


def as_cloze(c: Candidate) -> Candidate | None:
    """An answer too long to recall, studied instead as its sentence with the term hidden."""
    text = c.source.text
    at = text.find(c.term) if c.term else -1
    if at < 0 or len(text) > 300 or len(c.term) > 40:
        return None
    cloze = text[:at] + "{{c1::" + c.term + "}}" + text[at + len(c.term):]
    question = text[:at] + "[...]" + text[at + len(c.term):]
    return dataclasses.replace(c, kind="cloze", shape="cloze", cloze=cloze, question=question,
                               answer=c.term, items=(c.term,))


def select(candidates: Sequence[Candidate], limits: Limits | None = None) -> list[Candidate]:
    """Drop weak, over-long and duplicate candidates; return the rest in note order."""
    limits = limits or Limits()
    converted: list[Candidate] = []
    for c in candidates:
        if c.kind not in ("explicit", "cloze") and len(c.answer) > limits.max_answer_chars and (
                not _short_items(c, limits)):
            # A list's or chain's name is the writer's line before it ("Nice things here:",
            # "해석"): hiding it asks for no fact.
            cloze = as_cloze(c) if c.kind not in ("list", "steps") else None
            if cloze is None:
                continue
            c = cloze
        converted.append(c)
    candidates = converted
    ranked = sorted(
        enumerate(candidates),
        key=lambda ic: (_KIND_RANK.get(ic[1].kind, 9), -ic[1].score, ic[1].source.line_start,
                        ic[0]),
    )
    kept: list[tuple[int, Candidate]] = []
    by_term: dict[str, list[str]] = {}
    # The rule that gave each term's steps: a numbered list and an arrow chain after it
    # ("공격자 SID 확보 -> 피해자에게 심기 -> …") tell one sequence twice, in other words.
    steps_rule: dict[str, str] = {}
    by_line: dict[tuple[str, int], list[tuple[str, str, str]]] = {}
    # A chain read as steps ("흐름: A -> B -> C") is that line's reading of it: a
    # definition or label card of the same chain says the same thing, less well.
    steps_at: dict[tuple[str, int], list[str]] = {}
    for c in candidates:
        if c.kind == "steps":
            steps_at.setdefault((c.source.path, c.source.line_start), []).append(fold(c.answer))
    seen_questions: dict[str, list[str]] = {}
    # Each kept answer is compared with many later ones: its bigrams are counted once.
    grams: dict[str, Counter[str]] = {}

    def similar(a: str, b: str, threshold: float) -> bool:
        """``similarity(a, b) >= threshold``, not worked out when the lengths rule it out."""
        # At most the smaller text's bigrams are shared: a bound on the coefficient.
        na, nb = max(len(a) - 1, 1), max(len(b) - 1, 1)
        if 2 * min(na, nb) / (na + nb) < threshold:
            return False
        for text in (a, b):
            if text not in grams:
                grams[text] = _bigrams(text)
        return _dice(grams[a], grams[b]) >= threshold

    for index, c in ranked:
        hand = c.kind in ("explicit", "cloze")
        answer = fold(_EXAMPLE_ASIDE.sub("", _stated(c)))
        q = "" if hand else fold(c.question)
        if not _acceptable(c, limits, answer, q):
            continue
        term = fold(c.term)
        if not hand:
            if any(similar(answer, other, limits.near_duplicate)
                   or answer == other for other in by_term.get(term, ())):
                continue
            if c.kind == "steps" and steps_rule.setdefault(term, c.rule) != c.rule:
                continue
            # The same answer to the same question from another rule is a duplicate too.
            if answer in seen_questions.get(q, ()):
                continue
            # Two readings of one sentence (a heading's definition and the
            # sentence's own topic) teach the same fact once.
            # One rule finding two facts on a line ("정밀도는 …비율이고, 재현율은
            # …비율") is not two readings: only other rules' cards count here.
            # A question for the reason a sentence gives ("…. 그 이유는?") asks for
            # part of it, not for another reading of it.
            # An aside in brackets at the end ("… (PyTorch 기본 1e-5)") says no more of it.
            place = (c.source.path, c.source.line_start)
            one_reading = c.kind not in _OWN_QUESTION_KINDS and c.variant != "why"
            core = fold(END_ASIDE.sub("", _stated(c))) if one_reading else ""
            # A cloze whose statement another card of the line gives whole is a repeat of it
            # however short ("L2: [...] 더함" beside "L2: loss에 …를 더함. gradient에 …").
            if one_reading and any(
                (rule != c.rule and any(_contains(mine, theirs) or similar(mine, theirs, 0.75)
                                        for mine, theirs in ((answer, other), (core, other_core))))
                or (c.shape == "cloze" and core in other)
                for rule, other, other_core in (*by_line.get(place, ()),
                                                *(("", s, s) for s in steps_at.get(place, ())))
            ):
                continue
            seen_questions.setdefault(q, []).append(answer)
            if one_reading:
                by_line.setdefault(place, []).append((c.rule, answer, core))
        by_term.setdefault(term, []).append(answer)
        kept.append((index, c))
    kept.sort(key=lambda ic: (ic[1].source.line_start, ic[0]))
    if limits.per_section:
        counts: dict[tuple[str, ...], int] = {}
        capped = []
        for index, c in kept:
            counts[c.section] = counts.get(c.section, 0) + 1
            if counts[c.section] <= limits.per_section:
                capped.append((index, c))
        kept = capped
    return [c for _, c in kept]
