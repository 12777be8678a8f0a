"""Rules on the Markdown shape: headings, labels, lists and their intros.

Notes state many facts through their layout rather than full sentences: a
heading that names a term followed by its definition, ``**Label:** text``
lines, a list under a heading that names a category. These rules read the
parsed ``Section``s and ``Block``s; they are language-neutral except for the
category words, which are per-language data in ``vocabulary``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from notequiz.extract import patterns_en as P
from notequiz.extract import vocabulary as vocab
from notequiz.extract.patterns_ko import (
    DISCOURSE_WORDS,
    SHARE_OPENER,
    hedged,
    without_discourse_word,
)
from notequiz.extract.rules import Example, rule
from notequiz.extract.text import (
    ANY_ARROW,
    CITATION,
    END_ASIDE,
    MAX_ANSWER,
    NAME_AND_PAPER,
    TASK_BOX,
    arrow_steps,
    assigns,
    clean_span,
    clean_term,
    ends_a_sentence_inside,
    first_sentence,
    initials_match,
    is_acronym,
    looks_like_label,
    mask_code_stops,
    odd_quotes,
    sentences,
    sets_values,
    squash,
    subtracts,
    trim_copula,
    unmask,
)
from notequiz.lang import detect, has_hangul, text_cache
from notequiz.model import Block, Candidate, ListItem, Note, Section, SourceSpan
from notequiz.phrase.templates import is_plural

HEADING_ACRONYM = rule(
    "md.heading.acronym", "acronym",
    "A heading or label that pairs an acronym with its expansion in parentheses.",
    Example("#### 1. LLM(대형 언어 모델)\n\n본문이다.\n", "LLM", "대형 언어 모델"),
    Example("# JWT (JSON Web Token)\n", "JWT", "JSON Web Token"),
    Example("- **자연어처리 (NLP):** 언어를 다루는 분야입니다.\n", "NLP", "자연어처리"),
    version=12,  # 3: a Korean comma list in the parentheses gives examples: OS(윈도우, 리눅스),
    # unless it has a word for each letter (ACID); 4: nor does a remark that uses the
    # acronym ("1-RTT (재접속 시 0-RTT 가능)"), nor a Korean gloss of a name with digits or
    # signs ("HFS+ (파일 시스템)"); 5: nor a label and a name the letters do not spell
    # ("## 방법 1: Kahn 알고리즘 (BFS)"); 6: nor a Korean gloss that ends a statement
    # ("- 매핑 실패 시 안 됨 (EINVAL):"); 7: nor a time zone after a word that names none
    # ("## 타임라인 (KST)"); 8: nor a tag ("### … 서버 측은 아님 (TIL)");
    # 9: nor a heading of no facts ("## 풀어볼 문제 (BOJ)");
    # 10: "(MITM, 중간에서 만나기)" translates: the name before the brackets spells MITM out; "(DB, 브로커)"
    # names two things;
    # 11: a Korean term before an acronym has about a noun for each letter ("## 캐시 일관성 (MESI)" has too
    # few); 12: nor a long form across a title's dash ("… 4장 — 프로세스 스케줄링 (CFS)")
)
HEADING_DEFINITION = rule(
    "md.heading.definition", "definition",
    "A heading that names a term, and the first sentence under it.",
    Example("#### 2. Primary Key (기본키)\n\n> 후보키 중 선택한 Main Key\n",
            "Primary Key (기본키)", "후보키 중 선택한 Main Key"),
    Example("## Bloom filter\n\nA space-efficient set structure. It answers maybe.\n",
            "Bloom filter", "A space-efficient set structure"),
    Example("## 멱등성이란\n\n같은 요청을 여러 번 보내도 결과가 한 번 보낸 것과 같은 성질이다.\n",
            "멱등성", "같은 요청을 여러 번 보내도 결과가 한 번 보낸 것과 같은 성질"),
    Example("## GIL이란\n\n- GIL = Global Interpreter Lock\n- 한 번에 한 스레드만 바이트코드를 "
            "실행하게 막는 뮤텍스임\n", "GIL", "한 번에 한 스레드만 바이트코드를 실행하게 막는 뮤텍스"),
    version=93,  # 4: "…이란" without a question mark asks about the term before it;
    # 5: a heading that asks (Why …) or a sentence about the writing defines nothing;
    # 6: "When clause", "I/O …" and 포트란 are terms again; 7: "…이란 무엇일까?";
    # 8: nor does an English sentence whose subject is something else; 9: nor a
    # heading or sentence about the writer (우리 팀의 결론, 내 문제는 …), one that
    # points below (아래처럼), or a sentence about one of "A와 B"; 10: nor a Korean
    # heading that names the writing (운영체제 메모, Redis 정리, 느낀 점); 11: nor an
    # English sentence that says when (With …, When …,), points elsewhere (That's it,
    # This is …) or orders (Store a …), a line of tags or a date; 12: nor a Korean
    # sentence told in the past politely (…배웠습니다, …만들었습니다); 13: nor a heading
    # that states (Timers are …), asks (What X means), names an aspect (Postgres
    # specifics), the writer (The pattern that killed us), two things (라벨과 cardinality)
    # or a note's parts (기본 개념), nor an intro about the writing (Study notes for …,
    # …스터디 3주차 정리입니다), nor an English sentence after a circumstance (The first
    # time you connect, …; For a service …) whose words before its verb are not the term;
    # a sign inside inline code ends no sentence ("`SELECT ... FOR UPDATE`"); nor a heading
    # that names an activity (Verifying a login), nor a sentence that points at what
    # follows ("The flow on login looks like this") or about the writing ("… review notes");
    # 14: nor an activity on a pronoun ("Putting it together"), nor a Korean sentence that
    # says what happens if ("…저장하면 비용이 감당이 안 됩니다"; not under a heading that
    # asks why, nor "…하면 안 된다" or a sentence that ends in the copula); 15: nor the
    # writer's framing ("결론부터", "개인적인 의견") or a Korean clause that says when
    # ("생산자를 늦출 수 없을 때"); 16: nor a Korean sentence that points at what follows
    # ("… 보통 아래 패턴들과 같이 쓴다") or says what the note is ("…공부하면서 정리한 노트다");
    # 17: nor a Korean heading in a particle ("## 파이프라인부터") or of a review ("… 복습"),
    # nor "Study notes, algorithms week 6."; 18: nor the rest of a sentence a code block
    # cut ("or `journalctl -k` …"); 19: nor a first sentence without a word ("1."); 20: a
    # heading that asks (…란) and opens on a list: its first item, when a noun phrase; 21: nor an
    # order on a pronoun ("Put it on th"), an implication ("A => B") or "The problem with …"; 22:
    # nor a first sentence that says why the note was written ("…보고 정리함"), that the writer
    # struggled ("제일 삽질한 부분") or why something holds ("…이유는 … 때문이다"); "O(n log k)" is kept whole;
    # 23: nor a heading with an arrow, a write-up's part ("## 결과") or "… 정리 (feat. …)";
    # 24: nor a first sentence that ends in a colon ("With await:"): it introduces what follows;
    # 25: nor "…헷갈려해서 정리해 둠"; 26: nor a heading of questions ("## 예상 질문 & 답변", "##
    # 오늘의 질문") or a first sentence that spells an acronym ("G1 = Garbage-First."); 27: nor
    # "## 계기" or a heading of what the writer tried ("## 파이썬으로 대충 짜봄"); 28: nor "## History";
    # 29: nor a Korean first sentence that stops at a reason ("앞의 2는 K와 V 두 개라서."), nor a
    # heading that says when or states ("## 노드에 메모리가 부족해지면", "## … 섞여도 됨", "## fail-fast
    # ≠ 취소"), a write-up's part ("## 증상: …"), "## 한눈에 보기" or "## The bug"; 30: nor a heading
    # that states in memo style ("## 근데 … 서버 측은 아님 (TIL)") or a write-up's "## 원인 분석";
    # 31: a sign before a heading is no part of its term ("## 💡 …"); 32: nor a heading that
    # names a task ("## 린터로 막기", "## 범인 찾기"); 33: one that asks casually what its term is
    # names it ("## XSS가 뭐임", "### Q4. Pinning이 뭔가요? ⭐"); 34: a name's middle initial ends
    # no first sentence ("Robert S. Boyer …");
    # 35: nor a first sentence that says what the note is ("면접 스터디 7회차 준비 노트",
    # "…회고를 블로그용으로 다듬은 글"); 36: nor an aside ("번외로 …");
    # 37: nor a paragraph after a code block ("## 기본 코드" / ``` … ``` / "BF16 autocast라서 …");
    # 38: a dashed or dotted section number is no part of a heading term ("3-1. Polling Publisher",
    # "2.3 LeCun init");
    # 39: a heading that asks with a spaced particle or after a label; a paragraph to the readers;
    # 40: not a paragraph after a table or a list (주의할 점 over the next list);
    # 41: not a clause about a thing (실제로 한 것, 또 터진 것: …); 42: nor "Study notes — …" under the title;
    # 43: a sentence goes on after "et al.";
    # 44: in a Korean note, asked in Korean whatever its line is written in;
    # 45: nor a worked example ("## Running example");
    # 46: nor a heading of questions and my answers ("## 예상 면접 질문 & 내 답");
    # 47: "## 상황" sets the writer's scene: no term;
    # 48: nor one that asks ("So how does Gson know …?"), nor "## Detection"; an alias first ("Also
    # called PFS") defines nothing;
    # 49: nor a first sentence whose first clause is the writer's ("Part of my … review block");
    # 50: nor "코테 준비 노트 #14." (the writer's series of notes);
    # 51: nor a write-up's part with whose before it ("## 개인적인 교훈");
    # 52: a 이 before 란 after a syllable with no final consonant is the term's own ("## 트라이란?" asks
    # about 트라이);
    # 53: nor a first line that opens with a date ("2024-02-17 / 알고리즘 스터디 9회차") or points at the note
    # ("여기가 제일 중요.");
    # 54: nor a heading that counts what follows last ("RPC 타입 4가지") or opens the writer's day ("오늘
    # 있었던 일"), nor a first line that is a numbered item ("1) …") or a name and its paper ("RoFormer
    # (Su et al., 2021)");
    # 55: brackets that hold a formula's signs are kept, not cut as an aside;
    # 56: nor a first line that points at what follows by its count ("핵심은 아래 네 개");
    # 57: nor a first line that opens on an order ("Clip once, …");
    # 58: nor a first line that is one URL or one opaque token;
    # 59: a Korean heading that labels what follows ("1차: …", "자주 하는 실수: …") names no term, and a
    # first line with a Korean hedge or sob ("…해결함 ㅠ") defines nothing;
    # 60: nor a first sentence that opens on a change made, says what its term is not ("Not
    # really a request.") or ends on how in Korean ("그림 대신 화살표로."), nor one on why the writer
    # studied ("…얘기가 나와서 공부함");
    # 61: nor a heading of a write-up's part with an aside or of an activity (Playing with …), nor a
    # first line in brackets or opening on Didn't, or about the writing before an aside;
    # 62: nor a first line that opens on Wasted;
    # 63: nor a first line about the heading's aside ("## 매니페스트 (autoscaling/v2)" / "`autoscaling/v2`가
    # …") or with what else ("CPU만으로는 …"), after a circumstance about something else ("In SGD, L2 …
    # are …"), nor a heading that opens on "Not" or gives an order after a dash ("Tabs — follow the
    # APG");
    # 64: nor a first line in the writer's voice ("… stuff I looked up …") or about what someone did
    # ("민수님이 보여준 거."), nor a heading over the note's definitions ("## Definitions first");
    # 65: nor a first line that says where in a course it comes from ("Lecture 14, + chapter …"), nor
    # a heading that joins on ("## 근데 진짜 원인은 …");
    # 66: nor "## Example table" / "## 예제 테이블"; "2.3 3NF" is numbered; nor a first line that says
    # where in a course or study it comes from ("Study group wk 6.", "DB 수업 8주차 …");
    # 67: nor a first line that supposes a notation ("…를 p_k 라고 할 때"), "## Big picture" or "## Via
    # SVD";
    # 68: nor a first line that is a verdict ("The classic.", "harder."), nor "## It's …";
    # 69: nor a first line whose subject is a roster person ("민수가 알려줌.");
    # 70: nor a first line that only says who proposed it (Dijkstra가 제안함) or denies (아님), nor one that
    # asks; a.k.a. ends no sentence;
    # 71: nor a first line that opens on a pronoun (이거 실무에서 진짜 한 번 당함.), nor an English heading that
    # asks ("Most selective column first"?);
    # 72: nor a first line that only cites (Breiman, 2001.), nor ## 들어가기 전에 or ## 지난 시간 복습;
    # 73: nor a legend ("L = length of the word, P = …") or another term's equation ("## Multi-Paxos"
    # then "Single-decree Paxos = …"), nor "… reading group, session 6.";
    # 74: nor "X is the default answer unless …" (a verdict), nor "algo study group, Thursday";
    # 75: nor a citation with its title ("Arthur B. Kahn, 1962 ("…", CACM).") or "Came up at the end
    # (…)";
    # 76: a name of several words that spells the heading's acronym out is the heading's ("## k-fold
    # CV" then "k-fold cross-validation = …");
    # 77: nor a citation with its title in quotes, a heading that states ("## 작은 인터페이스가 Go스러움", "## …
    # 낸다고 함");
    # 78: nor a seminar's line ("…seminar, Thu."), "## 실습", the best-known example or the writer's
    # talk;
    # 79: nor what the note is ("… 문서 요약.");
    # 80: nor who it is credited to ("Credited to …") or where it is defined ("Defined in RFC 5861 …"); 81:
    # nor what there is somewhere ("kernel 4.20+에서 …가 있어요") or "Doesn't work."; a paragraph of tags is no
    # sentence; 82: nor when something came ("PG 9.5에 추가됐다"), under "…가 뭐냐면", what the writer looked up
    # ("…찾아본 것"); 83: nor a paper's authors ("Ba, Kiros & Hinton, 2016."), what the term has ("LCP 요소 = …"),
    # the code above, the writer in English ("… tripping me up:"), the writing ("## CWV 기본 정리 (팀 공유용)"), the
    # writer's benchmark ("## 간단 벤치마크"); 84: nor "## Algorithm", "## The one-line version"; 85: nor a sentence
    # in which the writer speaks of their notes ("KMP는 저번에 정리했고"), one that goes on from before ("그럼 …"),
    # "TIL-ish, …", a heading that frames ("Multi-Paxos, briefly") or states ("… != …"); 86: nor a sentence
    # that opens on who and when ("Peter Fenwick, 1994, …"), says what the writer found ("… I found says …"),
    # goes on with "그래서"/"여기부터는" or says when it changed ("7.0부터 구조 바뀜"), nor under a heading
    # that says when ("둘을 같이 쓰면") or names basics ("유닛 기본"); 87: nor "X in one paragraph", "…가 하는
    # 일", "2010년에 공개함", what the writer has yet to try ("아직 못 해본 건 …"); 88: nor "Been using …",
    # "what we ran", a notation ("Let f(x) be …"), a heading of "… stuff" or one that guesses ("…될 듯"); 89:
    # nor under a Korean aspect of the note's subject ("## 성능")
    # 90: nor "TIL-ish." or 'Read "…"' as a first sentence, nor under "## What happened"
    # 91: nor a first sentence that cites ("Terrace & Freedman, USENIX ATC 2009.") or opens on "not"
    # ("NOT self-healing.")
    # 92: nor a first sentence that says when something came ("2024년 8월에 나온 기능입니다", "… 정식으로 들어옴") or
    # "TIL-ish notes …", "TIL / cp notes.", nor a heading of what to try ("## To try")
    # 93: nor a first sentence "TIL 2024-05-02." or one that only says which part this is ("햇갈렸던 부분.")
)
LABEL_DEFINITION = rule(
    "md.label.definition", "definition",
    "A `Label : text` or `**Label:** text` line defines the label.",
    Example("- **머신러닝:** 인공 지능의 한 분야입니다.\n", "머신러닝", "인공 지능의 한 분야"),
    Example("> Key란? : 검색시 Tuple을 구분하는 기준이 되는 Attribute.\n",
            "Key", "검색시 Tuple을 구분하는 기준이 되는 Attribute"),
    Example("**Mutex**: a lock that one thread holds at a time.\n",
            "Mutex", "a lock that one thread holds at a time"),
    version=131,  # 3: "Read this in other languages: …" labels no term; 4: nor "LLM(예: …";
    # 5: nor "TL;DR:", "Edit:"; 6: nor "Related:" or an English clause ("There are
    # two kinds of caches:"), and a colon inside inline code (`Vary: *`) is none;
    # 7: a hard-wrapped item or line is read to the end of its sentence, and a bold term
    # and a dash open a label line in prose too (**Coroutine** — …); nor "Pro:",
    # "Careful:", "Course:" nor a label that opens with a verb ("is deliberate:"); a
    # label written as code is asked without an article ("What is stop?"); 8: nor the
    # parts of an incident write-up ("원인:", "해결:", "Root cause:") or the writer's
    # discourse ("In other words:", "Note on hashing:"), and a hidden file keeps its dot
    # (".git/refs/heads/main:"); 9: nor a label in the writer's voice ("… clicked for
    # me:", "The counter-intuitive part:", "개인 의견:", "헷갈리기 쉬운 점:"), a step ("Write
    # the last octet …:"), a label with a sentence's end in it ("March. Short version:") or
    # an answer in the writer's voice ("결론: 나는 …"); a process word ("흐름:", "Flow:")
    # is the section term's, or the note's; 10: nor a circumstance ("For (a+)+b on
    # aaac:"), a clause that points ahead ("Events flow like this:"), "TIL:" or "요약:",
    # nor an answer in the writer's voice in lower case ("Context: our emails …");
    # 11: a colon needs a space after it ("공인 IP:포트", "0:59" hold no label), and
    # "Downside:" is the section term's downside; 12: nor the writer's framing ("The key
    # point:", "TMI:", "Lesson learned:"); 13: a noun in 임 keeps it ("…에 위임"); 14: nor
    # the scene or an aside ("Context:", "Support:", "The flip side:", "대응:", "로그 예시:"),
    # a statement ("정렬됨:", "No unknown token ever:") or a past verb and its object
    # ("GPT-2 introduced byte-level BPE:"); 15: nor an answer that only counts ("2회");
    # 16: nor "Idea:"; 17: nor an answer without a word ("`8-4-4-4-12`"); 18: nor a conclusion, an
    # aside, a consequence, an example or last week's incident, a Korean condition ("…넣으면 …:") or
    # an order with a preposition ("Look at the trend:"); 19: as md.heading.definition@22; 20: nor
    # a label that says where or when in lower case or with In/On ("in uninterruptible sleep
    # (state D):", "On get(key):"); 21: nor a label with " = " in it or joined on by
    # And/But/Or/So/Plus; 22: nor an answer that is only an amount ("~100k", "~3k–10k", "~1k or
    # less"); 23: nor a label joined on by 그리고/그래서/하지만/그런데; 24: nor a page's title
    # in a link ("[Deque — Wikipedia](…)") or an answer of links ("Sources: [this](…) and …");
    # 25: nor a write-up's header or what to read ("Status:", "심각도:", "Goal:", "Papers:");
    # 26: nor "삽질 기록:"; 27: nor an aside ("역사 여담:"), an answer that is a place in an order
    # ("먼저") or that sets values ("key 0 = 장보기, key 1 = 운동"); 28: nor a view ("발표자
    # 의견:"), links ("관련:", "Up:"), an incident's impact ("영향:"), an answer that asks
    # ("… 해시들은?") or a result ("LCP p75: 4.1 s -> 2.2 s"); 29: nor "그 외:", a label that says
    # how ("대충 그림으로:") or holds a date ("… (2023.09.21) / 발표:"); 30: nor "The culprit:",
    # "Option A:" or an English answer whose first clause is the writer's ("by our image …");
    # 31: nor "Read later:", "정답:" or the writer's story ("발표자 경험담:"); 32: nor a line of
    # fields ("발표: 민지 / 정리: 나"); 33: nor a label with "=" outside brackets ("i=9:") or a
    # header's "환경:", "작성일:", "다음 주 주제:", "개인 메모:"; 34: "Def:" and "정의:" define
    # the section's term; nor "So:", "What:", "Why:", "Claim:", "Total:", "Decision:" or
    # "Disclaimer to self:"; 35: "한 줄:" defines the section's term too; nor a warning ("착각
    # 주의:"); 36: nor an answer that only says how often it is needed ("rarely needed"), a
    # Korean label that says when ("… 높으면:"), a header's "언제:", a label that frames what
    # follows ("Extra fun gotcha:", "Exam tip from prof:", "Honest answer:", "IMPORTANT:",
    # "Further reading:"); 37: an answer that is an order of growth asks what the label costs
    # ("update(i, delta): O(log n)" → "What is the complexity of update(i, delta)?"; "Space:
    # O(n)" → "What is the space of Fenwick tree?"); 38: nor a label that compares an example's
    # numbers ("Join estimate 412 vs actual 18234:") or states ("Not every solver supports L1:"),
    # nor one under the writer's choice ("## Which one do I actually use?"); 39: nor a header's
    # "발표:" or "참석:", nor an answer that reminds the writer ("…헷갈리지 말기"); 40: nor an
    # adverb ("Empirically:") or "Worth knowing:"; 41: an answer is not cut at a comma inside
    # brackets ("한글 음절(U+AC00~U+D7A3, 11,172자)은 …"), a sign before a label is no part of its
    # term ("💡 한국어 관점:"), and a Korean statement in memo style is no label ("… 훨씬 좋음:");
    # 42: a Korean label that asks is asked as written ("왜 안전한가?", md.label.question), one
    # that says when is the section term's ("Go 1.13까지는:" → "Preemption — Go 1.13까지는?");
    # 43: nor a label under "## Results" or "## 결과" (what the writer's work came to); 44: nor
    # a task's ("- [x] 컨테이너 sysctl: …", "- [ ] redo … lab: skipped it"); 45: nor one under the
    # writer's defaults ("## My defaults (opinion, not science)"); 46: nor a numbered fix ("Fix 1:"),
    # a legend ("Notation:") or how to use it ("Usage:"); 47: nor a study's header ("스터디 교재:", "발표
    # 담당:", "키워드:") or the writer's experience ("실제 경험:"); 48: nor an incident header's
    # "영향 서비스:", "장애 시간:", "Downtime:"; 49: a label that names a cost asks its complexity
    # ("Space: O(n)" → "What is the space complexity of Fenwick tree?"); 50: nor what the writer
    # will read or write some day ("Later:", "someday:", "나중에 확인:", "다음 글:"); 51: nor "Note to
    # self:";
    # 52: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well /
    # badly", "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card;
    # 53: nor "개인적 소감:"; 54: nor "Impact window:", "Better:", nor a label under "## What we shipped";
    # 55: nor "영향 시간:", "Winner:", nor a self-quiz's answers;
    # 56: a short answer nested under a labelled item is asked of that item's term ("Default binding
    # — strict mode?");
    # 57: nor "last touched:", "Side project:", "Why this note exists:", nor a line under "Reading
    # list:";
    # 58: not the writer's own with an aside (면접 팁 (내 생각)), a remark (팀장님 코멘트), an aside (Prof's
    # aside) or sources; 59: not an example label (Unnormalized example:) or a war story;
    # 60: not a study's header (스터디:), a personal note, a bug report or the downside;
    # 61: nor "관련 노트", "관련 글" (links) or "관련 시스템" (a write-up header);
    # 62: nor "자료:" (a study's materials); 63: nor "Docs:", nor under "## Proposal";
    # 64: nor under a heading marked "(다시 풀기)";
    # 65: "Next:" is the writer's plan; "et al." ends no sentence;
    # 66: a platform ("Go: …" under "## Other languages") asks "What about Go?";
    # 67: in a Korean note, asked in Korean whatever its line is written in;
    # 68: every field of a write-up's header is its story ("Service: stats-api" beside "Date:",
    # "Status:");
    # 69: nor an answer of only platforms ("Autobinding: Spring MVC, ASP.NET MVC"), nor under a
    # worked example or a practice list; 70: nor "관련 주차:", "교수님:", "같이 볼 것:";
    # 71: a label that is one piece of inline code keeps its signs (`$*`, `:focus-visible`);
    # 72: a label that joins on ("Also:", "then …:", "otherwise:") or says what the writer did
    # ("Picked the name:") names no term;
    # 73: nor a study log's header ("난이도:", "태그:", "last reviewed:") or the teacher ("prof:",
    # "Prof's demo:");
    # 74: a title that names no term owns no category label ("…충분할까?의 단점은?"); nor is "상황:" a term;
    # 75: nor one under "## Symptoms" / "## 증상", an incident's story;
    # 76: nor one under "## Dry run", one example's;
    # 77: nor one under "## Where we landed", the team's choice;
    # 78: an aspect label with no term to own it is asked alone ("분류는 무엇인가?"), not of a story title;
    # a cost label under a title that names none is its section's term's;
    # 79: nor "이번 주 느낀 점:", "오늘의 결론:" (the writer's, with when) or "스터디원 J:" (who spoke);
    # 80: nor "TODO read:" (a to-do) or a label inside brackets ("[prof: …]");
    # 81: nor "발생:", "탐지:", an incident's header; 82: nor "발단:" (where the story starts) or "조교 답:";
    # 83: nor a number ("- `0`: heuristic overcommit"), in code or not: a value of a setting it does
    # not name;
    # 84: nor a label that says when ("today:", "this week:") or a past form before an article
    # ("Wasted an hour here:");
    # 85: nor an answer with a clause that leaves the writer out ("a few dozen, didn't count exactly");
    # 86: nor an English label that names an activity ("Reading that:");
    # 87: brackets that hold a formula's signs are kept, not cut as an aside ("tanh(W h_{t-1} + U x_t
    # + b)");
    # 88: an English answer that opens on an order ("use the …") defines nothing;
    # 89: after a colon, an English answer with a subject and verb of its own defines nothing ("btrfs:
    # swap files need extra care"); "#7", a row by its number, is no term;
    # 90: nor an English answer that is only a role ("the big one");
    # 91: nor "논문:" or "Paper:" (a source), nor a label under "## 영향" or "## Impact";
    # 92: nor an answer that is one URL or one opaque token ("verifier: dBjftJeZ4CVP-…"); an English
    # label that asks is md.label.question's;
    # 93: nor a study's header ("참여:", "다음 주 발표:", "추천 추가 문제:") or an answer that is only an aside
    # ("(시험에 나올 듯)");
    # 94: nor a Korean answer that opens on a pronoun ("이거 때문에 …") or ends on a condition ("HttpOnly
    # 아니면");
    # 95: nor an answer that opens on a change made ("replaced with …") or "look at", nor a label
    # joined on with "or" or 근데, nor a cause, a trigger, a plan, before and after (기존/신규/계획) or
    # what code printed ("Output:"), nor an English answer that is one quoted title; a formula keeps
    # the brackets after an operator;
    # 96: nor a label of a circumstance or condition (every, each, past, right after, … when/if), BUT,
    # Same story, Contributing, Tested, key word, 강의, 교수님 …, 단기/중기/장기;
    # 97: a dash before a colon separates the term, brackets after of are its object, and input: is
    # the item's input;
    # 98: nor a label joined on with but, an intuition, the original paper, before/after; 안드로이드 is a
    # platform;
    # 99: nor a dash inside quotes or between numbers, a label that opens on "and", "you can" or "only
    # for", a bound ("Θ(n log n) …"), a condition ending in 보면은, "나중에 볼 것:", or a section of open
    # questions ("## Open questions from the group"); PyTorch and TensorFlow are platforms; a
    # formula's bracket after a Greek letter stays;
    # 100: nor an opinion ("Tom's take:", "Pros IMO the strongest:"), the writer's numbered mistakes
    # ("실수 1:"), "삽질 메모:", a clause ending on "exist", or the writer's story ("## What I actually
    # broke");
    # 101: nor a lecture's place ("지난 시간:", "이번 시간:"), "다음 TIL:", an incident's "기간:" and "감지:",
    # "Reading for next week:", nor "below it:" / "above it:";
    # 102: nor "꿀팁:", "계기:" or "장애 대응:"; Keras is a platform;
    # 103: nor "reads as:", "acts as …:", "serves as …:", a hedged "related-ish:", "직접 찍어봄:" (what the
    # writer tried), nor under "## Tiny example";
    # 104: nor "Man page note:", "Good read on this:", "Refs:", a state in lower case ("weighted:"),
    # "회고:";
    # 105: nor "Fun fact from lecture:" or "Next session:";
    # 106: nor a roster person with an aside ("지현(정답 풀이):");
    # 107: nor "Paper(s) this week:" (the group's reading);
    # 108: nor a quantity (a few:, thousands:), a value and its name (2 strict), someone's point, a
    # clause (returns twice:, kernel reparents it:, follows from (1):), a Korean to-do (내일 할 것:), an
    # answer that points back (same effect) or a label under action items;
    # 109: nor 다음 시간:, 후속:, practical: or a meta label with a remark (Important (prof said this
    # twice));
    # 110: nor 범위: or a platform pair (Debian/Ubuntu:, asked What about …?), a clause (lets you mix
    # types:); a formula's dots end no answer (a[1] + ... + a[i]);
    # 111: nor a worked example's stages (start:, left:, want:);
    # 112: nor "조교님 팁:", "강사님 설명:", "영향도:", "step 1:", "trick:", "further trick:", a sum worked out
    # ("사후 계산: 약 9만 명 × …"), or a list after the writer's own measurements ("내 맥북(M1)에서 대충:");
    # 113: nor "왜?:", "보너스:", "Here:", "Alternative:", "Bug 1:", a course's week ("지난 주까지 한 거:", "다음
    # 주(7주차):") or a setting's value ("`true`:");
    # 114: nor "One trap:", someone in a discussion ("성민님:"), "handy, but …"; an answer runs on past
    # "(ex.";
    # 115: nor "Android:"/"iOS:" (platforms), "Side note on …:", a clause ("… sidestep it:"), what the
    # writer wants ("want a CI job …"), "마지막 거:", "대략:", "오늘 주제:";
    # 116: nor "Order matters:", "Not necessarily every layer:", "추측:", "재밌는(?) 점:", "내가 쓰는 거", "same
    # shape as above", "also HLC", nor labels that repeat in a list ("1. T1: …", "3. T1: …");
    # 117: nor "Another one to sanity check:", "Costs you:", "Opposite:", a count ("11 registers,
    # 64-bit:"), "…3개였음:", "궁금한 거:", nor "the old one";
    # 118: nor "no", "also:", "Ref:", a difference ("writes survive N - W …"), "C++로 푸는 사람:", nor
    # under "## What went well / not so well";
    # 119: nor an item of a list that weighs costs ("Costs:" / "- internal fragmentation — 2 MiB
    # granularity"); 120: nor "…할 땐:", "포인트:", "볼 것:", "Core idea:", "Format:", "headline:", "Catch:",
    # "Personal default:", "at the end:", "inside …:", a setting's value in code under a Korean label,
    # products' versions, a clause with a modal ("`2024` may be …"), a pointer ("— above"), the items of
    # "Pros:", "장점:" or of what was ruled out; 121: nor labels that rate a generic noun ("Quick fix", "Older
    # style"), "History bit:", "Typical:", "at eval:", "Two days later:", a bound ("Time O(n):"), "Date of
    # incident:", "Review meeting:", "경험상:", "지금 구조:", "관련 문서:", "나머지 …:", a change made, the
    # writer's aside ("일단 패스"); "C++17:" is a platform; 122: nor "train:", "eval:", "Now:", "From inside
    # out:", "duh", "others too:", "TIL trigger:", "범인:", "다른 …:", a statement or an order as a Korean label
    # ("성능 비용 있음:", "… 쓰기:"), under a timeline by its aside ("## 무슨 일이 있었나 (타임라인)");
    # 123: nor "대상:", "원서:", "선택지:", "Constraint:", "Naive:", "edge:", "normal:"/"incident:", "발견:",
    # "… matters:", "… again:", a bare version ("1.5+:"), a paper ("Kirsch & Mitzenmacher (2006):"), a
    # how-to ("읽는 법:"), a sentence opening ("그래서 …:"), sums with units, "assume …", a rating
    # ("빠름"); keeps the last bracket after "and"; 124: nor a clause ("… still applies:"), an order ("Compare
    # lexicographically:"), one adjective ("small:"), a numbered field of a write-up ("증상 1:"), "이전:", "아직 안 본
    # 것:"; nor an answer that only calls something in code, or opens on an amount ("≈ 1.44 · …"); a sentence
    # does not end inside brackets; 125: nor "worse:", "Problem:", "Exception:", "Cleanup:", "Leaning
    # towards:", "핵심:", "함정:", "1차:", an aside that points ("Note the flip:", "Follow-ups …:", "Same idea with
    # …:", "To get …:"), a label cut inside bars ("|max - min|"); an aside after an operator stays ("mask & (1
    # << j)"); 126: nor a scale's band ("good:", "needs improvement:"), "Results:", "Lab repro:", an order in
    # lower case ("set the pool:"), a clause with "it's", "older versions:", "…겪은 일:", "놓친 부분:"; 127: nor
    # "발표자가 …:", "예전:"
    # 128: nor an answer that opens on "if" ("asyncio.gather(...): if …"), "did not know …" or "저희"
    # (the writer's team: "저희 원인이 이거였습니다"), nor the labels "이유", "같이 읽은 것", "Read while
    # debugging", "C++11 이전", "page there", "nice", "net effect"; a hard-wrapped item runs on into an
    # acronym or a CamelCase name
    # 129: an update of a variable under a lower-case label ("local event: `C = C + 1`") is asked of
    # the section's term ("Lamport clock — local event?"); nor an answer that opens on a setting's
    # value ("0.1 (BERT …)"), is cut inside quotes ("XA에서는 'RM(…)") or code ("trait Pretty: Display
    # {"), nor the labels "읽은 것", "참고한 글", "무슨 일이 있었나"
    # 130: nor what the writer is still weighing ("검토 중"), tried ("…직접 확인해봄:") or read ("읽은 글:"), an
    # answer that stops at a condition ("…가 오면"), nor one that opens on a value for a named case
    # ("ELECTRA: 0.8 for Base/Small", "roughly 0.65–0.75")
    # 131: nor the labels "참고한 자료", "Next thing to try"
)
ASKED = rule(
    "md.label.question", "property",
    "A question the writer asks and answers: `**Question?** → answer` or `Q. …? answer` on "
    "one line, `Question?: answer` (a callout's title), the question alone (in bold or "
    "after `Q.`) over its answer's line or first nested item, or a Korean label that asks "
    "(`왜 안전한가: …`).",
    Example("- **왜 node에 key도 저장?** → evict할 때 map에서 지우려면 key가 필요\n",
            "왜 node에 key도 저장?", "evict할 때 map에서 지우려면 key가 필요"),
    Example("- Q. Why not count n first?\n  - A. The stream may be infinite.\n",
            "Why not count n first?", "The stream may be infinite"),
    version=12,  # 2: a Korean label that asks without a question mark ("- 왜 안전한가: …"); 3:
    # nor under the writer's decision rule ("## My decision rule");
    # 4: nor under a heading marked "(다시 풀기)";
    # 5: nor a question "answered" by another question ("Is the element positioned? — or a flex/grid
    # child?");
    # 6: an English label that asks ("which keys are candidates:", "Why it works:") is asked as
    # written;
    # 7: nor a question answered only by an aside ("**왜 T²를 곱하나?** (시험에 나올 듯)");
    # 8: nor a one-word English question ("2. Why? -> …");
    # 9: nor a reply that asks back, a closing remark apart (안 차는데요? (사실 이게 문제였음));
    # 10: nor a clause ending in "it" ("How to build it:");
    # 11: one that asks is asked as written, though it ends on "it" or "them" ("How to build it:",
    # "how to pick among them:"); 12: nor the writer story's question ("**무슨 일?**")
)
LABEL_ACRONYM = rule(
    "md.label.acronym", "acronym",
    "A `SHORT : Long Form` (or `SHORT = Long Form`) line whose letters spell the long "
    "form's words.",
    Example("> CSR : Client Side Rendering\n", "CSR", "Client Side Rendering"),
    Example("CQRS = Command Query Responsibility Segregation. 읽기와 쓰기를 나눈다.\n", "CQRS",
            "Command Query Responsibility Segregation"),
    Example("- OOM = Out Of Memory\n", "OOM", "Out Of Memory"),
    version=4,  # 2: "SHORT = Long Form", a sentence after it on the line; 3: in a list item;
    # 4: in a Korean note, asked in Korean whatever its line is written in
)
ITEM_BODY = rule(
    "md.item.body", "definition",
    "A list item that names a term, and the first sentence nested under it.",
    Example("1. ##### 메모리 맵\n\n   > 열린 파일을 메모리에 맵핑시켜서 공유하는 방식이다.\n",
            "메모리 맵", "열린 파일을 메모리에 맵핑시켜서 공유하는 방식"),
    version=5,  # 3: nor a title that is a finding (The renewal query was not idempotent.);
    # 4: nor a remark wholly in brackets, nor what the writer did ("measured first:")
    # 5: nor an item titled by a time of day ("- 14:18 콘솔 에러 확인:")
)
LABEL_BLOCK = rule(
    "md.label.block", "definition",
    "A paragraph that is only a bold term (or `X란?`), and the block after it.",
    Example("***커널이란?***\n\n> 운영체제의 핵심적인 부분\n", "커널", "운영체제의 핵심적인 부분"),
    version=3,  # 2: not over a list that holds no facts ("**Open questions**", its list, then text);
    # 3: a 이 before 란 after a syllable with no final consonant is the term's own ("**게이트웨이란?**")
)
LIST_UNDER_HEADING = rule(
    "md.list.heading", "list",
    "The items of a list under a heading that names a category (종류, 장점, types…).",
    Example("## TCP의 특징\n\n- 연결 지향\n- 신뢰성 보장\n", "TCP의 특징", "연결 지향; 신뢰성 보장"),
    Example("## Advantages\n\n- Fast\n- Small\n", "Advantages", "Fast; Small"),
    version=7,  # 3: an item is not cut at a colon inside its code ("`isolation: isolate`");
    # 4: nor a list of the writer's tasks ("- [x] …"), as md.list.intro@12; 5: nor the writer's
    # defaults ("## My defaults (opinion, not science)");
    # 6: a title that names no term owns no list ("…: glibc malloc arena 삽질기의 원리는?");
    # 7: nor a write-up's header under a title that names a category ("- 작성: …", "- 상태: …")
)
STEPS_UNDER_HEADING = rule(
    "md.steps.heading", "steps",
    "A numbered list under a heading about a process (과정, 단계, how to, steps), or of three "
    "actions or more under a heading that names a term (after its definition, if any).",
    Example("## 도메인 주소가 IP로 변환되는 과정\n\n1. hosts 파일을 연다\n2. 캐시를 확인한다\n",
            "도메인 주소가 IP로 변환되는 과정", "hosts 파일을 연다; 캐시를 확인한다"),
    Example("## How to insert an element\n\n1. Hash the element.\n2. Set the bits.\n",
            "insert an element", "Hash the element; Set the bits"),
    Example("## GitHub Flow\n\n브랜치 하나로 일하는 전략이다.\n\n1. 작업 브랜치를 만든다.\n"
            "2. Pull Request를 연다.\n3. master에 병합한다.\n", "GitHub Flow",
            "작업 브랜치를 만든다; Pull Request를 연다; master에 병합한다"),
    version=7,  # 3: a step is not cut at a colon inside its code ("`Upgrade: websocket`");
    # 4: "## How an attack plays out" is a process heading, and an English one is asked
    # "What are the steps of the core workflow?", not "… steps to The core workflow?"; 5: nor
    # a list of the writer's tasks ("- [x] …"), as md.list.intro@12;
    # 6: a dashed or dotted section number is no part of a heading term ("3-1. Polling Publisher",
    # "2.3 LeCun init");
    # 7: nor labels that repeat ("Client → Server" twice: who sends each)
)
LIST_INTRO = rule(
    "md.list.intro", "list",
    "A short line that introduces the list right after it, or `X는 다음과 같다.` before it.",
    Example("머신러닝에서 다루는 기본적인 문제들\n\n- 지도 학습\n- 비지도 학습\n",
            "머신러닝에서 다루는 기본적인 문제들", "지도 학습; 비지도 학습"),
    Example("## HTTP\n\nHTTP의 특징은 다음과 같다.\n\n- **Stateless**: 상태를 저장하지 않는다\n"
            "- 평문으로 전송한다\n", "HTTP의 특징", "Stateless; 평문으로 전송한다"),
    Example("OAuth 2.0 defines four roles:\n\n- Resource owner\n- Client\n- Authorization server\n"
            "- Resource server\n", "four roles OAuth 2.0 defines",
            "Resource owner; Client; Authorization server; Resource server"),
    version=51,  # 3: an English clause is asked about what it counts, or gives no card;
    # 4: a Korean intro's count ("…이유는 크게 세 가지:") is no part of the question;
    # 5: "X include:" and a past verb with its object ("Lamport defined the …:") are
    # clauses, and items that name a term before a dash or colon are asked by name;
    # 6: an item is not cut at a colon inside its code ("`font-display: swap`"); 7: the
    # writer's choice is no part of an English intro's term ("defenses I'd actually use"); 8:
    # English steps are "the steps of" what the intro names (of the section's term after "Two
    # steps:"), and a named list drops its article; 9: "Two boxes matter:" asks for "the two boxes
    # that matter"; 10: nor a line in the first person ("Things that surprised me:"); 11: nor after
    # a label of the writer's own ("우리 팀 최종 결정:"); 12: nor "저희 팀 결론:", nor a list of
    # the writer's tasks, checked or not ("- [x] 파드 스케일아웃"; an item's own label still
    # defines); 13: nor a list of what the writer read ("참고로 읽은 순서:"); 14: nor an English
    # intro with a sentence's end in it ("No broadcast in IPv6!! Replaced by multicast. Three types:");
    # 15: a task is no item of a list ("- [ ] …"); 16: nor after the writer's criteria ("개인적인
    # 기준:", "내 기준:"); 17: nor an intro that is only a formula or code ("$$ g \leftarrow … $$");
    # 18: nor "Reading list:";
    # 19: not the writer's own with an aside (내 기준 (바뀔 수 있음)) nor questions to ask;
    # 20: not an intro that opens on a preposition (For vectors a, b:);
    # 21: a Korean intro without its linking word (그리고 …:), nor one that ends in a place or topic
    # particle (OWASP Top 10에서는);
    # 22: in a Korean note, asked in Korean whatever its line is written in;
    # 23: nor under a worked example; 24: nor "다음에 볼 것:";
    # 25: a title that names no term owns no list ("mmap 정리 — …의 장점은?");
    # 26: nor "Reading:", where to read;
    # 27: nor "…않습니다. 그래서:" (a bare discourse word after a sentence);
    # 28: nor a list whose labels are all numbers ("- `0`: …", "- `1`: …");
    # 29: nor an intro that joins on ("Also useful:");
    # 30: nor items labelled by platform ("- BSD/macOS: …", "- Windows: …"; each says its own);
    # 31: nor a bare "즉," before it, and a paragraph before a code block introduces the code, not the
    # list after it;
    # 32: "#7" is a number too;
    # 33: a list after a label of no term with its own answer ("Output: `1 4 3 2`") or after a Korean
    # demonstrative ("이 경우:") names nothing;
    # 34: nor a list after a label of the original paper;
    # 35: nor a Korean intro that is a label with its own answer ("조건: …"), one in brackets, or one
    # over the writer's open questions ("질문 남은 것:");
    # 36: "Other uses:" are the uses of the section's term;
    # 37: nor a to-do ("TODO for HW3:");
    # 38: nor an intro that opens on a verb (Are zombies harmful?) or speaks of the writer's project
    # (우리 프로젝트 기준 체감);
    # 39: nor a list of only links (Refs: / - https://...);
    # 40: nor a list of platforms (Debian/Ubuntu; Fedora/RHEL; Arch), as other platform lists;
    # 41: nor a list after an example's opener with a comma (Example, n = 30:);
    # 42: nor a list of what the writer measured on their machine ("On my MacBook (M1), roughly:");
    # 43: nor "Main sources:";
    # 44: nor "Refs:", half a comparison ("**의존성 vs 순서**"), nor of a heading that states; a yes/no
    # value stays with its item ("…import: OK");
    # 45: nor "Per step i:", "…, people conflate them:" or "언어별로 정리";
    # 46: nor a list after a story and its label of no facts ("… 빠짐. 결과:");
    # 47: nor a formula with its operations ("ECE = Σ_m …:"), a list after what the writer worked out
    # ("… 계산해봄") or a write-up's header; 48: nor "Problem with …:" nor an example's items ("Example with 3
    # replicas:", "E.g. …:"); "방법들:" lists ways, no steps; 49: nor a list of how things stood in the writer's
    # story ("장애 당시 설정:"), nor a worked example after "예시: …"
    # 50: nor a list under "참고한 글:" or "잘 된 점" (a reading list, how the incident went)
    # 51: nor a list under "참고한 자료:"
)
LIST_NESTED = rule(
    "md.list.nested", "list",
    "A list item that names a category (장점, 단점…) and the items nested under it.",
    Example("#### CSR 장단점\n\n- 장점\n  - 트래픽 감소\n  - 사용자 경험\n",
            "CSR 장점", "트래픽 감소; 사용자 경험"),
)
CHILD_HEADINGS = rule(
    "md.list.subheadings", "list",
    "A heading that names a category, and the headings one level below it.",
    Example("# 생성형 AI\n\n## 주요 종류와 모델\n### Text\n글\n### Image\n그림\n",
            "생성형 AI 주요 종류", "Text; Image"),
    version=5,  # 2: not over the note's parts ("## 정의", "## 어디서 쓰나"); the ways under
    # "## … 방법" are a list, not steps, unless numbered; 3: a part with an aside is one too
    # ("## 구현 (Python)");
    # 4: nor sub-headings that state ("### CPU 사용률은 requests 기준");
    # 5: nor the parts of a numbered stage ("## 1. Firmware 단계")
)

INLINE_ACRONYM_KO = rule(
    "ko.acronym.paren", "acronym",
    "An acronym with its expansion in parentheses inside running Korean text.",
    Example("DNS는 ISP(Internet Service Provider)캐시 순으로 확인한다.\n",
            "ISP", "Internet Service Provider"),
    Example("이 논문은 LLM(대형 언어 모델)을 다룬다.\n", "LLM", "대형 언어 모델"),
    version=27,  # 3: a Korean comma list in the parentheses gives examples: OS(윈도우, 리눅스),
    # unless it has a word for each letter (ACID); 4: nor does "(예: GPT)"; 5: nor a
    # remark that uses the acronym ("1-RTT (재접속 시 0-RTT 가능)"), nor a Korean gloss of
    # a name with digits or signs ("CP949(통합형 한글)"); an acronym after a sentence's
    # end or a connective ("그래서 LLM(…)") is one; 6: a Korean expansion starts after a
    # connective ending ("이벤트 소싱이면 개인정보 삭제(GDPR)"); 7: an acronym may open with
    # a digit ("2PC(Two-Phase Commit)"); 8: nor a Korean gloss whose first word is Latin
    # and not the acronym's first letter ("NIC (DMA 복사)"), nor one with a colon; 9: an expansion
    # starts at a word, not after a number ("76자마다 줄바꿈(CRLF)"); 10: nor a word in capitals
    # (MUST, UPDATE), another choice ("LN (또는 RMSNorm)"), a remark with a condition ("PSK
    # (없으면 …)") or a parenthesis that is part of a word ("(EC)DHE"); 11: nor a second name
    # ("(S0, S1)") or a gloss that opens on a Latin word not the acronym's first letter
    # ("DFS(white/gray/black 색칠)"); 12: nor a gloss that ends a statement or a reason
    # ("매핑이 안 됨 (EINVAL)", "… 줄였기 때문 (GQA)", "Blind SSRF (… 스캔 정도는 가능)"),
    # nor a time zone after a word that names none ("배포 시각(UTC)"); 13: nor a tag ("(TIL)");
    # 14: nor examples ending in 등 ("presigned URL(S3 등)");
    # 15: an expansion starts after "아니라" ("…게 아니라 부모(PPID)");
    # 16: nor one Korean word after a comma ("두 저장소(DB, 브로커)");
    # 17: nor a gloss that gives a reason ("…실행될 수 있어서(TOCTOU)");
    # 18: nor "(NFS, 클라우드 스토리지)", two things named, unless the second spells out the first;
    # 19: in a Korean note, asked in Korean whatever its line is written in;
    # 20: nor "(= …)", what it is in words, nor a Korean gloss in a task ("- [ ] BIMI(…)");
    # 21: nor a gloss that counts ("DFS(방문 상태 3가지)");
    # 22: nor a name in code whose capitals do not spell the acronym ("JPA(`JpaTransactionManager`)");
    # 23: nor a gloss with an equals sign ("ack=y+1"), in the first person ("내 ISN은 x야") or ending on
    # a glued 됨 ("가장 오래됨");
    # 24: nor advice before the acronym (보일 때 추상화하자 (YAGNI));
    # 25: a Korean gloss after the acronym is an expansion only with one noun for each letter ("LLM(대형
    # 언어 모델)"; not "NER(토큰 분류)", "RSA (이름이 세 사람 이니셜)");
    # 26: a Korean term before an acronym has about a noun for each letter ("성공 로그(INFO)" has too few); 27:
    # nor in a line of links ("관련: [[펜윅 트리 (BIT)]]")
)
INLINE_ACRONYM_EN = rule(
    "en.acronym.paren", "acronym",
    "`Long Form (SHORT)` or `SHORT (Long Form)` in running text; the letters must fit.",
    Example("We train a Large Language Model (LLM) on text.\n", "LLM", "Large Language Model"),
    Example("Tokens use JWT (JSON Web Token) format.\n", "JWT", "JSON Web Token"),
    version=9,  # 3: another acronym in the brackets ("CRDTs (CvRDTs)") expands nothing;
    # 4: nor a remark that uses the acronym itself ("RTT (not 0-RTT)"); 5: a short line
    # in a Korean note ("- Windows: IOCP(I/O Completion Port)") is asked in Korean;
    # 6: a digit stands for a number word ("Two-phase commit (2PC)", "peer-to-peer (P2P)");
    # 7: a parenthesis that is part of a word ("(ECDH)KE") expands nothing;
    # 8: in a Korean note, asked in Korean;
    # 9: nor a value with an equals sign ("ACK (ack=y+1)")
)
LIST_OF_PARAGRAPHS = rule(
    "md.list.paragraphs", "list",
    "Short paragraphs under a heading that names a category (장점, 단점, features…), "
    "with no list: each paragraph is one item.",
    Example("# TDD\n\n## 장점\n\n실시간으로 오류 파악이 가능함\n\n요구사항을 빠르게 수용 가능\n",
            "TDD 장점", "실시간으로 오류 파악이 가능함; 요구사항을 빠르게 수용 가능"),
    version=3,  # 2: nor a section with a paragraph of the writer's ("여기서 제일 헷갈렸음.");
    # 3: nor under a heading of both kinds ("## Pros / cons")
)
LIST_ANNOUNCED = rule(
    "md.list.announced", "list",
    "A sentence that announces kinds (`X에는 세 가지 종류가 있다`, `총 네 가지 종류가 존재한다`, "
    "`X는 크게 두 종류로 나뉜다`, `X는 두 가지가 있다`) and the list, or the marked terms "
    "(`code`, **bold**) of the next sentence, that name them.",
    Example("## Access Modifier\n\n접근 범위를 정하는 예약어로, 총 세 가지 종류가 존재한다.\n\n"
            "* public  \n  어디서나 접근한다.\n* protected  \n  상속받으면 접근한다.\n"
            "* private  \n  클래스 안에서만 접근한다.\n",
            "Access Modifier 종류", "public; protected; private"),
    Example("어노테이션에는 크게 두 가지 종류가 존재한다. JDK에 내장된 `built-in annotation`과 "
            "직접 만드는 `Custom Annotation`이 있다.\n",
            "어노테이션 종류", "built-in annotation; Custom Annotation"),
    Example("캐시는 크게 두 종류로 나뉜다.\n\n- 사설 캐시\n- 공유 캐시\n",
            "캐시 종류", "사설 캐시; 공유 캐시"),
    Example("검증자(validator)는 두 가지가 있다.\n\n1. ETag\n2. Last-Modified\n",
            "검증자 종류", "ETag; Last-Modified"),
    Example("회복 방법은 두 가지다.\n\n- 프로세스 종료\n- 자원 선점\n",
            "회복 방법", "프로세스 종료; 자원 선점"),
    version=2,  # kinds divided into (`두 종류로 나뉜다`) or counted (`두 가지가 있다`)
)
KIND_DESCRIBED = rule(
    "md.list.described", "definition",
    "In the sentence naming announced kinds, the modifier clause before each marked name.",
    Example("어노테이션에는 크게 두 가지 종류가 존재한다. JDK에 내장되어 있는 `built-in annotation`과 "
            "개발자가 직접 만드는 `Custom Annotation`이 있다.\n",
            "Custom Annotation", "개발자가 직접 만드는"),
)
LIST_OF_KINDS = rule(
    "md.list.kinds", "list",
    "Headings or list items under a heading that all end in the heading's noun "
    "(Candidate Key, Primary Key, Foreign Key under Key): the kinds of it.",
    Example("### Key\n\n#### 1. Candidate Key (후보키)\n\n유일성과 최소성을 만족한다.\n\n"
            "#### 2. Primary Key (기본키)\n\n후보키 중 선택한 키\n\n"
            "#### 3. Foreign Key (외래키)\n\n다른 릴레이션의 기본키를 참조한다.\n",
            "Key 종류", "Candidate Key (후보키); Primary Key (기본키); Foreign Key (외래키)"),
    Example("#### Anomaly\n\n1. 삽입 이상 (Insertion Anomaly)\n\n   추가할 수 없다.\n\n"
            "2. 갱신 이상 (Update Anomaly)\n\n   일부만 바뀐다.\n\n"
            "3. 삭제 이상 (Deletion Anomaly)\n\n   함께 지워진다.\n",
            "Anomaly 종류", "삽입 이상 (Insertion Anomaly); 갱신 이상 (Update Anomaly); "
            "삭제 이상 (Deletion Anomaly)"),
    Example("# Trees\n\n## Tree\n\n### Binary Tree\n\nTwo children.\n\n### AVL Tree\n\n"
            "Balanced.\n\n### Red-black Tree\n\nColoured.\n",
            "Tree types", "Binary Tree; AVL Tree; Red-black Tree"),
)
LIST_OF_TERMS = rule(
    "md.list.terms", "list",
    "A list whose items each name a term (with a description), under a heading naming a term.",
    Example("## final keyword\n\n* final class  \n  상속하지 못한다.\n* final method  \n"
            "  오버라이딩하지 못한다.\n", "final keyword", "final class; final method"),
)

_INLINE_SHORT_LONG = re.compile(
    r"(?<![\w(])(?P<short>(?:[A-Z]|\d(?=[A-Z]))[A-Za-z0-9&/+-]{1,9})\s?\((?P<long>[^()]{3,60})\)"
)
# Both start only at the start of a run of word characters (the run's leading
# digits or Hangul skipped in one go) and take whole words: a match starting
# later in the same run would be the same words, so the result is unchanged,
# but a line that is one huge word is read once instead of once per character.
_INLINE_LONG_SHORT = re.compile(
    r"(?<![\w'-])(?:[^\WA-Za-z]|['-])*+"
    r"(?P<long>(?:[A-Za-z][\w'-]*+\s+){1,7}[A-Za-z][\w'-]*+)\s?\((?P<short>(?:[A-Z]|\d(?=[A-Z]))[A-Za-z0-9&/+-]{1,9})\)"
)
_INLINE_KO_LONG_SHORT = re.compile(
    r"(?<![가-힣0-9])(?P<long>(?:[가-힣]++\s+){1,3}[가-힣]++)\s?\((?P<short>[A-Z][A-Za-z0-9&/+-]{1,9})\)"
)
_KO_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|의|에|에서|로|으로|와|과|도|만|하는|되는|한|된"
                              r"|이면|하면|되면|으면|려면|다면|라면|지만|는데|하며|이며|하고|이고|아니라|아니고)$")
"""A Korean word that ends in a particle, a modifier or a connective (…소싱이면, …게 아니라):
the words before it belong to the sentence, not to a name after it."""
_PAREN_ACRONYM = re.compile(r"\((?:[A-Z]|\d[A-Z])")
_INLINE_PAIR = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&/+-]{1,9}),\s*(?P<long>[^()]{3,60})\)")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z -]*")

_INTRO_TOPIC = re.compile(r"^(?P<t>[^.,]{2,40}?(?:방법|과정|순서|단계|절차))(?:은|는)\s")
_EQUALS_LINE = re.compile(r"^(?P<desc>[^=]{6,120}?)\s*=\s*(?P<term>[^=]{1,40})$")
_ACRONYM_EQUALS = re.compile(r"^\s*(?P<short>[A-Z][A-Za-z0-9&/+-]{1,9})\s*=\s*"
                             r"(?P<long>[A-Za-z][A-Za-z -]{2,80}?)\s*(?:\.(?:\s|$)|$)")
"""``CQRS = Command Query Responsibility Segregation.``: an acronym spelled out."""

EQUALS_NAMED = rule(
    "md.equals.named", "named_term",
    "`description = Term`: the note names what it just described.",
    Example("> 후보키 중 기본키를 제외한 나머지 키 = 보조키\n", "보조키",
            "후보키 중 기본키를 제외한 나머지 키"),
    version=8,  # 2: an equals sign inside inline code (`?id=1`) names nothing; 3: nor a
    # value after it ("37 = 00100101"); 4: nor several sentences, an English clause with a comma,
    # or a formula with ^; 5: nor one inside brackets ("… (higher = preferred):"); 6: nor one in
    # display math ("$$\mathrm{Var}(y) = …$$"), which parse reads as code;
    # 7: nor a sentence's left side (Default scale is 1 unit = 0.25rem); 8: nor a label of no term for what is
    # named ("Trick = …")
)

_LABEL_LINE = re.compile(
    r"^\s*(?P<label>[^:：\n]{1,48}?)\s*(?<![:/])(?:[:：](?![:/])\s+|：)(?P<rest>\S.*)$"
)
_DASH_LINE = re.compile(r"^\s*(?P<label>[^\n]{1,40}?)\s+[-–—]\s+(?P<rest>\S.*)$")
_DASH_AFTER = re.compile(r"\s+[-–—]\s+\S")

"""What follows a dash that subtracts: a number alone ("2^31 - 1 근처"; not "HTTP/2 - 2015년 …")."""
_PAREN_PAIR = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")


def _label_match(line: str) -> re.Match[str] | None:
    """``_LABEL_LINE.match(line)``; a line without a colon is not searched at all."""
    if ":" not in line and "：" not in line:
        return None
    return _LABEL_LINE.match(line)


@dataclass(frozen=True, slots=True)
class Context:
    """What a structural rule knows about where it stands."""

    note: Note
    section: Section
    subject: str
    """What the surrounding text is about: the section's term or the note's subject."""


def names_term(heading: str) -> bool:
    """True when a heading names a term (not a category, a comparison, a reference list, two
    things joined, a statement or the writer)."""
    return (bool(heading) and looks_like_label(heading, 8, 60) and not split_category(heading)
            and heading.lower() not in vocab.SKIP_HEADINGS
            and not vocab.COMPARISON_HEADING.search(heading)
            and not vocab.QUESTION_HEADING.search(heading)
            and not vocab.FIRST_PERSON_KO.match(heading)
            and not vocab.CLAUSE_LABEL_KO.search(heading)
            and not vocab.THING_CLAUSE_KO.search(heading.split(":")[0].strip())
            and not vocab.WRITING_HEADING.search(END_ASIDE.sub("", heading))  # "## CWV 기본 정리 (팀 공유용)"
            and not _COUNTED_HEADING.search(heading)
            and not vocab.WRITER_OPENER_KO.match(heading + " ")  # "## 오늘 있었던 일": the day's story
            and not _JOINED_ON.match(heading)  # "## 근데 진짜 원인은 limit이 아니었음"
            and not _PARTICLE_END_KO.search(heading)
            and not vocab.is_meta_label(END_ASIDE.sub("", heading))  # "## 결과", "## 요약 (TL;DR)"
            and not vocab.is_to_do(heading)  # "## To try": the writer's plan, no term
            # "## 증상: 이상하게 딱 떨어지는 숫자": a write-up's part, and what it found
            and not vocab.opens_on_no_term_label(heading)
            and not ANY_ARROW.search(heading)  # "Garbage collection -> write amplification"
            and "≠" not in heading and "!=" not in heading  # "## fail-fast ≠ 취소": a statement
            and not _STATES_KO.search(END_ASIDE.sub("", heading))
            and not (has_hangul(heading) and (_SEVERAL.search(_PARENS_ANY.sub("", heading))
                                              or _IF_OR_BASICS_KO.search(heading) or hedged(heading)
                                              or _joins_two(heading)
                                              or _TRYING_KO.search(heading)
                                              or _names_task_ko(heading)
                                              # "1차: cron schedule의 timezone", "자주 하는
                                              # 실수: …": a label and what it labels
                                              or _LABELLED_HEADING.search(heading)))
            and not (not has_hangul(heading) and (vocab.WRITER_EN.match(heading)
                                                  or vocab.FIRST_PERSON_EN.search(heading)
                                                  or _NO_TERM_HEADING_EN.search(heading)
                                                  # "## Not covered by either"
                                                  or _ONLY_WHAT_NOT.match(heading)
                                                  # "### Tabs — follow the APG"
                                                  or any(vocab.INSTRUCTION_EN.match(part) for part
                                                         in _HEADING_DASH.split(heading)[1:]))))


_HEADING_DASH = re.compile(r"\s[—–]\s+")
_ASKS = re.compile(r"[?？][\"”'’)]*$")


_ACTIVITY = r"\w+ing\s+(?:with\s+)?(?:a|an|the|your|our|my|it|them|this|that)\b"
_ACTIVITY_EN = re.compile(_ACTIVITY, re.IGNORECASE)
"""An English label that names an activity ("Reading that:", "Reading the log commit by commit:",
"## Playing with a tiny repo"):
what someone does, no term (as a heading that does, ``_NO_TERM_HEADING_EN``)."""
_IS_EN = re.compile(r"\s(?:is|are|was|were)\s")
"""A copula inside English text: what holds it is a statement ("Timers are a minimum …"), no
term."""
_NO_TERM_HEADING_EN = re.compile(
    rf"{_IS_EN.pattern}|n't\b|\s(?:specifics|internals|details|basics|gotchas|caveats|"
    rf"pitfalls|quirks|tips|snippets?)$|^{_ACTIVITY}|^definitions\b|^via\s|^it['’]s\s"
    r"|\b(?:how|why|what|when|where|which|who)\s+(?:does|do|did|can|could|should|would|will)\b"
    r"|,\s+(?:briefly|in\s+(?:short|brief)|quickly|revisited|again|the\s+(?:[\w-]+\s+)?(?:part|bit))$"
    r"|\sin\s+(?:one|a)\s+(?:paragraph|sentence|line|nutshell)$|\bstuff$",
    re.IGNORECASE)

"""An English heading that states something ("Timers are a minimum, not a promise",
"Anomalies the table doesn't show"), names an aspect of a term ("Postgres specifics",
"Config snippet"), a way ("Via SVD"), an activity ("Verifying a login", "Putting it together") or the note's
definitions ("## Definitions first (Tom insisted, fair)"): no one term to
define; nor does one that asks ("So how does Gson know about `List<User>`?", whose question mark
the term's cleaning drops), nor one that frames its section ("Multi-Paxos, briefly", "Security, the
awkward part", "EEVDF in one paragraph", "Backpressure-ish stuff")."""
_STATES_KO = re.compile(r"(?:[가-힣]|['’\"”`]\s?)[은는이가]\s(?:.*\s)?\S*(?:아님|않음|없음|있음|됨|함|움|다)$"
                        r"|다고\s*함$")
"""A Korean heading that states, in memo style or not ("## 근데 prepared가 항상 서버 측은 아님 (TIL)",
"## 작은 인터페이스가 Go스러움", "## 'use client' 는 경계(boundary)다"), or tells what was said ("## KV
cache 크기 계산 ★ 시험에 낸다고 함")."""
_PARTICLE_END_KO = re.compile(r"[가-힣](?:부터|까지|에서|에게|한테|보다|처럼)$")
"""A Korean heading that ends in a particle ("## 파이프라인부터") is part of a phrase, no term."""
_IF_OR_BASICS_KO = re.compile(r"[가-힣]\s*(?:하|되|쓰|보|오|가|있|없|으|이|다)면은?$|\s(?:기본|기초|개요)$")
"""A Korean heading that says when ("## 둘을 같이 쓰면") or over a term's basics ("## 유닛(unit) 기본"): no term
its first sentence defines."""
_TRYING_KO = re.compile(r"(?:해|어|아)\s?(?:보기|보자)$")
"""``직접 확인해 보기``: an activity the writer does, no term."""
_ENDS_IN_GI = re.compile(r"[가-힣]기$")


@text_cache(256, longest=200)
def _names_task_ko(heading: str) -> bool:
    """Whether a Korean heading names a task: a verb with what it acts on, made a noun
    with 기 (``린터로 막기``, ``범인 찾기``, ``init 프로세스 두기 (tini)``). ``배치 크기`` and
    ``분류기`` end in nouns, and a verb alone (``쓰기``) may be a term: Kiwi tells them
    apart, asked only of a heading that ends in 기 (once per heading: every rule asks)."""
    core = END_ASIDE.sub("", heading).strip()
    if " " not in core or not _ENDS_IN_GI.search(core):
        return False
    from notequiz.analyze.morphemes import analysis

    toks = analysis(core).tokens
    return bool(toks) and toks[-1].tag == "ETN"


_COUNTED_HEADING = re.compile(rf"^{vocab.COUNT_WORDS}\s*(?:가지|개|단계|종류)"
                              rf"|\s{vocab.COUNT_WORDS}\s*(?:가지|개|종류)$")
"""``세 가지 상태``, ``RPC 타입 4가지``: a heading that counts what follows names no one term."""


def is_dimension_label(label: str, heading: str) -> bool:
    """True for ``성능: gRPC가 …`` under ``REST와 비교``: a label that names what a comparison
    compares (sharing no word with the heading's terms), not a term to define or carry."""
    return (has_hangul(label) and vocab.COMPARISON_HEADING.search(heading) is not None
            and not fold_words(label) & fold_words(heading))


def item_label(item: ListItem) -> tuple[str, str]:
    """``(label, description)`` of a list item that names a term.

    ``* final class`` followed by a line of description gives both; an item
    whose description is nested below it (a quote, a paragraph) gives the
    label and an empty description; any other item gives two empty strings.
    """
    first = first_line(item.text)
    rest = item.text[len(first) + 1:]
    label = clean_term(first)
    if not label or not looks_like_label(label) or _label_match(first) or _clause_title(label) or (
            vocab.TIMELINE_ENTRY.match(label)):
        return "", ""  # (nor "- 14:18 콘솔 에러 확인:" over the error it saw: a timeline's entry)
    if rest.strip():
        return label, rest.strip()
    if item.blocks or item.children:
        return label, ""
    return "", ""


def _clause_title(label: str) -> bool:
    """True for an English item title that is a clause ("**The renewal query was not
    idempotent.**", "**Idempotency key included the run timestamp.**"): a finding, no term; nor
    one that tells what the writer did, a past form in lower case, then "first" ("measured
    first:")."""
    return not has_hangul(label) and bool(_IS_EN.search(label) or _PAST_VERB_OBJECT.search(label)
                                          or _did_first(label))


def _points_back_en(label: str) -> bool:
    """True for an English label that points at what came before ("Opposite: **UMA** …", "The
    reverse:"): of what, the line before says."""
    from notequiz.extract import patterns_en as P

    return label.casefold() in P.POINTING_SUBJECTS


def _did_first(label: str) -> bool:
    """True for a label that starts with what the writer did first ("measured first:")."""
    from notequiz.extract import patterns_en as P

    words = label.split()
    return len(words) >= 2 and words[0].islower() and (
        words[0] in P.IRREGULAR_PAST or (words[0].endswith("ed") and words[0] in P.verb_forms())) and (
        words[1].lower() == "first")



def label_and_rest(line: str, code: Sequence[tuple[int, int]] = (),
                   dash: bool = False) -> tuple[str, str]:
    """``(label, text)`` of a ``Label : text`` line (or ``Label — text`` with ``dash``), or
    two empty strings.

    ``code``: the line's inline code spans, inside which a colon separates nothing.
    """
    m = _label_match(line) or (_DASH_LINE.match(line) if dash else None)
    if not m or _in_code(code, m.end("label"), m.start("rest")):
        return "", ""
    label = clean_term(m.group("label"))
    if not label or not looks_like_label(label) or "://" in line or _unclosed(label):
        return "", ""
    return label, m.group("rest").strip()


def _unclosed(label: str) -> bool:
    """"컬럼(예: 성별)은 …", "LLM(예: GPT)은 …", "[prof: "…"]": the colon is inside brackets;
    '결국 "처음으로 F가 되는 위치 - 1"': the dash is inside quotes, "|max - min|" inside bars."""
    return (label.count("(") != label.count(")") or label.count("[") != label.count("]")
            or label.count('"') % 2 == 1 or label.count("|") % 2 == 1)


def _section_term(ctx: Context) -> str:
    """The term a label with none of its own belongs to: the section's, when its heading names
    one or a task ("## 타이머 켜기" / "단계: …": the task's steps), else the note's
    (``note_term``: its title's, when that names a term); "" for neither."""
    heading = ctx.subject
    return heading if names_term(heading) or _names_task_ko(heading) else note_term(ctx.note)


def _owned(ctx: Context, owner: str, aspect: str, answer: str, file_line: int,
           line: str) -> Candidate:
    """An aspect label's card ("장점: …", "Space: O(n)") of ``owner`` (the item it is under,
    the section's or the note's term); with none, the aspect is asked alone and the card's
    context says where ("분류는? (웹 보안 스터디 4주차 › 정의)", not "정의의 분류는?")."""
    owner = _plain_owner(owner)
    if not owner:
        return _cand(ctx, "property", aspect, answer, LABEL_DEFINITION, file_line, line,
                     variant="category")
    return _cand(ctx, "property", f"{owner} {aspect}", answer, LABEL_DEFINITION, file_line,
                 line, detail=aspect, variant="detail")


def _names_platform(ctx: Context, platform: str) -> bool:
    """Whether the note's title or the section's heading names ``platform`` (a note on Redis
    may well say what Redis is)."""
    words = re.escape(END_ASIDE.sub("", platform).strip())
    return any(re.search(rf"(?<![\w.]){words}(?![\w])", text, re.IGNORECASE)
               for text in (ctx.note.title, *ctx.section.heading_path))


def note_subject(note: Note) -> str:
    """What a note is about, from its title: 생성형 AI에 관하여 → 생성형 AI."""
    title = clean_term(note.title)
    title = vocab.TITLE_SUFFIX.sub("", title).strip()
    m = _PAREN_PAIR.match(title)
    if m and is_acronym(m.group("outer").strip()):
        return m.group("outer").strip()
    return title


def note_term(note: Note) -> str:
    """The term a note's title names (``note_subject``), or ``""`` when the title is a story,
    a comparison or a task ("SYN Flood와 SYN Cookie 정리 — 커널 로그에 …", "HSTS 제대로 알고
    켜기"): such a title owns no category or list of the note ("…의 리눅스 기본값은?")."""
    subject = note_subject(note)
    return subject if names_term(subject) else ""


def acronym_pair(text: str) -> tuple[str, str] | None:
    """``(short, long)`` when ``text`` is ``SHORT(Long)``, ``Long (SHORT)`` or ``(SHORT, Long)``."""
    text = clean_term(text)
    m = _PAREN_PAIR.match(text)
    if not m:
        return None
    outer, inner = m.group("outer").strip(" ,"), m.group("inner").strip(" ,")
    if "," in inner and is_acronym(inner.split(",")[0]):
        short, long = (part.strip() for part in inner.split(",", 1))
        if _names_two(short, long):
            # "Meet in the Middle (MITM, 중간에서 만나기)": spelled out before, translated after
            return _checked(short, outer) if initials_match(short, outer) else None
        return _checked(short, long)
    if is_acronym(outer):
        return _checked(outer, inner)
    if is_acronym(inner):
        pair = _checked(inner, outer)
        return None if pair and has_hangul(pair[1]) and not _nearly_word_per_letter_ko(*pair) else pair
    return None


_LET_BE = re.compile(r"let\s+\S.{0,40}?\s+be\s", re.IGNORECASE)
_ASPECT_HEADINGS_KO = frozenset({"성능", "구조", "동작", "한계", "배경"})
"""A Korean heading that names an aspect of the note's subject ("## 성능"): its first sentence says
something of that subject, no definition of the aspect. (The aspects among ``vocab.CATEGORY_WORDS``,
"## 장점", "## 원리", have ended the heading's rules before, at ``split_category``.)"""
_NOT_FIRST = re.compile(r"not\s", re.IGNORECASE)
"""A first sentence that opens on "not" ("## Failure handling" / "NOT self-healing."): it says what the
heading is not, no definition."""
_OPENS_ON_CITATION = re.compile(rf"(?:{CITATION.pattern}),\s")
"""A sentence that opens on who and when ("Peter Fenwick, 1994, originally for cumulative frequency tables")."""
_TITLE_DASH = re.compile(r"\s[—–]\s")
"""A dash between words: what comes before it and after it are two parts of a title."""
_ENGLISH_WORDS = frozenset((*P.VERBS, *P.MODALS))
"""English words a note may write in capitals (MUST, UPDATE, GET): no acronyms."""


def _checked(short: str, long: str) -> tuple[str, str] | None:
    long = clean_span(long)
    if not long or long == short or len(long.split()) > 8 or (" " not in long and (
            is_acronym(long) or re.fullmatch(r"[A-Z0-9]{1,6}", long))):
        return None  # ("CRDTs (CvRDTs)": another acronym, no expansion; "(S0, S1)": two names)
    if re.search(rf"(?<![A-Za-z]){re.escape(short)}(?![A-Za-z])", long):
        return None  # "1-RTT (재접속 시 0-RTT 가능)": a remark that uses it, no expansion
    if vocab.is_meta_label(short):
        return None  # "### … 서버 측은 아님 (TIL)": a tag on the heading, no acronym spelled out
    if "=" in long:
        return None  # "`MAIL FROM`(= 수신 측에서 Return-Path로 보이는 주소)": what it is, in words;
        # "`ACK` (ack=y+1)": a value it carries
    if _TITLE_DASH.search(long):
        return None  # "# … 심층 분석 4장 — 프로세스 스케줄링 (CFS)": a title and its subtitle
    if has_hangul(long):
        if vocab.FIRST_PERSON_KO.match(long + " "):
            return None  # "`SYN` (내 ISN은 x야)": what it says, in the voice of who sends it
        parts = long.split(",")
        if len(parts) > 1 and not any(initials_match(short, p.strip()) for p in parts) and not (
                len(parts) == len(short) >= 3):
            # "OS(윈도우, 리눅스)": examples of it; "ACID(원자성, 일관성, 격리성, 지속성)":
            # one word for each letter, what it stands for.
            return None
        if re.match(r"(?:예|예시|e\.?g\.?|ex)\s*[:.)]|(?:또는|혹은|or)\s", long, re.IGNORECASE) or (
                re.search(r"\s등(?:등)?$", long)):
            return None  # "LLM(예: GPT)", "presigned URL(S3 등)": examples of it; "LN (또는
            # RMSNorm)": another choice
        if short.lower() in _ENGLISH_WORDS or _CONDITION_KO.search(long) or (
                _PREDICATE_END_KO.search(long) or vocab.REASON_END_KO.search(long)) or (
                short in vocab.TIME_ZONES and not _ZONE_NAME_KO.search(long)):
            return None  # "구현 필수(MUST)", "FOR UPDATE (비관적 락)": a word glossed, not
            # spelled out; "PSK (없으면 0으로 채운 값)", "Blind SSRF (… 정도는 가능)": a remark
            # on it; "매핑이 안 됨 (EINVAL)", "… 줄였기 때문 (GQA)", "… 실행될 수
            # 있어서(TOCTOU)": what the sentence says;
            # "타임라인 (KST)": the zone of its times ("한국 표준시(KST)" spells one out)
        first = long.split()[0]
        if ":" in long or (re.match(r"[A-Za-z]{2,}", first)
                           and first[0].lower() != short[0].lower()):
            # "NIC (DMA 복사)": how it gets there; "방법 1: Kahn 알고리즘 (BFS)": a label and
            # a name that the letters do not spell
            return None
        # The letters can't be checked against Korean words; an all-capital
        # short form beside a short noun phrase is how notes write expansions.
        if re.fullmatch(r"[A-Z]{2,6}", short) and len(long) <= 30 and not re.search(
            r"[.!?]|\d{2,}|\d\s*(?:가지|개)", long
        ):
            return short, long
        return None  # (nor a name with digits or signs: "CP949(통합형 한글)", "HFS+(파일 시스템)";
        # nor a count, "DFS(방문 상태 3가지)")
    return (short, long) if initials_match(short, long) else None


def _span(ctx: Context, line: int, text: str, end: int | None = None) -> SourceSpan:
    return SourceSpan(ctx.note.path, line, end or line, squash(text))


def _cand(ctx: Context, kind: str, term: str, answer: str, rule_id: str, line: int,
          text: str, **extra: object) -> Candidate:
    lang = extra.pop("lang", None)
    if not lang and has_hangul(term):
        lang = "ko"  # a Korean term is asked in Korean, whatever its answer is written in
    if not lang:
        # A Korean note is asked in Korean, its English lines too; elsewhere a short label is
        # asked in the note's language, a sentence in its own.
        lang = ctx.note.lang
        if lang != "ko" and (len(answer.split()) >= 5 or len(text.split()) >= 8):
            lang = detect(text + " " + answer)
    return Candidate(
        kind=kind,  # type: ignore[arg-type]
        term=term,
        answer=answer,
        rule=rule_id,
        lang=lang,  # type: ignore[arg-type]
        source=_span(ctx, line, text),
        section=ctx.section.heading_path,
        **extra,  # type: ignore[arg-type]
    )


def category_of(heading: str, lang: str) -> str | None:
    """The category phrase a heading names (``주요 종류``, ``advantages``), if any."""
    m = vocab.category_regex(lang).search(heading)
    return m.group(0) if m else None


_OWNER_LINK = re.compile(r"(?:의|에서|에|의\s+주요)$")


@text_cache(maxsize=4096, longest=200)
def split_category(heading: str) -> tuple[str, str] | None:
    """``(subject, category)`` of a heading like ``CSR 장단점`` or ``TCP의 특징``."""
    # Cached: the rules ask it of the same few headings of a note over and over.
    for lang in ("ko", "en"):
        # Inside a word, a category needs two syllables before it: 영속성 is no 속성 of
        # 영, but 인덱스장단점 are 인덱스's 장단점.
        m = next((found for found in vocab.category_regex(lang).finditer(heading)
                  if _glued(heading[: found.start()]) != 1), None)
        if m:
            subject = heading[: m.start()].strip()
            subject = _OWNER_LINK.sub("", subject).strip()
            if subject.lower() in ("the", "a", "an", "other"):
                subject = ""  # "The phases of TCP Reno": the owner follows, as in "Types of X";
                # "Other uses:" are the section's
            # "The borrowing rules": the rules of borrowing, not of "The borrowing"
            subject = _LEADING_ARTICLE.sub("", subject)
            return subject, heading[m.start() : m.end()].strip()
    return None


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)


