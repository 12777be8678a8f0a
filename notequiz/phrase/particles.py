"""Korean particles (josa) that agree with the word before them.

A particle such as 은/는 has one form after a final consonant (batchim) and
one after a vowel: LLM은, RLHF는. What counts is the word *as it is read
aloud*, so Latin letters, digits and a few symbols are read the way Korean
speakers say them: LLM is 엘엘엠 (ㅁ), GPT-4 is 지피티사 (vowel), Python is
파이썬 (ㄴ). (으)로 has a third case: a final ㄹ takes 로 (모델로, 서울로).

When nothing can be read (symbols only, other scripts) the particle is
written in the neutral form "은(는)". Only the standard library is used.
"""

from __future__ import annotations

import re

# --- Hangul ------------------------------------------------------------------

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
# Final consonants (jongseong) in Unicode order; index 0 means "no final".
_JONGSEONG: tuple[str, ...] = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
# A lone consonant letter is read by its name (기역, 니은, 리을 ...) and every
# name ends in that same consonant; a lone vowel letter (ㅏ) is read as 아.
_JAMO_CONSONANTS = range(0x3131, 0x314F)
_JAMO_VOWELS = range(0x314F, 0x3164)

# --- Digits: Sino-Korean readings -------------------------------------------

# 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구
_DIGIT_FINALS = ("ㅇ", "ㄹ", "", "ㅁ", "", "", "ㄱ", "ㄹ", "ㄹ", "")
# A number ending in zeros is read ending in a place word: 20 이십, 300 삼백,
# 4000 사천; past that, the 4-digit group word: 50000 오만, 10^8 억, 10^12 조.
_PLACE_FINALS = ("ㅂ", "ㄱ", "ㄴ")  # 십, 백, 천
_GROUP_FINALS = ("ㄴ", "ㄱ", "", "ㅇ")  # 만, 억, 조, 경
_NUMBER = re.compile(r"([0-9][0-9,]*)(\.[0-9]+)?$")

# --- Latin letters -----------------------------------------------------------

