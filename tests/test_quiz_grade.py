"""Grading typed answers, table-driven, in Korean and English."""

from __future__ import annotations

import pytest

from notequiz.model import CardKind
from notequiz.quiz.grade import budget, distance, grade, grade_text, key, letters, strip_ending

from .test_quiz_support import card

# (given, expected, correct) — a single answer.
KOREAN = [
    ("4개", "4개", True),
    ("4 개", "4개", True),  # spacing
    ("4개요", "4개", True),  # polite ending
    ("4개입니다.", "4개", True),  # copula + punctuation
    ("5개", "4개", False),  # numbers must match exactly
    ("30바이트", "20바이트", False),
    ("20 바이트", "20바이트", True),
    ("프로토콜이다", "프로토콜", True),
    ("프로토콜이에요", "프로토콜", True),
    ("연결 지향형 전송 계층 프로토콜이다.", "연결 지향형 전송 계층 프로토콜", True),
    ("TCP는", "TCP", True),  # particle after a Latin word
    ("LLM이", "LLM", True),
    ("흐름제어", "흐름 제어", True),
    ("흐름 제어를", "흐름 제어", True),
    ("흐름 재어", "흐름 제어", True),  # one jamo: ㅔ → ㅐ
    ("핸드쉐이크", "핸드셰이크", True),  # one jamo: ㅖ → ㅞ
    ("핸드세이크", "핸드셰이크", True),
    ("혼잡 제어", "흐름 제어", False),  # another word, not a typo
    ("혼잡", "흐름", False),
    ("비동기 방식", "동기 방식", False),  # negation, one syllable away
    ("무선", "유선", False),  # short words get no typo budget
    ("물", "물은", True),  # 은 after ㄹ is a particle
    ("바", "바다", False),  # 다 in 바다 is not an ending
    ("대형 언어 모델", "LLM(대형 언어 모델)", True),  # either side of a gloss
    ("LLM", "LLM(대형 언어 모델)", True),
    ("", "4개", False),
]

ENGLISH = [
    ("Paris", "Paris", True),
    ("paris", "Paris", True),  # case
    ("  PARIS. ", "Paris", True),  # spacing, punctuation
    ("Pairs", "Paris", True),  # a swap is one typo
    ("Pari", "Paris", True),
    ("Lyon", "Paris", False),
    ("the mitochondria", "mitochondria", True),  # leading article
    ("mitochondira", "mitochondria", True),
    ("mitosis", "mitochondria", False),
    ("asynchronous", "synchronous", False),  # a negating prefix is never a typo
    ("synchronus", "synchronous", True),
    ("It increases.", "It increases", True),
    ("it decreases", "It increases", False),
    ("C", "C++", False),  # ++ is not punctuation here
    ("c++", "C++", True),
    ("C#", "C++", False),
    ("cat", "car", False),  # no typo budget for short words
    ("TCP/IP", "TCP IP", True),
    ("3 way handshake", "3-way handshake", True),
    ("4-way handshake", "3-way handshake", False),
]


@pytest.mark.parametrize(("given", "expected", "correct"), KOREAN + ENGLISH)
def test_single_answers(given: str, expected: str, correct: bool) -> None:
    assert grade_text(given, expected).correct is correct


@pytest.mark.parametrize(
    ("given", "expected", "note"),
    [
        ("Paris", "Paris", ""),
        ("Pairs", "Paris", "1 typo"),
        ("핸드쉐이크", "핸드셰이크", "1 typo"),
        ("mitochondira", "mitochondria", "1 typo"),
        ("mitohcondira", "mitochondria", "2 typos"),
    ],
)
def test_typos_are_reported(given: str, expected: str, note: str) -> None:
    verdict = grade_text(given, expected)
    assert verdict.correct
    assert verdict.exact is (note == "")
    assert verdict.note == note


def test_definition_need_not_repeat_the_term() -> None:
    answer = "A Bloom filter is a space-efficient probabilistic data structure"
    assert grade_text("space-efficient probabilistic data structure", answer, "Bloom filter").correct
    ko = "TCP는 연결 지향형 전송 계층 프로토콜"
    assert grade_text("연결 지향형 전송 계층 프로토콜이다", ko, "TCP").correct
    assert not grade_text("비연결형 프로토콜", ko, "TCP").correct


