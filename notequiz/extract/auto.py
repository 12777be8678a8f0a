"""Automatic extraction: Markdown-shape rules, then per-language sentence rules.

The note is cut into text units (paragraphs, quotes, list items and what is
nested under them); each unit goes to the rules of its own language, chosen
by the share of Hangul words, so an English paragraph in a Korean note is
read by the English rules.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterator, Sequence

from notequiz.analyze.morphemes import kiwi_input
from notequiz.extract import glossary, structure
from notequiz.extract import vocabulary as vocab
from notequiz.extract.korean import KoreanRules, Unit, nominal_ending
from notequiz.extract.text import END_ASIDE, TASK_BOX, clean_term
from notequiz.lang import detect, has_hangul
from notequiz.model import Block, Candidate, ListItem, Note, Section


@functools.cache
def _korean_rules() -> KoreanRules:
    return KoreanRules()


@dataclasses.dataclass(frozen=True, slots=True)
class Reading:
    """What ``find`` reads of a note before any rule runs: its prose, nothing analysed."""

    note: Note
    """The note, without the blocks marked by hand."""
    found: tuple[tuple[Unit, str, int], ...]
    """``_units``' units of prose."""
    korean: tuple[str, ...]
    """The Korean texts the rules will ask Kiwi about, in note order."""
    masks: tuple[tuple[str, str], ...] = ()
    """Those of ``korean`` whose inline code Kiwi reads masked, with what it reads
    (``morphemes.kiwi_input``)."""


def read(note: Note, skip: set[int]) -> Reading:
    """The note's units of prose and their Korean texts (``skip``: ids of hand-marked blocks)."""
    # Blocks the user marked by hand are theirs: no rule reads them again. Nor is a
    # worked example ("문서가 세 개 있다고 하자." then its documents) anything to learn.
    title = _title_heading(note)
    skip = skip | {id(b) for s in note.sections for b in structure.illustrations(s.blocks)} | {
        id(b) for s in note.sections for b in _no_facts(s, title)}
    # Nor is a task ("- [ ] 클라우드에서는 DHCP가 어떻게 동작?", "- [x] Library chart: …"): what
    # the writer has to do, ask or check, and has done. A list of tasks stays, empty: the
    # paragraph after it is still not the first under its heading.
    tasked = {id(b): kept for s in note.sections for b in s.blocks
              if b.kind == "list" and (kept := _without_tasks(b.items)) is not b.items}
    if skip or tasked:
        note = dataclasses.replace(note, sections=tuple(
            dataclasses.replace(s, blocks=tuple(
                dataclasses.replace(b, items=tasked[id(b)]) if id(b) in tasked else b
                for b in s.blocks if id(b) not in skip))
            for s in note.sections
        ))
    found = tuple(_units(note, skip))
    korean = tuple(piece for unit, lang, _ in found if lang == "ko" for piece in pieces(unit))
    masks = tuple((p.text, given) for p in korean
                  if p.code and (given := kiwi_input(p.text, p.code)) is not p.text)
    return Reading(note, found, tuple(p.text for p in korean), masks)


def _without_tasks(items: tuple[ListItem, ...]) -> tuple[ListItem, ...]:
    """``items`` without the tasks among them, at any depth (the same tuple if none is)."""
    kept = []
    for item in items:
        if TASK_BOX.match(item.text):
            continue
        children = _without_tasks(item.children)
        kept.append(item if children is item.children else dataclasses.replace(
            item, children=children))
    return items if len(kept) == len(items) and all(
        a is b for a, b in zip(kept, items, strict=True)) else tuple(kept)