def _glued(text: str) -> int:
    """How many Hangul syllables end ``text``: what a word glues to what follows it."""
    count = 0
    for char in reversed(text):
        if not "가" <= char <= "힣":
            break
        count += 1
    return count


def _is_intro_line(text: str) -> bool:
    """A short line with no predicate (or ending in a colon) that a list follows."""
    text = text.strip()
    return "\n" not in text and (text.endswith((":", "：")) or (
        looks_like_label(text, 5, 30) and not re.search(r"[다요음함됨임][.!]?$", text)))


_COUNT = re.compile(r"^(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*가지(?:의)?$")


def _list_term(ctx: Context, heading: str, borrow_owner: bool = False) -> tuple[str, str]:
    """Term and question detail for a list under ``heading`` (or after an intro line).

    With ``borrow_owner``, a bare compound such as ``진행 순서`` takes the
    section's term as its owner (``이분 탐색 진행 순서``).
    """
    parts = split_category(heading)
    if parts is None:
        return heading, ""
    subject, category = parts
    if _COUNT.match(subject):
        subject = ""  # "2가지 조건 만족": a count, not an owner
    elif borrow_owner and subject and ctx.subject and " " not in subject and has_hangul(subject) and (
            not heading.startswith(subject + "의")) and subject not in ctx.subject:
        # "진행 순서" under "이분 탐색": a bare compound needs the section's term.
        return f"{_plain_owner(ctx.subject)} {heading}", category
    if subject:
        # "TCP의 특징" names its own owner: the term is the heading as written
        # (up to the category: "DNS 레코드 종류 정리" is about "DNS 레코드 종류").
        at = heading.find(category)
        cut = at >= 0 and has_hangul(heading)  # English puts the owner after: "Types of X"
        return (heading[: at + len(category)].strip() if cut
                else _LEADING_ARTICLE.sub("", heading)), category
    subject = ctx.subject
    # A note with no title takes its first heading as its subject: "Advantages"
    # is then no owner of itself.
    if not subject or split_category(subject) is not None:
        return category, ""
    return f"{subject} {category}", category


