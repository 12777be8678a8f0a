"""Korean sentence patterns: token patterns (spaCy ``Matcher`` syntax) on Kiwi's tags and lemmas.

Each entry is ``(rule id, token pattern)``; ``extract.korean`` matches them
with regular expressions over the tokens (TAG, LEMMA, LOWER, ORTH with a
string, ``REGEX`` or ``IN``; ``OP`` ``?``, ``*``, ``+``). The Kiwi tokenizer merges
morphemes that share surface characters into one token whose tag joins
theirs with ``+`` (했다 → ``VV+EP``), so tag tests use regular expressions.
Predicate patterns must match at the end of a sentence (before its final
punctuation); the first entry that matches wins, so the specific come first.
"""

from __future__ import annotations

import re
from typing import Any

from notequiz.extract.rules import Example, rule
from notequiz.extract.vocabulary import L_END_KO

Pattern = list[dict[str, Any]]

NOUN = {"TAG": {"REGEX": r"^(NN[GPB]|SL|SH|SN|XSN|NR)"}}
VCP = {"TAG": {"REGEX": r"^VCP"}}
END = {"TAG": {"REGEX": r"^(EF|SF|SP|SE|SSC|VCP\+EF|EP|EC)$"}, "OP": "*"}

DEFINITION_MEANS = rule(
    "ko.definition.means", "definition",
    "`X은/는 Y을/를 말한다 / 의미한다 / 뜻한다 / 가리킨다`.",
    Example("캐시는 자주 쓰는 데이터를 가까운 곳에 두는 저장소를 말한다.\n",
            "캐시", "자주 쓰는 데이터를 가까운 곳에 두는 저장소"),
    Example("정규화는 중복을 줄이도록 테이블을 나누는 것을 의미한다.\n",
            "정규화", "중복을 줄이도록 테이블을 나누는 것"),
    version=2,
)
DEFINITION_KIND_OF = rule(
    "ko.definition.kind_of", "definition",
    "`X은/는 Y의 일종이다`: the answer keeps `…의 일종`.",
    Example("생성형 AI는 새로운 콘텐츠를 만들 수 있는 AI의 일종이다.\n",
            "생성형 AI", "새로운 콘텐츠를 만들 수 있는 AI의 일종"),
)
DEFINITION_THING = rule(
    "ko.definition.thing", "definition",
    "`X은/는 …하는 것이다`.",
    Example("빅데이터는 많은 양의 데이터를 분석하고 예측하는 것이다.\n",
            "빅데이터", "많은 양의 데이터를 분석하고 예측하는 것"),
    version=2,  # 2: nor a topic that is a verb's object set against what follows ("약간의 보너스는 주되 …")
)
DEFINITION_COPULA = rule(
    "ko.definition.copula", "definition",
    "`X은/는 Y이다` and `X란 Y(이)다`.",
    Example("TCP는 연결 지향형 전송 계층 프로토콜이다.\n", "TCP", "연결 지향형 전송 계층 프로토콜"),
    Example("Key란 튜플을 구분하는 기준이 되는 속성이다.\n", "Key", "튜플을 구분하는 기준이 되는 속성"),
    Example("이진 탐색 트리는 왼쪽에 작은 값만 있는 이진 트리다.\n", "이진 탐색 트리",
            "왼쪽에 작은 값만 있는 이진 트리"),
    Example("yacc/bison은 LALR 파서 생성기다.\n", "yacc/bison", "LALR 파서 생성기"),
    version=28,  # 3: the 이 Kiwi reads into an unknown word before 다 is dropped (인스턴스이다);
    # 4: a topic after a discourse word Kiwi splits (반대로), with 적인 or a slash (yacc/bison);
    # 5: nor a sentence about the writer's week ("이번 주 범위는 …") or a setting
    # ("proto3에서는 …"); the answer ends before a second topic ("single, double은 …");
    # 6: also one with a Latin word ("16바이트, Span ID는 …"), and a topic after a full stop
    # Kiwi ran on ("… + Huffman. window 크기는 …") is the second sentence's; 7: an adverb
    # glued to its noun is part of the topic ("우선순위는", not 순위 after 우선); 8: an
    # answer that only counts ("인터페이스는 네 개입니다") is none; 9: nor a predicate after a reason ("…느리기
    # 때문에 …쪽이 효율적이다"); 10: nor an answer that ends on a connective ("…위험이 있어서");
    # 11: nor a task ("- [ ] 동적 정렬/필터 컬럼은 …");
    # 12: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well /
    # badly", "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card;
    # 13: nor a copula in the past ("해결책은 BFC였다");
    # 14: not a sentence that ends on a reason (…고르는 거라서.); 15: a reason also ends in -어서/-아서;
    # 16: nor a clause that asks (ARP는 L2냐);
    # 17: nor a topic with a subject of its own (WebRTC는 암호화가 필수다: a property);
    # 18: nor an answer that opens by pointing back ("Windows는 이것만 됨") or only says by what the note
    # goes ("버전은 8.x 기준"); 19: nor an answer that names its term as a subject ("size는 … size가 더 실용적임"); 20:
    # nor "…경우가 대부분" (a property), nor the topics "개수", "이름", "교재", "이번 건"; 21: nor a topic inside
    # a proposal ("…하자는 게 …"), nor a lesson that ends on its term ("…해야 자동화");
    # 22: nor "우리 편", "크게 둘", a topic that points back ("이 동안은");
    # 23: nor a clause in the past ("Java heap은 정상 범위였고 …"), an answer cut inside brackets;
    # 24: nor "대략 이 순서", "…걸로 아는데"; 25: nor "대략 이런 느낌"
    # 26: nor an answer that is only "하나"
    # 27: nor an answer that only counts with "딱" ("딱 두 개")
    # 28: nor the note's own version ("버전은 …", "기준 버전은 MySQL 8.0입니다")
)
DEFINITION_AS = rule(
    "ko.definition.as", "definition",
    "`X은/는 Y로, …`: the noun before 로 and a comma defines X; the rest is a property.",
    Example("RLHF는 강화학습과 인간의 피드백을 결합하는 기술로, 선호도를 보상으로 쓴다.\n",
            "RLHF", "강화학습과 인간의 피드백을 결합하는 기술"),
)
PROPERTY_FIT = rule(
    "ko.property.fit", "property",
    "`X은/는 …에 적합하다`.",
    Example("UDP는 실시간 스트리밍에 적합하다.\n", "UDP", "실시간 스트리밍에 적합"),
    version=2,  # two of its words in one sentence: the first now ends the answer
)
PROPERTY_REGARDED = rule(
    "ko.property.regarded", "property",
    "`X은/는 Y(이)라고 볼 수 있다`.",
    Example("텍스트 생성은 가장 많이 발전된 영역이라 볼 수 있다.\n",
            "텍스트 생성", "가장 많이 발전된 영역"),
    version=2,  # 2: as ko.property.carried@66 (a note to self, the writer's view or decision)
)
PROPERTY_GENERAL = rule(
    "ko.property.statement", "property",
    "Any other `X은/는 …` statement: what the note says about X.",
    Example("대형 언어 모델은 문장에서 다음에 오는 단어를 예측하도록 훈련된다.\n",
            "대형 언어 모델", "문장에서 다음에 오는 단어를 예측하도록"),
    Example("TCP + TLS 1.3은 연결 수립에 1-RTT가 필요하지만, QUIC은 첫 연결에 1-RTT로 충분하다.\n",
            "TCP + TLS 1.3", "연결 수립에 1-RTT가 필요"),
    version=70,  # 2: a clause cut at 하지만 ends at its noun, not at a bare 하;
    # 3: "오늘은", "이번 포스팅에서는" are no topic; 4: an answer cut at 지만, 는데
    # or its clause's 고 is none ("빌드 시점에 실행되"); 5: nor one that only counts
    # what follows ("크게 세 가지 시나리오로 나뉜다"); 6: nor a pointer ("다음 세 가지를
    # 보장한다"), a plan, a question, "이번 주는 …", or the statement a why-card quotes;
    # 7: asked as a cloze that keeps the predicate ("대형 언어 모델은 [...] 훈련된다")
    # when it ends in a verb or adjective, hiding the last clause only; nor an example
    # ("예) …"), a sentence whose topic is 원래, the writer's plan (…써볼 생각), or a
    # predicate alone ("성능은 떨어진다", "JWT는 매우 가볍다"); 8: nor a pointer at a list
    # ("다음 정보가 들어 있다"), and a setting's definition ("proto3에서는 …이다") is this;
    # 9: an adverb glued to its noun is part of the topic ("우선순위는"), and an answer that
    # says nothing alone ("그대로다") is none; 10: nor one that counts ("세 가지 상태를
    # 가진다") or points ("다음 함수들로 변환합니다"); 11: nor the writer's view ("…한참
    # 버틴다고 본다"); 12: nor the writer as subject anywhere (…저는 …), a sentence that leans on what
    # follows (…이렇다, 다음 중), an answer that opens with 이렇게 or says "생각보다", or a plan (정리 예정); 13: a
    # grade before the predicate stays shown ("…방식이 [...] 제일 단순하다"); 14: nor an answer that
    # announces what follows ("…패턴도 있습니다"); 15: an answer that is a noun its clause
    # modifies asks what kind of thing ("텍스트 생성은 어떤 영역인가?"); 16: nor the writer's
    # plan or view anywhere in the sentence (TODO, "(개인 의견)", "…는 개인적으로는 …"); 17: nor
    # the writer's team or case anywhere ("우리 팀", "(우리 케이스 👇)"); 18: nor the team's
    # decision ("그래서 팀에선 … 가기로 결정"), a topic that asks ("LFU는? …") or a quoted
    # sentence before 는 ("\"… 거냐\"는 질문에"); 19: nor what happened to the writer or what
    # they tried ("실제로 당함", "…본 적 있음", "…직접 계산해봄") or their tip ("…시도해볼 만함");
    # 20: nor the writer's story ("범인은 …") or why they write ("…정리해둘 가치가 있어서 씁니다");
    # 21: nor a time as topic ("그때는 …"), how the writer uses it ("실무에서 쓸 일은 거의 없음.") or
    # what the team agreed ("…허용하기로 합의"); 22: nor what is left of a denial ("인젝션은 아니지만
    # …"); 23: an answer ends before an arrow that leads on ("PK 값이 들어있음 ->"); 24: a cloze's
    # blank names something: "거기서 바로" takes the clause before it, "원래 믿으면" gives no card;
    # 25: nor a task ("- [ ] 클라우드에서는 …"); 26: nor an answer that points at the steps after it
    # ("아래 순서로 맺어진다", "다음 단계대로");
    # 27: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well /
    # badly", "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card;
    # 28: nor the writer's thoughts ("제 생각은 …"), an aside ("번외로 …"), or a cloze cut inside a
    # quotation; a particle opens no sentence;
    # 29: nor an answer that stands for what came before ("덜 그럼", "그대로였음");
    # 30: nor a sentence ending in a past copula ("…하나였음") or on a memory ("…걸로 기억함");
    # 31: 개인적으론 anywhere is the writer's view; 32: nor one that opens on 이걸로 or 이것도 (points back);
    # 33: nor of the bare topic 의미 ("의미는 대충 비슷"); 34: nor "…쓰는 게 맞다고 봄";
    # 35: nor under a worked example ("## 3. 직접 계산 예제");
    # 36: "## 증상" tells an incident's story: no card;
    # 37: nor a guess in ㄹ 듯 ("…쓸 일 없을 듯") or hearsay ("…다고 들음");
    # 38: nor what would have been ("…였을 것") or what others say of it ("…라는 평");
    # 39: nor what the writer does in the note ("…이번에 정리해 봅니다", "…다시 정리해 둠");
    # 40: nor a sentence that points at the note ("여기가 제일 중요.");
    # 41: nor a guess in ㄹ 듯 after any verb ("…시험에 나올 듯");
    # 42: nor a share of what came before as the topic ("대부분은 …", "일부는 …");
    # 43: a single ㅠ or ㅜ is a sob too; a Korean heading that labels what follows ("1차: …") is no
    # topic;
    # 44: nor the writer's lab ("실습은 …로 함"), an answer that turns to another term ("…잡히는데 vanishing은
    # …") or opens on 그/이 and a noun;
    # 45: nor "요지는 …" (the gist of what someone wrote);
    # 46: nor a blank of a noun made an adverb alone ("fd는 [...] 살아있음 -> 기본적으로"), nor what the writer
    # tried ("직접 손으로 돌려봤는데 …"), nor under "## 개인 메모";
    # 47: nor how the writer's old system was ("기존 … 다 내려줬었다"), nor a variable ("a'는 …"), nor a cloze
    # of a clause cut inside a quotation, nor the writer's to-do ("…얘기해볼 것");
    # 48: nor a cloze of a sentence that trails off (바뀌면...), and a sentence no longer cut after a
    # quote (사용함. "..."한 느낌);
    # 49: nor a cloze whose blank points back (이런 쿼리에);
    # 50: a topic with a subject of its own is a property (WebRTC는 암호화가 필수다);
    # 51: nor an answer that opens on 이게 or 이것만 ("LoRA는 이게 없음") or only says "… 기준"; a sign in code
    # before a particle stays ("`:`로 시작하는 줄");
    # 52: nor what would have been in 됐을 것 ("…재시작은 안 됐을 것"), nor a pointer to the slides ("유도는 슬라이드
    # 23~31p.");
    # 53: nor the writer's plan ("… 뒤에 따로 적음", "… 다음에 따로") or what the teacher said ("…나올 수도
    # 있다고 하심");
    # 54: nor "다른 X는 …", a question ("Q는 왜 캐시 안 하나?") or a sign for a predicate;
    # 55: nor a case's mark as the topic ("(B)는 …");
    # 56: nor "숫자는 …" (the numbers above) or a fact's frame ("… ext4 기준 얘기");
    # 57: as ko.property.carried@66; nor "값은", "기본은", "전 회사는", nor a platform among others ("Go는
    # …, Python stub은 …"); 58: as ko.property.carried@67; nor the topics "개수", "이름", "교재", "이번 건"; 59: as
    # ko.property.carried@68; 60: nor a topic that opens on a time of the writer's story ("지난번(2월) 갱신 때는 …");
    # 61: nor the writer's notes ("저번에 정리했고", "따로 정리함"), "… 마음 편함", "저장은 하되 …";
    # 62: nor a reason alone ("…없으니까요"), "이게 제일 좋았어요", an answer cut inside brackets; 63: nor a yes/no mark
    # ("X. …"), "…하려고요", under "(우리 케이스)"; 64: nor "수치는 …", "…라고 생각하는 게 맞아요";
    # 65: nor the topic "효과"
    # 66: nor the writer's story, a verb in the past in a blog's or memo's register ("…결국 QLoRA로
    # 갔습니다", "…저장하고 있었음"; not a finding, "…제일 좋았음", nor dated history, "4.0부터는 …", "Vue 2 …")
    # 67: nor a sentence that points at what follows ("히트율은 다음으로 계산합니다"), nor an answer cut inside
    # quotes ("'TM(…)'이라고 부름"; an apostrophe, "Let's", is no quote); a cloze shows the connective that
    # opens its clause ("그러니까 [...]")
    # 68: nor the topic "대안", nor a past of being there ("…없었어요": the writer's case), nor what is
    # still weighed ("…검토중")
    # 69: nor the topic "그동안" (a time)
    # 70: nor the topic "버전" or "기준 버전"
)

