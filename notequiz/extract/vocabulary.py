"""Language data for the rules: category and process words, discourse markers.

Plain constants, per language, as spaCy keeps its ``lang`` data: adding a
word here extends every rule that reads it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from notequiz.extract.text import CITATION, END_ASIDE

CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    # Longer words first so that 장단점 wins over 장점 and 구성요소 over 구성.
    "ko": (
        "장단점", "구성요소", "구성 요소", "종류", "유형", "장점", "단점", "특징", "특성", "기능",
        "제공 기능", "원리", "작동원리", "작동 원리", "과정", "단계", "절차", "순서", "방법",
        "조건", "경우", "예시", "사례", "목록", "규칙", "원칙", "역할", "용도", "속성", "분류",
        "목표", "목적", "구현", "구현 방법",
        "구성", "요소", "차이점", "차이", "공통점", "문제점", "해결법", "레벨", "성질", "형식",
        "조합", "기본값", "기본 값",
    ),
    "en": (
        "types", "kinds", "advantages", "disadvantages", "pros and cons", "pros", "cons",
        "features", "properties", "characteristics", "steps", "components", "examples",
        "rules", "principles", "operations", "applications", "use cases", "uses", "benefits",
        "drawbacks", "limitations", "categories", "methods", "stages", "phases", "downside",
        "downsides", "upside", "upsides", "default", "defaults", "input",
    ),
}

PROCESS_WORDS: dict[str, tuple[str, ...]] = {
    "ko": ("과정", "단계", "절차", "순서", "프로세스", "방법", "흐름"),
    "en": ("how to", "steps", "process", "procedure", "algorithm", "stages", "phases",
           "workflow", "how it works", "recipe"),
}

DISCOURSE = frozenset({
    # the writer's discourse ("In other words: …", "The reasoning: …", "## 결론부터")
    "in other words", "that is", "the reasoning", "reasoning", "the idea", "idea", "the intuition", "intuition",
    "misconception", "a common misconception", "common misconception", "remember",
    "key point", "the key point", "the main point", "the point", "the gist", "lesson learned",
    "결론부터", "결론부터 말하면", "tmi", "결론", "내 결론", "개인적인 결론", "여담",
    "consequence", "the consequence", "headline", "the headline",
    "algorithm", "the algorithm", "core idea", "the core idea", "history", "history bit", "typical", "typically",
    "main idea", "the main idea",
    "key idea", "the key idea", "big idea",
    "the big idea",
    "so", "thus", "hence", "therefore", "alternatively", "그래서", "따라서",
})
"""Words with which a writer frames what follows, as a label or as a heading: no term."""

OPINIONS = frozenset({
    "의견", "개인 의견", "내 의견", "개인적인 의견", "생각", "내 생각", "개인적인 생각", "소감", "개인 메모",
    "느낀 점", "소회", "개인적인 소회", "개인적인 메모", "개인적 소감", "개인 소감", "개인적인 소감",
    "opinion", "opinions", "personal opinion", "my opinion", "my take", "hot take",
    "personal takeaway", "personal takeaways",
})
"""Labels and headings of the writer's opinion ("My take: …", "## 개인적인 의견"): no term,
and what follows is the writer's view, no fact to learn."""
WRITERS_OWN_LABELS = OPINIONS | frozenset({
    "decision", "the decision", "결정", "최종 결정", "disclaimer", "disclaimer to self", "what",
    "what happened", "impact", "회고", "무슨 일",
    "실무 경험", "경험상",  # the writer's story ("> 실무 경험: 레코드마다 외부 API 호출하는 consumer였는데 …")
    "범위",  # the study's scope ("- 범위: 『HTTP 완벽 가이드』는 … RFC 9113 위주로 봄")
})
"""Labels over the writer's own: an opinion, a decision, a disclaimer, what happened to them
("What: 3% of transfers failed"), how they look back ("회고: 이론은 쉬운데 …") or what their study
covered ("범위: …"): what follows is not read."""

LINK_LABELS = frozenset({"관련", "관련 노트", "관련 글", "관련 문서", "related", "see also", "links", "link", "링크",
                         "up"})
"""Labels over links to other notes ("관련: [[펜윅 트리 (BIT)]], …", "Up: [[Index]]"): their titles are
those notes' to read."""

META_LABELS = frozenset({
    "참고", "출처", "작성자", "발표자", "날짜", "일시", "장소", "질문", "답", "답변", "q", "a",
    "tip", "팁", "note", "노트", "주의", "todo", "next", "author", "date", "source",
    "reference", "references", "refs", "ref", "tags", "예", "예시", "ex",
    "e.g",
    "tl;dr", "tldr", "edit", "update", "ps", "p.s", "추가", "수정", "til", "요약", "한 줄 요약",
    "docs",
    "important", "nb", "n.b", "further reading", "중요", "포인트", "worth knowing", "good to know",
    "nice to know", "fyi",
    "한줄 요약",  # the writing itself
    "pro", "pros", "con", "cons", "careful", "caution", "warning", "caveat", "gotcha",
    "the catch", "catch", "heads up", "heads-up", "bottom line", "takeaway", "my takeaway",
    "key takeaway", "rule of thumb", "course", "instructor", "lecturer",  # asides, the course
    "교재", "논문", "paper", "자료", "시험 범위", "과제", "수업", "스터디", "관련 주차", "교수님", "personal note",
    "실습",
    "known issue", "known issues",
    "side note", "spoiler", "보너스", "here", "alternative",
    "fun fact", "aside", "sources", "resources", "the trade-off", "trade-off", "the trade-off in one line",
    "the simplest option", "the easy way", "the short version", "short version", "in short", "대략", "대충",
    "long story short", "the one-line version", "one-line version", "one-liner", "the one-liner",
    "property", "papers", "read", "reading", "읽을 것", "읽을거리", "더 읽을 것", "같이 볼 것", "goal",
    "목표",
    # an incident write-up's header ("Status: resolved · Severity: SEV-2", "작성: 플랫폼팀")
    "status", "severity", "duration", "작성", "심각도", "상태", "삽질", "삽질 기록", "삽질 메모",
    "발생", "탐지", "발단", "감지", "기간", "발견",
    "관련 시스템",
    "영향 서비스", "영향 범위", "format", "date of incident", "incident date", "review meeting", "영향도", "장애 시간",
    "장애 기간", "장애 일시", "발생 시간", "발생 일시",
    "affected service", "affected services", "downtime", "impact window", "영향 시간",
    "last touched", "side project", "why this note exists",
    # what the writer will read or write some day ("Later: properly read …", "다음 글: …")
    "later", "someday", "some day", "나중에", "나중에 확인", "다음 글", "다음 포스팅", "다음 til", "note to self",
    "언제", "when", "where", "who", "누가", "어디서", "발표", "참석", "참석자", "참여",
    "다음 주 발표", "추천 문제", "추천 추가 문제", "원인 분석",
    "그 외", "그외", "others", "better", "even better", "winner", "the winner", "the culprit", "culprit",
    "read later", "정답", "모범 답안",
    "작성일", "환경", "environment", "다음 주", "다음 주 주제", "개인 메모", "next week",
    # the parts of an incident write-up ("- 원인: …", "- 해결: …"), not terms
    "원인", "해결", "해결책", "해결 방법", "결과", "증상", "영향", "교훈", "배운 점", "cause",
    "root cause", "fix", "the fix", "solution", "result", "symptom", "symptoms", "detection", "lesson",
    "lessons", "lessons learned", "outcome", "대응", "조치", "direct cause", "trigger", "the trigger",
    # the plan and its before and after ("- 기존: A 레코드 -> 구 LB", "- 계획: 레코드 변경 -> …"), and
    # what code above printed ("Output: `1 4 3 2`")
    "기존", "신규", "계획", "plan", "output", "출력", "단기", "중기", "장기",  # ("단기: 1(지터) + 2(락)")
    "contributing", "contributing factors", "tested", "key word", "강의", "original paper", "before",
    "after", "이전", "이후",
    # a reason with no subject ("이유: 내 락이 TTL로 풀리고 …"), and what the writer read alongside
    "이유", "read while debugging", "무슨 일이 있었나",
    # the writer's setting of the scene, and an aside on support ("Context: a Java service
    # kept dying …", "상황: 블로그 사이드바에 …", "Support: … since 2023", "The flip side: …")
    "context", "support", "browser support", "the flip side", "flip side", "상황",
    # a write-up's questions and a proof's steps ("What: 3% of transfers failed", "Why: …",
    # "Claim: …", "Total: (k/i)·(i/n)"), the writer's decision and disclaimers
    "why", "how", "왜", "claim", "proof", "total",
    # a legend of symbols, and how to set up or use what the note shows ("Notation: logits z,
    # …", "Usage: …"; not "build: O(n)", an operation's cost)
    "notation", "legend", "symbols", "기호", "install", "installation", "usage", "setup",
    "set up", "command", "commands",
    # a study log's header ("- 난이도: Medium", "- 태그: dp", "> last reviewed: 2024-09-22")
    "난이도", "difficulty", "태그", "마지막 복습", "last reviewed",
    "나중에 볼 것",  # what the writer will look at ("- 나중에 볼 것: DDIA 7장")
    "지난 시간", "이번 시간", "다음 시간",  # a lecture's place in the course ("지난 시간: VAE", "이번 시간: GAN …")
    "꿀팁", "계기", "장애 대응",  # a tip, why the writer looked, what the team did
    "reading for next week",
    "후속", "practical",  # what the team will do next ("후속: 다음 주 … 점검하기로"); an aside
    "지난 시간 복습",  # a lecture's review
    "start", "left", "want",  # a worked example's stages ("start: 2..30 all marked")
    "now", "til trigger", "others too", "detected by", "범인",  # a step, why the note, more of them, a header's field
    "원서", "원문",  # the book or text summed up ("원서: Robert Love, *Linux Kernel Development*")
    "대상", "독자",  # who the note is for ("대상: 다음에 RSC 코드 만질 사람")
    "incident", "평시", "장애 시",  # a write-up's cases ("incident: payment latency 5–20s -> …")
    # what the options are, a setting's bound, the slow way ("Naive: recompute …"), an edge case
    "선택지", "constraint", "naive", "edge", "edge case", "edge cases", "corner case",
    # a verdict, the problem set, an exception or clean-up to a rule, the writer's leaning, the key point
    # or trap of a Korean explanation ("worse: the amortized bound …", "Problem: edges get added …",
    # "Leaning towards: raw CDC …", "핵심: 락은 …", "함정: secondary index는 …")
    "worse", "even worse", "problem", "the problem", "exception", "exceptions", "cleanup", "clean-up",
    "results", "repro", "lab repro", "예전", "놓친 부분",  # ("놓친 부분: …": the lesson is read, about no term)
    "leaning towards", "leaning toward", "핵심", "함정",
}) | DISCOURSE | WRITERS_OWN_LABELS | LINK_LABELS
"""``Label: text`` lines that carry the note's metadata or an aside, not a term."""
ROSTER_LABELS = frozenset({"참석", "참석자", "참여", "참여자", "attendees", "participants"})
"""Labels over who was there ("참석: 민수, 지현, 태훈, 나"): a name among them is a person,
no term (``auto.find``)."""

