"""Multiple-choice helpers shared by the exports (GIFT, HTML quiz) and the quiz.

Two ideas live here, both pure and deterministic:

* **Prompts.** A card can ask more than one question, as it does in Anki: a
  ``reversed`` card is also studied back to front, and a cloze card with
  ``{{c1::…}}`` and ``{{c2::…}}`` asks one question per deletion number.
  :func:`prompts` lists them, each with a stable key (``<card id>``,
  ``<card id>.r``, ``<card id>.c2``) that progress can be stored under.
* **Distractors.** Wrong answers are answers of *other* cards of the same
  kind, so they look plausible: the same deck first, then other decks, and
  within each of those an answer in the card's language first (a Korean
  option among English ones gives itself away). Within a group the order is
  a hash of the card id (or prompt key) and the candidate, not a shuffle of
  the pool, so the same card gets the same distractors every time, whatever
  the order of the cards, and adding a card elsewhere moves them little. A
  candidate that folds to the right answer (case, width, spacing,
  punctuation) is never offered.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from notequiz import cloze
from notequiz.model import Card

# Symbols that change what a technical answer means (C++ is not C, C# is not C).
_KEPT_SYMBOLS = "+#%"

Side = Literal["front", "back", "cloze"]
"""Which way a prompt asks: question → answer, answer → question, or a cloze blank."""


@dataclass(frozen=True, slots=True)
class Blank:
    """A cloze deletion the learner has to fill in."""

    answer: str
    hint: str = ""

    @property
    def shown(self) -> str:
        """How the blank reads in a question: ``[hint]``, or ``[...]`` without a hint."""
        return f"[{self.hint or '...'}]"


Segment = str | Blank
"""A piece of a cloze prompt's text: plain text, or a blank."""


@dataclass(frozen=True, slots=True)
class Prompt:
    """One question a card asks."""

    key: str
    """``<card id>``, ``<card id>.r`` for the reverse side, ``<card id>.c<n>`` for a deletion."""
    card: Card
    side: Side
    question: str
    answer: str
    segments: tuple[Segment, ...] = ()
    """For a cloze prompt: the text, its blanks (deletions of this number) in place."""
    number: int = 0
    """For a cloze prompt: the deletion number ``n`` of ``{{cn::…}}``."""


@dataclass(frozen=True, slots=True)
class Options:
    """Answer options for one multiple-choice question."""

    options: tuple[str, ...]
    correct: int
    """Index of the right answer in ``options``."""


def fold(text: str) -> str:
    """The comparison key of an answer: NFKC, case folded, spacing and punctuation dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(
        ch for ch in folded if ch in _KEPT_SYMBOLS or unicodedata.category(ch)[0] in "LNM"
    )


# --- prompts -------------------------------------------------------------------


def prompts(card: Card) -> tuple[Prompt, ...]:
    """The questions ``card`` asks, in study order.

    A card without a question or an answer asks nothing. A cloze card whose
    text has no deletion is asked as a plain question, as the Anki export
    does (Anki would make no card from it).
    """
    if card.shape == "cloze":
        parts = cloze.parse(card.cloze)
        numbers = cloze.numbers(parts)
        if numbers:
            asked = (_cloze_prompt(card, parts, n, len(numbers) > 1) for n in numbers)
            return tuple(p for p in asked if p.answer)
    question = (card.question or card.term).strip()
    answer = card.answer.strip()
    if not question or not answer:
        return ()
    front = Prompt(card.id, card, "front", question, answer)
    back = reverse(card)
    if back is not None:
        return (front, Prompt(back.id, card, "back", back.question, back.answer))
    return (front,)


REVERSE_SUFFIX = ".r"
"""Ends the id of a reversed card's back (``reverse``); no card id of a build holds a dot."""


def reverse(card: Card) -> Card | None:
    """The back of a ``reversed`` card, as a card asked on its own (``None`` for others).

    Its id is the card's with ``REVERSE_SUFFIX``; it asks the answer and is
    answered by the term for a definition ("widget", not the sentence that
    asked for the definition, "What is a widget?"), and by the question as
    written for a hand-marked ``Q:::A`` card.
    """
    if card.shape != "reversed":
        return None
    question = (card.question or card.term).strip()
    answer = card.answer.strip()
    back = (card.term.strip() if card.kind == "definition" else "") or question
    if not answer or not back:
        return None
    return dataclasses.replace(card, id=card.id + REVERSE_SUFFIX, question=answer, answer=back,
                               term=back, shape="basic", choices=(), items=())


def _cloze_prompt(card: Card, parts: Sequence[cloze.Part], number: int,
                  several: bool) -> Prompt:
    """The prompt for deletion ``number``: its blanks hidden, other deletions filled in."""
    segments = list(_segments(parts, number))
    segments.append(cloze.question_context(card.question, parts))
    merged = _merge_text(segments)
    question = "".join(s.shown if isinstance(s, Blank) else s for s in merged).strip()
    answer = "; ".join(s.answer for s in merged if isinstance(s, Blank) and s.answer)
    key = f"{card.id}.c{number}" if several else card.id
    return Prompt(key, card, "cloze", question, answer, merged, number)