def find(note: Note) -> Iterator[Candidate]:
    """All structural candidates of a note."""
    subject = note_term(note)
    sections = note.sections
    for index, section in enumerate(sections):
        heading = clean_term(section.heading)
        # "## 'use client' 는 경계(boundary)다" states something: no term owns what is under it
        own = heading if heading and not split_category(heading) and not (
            _STATES_KO.search(END_ASIDE.sub("", heading))) else ""
        ctx = Context(note, section, own or _parent_subject(sections, index) or subject)
        if section.heading:
            yield from _heading_rules(ctx, heading)
            yield from _child_headings(ctx, sections, index, heading)
        yield from _block_rules(ctx, heading)


def _parent_subject(sections: tuple[Section, ...], index: int) -> str:
    """The nearest enclosing heading that names a term rather than a category."""
    path = sections[index].heading_path[:-1]
    for heading in reversed(path):
        term = clean_term(heading)
        if term and not split_category(term) and looks_like_label(term):
            return term
    return ""


def _heading_rules(ctx: Context, heading: str) -> Iterator[Candidate]:
    section = ctx.section
    line = section.span.line_start
    pair = acronym_pair(section.heading)
    # "## 풀어볼 문제 (BOJ)": a section of problems to solve, whose aside is no expansion
    if pair and not vocab.holds_no_facts(section.heading):
        yield _cand(ctx, "acronym", pair[0], pair[1], HEADING_ACRONYM, line, section.heading)
    if not heading or split_category(heading) or not looks_like_label(heading, 8, 60):
        return
    if not names_term(heading) or not section.blocks or vocab.HOW_TO_KO.search(heading) or (
            heading in _ASPECT_HEADINGS_KO) or (
            not has_hangul(heading) and (_NOT_ONE_TERM_EN.search(heading) or (
                _ASKS.search(section.heading.strip())))):
        return  # ("UTF-16 and surrogates", "Two families", "Quick recap: …": no one term;
        # '"Most selective column first"?': a claim the section weighs)
    # The first paragraph in the note's own language: a note often quotes an
    # original statement (in English) before explaining it.
    if section.blocks[0].kind == "list" and _ASKS_WHAT_KO.search(section.heading.strip()):
        yield from _listed_definition(ctx, heading, section.blocks[0])
        return
    first = next((b for b in section.blocks if b.kind == "paragraph"
                  and detect(b.text, ctx.note.lang) == ctx.note.lang), None)
    if first is None or any(b.kind != "paragraph" or b.after_code
                            for b in section.blocks[: section.blocks.index(first) + 1]):
        # (a paragraph after a code block speaks of the code: "BF16 autocast라서 …"; one
        # after a table or a list, of what they hold: "주의할 점" over the next list)
        return
    after = section.blocks[1] if len(section.blocks) > 1 else None
    if first is section.blocks[0] and after is not None and after.kind == "list" and (
            _is_intro_line(first.text)):
        return  # "진행 순서" then a list: it introduces the list, it defines nothing
    # Read with the signs inside inline code hidden: "Use `SELECT ... FOR UPDATE` …" is
    # one sentence (and the same text as before when its code holds none).
    masked = mask_code_stops(first.text, first.code)
    sentence = best_sentence(masked, heading)
    announced = _announcement(sentence)
    if len(ANY_ARROW.findall(sentence)) >= 2 or "=>" in sentence or sentence.endswith(":") or (
            _ACRONYM_EQUALS.match(sentence)) or (
            announced is not None and announced[0]) or _ASKS.search(sentence):
        # a sequence of steps, an implication ("Shared prefix => close together"), an
        # acronym spelled out ("G1 = Garbage-First.", the acronym rule's), a sentence
        # that only announces kinds ("힙은 크게 두 종류로 나뉜다"; not "…예약어를 의미하며 총
        # 네 가지 종류가 존재한다"), or a question ("## 0. Starting question" / "If fork()
        # copies the whole process, how …?")
        return
    if (vocab.WRITER_EN.search(sentence.strip()) or _about_the_writing(sentence) or vocab.writer_says_ko(sentence)
            or vocab.FIRST_PERSON_KO.match(sentence.strip()) or vocab.POINTS_BACK_KO.match(sentence.strip())
            or vocab.NOT_YET_TRIED_KO.search(sentence)
            or vocab.WRITER_OPENER_KO.match(sentence.strip()) or vocab.TOLD_KO.search(sentence)
            or vocab.DATELINE.match(sentence.strip())
            or vocab.ITEM_NUMBER.match(sentence.strip())
            or NAME_AND_PAPER.fullmatch(sentence.strip().rstrip("."))
            or CITATION.fullmatch(_FINAL_PAREN.sub("", sentence.strip().rstrip(".")))  # "Breiman, 2001.",
            # "Arthur B. Kahn, 1962 ("Topological sorting of large networks", CACM).": who and when
            or _OPENS_ON_CITATION.match(sentence.strip())  # "Peter Fenwick, 1994, originally for …"
            or _NOT_FIRST.match(sentence.strip())  # "NOT self-healing.": what it is not
            or vocab.ONLY_A_PART_KO.match(sentence.strip())  # "햇갈렸던 부분.": which part it is to the writer
            or _LET_BE.match(sentence.strip())  # "Let f(x) be the true frequency.": a notation
            or vocab.SUPPOSES_NAME_KO.search(sentence)
            or _BELOW_KO.search(sentence) or (has_hangul(sentence) and hedged(sentence))
            or _THERE_ARE_KO.match(sentence.strip()) or vocab.INTRODUCED_KO.search(sentence)
            or vocab.ABOVE_KO.search(sentence) or _equates_another(sentence, heading)
            or (not has_hangul(sentence) and vocab.WRITERS_OWN_EN.search(sentence))):
        return  # "I've used Git for years …", "운영체제 스터디 3주차 정리.", "결국 내 문제는 …",
        # "이거 실무에서 진짜 한 번 당함.",
        # "작년에 …", "…으로 갈아엎었다", "2024-02-17 / …", "…3번 해결함 ㅠ": the writer's story
        # defines no term; "kernel 4.20+에서 `cpu.pressure`, …가 있어요": what is there, neither; nor
        # "PG 9.5에 추가됐다": when it came; nor "직접 위 코드 짤 일은 …": of the code above; nor "LCP 요소 =
        # 상품 메인 이미지" under "## LCP": what something else is; nor "…, the thing that keeps tripping me
        # up:": the writer's
    answer = unmask(_definition_text(sentence))
    sentence = unmask(sentence)
    # Last, as it costs an analysis of the first sentence.
    opening = first.text.split("\n")[0]
    if not answer or _label_match(opening) or _bold_dash(first, 0, opening) or (
            vocab.REASON_END_KO.search(answer)) or _ALIAS_FIRST.match(answer) or (
            vocab.INSTRUCTION_EN.match(answer)) or _EXAMPLE_VALUE.fullmatch(answer) or (
            _ONLY_WHAT_NOT.match(answer)) or vocab.ONLY_HOW_KO.search(sentence.strip()) or (
            opening.lstrip().startswith("(")) or (
            vocab.WRITERS_OWN_EN.search(_CLAUSE_END.split(answer, maxsplit=1)[0])) or (
            _WRITER_I_EN.search(answer) or vocab.COURSE_PLACE.match(answer)) or (
            vocab.only_a_verdict(answer)) or (
            (verdict := _IS_REST_EN.match(answer)) and vocab.only_a_verdict(verdict.group("rest"))) or (
            _about_something_else(masked, heading, ctx)):
        return  # ("앞의 2는 K와 V 두 개라서.": why something above is so, under "## 메모리 계산";
        # "Also called PFS (…)": another name, the acronym rule's, no definition; "Part of my
        # string-algorithms review block.": the writer's; "Clip once, after …": what to do;
        # "https://app.example.com/callback?code=…": an example's value; "Not really a
        # request.": what it is not; "그림 대신 화살표로.": how the section shows it; "(week 5, Tue.
        # prof went fast …)": an aside; "OS course wk 6 + stuff I looked up …": the writer's;
        # "The classic.", "harder.": a verdict)
    yield _cand(ctx, "definition", heading, answer, HEADING_DEFINITION,
                first.line_at(max(first.text.find(sentence[:20]), 0)), sentence)


