"""Korean sentence rules on Kiwi's analysis: one token per morpheme, as the spaCy Doc has them.

A Korean statement of fact mostly takes the shape *topic + comment*:
``X은/는 …`` followed by a predicate that says what kind of statement it is
(이다, 말한다, 적합하다, …). The topic is found by scanning for the first
topic particle; the predicate by the token patterns in ``patterns_ko``
(spaCy ``Matcher`` syntax, matched here with regular expressions). Named
terms, arrows and 나뉜다-lists are read off the same tokens. The rules read
``analyze.korean.Analysis`` rather than a ``Doc``: they need only tokens,
tags and sentences, and making the Doc would cost more than their work.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from notequiz.analyze.morphemes import Analysis, analysis
from notequiz.extract import patterns_ko as P
from notequiz.extract import vocabulary as vocab
from notequiz.extract.rules import Example, rule
from notequiz.extract.text import (
    ANY_ARROW,
    ARROW_JOIN,
    END_ASIDE,
    LEFT_OUT,
    NAME_AND_PAPER,
    SYMBOL,
    TWO_WAY,
    Guarded,
    assigns,
    changing_values,
    clean_span,
    odd_quotes,
    sets_values,
    squash,
    unnumbered,
)
from notequiz.lang import detect, text_cache
from notequiz.model import Candidate, SourceSpan
from notequiz.phrase.particles import attach

if TYPE_CHECKING:
    from notequiz.analyze.morphemes import Morpheme as Tok

NAMED_QUOTED = rule(
    "ko.named.quoted", "named_term",
    "`'X'라고 부르는 N이다` followed by the sentence that describes the N.",
    Example("가장 큰 단점은 '할루시네이션'이라고 부르는 현상이다. "
            "사실이 아닌 것을 사실처럼 답변하는 현상이다.\n",
            "할루시네이션", "사실이 아닌 것을 사실처럼 답변하는 현상"),
)
NAMED_OBJECT = rule(
    "ko.named.object", "named_term",
    "`Y을/를 X라고 부른다 / 한다 / 지칭한다`: Y is what X names.",
    Example("정보의 한 조각을 클레임(claim)이라고 부른다.\n", "클레임(claim)", "정보의 한 조각"),
    Example("요청이 DB로 몰리는 이 현상은 흔히 '캐시 스탬피드'라고 불린다.\n",
            "캐시 스탬피드", "요청이 DB로 몰리는 이 현상"),
    version=12,  # a quoted name ('X'라고), a passive (…은 X라고 불린다), no 이처럼 in front,
    # and "…하는 걸 X라고 한다" (걸 = 것을); 4: not a description that opens by pointing
    # back ("이걸 루프 안에서 반복하는 것");
    # 5: 라 before a word that opens on 하 ("무한대라 하위 …") names nothing;
    # 6: nor a quoted term that ends as a sentence (what someone said);
    # 7: nor a description read as one word ("…반복하는 걸 flapping이라고 함");
    # 8: nor a notation supposed for a formula ("…비율을 p_k 라고 할 때", "길이를 n이라고 하자");
    # 9: nor hearsay of a subject (작업이 진행 중이라고 함);
    # 10: hearsay after a quote and in honorifics (교수님이 "다음 과제에서 씀"이라고 하셨으니);
    # 11: nor a saying in memo style ("html은 … 느려짐"이라고 해서)
    # 12: nor a notation supposed with "…라고 하면" ("접두사 길이를 P라고 하면")
)
NAMED_MODIFIER = rule(
    "ko.named.modifier", "named_term",
    "`…하는 X라고도 부른다`: the clause before X describes it.",
    Example("한쪽 방향으로만 통신이 가능한 반이중 통신이라고도 부른다.\n",
            "반이중 통신", "한쪽 방향으로만 통신이 가능한"),
    version=3,  # 3: "…하는 X라고 함" is hearsay, not a name (부르다, 지칭하다 name)
)
NAMED_THIS = rule(
    "ko.named.this", "named_term",
    "`이를 X라고 한다`: the term comes after the sentence that describes it.",
    Example("데이터를 여러 서버에 나누어 저장한다. 이를 샤딩이라고 한다.\n",
            "샤딩", "데이터를 여러 서버에 나누어 저장한다"),
    version=3,  # "… 이 과정을 X라고 한다" says what itself; "이 방식은 X라고 불린다" too
)
ACRONYM_STANDS_FOR = rule(
    "ko.acronym.stands_for", "acronym",
    "`X는 Y의 약자다` (also `A는 B, C는 D의 약자다`, `Y를 줄인 말이다`).",
    Example("여기서 SYN은 Synchronize, ACK는 Acknowledgement의 약자다.\n", "ACK", "Acknowledgement"),
    Example("여기서 SYN은 Synchronize, ACK는 Acknowledgement의 약자다.\n", "SYN", "Synchronize"),
)
_STANDS_FOR = Guarded(
    re.compile(r"(?:의\s*약자|의\s*줄임말|(?:을|를)\s*줄인\s*말)(?:이다|입니다|다|임)?[.!]?$"),
    re.compile("약자|줄"),
)
_SHORT_LONG = re.compile(
    r"^(?:여기서|이때|참고로)?\s*(?P<short>[A-Z][A-Za-z0-9&/+-]{1,9})\s*(?:은|는)\s+(?P<long>[^,]{2,60}?)$"
)
STEPS_ARROW = rule(
    "ko.steps.arrow", "steps",
    "`X은/는 A -> B -> C` (or →): the steps of X, in order.",
    Example("RLHF 프로세스는 초기모델교육 -> 인적피드백수집 -> 강화학습의 단계를 가진다.\n",
            "RLHF 프로세스", "초기모델교육; 인적피드백수집; 강화학습"),
    Example("## Pod 종료 과정\n\nPod가 삭제될 때의 흐름은 삭제 요청 -> SIGTERM 전송 -> "
            "SIGKILL 전송 순서다.\n", "Pod 종료 과정", "삭제 요청; SIGTERM 전송; SIGKILL 전송"),
    version=27,  # 3: a preamble's topic and a closing "… 순서다" are no step; 4: the first
    # step is its whole noun (정리하면 동기 코드 -> …), and "… 순이다" is no step either;
    # 5: a case-marked word stays in the first step (Green에 배포), and the last step
    # ends before 로 only when a predicate follows ("… -> C로 이어진다"); 6: an example
    # ("1초 -> 2초 -> 4초처럼"), one-letter values ("A -> B -> A로 바뀐 것") and a step with
    # 아니고 / 아니면 in it (a clause) are no steps; 7: nor an amount that changes
    # ("쿼리 수 51 -> 2"); 8: a heading that asks ("## 예측이 틀리면?") names no chain; 9: nor
    # a step that sets a value ("G = 1"), a shape cut inside its brackets ("입력 (N, C, H, W) ->
    # …") or a chain after a condition ("…타이밍이면 → …"); 10: nor a chain with a two-way arrow
    # ("Eden -> S0 <-> S1 -> Old"); 11: nor a heading that tells what happened ("## 사실 lint가
    # 알려줬었다..."), nor arrows inside inline code ("`key -> node`, `freq -> list`"); 12: nor
    # a heading that is a write-up's part ("## 삽질: …") or the writer's choice ("## 그래서 뭘 쓰나
    # (내 기준)"); 13: a first step at most two words longer than the longest of the middle
    # ones is kept whole ("단계: 유닛 파일 작성 -> daemon-reload -> …");
    # 14: nor a chain with arrows inside brackets, whose steps would be cut at them;
    # 15: nor a line of two pairs ("A → B / C → D", "A → B, C → D") or one whose first step would be
    # cut inside an aside;
    # 16: the last step ends at a full stop ("→ decoder. 긴 문장에 약함"); nor a chain inside an aside ("계산
    # 3단계 (score → softmax → 가중합)") or under a question ("## 왜 이렇게 헷갈렸나 (중요)");
    # 17: a heading term loses its number as everywhere ("3-3.", "2.3 3NF");
    # 18: nor a chain with steps left out (P1 -> ... -> Pn -> P1) or from a state (C 큼 -> ...);
    # 19: a labelled item's chain is the label's steps (GitHub Flow: ...); nor a comparison heading's
    # or a no-term heading's (주의할 점 (...)); a first step keeps its determiner (API 서버 여러 대); nor lists
    # over time ([3] -> [3,5]);
    # 20: nor a chain of consequences after 그래서 or 따라서 ("그래서 같은 key -> 같은 파티션 -> 순서 보장");
    # 21: nor two chains in one line ("pending -> fulfilled 또는 pending -> rejected", "왼->오 LIS + 오->왼
    # LIS");
    # 22: nor under a label of the day ("오늘 터진 문제:"); 23: nor under the writer's story ("> 실무 경험: … → …"); 24:
    # nor a pattern that repeats ("요청 -> 응답 -> 요청 -> 응답"); 25: nor under "…가 하는 일", nor a clause's
    # verbs in a row ("읽고 → 계산하고 → …")
    # 26: a first step keeps the modifier of its first noun ("멈춘 동안 TTL 만료"); nor a first step that
    # opens on a particle cut from its word ("T = U& 로 추론 -> …")
    # 27: nor a chain any of whose steps opens on a particle cut from its word ("check랑 -> 가 번갈아 찍힘 ->
    # …")
)
LIST_DIVIDED = rule(
    "ko.list.divided", "list",
    "`X은/는 (크게) A와 B(으)로 나뉜다 / 구분된다 / 구성된다`.",
    Example("chatGPT의 원리는 크게 대형 언어 모델과 강화학습으로 나뉜다.\n",
            "chatGPT의 원리", "대형 언어 모델; 강화학습"),
)
LIST_EXAMPLES = rule(
    "ko.list.examples", "list",
    "`A, B와 같은 …이 대표적인 예다` / `대표적으로 A와 B가 있다`, about the topic before.",
    Example("생성형 AI는 콘텐츠를 만드는 AI다. chatGPT, Bard와 같은 녀석들이 대표적인 예다.\n",
            "생성형 AI 대표적인 예", "chatGPT; Bard"),
)
COMPARISON_DIFFERENCE = rule(
    "ko.comparison.difference", "comparison",
    "`A와 B는 C에서 차이가 있다 / 다르다`.",
    Example("기존 AI와 생성형 AI는 작동방식에서 차이가 있다.\n",
            "기존 AI와 생성형 AI의 차이", "작동방식"),
)
COMPARISON_CONTRAST = rule(
    "ko.comparison.contrast", "comparison",
    "`반면 X은/는 …`: a statement contrasted with the one before (`A vs X` when that one "
    "has a topic of its own).",
    Example("신뢰성이 중요할 때가 있다. 반면 UDP는 실시간 스트리밍에 적합하다.\n",
            "UDP", "실시간 스트리밍에 적합"),
    Example("TCP는 신뢰성이 중요할 때 쓴다. 반면 UDP는 실시간 스트리밍에 적합하다.\n",
            "TCP vs UDP", "TCP는 신뢰성이 중요할 때 쓴다; 반면 UDP는 실시간 스트리밍에 적합하다"),
    version=2,
)
COMPARISON_PAIR = rule(
    "ko.comparison.pair", "comparison",
    "`A는 …지만, B는 …` or two sentences in parallel (`A는 …에 사용한다. B는 …에 사용한다.`) "
    "about sibling terms: the two statements, side by side.",
    Example("구글 검색엔진은 자바스크립트 엔진이 내장되어 있지만, 다른 검색엔진은 크롤링이 어렵다.\n",
            "구글 검색엔진 vs 다른 검색엔진",
            "구글 검색엔진은 자바스크립트 엔진이 내장되어 있지만; 다른 검색엔진은 크롤링이 어렵다"),
    Example("익명 파이프는 부모와 자식 사이의 통신에 사용한다. "
            "Named 파이프는 관계없는 프로세스 사이의 통신에 사용한다.\n",
            "익명 파이프 vs Named 파이프",
            "익명 파이프는 부모와 자식 사이의 통신에 사용한다; "
            "Named 파이프는 관계없는 프로세스 사이의 통신에 사용한다"),
    Example("livenessProbe는 컨테이너를 재시작하지만, readinessProbe는 트래픽만 끊는다.\n",
            "livenessProbe vs readinessProbe",
            "livenessProbe는 컨테이너를 재시작하지만; readinessProbe는 트래픽만 끊는다"),
    version=2,  # camelCase names share their last word (livenessProbe, readinessProbe)
)
COMPARISON_UNLIKE = rule(
    "ko.comparison.unlike", "comparison",
    "A statement about X that opens with `Y와/과(는) 달리 / 다르게` or `Y보다`: X compared to Y.",
    Example("## 비공개 클레임\n\n비공개 클레임은 공개 클레임과는 달리 이름이 충돌할 수 있다.\n",
            "비공개 클레임 vs 공개 클레임", "공개 클레임과는 달리 이름이 충돌할 수 있다"),
    version=5,  # 2: nor "생각보다" (than one thought);
    # 3: nor "Y보다" before a doing ("…은 격리 수준보다 락으로 푸는 게 확실함"): two ways compared;
    # 4: nor a clause with a subject inside it ("…구분이 생각보다");
    # 5: nor the writer's impression ("…더 쓸모 있는 느낌")
)
PROPERTY_CATEGORY = rule(
    "ko.property.category", "property",
    "`X의 장점으로는 'Y'…` / `가장 큰 단점은 'Y'…`: a topic that names a category.",
    Example("## 생성형 AI의 장단점\n\n생성형 AI의 장점으로는 단연 '생산성'을 꼽을 수 있다.\n",
            "생성형 AI의 장점", "생산성"),
    version=15,  # 2: an answer that only counts what follows ("세 가지 값을 가집니다") is none;
    # 3: nor one that only says how sure ("순서는 대략:");
    # 4: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well / badly",
    # "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card;
    # 5: the value after "A가 아니라" (기본값은 "항상 쿠키"가 아니라 "큐가 넘칠 때만 쿠키"다);
    # 6: a value holds a noun (원칙은 간단합니다: none); 7: nor one that only counts (크게 세 갈래);
    # 8: a title that names no term (a comparison, a task, a story) owns no category: "리눅스 기본값은
    # 무엇인가?"; 9: nor a guess in ㄹ 듯 ("…다를 듯"); 10: nor what would have been or "…라는 평";
    # 11: an answer loses an arrow that leads on ("직렬화 안 됨 ->");
    # 12: nor under "## 개인 메모" (the writer's memo); 13: nor an answer that says only that it varies ("DB마다
    # 다르다"); 14: of two quotes, neither alone is the answer; 15: nor "…하려고요"
)
PROPERTY_CARRIED = rule(
    "ko.property.carried", "property",
    "A clause or sentence with no topic of its own, right after one about X.",
    Example("RLHF는 두 방법을 결합하는 기술로, 사람의 선호도를 보상 신호로 활용한다.\n",
            "RLHF", "사람의 선호도를 보상 신호로"),
    version=75,  # 3: a sentence about the writing ("… 3주차 정리.", not "…를 정리한다") is
    # none; 4: nor an answer cut at 지만, 는데 or its clause's 고 ("빠르게 끝나고"); 5:
    # nor one about the writer ("결국 내 문제는 …") or one that only counts ("두 가지가 있다");
    # 6: nor a pointer ("다음 명령으로 …"), a plan (…할 예정), a question, or the
    # statement a why-card quotes; 7: asked as a cloze that keeps the predicate
    # ("RLHF: [...] 활용한다"), not "RLHF의 특징은?", and hides the last clause only;
    # nor an example ("예) …"), a story told in the past politely (…배웠습니다), the
    # writer's plan or inexperience (…써볼 생각, …써본 적 없음), or a bare predicate;
    # 8: nor a sentence that says what its own topic is ("…쓰는 bfloat16은 … 형식이다"), nor
    # one under a heading that joins two things ("inode와 저널링"); 9: nor an answer that
    # says nothing alone ("…쓰는 이유가 이것", "그대로다"); 10: nor a sentence that says
    # what the note is ("… 고민하다가 정리한 노트"); 11: nor a reason in memo style ("…
    # 실행되기 때문임"); 12: nor the writer's view ("…거의 없다고 본다"); 13: a one-letter
    # topic is a formula's symbol and carries nothing ("여기서 L은 문자열 길이다."); 14: as
    # ko.property.statement@12; 15: as ko.property.statement@13; 16: as ko.property.statement@14;
    # 17: as ko.property.statement@15 ("제네릭은 어떤 기능인가?"); 18: nor the writer's advice
    # with an aside or trailing dots after it ("기본값도 알아두자 (…)", "…짜지 말자..."); 19: nor
    # an aside ("역사 여담: …"), the writer's plan or view (TODO, "(개인 의견)", "개인적으로는"),
    # an answer that points back ("이걸", "이거"), stops at a condition ("…구현이면") or sets
    # values ("key 0 = 장보기, key 1 = 운동"); 20: nor a sentence that opens on a label naming
    # no term ("관련: …", "영향: …"); 21: nor the writer's case ("(우리 케이스 👇)"); 22: nor a
    # line of fields ("발표: 민지 / 정리: 나"); 23: nor one carried by a variable's value ("i=9:");
    # 24: as ko.property.statement@19, nor a sentence that follows an arrow ("… 안 씀 → 보통
    # 조정 필요."), nor an answer that points here ("…라는 말이 여기서 나옴"), nor one carried by
    # a heading that says when or states ("## 노드에 메모리가 부족해지면", "## … 섞여도 됨");
    # 25: as ko.property.statement@20, nor an answer that points at what follows ("이런 것도");
    # 26: as ko.property.statement@21; 27: as ko.property.statement@22, nor a sentence carried by
    # a bare category word ("- 장점: 어디서나 됨. 방화벽 … 통과": of what, it does not say); 28: as
    # ko.property.statement@23, nor a lead-in to what follows ("… 보낼 때:"); 29: as
    # ko.property.statement@24; 30: nor one carried by a heading that names a task ("## 범인 찾기");
    # 31: as ko.property.statement@25; 32: as ko.property.statement@26;
    # 33: nor an aside ("번외로 …"); a particle opens no sentence (…"누군지"는 …);
    # 34: a dashed or dotted section number is no part of a heading term ("3-1. Polling Publisher",
    # "2.3 LeCun init"); 35: not a label of a point (주의할 점) nor 개인적으론;
    # 36: not the term of a heading that is a clause about a thing (실제로 한 것);
    # 37: nor a guess ("…더 정확한 듯", "…판단해야 할 듯"); 38: nor "발표 준비용 노트.";
    # 39: nor a sentence that opens by turning against the one before ("근데 …", "다만 …");
    # 40: nor what would have been ("…장애였을 것") or what others say ("…별로라는 평이 대부분");
    # 41: a number as the label before it ("- 2: …") is no topic;
    # 42: nor a dateline ("2024-02-17 / 알고리즘 스터디 9회차 — …");
    # 43: nor a guess in ㄹ 듯 after any verb ("시험에 나올 듯");
    # 44: nor a numbered item ("3) 만료 전에 …") or a name and its paper ("RoFormer (Su et al., 2021)");
    # 45: "#7" is a number too;
    # 46: nor a share of what came before as the topic ("대부분은 …", "일부는 …");
    # 47: a single ㅠ or ㅜ is a sob too; a Korean heading that labels what follows ("1차: …") is no
    # topic;
    # 48: nor a sentence that ends on how (…로.), on time the writer lost (30분 날림) or asks why it fails
    # (왜 안 되지), nor a plan to look (볼 예정);
    # 49: nor a sentence about the writing before an aside, what they tried (짜봄) or how the write-up
    # was written (…으로 작성함);
    # 50: nor the writer's to-do (…찾아볼 것);
    # 51: nor the writer's to-do with 꼭 ("…그림 꼭 볼 것") or why they kept it ("…것 같아서 남김"), a one-word
    # sentence ("trade-off."), an answer opening on 그/이 and a noun ("그 락이 풀리길 기다림") or a clause
    # regarded so with the topic left out ("합의: [...] 봐도 됨");
    # 52: nor a symbol's legend ("k = beam size"), one sentence under a heading of an order ("## 계산
    # 순서"), what the writer first did ("처음엔 … 검사했는데 …") or what someone did ("민수님이 보여준 거.");
    # 53: nor the writer's struggle ("…한참 삽질함", "…안 돌았던 적 있음");
    # 54: as ko.property.statement@46; nor a line that says where in a course it comes from ("DB 수업
    # 8주차 + …");
    # 55: nor a sentence that stops on an adverb ("결제처럼 돈 걸린 건 특히."), a supposed notation, or under a
    # heading that names a reason (… 이유);
    # 56: nor the writer's struggle anywhere ("삽질 2시간.");
    # 57: nor what the writer is unsure of (걸로 알고 있음, 확인 필요, 애매함);
    # 58: nor what someone said (팀 리드 말로는 ...);
    # 59: as ko.property.statement@51; nor "조교님 팁:", "강사님 설명:", "영향도:" or a sum worked out ("full:
    # 4096 × 4096 = 16,777,216");
    # 60: as ko.property.statement@52; nor the writer's to-do "…다시 볼 것", nor "왜?:", "보너스:", "`true`:"
    # or a course's week ("다음 주(7주차):") as a topic, nor the study's scope ("범위: …");
    # 61: as ko.property.statement@53; nor a topic that is someone in a discussion ("성민님:");
    # 62: nor "둘은 …", how the note was written ("… 원칙으로 작성."), what once happened ("…넣었던 사고"), a sign
    # for a predicate ("무한 대기 ❌"), "…라고 부르는 사람도 있음", nor under a heading that states;
    # 63: nor the best-known example ("대표적인 게 MESI."), what the writer added ("…보충함") or talked over
    # ("서연이랑 나랑 …");
    # 64: nor one of two by its place ("…후자 때문에 씀"), what confuses the writer ("…매번 헷갈림.");
    # 65: nor the writer's shrug ("…사실 별거 아님") or how it clicked ("…바로 이해됨");
    # 66: nor a note to self ("나중에 읽어볼 것"), "이 두 개", "무조건 확인", what varies, the writer's view or
    # decision ("…라고 생각", "일단 보류", "…무관"), under "실무 경험:"; 67: nor a change made ("…조합으로 변경"),
    # a plan ("(중기 과제)"), "이런 것들이 있어요", "국룰", "체감상", "일단 패스"; 68: nor a bare reason
    # ("planning 비용 때문"), nor what points at the code above; 69: nor a topic set against what follows ("… 주되
    # …"), nor a label that opens a sentence ("그래서 진짜 의미는:"); 70: nor a first sentence that goes on from the
    # section before ("그래서 나온 게 …"); 71: nor after "내 …는" or "아직 못 해본 건 …", nor "나머지";
    # 72: nor under a heading that guesses ("…답하면 될 듯")
    # 73: as ko.property.statement@67
    # 74: nor an answer that stops at a condition ("…새 업데이트가 오면") or is still weighed ("…검토중")
    # 75: nor an answer that only says which part this is ("햇갈렸던 부분")
)
PROPERTY_REASON = rule(
    "ko.property.reason", "property",
    "`X도/이 있다.` followed by `…때문이다.`: the reason for X.",
    Example("또한 저작권 이슈도 있다. 학습 데이터가 실제 작품이기 때문이다.\n",
            "저작권 이슈", "학습 데이터가 실제 작품이기 때문"),
    version=2,
)

PROPERTY_CLAUSE_TOPIC = rule(
    "ko.property.clause_topic", "property",
    "`…하는 이유는 Y 때문이다`, `X가 지향하는 것은 Y이다`: a topic that is a clause ending in "
    "an abstract noun (이유, 목적, 것 …).",
    Example("정규화를 해야 하는 이유는 잘못된 설계로 이상 현상이 나타나기 때문이다.\n",
            "정규화를 해야 하는 이유", "잘못된 설계로 이상 현상이 나타나기 때문"),
    Example("PWA가 지향하는 것은 앱 같은 웹을 만드는 것이다.\n",
            "PWA가 지향하는 것", "앱 같은 웹을 만드는 것"),
    version=2,  # 2: nor an answer that counts what came before ("에러를 다루는 핵심은 결국 이 두 개다")
)
DEFINITION_APPOSITIVE = rule(
    "ko.definition.appositive", "definition",
    "`Y인 X은/는 …`: the noun phrase before 인 says what X is.",
    Example("화면을 서버에서 그리는 방식인 SSR은 데이터가 많을수록 느려진다.\n",
            "SSR", "화면을 서버에서 그리는 방식"),
    version=3,  # "Wrapper class 인 경우는 …" names no 경우;
    # 3: Kiwi's 인 + 데 (…term인데 검색어는) is no appositive
)

PROPERTY_PURPOSE = rule(
    "ko.property.purpose", "property",
    "`…하기 위해서는 Y을/를 사용한다`: what is used for that purpose (in X, the passage's term).",
    Example("* Map  \n  key 에 대해서 순서를 보장하기 위해서는 `LinkedHashMap`을 사용한다.\n",
            "Map에서 key 에 대해서 순서를 보장하기 위해 사용하는 것", "LinkedHashMap"),
)
_PURPOSE = Guarded(re.compile(
    r"(?P<goal>[^,]{2,60}?기)\s*위(?:해|하여)(?:서)?(?:는)?\s+(?P<y>[^\s,.][^,.]{0,40}?)\s*(?:을|를)\s*"
    r"(?P<verb>사용|이용|활용|써|쓴|쓰)\S*[.!]?$"
), re.compile("위(?:해|하여)"))

PROPERTY_SINCE = rule(
    "ko.property.since", "property",
    "`JDK 1.5 부터(는) X을/를 제공한다 / 지원한다`: the version that brought X.",
    Example("JDK 1.5 부터는 `AutoBoxing`과 `AutoUnBoxing`을 제공한다.\n",
            "AutoBoxing과 AutoUnBoxing을 제공하는 버전", "JDK 1.5 부터"),
    Example("Python 3.8부터 대입 표현식을 지원한다.\n", "대입 표현식을 지원하는 버전",
            "Python 3.8부터"),
)
_SINCE = re.compile(
    r"^(?P<since>(?:[A-Za-z][\w.+-]*\s*)?v?\d+(?:\.\d+)*\s*(?:버전\s*)?부터)(?:는)?,?\s+"
    r"(?P<what>[^,.]{2,60}?)\s*(?P<obj>을|를)\s*(?P<verb>제공|지원|도입|추가|사용할 수 있|쓸 수 있)"
    r"\S*\s*(?:한다|했다|된다|됐다|합니다|했습니다|게 되었다|다)?[.!]?$"
)

PROPERTY_THEREFORE = rule(
    "ko.property.therefore", "property",
    "`…. 때문에 / 그래서 X가 V했다`: the statement before is why X did V.",
    Example("사용자가 IP 주소를 외우기는 어렵다.\n\n때문에 DNS 가 등장 했으며 이름을 주소로 바꾼다.\n",
            "DNS가 등장한 이유", "사용자가 IP 주소를 외우기는 어렵다"),
)
_THEREFORE = re.compile(
    r"^(?:때문에|그래서|따라서|이 때문에|그렇기 때문에|이로 인해)\s*,?\s*"
    r"(?P<x>[^\s,.][^,.]{0,30}?)\s*(?P<p>이|가)\s+(?P<v>[^\s,.]+)\s*"
    r"(?P<past>했|되었|됐)(?:다|으며|고|는데|지만|습니다)"
)
PROPERTY_BECAUSE = rule(
    "ko.property.because", "property",
    "`…기 때문에 Y한다`: Y as the note states it, asked why; the reason is the answer.",
    Example("GC가 발생하는 시점이 불분명하기 때문에 finalize()가 실행된다는 보장이 없다.\n",
            "finalize()가 실행된다는 보장이 없다", "GC가 발생하는 시점이 불분명하기 때문"),
    Example("JVM은 바이트코드를 해석하기 때문에 플랫폼에 독립적이다.\n",
            "JVM은 플랫폼에 독립적이다", "바이트코드를 해석하기 때문"),
    Example("## HashMap\n\n키를 해시로 찾는다. 해시 충돌이 생길 수 있기 때문에 equals와 hashCode를 함께 "
            "재정의해야 한다.\n",
            "HashMap: equals와 hashCode를 함께 재정의해야 한다", "해시 충돌이 생길 수 있기 때문"),
    Example("파드는 언제든 재시작될 수 있기 때문에 상태를 파드 안에 저장하면 안 된다.\n",
            "상태를 파드 안에 저장하면 안 된다", "파드는 언제든 재시작될 수 있기 때문"),
    version=3,  # 2: nor the writer as subject anywhere ("…: 저희 팀은 …으로 바꿨습니다"); 3: a
    # heading that names a task ("## init 프로세스 두기 (tini)") is no topic
)
PROPERTY_BECAUSE_AFTER = rule(
    "ko.property.because_after", "property",
    "`X한다. …기 때문이다.`: the statement, asked why; the next sentence's reason is the answer.",
    Example("TLS는 실제 데이터를 대칭키로 암호화한다. 대칭키가 훨씬 빠르기 때문이다.\n",
            "TLS는 실제 데이터를 대칭키로 암호화한다", "대칭키가 훨씬 빠르기 때문"),
    Example("## ThreadLocal\n\n스레드 사이에 간섭이 없어야 하는 데이터에 사용한다. 이는 필드를 "
            "공유하면 값이 섞이기 때문이다.\n",
            "ThreadLocal: 스레드 사이에 간섭이 없어야 하는 데이터에 사용한다",
            "필드를 공유하면 값이 섞이기 때문"),
    version=3,  # 2: in memo style too ("Redis는 매우 빠름. …두기 때문임."); 3: nor the writer as subject
    # anywhere ("…라면 저는 …라고 봅니다")
)
_REASON_ANSWER = re.compile(r"(?:기\s*|^(?:\S+\s+){0,2}\S+\s*)때문(?:이다|입니다|이에요|이죠|임)?[.!]?$")
_WHY_WORDS = ("이유", "원인", "까닭")
_REASON_OPENER = re.compile(r"^(?:이는|이것은|그것은|이건|그건|그\s*이유는|이유는|왜냐하면|왜냐면),?\s*")
_CLAUSE_JOINTS = ("고", "며")
_ASKING = ("까", "까요", "니", "냐", "나요")
_QUOTE_OPENERS = ("'", '"', "‘", "“", "`")
_DEMONSTRATIVE_STEMS = frozenset({"그렇", "이렇", "저렇", "그러", "이러"})
_SO_ENDINGS = ("어서", "아서", "여서", "해서")
_FUTURE = re.compile(r"[을일할될갈볼쓸줄릴칠킬늘힐]$")
"""A word ending in the future modifier ㄹ before 것 (쓰일 것이다): a guess."""
_PRONOUN_TOPIC = re.compile(r"^(?:이는|이것은|그것은|이건|그건|이들은|그들은)\s+")
_OPENING_TURN = re.compile(r"^(?:하지만|그러나|그런데|또한|그리고)\s*,?\s*")

PROPERTY_HAS_CATEGORY = rule(
    "ko.property.has_category", "property",
    "`…하는 장점이 있다 / 단점이 있다` about what the passage is about.",
    Example("- 익명 PIPE\n\n  > 간단하게 사용할 수 있는 장점이 있다.\n", "익명 PIPE 장점",
            "간단하게 사용할 수 있는"),
    version=2,  # 2: not an answer that opens by pointing back ("이를 피하려고 …")
)

PROPERTY_REPRESENTATIVE = rule(
    "ko.property.representative", "property",
    "`대표적인 X로는 Y가 있다 / 존재한다` about what the passage is about.",
    Example("* List  \n  대표적인 구현체로는 `ArrayList`가 존재한다.\n", "List 대표적인 구현체",
            "ArrayList"),
)
_REPRESENTATIVE = re.compile(
    r"(?P<cat>대표적인\s*[^\s,.]+?)(?:으로는|로는|으로|로)\s+(?P<y>[^,.]{1,40}?)(?:이|가)\s*(?:존재|있)"
)
_EMBEDDED_TOPIC = re.compile(r"(?:다는|라는)\s*것$|에는\s")
PROPERTY_IS_CATEGORY = rule(
    "ko.property.is_category", "property",
    "`Y이/가 목적이다 / 핵심이다` about what the passage is about.",
    Example("### PWA\n\n> 앱 같은 경험을 웹에서 제공하는 것이 목적!\n", "PWA 목적",
            "앱 같은 경험을 웹에서 제공하는 것"),
)
_IS_CATEGORY = re.compile(
    r"^(?P<y>.{4,80}?)(?:이|가)\s*(?P<cat>목적|목표|핵심|장점|단점)(?:이다|입니다|임)?[.!]?$"
)
_DIVIDING = r"나누|나눈|나눠|구분|분류"
_DIVIDED_OBJECT = Guarded(re.compile(
    r"^(?:크게|주로|보통)?\s*(?P<items>[^.]+?)(?:으로|로)\s+(?P<x>\S+(?:\s\S+)?)(?:을|를)\s*"
    rf"(?:{_DIVIDING})"
), re.compile(_DIVIDING))
_OPENER = re.compile(r"^(?:즉|또한|그리고|특히|따라서|그래서|결국),?\s*")
_ASIDE = re.compile(
    r"^(?:예를\s*들|예\)|아래|위\s|위의|이제|이전|다음과|만약|만일|자세한|참고|추가적으로|번외로|여담으로|[(→\[~]|"
    r"하지만|그러나|그런데)|[?？]$|(?:자|보자|하자|세요|합니다만)(?:\s*\([^()]*\))?[.!…]*$|아래와\s*같|참고하|"
    r"(?:아래|다음)처럼|^[^:]{0,10}여담\s*:"  # "역사 여담: …": an aside
)
_WRITES_KO = re.compile(r"(?:정리|공부|기록|메모)\s*해\s*(?:봅니다|봄|둠|둡니다|뒀다|뒀음|놓음|봤다|보았다)[.!]?\s*$")
"""What the writer does in the note ("…이번에 정리해 봅니다", "…다시 정리해 둠"): no fact of the
sentence's topic."""
_CATEGORY_EXISTS = r"(?P<cat>장점|단점|특징|한계|문제점?)(?:이|가)\s*(?:있|존재)"
_HAS_CATEGORY = Guarded(re.compile(rf"\s*{_CATEGORY_EXISTS}"), re.compile(_CATEGORY_EXISTS))
_ARROW = ARROW_JOIN
_NAMED = re.compile(
    r"(?P<q>['‘\"“`]?)(?P<term>[^'’\"”`,.()]{1,30}?(?:\([^()]{1,30}\))?)(?P=q)?"
    r"\s*(?:이)?라(?:고)?\s*(?:도\s*)?(?:부르|불리|불린|부른|지칭|칭하|칭한|한다|합니다|하며|하고)"
)
_QUOTED = re.compile(r"['‘\"“`](?P<x>[^'’\"”`]{1,30})['’\"”`]")
_PAST_MARK = re.compile(r"[었였았]")
_PAST_COPULA = re.compile(r"(?:이었|였)(?:다|음|습니다|어요)[.!]?$")
"""A sentence that ends in a copula in the past ("…였다", "…이었음"): what something was once,
not what it is."""
_NOT_BUT = re.compile(r"[이가]?\s*아니라\s+")
""""A가 아니라 B": a category's value is B; A is what it is not."""
_DIVIDED = re.compile(r"(?:나뉜|나뉘|나누어|나눌|구분된|구분되|구분할|분류된|분류되|분류할|구성된|구성되)")
_EXAMPLES_OF = Guarded(re.compile(
    r"^(?P<items>[^.]+?)\s*등(?:이|은)\s+(?P<x>[^.]{1,30}?)\s*의\s*(?:예|예시)(?:이다|입니다|다)?[.!]?$"
), re.compile("등"))
_EXAMPLES = re.compile(r"대표적인\s*예|대표적으로")
_DIFFERENCE = re.compile(r"^(?P<what>.+?)\s*에서\s*(?:차이가?\s*(?:있|난|나)|다르|다른)")
_REASON_END = re.compile(r"(?P<why>.+?\s*때문)(?:이다|입니다|이에요|이야)?[.!]?$")
_EXISTS = Guarded(re.compile(
    r"^(?:또한\s+|그리고\s+|게다가\s+)?(?P<x>[^\s,.]+(?:\s+[^\s,.]+){0,3}?)(?:도|이|가)\s*있다[.!]?$"
), re.compile("있다"))


