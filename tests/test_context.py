"""The context a question is given: the note and section it needs to be answered alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from typer.testing import CliRunner

from notequiz.cli import app
from notequiz.distractors import prompts
from notequiz.model import Card
from notequiz.pipeline import build

from .conftest import AS_PHRASED, import_apkg

if TYPE_CHECKING:
    from anki.collection import Collection

SKIP_LIST = """\
    # TIL: 스킵 리스트(Skip List)

    스킵 리스트는 정렬된 연결 리스트 위에 여러 층의 인덱스를 쌓은 자료구조다.

    ## 복잡도

    | 연산 | 평균 | 최악 |
    |---|---|---|
    | 검색 | O(log n) | O(n) |
    | 삽입 | O(log n) | O(n) |
    """

SQLITE = """\
    ---
    title: "TIL: SQLite WAL mode and why my app stopped locking up"
    ---

    ## Checkpointing

    Checkpoint modes:

    - PASSIVE — copy what it can without waiting on readers
    - FULL — wait for writers, then checkpoint everything

    ## Q&A

    What is the default checkpoint mode?::PASSIVE
    """


def questions(path: Path) -> dict[str, str]:
    """Each card's question by its answer (and term, for answers two cards share)."""
    cards = build([str(path)]).cards
    return {c.answer: c.question for c in cards} | {
        f"{c.term}: {c.answer}": c.question for c in cards}


def test_a_question_that_names_neither_gets_the_note_and_section(
        write_note: Callable[..., Path]) -> None:
    asked = questions(write_note("skip-list.md", SKIP_LIST))
    # "TIL:" and the English gloss are not what the note is about; the question says
    # what the numbers are (the table's heading would only repeat it).
    assert "검색의 평균 복잡도는? (스킵 리스트)" in asked.values()
    assert "삽입의 최악 복잡도는? (스킵 리스트)" in asked.values()


def test_a_question_that_names_the_subject_stands_alone(write_note: Callable[..., Path]) -> None:
    asked = questions(write_note("skip-list.md", SKIP_LIST))
    [definition] = {q for q in asked.values() if q.startswith("스킵 리스트는")}
    assert definition == "스킵 리스트는 무엇인가?"


def test_a_titles_label_and_story_are_left_out(write_note: Callable[..., Path]) -> None:
    asked = questions(write_note("sqlite.md", SQLITE))
    assert asked["wait for writers, then checkpoint everything"] == (
        "What is FULL? (SQLite WAL mode › Checkpointing)")


def test_an_interview_notes_label_is_left_out(write_note: Callable[..., Path]) -> None:
    """"Interview prep: hash tables" and "면접 준비 — LRU 캐시" are about hash tables and LRU 캐시."""
    asked = questions(write_note("hash.md", "# Interview prep: hash tables\n\n## Drill\n\n"
                                            "- **Why power-of-two sizes?** → mod becomes a mask\n"))
    assert asked["mod becomes a mask"] == "Why power-of-two sizes? (hash tables › Drill)"
    asked = questions(write_note("lru.md", "# 면접 준비 — LRU 캐시\n\n## 꼬리 질문\n\n"
                                           "- **TTL 추가?** → node에 만료 시각 저장\n"))
    assert asked["node에 만료 시각 저장"] == "TTL 추가? (LRU 캐시 › 꼬리 질문)"


def test_questions_the_note_writes_are_kept_as_written(write_note: Callable[..., Path]) -> None:
    asked = questions(write_note("sqlite.md", SQLITE))
    assert asked["PASSIVE"] == "What is the default checkpoint mode?"


def test_no_context_leaves_questions_as_the_rules_phrase_them(
        write_note: Callable[..., Path], tmp_path: Path) -> None:
    note = write_note("sqlite.md", SQLITE)
    plain = {c.answer: c.question for c in build([str(note)], AS_PHRASED).cards}
    assert plain["wait for writers, then checkpoint everything"] == "What is FULL?"
    out = tmp_path / "cards.json"
    done = CliRunner().invoke(app, ["build", str(note), "-o", str(out), "--no-context",
                                    "--no-cache", "--quiet"])
    assert done.exit_code == 0, done.output
    written = {c["answer"]: c["question"] for c in json.loads(out.read_text())["cards"]}
    assert written["wait for writers, then checkpoint everything"] == "What is FULL?"


def test_a_heading_that_holds_the_answer_is_left_out(write_note: Callable[..., Path]) -> None:
    note = write_note("arrays.md", """\
        # Dynamic arrays

        ## Thrashing

        If you halve when size drops to capacity/2, a push and a pop at the boundary resize
        every time. This is called thrashing.
        """)
    named = [c for c in build([str(note)]).cards if c.kind == "named_term"]
    assert named, "the named term is found"
    for card in named:
        assert card.answer.casefold() == "thrashing"
        assert "Thrashing" not in card.question
        assert card.question.endswith("(Dynamic arrays)")


