"""The Moodle GIFT export, read back by a parser that follows Moodle's own
(question/format/gift/format.php), and the shared distractor logic it uses."""

from __future__ import annotations

import html
import io
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from notequiz.distractors import (
    Blank,
    arrange,
    choose_distractors,
    fold,
    prompt_distractors,
    prompts,
)
from notequiz.export import ExportOptions, export, format_for
from notequiz.export.apkg import source_text
from notequiz.export.gift import category, dumps, escape
from notequiz.model import Card, CardKind, Shape, SourceSpan
from notequiz.pipeline import BuildOptions, build

from .conftest import SAMPLE_NOTES

# --- a GIFT reader, after Moodle's qformat_gift -----------------------------------

_ESCAPES = {"\\:": ":", "\\#": "#", "\\=": "=", "\\{": "{", "\\}": "}", "\\~": "~",
            "\\n": "\n"}
_FORMATS = ("moodle", "html", "plain", "markdown")


@dataclass
class Question:
    name: str
    qtype: str
    text: str
    text_format: str
    answers: list[tuple[str, float]] = field(default_factory=list)
    feedback: str = ""


def _pre(text: str) -> str:
    """Moodle's escapedchar_pre: escaped characters become placeholders."""
    text = text.replace("\\\\", "\x00BS\x00")
    for i, esc in enumerate(_ESCAPES):
        text = text.replace(esc, f"\x00{i}\x00")
    return text.replace("\x00BS\x00", "\\")


def _post(text: str) -> str:
    for i, char in enumerate(_ESCAPES.values()):
        text = text.replace(f"\x00{i}\x00", char)
    return text


def _with_format(text: str, default: str = "moodle") -> tuple[str, str]:
    fmt = default
    if text.startswith("["):
        name = text[1:text.index("]")]
        if name in _FORMATS:
            fmt, text = name, text[text.index("]") + 1:]
    return _post(text).strip(), fmt


def parse_gift(data: str) -> tuple[list[str], list[Question]]:
    """Categories and questions of a GIFT file; fail on anything Moodle would not import."""
    blocks: list[list[str]] = [[]]
    for line in data.split("\n"):
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    categories: list[str] = []
    questions: list[Question] = []
    for lines in blocks:
        text = "\n".join(" " if ln.strip().startswith("//") else ln for ln in lines).strip()
        if not text:
            continue
        text = _pre(text)
        if text.startswith("$CATEGORY:"):
            categories.append(text[10:].strip())
            continue
        assert text.startswith("::"), text
        end = text.index("::", 2)
        name = _post(text[2:end])
        text = text[end + 2:].strip()
        assert text.count("{") == 1 and text.count("}") == 1, f"unescaped brace in {text!r}"
        start, finish = text.index("{"), text.index("}")
        assert start < finish
        answertext = text[start + 1:finish].strip()
        if text.endswith("}"):
            qtext = text[:start] + text[finish + 1:]
        else:
            qtext = text[:start] + "_____" + text[finish + 1:]
        feedback = ""
        if "####" in answertext:
            at = answertext.rindex("####")
            feedback, answertext = answertext[at + 4:], answertext[:at].strip()
        question_text, fmt = _with_format(qtext)
        q = Question(name, "", question_text, fmt, feedback=_with_format(feedback, fmt)[0])
        assert answertext and answertext[0] != "#", "numerical or essay"
        if "~" in answertext:
            q.qtype = "multichoice"
            parts = [a.strip() for a in answertext.replace("=", "~=").split("~")]
            for part in (p for p in parts if p):
                right = part.startswith("=")
                assert not part.lstrip("=").startswith("%"), "answer weight"
                q.answers.append((_with_format(part.lstrip("=").strip(), fmt)[0],
                                  1.0 if right else 0.0))
        else:
            assert "->" not in answertext, "would be read as a matching question"
            assert answertext not in ("T", "TRUE", "F", "FALSE")
            q.qtype = "shortanswer"
            for part in (p.strip() for p in answertext.split("=") if p.strip()):
                assert not part.startswith("%"), "answer weight"
                q.answers.append((_with_format(part.split("#", 1)[0].strip(), fmt)[0], 1.0))
        questions.append(q)
    return categories, questions


# --- cards -----------------------------------------------------------------------


def make_card(id: str, question: str, answer: str, *, kind: CardKind = "explicit",
              shape: Shape = "basic", cloze: str = "", deck: str = "Deck",
              lang: str = "en", choices: tuple[str, ...] = ()) -> Card:
    return Card(
        id=id, kind=kind, question=question, answer=answer, term=question,
        note_key="notes/n.md", source=SourceSpan("notes/n.md", 4, 4, question),
        section=("Notes", "Part"), rule="md.explicit.qa", lang=lang, deck=deck,
        shape=shape, cloze=cloze, choices=choices,
    )