TCP = ("연결 지향", "신뢰성 보장", "흐름 제어", "혼잡 제어")
BLOOM = ("Hash the element", "Set the bits")


# (kind, items, given, correct, note)
ITEMS = [
    ("list", TCP, "연결 지향; 신뢰성 보장; 흐름 제어; 혼잡 제어", True, ""),
    ("list", TCP, "혼잡 제어, 흐름제어, 신뢰성 보장, 연결 지향", True, ""),  # any order
    ("list", TCP, "혼잡제어, 흐름 재어, 신뢰성보장, 연결지향", True, "1 typo"),
    ("list", TCP, "연결 지향, 신뢰성 보장", False, "2 of 4 right"),
    ("list", TCP, "연결 지향, 신뢰성 보장, 흐름 제어, 혼잡 제어, 암호화", False,
     "4 of 4 right, 1 too many"),
    ("list", ("red", "green", "blue"), "Blue, red and green", True, ""),
    ("list", ("Text", "Audio, Music"), "audio, music, text", True, ""),  # comma inside an item
    ("steps", ("SYN", "SYN-ACK", "ACK"), "SYN, SYN-ACK, ACK", True, ""),
    ("steps", ("SYN", "SYN-ACK", "ACK"), "syn -> syn ack -> ack", True, ""),
    ("steps", ("SYN", "SYN-ACK", "ACK"), "SYN, ACK", False, "1 of 3 right"),
    ("steps", ("SYN", "SYN-ACK", "ACK"), "SYN; ACK; SYN-ACK", False, "right steps, wrong order"),
    ("steps", BLOOM, "hash the element; set the bits", True, ""),
    ("steps", BLOOM, "set the bits; hash the element", False, "right steps, wrong order"),
    ("steps", ("요청을 보낸다", "응답을 받는다"), "요청을 보낸다\n응답을 받는다", True, ""),
    ("cloze", ("m", "k"), "m; k", True, ""),
    ("cloze", ("m", "k"), "k; m", False, "right steps, wrong order"),
]


@pytest.mark.parametrize(("kind", "items", "given", "correct", "note"), ITEMS)
def test_list_and_steps_answers(
    kind: CardKind, items: tuple[str, ...], given: str, correct: bool, note: str
) -> None:
    c = card("c", "Q?", "; ".join(items), kind=kind, items=items)
    verdict = grade(c, given)
    assert (verdict.correct, verdict.note) == (correct, note)


def test_the_whole_joined_answer_is_accepted_for_a_list() -> None:
    c = card("c", "Q?", "a; b", kind="list", items=("a", "b"))
    assert grade(c, "a; b").correct


def test_empty_answer_is_wrong() -> None:
    verdict = grade(card("c", "Q?", "A"), "   ")
    assert (verdict.correct, verdict.note) == (False, "no answer")


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("TCP는", "TCP"),
        ("프로토콜입니다", "프로토콜"),
        ("스위치다", "스위치"),
        ("바다", "바다"),
        ("개요", "개요"),
        ("고양이", "고양"),  # stripped the same on both sides, so harmless
        ("TCP에서는", "TCP"),
        ("모델로", "모델"),
        ("책으로", "책"),
        ("책로", "책로"),  # 로 follows a vowel or ㄹ, never another consonant
        ("English", "English"),
    ],
)
def test_strip_ending(text: str, stripped: str) -> None:
    assert strip_ending(text) == stripped


def test_typos_are_counted_in_jamo() -> None:
    assert letters("한") == ("ᄒ", "ᅡ", "ᆫ")
    assert distance(letters("셰"), letters("쉐")) == 1
    assert distance(letters("abcd"), letters("abdc")) == 1
    sizes = ("cat", "유선", "Paris", "핸드셰이크", "mitochondria", "연결 지향형 전송 계층 프로토콜")
    assert [budget(key(x)) for x in sizes] == [0, 0, 1, 1, 2, 3]