PREDICATES: list[tuple[str, Pattern]] = [
    (DEFINITION_MEANS, [
        {"TAG": {"REGEX": r"^JKO"}},
        # Kiwi reads 말한다 as the noun 말 + 한다 as often as the verb 말하다.
        {"LEMMA": {"IN": ["말하다", "말하", "말", "가리키다", "가리키", "일컫다", "일컫",
                          "뜻하다", "뜻하", "의미", "뜻", "지칭"]}},
        {"TAG": {"REGEX": r"^(XSV|EF|EP|VV)"}, "OP": "*"},
        END,
    ]),
    (DEFINITION_KIND_OF, [
        {"TAG": {"REGEX": r"^JKG"}}, {"LOWER": "일종"}, VCP, END,
    ]),
    (DEFINITION_THING, [
        {"TAG": {"REGEX": r"ETM$"}}, {"LOWER": "것"}, VCP, END,
    ]),
    (PROPERTY_REGARDED, [
        {"TAG": {"REGEX": r"^VCP"}, "OP": "?"},
        {"LOWER": {"IN": ["라고", "라", "이라고", "이라"]}},
        {"LEMMA": {"IN": ["보다", "보", "하다", "하"]}},
        {"TAG": {"REGEX": r"^(ETM|NNB|VA|VV|VX|EF|EC|EP)"}, "OP": "*"},
        END,
    ]),
    (DEFINITION_COPULA, [NOUN, VCP, END]),
    # After a vowel the copula's 이 drops out ("…이진 트리다"): Kiwi merges it into the noun.
    (DEFINITION_COPULA, [{"TAG": {"REGEX": r"^(NN[GPB]|SL|SH|SN|XSN|NR)\+VCP$"}}, END]),
    (PROPERTY_FIT, [{"LOWER": {"IN": ["적합", "적절", "유리", "알맞"]}},
                    {"TAG": {"REGEX": r"^(XSA|VA|EF|EP|EC|ETM)"}, "OP": "*"}, END]),
]
"""Predicate patterns, most specific first (``ko.property.statement`` is the fallback)."""