def _no_facts(section: Section, title: str) -> Iterator[Block]:
    """The blocks of ``section`` that say where to read more, what the writer has still to
    do or what happened when: all of them under "## 참고", "## TODO", a numbered exercise
    ("## 퀴즈 1") or a heading in the writer's own voice ("## 우리 팀 결정"), a list after
    "Links:", "읽을거리" or the writer's own ("우리 팀 최종 결정:"), and a log (``_is_log``).
    ``title`` is the note's title heading (``_title_heading``)."""
    # A title in the writer's voice ("# CSS Grid vs Flexbox — when do I use which", "# 내가
    # 정리한 Rust 소유권") names what the whole note answers: it holds facts as any title does.
    path = section.heading_path
    titled = bool(title) and bool(path) and path[0] == title
    if (titled and _no_fact_title(title)) or any(_no_fact_heading(h) for h in path[titled:]):
        yield from section.blocks
        return
    before: Block | None = None
    for block in section.blocks:
        intro = before.text.strip().rstrip(":：") if before is not None else ""
        if (block.kind == "list" and before is not None and before.kind == "paragraph"
                and (vocab.holds_no_facts(intro) or vocab.is_writers_own_label(intro))):
            yield before  # "**Questions for office hours**" is no label of the block after the list
            yield block
        elif _is_log(block):
            yield block
        before = block


def _no_fact_heading(heading: str) -> bool:
    """Whether a section under ``heading`` holds no fact to learn (see ``_no_facts``)."""
    term = clean_term(heading)
    return bool(_no_fact_title(heading) or vocab.FIRST_PERSON_KO.match(term + " ")
                or vocab.WRITERS_CHOICE_EN.search(term) or vocab.WRITERS_CHOICE_KO.search(term))


def _no_fact_title(heading: str) -> bool:
    """Whether a note titled ``heading`` holds no fact to learn: a title of references, to-dos
    or an exercise ("# 읽을거리", "# 퀴즈 1")."""
    return bool(vocab.holds_no_facts(clean_term(heading)) or vocab.EXERCISE_HEADING.match(heading.strip()))


def _title_heading(note: Note) -> str:
    """The note's first heading when it is an H1 (the note's own title), else ""."""
    first = next((s for s in note.sections if s.level), None)
    return first.heading if first is not None and first.level == 1 else ""


def _is_log(block: Block) -> bool:
    """Whether ``block`` is a log: a list whose items, or a table whose rows, all open with
    a time ("- **14:02** … 실행 → 1초 초과", "| 14:09 | DB p99 …|", "| 08-19 ~ 08-20 | …|",
    "| +1 week | …|")."""
    if block.kind == "list":
        firsts = [item.text for item in block.items]
    elif block.kind == "table":
        firsts = [row[0] for row in block.rows[1:] if row]
    else:
        return False
    return len(firsts) >= 2 and all(_WHEN.match(text) for text in firsts)


# A day with its year ("2024-08-19") or without ("08-19", "5/17"; not "3.8", a version),
# and its weekday or not ("5/17(금)").
_DAY = r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-/]\d{1,2})(?:\s*\([^()]{1,4}\))?"
_WHEN = re.compile(
    rf"(?:(?:{_DAY}\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[~–-]\s*(?:\d{{1,2}}:\d{{2}})?)?"
    rf"|{_DAY}\s*[~–]\s*(?:{_DAY}|\d{{1,2}})"
    r"|[+＋]\s?\d+\s*(?:min(?:ute)?s?|h(?:ours?)?|days?|weeks?|months?|분|시간|일|주)"
    r"|[DT]\s?[+-]\s?\d+[a-z]?"
    rf"|{_DAY}(?:\s+(?:오전|오후|새벽|저녁|밤|AM|PM|morning|afternoon|evening|night))?$)(?:\s|$)",
    re.IGNORECASE)
"""A time opening a line: a clock time or a span of them, a day before it or not ("14:02",
"14:02~14:03", "14:06~", "5/17(금) 17:02", "08-19 10:10"), a span of days ("08-19 ~ 08-20",
"05-15~19")
a time since the start ("+1 week", "D+2"), or a day alone, or with a part of it ("07-15 (월)",
"07-18 (목) 오전")."""


def find(reading: Reading) -> Iterator[Candidate]:
    """Candidates from the note's unmarked text, as ``read`` found it; none about the people the
    note lists as there ("참석: 민수, 지현", "attendees: me, Priya"; ``_about_people``)."""
    people = _people(reading.note)
    for found in _find(reading):
        if not people or not _about_people(found, people):
            yield found


