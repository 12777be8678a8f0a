"""Notes that mix Korean and English: each block is read by the rules of its own language,
and each card says which language's rules made it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from notequiz.extract.auto import units
from notequiz.parse import parse_note
from notequiz.pipeline import build
from notequiz.read import read_note

from .conftest import AS_PHRASED

KOREAN_NOTE_WITH_ENGLISH = """
    ---
    title: 캐시 정리
    ---
    # 캐시

    TCP는 연결 지향형 전송 계층 프로토콜이다.

    A cache hit is a lookup that finds its key in the cache. Unlike a hit, a miss must go to
    the backing store.

    ## LRU

    LRU(Least Recently Used)는 가장 오래 쓰지 않은 항목을 먼저 내보내는 정책이다.

    An LRU cache evicts the entry that was used least recently, whereas an LFU cache evicts
    the entry used least often.
    """


def test_korean_note_keeps_its_english_paragraphs(write_note: Callable[..., Path]) -> None:
    path = write_note("cache.md", KOREAN_NOTE_WITH_ENGLISH)
    result = build([str(path)], AS_PHRASED)
    assert [n.lang for n in result.notes] == ["ko"]
    made = {(c.lang, c.rule, c.term, c.answer) for c in result.cards}
    # Korean sentences: Korean rules, Korean questions.
    assert ("ko", "ko.definition.copula", "TCP", "연결 지향형 전송 계층 프로토콜") in made
    # English paragraphs of the same note: English rules, English questions.
    assert ("en", "en.definition.copula", "cache hit",
            "a lookup that finds its key in the cache") in made
    assert ("en", "en.comparison.unlike", "miss vs hit",
            "a miss must go to the backing store") in made
    assert ("en", "en.comparison.whereas", "LRU cache vs LFU cache",
            "An LRU cache evicts the entry that was used least recently; an LFU cache evicts "
            "the entry used least often") in made
    by_rule = {c.rule: c for c in result.cards}
    assert by_rule["en.definition.copula"].question == "What is a cache hit?"
    assert by_rule["en.definition.copula"].source.line_start == 8
    assert by_rule["ko.definition.copula"].question.endswith("무엇인가?")
    # Every card's language is the language of the rules that made it.
    for card in result.cards:
        if card.rule.startswith("ko."):
            assert card.lang == "ko"
        if card.rule.split(".")[0] == "en" and card.kind != "acronym":
            assert card.lang == "en"


def test_language_is_chosen_per_block(write_note: Callable[..., Path]) -> None:
    path = write_note("mixed.md", KOREAN_NOTE_WITH_ENGLISH)
    note = parse_note(read_note(str(path), str(path.parent)))
    langs = [(lang, unit.text.split()[0]) for unit, lang in units(note, set())]
    assert langs == [("ko", "TCP는"), ("en", "A"), ("ko", "LRU(Least"), ("en", "An")]


def test_english_note_with_a_korean_paragraph(write_note: Callable[..., Path]) -> None:
    path = write_note("en.md", """
        # Transport

        TCP is a connection-oriented transport protocol. It retransmits lost segments and
        keeps them in order, so the application reads one reliable stream of bytes from the
        socket. A segment is the unit of data that TCP sends in one IP packet.

        UDP는 비연결형 전송 계층 프로토콜이다.
        """)
    result = build([str(path)])
    assert [n.lang for n in result.notes] == ["en"]
    made = {(c.lang, c.rule, c.term) for c in result.cards}
    assert ("en", "en.definition.copula", "TCP") in made
    assert ("en", "en.property.carried", "TCP") in made
    assert ("ko", "ko.definition.copula", "UDP") in made