_THERE_ARE_KO = re.compile(r"\S+(?:\s\S+)?에서\s.*(?:이|가)\s*있(?:다|어요|습니다|음)[.!]?$")
"""A Korean sentence that says what there is somewhere ("kernel 4.20+에서 `cpu.pressure`, …가
있어요"): it defines nothing."""


def _equates_another(sentence: str, heading: str) -> bool:
    """Whether a heading's first sentence equates something of the heading's term, not the term ("LCP
    요소 = 상품 메인 이미지" under "## LCP"; not "lps[k] = length of …" under "## Prefix function")."""
    m = re.match(r"([^=]{1,40}?)\s=\s", sentence.strip())
    return m is not None and clean_term(m.group(1)).casefold().startswith(heading.casefold() + " ")


_ONLY_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_WRITER_I_EN = re.compile(r"\b(?:I|we)\s+(?:[a-z]+ed|found|saw|got|had|made|read|wrote|ran|did|knew|thought)\b")
"""The writer saying what they did ("OS course wk 6 + stuff I looked up after …", "every error message
I found says …", "Roughly what we ran."); not "Type I errors are …"."""
_ONLY_WHAT_NOT = re.compile(r"Not\s")
"""A first line that opens by saying what the heading's term is not ("### SIGKILL" / "Not
really a request."): no account of what it is."""

_LABELLED_HEADING = re.compile(r"\S[:：]\s")
_BELOW_KO = re.compile(rf"(?:아래|다음)(?:의)?\s*{vocab.COUNT_WORDS}\s*(?:개|가지)")
"""A Korean first line that points at what follows by its count ("핵심은 아래 네 개 (+ …)."): the
table or list after it says what the heading holds, the line itself defines nothing."""
_ALIAS_FIRST = re.compile(r"(?:also\s+(?:called|known\s+as)|a\.?k\.?a\.?)\s", re.IGNORECASE)
"""A first sentence that gives the heading's term another name ("Also called PFS (perfect
forward secrecy)"), not what it is."""
_ASKS_WHAT_KO = re.compile(r"란(?:\s*무엇(?:인가요?|일까요?|이지))?\s*\??$")
"""A heading that asks what its term is ("OOM killer란", "멱등성이란?")."""
_NOUN_DEFINITION_KO = re.compile(r"[가-힣](?:는|은|인|한|된|던|할|될|의)\s+(?:\S+\s+)?[가-힣\w]+$")
"""A noun phrase under a modifier clause: "…프로세스를 골라서 죽이는 장치", "…독립된 3차원
그룹"; not a statement ("…흔히 생김", "…정렬되지 않음")."""


def _listed_definition(ctx: Context, heading: str, block: Block) -> Iterator[Candidate]:
    """The definition of a heading that asks what its term is, from the list that opens
    the section: its first item (after one that spells the acronym out), when that is a
    noun phrase ("## OOM killer란" / "- OOM = Out Of Memory" / "- 커널이 … 죽이는 장치")."""
    for item in block.items:
        line = first_line(item.text)
        if not _ACRONYM_EQUALS.match(line):
            break
    else:
        return
    if _label_match(line):
        return  # ("- **멱등성**: …" is the label rule's)
    sentence = first_sentence(mask_code_stops(item.text, item.code))
    answer = _definition_text(sentence)
    if answer and _NOUN_DEFINITION_KO.search(_FINAL_GLOSS.sub("", unmask(answer))):
        yield _cand(ctx, "definition", heading, unmask(answer), HEADING_DEFINITION, item.line,
                    unmask(sentence))


def _names_two(short: str, long: str) -> bool:
    """Whether ``(SHORT, long)`` names two things rather than spelling SHORT out: "두
    저장소(DB, 브로커)", "(DB, 외부 API 호출)", "Meet in the Middle (MITM, 중간에서 만나기)" (a
    translation beside the acronym); "(OOV, out-of-vocabulary 문제)" spells its letters out."""
    return has_hangul(long) and not any(initials_match(short.strip(), run.strip())
                                        for run in _LATIN_RUN.findall(long))


def inline_acronyms(text: str) -> Iterator[tuple[str, str, int]]:
    """``(short, long, offset)`` for every acronym expanded in parentheses in ``text``."""
    if "(" not in text:
        return  # every pattern below needs one: most text is spared four scans
    seen: set[str] = set()
    for m in _INLINE_SHORT_LONG.finditer(text):
        # "생성형 AI (생성형 인공지능)": AI is part of a longer Korean term, and
        # the parenthesis glosses that whole term.
        before = text[max(0, m.start() - 40) : m.start()].split()
        # ("이 논문은 LLM(대형 언어 모델)": 논문은 ends in a particle, LLM stands alone;
        # so it does after a sentence's end, "…확장했다. LLM(…)", or a connective,
        # "그래서 LLM(…)".)
        if (has_hangul(m.group("long")) and before and has_hangul(before[-1])
                and text[m.start() - 1 : m.start()].isspace()
                and not _KO_PARTICLE_END.search(before[-1])
                and not before[-1].endswith((".", "!", "?", ",", ";", ":"))
                and before[-1] not in DISCOURSE_WORDS):
            continue
        if is_acronym(m.group("short")):
            pair = _checked(m.group("short"), m.group("long"))
            if pair and has_hangul(pair[1]) and not _word_per_letter_ko(*pair):
                continue
            if pair and pair[0] not in seen:
                seen.add(pair[0])
                yield pair[0], pair[1], m.start()
    for m in _INLINE_PAIR.finditer(text):
        if _names_two(m.group("short"), m.group("long")):
            continue
        pair = _checked(m.group("short"), m.group("long"))
        if pair and pair[0] not in seen:
            seen.add(pair[0])
            yield pair[0], pair[1], m.start()
    if not _PAREN_ACRONYM.search(text):
        return  # both patterns below end in "(SHORT)"
    for m in _INLINE_KO_LONG_SHORT.finditer(text):
        short = m.group("short")
        if not is_acronym(short) or short in seen or _glued_after(text, m.end()):
            continue
        # Keep the noun words right before the parenthesis; a word ending in a
        # particle or a modifier belongs to the sentence, not to the name.
        words = m.group("long").split()
        kept: list[str] = []
        for word in reversed(words):
            if kept and _KO_PARTICLE_END.search(word):
                break
            kept.insert(0, word)
        if len(kept) >= 2:
            pair = _checked(short, " ".join(kept))
            if pair and not _nearly_word_per_letter_ko(*pair):
                continue
            if pair:
                seen.add(short)
                yield pair[0], pair[1], m.end("long") - len(pair[1])
    for m in _INLINE_LONG_SHORT.finditer(text):
        short = m.group("short")
        if not is_acronym(short) or short in seen or _glued_after(text, m.end()):
            continue
        words = m.group("long").split()
        # The expansion is the shortest run of words before the parenthesis that fits.
        for n in range(1, len(words) + 1):
            long = " ".join(words[-n:])
            if initials_match(short, long):
                seen.add(short)
                yield short, long, m.end("long") - len(long)
                break


def _word_per_letter_ko(short: str, long: str) -> bool:
    """Whether the Korean words in brackets after an acronym spell it out: nouns alone, one for
    each of its letters ("LLM(대형 언어 모델)", "RLHF(인간 피드백형 강화학습)", "ACID(원자성, …)"),
    or letters of it kept ("RDB(관계형 DB)"). Fewer or more ("NER(토큰 분류)", "RAM(물리 메모리)")
    or a clause ("RSA(이름이 세 사람 이니셜)", "UNLINK(백그라운드 스레드에서 메모리 해제)") say what
    it is or does, no expansion. (``short`` is in capitals, as ``_checked`` lets through.)"""
    nouns, only_nouns = _spelling_nouns(short, long)
    return only_nouns and nouns == len(short)


def _nearly_word_per_letter_ko(short: str, long: str) -> bool:
    """Whether Korean words before an acronym in brackets translate it: about a noun for each of
    its letters, one fewer allowed, as a Korean compound often holds two ("자연어처리 (NLP)", "합성곱
    신경망(CNN)", "운영체제(OS)"). Fewer are what it is or where it is used, no expansion ("성공
    로그(INFO)", "## 캐시 일관성 (MESI)")."""
    return _spelling_nouns(short, long)[0] >= len(short) - 1


def _spelling_nouns(short: str, long: str) -> tuple[int, bool]:
    """How many of ``short``'s letters the words of ``long`` stand for (a noun one, a Latin word
    of its letters kept as many as it holds: "RDB(관계형 DB)"), and whether ``long`` holds nothing
    but such words and what joins them."""
    from notequiz.analyze.morphemes import analysis

    nouns, only_nouns = 0, True
    for tok in analysis(long).tokens:
        if tok.tag == "SL" and tok.text.upper() in short.upper():
            nouns += len(tok.text)
        elif tok.tag in _SPELLING_WORDS:
            nouns += 1
        elif tok.tag not in _SPELLING_PARTS:
            only_nouns = False
    return nouns, only_nouns


_SPELLING_WORDS = frozenset({"NNG", "NNP", "SL"})
_SPELLING_PARTS = frozenset({"XPN", "XSN", "SP"})
"""Kiwi's tags of a Korean expansion's words (nouns, Latin words), and of what joins them
(a prefix or suffix, a comma)."""


def _glued_after(text: str, end: int) -> bool:
    """Whether a Latin letter or digit follows ``text[:end]``'s closing parenthesis: the
    parenthesis is part of a word ("(EC)DHE"), no gloss of the words before it."""
    return end < len(text) and text[end].isascii() and text[end].isalnum()


def _about_the_writing(sentence: str) -> bool:
    """True for a Korean sentence with no topic that ends as notes on the writing do."""
    if not vocab.on_the_writing_ko(sentence):
        return False
    from notequiz.extract.korean import sentence_topic

    return not sentence_topic(sentence)


def _about_something_else(text: str, heading: str, ctx: Context) -> bool:
    """True unless the first sentence under a heading defines the heading's term.

    A Korean sentence does when its subject is left out (``## Race Condition`` then ``공유
    자원에 … 상태``), or when it speaks of the note's own subject (the
    heading names an aspect of it). A sentence whose topic is the heading
    itself is left to the sentence rules, and one about anything else (``##
    Text`` then ``텍스트 생성은 …``) describes something else.
    """
    sentence = first_sentence(text)
    aside = END_ASIDE.search(heading)
    if aside and sentence.lstrip("`*_ ").startswith(aside.group().strip(" ()")):
        return True  # "## 매니페스트 (autoscaling/v2)" then "`autoscaling/v2`가 1.23부터 GA": of the aside
    if not has_hangul(sentence):
        # "## Packfiles" then "Loose objects are stored …": an English sentence
        # whose subject is something else describes that. A fragment, or a
        # sentence about the heading's term, defines it.
        from notequiz.extract.english import (
            clause_subject,
            is_order,
            pronoun_verb,
            words_before_verb,
        )

        if _CIRCUMSTANCE.match(sentence) or is_order(sentence, on_pronoun=True) or (
                pronoun_verb(sentence)) or _LEGEND_EN.match(sentence):
            return True  # "With X, CFS is fair …", "That's it.", "Store a timestamp …", "Put
            # it on `th` …", "L = length of the word, P = length of the prefix": a legend
        equated = _EQUATED_EN.match(sentence)
        if equated and " " in equated.group("x"):
            # "## Multi-Paxos" then "Single-decree Paxos = agree on one value": of another term
            return not _names_heading(equated.group("x"), heading)
        subject = clause_subject(sentence)
        if not subject and _PREPOSITION_EN.match(sentence):
            # "In nginx, `max_fails` and `fail_timeout` implement …" under "## Config
            # snippet": a clause after a circumstance is about the heading's term only
            # when that comes before its verb ("In computing, a cache is …").
            subject = words_before_verb(sentence)
            if not subject and (copula := _AFTER_SETTING_EN.search(sentence)):
                subject = copula.group(1)  # "In SGD, L2 regularization (add λ/2‖θ‖² …) and …
                # are the same thing": a subject of formulas the parse does not find
        return bool(subject) and not word_forms(subject) & word_forms(heading)
    from notequiz.extract.korean import is_aside, sentence_topic, states_a_condition

    if is_aside(sentence) or _WHEN_KO.match(sentence) or SHARE_OPENER.match(sentence) or (
            not _ASKS_WHY_KO.search(heading) and states_a_condition(sentence)):
        return True  # "Wrapper class 인 경우는 …" says what to do then, "…저장하면 비용이
        # 감당이 안 됩니다" what follows then, "대부분은 …" what most of something is; none
        # defines anything
    means = _MEANS_KO.match(sentence)
    if means and not fold_words(means.group("x")) & fold_words(heading):
        return True  # "## 커스텀 / 외부 지표" then "CPU만으로는 부족한 경우가 많음": why, with what else
    found = sentence_topic(sentence)
    if not found:
        return False
    topic = fold_words(found)
    if topic & fold_words(heading):
        return True
    related = fold_words(note_subject(ctx.note)) | fold_words(ctx.subject)
    return not topic & related


def _names_heading(name: str, heading: str) -> bool:
    """Whether ``name`` has every word of ``heading``, an acronym of it spelled out ("k-fold
    cross-validation" for "## k-fold CV"; not "Single-decree Paxos" for "## Multi-Paxos")."""
    named = word_forms(name)
    words = name.split()
    spelled = {a.casefold() for a in heading.split() if is_acronym(a) and any(
        initials_match(a, " ".join(words[i:])) for i in range(len(words)))}
    return all(w in spelled or word_forms(w) & named for w in fold_words(heading) - _STOP_WORDS)