def _about_people(found: Candidate, people: frozenset[str]) -> bool:
    """Whether a candidate tells what one of ``people`` did: its term is one of them ("민수의
    특징은? -> 플로이드로 풀었음", "지현(정답 풀이)은 무엇인가?"), its items are only them ("태윤;
    민수; 지현(정답 풀이)": who did what, no steps), or its answer opens with one of them as its
    subject ("민수가 알려줌.")."""
    said = _SAID_BY.match(found.answer)
    return (_person(found.term) in people
            or (bool(found.items) and all(_person(item) in people for item in found.items))
            or (said is not None and said.group(1).casefold() in people))


def _person(name: str) -> str:
    """``name`` as the roster has it: its aside apart, casefolded."""
    return END_ASIDE.sub("", name).strip().casefold()


def _people(note: Note) -> frozenset[str]:
    """The names on the note's roster lines ("- 참석: 민수, 지현, 태훈, 나 (4명)"), casefolded."""
    names: set[str] = set()
    for section in note.sections:
        for block in section.blocks:
            lines = block.text.split("\n") if block.kind == "paragraph" else [
                item.text.split("\n")[0] for item in block.items]
            for line in lines:
                label, rest = structure.label_and_rest(line)
                if label.casefold() in vocab.ROSTER_LABELS:
                    names.update(n for part in _ROSTER_SPLIT.split(rest) if (n := _person(part)))
    return frozenset(names)


_ROSTER_SPLIT = re.compile(r"[,/]|\sand\s")
_SAID_BY = re.compile(r"(\S+?)(?:이|가)\s")
"""The subject of an answer that opens on one ("민수가 알려줌. …"): who did it, when the roster
names them."""


def _find(reading: Reading) -> Iterator[Candidate]:
    note = reading.note
    korean = reading.korean
    if korean:
        from notequiz.analyze.morphemes import prefetch

        # Kiwi reads the note's Korean prose in one call before any rule asks
        # for it: about a sixth less of its time than a call per text.
        prefetch(korean, reading.masks)
    try:
        yield from structure.find(note)
        yield from glossary.find(note)
        for whole, lang in _carry(reading.found, note.lang):
            for unit in pieces(whole):
                if lang == "ko":
                    yield from _korean_rules().find(unit)
                else:
                    from notequiz.extract.english import find_english

                    yield from find_english(unit)
    finally:
        if korean:
            prefetch(())  # the note's analyses and Docs are done with


MAX_UNIT = 20_000
"""Prose longer than this (in characters) is read in pieces of at most this size.

No real paragraph comes near it (the longest in the corpus is under 1,000),
but a note can hold a line of several megabytes: in pieces it costs time in
proportion to its length, and never exceeds what spaCy accepts in one text.
"""

_PIECE_END = re.compile(r"[.!?。]\s+|\n|\s+")