_SIGNS = re.compile(r"^\W+|\W+$")
DEFINITION_LABEL = re.compile(r"(?i:def|defn|definition|정의|뜻|한\s?줄(?:\s?정의)?)\.?")
"""A label that says its line defines something ("Def: information that …", "한 줄: …"): the
section's term, or the item's it is under."""


BIG_O = re.compile(r"[OΘΩ]\(")
"""An answer that opens with an order of growth ("O(log n)")."""
_COSTS = frozenset({"time", "space", "memory", "extra space", "시간", "공간", "메모리"})
"""Words that name a kind of cost ("Space: O(n)", "| Op | Time |")."""
_NAMES_COMPLEXITY = re.compile(r"complexity|복잡도|^big[\s-]?o$|^o$|^cost$|^비용$", re.IGNORECASE)


def is_cost(word: str) -> bool:
    """Whether ``word`` names a kind of cost ("space", "시간") or a complexity ("Big-O")."""
    return word.casefold() in _COSTS or bool(_NAMES_COMPLEXITY.search(word))


def cost_asked(word: str, lang: str) -> str:
    """What a question asks of an order of growth found under ``word``: ``word`` when it
    says a complexity already ("Big-O", "시간 복잡도"), else its complexity ("space" → "space
    complexity", "전처리" → "전처리 복잡도", "lookup" → "lookup complexity")."""
    if _NAMES_COMPLEXITY.search(word):
        return word
    return f"{word} 복잡도" if lang == "ko" else f"{word} complexity"


PLATFORMS = frozenset({
    "c", "c++", "c#", "java", "go", "golang", "python", "rust", "php", "ruby", "javascript", "js",
    "typescript", "kotlin", "swift", "scala", "elixir", "erlang", "haskell", "node", "node.js",
    "nodejs", "deno", "bun", "jvm", ".net", "rails", "ruby on rails", "django", "flask",
    "fastapi", "spring", "spring boot", "spring mvc", "asp.net", "asp.net core", "asp.net mvc",
    "express", "laravel", "nginx", "apache", "haproxy", "envoy", "curl", "chrome", "firefox",
    "safari", "postgres", "postgresql", "mysql", "mariadb", "sqlite", "redis", "mongodb",
    "linux", "macos", "windows", "freebsd", "bsd", "docker", "kubernetes", "openssl", "cassandra", "안드로이드",
    "dynamodb", "pytorch", "tensorflow", "keras", "sklearn", "debian", "ubuntu",
    "fedora", "rhel", "arch", "android", "ios",
})
"""Languages, runtimes, frameworks, servers, browsers, databases and systems: a label that
names one ("Go: net.Dialer.FallbackDelay", "Java: PKIX path building failed") says how the
note's subject looks there, not what the platform is."""


def is_platform(label: str) -> bool:
    """True for a label that names one of ``PLATFORMS``, an aside or a version after it or not
    ("Python (PEP 440)", "Linux 5.1+")."""
    return _VERSION.sub("", END_ASIDE.sub("", label).strip()).casefold() in PLATFORMS


_VERSION = re.compile(r"(?:\s+v?|(?<=[+#]))\d+(?:\.\d+)*\+?$")
"""A version after a platform's name ("Linux 5.1+", "Java 17", "C++17"): where it holds from."""


def only_platforms(text: str) -> bool:
    """True for a text that only names ``PLATFORMS`` ("Ruby on Rails, Node.js", "PHP"): where
    something is found, no account of what it is."""
    parts = [p for p in _NAME_LIST.split(text) if p.strip()]
    return bool(parts) and all(is_platform(p) for p in parts)


_NAME_LIST = re.compile(r"[,/;]|\s(?:and|or)\s|\s(?:및|또는)\s")


def is_meta_label(label: str) -> bool:
    """True for a label in ``META_LABELS``, signs around it and a closing aside apart ("⚠️
    Gotcha", "Important (prof said this twice)"; not a short name's, "edit (e)"), and whose it is
    before it or not ("## 개인적인 교훈", "Our timeline"), hedged or not ("related-ish")."""
    bare = _HEDGED.sub("", _THIS_TIME.sub("", _SIGNS.sub("", _REMARK.sub("", label).strip()).casefold()))
    return bare in META_LABELS or _WHOSE.sub("", bare) in META_LABELS


_REMARK = re.compile(r"\s+\([^()]*\s[^()]*\)$")
"""A closing remark in brackets, of two words or more ("(prof said this twice)"; not the arguments
of a call, "update(i, delta)")."""


_NUMBERED = re.compile(r"\s+#?\d+$")
_NTH_KO = re.compile(r"\d+\s*(?:차|번째|단계)")
"""A Korean label of the writer's n-th try or step ("1차: Web Worker로 옮김", "2차: …"): no term."""
_HEDGED = re.compile(r"-ish$")
_THIS_TIME = re.compile(r"\s+this\s+time$")
"""When a label's field was so ("The trigger this time"): the story's, as the field is."""


def heads_a_write_up(labels: Sequence[str]) -> bool:
    """Whether table rows, lines or list items named by these labels ("" for none) head a
    write-up: most of them name a header's field (``is_meta_label``: "Date", "Impact",
    "Status"). Its other fields ("Service: stats-api", "| 발생 | 14:05 ~ 14:13 |") are its
    story too."""
    return 2 * sum(map(is_meta_label, labels)) > len(labels)


def is_writers_own_label(label: str) -> bool:
    """True for a label over the writer's own (``WRITERS_OWN_LABELS``) or someone's in a discussion
    ("성민님:"), signs around it aside, and whose or when it is before it or not ("우리 팀 최종
    결정", "Our decision", "이번 주 느낀 점"); with whose or when it is, a conclusion or a choice
    too ("저희 팀 결론", "오늘의 결론", "Our choice"); so is one whose closing aside is the writer's
    own ("면접 팁 (내 생각)")."""
    bare, aside = _split_aside(label)  # "내 기준 (바뀔 수 있음)", "면접 팁 (내 생각)"
    return _writers_own(bare) or (bool(aside) and _writers_own(aside))


def _split_aside(text: str) -> tuple[str, str]:
    """``text`` without its closing aside in brackets, and that aside's words ("" for none)."""
    m = END_ASIDE.search(text)
    return (text[: m.start()], m.group().strip(" ()")) if m else (text, "")


def _writers_own(label: str) -> bool:
    """``is_writers_own_label`` for a label without a closing aside."""
    bare = _TO_THE_WRITER.sub("", _SIGNS.sub("", label))
    rest = _OWNER.sub("", bare).casefold()
    return rest in WRITERS_OWN_LABELS or (rest != bare.casefold() and rest in _OWNED_ONLY) or bool(
        _SOMEONE_KO.fullmatch(bare)) or bool(_AT_THE_TIME_KO.search(bare)) or bool(_WENT_THROUGH_KO.search(bare))


_WENT_THROUGH_KO = re.compile(r"겪은\s*(?:일|것)$")
"""A Korean label of what the writer went through ("실무에서 2번 때문에 겪은 일:")."""
_AT_THE_TIME_KO = re.compile(r"(?:^|\s)당시(?:\s|$)")
"""A Korean label of how things stood when the writer's story happened ("장애 당시 설정:", "당시 상황:")."""


_TO_THE_WRITER = re.compile(r"\s+to\s+(?:us|me)$", re.IGNORECASE)
"""To whom a label's story happened ("What happened to us:"): the writer, as the label's field is."""
_OWNED_ONLY = frozenset({"결론", "최종 결론", "선택", "방침", "기준", "conclusion", "choice", "pick",
                         "verdict", "policy", "default"})
"""Labels that are the writer's own only with whose before them ("저희 팀 결론:", "Personal default:";
"결론:" alone sums up the note's facts)."""


_WHOSE_WORDS = r"(?:우리|저희)\s*(?:팀|회사)?의?|내|나의|제|개인적인|my|our(?:\s+team'?s)?|personal"
_WHOSE = re.compile(rf"^(?:{_WHOSE_WORDS})\s+", re.IGNORECASE)
"""Whose a label is ("개인적인 교훈", "Our timeline")."""
_OWNER = re.compile(rf"^(?:{_WHOSE_WORDS}|이번\s*주|오늘의?)\s+", re.IGNORECASE)
"""Whose or when a label of the writer's own is ("우리 팀 결론", "이번 주 느낀 점")."""