_IS_REST_EN = re.compile(r"[^,;]{1,60}?\s(?:is|are)\s(?P<rest>.+)")
"""An English first line that says what the heading's term is ("HNSW is the default answer unless
…"): what follows the verb is what a verdict check reads."""
_FINAL_PAREN = re.compile(r"\s*\([^()]*\)$|,\s*[\"“][^\"“”]*[\"”]$")
"""A closing bracket after a citation, the paper's title and where it appeared, or the title in
quotes ("Holtzman et al. 2019, "The Curious Case of Neural Text Degeneration".")."""
_AFTER_SETTING_EN = re.compile(r",\s*(.+?)\s+(?:is|are)\s")
_EQUATED_EN = re.compile(r"(?:an?\s+|the\s+)?(?P<x>[^=]{1,40}?)\s+=\s")
"""An English line that says what a name is with an equals sign ("Single-decree Paxos = agree on
one value"); a name of one word is a formula's ("Gain = ½ [ … ] − γ" under "## Split gain")."""
_LEGEND_EN = re.compile(r"\S+\s=\s[^=]+,\s*\S+\s=\s")
"""A legend of symbols ("L = length of the word, P = length of the prefix, …")."""
_PREPOSITION_EN = re.compile(
    r"(?:In|On|At|For|From|Under|Within|Inside|Across|Per|By|Without|Through)\s")
"""An English sentence that opens with a circumstance ("In nginx, …", "For a service …")."""
_WHEN_KO = re.compile(r"^[^.,]{0,40}?(?:경우|때)(?:에)?(?:는|엔)\s")
_MEANS_KO = re.compile(r"^(?P<x>[^\s,.]+?)(?:만)?(?:으로는|로는)\s")
"""The opening of a Korean sentence that says with what ("CPU만으로는 …")."""
"""The opening of a Korean sentence that says when ("…인 경우는", "…할 때는")."""
_ASKS_WHY_KO = re.compile(r"(?:이유|원인)$")
"""A heading that asks why ("0.1이 정확하지 않은 이유"): a condition may well answer it."""
_JOINED = re.compile(r"(?:^|\s)(\S+?)(와|과)(?=\s+\S)")
_NOUNS_IN_GWA = frozenset({"결과", "성과", "통과", "학과", "간과", "일과"})
"""Nouns that end in 과 after a final consonant, as the particle would: no joint."""


def _joins_two(heading: str) -> bool:
    """True for a Korean heading that joins two things with 와/과 ("정규화와 hidden bit").

    The particle agrees with the word before it (와 after a vowel, 과 after a
    consonant); a word that ends in 과 against that rule is a noun (효과, 사과).
    """
    from notequiz.phrase.particles import has_final_consonant

    for m in _JOINED.finditer(heading):
        word, particle = m.group(1), m.group(2)
        if not has_hangul(word[-1]):
            return True  # "inode와 …", "IEEE 754와 …": a Latin word may take either
        final = has_final_consonant(word)
        if (particle == "와" and final is False) or (
                particle == "과" and final and word + particle not in _NOUNS_IN_GWA):
            return True
    return False


_NOT_ONE_TERM_EN = re.compile(
    r"\s(?:and|&)\s|^(?:two|three|four|five|several|\d+)\s+\w+s$|^[^:]{1,30}:\s"
    r"|^(?:the\s+)?(?:problem|issue|trouble)s?\s+with\s", re.IGNORECASE)
"""An English heading of two things, of a count, of a label and a title, or of what is
wrong with something ("The problem with plain bitmaps")."""
_SEVERAL = re.compile(r",|\s[-–—]\s(?![A-Za-z][A-Za-z ]*$)")
"""A heading that lists or subtitles ("r, w, x 의미", "점수 계산 - TF-IDF와 BM25"); not one
with an English gloss ("프로세스 - Process"), nor a comma inside brackets (_PARENS_ANY)."""
_PARENS_ANY = re.compile(r"\([^()]*\)")
_LETTER = re.compile(r"[^\W\d_]")
_NO_CONTENT = re.compile(
    r"^(?:#[^\s#]+\s*)+$|^\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?(?:\s*\([^)]{1,4}\))?$"
    r"|^(?:or|and|but|also)\s|^same(?:\s+\w+)?(?:\s+as\s+above)?\.?$"
    r"|^아님\.?$|^[^\s가이]+[가이]\s+제안함\.?$|^(?:Credited\s+to|Defined\s+in)\s|^no\.?$")
"""A line of tags (#css #frontend), a date (2024.06.18 (화)) or the rest of a sentence cut by
a code block ("or `journalctl -k` …"): nothing defined; nor by "same effect", "same shape as
above" or "also HLC", which point at the line before, a bare "아님" or "no" (the answer to a
heading or label that asks), who proposed it ("Dijkstra가 제안함.", "Credited to Alan Waterman, …")
or where it is defined ("Defined in RFC 5861 (…)")."""
_CIRCUMSTANCE = re.compile(
    r"^(?:(?:When|Whenever|With|Once|If|After|Before|Since|Because|Although|While|Unlike"
    r"|(?:The\s+first|Every|Each|Any|The\s+next)\s+time)\b[^,]{0,80},"
    r"|(?:This|That|It|Here|There)(?:'s|’s|\s+(?:is|was|are|were)\b)"
    r"|(?:Suppose|Imagine|Assume|Say we|Let's say|Consider)\b|To\s+\w+\b[^,]{0,80},"
    r"|[^,]{0,30}\b(?:it|this|that|they)\s+(?:was|were)\b)")
"""The opening of an English sentence that says when, points elsewhere or supposes: no
definition."""


def _restates_parts(text: str, label: str) -> bool:
    """True when the first sentence takes a part of ``label`` as its own topic.

    ``정밀도와 재현율: …, 정밀도는 …이고, 재현율은 …`` states two facts about
    the label's parts; ``논클러스터드 인덱스: 데이터는 그대로 두고 …`` still
    describes the label.
    """
    sentence = first_sentence(text)
    if not has_hangul(sentence):
        return False
    from notequiz.extract.korean import sentence_topic

    topic = sentence_topic(sentence)
    # "정밀도와 재현율": the parts are joined by 와/과
    parts = fold_words(re.sub(r"(?<=[가-힣])(?:와|과)(?=\s)", "", label))
    return bool(topic) and fold_words(topic) != parts and bool(fold_words(topic) & parts)


_WORD_BREAK = re.compile(r"[\s()\[\],/]+")
_FINAL_PARTICLE = re.compile(r"(?:은|는|이|가|의|을|를)$")
_GLOSS = re.compile(r"\s*\([^()]*\)")
_FINAL_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")


def fold_words(text: str) -> set[str]:
    """Lower-cased words of ``text`` with particles and brackets left aside."""
    out = set()
    words = _WORD_BREAK.split(text.lower())
    for k, word in enumerate(words):
        word = _FINAL_PARTICLE.sub("", word)
        if k + 1 < len(words) and words[k + 1]:
            word = _JOINING.sub("", word)  # "이미지와 컨테이너" joins two terms
        if len(word) >= 2:
            out.add(word)
    return out


_JOINING = re.compile(r"(?<=[가-힣])(?:와|과)$")
_STOP_WORDS = frozenset({"the", "an", "of", "and", "or", "in", "on", "to", "for", "with"})


def word_forms(text: str) -> set[str]:
    """``fold_words(text)`` but for a few function words, each also without a plural
    ending: "Bonuses" meets "Bonus"."""
    out = set()
    for word in fold_words(text) - _STOP_WORDS:
        out.add(word)
        if word.endswith("ies"):
            out.add(word[:-3] + "y")  # queries: query
        elif word.endswith("s"):
            out.update((word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],))
    return out


_NEW_TOPIC = re.compile(r",\s+\S+(?:은|는)\s")
_FINAL_ASIDE = re.compile(r"(?<![A-Za-z0-9_(α-ωΑ-Ω])(?<![/*+=−&|^%<>-]\s)(?<![/*+=−&|^%<>-])(?<!\bof\s)"
                          r"(?<!\band\s)(?<!\bor\s)"
                          r"\s*\([^()]*\s[^()]*\)\s*$"
                          r"|(?<=[A-Za-z0-9_])(?<!\bO)\([^(),+=^_{}]*\s[^(),+=^_{}]*\s[^(),+=^_{}]*\)\s*$")
"""A closing aside in brackets ("…자료구조(자세한 구현은 아래 참고)", "… structure(see the paper
for details)"); not a call's arguments glued to its name (merge(b, a)), nor a bound in big-O
notation ("O(n log k)"), nor a formula's ("tanh(W h_{t-1} + U x_t + b)", "−G_j / (H_j + λ)",
"σ(W_o [h_{t-1}, x_t] + b_o)", "mask & (1 << j)"), nor the last of a pair ("(x1, +1, y1, y2) and (x2,
-1, y1, y2)")."""
_CONNECTIVE_END = re.compile(r"(?:지만|하고|하며|으며|고|며|서|면|는데)$")


_TOPIC_AFTER_TERM = re.compile(r"\s*(?:은|는|이란|란|is|are|means)\s")

_NOT_A_DEFINITION = re.compile(
    r"^(?:예\)|예를\s*들|예시|만약|만일|아래와\s*같|다음과\s*같|위와\s*같|e\.g\.|for example|if\s)",
    re.I)


def best_sentence(text: str, term: str) -> str:
    """The sentence of ``text`` most likely to define ``term``.

    One that opens with the term as its topic wins; otherwise the first that
    is not an example or a condition; ``""`` when there is none.
    """
    candidates = sentences(text)
    bare = _GLOSS.sub("", term).strip().lower()
    if bare:
        # The term as written, then a topic word: no pattern made per term
        # (those would push the rules' own out of ``re``'s cache).
        for sentence in candidates:
            lowered = sentence.lower()
            if lowered.startswith(bare) and _TOPIC_AFTER_TERM.match(lowered, len(bare)):
                return sentence
    for sentence in candidates:
        if not _NOT_A_DEFINITION.match(sentence):
            return sentence
    return ""  # only examples and conditions: nothing here defines the term


_NAMES_SOMETHING = re.compile(
    r"(?:이)?라고?\s*(?:도\s*)?(?:부른다|부릅니다|부름|한다|합니다|함|칭한다|지칭한다|불린다)[.!]?$"
)
"""``…하는 방식을 슬라이딩 윈도우라고 한다``: the naming rules make that card, the
description asked and the name as the answer."""

_STATES_CATEGORY = re.compile(
    r"(?:장점|단점|특징|한계|문제점?)(?:이|가)\s*(?:있|존재)\S*[.!]?$"
    r"|(?:이|가)\s*(?:목적|목표|핵심)(?:이다|입니다|임)?[.!]?$"
)
"""``…장점이 있다``, ``…것이 목적이다``: the sentence states an advantage or an aim, not
what its subject is (the sentence rules make those cards)."""


_POINTS_ON_EN = re.compile(r"\b(?:is|are|like\s+this|as\s+follows)[.:]?\s*$", re.IGNORECASE)
"""An English sentence that stops where what follows takes over ("The lifecycle of a signal
is", "The flow on login looks like this:")."""


_WHY_IT_IS_KO = re.compile(r"이유는\s.*때문(?:이다|입니다|이에요|임)?[.!]?$")
"""A sentence that says why ("헷갈리는 이유는 …가 아니기 때문이다"): no definition."""


_ALL_ASIDE = re.compile(r"\((?:[^()]|\([^()]*\))*\)[.!]?")
"""A sentence wholly in brackets ("(3.12+ has the new … syntax, haven't tried it yet)"): a remark
on what came before, no definition."""


def _definition_text(text: str) -> str:
    sentence = first_sentence(text)
    if (not _LETTER.search(sentence)  # "**1. 미완료 업로드의 요금**" cut at "1.": no words
            or _STATES_CATEGORY.search(sentence.strip()) or vocab.pointer_topic(sentence)
            or _NAMES_SOMETHING.search(sentence.strip()) or _NO_CONTENT.match(sentence.strip())
            or vocab.BEST_KNOWN_KO.match(sentence.strip())
            or vocab.COUNTED_KO.search(sentence.strip()) or _POINTS_ON_EN.search(sentence)
            or _WHY_IT_IS_KO.search(sentence.strip()) or _ALL_ASIDE.fullmatch(sentence.strip())):
        return ""
    # A trailing aside of several words is not part of the definition; a short
    # gloss such as "(subject)" is.
    sentence = _FINAL_ASIDE.sub("", sentence) or sentence
    # "토큰의 만료시간(expiration), 시간은 …": a new topic starts a new statement.
    cut = _NEW_TOPIC.search(sentence)
    if cut and cut.start() >= 4 and not _CONNECTIVE_END.search(sentence[: cut.start()]) and (
            not _unclosed(sentence[: cut.start()])):  # ("한글 음절(U+AC00~U+D7A3, 11,172자)은 …")
        sentence = sentence[: cut.start()]
    return trim_copula(sentence)


def _shared_head(heading: str, names: tuple[str, ...]) -> str:
    """The heading's last word when every name ends in it (as itself or in its gloss).

    ``Key`` for ``Candidate Key (후보키)``, ``Primary Key (기본키)`` …; ``Anomaly``
    for ``삽입 이상 (Insertion Anomaly)``, ``갱신 이상 (Update Anomaly)`` ….
    """
    words = _FINAL_GLOSS.sub("", heading).split()
    if len(names) < 3 or not words:
        return ""
    head = words[-1].casefold()

    def ends_in_head(name: str) -> bool:
        gloss = _PAREN_PAIR.match(name)
        parts = [gloss.group("outer"), gloss.group("inner")] if gloss else [name]
        return any(len(p.split()) >= 2 and p.split()[-1].casefold() == head for p in parts)

    return words[-1] if all(ends_in_head(n) for n in names) else ""


def _kinds(ctx: Context, heading: str, names: tuple[str, ...], line: int,
           text: str) -> Iterator[Candidate]:
    head = _shared_head(heading, names) if heading and not split_category(heading) else ""
    if head:
        lang = ctx.note.lang
        kinds = "종류" if lang == "ko" else "types"
        yield _cand(ctx, "list", f"{head} {kinds}", "; ".join(names), LIST_OF_KINDS, line, text,
                    items=names, detail=kinds, variant="detail", lang=lang)


def _child_headings(ctx: Context, sections: tuple[Section, ...], index: int,
                    heading: str) -> Iterator[Candidate]:
    section = sections[index]
    if not heading:
        return
    children = []
    for other in sections[index + 1 :]:
        if other.level <= section.level:
            break
        if len(other.heading_path) == len(section.heading_path) + 1:
            children.append(other)
    # The card's source is the heading and the sub-headings it lists.
    items = tuple(dict.fromkeys(t for c in children if (t := clean_term(c.heading))))
    source = "\n".join([section.heading, *(c.heading for c in children)])
    if not split_category(heading):
        yield from _kinds(ctx, heading, items, section.span.line_start, source)
        return
    if len(items) < 2 or any(END_ASIDE.sub("", i).casefold() in vocab.SKIP_HEADINGS
                             or vocab.QUESTION_HEADING.search(i) or _has_topic_ko(i)
                             for i in items):
        return  # "## 정의", "## 어디서 무엇을 쓰나", "## 구현 (Python)": the parts of a note,
        # not things listed; "### CPU 사용률은 requests 기준": a heading that states a point
    term, detail = _list_term(ctx, heading)
    lang = detect(" ".join(items) + " " + heading)
    process = vocab.is_process(heading)
    if process and "방법" in heading and not all(_NUMBERED.match(c.heading) for c in children):
        # "## 충돌 해결 방법" over "### 체이닝", "### 개방 주소법": ways to choose from, not
        # the steps of one (unless numbered: "### 1. 설치")
        process = vocab.is_process(heading.replace("방법", ""))
    if process and _NUMBERED.match(section.heading):
        return  # "## 1. Firmware 단계" over "### BIOS (legacy)", "### UEFI": one stage of the
        # note's, numbered; what is under it are its parts, not its steps
    kind = "steps" if process else "list"
    yield _cand(ctx, kind, term, "; ".join(items), CHILD_HEADINGS, section.span.line_start,
                source, items=items, detail=detail, lang=lang,
                variant="detail" if detail else "")




def _has_topic_ko(heading: str) -> bool:
    """True for a Korean heading with a topic (…은/는): it states something, it names nothing."""
    if not has_hangul(heading):
        return False
    from notequiz.analyze.morphemes import analysis

    return any(t.tag == "JX" and t.text in ("은", "는") for t in analysis(heading).tokens)


_NUMBERED = re.compile(r"^(?:\d+(?:-\d+)*[.):]|step\s*\d+|\d+\s*단계|[①-⑳])", re.IGNORECASE)
"""A heading numbered as a step: ``1. 설치``, ``1-2. 구문 분석``, ``Step 2``, ``2단계``."""


def _inline_acronym_rules(ctx: Context, block: Block) -> Iterator[Candidate]:
    korean: bool | None = None  # the block's language, worked out at the first acronym
    for short, long, at in inline_acronyms(block.text):
        if korean is None:
            korean = detect(block.text) == "ko"
        # The rule is the language of the text it was found in: "ISP(Internet
        # Service Provider)캐시" in a Korean sentence is a Korean-text acronym.
        rule_id = INLINE_ACRONYM_KO if korean or has_hangul(long) else INLINE_ACRONYM_EN
        line = block.line_at(at)
        start = block.text.rfind("\n", 0, at) + 1
        end = block.text.find("\n", at)
        text = block.text[start : end if end >= 0 else None]
        if has_hangul(long) and TASK_BOX.match(text.lstrip()):
            continue  # "- [ ] BIMI(받은편지함에 브랜드 로고 표시)도 궁금함": in the writer's to-do, what
            # they mean to look into; "- [ ] ARC(Authenticated Received Chain) …" spells it out
        if (label := _label_match(text.lstrip(" -*"))) and clean_term(label.group("label")).casefold() in (
                vocab.LINK_LABELS):
            continue  # "관련: [[펜윅 트리 (BIT)]]": other notes' titles, which those notes read
        within = block.text.find(long, at)
        if within >= 0 and any(a <= within and within + len(long) <= b for a, b in block.code) and (
                "".join(c for c in long if c.isupper()) != short.upper()):
            continue  # "JPA(`JpaTransactionManager`)": a name in code, what is used, no expansion
            # (not "RWO (`ReadWriteOnce`)")
        # A short line without Korean ("- Windows: IOCP(I/O Completion Port)") is asked in
        # the note's language; an English sentence in English (``_cand``).
        yield _cand(ctx, "acronym", short, long, rule_id, line, text,
                    lang="ko" if has_hangul(text) else None)


def _block_rules(ctx: Context, heading: str) -> Iterator[Candidate]:
    blocks = ctx.section.blocks
    yield from _continuations(ctx, blocks)
    for block in blocks:
        yield from _inline_acronym_rules(ctx, block)
        for item in _walk(block.items):
            for inner in item.blocks:
                yield from _inline_acronym_rules(ctx, inner)
    yield from _paragraph_list(ctx, heading)
    for i, block in enumerate(blocks):
        if block.kind == "paragraph":
            yield from _announced_spans(ctx, block)
            yield from _asked_lines(ctx, block)
            yield from _label_lines(ctx, block)
            yield from _arrow_steps(ctx, block, blocks[i - 1] if i > 0 else None)
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None:
                yield from _label_block(ctx, block, nxt)
        elif block.kind == "list":
            prev = blocks[i - 1] if i > 0 else None
            # A list right after the section's opening paragraph follows its definition.
            after_opening = i == 1 and prev is not None and prev.kind == "paragraph"
            yield from _list_rules(ctx, block, prev, heading, first=(i == 0),
                                   after_opening=after_opening)


_ASIDE_PARAGRAPH = re.compile(r"^\s*[(\[（].*[)\]）]\s*$")
_TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_FIRST_SENTENCE = re.compile(r"^(?P<s>.+?(?:[.!?]|[다음함됨임]\.))(?:\s|$)")


def _paragraph_list(ctx: Context, heading: str) -> Iterator[Candidate]:
    """Under ``## 장점`` with no list, each short paragraph is one advantage."""
    from notequiz.extract.korean import is_aside

    blocks = ctx.section.blocks
    parts = split_category(heading) if heading else None
    # 장단점 mixes both kinds in prose, as "## Pros / cons" does: a list of it would not say which
    # is which.
    if parts is None or vocab.is_process(heading) or "장단점" in parts[1] or len(
            vocab.category_regex("en").findall(heading)) > 1:
        return
    if any(b.kind in ("list", "table") for b in blocks):
        return
    paragraphs = [b for b in blocks if b.kind == "paragraph" and not b.is_navigation
                  and not _ASIDE_PARAGRAPH.match(b.text)]
    if not 2 <= len(paragraphs) <= 10:
        return
    items: list[str] = []
    for block in paragraphs:
        line = block.text.strip().split("\n")[0]
        if len(line) > 120 or line.rstrip().endswith((":", "：")) or len(
                re.findall(r"[.!?](?:\s|$)", line)) > 2:
            return
        m = _FIRST_SENTENCE.match(line)
        first_sentence = m.group("s") if m and len(m.group("s")) >= 8 else line
        item = clean_span(_TRAILING_ASIDE.sub("", first_sentence).rstrip(" .!"))
        # Items read like bullets (…가능함, …증가); a paragraph of 다-sentences is prose, and
        # one of the writer's ("여기서 제일 헷갈렸음") makes the section their story.
        if not item or re.search(r"(?:다|요)$", item) or is_aside(item):
            return
        items.append(item)
    term, detail = _list_term(ctx, heading)
    if detail and term.endswith(" " + detail):
        owner = re.sub(r"\s*\([^()]*\)", "", term[: -len(detail)]).strip()
        term = f"{owner} {detail}" if owner else term
    first = paragraphs[0]
    text = "\n".join(b.text for b in paragraphs)
    yield _cand(ctx, "list", term, "; ".join(items), LIST_OF_PARAGRAPHS,
                first.span.line_start, text, items=tuple(items), detail=detail,
                variant="detail" if detail else "")


_NUMBERS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_KIND_WORDS = ("종류", "유형", "분류")
_ANNOUNCE = re.compile(
    r"(?:(?:총|크게|아래|다음|대표적으로)\s*)*"
    r"(?:(?P<n>\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*가지(?:의)?\s*)?"
    rf"(?P<cat>{'|'.join(_KIND_WORDS)})(?:가|이)?\s*(?:존재|있)\S*[.!]?$"
)
# "캐시는 크게 두 종류로 나뉜다", "검증자는 두 가지가 있다": kinds announced without the
# word 종류 before 있다, or divided into.
_ANNOUNCE_SPLIT = re.compile(
    r"(?:(?:총|크게|다음|보통)\s*)*"
    r"(?P<n>\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:가지|개)?\s*"
    rf"(?:(?P<cat>{'|'.join(_KIND_WORDS)})\s*)?(?:로|으로)\s*"
    r"(?:나뉜|나뉜다|나뉩|나뉘|나눌 수 있|나눠|나누어|분류된|분류되|분류할 수 있|구분된|구분되|구분할 수 있)"
    r"\S*[.!]?$"
)
_DIVIDED_WORD = re.compile(r"나뉜|나뉘|나뉩|나눌|나눠|나누|분류|구분")
_ANNOUNCE_COUNT = re.compile(
    r"(?:(?:총|크게|보통)\s*)*"
    r"(?P<n>\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*가지"
    r"(?:(?:가|이)?\s*(?:존재|있)\S*|(?:이)?(?:다|입니다))[.!]?$"
)
_ANNOUNCE_OWNER = re.compile(r"^(?P<owner>[^\s,.][^,.]{0,30}?)(?:에는|에|의|는|은)\s*$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])(?<![Ee]\.g\.)(?<![Ii]\.e\.)\s+")
"""Where a sentence ends, not after "e.g." or "i.e." ("E.g. a 4096×4096 projection:" is one)."""


def _last_sentence(text: str) -> str:
    parts = [p for p in _SENTENCE_SPLIT.split(squash(text)) if p.strip()]
    return parts[-1] if parts else ""


def _announcement(sentence: str) -> tuple[str, str, int | None] | None:
    """``(owner, category, count)`` of ``…총 네 가지 종류가 존재한다``; the owner may be empty
    there (not in ``X는 두 가지다``, ``X는 두 종류로 나뉜다``, which count without 종류)."""
    sentence = squash(sentence)
    # The patterns are searched from every position: first make sure a word of theirs is there.
    m = _ANNOUNCE.search(sentence) if any(w in sentence for w in _KIND_WORDS) else None
    if m is None and "가지" in sentence:
        m = _ANNOUNCE_COUNT.search(sentence) or _ANNOUNCE_SPLIT.search(sentence)
    if m is None and _DIVIDED_WORD.search(sentence):
        m = _ANNOUNCE_SPLIT.search(sentence)
    if m is None:
        return None
    # "…있다.(Retention Policy) 어노테이션에는": only what follows the last sentence end
    # or closing aside can own the kinds.
    before = _ANNOUNCE_OWNER.match(re.split(r"[.!?\]]\s*|\)\s+", sentence[: m.start()])[-1])
    owner = clean_span(before.group("owner")) if before else ""
    if owner and (owner.split()[0] in ("이", "그", "위", "아래", "다음", "이는", "이런")
                  or not looks_like_label(owner)):
        owner = ""
    if not owner and m.re is not _ANNOUNCE:
        return None  # "…중요한 건 다음 네 가지다": a count without its owner names no kinds
    n = m.group("n")
    count = None if n is None else int(n) if n.isdigit() else _NUMBERS[n]
    category = m.groupdict().get("cat") or "종류"
    if owner and " " in owner and vocab.is_category_word(owner.rsplit(" ", 1)[1]):
        # "TLS의 장점은 세 가지가 있다": the owner's own word names what the items are.
        owner, category = owner.rsplit(" ", 1)
        owner = re.sub(r"의$", "", owner)
    elif vocab.is_category_word(owner):
        owner, category = "", owner
    return owner, category, count


