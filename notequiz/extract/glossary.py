"""Glossary shapes: two-column tables, definition lists and lists of labelled terms.

Language-neutral rules on the Markdown shape, like ``structure``:

- a table whose first column names terms and whose other columns describe or
  measure them (``| Term | Meaning |``, ``| Operation | Big-O |``);
- a definition list (``Term`` then ``: definition`` on the next line);
- a list whose every item is ``Term - description`` (or ``**Term**: …``): the
  terms themselves, as one list card under the heading or intro that names them;
- a list whose items are ``Label - A, B, C`` groups under a heading.

``find(note)`` is also where rules that read more than one block run for a
language (an English list and the sentence that announces it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notequiz.extract import patterns_en as P_EN
from notequiz.extract import vocabulary as vocab
from notequiz.extract.rules import Example, rule
from notequiz.extract.text import (
    CITATION,
    END_ASIDE,
    PROBLEM_ID,
    clean_span,
    clean_term,
    looks_like_label,
    squash,
    subtracts,
)
from notequiz.lang import detect, has_hangul
from notequiz.model import Block, Candidate, ListItem, Note, Section, SourceSpan

TABLE_DEFINITION = rule(
    "md.table.definition", "definition",
    "A table row `| Term | Meaning |` (or a `Term (gloss)` cell): the row defines its term.",
    Example("## Glossary\n\n| Term | Meaning |\n| --- | --- |\n| TTL | How long an entry stays "
            "cached |\n| Miss | A lookup that finds nothing |\n", "TTL",
            "How long an entry stays cached"),
    version=19,  # 2: a second column under a header that names an aspect ("Use it for") is
    # none; 3: a term written as code keeps its signs (`a*`, `:=`); 4: a call written as
    # code keeps its arguments, no gloss ("`WithTimeout(parent, d)`"); 5: rows named by
    # codes, as md.table.property@10; 6: nor brackets that give examples ("블로킹 syscall (파일
    # I/O 등)"); 7: nor a row of a write-up's header ("| **Date** | …", "| **Severity** | …")
    # or of a timeline of days ("| 07-15 (월) | …");
    # 8: nor any row of a write-up's header table ("| 발생 | 14:05 ~ 14:13 |");
    # 9: a row's bracketed remark opening on a preposition ("merge sort (for reference)") is no
    # gloss;
    # 10: nor an incident summary's "| 발생 |", "| 탐지 |" rows, nor columns before and after a change
    # ("| 주소 | 변경 전 | 변경 후 |");
    # 11: nor brackets that hold one piece of code ("FC (`BatchNorm1d`)") or cite a paper ("GroupNorm
    # (Wu & He, 2018)");
    # 12: a row number names no row;
    # 13: brackets that cite a paper with its lab ("Lamping & Veach, Google, 2014") are no gloss;
    # 14: nor a table under the writer's own experiment ("### my laptop experiment");
    # 15: nor rows named by a case's mark ("| (A) |", "| (B) |");
    # 16: nor a gloss that only names a paper's authors ("MoCo (He et al.)"); 17: nor variants or a year in
    # brackets ("binary heap (lazy or decrease-key)", "Amazon Dynamo (2007 paper)"); 18: nor an example's rows
    # ("예시로 문서 3개:"), nor under the writer's measurements ("## … 부하테스트 결과"); 19: nor a write-up's "Detected
    # by" row
)
TABLE_PROPERTY = rule(
    "md.table.property", "property",
    "A table row `| Name | Value |` under a column header: the row's value of that column; "
    "in a table that compares its columns (`| 구분 | A | B |`), a column's value of that row.",
    Example("## Time complexity\n\n| Operation | Big-O |\n| --- | --- |\n| Search | O(1) |\n"
            "| Insert | O(log n) |\n", "Search Big-O", "O(1)"),
    Example("## 비교\n\n| 구분 | B-Tree | 해시 |\n| --- | --- | --- |\n| 범위 검색 | 가능 | 불가능 |\n"
            "| 정렬 | 지원 | 미지원 |\n", "해시 범위 검색", "불가능"),
    Example("## Descriptors\n\n| fd | Name |\n| --- | --- |\n| 0 | stdin |\n| 1 | stdout |\n",
            "fd 0 Name", "stdin"),
    version=53,  # 2: comparison tables; yes/no marks are no value; 3: two columns of prose
    # under a header that names an aspect ("Succeeds when"); 4: up to five columns of
    # words and formulas; 5: an English header that is a verb ("Allows bursts") as a label;
    # 6: a table compares the columns its heading names (Histogram vs Summary), whatever
    # their names, and a term written as code keeps its signs (`a*`, `:=`); 7: nor a
    # column in the writer's voice ("| My take |", "| Our value |"); 8: nor a row named for
    # the other rows ("| both |", "| 없음 |"); 9: a Latin name with a Korean value is asked
    # in Korean in a Korean note ("| `len()` | 불가능 |"); 10: rows named by codes ("| 0 |
    # stdin |") are named with what they are codes of ("fd 0", "`vm.overcommit_memory` 값 0"); 11:
    # nor a table whose first header is one letter ("| A | B | A AND B |": a variable's values);
    # 12: "해당 없음" is no value; 13: nor a cell that names its row or column again
    # ("torch.optim.AdamW" for AdamW); 14: nor a table of a result ("| | Before | After |");
    # 15: "nothing special" is no value; 16: rows named by a problem's number are named by its
    # title ("| LC 496 | Next Greater Element I | 감소 |" → "Next Greater Element I의 스택 종류는?");
    # 17: an order of growth asks its column's complexity ("What is the time complexity of
    # insert?"), and a row named for a cost is the subject's ("What is the space complexity of
    # Tries?"); 18: nor a compared table's row in the writer's voice ("| My default |");
    # 19: nor a cell that names a part of its row ("LRU(…)" for allkeys-lru);
    # 20: nor a cell that says it depends ("케바케") or "in progress", nor a table under "## 추천
    # 문제 순서"; 21: nor a cell "very";
    # 22: not a table that a query right before printed (| slot_name | slot_type |);
    # 23: nor a column of examples with an aside (| 예시 (4bit) |);
    # 24: nor a cell of problem numbers under a column of problems (78, 90);
    # 25: rows numbered under "#" are named by their problem's title;
    # 26: nor under "## My own numbers";
    # 27: in a Korean note, asked in Korean whatever its line is written in;
    # 28: nor any row of a write-up's header table; 29: nor under a worked example;
    # 30: a row of a compared table written as code keeps its signs (`__Host-`);
    # 31: a cell that points at the row above ("위와 동일") is none;
    # 32: a header "dtype" or "크기" names an attribute: "| 항목 | dtype | bytes / param |" compares no
    # columns; 33: a table under "### Toy numbers" is one example's;
    # 34: a table under "## Our numbers" is the team's result;
    # 35: columns that name costs ("| | Time | Space |") are attributes: the rows are compared;
    # 36: nor an incident summary's "| 발생 |", "| 탐지 |" rows, nor columns before and after a change
    # ("| 주소 | 변경 전 | 변경 후 |");
    # 37: a row number ("| # | 내용 | 담당 |") names no row;
    # 38: a cell that points above ("above") is no value;
    # 39: nor a column of how hard it felt (난이도 체감), nor a cell 적당히;
    # 40: nor a column of how hard a problem felt named the other way round ("| 체감 난이도 |"), nor a
    # table under the writer's own experiment ("### my laptop experiment");
    # 41: nor rows lettered a, b, c … in turn (an example's events);
    # 42: a formula keeps its leading minus ("-Σ p_k log₂ p_k", "-(y log p)");
    # 43: nor a matrix, its rows and columns by index (q1, q2 / k1, k2);
    # 44: "보통 값" and "메모" are a column's attribute, "메모" a column of remarks;
    # 45: nor records keyed by an id ("| org_id | user_id | key |");
    # 46: nor after "Our … that day, roughly:" (the writer's figures);
    # 47: nor a cell in the writer's voice ("IMO …", "I always …"), nor under "### My numbers";
    # 48: nor "meh"; 49: nor under the writer's measurements ("## 간단 부하테스트 결과 (stage, k6)"); 50: nor a cell
    # "same"
    # 51: nor a cell "same idea", nor a table under "## What happened" (the incident's own settings)
    # 52: a cell keeps a prime ("m -> m·L/L'") and an operator ("* mod M")
    # 53: nor rows of one name lettered in turn ("master-A", "master-B", "master-C": an example's
    # actors)
)
TABLE_LIST = rule(
    "md.table.list", "list",
    "The first column of a table under a heading that names a category (operations, types…).",
    Example("# Deque\n\n## Operations\n\n| Method | Description |\n| --- | --- |\n"
            "| push | Add to the back |\n| pop | Remove from the back |\n",
            "Deque operations", "push; pop"),
    version=2,  # 2: not under "## 예시" (a worked example)
)
DEFLIST_COLON = rule(
    "md.deflist.colon", "definition",
    "A definition list: a term on its own line, then `: definition`.",
    Example("Cache\n: A small, fast store for recently used data.\n", "Cache",
            "A small, fast store for recently used data"),
)
DEFLIST_TERMS = rule(
    "md.deflist.terms", "list",
    "A list whose every item is `Term - description`: the terms, under their heading.",
    Example("## Misc perks\n\n- **Free meals** - lunch on weekdays\n- **Shuttle** - a bus to "
            "the office\n", "Misc perks", "Free meals; Shuttle"),
    version=5,  # 2: not under a heading that asks ("## What v7 changes");
    # 3: nor under a glossary heading ("## Terms", "## Glossary");
    # 4: nor a write-up's header ("- **Date**: … - **Author**: … - **Status**: …"); 5: nor a list named by its
    # own intro ("Alternatives worth knowing by name:") as the heading's
)
DEFLIST_GROUPS = rule(
    "md.deflist.groups", "list",
    "`Label - A, B, C` items under a heading: the heading's things of each label.",
    Example("## Search algorithms\n\n- **Common** - Binary search, Linear search\n"
            "- **Rare** - Jump search, Exponential search\n", "Common search algorithms",
            "Binary search; Linear search"),
)

_DASH_ITEM = re.compile(r"^(?P<label>[^\n]{1,60}?)\s+[-–—]\s+(?P<rest>\S.*)$", re.DOTALL)
_COLON_ITEM = re.compile(r"^(?P<label>[^\n:]{1,50}?)\s*[:：]\s+(?P<rest>\S.*)$", re.DOTALL)
_DEFLIST_LINE = re.compile(r"^\s*[:：~]\s+(?P<rest>\S.*)$")
_GLOSS = re.compile(r"^(?P<term>[^()]{1,40}?)\s*\((?P<gloss>[^()]{8,80})\)$")
_EXAMPLES_ONLY = re.compile(r"(?:\s등|등등|\betc\.?|^(?:e\.g\.|예:?|ex\.?)\s.*)$", re.IGNORECASE)
"""Brackets that give examples ("(파일 I/O 등)", "(e.g. Redis)"), not what the term is."""
_VARIANTS = re.compile(r"^\d|\sor\s|\s또는\s")
"""Brackets that give a term's variants ("(lazy or decrease-key)") or open on a year or a number
("(2007 paper)"): a remark on the row, not what the term is."""
_ROW_NUMBER = re.compile(r"#|No\.?|Nº|번호|순번", re.IGNORECASE)
"""A first header over the rows' numbers ("| # | Problem | Twist |")."""
_TITLE_HEADERS = re.compile(r"(?:문제|문제 이름|제목|이름|problem|title|name)", re.IGNORECASE)
"""A column that gives a problem's title."""
_NOT_VALUE = frozenset({"", "-", "—", "n/a", "na", "none", "?", "tbd", "x", "o", "○", "×", "✓", "meh",
                        "✔", "✗", "✘", "해당 없음", "해당없음", "nothing", "nothing special",
                        "nothing in particular", "특별히 없음", "딱히 없음", "케바케", "case by case",
                        "depends", "it depends", "상황에 따라", "상황에 따라 다름", "in progress", "very",
                        "진행 중", "위와 동일", "위와 같음", "above", "적당히", "same", "ditto", "same as above",
                        "same idea", "동일", "같음", "〃"})