def is_no_term_label(label: str) -> bool:
    """True for a ``Label:`` that names no term: metadata or an aside (``is_meta_label``), a
    place in a list ("첫 글자"), a Korean clause ("… 가공할 때", "주의할 점"), the writer's own
    (``is_writers_own_label``), a bare version ("1.5+"), a paper ("Kirsch & Mitzenmacher (2006)"), a
    how-to ("읽는 법"), a sentence's opening ("그래서 진짜 의미는"), one adjective ("small") or a
    numbered field of a write-up ("증상 1"), a time before or after a version ("C++11 이전") or whether
    something is there ("page there")."""
    return bool(is_meta_label(label) or POSITIONAL.match(label) or CLAUSE_LABEL_KO.search(label)
                or _ADVERB_EN.fullmatch(label)
                or FIRST_PERSON_KO.match(label + " ") or _ASIDE_LABEL_EN.match(label)
                or FIRST_PERSON_EN.search(label) or _EXAMPLE_LABEL_KO.search(label)
                or _DATED.search(label) or _LETTERED.fullmatch(label) or is_writers_own_label(label)
                or is_to_do(label) or NUMBER.fullmatch(label)
                or _TEACHERS_KO.match(label)
                or _SOMEONES_TAKE.fullmatch(label) or _MISTAKE_KO.fullmatch(label)
                or _QUANTITY_EN.fullmatch(label) or _NAMED_VALUE.fullmatch(label) or _COUNTED_EN.match(label)
                or _COURSE_TIME_KO.match(label) or LITERAL_VALUE.fullmatch(label.strip("`"))
                or _GENERIC_EN.fullmatch(label) or _LATER_EN.search(label) or _NOW_OR_REST_KO.match(label)
                or label.casefold() in _PHASES or _BARE_VERSION.fullmatch(label) or CITATION.fullmatch(label)
                or HOW_TO_KO.search(label) or _OPENS_A_SENTENCE_KO.search(label)
                or _BARE_ADJECTIVE_EN.fullmatch(label)
                or (bool(_NUMBERED.search(label)) and is_meta_label(_NUMBERED.sub("", label)))
                or _NTH_KO.fullmatch(label) or _VERSIONED_TIME_KO.fullmatch(label)
                or _WHETHER_THERE_EN.fullmatch(label) or READ_KO.fullmatch(label))


READ_KO = re.compile(r"(?:같이\s*)?(?:읽은|참고한)\s*(?:것|글|자료)들?")
"""What the writer read alongside, as a Korean label or a list's lead-in ("같이 읽은 것:", "읽은 글:",
"참고한 글:", "참고한 자료:"): where to read more, no term."""


_WHETHER_THERE_EN = re.compile(r"(?:[\w-]+\s+)?(?:not\s+)?(?:there|here)", re.IGNORECASE)
"""A label that says whether something is there ("-> page there: map it …", "-> not there: read from
disk …"): a branch of a flow, no term."""

TIMELINE_ENTRY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s")
"""A list item's title that opens on a time of day ("- 14:18 콘솔 에러 확인:" over the error seen): an entry
of a timeline, no term."""
_VERSIONED_TIME_KO = re.compile(r"(?:[\w.+#-]*[A-Za-z+#][\w.+#-]*\s?)?v?\d+(?:\.\d+)*\+?\s*(?:이전|이후)(?:에는?|엔)?")
"""A Korean label that says before or after a version of something ("C++11 이전", "Java 8 이후에는"):
when, no term (``_BARE_VERSION`` without a name)."""


_GENERIC_EN = re.compile(
    r"(?:(?:the|a|an|one|another)\s+)?(?:nice|neat|cool|important|key|main|big|bigger|small|smaller|quick|old|"
    r"older|new|newer|other|first|second|third|last|real-world|practical|fun|interesting|useful|obvious|subtle|"
    r"classic|common|net)(?:,\s+[\w-]+)?\s+(?:fix|style|form|way|property|consequence|issue|thing|one|bit|part|version|"
    r"problem|trick|lesson|point|detail|observation|effect)s?(?:\s+(?:in|of|on|about)\s.*)?", re.IGNORECASE)
"""An English label that only rates or ranks a generic noun ("Quick fix", "Older style", "Nice
property", "Real-world consequence", "Second, smaller issue", "Other thing in the Redis log",
"First one", "net effect"): of what, the line before says (not "Cut property",
"Liveness property", "Small files
problem")."""
_OPENS_A_SENTENCE_KO = re.compile(r"^(?:그래서|그리고|근데|그런데|하지만|그럼)\s")
"""A Korean label that opens a sentence ("그래서 진짜 의미는: …"): what follows the colon ends it."""
_BARE_ADJECTIVE_EN = re.compile(r"(?:small|smaller|tiny|fast|faster|slow|slower|cheap|cheaper|simple|simpler"
                                r"|easy|easier|safe|safer|big|bigger|good|poor|needs\s+improvement"
                                r"|(?:not\s+)?nice)", re.IGNORECASE)
"""A label that is one adjective ("small: a few bytes per item at most", "good: ≤ 200 ms", "nice: adapts
to …"): what a list of wants or a scale's band says of the subject, no term."""
POINTS_BACK_KO = re.compile(r"(?:이거|이게|그럼|그러면|그래서|여기(?:서)?부터는?)\s")
"""A Korean answer or first line that opens on a pronoun ("이거 때문에 반나절 날림", "이거 실무에서
진짜 한 번 당함.") or goes on from the section before ("그럼 downstream 벤치마크를 보면 되느냐, …", "그래서
나온 게 HTTP/3예요.", "여기부터는 …"): it speaks of what came before or happened, not of the label or
heading, nor has the heading's term for its subject."""
HOW_TO_KO = re.compile(r"[가-힣][는은]\s*법$")
"""``bcrypt 해시 읽는 법``: a how-to heading, whose first sentence is no definition, or label ("읽는
법: if P then (A or C), …"), which names no term."""
_BARE_VERSION = re.compile(r"(?:(?:before|after|since|until|from|pre|post)[\s-]+)?v?(?:\d+(?:\.\d+)+\+?|\d+\+)",
                           re.IGNORECASE)
"""A version of the note's subject alone ("1.5+: same package and module, any file", "before 1.1:"):
when, no term (with a name, "Linux 5.1+", it is a platform)."""
_PHASES = frozenset({"train", "training", "eval", "train time", "eval time", "test time"})
"""A phase a label's line is about ("train: uses batch stats", "eval: uses the running stats"): no term
(as a table's row, "| train | 랜덤으로 끔 |", it names what the column is there)."""
_LATER_EN = re.compile(r"\s(?:later|earlier|ago|again)$", re.IGNORECASE)
"""A label that says when, counted from the story's day ("Two days later:"), or that it comes
back ("union length again:")."""
_NOW_OR_REST_KO = re.compile(r"(?:지금|나머지|다른)\s")
"""A Korean label of the writer's present setup, of the rest of what came before or another than it
("지금 구조:", "나머지 캐시 키들:", "다른 방법:")."""
_SOMEONES_TAKE = re.compile(r"[A-Z][a-z]+['’]s\s+(?:take|point)")
"""Someone's opinion ("Tom's take: if your aggregate has 50k events …", "Dana's point: …")."""
_QUANTITY_EN = re.compile(r"(?:a\s+)?(?:few|handful|couple|lot|lots|many|dozens|hundreds|thousands"
                          r"|millions)", re.IGNORECASE)
"""A quantity as a label ("a few: no, basically free", "thousands: yes — each one holds a PID"):
one case of a question above it, no term."""
_NAMED_VALUE = re.compile(r"#?[-+−]?\d+\s+[a-z]+")
"""A value of a setting and its name ("- `2` strict — commit limit = …"), as a bare number
(``NUMBER``): the setting is not named."""
_COUNTED_EN = re.compile(r"\d+\s+[a-z]+s\b")
"""A count as a label ("11 registers, 64-bit: `R0`–`R10`"): how many, no term."""
_SOMEONE_KO = re.compile(r"[가-힣]{2,3}님")
"""A person named with 님 ("성민님: 결국 CSP는 … 보험이다 → 동의"): their view in the discussion, read
as the writer's own is."""
_COURSE_TIME_KO = re.compile(r"(?:지난|다음)\s*주(?=\(|까지)|오늘\s")
"""A label over a course's or a study group's week or day ("지난 주까지 한 거: VAE, GAN", "다음
주(7주차): QUIC …", "오늘 주제: …"; not "다음 주제"): what was or will be covered, no term."""
LETTER_MARK = re.compile(r"\([A-Za-z]\)")
"""A case's mark, a letter in brackets ("(A)", "(B)"): which of an example's cases, no term."""
BEST_KNOWN_KO = re.compile(r"대표적인\s*게\s")
"""A sentence that names the best-known example of what came before ("대표적인 게 MESI."): of
what, the heading or the sentence before says; it says nothing of what that is."""
LITERAL_VALUE = re.compile(r"true|false", re.IGNORECASE)
"""A setting's value as a label ("- `true`: ISR 밖의 replica라도 leader로 올림"), as a number is
(``NUMBER``): the setting is not named."""
_MISTAKE_KO = re.compile(r"실수\s*\d+")
"""One of the writer's numbered mistakes ("**실수 1**: 되돌리기를 continue 위에 써서 …")."""


_TEACHERS_KO = re.compile(r"(?:교수|조교|강사)님의?\s|발표자(?:가|의)?\s")
"""A Korean label over what the teacher, their assistant or a talk's speaker said ("교수님 표현:",
"교수님 답:", "조교님 팁:", "발표자가 계속 강조:"), as "Prof's aside:"."""


NUMBER = re.compile(r"#?[-+−]?\d+(?:[.,]\d+)?")
"""A number as a label ("- 0: heuristic overcommit", "- `-1000`: …", in code or not): a value
of a setting the label does not name, so no term of its own; and "- #7: …", a row of a table
above it by its number."""


_TO_DO_LEAD = re.compile(r"(?:todo|checklist|체크\s*리스트)\b", re.IGNORECASE)
"""A label or heading that opens on the writer's to-do ("TODO read: …", "TODO 확인: …") or what
they check ("## Checklist before coding": "Closed or half-open? -> tie rule")."""
_TO_TRY = re.compile(r"(?:next\s+thing\s+)?to\s+try|try\s+next", re.IGNORECASE)
"""A label over what the writer will try ("Next thing to try: …"; under "## To try" a note may still
state facts: "<dialog> … puts elements in the top layer")."""
_TO_DO_KO = re.compile(r"(?:^|\s)(?:할|볼|안\s*본)\s*(?:것|일)$")
"""A Korean label over the writer's to-do ("내일 할 것: … 빼먹음. 고치기.", "다음에 할 일", "아직 안 본 것")."""


_ADVERB_EN = re.compile(r"[A-Za-z]+(?:ically|ally|ently|antly|ously|ively|fully|lessly|edly|ingly)"
                        r"|(?i:today|this\s+week)|[a-z]{2,}[^e]ed")
