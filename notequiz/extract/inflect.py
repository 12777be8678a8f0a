"""A Korean sentence's final word made into the form that modifies a noun.

"…보장이 없다" asked about becomes "…보장이 없는 이유"; "트래픽이 낭비된다",
"트래픽이 낭비되는 이유". The rules that ask *why* need this, and a wrong form
reads worse than no card: every case this module is not sure of gives
``None``, and the rule then makes no card.

It reads Kiwi's morphemes (form and tag) of the word, so that 된다 is 되 + ㄴ다
and 합니다 is 하 + ㅂ니다, and tells verbs from adjectives by Kiwi's tags and by
the ending the note used (a verb says 한다, an adjective 하다).
"""

from __future__ import annotations

from collections.abc import Sequence

_FIRST, _LAST = 0xAC00, 0xD7A3
_N, _L = 4, 8  # ㄴ and ㄹ, as final consonants of a syllable
_IRREGULAR_FINALS = frozenset({7, 17, 19, 27})  # ㄷ ㅂ ㅅ ㅎ: their stems change before 은
_PAST = frozenset({"었", "았", "였", "ㅆ", "었었", "았었"})
_VERB_ENDS = ("\u11ab다", "ㄴ다", "는다")
"""Plain present endings only a verb takes (an adjective ends in 다). Kiwi writes
the ㄴ of 된다 as a final consonant (U+11AB)."""
_STATEMENT_ENDS = ("다", "요")
"""Endings of statements; questions (…까), orders and suggestions are none."""
_JOINTS = frozenset({"고", "며", "으며"})
"""Connective endings that close a statement another follows (…하고, …하며)."""
_VERBS = frozenset({"VV", "XSV"})
_ADJECTIVES = frozenset({"VA", "XSA"})
_EXISTENCE = ("있", "없")


def _final(syllable: str) -> int | None:
    code = ord(syllable) - _FIRST
    if not 0 <= code <= _LAST - _FIRST:
        return None
    return code % 28


def _with_final(syllable: str, final: int) -> str:
    """``syllable`` with its final consonant replaced by ``final`` (0: none)."""
    code = ord(syllable) - _FIRST
    return chr(_FIRST + code - code % 28 + final)


def _plain_tag(tag: str) -> str:
    # Kiwi marks regular and irregular conjugation: VV-R, VA-I.
    return tag.split("-", 1)[0]


def adnominal(parts: Sequence[tuple[str, str]]) -> str | None:
    """The adnominal form of a sentence's final word, given its morphemes.

    ``parts`` are the word's morphemes as Kiwi gives them, ``(form, tag)``,
    ending with its final ending (``EF``, or 고/며 where a second statement
    follows): ``[("낭비", "NNG"), ("되", "XSV"), ("ㄴ다", "EF")]`` gives
    ``"낭비되는"``. Present and past statements of
    verbs, present statements of adjectives, 이다 and 아니다 are made; other
    words (honorific or future endings, irregular stems that change, a
    question) give ``None``.
    """
    if len(parts) < 2:
        return None
    ending, kind = parts[-1]
    if not ((kind == "EF" and ending.endswith(_STATEMENT_ENDS))
            or (kind == "EC" and ending in _JOINTS)):
        return None
    rest = list(parts[:-1])
    past = False
    if rest and rest[-1][1] == "EP":
        if rest[-1][0] not in _PAST:
            return None  # 겠, 시: not a plain statement of fact
        past = True
        rest.pop()
    if not rest:
        return None
    stem, tag = rest[-1][0], _plain_tag(rest[-1][1])
    head = "".join(form for form, _ in rest[:-1])
    if not stem or _final(stem[-1]) is None:
        return None
    if tag == "VCP":
        return None if past else f"{head}인"
    if tag == "VCN":
        return None if past else f"{head}아닌"
    if stem.endswith(_EXISTENCE) and tag in _VERBS | _ADJECTIVES | {"VX"}:
        return None if past else f"{head}{stem}는"
    verb = tag in _VERBS or ending in _VERB_ENDS
    if ending == "다" and not past:
        verb = False  # "않다", "필요하다": a plain 다 in the present is an adjective's
    elif tag not in _VERBS | _ADJECTIVES and ending not in _VERB_ENDS:
        return None  # an auxiliary (VX) in a polite ending: either could be meant
    last = stem[-1]
    final = _final(last)
    if verb and not past:
        if final == _L:  # 만들 -> 만드는
            return f"{head}{stem[:-1]}{_with_final(last, 0)}는"
        return f"{head}{stem}는"
    if past and not verb:
        return None  # an adjective's past (…했던) is no plain description
    # A verb's past or an adjective's present: ㄴ after a vowel, 은 after a consonant.
    if final in (0, _L):  # 하 -> 한, 만들 -> 만든, 길 -> 긴
        return f"{head}{stem[:-1]}{_with_final(last, _N)}"
    if final in _IRREGULAR_FINALS and not rest[-1][1].endswith("-R"):
        return None  # 듣 -> 들은, 어렵 -> 어려운: the stem changes
    return f"{head}{stem}은"