def sample_cards() -> list[Card]:
    return list(build([str(SAMPLE_NOTES)], BuildOptions(automatic=False)).cards)


def test_registered() -> None:
    assert format_for("quiz.gift").name == "gift"


def test_sample_notes_short_answer() -> None:
    cards = sample_cards()
    asked = [p for c in cards for p in prompts(c)]
    categories, questions = parse_gift(dumps(cards).decode("utf-8"))
    assert categories == ["Algorithms", "Network/TCP"]
    assert [q.name for q in questions] == [p.key for p in asked]
    for q, p in zip(questions, asked, strict=True):
        assert q.qtype == "shortanswer"
        assert q.text_format == "plain"
        assert q.answers == [(p.answer, 1.0)]
        assert q.feedback == source_text(p.card)
        assert q.name.split(".")[0] == p.card.id
    by_name = {q.name: q for q in questions}
    # A cloze deletion is a missing word, the other deletion filled in.
    bloom = next(c for c in cards if c.shape == "cloze" and "Bloom" in c.cloze)
    assert by_name[f"{bloom.id}.c1"].text == (
        "A Bloom filter with _____ bits and k hash functions answers membership queries.")
    assert by_name[f"{bloom.id}.c2"].answers == [("k", 1.0)]
    # A reversed card asks both ways.
    rev = next(c for c in cards if c.shape == "reversed" and c.lang == "en")
    assert by_name[rev.id].text == "Bit array"
    assert by_name[f"{rev.id}.r"].answers == [("Bit array", 1.0)]


def test_a_definition_asked_backwards_wants_its_term() -> None:
    cards = list(build([str(SAMPLE_NOTES)]).cards)
    backwards = [c for c in cards if c.kind == "definition" and c.shape == "reversed"]
    assert {"cache", "생성형 AI"} <= {c.term for c in backwards}
    _, questions = parse_gift(dumps(cards).decode("utf-8"))
    by_name = {q.name: q for q in questions}
    for card in backwards:
        _, back = prompts(card)
        assert (back.key, back.question, back.answer) == (f"{card.id}.r", card.answer, card.term)
        assert by_name[back.key].answers == [(card.term, 1.0)]
        assert by_name[card.id].answers == [(card.answer, 1.0)]
    # Several choices: the other options are other definitions' terms, not questions.
    _, questions = parse_gift(dumps(cards, choices=4).decode("utf-8"))
    cache = next(c for c in backwards if c.term == "cache")
    options = {text for text, _ in next(q for q in questions
                                        if q.name == f"{cache.id}.r").answers}
    assert "cache" in options and len(options) > 1
    assert not any(o.startswith("What is") for o in options)


def test_sample_notes_multiple_choice() -> None:
    cards = sample_cards()
    asked = {p.key: p for c in cards for p in prompts(c)}
    data = dumps(cards, choices=4)
    assert dumps(cards, choices=4) == data
    _, questions = parse_gift(data.decode("utf-8"))
    for q in questions:
        assert q.qtype == "multichoice"
        rights = [a for a, f in q.answers if f == 1.0]
        assert rights == [asked[q.name].answer]
        wrong = [a for a, f in q.answers if f == 0.0]
        assert 1 <= len(wrong) <= 3
        assert fold(asked[q.name].answer) not in {fold(w) for w in wrong}
        assert len({fold(w) for w in wrong}) == len(wrong)
    # The same questions get the same options whatever the order of the cards.
    shuffled = cards[:]
    random.Random(7).shuffle(shuffled)
    _, again = parse_gift(dumps(shuffled, choices=4).decode("utf-8"))
    assert {q.name: q.answers for q in again} == {q.name: q.answers for q in questions}


