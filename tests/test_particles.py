"""Korean particles agree with the word before them, as it is read aloud."""

from __future__ import annotations

import unicodedata

import pytest

from notequiz.phrase.particles import (
    attach,
    final_consonant,
    has_final_consonant,
    particle_form,
)

# (word, particle as the caller spells it, expected); the comment is the reading.
CASES: list[tuple[str, str, str]] = [
    # Hangul without and with a final consonant, every particle pair.
    ("사과", "은/는", "사과는"),
    ("책", "은/는", "책은"),
    ("데이터", "은", "데이터는"),
    ("토큰", "는", "토큰은"),
    ("인공지능", "은/는", "인공지능은"),
    ("학교", "이/가", "학교가"),
    ("집", "이/가", "집이"),
    ("값", "가/이", "값이"),  # ㅄ
    ("물", "을/를", "물을"),
    ("나무", "을/를", "나무를"),
    ("사과", "와/과", "사과와"),
    ("빵", "와/과", "빵과"),
    ("모델", "으로/로", "모델로"),  # ㄹ takes 로
    ("학습", "으로/로", "학습으로"),
    ("서울", "(으)로", "서울로"),
    ("기술", "로", "기술로"),
    ("방법", "으로", "방법으로"),
    ("부산", "로/으로", "부산으로"),
    ("바다", "으로/로", "바다로"),
    ("닭", "으로/로", "닭으로"),  # ㄺ is not a plain ㄹ
    ("삶", "(으)로", "삶으로"),
    ("교사", "으로서/로서", "교사로서"),
    ("학생", "로서", "학생으로서"),
    ("칼", "으로써", "칼로써"),
    ("커피", "이나/나", "커피나"),
    ("물", "이나/나", "물이나"),
    ("환각", "이라고/라고", "환각이라고"),
    ("할루시네이션", "라고/이라고", "할루시네이션이라고"),
    ("과적합", "(이)라고", "과적합이라고"),
    ("파이썬", "이란/란", "파이썬이란"),
    ("트리", "이란", "트리란"),
    ("오버피팅", "이라", "오버피팅이라"),
    ("모델", "이라/라", "모델이라"),
    ("벡터", "이라/라", "벡터라"),
    ("강의", "이랑/랑", "강의랑"),
    ("책", "랑", "책이랑"),
    ("연필", "이며/며", "연필이며"),
    ("노트", "이며", "노트며"),
    ("기계 학습", "은(는)", "기계 학습은"),
    ("자연어 처리", "-을/를", "자연어 처리를"),
    ("ㄱ", "은/는", "ㄱ은"),  # 기역
    ("ㄹ", "으로/로", "ㄹ로"),  # 리을
    ("ㅏ", "은/는", "ㅏ는"),  # 아
    # Acronyms, spelled letter by letter: only L 엘, M 엠, N 엔, R 알 end in a consonant.
    ("LLM", "은/는", "LLM은"),
    ("RLHF", "은/는", "RLHF는"),
    ("JWT", "은/는", "JWT는"),
    ("DNS", "은/는", "DNS는"),
    ("TCP", "을/를", "TCP를"),
    ("DNS", "이/가", "DNS가"),
    ("API", "와/과", "API와"),
    ("URL", "이/가", "URL이"),
    ("SQL", "을/를", "SQL을"),
    ("HTML", "은/는", "HTML은"),
    ("XML", "으로/로", "XML로"),
    ("RAM", "으로/로", "RAM으로"),  # 램, 알에이엠
    ("JSON", "으로/로", "JSON으로"),  # 제이슨
    ("OCR", "으로/로", "OCR로"),  # 오씨알
    ("VPN", "이/가", "VPN이"),
    ("CPU", "와/과", "CPU와"),
    ("GPU", "을/를", "GPU를"),
    ("AI", "이란/란", "AI란"),
    ("RAG", "이라고/라고", "RAG라고"),
    ("NLP", "이나/나", "NLP나"),
    ("ML", "이나/나", "ML이나"),
    ("YAML", "이라/라", "YAML이라"),
    ("CSV", "로", "CSV로"),
    ("BPE", "은", "BPE는"),
    ("A", "은/는", "A는"),
    ("M", "이/가", "M이"),
    ("npm", "으로/로", "npm으로"),  # no vowel letter: 엔피엠
    ("html", "은/는", "html은"),
    ("jwt", "이/가", "jwt가"),
    # Mixed: the last run decides (camelCase part, letters or number).
    ("chatGPT", "은/는", "chatGPT는"),
    ("ChatGPT", "이/가", "ChatGPT가"),
    ("GPT-4", "은/는", "GPT-4는"),  # 사
    ("GPT-3", "은/는", "GPT-3은"),  # 삼
    ("GPT-4o", "은/는", "GPT-4o는"),
    ("IPv6", "은/는", "IPv6은"),  # 육
    ("IPv4", "은/는", "IPv4는"),
    ("Web3", "은/는", "Web3은"),  # 삼
    ("PostgreSQL", "을/를", "PostgreSQL을"),
    ("MySQL", "으로/로", "MySQL로"),
    ("MongoDB", "은/는", "MongoDB는"),
    ("macOS", "은/는", "macOS는"),
    ("iOS", "와/과", "iOS와"),
    ("OpenAI", "이/가", "OpenAI가"),
    ("LoRA", "을/를", "LoRA를"),
    ("ReLU", "은/는", "ReLU는"),
    ("WebSocket", "은/는", "WebSocket은"),  # 웹소켓
    ("H100", "은/는", "H100은"),  # 에이치백
    ("3D", "은/는", "3D는"),
    ("Llama 3.1", "으로/로", "Llama 3.1로"),  # 삼점일
    ("Python 3.10", "은/는", "Python 3.10은"),  # 삼점일영
    ("Python 3.12", "은/는", "Python 3.12는"),
    ("C++", "은/는", "C++는"),  # 씨플러스플러스
    ("C#", "은/는", "C#은"),  # 씨샵
    ("50%", "이/가", "50%가"),  # 오십 퍼센트
    ("32bit", "은/는", "32bit는"),  # 비트
    (".NET", "은/는", ".NET은"),  # 닷넷
    ("JPEG", "으로/로", "JPEG으로"),  # 제이펙
    # English words, by how the loanword is said.
    ("Python", "은/는", "Python은"),  # 파이썬
    ("model", "으로/로", "model로"),  # 모델
    ("Java", "은/는", "Java는"),
    ("Docker", "은/는", "Docker는"),  # 도커
    ("cache", "을/를", "cache를"),  # 캐시
    ("React", "은/는", "React는"),  # 리액트
    ("Google", "은/는", "Google은"),  # 구글
    ("Google", "으로/로", "Google로"),
    ("token", "이/가", "token이"),
    ("embedding", "을/를", "embedding을"),  # 임베딩
    ("algorithm", "으로/로", "algorithm으로"),  # 알고리즘
    ("Transformer", "은/는", "Transformer는"),
    ("query", "와/과", "query와"),
    ("server", "으로/로", "server로"),
    ("Git", "은/는", "Git은"),  # 깃
    ("GitHub", "은/는", "GitHub는"),  # 깃허브
    ("Slack", "으로/로", "Slack으로"),  # 슬랙
    ("notebook", "이/가", "notebook이"),  # 노트북
    ("heap", "이/가", "heap이"),  # 힙
    ("app", "을/를", "app을"),  # 앱
    ("web", "은/는", "web은"),  # 웹
    ("loop", "을/를", "loop를"),  # 루프
    ("type", "이/가", "type이"),  # 타입
    ("prototype", "을/를", "prototype을"),
    ("script", "을/를", "script를"),  # 스크립트
    ("prompt", "은/는", "prompt는"),  # 프롬프트
    ("dataset", "으로/로", "dataset으로"),  # 데이터셋
    ("layout", "이/가", "layout이"),  # 레이아웃
    ("root", "은/는", "root는"),  # 루트
    ("file", "로", "file로"),  # 파일
    ("table", "을/를", "table을"),  # 테이블
    ("name", "이/가", "name이"),  # 네임
    ("pipeline", "은/는", "pipeline은"),  # 파이프라인
    ("byte", "로", "byte로"),  # 바이트
    ("code", "을/를", "code를"),  # 코드
    ("logic", "이/가", "logic이"),  # 로직
    ("link", "를", "link를"),  # 링크
    ("stack", "을", "stack을"),  # 스택
    ("check", "를", "check를"),  # 체크
    ("template", "을/를", "template을"),  # 템플릿
    ("Copilot", "이/가", "Copilot이"),  # 코파일럿
    ("Kubernetes", "은/는", "Kubernetes는"),
    ("Linux", "은/는", "Linux는"),  # 리눅스
    ("bash", "를", "bash를"),  # 배시
    ("batch", "이/가", "batch가"),  # 배치
    ("string", "이/가", "string이"),  # 스트링
    ("column", "이/가", "column이"),  # 칼럼
    ("Rust", "와/과", "Rust와"),  # 러스트
    ("Kotlin", "과", "Kotlin과"),  # 코틀린
    ("softmax()", "은/는", "softmax()는"),  # 소프트맥스
    ("len()", "은/는", "len()은"),  # 렌
    # Digits, read in Sino-Korean.
    ("0", "은/는", "0은"),  # 영
    ("1", "로", "1로"),  # 일
    ("2", "을/를", "2를"),
    ("3", "이/가", "3이"),  # 삼
    ("4", "이/가", "4가"),
    ("5", "와/과", "5와"),
    ("6", "으로/로", "6으로"),  # 육
    ("7", "으로/로", "7로"),  # 칠
    ("8", "으로/로", "8로"),  # 팔
    ("9", "은/는", "9는"),
    ("10", "은/는", "10은"),  # 십
    ("11", "으로/로", "11로"),  # 십일
    ("20", "으로/로", "20으로"),  # 이십
    ("100", "이/가", "100이"),  # 백
    ("105", "이/가", "105가"),  # 백오
    ("1000", "으로/로", "1000으로"),  # 천
    ("1,000", "은/는", "1,000은"),
    ("10000", "이/가", "10000이"),  # 만
    ("100000", "은/는", "100000은"),  # 십만
    ("100000000", "은", "100000000은"),  # 억
    ("1000000000000", "은/는", "1000000000000는"),  # 조
    ("2024", "은/는", "2024는"),  # 이천이십사
    ("2020", "은/는", "2020은"),  # 이천이십
    ("3.0", "은/는", "3.0은"),  # 삼점영
    ("0.5", "로", "0.5로"),  # 영점오
    ("007", "은/는", "007은"),  # 공공칠
    # Quotes are skipped; a bracketed aside is skipped when read aloud.
    ("'할루시네이션'", "은/는", "'할루시네이션'은"),
    ('"LLM"', "이/가", '"LLM"이'),
    ("「환각」", "이라고/라고", "「환각」이라고"),
    ("`cache`", "를", "`cache`를"),
    ("**모델**", "으로/로", "**모델**로"),
    ("인공지능(AI)", "은/는", "인공지능(AI)은"),
    ("AI(인공지능)", "은/는", "AI(인공지능)는"),
    ("생성형 AI (생성형 인공지능)", "은/는", "생성형 AI (생성형 인공지능)는"),
    ("(생성형 인공지능)", "은/는", "(생성형 인공지능)은"),
    ("[LLM](https://example.com)", "은/는", "[LLM](https://example.com)은"),
    # Nothing to read: the neutral form.
    ("", "은/는", "은(는)"),
    ("!!!", "이/가", "!!!이(가)"),
    ("人工知能", "을/를", "人工知能을(를)"),
    ("🤖", "으로/로", "🤖(으)로"),
    ("…", "이라고", "…(이)라고"),
    ("()", "와/과", "()과(와)"),
]


