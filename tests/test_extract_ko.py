"""Korean extraction on real notes: the seed post's golden cards and rule behaviour."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from notequiz.model import Card
from notequiz.pipeline import build

from .conftest import SAMPLE_NOTES

SEED = SAMPLE_NOTES / "generative-ai.md"


@pytest.fixture(scope="module")
def seed_cards() -> list[Card]:
    return list(build([str(SEED)]).cards)


def one(cards: list[Card], kind: str, term: str) -> Card:
    found = [c for c in cards if c.kind == kind and c.term == term]
    assert len(found) == 1, [(c.kind, c.term, c.answer) for c in cards]
    return found[0]


def test_seed_acronyms_come_from_the_headings(seed_cards: list[Card]) -> None:
    llm = one(seed_cards, "acronym", "LLM")
    assert (llm.question, llm.answer, llm.source.line_start) == (
        "LLM은 무엇의 약자인가?", "대형 언어 모델", 76)
    assert llm.section == ("chatGPT 원리", "1. LLM(대형 언어 모델)")
    rlhf = one(seed_cards, "acronym", "RLHF")
    assert (rlhf.question, rlhf.answer, rlhf.source.line_start) == (
        "RLHF는 무엇의 약자인가?", "인간 피드백형 강화학습", 84)


def test_seed_named_term_hallucination(seed_cards: list[Card]) -> None:
    card = one(seed_cards, "named_term", "할루시네이션")
    assert card.answer == "할루시네이션"
    assert card.question.endswith("이것을 마치 사실인 것처럼 답변하는 현상을 무엇이라고 부르는가?")
    assert card.rule == "ko.named.quoted"
    assert card.source.line_start == 101 and card.source.line_end == 102


def test_seed_rlhf_process_steps_in_order(seed_cards: list[Card]) -> None:
    card = one(seed_cards, "steps", "RLHF 프로세스")
    assert card.items == ("초기모델교육", "인적피드백수집", "강화학습", "반복프로세스")
    assert card.question == "RLHF 프로세스의 단계를 순서대로 나열하면?"
    assert card.source.line_start == 89


def test_seed_main_kinds_list(seed_cards: list[Card]) -> None:
    card = next(c for c in seed_cards if c.kind == "list" and "주요 종류" in c.term)
    assert card.question == "생성형 AI의 주요 종류는 무엇인가?"
    assert card.items[:4] == ("Text", "code Generation", "image", "speech synthesis")
    assert card.rule == "md.list.subheadings"


def test_seed_definitions_are_trimmed_and_reversible(seed_cards: list[Card]) -> None:
    gen = next(c for c in seed_cards if c.rule == "ko.definition.kind_of")
    assert gen.term == "생성형 AI"
    assert gen.answer.endswith("AI의 일종")
    assert gen.question == "생성형 AI는 무엇인가?"
    rlhf = one(seed_cards, "definition", "RLHF")
    assert rlhf.answer == "강화학습과 인간의 피드백을 결합하는 기술"
    assert rlhf.shape == "reversed"


def test_seed_cards_are_grounded_and_never_give_away_their_answer(
    seed_cards: list[Card],
) -> None:
    # Answers may run across a line break of the note; compare with spaces folded.
    text = " ".join(SEED.read_text(encoding="utf-8").split())
    for card in seed_cards:
        for part in card.items or (card.answer,):
            assert part in text, (card.rule, part)
        if card.kind not in ("cloze", "explicit"):
            assert card.answer not in card.question, card
        assert card.rule and card.source.text


def test_seed_has_no_duplicate_cards(seed_cards: list[Card]) -> None:
    assert len({c.id for c in seed_cards}) == len(seed_cards)
    assert len({(c.question, c.answer) for c in seed_cards}) == len(seed_cards)


def test_english_paragraph_in_korean_note_is_not_read_as_korean(
    write_note: Callable[..., Path],
) -> None:
    path = write_note("mixed.md", """
        # 캐시

        캐시는 자주 쓰는 데이터를 가까운 곳에 두는 저장소이다.

        A cache hit means the requested data was found in the cache.
        """)
    cards = build([str(path)]).cards
    ko = [c for c in cards if c.lang == "ko"]
    assert any(c.term == "캐시" and c.kind == "definition" for c in ko)
    assert all("cache hit" not in c.term.lower() for c in ko)


@pytest.mark.parametrize(
    ("markdown", "kind", "term", "answer"),
    [
        ("포트 번호(예: 443)는 서버를 가리킨다.\n", None, None, None),
        ("정규화(Normalization)는 중복을 줄이는 과정이다.\n", "acronym", None, None),
        ("웹 서버(port 443)를 띄운다.\n", "acronym", None, None),
        ("(JWT, JSON Web Token)은 토큰 형식이다.\n", "acronym", "JWT", "JSON Web Token"),
        ("**Domain Name System**(**DNS**)은 이름을 주소로 바꾼다.\n", "acronym", "DNS",
         "Domain Name System"),
        ("대형 언어 모델(LLM)은 다음 단어를 예측한다.\n", "acronym", "LLM", "대형 언어 모델"),
    ],
)
def test_acronym_shapes(write_note: Callable[..., Path], markdown: str, kind: str | None,
                        term: str | None, answer: str | None) -> None:
    path = write_note("a.md", "# 메모\n\n" + markdown)
    acronyms = [(c.term, c.answer) for c in build([str(path)]).cards if c.kind == "acronym"]
    if term is None:
        assert acronyms == [], "a gloss, a port or an example in parentheses is no acronym"
    else:
        assert (term, answer) in acronyms