"""An English adverb as a label ("Empirically: …", "Practically: …"): how, not what; when
("today: dropout, which …", "this week: …"); or a state in lower case ("weighted: same formula
with …", as against "unweighted"), a condition; not "seed:" or "speed:"."""
def is_to_do(label: str) -> bool:
    """True for a label over the writer's to-do ("TODO", "TODO(me)", "확인할 것", "볼 것", "Next thing to
    try")."""
    return bool(_TO_DO_LEAD.match(label.strip()) or _TO_DO_KO.search(label) or _TO_TRY.fullmatch(label.strip()))


def opens_on_no_term_label(text: str) -> bool:
    """Whether ``text`` opens with a label that names no term ("관련: [[CRP]] · …", "영향:
    p99 180ms → 3.2s", "## 삽질: ArgoCD랑 HPA가 …", "## 증상: …"): what follows is the note's
    links, or the writer's story or view."""
    lead = _LABEL_LEAD.match(text)
    return lead is not None and is_no_term_label(lead.group(1))


_LABEL_LEAD = re.compile(r"([^:：]{1,40}?)\s*[:：]\s")
_LETTERED = re.compile(r"(?:option|approach|choice|case|plan|fix|solution|workaround|attempt|try|"
                      r"step|bug|방법|방안|안|해결책|시도)\s*(?:[A-Za-z]|\d{1,2})", re.IGNORECASE)
"""A label that names one of a list by its letter or number ("Option A", "방안 2", "step 1"): it
means nothing on a card of its own."""
_DATED = re.compile(r"\b\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\b")
"""A date in a label ("사내 보안 스터디 (2023.09.21) / 발표: …"): when and by whom, no term."""
_EXAMPLE_LABEL_KO = re.compile(r"(?:^|\s)(?:예시|예제|여담|의견|추측|경험담|주의|교재|담당|키워드|코멘트"
                               r"|(?:실제|개인|직접|내)\s?경험)$|^(?:스터디원|팀원|조교)(?:\s*\S{1,6})?$")
"""A Korean label that shows an example, opens an aside, gives a view, tells a story or warns
("로그 예시: …", "역사 여담: …", "발표자 의견: …", "실제 경험: …", "착각 주의: …", "팀장님 코멘트: …"),
or says what the writer studies from, who presents and the keywords ("스터디 교재: …", "발표 담당:
나", "키워드: …") or who in the group spoke ("스터디원 J: …", "팀원 A: …"), not a term ("사용자 경험" is one)."""


NEXT_FIELD = re.compile(r"\s[/·|]\s*[^\s:：/·|]{1,12}(?:\s[^\s:：/·|]{1,12})?\s*[:：]\s")
"""Another label after a separator ("발표: 민지 / 정리: 나", "Status: resolved · Severity: …",
"… / 다음 면접: …"): the line is a header of fields, no term and its definition."""
WRITERS_OWN_EN = re.compile(r"\b(?:[Mm]e|[Mm]y|[Oo]ur)\b")
"""The writer's own in an English answer ("silly for our traffic", "confused me for a while",
"by our image component"); a tutorial's "we" and "us" are anyone's ("we add it to the
queue", "it can tell us")."""
WRITER_ELIDED_EN = re.compile(r",\s+(?:didn't|haven't)\s+[a-z]"
                              r"|^(?:did\s+not|didn't)\s+(?:know|reali[sz]e|notice|expect)\b")
"""A clause with the writer left out, in notes' shorthand ("…, didn't count exactly", "exact
bound is more subtle, didn't go into it"), or had not known ("… — did not know this existed until
today"): what the writer did not do, no fact."""
ONLY_HOW_KO = re.compile(r"[가-힣](?:으로|로)\.?$")
"""A Korean sentence that ends on how, with no predicate ("### 2.2 패킷 흐름" / "그림 대신
화살표로."): how the section shows it, no account of what it is."""
ABOVE_KO = re.compile(r"(?:^|\s)위(?:의)?\s*(?:코드|예제|예시|표|그림)")
"""A Korean sentence that points at what came before ("직접 위 코드 짤 일은 생각보다 적고 …"): of what,
the note above says."""
CHANGED_KO = re.compile(r"(?:으로|로)\s*변경(?:함|했음|됨|했다)?[.!]?$")
"""A Korean text that says what something was changed to ("홈 랭킹: … 조합으로 변경"): a change the
writer's team made, no fact about it (not "…라우터를 Green으로 전환", a step)."""
INSTRUCTION_EN = re.compile(
    r"^(?:use|avoid|prefer|follow|don't|do\s+not|never|make\s+sure|clip|look\s+at|want"
    r"|replaced|moved|dropped|added|removed|switched|bumped)\s+(?!of\b)\S", re.IGNORECASE)
"""An English text that opens on an order ("use the model's own clip_grad_norm_", "Clip once,
after …", "don't retry"), on what the writer wants ("want a CI job that runs …") or on a change
made ("replaced with an LRU", "moved the error handler to module init", a fix's list): what to
do or what was done, which defines nothing."""
VERDICT_EN = re.compile(r"(?:(?:so|very|really|super|totally|massively|criminally|seriously)\s+)?"
                        r"(?:underrated|overrated|awesome|amazing|great|cool|neat|nice|annoying|"
                        r"painful|terrible|awful|brilliant|overkill|a lifesaver|magic|wild|fine|ok|okay|"
                        r"a pain|a lie|a mess|good|bad|better|worse|harder|useless|wrong|humbling|enough|dead|so-so"
                        r"|handy|a\s+big\s+project|doesn't\s+work|does\s+not\s+work|won't\s+work|duh|weird)"
                        r"(?:\s+(?:now|too))?",
                        re.IGNORECASE)
"""An answer that is only the writer's verdict ("/proc/vmstat is underrated", "std is fine
now", "CRLs / OCSP work but are a pain", "Average latency is a lie", "Resharding is a big
project", "The terminology is a mess", "### Negative edges" / "Doesn't work.")."""
_RECOMMENDS_EN = re.compile(r"an?\s+(?:(?:really|very)\s+)?(?:good|great|nice|fun|excellent|useful)\s+read\b"
                            r"|(?:a\s+)?must[- ]read\b|(?:(?:really|very)\s+)?(?:good|great|excellent)\s+on\s"
                            r"|the\s+bible\b", re.IGNORECASE)
"""An answer that recommends reading ("… write-up is a good read on how leaky …", "[[Carlos
Baquero]]'s writing is good on the distinction", "\"Hacker's Delight\" (Warren) is the bible for
this stuff")."""
_BARE_ROLE_EN = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+|[\"“][^\"”]{1,40}[\"”]\s+)?(?:choice|option|pick|answer)"
                           r"(?:\s+now)?"
                           r"|(?:the|a|an)\s+whole\s+other\s+[\w-]+"
    r"|(?:the|a|an)\s+(?:(?:real|actual|main|big|whole|only|standard|root|classic)\s+)?"
                           r"(?:default|answer|issue|problem|catch|trick|point|key|way|one|best|fix|"
                           r"culprit|winner|win|cause|exception|rule|hint|clue|feature)(?:\s+for\s+[^,;]{1,30})?"
                           r"|(?:the|a)\s+thing\s+to\s+\w+(?:\s+\w+){0,2}"
                           r"|(?:a|an)\s+(?:(?:totally|completely|entirely|very)\s+)?(?:different|separate)\s+"
                           r"[\w-]+"
                           r"|(?:the|a)\s+one(?:\s+[\w']+){1,5}|the\s+old\s+one|what\s+you\s+want|the\s+last\s+step"
                           r"|(?:the|a|an)\s+(?:real|actual|main|big|whole|only|classic)\s+(?:mistake|lesson|bug)"
                           r"|(?:the|a|an)\s+(?:(?:classic|famous|canonical|textbook|good|usual|whole)\s+)?"
                           r"(?:story|example|case|illustration)|(?:the|a|an)\s+[\w-]+\s+example"
                           r"|(?:the|a|an)\s+(?:[\w-]+\s+)?(?:band-aid|instrument)|the\s+classic"
                           r"|the\s+same\s+idea|(?:the|a)\s+(?:[\w'’-]+\s+){0,2}(?:other\s+)?half"
                           r"|the\s+term\s+(?:[\w'’-]+\s+){0,3}use"
                           r"|the\s+pain|(?:the|a)\s+(?:first|second|third|fourth|other|last)\s+(?:kind|type|one|option)"
                           r"|what\s+the\s+whole\s+(?:thing|idea|algorithm)\s+[\w\s]+"
                           r"|(?:an?\s+)?(?:(?:newer|still|experimental)[,\s]+)+feature",
                           re.IGNORECASE)
"""A definition that only gives a role ("the default", "the issue", "the default choice", "the
big hint", "the whole trick for insert/delete", "the cleaner option now", "the one to know by heart",
"the one everyone actually wants", "the third kind", "what the whole thing rests on", "what you want",
"the thing to look at", "a feature", "the last step", "the default
answer") or says only that it differs ("a
totally different idea", "a different knob") or
says it is an example ("the classic story") or a mistake ("the classic mistake"), or only gives
it a figure ("the band-aid", "the blunt instrument", "the pain"), or only its status ("a newer,
still experimental feature"), a part of a whole ("the paper's other half") or the name someone
uses ("the term the older papers use"): of what, only the sentence's context says."""
POINTS_ELSEWHERE_EN = re.compile(r"(?:see\s+|as\s+)?(?:above|below)|the\s+other(?:\s+one)?"
                                 r"|(?:other|some)\s+(?:stuff|things)", re.IGNORECASE)
"""An answer that only points elsewhere ("Dotted version vectors — above", "setting one zeroes the
other", "… also threatened other stuff"): what, the note says somewhere else or not at all."""
_AFTERTHOUGHT = re.compile(r",\s+(?:not|but)\s+|\s+unless\s+")
"""What follows a role or a verdict and adds no fact to it: a contrast ("a feature, not a bug"), a
reservation ("handy, but don't paste …") or a condition ("… unless memory is the constraint")."""


def only_a_verdict(answer: str) -> bool:
    """True for an answer that gives only a role (``_BARE_ROLE_EN``), the writer's verdict
    (``VERDICT_EN``), a recommendation to read (``_RECOMMENDS_EN``) or a pointer
    (``POINTS_ELSEWHERE_EN``): nothing to learn about the term."""
    # "a feature, not a bug", "the thing to look at, not dmesg", "the default answer unless …"
    answer = END_ASIDE.sub("", _AFTERTHOUGHT.split(answer, maxsplit=1)[0]).strip()  # "a different beast (…)"
    return bool(_BARE_ROLE_EN.fullmatch(answer) or VERDICT_EN.fullmatch(answer)
                or _RECOMMENDS_EN.match(answer) or POINTS_ELSEWHERE_EN.fullmatch(answer))


