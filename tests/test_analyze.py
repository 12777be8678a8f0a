"""The analyze stage: Kiwi-backed Korean Docs and the English pipeline."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from notequiz.analyze import (
    EN_MODEL_ENV,
    ModelNotInstalledError,
    analyze,
    morphemes,
    nlp_for,
)
from notequiz.analyze.english import english_nlp
from notequiz.analyze.korean import (
    MORPHS_KEY,
    TOKENIZER_NAME,
    KiwiTokenizer,
    korean_nlp,
)
from notequiz.analyze.morphemes import SPACE_TAG, get_kiwi
from notequiz.errors import NotequizError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_notes" / "generative-ai.md"


@pytest.fixture(scope="module")
def ko() -> Language:
    return korean_nlp()


def summary(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.tag_, t.lemma_) for t in doc]


# ---------------------------------------------------------------- round trip

ROUND_TRIP: list[tuple[str, str]] = [
    ("korean with english term", "RLHF는 강화학습과 인간의 피드백을 결합하는 기술로,"),
    ("plain sentence", "생성형 AI는 새로운 콘텐츠를 만들 수 있는 AI의 일종이다."),
    ("double spaces", "생성형 AI (생성형 인공지능)은  대화, 이야기"),
    ("newlines", "첫 줄이다.  \n둘째 줄이다.\n\n새 문단이다.\n"),
    ("leading and trailing", "   앞뒤에 공백이 있다   "),
    ("tabs and crlf", "탭\t문자와\r\n윈도우 줄바꿈"),
    ("only whitespace", " \n\t "),
    ("emoji", "좋아요 👍 정말 👨\u200d👩\u200d👧 가족 🇰🇷"),
    ("empty", ""),
    ("merged morphemes", "했다"),
    ("zero-length copula", "이건 학교다"),
    ("nfc hangul", unicodedata.normalize("NFC", "한국어 문장이다")),
    ("nfd hangul", unicodedata.normalize("NFD", "한국어 문장이다")),
    ("combining mark", "cafe\u0301 가\u0301"),
    ("invisible characters", "\u200b가\ufeff나\x00다\u00a0라\u3000마\u2028바"),
    ("markdown", "## 주요 종류\n- **GPT**: `code` [링크](http://x.y/z)\n> 인용"),
    ("english only", "This is English. It has two sentences."),
    ("punctuation run", "정말?!... 그래…"),
]


@pytest.mark.parametrize("text", [t for _, t in ROUND_TRIP], ids=[name for name, _ in ROUND_TRIP])
def test_doc_text_is_input(ko: Language, text: str) -> None:
    doc = ko(text)
    assert doc.text == text
    assert all(t.text for t in doc), "no empty tokens"
    # Offsets line up with the input, token by token.
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.parametrize("text", [t for _, t in ROUND_TRIP], ids=[name for name, _ in ROUND_TRIP])
def test_analysis_is_what_the_doc_holds(ko: Language, text: str) -> None:
    # The rules read the analysis without a Doc; offsets must be the Doc's.
    found = morphemes.analysis(text)
    doc = ko(text)
    if not text:
        assert found.tokens == found.sent_starts == () and len(doc) == 0
        return
    assert [tuple(t) for t in found.tokens] == [
        (t.text, t.tag_, t.lemma_, t.idx, t.idx + len(t.text)) for t in doc]
    assert found.spaces == tuple(bool(t.whitespace_) for t in doc)
    assert [doc[i : j].text for i, j in zip(found.sent_starts, (*found.sent_starts[1:], len(doc)),
                                            strict=True)] == [s.text for s in doc.sents]


def test_long_text_round_trips_and_matches_kiwi(ko: Language) -> None:
    # Long enough to be cut into chunks; cuts at blank lines must not change
    # Kiwi's analysis compared with one call on the whole text.
    text = SAMPLE.read_text(encoding="utf-8") * 3
    doc = ko(text)
    assert doc.text == text
    ours = [(t.idx, m) for t in doc for m in t._.morphs]
    kiwi = [(k.start, (k.form, k.tag)) for k in get_kiwi().tokenize(text)]
    # A merged token keeps its first offset for every part.
    assert [m for _, m in ours] == [m for _, m in kiwi]


@pytest.mark.parametrize(
    "text",
    [
        ("인공지능은 데이터를 학습한다. " * 2000),  # one huge line, sentence ends
        ("가나다라마바사아자차카타파하" * 1500),  # no whitespace at all
        ("줄이다\n" * 5000),  # lines but no blank line
    ],
    ids=["one-line", "no-space", "no-blank-line"],
)
def test_very_long_paragraph_round_trips(ko: Language, text: str) -> None:
    doc = ko(text)
    assert doc.text == text
    assert all(t.text for t in doc)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.sampled_from(
            # Syllables, conjoining jamo (NFD pieces), ASCII, odd spaces, emoji.
            [*"가각한했다이는을 AIz1.,?!\n\t\u3000\u200b👍", "\u1100", "\u1161", "\u11a8"]
        ),
        max_size=60,
    )
)
def test_any_text_round_trips(ko: Language, text: str) -> None:
    doc = ko(text)
    assert doc.text == text
    assert all(t.text for t in doc)


# ---------------------------------------------------------------- tags, merges


def test_tags_and_lemmas(ko: Language) -> None:
    doc = ko("RLHF는 강화학습과 인간의 피드백을 결합하는 기술로, AI의 일종이다.")
    by_text = {(t.text, t.tag_): t for t in doc}
    assert ("RLHF", "SL") in by_text
    assert ("는", "JX") in by_text
    assert doc[0].tag_ == "SL"
    assert doc[1].text == "는" and doc[1].tag_ == "JX"
    copula = by_text[("이", "VCP")]
    assert copula.lemma_ == "이다"
    assert copula.nbor(-1).text == "일종"
    assert copula.nbor(1).tag_ == "EF"
    assert doc[-1].tag_ == "SF"


def test_whitespace_follows_spacy_convention(ko: Language) -> None:
    doc = ko("  가 나  다\n라")
    assert [(t.text, t.whitespace_, t.tag_ == SPACE_TAG) for t in doc] == [
        ("  ", "", True),
        ("가", " ", False),
        ("나", " ", False),
        (" ", "", True),
        ("다", "", False),
        ("\n", "", True),
        ("라", "", False),
    ]
    assert all(t.is_space for t in doc if t.tag_ == SPACE_TAG)


def test_overlapping_morphemes_merge(ko: Language) -> None:
    doc = ko("했다")
    assert summary(doc) == [("했", "VV+EP", "하다"), ("다", "EF", "다")]
    assert doc[0]._.morphs == (("하", "VV"), ("었", "EP"))
    assert doc[1]._.morphs == (("다", "EF"),)


def test_zero_length_morpheme_joins_neighbour(ko: Language) -> None:
    doc = ko("학교다")
    assert doc.text == "학교다"
    merged = [t for t in doc if "VCP" in t.tag_]
    assert len(merged) == 1
    assert ("이", "VCP") in merged[0]._.morphs
    assert "+" in merged[0].tag_
    assert merged[0].tag_ == "+".join(tag for _, tag in merged[0]._.morphs)


def test_whitespace_tokens_have_no_morphs(ko: Language) -> None:
    doc = ko("가  나")
    assert [t._.morphs for t in doc if t.is_space] == [()]


def test_morphs_survive_serialization(ko: Language) -> None:
    doc = ko("했다. 학교다")
    restored = Doc(ko.vocab).from_bytes(doc.to_bytes())
    assert [t._.morphs for t in restored] == [t._.morphs for t in doc]
    assert summary(restored) == summary(doc)
    assert MORPHS_KEY in restored.user_data


# ---------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("첫 문장이다. 두번째 문장이다", ["첫 문장이다.", "두번째 문장이다"]),
        ("한 문장이다", ["한 문장이다"]),
        ("첫 문단이다\n\n둘째 문단이다", ["첫 문단이다", "둘째 문단이다"]),
        ("  앞 공백. 다음 문장.", ["  앞 공백.", "다음 문장."]),
    ],
)
def test_sentence_starts(ko: Language, text: str, sentences: list[str]) -> None:
    doc = ko(text)
    assert doc.has_annotation("SENT_START")
    assert [s.text.strip("\n") for s in doc.sents] == sentences


def test_sentences_across_chunks(ko: Language) -> None:
    paragraph = "이것은 한 문단의 문장이다. 이어지는 문장이다."
    text = "\n\n".join([paragraph] * 100)
    doc = ko(text)
    assert len(list(doc.sents)) == 200


# ---------------------------------------------------------------- pipeline


def test_registry_name_resolves(ko: Language) -> None:
    factory = spacy.registry.tokenizers.get(TOKENIZER_NAME)
    tokenizer = factory()(ko)
    assert isinstance(tokenizer, KiwiTokenizer)
    assert tokenizer("했다").text == "했다"


def test_korean_nlp(ko: Language) -> None:
    assert ko.lang == "ko"
    assert isinstance(ko.tokenizer, KiwiTokenizer)
    assert ko.config["nlp"]["tokenizer"]["@tokenizers"] == TOKENIZER_NAME


def test_korean_nlp_round_trips_to_disk(ko: Language, tmp_path: Path) -> None:
    ko.to_disk(tmp_path / "ko")
    loaded = spacy.load(tmp_path / "ko")
    assert isinstance(loaded.tokenizer, KiwiTokenizer)
    assert summary(loaded("했다")) == summary(ko("했다"))


def test_kiwi_loaded_once(ko: Language) -> None:
    kiwi = get_kiwi()
    assert get_kiwi() is kiwi
    ko("한 번만 불러온다")
    korean_nlp()("다시 만들어도")
    assert get_kiwi() is kiwi
    assert nlp_for("ko") is nlp_for("ko")


def test_missing_kiwipiepy_is_actionable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morphemes, "_kiwi", None)
    monkeypatch.setitem(sys.modules, "kiwipiepy", None)  # makes the import fail
    with pytest.raises(ImportError, match="pip install kiwipiepy"):
        get_kiwi()


def test_package_import_does_not_load_spacy() -> None:
    code = (
        "import sys, notequiz.analyze; "
        "assert 'spacy' not in sys.modules and 'kiwipiepy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_korean_nlp_does_not_need_kiwi_until_used() -> None:
    code = (
        "import sys; from notequiz.analyze.korean import korean_nlp; korean_nlp(); "
        "assert 'kiwipiepy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# ---------------------------------------------------------------- english


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("This is one. This is two.", ["This is one.", "This is two."]),
        ("Is it? Yes! Done", ["Is it?", "Yes!", "Done"]),
        ("No full stop", ["No full stop"]),
    ],
)
def test_english_sentences(text: str, sentences: list[str]) -> None:
    doc = english_nlp()(text)
    assert doc.text == text
    assert [s.text for s in doc.sents] == sentences


def test_english_model_not_installed() -> None:
    with pytest.raises(NotequizError, match="spacy download en_core_web_nonexistent"):
        english_nlp("en_core_web_nonexistent")


def test_english_model_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EN_MODEL_ENV, "en_core_web_nonexistent")
    with pytest.raises(ModelNotInstalledError):
        nlp_for("en")
    monkeypatch.setenv(EN_MODEL_ENV, "")
    assert "sentencizer" in nlp_for("en").pipe_names


def test_english_loaded_model_gets_sentencizer(tmp_path: Path) -> None:
    # A saved pipeline without a parser or senter stands in for a trained one.
    spacy.blank("en").to_disk(tmp_path / "model")
    nlp = english_nlp(str(tmp_path / "model"))
    assert nlp.pipe_names == ["sentencizer"]
    assert len(list(nlp("One. Two.").sents)) == 2


# ---------------------------------------------------------------- analyze


@pytest.mark.parametrize(
    ("text", "lang"),
    [("RLHF는 기술이다.", "ko"), ("RLHF is a technique.", "en"), ("", "ko"), ("", "en")],
)
def test_analyze(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    monkeypatch.delenv(EN_MODEL_ENV, raising=False)
    doc = analyze(text, lang)
    assert doc.text == text
    assert doc.lang_ == lang


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        nlp_for("fr")


@pytest.mark.parametrize(("text", "word"), [("이걸 해시 충돌이라고 한다.", "해시"),
                                            ("어떤 블록을 정하는 규칙을 캐시 교체 정책이라고 부름", "캐시")])
def test_tech_loanwords_stay_nouns(ko: Language, text: str, word: str) -> None:
    # Without its user words Kiwi reads these as 해/VV + 시 and 캐/VV + 시/EP here.
    tokens = [(t.text, t.tag_) for t in ko(text)]
    assert (word, "NNG") in tokens, tokens


def test_inline_code_is_read_by_kiwi_as_one_foreign_word() -> None:
    """Kiwi would end a sentence at the "!" of `x != x`; masked, the span is one word."""
    from notequiz.analyze import morphemes

    text = "NaN은 자기 자신과도 같지 않다. 그래서 x != x가 참이면 x는 NaN이다."
    at = text.index("x != x")
    code = [(at, at + len("x != x")), (0, 3)]  # `NaN`: letters only, left as it is
    given = morphemes.kiwi_input(text, code)
    assert len(given) == len(text) and given.startswith("NaN은")
    assert given[at : at + 6] == "xxxxxx" and morphemes.kiwi_input(text, [(0, 3)]) is text
    try:
        morphemes.prefetch([text], [(text, given)])
        found = morphemes.analysis(text)
    finally:
        morphemes.prefetch(())
    assert "".join(t.text for t in found.tokens).replace(" ", "") == text.replace(" ", "")
    assert len(found.sent_starts) == 2, "one sentence end, after 않다"
    [code_token] = [t for t in found.tokens if t.start == at]
    assert (code_token.text, code_token.tag, code_token.lemma) == ("x != x", "SL", "x != x")
    # Not prefetched with its mask, the text is read as before: the "!" ends a sentence.
    assert len(morphemes.analysis(text).sent_starts) == 3
