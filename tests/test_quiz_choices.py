"""Multiple-choice distractors: same kind, same deck first, never the right answer, stable."""

from __future__ import annotations

from dataclasses import replace

from notequiz.distractors import reverse
from notequiz.quiz.choices import distractors, make_choices

from .test_quiz_support import card

TARGET = card("t", "TCP 헤더의 최소 크기는?", "20바이트", deck="Net")
POOL = [
    TARGET,
    card("a", "UDP 헤더 크기는?", "8바이트", deck="Net"),
    card("b", "IPv4 헤더 최소 크기는?", "20 바이트", deck="Net"),  # the right answer again
    card("c", "포트 번호 크기는?", "16비트", deck="Net"),
    card("d", "MSS 기본값은?", "536바이트", deck="Other"),
    card("e", "Capital of France?", "Paris", deck="Other"),
    card("f", "IPv6 주소 길이는?", "128비트", deck="Net", kind="property"),  # another kind
    card("g", "TCP 헤더 크기", "20바이트요", deck="Other"),  # grades as right
]


def test_same_kind_same_deck_first_never_the_right_answer() -> None:
    found = distractors(TARGET, POOL, 10)
    assert set(found[:2]) == {"8바이트", "16비트"}  # the same deck first
    assert set(found[2:]) == {"536바이트", "Paris"}
    assert "20 바이트" not in found and "20바이트요" not in found
    assert "128비트" not in found  # another kind of card


def test_choices_are_the_same_every_time_and_hold_the_answer_once() -> None:
    first = make_choices(TARGET, POOL, 4)
    assert len(first.options) == 4
    assert first.options[first.correct] == "20바이트"
    assert first.options.count("20바이트") == 1
    # A shuffled pool and repeated calls give the same options in the same order.
    again = make_choices(TARGET, list(reversed(POOL)), 4)
    assert again == first
    assert make_choices(TARGET, POOL, 4) == first


def test_choices_differ_between_cards() -> None:
    a = make_choices(POOL[1], POOL, 3)
    c = make_choices(POOL[3], POOL, 3)
    assert a.options[a.correct] == "8바이트"
    assert c.options[c.correct] == "16비트"


def test_small_pool_gives_fewer_options() -> None:
    lonely = card("x", "Q?", "A", kind="acronym")
    assert make_choices(lonely, [lonely, *POOL], 4).options == ("A",)


def test_choices_from_the_export_come_first() -> None:
    own = replace(card("y", "2 + 2?", "4", deck="Math"), choices=("5", "4", "22"))
    assert distractors(own, [own, *POOL], 2) == ("5", "22")


def test_the_back_of_a_reversed_card_is_offered_other_backs() -> None:
    fronts = [replace(card(f"r{i}", term, meaning), shape="reversed") for i, (term, meaning) in
              enumerate([("흐름 제어", "송신 속도를 조절하는 것"), ("혼잡 제어", "네트워크 혼잡을 피하는 것"),
                         ("오류 제어", "손실된 세그먼트를 다시 보내는 것")])]
    backs = [b for b in map(reverse, fronts) if b is not None]
    assert set(distractors(backs[0], fronts + backs, 5)) == {"혼잡 제어", "오류 제어"}
    assert set(distractors(fronts[0], fronts + backs, 5)) == {
        "네트워크 혼잡을 피하는 것", "손실된 세그먼트를 다시 보내는 것"}