WRITERS_CHOICE_EN = re.compile(
    r"\b(?:do|would|should)\s+I\s+(?:\w+\s+)?(?:use|pick|choose|prefer)\b"
    r"|^(?:what|which(?:\s+\w+)?)\s+(?:I|we)\s+(?:\w+\s+){0,2}(?:use[ds]?|pick(?:ed)?|choose|chose"
    r"|prefer(?:red)?|ship(?:ped)?|went\s+with|settled\s+on|decided)\b"
    r"|^why\s+(?:we|I)\s+(?:did|chose|picked|switched|moved|went)\b"
    r"|^my\s+(?:defaults|picks?|choices?|decision\s+rules?|opinion|take|takeaways?|rules?\s+of"
    r"\s+thumb)\b|\(\s*(?:my\s+)?opinion\b", re.IGNORECASE)
"""An English heading over the writer's own choice ("## Which one do I actually use?", "## What
I use", "## What we shipped", "## What we decided", "## Why we did it", "## My defaults (opinion, not science)", "## My
decision rule"): what they prefer, no fact to learn."""
WRITERS_CHOICE_KO = re.compile(r"뭘\s*쓰(?:나|지|냐)|뭐\s*쓰(?:나|지|냐)"
                               r"|[(（]?\s*(?:내|우리(?:\s*팀)?의?)\s*(?:기준|선택|결정|버전)\s*[)）]?$")
"""A Korean heading over the writer's own choice ("## 그래서 뭘 쓰나 (내 기준)", "## 결론 (우리 팀
선택)") or their own take ("## 면접 답변 틀 (내 버전)")."""
FIRST_PERSON_EN = re.compile(r"\b(?:I(?![/&])|IMO|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]ur)\b")
"""An English label or heading in the writer's voice ("The mental model that clicked for me:",
"## The pattern that killed us", "Pros IMO the strongest:"); not the I of I/O."""
_ASIDE_LABEL_EN = re.compile(
    r"(?:an?\s+)?(?:side\s+)?(?:note|aside|footnote)\s+on\s|next\s+(?:up|session)\b|no\s|(?:an?\s+)?examples?\b"
    r"|(?:[\w-]+\s+){1,2}examples?$"
    r"|.*\b(?:(?:last|this)\s+(?:week|month|year)|yesterday)\b"
    r"|(?:the|one|another)\s+(?:[\w-]+\s+){0,2}(?:part|bit|thing|surprise|downside|trap)$|another\s+one\b"
    r"|(?:further\s+)?trick$"
    r"|(?:[\w'’-]+\s+){0,3}(?:gotcha|tip|one-liner|answer|reminder|takeaway|caveat|aside|note|fun\s+fact|war\s+story|joke"
    r"|bug\s+report)s?"
    r"(?:\s+(?:from|by|of|for)\s+[\w'’ -]{1,30})?$"
    r"|(?:the\s+)?prof(?:essor)?(?:['’]s\s.*)?$|good\s+read\b"
    r"|note\s+(?:the|that|how)\b|follow[- ]?ups?\b"
    r"|same\s+(?:idea|thing|story|trick)\b|to\s+(?:get|find|compute|make|avoid|fix)\b", re.IGNORECASE)
"""An English label that opens an aside, an example or the writer's plan ("Note on hashing:",
"Next up in the book:", "The counter-intuitive part:", "Example from Wikipedia:", "Unnormalized
example:"), tells the writer's story ("On-call incident last week:", "The lecturer's war
story"), says what there is none of ("No unknown token ever:") or frames what follows ("Extra
fun gotcha:", "Exam tip from prof:", "Honest answer:", "Prof's one-liner:", "Prof's aside:", "Man
page note:", "further trick:"; not "Total order trick:", a named one) or gives what the course's
teacher said or showed ("prof:", "Prof's demo:") or what to read ("Good read on this:"), or points
("Note the flip:", "Follow-ups worth knowing:", "Follow-up from item 5:", "Same idea with cgroups:")
or says how to ("To get quantile q:"), not a term."""


TIME_ZONES = frozenset({
    "UTC", "GMT", "KST", "JST", "CST", "EST", "EDT", "PST", "PDT", "MST", "MDT", "CET", "CEST",
    "BST", "IST", "AEST", "AEDT", "NZST", "HKT", "SGT",
})
"""Time zones as notes write them after times ("## 타임라인 (KST)"): which zone the
times are in, not a name the words before spell out."""


NO_FACT_HEADINGS = frozenset({
    # where to read more
    "참고", "참고 자료", "참고자료", "참고 링크", "reference", "references", "refs", "links", "see also",
    "related", "출처", "learning resources", "resources", "further reading", "sources",
    "credits", "readings", "reading", "videos", "papers", "recommended courses", "recommended reading",
    "더 알아보기", "더 읽을 것", "읽을거리", "읽을 것", "읽어볼 것", "read later", "to read",
    "reading list", "personal note",
    "links to read later", "later", "나중에 읽기", "나중에 읽을 것", "나중에 볼 것", "더 볼 것", "볼 것",
    "다음에 볼 것",
    # what the writer has still to do, and a course's logistics
    "todo", "to do", "할 일", "action items", "액션 아이템", "후속 조치", "next steps", "숙제", "admin",
    "proposal", "다음 주", "next week",  # ("## 다음 주" / "- 최소 신장 트리(MST): 크루스칼 / 프림 — 지현 발표")
    "logistics", "housekeeping", "공지", "공지사항", "follow-ups", "follow ups", "followups",
    "open questions", "연습 문제", "연습문제", "practice problems", "추천 문제", "추천 문제 순서",
    "문제 추천", "풀어볼 문제", "recommended problems", "practice list",
    # what the writer's work came to ("## Results": image size ~900 MB -> 12.4 MB)
    "results", "result", "the results", "결과", "성과", "outcome", "my own numbers", "our numbers", "my numbers",
    # and where the writer's team landed ("## Where we landed": "Build/test jobs: fetch-depth: 1")
    "where we landed",
    # what happened when, what was seen, and how the writer's team did ("## Timeline (CET)",
    # "## Symptoms", "## What went well / badly", "## 잘한 점 / 아쉬운 점"): an incident's story
    "timeline", "타임라인", "symptoms", "증상", "what went well", "what went wrong", "what went badly", "badly",
    "not so well",
    "what didn't", "what didn't go well", "잘한 점", "잘된 점", "잘 된 점", "아쉬운 점",
    "what happened",  # (the incident's own settings: "| mobile app | 10 s | 3 | fixed 1 s |")
    "영향", "impact",  # what the incident did to whom ("- 주문 API: 5xx 비율 평시 0.1% → 최대 3.2%")
    "상황", "문제 상황",  # how things stood in the writer's case ("- 인덱스는 `{ userId: 1 }` 하나만 있었음")
})
"""Headings (and labels over a list) of sections that hold no fact to learn: where to read
more, what the writer has still to do (problems to solve among it), and an incident's
story."""
_HEADING_PARTS = re.compile(r"\s*[/&·,]\s*")


_MAIN = re.compile(r"^main\s+")
"""Which of them a heading or a list's lead-in means ("Main sources:"): the same part."""


def holds_no_facts(heading: str) -> bool:
    """True for a heading of ``NO_FACT_HEADINGS``, one that joins a to-do or a reading list to
    other parts ("## 과제 / TODO", "## Notes / read later"), the writer's opinions ("## 개인
    의견", "## Opinions, take or leave"), questions to ask (``_TO_ASK``), a story of a mishap
    (``_STORY``), what the writer measured (``_MEASURED``), the case at hand (``_THIS_CASE_KO``) or
    what the writer read (``READ_KO``)."""
    bare, aside = _split_aside(heading)  # "## 개인 의견 (반론 환영)"
    if aside.casefold() in OPINIONS or aside.casefold() in NO_FACT_HEADINGS or _REDO.fullmatch(aside) or (
            _WHOSE_CASE_KO.fullmatch(aside)):
        return True  # "## 마무리 (개인 의견)": the writer's view under any name; "## 관련 문제
        # (다시 풀기)": what the writer will solve again; "## 무슨 일이 있었나 (타임라인)": a timeline
    parts = [_MAIN.sub("", p) for p in _HEADING_PARTS.split(_SIGNS.sub("", bare).casefold().strip()) if p]
    return bool(parts) and (all(p in NO_FACT_HEADINGS or READ_KO.fullmatch(p) for p in parts)
                            or bool(_READ.search(bare))
                            or bool(_MEASURED.search(parts[-1])) or bool(_THIS_CASE_KO.match(parts[0]))
                            or any(p in _TO_DO_OR_READ for p in parts) or parts[0] in OPINIONS
                            or parts[0].startswith("opinions ") or bool(_TO_ASK.match(parts[0]))
                            or bool(_STORY.match(parts[0])) or bool(_WORKED.search(bare))
                            or bool(_TO_DO_LEAD.match(parts[0])))


_MEASURED = re.compile(r"(?:테스트|부하\s*테스트|벤치마크|측정|실험|실측)\s*결과$"
                       r"|^(?:간단(?:한)?|직접|간이|내)\s*(?:벤치마크|측정|실험|부하\s*테스트)$"
                       r"|\b(?:test|load\s+test|benchmark|bench|measurement|experiment)\s+results?$", re.IGNORECASE)
"""A heading over what the writer measured ("## 간단 부하테스트 결과 (stage, k6)", "## 간단 벤치마크",
"## Benchmark results"): their setup's figures, no facts to learn."""
_THIS_CASE_KO = re.compile(r"(?:오늘|이번|그날)\s*(?:건|장애|사고|이슈)")
"""A Korean heading or topic on the case at hand ("## 오늘 건의 원인", "이번 건은 …"): the writer's
incident, not a term."""
_WORKED = re.compile(r"\b(?:worked|running)\s+examples?\b|\bdry[- ]runs?\b|\b(?:toy|tiny)\s+(?:numbers|examples?)\b"
                     r"|\bmy\s+(?:\w+\s+)?experiments?\b"
                     r"|계산\s*예(?:제|시)|돌려\s*본\s*예(?:제|시)", re.IGNORECASE)