TOPIC_MARKERS = frozenset({"은", "는", "란", "이란"})
"""Surface forms that close a topic: 은/는, 란/이란 (JX, or 이 VCP + 란 ETM)."""

DISCOURSE_WORDS = frozenset({
    "반면", "반면에", "그러나", "하지만", "또한", "즉", "따라서", "그래서", "그리고", "우선",
    "결국", "특히", "한편", "이때", "먼저", "다음으로", "마지막으로", "또", "단", "물론", "다만",
    "그런데", "게다가", "더불어", "이처럼", "이렇게", "반대로", "대신", "자", "여기서",
})
"""Sentence-opening words skipped before a topic (반면 생성형 AI는 …)."""


def without_discourse_word(text: str) -> str:
    """``text`` without a discourse word that opens it ("그리고 microtask 계열 큐" → "microtask
    계열 큐", "이처럼 캐시에 …"): it links to what came before and names nothing."""
    first, _, rest = text.partition(" ")
    return rest.lstrip() if rest and first.rstrip(",") in DISCOURSE_WORDS else text

CONTRAST_WORDS = frozenset({"반면", "반면에", "반대로", "이와 달리", "대조적으로"})
TURN_WORDS = frozenset({"근데", "다만"})
"""Words that open a sentence turning against the one before ("근데 컨테이너에 memory limit
걸려 있으면 …", "다만 둘을 섞으면 …"): what follows is no more about that sentence's topic.
(No review round had such a card after 그런데 or 하지만.)"""