def _defined_term(ctx: Context) -> str:
    """The term the section's first sentence defines, when it is the heading's own.

    Under ``# Design Smells``, "design smell이란 …" names the term as the note
    uses it; kinds announced later are kinds of that.
    """
    first = next((b for b in ctx.section.blocks if b.kind == "paragraph"), None)
    heading = clean_term(ctx.section.heading)
    if first is None or not heading or not has_hangul(first.text):
        return ""
    from notequiz.extract.korean import sentence_topic

    topic = sentence_topic(first_sentence(first.text))
    return topic if topic and fold_words(topic) & fold_words(heading) else ""


def _plain_owner(owner: str) -> str:
    """``PWA (Progressive Web App)`` → ``PWA``: the owner of a category reads short."""
    return _GLOSS.sub("", owner).strip() or owner


def _announced_spans(ctx: Context, block: Block) -> Iterator[Candidate]:
    """``X에는 세 가지 종류가 있다.`` and a next sentence naming them in `code` or **bold**."""
    text = block.text
    starts = [0, *(m.end() for m in _SENTENCE_SPLIT.finditer(text))]
    marked = sorted({*block.code, *block.bold})
    for k in range(len(starts) - 1):
        sentence = text[starts[k] : starts[k + 1]].strip()
        announced = _announcement(sentence)
        if announced is None:
            continue
        owner, category, count = announced
        owner = owner or _defined_term(ctx) or ctx.subject
        end = starts[k + 2] if k + 2 < len(starts) else len(text)
        spans = [clean_span(text[a:b]) for a, b in marked if starts[k + 1] <= a and b <= end]
        names = tuple(dict.fromkeys(n for n in spans if n))
        if owner and len(names) >= 2 and count in (None, len(names)):
            yield _cand(ctx, "list", f"{_plain_owner(owner)} {category}", "; ".join(names),
                        LIST_ANNOUNCED, block.line_at(starts[k]),
                        text[starts[k] : end], items=names, detail=category, variant="detail")
            yield from _described_kinds(ctx, block, starts[k + 1], end, marked)


_KIND_MODIFIER = re.compile(r"(?P<desc>\S.*?(?:는|은|한|된|던|할|인))\s*$")
_LINKS = re.compile(r"^(?:\s*(?:,|와|과|및|그리고|또는|혹은)\s*)+")


def _described_kinds(ctx: Context, block: Block, start: int, end: int,
                     marked: list[tuple[int, int]]) -> Iterator[Candidate]:
    """``…내장되어 있는 `built-in annotation`과 … 만드는 `Custom Annotation`이 있다``.

    In the sentence that names the announced kinds, the clause right before
    each marked name says what that kind is.
    """
    text = block.text
    prev = start
    for a, b in marked:
        if a < start or b > end:
            continue
        before = _LINKS.sub("", text[prev:a]).strip()
        prev = b
        m = _KIND_MODIFIER.search(before)
        name = clean_span(text[a:b])
        if not m or not name:
            continue
        desc = m.group("desc")
        # "…나타내기 위한 어노테이션인 `Meta annotation`": 인 is the copula, not the description
        if desc.endswith("인") and not desc.endswith(("하는", "있는")):
            desc = desc[:-1]
        desc = clean_span(desc)
        if len(desc) >= 4 and name not in desc:
            yield _cand(ctx, "definition", name, desc, KIND_DESCRIBED, block.line_at(a),
                        text[start:end].strip())


CONTINUATION = rule(
    "md.label.continuation", "property",
    "A line starting with an arrow (→) right after a `Label : text` line says more about the label.",
    Example("**Service Worker** : 중요한 부분을 캐싱한다\n\n→ 오프라인에서도 빠르게 구동된다\n",
            "Service Worker", "오프라인에서도 빠르게 구동된다"),
)
_ARROW_START = re.compile(r"^\s*(?:→|->|=>|⇒)\s*(?P<rest>\S.*)$")

STEPS_ARROW_EN = rule(
    "en.steps.arrow", "steps",
    "`Lead-in: A -> B -> C`, or the chain on its own after a line that ends in a colon: "
    "the steps of what the lead-in names, in order.",
    Example("The lifecycle of a signal is:\n\ngenerated -> pending -> delivered -> handled\n",
            "the lifecycle of a signal", "generated; pending; delivered; handled"),
    Example("Request path: app -> app-side pool -> PgBouncer -> Postgres.\n",
            "the request path", "app; app-side pool; PgBouncer; Postgres"),
    version=11,  # 2: a chain that opens a section under a process heading ("## Steps to add
    # an element"), and "The flow is basically: …"; 3: after "When X, …:" it is what
    # happens, step by step, when X; 4: an amount that changes ("p95 800ms -> 120ms") is
    # no step; 5: "## How it works" is asked "What are the steps of how it works?"; 6: nor is
    # a step that sets a value ("G = 1"); 7: nor a chain with a two-way arrow ("proxy <-> cache");
    # 8: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well / badly",
    # "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card;
    # 9: nor lists over time ([3] -> [3,5]);
    # 10: nor under a label that says what matters ("Order matters:"); 11: nor a pattern that repeats
)
_LEAD_VERB_EN = re.compile(
    r"^(?P<np>.+?)\s+(?P<verb>is|are|goes|go|looks|look|works|work|runs|run|flows|flow)"
    r"(?:\s+(?:basically|roughly|simply|usually|always))?"
    r"(?:\s+(?:like\s+this|as\s+follows|roughly|something\s+like\s+this|in\s+this\s+order))?$",
    re.IGNORECASE)
"""A lead-in that names the sequence as its subject: "The lifecycle of a signal is"."""
_LEAD_OBJECT_EN = re.compile(r"\b(?:know|see|remember|follow|follows|in)\s+(?P<np>the\s+[\w\s'-]+)$")
"""A lead-in that names it last: "… once you know the logical order"."""
_DETERMINER_EN = re.compile(r"^(?:the|a|an|this|that|its|their)\s", re.IGNORECASE)


def _lower_determiner(name: str) -> str:
    """``The core workflow`` → ``the core workflow``: a determiner inside a question."""
    return _DETERMINER_EN.sub(lambda d: d.group().lower(), name)


_BARE_STEPS_EN = re.compile(r"^(?:(?:the|two|three|four|five|six|\d+)\s+)?(?:steps|stages|phases)\b",
                            re.IGNORECASE)
"""An English list intro that only says steps follow ("Steps:", "Two steps:")."""


def _process_term(heading: str) -> tuple[str, str]:
    """What the steps under an English process heading are asked about, with the steps
    template's variant: ``How to add an element`` → ``add an element`` ("What are the
    steps to add an element?"); ``The core workflow`` → ``the core workflow``, ``How an
    attack plays out`` → ``how an attack plays out`` ("What are the steps of …?")."""
    doing = vocab.strip_how_to(heading)
    if doing != heading:
        return doing, ""
    if re.match(r"How\s", heading):
        return "h" + heading[1:], "of"
    return _lower_determiner(heading), "of"


_WHEN_LEAD_EN = re.compile(r"^(?P<word>When|If|Once|Whenever)\s+(?P<x>[^,]{3,80})(?:,.*)?$")
"""A lead-in that says when the chain happens ("When size == capacity, the array must
grow")."""
_HEAD_END_EN = re.compile(r"\s(?:of|on|in|for|when|to|from|during)\s.*$")


def _arrow_steps(ctx: Context, block: Block, prev: Block | None) -> Iterator[Candidate]:
    """An English arrow chain and what its lead-in names: the steps, in order.

    The lead-in is the text before the chain's colon ("Request path: a -> b -> c"),
    or the paragraph before when it ends in one ("The lifecycle of a signal is:").
    Korean chains are the Korean reader's (``ko.steps.arrow``): their particles say
    where a preamble ends.
    """
    text = block.text
    if has_hangul(text) or not ANY_ARROW.search(text) or any(
            ANY_ARROW.search(text, a, b) for a, b in block.code):
        return  # (an arrow inside code is code: `x => x + 1`)
    lead, colon, chain = text.rpartition(":")
    steps = arrow_steps(chain) if colon and not _in_code(block.code, len(lead), len(lead) + 1) \
        else None
    if steps is None:
        steps = arrow_steps(text)
        if steps is None:
            return
        heading = clean_term(ctx.section.heading)
        if prev is None and vocab.is_process(heading) and not has_hangul(heading):
            # "## Steps to add an element" then the chain: "What are the steps to add an
            # element?"; "## The core workflow": "What are the steps of the core workflow?"
            doing, variant = _process_term(heading)
            yield _cand(ctx, "steps", doing, "; ".join(steps), STEPS_ARROW_EN,
                        block.span.line_start, text, items=steps, lang="en", variant=variant)
            return
        if prev is None or prev.kind != "paragraph":
            return
        lead = squash(prev.text)
        if not lead.endswith((":", "：")) or has_hangul(lead):
            return
    said = sentences(lead.rstrip(" :："))[-1] if lead.strip() else ""
    when = _WHEN_LEAD_EN.match(said)
    if when:
        # "When size == capacity, the array must grow:": what happens then, step by step.
        yield _cand(ctx, "steps", clean_span(when.group("x")), "; ".join(steps), STEPS_ARROW_EN,
                    block.span.line_start, text, items=steps, lang="en", variant="when",
                    detail=when.group("word").lower())
        return
    term, plural = _chain_term(ctx, said)
    if term:
        # "The logical order:" names the order itself: "What is the logical order?"
        named = _HEAD_END_EN.sub("", term).rsplit(" ", 1)[-1] in ("order", "sequence")
        yield _cand(ctx, "steps", term, "; ".join(steps), STEPS_ARROW_EN, block.span.line_start,
                    text, items=steps, lang="en",
                    variant="named" if named else "order_plural" if plural else "order")


def _chain_term(ctx: Context, lead: str) -> tuple[str, bool]:
    """What an arrow chain's lead-in names ("the lifecycle of a signal"), and whether
    that is plural; "" for a lead-in that names nothing of its own ("This looks like")."""
    from notequiz.extract.english import is_order

    lead = squash(lead)
    m = _LEAD_VERB_EN.match(lead) or _LEAD_OBJECT_EN.search(lead)
    if vocab.is_meta_label(lead):
        # "Short version: a -> b -> c" under "## The expansion order": the heading's.
        name = clean_term(ctx.section.heading)
        if not name or not names_term(name):
            return "", False
    elif m:
        name = m.group("np")
    elif lead and looks_like_label(lead, max_words=12, max_chars=100) and not (
            _VERB_FIRST.match(lead) or _PREPOSITION_EN.match(lead) or is_order(lead)
            or _states_something(lead)):
        name = lead  # (not "For (a+)+b on aaac:", nor "Use the expand/contract pattern:")
    else:
        return "", False
    bare = _DETERMINER_EN.sub("", name)
    if not bare or vocab.WRITER_EN.search(name) or _PRONOUN_EN.search(bare):
        return "", False
    if _TITLE_CASE_WORD.match(bare):
        bare = bare[0].lower() + bare[1:]
    head = _HEAD_END_EN.sub("", bare).split()[-1]
    plural = is_plural(head)
    if len(bare.split()) == 1 and (vocab.is_process_word(bare) or plural):
        if m and m.groupdict().get("verb", "is").lower() not in ("is", "are"):
            return "", False  # "Events flow like this:": the events are no sequence
        # "Flow:", "Transitions:": of what the section (or the note) is about.
        owner = _plain_owner(_section_term(ctx) or ctx.subject)
        if not owner or has_hangul(owner):
            return "", False  # (an English question does not name a Korean heading)
        # ("the transitions of the three states", "the steps of replacing cron …")
        owner = _lower_determiner(owner)
        if _GERUND_TITLE.match(owner):
            owner = owner[0].lower() + owner[1:]
        bare = f"{bare} of {owner}"
    return f"the {bare}", plural


_PRONOUN_EN = re.compile(r"\b(?:it|this|that|they|them|these|those|here)\b", re.IGNORECASE)


_TITLE_CASE_WORD = re.compile(r"^[A-Z][a-z]+(?=\s|$)")
_GERUND_TITLE = re.compile(r"^[A-Z][a-z]+ing\s")


def starts_with_arrow(text: str) -> bool:
    """True for a paragraph that continues the line before it (``→ …``)."""
    return bool(_ARROW_START.match(text.split("\n")[0]))


def _continuations(ctx: Context, blocks: tuple[Block, ...]) -> Iterator[Candidate]:
    label = ""
    for block in blocks:
        if block.kind != "paragraph":
            label = ""
            continue
        first = block.text.split("\n")[0]
        arrow = _ARROW_START.match(first)
        if arrow and label:
            answer = trim_copula(first_sentence(arrow.group("rest")))
            if answer:
                yield _cand(ctx, "property", label, answer, CONTINUATION, block.span.line_start,
                            first)
            continue
        label = label_and_rest(first, block.code)[0]