"""A worked example ("## Worked example (did this by hand in class)", "## Running example", "## Dry
run", "### Toy numbers (do not use, obviously)", "## Tiny example", "## 3. 직접 계산 예제", "## 손으로 돌려본 예제"), or
the writer's own experiment ("### my laptop experiment"): its figures and steps belong to that one
example."""
_WHOSE_CASE_KO = re.compile(r"(?:우리|내|저희)\s*(?:팀\s*)?(?:케이스|경우|사례)")
"""An aside that makes a heading's section the writer's own case ("## 원인이 된 것들 (우리 케이스)")."""
_REDO = re.compile(r"다시\s*풀기")
"""An aside that makes a heading's section the writer's to-do ("(다시 풀기)")."""
_TO_DO_OR_READ = frozenset({"todo", "to do", "action items", "read later", "to read", "links to read later",
                            "나중에 읽을 것", "나중에 볼 것", "읽을거리"})
"""Heading parts that make a whole section the writer's to-do or reading ("## Notes / read
later")."""
_STORY = re.compile(r"war\s+stor(?:y|ies)\b|삽질\s*기록$|what\s+i\s+(?:actually\s+)?broke\b"
                    r"|(?:where|how|when)\s+it\s+bit\s+(?:us|me)\b")
"""The writer's story of a mishap ("## War story: the stale CSS", "## 삽질 기록 (사내 RAG)", "##
What I actually broke (lab server)", "## Where it bit us"; not "## What I learned")."""
_TO_ASK = re.compile(r"(?:open\s+)?questions?\s+(?:for|to\s+ask|from)\b|(?:물어볼|질문할)\s*(?:것|거리)"
                     r"|질문\s*남은\s*것")
"""What the writer will ask or still wonders ("Questions for office hours", "물어볼 것", "질문
남은 것"): their questions, not what the notes state."""
_READ = re.compile(r"(?:읽은|읽을)\s*(?:순서|것|거|자료|글|목록)")
"""What the writer read or will read ("참고로 읽은 순서:", "읽을 자료")."""

EXERCISE_HEADING = re.compile(r"(?:퀴즈|quiz|연습\s*문제|exercise)\s*\d+(?:\s*[:.)—–-]|$)"
                              r"|(?:\w+\s+)?self[- ]?(?:quiz|test)\b", re.IGNORECASE)
"""A numbered exercise ("## 퀴즈 1", "## Quiz 2: async/await") or a self-quiz ("## Quick
self-quiz (answers below)"): its explanation reads its own code ("동기 코드: A, F", "true: arrow
captures f's this"), no fact that stands alone."""


SKIP_HEADINGS = NO_FACT_HEADINGS | frozenset({
    "참고사항", "table of contents", "목차", "정리", "마무리", "결론", "서론", "들어가기 전에",
    "summary", "conclusion", "introduction", "intro", "overview", "big picture", "개요", "example", "examples",
    "예제", "예시", "code", "코드", "구현", "implementation", "usage", "사용법",
    "example table", "예제 테이블",  # the example's data that the sections below work on
    "sample questions", "practice questions", "essential questions",
    "recommended practice questions",
    # the writer's framing, not a term: "## The problem", "## Takeaway"
    "problem", "the problem", "takeaway", "takeaways", "key takeaways", "lessons learned",
    "the fix", "the solution", "background", "motivation", "my take", "thoughts",
    "final thoughts", "personal opinion", "verdict", "gotchas", "history", "역사",
    "배경", "정의", "동기", "문제", "문제 상황", "교훈", "내 생각",
    # the writer's odds and ends: "## Notes", "## 기타"
    "notes", "misc", "miscellaneous", "other notes", "기타", "그 외",
    # the part of a note that sets out its words, no one of them: "## 용어", "## 기본 개념"
    "용어", "용어 정리", "주요 용어", "기본", "기본 개념", "핵심 개념", "개념", "basics", "terminology",
    "terms", "key terms", "glossary", "definitions", "vocabulary",
    # a note's summary of itself: "## 한눈에 보기", "## At a glance"
    "한눈에 보기", "한눈에", "at a glance", "cheat sheet", "치트시트",
    # the writer's framing of a story: "## The bug"
    "the bug", "bug", "the issue", "the symptom", "the setup",
}) | DISCOURSE | OPINIONS

TOLD_HEADING_KO = re.compile(r"\s\S*[가-힣][았었였했됐]다[.!…]*$")
"""A Korean heading that tells what happened ("## 사실 lint가 알려줬었다..."): the writer's
story, no term nor process."""
QUESTION_HEADING = re.compile(
    r"^(?:why|how|what)\b|^(?:when|where|which|who)\s+(?:is|are|was|were|do|does|did|can|could|"
    r"should|would|will|happens?)\b|\?$|^tl;?dr\b"
    r"|^(?:is|are|does|do|did|can|could|should|will|would)\s+(?:it|this|that|there|they|we|you|i)\b"
    r"|[가-힣](?:나|까|는가|는지)$|(?:^|\s)(?:어떻게|왜|언제)\s|하기$|뭐냐면$"
    r"|(?:^|\s)질문(?:\s*(?:&|과|및)\s*(?:내\s*)?답(?:변)?)?$|^(?:q\s*&\s*a|faq)$"
    rf"|{TOLD_HEADING_KO.pattern}",
    re.IGNORECASE)
"""A heading that asks a question, sums up, sets a task or tells what happened names no
term: "Why X is misleading", "What a message queue is", "Is it faster than JS?", "그럼 스레드는
쓸모없나", "OOM killer가 뭐냐면", "GIL 전환은 어떻게 일어나나", "… 접근하기", "예상 질문 & 답변", "오늘의 질문",
"Q&A", "사실
lint가 알려줬었다..."."""

_DIARY_EN = (r"Honestly|Personally|Frankly|IMO|IMHO|Today|Yesterday|Last (?:week|month|year)|"
             r"This (?:morning|week)|Spent|Tried|Learned|Wrote|Went|Writing this|Ran into|Came across|"
             r"Stumbled|Had|Haven't|Didn't|Wasted|Felt|Probably|Said|Came up|Prof|Lecturer|The\s+professor|"
             r"Revisit|Used\s+(?:this|it|that)|Good\s+to\s+mention|\d+\s*(?:min|minutes|hours?)\s+lost|"
             r"(?:Always|Never|Finally|Recently)\s+(?:[a-z]+ed|got|sat)|Turns\s+out|Meanwhile|TIL(?:-ish)?(?=,|[.!]?$)|"
             r"Focus\s+(?:here\s+)?is|Prep\s+for|The\s+plan\s+is|(?:Useful|Handy)\s+(?:to|for|when)|Been\s+[a-z]+ing|(?:Our\s+)?[Tt]eam\s+currently"
             r"|(?:These\s+|My\s+)?[Nn]otes\s+are\s+(?:rough|messy|incomplete|terse|sketchy|unpolished|a\s+mess)"
             r"|Read(?=\s+[\"“])|Names\s+(?:of\s+\w+\s+)?(?:are\s+)?(?:changed|removed)|Blameless\s+format")
_STUDY_GROUP_EN = r"(?:\S+\s+){0,3}(?:[Rr]eading|[Ss]tudy)\s+group(?=,|\.|$|\s+(?:this|next|last)\s+week\b)"
WRITER_OPENER_EN = re.compile(rf"^(?:{_DIARY_EN}|{_STUDY_GROUP_EN})\b")
"""The opening of a sentence from the writer's diary or opinion ("Today a regex pinned a
core …", "Spent the weekend …", "Honestly the paper is short", "Had a script that …", "Turns
out that's …", "Meanwhile the new leader …", "TIL-ish, after a week …",
"Focus is routing", "Prep for the contest next week …", "The plan is to …", "Useful to see who
…", "Notes are rough.", 'Read "Are You Sure …"', "Names of services changed, numbers are real.", with the
writer left out), from the course ("Prof
spent half the lecture on
leakage") or their study group ("Reading group this week is on CRDTs"): no fact about the subject."""
WRITER_EN = re.compile(
    r"^(?:I(?:'m|'ve|'d)?(?=\s)|We|We're|We've|My|Our|Let's|Read this|See the|In this "
    r"(?:post|article|note)|This (?:post|article|note)"
    r"|(?:(?:Study|Lecture|Reading|Quick|Rough|Random|Some|TIL(?:-ish)?(?:\s*/\s*\S+)?)\s+)?[Nn]otes"
    r"(?: (?:from|on|for|after|about|while|taken)|(?=[.!]?$|,|\s[—–]\s))"
    r"|(?:\S+\s+){0,3}(?:review|study|lecture|class|course|reading)\s+notes(?=[.!]?$)"
    r"|(?:\S+\s+){0,2}(?:course|class),?\s+(?:lecture|week|day|part)\s+\d+"
    r"|(?:\S+\s+){0,3}seminar,\s+"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
    rf"|[A-Z][a-z]+ed\s+(?:these|this|them)|{_DIARY_EN}|{_STUDY_GROUP_EN})\b"
)
"""An English sentence about the writing, not the subject: "I've used Git for years …",
"Read this in other languages: …", "Study notes for the web security module", "TIL / cp notes.", "Distributed
systems reading group, session 6.", "Reading group this week is on CRDTs", "algo study group,
Thursday", "CS-ish deep learning seminar, Thu.", "Collected these while building …", and the
writer's diary (``WRITER_OPENER_EN``). It defines no heading."""