def test_a_word_of_a_short_answer_is_not_given_away(write_note: Callable[..., Path]) -> None:
    note = write_note("clocks.md", """\
        # Logical clocks

        ## Hybrid clocks

        HLC (Hybrid Logical Clock) combines a physical and a logical part.
        """)
    [acronym] = [c for c in build([str(note)]).cards if c.kind == "acronym"]
    assert acronym.answer == "Hybrid Logical Clock"
    assert acronym.question == "What does HLC stand for?"


def test_same_questions_in_two_sections_are_told_apart_by_their_context(
        write_note: Callable[..., Path]) -> None:
    note = write_note("allocators.md", """\
        # Memory allocators

        ## Slab allocator

        | Term | Meaning |
        |---|---|
        | cache | a pool of objects of one type |
        | slab | a run of pages cut into objects |

        ## CPU caches

        | Term | Meaning |
        |---|---|
        | cache | a small fast memory near the core |
        | line | the unit a cache moves, 64 bytes |
        """)
    asked = sorted(c.question for c in build([str(note)]).cards if c.term == "cache")
    assert asked == ["What is a cache? (Memory allocators › CPU caches)",
                     "What is a cache? (Memory allocators › Slab allocator)"]
    plain = sorted(c.question for c in build([str(note)], AS_PHRASED).cards
                   if c.term == "cache")
    assert plain == ["What is a cache? (1)", "What is a cache? (2)"]


def test_the_first_of_several_headings_is_no_title(write_note: Callable[..., Path]) -> None:
    note = write_note("fork.md", """\
        ## fork() 기본

        fork는 부모 프로세스를 복제해 자식 프로세스를 만든다.

        ## posix_spawn

        | 항목 | 값 |
        |---|---|
        | 메모리 | 복사하지 않음 |
        | 속도 | fork보다 빠름 |
        """)
    asked = questions(note)
    assert asked["복사하지 않음"] == "메모리의 값은? (posix_spawn)"


def test_a_note_named_by_its_file_is_about_what_the_name_says(
        write_note: Callable[..., Path]) -> None:
    note = write_note("2023-11-02-bloom-filters.md", """\
        Each element is hashed k times.

        | Setting | Value |
        |---|---|
        | k | 7 |
        | m | 9585 |
        """)
    asked = questions(note)
    assert asked["7"].endswith("(bloom filters)")


def cloze_card(write_note: Callable[..., Path]) -> Card:
    note = write_note("skip-list.md", SKIP_LIST + """
    ## 구조

    각 노드는 여러 개의 forward 포인터를 가진다.
    """)
    [card] = [c for c in build([str(note)]).cards if c.shape == "cloze"]
    return card


def test_a_cloze_is_asked_with_its_context_everywhere(
        write_note: Callable[..., Path], tmp_path: Path, col: Collection) -> None:
    card = cloze_card(write_note)
    assert card.question == "각 노드는 [...] 가진다 (스킵 리스트 › 구조)"
    assert "스킵 리스트" not in card.cloze, "the cloze text stays the note's"
    # The quiz, the HTML quiz and GIFT ask what ``prompts`` gives.
    [prompt] = prompts(card)
    assert prompt.question == card.question
    # Anki shows the cloze's text: the context follows it there too.
    deck = tmp_path / "deck.apkg"
    done = CliRunner().invoke(app, ["build", str(tmp_path / "notes"), "-o", str(deck),
                                    "--no-cache", "--quiet"])
    assert done.exit_code == 0, done.output
    import_apkg(col, deck)
    [anki_card] = [c for nid in col.find_notes("") for c in col.get_note(nid).cards()
                   if "[...]" in c.question()]
    assert "(스킵 리스트 › 구조)" in anki_card.question()
    assert "여러 개의 forward 포인터를" in anki_card.answer()


def test_a_heading_inside_a_long_answer_is_left_out(write_note: Callable[..., Path]) -> None:
    note = write_note("arrays.md", """\
        # Dynamic arrays

        ## Copy every element to a new buffer

        When size reaches capacity, append must copy every element to a new buffer.
        """)
    asked = questions(note)
    assert asked["append must copy every element to a new buffer"] == (
        "What happens when size reaches capacity? (Dynamic arrays)")


def test_the_title_as_a_heading_does_not_repeat_the_subject(
        write_note: Callable[..., Path]) -> None:
    note = write_note("allocators.md", """\
        # Memory allocators: buddy and slab

        A free list is a linked list of free blocks.
        """)
    asked = questions(note)
    assert asked["a linked list of free blocks"] == "What is a free list? (Memory allocators)"


def test_a_question_the_note_writes_names_no_context(write_note: Callable[..., Path]) -> None:
    note = write_note("sqlite.md", """\
        ---
        title: "TIL: SQLite WAL mode and why my app stopped locking up"
        ---

        ## Setup

        Which pragma turns it on?::PRAGMA journal_mode=WAL
        """)
    asked = questions(note)
    assert asked["PRAGMA journal_mode=WAL"] == "Which pragma turns it on?"