"""Cells that hold no value to ask for: blanks, "not applicable", "nothing special", "it
depends" ("케바케"), a state ("in progress"), a bare degree ("very"), yes/no marks, and a
pointer to the row or the text above ("위와 동일", "above", "same", "same idea")."""
_DESCRIPTION_HEADERS = re.compile(
    r"^(?:description|meaning|definition|explanation|summary|what it (?:is|does)|purpose|"
    r"details?|concept|overview|설명|의미|뜻|정의|내용|용도|개념|개요)$",
    re.IGNORECASE,
)
_NOTE_HEADERS = re.compile(r"^(?:notes?|remarks?|comments?|see also|example|examples|비고|참고|메모|예시"
                           r"|(?:체감\s*)?난이도(?:\s*체감)?)$",
                           re.IGNORECASE)
_PROBLEMS_HEADER = re.compile(r"(?:(?:대표|추천)\s*)?문제|problems?", re.IGNORECASE)
"""A column of problems to practise on ("| 대표 문제 (LeetCode) |"): a cell of their numbers
alone ("78, 90") is the writer's exercise list, no value to learn; "51 N-Queens" names one."""
_OTHER_ROWS = re.compile(r"^(?:both|neither|all of them|the rest|others|"
                         r"둘\s*다|모두|전부|없음|나머지|기타)$", re.IGNORECASE)