WRITER_KO = re.compile(
    r"(?:정리|공부|기록|메모)(?:했다|해\s*(?:보았다|봤다|보려고\s*한다|본다|둔다|봅니다|둡니다|둠|뒀다|뒀음|놓음)"
    r"|했어요"
    r"|입니다|임"
    r"|한\s*(?:글|내용|노트|메모)(?:이다|다|입니다|이에요|예요|임)?)?[.!]?$"
    r"|(?:스터디|강의|수업)\s*\d+\s*(?:주차|회차|일차)(?:\s*(?:준비|정리|복습)?\s*(?:노트|메모))?[.!]?$"
    r"|(?:(?:쓴|다듬은|옮긴|남긴|적은|모은)\s*|(?:준비|발표|복습|면접)\s*용\s*)(?:글|노트|메모)"
    r"(?:이다|다|입니다|임)?[.!]?$"
    r"|(?:다시|한번|한\s*번|간단히|간단하게|잡고|겸|보고|[가-힣]서|하다가|김에)\s*(?:정리|공부|기록|메모)"
    r"(?:함|했음)[.!]?$"
    r"|으로\s*작성함?[.!]?$"  # "이 문서는 blameless 원칙으로 작성함", "blameless 원칙으로 작성.": how the
    # writing was written
    r"|문서\s*요약[.!]?$"  # "HikariCP wiki "About Pool Sizing" 문서 요약.": what the writing is
    r"|(?:준비|정리|복습|공부|스터디)\s*(?:노트|메모)\s*#?\d+[.!]?$"
    r"|(?:제일|가장)?\s*삽질(?:한|했던)\s*(?:부분|곳|포인트|것)(?:이다|임)?[.!]?$"
    r"|분들?(?:을|를)?\s*위해서?(?:\s+\S+){0,2}[.!:]?$"
    r"|(?:찾아|읽어|알아)\s*본\s*것[.!]?$")
"""The end of a Korean sentence about the writing: "운영체제 스터디 3주차 정리(입니다).", "…
차이를 정리했다.", "…날 뻔해서 정리한 글", "…공부하면서 정리한 노트다", "…헷갈려해서 정리해 둠", "알고리즘 스터디
3주차", "면접 스터디 7회차 준비 노트", "…회고를 블로그용으로 다듬은 글", "발표 준비용 노트.", "코테 준비
노트 #14.", what the writer looked up ("… 보고 정리 + HTML spec 일부 찾아본 것."), and to its readers
("처음 보는 분들 위해 짧게."). Only a sentence with no topic of its own is so
read ("GC는 메모리를 정리한다" states what GC does), and never one in the
present tense ("…객체를 정리한다" after a sentence about the garbage collector says what it
does)."""


REASON_HEADING_KO = re.compile(r"이유$")
"""A heading that names a reason ('"Temporal"인 이유'): its sentences say why, no property of a
term; its first line is still the reason's answer."""
SUPPOSES_NAME_KO = re.compile(r"\s*(?:이)?라고\s*(?:할\s*때|하자|하면)")
"""A name supposed for what follows ("노드에서 클래스 k의 비율을 p_k 라고 할 때", "길이를 n이라고
하자", "접두사 길이를 P라고 하면"): a notation for a formula, neither a term's name nor a definition of the heading."""
COURSE_PLACE = re.compile(r"(?:[\w-]+\s+){0,2}(?:Lecture|wk)\s+\d+\b"
                          r"|(?:\S+\s+)?(?:수업|강의)\s*\d+\s*주차", re.IGNORECASE)
"""The opening of a line that says where in a course or study the section comes from ("Lecture 14,
+ chapter …", "Study group wk 6.", "DB 수업 8주차 + 9주차 앞부분"): no fact of the subject."""


def on_the_writing_ko(text: str) -> bool:
    """Whether a Korean sentence ends as one about the writing does (``WRITER_KO``), a closing
    aside apart ("스탬피드 방지 기법들 정리 (스터디 때 봤던 것 + …)")."""
    return bool(WRITER_KO.search(END_ASIDE.sub("", text).strip()))

WRITER_SAYS_KO = re.compile(r"(?:^|[\s,:(])(?:저는|제가|저희|나는|내가|개인적으(?:로는?|론)|우리\s*(?:팀|회사|케이스)"
                            r"|(?:팀|회사)에(?:선|서는))\s"
                            r"|\(개인\s*의견\)|\bTODO\b|기로\s*결정|우리\s*프로젝트(?![가-힣])"
                            r"|(?:저번에|지난번에|예전에|이전에|따로)\s*(?:정리|공부|포스팅)(?:했|함|해\s*둠)"
                            r"|다시\s*정리해\s*(?:봤|보았)")
"""The writer as a sentence's subject or topic, wherever it stands ("새로 붙인다면 저는 PSI를
추천합니다", "…: 저희 팀은 5분 값으로 바꿨습니다", "그래서 팀에선 …"), the writer's view ("…충분하다고
봄 (개인 의견)", "개인적으로는 …", "(우리 케이스 👇)", "우리 프로젝트(페이지 80개 정도) 기준 체감"),
decision ("… 이중으로 가기로 결정"), plan ("TODO: … 실험해보기"), writing ("KMP는 저번에 정리했고,
…", "… 손도 못 대서 따로 정리함", "… 다시 정리해 봤어요"): no fact."""
CONDITION_END_KO = r"(?:아니|[으하오])면"
"""How a Korean clause that stops at its condition ends ("HttpOnly 아니면", "…새 업데이트가 오면"): what
follows it, the result, is unsaid."""
ONLY_A_PART_KO = re.compile(r"(?:\S+\s+){0,2}\S+[던은는한]\s*부분[.!]?$")
"""A short Korean sentence that only says which part this is ("햇갈렸던 부분.", "제일 중요한 부분."): the
writer's pointer, which defines no heading and says nothing of its topic."""
UNDER_REVIEW_KO = re.compile(r"검토\s*중")
"""What the writer's team is still weighing ("… 경고 (아직 검토 중)", "reshardCollection으로 … 검토중"):
a plan, no fact."""
NOT_YET_TRIED_KO = re.compile(r"아직\s*(?:못|안)\s*(?:해\s*본|써\s*본)")
"""What the writer has yet to try ("아직 못 해본 건 LLM listwise rerank예요"): their plan, no fact."""
_WRITER_SAYS_WORDS = ("저", "나는", "내가", "개인", "TODO", "우리", "팀에", "결정", "정리", "공부", "포스팅")
"""A word each match of ``WRITER_SAYS_KO`` holds, looked for first: most sentences have none."""


def writer_says_ko(text: str) -> bool:
    """Whether the writer speaks in Korean ``text`` (``WRITER_SAYS_KO``)."""
    return any(word in text for word in _WRITER_SAYS_WORDS) and bool(WRITER_SAYS_KO.search(text))

FIRST_PERSON_KO = re.compile(r"^(?:(?:결국|그래서|사실|솔직히|일단|그런데)\s+)?(?:[가-힣]{1,4}랑\s+)?"
                             r"(?:내|나의|나는|내가|나랑|우리|우리의|우리는|저는|제가|저희|저의|제(?=\s+[가-힣]))\s")
"""The opening of a Korean sentence or heading about the writer (내 문제는 …, 우리 팀의
결론, 제 생각은 …, 서연이랑 나랑 …; not 제 1 정규형): what the writer did or decided, not what a
term is."""

WRITER_OPENER_KO = re.compile(
    r"^(?:솔직히|(?:개인|내)?\s*(?:의견|생각|결론)\s*:|개인적으(?:로는?|론)|"
    r"개인적인\s*(?:의견|생각|결론)(?:으로는|으론|에는|은|:)?|작년에?|올해|"
    r"지난\s*(?:달|주|해|번)에?|이번\s*(?:달|주|학기|시간)(?:에)?|어제|오늘|요즘|처음에(?:는)?|여기가)"
    r"(?:\s|,)")
"""The opening of a Korean sentence from the writer's diary or opinion ("작년에 결제 서버가
…", "솔직히 제일 어려운 건 …", "개인적으로는 …을 좋아함", "이번 주 범위는 …") or about a part of
the note ("여기가 제일 중요."): no fact about the subject."""
ITEM_NUMBER = re.compile(r"\d{1,2}\)\s")
"""A line that opens with an item's number ("**1) miss 시 분산 락으로 …**", "3) 만료 전에 …"): one
of a list of steps or fixes, neither a definition of the heading ("### 중기") nor a statement
about it."""
DATELINE = re.compile(r"(?:TIL\s+)?\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s|$|[.,/·|—–-])")
"""A line that opens with a date ("2024-02-17 / 알고리즘 스터디 9회차 — 문자열 파트", "> TIL 2024-05-02. …"):
when the writer wrote or studied, not what the heading names."""

EXAMPLE_OPENER = re.compile(r"^\s*(?:예\)|예:|예시|ex\)|e\.g\.|example[:,])", re.IGNORECASE)
"""The opening of a line or sentence that gives an example ("예) …", "e.g. …", "Example, n = 30:"):
it illustrates, and neither introduces a list nor states a fact about a term."""

_PAST = "".join(c for c in (chr(0xAC00 + 28 * i + 20) for i in range(19 * 21)) if c not in "있겠됐")
"""Syllables that end in ㅆ, as the past tense does (었, 했, 웠, 봤 …); not 있, 겠 or 됐."""

TOLD_KO = re.compile(rf"(?<!되)[{_PAST}](?:다|음|습니다|어요|죠)[.!]?$|적이\s*있(?:다|습니다|어요)[.!]?$")
"""A Korean sentence told in the past ("…적이 있다", "…으로 갈아엎었다"): what happened. It
defines no heading, and with no subject of its own it is the writer's story ("…수준이
되었다" says what something has become)."""

TOLD_POLITELY_KO = re.compile(rf"(?<!되)[{_PAST}](?:습니다|어요|음|죠)[.!]?$")
"""A Korean sentence told in the past in a blog's or a memo's register ("…결국 QLoRA로 갔습니다",
"…조금 자세히 적었어요", "앱은 세션을 Tomcat 메모리에 저장하고 있었음"): what the writer did or
what happened in their case, where a textbook's "…기술로 발전했다" tells the field's history."""
WHEN_IT_CHANGED_KO = re.compile(r"\d{4}년|부터|\d+\.\d+|버전|예전|과거|[A-Za-z+#]\s?\d+(?=\s|$|[은는의에이가])")
"""What dates a Korean sentence ("2019년", "4.0부터는", "예전 기본값", "Vue 2 배열은"): its past is history."""
INTRODUCED_KO = re.compile(r"(?:에|에서|부터)\s*(?:추가|도입|등장)(?:됐|되었|됨|했)"
                           r"|부터\s*(?:\S+\s+)?(?:바뀜|바뀌었|변경됨|변경됐)|\d{4}년에?\s*(?:공개|발표|출시)"
                           r"|\d{4}년\s*\d{1,2}월에?\s*나온\s+\S+?(?:입니다|이다|예요|이에요|임)?[.!]?$"
                           r"|정식으로\s*들어옴")