PRONOUN_TOPICS = frozenset({
    "이", "이것", "그것", "이는", "그", "저", "이들", "그들", "이러한 것", "우리", "나", "내",
    "저희", "여기", "이번", "이건", "그건", "이게", "그게", "이곳",
    # the writing itself: "오늘은 …을 정리해 보았다", "이번 포스팅에서는 …"
    "오늘", "이번 포스팅", "이번 글", "이 글", "이 포스팅", "이번 시간", "이 포스트",
    "이번 주", "지난주", "지난 주", "이번 주말", "어제", "요즘",
    "전자", "후자",  # the one named first or last before: "전자는 …"
})
"""Topics that point back to something else: no card is made about them."""
SHARE_TOPICS = frozenset({"대부분", "일부"})
"""Topics that are a share of what came before ("대부분은 24번(EMFILE)임", "일부는 …"): of what,
only the sentence before says, and they are not the heading's term either; not a determiner
("일부 키만 …")."""
SHARE_OPENER = re.compile(rf"(?:{'|'.join(sorted(SHARE_TOPICS))})(?:은|는)\s")

DEMONSTRATIVES = frozenset({
    "이", "그", "저", "이런", "그런", "저런", "이러한", "그러한", "해당", "어떤", "위", "아래", "현재", "다음",
    "앞", "뒤", "앞의", "뒤의",  # "앞의 것은 …"
})
"""Determiners that make a topic point back (이런 알고리즘은 …): not a term of its own."""