"""Row names that point at the table's other rows ("both", "없음"): no thing to ask about.
("None" and "All" are left: SameSite=None and log level ALL are things.)"""
_NUMERIC = re.compile(r"^[\d\s.,%$€₩+\-*/()]+$")
MAX_COLUMNS = 3
"""Wider tables hold data (salaries per level, benchmarks), not a glossary, unless their
cells are words and formulas (a sorting algorithm's average and worst case): up to two
columns more then."""


def find(note: Note) -> Iterator[Candidate]:
    """Candidates from the note's tables, definition lists and labelled lists."""
    for section in note.sections:
        for i, block in enumerate(section.blocks):
            if block.kind == "table":
                yield from _table(note, section, block, section.blocks[i - 1] if i else None)
            elif block.kind == "paragraph":
                yield from _deflist(note, section, block)
            elif block.kind == "list":
                prev = section.blocks[i - 1] if i > 0 else None
                yield from _labelled_list(note, section, block, prev, first=(i == 0))
    if note.lang == "en" or any(detect(b.text, note.lang) == "en" for s in note.sections
                                for b in s.blocks if b.kind == "paragraph"):
        from notequiz.extract.english import find_blocks

        yield from find_blocks(note)


def _cand(note: Note, section: Section, kind: str, term: str, answer: str, rule_id: str,
          line: int, text: str, as_written: bool = False, **extra: object) -> Candidate | None:
    """A candidate from a table or list; ``as_written``: the term is code, kept whole."""
    term, answer = term.strip() if as_written else clean_span(term), clean_span(answer)
    if not term or not answer or term.casefold() == answer.casefold():
        return None
    # A Korean note is asked in Korean, a Latin glossary in it too; so is a glossary under a
    # Korean heading.
    lang = note.lang if note.lang == "ko" or has_hangul(section.heading) else detect(
        f"{term} {answer} {section.heading}", note.lang)
    return Candidate(
        kind=kind,  # type: ignore[arg-type]
        term=term,
        answer=answer,
        rule=rule_id,
        lang=lang,
        source=SourceSpan(note.path, line, line, squash(text)),
        section=section.heading_path,
        **extra,  # type: ignore[arg-type]
    )