def _in_code(code: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any character of ``start:end`` is inside one of the ``code`` spans."""
    return any(a < end and start < b for a, b in code)


def _line_spans(spans: Sequence[tuple[int, int]], offset: int,
                line: str) -> list[tuple[int, int]]:
    """The ``spans`` of a block's text that touch its ``line`` (at ``offset``), counted from
    the line's start."""
    return [(a - offset, b - offset) for a, b in spans if a < offset + len(line) and b > offset]


def _bold_dash(block: Block, offset: int, line: str) -> bool:
    """True when ``line`` (at ``offset`` in ``block``) opens with a bold term and a dash.

    "**Coroutine** — a function defined with async def": the term is labelled, as
    a dash labels it in a list item.
    """
    lead = len(line) - len(line.lstrip())
    return any(a - offset == lead and _DASH_AFTER.match(line, b - offset)
               for a, b in block.bold if offset <= a < offset + len(line))


def _spelled_acronym(ctx: Context, line: str, file_line: int,
                     code: Sequence[tuple[int, int]]) -> Candidate | None:
    """The card of a ``SHORT = Long Form`` line (a paragraph's or a list item's)."""
    spelled = _ACRONYM_EQUALS.match(line) if "=" in line else None
    if spelled and not code and is_acronym(spelled.group("short")) and initials_match(
            spelled.group("short"), spelled.group("long")):
        return _cand(ctx, "acronym", spelled.group("short"), spelled.group("long"),
                     LABEL_ACRONYM, file_line, line)
    return None


def _asked_lines(ctx: Context, block: Block) -> Iterator[Candidate]:
    """The questions a paragraph asks and answers, on their line or the next (``ASKED``)."""
    lines = block.text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        if "?" in line or "？" in line:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            asked = _asked(ctx, line, block.line_at(offset), _line_spans(block.bold, offset, line),
                           _line_spans(block.code, offset, line), nxt)
            if asked is not None:
                yield asked
        offset += len(line) + 1


def _asked(ctx: Context, line: str, file_line: int, bold: Sequence[tuple[int, int]],
           code: Sequence[tuple[int, int]], nxt: str) -> Candidate | None:
    """The card of a ``line`` that opens with a question the writer answers (``ASKED``):
    after it on the line, or on ``nxt`` (the next line, or the first nested item) when the
    question stands alone, marked by ``Q.`` or bold. ``bold`` and ``code``: the line's spans."""
    m = _QUESTION_LINE.match(line)
    if m is None or _in_code(code, m.start("q"), m.end("q")):
        return None  # ("`x ? a : b`": code, no question)
    question = clean_span(m.group("q"))
    if ": " in question:  # "Follow-up they'll ask: Is OAuth authentication?"
        question = question.rpartition(": ")[2]
    if len(question.split()) < 2 and not has_hangul(question):
        return None  # ("Tricky: why?", a five-whys "2. Why? -> …": of the line before)
    if vocab.FIRST_PERSON_EN.search(question) or vocab.is_writers_own_label(question.rstrip("?？ ")):
        return None  # "Do I need things to line up …?": the writer's own rule; "**무슨 일?**": their story
    marked = bool(m.group("mark")) or any(
        a <= m.start("q") and m.end("q") - 1 < b for a, b in bold)
    rest = _LEAD_ASIDE.sub("", m.group("rest").strip().strip("*_\"'“”‘’").strip())
    sep = _ANSWER_SEP.match(rest)
    if sep:
        answer = rest[sep.end():]
    elif not marked:
        return None  # "Why does it matter? It …": prose, which the sentence rules read
    else:
        # "**왜 T²를 곱하나?** (시험에 나올 듯)": an aside is no answer
        answer = (rest if not _ONLY_ASIDE.fullmatch(rest) else "") or (
            nxt.strip() if not _QUESTION_LINE.match(nxt) else "")
    mark = ANSWER_MARK.match(answer)
    answer = clean_span((answer[mark.end():] if mark else answer).strip("*_ "))
    if len(answer) > MAX_ANSWER:
        # The first sentences, as many as fit: "아님. AUC는 순위만 봄. …" answers in its first.
        kept = ""
        for sentence in sentences(answer):
            if len(kept) + len(sentence) >= MAX_ANSWER:
                break
            kept = f"{kept} {sentence}".strip()
        answer = clean_span(kept)
    if (not _LETTER.search(question) or len(answer) < 2 or "://" in question
            or vocab.WRITER_SAYS_KO.search(answer) or vocab.WRITER_EN.match(answer)
            or vocab.WRITERS_OWN_EN.search(_CLAUSE_END.split(answer, maxsplit=1)[0])
            or _ASKS.search(END_ASIDE.sub("", answer).strip())):
        return None  # (nor "Is the element positioned? — or a flex/grid child?": a checklist; nor
        # "어... 안 차는데요? (사실 이게 문제였음)", a reply that asks back)
    lang = "ko" if has_hangul(question) else ctx.note.lang if has_hangul(answer) else "en"
    return _cand(ctx, "property", question, answer, ASKED, file_line, line, lang=lang,
                 question=question)


_QUESTION_LINE = re.compile(r"\s*(?P<mark>Q\s*[.:)]\s*)?(?P<q>[^?？\n]{2,150}?[?？])(?P<rest>.*)$")
"""A line that opens with a question, after ``Q.`` or not."""
_SEPARATOR = r"(?:→|->|=>|:|—|–)"
_ANSWER_SEP = re.compile(rf"{_SEPARATOR}\s*")
"""What stands between a question and its answer on one line: an arrow, a colon, a dash."""
ANSWER_MARK = re.compile(r"A\s*[.:)]\s")
"""An answer's ``A.`` (an item that opens with one answers the question above it)."""
_LEAD_ASIDE = re.compile(rf"^\([^()]*\)\s*(?={_SEPARATOR})")
"""An aside between a question and its answer: "**LFU는?** (LC 460) → …"."""


def _label_lines(ctx: Context, block: Block, parent: str = "") -> Iterator[Candidate]:
    lines = _logical_lines(block.text)
    if vocab.heads_a_write_up([label_and_rest(line)[0] for line in lines]):
        return  # "**Date:** …  / **Service:** `stats-api`  / **Impact:** …": every field of it
    offset = 0
    goes_on, line_before = False, ""  # whether the line before leaves its sentence open
    for line in lines:
        file_line = block.line_at(offset)
        start = offset + len(line) - len(line.lstrip())
        if goes_on and _LOWER_START.match(line) and not _label_match(line_before) and not any(
                a == start for a, _ in (*block.bold, *block.code)):
            # "… grows with the input\nlength: each extra `a` doubles it": a hard-wrapped
            # sentence's next line, not a label (a term in bold or code still is one).
            offset += len(line) + 1
            line_before, goes_on = line, not _OPEN_END.search(line)
            continue
        line_before, goes_on = line, not _OPEN_END.search(line)
        # The inline code of this line, counted from its start: a separator
        # inside code (`Vary: *`, `a = b`) separates nothing.
        code = _line_spans(block.code, offset, line)
        bold_dash = _bold_dash(block, offset, line)
        start_of_line = offset
        offset += len(line) + 1
        spelled = _spelled_acronym(ctx, line, file_line, code)
        if spelled:
            yield spelled
            continue
        eq = _EQUALS_LINE.match(line.strip()) if "=" in line else None
        if eq and code:
            at = len(line) - len(line.lstrip()) + eq.end("desc")
            if _in_code(code, at, line.index("=", at) + 1):
                eq = None
        if eq and looks_like_label(eq.group("term")) and "==" not in line:
            desc, term = clean_span(eq.group("desc")), clean_term(eq.group("term"))
            if term and desc and not re.search(r"[<>^]|\w\s*=\s*\w+\s*[+\-*/]", line) and (
                    not _VALUE.fullmatch(term)) and _one_naming(desc, term) and not (
                    _unclosed(eq.group("desc")) or _unclosed(eq.group("term"))
                    or _IS_EN.search(desc) or vocab.is_no_term_label(desc)):
                # ("37 = 00100101": a value; "2^(32 - prefix) - 2": a formula; "Type
                # preferences (higher = preferred):": an aside's values in brackets; "Default
                # scale is 1 unit = `0.25rem`, so:": a sentence, "1 unit" its own name; "Trick =
                # segment tree over time:": a label of no term for what is named)
                yield _cand(ctx, "named_term", term, desc, EQUALS_NAMED, file_line, line)
                continue
        links = [(a - start_of_line, b - start_of_line) for a, b in block.links
                 if a < start_of_line + len(line) and b > start_of_line]
        yield from _label_line(ctx, line, file_line, allow_dash=bold_dash, parent=parent,
                               code=code, links=links)


def _one_naming(desc: str, term: str) -> bool:
    """Whether ``desc = term`` names one thing: not a line of several sentences ("… So rwx
    is 4+2+1 = 7, r-x is 5"), nor an English clause after a circumstance ("For each
    position i, lps[i] = length of …", "… runnable tasks, so load = CPU demand")."""
    return not (re.search(r"[.!?]\s", desc) or re.search(r"[.!?]\s", term)
                or (not has_hangul(desc) and "," in desc))


_LOWER_START = re.compile(r"\s*[a-z]")
_OPEN_END = re.compile(r"[.!?:。)\]`*_]\s*$")
"""The end of a line that closes its sentence (or a span): the next line may be a label."""


def _logical_lines(text: str) -> list[str]:
    """The lines of a paragraph, a ``Label: text`` line joined with the lines that go
    on with its sentence ("**Session cookie:** a cookie … looks up the" / "session data
    …"; see ``_continues``).

    Joined with a space for the line break, so that offsets into ``text`` still hold.
    """
    if "\n" not in text:
        return [text]
    groups: list[list[str]] = []
    for line in text.split("\n"):
        last = groups[-1] if groups else None
        if last is not None and _label_match(last[0]) and _continues(last[-1], line, True):
            last.append(line)
        else:
            groups.append([line])
    return [" ".join(group) for group in groups]


def first_line(text: str) -> str:
    """The first line of a list item's ``text``, with the lines its sentence runs on to.

    A hard-wrapped item ("- **SNI**: the hostname …, sent in the ClientHello so" /
    "one IP can serve …") is one line; ``* final class`` over its description is not.
    Joined with a space for the line break, so that offsets into ``text`` still hold.
    """
    if "\n" not in text:
        return text  # (most items: asked for several times each)
    lines = text.split("\n")
    end = 1
    while end < len(lines) and _continues(lines[end - 1], lines[end],
                                          bool(_label_match(lines[0]))):
        end += 1
    return " ".join(lines[:end])


def _continues(line: str, nxt: str, labelled: bool) -> bool:
    """Whether ``nxt`` goes on with the sentence of ``line``, a hard-wrapped line.

    A line that ends its sentence (or a label's colon) ends there, and a line
    that is a label of its own starts anew. A line goes on when the next starts
    in lower case and it is long, or a label line (``labelled``); a short term
    over a line of description does not.
    """
    end, start = line.rstrip(), nxt.strip()
    if (not end or not start or end.endswith((".", "!", "?", ":", "：", ";", "。"))
            or _KO_STATEMENT_END.search(end) or _label_match(start)):
        return False
    # The next line goes on in lower case ("… sent in the ClientHello so" / "one IP can …");
    # one in capitals, or in Korean, is a new fact ("Used by HTTP, SSH and SMTP"), but an
    # acronym or a CamelCase name after a long line cut mid-phrase is the phrase's noun ("… past
    # the new" / "EOF gives SIGBUS", "… you get an" / "`ExceptionGroup`").
    goes_on = (start[:1].islower() and start[:1].isascii()) or start[:1] in "(/`"
    return (goes_on and (len(end) >= 40 or labelled)) or (
        len(end) >= 60 and end[-1:].islower() and bool(_ACRONYM_START.match(start)))


_ACRONYM_START = re.compile(r"(?:[A-Z][A-Z0-9]+|[A-Z][a-z0-9]+[A-Z]\w*)\b(?!:)")
"""A line that opens with an acronym or a name in CamelCase ("EOF gives …", "`ExceptionGroup`."),
not with a label of one ("TCP: …")."""


_CONDITION_KO = re.compile(r"(?:으면|하면|되면|[쓰보주오가두]면)(?:은)?(?:\s(?!안\s*[되돼])|$)")
"""A Korean label that holds a condition ("튜플 넣으면 첫 원소 기준 비교: …", "제약조건 형태로
보면은: …"): it says what happens then, it names no term to define."""
_ZONE_NAME_KO = re.compile(r"(?:표준\s?시(?:간)?|세계\s?시|시간대)$")
"""How a Korean name of a time zone ends ("한국 표준시", "협정 세계시")."""
_PREDICATE_END_KO = re.compile(r"(?:^|\s)(?:됨|함|임|음|가능|불가능?|없음|있음|때문)$|[가-힣]됨$|[가-힣]하자$")
"""Korean words that end a statement or a reason ("… 안 됨", "… 가능", "… 줄였기 때문", "가장
오래됨") or advice ("…보일 때 추상화하자 (YAGNI)"): a gloss that ends in one says something, it
spells out no name."""


def _label_line(ctx: Context, line: str, file_line: int, allow_dash: bool,
                parent: str = "", code: Sequence[tuple[int, int]] = (),
                links: Sequence[tuple[int, int]] = ()) -> Iterator[Candidate]:
    """A ``label: text`` (or ``label - text``) line's card; ``code`` and ``links``: the spans
    of the line's inline code and link texts."""
    colon = _label_match(line)
    if colon and allow_dash and _DASH_AFTER.search(colon.group("label")):
        colon = None  # "tree — a directory listing: entries of …": the dash comes first
    m = colon or (_DASH_LINE.match(line) if allow_dash else None)
    if not m or _in_code(code, m.end("label"), m.start("rest")):
        return
    if m is not colon and subtracts(m.group("label"), m.group("rest")):
        return  # "hi가 2^31 - 1 근처까지 가서 …": a dash between two numbers subtracts
    if any(a < m.end("label") and m.start("label") < b for a, b in links):
        return  # "[Deque — Wikipedia](…)", "[Core: Hash Tables](…)": a page's title
    raw_label, rest = m.group("label"), m.group("rest")
    whole = raw_label.strip()
    lead = m.start("label") + len(raw_label) - len(raw_label.lstrip())
    # A label that is one piece of inline code (`$*`, `$?`) is a name, kept as written.
    as_written = (lead, lead + len(whole)) in code
    if not as_written and raw_label.rstrip(" *_").endswith(("?", "？")) and not (
            _ASKS_WHAT_KO.search(raw_label)):
        return  # "Q는 왜 캐시 안 함?: …": a question and its answer (``ASKED``), no term; "Key란?
        # : …" defines Key (selection keeps this card of the line's two)
    label = whole if as_written else clean_term(raw_label)
    if not label or not looks_like_label(label) or "://" in line or len(clean_span(rest)) < 2:
        return
    if _unclosed(label) or ends_a_sentence_inside(label) or assigns(label) or (
            _JOINED_ON.match(label)) or len(_EXAMPLE_NUMBER.findall(label)) >= 2:
        return  # ("컬럼(예:" and "March. Short version" are no labels, nor "WAI-ARIA = Web
        # Accessibility Initiative", cut at a dash, nor "And the nasty one:", nor "Join
        # estimate 412 vs actual 18234:", an example's numbers)
    at = line.find(label, m.start("label"))
    # A label written as code (`catch`, `is`) is a name, whatever the word.
    coded = at >= 0 and any(a <= at and at + len(label) <= b for a, b in code)
    if not coded and (vocab.is_no_term_label(label) or vocab.WRITER_EN.search(label)
                      or _points_back_en(label)):
        return  # "발표자: 박OO", "Read this in other languages: …": metadata names no term
    if vocab.NUMBER.fullmatch(label) or vocab.LITERAL_VALUE.fullmatch(label):
        return  # "- `0`: heuristic overcommit", "- `true`: …": a value of a setting it does not name
    if _BOUND.search(label):
        return  # "Θ(n log n) **in all cases** — best, avg, worst": a bound, and where it holds;
        # "Time O(n):" what the line after it argues
    if not coded and is_dimension_label(label, ctx.section.heading):
        return
    if not coded and not has_hangul(label) and (_states_something(label)
                                                or (_VERB_FIRST.match(label) and not _ASKS_EN.match(label))
                                                or _is_order(label) or _past_clause(label)
                                                or _CIRCUMSTANCE_EN.match(label)
                                                or _POINTS_ON_EN.search(label)
                                                or _ACTIVITY_EN.match(label)):
        return  # "Git stores four types of objects: …" introduces what follows; "This" /
        # "is deliberate: …" is a sentence's second line; "Write the last octet in
        # binary: …" is a step; "For (a+)+b on aaac: …" a circumstance; "Events flow
        # like this: …" points at what follows
    if is_acronym(label) and not has_hangul(rest):
        long = clean_span(rest)
        if initials_match(label, long):
            yield _cand(ctx, "acronym", label, long, LABEL_ACRONYM, file_line, line)
            return
    pair = acronym_pair(label)
    if pair:
        yield _cand(ctx, "acronym", pair[0], pair[1], HEADING_ACRONYM, file_line, line)
    if links and _only_links(line, m.start("rest"), links):
        return  # "Sources: [this](…) and [this](…)": where to read, not what it says
    if vocab.NEXT_FIELD.search(rest):
        return  # "발표: 민지 / 정리: 나", "Status: resolved · Severity: SEV-2": a header's fields
    # "정밀도와 재현율: …, 정밀도는 …이고, 재현율은 …" states its own topics:
    # the sentence rules read it, clause by clause.
    answer = "" if _restates_parts(rest, label) or _CONDITION_KO.search(label) else (
        _definition_text(rest))
    if not answer or _WRITER_AS_TOPIC.match(answer) or _WRITERS_ONE_KO.fullmatch(answer) or (
            _COUNT_ANSWER.fullmatch(answer)) or _AMOUNT.match(answer) or (
            _a_call(line, answer, code) and not vocab.only_platforms(label)) or (
            vocab.WRITER_EN.match(answer[:1].upper() + answer[1:])
            or vocab.WRITERS_OWN_EN.search(_CLAUSE_END.split(answer, maxsplit=1)[0])
            or vocab.WRITER_ELIDED_EN.search(answer)) or (
            _ORDER_ANSWER.fullmatch(answer) or sets_values(answer) or answer.endswith("?")
            or _RESULT.fullmatch(answer) or _HOW_OFTEN.fullmatch(answer)
            or _REMINDER_KO.search(answer) or _ONLY_ASIDE.fullmatch(answer)
            or vocab.POINTS_BACK_KO.match(answer) or _IF_KO.search(answer) or _ASSUMED.match(answer)
            or _RATES_ONLY_KO.fullmatch(answer) or _IF_EN.match(answer)
            or (has_hangul(answer) and odd_quotes(answer))
            or answer.count("{") > answer.count("}") or vocab.UNDER_REVIEW_KO.search(rest)):
        return  # ("결론: 나는 4베이 NAS에 …", "Context: our password reset emails …": the
        # writer's; not "내가 접속한 서버가 …"; "먼저": a place in an order; "key 0 = 장보기, key
        # 1 = 운동": an example's values; "how do they help range scans?": a question; "4.1 s
        # -> 2.2 s": the writer's result; "rarely needed": how often, not what; "(시험에 나올
        # 듯)": an aside alone; "이거 때문에 반나절 날림": of what came before; "HttpOnly 아니면":
        # a condition, what follows it unsaid; "assume ~1 KB per row -> …": a worked example's;
        # "비동기 복제: 빠름.": how it rates, "≈ 1.44 · log2(1/ε) bits per item": how much, and
        # "`customElements.define('acme-chat', AcmeChat)`": how it is called, no definition; "if the
        # gather itself is cancelled, …": what happens then, the condition rules ask; "XA에서는
        # 'RM(Resource Manager)": cut inside its quotes, "trait Pretty: Display {": inside code)
    if not coded and not has_hangul(label) and (asks := _ASKS_EN.match(label)):
        # "**which keys** are candidates: all keys vs …", "Why it works: …": a question and its
        # answer, asked as written (its context says what "it" is)
        asked = f"{asks.group(1).capitalize()}{label[asks.end(1):]}?"
        yield _cand(ctx, "property", asked, answer, ASKED, file_line, line, question=asked)
        return
    if not coded and has_hangul(label) and _ASKS_KO.search(label):
        # "왜 안전한가: 쿼리 구조가 먼저 정해지고 …": a question and its answer, asked as written
        yield _cand(ctx, "property", f"{label}?", answer, ASKED, file_line, line, lang="ko",
                    question=f"{label}?")
        return
    if not coded and _SETTING_KO.search(label) and (owner := _plain_owner(_section_term(ctx))):
        # "Go 1.13까지는: 협력적" under "## Preemption (선점)": when, of the section's term
        yield _cand(ctx, "property", f"{owner} {label}", answer, LABEL_DEFINITION, file_line,
                    line, detail=label, variant="label")
        return
    if not coded and label[:1].islower() and _UPDATES.match(answer) and (
            owner := _plain_owner(_section_term(ctx))):
        # "1. local event: `C = C + 1`" under "## Lamport clock": what the clock does then
        # ("Lamport clock — local event?"), not what a local event is (a name is written as one:
        # "Pre-LN: `x = x + sublayer(LN(x))`" defines Pre-LN)
        yield _cand(ctx, "property", f"{owner} {label}", answer, LABEL_DEFINITION, file_line,
                    line, detail=label, variant="label")
        return
    if not coded and vocab.only_platforms(label) and not _names_platform(ctx, label):
        # "Java: FileChannel.transferTo() uses sendfile" in a note on sendfile: how its subject
        # looks in Java ("What about Java?"), not what Java is (nor "Debian/Ubuntu: …")
        yield _cand(ctx, "property", label, answer, LABEL_DEFINITION, file_line, line,
                    variant="platform")
        return
    defines = vocab.DEFINITION_LABEL.fullmatch(label)
    if (defines or vocab.is_category_word(label) or vocab.is_process_word(label)) and (
            parent or ctx.subject):
        # "문제점 : …" under an item or heading is that item's 문제점; "흐름: A -> B"
        # under "## Blue-Green 배포" that one's 흐름 (under "## What the agent does", the
        # note's subject's); "Def: …" under "## Data leakage" defines data leakage.
        if defines:
            owner = _plain_owner(parent or _section_term(ctx) or ctx.subject)
            yield _cand(ctx, "definition", owner, answer, LABEL_DEFINITION, file_line, line)
        else:
            yield _owned(ctx, parent or _section_term(ctx), label, answer, file_line, line)
        return
    if defines:
        return  # "Def:" with nothing it could define
    parent_label = label_and_rest(parent, dash=True)[0] if parent and not has_hangul(
        label) else ""
    if parent_label and len(answer.split()) <= 4 and not coded:
        # "- Default binding: plain fn()" / "  - strict mode: undefined": what the parent's
        # term is there ("Default binding — strict mode?"), not what strict mode is; a label
        # in code names its own term ("  - `MADV_RANDOM`: readahead 끄기" under "madvise: …")
        owner = _plain_owner(parent_label)
        yield _cand(ctx, "property", f"{owner} {label}", answer, LABEL_DEFINITION, file_line,
                    line, detail=label, variant="label")
        return
    if vocab.BIG_O.match(answer):
        # "update(i, delta): O(log n)": what it costs, not what it is; "Space: O(n)" is what
        # the item it is under costs, or what the note is about
        if vocab.is_cost(label):
            # (the note's term before the section's: "## 연산" / "- 공간: O(capacity)" is LRU's)
            yield _owned(ctx, parent or note_term(ctx.note) or _section_term(ctx),
                         vocab.cost_asked(label, ctx.note.lang), answer, file_line, line)
        else:
            cost = "복잡도" if ctx.note.lang == "ko" else "complexity"
            yield _cand(ctx, "property", f"{label} {cost}", answer, LABEL_DEFINITION,
                        file_line, line, detail=cost, variant="detail")
        return
    if vocab.only_platforms(answer) or _VERSIONS.match(answer):
        return  # "- Autobinding: Spring MVC, ASP.NET MVC": where the name is used, not what it is;
        # "- Size query: Chrome/Edge 105, Safari 16, …": which versions have it
    if has_hangul(label) and a_setting(line, m.start("rest"), code):
        return  # "- 임베딩: `all-MiniLM-L6-v2` (영어 위주 모델…)": a setting's value, no account of it
    if colon and not coded and _STATES_OF_ITS_OWN_EN.match(answer):
        return  # "btrfs: swap files need extra care", "Contributing: … leeway is fine …": a
        # sentence with a subject of its own says something under the label, not what it is
        # (a glossary's "Open addressing - All entry records are stored …" defines, as does
        # "`no-store`: the response must not be stored …", what a name in code does)
    if vocab.only_a_verdict(answer):
        return  # "prepared statements: the big one": a role, of what only the line says
    if _EXAMPLE_VALUE.fullmatch(answer):
        return  # "verifier: dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk": an example's value
    if _ONLY_A_TITLE.fullmatch(rest.strip()) and not has_hangul(rest) and not _NUMBERED_DOC.search(label):
        return  # 'MDN: "Using microtasks in JavaScript with queueMicrotask()"': where to read (a
        # Korean quote is what was said: '교수님 한 줄 요약: "attention은 bag of tokens를 …"';
        # a numbered document's title is what it is: 'PEP 703: "Making the Global …"')
    if vocab.INSTRUCTION_EN.match(answer) or vocab.CHANGED_KO.search(answer) or (
            has_hangul(answer) and hedged(answer)):
        return  # "FSDP: use the model's own clip_grad_norm_": what to do there, not what FSDP is;
        # "홈 랭킹: 4번(…) + 1번(…) 조합으로 변경": what the team changed; "헝가리안: 일단 패스하고 …":
        # the writer's aside
    yield _cand(ctx, "definition", label, answer, LABEL_DEFINITION, file_line, line,
                variant="code" if coded else "")




def _only_links(line: str, start: int, links: Sequence[tuple[int, int]]) -> bool:
    """Whether ``line[start:]`` is link texts and what joins them ("this and this")."""
    left, at = [], start
    for a, b in sorted(links):
        if b > at:
            left.append(line[at:a])
            at = max(at, b)
    if at == start:
        return False
    left.append(line[at:])
    return not _JOINS_LINKS.sub("", " ".join(left)).strip()


_JOINS_LINKS = re.compile(r"[\s,;/()&·+-]+|\b(?:and|or)\b|및|또는|그리고", re.IGNORECASE)
"""What a line of links holds besides them: commas, slashes, "and", "or"."""


_VALUE = re.compile(r"[\d\s.,/x%]+")
_COUNT_ANSWER = re.compile(
    r"~?\d+(?:[.,]\d+)?\s*(?:k|m|회|번|개|배|%|times?)?"
    r"(?:\s*[–-]\s*~?\d+(?:[.,]\d+)?\s*(?:k|m)?)?(?:\s+or\s+(?:less|more|fewer))?", re.IGNORECASE)
"""A label's answer that is only a count or an amount ("context switch: 2회", "SLC (1
bit/cell): ~100k", "~3k–10k", "~1k or less"): how many, no definition."""
_EXAMPLE_NUMBER = re.compile(r"(?<![\w.])\d{3,}(?:[.,]\d+)?(?![\w.])")
"""A number of three digits or more: a label with two of them compares an example's values."""
_EXAMPLE_VALUE = re.compile(r"https?://\S+|(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[\w+/=.-]{20,}")
"""An answer that is one URL or one opaque token (a key, a hash, a verifier): an example's
value, what it is the line or heading does not say."""
_BOUND = re.compile(r"(?<![A-Za-z])[OΘΩ]\(")
"""A bound in a label ("Θ(n log n)", "Time O(n)")."""
_VERSIONS = re.compile(r"(?:[A-Z][\w.]*(?:/[A-Z][\w.]*)*\s+\d+(?:\.\d+)*\+?,\s*){2,}")
"""An answer that opens on versions of two or more products ("Chrome/Edge 105, Safari 16, Firefox
110 → …"): where something is supported, not what it is."""


def a_setting(text: str, at: int, code: Sequence[tuple[int, int]]) -> bool:
    """Whether what the line of ``text`` says from ``at`` on is one piece of inline code, an aside
    after it apart ("임베딩: `all-MiniLM-L6-v2` (영어 위주 모델)"): a setting's value, which does not
    say what the label is."""
    value = END_ASIDE.sub("", text[at:].split("\n", 1)[0]).strip()
    start = text.find(value, at) if value else -1
    return start >= 0 and (start, start + len(value)) in code


_NUMBERED_DOC = re.compile(r"\d")
"""A label that names a document by its number ("PEP 703", "RFC 7636"), whose title says what
it is."""
_ONLY_A_TITLE = re.compile(r"\"[^\"]+\"|“[^“”]+”")
"""An answer that is one quoted title, a page's or a talk's: where to read, not what the label
is."""
_ASKS_EN = re.compile(r"(which|how|what|why|where)\s", re.IGNORECASE)
"""An English label that asks ("which keys are candidates:", "Why it matters:")."""
_ASKS_KO = re.compile(r"(?:^|\s)(?:왜|어떻게|언제)\s|(?:한가|인가|는가|될까|할까|일까|되나|하나)$")
"""A Korean label that asks ("왜 안전한가", "어떻게 동작하나")."""
_SETTING_KO = re.compile(r"[가-힣0-9A-Za-z.](?:까지는|부터는|에서는|에선|까지|부터)$")
"""A Korean label that says when or where ("Go 1.13까지는", "리눅스에서는"): a circumstance of
the section's term, no term of its own."""
_UPDATES = re.compile(r"(?P<v>[A-Za-z_][\w.]*(?:\[[^\]]*\])?)\s*(?:\+\+|\+=|-=|--"
                      r"|=(?!=)\s*(?:max|min)?\(?\s*(?P=v)(?![\w\[]))")
"""An answer that updates a variable from its own value ("C = C + 1", "C = max(C, t) + 1", "V[i]++,
attach whole V"): a step of what the section describes, no definition of the label (a formula
that gives a new name its value, "h_t = tanh(…)", may define it)."""
_IF_EN = re.compile(r"(?:if|unless)\s", re.IGNORECASE)
"""An English answer that opens on a condition ("asyncio.gather(...): if the gather itself is
cancelled, …"): it says what happens then, not what the label is (a "when …" may define it)."""
_IF_KO = re.compile(rf"{vocab.CONDITION_END_KO}$")
"""A Korean answer that ends on a condition (``vocab.CONDITION_END_KO``)."""
_REMINDER_KO = re.compile(r"지\s*말(?:기|\s*것|자)[.!]?$")
"""A Korean answer that reminds the writer ("단조성과는 무관, 헷갈리지 말기"): no definition."""
_RATES_ONLY_KO = re.compile(r"(?:(?:매우|꽤|더|훨씬|좀|조금|가장|제일|아주)\s*)?(?:빠름|느림|좋음|나쁨|큼|작음"
                            r"|많음|적음|높음|낮음|쉬움|어려움|복잡함|간단함|단순함|안전함|위험함|비쌈|저렴함|무거움|가벼움)[.!]?")
"""A Korean label's answer that only rates it ("비동기 복제: 빠름. 대신 …"): a property, no definition."""
_AMOUNT = re.compile(r"(?:[≈~]|roughly\s|about\s)\s*\d|\d+(?:\.\d+)?(?:e-?\d+)?\s*(?:[;(]|for\s+[A-Z]|$)")
"""A label's answer that opens on an amount ("Bloom filter (optimal k): ≈ 1.44 · log2(1/ε) bits per item",
"transformers: 0.1 (BERT hidden + attention dropout), …", "AdamW fine-tuning: 0.01; …", "ELECTRA: 0.8 for
Base/Small, …", "BEiT: roughly 0.65–0.75 …"): a setting's value there, no definition (a value for a
case, "seed: 42 for every run", is what the label is)."""


_CALL = re.compile(r"[\w.$]+\(")
"""Code that opens on a call (``customElements.define(``), not on an expression (``(center - n) // 2``)."""


def _a_call(line: str, answer: str, code: Sequence[tuple[int, int]]) -> bool:
    """Whether ``answer`` is one piece of inline code that calls something ("**Custom elements** —
    `customElements.define('acme-chat', AcmeChat)`"): how it is used, not what it is (a formula,
    "`h_t = tanh(W h_{t-1} + U x_t + b)`", says what it is)."""
    if "=" in answer or not code or not _CALL.match(answer):
        return False
    at = line.find(answer)
    return at >= 0 and any(a <= at and at + len(answer) <= b for a, b in code)


_ASSUMED = re.compile(r"(?:assume|assuming|suppose|imagine)\s", re.IGNORECASE)
"""A label's answer that sets up a worked example ("leaf: assume ~1 KB per row -> ~16 rows")."""
_HOW_OFTEN = re.compile(r"(?:(?:very\s+)?rarely|seldom|almost never|hardly ever)\s+"
                        r"(?:needed|used|useful|seen)|거의\s*(?:안\s*씀|쓸\s*일\s*없음)",
                        re.IGNORECASE)
"""A label's answer that only says how often it is needed ("`dbus`, `idle` — rarely
needed"): nothing about what it is."""
_RESULT = re.compile(r"[~≈]?\d[\d.,]*\s*[^\s\d]{0,3}\s*(?:->|→)\s*[~≈]?\d[\d.,]*\s*[^\s\d]{0,3}"
                     r"(?:\s*\S{1,2})?")
"""A label's answer that is one amount changing to another ("4.1 s -> 2.2 s ✅", "~900 MB ->
12.4 MB"): the writer's result, no definition."""
_STATES_OF_ITS_OWN_EN = re.compile(
    r"(?!(?:a|an|no)\s|(?:\S+\s+){0,4}?(?:of|to|for|with|that|which|who|where|when|how|what|if)\s"
    r"|(?:\S+\s+){1,4}?(?:it|they)\s)"
    r"(?:[^\s,;:]+\s+){1,5}?"
    r"(?:is|are|was|were|isn't|aren't|has|have|needs?|can|can't|cannot|will|won't|should|must"
    r"|doesn't|don't|does|may|might|could|would)\s", re.IGNORECASE)
"""An English answer that opens on a clause of its own, its subject before its verb ("swap files
need extra care", "the default is fine mostly", "`2024` may be one token"); not a noun phrase
whose verb is in a clause or phrase inside it ("the lock that is held by one thread", "the time it
has run": its "that" left out), nor one that opens on an article or "no" ("a queue the kernel has
not accepted yet", "no guarantee the proxy is up first")."""
_CLAUSE_END = re.compile(r"[,;→]")
"""Where an answer's first clause ends: "by our image component" is the writer's, "… no
Domain attribute → … can't shadow our session cookie" a fact."""
_ORDER_ANSWER = re.compile(r"(?:먼저|그\s*다음|다음|마지막|나중|first|then|next|last|finally)[.!]?",
                           re.IGNORECASE)
"""A label's answer that only gives a place in an order ("process.nextTick 큐: 먼저"): the
line before says of what."""
_JOINED_ON = re.compile(r"(?:[Aa]nd|[Bb]ut|BUT|[Oo]r|So|Plus|[Aa]lso|[Tt]hen|[Oo]therwise|[Ss]ame\s+story"
                        r"|그리고|그래서|하지만|그런데|근데)(?:\s|$)")
"""A label that joins on to the sentence before ("And the nasty one:", "Also:", "Then annotate
targets:", "otherwise:", "or run a tiny init:", "BUT storage-wise:", "and the actual storage:",
"Same story for functions:", "그리고 제일 중요한 규칙:", "근데 교수님 말씀:"): no term."""
_CIRCUMSTANCE_EN = re.compile(r"(?:[Ff]or|[Ww]hen|[Ii]f|[Oo]nce|[Dd]uring|[Aa]fter|[Bb]efore|[Ww]ith|[Ff]rom|"
                              r"[Ww]ithout|[Ii]n|[Oo]n|[Ee]very|[Ee]ach|[Pp]ast|[Rr]ight\s+after"
                              r"|[Oo]nly\s+for|at|[Ii]nside|[Ww]ithin|[Oo]utside)\s|^(?:below|above)\s+it$"
                              r"|.*\s(?:when|if)$")
"""A label that says when, where or for what ("For (a+)+b on aaac:", "in uninterruptible
sleep (state D):", "On disk:", "every ACK:", "past W_max:", "exit when:", "only for that one
host:", "below it:", "at the end:", "at eval:", "inside the current window:", "From inside out:"); "At most
once:" is a name."""
_WRITER_AS_TOPIC = re.compile(r"(?:나는|저는|우리는|저희는|우리\s*팀은|저희)\s")
_WRITERS_ONE_KO = re.compile(r"내가\s.*\s거")
"""An answer that only says the writer's is the one ("- **(A) ans 변수 따로 두는 방식** - 내가 쓰는
거"): whose it is, not what (not "내가 알고 있는 원격 상태랑 … 같을 때만 덮어씀")."""


def _is_order(label: str) -> bool:
    """True for a label that is a step or what the writer did: a verb, then an article ("Write
    the last octet in binary:", "Look at the trend:", "Picked the name:", "set the pool:") or an
    adverb ("Compare lexicographically:"); not a technique's name ("Retry with exponential backoff:")."""
    from notequiz.extract import patterns_en as P

    words = [w.lower() for w in label.split()]
    if len(words) >= 4 and words[1] in P.PREPOSITIONS:
        del words[1]  # "Look at the trend:"
    # "Wasted an hour here:": a past form before an article is a deed, known verb or not
    past = words[0].endswith("ed") and (len(words[0]) > 4 or words[0] in P.verb_forms())
    return (words[0] in P.VERBS or past) and (
        (label[:1].isupper() and len(words) >= 3 and (words[1] in P.ARTICLES or words[1] in P.DETERMINERS))
        or (label[:1].isupper() and len(words) == 2 and words[1].endswith("ly"))  # "Compare lexicographically:"
        or (len(words) >= 3 and words[1] in P.ARTICLES))  # "set the pool:", in lower case


def _past_clause(label: str) -> bool:
    """True for a label with a past verb and its object: "GPT-2 introduced byte-level BPE" (not
    "Memory allocated on the heap", a participle and its place)."""
    from notequiz.extract import patterns_en as P

    words = label.lower().split()
    return any(w.endswith("ed") and w in P.verb_forms() and nxt not in P.PREPOSITIONS
               for w, nxt in itertools.pairwise(words[1:]))


def _states_something(label: str) -> bool:
    """True for an English label that is a clause: "There are two kinds of caches"."""
    from notequiz.extract.english import clause_subject

    return bool(_THERE_IS.match(label) or clause_subject(label))


_VERB_FIRST = re.compile(r"^(?:is|are|was|were|can|will|does|do|has|have)\b"
                         r"|^not\s+(?:\w+ly\s+)?(?:every|all|each|any|always)\b|^\S+\s+matters$|^.+\s(?:still|also)\s+applies$"
                         r"|^.*\bit['’]s\b"
                         r"|^(?:it|this|that|they|these)(?:['’]s|\s+(?:is|are)\b)"
                         r"|^you\s+can\b|^.*\sexist$"
                         r"|^\w+s\s+(?:are|is)\b|^(?:reads|acts|serves)\s+as\b"
                         r"|^\w+s\s+twice\b|^follows\s+from\b|^.*\s\w+\s+(?:it|them)$|^\w+s\s+you$|^lets\s+you\b",
                         re.IGNORECASE)
"""A label that opens with a verb is the rest of a sentence, no term, and so is one with "it's" in it
("Now it's atomic:"); one that opens with "Not
every" states something ("Not every solver supports L1:", "Not necessarily every layer:"), one
with "you can" too ("you can see it:"), one that says what matters ("Order matters:") or still
applies ("Orphan rule still applies:"), one that
ends on "exist" ("d-ary heaps exist:"), and "reads as:" or "acts as a regularizer:" says what
its subject before it is; so do "returns twice:", "follows from (1):" and
"lets you mix types:".
One that ends on a verb and its pronoun ("kernel reparents it:", "restic/borg sidestep it:",
"Two separate use cases, people conflate them:") is a clause."""
_THERE_IS = re.compile(r"^there(?:\s+(?:is|are|were|was)|['’]s)\b", re.IGNORECASE)


def _english_clause(intro: str) -> bool:
    """True for an English list intro that is a clause or a question, not a noun phrase."""
    from notequiz.extract import patterns_en as P
    from notequiz.extract.english import has_verb, is_action

    intro = intro.strip().rstrip(":：")
    # "Every query goes through roughly these stages", "The candidate then": a clause
    # whose subject is no term, or one that stops before its verb; "Controllers in
    # cgroup v2 include" and "Lamport defined the … relation" are clauses too.
    return bool(_WH_START.match(intro) or _OPEN_CLAUSE.search(intro) or _VERB_FIRST.match(intro)
                or _states_something(intro) or is_action(intro) or has_verb(intro)
                or P.LIST_ARE.match(intro) or _PAST_VERB_OBJECT.search(intro))


_PAST_VERB_OBJECT = re.compile(r"\b\w+ed\s+(?:the|a|an|its|their|this|these)\s", re.IGNORECASE)
"""A past verb and its object: a clause, where "Memory allocated on the heap" is a noun."""


_COUNT_TAIL = re.compile(
    rf"(?:은|는|이|가)?\s*(?:크게|총|모두)?\s*{vocab.COUNT_WORDS}\s*"
    r"(?:가지|개|종류)(?:가\s*있다|이다|다)?$")
"""The count that closes a Korean list intro ("…이유는 크게 세 가지")."""
_WH_START = re.compile(r"^(?:what|how|why|when|where|which|who)\b", re.IGNORECASE)
_OPEN_CLAUSE = re.compile(r"\b(?:when|if|because|after|before|while|until|unless|then)$",
                          re.IGNORECASE)
"""An intro ending in a conjunction ("A component re-renders when:") lists conditions."""


def _label_block(ctx: Context, block: Block, nxt: Block) -> Iterator[Candidate]:
    text = block.text.strip()
    whole_bold = bool(block.bold) and block.bold[0] == (0, len(text)) and len(block.bold) == 1
    if "\n" in text:
        return
    if not (whole_bold or (len(text) > 1 and text.endswith("?"))):
        return  # (a question alone on its line asks what its term is: "트라이란?")
    term = clean_term(text)  # ("**트라이란?**": 트라이, as a heading's)
    if not term or not looks_like_label(term) or nxt.kind != "paragraph":
        return
    answer = _definition_text(nxt.text)
    if answer:
        yield _cand(ctx, "definition", term, answer, LABEL_BLOCK, nxt.span.line_start,
                    first_sentence(nxt.text))


def _labels(items: tuple[ListItem, ...]) -> tuple[str, ...]:
    out = []
    for item in items:
        text = first_line(item.text)
        m = _label_match(text)
        if m and (_in_code(item.code, m.end("label"), m.start("rest")) or _unclosed(m.group("label"))):
            m = None  # "- `isolation: isolate`": the colon is the code's, the item whole; "1. 쓰기
            # 직후 일정 시간(예: 몇 초) 동안은 …": the bracket's
        if m and _VERDICT_VALUE.fullmatch(clean_span(m.group("rest"))):
            m = None  # "1. 클라이언트 컴포넌트 → 서버 컴포넌트 import: **안 됨**": the verdict is the point
        out.append(clean_term(m.group("label")) if m else clean_span(text))
    return tuple(t for t in out if t)


_VERDICT_VALUE = re.compile(r"(?:ok|안\s*됨)[.!]?", re.IGNORECASE)
"""An item's value that only says yes or no ("…import: OK", "…: 안 됨"): without it the item
says nothing."""


def _named_by_ko(intro: str) -> str:
    """What a Korean list intro names, without the word that links it to the text before
    ("그리고 microtask 계열 큐:" names the queues) and the particle of a category ("Redis의
    장점으로는:"); empty when it names no kind of thing but what the items are said of, a place
    ("OWASP Top 10에서는:", "CFS엔 …") or a topic ("그래서 "AAAA,SAAS;AACT"는")."""
    if _last_sentence(intro).rstrip(":：, ") in DISCOURSE_WORDS:
        return ""  # "…추적하지 않습니다. 그래서:", "즉,": what follows is what came of it, no kind of thing
    intro = without_discourse_word(intro)
    bare = intro.rstrip(":： ")
    if scene := _SCENE_END_KO.search(bare):
        owner = bare[: scene.start() + 1]
        return owner if split_category(owner) else ""
    return intro


_SCENE_END_KO = re.compile(r"[^\s](?:(?:에서|에게|한테|에|엔|으로|로)(?:는|선)?|[은는])$")
"""The particle that ends a Korean list intro naming where or in what the items hold
("OWASP Top 10에서는", "CFS엔", "Redis의 장점으로는") or what they are said of ("주요 특징은")."""


_PREPOSITION_OPENER = re.compile(r"(?:For|In|With|On|At|When|If|By|From|Under|After|Before|Per)\s")
"""An English list intro that opens on a preposition or a condition: it sets a scene, it
names no kind of thing."""


_TROUBLE_WITH = re.compile(r"(?:the\s+)?(?:problems?|issues?|trouble)\s+with\s", re.IGNORECASE)
"""An English list intro that says what is wrong with something ("Problem with simpler sets:"): the
items are those things, each with its flaw; no kind of thing is named."""


_POINTING_INTRO_KO = re.compile(r"(?:이|그)\s+\S")
"""A Korean list intro that opens on a demonstrative ("이 경우:", "그 경우:"): what the list
holds is of what came before, the intro names no kind of thing."""


_WEIGHED = re.compile(r"(?:costs|cons|downsides|drawbacks|pros|upsides|benefits|advantages|장점|단점)",
                      re.IGNORECASE)
"""A list intro that weighs what the items cost or bring ("Costs:", "Downsides:", "Pros:"): each
item's label is a con or a pro ("- read amp: at most one SSTable per level"), not a term its text
defines."""
_RULED_OUT = re.compile(r"아니었던\s*(?:것|거)(?:들)?[:：]?$|^(?:ruled\s+out|not\s+the\s+cause)[:：]?$",
                        re.IGNORECASE)
"""A list intro over what was ruled out ("참고로 확인했지만 원인 아니었던 것:"): each item's label is
what was checked, its text why it was not the cause; no term is defined."""
_WORKED_FORMULA = re.compile(r"\s=\s.*[Σ∑·×/+−*]")
"""A list intro that is a formula with its operations ("ECE = Σ_m (|B_m| / n) · |acc(B_m) − …|:"):
the items explain its symbols, no kind of thing is named (not "Parameters λ = (A, B, π):")."""
_TRIED_KO = re.compile(r"[어려해]봄[:：]?$")
"""A Korean list intro that says what the writer tried ("… p95 직접 계산해봄"): a worked example follows."""
_BY_EACH_KO = re.compile(r"[가-힣]별로\s*정리$")
"""A Korean list intro that says by what the list is split ("언어별로 정리"): each item is one of
those, and says its own; no kind of thing is named."""


def _half_compared(intro: str) -> bool:
    """True for a list intro that compares two things, the second of which reads as a category
    ("**의존성 vs 순서**": "순서" is no category of "의존성 vs"; not "502 vs 504 구분:")."""
    parts = split_category(intro.rstrip(":： "))
    return parts is not None and re.search(r"\bvs\.?$", parts[0].strip(), re.IGNORECASE) is not None



def _meta_intro(intro: str) -> bool:
    """Whether a list intro is a label of no term with its own answer ("Output: `1 4 3 2`"), or
    any Korean label with one ("조건: K에 대해 … 단조적이어야 함"): the list says more of what
    that line says. (A label alone, "**Pros**", names what the list holds.)"""
    m = _label_match(intro)
    return m is not None and (vocab.is_meta_label(m.group("label")) or has_hangul(intro))


def _list_rules(ctx: Context, block: Block, prev: Block | None, heading: str,
                first: bool, after_opening: bool = False) -> Iterator[Candidate]:
    items = block.items
    if not items:
        return  # a list of tasks (``auto.read`` took them out)
    if _heads_a_write_up(items):
        return  # "- 작성: 인프라팀", "- 상태: 완료", "- 심각도: SEV-2": a write-up's header, no list
    labels = _labels(items)
    if all(vocab.NUMBER.fullmatch(label) for label in labels) or len(set(labels)) < len(labels) or (
            all(vocab.only_platforms(label) for label in labels)
            and all(_label_match(first_line(item.text)) for item in items)):
        # "- `0`: …", "- `1`: …": the values of a setting; "- BSD/macOS: …", "- Windows: …": how
        # it looks on each; "1. Client → Server: `SYN` …", "3. Client → Server: `ACK` …": who
        # sends each. Each item says its own; the labels list nothing by name. (A bare list of
        # platforms, "Supported databases:", still is one.)
        # "1. T1: `SELECT …`", "3. T1: `INSERT …`": a label that repeats is who acts at each step
        repeated = {label for label in labels if labels.count(label) > 1}
        yield from _items_defining(ctx, items, heading, lambda term: term not in repeated)
        return
    if all("://" in label for label in labels):
        return  # "Refs:" / "- https://openjdk.org/jeps/444": where to read, no list to recall
    line = block.span.line_start
    ordered = bool(items) and items[0].ordered
    # A code block between them: the paragraph introduced the code ("`dp[i]` = …로 끝나는 LIS
    # 길이", then the code, then notes on it), not the list.
    intro = prev.text.strip() if prev is not None and prev.kind == "paragraph" and not (
        block.after_code) else ""
    name = _named_by_ko(intro) if has_hangul(intro) else intro
    intro_ok = (bool(name) and "\n" not in intro and looks_like_label(name.rstrip(":："), 10, 60)
                # "No broadcast in IPv6!! Replaced by multicast. Three types:": no one name
                and (has_hangul(intro) or not ends_a_sentence_inside(intro.rstrip(":：")))
                and not vocab.FIRST_PERSON_EN.search(intro)  # "Things that surprised me:"
                and not vocab.writer_says_ko(intro)  # "… 우리 프로젝트 기준 체감:"
                and not vocab.EXAMPLE_OPENER.match(intro) and bool(re.search(r"[가-힣]|[A-Za-z]{3}", intro))
                and not _PREPOSITION_OPENER.match(intro)  # "For vectors a, b ∈ ℝⁿ:": no name
                and not _TROUBLE_WITH.match(intro)  # "Problem with simpler sets:": what is wrong
                and not _meta_intro(intro)  # "Output: `1 4 3 2`": no kind of thing
                and not _POINTING_INTRO_KO.match(intro)  # "이 경우:": of what came before
                and not _half_compared(name) and not _WORKED_FORMULA.search(name)
                and not _ASIDE_PARAGRAPH.match(intro)  # "(a_t는 tanh 들어가기 전 값)": an aside
                and not re.search(r"[가-힣]면\s*[:：]?$", intro)  # "정리하면:" names nothing
                and not _BY_EACH_KO.search(intro)  # "언어별로 정리": how the items are split
                and not _TRIED_KO.search(intro)  # "… p95 직접 계산해봄": what the writer worked out
                and not vocab.holds_no_facts(_last_sentence(intro).rstrip(":： "))  # "… 빠짐. 결과:"
                # "$$ g \leftarrow … $$" (code or a formula, whole): it names no kind of thing
                and not any(a == 0 and b >= len(intro.rstrip(":： "))
                            for a, b in (prev.code if prev is not None else ())))
    # "_ThreadLocal 을 사용하는 방법은 간단하다._" introduces the steps after it.
    intro_topic = _INTRO_TOPIC.match(intro) if intro and not intro_ok else None
    announced = _announcement(_last_sentence(intro)) if intro and not intro_ok else None
    pointer = vocab.pointer_topic(_last_sentence(intro)) if intro and not intro_ok else ""
    if pointer and announced is None and len(labels) >= 2:
        # "HTTP의 특징은 다음과 같다." and the list after it
        said = clean_span(pointer)
        term, detail = _list_term(ctx, said, borrow_owner=True)
        kind = "steps" if ordered and vocab.is_process(said) else "list"
        named = tuple(item_label(it)[0] or label for it, label in zip(items, labels, strict=False))
        names = named if len(named) == len(labels) else labels
        yield _cand(ctx, kind, term, "; ".join(names), LIST_INTRO, line,
                    _last_sentence(intro) + "\n" + block.text, items=names, detail=detail,
                    variant="detail" if detail and kind == "list" else "")
    elif announced is not None and len(labels) >= 2:
        owner, category, count = announced
        named = tuple(item_label(it)[0] for it in items)
        names = named if all(named) else labels
        owner = owner or _defined_term(ctx) or ctx.subject
        if owner and count in (None, len(names)) and all(len(n) <= 40 for n in names):
            yield _cand(ctx, "list", f"{_plain_owner(owner)} {category}", "; ".join(names),
                        LIST_ANNOUNCED, line, _last_sentence(intro) + "\n" + block.text,
                        items=names, detail=category, variant="detail")
    elif intro_topic and vocab.is_process(intro_topic.group("t")) and ordered and len(labels) >= 2:
        yield _cand(ctx, "steps", clean_span(intro_topic.group("t")), "; ".join(labels),
                    LIST_INTRO, line, intro + "\n" + block.text, items=labels)
    elif len(labels) >= 2 and not any(len(x) > 120 for x in labels):
        english = intro_ok and not has_hangul(intro)
        counted = ""
        if english:
            from notequiz.extract.english import counted_list_term

            counted = counted_list_term(intro)
        if english and (counted or _english_clause(intro)):
            # "Each tuple stores two hidden system columns:" is no term to ask about as it
            # stands: "What are the two hidden system columns each tuple stores?"; a clause
            # that counts nothing ("A component re-renders when:") gives no list card.
            from notequiz.extract.english import list_intro

            counted = counted or list_intro(intro)
            if counted:
                # "- `cpu` — weights and bandwidth limits": the items' names are the list.
                named = tuple(label_and_rest(first_line(it.text), it.code, dash=True)[0]
                              for it in items)
                names = named if all(named) and len(named) == len(labels) else labels
                yield _cand(ctx, "list", counted, "; ".join(names), LIST_INTRO, line,
                            intro + "\n" + block.text, items=names)
        elif intro_ok and not _JOINED_ON.match(name):  # ("Also useful:" adds to what came before)
            # "메시지 큐를 쓰는 이유는 크게 세 가지:" asks for the 이유, not for the count.
            said = _COUNT_TAIL.sub("", clean_term(name)).strip() or clean_term(name)
            kind = "steps" if ordered and vocab.is_process(intro) else "list"
            if kind == "steps" and not has_hangul(said):
                # "The standard "atomic replace" recipe:": "What are the steps of the …?";
                # "Steps:", "Two steps:" are those of the section's term.
                bare = _BARE_STEPS_EN.match(said) is not None and bool(ctx.subject)
                term, variant = _process_term(ctx.subject if bare else said)
                yield _cand(ctx, kind, term, "; ".join(labels), LIST_INTRO, line,
                            intro + "\n" + block.text, items=labels, variant=variant)
            else:
                if not has_hangul(said):
                    said = _LEADING_ARTICLE.sub("", said)  # not "What are the The …?"
                term, detail = _list_term(ctx, said, borrow_owner=True)
                yield _cand(ctx, kind, term, "; ".join(labels), LIST_INTRO, line,
                            intro + "\n" + block.text, items=labels, detail=detail,
                            variant="detail" if detail else "")
        elif heading and ordered and (first or after_opening) and _steps_of(heading, labels):
            # "## Leader election" then 1. A follower … 2. The candidate …: numbered actions
            # under a term are how it goes, whatever the heading's words.
            yield _cand(ctx, "steps", heading, "; ".join(labels), STEPS_UNDER_HEADING, line,
                        block.text, items=labels, variant="of")
        elif first and heading:
            process = vocab.is_process(heading)
            if process and ordered:
                term, variant = (vocab.strip_how_to(heading), "") if has_hangul(heading) \
                    else _process_term(heading)
                yield _cand(ctx, "steps", term, "; ".join(labels), STEPS_UNDER_HEADING, line,
                            block.text, items=labels, variant=variant)
            elif split_category(heading) and not all(vocab.is_category_word(x) for x in labels):
                term, detail = _list_term(ctx, heading, borrow_owner=True)
                yield _cand(ctx, "list", term, "; ".join(labels), LIST_UNDER_HEADING, line,
                            block.text, items=labels, detail=detail,
                            variant="detail" if detail else "")
            elif names_term(heading):
                named = tuple(item_label(it)[0] for it in items)
                if all(named):
                    yield _cand(ctx, "list", heading, "; ".join(named), LIST_OF_TERMS, line,
                                block.text, items=named)
    yield from _kinds(ctx, heading, labels, line, block.text)
    # "Costs:" / "- internal fragmentation — 2 MiB granularity": a cost, no term defined
    weighed = bool(intro) and (_WEIGHED.fullmatch(clean_term(intro).rstrip(":： ")) is not None
                               or _RULED_OUT.search(intro) is not None)
    yield from _items_defining(ctx, items, heading, lambda term: not weighed)


def _steps_of(heading: str, labels: Sequence[str]) -> bool:
    """Whether numbered items under ``heading`` are the steps of what it names.

    They are when the heading names a term, not a process (those have their
    own phrasing) nor a count of things ("The three rules"), and every item,
    three or more, is an action: a Korean statement (…고른다, …배포함) or an
    English clause or order ("The client redirects …", "Hash the key").
    """
    if (len(labels) < 3 or vocab.is_process(heading) or not names_term(heading)
            or _COUNTED.search(heading)):
        return False
    from notequiz.extract.english import is_action

    return all(bool(_KO_STATEMENT_END.search(label)) if has_hangul(label) else is_action(label)
               for label in labels)


_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|several|\d+)\b|[두세네]\s*가지|\d+\s*가지",
                      re.IGNORECASE)
