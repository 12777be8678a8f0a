"""Language of a piece of text, chosen by the share of words with Hangul.

Notes mix Korean and English freely, so the choice is made per block or
sentence, never once per file. Only the standard library is used: this
module must stay cheap to import.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


_text_caches: list[functools._lru_cache_wrapper[Any]] = []
"""Every cache ``text_cache`` made, for ``forget_texts`` and ``texts_kept``."""


def text_cache(
    maxsize: int, longest: int = 2000
) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Cache a pure function of one text, like ``functools.lru_cache(maxsize)``.

    The stages ask the same questions of a note's headings and paragraphs
    many times over. Only texts of at most ``longest`` characters are kept: a
    cache keeps its texts alive, and a note may hold a line of megabytes
    (``maxsize * longest`` characters bound what a cache holds). The build
    empties the caches after each note (``forget_texts``).
    """

    def wrap(function: Callable[[str], T]) -> Callable[[str], T]:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _text_caches.append(cached)

        @functools.wraps(function)
        def call(text: str) -> T:
            return cached(text) if len(text) <= longest else function(text)

        return call

    return wrap


def forget_texts() -> None:
    """Empty every ``text_cache``: the build calls it when a note is done.

    Notes of a blog do not share paragraphs, so answers kept from one note
    for the next would only hold memory. (A generated corpus whose notes
    repeat the same paragraphs would also be built faster than a real blog
    of that size, which would make benchmarks on it wrong.)
    """
    for cached in _text_caches:
        cached.cache_clear()


def texts_kept() -> int:
    """How many answers the ``text_cache`` caches hold now."""
    return sum(cached.cache_info().currsize for cached in _text_caches)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
# One match per word holding Hangul: it starts only where a word starts and
# stops at the word's first Hangul letter, so a word is never counted twice.
# (U+3130 and U+318F, unassigned, are in no word: the class leaves them out.)
_HANGUL_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*?[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e]")

KOREAN_SHARE = 0.25
"""A text is Korean when at least this share of its words contain Hangul.

Korean tech prose keeps many English terms (LLM, RLHF, API), so a Korean
sentence often has fewer than half Hangul words; an English sentence in a
Korean note almost never has a quarter.
"""


@text_cache(maxsize=1024)
def _counts(text: str) -> tuple[int, int]:
    """(words, words with Hangul) of ``text``, each counted by one regex scan."""
    # Cached: the stages ask about the same paragraph several times (the note's
    # language, the structure rules, then the units twice: to prefetch, to read).
    words = len(_WORD.findall(text))
    if not words or _HANGUL.search(text) is None:
        return words, 0
    return words, len(_HANGUL_WORD.findall(text))


def _decide(words: int, hangul: int, default: str) -> str:
    if not words:
        return default
    return "ko" if hangul / words >= KOREAN_SHARE else "en"


def hangul_share(text: str) -> float:
    """Share of the words in ``text`` that contain at least one Hangul letter."""
    words, hangul = _counts(text)
    return hangul / words if words else 0.0


def detect(text: str, default: str = "en") -> str:
    """Return ``"ko"`` or ``"en"`` for ``text``; ``default`` when it has no words."""
    return _decide(*_counts(text), default)


def detect_lines(lines: Iterable[str], default: str = "en") -> str:
    """``detect("\\n".join(lines), default)``, from the counts of each line.

    No word spans a line break, so the counts add up; and the lines' own
    counts are the ones asked for again when each is read on its own.
    """
    words = hangul = 0
    for line in lines:
        w, h = _counts(line)
        words += w
        hangul += h
    return _decide(words, hangul, default)


def has_hangul(text: str) -> bool:
    """True when ``text`` contains any Hangul letter."""
    return _HANGUL.search(text) is not None