def _subject(note: Note, section: Section) -> str:
    """What a section's rows belong to: the nearest heading that names a term, or the title."""
    # (The note's H1 is its title, "Interview prep: Tries" naming Tries.)
    for heading in reversed(section.heading_path[:-1]):
        term = _named(heading)
        if term and looks_like_label(term) and not _category(term):
            return term
    title = _named(note.title)
    return title if looks_like_label(title) else ""


def _named(heading: str) -> str:
    """What a heading or title names, without the writing's label before it ("Interview prep:
    Tries" → "Tries") or a gloss in brackets after it."""
    return _bare(vocab.TITLE_LABEL.sub("", clean_term(heading)).strip())


def _bare(text: str) -> str:
    """``Deque (Double-Ended Queue)`` → ``Deque``: a gloss in brackets is not part of the name."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", text).strip() or text


def _category(heading: str) -> str | None:
    for lang in ("ko", "en"):
        m = vocab.category_regex(lang).search(heading)
        if m:
            return m.group(0)
    return None


# --- tables --------------------------------------------------------------------------


def _cell(text: str) -> str:
    """A cell as a term or value: footnote marks and HTML entities for pipes undone."""
    text = text.replace("&#124;", "|").replace("\\*", "*")
    text = re.sub(r"(?<=\S)\*+$", "", text.strip())
    return clean_span(text) if not re.match(r"^O\(", text) else text.strip()


def _table(note: Note, section: Section, block: Block,
           prev: Block | None = None) -> Iterator[Candidate]:
    rows = block.rows
    if len(rows) < 3:
        return
    header, body = [_cell(c) for c in rows[0]], rows[1:]
    width = len(header)
    if any(len(r) != width for r in body):
        return
    if _indexed(header[1:]) and _indexed([r[0] for r in body]):
        return  # "|    | k1 | k2 |" / "| q1 | 0 | -∞ |": a matrix's cells, rows and columns by index
    if _ID_HEADER.search(header[0]):
        return  # "| org_id | user_id | key |": records keyed by an id, an example's data
    # "| 항목 | Histogram | Summary |" under "## Histogram vs Summary" compares the two,
    # though "Summary" could head a column of descriptions.
    if (_ASPECTS.match(header[0]) and 3 <= width <= MAX_COLUMNS + 2
            and (all(h.casefold() in section.heading.casefold() for h in header[1:])
                 or not any(_ATTRIBUTE_HEADERS.match(h) or vocab.is_cost(h) for h in header[1:]))):
        yield from _compared(note, section, block, header, body)
        return
    if not 2 <= width <= MAX_COLUMNS and not (
            width <= MAX_COLUMNS + 2 and not _numbers(body)):
        return
    if re.fullmatch(r"[A-Za-z]", header[0]):
        return  # "| A | B | A AND B |": a variable's values (a truth table), no things
    if width >= 3 and all(_BEFORE_AFTER.fullmatch(h) for h in header[1:]):
        return  # "| 주소 | 변경 전 | 변경 후 |": what the writer's change did to each row
    if block.after_code and all(_COLUMN_NAME.fullmatch(h) for h in header) and any(
            "_" in h for h in header):
        return  # "| slot_name | slot_type | wal_status |" after a query: what it printed
    as_code = _first_cells_in_code(block, body)
    # A name written as code is taken as written: `a*` is no "a" with a footnote mark.
    names = [r[0].strip() if code else _cell(r[0]) for r, code in zip(body, as_code, strict=True)]
    if all(_CODE.match(n) for n in names):
        owner = _code_owner(header[0], body, prev)
        names = [f"{owner} {n}" for n in names] if owner else names
    if any(not n or _NUMERIC.match(n) or not looks_like_label(_GLOSS.sub(r"\g<term>", n), 8, 60)
           for n in names):
        return
    if len(set(n.casefold() for n in names)) != len(names):
        return
    if _lettered_in_turn(names) or all(vocab.LETTER_MARK.fullmatch(n) for n in names):
        return  # "| a | P1 | [1,0,0] |", "| b | …": an example's events, lettered in turn, no things;
        # "| (A) | … |", "| (B) | … |": the cases of an example above, by their marks
        # (not "| r | 4 |", "| w | 2 |": permissions)
    numbered = _ROW_NUMBER.fullmatch(header[0]) is not None and all(
        _cell(r[0]).isdigit() for r in body)
    titled = width >= 3 and _TITLE_HEADERS.fullmatch(header[1]) is not None and (
        all(PROBLEM_ID.fullmatch(n) for n in names) or numbered)
    if numbered and not titled:
        return  # "| # | 내용 | 담당 | 기한 |": rows counted, not named ("# 1의 담당은?")
    if titled:
        # "| LC 496 | Next Greater Element I | 감소 |", "| # | Problem | Twist |": a problem
        # is known by its title, and its number is no fact to learn
        names = [_cell(r[1]) for r in body]
    line = block.span.line_start
    described = any(_DESCRIPTION_HEADERS.match(h) for h in header[1:])
    # A column with one value for every row, beside the descriptions, says one
    # thing about the table (all O(1)), not one thing per row.
    constant = {col for col in range(1, width)
                if described and len({_cell(r[col]) for r in body}) == 1} | ({1} if titled else set())
    labelled = [bool(head) and _is_verb_header(head) for head in header]
    bare_headers = [END_ASIDE.sub("", head) for head in header]  # "예시 (4bit)": 예시
    subject = _subject(note, section)
    # A table of a write-up's header ("| Date | …", "| Severity | …", "| Author | …"); one
    # "| Total |" row among figures is no header.
    header_rows = vocab.heads_a_write_up(names)
    for offset, (name, row) in enumerate(zip(names, body, strict=True)):
        if _OTHER_ROWS.match(name) and not as_code[offset]:
            continue  # "| both | O(α(n)) |": the row names the rows above it, not a thing
        if header_rows and not as_code[offset]:
            continue  # "| **Date** | 2024-02-14 |", "| Severity | SEV-3 |", "| 발생 | 14:05 ~ 14:13
            # |": a write-up's header
        row_line = line + 2 + offset
        text = " | ".join(row)
        variant = "code" if as_code[offset] else ""
        # "`WithTimeout(parent, d)`": a call written as code, its arguments no gloss.
        call = as_code[offset] and re.match(r"[A-Za-z_][\w.]*\(", name) is not None
        gloss = _GLOSS.match(name) if not call else None
        term = name
        if gloss:
            term = gloss.group("term").strip()
            # "지수(exponent)" only translates its term; "Deque (Double-Ended Queue)" says more;
            # "블로킹 syscall (파일 I/O 등)" gives an example of it.
            # "merge sort (for reference)": a remark on the row, opening on a preposition;
            # "binary heap (lazy or decrease-key)", "Amazon Dynamo (2007 paper)": its variants, a
            # year
            # "FC (`BatchNorm1d`)" names the term in code (what it is called there, not what it
            # is), "GroupNorm (Wu & He, 2018)" its paper.
            if not (has_hangul(term) and not has_hangul(gloss.group("gloss"))) and not (
                    _EXAMPLES_ONLY.search(gloss.group("gloss")) or _VARIANTS.search(gloss.group("gloss"))) and (
                    gloss.group("gloss").split()[0].lower() not in P_EN.PREPOSITIONS) and not (
                    _in_code(block, offset, row[0], gloss.group("gloss"))
                    or CITATION.fullmatch(gloss.group("gloss"))):
                yield from _opt(_cand(note, section, "definition", term, gloss.group("gloss"),
                                      TABLE_DEFINITION, row_line, text))
        for col in range(1, width):
            value = _cell(row[col])
            head, bare_head = header[col], bare_headers[col]
            if (_no_value(value) or _NOTE_HEADERS.match(bare_head)
                    or (_PROBLEMS_HEADER.fullmatch(bare_head) and _NUMERIC.match(value))
                    or col in constant
                    or vocab.FIRST_PERSON_EN.search(head) or vocab.WRITER_EN.match(head)
                    or _names_itself(value, term)):
                continue  # (nor "| My take |": the writer's column)
            # Two columns of prose under a header that names what it says of each
            # row ("Succeeds when", "Use it for") give that, not a definition.
            if _DESCRIPTION_HEADERS.match(head) or (width == 2 and _prose(body, col) and not (
                    head and looks_like_label(head, 4, 30) and not _NUMERIC.match(head))):
                yield from _opt(_cand(note, section, "definition", term, value,
                                      TABLE_DEFINITION, row_line, text, as_code[offset],
                                      variant=variant))
            elif head and not _NUMERIC.match(head) and looks_like_label(head, 4, 30):
                owner, detail = term, head
                if vocab.BIG_O.match(value) and not P_EN.ACTS_WHERE.match(head):
                    # "| insert | O(L) |" under "Time": insert's time complexity; "| Space |
                    # O(n) |" under "Time" is the space complexity of what the rows belong to
                    # (under "Worst", its worst space complexity)
                    if vocab.is_cost(term):
                        owner, detail = subject, vocab.cost_asked(term.casefold(), note.lang)
                        if not vocab.is_cost(head):
                            detail = f"{head} {detail}"
                    else:
                        detail = vocab.cost_asked(head, note.lang)
                    if not owner:
                        continue
                yield from _opt(_cand(note, section, "property", f"{owner} {detail}", value,
                                      TABLE_PROPERTY, row_line, text, as_code[offset],
                                      detail=detail,
                                      variant="label" if labelled[col] else "detail"))
    heading = clean_term(section.heading)
    category = _category(heading) if heading else None
    if (category and subject and heading.lower() == category.lower() and 2 <= len(names) <= 12
            and not _EXAMPLES.match(category)):  # (a table under "## 예시" is worked data)
        items = tuple(_GLOSS.sub(r"\g<term>", n) for n in names)
        yield from _opt(_cand(note, section, "list", f"{subject} {heading.lower()}",
                              "; ".join(items), TABLE_LIST, line, block.text, items=items,
                              detail=heading.lower(), variant="detail"))


_EXAMPLES = re.compile(r"^(?:예시|예제|examples?)$", re.IGNORECASE)
_ASPECTS = re.compile(r"^(?:|구분|비교|비교\s*항목|항목|특징|기준|feature|aspect|property|criteria|"
                      r"criterion|vs\.?)$", re.IGNORECASE)
"""The first header cell of a table that compares its columns: ``| 구분 | B-Tree | Hash |``."""

_ATTRIBUTE_HEADERS = re.compile(
    _DESCRIPTION_HEADERS.pattern[:-2] + r"|notes?|remarks?|examples?|default|defaults|type|"
    r"value|values|unit|dtype|비고|참고|메모|예시|예|기본값|타입|크기|(?:보통\s*)?값|단위)$",
    re.IGNORECASE)
"""Header cells that name what a column says of each row (설명, Default), not a thing
compared: ``| 항목 | 설명 | 예시 |`` or ``| 항목 | 보통 값 | 메모 |`` is a glossary, not a
comparison."""


def _in_code(block: Block, offset: int, cell: str, part: str) -> bool:
    """Whether ``part`` of row ``offset``'s first ``cell`` (the whole cell, or its gloss: "FC
    (`BatchNorm1d`)") is one piece of code."""
    at = cell.rfind(part)
    start = block.line_map[offset + 1][0] + at if offset + 1 < len(block.line_map) else -1
    return at >= 0 and start >= 0 and (start, start + len(part)) in block.code