def test_special_characters_round_trip() -> None:
    nasty_q = "a ~ b = c # d { e } f : g \\ h \\n i\nsecond line // not a comment"
    nasty_a = "[html]<b>x</b> -> y {=z} ~w #5 ::t:: \\"
    cards = [
        make_card("nqspecial00001", nasty_q, nasty_a),
        make_card("nqspecial00002", "[markdown] Is it TRUE?", "TRUE"),
        make_card("nqspecial00003", "%50% of what?", "%50%"),
        make_card("nqspecial00004", "", "", kind="cloze", shape="cloze",
                  cloze="{{c1::<script>x</script>::h:int}} then {{c1::a=b}} and {{c2::#tag}}!"),
    ]
    data = dumps(cards).decode("utf-8")
    assert "<script>" in data  # Kept as text: [plain] makes Moodle show it as typed.
    categories, questions = parse_gift(data)
    assert categories == ["Deck"]
    by_name = {q.name: q for q in questions}
    q1 = by_name["nqspecial00001"]
    assert q1.text == nasty_q
    assert q1.answers == [(nasty_a.replace("->", "→"), 1.0)]
    assert by_name["nqspecial00002"].text == "[markdown] Is it TRUE?"
    assert by_name["nqspecial00002"].qtype == "shortanswer"
    assert by_name["nqspecial00003"].answers == [("%50%", 1.0)]
    c1 = by_name["nqspecial00004.c1"]
    # Two blanks of one number cannot stand inline: both shown, the answer after.
    assert c1.text == "_____ (h:int) then _____ and #tag!"
    assert c1.answers == [("<script>x</script>; a=b", 1.0)]
    c2 = by_name["nqspecial00004.c2"]
    assert c2.text == "<script>x</script> then a=b and _____!"
    assert c2.answers == [("#tag", 1.0)]

    # Multiple choice with the same text: options come back exactly.
    _, mc = parse_gift(dumps(cards, choices=3).decode("utf-8"))
    by_name = {q.name: q for q in mc}
    assert by_name["nqspecial00001"].qtype == "multichoice"
    assert (nasty_a, 1.0) in by_name["nqspecial00001"].answers


def test_no_distractor_means_short_answer() -> None:
    cards = [
        make_card("nqlonely000001", "Only one of its kind?", "yes", kind="definition"),
        make_card("nqpair00000001", "First?", "one"),
        make_card("nqpair00000002", "Second?", "two"),
    ]
    _, questions = parse_gift(dumps(cards, choices=4).decode("utf-8"))
    kinds = {q.name: (q.qtype, len(q.answers)) for q in questions}
    assert kinds == {
        "nqlonely000001": ("shortanswer", 1),
        "nqpair00000001": ("multichoice", 2),
        "nqpair00000002": ("multichoice", 2),
    }


def test_written_through_the_registry(tmp_path: Path) -> None:
    out = tmp_path / "quiz.gift"
    cards = sample_cards()
    export(cards, [], str(out), format_for(str(out)),
           ExportOptions(deck="Moodle::Week 1", choices=2))
    categories, questions = parse_gift(out.read_text(encoding="utf-8"))
    assert categories == ["Moodle/Week 1"]
    assert all(len(q.answers) == 2 for q in questions)