"""A Korean sentence that says when something came or changed ("PG 9.5에 추가됐다", "7.0부터 구조
바뀜", "Twitter가 2010년에 공개함", "2024년 8월에 나온 기능입니다", "RFC 9562 …에서 v6, v7, v8 정식으로
들어옴"): its history, which defines no heading."""
USED_TO_KO = re.compile(rf"[{_PAST}]었다[.!]?$")
"""A Korean sentence in the past before the past ("기존 REST 응답은 … 다 내려줬었다"): how things
used to be, the writer's story."""

POSITIONAL = re.compile(r"^(?:다음|첫|그\s*다음|마지막|나머지|두\s*번째|세\s*번째|\d+\s*번(?:째)?)"
                        r"(?:\s*\d*\s*(?:글자|자리|줄|칸|번|개|항목|부분|단계|거|것))?$")
"""A Korean term that names a place in what the note lists ("다음 9글자", "첫 글자",
"1번", "마지막 거"), which means nothing on a card of its own."""

L_END_KO = "".join(chr(0xAC00 + 28 * i + 8) for i in range(399))
"""Hangul syllables that end in ㄹ: those of a Korean future modifier (할, 볼, 나올, 될)."""
_MODIFIER_END = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 in (4, 8))
"""Hangul syllables that end in ㄴ or ㄹ: those that end a Korean modifier (할, 없을, 한, 많은)."""
REASON_END_KO = re.compile(r"(?:라서|[여해어아]서|니까|때문에?|므로)$")
"""How a Korean reason ends when its sentence stops there ("… 두 개라서.", "…실행될 수 있어서"): it
says why, about what came before."""
_POINT_LABEL_KO = r"[는은할될던한운른]\s*(?:\([^()]*\)\s*)?(?:부분|점|거)(?:에)?(?:는|엔)?$"
POINT_LABEL_KO = re.compile(_POINT_LABEL_KO)
"""A Korean label that names a point, a part or a thing by a clause ("주의할 점", "헷갈리는 부분",
"재밌는(?) 점", "궁금한 거"): its 점 is a noun, not the -ㅁ that ends a memo-style statement."""
THING_CLAUSE_KO = re.compile(rf"[{_MODIFIER_END}]\s*것$|[가-힣][이가]\s+하는\s+일$")
"""A Korean heading that is a clause about a thing ("## 실제로 한 것", "## 또 터진 것: …", "## 오늘
배운 것") or what something does ("## 토크나이저가 하는 일"): what the writer did or found, no term.
(As a label, "보는 것: …" still says what it is about.)"""
CLAUSE_LABEL_KO = re.compile(_POINT_LABEL_KO +
                             rf"|[{_MODIFIER_END}]\s*(?:(?:때|경우)(?:에)?(?:는|엔)?|땐)$"
                             r"|[가-힣]\s?됨$|[가-힣]으로$|(?:[어려]|해\s?)봄$|[가-힣]였음$|[는은]\s*사람$"
                             r"|[가-힣](?:으면|하면|되면|지면|[쓰보주오가두차나]면)$"
                             r"|\s(?:훨씬\s)?(?:좋음|나쁨|많음|적음|빠름|느림|높음|낮음|같음|다름|있음|없음)$"
                             r"|(?:\S+\s+){2,}\S+기$")
"""A Korean label that is a clause about when or what ("인덱스 컬럼을 가공할 때", "자주 오해하는
부분", "헷갈리기 쉬운 점", "노드에 메모리가 부족해지면"), a memo-style statement ("정렬됨", "섞여도
됨", "… 시각적으로는 훨씬 좋음", "성능 비용 있음", "발급 zip에 파일이 3개였음", what the writer tried: "직접
찍어봄"), says how ("대충 그림으로") or what to do ("클라우드라면 제공되는 time source 쓰기"): no term.
("검색 가능:" names a feature; "쓰기:" an operation.)"""

POINTS_AHEAD = r"(?:이렇게|이와\s*같이|다음과\s*같|아래와\s*같|다음처럼|아래처럼)"
"""Korean words that point at what follows ("이렇게 만들어진다", "다음과 같다")."""

COUNT_WORDS = r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|여러)"
"""Korean numbers as notes count with them: 3, 세, 여러."""

COUNTED_KO = re.compile(rf"(?:^|\s){COUNT_WORDS}\s*(?:가지|개|종류)[가-힣]*\s+더\s+(?:있|존재)[가-힣]*[.!]?$")
"""The end of a Korean sentence that announces more to come ("특수 권한이 3개 더 있음")."""

_FEAT = r"(?:\s*\(feat\.[^()]*\))?"
"""What a title may add after naming the writing: "… 정리 (feat. ephemeral port 고갈)"."""

WRITING_HEADING = re.compile(r"(?:^|\s)(?:메모|노트|요약|기록|후기|회고|공부|스터디|복습)(?:\s*\d+)?$"
                             r"|^(?:느낀\s*점|소감|삽질|삽질\s*원인|배운\s*점|TIL|계기|작성\s*계기)$"
                             r"|(?:짜|해|써|만들어|돌려|구현해)\s*봄$"
                             rf"|^\S+\s+\S+\s+.*정리{_FEAT}$")
"""A Korean heading that names the writing, not a term: "운영체제 메모", "Redis 공부 2",
"로드 밸런싱 알고리즘 정리", "계기", "파이썬으로 대충 짜봄"; a short "X 정리" is a theorem (CAP
정리, 베이즈 정리)."""

VERSUS = re.compile(r"\S\s+vs\.?\s+\S", re.IGNORECASE)
"""A heading that sets two terms against each other: "TCP vs UDP"."""

COMPARISON_HEADING = re.compile(r"비교|차이점?|\bvs\.?\b|versus|compar|differen", re.IGNORECASE)
"""A heading that announces a comparison names no single term."""

TITLE_LABEL = re.compile(r"^(?:(?:TIL|Today I learned|Note|Notes|메모|정리|요약|Interview prep|"
                         r"Interview notes|면접 준비|면접 대비|면접 정리)\s*[:：—–-]\s*"
                         r"|(?:Notes?|A note)\s+(?:on|about)\s+)", re.IGNORECASE)
"""A label that says what kind of writing the note is: "TIL: …", "메모: …", "Interview prep:
…", "면접 준비 — …"."""
TITLE_SUFFIX = re.compile(
    r"\s*(?:에\s*관하여|에\s*대하여|에\s*대해서?|정리|이란|란|개념|알아보기|공부|복습|기본기|기초)"
    rf"{_FEAT}\s*$"
    r"|\s*[—–:(-]\s*(?:(?:my|study|lecture|reading|quick)\s+)?(?:notes?|cheat\s*sheet|TIL)\)?\s*$",
    re.IGNORECASE,
)
"""What a title adds to its subject: "… 정리", "CPU caches — study notes"."""


@functools.cache
def category_regex(lang: str) -> re.Pattern[str]:
    """Finds a category word (and a leading 주요/main) in a heading."""
    words = sorted(CATEGORY_WORDS.get(lang, ()), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    if lang == "ko":
        return re.compile(rf"(?:주요\s*|대표적인\s*)?(?:{alt})(?=$|[\s와과및,(/])")
    return re.compile(rf"\b(?:main\s+|key\s+|common\s+)?(?:{alt})\b", re.IGNORECASE)


@functools.cache
def _category_words() -> frozenset[str]:
    return frozenset(w for words in CATEGORY_WORDS.values() for w in words)


def is_category_word(text: str) -> bool:
    """True when ``text`` is just a category word (장점, 단점, Advantages…)."""
    return text.strip().lower().rstrip(":") in _category_words()


def is_process_word(text: str) -> bool:
    """True when ``text`` is just a word for a process (흐름, 순서, Steps, Flow)."""
    folded = text.strip().lower()
    return folded in _PROCESS_WORDS or folded.removeprefix("the ") in _PROCESS_WORDS


_PROCESS_WORDS = frozenset((*(w for words in PROCESS_WORDS.values() for w in words), "flow"))


def is_process(text: str) -> bool:
    """True when ``text`` (a heading or intro) is about a process or a how-to."""
    folded = text.lower().replace("방법들", "")  # "방법들:": ways to choose from, not one's steps
    return any(w in folded for words in PROCESS_WORDS.values() for w in words) or bool(
        _HOW_IT_GOES.match(folded))


_HOW_IT_GOES = re.compile(r"how\s+.+\s(?:works?|plays?\s+out|happens?|goes|unfolds|proceeds)$")
"""An English heading that tells how something goes: "How an attack plays out"."""


_HOW_TO = re.compile(r"^(?:how\s+to|steps\s+(?:to|for))\s+", re.IGNORECASE)


def strip_how_to(heading: str) -> str:
    """``How to insert an element`` → ``insert an element``."""
    return _HOW_TO.sub("", heading).strip() or heading


POINTER_PREDICATE = r"(?:(?:다음과|아래와)\s*같(?:다|습니다|음)|(?:대략|보통|크게)?\s*이렇(?:다|습니다))"
"""A predicate that only points at what follows: "다음과 같다", "대략 이렇다"."""
POINTS_ON = re.compile(
    rf"^{POINTER_PREDICATE}|^(?:다음|아래)(?:의)?\s+(?:정보|항목|내용|특징|단계|요소|필드|"
    r"헤더|표|목록|명령어?|규칙|기능|조건|옵션|설정|코드|예시|예제|(?:\d+|[두세네다섯]+)\s*가지)"
    r"(?:이|가|을|를|들이|들을|와|과|처럼|로|으로)?\s")
"""A comment that only points at what follows: ``다음과 같다``, ``대략 이렇다``, ``다음 정보가
들어 있다``, ``아래 헤더를 내려 줌`` (not ``다음 노드를 가리킨다``)."""
_POINTER = re.compile(
    rf"(?:^|[.!?]\s+)(?P<t>[^.,]{{2,40}}?)(?:은|는|이|가)\s*{POINTER_PREDICATE}\s*[.:：]?$"
)


def pointer_topic(text: str) -> str:
    """``X`` when ``text`` ends with ``X는 다음과 같다.`` (a line pointing at what follows)."""
    m = _POINTER.search(text.strip())
    return m.group("t").strip() if m else ""