def _indexed(names: Sequence[str]) -> bool:
    """Whether ``names`` are letters with the indices 1, 2, 3 … in turn ("q1", "q2", "q3"): the
    rows or columns of a matrix, not things."""
    found = [_INDEX.fullmatch(_cell(n)) for n in names]
    return len(names) >= 2 and all(found) and [
        int(m.group(2)) for m in found if m] == list(range(1, len(names) + 1))


_INDEX = re.compile(r"([A-Za-z])_?(\d+)")
_ID_HEADER = re.compile(r"(?:^|[_\s])id$", re.IGNORECASE)
"""A first column of ids ("org_id", "User ID"): its rows are records, no terms."""


def _lettered_in_turn(names: list[str]) -> bool:
    """Whether ``names`` are lettered in turn: the letters a, b, c … alone ("| a | P1 | …", an
    example's events) or one name with A, B, C … ("master-A", "master-B", "master-C": an
    example's actors). Either way, no things to learn about."""
    if not names:
        return True  # (no rows: nothing to learn either)
    stem = names[0][:-1]
    if stem and (len(stem) < 2 or len(names) < 2):
        return False
    first = ord("A") if stem else ord("a")
    return all(n[:-1] == stem and n[-1] == chr(first + i) for i, n in enumerate(names))


def _first_cells_in_code(block: Block, body: tuple[tuple[str, ...], ...]) -> list[bool]:
    """For each row of ``body``, whether its first cell is written as code (`justify-content`,
    `__Host-`): a name, taken as written."""
    return [_in_code(block, offset, row[0], row[0]) for offset, row in enumerate(body)]