def pieces(unit: Unit) -> Iterator[Unit]:
    """``unit`` itself, or for a very long one, pieces cut at a sentence end, line or space."""
    text = unit.text
    if len(text) <= MAX_UNIT:
        yield unit
        return
    start = 0
    while start < len(text):
        end = start + MAX_UNIT
        if end < len(text):
            # The last sentence end in the second half of the window, else the
            # last line break, else the last space, else a hard cut.
            window = text[start + MAX_UNIT // 2 : end]
            cuts: dict[int, int] = {}
            for m in _PIECE_END.finditer(window):
                kind = 0 if m.group()[0] in ".!?。" else 1 if m.group() == "\n" else 2
                cuts[kind] = m.end()
            if cuts:
                end = start + MAX_UNIT // 2 + cuts[min(cuts)]
        end = min(end, len(text))
        code = tuple((a - start, b - start) for a, b in unit.code if start <= a and b <= end)
        yield dataclasses.replace(unit, text=text[start:end], line_of=_shifted(unit.line_of, start),
                                  code=code)
        start = end


def _shifted(line_of: Callable[[int], int], shift: int) -> Callable[[int], int]:
    def at(offset: int) -> int:
        return int(line_of(shift + offset))

    return at


def units(note: Note, skip: set[int]) -> Iterator[tuple[Unit, str]]:
    """Every run of prose in the note, with the language of its rules."""
    return _carry(list(_units(note, skip)), note.lang)


def _carry(found: Sequence[tuple[Unit, str, int]], note_lang: str) -> Iterator[tuple[Unit, str]]:
    """The units of ``_units``, each paragraph's heading term kept only while it carries.

    Paragraphs continue the heading until one names a topic of its own; after
    that they have moved on. A quoted original in another language ("A class
    should have one…") moves nothing. This is the one step that analyses
    text, so it runs as the units are read, after the note's prefetch.
    """
    moved: set[int] = set()
    for unit, lang, chain in found:
        if chain >= 0:
            if chain in moved:
                unit = dataclasses.replace(unit, carried="")
            elif _moves_on(unit.text, note_lang):
                moved.add(chain)
        yield unit, lang


def _units(note: Note, skip: set[int]) -> Iterator[tuple[Unit, str, int]]:
    """Every run of prose in the note: ``(unit, language, chain)``, nothing analysed.

    A paragraph that may carry its heading's term has the number of its
    heading's run of paragraphs as ``chain`` (``-1`` for every other unit);
    ``_carry`` drops the term once a paragraph of the chain moves on.
    """
    note_subject = structure.note_term(note)
    chain = -1
    for index, section in enumerate(note.sections):
        subject = _section_subject(note, index, note_subject)
        comparison = any(vocab.COMPARISON_HEADING.search(h) for h in section.heading_path[-1:])
        # Statements with no topic of their own, under a heading that names a
        # term, are about that term.
        heading = clean_term(section.heading)
        versus = bool(vocab.VERSUS.search(heading)) and not _LIST_OR_QUESTION.search(heading)
        carried = heading if structure.names_term(heading) or versus else ""
        category = ""
        parts = structure.split_category(heading) if heading else None
        if parts and not carried:
            # Under "## 특징" every statement is a 특징 of what the note is about.
            carried, category = parts[0] or subject, parts[1]
        chain += 1
        before: Block | None = None
        for block in section.blocks:
            if block.after_break:
                carried = category = ""  # past a "---", the heading's term no longer carries
            if id(block) in skip or block.kind == "table" or block.is_navigation:
                before = None
                continue
            if (block.kind == "paragraph" and not _is_label_only(block.text)
                    and not structure.starts_with_arrow(block.text) and not _writers_own(
                        structure.label_and_rest(structure.first_line(block.text), block.code)[0])):
                unit, lang = _unit(note, section, block.text, block.line_at, subject, comparison,
                                   carried, category, block.code)
                # (Once nothing is carried, there is nothing to ask about.)
                yield _after(unit, before), lang, chain if carried and not category else -1
                before = block
            else:
                before = None
            if block.kind == "list":
                # The items of a numbered procedure are its steps (a steps card);
                # read as statements they would only repeat it piecemeal.
                steps = bool(block.items) and block.items[0].ordered and vocab.is_process(
                    section.heading)
                for item in block.items:
                    if not steps:
                        for unit, lang in _item_units(note, section, item, subject, comparison):
                            yield unit, lang, -1
                    for child in _walk(item.children):
                        for unit, lang in _item_units(note, section, child, subject, comparison):
                            yield unit, lang, -1


def _unit(note: Note, section: Section, text: str, line_of: Callable[[int], int],
          subject: str, comparison: bool, carried: str = "", category: str = "",
          code: tuple[tuple[int, int], ...] = ()) -> tuple[Unit, str]:
    unit = Unit(text, note.path, section.heading_path, line_of, subject, comparison, carried,
                category, code=code)
    return unit, detect(text, default=note.lang)


def _writers_own(label: str) -> bool:
    """Whether a paragraph or an item that opens on ``label`` is the writer's own or their to-do
    ("> 실무 경험: …", "- 개인 의견: …", "- TODO: …"): none of it is read."""
    return bool(label) and (vocab.is_writers_own_label(label) or vocab.is_to_do(label))


def _item_units(note: Note, section: Section, item: ListItem, subject: str,
                comparison: bool) -> Iterator[tuple[Unit, str]]:
    label, body = structure.item_label(item)
    separated = False
    if not label:
        label, body = structure.label_and_rest(structure.first_line(item.text), item.code)
        separated = bool(label)
    if _writers_own(label):
        return  # "- **What:** ~3% of transfers failed", "- 개인 의견: …": the writer's own; "- TODO:
        # practice LC 787 (…, where plain Dijkstra is a trap)": what they will do
    if structure.ANSWER_MARK.match(item.text):
        return  # "- Q. …?" / "  - A. …": the question's card (``structure.ASKED``) says it
    if label and (vocab.is_no_term_label(label)
                  or structure.is_dimension_label(label, section.heading)):
        label = ""  # "- 첫 글자: 파일 종류", "- 주의할 점: …", "- 성능: …": no term to carry

    def at_item(_offset: int) -> int:
        return item.line

    setting = bool(body) and has_hangul(label) and structure.a_setting(item.text, item.text.find(body), item.code)
    if setting:
        body = ""  # "- 임베딩: `all-MiniLM-L6-v2` (영어 위주 모델)": a setting's value, nothing stated
    if body:
        at = item.text.find(body)
        code = tuple((a - at, b - at) for a, b in item.code
                     if at >= 0 and at <= a and b <= at + len(body))
        unit = Unit(body, note.path, section.heading_path, at_item, subject, comparison, label,
                    sticky=True, separated=separated, code=code)
        yield unit, detect(body, default=note.lang)
    elif len(item.text) > 12 and not _is_label_only(item.text) and not setting:
        yield _unit(note, section, item.text, at_item, subject, comparison, code=item.code)
    before: Block | None = None
    for block in item.blocks:
        if block.kind == "paragraph":
            unit = Unit(block.text, note.path, section.heading_path, block.line_at, subject,
                        comparison, label, sticky=bool(label), code=block.code)
            yield _after(unit, before), detect(block.text, default=note.lang)
        before = block if block.kind == "paragraph" else None


def _after(unit: Unit, before: Block | None) -> Unit:
    """``unit`` knowing the prose paragraph right before it (for links across the break)."""
    if before is None or not before.text.strip():
        return unit
    return dataclasses.replace(unit, before=before.text,
                               before_line=before.line_at(max(len(before.text) - 1, 0)))


_LIST_OR_QUESTION = re.compile(r"[,?？]")
_STATEMENT_END = re.compile(r"[다요][.!]?$|[.!?]$")


def _moves_on(text: str, note_lang: str) -> bool:
    """True when a paragraph ends what its heading was about.

    A Korean paragraph moves on when it names a topic of its own; fragments
    with none ("동시 접근 시 … 나타남") keep describing the heading's term, and
    a quoted original in another language ("A class should have one …")
    changes nothing. Elsewhere, only the first paragraph continues a heading.
    """
    lang = detect(text, default=note_lang)
    if lang != note_lang:
        return False
    if lang != "ko":
        return True
    from notequiz.extract.korean import sentence_topic

    return bool(sentence_topic(text))


def _is_label_only(text: str) -> bool:
    """A short line with no sentence ending: a caption or list intro, not a statement."""
    text = text.strip()
    if "\n" in text or len(text.split()) > 6 or _STATEMENT_END.search(text):
        return False
    # A noun form in -ㅁ (나타남, 가능함, 구성됨) ends a note-style statement; 점 after a
    # modifier ("주의할 점") is a noun.
    return not nominal_ending(text) or bool(vocab.POINT_LABEL_KO.search(text))


def _walk(items: tuple[ListItem, ...]) -> Iterator[ListItem]:
    for item in items:
        yield item
        yield from _walk(item.children)


def _section_subject(note: Note, index: int, note_subject: str) -> str:
    """What a section is about: ``생성형 AI`` for ``생성형 AI의 장단점``."""
    for heading in reversed(note.sections[index].heading_path):
        parts = structure.split_category(heading)
        if parts and parts[0]:
            return parts[0]
        if parts is None:
            break
    return note_subject
