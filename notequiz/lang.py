"""Language of a piece of text, chosen by the share of words with Hangul.

Notes mix Korean and English freely, so the choice is made per block or
sentence, never once per file. Only the standard library is used: this
module must stay cheap to import.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")

KOREAN_SHARE = 0.25
"""A text is Korean when at least this share of its words contain Hangul.

Korean tech prose keeps many English terms (LLM, RLHF, API), so a Korean
sentence often has fewer than half Hangul words; an English sentence in a
Korean note almost never has a quarter.
"""


def hangul_share(text: str) -> float:
    """Share of the words in ``text`` that contain at least one Hangul letter."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    return sum(1 for w in words if _HANGUL.search(w)) / len(words)


def detect(text: str, default: str = "en") -> str:
    """Return ``"ko"`` or ``"en"`` for ``text``; ``default`` when it has no words."""
    words = _WORD.findall(text)
    if not words:
        return default
    return "ko" if hangul_share(text) >= KOREAN_SHARE else "en"


def has_hangul(text: str) -> bool:
    """True when ``text`` contains any Hangul letter."""
    return _HANGUL.search(text) is not None