def _compared(note: Note, section: Section, block: Block, header: list[str],
              body: tuple[tuple[str, ...], ...]) -> Iterator[Candidate]:
    """A table whose columns are the things compared and whose rows are aspects:
    each cell is that thing's value of that aspect (``B-Tree``'s 시간 복잡도)."""
    things = header[1:]
    if any(not t or not looks_like_label(t, 8, 60) for t in things) or all(
            _BEFORE_AFTER.fullmatch(t) for t in things):
        return  # (nor "| | Before | After |": the writer's result, no things compared)
    line = block.span.line_start
    for offset, (row, code) in enumerate(zip(body, _first_cells_in_code(block, body), strict=True)):
        aspect = row[0].strip() if code else _cell(row[0])
        if not aspect or _NUMERIC.match(aspect) or not looks_like_label(aspect, 4, 30) or (
                vocab.FIRST_PERSON_EN.search(aspect) or vocab.WRITER_EN.match(aspect)):
            continue  # (nor "| My default |": the writer's row, as "| My take |" is a column)
        for col, thing in enumerate(things, 1):
            value = _cell(row[col])
            if _no_value(value) or _names_itself(value, thing):
                continue
            yield from _opt(_cand(note, section, "property", f"{thing} {aspect}", value,
                                  TABLE_PROPERTY, line + 2 + offset, " | ".join(row),
                                  as_written=code, detail=aspect, variant="detail"))


_WRITERS_VALUE = re.compile(r"(?:IMO|IMHO|I)\s")
"""A cell that opens in the writer's voice ("IMO easier to get right", "I always mess up …"; not a
unit's "me" in "… don't start it for me")."""