@pytest.mark.parametrize(("word", "particle", "expected"), CASES)
def test_attach(word: str, particle: str, expected: str) -> None:
    assert attach(word, particle) == expected


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 120


@pytest.mark.parametrize(
    ("word", "final"),
    [
        ("서울", "ㄹ"),
        ("URL", "ㄹ"),
        ("Python 3.10 ", "ㅇ"),
        ("100", "ㄱ"),
        ("GPT-4", ""),
        ("모델.", "ㄹ"),
        ("", None),
    ],
)
def test_final_consonant(word: str, final: str | None) -> None:
    assert final_consonant(word) == final


@pytest.mark.parametrize(
    ("word", "expected"), [("LLM", True), ("RLHF", False), ("모델", True), ("?!", None)]
)
def test_has_final_consonant(word: str, expected: bool | None) -> None:
    assert has_final_consonant(word) is expected


def test_every_hangul_final_matches_unicode() -> None:
    # The final is the conjoining jamo of the decomposition, returned as the
    # compatibility letter of the same name (HANGUL JONGSEONG X -> HANGUL LETTER X).
    for code in range(0xAC00, 0xD7A4):
        syllable = chr(code)
        jamo = unicodedata.normalize("NFD", syllable)
        expected = ""
        if len(jamo) == 3:
            name = unicodedata.name(jamo[2]).removeprefix("HANGUL JONGSEONG ")
            expected = unicodedata.lookup(f"HANGUL LETTER {name}")
        assert final_consonant(syllable) == expected


@pytest.mark.parametrize("spec", ["은/는", "는/은", "은", "는", "은(는)", " 는 "])
def test_particle_spellings(spec: str) -> None:
    assert particle_form("LLM", spec) == "은"
    assert particle_form("RLHF", spec) == "는"


def test_unknown_particle() -> None:
    with pytest.raises(ValueError, match="unknown particle"):
        attach("LLM", "에서")