# Letter names in Korean; only these four end in a consonant:
# L 엘, M 엠, N 엔, R 알. The rest (에이, 비, 씨, ..., 제트) end in a vowel.
_LETTER_FINALS = {"L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "R": "ㄹ"}
# Capitals said as a word, where that changes the final: .NET 닷넷, JPEG 제이펙.
# (Most others agree with their spelling: RAM 램/알에이엠, JSON 제이슨/엔.)
_ACRONYMS_READ_AS_WORDS = {"JPEG": "ㄱ", "MIME": "ㅁ", "NAT": "ㅅ", "NET": "ㅅ", "OLAP": "ㅂ"}
_LETTERS = re.compile(r"[A-Za-z]+$")
# Split camelCase so the last word decides: chatGPT -> GPT, GitHub -> Hub,
# macOS -> OS, LoRA -> RA.
_CAMEL_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_VOWEL_LETTERS = frozenset("aeiouy")

# Established readings the ending rules below get wrong; matched as suffixes.
_WORD_EXCEPTIONS = {
    "bit": "",  # 비트 (qubit 큐비트), not 빗
    "check": "",  # 체크, not 첵
    "group": "ㅂ",  # 그룹, not 그루프
    "hub": "",  # 허브 (GitHub 깃허브), not 헙
    "template": "ㅅ",  # 템플릿, not 템플레이트
    "type": "ㅂ",  # 타입 (prototype 프로토타입), not 타이프
}
# Loanword spelling keeps p/t/k (and b, c read as k) as batchim after a short
# vowel (앱, 챗, 스택, 웹, 로직) but adds 으 after a long vowel or a consonant
# (루프, 루트, 스크립트, 링크). These vowel pairs keep the batchim anyway:
# deep 딥, heap 힙; out 아웃, layout 레이아웃; book 북, notebook 노트북.
_PLOSIVE_BATCHIM = {"p": "ㅂ", "b": "ㅂ", "t": "ㅅ", "k": "ㄱ", "c": "ㄱ"}
_LONG_VOWELS_WITH_BATCHIM: dict[str, tuple[str, ...]] = {
    "p": ("ee", "ea"),
    "t": ("ou",),
    "k": ("oo",),
}

# --- Symbols -----------------------------------------------------------------

# Symbols that are read aloud at the end of a term: 50% 오십 퍼센트,
# C++ 씨플러스플러스, C# 씨샵. Other trailing punctuation is silent.
_SYMBOL_FINALS = {"%": "", "+": "", "#": "ㅂ"}
# Brackets that hold a gloss or aside; quotes (' " 「 」 ...) are just skipped.
_BRACKETS = {")": "(", "]": "[", "}": "{", "）": "（", "］": "［"}

# --- Particles ---------------------------------------------------------------

# (form after a consonant, form after a vowel). The 으 forms also take the
# vowel form after a final ㄹ: 서울로, 모델로, 칼로써.
_PAIRS = (
    ("은", "는"),
    ("이", "가"),
    ("을", "를"),
    ("과", "와"),
    ("으로", "로"),
    ("으로서", "로서"),
    ("으로써", "로써"),
    ("이나", "나"),
    ("이라고", "라고"),
    ("이란", "란"),
    ("이라", "라"),
    ("이랑", "랑"),
    ("이며", "며"),
)


def _neutral(pair: tuple[str, str]) -> str:
    """The form used when the final sound is unknown: 은(는), (으)로, (이)라고."""
    consonant, vowel = pair
    for prefix in ("으", "이"):
        if consonant == prefix + vowel:
            return f"({prefix}){vowel}"
    return f"{consonant}({vowel})"


def _spellings(pair: tuple[str, str]) -> set[str]:
    consonant, vowel = pair
    return {
        consonant,
        vowel,
        f"{consonant}/{vowel}",
        f"{vowel}/{consonant}",
        f"{consonant}({vowel})",
        _neutral(pair),
    }


_PARTICLES = {spelling: pair for pair in _PAIRS for spelling in _spellings(pair)}


# --- Reading the end of a word ------------------------------------------------


def _spoken_end(text: str) -> str:
    """``text`` cut after the last character that is read aloud.

    Trailing spaces, punctuation and quotes are dropped ('할루시네이션' ->
    할루시네이션). A trailing bracket is an aside that is skipped when read,
    so the particle agrees with what comes before it: 인공지능(AI)은. Only a
    term that is all bracket is read from the inside: (생성형 인공지능)은.
    """
    end = len(text)
    while end and _is_silent(text[end - 1]):
        end -= 1
    text = text[:end]
    if not text or text[-1] not in _BRACKETS:
        return text
    start = _opening_bracket(text)
    if start is None:  # a stray closer: just skip it
        return _spoken_end(text[:-1])
    return _spoken_end(text[:start]) or _spoken_end(text[start + 1 : -1])


def _is_silent(char: str) -> bool:
    return not char.isalnum() and char not in _SYMBOL_FINALS and char not in _BRACKETS


def _opening_bracket(text: str) -> int | None:
    """Index of the bracket that opens the one closing ``text``, if any."""
    close = text[-1]
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == close:
            depth += 1
        elif text[i] == _BRACKETS[close]:
            depth -= 1
            if depth == 0:
                return i
    return None


def _number_final(number: str) -> str:
    """Final sound of a number read in Sino-Korean (``number`` ends in a digit)."""
    match = _NUMBER.search(number)
    assert match is not None
    integer, fraction = match.group(1).replace(",", ""), match.group(2)
    # Digits after a decimal point, and numbers with leading zeros (007), are
    # read one by one: 3.10 삼점일영, 007 공공칠.
    if fraction or (integer.startswith("0") and len(integer) > 1) or int(integer) == 0:
        return _DIGIT_FINALS[int(number[-1])]
    zeros = len(integer) - len(integer.rstrip("0"))
    group, place = divmod(zeros, 4)
    if group:  # 10000 만, 120000 십이만: the group word is read last
        return _GROUP_FINALS[min(group, len(_GROUP_FINALS)) - 1]
    if place:  # 20 이십, 100 백, 1000 천
        return _PLACE_FINALS[place - 1]
    return _DIGIT_FINALS[int(integer[-1])]


def _latin_final(text: str) -> str:
    """Final sound of the last Latin word of ``text`` (which ends in a letter)."""
    match = _LETTERS.search(text)
    assert match is not None
    part = _CAMEL_PARTS.findall(match.group())[-1]
    # Capitals (LLM, GPT) and words without a vowel letter (npm, jwt) cannot
    # be read as words, so they are spelled letter by letter.
    if part in _ACRONYMS_READ_AS_WORDS:
        return _ACRONYMS_READ_AS_WORDS[part]
    if part.isupper() or not _VOWEL_LETTERS.intersection(part.lower()):
        return _LETTER_FINALS.get(part[-1].upper(), "")
    return _english_final(part.lower())


def _english_final(word: str) -> str:
    """Final sound of an English word as Korean loanwords spell it.

    Only l, m, n and ng become batchim on their own (모델, 알고리즘, 토큰,
    스트링); r is silent (서버, 도커), and d, g, f, v, s, z, x, sh, ch, th
    take 으 (클라우드, 로그, 리눅스, 캐시). p, t, k, b, c depend on the vowel
    before them (see ``_PLOSIVE_BATCHIM``).
    """
    for suffix, final in _WORD_EXCEPTIONS.items():
        if word.endswith(suffix):
            return final
    if word.endswith(("ng", "mn", "mb")):  # 스트링, 칼럼, 클라임
        return "ㅇ" if word.endswith("ng") else "ㅁ"
    if len(word) > 2 and word[-1] == "e" and word[-2] not in _VOWEL_LETTERS:
        # A silent e follows a long vowel: only l, m, n stay batchim (파일,
        # 네임, 라인); anything else takes 으 (바이트, 코드, 케이크, 캐시).
        return {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ"}.get(word[-2], "")
    last = word[-1]
    if last in "lmn":
        return {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ"}[last]
    if last not in _PLOSIVE_BATCHIM:
        return ""
    if word.endswith("ck"):  # 스택, 블록, 클릭
        return "ㄱ"
    stem = word[:-1].rstrip(last)  # app -> a, commit -> commi
    if not stem or stem[-1] not in _VOWEL_LETTERS:  # 스크립트, 점프, 링크
        return ""
    if len(stem) > 1 and stem[-2] in _VOWEL_LETTERS:  # a long vowel: 루트, 루프
        keeps = stem[-2:] in _LONG_VOWELS_WITH_BATCHIM.get(last, ())
        return _PLOSIVE_BATCHIM[last] if keeps else ""
    return _PLOSIVE_BATCHIM[last]


# --- Public API -----------------------------------------------------------------


def final_consonant(word: str) -> str | None:
    """The consonant that ``word`` ends in when read aloud in Korean.

    Returns the final as a Hangul letter ("ㄹ" for 모델 and URL, "ㄴ" for
    Python, "ㄱ" for 6 and 100), ``""`` when the word ends in a vowel (RLHF,
    GPT-4, Docker), or ``None`` when it cannot be read (symbols, other
    scripts, empty text).
    """
    text = _spoken_end(word)
    if not text:
        return None
    char = text[-1]
    code = ord(char)
    if _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
        return _JONGSEONG[(code - _SYLLABLE_FIRST) % 28]
    if code in _JAMO_CONSONANTS:
        return char
    if code in _JAMO_VOWELS:
        return ""
    if char in _SYMBOL_FINALS:
        return _SYMBOL_FINALS[char]
    if "0" <= char <= "9":
        return _number_final(text)
    if char.isascii() and char.isalpha():
        return _latin_final(text)
    return None


def has_final_consonant(word: str) -> bool | None:
    """Whether ``word``, read aloud, ends in a consonant (batchim).

    ``None`` when that cannot be told. Use :func:`final_consonant` to tell a
    final ㄹ apart, which (으)로 needs.
    """
    final = final_consonant(word)
    return None if final is None else final != ""


def particle_form(word: str, particle: str) -> str:
    """The form of ``particle`` that agrees with ``word``.

    ``particle`` names a pair by either form, "A/B", "B/A", "A(B)" or
    "(으)로"-style: "은/는", "는", "을", "(으)로", "라고/이라고" ... A word whose
    ending cannot be read gets the neutral form, e.g. "은(는)".

    Raises:
        ValueError: when ``particle`` is not a known pair.
    """
    pair = _PARTICLES.get(particle.strip().lstrip("-~"))
    if pair is None:
        raise ValueError(f"unknown particle: {particle!r}")
    final = final_consonant(word)
    if final is None:
        return _neutral(pair)
    consonant, vowel = pair
    if final == "ㄹ" and consonant.startswith("으"):
        return vowel
    return consonant if final else vowel


def attach(word: str, particle: str) -> str:
    """``word`` followed by the agreeing form of ``particle``: LLM은, GPT-4는."""
    return word + particle_form(word, particle)