def test_a_heading_with_a_word_of_a_short_answer_is_left_out(
        write_note: Callable[..., Path]) -> None:
    note = write_note("hll.md", """\
        # HyperLogLog

        ## Merging

        Two sketches with the same p can be merged.
        """)
    asked = questions(note)
    assert asked["be merged"] == "Complete: Two sketches with the same p can … (HyperLogLog)"


def test_a_question_asked_with_its_section_gets_the_subject_in_the_same_brackets(
        write_note: Callable[..., Path]) -> None:
    note = write_note("rust.md", """\
        ---
        title: Rust ownership
        ---

        ## Move semantics

        Assigning s1 to s2 moves the string.

        If both s1 and s2 pointed to the same buffer, both would free it.
        """)
    condition = "What happens if both s1 and s2 pointed to the same buffer?"
    plain = {c.answer: c.question for c in build([str(note)], AS_PHRASED).cards}
    assert plain["both would free it"] == f"{condition} (Move semantics)"
    asked = questions(note)
    assert asked["both would free it"] == f"{condition} (Rust ownership › Move semantics)"


def test_a_title_keeps_its_big_o_and_a_hyphenated_name_is_one_word(
        write_note: Callable[..., Path]) -> None:
    lru = write_note("lru.md", """\
        ---
        title: "TIL: building an LRU cache in O(1)"
        ---

        ## Policies

        The rule that picks the victim is called the eviction policy.
        """)
    assert questions(lru)["eviction policy"] == (
        "What is the rule that picks the victim called? (building an LRU cache in O(1))")
    # "find" does not name "Union-find"; nor does the answer O(n) ("on") give it away.
    union_find = write_note("union-find.md", """\
        # Union-find

        ## Costs

        | Operation | Naive | Path compression |
        |---|---|---|
        | find | O(n) | O(log n) |
        | union | O(n) | O(log n) |
        """)
    assert questions(union_find)["O(n)"] == "What is the naive complexity of find? (Union-find › Costs)"


def test_a_heading_cut_inside_its_quotes_is_left_out(write_note: Callable[..., Path]) -> None:
    note = write_note("quoting.md", """\
        # Shell quoting

        ## "$@" vs "$*"

        Always use "$@" when forwarding arguments, because it keeps each argument a word.
        """)
    [why] = [c for c in build([str(note)]).cards if c.rule == "en.property.because"]
    assert why.question == 'Why always use "$@" when forwarding arguments? (Shell quoting)'


def test_titles_and_headings_about_the_writing_or_nothing_are_left_out(
        write_note: Callable[..., Path]) -> None:
    vim = write_note("vim.md", """\
        ---
        title: Vim text objects finally clicked
        ---

        ## Objects

        | Object | Meaning |
        |---|---|
        | s | sentence |
        | p | paragraph |
        """)
    assert questions(vim)["sentence"] == "What is s? (Vim text objects)"
    # "Study" names the writing: the heading alone is the context.
    study = write_note("study.md", """\
        # Study

        ## Algorithms

        | Name | Cost |
        |---|---|
        | find | O(log n) |
        | union | O(1) |
        """)
    assert questions(study)["O(1)"] == "What is the cost of union? (Algorithms)"


def test_a_long_context_keeps_only_the_subject(write_note: Callable[..., Path]) -> None:
    note = write_note("skip.md", """\
        # Skip lists

        ## What happens to the towers when you delete an element from the middle of the list

        | Step | Cost |
        |---|---|
        | unlink | O(log n) |
        | free | O(1) |
        """)
    assert questions(note)["O(1)"] == "What is the cost of free? (Skip lists)"


def test_a_one_syllable_subject_is_named_and_a_generic_heading_is_no_context(
        write_note: Callable[..., Path]) -> None:
    note = write_note("heap.md", """\
        # 힙(Heap)

        힙은 완전 이진 트리 기반의 자료구조다.

        ## 정의

        각 노드는 자식보다 작거나 같은 값을 가진다.
        """)
    asked = questions(note)
    assert asked["완전 이진 트리 기반의 자료구조"] == "힙은 무엇인가?"
    assert asked["자식보다 작거나 같은 값을 가진다"].endswith("(힙)"), asked


def test_a_word_of_the_context_inside_a_long_answer_gives_nothing_away(
        write_note: Callable[..., Path]) -> None:
    """Review round 30: "문제는 무엇인가?" lost "› Pinning" because its answer says "pinning이
    몇 개만 나도 …"; a word of a long answer is no giveaway, and without it the question
    asks nothing ("Complete: Edges can …" lost "(Graph)" to "a weighted graph")."""
    note = write_note("graph.md", """\
        # Graph

        ## Introduction

        Edges can be directed or undirected and can optionally have values (a weighted graph).
        """)
    asked = [c.question for c in build([str(note)]).cards if c.question.startswith("Complete:")]
    assert asked == ["Complete: Edges can … (Graph)"], asked