def _no_value(value: str) -> bool:
    """Whether a cell holds no value to learn: none at all (``_NOT_VALUE``: "-", "n/a", "o") or
    the writer's own (``_WRITERS_VALUE``)."""
    return value.lower() in _NOT_VALUE or _WRITERS_VALUE.match(value) is not None


def _names_itself(value: str, thing: str) -> bool:
    """Whether a cell only names its own row or column again, alone or by its place in a
    library ("torch.optim.AdamW" for "AdamW", "torch.optim.Adam" for "Adam (+ weight_decay)"),
    or a part of its name ("LRU(Least Recently Used)" for "allkeys-lru")."""
    words = thing.split("(")[0].split()
    last = re.split(r"[./:]+", value.strip("`() "))[-1]
    if not words:
        return False
    bare = value.split("(")[0].strip("` ").casefold()
    return last.casefold() == words[0].strip("`").casefold() or (
        len(bare) > 1 and bare in re.split(r"[-_./]+", words[0].strip("`").casefold()))


_BEFORE_AFTER = re.compile(r"before|after|(?:변경|개선|적용)?\s*(?:전|후)|이전|이후", re.IGNORECASE)
"""The columns of a result: the same thing before and after a change."""

_CODE = re.compile(r"^[+-]?\d{1,4}$")
"""A row named by a number that may be a code: ``0``, ``00``, ``404``, ``-1000``."""
_QUANTITY = re.compile(r"(?:^|\s)(?:수|개수|크기|길이|횟수|count|number|size|length|rate|"
                       r"servers|nodes|replicas|n|x)$", re.IGNORECASE)
"""A first header that counts or measures ("파티션 수", "Length"): its rows are inputs of
a function (how many, how long), not codes with a meaning."""
_GENERIC_HEAD = re.compile(r"^(?:값|코드|번호|value|values|code|codes)$", re.IGNORECASE)
_CODE_INTRO_TAIL = re.compile(r"(?:\s*[^\s:]+)?\s*:")
"""What follows the code that ends a paragraph naming the setting a table's values are
of: "`vm.overcommit_memory` 값:", "Controlled by `vm.overcommit_memory`:"."""


_COLUMN_NAME = re.compile(r"[a-z][a-z0-9_]*")
"""A header that is a column's name in code ("slot_name", "n_dead_tup"): over rows that a
query or a command printed, when right after it."""


def _code_owner(head: str, body: tuple[tuple[str, ...], ...], prev: Block | None) -> str:
    """What a table's numbered rows are codes of ("fd" for ``| fd | Name |``, "`vm.overcommit_memory`
    값" after that line), or ``""`` when its rows are a function's inputs.

    The rows are codes when some column says something in words of each
    (``| 0 | stdin |``, not ``| 3 | 2 |``) and the first header names no quantity.
    """
    head = re.sub(r"\s*\([^()]*\)", "", head).strip()
    if not head or _QUANTITY.search(head) or not any(
            all(re.search(r"[^\W\d_]{2,}", r[col]) for r in body) for col in range(1, len(body[0]))):
        return ""
    text = prev.text.rstrip() if prev is not None and prev.kind == "paragraph" else ""
    if prev is not None and prev.code and _CODE_INTRO_TAIL.fullmatch(text, prev.code[-1][1]):
        named = clean_term(text[prev.code[-1][0] :].rstrip(":"))
        return named if head.casefold() in named.casefold() else f"{named} {head}"
    return "" if _GENERIC_HEAD.match(head) else head


def _is_verb_header(head: str) -> bool:
    """True when a header says what each row does ("Allows bursts", "Runs") or asks
    ("언제 쓰나"): asked as a label ("Token bucket — allows bursts?", "라운드 로빈 — 언제
    쓰나?"), not as "the allows bursts of" or "라운드 로빈의 언제 쓰나는"."""
    if _ASKS_KO.search(head):
        return True
    first = head.split()[0]
    if not first.isascii() or not first.isalpha():
        return False
    from notequiz.extract.patterns_en import is_third_person

    return is_third_person(first)


_ASKS_KO = re.compile(r"^(?:언제|어디|왜|무엇|뭘|어떤|어떻게)|[가-힣](?:나|까|는가|는지)\??$")


def _numbers(body: tuple[tuple[str, ...], ...]) -> bool:
    """True when a table's values are mostly numbers ($191,000; 12.5%): data."""
    cells = [_cell(c) for row in body for c in row[1:]]
    return sum(bool(_NUMERIC.match(c)) for c in cells) * 2 >= len(cells)


def _prose(body: tuple[tuple[str, ...], ...], col: int) -> bool:
    """True when a column reads as descriptions (several words a cell on average)."""
    words = [len(re.findall(r"[^\W\d_]{2,}", r[col])) for r in body]
    return sum(words) / max(len(words), 1) >= 3


# --- definition lists ------------------------------------------------------------------


def _deflist(note: Note, section: Section, block: Block) -> Iterator[Candidate]:
    lines = block.text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for i in range(1, len(lines)):
        m = _DEFLIST_LINE.match(lines[i])
        term = clean_term(lines[i - 1])
        if not m or not term or _DEFLIST_LINE.match(lines[i - 1]) or not looks_like_label(term):
            continue
        answer = clean_span(m.group("rest"))
        yield from _opt(_cand(note, section, "definition", term, answer, DEFLIST_COLON,
                              block.line_at(starts[i]), f"{lines[i - 1]} {lines[i]}"))


