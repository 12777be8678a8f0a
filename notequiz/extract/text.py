"""Small text helpers shared by the extraction rules (standard library only)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from notequiz.lang import has_hangul, text_cache

_EDGE = " \t\n.,;:·-–—'\"`‘’“”*_→⇒➜➔"
_KEPT_LEAD = re.compile(r"-{1,2}(?=[A-Za-z0-9])|-(?=[\u0370-\u03ff(])|\.(?=[A-Za-z0-9_])|:(?=[가-힣])")
"""A command-line option's dashes (-Xmx, --force), a formula's minus (-Σ p log p, -(0.6·log 0.6 …)),
a hidden file's dot (.git/refs, .env) and a colon a Korean particle follows (":로 시작하는 줄", from
"`:`로"): a term or answer keeps them, though it loses other punctuation at its ends."""
_BRACKET = re.compile(r"[()\[\]{}]")
_NUMBERING = re.compile(r"^(?:\d+(?:[.-]\d+)*[.)](?!\d)|\d+(?:\.\d+)+\s+(?=[A-Z가-힣]|\d+[A-Z])(?![KMGT]i?B\b)"
                        r"|\(\d+\)|[①-⑳]|[IVX]+\.|[가-하][.)]|→|->)\s*")
"""A heading's or item's number ("2.", "1.3)", "3-1.", "4.5 NAT64 …", "2.3 3NF", "(2)", "②"), or an arrow
that leads a line on from the one before ("→ Virtual nodes"); not a decimal ("0.1이 …", "3.8
release notes", "1.5 GB limit")."""
_TAG_PREFIX = re.compile(r"^\[[^\]]{1,20}\]\s*")
_SIGN_PREFIX = re.compile(r"^[\u2600-\u27BF\U0001F300-\U0001FAFF\uFE0F\u200D]+\s*")
"""Signs that mark a label ("💡 한국어 관점:", "✅ Rollback:"): decoration, not part of the term."""
_QUESTION_TAIL = re.compile(
    r"\s*(?:(?:이)?란(?:\s*무엇(?:인가요?|일까요?|이지))?|은|는)?\s*\??\s*:?\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:e\.g|i\.e|vs|et\s+al|a\.k\.a|ex)\.$", re.IGNORECASE)
"""A piece that ends in an abbreviation ("…, e.g.", "cwnd vs.", "Korthikanti et al.", "Robert C.
Martin(a.k.a.", "decoder가 너무 강하면 (ex.") ends no sentence (etc. often does)."""
_GOES_ON = re.compile(r"[-+*/=<>|&]")
"""What follows "..." inside a formula ("a[1] + ... + a[i]"): the dots end no sentence."""
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z][a-z]+\s[A-Z]\.$")
_NAME_START = re.compile(r"[A-Z][a-z]")
"""A name's middle initial ends no sentence: "Robert S. Boyer" (a name, its initial, a name);
"정답은 B. 왜냐하면 …" and "use plan A. Then …" still end there."""
_SENTENCE_FINAL = re.compile(r"[.!?]$|[다요]\.?$")
_NOT_COPULA_IM = "[보쓰놓쌓섞붙묶녹덮먹줄높모위게타]"
_KO_COPULA_END = re.compile(rf"(?:입니다|이다|이며|이고|(?<!^{_NOT_COPULA_IM})(?<!\s{_NOT_COPULA_IM})임"
                            r"|이에요|예요)[.!]?$")
"""A copula at the end; not the 임 of a verb (안 보임, 쓰임) or a noun (모임, 위임, 게임)."""


