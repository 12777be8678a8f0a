"""Grading a typed answer the way a fair teacher would. Pure functions, stdlib only.

The rules, in order:

1. Both answers are folded to a *key*: Unicode NFKC, case folded,
   punctuation and spacing dropped (``+``, ``#`` and ``%`` are kept: C++ is
   not C), leading English articles and trailing Korean particles or endings
   (은/는/이/가/을/를, 이다/입니다/이에요 …) removed.
2. The numbers must match exactly: ``20바이트`` is not ``30바이트``, however
   small the edit.
3. Within that, a small typo budget is allowed: slips are counted in
   letters, and for Hangul in jamo (핸드셰이크 → 핸드쉐이크 is one slip, not
   a whole wrong syllable); an adjacent swap is one slip. The budget grows
   with the answer's length (a Hangul syllable counting two letters): none
   up to 4, 1 up to 11, 2 up to 19, then 3. A negating prefix
   (synchronous/asynchronous, 동기/비동기) is never a typo.
4. A card's answer may be given in a few acceptable forms: the whole answer,
   either side of a gloss in parentheses (``LLM(대형 언어 모델)``), or a
   definition without the term it defines repeated in front.
5. ``list`` answers may come in any order; ``steps`` (and multi-blank cloze)
   answers must come in order. Items are separated by ``;``, ``,``, ``、`` or
   new lines, arrows for steps (``and``/``및`` too, when that is what makes
   the count right).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from notequiz.model import Card

# --- Folding ---------------------------------------------------------------------

# Symbols that change what a technical answer means are kept; everything else
# that is not a letter, digit or mark is punctuation.
_KEPT_SYMBOLS = "+#%"
_ARTICLES = re.compile(r"^(?:the|a|an)\s+")
_DIGITS = re.compile(r"\d+")

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3

# Trailing particles and endings, with the kind of syllable they follow:
# "C" after a final consonant (batchim), "V" after a vowel, "R" after a final
# consonant other than ㄹ and "L" after a vowel or ㄹ (the (으)로 pair: 책으로,
# 모델로), "*" after either. Checking the agreement keeps
# 고양이 or 바다 from losing a syllable that only looks like a particle.
# After a non-Hangul character (TCP는, LLM이) any form is accepted, since
# how a Latin word is read aloud is beyond this module.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("이었습니다", "C"), ("였습니다", "V"), ("입니다", "*"),
    ("이에요", "C"), ("이예요", "C"), ("예요", "V"), ("에요", "V"),
    ("이었다", "C"), ("였다", "V"), ("이라고", "C"), ("라고", "V"),
    ("이란", "C"), ("란", "V"), ("이다", "*"), ("이죠", "*"), ("이지", "*"),
    ("이며", "C"), ("이고", "C"), ("이요", "C"), ("임", "*"), ("다", "V"),
    ("요", "*"),
    ("에서는", "*"), ("에서", "*"), ("에게", "*"), ("까지", "*"), ("부터", "*"),
    ("으로", "R"), ("로", "L"),
    ("은", "C"), ("는", "V"), ("이", "C"), ("가", "V"), ("을", "C"), ("를", "V"),
    ("과", "C"), ("와", "V"), ("의", "*"), ("에", "*"),
)
# Endings that are also the last syllable of many words (바다, 개요, 고양이,
# 나라, 의미의) are only stripped from a word of two syllables or more; the
# unambiguous ones (물은, 책을) from any word.
_AMBIGUOUS = frozenset({"다", "요", "이", "가", "의", "에", "로", "와", "과", "란", "임"})
_MAX_STRIPS = 2


def _final_kind(char: str) -> str:
    """``C``, ``V``, ``L`` (final ㄹ) for a Hangul syllable; ``?`` otherwise."""
    code = ord(char)
    if not _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return "?"
    final = (code - _HANGUL_FIRST) % 28
    if final == 0:
        return "V"
    return "L" if final == 8 else "C"


def _agrees(before: str, need: str) -> bool:
    kind = _final_kind(before)
    if kind == "?" or need == "*":
        return True
    if need == "C":
        return kind in ("C", "L")
    if need == "V":
        return kind == "V"
    if need == "R":
        return kind == "C"
    return kind in ("V", "L")  # (으)로: 로 after a vowel or ㄹ


def strip_ending(text: str) -> str:
    """Drop trailing Korean particles and copula endings (``TCP는`` → ``TCP``)."""
    for _ in range(_MAX_STRIPS):
        for ending, need in _ENDINGS:
            if not text.endswith(ending):
                continue
            stem = text[: -len(ending)]
            word = stem.rsplit(" ", 1)[-1]
            min_word = 2 if ending in _AMBIGUOUS else 1
            if len(word) >= min_word and word[-1].isalnum() and _agrees(word[-1], need):
                text = stem
                break
        else:
            return text
    return text


def _drop_punctuation(text: str) -> str:
    out = []
    for char in text:
        cat = unicodedata.category(char)
        if char in _KEPT_SYMBOLS or cat[0] in "LNM":
            out.append(char)
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def words(text: str) -> str:
    """The answer folded, without punctuation, article or ending, words still apart."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return strip_ending(_ARTICLES.sub("", _drop_punctuation(folded)))