@dataclass(frozen=True, slots=True)
class Unit:
    """A run of text (paragraph, quote, list item body) with its place in the note."""

    text: str
    path: str
    section: tuple[str, ...]
    line_of: Any  # Callable[[int], int]: file line of a character offset
    subject: str
    """What the section is about (for category topics and examples)."""
    comparison: bool
    """True when the section heading announces a comparison."""
    carried: str = ""
    """The term the unit is about before any sentence names one (its heading or item)."""
    category: str = ""
    """Set under a heading like ``특징``: statements there are that category of ``carried``."""
    sticky: bool = False
    """True when every sentence of the unit is about ``carried`` (a list item's description)."""
    before: str = ""
    """The paragraph right before this one in the same place, if it is prose (else ``""``)."""
    before_line: int = 0
    """The file line where ``before`` ends."""
    separated: bool = False
    """True when ``carried`` is written before a colon or dash (``Label: text``): the text
    describes it, and is never the rest of a hard-wrapped first line."""
    code: tuple[tuple[int, int], ...] = ()
    """Character spans of inline code within ``text`` (Kiwi reads them masked)."""


@dataclass(frozen=True, slots=True)
class Sent:
    text: str
    start: int
    toks: tuple[Tok, ...]
    joined_by: str = ""
    """The connective ending (지만, 고 …) that ends the clause before this one, if any."""
    memo: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, repr=False)
    """What has been worked out about the sentence (its topic, its squashed text): the
    rules ask for it again and again. Only what follows from ``text`` and ``toks``
    belongs here: ``_clauses`` gives its last clause the memo of a probe with the
    same text and tokens (but no ``joined_by``)."""


def _squashed(sent: Sent) -> str:
    """``squash(sent.text)``, worked out once per sentence."""
    try:
        return sent.memo["squashed"]  # type: ignore[no-any-return]
    except KeyError:
        plain = sent.memo["squashed"] = squash(sent.text)
        return plain


def _sentences(found: Analysis) -> list[Sent]:
    """The sentences of an analysis (as ``Doc.sents``), without their whitespace tokens."""
    return list(_each_sentence(found))


def _each_sentence(found: Analysis) -> Iterator[Sent]:
    """``_sentences(found)``, one at a time: some rules only read the first."""
    tokens, text = found.tokens, found.text
    bounds = (*found.sent_starts, len(tokens))
    for begin, end in itertools.pairwise(bounds):
        toks = tuple(t for t in tokens[begin:end] if not t.text.isspace())
        start = tokens[begin].start
        sent_text = text[start : tokens[end - 1].end]
        if toks and sent_text.strip():
            yield Sent(sent_text, start, toks)


_recent_clauses: dict[str, list[Sent]] = {}
"""``_unit_clauses`` of recent texts: a unit's paragraph before is mostly the unit just
read, which need not be split into sentences and clauses again."""

_RECENT_CLAUSES_MAX = 64  # texts kept; the cache starts afresh when full


def _unit_clauses(text: str, found: Analysis | None = None) -> list[Sent]:
    """The clauses (``_clauses``) of every sentence of ``text``, in order.

    ``found`` is ``analysis(text)``, if the caller has it. The list is shared:
    callers must not change it.
    """
    clauses = _recent_clauses.get(text)
    if clauses is None:
        if len(_recent_clauses) >= _RECENT_CLAUSES_MAX:
            _recent_clauses.clear()
        sents = _sentences(found if found is not None else analysis(text))
        clauses = _recent_clauses[text] = [clause for sent in sents for clause in _clauses(sent)]
    return clauses


_ATTRS: dict[str, Callable[[Tok], str]] = {
    "TAG": lambda t: t.tag,
    "LEMMA": lambda t: t.lemma,
    "LOWER": lambda t: t.text.lower(),
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
}
"""Token attributes a pattern may test (spaCy ``Matcher`` names)."""


def _token_test(spec: dict[str, Any]) -> Callable[[Tok], bool]:
    """One token of a ``Matcher`` pattern (without its ``OP``) as a test on a token."""
    tests = [_attr_test(_ATTRS[attr], value, spec) for attr, value in spec.items()]
    return lambda t: all(test(t) for test in tests)


def _attr_test(get: Callable[[Tok], str], value: Any, spec: dict[str, Any]
               ) -> Callable[[Tok], bool]:
    if isinstance(value, str):
        return lambda t: get(t) == value
    if list(value) == ["REGEX"]:
        regex = re.compile(value["REGEX"])  # spaCy's REGEX searches, as here
        return lambda t: regex.search(get(t)) is not None
    if list(value) == ["IN"]:
        values = frozenset(value["IN"])
        return lambda t: get(t) in values
    raise ValueError(f"unsupported token pattern {spec!r}")


_QUANTIFIERS = {"": "", "?": "?", "*": "*", "+": "+"}


def _test_key(spec: dict[str, Any]) -> str:
    """A pattern token's test, without its ``OP``, as a key (the same test gets one flag)."""
    return repr(sorted((a, v) for a, v in spec.items() if a != "OP"))


_CODE_KEY = operator.attrgetter("tag", "lemma", "text")
"""What a token's code depends on (LOWER is a function of the text)."""