HEDGES = ("것 같다", "것같다", "듯하다", "듯 하다", "싶다", "ㅎㅎ", "ㅋㅋ", "것 같아요", "인 듯",
          "은 듯", "는 듯", "ㅠ", "ㅜ", "고 생각함", "고 생각한다", "고 생각해", "것 같음",
          "다고 본다", "다고 봅니다", "걸로 기억", "한 듯", "할 듯", "일 듯", "을 듯", "를 듯",
          "맞다고 봄", "고 들음", "고 들었", "었을 것", "였을 것", "했을 것", "됐을 것", "라는 평",
          "걸로 알고 있", "확인 필요", "애매함", "말로는", "고 하심", "체감상", "일단 패스",
          "는 사람도 있", "걸로 아는데", "생각하는 게 맞")
"""Endings of opinions, guesses ("…안 했던 걸로 기억함", "…더 정확한 듯", "…쓸 일 없을 듯", "…쓰는 게
맞다고 봄", "…돌아가진 않는 걸로 알고 있음 (확인 필요)", "ARP는 L2냐 L3냐 애매함", "체감상 큰 차이가
없었다"), the writer's leaving a topic aside ("헝가리안: 일단 패스하고 …"), what someone
said ("팀 리드 말로는 …", "시험에 유도 나올 수도 있다고 하심", "…라고 부르는 사람도 있음"), what
would have been ("enforce부터 했으면 … 장애였을 것"), hearsay ("…다를 수 있다고 들음",
"…별로라는 평이 대부분") and asides, not statements of fact.
(Not "…다고 봄" in general: in a memo it is often what a method assumes, "많이 나올수록 관련도가
높다고 봄".)"""