def key(text: str) -> str:
    """The comparison key of an answer: what is left once nothing that does not matter is."""
    return words(text).replace(" ", "")


# Prefixes that turn a word into its opposite: one or two letters away, but
# never a typo (synchronous/asynchronous, 동기/비동기).
_NEGATIONS = ("a", "an", "un", "in", "im", "il", "ir", "non", "dis", "비", "무", "불", "미", "반")


def _negates(given: str, expected: str) -> bool:
    """True when one answer is the other with a negating prefix on a word."""
    pairs = [(given.replace(" ", ""), expected.replace(" ", ""))]
    pairs += [(g, e) for g in given.split() for e in expected.split()]
    for g, e in pairs:
        if g == e:
            continue
        short, long = sorted((g, e), key=len)
        if short and long.endswith(short) and long[: len(long) - len(short)] in _NEGATIONS:
            return True
    return False


def letters(text: str) -> tuple[str, ...]:
    """The units typos are counted in: Hangul syllables become their jamo."""
    return tuple(unicodedata.normalize("NFD", text))


def distance(a: Sequence[str], b: Sequence[str]) -> int:
    """Edit distance with adjacent swaps (optimal string alignment)."""
    if a == b:
        return 0
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def size(text: str) -> int:
    """How long an answer is for the typo budget: letters, a Hangul syllable counting two."""
    return sum(2 if _final_kind(c) != "?" else 1 for c in text)


# (largest size, typos allowed): a fair teacher forgives a slip in a long
# word, not in a short one, where one letter often makes another word
# (cat/car, 유선/무선).
_BUDGET = ((4, 0), (11, 1), (19, 2))
_MAX_BUDGET = 3


def budget(expected_key: str) -> int:
    """Typos allowed (in jamo or letters) for an answer with this key."""
    n = size(expected_key)
    return next((allowed for top, allowed in _BUDGET if n <= top), _MAX_BUDGET)


# --- Verdicts --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of grading one answer."""

    correct: bool
    exact: bool
    """True when the keys matched without using the typo budget."""
    note: str = ""
    """Why, in a few words, when it is not plain (``1 typo``, ``wrong order``)."""
    matched: int = 0
    """Items matched, for list and steps answers."""
    expected_items: int = 0


def _variants(answer: str, term: str) -> list[str]:
    """Acceptable forms of one expected answer."""
    out = [answer]
    gloss = re.fullmatch(r"\s*(?P<out>[^()（）]+?)\s*[(（](?P<in>[^()（）]+)[)）]\s*", answer)
    if gloss:
        out += [gloss.group("out"), gloss.group("in")]
    if term.strip():
        # "TCP는 연결 지향형 …", "A Bloom filter is a …": the question already
        # names the term, so the answer need not repeat it.
        lead = re.compile(
            r"^\s*(?:(?:the|a|an)\s+)?" + re.escape(term.strip()) + r"(?:\s*[(（][^)）]*[)）])?"
            r"\s*(?:은|는|이란|란|이|가|is|are|means|refers to)?\s*[:,]?\s*",
            re.IGNORECASE,
        )
        rest = lead.sub("", answer, count=1)
        if rest != answer and key(rest):
            out.append(rest)
    return out


def _one(given: str, expected: Sequence[str]) -> tuple[bool, int]:
    """Whether ``given`` matches one of the ``expected`` forms, and the slips it took."""
    given_words = words(given)
    g = given_words.replace(" ", "")
    best: tuple[bool, int] = (False, -1)
    for form in expected:
        expected_words = words(form)
        e = expected_words.replace(" ", "")
        if not e:
            continue
        if _DIGITS.findall(g) != _DIGITS.findall(e):
            continue
        allowed = budget(e)
        gl, el = letters(g), letters(e)
        # The distance is at least the difference in length: skip the work.
        if abs(len(gl) - len(el)) > allowed:
            continue
        d = distance(gl, el)
        if d and _negates(given_words, expected_words):
            continue
        if d <= allowed and (not best[0] or d < best[1]):
            best = (True, d)
    return best