def _segments(parts: Sequence[cloze.Part], number: int) -> Iterator[Segment]:
    """``parts`` with the deletions numbered ``number`` as blanks, the others as text
    (a deletion nested in another shows as a blank of its own)."""
    for part in parts:
        if isinstance(part, str):
            yield part
        elif part.number == number and cloze.asked(part):
            yield Blank(cloze.answer(part), (part.hint or "").strip())
        else:
            yield from _segments(part.body, number)


def _merge_text(segments: Iterable[Segment]) -> tuple[Segment, ...]:
    """Join neighbouring text pieces and drop empty ones."""
    out: list[Segment] = []
    for seg in segments:
        if isinstance(seg, str):
            if not seg:
                continue
            if out and isinstance(out[-1], str):
                out[-1] += seg
                continue
        out.append(seg)
    return tuple(out)


def blanks(prompt: Prompt) -> tuple[Blank, ...]:
    """The blanks of a cloze prompt (none for other prompts)."""
    return tuple(s for s in prompt.segments if isinstance(s, Blank))


# --- distractors ---------------------------------------------------------------


def choose_distractors(
    card: Card,
    cards: Sequence[Card],
    n: int,
    reject: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Up to ``n`` wrong answers for ``card``, from the answers of other cards of its kind.

    Choices stored on the card itself (``card.choices``) come first, then
    answers from the same deck, then from other decks (each in the card's
    language first); within a group the order is seeded by the card id. Never the right answer, never the same
    answer twice (as folded by :func:`fold`). Fewer than ``n`` when the
    pool is small. ``reject`` drops candidates a caller must not offer (the
    quiz drops any that its grader would accept as right).
    """
    # A back is offered the answers of other backs (terms), a front those of fronts.
    back = card.id.endswith(REVERSE_SUFFIX)
    pool = [(c.deck, c.lang, c.answer) for c in cards if c.id != card.id and c.kind == card.kind
            and c.id.endswith(REVERSE_SUFFIX) == back]
    return _pick(card.id, card.answer, (card.deck, card.lang), card.choices, pool, n, reject)


def prompt_distractors(prompt: Prompt, pool: Sequence[Prompt], n: int) -> tuple[str, ...]:
    """Up to ``n`` wrong answers for ``prompt``, like :func:`choose_distractors`.

    Candidates are the answers of prompts of other cards of the same kind
    asking the same way (front, back or cloze), so a reverse question is
    offered terms and a cloze blank other blanks. The order is seeded by the
    prompt key, which is the card id for a card's main prompt.
    """
    card = prompt.card
    candidates = [
        (p.card.deck, p.card.lang, p.answer)
        for p in pool
        if p.card.id != card.id and p.card.kind == card.kind and p.side == prompt.side
    ]
    own = card.choices if prompt.side == "front" else ()
    return _pick(prompt.key, prompt.answer, (card.deck, card.lang), own, candidates, n)


def _pick(
    seed: str,
    right: str,
    home: tuple[str, str],
    own: Sequence[str],
    pool: Iterable[tuple[str, str, str]],
    n: int,
    reject: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Up to ``n`` distractors: ``own`` first, then ``pool`` answers ranked by deck and language.

    ``home`` is the card's (deck, language); ``pool`` holds (deck, language,
    answer) triples.
    """
    if n <= 0:
        return ()
    seen = {fold(right)}
    chosen: list[str] = []
    for text in own:
        # Choices written on the card by hand or by a build keep their order.
        k = fold(text)
        if k and k not in seen and not (reject and reject(text)):
            seen.add(k)
            chosen.append(text.strip())
    deck, lang = home

    def order(cand: tuple[str, str, str]) -> tuple[bool, bool, str]:
        # The same deck first; within a group, an answer in the card's own
        # language before one that would give itself away by its script.
        return (cand[0] != deck, cand[1] != lang, _rank(seed, cand[2]))

    # Sorting before de-duplicating makes the result independent of the
    # pool's order: of two answers that fold alike, the better placed wins.
    for _, _, text in sorted(pool, key=order):
        k = fold(text)
        if k and k not in seen and not (reject and reject(text)):
            seen.add(k)
            chosen.append(text.strip())
    return tuple(chosen[:n])


def _rank(seed: str, text: str) -> str:
    return hashlib.sha256(f"{seed}\x1f{text}".encode()).hexdigest()


def arrange(seed: str, right: str, distractors: Sequence[str]) -> Options:
    """The right answer among ``distractors`` at a place seeded by ``seed``."""
    wrong = list(distractors)
    rng = random.Random(seed)
    rng.shuffle(wrong)
    at = rng.randrange(len(wrong) + 1)
    return Options((*wrong[:at], right, *wrong[at:]), at)