@dataclass(frozen=True, slots=True)
class Guarded:
    """A pattern slow to search (a lazy run tried at every position) and a fast one
    that every match of it contains: a text in which the fast one finds nothing is
    not searched with the slow one. Same matches; a test checks every one."""

    pattern: re.Pattern[str]
    needs: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, or ``None`` at once when ``needs`` is not in ``text``."""
        return self.pattern.search(text) if self.needs.search(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``, or ``None`` at once when ``needs`` is not in ``text``."""
        return self.pattern.match(text) if self.needs.search(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, or nothing at once when ``needs`` is not in ``text``."""
        if self.needs.search(text) is None:
            return iter(())
        return self.pattern.finditer(text)


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) into single spaces."""
    # str.split() cuts at exactly the characters re's \s matches (Unicode
    # whitespace), and is several times faster than a regex substitution.
    return " ".join(text.split())


def clean_span(text: str) -> str:
    """Trim spaces, quotes, bold marks and trailing punctuation from an answer span."""
    text = squash(text)
    whole = text
    text = _strip_edge(text)
    if _QUOTE.search(text):
        text = _quotes_kept(whole, text)
    elif text and whole.endswith(text + "'") and text[-1].isalnum() and whole.count("'") == 1:
        text += "'"  # "m -> m·L/L'": a prime, no quote
    if whole.startswith("* ") and whole.count("*") == 1 and text and whole.endswith(text):
        text = "* " + text  # "* mod M": an operator, no bold mark
    if not _BRACKET.search(text):
        return text  # nothing to balance (and stripping again would change nothing)
    # Balanced brackets only: "(기본키로 사용할 수 있는 속성들" loses its stray "(".
    for open_, close in ("()", "[]", "{}"):
        if text.count(open_) != text.count(close):
            if text.startswith(open_) and close not in text:
                text = text[1:]
            elif text.endswith(close) and open_ not in text:
                text = text[:-1]
    return _strip_edge(text)


def _strip_edge(text: str) -> str:
    """``text`` without the spaces, quotes, marks and punctuation at its ends (``_EDGE``),
    but with the dashes of an option, the dot of a hidden file (``_KEPT_LEAD``) and the
    underscores of a Python name (``__init__``)."""
    if not text or text[0] not in _EDGE:
        stripped = text.rstrip(_EDGE)  # (most texts: nothing at their start to keep or strip)
    else:
        kept = _KEPT_LEAD.match(text.lstrip(" \t\n*_`'\"‘“"))
        stripped = text.strip(_EDGE)
        if kept and stripped and not stripped.startswith(kept.group()):
            stripped = kept.group() + stripped
    if "__" in text and stripped:
        if _DUNDER_LEAD.match(text) and not stripped.startswith("__"):
            stripped = "__" + stripped
        if _DUNDER_END.search(text) and not stripped.endswith("__"):
            stripped += "__"
    return stripped


_DUNDER_LEAD = re.compile(r"[\s*`'\"‘“]*__[a-z][a-z0-9_]*__")
_DUNDER_END = re.compile(r"__[a-z][a-z0-9_]*__[\s.,;:!?*`'\"’”]*$")


_QUOTE = re.compile("['\"`‘’“”]")
_QUOTE_MARK = re.compile(r"(?<![A-Za-z])'|'(?![A-Za-z])")


def odd_quotes(text: str) -> bool:
    """Whether ``text`` holds an odd number of single quote marks, an apostrophe inside an English
    word ("Let's") apart: it was cut inside quotes ("'TM(Transaction Manager)'이라고 부름")."""
    return "'" in text and len(_QUOTE_MARK.findall(text)) % 2 == 1


_QUOTE_PAIRS = (("'", "'"), ('"', '"'), ("`", "`"), ("‘", "’"), ("“", "”"))


def _quotes_kept(whole: str, text: str) -> str:
    """``text`` (``whole`` stripped) with the edge quotes back that close or open inside it.

    "'폴링'이라 불리는 방식" keeps its first quote: stripped, it would read
    "폴링'이라 …". Quotes around the whole text still go.
    """
    at = whole.find(text)
    if at < 0:
        return text
    lead, trail = whole[:at], whole[at + len(text):]
    for open_, close in _QUOTE_PAIRS:
        if open_ == "'":
            # An apostrophe inside a word (server's, don't) opens and closes nothing.
            opens = closes = len(_QUOTE_MARK.findall(text))
        else:
            opens, closes = text.count(open_), text.count(close)
        if open_ == close:
            if not opens:
                continue
            if open_ in lead and close in trail:
                if not opens % 2:
                    text = open_ + text + close  # "'a' and 'b'"; but "'it's'" is wrapped
            elif opens % 2 and open_ in lead:
                text = open_ + text
            elif opens % 2 and close in trail:
                text += close
        elif closes > opens and open_ in lead:
            text = open_ + text
        elif opens > closes and close in trail:
            text += close
    return text


@text_cache(maxsize=4096, longest=200)
def clean_term(text: str) -> str:
    """A heading or label as a term: no numbering, tag prefix, leading sign or question tail."""
    # Cached: the rules clean the same headings and labels of a note many times over.
    text = squash(text)
    text = unnumbered(text)
    text = _TAG_PREFIX.sub("", text)
    text = _SIGN_PREFIX.sub("", text)
    if asks := _ASKS_WHAT_IT_IS.match(text):
        # "XSS가 뭐임", "Q4. Pinning이 뭔가요? ⭐ (단골)", "배경 지식: CrashLoopBackOff 가 뭔지"
        return _strip_edge(asks.group(1).rsplit(": ", 1)[-1])
    text = _question_tail(text) if text.endswith(("?", ":")) else _topic_tail(text)
    return _strip_edge(text)


def unnumbered(text: str) -> str:
    """``text`` without the number that opens it (``_NUMBERING``): "2.3 3NF" → "3NF"."""
    return _NUMBERING.sub("", text)


def _question_tail(text: str) -> str:
    """``캐시란?`` → ``캐시``, ``멱등성이란?`` → ``멱등성``: the term before a question's tail.
    A 이 before 란 is the term's own after a syllable with no final consonant (``트라이란?`` is
    트라이 + 란), as 이란 only follows one that has one."""
    m = _QUESTION_TAIL.search(text)
    if m is None:
        return text
    cut = m.start()
    tail = cut + len(m.group()) - len(m.group().lstrip())  # where 이란 would open, spaces aside
    if text.startswith("이란", tail) and "가" <= text[cut - 1 : cut] <= "힣":
        from notequiz.phrase.particles import has_final_consonant

        if has_final_consonant(text[:cut]) is False:
            return text[: tail + 1]
    return text[:cut]


_ASKS_WHAT_IT_IS = re.compile(
    r"(?:Q\d+[.):]\s*)?(\S.{0,60}?\S)(?:(?<=[A-Za-z0-9)])\s)?(?:이|가|은|는)\s+"
    r"(?:뭐(?:임|야|지|예요|에요|였더라|였지|냐)?"
    r"|뭔(?:가요?|데|지)|뭘까요?|무엇(?:인가요?|일까요?|이지|이야))\s*[?？]?"
    r"[\s\u2600-\u27BF\u2B00-\u2BFF\U0001F300-\U0001FAFF\uFE0F]*(?:\([^()]*\))?\s*$")
"""A heading that asks what its term is, casually or after an interview question's number
("XSS가 뭐임", "Q1. Virtual Thread가 뭔가요", "Hydration이 뭐였더라"): the term. Writers
often space a particle after a Latin word ("swappiness 가 뭐냐"); a label before the term
("배경 지식: …") is no part of it."""


_TOPIC_TAIL = re.compile(r"\s*(이란|란)(?:\s*무엇(?:인가|일까)?)?$")


def _topic_tail(text: str) -> str:
    """``과적합이란`` → ``과적합``, ``캐시란 무엇인가`` → ``캐시``: a heading that asks
    about its term without a question mark. After Hangul, only the form of
    이란/란 that fits the word before it, and that Kiwi reads as the particle,
    is one (혼란, 포트란, 이란 are words)."""
    m = _TOPIC_TAIL.search(text)
    if m is None or not m.start() or text[m.start() - 1].isspace():
        return text
    if text[m.start() - 1].isascii():
        return text[: m.start()]  # "Pod이란", "Pod란": writers read Latin words either way
    from notequiz.phrase.particles import has_final_consonant

    final = has_final_consonant(text[: m.start()])
    if final is None or final != (m.group(1) == "이란"):
        return text
    from notequiz.analyze.morphemes import analysis

    # Kiwi tells the particle (과적합+이란, 캐시+이+란) from a word that ends in 란
    # (포트란, 계란, 파란).
    toks = [t for t in analysis(text[: m.end(1)]).tokens if t.tag != "_SP"]
    last = toks[-1] if toks else None
    particle = last is not None and last.text in ("란", "이란") and (
        last.tag == "JX" or (last.tag == "ETM" and len(toks) > 1 and "VCP" in toks[-2].tag))
    return text[: m.start()] if particle else text


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


_STOPS = str.maketrans(".!?", "\ue000\ue001\ue002")
_STOPS_BACK = str.maketrans("\ue000\ue001\ue002", ".!?")


def mask_code_stops(text: str, code: Sequence[tuple[int, int]]) -> str:
    """``text`` with the ., ! and ? inside inline code hidden from the sentence splitter
    (``SELECT ... FOR UPDATE``, the leading ``1.``); ``unmask`` gives them back."""
    if not code:
        return text
    parts, at = [], 0
    for a, b in code:
        parts += [text[at:a], text[a:b].translate(_STOPS)]
        at = b
    parts.append(text[at:])
    return "".join(parts)


def unmask(text: str) -> str:
    """``text`` with the signs ``mask_code_stops`` hid given back."""
    return text.translate(_STOPS_BACK)


def ends_a_sentence_inside(label: str) -> bool:
    """True when a sentence ends inside ``label`` ("March. Short version"): no label."""
    return _SENTENCE_END.search(label) is not None


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (split after ., ! or ? and a space, or a blank line)."""
    found = sentences(text)
    return found[0] if found else ""


def sentences(text: str) -> list[str]:
    """Sentences of ``text`` split after ., ! or ? and a space, not inside brackets; a blank line
    ends one too."""
    out: list[str] = []
    for part in _PARAGRAPH_BREAK.split(text):
        pieces = _SENTENCE_END.split(squash(part))
        for k, piece in enumerate(pieces):
            if not piece:
                continue
            if k and out and (_ABBREVIATION_END.search(out[-1]) or (
                    _INITIAL_END.search(out[-1]) and _NAME_START.match(piece)) or (
                    out[-1].endswith("...") and _GOES_ON.match(piece))
                    or out[-1].count("(") > out[-1].count(")")):  # "(기본값. 마지막 …)": inside brackets
                out[-1] = f"{out[-1]} {piece}"
            else:
                out.append(piece)
    return out


def trim_copula(text: str) -> str:
    """Drop a Korean copula ending (…입니다, …이다) from a definition fragment."""
    text = clean_span(text)
    if has_hangul(text):
        text = _KO_COPULA_END.sub("", text).rstrip()
    return clean_span(text)


def words(text: str) -> list[str]:
    """Whitespace-separated words."""
    return text.split()


def looks_like_label(text: str, max_words: int = 6, max_chars: int = 48) -> bool:
    """True when ``text`` is short enough to be a term, not a sentence."""
    text = text.strip()
    if not text or len(text) > max_chars or len(text.split()) > max_words:
        return False
    if _SENTENCE_FINAL.search(text) and has_hangul(text[-2:]):
        return False
    return not text.endswith((".", "!"))


_ACRONYM = re.compile(r"^(?:[A-Z]|\d(?=[A-Z]))[A-Za-z0-9&/+.-]{1,9}$")


def is_acronym(token: str) -> bool:
    """True for tokens like LLM, RLHF, JWT, IPv6, TCP/IP (two or more capitals)."""
    token = token.strip()
    return bool(_ACRONYM.match(token)) and sum(ch.isupper() for ch in token) >= 2


_NUMBER_WORDS = {
    "1": ("one", "first", "single", "1"), "2": ("two", "second", "double", "to", "2"),
    "3": ("three", "third", "triple", "3"), "4": ("four", "fourth", "for", "4"),
    "5": ("five", "fifth", "5"),
}
"""The words a digit of an acronym may stand for."""


def initials_match(short: str, long: str) -> bool:
    """True when the letters of ``short`` spell the word starts of ``long``.

    A letter may also match a capital inside a word (JavaScript Object
    Notation → JSON) or the next letters of the current word (Transmission
    Control Protocol → TCP), and a digit a number word (Two-phase commit →
    2PC, Third Normal Form → 3NF, Peer-to-Peer → P2P), but every word of
    ``long`` must be used except small function words.
    """
    letters = [c.lower() for c in short if c.isalpha() or c in _NUMBER_WORDS]
    parts = [w for w in re.split(r"[\s\-/]+", long) if w]
    if not letters or not parts or len(parts) > len(letters) + 3:
        return False
    small = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "as", "by", "with"}

    def match(li: int, wi: int) -> bool:
        if li == len(letters):
            return all(w.lower() in small for w in parts[wi:])
        if wi == len(parts):
            return False
        word = parts[wi]
        if word.lower() in small and match(li, wi + 1):
            return True
        if letters[li] in _NUMBER_WORDS:
            return word.lower() in _NUMBER_WORDS[letters[li]] and match(li + 1, wi + 1)
        if word[0].lower() != letters[li]:
            return False
        # later letters may come from inside this word (JavaScript → J, S)
        li2 = li + 1
        if match(li2, wi + 1):
            return True
        for ch in word[1:]:
            if li2 < len(letters) and ch.lower() == letters[li2]:
                li2 += 1
                if match(li2, wi + 1):
                    return True
        return False

    return match(0, 0)


ARROWS = "->|→|⇒|=>|➜|➔"
"""The arrows that join the steps of a sequence written on one line (``A -> B -> C``)."""
ARROW_JOIN = re.compile(rf"\s*(?:{ARROWS})\s*")
"""An arrow with the spaces around it: what ``split`` cuts a chain's steps at."""
ANY_ARROW = re.compile(ARROWS)
"""Any one of ``ARROWS``: whether ``ARROW_JOIN`` has a match, faster to search for without
the spaces around."""
MAX_ANSWER = 150
"""The longest answer a rule gives: English answers are cut at a natural boundary (a comma,
``and``) under it, a question's answer keeps its first sentences that fit (selection keeps
up to 160 characters)."""
TASK_BOX = re.compile(r"\[[ xX]\]\s")
"""A task list's box ("[ ] …", "[x] …"): what the writer has to do, ask or check, or has done."""
END_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
"""An aside in brackets at the end of a text ("… 작은 값 (PyTorch 기본 1e-5)", "## 개인 의견
(반론 환영)")."""
PROBLEM_ID = re.compile(r"(?:LC|LeetCode|BOJ|백준|프로그래머스|Programmers|CF|Codeforces|AtCoder)"
                        r"\s*#?\s*\d+[A-Z]?", re.IGNORECASE)
"""A problem's number on a judge site ("LC 496", "BOJ 17298")."""
CITATION = re.compile(r"(?:[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?)?[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*"
                      r"(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?"
                      r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?"
                      r"(?:,?\s+(?:19|20)\d\d[a-z]?|\s+\((?:19|20)\d\d[a-z]?\))"
                      r"|[A-Z][\w'’-]+\s+et\s+al\.?")
"""A paper cited by who wrote it, where from, and when ("Wu & He, 2018", "Ba, Kiros & Hinton, 2016", "Su et al., 2021",
"Kirsch & Mitzenmacher (2006)", "Peter Fenwick, 1994",
"Lamping & Veach, Google, 2014", "Terrace & Freedman, USENIX ATC 2009", "Arthur B. Kahn, 1962"), or by its
authors alone ("He et al.")."""
NAME_AND_PAPER = re.compile(rf"[^()]{{1,40}}\(\s*(?:{CITATION.pattern})\s*\)")
"""A name and its paper and nothing else ("RoFormer (Su et al., 2021)"): who wrote what, no
account of what the heading names."""
_STEP_WORDS = 8
LEFT_OUT = re.compile(r"\.{2,}|…|etc\.?")
"""A part of an arrow chain that stands for steps left out ("P1 → P2 → … → Pn → P1"): the chain
is a pattern, no steps to recall."""
_NO_STEP = re.compile(rf"^(?:{LEFT_OUT.pattern})$|[.!?]\s|[,;]\s*(?:then|and then|so|그리고)\b|[다요]$"
                      r"|\band so on\b")
"""A part that is no step: an ellipsis or "and so on" (steps left out), or a clause of its
own."""


TWO_WAY = re.compile(r"<->|<=>|↔|⇔")
"""A two-way arrow: a chain that holds one ("Eden -> S0 <-> S1 -> Old") is a diagram of
places, no order of steps."""


def arrow_steps(text: str) -> tuple[str, ...] | None:
    """The steps of ``text`` when it is nothing but an arrow chain (``A -> B -> C``).

    Three steps or more, each a few words that end no sentence: "target ->
    predecessor -> ... -> source, then reverse it." leaves steps out and ends in
    a clause, and is no chain of steps. ``None`` for any other text.
    """
    parts = ARROW_JOIN.split(squash(text).rstrip(". "))
    if len(parts) < 3 or TWO_WAY.search(text):
        return None
    steps = tuple(clean_span(p) for p in parts)
    if any(not step or len(step.split()) > _STEP_WORDS or _NO_STEP.search(step)
           for step in steps) or changing_values(steps):
        return None
    return steps


SYMBOL = re.compile(r"[A-Za-z][0-9']?")
"""One letter, with a digit or a prime at most: a formula's symbol ("x", "A", "L", "k2")."""


_NUMBER_END = re.compile(r"(?:^|[^\w.])\d+(?:[.,]\d+)?\s*(?:[kmgt]?b|[mµun]?s|sec|min|h|k|x|%|배|초|"
                         r"분|시간|개|건|회|번|원|명)?$", re.IGNORECASE)
"""A step that ends in an amount: ``쿼리 수 51``, ``800ms``, ``1.1GB`` (not ``1NF``)."""


def sets_values(text: str) -> bool:
    """Whether ``text`` sets two values or more, outside brackets: an example's state ("key 0 =
    장보기, key 1 = 운동") or a formula and its default ("running = … · batch, 기본
    momentum=0.1"), no definition. A legend in brackets ("(K = keys, N = nodes)") is not. So
    does a sum worked out ("4096 × 4096 = 16,777,216", "약 9만 명 × 평균 50KB ≈ 4.5GB"): an
    example's numbers, not a formula's ("N × 2^N = …")."""
    if _WORKED_OUT.search(text) and not _ONE_LETTER.search(text):
        return True
    if text.count("=") < 2:
        return False
    bare = _IN_BRACKETS.sub("", text)
    return len(_ASSIGNS.findall(bare)) >= 2


_IN_BRACKETS = re.compile(r"\([^()]*\)")
_ONE_LETTER = re.compile(r"(?<![A-Za-z0-9./])[A-Za-z](?![A-Za-z])")
"""A formula's symbol: "상태 수: N × 2^N = 16 × 65536 ≈ 100만" works out a formula, no example's sum (a
unit after a number or a slash, "0.15s", "21.9M", "req/s", is no symbol)."""
_WORKED_OUT = re.compile(r"\d[^=≈<>]*\s×\s[^=≈<>]*(?:[=≈]\s*[~*]*[\d.,]+|\s[<>]\s)")


def assigns(label: str) -> bool:
    """Whether ``label`` holds "=" outside brackets: a variable's value ("i=0~3", "k = 4"),
    no term; "Layout (= reflow)" is a term and its other name."""
    return "=" in label and "=" in _IN_BRACKETS.sub("", label)
_ASSIGNS = re.compile(r"(?<![=!<>])=(?!=)")


_LITERAL = re.compile(r"\[[^\[\]]*\]")
"""A list written as a value ("[3,5]"): a chain of them is a variable's values over time."""


def changing_values(steps: Sequence[str]) -> bool:
    """True when the steps are values that change, not steps of anything: every step
    one letter ("A -> B -> A", or a formula's "X → Y → Z") or a list ("[3] → [3,5]"), a number after an arrow
    whose other side ends in one ("쿼리 수 51 -> 2", "800ms -> 120ms"), or a step that
    sets or works out a value ("G = 1 → LN과 같은 통계 축", "normalized_shape=D → …"), or a pattern
    that repeats ("요청 -> 응답 -> 요청 -> 응답": how things alternate, no order of steps)."""
    return all(SYMBOL.fullmatch(step) or _LITERAL.fullmatch(step) for step in steps) or any(
        "=" in step for step in steps) or any(
        step[:1].isdigit() and _NUMBER_END.search(before)
        for before, step in itertools.pairwise(steps)) or _repeats(steps)


def _repeats(steps: Sequence[str]) -> bool:
    """Whether ``steps`` are a shorter run of steps said twice or more ("요청, 응답, 요청, 응답")."""
    n = len(steps)
    return any(n % p == 0 and all(steps[i] == steps[i % p] for i in range(p, n)) for p in range(1, n // 2 + 1))


_MINUS = re.compile(r"(?:\d+|[A-Z])(?:\s|$)")
_OPERAND = re.compile(r"(?:\d|(?:^|\s)[A-Z])$")


def subtracts(before: str, after: str) -> bool:
    """Whether a dash between ``before`` and ``after`` subtracts: it stands between two numbers
    or one-letter variables ("hi가 2^31 - 1 근처까지", "writes survive N - W unavailable nodes"),
    so no label ends before it."""
    return _OPERAND.search(before.rstrip()) is not None and _MINUS.match(after) is not None