def _labelled(item: ListItem) -> tuple[str, str] | None:
    """``(label, description)`` of an item written ``Label - description`` or ``Label: …``."""
    first = squash(item.text)
    bold_label = bool(item.bold) and item.bold[0][0] == 0
    for pattern in (_DASH_ITEM, _COLON_ITEM):
        m = pattern.match(first)
        if not m:
            continue
        if pattern is _DASH_ITEM and subtracts(m.group("label"), m.group("rest")):
            continue  # "writes survive N - W unavailable nodes": a difference, no label
        label = clean_term(re.sub(r"\s*\([^()]*\)", "", m.group("label")))
        if pattern is _COLON_ITEM and not bold_label:
            continue  # "Note: …" lines are too common to read as labels without bold
        if label and looks_like_label(label, 7, 50) and "](" not in label:
            return label, m.group("rest").strip()
    return None


def _labelled_list(note: Note, section: Section, block: Block, prev: Block | None,
                   first: bool) -> Iterator[Candidate]:
    items = block.items
    if len(items) < 2:
        return
    pairs = [_labelled(item) for item in items]
    if not all(pairs):
        return
    labels = [p[0] for p in pairs if p]
    if vocab.heads_a_write_up(labels):
        return  # "- **Date**: … - **Author**: … - **Status**: …": a write-up's header, no list
    descs = [p[1] for p in pairs if p]
    heading = clean_term(section.heading)
    if heading.lower() in vocab.SKIP_HEADINGS or vocab.QUESTION_HEADING.search(heading):
        heading = ""  # ("## What v7 changes": no name for the list)
    groups = [_group(d) for d in descs]
    if all(groups) and heading:
        for item, label, group in zip(items, labels, groups, strict=True):
            assert group
            term = f"{label} {_lower_heading(heading)}"
            yield from _opt(_cand(note, section, "list", term, "; ".join(group),
                                  DEFLIST_GROUPS, item.line, item.text, items=group))
        return
    if len(labels) > 12:
        return
    intro_term = ""
    if prev is not None and prev.kind == "paragraph" and detect(prev.text, note.lang) == "en":
        from notequiz.extract.english import list_intro

        sentences = re.split(r"(?<=[.!?])\s+", squash(prev.text))
        for sentence in sentences:
            intro_term = list_intro(sentence.rstrip(".:"))
            if intro_term:
                break
    line = block.span.line_start
    if intro_term:
        yield from _opt(_cand(note, section, "list", intro_term, "; ".join(labels),
                              DEFLIST_TERMS, line, block.text, items=tuple(labels)))
        return
    if not first and not (prev is not None and prev.kind == "paragraph"):
        return
    named = _NAMES_ITS_LIST.match(squash(prev.text)) if prev is not None and prev.kind == "paragraph" else None
    if named and named.group(1).casefold() not in heading.casefold():
        return  # "## Downsides" / "Alternatives worth knowing by name:": the line names the list
    if not heading or _structure_lists(items, heading):
        return
    category = _category(heading)
    subject = _subject(note, section)
    if category and subject and heading.lower() == category.lower():
        yield from _opt(_cand(note, section, "list", f"{subject} {heading}",
                              "; ".join(labels), DEFLIST_TERMS, line, block.text,
                              items=tuple(labels), detail=heading, variant="detail"))
    elif re.search(r"[^su]s$|[^su]s/\w+$|\w+/\w+[^su]s$", heading.split()[-1].lower()):
        # "## Misc bonuses/perks": a plural heading names what its items are.
        yield from _opt(_cand(note, section, "list", heading, "; ".join(labels),
                              DEFLIST_TERMS, line, block.text, items=tuple(labels)))


_NAMES_ITS_LIST = re.compile(r"([A-Z][a-z]+s)\b[^.!?:：]*[:：]$")
"""A list's own intro that opens on a plural noun ("Alternatives worth knowing by name:"): it, not the
heading, names what the items are (not "From weakest to strongest:")."""


def _structure_lists(items: tuple[ListItem, ...], heading: str) -> bool:
    """True when ``structure``'s list rules already read these items (``Label: …`` lines)."""
    colon = all(_COLON_ITEM.match(squash(item.text)) for item in items)
    return colon and _category(heading) is not None


def _group(desc: str) -> tuple[str, ...] | None:
    """``Breadth-first Search, Depth-first Search`` → the names, when that is all it is."""
    first = re.split(r"(?<=[.!?])\s+", desc.strip())[0].rstrip(".")
    parts = [clean_span(p) for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", first)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p.split()) > 4 or not p[:1].isupper() for p in parts):
        return None
    return tuple(parts)


def _lower_heading(heading: str) -> str:
    words = heading.split()
    if words and words[0][:1].isupper() and words[0][1:].islower():
        return heading[:1].lower() + heading[1:]
    return heading


def _opt(cand: Candidate | None) -> Iterator[Candidate]:
    if cand is not None:
        yield cand