# Semicolons, new lines and arrows separate items outright; commas only when
# none of those is used, since an item may hold a comma itself.
_STRONG_SPLIT = re.compile(r"\s*(?:[;\n；]|->|=>|→|⇒)\s*")
_ITEM_SPLIT = re.compile(r"\s*[,，、]\s*")
_WORD_SPLIT = re.compile(r"\s+(?:and|및|그리고)\s+|\s*/\s*|\s*·\s*", re.IGNORECASE)


def split_items(text: str, expected: Sequence[str]) -> list[str]:
    """Split a typed list into items, fitting the expected count where possible."""
    pieces = [p for p in _STRONG_SPLIT.split(text) if p.strip()]
    if len(pieces) < 2:
        pieces = [p for p in _ITEM_SPLIT.split(text) if p.strip()]
    if len(pieces) < len(expected):
        finer = [w for p in pieces for w in _WORD_SPLIT.split(p) if w.strip()]
        if len(finer) <= len(expected):
            pieces = finer
    # An expected item may hold a comma itself ("Audio, Music"): rejoin
    # neighbours that together make one.
    joined: list[str] = []
    i = 0
    while i < len(pieces):
        if i + 1 < len(pieces) and len(pieces) > len(expected):
            pair = f"{pieces[i]}, {pieces[i + 1]}"
            if any(("," in e) and _one(pair, [e])[0] for e in expected):
                joined.append(pair)
                i += 2
                continue
        joined.append(pieces[i])
        i += 1
    return [p.strip() for p in joined]


def _match_any_order(given: list[str], expected: Sequence[str]) -> tuple[int, int]:
    """Maximum matching of given to expected items: (matched, slips used)."""
    edges: list[list[tuple[int, int]]] = []
    for g in given:
        edges.append([(j, d) for j, e in enumerate(expected) for ok, d in [_one(g, [e])] if ok])
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, _ in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    matched = sum(1 for i in range(len(given)) if augment(i, set()))
    slips = sum(dict(edges[i])[j] for j, i in owner.items())
    return matched, slips


def grade_items(given: str, expected: Sequence[str], ordered: bool) -> Verdict:
    """Grade a list answer; ``ordered`` for steps, which must come in order."""
    items = split_items(given, expected)
    n = len(expected)
    if ordered:
        results = [_one(g, [e]) for g, e in zip(items, expected, strict=False)]
        in_place = sum(1 for ok, _ in results if ok)
        if in_place == n and len(items) == n:
            slips = sum(d for _, d in results)
            return Verdict(True, slips == 0, _slips_note(slips), n, n)
        matched, _ = _match_any_order(items, expected)
        if matched == n and len(items) == n:
            return Verdict(False, False, "right steps, wrong order", in_place, n)
        return Verdict(False, False, _count_note(in_place, n, len(items)), in_place, n)
    matched, slips = _match_any_order(items, expected)
    if matched == n and len(items) == n:
        return Verdict(True, slips == 0, _slips_note(slips), n, n)
    return Verdict(False, False, _count_note(matched, n, len(items)), matched, n)


def _slips_note(slips: int) -> str:
    if not slips:
        return ""
    return "1 typo" if slips == 1 else f"{slips} typos"


def _count_note(matched: int, expected: int, given: int) -> str:
    note = f"{matched} of {expected} right"
    if given > expected:
        note += f", {given - expected} too many"
    return note


def grade_text(given: str, expected: str, term: str = "") -> Verdict:
    """Grade a single answer against one expected answer (and its acceptable forms)."""
    ok, slips = _one(given, _variants(expected, term))
    if not ok:
        return Verdict(False, False)
    return Verdict(True, slips == 0, _slips_note(slips))


def grade(card: Card, given: str) -> Verdict:
    """Grade a typed answer to ``card``."""
    if not given.strip():
        return Verdict(False, False, "no answer")
    multi = len(card.items) > 1 and card.kind in ("list", "steps", "cloze")
    if multi:
        whole = grade_text(given, card.answer)
        if whole.correct:
            return whole
        return grade_items(given, card.items, ordered=card.kind != "list")
    expected = card.items[0] if card.kind == "cloze" and card.items else card.answer
    return grade_text(given, expected, card.term if card.kind != "cloze" else "")
