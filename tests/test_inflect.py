"""The adnominal form of a Korean sentence's last word, from Kiwi's morphemes."""

from __future__ import annotations

import pytest

from notequiz.extract.inflect import adnominal

N = "\u11ab"  # Kiwi writes the ㄴ of 된다 and 한 as a final consonant
B = "\u11b8"


@pytest.mark.parametrize(
    ("parts", "made"),
    [
        # verbs in the present: 는, after dropping a final ㄹ
        ([("낭비", "NNG"), ("되", "XSV"), (N + "다", "EF")], "낭비되는"),
        ([("만들", "VV"), (N + "다", "EF")], "만드는"),
        ([("않", "VX"), ("는다", "EF")], "않는"),
        ([("하", "VX"), (N + "다", "EF")], "하는"),
        ([("작동", "NNG"), ("하", "XSV"), (B + "니다", "EF")], "작동하는"),
        # verbs in the past: ㄴ after a vowel, 은 after a consonant
        ([("사용", "NNG"), ("하", "XSV"), ("었", "EP"), ("습니다", "EF")], "사용한"),
        ([("끼치", "VV"), ("었", "EP"), ("다", "EF")], "끼친"),
        ([("만들", "VV"), ("었", "EP"), ("다", "EF")], "만든"),
        ([("먹", "VV"), ("었", "EP"), ("다", "EF")], "먹은"),
        # adjectives: a plain 다 in the present, or Kiwi's tag in a polite ending
        ([("필요", "NNG"), ("하", "XSA"), (B + "니다", "EF")], "필요한"),
        ([("중요", "NNG"), ("하", "XSA"), ("다", "EF")], "중요한"),
        ([("않", "VX"), ("다", "EF")], "않은"),
        ([("빠르", "VA"), ("다", "EF")], "빠른"),
        ([("길", "VA"), ("다", "EF")], "긴"),
        ([("많", "VA"), ("다", "EF")], "많은"),
        ([("좁", "VA-R"), ("다", "EF")], "좁은"),
        # 있다, 없다, 이다, 아니다
        ([("없", "VA"), ("다", "EF")], "없는"),
        ([("있", "VV"), ("습니다", "EF")], "있는"),
        ([("문제", "NNG"), ("이", "VCP"), ("다", "EF")], "문제인"),
        ([("아니", "VCN"), ("다", "EF")], "아닌"),
        # a statement another follows (…하고, …하며)
        ([("지칭", "NNG"), ("하", "XSV"), ("고", "EC")], "지칭하는"),
        ([("높", "VA"), ("고", "EC")], "높은"),
    ],
)
def test_forms_it_is_sure_of(parts: list[tuple[str, str]], made: str) -> None:
    assert adnominal(parts) == made


@pytest.mark.parametrize(
    "parts",
    [
        [("어렵", "VA-I"), ("다", "EF")],  # 어려운: the stem changes
        [("듣", "VV-I"), ("었", "EP"), ("다", "EF")],  # 들은
        [("하", "VV"), ("겠", "EP"), ("다", "EF")],  # a guess, not a statement
        [("중요", "NNG"), ("하", "XSA"), ("었", "EP"), ("다", "EF")],  # an adjective's past
        [("하", "VX"), (B + "니다", "EF")],  # 해야 합니다 or 좋지 않습니다: either
        [("하", "VV"), ("ᆯ까", "EF")],  # a question
        [("하", "VV"), ("어", "EC")],  # no statement ends here
        [("다", "EF")],
        [],
    ],
)
def test_forms_it_is_not_sure_of_give_none(parts: list[tuple[str, str]]) -> None:
    assert adnominal(parts) is None