class _TokenPatterns:
    """Token patterns in spaCy ``Matcher`` syntax, matched with regular expressions.

    Each token is written as ``<`` and one ``0``/``1`` flag per distinct token
    test in the patterns, so a pattern becomes a regular expression over those
    codes: the same matches as the Matcher's, at a fraction of its cost.
    Supported: TAG, LEMMA, LOWER, ORTH with a string, ``REGEX`` or ``IN``,
    and the ``OP`` quantifiers ``?``, ``*`` and ``+``.
    """

    def __init__(self, patterns: Sequence[Sequence[dict[str, Any]]]) -> None:
        flag_of: dict[str, int] = {}  # a token test (its repr) -> its flag's place
        self._tests: list[Callable[[Tok], bool]] = []
        for spec in (spec for pattern in patterns for spec in pattern):
            key = _test_key(spec)
            if key not in flag_of:
                flag_of[key] = len(self._tests)
                self._tests.append(_token_test({a: v for a, v in spec.items() if a != "OP"}))
        width = len(self._tests)
        self._width = width + 1  # "<" and the flags
        self._codes: dict[tuple[str, str, str], str] = {}
        self._compiled: list[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = []
        for pattern in patterns:
            body = ""
            tokens = []
            for spec in pattern:
                op = spec.get("OP", "")
                if op not in _QUANTIFIERS:
                    raise ValueError(f"unsupported OP {op!r} in {spec!r}")
                k = flag_of[_test_key(spec)]
                token = f"[01]{{{k}}}1[01]{{{width - k - 1}}}<"  # its flag, then the next "<"
                tokens.append(token)
                body += f"(?:{token}){_QUANTIFIERS[op]}"
            # Starts: after "<", the pattern can match (the literal "<" lets the
            # engine skip to token starts). Whole: exactly tokens [s, e). Run:
            # the tokens from s any test of the pattern accepts (no match goes further).
            self._compiled.append((re.compile(f"<(?={body})"), re.compile(f"<{body}"),
                                   re.compile(f"(?:{'|'.join(tokens)})*")))

    def codes(self, tokens: Sequence[Tok]) -> str:
        """``tokens`` as the string the patterns are matched against."""
        cache = self._codes
        if len(cache) > 100_000:  # token kinds seen; bounded for a long-running process
            cache.clear()
        keys = list(map(_CODE_KEY, tokens))
        parts = list(map(cache.get, keys))
        if None in parts:
            for i, (t, key) in enumerate(zip(tokens, keys, strict=True)):
                if parts[i] is None:
                    parts[i] = cache[key] = "<" + "".join("1" if test(t) else "0"
                                                          for test in self._tests)
        parts.append("<")
        return "".join(cast(list[str], parts))

    def matches(self, index: int, codes: str) -> Iterator[tuple[int, int]]:
        """Every ``(start, end)`` token span pattern ``index`` matches in ``codes``.

        All of them, as the Matcher gives them (a ``*`` yields a match per
        length), by start then end.
        """
        starts, whole, run = self._compiled[index]
        width = self._width
        for m in starts.finditer(codes):
            at = m.start()
            start = at // width
            tokens_run = run.match(codes, at + 1)
            assert tokens_run is not None  # "(...)*" matches, if only the empty string
            reach = start + (tokens_run.end() - at - 1) // width
            for end in range(start + 1, reach + 1):
                if whole.fullmatch(codes, at, end * width + 1):
                    yield start, end


_PREDICATES = _TokenPatterns([pattern for _, pattern in P.PREDICATES])


def _memo_end(tok: Tok) -> bool:
    """True for the noun form that ends a memo-style sentence ("잘 생김", "매우 빠름")."""
    return tok.tag.endswith("ETN") and (tok.text.endswith("ᆷ") or nominal_ending(tok.text))

class KoreanRules:
    """Runs every Korean sentence rule over analysed text units."""

    def __init__(self) -> None:
        """The rules read Kiwi's analysis (``analysis``), not a spaCy ``Doc``."""
        # Later entries of one rule id share its rank (its last entry's place).
        self.order = {rule_id: i for i, (rule_id, _) in enumerate(P.PREDICATES)}

    def find(self, unit: Unit) -> Iterator[Candidate]:
        """Candidates from one unit of Korean text."""
        found = analysis(unit.text)
        sents = _unit_clauses(unit.text, found)
        matched: list[dict[int, tuple[str, int]]] = []

        def predicates() -> dict[int, tuple[str, int]]:
            # Matched on first use: most units have no topic sentence that asks.
            if not matched:
                matched.append(self._predicates(found))
            return matched[0]

        # A sentence with no topic of its own continues the one before it:
        # the unit's heading or item for its first sentence, else the topic
        # of the sentence just before. Further away, the link is too weak.
        carried = unit.carried
        paired: set[int] = set()
        if unit.before and sents and detect(unit.before, default="ko") == "ko":
            # The paragraph before may hold the first half of a comparison or the
            # reason the first sentence gives a consequence of.
            before = _unit_clauses(unit.before)
            if before:
                across = self._across(unit, before[-1], sents[0])
                if across is not None:
                    yield across
                    if across.kind == "comparison":
                        paired.add(0)
        for i, sent in enumerate(sents):
            if vocab.EXAMPLE_OPENER.match(_squashed(sent)):
                continue  # "예) `int x = \"hi\";`는 …": an example; it neither states nor carries
            nxt = sents[i + 1] if i + 1 < len(sents) else None
            prev = sents[i - 1] if i > 0 else None
            if nxt is not None and i not in paired:
                pair = self._pair(unit, sent, nxt)
                if pair is not None:
                    yield pair
                    paired.update((i, i + 1))
            if prev is not None:
                reason = self._therefore(unit, prev, sent)
                if reason is not None:
                    yield reason
            if vocab.writer_says_ko(sent.text) or _tried(sent) or vocab.NOT_YET_TRIED_KO.search(sent.text) or (
                    vocab.FIRST_PERSON_KO.match(_squashed(sent) + " ")):
                carried = ""  # the writer's choice, trial (made or not yet: "아직 못 해본 건 …") or own
                continue  # thing ("내 CLI는 …"): nor is what follows about its topic
            because = None
            if "때문에" in sent.text:
                # The passage's own term, not the sentence before's: a reason is
                # often about the design the passage describes, not that topic.
                because = self._because(unit, sent, unit.carried)
            elif nxt is not None and "때문" in nxt.text:
                because = self._because_after(unit, sent, nxt, unit.carried)
            if because is not None:
                yield because
            if i not in paired and not vocab.WRITER_OPENER_KO.match(_squashed(sent)) and not (
                    ("이렇" in sent.text or "다음" in sent.text or "아래" in sent.text)
                    and _POINTS_AHEAD.search(sent.text)):
                for cand in self._sentence(unit, sent, prev, nxt, predicates, carried):
                    if because is not None and cand.rule in _RESTATEMENTS:
                        continue  # the why-card quotes the statement; this would repeat it
                    if cand.rule == PROPERTY_CARRIED and (vocab.TOLD_KO.search(cand.answer) or (
                            i == 0 and vocab.POINTS_BACK_KO.match(sent.text))):
                        continue  # "(나는) …으로 갈아엎었다": the writer's story; "그래서 나온 게 …"
                        # first under a heading: it goes on from the section before, not from the
                        # heading (after a sentence, "그래서 …" says what follows from it)
                    if cand.rule == P.PROPERTY_GENERAL and _told_story(sent):
                        continue  # "풀 파인튜닝은 … 결국 QLoRA로 갔습니다": the writer's story
                    if cand.rule in _RESTATEMENTS and (_LETTER.fullmatch(cand.term) or (
                            vocab.USED_TO_KO.search(cand.answer) and _FORMER.match(cand.term))):
                        continue  # "a'는 …": a formula's symbol; "기존 REST 응답은 … 내려줬었다": how
                        # the writer's old system was (not "Vue 2 배열은 … 처리했었음")
                    if ("때문" in cand.answer and cand.rule != PROPERTY_REASON
                            and _REASON_ANSWER.search(cand.answer)
                            and not cand.term.endswith(_WHY_WORDS)):
                        continue  # "…하기 때문이다", "planning 비용 때문" say why the sentence before holds
                    if not _no_answer(sent, cand.answer):
                        asked = _predicate_cloze(sent, _unlike(cand))
                        if asked is not None:
                            yield asked
            topic = _topic(sent)
            if unit.sticky:
                carried = unit.carried
            else:
                # ("여기서 L은 문자열 길이다." names a symbol of a formula: what follows is
                # about the formula, not about L; "약간의 보너스는 주되 …" sets an object against
                # what follows.)
                carried = ("" if topic is None or _is_category_topic(topic[0])
                           or topic[0] in P.VAGUE_TOPICS or SYMBOL.fullmatch(topic[0])
                           or _CONCEDES.match(sent.text[topic[1] - sent.start:].lstrip())
                           else topic[0])

    def _pair(self, unit: Unit, a: Sent, b: Sent, across: bool = False) -> Candidate | None:
        """Two statements set against each other: ``A는 …지만, B는 …``, ``… 반면 B는 …``.

        Two sentences with the same predicate about sibling terms (익명 파이프 /
        Named 파이프) are a comparison too, though no word says so.
        """
        found_a, found_b = _topic(a), _topic(b)
        if found_a is None or found_b is None:
            return None
        term_a, term_b, opener = found_a[0], found_b[0], found_b[2]
        if (term_a == term_b or _is_category_topic(term_a) or _is_category_topic(term_b)
                or P.hedged(a.text, b.text)):
            return None
        comment = squash(b.text[found_b[1] - b.start :])
        if opener in P.CONTRAST_WORDS or _THIS_UNLIKE.match(comment):
            rule_id = COMPARISON_CONTRAST
        elif _siblings(term_a, term_b) and (
                b.joined_by in _CONTRAST_JOINTS or _final_word(a) == _final_word(b) != ""):
            rule_id = COMPARISON_PAIR
        else:
            return None
        first, second = _plain(a.text), _plain(b.text)
        if not first or not second or len(first) + len(second) > 240:
            return None
        both = (Sent(f"{_squashed(a)} {_squashed(b)}", b.start, b.toks) if across
                else Sent(unit.text[a.start : b.start + len(b.text)], a.start, a.toks + b.toks))
        return self._cand(unit, both, "comparison", f"{term_a} vs {term_b}",
                          f"{first}; {second}", rule_id, items=(first, second), variant="vs")

    def _across(self, unit: Unit, last: Sent, first: Sent) -> Candidate | None:
        """A card from the last sentence of the paragraph before and this unit's first."""
        pair = self._pair(unit, last, first, across=True)
        found = pair or self._therefore(unit, last, first)
        if found is None:
            return None
        return dataclasses.replace(found, source=dataclasses.replace(
            found.source, line_start=min(unit.before_line, found.source.line_start)))

    def _therefore(self, unit: Unit, before: Sent, sent: Sent) -> Candidate | None:
        m = _THEREFORE.match(_squashed(sent))
        if m is None:
            return None
        reason = clean_span(_strip_final(_OPENING_TURN.sub("", _squashed(before))))
        if len(reason) < 6 or P.hedged(before.text):
            return None
        done = "한" if m.group("past") == "했" else "된"
        term = f"{clean_span(m.group('x'))}{m.group('p')} {m.group('v')}{done} 이유"
        both = Sent(f"{_squashed(before)} {_squashed(sent)}", sent.start, sent.toks)
        return self._cand(unit, both, "property", term, reason, PROPERTY_THEREFORE,
                          variant="category")

    def _because(self, unit: Unit, sent: Sent, passage: str) -> Candidate | None:
        """``…기 때문에 Y한다``: Y as the note states it, asked why; the reason answers.

        The statement is quoted, not made into "Y하는 이유": its topic may be
        its subject or its object, which the question could not tell apart.
        A topic before the reason is about both halves (JVM은 …기 때문에 …),
        unless the second names it again or has a subject of its own. A
        statement with neither is given the passage's term as its context.
        """
        toks = sent.toks
        at = next((i for i in range(2, len(toks) - 2) if toks[i].text == "때문"
                   and toks[i + 1].text == "에" and toks[i - 1].tag.endswith("ETN")
                   and toks[i - 1].text.endswith("기")), None)
        if at is None or P.hedged(sent.text) or _ASIDE.search(_squashed(sent)):
            return None
        rest = [t for t in toks[at + 2 :] if t.text != ","]
        rest = rest[: _words_end(rest)]
        if (not rest or not rest[-1].tag.endswith(("EF", "ETN"))
                or rest[-1].text.endswith(_ASKING) or rest[0].text.startswith(_QUOTE_OPENERS)):
            return None  # half a sentence, a question without its "?", or a quotation
        last_word = sent.text[: rest[-1].end - sent.start].split()[-1]
        if "생각" in last_word or "이유" in sent.text[rest[0].start - sent.start :] or any(
                t.text == "때문" or (t.tag.endswith("EP") and t.text.endswith("겠"))
                or (t.text == "것" and k > 0 and rest[k - 1].tag.endswith("ETM")
                    and _FUTURE.search(rest[k - 1].text) is not None)
                or (t.tag.endswith("EC") and (
                    t.text in _CONTRAST_ENDINGS or t.text.endswith(_SO_ENDINGS)
                    or (t.text.endswith(_CLAUSE_JOINTS) and not t.text.endswith("라고")
                        and not rest[k + 1].tag.startswith("VX"))))
                for k, t in enumerate(rest[:-1])):
            # "…라고 생각한다" is the writer's view, "…하겠다" and "…쓰일 것이다" a
            # guess; "…하고 …한다" and "…높지만 …" state two things, and the reason
            # need not hold for both; "… 때문이다", "…하는 이유다" and "…없어서 …"
            # give another reason.
            return None
        # The reason starts after the statement before it (…있으며, …지만).
        begin = max((i + 1 for i in range(at - 1) if toks[i].text == "," or (
            toks[i].tag.endswith("EC") and toks[i].text in _REASON_CUT
            and not toks[i + 1].tag.startswith("VX"))), default=0)
        cons = Sent(sent.text[rest[0].start - sent.start : rest[-1].end - sent.start],
                    rest[0].start, tuple(rest))
        statement = clean_span(cons.text)
        topic = _topic(sent)
        if topic is not None and toks[begin].start < topic[1] <= toks[at - 2].start:
            owner = topic[0]
            if (owner not in P.PRONOUN_TOPICS and _topic(cons) is None
                    and not _has_main_subject(cons) and owner not in statement):
                begin = next(i for i, t in enumerate(toks) if t.start >= topic[1])
                # As the note writes it (SET은, QUIC은), not as the rules would guess it.
                at_owner = sent.text.find(owner)
                written = (clean_span(sent.text[at_owner : topic[1] - sent.start])
                           if 0 <= at_owner < topic[1] - sent.start else attach(owner, "은"))
                statement = f"{written} {statement}"
        elif _topic(cons) is None and not _has_main_subject(cons):
            if not passage or passage in statement or _is_category_topic(passage):
                return None  # "라우터를 넘지 못한다": of what?
            statement = f"{passage}: {statement}"
        reason = sent.text[toks[begin].start - sent.start : toks[at].end - sent.start]
        # "이는 …": the answer need not start with a pronoun.
        reason = clean_span(_PRONOUN_TOPIC.sub("", _OPENER.sub("", reason)))
        if len(reason) < 6 or toks[begin].text in _DEMONSTRATIVE_STEMS or len(statement) > 80:
            return None  # "그렇기 때문에": the reason is the sentence before
        return self._cand(unit, sent, "property", statement, reason, PROPERTY_BECAUSE,
                          variant="why")

    def _because_after(self, unit: Unit, sent: Sent, nxt: Sent,
                       passage: str) -> Candidate | None:
        """``X한다. (이는) …기 때문이다.``: X asked why; the next sentence's reason answers.

        The statement is quoted as ``_because`` quotes it, with the passage's
        term before it when it has neither topic nor subject of its own.
        """
        toks = nxt.toks
        end = _words_end(toks)
        # "…기 때문이다" / "…기 때문입니다", and nothing after it.
        at = next((i for i in range(end - 1, max(end - 4, 0), -1) if toks[i].text == "때문"), 0)
        if (at < 1 or not toks[end - 1].tag.endswith("EF")
                or any(not t.tag.startswith(("VCP", "EF")) for t in toks[at + 1 : end])
                or not toks[at - 1].tag.endswith("ETN") or not toks[at - 1].text.endswith("기")):
            return None
        stoks = sent.toks
        last = _words_end(stoks)
        plain = _squashed(sent)
        # A statement ends in a final ending, or in memo style a noun form ("…잘 생김.").
        if (not last or not (stoks[last - 1].tag.endswith("EF") or _memo_end(stoks[last - 1]))
                or plain.endswith(("?", "？"))
                or stoks[last - 1].text.endswith(_ASKING)
                or P.hedged(sent.text, nxt.text)
                or _ASIDE.search(plain) or _PRONOUN_TOPIC.match(plain)
                or vocab.FIRST_PERSON_KO.match(plain) or "때문" in sent.text
                or _EXISTS.match(sent.text)):
            # A question, a guess, or a statement that leans on one before it; `X도 있다.`
            # is asked "X가 있는 이유는?" (PROPERTY_REASON).
            return None
        statement = clean_span(_OPENER.sub("", plain))
        if _topic(sent) is None and not _has_main_subject(sent):
            if not passage or passage in statement or _is_category_topic(passage):
                return None
            statement = f"{passage}: {statement}"
        reason = nxt.text[: toks[at].end - nxt.start]
        reason = clean_span(_REASON_OPENER.sub("", _OPENER.sub("", squash(reason))))
        if (len(reason) < 6 or len(statement) > 80
                or reason.split()[0].startswith(tuple(_DEMONSTRATIVE_STEMS))):
            return None  # "그렇기 때문이다": the reason is said elsewhere
        both = Sent(unit.text[sent.start : nxt.start + len(nxt.text)], sent.start,
                    sent.toks + nxt.toks)
        return self._cand(unit, both, "property", statement, reason, PROPERTY_BECAUSE_AFTER,
                          variant="why")

    def _predicates(self, found: Analysis) -> dict[int, tuple[str, int]]:
        """Sentence-final predicate per sentence end offset: (rule id, char start).

        Of two matches of one rule for a sentence, the one that starts first wins.
        """
        tokens = found.tokens
        if not tokens:
            return {}
        codes = _PREDICATES.codes(tokens)
        # A match belongs to the sentence it starts in (spaCy's Span.sent); one
        # that runs on past its end (into "..." split off by Kiwi) still ends it.
        bounds = (*found.sent_starts[1:], len(tokens))
        best: dict[int, tuple[int, str, int]] = {}
        for index, (rule_id, _) in enumerate(P.PREDICATES):
            rank = self.order[rule_id]
            for start, end in _PREDICATES.matches(index, codes):
                sent_end = bounds[bisect.bisect_right(bounds, start)]
                if end < sent_end and not _trailing_aside(tokens[end:sent_end]):
                    continue
                key = tokens[sent_end - 1].end  # clauses that end the sentence share it
                if key in best and best[key][0] <= rank:
                    continue
                cut = tokens[start].start
                if rule_id in (P.DEFINITION_COPULA,):
                    cut = tokens[start + 1].start  # keep the noun, drop 이다
                    noun = tokens[start]
                    if noun.tag == "NNP+VCP" and noun.text.endswith("이") and _copula_read(
                            noun.text):
                        # In "…실행한 인스턴스이다" Kiwi took 인스턴스이 for an unknown word;
                        # the word read alone with its 다 shows the copula (인스턴스 + 이다),
                        # where a name that ends in 이 keeps it (하와이 + 다).
                        cut = noun.end - 1
                elif rule_id == P.DEFINITION_KIND_OF:
                    cut = tokens[start + 2].start  # keep …의 일종
                elif rule_id == P.DEFINITION_THING:
                    cut = tokens[start + 2].start  # keep …하는 것
                elif rule_id == P.PROPERTY_FIT:
                    cut = tokens[start].end  # keep 적합
                best[key] = (rank, rule_id, cut)
        return {k: (r, c) for k, (_, r, c) in best.items()}

    def _sentence(self, unit: Unit, sent: Sent, prev: Sent | None, nxt: Sent | None,
                  predicates: Callable[[], dict[int, tuple[str, int]]], carried: str
                  ) -> Iterator[Candidate]:
        text = sent.text
        made_named = False
        for cand in self._named(unit, sent, prev, nxt):
            made_named = True
            yield cand
        plain = _squashed(sent)
        stands = _STANDS_FOR.search(plain)
        if stands:
            # "SYN은 Synchronize, ACK는 Acknowledgement의 약자다": every pair is one
            pairs = [_SHORT_LONG.match(p.strip()) for p in
                     plain[: stands.start()].split(",")]
            for pair in pairs:
                if pair is None:
                    continue
                long = clean_span(pair.group("long"))
                if long and long != pair.group("short"):
                    yield self._cand(unit, sent, "acronym", pair.group("short"), long,
                                     ACRONYM_STANDS_FOR)
            if any(pairs):
                return
        since = _SINCE.match(plain)
        if since:
            # "JDK 1.5 부터는 X을 제공한다": asked as "X을 제공하는 버전은?"
            verb = since.group("verb")
            doing = f"{verb}하는" if verb in ("제공", "지원", "도입", "추가") else f"{verb}는"
            what = clean_span(since.group("what"))
            yield self._cand(unit, sent, "property", f"{what}{since.group('obj')} {doing} 버전",
                             clean_span(since.group("since")), PROPERTY_SINCE,
                             variant="category")
            return
        if ANY_ARROW.search(text) and len(_ARROW.findall(text)) - _code_arrows(sent) >= 2:
            yield from self._arrows(unit, sent, prev.text if prev is not None else unit.before)
            return
        topic = _topic(sent)
        if topic is None:
            if made_named:
                return  # the sentence names a term: that card says what it says
            clause = _clause_topic(sent)
            if clause is not None:
                yield from self._clause_topic(unit, sent, clause, predicates)
            else:
                yield from self._untopical(unit, sent, nxt, carried)
            return
        term, comment_start, opener = topic
        joint = list(_RUN_ON.finditer(term)) if ". " in term else []
        if joint:
            # "DEFLATE = LZ77 + Huffman. window 크기는 …": two sentences Kiwi ran together
            # (a lower-case word after the full stop); the topic is the second one's.
            term = term[joint[-1].end():]
        comment = text[comment_start - sent.start :]
        if (not term or not comment.strip() or vocab.POSITIONAL.match(term)
                or term in P.VAGUE_TOPICS or vocab.FIRST_PERSON_KO.match(term + " ")
                or term.startswith("다른 ") or _STORY_TIME.match(term) or _POINTS_BACK.match(term)):
            return  # "1번은 …", "첫 글자는 …", "핵심은 …", "다른 요청은 …" (others than the one
            # just named), "이 동안은 …": about what the card cannot show; "제 생각은 …", "우리 팀
            # 결론은 …": about the writer; "지난번(2월) 갱신 때는 …": the writer's story
        if _DIVIDED.search(comment):
            items = _divided_items(comment)
            if len(items) >= 2:
                yield self._cand(unit, sent, "list", term, "; ".join(items), LIST_DIVIDED,
                                 items=items)
                return
        if "와" in term or "과" in term:
            m = _DIFFERENCE.match(squash(comment))
            if m:
                what = clean_span(m.group("what"))
                if what:
                    yield self._cand(unit, sent, "comparison", f"{term}의 차이", what,
                                     COMPARISON_DIFFERENCE, variant="difference",
                                     question_term=term)
                    return
        if vocab.POINTS_ON.match(squash(comment)):
            return  # "X는 다음과 같다": the list or steps after it are the answer
        if P.hedged(comment) or _ASKS_WHICH_KO.search(comment):
            return  # an opinion ("…편이 낫다고 생각함"), whatever its topic names, or a question
            # ("ARP는 L2냐 L3냐 애매함")
        if _WRITES_KO.search(comment):
            return  # "내부 동작은 … 이번에 정리해 봅니다": what the writer does, whatever its topic
        if _is_category_topic(term):
            yield from self._category(unit, sent, term, comment)
            return
        if _COUNTS_KINDS.search(comment):
            return  # "…에는 세 가지 종류가 있다" (the list rules read that)
        if made_named:
            return
        rule_id, cut = predicates().get(sent.start + len(sent.text), (P.PROPERTY_GENERAL, -1))
        if cut >= 0 and cut <= comment_start:
            rule_id, cut = P.PROPERTY_GENERAL, -1
        if (rule_id == P.PROPERTY_GENERAL and sent.toks[-1].tag.startswith("NN")
                and len(sent.toks) >= 3 and sent.toks[-2].tag.startswith(("NN", "JKG", "ETM"))):
            # "정밀도는 …정답의 비율이고, 재현율은 …": the clause lost its copula to the split.
            rule_id = P.DEFINITION_COPULA
        if rule_id == P.DEFINITION_MEANS and unit.carried and cut >= 0:
            whole = text[: cut - sent.start].strip()
            # "클래스는 … 한다는 것을 의미한다" under a heading: the topic belongs to
            # the quoted proposition; the sentence defines the heading's term.
            if re.search(r"(?:다는|라는|하는|있는|되는)\s*것$", whole) and (
                    _EMBEDDED_TOPIC.search(whole)):
                yield self._cand(unit, sent, "definition", unit.carried, whole, P.DEFINITION_MEANS)
                return
        answer_text = text[comment_start - sent.start : cut - sent.start] if cut >= 0 else comment
        if rule_id in (P.DEFINITION_COPULA, P.PROPERTY_GENERAL) and _PAST_COPULA.search(text):
            return  # "해결책은 BFC였다", "SyncookiesFailed는 거의 0이었다", "실제 입력은 …
            # 이모지 하나였음": what was once, a story
        if rule_id == P.DEFINITION_COPULA and vocab.REASON_END_KO.search(text.rstrip(" .!")):
            return  # "partition은 1년에 몇 번인데 … 고르는 거라서.": why the sentence before holds
        answer_text = _strip_final(answer_text)
        kind = _kind(rule_id)
        if kind == "definition" and (_CATEGORY_PREDICATE.search(_strip_final(answer_text)) or (
                _MOSTLY.search(answer_text))):
            kind, rule_id = "property", P.PROPERTY_GENERAL  # "…것이 가장 큰 차이다", "…죽는 경우가
            # 대부분": define nothing
        if kind == "definition" and "때문에" in answer_text:
            return  # "디스크 I/O는 …느리기 때문에 …모으는 쪽이 효율적이다": a reason (asked why)
        if kind == "definition" and re.search(r"(?:등|들)$", term):
            kind = "property"  # "A나 B 등은 …" speaks of examples, it defines nothing
        if kind == "definition" and (_SETTING.search(text[: comment_start - sent.start]) or (
                len(answer_text.split()) == 2 and _subject_first(sent, comment_start))):
            # "proto3에서는 모든 필드가 … optional이다": what holds there, no definition; nor
            # "WebRTC는 암호화가 필수다": a property of its topic, the clause's subject and its
            # predicate (not "AOF는 서버가 받은 쓰기 명령을 … 방식이다", a clause in the noun)
            kind, rule_id = "property", P.PROPERTY_GENERAL
        variant = "fit" if rule_id == P.PROPERTY_FIT else ""
        if opener in P.CONTRAST_WORDS or (unit.comparison and kind == "property"):
            kind, rule_id = "comparison", (COMPARISON_CONTRAST if opener in P.CONTRAST_WORDS
                                           else rule_id)
            variant = variant or ("in" if unit.comparison else "")
        # "X는 Y로, …": Y defines X; what follows is a further property.
        split = _as_split(sent, comment_start)
        if split is not None and rule_id == P.PROPERTY_GENERAL:
            head, rest = split
            yield self._cand(unit, sent, "definition", term, head, P.DEFINITION_AS)
            if rest:
                yield self._cand(unit, sent, "property", term, rest, PROPERTY_CARRIED)
            return
        answer = _DANGLING_ARROW.sub("", clean_span(answer_text))
        if vocab.is_platform(term) and any(vocab.is_platform(m.group(1)) for m in _NEXT_PLATFORM.finditer(answer)):
            return  # "Go는 `context.WithTimeout`, Python stub은 `timeout=` 인자, …": how it looks on each
        if kind == "definition" and (_names_its_term(term, answer) or _PROPOSED.search(answer)):
            return  # "size는 … 바로 써먹을 수 있어서 코테에선 size가 더 실용적임": a reason and a verdict;
            # "자동화는 실패도 자동으로 알려줘야 자동화": a lesson; "base model은 freeze하고 …하자는 게 PEFT의
            # 공통 아이디어": the topic is the proposal's, inside it
        after = _NEXT_TOPIC.search(answer) if kind == "definition" else None
        if after and after.start() == answer.find(","):
            answer = clean_span(answer[: after.start()])  # "C의 float는 single, double은 …"
        if kind == "definition" and _CONNECTIVE_END.search(answer):
            return  # "0-RTT는 replay attack 위험이 있어서, 서버는 …": a reason, no definition
        # "메소드의 이름은 같다", "제네릭은 좋다": too little to be asked about.
        if answer and (kind != "property" or (len(answer) >= 4 and not _THIN.search(answer))):
            yield self._cand(unit, sent, kind, term, answer, rule_id, variant=variant)

    def _clause_topic(self, unit: Unit, sent: Sent, clause: tuple[str, int, int, str],
                      predicates: Callable[[], dict[int, tuple[str, int]]]
                      ) -> Iterator[Candidate]:
        kind, split, comment_start, desc = clause
        text = sent.text
        comment = text[comment_start - sent.start :]
        if not comment.strip() or P.hedged(text) or _ASIDE.search(_squashed(sent)):
            return
        if kind == "appositive":
            term = clean_span(text[split - sent.start : comment_start - sent.start])
            term = re.sub(r"\s*(?:은|는)$", "", term)
            first = next((t for t in sent.toks if t.start >= split), None)
            if first is not None and first.tag == "NNB":
                return  # "…소문자 term인데 검색어는": Kiwi's 인 + 데, a connective, no appositive
            if term and len(desc) >= 4:
                yield self._cand(unit, sent, "definition", term, desc, DEFINITION_APPOSITIVE)
            return
        _, cut = predicates().get(sent.start + len(text), ("", -1))
        answer_text = text[comment_start - sent.start : cut - sent.start] if cut > comment_start \
            else comment
        answer = clean_span(_strip_final(answer_text))
        if len(answer) >= 4 and not re.match(r"^(?:아니|없)", answer):
            yield self._cand(unit, sent, "property", desc, answer, PROPERTY_CLAUSE_TOPIC,
                             variant="category")

    def _untopical(self, unit: Unit, sent: Sent, nxt: Sent | None,
                   carried: str) -> Iterator[Candidate]:
        text = _squashed(sent)
        if vocab.FIRST_PERSON_KO.match(text):
            return  # "결국 내 문제는 …": about the writer, not the passage's term
        examples_of = _EXAMPLES_OF.search(text)
        if examples_of:
            items = _split_items(examples_of.group("items"))
            owner = clean_span(examples_of.group("x"))
            if len(items) >= 2 and owner:
                yield self._cand(unit, sent, "list", f"{owner} 예", "; ".join(items),
                                 LIST_EXAMPLES, items=items, detail="예", variant="detail")
                return
        if _EXAMPLES.search(text):
            items = _example_items(text)
            subject = carried or unit.subject
            if len(items) >= 2 and subject:
                yield self._cand(unit, sent, "list", f"{subject} 대표적인 예", "; ".join(items),
                                 LIST_EXAMPLES, items=items, detail="대표적인 예",
                                 variant="detail")
            return
        m = _EXISTS.match(text)
        if m and nxt is not None:
            why = _REASON_END.match(squash(nxt.text))
            if why:
                yield self._cand(unit, nxt, "property", clean_span(m.group("x")),
                                 clean_span(why.group("why")), PROPERTY_REASON,
                                 variant="reason")
            return
        owner = carried or unit.carried
        purpose = _PURPOSE.search(text)
        if purpose:
            # "…보장하지 않으며 순서를 보장해주기 위해서는": the goal is the last clause.
            goal = re.split(r"(?:며|지만|는데)\s+|,\s*", purpose.group("goal"))[-1]
            used = clean_span(purpose.group("y"))
            if len(goal) >= 4 and used and len(used) <= 40:
                where = f"{owner}에서 " if owner else ""
                yield self._cand(unit, sent, "property", f"{where}{goal} 위해 사용하는 것", used,
                                 PROPERTY_PURPOSE, variant="category")
                return
        rep = _REPRESENTATIVE.search(text)
        if rep and owner:
            category = squash(rep.group("cat"))
            yield self._cand(unit, sent, "property", f"{owner} {category}",
                             clean_span(rep.group("y")), PROPERTY_REPRESENTATIVE,
                             detail=category, variant="detail")
            return
        is_cat = _IS_CATEGORY.match(text)
        if is_cat and owner:
            category = is_cat.group("cat")
            yield self._cand(unit, sent, "property", f"{owner} {category}",
                             clean_span(is_cat.group("y")), PROPERTY_IS_CATEGORY,
                             detail=category, variant="detail")
            return
        divided = _DIVIDED_OBJECT.search(text)
        if divided:
            items = _split_items(divided.group("items"))
            if len(items) >= 2:
                yield self._cand(unit, sent, "list", clean_span(divided.group("x")),
                                 "; ".join(items), LIST_DIVIDED, items=items)
                return
        has_category = _HAS_CATEGORY.search(text)
        if has_category and owner:
            # "…할 수 있는 장점이 있고, …" states an advantage of what the unit is about.
            category = has_category.group("cat")
            desc = clean_span(_OPENER.sub("", text[: has_category.start()]))
            if re.search(r"(?:다음과|아래와)\s*같은$", desc):  # (an attributive pointer)
                return  # "…에는 다음과 같은 문제가 있었다": the list after it says which
            if len(desc) >= 4 and desc.split()[0] not in P.DISCOURSE_WORDS and "다면" not in text:
                yield self._cand(unit, sent, "property", f"{owner} {category}", desc,
                                 PROPERTY_HAS_CATEGORY, detail=category, variant="detail")
            return
        # "이처럼 …", "즉 …": a summing-up opener; what follows still describes.
        summing = _SUMMING.match(text)
        toks = [t for t in sent.toks if t.start >= sent.start + summing.end()] if summing \
            else list(sent.toks)
        if not toks:
            return
        first = toks[0]
        # Under a heading (not a list item), a sentence with a subject of its
        # own (…이/가 …) tells a story rather than describing the heading's term;
        # a note-style fragment ending in a noun form (…결과가 나타남) describes.
        own_subject = (not unit.sticky and _has_main_subject(sent)
                       and not nominal_ending(text)) or (
            carried != unit.carried and _has_own_topic(sent))
        if (carried and first.tag.split("+")[0] not in ("NP", "MM") and not own_subject
                and not _follows_arrow(unit.text, sent.start)
                and not text.rstrip().endswith((":", "："))  # "… 보낼 때:" leads into what follows
                and not vocab.is_category_word(carried)  # "- 장점: …": of what, it does not say
                and not vocab.REASON_HEADING_KO.search(carried)  # '## "Temporal"인 이유': why
                and first.text not in P.DEMONSTRATIVES and first.text not in P.CONTRAST_WORDS
                and first.text not in P.TURN_WORDS
                and not _ASIDE.search(text) and not _NARRATIVE.search(text)
                and not vocab.on_the_writing_ko(text)  # "… 3주차 정리.": about the writing
                and not vocab.DATELINE.match(text)  # "2024-02-17 / 스터디 9회차": when they wrote
                and not vocab.COURSE_PLACE.match(text.strip())  # "DB 수업 8주차 + …": where in a course
                and not vocab.ITEM_NUMBER.match(text)  # "3) 만료 전에 미리 갱신": one of a list
                and not vocab.ONLY_HOW_KO.search(text.strip())  # "그림 대신 화살표로.": how it is shown
                and " " in text.strip()  # "trade-off.": one word, said of the sentence before
                and not _SYMBOL_IS.match(text)  # "k = beam size": a symbol's legend
                and not _ends_on_adverb(toks)  # "결제처럼 돈 걸린 건 특히.": said of the sentence before
                and not vocab.SUPPOSES_NAME_KO.search(text)  # "…비율을 p_k 라고 할 때": a notation
                and unit.category != "순서"  # "## 계산 순서": no one sentence is the order
                and not NAME_AND_PAPER.fullmatch(text.strip().rstrip("."))  # "RoFormer (Su et al., 2021)"
                and not vocab.opens_on_no_term_label(text)  # "관련: …", "발표자 의견: …"
                and not vocab.NEXT_FIELD.search(text)  # "(발표:) 민지 / 정리: 나"
                and not assigns(carried)  # "i=9: D 불일치": a variable's value, no term
                and not P.hedged(text)):
            answer = clean_span(_strip_final(_OPENER.sub("", text[summing.end():] if summing
                                                         else text)))
            answer = _DANGLING_ARROW.sub("", answer)
            if 4 <= len(answer) <= 120 and not _THIN.search(answer) and not sets_values(answer):
                if unit.category:
                    yield self._cand(unit, sent, "property", f"{carried} {unit.category}",
                                     answer, PROPERTY_CARRIED, detail=unit.category,
                                     variant="detail")
                elif not vocab.VERSUS.search(carried):
                    # ("컴파일러 vs 인터프리터의 특징은?" would not say of which.)
                    yield self._cand(unit, sent, "property", carried, answer, PROPERTY_CARRIED)

    def _category(self, unit: Unit, sent: Sent, term: str, comment: str) -> Iterator[Candidate]:
        denied = _NOT_BUT.search(comment)
        if denied:
            comment = comment[denied.end():]  # "기본값은 '항상 쿠키'가 아니라 '…때만 쿠키'다"
        # "…키가 "A"(Dijkstra)냐 "B"(Prim)냐 뿐": of two quotes, neither alone is the answer
        quotes = _QUOTED.findall(comment)
        answer = clean_span(quotes[0]) if len(quotes) == 1 else _DANGLING_ARROW.sub(
            "", clean_span(_strip_final(comment)))
        if not answer or answer in _ONLY_HOW_SURE:
            return  # ("순서는 대략:" before a table: what the order is, the table says)
        at = sent.start + sent.text.rfind(comment)
        if not any(t.tag.startswith(_NOUNISH) for t in sent.toks if t.start >= at):
            return  # "원칙은 간단합니다": how the category is, not what is in it
        owner = unit.carried or unit.subject
        if "의 " not in term and unit.carried:
            yield self._cand(unit, sent, "property", f"{owner} {term}", answer,
                             PROPERTY_CATEGORY, detail=term, variant="detail")
        elif "의 " in term or not unit.subject:
            yield self._cand(unit, sent, "property", term, answer, PROPERTY_CATEGORY,
                             variant="category")
        else:
            yield self._cand(unit, sent, "property", f"{unit.subject} {term}", answer,
                             PROPERTY_CATEGORY, detail=term, variant="detail")

    def _named(self, unit: Unit, sent: Sent, prev: Sent | None,
               nxt: Sent | None) -> Iterator[Candidate]:
        text = sent.text
        for term_start, term_end in _named_terms(sent):
            term = clean_span(text[term_start - sent.start : term_end - sent.start])
            if not term or len(term) > 30 or _SPOKEN.search(term) or (
                    vocab.SUPPOSES_NAME_KO.match(text, term_end - sent.start)):
                continue  # ('시니어분이 "OAuth는 로그인 프로토콜이 아니에요"라고 해서': what was said;
                # "…비율을 p_k 라고 할 때": a notation)
            before = text[: term_start - sent.start].rstrip(" '‘\"“`")
            desc, rule_id, src, variant = "", NAMED_OBJECT, sent, ""
            this = re.search(
                r"(?:^|\s)(?:이를|이걸|이것을|이들을|그것을|그걸|(?:이|이런|이러한|그)\s+\S+[을를])\s*$",
                before,
            )
            # "…몰리는 이 현상은 흔히 'X'라고 불린다": the topic is what is named.
            passive = bool(_PASSIVE_NAMING.match(text, term_end - sent.start))
            obj = _object_phrase(sent, term_start, passive)
            modifier = _modifier_phrase(sent, term_start)
            # "…매핑되는 경우가 생기는데, 이걸 해시 충돌이라고 한다": the clause before
            # the demonstrative, in the same sentence, is what is named.
            inside = _ANTECEDENT.search(before[: this.start()].strip()) if this else None
            # "이 방식을 X라고 부른다", "이것은 X라고 불린다": the sentence before says
            # what; "객체를 … 바꾸는 이 과정을" says it itself.
            points_back = (bool(this) and not obj) or ((bool(this) or passive) and (
                obj in _PRONOUNS_NAMED or bool(_POINTS_BACK.match(obj))))
            if passive and not obj:
                continue  # the name was read only in part ("상호 배제 락" → "배제 락")
            if inside:
                desc, rule_id, src = _as_named(inside.group("x")), NAMED_THIS, sent
            elif points_back:
                if prev is not None:
                    desc, rule_id, src = _strip_final(prev.text), NAMED_THIS, prev
            elif obj:
                desc = obj
                marker = _before_name(sent, term_start)[-1].tag  # the particle of what is named
                if marker.startswith("JKS") and _HEARSAY.match(text, term_end - sent.start):
                    continue  # "…통합하려는 작업이 진행 중이라고 함": what is said of it, no name
                if marker == "NNB+JKO":
                    if " " not in obj.strip():
                        continue  # "Pod가 늘었다 줄었다 반복하는 걸 flapping이라고 함": read only
                        # as "반복하는 것", too little to say what is named
                    variant = "modifier"  # "…처리하는 걸": asked as "…처리하는 것을"
            elif modifier and _CALLED.match(text, term_end - sent.start):
                desc, rule_id, variant = modifier, NAMED_MODIFIER, "modifier"
            elif case := _CASE_OF.match(squash(before)):
                desc = case.group("x")  # "요청을 보내는 DNS의 경우 … X라 지칭"
            else:
                # 'X'라고 부르는 현상이다 → the next sentence that ends in 현상 describes it
                tail = re.search(r"(?P<n>\S+?)(?:이다|입니다)[.!]?\s*$", text[term_end - sent.start :])
                if tail and nxt is not None and re.search(
                    re.escape(tail.group("n")) + r"(?:이다|입니다)[.!]?\s*$", nxt.text.strip()
                ):
                    desc, rule_id, src = _strip_final(nxt.text), NAMED_QUOTED, nxt
            desc = clean_span(desc)
            if desc and term not in desc and len(desc) >= 3:
                yield self._cand(unit, src, "named_term", term, desc, rule_id, variant=variant)
                # "…클레임(claim)이라고 부르고, 이는 name / value의 한 쌍으로 이뤄져있다"
                more = _THEN_THIS.search(text[term_end - sent.start :])
                if more:
                    rest = clean_span(_strip_final(more.group("rest")))
                    if len(rest) >= 4 and not _dangling(rest):
                        yield self._cand(unit, sent, "property", term, rest, PROPERTY_CARRIED)

    def _arrows(self, unit: Unit, sent: Sent, before: str = "") -> Iterator[Candidate]:
        text = squash(sent.text)
        topic = _topic(sent)
        body = text
        term = ""
        if topic is not None:
            term = topic[0]
            body = sent.text[topic[1] - sent.start :]
        else:
            # "Pod가 삭제될 때의 흐름은 삭제 요청 -> …": a topic that is no term still
            # ends the preamble; the first step starts after its particle.
            arrow = ANY_ARROW.search(sent.text)
            limit = sent.start + (arrow.start() if arrow else len(sent.text))
            marked = [t.end for t in sent.toks if t.tag == "JX" and t.text in ("은", "는")
                      and t.end < limit]
            if marked:
                body = sent.text[marked[-1] - sent.start :]
        parts = [p for p in _ARROW.split(squash(body))]
        if len(parts) < 3 or _EXAMPLE_AFTER.match(parts[-1]) or TWO_WAY.search(body):
            return  # ("1초 -> 2초 -> 4초처럼 늘린다": values of an example, no steps)
        # The first part may carry a preamble ("낮은 단계부터 보면 READ UNCOMMITTED"):
        # keep as many words as the middle steps have.
        head_text = re.split(r"[,:]\s*", parts[0])[-1]
        if head_text.count(")") > head_text.count("("):
            return  # "입력 (N, C, H, W) -> …": a shape that changes, cut inside its brackets
        head = head_text.split()
        sizes = sorted(len(p.split()) for p in parts[1:-1]) or [1]
        first = " ".join(head[-max(sizes[len(sizes) // 2], 1):])
        if len(head) <= sizes[-1] + 2:
            # "단계: 유닛 파일 작성 -> daemon-reload -> …", "메인 프로세스(PID 1)에 SIGTERM -> …": a
            # first step a little longer than the others is all step, no preamble
            first = head_text
        arrow = ANY_ARROW.search(sent.text)
        lead = [t for t in sent.toks if arrow and t.end <= sent.start + arrow.start()]
        if (lead and lead[-1].tag.startswith("EC") and lead[-1].text.endswith("면")) or (
                _STATE_STEP_KO.search(head_text)) or _SO_KO.match(squash(body)):
            return  # "렌더링할 타이밍이면 → rAF 콜백 → …": what happens then, under a condition
            # ("C 큼 → 오류 거의 허용 X → …" says it in memo style); "그래서 같은 key -> 같은
            # 파티션 -> 순서 보장": what follows from the line before, no steps
        nouns = _nouns_before(sent, sent.start + arrow.start()) if arrow else ""
        if (nouns and " ".join(head).endswith(squash(nouns))
                and len(nouns.split()) <= sizes[-1] + 1) and not (
                len(nouns.split()) < len(first.split()) and arrow is not None
                and _case_marked_before(sent, sent.text.rfind(nouns, 0, arrow.start()))):
            # "정리하면 동기 코드 -> …", "과정은 소스 코드 -> …": the whole noun, but no
            # longer than a step can be ("카프카 메시지 흐름 Producer -> …" has a preamble).
            # A word with a case particle before it is the step's own ("Green에 배포 -> …").
            first = nouns
        last = parts[-1]
        cut = _LAST_STEP_END.search(last + " ")
        if cut and (cut.group().strip().startswith("순")
                    or _PREDICATE_END.search(last[cut.end():].strip())):
            last = last[:cut.start()]  # "… -> C로 이어진다"; not "… -> 라우터를 Green으로 전환"
        last = re.sub(r"\s+(?:순서|순|단계|과정)(?:이다|다|입니다|이에요|예요)?[.!]?$", "", last.strip())
        last = re.sub(r"\s*(?:이다|입니다|이에요|예요)[.!]?$", "", last.strip())  # "SERIALIZABLE 이다"
        last = _STEP_SENTENCE_END.split(last, maxsplit=1)[0]  # "→ decoder. 긴 문장에 약함"
        before_first = head_text[: len(head_text) - len(first)]
        if any(step.split()[:1] and step.split()[0] in _PARTICLE_WORDS for step in (first, *parts[1:])):
            return  # "T = U& 로 추론 -> reference collapsing -> U&", '"check"랑 -> "yield"가 번갈아
            # 찍힘 -> …': a step cut from its word
        if before_first.count("(") > before_first.count(")") or first.count("(") > first.count(")"):
            return  # "singular value < 1 (그리고 tanh' ≤ 1) → …", "계산 3단계 (score → softmax
            # → 가중합)": the first step would be cut inside an aside
        items = [clean_span(first), *(clean_span(p) for p in parts[1:-1]), clean_span(last)]
        items = [i for i in items if i]
        if len(items) < 3 or any(_CLAUSE_JOINT.search(p) for p in parts[1:-1]) or (
                all(i.endswith("고") for i in items[:-1])) or (
                any(LEFT_OUT.fullmatch(i) for i in items)) or (
                changing_values(items)) or any(i.count("(") != i.count(")") for i in items) or (
                any(_PAIRS_JOINED.search(_PARENS.sub("", p)) for p in parts[1:-1])):
            return  # "X → Y이고 Y → Z일 때 …": arrows of a formula, "읽고 → 계산하고 → 쓰기를 따로
            # 하면": a clause's verbs in a row, and "A -> B -> A로
            # 바뀐 것", "쿼리 수 51 -> 2": values, no steps; "PREROUTING(raw -> mangle -> nat)
            # -> …": arrows inside brackets, whose steps would be cut at them; "exploding →
            # clipping / vanishing → 게이트", "Pods → 개수 단위, Percent → 비율 단위": pairs
        pointer = vocab.pointer_topic(squash(before)) if before and not term else ""
        if pointer:
            term = clean_span(pointer)  # "…업데이트하는 흐름은 대략 이렇다." then the arrows
        if not term and unit.separated and unit.carried and not unit.text[: sent.start].strip():
            term = unit.carried  # "**GitHub Flow**: main에서 브랜치 따고 PR -> …": the label's steps
        if not term and not unit.comparison:  # ("## 다른 전략들이랑 비교": no process)
            term = unit.section[-1] if unit.section else ""
            term = unnumbered(term)
        if term and (term.casefold() in vocab.SKIP_HEADINGS or term in P.VAGUE_TOPICS
                     or term.endswith(("?", "？"))  # "## 예측이 틀리면?": a question, no process
                     or vocab.QUESTION_HEADING.search(term)  # "## 왜 이렇게 헷갈렸나 (중요)"
                     or vocab.TOLD_HEADING_KO.search(term)  # "## 사실 lint가 알려줬었다..."
                     # "## 삽질: ArgoCD랑 HPA가 …": the writer's story
                     or vocab.opens_on_no_term_label(term)
                     or vocab.is_no_term_label(END_ASIDE.sub("", term).strip())  # "주의할 점 (…)"
                     or vocab.FIRST_PERSON_KO.match(term + " ") or vocab.THING_CLAUSE_KO.search(term)
                     or vocab.FIRST_PERSON_KO.match(_squashed(sent))):
            return  # "## 정리", "보통은 …", "우리 팀이 한 조치는 …": no process to name
        if term:
            yield self._cand(unit, sent, "steps", term, "; ".join(items), STEPS_ARROW,
                             items=tuple(items))

    def _cand(self, unit: Unit, sent: Sent, kind: str, term: str, answer: str, rule_id: str,
              **extra: Any) -> Candidate:
        detail = extra.get("detail")
        if detail and term.endswith(" " + detail):
            # "PWA (Progressive Web App) 목적" reads as "PWA 목적"
            owner = re.sub(r"\s*\([^()]*\)", "", term[: -len(detail)]).strip()
            term = f"{owner} {detail}" if owner else term
        extra.pop("question_answer", None)
        extra.pop("source_extra", None)
        qterm = extra.pop("question_term", None)
        if qterm and "detail" not in extra:
            extra["detail"] = qterm
        start_line = unit.line_of(sent.start)
        end_line = unit.line_of(sent.start + max(len(sent.text.rstrip()) - 1, 0))
        return Candidate(
            kind=kind,  # type: ignore[arg-type]
            term=clean_span(term),
            answer=clean_span(answer),
            rule=rule_id,
            lang="ko",
            source=SourceSpan(unit.path, start_line, end_line, _squashed(sent)),
            section=unit.section,
            **extra,
        )


_ABSTRACT_HEADS = frozenset({
    "이유", "목적", "목표", "원리", "원인", "역할", "조건", "방법", "핵심", "차이", "차이점",
    "공통점", "것", "결과", "기준", "의미", "장점", "단점", "한계", "문제점", "효과",
})
"""Nouns that end a clause topic (…해야 하는 이유는 …): the clause names what is asked."""
_CASE_HEADS = frozenset({"경우", "때", "상황", "상태", "점", "수", "뿐", "편"})
"""Nouns of circumstance: "…인 경우는" says when, it names no term."""


def _clause_topic(sent: Sent) -> tuple[str, int, int, str] | None:
    """A topic the plain noun-phrase scan rejects because a clause is part of it.

    Returns ``("abstract", start, comment start, term)`` for ``…하는 이유는 …``,
    or ``("appositive", term start, comment start, description)`` for
    ``…하는 방식인 SSR은 …``. Only the sentence's first 은/는 is considered.
    """
    toks = sent.toks
    i = 0
    while i < len(toks) and (toks[i].tag.startswith(("SF", "SP", "SE", "IC")) or (
            _own_word(toks, i) and (toks[i].text in P.DISCOURSE_WORDS
                                    or toks[i].tag.startswith("MAJ")))):
        i += 1
    if i >= len(toks) or toks[i].tag.startswith(("NP", "MM")):
        return None
    depth = 0
    for j in range(i, min(len(toks), i + 50)):
        tok = toks[j]
        tag = tok.tag
        if tag.startswith("SS"):
            depth += tag.startswith("SSO") - tag.startswith("SSC")
        if depth > 0:
            continue
        if tag.startswith(("EF", "SF")):
            return None
        if not (tok.text in ("은", "는") and tag.startswith("JX")) or j - i < 2:
            continue
        head = toks[j - 1]
        modifiers = [k for k in range(i, j - 1) if "ETM" in toks[k].tag]
        if not modifiers:
            return None
        last = modifiers[-1]
        copula = toks[last].tag.startswith("VCP") or (
            last > i and toks[last - 1].tag.startswith("VCP"))
        nominal = all(_topic_tag(t.tag) for t in toks[last + 1 : j])
        adjectival = last > i and toks[last - 1].text == "적"  # 궁극적인 목표: -ic, no noun
        # "Wrapper class 인 경우는 …" is a case, not a thing the clause describes.
        general = j - last - 1 == 1 and (head.text in _ABSTRACT_HEADS or head.text in _CASE_HEADS)
        if (copula and nominal and not adjectival and not general and 1 <= j - last - 1 <= 6
                and last - i >= 2):
            # "…방식인 SSR은": what comes before 인 describes SSR
            before = toks[last - 1] if toks[last].text == "인" and toks[last].tag.startswith(
                "VCP") else toks[last]
            desc_end = before.start if before.tag.startswith("VCP") else toks[last].start
            desc = clean_span(sent.text[toks[i].start - sent.start : desc_end - sent.start])
            # The description ends in a content noun (…방식인 SSR), not in 뿐 / 때 / 수.
            noun = [t for t in toks[i:last] if t.end <= desc_end][-1:]
            if len(desc) > 100 or not noun or not noun[0].tag.startswith(("NNG", "NNP", "SL")):
                return None
            return "appositive", toks[last + 1].start, tok.end, desc
        # "가장 대표적인 단점은" has no owner: whose 단점? Only a clause with its own
        # subject, object or 의-owner names what it asks about.
        owned = any(t.tag.startswith(("JKS", "JKO", "JKG")) for t in toks[i:last])
        if head.text in _ABSTRACT_HEADS and head.tag.startswith("NN") and last == j - 2 and owned:
            term = clean_span(sent.text[toks[i].start - sent.start : head.end - sent.start])
            if len(term) > 50 or "," in term:
                return None
            return "abstract", toks[i].start, tok.end, term
        return None
    return None


_CATEGORY_PREDICATE = re.compile(r"(?:이|가)\s+(?:\S+\s+){0,3}(?:차이|장점|단점|특징|문제|이유|목적|핵심)$")
def _names_its_term(term: str, answer: str) -> bool:
    """Whether ``answer`` names ``term`` again as its subject ("… size가 …") or ends on it ("…해야
    자동화")."""
    padded = f" {answer} "
    return f" {term}이 " in padded or f" {term}가 " in padded or padded.endswith(f" {term} ")


_STORY_TIME = re.compile(r"(?:지난번|지난\s|그날|당시)")
"""A topic that opens on a time of the writer's story ("지난번(2월) 갱신 때는 …")."""
_PROPOSED = re.compile(r"(?:자는|다는|라는)\s*(?:게|것이|건)\s")
"""A proposition made a noun inside the answer ("…학습하자는 게 PEFT의 공통 아이디어"): the topic is
its subject, not the sentence's."""
_MOSTLY = re.compile(r"(?:경우|때)(?:가)?\s*(?:대부분|많(?:다|음|아요))")
"""A predicate that says how often ("…에 걸려서 죽는 경우가 대부분"): a property, no definition."""
_COUNTS_KINDS = re.compile(r"가지\s*(?:의\s*)?(?:종류|유형|분류)(?:가|이)?\s*(?:존재|있|나뉘|나누)")
def nominal_ending(text: str) -> bool:
    """True for a note-style fragment: ends in a noun form -ㅁ/-음 (나타남, 가능함)."""
    last = text.rstrip(" .!")[-1:]
    return bool(last) and "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 16


_THEN_THIS = re.compile(r"^\S*(?:\s+도)?\s+\S*?(?:고|며),?\s*(?:이는|이것은|이들은)\s+(?P<rest>[^.]+)")
_SUMMING = re.compile(r"^(?:이처럼|이렇듯|이와 같이|이같이)\s*,?\s*")
_DANGLING = re.compile(
    r"(?:\s하|[있없않되주]으?며|[있없않되주]고|[가-힣]지만|는데|(?:\s|[는은도])(?:있|없)|[했었였]"
    rf"|{vocab.CONDITION_END_KO})$"
)
"""An answer cut off mid-clause ("주의해야 하", "…할당해주고") or at a condition ("…새 업데이트가 오면"):
half a statement."""

_DANGLING_REACH = 4
"""The last characters of a text a ``_DANGLING`` match can take part in: its endings have
at most three, and its ``$`` may stand before a final line break (keep in step)."""


def _dangling(text: str) -> bool:
    """True for an answer cut off mid-clause (``_DANGLING``).

    Only the last ``_DANGLING_REACH`` characters are searched, with the same
    result: a search of the whole text would try every start in it.
    """
    return _DANGLING.search(text[-_DANGLING_REACH:]) is not None


_POINTER = re.compile(r"(?:다음|아래)(?:과|와)\s*같|(?:다음|아래)\s*(?:[두세네]|\d+)\s*가지|"
                      r"(?:다음|아래)\s*(?:명령어?|코드|예제|그림|표|함수|순서|단계|과정|절차|\S+들)"
                      r"(?:[을를이가과와은는로으에의]|대로|\s|$)|"
                      rf"(?:^|\s){vocab.POINTS_AHEAD}\S*\s*\S+[.!]?$|^슬라이드\s*\d")
"""An answer that points at what follows ("다음 세 가지를 보장한다", "다음 명령으로 …",
"다음 함수들로", "아래 순서로 맺어진다", "이렇게 만들어진다"): the list, the steps or the code
after it is what it says; or at the course's slides ("유도는 슬라이드 23~31p."), where it is."""

_POINTS_AHEAD = re.compile(rf"{vocab.POINTER_PREDICATE}[.:!]?$|(?:다음|아래)\s*중"
                           r"|(?:다음|아래)(?:으로|과\s*같이|처럼)\s+\S+[.:!]?$")
"""A sentence that leans on what follows: "…패턴은 이렇다.", "다음 중 하나에 해당하면 …", "히트율은
다음으로 계산합니다."."""
_TURNS_TO_ANOTHER = re.compile(r"[가-힣]는데\s+[A-Za-z][\w-]*(?:은|는)\s")
"""An answer that turns to another term ("clipping으로 쉽게 잡히는데 vanishing은 …"): two
things contrasted, the second one's clause no property of the first (not "CPU가 안 올라가는데
응답은 느려짐", one thing said of the topic)."""
_BACK_OPENER = re.compile(r"^(?:이를|이걸|이것을|그걸|그것을|이에|이로\s*인해|이\s*때문에|이렇게"
                          r"|그렇게|이걸로|이것도|이것만|이게|둘은|둘\s*다"
                          r"|(?:그|이)\s+[가-힣A-Za-z]+(?:이|가|을|를|은|는|의))\s")
"""An answer that opens by pointing at the sentence before ("이를 피하려고 WebFlux를 썼지만
…", "이렇게 하는 이유는 성능 때문", "이걸로 못 막음", "그 락이 풀리길 기다림", "이게 없음",
"이것만 됨", "둘은 다른 얘기임"): half of what it says is there."""

_AS_OF = re.compile(r"\S+\s*기준(?:임|이다|입니다|\s*얘기)?\.?$")
"""An answer that only says by what the note goes ("버전은 8.x 기준", "언어는 Python 기준"): the
writer's frame, nothing about the topic."""

_RESTATEMENTS = frozenset({P.PROPERTY_GENERAL, PROPERTY_CARRIED})
"""Rules whose card gives a statement whole: "X의 특징은? -> …기 때문에 …한다"."""

_COUNT_ONLY = re.compile(
    rf"^(?:크게|총|주로|딱)?\s*{vocab.COUNT_WORDS}\s*(?:가지|종류|단계|갈래|개)\S*"
    r"(?:(?:\s+\S+)?\s*(?:있|존재|나뉜|나뉩|나뉘|나눌|나누|분류|구성|가진|가집|가지)\S*)?$"
    r"|^(?:크게|총|주로)?\s*(?:하나|둘|셋|넷|다섯)$")
"""An answer that only counts what follows ("두 가지가 있다", "크게 세 가지 시나리오로
나뉜다", "네 개입니다", "세 가지 값을 가집니다", "크게 둘"): the list after it says what they are."""


@functools.lru_cache(maxsize=256)
def _copula_read(word: str) -> bool:
    """True when Kiwi reads ``word`` + 다, alone, as a noun and the copula 이다."""
    return any(t.tag == "VCP" and t.text == "이" for t in analysis(word + "다").tokens)


def _no_answer(sent: Sent, answer: str) -> bool:
    """True when ``answer``, read from ``sent``, states nothing on its own: it is cut off
    mid-clause, mid-quote or inside brackets, only counts, opens by pointing at the sentence
    before, says only that its topic exists ("유실은 없지만 …"), is the writer's plan ("… (중기
    과제)"), points at the code above, asks a question ("…까?", "왜 캐시 안 하나"), gives a sign for
    its predicate ("무한 대기 ❌"), only points at what came before or follows (``_POINTS_ONLY``:
    "결국 이 두 개", "이런 것들이 있어요", "대략 이 순서"), is a note to self ("나중에 읽어볼 것",
    "무조건 확인"), a change made ("…조합으로 변경"), says only that it varies ("DB마다 다르다"),
    whose side it is on ("우리 편"), goes on from a verb its topic is the object of ("저장은 하되
    …": "하되 쓰기 전에 …"), is still weighed ("… 검토중"), is a reason for the sentence before ("…답할
    수 없으니까요"), opens on a yes/no mark ("X. …"), is cut inside quotes ("TM(Transaction
    Manager)'이라고 부름") or only says which part this is ("햇갈렸던 부분")."""
    return (_dangling(answer) or _cut_at_joint(sent, answer) or bool(_COUNT_ONLY.match(answer))
            or ("더" in answer and bool(vocab.COUNTED_KO.search(answer)))
            or answer.startswith(("없지만", "있지만", "없고", "있고"))
            or bool(_THAN_EXPECTED.match(answer)) or bool(_ANNOUNCES.search(answer))
            or bool(_POINTER.search(answer)) or bool(_NARRATIVE.search(answer))
            or bool(_BACK_OPENER.match(answer)) or bool(_TURNS_TO_ANOTHER.search(answer))
            or bool(vocab.BEST_KNOWN_KO.match(answer)) or bool(_THE_LATTER.search(answer))
            or bool(_AS_OF.match(answer)) or answer.endswith(("까", "?", "❌")) or answer.startswith("왜 ")
            or bool(_POINTS_ONLY.search(answer)) or ("것" in sent.text and bool(_TO_DO_END.search(sent.text.strip())))
            or bool(_CHECK_ORDER.match(answer)) or bool(_PLANNED.search(answer))
            or bool(vocab.UNDER_REVIEW_KO.search(answer)) or bool(vocab.ONLY_A_PART_KO.match(answer))
            or bool(vocab.CHANGED_KO.search(answer)) or ("위" in sent.text and bool(vocab.ABOVE_KO.search(sent.text)))
            or bool(_VARIES.match(answer)) or bool(vocab.FIRST_PERSON_KO.match(answer + " "))
            or bool(_CONCEDES.match(answer)) or bool(_REASON_ONLY.search(answer)) or bool(_MARK_ANSWER.match(answer))
            or answer.count('"') % 2 == 1 or odd_quotes(answer)
            or answer.count("“") != answer.count("”") or answer.count("(") > answer.count(")"))


_POINTS_ONLY = re.compile(
    rf"(?:^|\s)(?:이|그|저)\s*{vocab.COUNT_WORDS}\s*(?:개|가지)(?:다|임|예요|입니다)?$"
    r"|(?:이런|이러한)\s*(?:것|거)들?(?:이|도)\s*있(?:어요|다|습니다|음)[.!]?$"
    r"|(?:^|\s)이(?:런)?\s*(?:순서|과정|흐름|구조|느낌)$")
"""An answer that only points at what came before or follows, naming none of it: it counts them ("에러를
다루는 핵심은 결국 이 두 개다"), says there are such ("대표적인 방식은 이런 것들이 있어요") or names their
order or feel ("…generate()는 대략 이 순서예요", "…은 대략 이런 느낌이에요")."""
_TO_DO_END = re.compile(rf"[{vocab.L_END_KO}]\s*것[.!]?$")
"""A sentence that is a note to self ("… 논문이라고 한다. 나중에 읽어볼 것."): what to do, no fact
(not "…편할 것이다", a guess with its copula)."""
_CHECK_ORDER = re.compile(r"(?:무조건|꼭|반드시)\s*(?:확인|체크|점검)")
"""An answer that only says to check ("임베딩 모델 max 길이는 무조건 확인"): what to do, no fact."""
_PLANNED = re.compile(r"\((?:단기|중기|장기|후속)?\s*과제\)$")
"""An answer the writer's team has yet to carry out ("… 미리 계산 -> API는 읽기만 (중기 과제)")."""
_VARIES = re.compile(r"^\S+\s*(?:마다|별로)\s*(?:다르|달라|다름|제각각)")
"""An answer that says only that it varies ("구현은 DB마다 다르다"): of what, the next sentences say."""
_MARK_ANSWER = re.compile(r"[XO×○✗✓]\.?(?:\s|$)")
"""An answer that opens on a yes/no mark ("Clamped랑 Float 계열은 X. …"): a table's sign, no statement."""
_REASON_ONLY = re.compile(r"(?:니까|거든)요?[.!]?$")
"""An answer that ends as a reason given for what was said before ("…답할 수 없으니까요")."""
_CONCEDES = re.compile(r"^\S{1,2}되\s")
"""An answer that opens on a verb's "-되" ("약간의 보너스는 주되 독점은 막는 것"): its topic is that
verb's object, set against what follows, not what the answer says of it."""
_THE_LATTER = re.compile(r"(?:^|\s)(?:전자|후자)(?:[은는이가을를의에도]|\s|$)")
"""An answer that names one of two things by its place ("실무에선 사실상 후자 때문에 씀"): which,
only the sentence before says."""


def _cut_at_joint(sent: Sent, answer: str) -> bool:
    """True when ``answer`` ends where its clause does, at a connective ending.

    "Minor GC는 자주 일어나지만 빠르게 끝나고, Major GC는 …" splits after
    끝나고: an answer ending there is half a statement ("빠르게 끝나고").
    """
    if not sent.toks:
        return False
    # ``_clauses`` keeps the connective in the clause's text, not in its tokens.
    joint = sent.text[sent.toks[-1].end - sent.start :].strip(" ,")
    return joint in _CONNECTIVE and answer.endswith(joint)


_CONTRAST_JOINTS = frozenset({"지만", "는데", "은데"})
_ANNOUNCES = re.compile(r"(?:패턴|함정|방법|문제|예외)도\s+(?:\S+\s+)?있(?:습니다|다|음|어요)[.!]?$")
"""An answer that announces what comes next ("…죽는 패턴도 있습니다", "반대 방향의 함정도 하나
있습니다"): the next sentences say what it is."""
_THAN_EXPECTED = re.compile(r"^(?:생각|예상|기대)(?:했던\s*것)?보다\s")
"""An answer that compares with what one expected ("생각보다 짧다"): it says no amount."""
_THIS_UNLIKE = re.compile(r"^(?:이와는?|그와는?|이와\s*반대로|이에\s*비해)\s*(?:달리|다르게|반대로)?")
_UNLIKE = re.compile(
    r"^(?P<y>[^\s,.(][^,.]{0,28}?)\s*(?:(?:와|과)(?:는)?\s*(?:달리|다르게)|보다\s)"
)
_SYMBOL_IS = re.compile(r"[A-Za-z_]\w{0,3}\s*=\s")
"""A sentence that says what a symbol stands for ("k = beam size")."""
_STEP_SENTENCE_END = re.compile(r"(?<=[A-Za-z가-힣]{2})\.\s+(?=\S)")
"""A full stop inside the last step: what follows it is a remark on the chain."""
_PAIRS_JOINED = re.compile(r",\s|\s/\s")
"""Where a line of arrows joins two pairs: a comma or a slash inside what would be a step."""
_WAYS_COMPARED = re.compile(r"[가-힣](?:는|은)\s*(?:게|것이|편이)\s")
"""What ``Y보다`` compares when a doing follows it ("…은 격리 수준보다 락으로 푸는 게
확실함"): two ways of doing, not X and Y."""


def _is_punct(text: str) -> bool:
    """spaCy's ``is_punct``: every character is punctuation (Unicode category P…)."""
    return all(unicodedata.category(c).startswith("P") for c in text)


def _trailing_aside(tokens: Sequence[Tok]) -> bool:
    """Only punctuation, or a closing aside after the sentence's end: ``입니다.(위키링크)``."""
    texts = [t.text for t in tokens if not t.text.isspace()]
    if all(_is_punct(t.text) or t.text.isspace() for t in tokens):
        return True
    return bool(texts) and texts[0] in (".", "!", "?") and texts[1:2] == ["("] and texts[-1] == ")"


def _plain(text: str) -> str:
    """A clause as written, without its final punctuation."""
    return squash(text).rstrip(" .!?,")


def _siblings(term_a: str, term_b: str) -> bool:
    """Two terms that share their head word: 익명 파이프 / Named 파이프 (kinds of one thing),
    livenessProbe / readinessProbe (the head word of a name written in camelCase)."""
    words_a, words_b = term_a.split(), term_b.split()
    if len(words_a) >= 2 and len(words_b) >= 2:
        return words_a[-1] == words_b[-1]
    head_a, head_b = _CAMEL_HEAD.search(term_a), _CAMEL_HEAD.search(term_b)
    return (len(words_a) == len(words_b) == 1 and head_a is not None and head_b is not None
            and head_a.group() == head_b.group() and term_a != term_b)


_CAMEL_HEAD = re.compile(r"(?<=[a-z])[A-Z][a-z]{2,}$")
"""The last word of a camelCase name (``Probe`` of ``livenessProbe``)."""


def _final_word(sent: Sent) -> str:
    words = _PARENS.sub("", _plain(sent.text)).split()
    return words[-1].rstrip(".!?,") if words else ""


def _unlike(cand: Candidate) -> Candidate:
    """A property that opens with ``Y와 달리`` / ``Y보다`` compares its term with Y."""
    if cand.kind != "property" or cand.detail or cand.variant:
        return cand
    m = _UNLIKE.match(cand.answer)
    if m is None:
        return cand
    other = clean_span(m.group("y"))
    # Y is a noun phrase ("공개 클레임"), not a clause ("api 를 설계하는데 있어서 보다 명확한",
    # "프로세스랑 스레드 구분이 생각보다": a subject inside it).
    if (not other or other == cand.term or len(other.split()) > 6
            or any(re.search(r"(?:을|를|에|서|고|며|게|면|것|는|은|기|함)$", w) for w in other.split())
            or other.split()[0] in P.DEMONSTRATIVES or other in P.PRONOUN_TOPICS
            or any(re.search(r"[가-힣](?:이|가)$", w) for w in other.split()[:-1])
            or _WAYS_COMPARED.search(cand.answer[m.end():])):
        return cand
    return dataclasses.replace(cand, kind="comparison", term=f"{cand.term} vs {other}",
                               rule=COMPARISON_UNLIKE, variant="vs")


_PASSIVE_NAMING = re.compile(r"['’\"”`]?\s*(?:이)?라(?:고)?\s*(?:도\s*)?불린(?:다|답니다|대)?[.!]?\s*$")
"""The end of a sentence that names its topic: "…은 'X'라고 불린다"."""
_HEARSAY = re.compile(r"['’\"”`]?\s*(?:이)?라고\s*(?:함|한다|합니다|해요|하더라|하셨)")
"""What follows a name said of a subject (…이/가 X라고 함, 교수님이 "…"이라고 하셨으니): hearsay,
where "…을 X라고 함" names."""
_ASKS_WHICH_KO = re.compile(r"[가-힣A-Za-z0-9]냐\s*$")
"""A clause that asks ("ARP는 L2냐 / L3냐 애매함"): no statement."""
_SO_KO = re.compile(r"(?:그래서|따라서)\s")
"""The opening of a Korean sentence that draws a consequence ("그래서 같은 key -> …")."""
_STATE_STEP_KO = re.compile(r"^\S+\s+(?:큼|작음)$")
"""A first step that states how big something is ("C 큼", "γ 작음"): a condition in memo
style, and the chain what follows from it."""
_CLAUSE_JOINT = re.compile(r"(?:이고|이면|일\s*때|하고|하면|라는|아니고|아니면|또는)\s|\s\+\s")
"""A connective inside an arrow step: the arrows are part of a sentence's clauses, or of two
chains ("pending -> fulfilled 또는 pending -> rejected", "왼->오 LIS + 오->왼 LIS")."""
_PRONOUNS_NAMED = frozenset({"이", "이것", "그것", "이는", "이건", "그건", "이를", "이걸", "이거", "그거"})
"""A description that is only a pronoun: what is named is said in the sentence before."""
_POINTS_BACK = re.compile(r"^(?:이|이런|이러한|그|그런|그러한)\s+\S+$")
"""A description that is only a demonstrative and its noun (이러한 방식)."""
_ANTECEDENT = re.compile(r"^(?:(?:그런데|그래서|그리고|이때|또한)\s+)?(?P<x>.{8,}?(?:는데|고|며|면),?)$")


_SETTING = re.compile(r"(?:에서|에)(?:는|선)\s*$")
"""A topic that is a setting ("proto3에서는 …", "Go에는 …"): what holds there."""
_RUN_ON = re.compile(r"\.\s+(?=[a-z가-힣])")
"""A sentence's end inside a topic, before a lower-case or Korean word (not before a name:
"Robert C. Martin은 …")."""
_NEXT_PLATFORM = re.compile(r",\s*([A-Za-z][\w.+#-]*?)(?:\s+\S+)?(?:은|는)\s")
"""The next topic after a comma when it may be a platform ("…, Python stub은 `timeout=` 인자")."""
_NEXT_TOPIC = re.compile(r",\s*(?:[A-Za-z][A-Za-z0-9_-]*\s+)?\S+(?:은|는)\s")
"""A second topic after a comma ("single, `double`은 double", "16바이트, Span ID는 8바이트"):
the first one's answer ends."""
_EXAMPLE_AFTER = re.compile(r"^\S*?(?:처럼|같이)(?:\s|$)")
"""A last arrow part that makes the chain an example ("… -> 8초처럼 늘림")."""
_LAST_STEP_END = re.compile(r"\s*(?:순서로|순서대로|순으로|의|으로|로|까지)\s")
"""Where the last of a sentence's arrow steps may end: before "…로 이어진다"."""
_PREDICATE_END = re.compile(r"(?:다|요|함|됨|음|임)[.!]?$")


def _case_marked_before(sent: Sent, at: int) -> bool:
    """True when the word before ``at`` (an offset into ``sent.text``) ends in a case
    particle ("Green에", "라우터를"), not in a topic's (과정은) or a verb's ending."""
    toks = [t for t in sent.toks if t.end <= sent.start + at and t.tag != "_SP"]
    return bool(toks) and toks[-1].tag.startswith("JK")


def _subject_first(sent: Sent, at: int) -> bool:
    """Whether the word at offset ``at`` ends in a subject particle (암호화가 in "WebRTC는
    암호화가 필수다"): the clause after the topic has a subject of its own."""
    word: list[Tok] = []
    for tok in sent.toks:
        if tok.start < at:
            continue
        if word and tok.start != word[-1].end:
            break
        word.append(tok)
    return bool(word) and word[-1].tag == "JKS"


_PARTICLE_WORDS = frozenset({"로", "으로", "를", "을", "가", "은", "는", "에", "에서", "와", "과", "의", "도",
                             "만", "까지", "부터"})
"""Korean particles written apart from their word ("U& 로 추론"): no word starts with one."""


def _nouns_before(sent: Sent, at: int) -> str:
    """The words made only of nouns (Latin words, numbers, their punctuation) before ``at``.

    "정리하면 동기 코드 ->" gives "동기 코드": a word with an ending (정리하면)
    or a particle (과정은) ends the run.
    """
    toks = [t for t in sent.toks if t.end <= at and t.tag != "_SP"]
    text = sent.text
    i = len(toks)
    start = -1
    while i > 0:
        # One word: the tokens back to the previous space.
        j = i - 1
        while j > 0 and toks[j - 1].end == toks[j].start:
            j -= 1
        if not all(_NOMINAL.match(t.tag) or t.tag.startswith(("SF", "SP", "SE")) for t in
                   toks[j:i]):
            break
        start, i = toks[j].start, j
    if start < 0 or (i > 0 and (toks[i - 1].tag == "MM" or toks[i - 1].tag.endswith("ETM"))):
        return ""  # (nor "대" of "API 서버 여러 대 →": a determiner's noun is no whole noun, nor
        # "동안 TTL 만료" of "멈춘 동안 TTL 만료 →": a modifier's)
    return text[start - sent.start : toks[-1].end - sent.start].strip()


def _as_named(clause: str) -> str:
    """``…해싱하는데,`` → ``…해싱하는 것``: a clause before 이를 as the thing it names."""
    clause = clause.rstrip(" ,")
    if clause.endswith("는데"):
        return clause[:-2] + "는 것"
    return clause


_CASE_OF = re.compile(r"^(?:이때\s+|이 때\s+)?(?P<x>[^,.]{3,40}?)의\s*경우\s")
_CLAUSE_END = re.compile(r"(EC|SP|SF|SE|JX|JKS)$")
_SPOKEN = re.compile(r"\S\s.*[가-힣](?:요|다|죠)[.!?]?$|\S[은는]\s.*[가-힣][음함됨짐][.!?]?$")
"""A quoted term of words that ends as a sentence does, in memo style too ("html은 … 느려짐"): what
someone said, no name ("판다" is one)."""
_NAMING = frozenset({"이라고", "라고", "이라", "라", "이라고도", "라고도"})
"""Tokens that quote a name (…라고 부른다); tested on every token, so a set, not a regex."""
_NAMING_VERB = re.compile(r"^(?:부르|부름|불리|지칭|칭하|칭|하|함|명명|정의)다?$")
"""A verb of naming (a stem, its dictionary form, or 함), whole: "…무한대라 하위 서비스" is no 라 하다."""
_NOMINAL = re.compile(r"^(NN[GPB]|SL|SH|SN|XSN|XPN|SSO|SSC|SW|SO)")
# After a modifier clause only a verb of naming names: "…나타내는 값이라고 함" is
# hearsay ("is said to be a value that …"), not a name.
_CALLED = re.compile(r"['’\"”`]?\s*(?:이)?라(?:고)?\s*도?\s*(?:부[르른를름]|불[리린릴립러렀]|지칭|칭|명명)")


def _named_terms(sent: Sent) -> Iterator[tuple[int, int]]:
    """Character spans of the terms a sentence names (…을 X라고 부른다)."""
    toks = sent.toks
    for k, tok in enumerate(toks):
        if tok.text not in _NAMING or k + 1 >= len(toks):
            continue
        after = toks[k + 1]
        if after.text == "도" and k + 2 < len(toks):
            after = toks[k + 2]
        if not _NAMING_VERB.match(after.lemma) and not _NAMING_VERB.match(after.text):
            continue
        j = k - 1
        while j >= 0 and toks[j].tag.startswith("VCP"):
            j -= 1
        end = toks[j].end if j >= 0 else tok.start
        quoted = j >= 0 and toks[j].text in ("'", "’", "\"", "”", "`")
        if quoted:
            j -= 1
            while j >= 0 and toks[j].text not in ("'", "‘", "\"", "“", "`"):
                j -= 1
            if j < 0:
                continue
            yield toks[j + 1].start, toks[k - 1].start if toks[k - 1].tag.startswith("VCP") \
                else end - 1
            continue
        first = j
        words = 0
        inside = False  # words of a gloss "(Context Switching)" do not count
        while first >= 0 and _NOMINAL.match(toks[first].tag) and "+J" not in toks[first].tag:
            if toks[first].tag.startswith("SSC"):
                inside = True
            elif toks[first].tag.startswith("SSO"):
                inside = False
            if not inside and first > 0 and toks[first].start > toks[first - 1].end:
                words += 1
            if words >= 3:
                break
            first -= 1
        if first < j:
            yield toks[first + 1].start, end


def _before_name(sent: Sent, at: int) -> list[Tok]:
    """The tokens before the name that starts at offset ``at``, its opening quote left out."""
    toks = [t for t in sent.toks if t.end <= at]
    # "…현상을 '할루시네이션'이라고 부른다": the quote is the name's, not the clause's.
    while toks and toks[-1].tag.startswith("SSO") and toks[-1].text in _OPEN_QUOTES:
        toks.pop()
    return toks


_OPEN_QUOTES = frozenset("'‘\"“`")


def _modifier_phrase(sent: Sent, at: int) -> str:
    """A clause ending in a modifier (…가능한) right before offset ``at``."""
    toks = _before_name(sent, at)
    if not toks or "ETM" not in toks[-1].tag:
        return ""
    i = len(toks) - 2
    # A relative clause keeps its own subject (통신이 가능한) and delimiters
    # (방향으로만); it ends at a connective, a comma or the sentence's topic.
    while i >= 0 and not toks[i].tag.endswith(("EC", "SP", "SF", "SE")) and not (
            toks[i].tag.endswith("JX") and toks[i].text in P.TOPIC_MARKERS):
        i -= 1
    start = toks[i + 1].start
    return sent.text[start - sent.start : toks[-1].end - sent.start].strip()


def _object_phrase(sent: Sent, at: int, passive: bool = False) -> str:
    """The object (…을/를) right before offset ``at``, with its modifiers, or ``""``.

    Walks left from the object particle until a clause ends (a connective
    ending, a comma, a topic or subject particle), so ``…하고 요청을 받는
    DNS를`` gives ``요청을 받는 DNS``. With ``passive`` (…라고 불린다), the
    topic (…은/는), with adverbs between it and the name, is what is named.
    """
    toks = _before_name(sent, at)
    if passive:
        while toks and toks[-1].tag == "MAG":
            toks.pop()  # "이 현상은 흔히 'X'라고 불린다"
        if not toks or not (toks[-1].tag.startswith("JX") and toks[-1].text in P.TOPIC_MARKERS):
            return ""
    # "Y을 X라고 부른다" and "Y이 X라고 정의할 수 있다" both say that Y is X; in
    # "…처리하는 걸 X라고 한다", 걸 is 것을.
    elif not toks or not (toks[-1].tag.startswith(("JKO", "JKS")) or toks[-1].tag == "NNB+JKO"
                          ) or at - toks[-1].end > 2:
        return ""
    end = toks[-1].start
    i = len(toks) - 2
    # The description runs back over its own clauses ("…상태를 저장하고 다음
    # …를 불러오는 것") to the sentence's topic, a discourse word, or the end
    # of another naming clause ("…라 지칭 하고 요청을 받는 DNS").
    while i >= 0 and toks[i].text not in P.DISCOURSE_WORDS and not (
            toks[i].tag.endswith("JX") and toks[i].text in P.TOPIC_MARKERS and i > 0
            and toks[i - 1].tag.startswith(("NN", "SL", "SH", "XSN", "SSC"))) and not (
            toks[i].tag.startswith(("SF", "SE"))) and not _ends_naming(toks, i) and not (
            toks[i].tag.startswith("SP") and i > 0
            and toks[i - 1].tag.startswith(("NN", "SL", "SH", "SSC"))):
        i -= 1
    start = toks[i + 1].start if i + 1 < len(toks) - 1 else end
    phrase = sent.text[start - sent.start : end - sent.start].strip()
    # "이처럼 캐시에 … 경우를": Kiwi splits the discourse word, so the walk above
    # passes it; it points back, and is no part of what is named.
    return P.without_discourse_word(phrase)


def _ends_naming(toks: Sequence[Tok], i: int) -> bool:
    """True when ``toks[i]`` is the connective ending a naming clause (…라 지칭 하고)."""
    if not _CLAUSE_END.search(toks[i].tag) or toks[i].tag.endswith(("JX", "JKS")):
        return False
    window = toks[max(i - 4, 0) : i + 1]
    return any(t.text in _NAMING for t in window)


_NARRATIVE = re.compile(
    r"^(?:우리는|나는|저는|면접에서|먼저|이번|오늘|여기서|이 글)|(?:알아보자|살펴보자|보자|하자|해보자)[.!]?$"
    r"|(?:할|될|볼|정리|공부|작성|시도|실험)\s*예정(?:이다|입니다|임)?[.!]?$"
    r"|(?:찾아|꼭|해|다시)\s*볼\s*것[.!]?$|(?:뒤에|다음에)\s*따로"  # "나중에 PRML 찾아볼 것", "Figure 8
    # 꼭 볼 것", "…검토해보기 -> 내일 팀원이랑 얘기해볼 것", "나중에 다시 볼 것", "… 비교는 다음에 따로": the
    # writer's to-do
    r"|것\s*같아서\s*남김[.!]?$"  # "나중에 또 쓸 것 같아서 남김": why they kept it
    r"|삽질"  # "jmap -heap 쳤는데 안 돼서 한참 삽질함", "삽질 2시간.": their struggle
    r"|^처음(?:엔|에는)\s.*(?:했|었|았)는데"  # "처음엔 … 다 검사했는데 …": what they first did
    r"|^[가-힣]{1,4}님(?:이|께서)\s"  # "민수님이 보여준 거.": what someone did
    r"|[볼할쓸갈]\s*생각(?:이다|입니다|임)?[.!]?$"  # "…에 한번 써볼 생각": the writer's plan
    r"|(?:[본쓴한]|던)\s*적\s*(?:이\s*|은\s*)?(?:없|있)(?:다|음|습니다|어요)[.!]?$"  # "…써본 적 없음",
    # "…한참 안 돌았던 적 있음",
    # "리뷰에서 본 적 있음"
    r"|(?:실제로|직접|저도|나도)\s*(?:당함|당했|겪음|겪었)"  # "실제로 당함 😇": it happened to them
    r"|볼\s*만(?:함|하다|합니다|해요)[.!]?$"  # "…128도 시도해볼 만함": the writer's tip
    r"|(?:[해봐써짜]|[가-힣][어아워려])\s?봄[.!]?$"  # "파라미터 수 직접 계산해봄", "직접 짜봄": what they tried
    r"|정리해\s*둘\s*(?:가치|만|필요)"  # "…정리해둘 가치가 있어서 씁니다": why they write
    # "실무에서 쓸 일은 거의 없음." on its own: how they use it (not "SAVE는 … block. 운영에선
    # 거의 쓸 일 없음", a fact with a remark after it)
    r"|^(?:실무|운영|현업)(?:에서는|에서|에선)?\s*(?:거의\s*)?쓸\s*일"
    r"|기로\s*(?:합의|했다|함|했음)"  # "…허용하기로 합의": what the team agreed
    r"|(?:분|시간|반나절|하루)\s*날림[.!]?$"  # "…찾느라 30분 날림": time they lost
    r"|왜\s*안\s*되지"  # "8080으로 적어놓고 왜 안 되지 …": what puzzled them
    r"|보충함[.!]?$"  # "수식 일부는 논문 보고 보충함": what they added to the note
    r"|매번\s*헷갈림[.!]?$"  # "C++만 기본이 반대라서 매번 헷갈림.": what confuses them
    r"|별거\s*아님[.!]?$"  # "`async`는 사실 별거 아님.": the writer's shrug
    r"|바로\s*이해됨[.!]?$"  # "그림으로 그려보면 바로 이해됨": how it clicked for them
    r"|[었았였했]던\s+사고"  # "예전에 자바 쪽에서 … 그대로 넣었던 사고도 있었음": what
    # once happened to them
)




def is_aside(sentence: str) -> bool:
    """True for an example, a question, an instruction, a narrative aside or a pointer
    to what follows ("…다음과 같은 문제가 생긴다")."""
    text = squash(sentence)
    return bool(_ASIDE.search(text) or _NARRATIVE.search(text) or _POINTER.search(text))


def states_a_condition(text: str) -> bool:
    """True when the first sentence of ``text`` says what happens if something is done
    ("모든 trace를 저장하면 비용이 감당이 안 됩니다"): a consequence, no definition.

    Not a sentence that ends in a noun ("X가 정해지면 Y가 정해질 때") or the copula
    ("…(서버 수가 바뀌면 …)를 해결하는 방법이 안정 해시다"), which still say what
    something is, nor a condition inside brackets.
    """
    first = next(_each_sentence(analysis(text)), None)
    if first is None or not _ends_with_predicate(first):
        return False
    tags = [t.tag for t in first.toks if not t.tag.startswith(("SF", "SP", "SE", "SS"))]
    if "VCP" in tags[-1] or (len(tags) > 1 and "VCP" in tags[-2]):
        return False
    depth = 0
    toks = first.toks
    for i, t in enumerate(toks):
        if t.tag.startswith("SSO"):
            depth += 1
        elif t.tag.startswith("SSC"):
            depth = max(depth - 1, 0)
        elif not depth and t.tag.endswith("EC") and t.text.endswith("면"):
            after = [x.lemma for x in toks[i + 1 : i + 3]]
            if after[:1] in (["안"], ["못"]):
                after = after[1:]
            if after[:1] and after[0].startswith("되"):
                continue  # "…에 의존하면 안 된다": must not; "…하면 된다": all it takes
            return True
    return False


@text_cache(maxsize=4096)
def sentence_topic(text: str) -> str:
    """The topic (X in ``X은/는 …``) of the first sentence of ``text``, or ``""``."""
    first = next(_each_sentence(analysis(text)), None)
    if first is None or not _ends_with_predicate(first):
        return ""  # a noun-phrase fragment ("…만족하지 못하는 키") has no topic of its own
    found = _topic(first)
    if found:
        return found[0]
    clause = _clause_topic(first)
    if clause is None:
        return ""
    kind, split, comment_start, desc = clause
    if kind == "abstract":
        return desc
    return clean_span(first.text[split - first.start : comment_start - first.start])


_CONNECTIVE = frozenset({"고", "며", "으며", "지만", "는데", "은데", "면서", "으면서"})
_REASON_CUT = _CONNECTIVE - {"고", "면서", "으면서"}
"""Endings after which a reason (``…기 때문에``) begins, at the latest (or a comma). Not
고 nor 면서: "쓰기가 적고 읽기가 많기 때문에" gives one reason."""
_CONTRAST_ENDINGS = _CONTRAST_JOINTS | {"으나", "나", "반면"}
"""Endings that set a second statement against the first (…높지만, …빠르나)."""


def _clauses(sent: Sent) -> list[Sent]:
    """Split a sentence where a connective ending is followed by a new topic.

    "정밀도는 …비율이고, 재현율은 …비율입니다" states two things; so does
    "…등장했으며 DNS는 …수행한다".
    """
    toks = sent.toks
    out: list[Sent] = []
    begin = 0
    joint = ""
    known: dict[str, Any] = {}  # what was worked out for the probe at ``begin``
    for k in range(1, len(toks) - 2):
        tok = toks[k]
        if not tok.tag.endswith("EC") or tok.text not in _CONNECTIVE:
            continue
        nxt = k + 2 if toks[k + 1].text == "," else k + 1
        rest = toks[nxt:]
        probe = Sent(sent.text[rest[0].start - sent.start :], rest[0].start, rest)
        found = _topic(probe)
        # "…에는 열려있고 …에는 닫혀 있어야" contrasts two settings of one statement.
        if found is None or _LOCATIVE_END.search(sent.text[: found[1] - sent.start - 1]):
            continue
        # "…비율이고" ends the first clause without its copula; "…범위였고" keeps it, in the
        # past: what was once (``_PAST_COPULA``)
        copula = toks[k - 1].tag.startswith("VCP") and not _PAST_MARK.search(
            sent.text[toks[k - 1].start - sent.start : tok.end - sent.start])
        end = toks[k - 1].start if copula else tok.end
        head = toks[begin : k - 1] if copula else toks[begin:k]
        if head:
            first = head[0].start
            out.append(Sent(sent.text[first - sent.start : end - sent.start], first, head,
                            joint))
        begin = nxt
        joint = tok.text
        known = probe.memo
    if not out:
        return [sent]
    tail = toks[begin:]
    if tail:
        # The last clause is the last split's probe again: its topic is known.
        out.append(Sent(sent.text[tail[0].start - sent.start :], tail[0].start, tail, joint,
                        known))
    return out


def _words_end(toks: Sequence[Tok]) -> int:
    """How many of ``toks`` come before the punctuation, brackets and symbols that end them."""
    end = len(toks)
    while end and toks[end - 1].tag.startswith(("SF", "SP", "SE", "SS")):
        end -= 1
    return end


def _has_main_subject(sent: Sent) -> bool:
    """True when a subject particle (이/가) governs the sentence, not a relative clause.

    In "사람이 하는 작업을 …" the subject belongs to the modifier 하는; in
    "요즘 정보가 워낙 많다" it is the sentence's own.
    """
    return _governs(sent, lambda toks, i: toks[i].tag.startswith("JKS"))


def _has_own_topic(sent: Sent) -> bool:
    """True when a noun with 은/는 governs a sentence that ends in the copula: "ML 쪽에서
    많이 쓰는 bfloat16은 … 형식이다" (a topic the topic finder could not take as a term)
    says what that is, not something of the sentence before's topic. (In "'똠' 같은
    글자는 표현하지 못한다", 는 only sets the object apart.)"""
    if not any(t.tag.startswith("VCP") for t in sent.toks[-4:]):
        return False
    return _governs(sent, lambda toks, i: i > 0 and toks[i].tag.startswith("JX")
                    and toks[i].text in ("은", "는")
                    and toks[i - 1].tag.startswith(("NN", "SL", "SH", "SN")))


def _governs(sent: Sent, marks: Callable[[Sequence[Tok], int], bool]) -> bool:
    """True when a token ``marks`` accepts is followed by the main clause's ending."""
    toks = sent.toks
    for i in range(len(toks)):
        if not marks(toks, i):
            continue
        # The first ending after the subject tells: a modifier's (ETM) or one that ends a
        # clause. "간섭이 없어야 하는 데이터": 어야 goes on into its auxiliary 하.
        for k in range(i + 1, len(toks)):
            tag = toks[k].tag
            if "ETM" in tag:
                break
            if tag.endswith(("EF", "ETN")) or ("EC" in tag and not (
                    k + 1 < len(toks) and toks[k + 1].tag.startswith("VX"))):
                return True
    return False


def _kind(rule_id: str) -> str:
    return "definition" if rule_id.startswith("ko.definition") else "property"


_TOPIC_TAG = re.compile(P.TOPIC_TAGS)
_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")
_GLOSS_WORD = re.compile(r"\([A-Za-z][\w-]*\)$")
_LOCATIVE_END = re.compile(r"에(?:서)?\s*$")


@functools.cache
def _topic_tag(tag: str) -> bool:
    """True when a token tagged ``tag`` may be part of a topic phrase (by its first part).

    Asked for most tokens of most sentences, and Kiwi has few distinct tags: cached.
    """
    return _TOPIC_TAG.match(tag.split("+")[0]) is not None


def _code_arrows(sent: Sent) -> int:
    """The arrows of ``sent``'s inline code spans that hold one each (`` `key -> node` ``,
    which Kiwi read masked, as one foreign word): mappings written as code, no steps of a
    chain. A span that holds a chain (`` `access -> page fault -> …` ``) is one."""
    return sum(1 for t in sent.toks if t.tag == "SL" and len(_ARROW.findall(t.text)) == 1)


def _topic(sent: Sent) -> tuple[str, int, str] | None:
    """``(term, comment start offset, opening discourse word)`` of a topic sentence.

    The topic opens the sentence, or follows a leading adverbial phrase and a
    comma ("…분야에서, 정밀도는 …").
    """
    try:
        return sent.memo["topic"]  # type: ignore[no-any-return]
    except KeyError:
        found = sent.memo["topic"] = _find_topic(sent)
        return found


def _find_topic(sent: Sent) -> tuple[str, int, str] | None:
    found = _topic_at_start(sent)
    if found is not None:
        return found
    toks = sent.toks
    for k, tok in enumerate(toks[:12]):
        if tok.text == "," and k > 0 and toks[k - 1].tag.startswith(("JKB", "EC")) and k + 1 < len(toks):
            rest = toks[k + 1 :]
            return _topic_at_start(Sent(sent.text[rest[0].start - sent.start :], rest[0].start, rest))
    return None


_CONNECTIVE_END = re.compile(r"(?:어서|아서|해서|라서|여서|니까|므로|는데|지만)$")
"""An answer that ends on a connective: the clause of a longer sentence, no definition."""
_ONLY_HOW_SURE = frozenset({"대략", "대충", "보통", "거의", "약", "대체로", "주로", "아마"})
"""Adverbs that say how sure or how usual, and nothing of what: an answer of one alone
says nothing."""
_DANGLING_ARROW = re.compile(r"\s*(?:->|→|=>)$")
"""An arrow that ends an answer ("PK 값이 들어있음 ->"): Kiwi ends a sentence after the arrow
that leads on to the next, which is no part of what the sentence says."""
_ARROWS = ("→", "->", "=>", "⇒")


def _follows_arrow(text: str, at: int) -> bool:
    """Whether an arrow ends ``text`` before ``at``, spaces aside ("… 1/4밖에 안 씀 → 보통 조정
    필요."): the sentence at ``at`` is a consequence of the one before, no property of the
    topic. Looks back from ``at`` only: a unit has many sentences."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text.endswith(_ARROWS, 0, at)
_THIN = re.compile(r"^(?:그대로|마찬가지|같|비슷하|다르|동일하)(?:다|였다|임|였음|함)?$"
                   r"|(?:이쪽|그쪽|저쪽|이거|그거|이것|그것)$|(?:^|\s)(?:그럼|그렇다|그렇지\s*않다)$"
                   r"|(?:^|\s)(?:이거|그거|이걸|그걸|이것을|그것을)\s|^개인적인 의견$"
                   r"|(?:^|\s)(?:여기서|거기서)(?:\s+\S+)?$|[이하되으]면$"
                   r"|^(?:이런|그런|저런|이러한)\s*(?:것|거|게)\S{0,2}$"
                   r"|^아니(?:지만|고|며|라서?)\s")
"""A property answer that says nothing alone: a comparison without its other side ("그대로다",
"그대로였음"), a word that stands for what was said before ("LFU는 상대적으로 덜 그럼"), a
pointer ("샤딩은 이쪽", "ECH가 이걸 해결하려는 것", "이거 넣는 사람", "…라는 말이 여기서
나옴"; not "…가 있고, 여기서 … 내려줌", where it is the clause before; "dmesg에는 이런 것도:"),
what is left of a denial ("인젝션은 아니지만 …": the topic is what it is not), the writer's label
("개인적인 의견") or a condition without what follows from it ("… 구현이면")."""


def _own_word(toks: Sequence[Tok], i: int) -> bool:
    """True when token ``i`` is a word of its own: "우선 X는" and "따라서, X는" open with a
    discourse word, "우선순위는" does not."""
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1]
    return nxt.start > toks[i].end or nxt.tag.startswith(("SP", "SF", "SE", "SS"))


def _topic_at_start(sent: Sent) -> tuple[str, int, str] | None:
    toks = sent.toks
    i = 0
    opener = ""
    while i < len(toks) and (toks[i].tag.startswith(("SF", "SP", "SE", "IC")) or (
            _own_word(toks, i) and (toks[i].text in P.DISCOURSE_WORDS or toks[i].tag.startswith(
                "MAJ") or (toks[i].tag.startswith("MAG") and i == 0)))):
        if toks[i].text in P.DISCOURSE_WORDS or toks[i].tag.startswith("MAJ"):
            opener = opener or toks[i].text
        i += 1
    if i == 0 and toks:
        # "반대로 역색인은 …": Kiwi reads the discourse word as 반대 + 로.
        space = sent.text.find(" ")
        word = sent.text[:space].rstrip(",") if space > 0 else ""
        if word in P.DISCOURSE_WORDS and len(word) < len(sent.text):
            end = sent.start + len(word)
            while i < len(toks) and toks[i].end <= end:
                i += 1
            while i < len(toks) and toks[i].tag.startswith("SP"):
                i += 1
            opener = word
    start = i
    depth = 0
    for j in range(start, min(len(toks), start + 14)):
        tok = toks[j]
        tag = tok.tag
        if tag.startswith("SSO"):
            depth += 1
            continue
        if tag.startswith("SSC"):
            depth = max(depth - 1, 0)
            continue
        if depth:
            continue
        # Kiwi sometimes tags 는 after a Latin word as an ending (AI는 → VV+ETM);
        # after a noun, 은/는 is the topic particle whatever its tag.
        marker = (tok.text in P.TOPIC_MARKERS and (tag.startswith("JX") or (
            j > start and toks[j - 1].tag.startswith(("NN", "SL", "SH", "SN", "XSN", "SSC"))))
        ) or ("ETM" in tag and tok.text in ("란", "이란"))
        if marker and j > start:
            prev_tok = toks[j - 1]
            locative = prev_tok.tag.startswith("JKB") and prev_tok.text in ("에", "에서")
            instrumental = prev_tok.tag.startswith("JKB") and prev_tok.text in ("으로", "로")
            if prev_tok.text in ("와", "과") or (j + 1 < len(toks) and toks[j + 1].text == "달리"):
                return None  # "X와는 달리" compares; it is not a topic
            if prev_tok.tag.startswith("SSC") and j >= 2 and toks[j - 2].tag.startswith("EF"):
                return None  # "\"그럼 mmap은 뭐가 다른 거냐\"는 질문에": a quoted sentence and 는
                # say what the noun after them is
            copula_ran = "ETM" in tag and prev_tok.tag.startswith("VCP")
            if locative or instrumental or (copula_ran and prev_tok.start < tok.start):
                phrase_end = prev_tok.start
            elif "ETM" in tag:
                phrase_end = tok.start
            else:
                phrase_end = prev_tok.end
            term = clean_span(sent.text[toks[start].start - sent.start : phrase_end - sent.start])
            # "생성형 AI (생성형 인공지능)" → 생성형 AI; a one-word gloss stays: 필드(field)
            if not _GLOSS_WORD.search(term):
                term = _GLOSS.sub("", term).strip() or term
            if not _valid_topic(toks[start:j], term):
                return None
            # 으로는 closes a topic only after a category phrase (장점으로는).
            if instrumental and not _is_category_topic(term):
                return None
            if j + 1 < len(toks) and toks[j + 1].text in ("?", "？"):
                return None  # "**LFU는?** (LC 460) → …": a question, no topic
            return term, tok.end, opener
        if tok.text in ("와", "과") and tag.startswith(("JC", "JKB")):
            continue
        if tag.startswith("MAG") and not _own_word(toks, j):
            continue  # "우선순위": Kiwi reads 우선 as an adverb glued to its noun
        if not _topic_tag(tag) and not (
            tag.startswith("JKB") and tok.text in ("에", "에서", "으로", "로")
            and j + 1 < len(toks) and toks[j + 1].text == "는"
        ) and not (tag.startswith("VCP") and j > start and toks[j - 1].end == tok.start and (
            "ETM" in tag or (j + 1 < len(toks) and "ETM" in toks[j + 1].tag))) and not (
            tok.text == "/" and j > start and toks[j - 1].end == tok.start):
            return None  # (일반적인 색인은, yacc/bison은: a topic still)
    return None


def _valid_topic(toks: Sequence[Tok], term: str) -> bool:
    if not term or len(term) > 40 or term in P.PRONOUN_TOPICS or term in P.SHARE_TOPICS or (
            vocab.LETTER_MARK.fullmatch(term)):
        return False  # ("(B)는 의도보다 훨씬 넓게 열림": a case of an example, by its mark)
    if toks and (toks[0].tag.startswith("NP") or toks[0].text in P.DEMONSTRATIVES):
        return False
    return any(t.tag.startswith(("NN", "SL", "SH", "XSN")) for t in toks)


def _is_category_topic(term: str) -> bool:
    return bool(vocab.category_regex("ko").search(term)) and len(term) <= 25


_FINAL_ASIDE = re.compile(r"(?<=[.!?])\s*\([^()]*\)$")
_FINAL_COPULA = re.compile(r"(?:입니다|이다|이에요|예요)$")
_PARENS = re.compile(r"\([^()]*\)")
_CLAUSE_TAIL = re.compile(
    r"(?<=\S)하지만$|"  # "재시작하지만": the noun; "주의해야 하지만" keeps its 하 (and goes)
    r"\s*(?:(?:이)?라고?\s*(?:볼|할)\s*수\s*있\S*|이지만|이며|이고|하며|하고)$"
)


def _strip_final(text: str) -> str:
    """Drop the final punctuation, a trailing copula and a clause's connective ending."""
    text = _FINAL_ASIDE.sub("", squash(text)).rstrip(" .!?,")
    text = _FINAL_COPULA.sub("", text).rstrip()
    return _CLAUSE_TAIL.sub("", text).rstrip(" ,") or text


_LIGHT_VERBS = frozenset({"있다", "없다", "되다", "하다", "않다"})
"""Verbs that say little without the word before them: 포함 되어 있다, 할 수 있다, 열쇠가 된다."""
_EXIST = frozenset({"있다", "없다"})
"""Verbs whose subject may be a count of what there is."""
_LEANS_BACK = ("VX", "XSV", "XSA", "NNB")
"""Word-initial tags of a word that leans on the one before (auxiliary, 하다 apart, bound noun)."""
_VERBAL = ("VV", "VA", "VX", "XSV", "XSA")
"""Tags of a verb or adjective (or of 하다 that makes one of a noun)."""
_MAX_TOPIC_TAIL = 12
"""Characters at most between a topic and its statement (은/는, 에는, an adverb) that a
predicate cloze quotes from the sentence; further apart, it names the term instead."""
_TIME_HEADS = frozenset({"때", "경우", "후", "뒤", "전", "동안"})
"""Nouns that end a clause of time or case before a comma ("…만료되었을 때, …")."""
_PARTICLE_VERBS = frozenset({"통하다", "위하다", "대하다", "따르다", "의하다", "관하다", "비하다"})
"""Verbs whose connective form works as a particle ("…을 통해서", "…에 따라"); after …기
(…하기 위해서) it ends a clause."""
_MAX_SHOWN = 80
"""Characters at most of the clauses a predicate cloze shows before its blank."""
_SUPERLATIVES = frozenset({"가장", "제일", "최고로"})
"""Adverbs that say something of their own: "제일 안전함" ranks, "매우 가볍다" does not."""
_DEGREE_ADVERBS = frozenset({"가장", "제일", "더", "덜", "훨씬"})
"""Adverbs that grade the predicate after them: "… 방식이 제일 단순하다" keeps 제일 with
단순하다, out of the blank (when something comes before it to hide)."""
_NEGATIONS = frozenset({"안", "못"})
"""Adverbs that negate the verb after them: "거의 안 씀" keeps 안 with 씀."""
_ARROW_TOKENS = frozenset(_ARROWS)
"""Arrows that, standing alone, lead from one thing to the next (``가림 → 크기 …``)."""
_NOUNISH = ("NN", "SL", "SH", "SN", "XSN")
"""Tags of a word that is all noun (조회 in 조회 속도): part of the noun phrase after it."""
_MIN_BLANK = 4
"""Characters (spaces aside) a predicate cloze must hide: "새로 로그인해야 한다" asks too little."""
_CONTENT_TAGS = ("NNG", "NNP", "NR", "SL", "SH", "SN", "XR", "ETN")
"""Tags of a morpheme that names something (읽기 too): a blank needs one ("거기서 바로" has
none)."""


def _answer_words(sent: Sent, answer: str) -> tuple[list[list[Tok]], list[str]] | None:
    """The words of ``answer`` read off ``sent``: each word's tokens and text (a word is
    a run of tokens with no space between; masked code such as ``redis-cli -p 6379``
    is one token, spaces and all). The answer may end inside a word ("것이다." read
    as "것"); the last word's tokens go only as far as it does. ``None`` when the
    answer is not a run of the sentence's words, or ends inside masked code."""
    text, base = sent.text, sent.start
    words: list[list[Tok]] = []
    end = -1
    for t in sent.toks:
        if words and t.start == end:
            words[-1].append(t)
        else:
            words.append([t])
        end = t.end
    shown = [text[w[0].start - base : w[-1].end - base] for w in words]
    tail = answer[answer.rfind(" ") + 1 :]
    starts = {w[0].start - base: i for i, w in enumerate(words)}
    for last in range(len(words) - 1, -1, -1):
        if not shown[last].startswith(tail):
            continue
        # Most sentences hold the answer as it is written, with single spaces.
        stop = words[last][0].start - base + len(tail)
        first = starts.get(stop - len(answer), -1)
        if first < 0 or text[stop - len(answer) : stop] != answer:
            first = _first_word(answer[: len(answer) - len(tail)].rstrip(" "), shown, last)
            if first < 0:
                continue
        upto = words[last][0].start + len(tail)
        return ([*words[first:last], [t for t in words[last] if t.start < upto]],
                [*shown[first:last], tail])
    return None


def _first_word(rest: str, shown: list[str], last: int) -> int:
    """The index of the word ``rest`` (an answer but its last word) starts at, reading
    ``shown`` (the words' texts) back from ``last``; -1 when it is no run of them."""
    first = last
    while rest and first > 0 and rest.endswith(shown[first - 1]) and (
            len(rest) == len(shown[first - 1]) or rest[-len(shown[first - 1]) - 1] == " "):
        rest = rest[: len(rest) - len(shown[first - 1])].rstrip(" ")
        first -= 1
    return -1 if rest else first


def _cloze_span(words: list[list[Tok]], said: list[str]) -> tuple[int, int] | None:
    """Which of an answer's words (``_answer_words``) a predicate cloze hides: ``(i, j)``
    for ``said[i:j]``. ``None`` when there is no predicate to keep; ``(0, 0)`` when
    the answer says nothing but its predicate (and adverbs): too thin to ask.

    Kept after the blank is the closing predicate: the last word, with the
    words before it that an auxiliary, a bound noun, a light verb or a
    negation leans on (…할 수 있게 된다, 포함 되어 있다, 한계가 있다, 거의 안
    씀), an adjective's subject (경직성이 높다) and that subject's modifiers
    (토큰의 길이가 …). Shown before the blank are the clauses before the last
    one (…확인하여 [...] 반환한다): one blank is one thing to recall. There is
    no predicate when the answer ends in a noun (…하는 것, 파라미터 채우기용),
    or when fewer than ``_MIN_BLANK`` letters would be hidden.
    """
    closing = itertools.takewhile(  # "…않는다(immutable)": the word before its aside
        lambda t: not t.tag.startswith("SSO"), words[-1])
    tags = [part for t in closing for part in t.tag.split("+")
            if not part.startswith(("SF", "SP", "SS", "SE", "SW"))]
    if not tags or not tags[-1].startswith(("E", *_VERBAL)) or not any(
            part.startswith(_VERBAL) for part in tags):
        return None

    upto = list(itertools.accumulate((len(w) for w in said), initial=0))

    def size(i: int, j: int) -> int:
        """Letters (spaces aside) of ``said[i:j]``."""
        return upto[j] - upto[i]

    keep = len(words) - 1
    while keep > 0:
        if words[keep][0].lemma in _EXIST and any(t.tag.startswith(("SN", "NR")) for t in words[keep - 1]):
            break  # "플래그가 6개 있다": the count is the answer
        if not (_leans_back(words[keep]) or words[keep - 1][-1].text in _NEGATIONS):
            break
        keep -= 1
    if all(w[0].tag.startswith("MAG") and w[0].text not in _SUPERLATIVES for w in words[:keep]):
        return 0, 0  # "떨어진다", "매우 가볍다": nothing said but the predicate
    if size(0, keep) < _MIN_BLANK:
        return None
    fuller = keep
    if words[keep][0].tag.startswith("VA") and words[keep][0].lemma not in _EXIST:
        # "경직성이 (훨씬) 높다": an adjective says little without its subject.
        subject = fuller - 1
        while subject > 0 and words[subject][0].tag == "MAG":
            subject -= 1
        if subject > 0 and words[subject][-1].tag.endswith(("JKS", "JKC")):
            fuller = subject
    while fuller > 0 and (words[fuller - 1][-1].tag.endswith("JKG")
                          or words[fuller - 1][0].tag == "MM" or _compound(words, fuller)):
        fuller -= 1  # "토큰의 길이가 …", "조회 속도가 …": a noun keeps its modifiers
    if size(0, fuller) >= _MIN_BLANK:
        keep = fuller
    elif fuller < keep:
        # "두 개의 MAC 주소가 있다" can't keep its subject whole: it hides all of it.
        while keep < len(words) - 1 and not _has_verb(words[keep]):
            keep += 1
    if keep > 1 and len(words[keep - 1]) == 1 and words[keep - 1][0].text in _DEGREE_ADVERBS and (
            size(0, keep - 1) >= _MIN_BLANK):
        keep -= 1  # "… 방식이 [제일 단순하다]": the grade goes with its predicate
    start = next((i for i in range(keep - 1, 0, -1) if _ends_clause(words, i - 1)
                  and size(i, keep) >= _MIN_BLANK and size(0, i) <= _MAX_SHOWN), 0)
    if not _names_something(words[start:keep]):
        # "…키를 찾으면 [거기서 바로] 끝날 수 있다": a blank of pointers and adverbs asks
        # nothing; the clause before it is what the sentence says.
        if not _names_something(words[:keep]):
            return 0, 0
        start = 0
    if start < keep - 1 and words[start][0].tag == "MAJ" and size(start + 1, keep) >= _MIN_BLANK:
        start += 1  # "그러니까 [CoT를 설명으로 믿으면] 안 됨": the connective ties it to what came before
    return start, keep


def _names_something(words: list[list[Tok]]) -> bool:
    """Whether a morpheme of ``words`` is a noun, a root or a foreign word or number
    (``_CONTENT_TAGS``), or a count ("한 번"), not only pronouns, adverbs and verbs."""
    tags = [part for word in words if not _made_adverb(word) for t in word for part in t.tag.split("+")]
    return any(tag.startswith(_CONTENT_TAGS) or (tag == "NNB" and i and tags[i - 1] == "MM")
               for i, tag in enumerate(tags))


def _told_story(sent: Sent) -> bool:
    """Whether ``sent`` tells what the writer did or what happened in their case: a verb in the past,
    in a blog's or a memo's register (``vocab.TOLD_POLITELY_KO``: "…결국 QLoRA로 갔습니다", "앱은 세션을
    …에 저장하고 있었음"). Not a finding, an adjective in the past ("FAQ는 Q+A 한 쌍이 한 청크가 제일
    좋았음"), nor the subject's history, dated ("…4.0부터는 16으로 바뀌었습니다", "Vue 2 배열은 …")."""
    if not vocab.TOLD_POLITELY_KO.search(sent.text.rstrip()) or vocab.WHEN_IT_CHANGED_KO.search(sent.text):
        return False
    last = next((t for t in reversed(sent.toks) if t.tag.startswith(("V", "XSV", "XSA"))), None)
    # (Being or not being there is how their case stood: "래퍼에는 width도 flex-grow도 없었어요".)
    return last is None or not last.tag.startswith(("VA", "XSA")) or last.text in ("없", "있")


_LETTER = re.compile(r"[a-z]'*")
"""A lower-case letter: a formula's variable ("a'는 …", "l은 …"), where "G1", "V8" and "G" (a GAN's
generator) are names."""


_FORMER = re.compile(r"기존\s")
"""A term that names what the writer had before ("기존 REST 응답"): with a past before the past
(``USED_TO_KO``), their story."""


def _ends_on_adverb(toks: list[Tok]) -> bool:
    """Whether a sentence stops on an adverb, its predicate left to the one before ("결제처럼 돈
    걸린 건 특히.")."""
    words = [t for t in toks if not t.tag.startswith(("SF", "SP", "SE"))]
    return bool(words) and words[-1].tag == "MAG"


def _tried(sent: Sent) -> bool:
    """Whether the writer tells what they tried and saw ("직접 손으로 돌려봤는데 …", "실습 때
    돌려보니 …", "다시 학습시켜봄"): 보 after 어/아, then 는데, 니 or a memo's ㅁ."""
    if not any(s in sent.text for s in ("보", "봤", "봄")):
        return False
    toks = sent.toks
    for i in range(1, len(toks)):
        tok, before = toks[i], toks[i - 1]
        # (Kiwi's words come merged or not: "돌려" VV+EC, "찍" VV then "어" EC; "봤" VX+EP.)
        if not (tok.tag.startswith("VX") and tok.lemma == "보다" and before.tag.endswith("EC")
                and not before.text.endswith("고")):  # ("알고 보니": it turned out)
            continue
        if tok.tag == "VX+EF" and tok.text.endswith("봄"):
            return True
        after = toks[i + 1] if i + 1 < len(toks) else None
        if after is not None and after.text in ("는데", "니"):
            return True
    return False


def _made_adverb(word: list[Tok]) -> bool:
    """Whether ``word`` is a noun made an adverb with 적으로 ("기본적으로", "일반적으로"): it
    says how the predicate holds, not what of."""
    tags = [(t.tag, t.text) for t in word if not t.tag.startswith(("SP", "SF", "SS", "SE"))]
    return len(tags) == 3 and tags[0][0] == "NNG" and tags[1:] == [("XSN", "적"), ("JKB", "으로")]


def _splits(words: list[list[Tok]]) -> bool:
    """Whether a sentence ends (``deprecated. 리소스 …``) or an arrow stands alone (``가림
    → 이미지 …``) among ``words``: what a cloze shows and hides would be several things.
    An arrow inside a word (``Kafka→Kafka``) or in code (``useMemo(() => fn)``, one
    token) joins nothing."""
    # (Kiwi may read "deprecated." as two foreign words, "depreca" and "ted.".)
    return any((len(word) == 1 and word[0].text in _ARROW_TOKENS)
               or word[-1].text.endswith((".", "!", "?")) for word in words)


def _leans_back(word: list[Tok]) -> bool:
    """Whether ``word`` says little without the word before it: an auxiliary, 하다 written
    apart, a bound noun (``_LEANS_BACK``) or a light verb (할 수 있게 된다, 포함 되어 있다)."""
    head = word[0]
    tag = head.tag.split("+")[0]
    return tag.startswith(_LEANS_BACK) or (tag.startswith("V") and head.lemma in _LIGHT_VERBS)


def _has_verb(word: list[Tok]) -> bool:
    """Whether a morpheme of ``word`` is a verb or adjective (``_VERBAL``)."""
    return any(part.startswith(_VERBAL) for t in word for part in t.tag.split("+"))


def _ends_clause(words: list[list[Tok]], at: int) -> bool:
    """Whether ``words[at]`` ends a clause: a connective ending (…하고, …하며, …해서,
    …이 아니라, …하기 위해서는) or a time before a comma (…할 때,). Not an adverb's …게,
    a verb used as a particle (…을 통해서), nor an ending an auxiliary or light verb
    after it leans on (…하지 않는다, 만들려고 할 때)."""
    word = words[at]
    if _leans_back(words[at + 1]):
        return False
    toks = [t for t in word if not t.tag.startswith(("SP", "SF", "SS", "SE"))]
    if toks and toks[-1].tag.startswith("JX") and len(toks) > 1:
        toks.pop()  # "위해서는": the ending before the particle
    if not toks:
        return False
    if word[-1].text == "," and toks[-1].lemma in _TIME_HEADS:
        return True
    return (toks[-1].tag.endswith("EC") and not toks[-1].text.endswith("게")
            and not (toks[0].lemma in _PARTICLE_VERBS
                     and not (at and words[at - 1][-1].tag.endswith("ETN"))))


def _compound(words: list[list[Tok]], at: int) -> bool:
    """Whether the word before ``words[at]`` is a noun of the same noun phrase (조회 in
    조회 속도가): all noun, before no verb (로그 기록함: the verb's object), and not the
    head of a clause (…할 때)."""
    before, word = words[at - 1], words[at]
    return (all(t.tag.startswith(_NOUNISH) for t in before)
            and not _has_verb(word) and not (at >= 2 and words[at - 2][-1].tag.endswith("ETM")))


_POINTING_WORDS = frozenset({"이런", "이러한"})
"""Determiners that make a cloze's blank point back ("[이런 쿼리에] 강함"): the two of
``P.DEMONSTRATIVES`` that always do in a blank ("다음", "현재", "해당" may open a fact)."""


def _predicate_cloze(sent: Sent, cand: Candidate) -> Candidate | None:
    """A statement's card (``_RESTATEMENTS``) asked as a cloze that keeps its predicate.

    "X의 특징은?" does not say what is asked; "Root DNS는 [...] 반환한다" does,
    and its answer is still the note's text. The cloze quotes the sentence
    from its topic when the card's term is that topic, else it reads
    ``term: `` and the answer. Without a predicate to keep
    (``_cloze_span``), or with text a cloze deletion cannot hold, the
    card is left as it is. A statement that is nothing but its predicate ("동시 처리
    성능은 떨어진다") gives no card.
    """
    if (cand.kind != "property" or cand.rule not in _RESTATEMENTS or cand.variant
            or cand.detail or not cand.term):
        return cand
    toks = sent.toks
    if len(toks) >= 2 and LEFT_OUT.fullmatch(toks[-1].text) and toks[-2].tag.startswith("EC"):
        return None  # "…한 번 hashtable로 바뀌면... 다시 …": the sentence runs on past its dots
    found = _answer_words(sent, cand.answer)
    span = _cloze_span(*found) if found else None
    if span == (0, 0):
        return None
    if found and span is None and (kind := _kind_noun(found[0], found[1])):
        return dataclasses.replace(cand, variant="kind_of", detail=kind)
    if not found or not span or any(mark in cand.answer for mark in ("::", "{{", "}}")):
        return cand
    said = found[1]
    shown, blank, rest = (" ".join(said[: span[0]]), " ".join(said[span[0] : span[1]]),
                          " ".join(said[span[1] :]))
    lead = f"{cand.term}: "
    if cand.rule == P.PROPERTY_GENERAL:
        plain = _squashed(sent)
        at = plain.find(cand.answer)
        topic = plain.rfind(cand.term, 0, at) if at > 0 else -1
        if topic >= 0 and at - topic - len(cand.term) <= _MAX_TOPIC_TAIL:
            lead = plain[topic:at]
    lead += f"{shown} " if shown else ""
    if not shown and cand.rule != P.PROPERTY_GENERAL and blank.endswith("라고"):
        return None  # "합의: [...] 봐도 됨": what is regarded so (…라고) is the whole sentence,
        # the verb after it no cue (not "veth는 [...] 생각하면 됨", its topic said)
    if lead.count('"') % 2:
        return None  # '이 ID의 주인이 누군지"는 [...]': the topic is cut inside a quotation
    if blank.split()[0] in _POINTING_WORDS:
        return None  # "…기본 연산이라 [이런 쿼리에] 강함": which queries, only the text before says
    if '"' in cand.answer and _squashed(sent).count('"') % 2:
        return None  # '"선언만 올라가고 할당은 [안 올라간다" + "초기화 시점이 …] 다르다"': a clause
        # cut inside a quotation, whose answer runs out of it into another (not '"…있지만 결과는
        # [한 번 처리한 것과] 같다" 임', whose answer stays inside)
    if "{{" in lead or "}}" in lead or _splits(found[0][: span[1]]) or any(
            part.count(a) != part.count(b) for part in (lead, blank) for a, b in ("()", "[]")):
        return cand  # "(예: [...]", "deprecated. 리소스 …": no one thing to recall
    return dataclasses.replace(cand, shape="cloze", answer=blank, items=(blank,),
                               cloze=f"{lead}{{{{c1::{blank}}}}} {rest}",
                               question=f"{lead}[...] {rest}")


def _kind_noun(words: list[list[Tok]], said: list[str]) -> str:
    """The noun an answer with no predicate ends in, when a clause modifies it ("…타입체크를
    해주는 기능", "…에러가 나오는 상황"): what kind of thing the answer is, so that the
    card can ask "제네릭은 어떤 기능인가?" rather than "제네릭의 특징은?". Empty for
    any other ending: a bound noun (…하는 것), a noun used as a predicate (…가능성
    존재), a noun after a noun (…모순의 문제)."""
    head = words[-1]
    if (len(words) < 2 or not all(t.tag.startswith(("NNG", "XSN")) for t in head)
            or not words[-2][-1].tag.endswith("ETM")):
        return ""
    return said[-1]


def _ends_with_predicate(sent: Sent) -> bool:
    toks = list(sent.toks)
    if toks and toks[-1].tag.startswith("SSC"):  # a closing aside: look before it
        opening = max((i for i, t in enumerate(toks) if t.tag.startswith("SSO")), default=0)
        toks = toks[:opening]
    tags = [t.tag for t in toks if not t.tag.startswith(("SF", "SP", "SE"))]
    return bool(tags) and tags[-1].endswith(("EF", "ETN"))


def _as_split(sent: Sent, comment_start: int) -> tuple[str, str] | None:
    toks = sent.toks
    for j in range(1, len(toks) - 2):
        t = toks[j]
        if t.start < comment_start:
            continue
        if (t.tag.startswith("JKB") and t.text in ("로", "으로")
                and toks[j + 1].text == "," and toks[j - 1].tag.startswith(("NN", "SL"))):
            head = sent.text[comment_start - sent.start : t.start - sent.start]
            rest = _strip_final(sent.text[toks[j + 1].end - sent.start :])
            return clean_span(head), clean_span(rest)
    return None


def _divided_items(comment: str) -> tuple[str, ...]:
    text = squash(comment)
    text = re.sub(r"^(?:크게|주로|보통|다음과 같이|총\s*\S+로?)\s*", "", text)
    m = re.match(r"(?P<body>.+?)\s*(?:으로|로)\s*(?:나뉜|나뉘|나누어|나눌|구분|분류|구성)", text)
    if not m:
        return ()
    parts = re.split(r"\s*(?:,|와|과|및|그리고)\s+|\s*(?<=\S)(?:와|과)\s+", m.group("body"))
    items = tuple(clean_span(p) for p in parts if clean_span(p))
    return items if all(len(i) <= 30 for i in items) else ()


def _split_items(body: str) -> tuple[str, ...]:
    parts = re.split(r"\s*,\s*|\s+(?:및|그리고)\s+|(?<=\S)(?:와|과)\s+", squash(body))
    items = tuple(clean_span(p) for p in parts if clean_span(p))
    return items if all(len(i) <= 30 for i in items) else ()


def _example_items(text: str) -> tuple[str, ...]:
    m = re.search(r"(?P<body>[^.]+?)\s*(?:와|과)\s*같은", text)
    if m:
        body = m.group("body")
        body = re.split(r"\s(?=\S+$)", body)[-1] if "," not in body else body
        body = re.sub(r"^.*\s(?=\S+,)", "", body)
    else:
        m = re.search(r"대표적으로\s*(?P<body>.+?)(?:이|가)?\s*있", text)
        if not m:
            return ()
        body = m.group("body")
    parts = re.split(r"\s*,\s*|\s*(?<=\S)(?:와|과)\s+", body)
    return tuple(clean_span(p) for p in parts if clean_span(p) and len(clean_span(p)) <= 30)