_KO_STATEMENT_END = re.compile(r"(?:[가-힣](?:다|요)|[함됨음])[.!]?$")


def _heads_a_write_up(items: tuple[ListItem, ...]) -> bool:
    """``vocab.heads_a_write_up`` for list items, by their labels (a label in code, "- `catch`: …",
    is a name, no field of a header)."""
    labels = []
    for item in items:
        label = label_and_rest(first_line(item.text))[0]
        at = item.text.find(label) if label else -1
        labels.append("" if any(a <= at and at + len(label) <= b for a, b in item.code) else label)
    return vocab.heads_a_write_up(labels)


def _items_defining(ctx: Context, items: tuple[ListItem, ...], heading: str,
                    defines: Callable[[str], bool]) -> Iterator[Candidate]:
    """The cards of a list's items (``_items``), less the definitions of the labels ``defines``
    says name no term there."""
    for cand in _items(ctx, items, heading, ""):
        if cand.rule != LABEL_DEFINITION or defines(cand.term):
            yield cand


def _items(ctx: Context, items: tuple[ListItem, ...], heading: str,
           parent: str) -> Iterator[Candidate]:
    if _heads_a_write_up(items):
        return  # "- **Duration:** …", "- **Recovery:** …", "- **Data lost:** none in the end."
    for item in items:
        yield from _item_rules(ctx, item, heading, parent)
        label = clean_term(first_line(item.text))
        for inner in item.blocks:
            if inner.kind == "paragraph":
                yield from _label_lines(ctx, inner, parent=label)
        yield from _items(ctx, item.children, heading,
                          label if looks_like_label(label, 20, 120) else parent)


def illustrations(blocks: Sequence[Block]) -> Iterator[Block]:
    """The lists and tables of ``blocks`` that illustrate a supposed case.

    A paragraph that supposes ("예를 들어 문서가 세 개 있다고 하자.", "Suppose we
    have three documents:") opens a worked example, as does one that gives an
    example and points at it ("예를 들어 `0x12345678`은 다음과 같이
    저장됩니다."); its lists and tables, and those after a paragraph that only
    points at them ("역색인은 이렇게 만들어진다."), are that example's data, up
    to the next other paragraph. So are those after a paragraph that leads into what the
    writer measured on their own machine ("내 맥북(M1)에서 대충:", "On my laptop, roughly:").
    """
    supposing = False
    for block in blocks:
        if block.kind == "paragraph":
            if not supposing and not _SUPPOSES_WORD.search(block.text) and not (
                    _ON_MY_MACHINE.search(block.text)):
                continue  # (no paragraph of most sections supposes: spared the sentence split)
            last = _last_sentence(block.text)
            if _SUPPOSES.search(last) or _ON_MY_MACHINE.search(last) or (_FOR_EXAMPLE.match(last) and (
                    _POINTS_AT.search(last) or last.endswith(":"))):
                supposing = True
            elif not (supposing and _POINTS_AT.search(last)):
                supposing = False
        elif supposing and block.kind in ("list", "table"):
            yield block


_SUPPOSES = re.compile(
    r"(?:다고|라고|이라고)\s*(?:하자|해\s*보자|치자|가정하자|가정해\s*보자)[.!:]?$|가정하자[.!:]?$"
    r"|^(?:suppose|imagine|say we have|let's say)\b|^(?:예시|예제|example)\s*[:：]\s*\S", re.IGNORECASE)
"""The sentence that supposes a case, or gives one's data ("예시: A→B (2), A→C (3), C→B (-2)"): a
worked example starts."""
_ON_MY_MACHINE = re.compile(r"(?:^|\s)내\s+[^\s:]+에서\s[^\n]*:$|\b[Oo]n\s+my\s[^\n]*:$|(?:^|\s)Our\s[^\n]*:$")
"""A lead-in to what the writer measured on their own machine or setup ("내 맥북(M1)에서 대충:",
"On my MacBook (M1), roughly:", "Our active-version distribution that day, roughly:"): a list or
table after it is their numbers, no terms defined."""
_FOR_EXAMPLE = re.compile(r"^(?:예를\s*들어|예를\s*들면|예컨대|예시로|for example|for instance|e\.g\.|his\s+example"
                          r"|example(?:\s+with\s[^:]+)?:$)", re.IGNORECASE)
"""A sentence that gives an example: pointing at what follows, it shows the example's data
("예를 들어 `0x12345678`은 다음과 같이 저장됩니다.", "예시로 문서 3개:", "Example with 3 replicas:"; not "Examples of
…:", a list of them)."""
_SUPPOSES_WORD = re.compile(r"하자|보자|치자|suppose|imagine|say|예를|예컨대|예시|예제|for example|for instance|"
                            r"e\.g\.|example\b", re.IGNORECASE)
"""What every match of ``_SUPPOSES`` or ``_FOR_EXAMPLE`` holds: a paragraph without it
opens no example."""
_POINTS_AT = re.compile(rf"{vocab.POINTS_AHEAD}|\b(?:like this|as follows)\b", re.IGNORECASE)
"""A sentence that only points at what follows ("역색인은 이렇게 만들어진다.")."""


def _walk(items: tuple[ListItem, ...]) -> Iterator[ListItem]:
    for item in items:
        yield item
        yield from _walk(item.children)


def _item_rules(ctx: Context, item: ListItem, heading: str,
                parent: str = "") -> Iterator[Candidate]:
    line = first_line(item.text)
    if "?" in line or "？" in line:
        nested = first_line(item.children[0].text) if item.children else ""
        asked = _asked(ctx, line, item.line, item.bold, item.code, nested)
        if asked is not None:
            yield asked
            return
    spelled = _spelled_acronym(ctx, line, item.line, item.code)
    if spelled:
        yield spelled  # ("- OOM = Out Of Memory", as on a line of its own)
    else:
        yield from _label_line(ctx, line, item.line, allow_dash=True, parent=parent,
                               code=item.code, links=item.links)
    label = clean_term(line)
    named, description = item_label(item)
    if named and description:
        answer = _definition_text(best_sentence(description, named))
        if answer:
            yield _cand(ctx, "definition", named, answer, ITEM_BODY, item.line + 1,
                        first_sentence(description))
    if item.children and label and vocab.is_category_word(label):
        subject = ctx.subject
        parts = split_category(heading) if heading else None
        if parts and parts[0]:
            subject = parts[0]
        labels = _labels(item.children)
        if len(labels) >= 1 and subject:
            yield _cand(ctx, "list", f"{subject} {label}", "; ".join(labels), LIST_NESTED,
                        item.line, label + ": " + "; ".join(labels), items=labels,
                        detail=label, variant="detail")
        return
    if item.blocks and label and looks_like_label(label) and not _label_match(line) and (
            not _clause_title(label)):
        body = item.blocks[0]
        pair = acronym_pair(label)
        if pair:
            yield _cand(ctx, "acronym", pair[0], pair[1], HEADING_ACRONYM, item.line, label)
        text = "\n\n".join(b.text for b in item.blocks if b.kind == "paragraph")
        sentence = best_sentence(text, label)
        answer = _definition_text(sentence)
        if answer:
            yield _cand(ctx, "definition", label, answer, ITEM_BODY, body.span.line_start,
                        sentence)