def test_helpers() -> None:
    assert escape("a~b=c#d{e}f:g\\h\r\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"
    assert category("A::B/C:: D ") == "A/B//C/D"


def moodle_category(line: str) -> tuple[str | None, list[str]]:
    """The context and category names Moodle shows for a ``$CATEGORY:`` line.

    As Moodle does it: qformat_gift keeps the line's GIFT escapes as
    placeholders (only ``\\\\`` becomes ``\\`` again), split_category_path cuts
    at single slashes and cleans each name with PARAM_TEXT (tags stripped),
    create_category_path takes a first name like ``$course$`` as the context,
    and the page shows character references as characters.
    """
    assert line.startswith("$CATEGORY:") and "\n" not in line
    text = line[10:].strip().replace("\\\\", "&&092;")
    for escaped, placeholder in zip(("\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n"),
                                    ("&&058;", "&&035;", "&&061;", "&&123;", "&&125;",
                                     "&&126;", "&&010"), strict=True):
        text = text.replace(escaped, placeholder)
    text = text.replace("&&092;", "\\")
    names = [re.sub(r"<[^>]*>", "", raw.strip().replace("//", "/")).strip()
             for raw in re.split(r"(?<!/)/(?!/)", text)]
    context = None
    if re.fullmatch(r"\$([a-z]+)\$", names[0]):
        context = names.pop(0)
    return context, [html.unescape(name) for name in names]


@pytest.mark.parametrize(("deck", "shown"), [
    ("Network::TCP", ["Network", "TCP"]),
    ("<b onmouseover=alert(1)>Deck</b>", ["<b onmouseover=alert(1)>Deck</b>"]),
    ("A & B::<script>x</script>", ["A & B", "<script>x</script>"]),
    ("TCP/IP::/etc/::a//b", ["TCP/IP", "/etc/", "a//b"]),
    ("back\\slash \\: \\n \\\\", ["back\\slash \\: \\n \\\\"]),
    ("one\ntwo\u2028three", ["one two three"]),
    ("$course$::x", ["$course$", "x"]),
    ("$system$", ["$system$"]),
    ("&&058; &amp; &#36;", ["&&058; &amp; &#36;"]),
])
def test_category_names_read_back_as_typed(deck: str, shown: list[str]) -> None:
    """Moodle shows each deck name as typed, and no name can pick the context."""
    line = f"$CATEGORY: {category(deck)}"
    assert moodle_category(line) == (None, shown)
    data = dumps([make_card("nqcat000000001", "Q?", "A", deck=deck)]).decode()
    assert line in data.split("\n")
    categories, questions = parse_gift(data)  # and the file still imports: one category
    assert len(categories) == 1 and len(questions) == 1


# --- distractors -----------------------------------------------------------------


def test_choose_distractors_rules() -> None:
    card = make_card("nqtarget000001", "Q?", "It increases", deck="A")
    pool = [
        card,
        make_card("nqsame0000001", "Q1?", "It decreases", deck="A"),
        make_card("nqsame0000002", "Q2?", "it INCREASES.", deck="A"),  # folds to the answer
        make_card("nqsame0000003", "Q3?", "Stays the same", deck="A"),
        make_card("nqsame0000004", "Q4?", "stays the same", deck="A"),  # a repeat
        make_card("nqother000001", "Q5?", "Doubles", deck="B"),
        make_card("nqother000002", "Q6?", "두 배가 된다", deck="B", lang="ko"),
        make_card("nqkind0000001", "Q7?", "Halves", deck="A", kind="definition"),
    ]
    got = choose_distractors(card, pool, 5)
    assert len(got) == 4
    assert {fold(g) for g in got[:2]} == {fold("It decreases"), fold("Stays the same")}
    assert got[2:] == ("Doubles", "두 배가 된다")  # other deck, card's language first
    assert "Halves" not in got
    assert choose_distractors(card, pool, 1) in ((got[0],),)
    assert choose_distractors(card, list(reversed(pool)), 5) == got
    assert choose_distractors(card, pool, 0) == ()
    # Choices stored on the card come first.
    own = replace(card, choices=("Explodes", "it increases"))
    assert choose_distractors(own, pool, 2) == ("Explodes", got[0])


def test_choose_distractors_is_seeded_by_card_id() -> None:
    pool = [make_card(f"nqpool{i:08d}", f"Q{i}?", f"answer {i}") for i in range(30)]
    first = make_card("nqfirst0000001", "Q?", "right")
    second = replace(first, id="nqsecond000001")
    assert choose_distractors(first, pool, 3) == choose_distractors(first, pool, 3)
    assert choose_distractors(first, pool, 3) != choose_distractors(second, pool, 3)


def test_prompts_and_arrangement() -> None:
    cloze = make_card("nqcloze0000001", "", "", kind="cloze", shape="cloze",
                      cloze="{{c2::B}} after {{c1::A::hint}}.")
    keyed = {p.key: p for p in prompts(cloze)}
    assert list(keyed) == ["nqcloze0000001.c1", "nqcloze0000001.c2"]
    assert keyed["nqcloze0000001.c1"].segments == ("B after ", Blank("A", "hint"), ".")
    assert keyed["nqcloze0000001.c1"].question == "B after [hint]."
    single = replace(cloze, cloze="Only {{c1::one}}.")
    assert [p.key for p in prompts(single)] == [single.id]
    no_deletion = replace(cloze, question="Plain?", answer="plain", cloze="no deletion")
    assert [(p.side, p.question) for p in prompts(no_deletion)] == [("front", "Plain?")]
    assert prompts(make_card("nqempty0000001", "", "")) == ()

    other = make_card("nqcloze0000002", "", "", kind="cloze", shape="cloze",
                      cloze="{{c1::X}} and {{c1::Y}}")
    pool = [*prompts(cloze), *prompts(other)]
    # Blanks of other cards only, never a sibling deletion.
    assert prompt_distractors(keyed["nqcloze0000001.c1"], pool, 3) == ("X; Y",)

    options = arrange("seed", "right", ["w1", "w2", "w3"])
    assert options.options[options.correct] == "right"
    assert sorted(options.options) == ["right", "w1", "w2", "w3"]
    assert arrange("seed", "right", ["w1", "w2", "w3"]) == options


def test_export_writes_to_binary_stream() -> None:
    buf = io.BytesIO()
    from notequiz.export.gift import write

    write(sample_cards(), [], buf, ExportOptions(choices=0))
    assert buf.getvalue().startswith(b"// notequiz: ")
    with pytest.raises(AssertionError):
        parse_gift("::x::broken {=a")