def hedged(*texts: str) -> bool:
    """Whether any of ``texts`` holds one of ``HEDGES`` (an opinion, a guess or an aside), a
    guess in ㄹ 듯 after any verb ("시험에 나올 듯") or ends as the writer's (``_WRITERS_END``)."""
    return any(h in text for text in texts for h in HEDGES) or any(
        ("듯" in text and _WILL_GUESS.search(text)) or _WRITERS_END.search(text) for text in texts)


_WRITERS_END = re.compile(r"(?:[는은인]\s*느낌|고\s*생각|(?:일단\s*)?(?:보류|패스)|무관|국룰|마음\s*편함"
                          r"|기억이\s*있음|이게\s*(?:제일|가장)\s*좋았(?:어요|다|음|습니다)|하려고요)(?:임|이다|함)?[.!~]*$")
"""How the writer's impression, view or decision ends a sentence ("…보여줘서 더 쓸모 있는 느낌.",
"이번 장애의 본질은 이거라고 생각", "…비용 때문에 일단 보류.", "…지원해야 해서 패스", "NXDOMAIN 난 적
없어서 무관", "…다시 켜는 게 국룰", "…하는 게 마음 편함", "…바꿨던 기억이
있음", "이게 제일 좋았어요", "…포맷 바꿀 때 같이 하려고요"); not "…라고 생각하기 쉽지만 …", "…는 느낌을
준다", which say how it seems to others."""
_WILL_GUESS = re.compile(rf"[{L_END_KO}]\s?듯")
"""A guess in ㄹ 듯, whatever the verb before it ("…나올 듯", "…될 듯"): ``HEDGES`` lists only the
commonest ("할 듯", "을 듯")."""

VAGUE_TOPICS = frozenset({"문제", "핵심", "실무", "결론", "요점", "포인트", "원인", "요약", "나머지",
                          "보통", "예전", "처음", "요즘", "나중", "지금", "원래", "범인", "그때",
                          "이때", "당시", "의미", "실습", "요지", "숫자", "값", "기본",
                          "전 회사", "이전 회사", "예전 회사", "이번 건", "오늘 건", "이번 장애", "개수", "이름",
                          "교재", "수치", "효과", "대안", "그동안", "버전", "기준 버전"})
"""Topics that point at the writer's argument ("문제는 …", "핵심은 …"), story
("범인은 …", "전 회사는 …"), their lab ("실습은 minikube로 함"), at a time ("보통은 …", "예전에는 …",
"원래는 …", "그때는 …"), their study's book ("교재는 …") or at what the sentences before name ("값은 최대
8자리", "기본은 비동기", "개수는 …", "이름은 …", "대안은 pg_repack"; the note's own version: "기준 버전은 MySQL
8.0입니다"; not
"결과는 … 한 번 처리한 것과 같다"), not at a term. (As labels, "값:" and "기본:" may name an aspect.)"""
TOPIC_TAGS = r"^(NN[GPB]|NR|SL|SH|SN|XSN|XPN|JKG|JC|SS[OC]|SW|SO|SE|MM|NP)"
"""Tags a topic phrase may contain: nouns, 의, 와/과, brackets and symbols."""
