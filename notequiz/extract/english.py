"""English sentence rules on a spaCy ``Doc`` (blank pipeline, or a trained one when set).

A statement of fact in English mostly takes the shape *subject + predicate*:
``A Bloom filter is a …``, ``Latency refers to …``, ``The Map object holds
…``. Each sentence is cut into clauses (at ``;`` and dashes); in each clause
the first predicate found by the ``Matcher`` patterns of ``patterns_en``
decides the rule, and the words before it are the subject — checked to be a
noun phrase, not a pronoun or a subordinate clause. Named terms, acronyms,
conditions, comparisons, inline lists and prose steps are read off the
sentence text with the regular expressions of the same module.

Answers are spans of the note, trimmed to the studied part: the predicate
after the copula, cut before a non-restrictive clause (``, which …``) or an
aside. ``Doc`` objects never leave this module.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from notequiz.extract import patterns_en as P
from notequiz.extract.korean import Unit
from notequiz.extract.text import clean_span, clean_term, initials_match, is_acronym, squash
from notequiz.extract.text import looks_like_label as _looks_like_label
from notequiz.lang import detect
from notequiz.model import Block, Candidate, ListItem, Note, Section, SourceSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_ANSWER = 150
"""Answers are cut at a natural boundary (a comma, ``and``) to stay under this length."""

_STOP = frozenset({
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "from", "at",
    "as", "is", "are", "be", "that", "this", "these", "those", "it", "its", "into", "than",
})
_SUBORDINATORS = frozenset({
    "if", "when", "while", "because", "although", "though", "as", "since", "unless", "until",
    "whether", "how", "why", "where", "what", "who", "which", "to", "and", "or", "but", "so",
    "then", "let's", "let", "once", "whenever", "during", "after", "before", "instead",
    "not", "no", "just", "only", "even", "also", "however", "for", "in", "on", "at", "with",
    "from", "by", "of", "like", "unlike", "whereas", "here", "there", "now", "please",
})
_PERSONAL = frozenset({"you", "we", "i", "they", "it", "he", "she", "them", "us", "me",
                       "you'll", "we'll", "i'm", "we're", "you're", "it's", "let's"})
_GENERIC_HEADS = frozenset({
    "solution", "algorithm", "approach", "implementation", "method", "code", "program",
    "example", "figure", "image", "section", "article", "post", "note", "page", "formula",
    "way", "thing", "idea", "result", "case", "one", "part", "values", "value",
})
"""Head nouns that point back to whatever the passage is about, not to a term of their own."""
_ENDING_STOP = frozenset({
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "by", "from", "at",
    "that", "than", "as", "into", "not", "very", "more", "most",
})
_PAREN = re.compile(r"\s*\([^()]*\)")
_LABEL_DASH = re.compile(r"^(?P<label>[^\n:–—]{1,60}?)\s+[-–—]\s+(?P<rest>\S.*)$", re.DOTALL)
_LABEL_COLON = re.compile(r"^(?P<label>[^\n:]{1,50}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
_SEQ_MARK = re.compile(
    r"^(?P<mark>first(?:ly)?(?:\s+of\s+all)?|to\s+begin(?:\s+with)?|to\s+start|second(?:ly)?|"
    r"third(?:ly)?|fourth|then|next|after\s+that|afterwards?|subsequently|finally|lastly)"
    r"\b,?\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_TO_GOAL_FIRST = re.compile(r"^to\s+(?P<goal>[^,]{3,60}),\s+first\s+(?P<rest>.+)$",
                            re.IGNORECASE | re.DOTALL)
_ORDINAL_INTRO = re.compile(
    r"\b(?:have|has|are|is|with|there\s+are)\s+(?P<n>two|three|four|five)\s+"
    r"(?P<x>(?:main\s+|different\s+|basic\s+)?(?:types|kinds|sorts|forms|categories|classes|"
    r"ways|parts|levels|modes)\s+of\s+[\w\s/-]{2,50}?)\s*[.:]?$",
    re.IGNORECASE,
)
_BUT = re.compile(r"^(?P<a>.+?),\s+but\s+(?P<b>.+)$", re.DOTALL)
_WHEREAS = re.compile(r"^(?P<a>.+?),?\s+whereas\s+(?P<b>.+)$", re.IGNORECASE | re.DOTALL)
_WHILE = re.compile(r"^(?P<a>.+?)\s+while\s+(?P<b>(?!\w+ing\b).+)$", re.DOTALL)
_UNLIKE = re.compile(r"^unlike\s+(?P<a>[^,]{1,50}),\s+(?P<b>.+)$", re.IGNORECASE | re.DOTALL)
_PURPOSE_VERB = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )\b(?P<verb>uses?|using|records?|stores?|"
    r"keeps?|maintains?|runs?|we\s+use|you\s+use)\s+(?P<body>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_PURPOSE_PART = re.compile(
    r"^(?P<x>(?:(?:a|an|the)\s+)?[^,;()]{1,40}?)(?:\s+(?:on|in|with|of|for\s+each|for\s+every|"
    r"from)\s+[^,;]{1,30}?)?\s+(?P<why>(?:in\s+order\s+)?to\s+(?!be\s+(?:used|added)\b)\w.*|"
    r"for\s+(?!each\b|every\b|example\b|instance\b|more\b|the\s+rest\b)\w.*)$",
    re.IGNORECASE | re.DOTALL,
)
_THIS_NOUN = re.compile(r"^(?:this|these)\s+(?P<noun>[\w-]+)$", re.IGNORECASE)
_NUMBER_WORD = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(P.NUMBER_WORDS, key=len, reverse=True))
    + r"|\d+)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Subject:
    """The subject of a clause, as a term and as written."""

    term: str
    """The term the card is about (``Bloom filter``): no leading article or possessive."""
    shown: str
    """The subject as the note writes it, for question stems (``a Bloom filter``)."""
    plural: bool
    definite: bool


@dataclass(frozen=True, slots=True)
class Pred:
    """A predicate found by the ``Matcher``: character span in the unit text."""

    start: int
    end: int
    last: int
    """Start of the predicate's last token (the article of ``is a``, the ``to`` of ``used to``)."""
    key: str
    rule: str
    words: str


@dataclass(frozen=True, slots=True)
class Parsed:
    """A clause read as subject + predicate."""

    subject: Subject | None
    """``None`` when the subject is a pronoun to resolve."""
    raw: str
    start: int
    """Offset of the subject in the unit text (after any opener)."""
    pred: Pred
    end: int


class _Text:
    """The unit being read: its text, where it starts in the file, and the reader's state."""

    def __init__(self, unit: Unit, text: str, shift: int, carried: str) -> None:
        self.unit = unit
        self.text = text
        self.shift = shift
        self.carried = carried

    def span(self, a: int, b: int) -> SourceSpan:
        line_start = self.unit.line_of(self.shift + a)
        line_end = self.unit.line_of(self.shift + max(b - 1, a))
        return SourceSpan(self.unit.path, line_start, line_end, squash(self.text[a:b]))


@functools.cache
def _rules() -> EnglishRules:
    from notequiz.analyze import nlp_for

    return EnglishRules(nlp_for("en"))


def find_english(unit: Unit) -> Iterator[Candidate]:
    """Candidates from one unit of English text."""
    yield from _rules().find(unit)


class EnglishRules:
    """Runs every English sentence rule over analysed text units."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self.nlp = nlp
        self.matcher = Matcher(nlp.vocab)
        self.order: dict[str, int] = {}
        self.meta: dict[str, tuple[str, str]] = {}
        tagged = bool(set(nlp.pipe_names) & {"tagger", "morphologizer"})
        patterns = P.PREDICATES + (P.TAGGED_PREDICATES if tagged else [])
        for i, (key, rule_id, pattern) in enumerate(patterns):
            name = f"{key}#{i}"
            self.matcher.add(name, [pattern])
            self.order[name] = i
            self.meta[name] = (key, rule_id)

    # -- analysis ---------------------------------------------------------------

    def _predicates(self, doc: Doc) -> list[Pred]:
        best: dict[int, tuple[int, Pred]] = {}
        for match_id, start, end in self.matcher(doc):
            name = self.nlp.vocab.strings[match_id]
            key, rule_id = self.meta[name]
            span = doc[start:end]
            first = span[0].idx
            pred = Pred(first, span.end_char, span[-1].idx, key, rule_id, span.text.lower())
            rank = self.order[name]
            # At one start the earliest-listed pattern wins; a longer match of it too.
            if first not in best or (rank, -pred.end) < (best[first][0], -best[first][1].end):
                best[first] = (rank, pred)
        return sorted((p for _, p in best.values()), key=lambda p: p.start)

    def find(self, unit: Unit) -> Iterator[Candidate]:
        """Candidates from one unit of English text."""
        text, shift, carried = _split_label(unit)
        if not text.strip() or not re.search(r"[A-Za-z]{2}", text):
            return
        doc = self.nlp(text)
        t = _Text(unit, text, shift, carried)
        preds = self._predicates(doc)
        sents = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        sents = _merge_fragments(text, sents)
        yield from self._unit_rules(t, sents, preds)
        prev: Subject | None = _as_subject(carried) if carried else None
        for i, (a, b) in enumerate(sents):
            sentence = text[a:b]
            if P.NOISE_SENTENCE.match(sentence.strip()):
                continue
            made, subject = self._sentence(t, a, b, preds, prev, i)
            yield from made
            if subject is not None:
                prev = subject

    # -- per sentence -------------------------------------------------------------

    def _sentence(self, t: _Text, a: int, b: int, preds: list[Pred], prev: Subject | None,
                  index: int) -> tuple[list[Candidate], Subject | None]:
        out: list[Candidate] = []
        out.extend(self._named(t, a, b))
        out.extend(self._acronyms(t, a, b))
        out.extend(self._where(t, a, b))
        handled = False
        for rule in (self._comparison, self._list_colon, self._consists, self._condition,
                     self._by_we_mean):
            made = list(rule(t, a, b, preds))
            if made:
                out.extend(made)
                handled = True
                break
        purpose = list(self._purpose(t, a, b))
        out.extend(purpose)
        last: Subject | None = None
        for ca, cb in _clauses(t.text, a, b):
            parsed = self._parse(t, ca, cb, preds)
            if parsed is None:
                continue
            subject = parsed.subject
            carried_rule = False
            if subject is None:
                subject = self._resolve(t, parsed, prev if last is None else last, index)
                carried_rule = subject is not None
            if subject is None:
                continue
            last = subject
            if handled:
                continue
            if purpose and _generic(subject.term):
                continue
            cand = self._statement(t, a, b, parsed, subject, carried_rule)
            if cand is not None:
                out.append(cand)
        return out, last

    def _parse(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Parsed | None:
        """Subject and first predicate of the clause ``text[a:b]``."""
        start = _skip_opener(t.text, a, b)
        if start >= b:
            return None
        depth_ok = _outside_parens(t.text, start)
        pred = next((p for p in preds if start < p.start < b and depth_ok(p.start)), None)
        if pred is None:
            return None
        raw = t.text[start:pred.start]
        words = squash(_PAREN.sub("", raw)).split()
        if not words:
            return None
        if words[0].lower() in P.CARRYING_PRONOUNS and (
                len(words) == 1 or _THIS_NOUN.match(" ".join(words))):
            return Parsed(None, squash(raw), start, pred, b)
        subject = _subject(raw)
        if subject is None:
            return None
        return Parsed(subject, squash(raw), start, pred, b)

    def _resolve(self, t: _Text, parsed: Parsed, prev: Subject | None,
                 index: int) -> Subject | None:
        """The term a pronoun subject stands for: the sentence before, or the heading."""
        words = parsed.raw.split()
        this_noun = _THIS_NOUN.match(parsed.raw)
        if this_noun:
            noun = this_noun.group("noun").lower()
            before = t.text[: parsed.start]
            found = None
            for m in re.finditer(rf"\b(?:the|a|an)\s+((?:[^\s,.;]+\s+){{0,2}}?{re.escape(noun)})\b",
                                 before, re.IGNORECASE):
                found = m
            if found is not None:
                return _as_subject(clean_span(found.group(1)), "the ")
            if prev is not None and prev.term.lower().endswith(noun):
                return prev
            if t.carried and index == 0:
                return _as_subject(t.carried)
            return None
        if len(words) != 1:
            return None
        if prev is not None:
            return prev
        return None

    def _statement(self, t: _Text, a: int, b: int, parsed: Parsed, subject: Subject,
                   carried: bool) -> Candidate | None:
        pred = parsed.pred
        key = pred.key
        text = t.text
        end = parsed.end
        unit = t.unit
        if key in ("defined_as", "refers", "means"):
            answer = _trim(text[pred.end:end])
            answer = re.sub(r"^that\s+", "", answer) if key == "means" and len(
                answer.split()) > 4 else answer
            return self._cand(t, a, b, "definition", subject.term, answer, pred.rule,
                              variant=_def_variant(subject), score=1.1)
        if key == "what":
            answer = _trim(text[pred.last:end])
            return self._cand(t, a, b, "definition", subject.term, answer, pred.rule,
                              variant=_def_variant(subject), score=1.1)
        if key == "copula_def" or (key == "copula" and _plural_np(text[pred.end:end])
                                   and subject.plural):
            start = pred.last if key == "copula_def" else pred.end
            answer = _trim(text[start:end])
            if _answer_ok(answer):
                rule_id = P.DEFINITION_COPULA
                if unit.comparison:
                    return self._cand(t, a, b, "comparison", subject.term, answer,
                                      P.COMPARISON_SECTION, variant="stem",
                                      detail=f"{subject.shown} {pred.words.split()[0]}")
                return self._cand(t, a, b, "definition", subject.term, answer, rule_id,
                                  variant=_def_variant(subject), score=1.1)
            return None
        if key in ("referred", "called"):
            name = _name_phrase(text[pred.end:end])
            if name:
                return self._cand(t, a, b, "named_term", name, subject.shown, pred.rule,
                                  variant="alias" if key == "referred" else "")
            if key == "referred":
                return None
        if key == "stands":
            long = _trim(text[pred.end:end])
            short = subject.term
            if long and _expands(short, long):
                return self._cand(t, a, b, "acronym", short, long, P.ACRONYM_STANDS)
            return None
        if key == "used":
            answer = _trim(text[pred.last:end])
            if answer.lower().startswith(("for each", "for every", "for example")):
                return None
            return self._cand(t, a, b, "property", subject.term, answer, pred.rule,
                              variant="purpose", detail=_be(subject))
        # A plain statement: what the note says about the subject.
        if key in ("copula", "called"):
            copula = pred.words.split()[0]
            stem = f"{subject.shown} {copula}"
            answer_start = pred.start + len(copula)
        elif key == "modal" or text[pred.end:end].lstrip().lower().startswith(("not", "n't")):
            stem, answer_start = subject.shown, pred.start
        else:
            stem, answer_start = f"{subject.shown} {text[pred.start:pred.end]}", pred.end
        answer = _trim(text[answer_start:end])
        if not _answer_ok(answer) or not _statement_ok(text[a:b]):
            return None
        rule_id = P.PROPERTY_CARRIED if carried else P.PROPERTY_STATEMENT
        if unit.comparison:
            return self._cand(t, a, b, "comparison", subject.term, answer, P.COMPARISON_SECTION,
                              variant="stem", detail=squash(stem))
        return self._cand(t, a, b, "property", subject.term, answer, rule_id, variant="stem",
                          detail=squash(stem))

    # -- sentence shapes ------------------------------------------------------------

    def _named(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        sentence = t.text[a:b]
        for m in P.ALSO_CALLED.finditer(sentence):
            name = _name_phrase(m.group("name"))
            desc = _trailing_np(m.group("before"))
            if name and desc and name.lower() not in desc.lower():
                yield from _opt(self._cand(t, a, b, "named_term", name, desc, P.NAMED_ALSO))
        for m in P.PAREN_ALIAS.finditer(sentence):
            name = _name_phrase(m.group("name"))
            desc = _as_subject(_trailing_np(m.group("before")))
            if name and desc is not None:
                how = m.group("how").lower()
                rule_id = P.NAMED_REFERRED if "referred" in how else P.NAMED_ALSO
                yield from _opt(self._cand(t, a, b, "named_term", name, desc.term, rule_id,
                                           variant="alias"))
        for m in P.IE_PAREN.finditer(sentence):
            name = _trailing_np(m.group("before"))
            desc = _trim(m.group("desc"))
            subject = _as_subject(name) if name else None
            if subject is not None and desc and len(subject.term.split()) <= 4:
                yield from _opt(self._cand(t, a, b, "named_term", subject.term, desc,
                                           P.NAMED_IE))

    def _acronyms(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        sentence = squash(t.text[a:b])
        seen: set[str] = set()
        for m in P.ACRONYM_OR_SHORT_LONG.finditer(sentence):
            short, long = m.group("short"), m.group("long")
            if is_acronym(short) and initials_match(short, long) and short not in seen:
                seen.add(short)
                yield from _opt(self._cand(t, a, b, "acronym", short, long, P.ACRONYM_OR))
        for m in P.ACRONYM_OR_LONG_SHORT.finditer(sentence):
            short, words = m.group("short"), m.group("long").split()
            if not is_acronym(short) or short in seen:
                continue
            for n in range(1, len(words) + 1):
                long = " ".join(words[-n:])
                if initials_match(short, long):
                    seen.add(short)
                    yield from _opt(self._cand(t, a, b, "acronym", short, long, P.ACRONYM_OR))
                    break
        for m in P.SHORT_FOR_PAREN.finditer(sentence):
            short, long = m.group("short"), clean_span(m.group("long"))
            if short not in seen and _expands(short, long):
                seen.add(short)
                yield from _opt(self._cand(t, a, b, "acronym", short, long, P.ACRONYM_STANDS))

    def _where(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        sentence = t.text[a:b]
        for m in P.WHERE_DEF.finditer(sentence):
            if "," not in sentence[max(m.start() - 1, 0): m.start() + 2]:
                continue
            x = clean_span(m.group("x"))
            words = x.split()
            if not words or words[0].lower() in P.PRONOUNS or words[0].lower() in _STOP - {
                    "the", "a", "an"}:
                continue
            subject = _as_subject(x)
            answer = _trim(re.split(r"\s+and\s+(?=\w+\s+(?:is|are)\b)", m.group("y"))[0])
            if subject is not None and _answer_ok(answer):
                yield from _opt(self._cand(t, a, b, "definition", subject.term, answer,
                                           P.DEFINITION_WHERE, variant=_def_variant(subject)))

    def _purpose(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        sentence = squash(t.text[a:b]).rstrip(".")
        m = _PURPOSE_VERB.search(sentence)
        if m is None:
            return
        parts = re.split(r",?\s+and\s+(?=(?:a|an|the)\s)", m.group("body"))
        for part in parts:
            pm = _PURPOSE_PART.match(part.strip())
            if not pm:
                continue
            x = _as_subject(pm.group("x"))
            why = _trim(pm.group("why"))
            if x is None or len(x.term.split()) > 5 or not _answer_ok(why):
                continue
            yield from _opt(self._cand(t, a, b, "property", x.term, why, P.PROPERTY_PURPOSE,
                                       variant="purpose", detail=_be(x)))

    def _comparison(self, t: _Text, a: int, b: int,
                    preds: list[Pred]) -> Iterator[Candidate]:
        sentence = t.text[a:b]
        start = _skip_opener(t.text, a, b)
        spans = [(start, b)]
        for m in re.finditer(r"\(([^()]{12,200})\)", sentence):
            spans.append((a + m.start(1), a + m.end(1)))
        for sa, sb in spans:
            body = t.text[sa:sb]
            for pattern, rule_id in ((_UNLIKE, P.COMPARISON_UNLIKE),
                                     (_WHEREAS, P.COMPARISON_WHEREAS),
                                     (_WHILE, P.COMPARISON_WHEREAS),
                                     (_BUT, P.COMPARISON_BUT)):
                m = pattern.match(body)
                if not m:
                    continue
                cand = list(self._contrast(t, a, b, sa, m, rule_id, preds))
                if cand:
                    yield from cand
                    return

    def _contrast(self, t: _Text, a: int, b: int, base: int, m: re.Match[str], rule_id: str,
                  preds: list[Pred]) -> Iterator[Candidate]:
        first = (base + m.start("a"), base + m.end("a"))
        second = (base + m.start("b"), base + m.end("b"))
        if rule_id == P.COMPARISON_UNLIKE:
            other = _as_subject(m.group("a"))
            parsed = self._parse(t, second[0], second[1], preds)
            if other is None or parsed is None or parsed.subject is None:
                return
            answer = _trim(t.text[parsed.start:second[1]])
            term = f"{parsed.subject.term} vs {other.term}"
            yield from _opt(self._cand(t, a, b, "comparison", term, answer, rule_id,
                                       variant="vs"))
            return
        left = self._parse(t, first[0], first[1], preds)
        right = self._parse(t, second[0], second[1], preds)
        if (left is None or right is None or left.subject is None or right.subject is None
                or left.subject.term.lower() == right.subject.term.lower()):
            return
        if rule_id == P.COMPARISON_BUT and not _parallel(left.subject, right.subject):
            return
        if left.pred.key == right.pred.key == "copula_def" and rule_id != P.COMPARISON_BUT:
            # "|V| is the number of vertices while |E| is the number of edges": two definitions.
            for side in (left, right):
                assert side.subject is not None
                answer = _trim(t.text[side.pred.last:side.end])
                yield from _opt(self._cand(t, a, b, "definition", side.subject.term, answer,
                                           P.DEFINITION_COPULA,
                                           variant=_def_variant(side.subject)))
            return
        one = _trim(t.text[left.start:first[1]], limit=80)
        two = _trim(t.text[right.start:second[1]], limit=80)
        if not one or not two:
            return
        term = f"{left.subject.term} vs {right.subject.term}"
        yield from _opt(self._cand(t, a, b, "comparison", term, f"{one}; {two}", rule_id,
                                   variant="vs"))

    def _list_colon(self, t: _Text, a: int, b: int,
                    preds: list[Pred]) -> Iterator[Candidate]:
        sentence = squash(t.text[a:b])
        if ":" not in sentence or "::" in sentence:
            return
        intro, rest = sentence.split(":", 1)
        intro = _strip_opener_text(intro)
        items = split_items(rest)
        if not 2 <= len(items) <= 10 or any(len(i) > 70 or len(i.split()) > 10 for i in items):
            return
        yield from self._list_from_intro(t, a, b, intro, items, P.LIST_COLON)

    def _list_from_intro(self, t: _Text, a: int, b: int, intro: str, items: list[str],
                         rule_id: str) -> Iterator[Candidate]:
        by = P.LIST_BY.match(intro)
        if by:
            subject = _subject(by.group("x"))
            if subject is None:
                return
            variant = "by_the" if subject.definite else "by"
            if subject.plural:
                variant += "_plural"
            yield from _opt(self._cand(t, a, b, "list", subject.term, "; ".join(items), rule_id,
                                       items=tuple(items), variant=variant,
                                       detail=squash(by.group("by"))))
            return
        term = list_intro(intro, owner=t.carried or t.unit.subject)
        if term:
            yield from _opt(self._cand(t, a, b, "list", term, "; ".join(items), rule_id,
                                       items=tuple(items)))

    def _consists(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Iterator[Candidate]:
        sentence = _strip_opener_text(squash(t.text[a:b]).rstrip("."))
        m = P.CONSISTS.match(sentence)
        if not m:
            return
        subject = _subject(m.group("x"))
        items = split_items(m.group("items"))
        if subject is None or not 2 <= len(items) <= 10 or any(len(i) > 60 for i in items):
            return
        yield from _opt(self._cand(t, a, b, "list", subject.term, "; ".join(items),
                                   P.LIST_CONSISTS, items=tuple(items), variant="consists",
                                   detail="do" if subject.plural else "does"))

    def _condition(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Iterator[Candidate]:
        sentence = _mask_parens(squash(t.text[a:b]))
        plain = squash(t.text[a:b])
        body = _strip_opener_text(sentence)
        offset = len(sentence) - len(body)
        during = P.DURING.match(body)
        if during:
            x = _as_subject(plain[offset + during.start("x"):offset + during.end("x")])
            y = _result(plain[offset + during.start("y"):])
            if x is not None and y:
                yield from _opt(self._cand(t, a, b, "property", x.term, y, P.PROPERTY_CONDITION,
                                           variant="condition", detail=self._context("during",
                                                                                     x.term, t)))
            return
        m = P.CONDITION.search(body)
        if not m or (m.start() > 0 and m.start() > 120):
            return
        rest_at = offset + m.start("rest")
        rest = sentence[rest_at:]
        then = re.search(r",\s+then\s+", rest)
        cut = None
        if then:
            cut = (then.start(), then.end())
        else:
            for comma in re.finditer(r",\s+", rest):
                cond_words = rest[: comma.start()].split()
                if len(cond_words) >= 2 and _has_verb(rest[: comma.start()]):
                    cut = (comma.start(), comma.end())
                    break
        if cut is None:
            return
        cond = clean_span(plain[rest_at: rest_at + cut[0]])
        result = _result(plain[rest_at + cut[1]:])
        words = cond.split()
        if (not result or len(words) > 22 or len(words) < 2
                or (words[0].lower() in ("this", "that", "it") and len(words) <= 3)):
            return
        word = m.group("word").lower()
        yield from _opt(self._cand(t, a, b, "property", cond, result, P.PROPERTY_CONDITION,
                                   variant="condition", detail=self._context(word, cond, t)))

    def _context(self, word: str, term: str, t: _Text) -> str:
        """``when`` or, inside a labelled item, ``in open addressing when``."""
        carried = t.carried
        if carried and not set(_fold_words(carried)) & set(_fold_words(term)):
            return f"in {_lower_first(carried)} {word}"
        return word

    def _by_we_mean(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Iterator[Candidate]:
        m = P.BY_WE_MEAN.match(squash(t.text[a:b]).rstrip("."))
        if not m:
            return
        subject = _as_subject(m.group("x"))
        answer = _trim(m.group("y"))
        if subject is not None and answer:
            yield from _opt(self._cand(t, a, b, "definition", subject.term, answer,
                                       P.DEFINITION_BY_WE_MEAN, variant=_def_variant(subject)))

    # -- across sentences ---------------------------------------------------------------

    def _unit_rules(self, t: _Text, sents: list[tuple[int, int]],
                    preds: list[Pred]) -> Iterator[Candidate]:
        yield from self._sequence(t, sents)
        yield from self._during_steps(t, sents)
        yield from self._ordinal(t, sents)

    def _sequence(self, t: _Text, sents: list[tuple[int, int]]) -> Iterator[Candidate]:
        items: list[str] = []
        goal = ""
        first_at = last_at = -1
        for a, b in sents:
            sentence = squash(t.text[a:b])
            to_goal = _TO_GOAL_FIRST.match(sentence)
            m = _SEQ_MARK.match(sentence)
            if to_goal and not items:
                goal, rest, mark = to_goal.group("goal"), to_goal.group("rest"), "first"
            elif m:
                rest, mark = m.group("rest"), m.group("mark").lower()
            else:
                if items:
                    break
                continue
            if not items and not mark.startswith(("first", "to ")):
                continue
            items.append(_trim(rest, limit=90))
            first_at = a if first_at < 0 else first_at
            last_at = b
            if mark in ("finally", "lastly"):
                break
        items = [i for i in items if i]
        if len(items) < 2:
            return
        term = clean_span(goal)
        variant = ""
        if not term:
            term = t.carried
            variant = "of"
        if not term and t.unit.section:
            from notequiz.extract.vocabulary import strip_how_to

            heading = clean_term(t.unit.section[-1])
            term = strip_how_to(heading)
            variant = "" if term != heading else "of"
        if term:
            yield from _opt(self._cand(t, first_at, last_at, "steps", term, "; ".join(items),
                                       P.STEPS_SEQUENCE, items=tuple(items), variant=variant))

    def _during_steps(self, t: _Text, sents: list[tuple[int, int]]) -> Iterator[Candidate]:
        if len(sents) < 2:
            return
        first = squash(t.text[sents[0][0]:sents[0][1]])
        m = P.DURING.match(first)
        if not m:
            return
        x = _as_subject(m.group("x"))
        heading = clean_term(t.unit.section[-1]) if t.unit.section else ""
        target = t.carried or heading
        if x is None or _fold(x.term) != _fold(target):
            return
        items = [_trim(_result(m.group("y")) or "", limit=80)]
        end = sents[0][1]
        for a, b in sents[1:4]:
            sentence = squash(t.text[a:b])
            if re.match(r"^(?:however|but|if|when|for example|note)\b", sentence, re.I):
                break
            item = _trim(sentence, limit=80)
            if sum(len(i) + 2 for i in items) + len(item) > MAX_ANSWER:
                break
            items.append(item)
            end = b
        items = [i for i in items if i]
        if len(items) >= 2:
            yield from _opt(self._cand(t, sents[0][0], end, "steps", target, "; ".join(items),
                                       P.STEPS_DURING, items=tuple(items), variant="of"))

    def _ordinal(self, t: _Text, sents: list[tuple[int, int]]) -> Iterator[Candidate]:
        for i, (a, b) in enumerate(sents[:-1]):
            m = _ORDINAL_INTRO.search(squash(t.text[a:b]))
            if not m:
                continue
            items: list[str] = []
            end = b
            for ca, cb in sents[i + 1:]:
                sentence = squash(t.text[ca:cb])
                pattern = P.ORDINAL_FIRST if not items else P.ORDINAL_NEXT
                om = pattern.match(sentence)
                if not om:
                    break
                items.append(_trim(om.group("y")))
                end = cb
            if len(items) >= 2:
                term = clean_span(m.group("x"))
                yield from _opt(self._cand(t, a, end, "list", term, "; ".join(items),
                                           P.LIST_ORDINAL, items=tuple(items)))

    # -- candidates ---------------------------------------------------------------------

    def _cand(self, t: _Text, a: int, b: int, kind: str, term: str, answer: str, rule_id: str,
              **extra: Any) -> Candidate | None:
        term = clean_span(term)
        answer = clean_span(answer)
        if not term or not answer or term.casefold() == answer.casefold():
            return None
        return Candidate(
            kind=kind,  # type: ignore[arg-type]
            term=term,
            answer=answer,
            rule=rule_id,
            lang="en",
            source=t.span(a, b),
            section=t.unit.section,
            **extra,
        )


# --- block shapes: a list and the sentence that announces it ------------------------------


def find_blocks(note: Note) -> Iterator[Candidate]:
    """English rules that read more than one block: a list and its intro sentence."""
    for section in note.sections:
        blocks = section.blocks
        for i, block in enumerate(blocks):
            if block.kind != "paragraph" or i + 1 >= len(blocks) or blocks[i + 1].kind != "list":
                continue
            if detect(block.text, note.lang) != "en":
                continue
            items, last = _list_run(blocks, i + 1)
            if len(items) < 2 or _structure_intro(block, items):
                continue
            yield from _intro_rules(note, section, block, items, last)


def _list_run(blocks: tuple[Block, ...], start: int) -> tuple[list[ListItem], Block]:
    """The items of the list at ``start`` and of the numbered lists that continue it.

    A code block between numbered items splits one list into several in
    Markdown; the numbering shows they are one.
    """
    items = list(blocks[start].items)
    last = blocks[start]
    for block in blocks[start + 1:]:
        if (block.kind != "list" or not items or not items[-1].ordered or not block.items
                or block.items[0].number != (items[-1].number or 0) + 1):
            break
        items.extend(block.items)
        last = block
    return items, last


def _structure_intro(block: Block, items: list[ListItem]) -> bool:
    """True when the structural ``md.list.intro`` rule already reads this list."""
    intro = block.text.strip()
    return ("\n" not in intro and _looks_like_label(intro.rstrip(":："), 10, 60)
            and len(items) >= 2)


def _intro_rules(note: Note, section: Section, block: Block, items: list[ListItem],
                 last: Block) -> Iterator[Candidate]:
    sentences = re.split(r"(?<=[.!?])\s+", squash(block.text))
    final = sentences[-1] if sentences else ""
    labels = [item_label_text(it) for it in items]
    if not all(labels) or len(labels) > 12:
        return
    span = SourceSpan(note.path, block.span.line_start, last.span.line_end,
                      squash(final + " " + "; ".join(labels)))
    ordered = items[0].ordered
    goal = P.GOAL.search(final) if ordered else None
    if goal and final.rstrip().endswith((":", ".")):
        term = clean_span(goal.group("goal"))
        if term:
            yield Candidate("steps", term, "; ".join(labels), P.STEPS_GOAL, "en", span,
                            section.heading_path, items=tuple(labels))
            return
    term = ""
    if final.rstrip().endswith(":") or re.search(r"\bsuch as$", final.rstrip()):
        intro = _strip_opener_text(re.sub(r"[,:]?\s*(?:such as)?\s*:?$", "", final.strip()))
        term = list_intro(intro, owner="")
    if not term:
        for sentence in sentences:
            m = P.LIST_INTRO_PHRASE.search(_strip_opener_text(sentence.rstrip(".:")))
            if m:
                term = list_intro(_strip_opener_text(sentence.rstrip(".:")), owner="")
                if term:
                    break
    if term:
        yield Candidate("list", term, "; ".join(labels), P.LIST_INTRO, "en", span,
                        section.heading_path, items=tuple(labels))


def item_label_text(item: ListItem) -> str:
    """What names a list item: its label (``Term - …``, ``Term: …``), its subject, or itself."""
    first = squash(item.text.split("\n")[0])
    for pattern in (_LABEL_DASH, _LABEL_COLON):
        m = pattern.match(first)
        if m and _looks_like_label(clean_term(m.group("label")), 8, 60):
            return clean_term(m.group("label"))
    text = clean_span(first)
    if len(text.split()) <= 8 and not text.endswith("."):
        subject = _statement_subject(text)
        return subject or text
    subject = _statement_subject(text)
    return subject or ""


def _statement_subject(text: str) -> str:
    """The subject of a list item that is a whole statement (``The @ operator is …``)."""
    m = re.match(r"^(?P<x>(?:the|a|an)\s+[^,;:]{1,50}?)\s+(?:is|are|can|may|must|will|"
                 r"should|has|have|does)\b", text, re.IGNORECASE)
    return clean_span(m.group("x")) if m else ""


def list_intro(intro: str, owner: str = "") -> str:
    """The term an intro sentence announces a list of, or ``""``.

    ``There are two main operations a bloom filter can perform`` → ``main
    operations a bloom filter can perform``; ``The common graph
    representations are`` → ``common graph representations``; ``you may
    receive one of the following types`` → ``types of <owner>``.
    """
    intro = squash(intro).rstrip(" :.,")
    x = ""
    m = P.LIST_INTRO_PHRASE.search(intro)
    if m:
        x = m.group("x")
    else:
        are = P.LIST_ARE.match(intro)
        if are:
            x = are.group("x")
        elif re.search(r"\bsuch as$", intro):
            x = re.sub(r",?\s*such as$", "", intro)
            x = re.sub(r"^.*?\b(?:used\s+(?:to|for)\s+\w+|like|of|are|is)\s+", "", x)
    if not x:
        return ""
    x = re.split(r"\s+(?:that|which|who)\s+", x)[0]
    x = re.sub(r"\s+(?:in|for)\s+(?:postgresql|python|java|this\s+\w+|interviews?)\b.*$", "",
               x, flags=re.IGNORECASE)
    x = _NUMBER_WORD.sub("", x.strip())
    x = re.sub(r"^(?:the|a|an|of|these|those)\s+", "", x, flags=re.IGNORECASE)
    x = _NUMBER_WORD.sub("", x.strip())
    x = re.sub(r"^(?:the|these|those)\s+", "", x, flags=re.IGNORECASE)
    x = clean_span(x)
    words = x.split()
    if not words or len(words) > 9 or words[0].lower() in P.PRONOUNS | _PERSONAL:
        return ""
    if len(words) == 1 and owner:
        x = f"{x} of {owner}"
    if len(words) == 1 and not owner and not words[0].lower().endswith("s"):
        return ""
    return x


# --- helpers ---------------------------------------------------------------------------


def _opt(cand: Candidate | None) -> Iterator[Candidate]:
    if cand is not None:
        yield cand


def _split_label(unit: Unit) -> tuple[str, int, str]:
    """A list item ``Term - description`` read as the description, about the term."""
    text = unit.text
    if unit.carried:
        return text, 0, unit.carried
    for pattern in (_LABEL_DASH, _LABEL_COLON):
        m = pattern.match(text)
        if m:
            label = clean_term(m.group("label"))
            if label and _looks_like_label(label, 8, 60) and not label.lower().startswith(
                    ("e.g", "note", "example")):
                return m.group("rest"), m.start("rest"), label
    return text, 0, ""


def _merge_fragments(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a sentence split inside parentheses or after an abbreviation back together."""
    out: list[tuple[int, int]] = []
    for a, b in sents:
        if out:
            pa, pb = out[-1]
            before = text[pa:pb]
            if before.count("(") > before.count(")") or re.search(
                    r"\b(?:e\.g|i\.e|etc|vs|cf)\.$", before.strip()):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


def _clauses(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Clauses of ``text[a:b]``: split at semicolons and at spaced dashes, outside brackets."""
    depth = 0
    start = a
    i = a
    while i < b:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and (ch == ";" or (ch in "–—" and text[i - 1:i] == " ")):
            yield start, i
            start = i + 1
        i += 1
    yield start, b


def _skip_opener(text: str, a: int, b: int) -> int:
    """Offset past any discourse words or leading adverbial phrase of ``text[a:b]``."""
    pos = a
    while pos < b and text[pos] in " \n\t":
        pos += 1
    for _ in range(3):
        rest = text[pos:b]
        m = P.OPENER.match(rest) or P.LEADING_PHRASE.match(_mask_parens(rest))
        if not m or m.end() == 0:
            break
        pos += m.end()
    return pos


def _strip_opener_text(text: str) -> str:
    for _ in range(3):
        m = P.OPENER.match(text) or P.LEADING_PHRASE.match(_mask_parens(text))
        if not m or m.end() == 0:
            break
        text = text[m.end():]
    return text


def _mask_parens(text: str) -> str:
    """``text`` with commas inside brackets hidden, offsets unchanged."""
    out = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        out.append("\x00" if depth and ch in ",;:" else ch)
    return "".join(out)


def _outside_parens(text: str, start: int) -> Any:
    """A test that an offset after ``start`` is outside any bracket opened after ``start``."""

    def ok(offset: int) -> bool:
        chunk = text[start:offset]
        return chunk.count("(") <= chunk.count(")") and chunk.count('"') % 2 == 0

    return ok


def _subject(raw: str) -> Subject | None:
    """``raw`` as the subject of a statement, or ``None`` when it is not a noun phrase."""
    text = P.ASIDE.sub("", raw)
    text = squash(_PAREN.sub("", text)).strip(" ,\"'`*_")
    if not text or "," in text or ":" in text or len(text) > 80:
        return None
    words = text.split()
    lower = [w.lower() for w in words]
    if len(words) > 9 or lower[0] in P.PRONOUNS or lower[0] in _SUBORDINATORS:
        return None
    if lower[-1] in _ENDING_STOP or any(w in _PERSONAL for w in lower):
        return None
    if any(w in ("is", "are", "was", "were", "be", "been", "if", "when", "because", "would",
                 "could", "should") for w in lower):
        return None
    if not any(re.search(r"[A-Za-z0-9]", w) and w not in _STOP for w in lower):
        return None
    return _as_subject(text)


def _as_subject(text: str, article: str = "") -> Subject | None:
    text = clean_span(_PAREN.sub("", text) if not re.search(r"\(\w+\)$", text) else text)
    if not text:
        return None
    words = text.split()
    definite = words[0].lower() == "the" or article == "the "
    i = 0
    while i < len(words) - 1 and words[i].lower() in P.LEADING_DROPPED:
        i += 1
    term = " ".join(words[i:])
    if term.lower() in P.PRONOUNS:
        return None
    shown = text
    if words[0].lower() in P.DETERMINERS:
        shown = words[0].lower() + text[len(words[0]):]
    elif article:
        shown = article + text
    last = term.split()[-1].lower()
    plural = (" and " in term.lower() or (last.endswith("s") and not last.endswith(
        ("ss", "us", "is", "'s"))) and len(last) > 3)
    return Subject(term, shown, plural, definite)


def _def_variant(subject: Subject) -> str:
    if subject.plural:
        return "plural"
    return "definite" if subject.definite and " of " in subject.term else ""


def _be(subject: Subject) -> str:
    return "are" if subject.plural else "is"


def _generic(term: str) -> bool:
    words = term.lower().split()
    return bool(words) and words[-1] in _GENERIC_HEADS


def _parallel(one: Subject, two: Subject) -> bool:
    """True when two subjects are alike enough to be contrasted (they share a word)."""
    a = set(_fold_words(one.term))
    b = set(_fold_words(two.term))
    return bool(a & b) and a != b


def _fold_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2]


def _fold(text: str) -> str:
    text = re.sub(r"^(?:a|an|the)\s+", "", text.strip().lower())
    return re.sub(r"[^a-z0-9]+", "", text)


def _lower_first(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    if first[:1].isupper() and first[1:].islower():
        return text[:1].lower() + text[1:]
    return text


def _plural_np(answer: str) -> bool:
    """True when the predicate of ``Xs are …`` opens with a plural noun phrase."""
    words = squash(answer).split()
    if not words:
        return False
    head: list[str] = []
    for w in words[:5]:
        if w.lower() in ("in", "of", "that", "which", "where", "with", "for", "to", "and", "on"):
            break
        head.append(w)
    if not head or head[0].lower().endswith("ly") or head[0].lower() in (
            "not", "no", "also", "more", "less", "very", "so", "too", "used", "given"):
        return False
    last = re.sub(r"[^a-z]", "", head[-1].lower())
    return len(head) >= 2 and last.endswith("s") and not last.endswith(("ss", "ous", "less"))


def _has_verb(text: str) -> bool:
    lower = f" {text.lower()} "
    if re.search(r"\s(?:is|are|was|were|be|been|has|have|had|can|could|may|might|must|will|"
                 r"would|should|do|does|did)\s", lower):
        return True
    return any(f" {form} " in lower for form in _verb_forms())


@functools.cache
def _verb_forms() -> frozenset[str]:
    return frozenset(P.verb_forms()) | frozenset(P.VERBS)


def _result(text: str) -> str:
    text = P.KNOW_THAT.sub("", squash(text).strip())
    text = re.sub(r"^then\s+", "", text, flags=re.IGNORECASE)
    return _trim(text)


def _trim(text: str, limit: int = MAX_ANSWER) -> str:
    """An answer span cut to its studied part."""
    text = squash(text)
    text = P.ASIDE.sub("", text)
    m = P.ANSWER_CUT.search(text)
    if m and len(text[: m.start()].split()) >= 3:
        text = text[: m.start()]
    text = text.strip().rstrip(":;,").strip()
    text = re.sub(r"[.!]+$", "", text).strip()
    if len(text) > limit:
        for pattern in (r";\s", r",\s+(?:and|but|so|while)\s", r",\s", r"\s+and\s"):
            cuts = [m.start() for m in re.finditer(pattern, text) if 25 <= m.start() <= limit]
            if cuts:
                text = text[: cuts[-1]]
                break
    return clean_span(text)


def _answer_ok(answer: str) -> bool:
    words = answer.split()
    return bool(words) and len(answer) >= 3 and bool(re.search(r"[A-Za-z0-9]", answer))


def _statement_ok(sentence: str) -> bool:
    """A plain statement is studied only when it reads as one (not a fragment or a question)."""
    s = sentence.strip()
    return not s.endswith("?") and len(s.split()) >= 3


def _name_phrase(text: str) -> str:
    """The name a ``called``/``referred to as`` phrase gives: a short noun phrase."""
    text = squash(text)
    text = re.split(r",|;|\.(?:\s|$)|\s+(?:and|but|which|that|because|when|if|so)\s", text)[0]
    text = clean_span(text).strip("\"'“”‘’`")
    words = text.split()
    if not words or len(words) > 6:
        return ""
    if words[0].lower() in _SUBORDINATORS - {"the"} or words[0].lower() in (
            "by", "with", "on", "in", "to", "at", "from", "after", "before", "every", "each",
            "and", "or", "upon", "into", "out", "up"):
        return ""
    i = 0
    while i < len(words) - 1 and words[i].lower() in P.ARTICLES:
        i += 1
    return " ".join(words[i:])


def _trailing_np(text: str) -> str:
    """The noun phrase that ends ``text``: from its last article, or its last few words."""
    text = squash(text)
    m = None
    for m in re.finditer(r"\b(?:a|an|the|its|their)\s+", text, re.IGNORECASE):
        pass
    tail = text[m.start():] if m is not None else " ".join(text.split()[-3:])
    if len(tail.split()) > 6:
        tail = " ".join(tail.split()[-4:])
    return clean_span(tail)


def _expands(short: str, long: str) -> bool:
    """True when ``long`` can be what ``short`` abbreviates (initials or a clipping)."""
    s = re.sub(r"[^a-z]", "", short.lower())
    words = [w for w in re.split(r"[\s/-]+", long.lower()) if w]
    if not s or not words or s[0] != words[0][:1]:
        return False
    if initials_match(short, long):
        return True
    # A clipping (deque ← double-ended queue): the letters appear in order.
    joined = "".join(words)
    i = 0
    for ch in s:
        i = joined.find(ch, i)
        if i < 0:
            return False
        i += 1
    return True


def split_items(text: str) -> list[str]:
    """``a, b, and c`` / ``a or b`` → the items, or ``[]`` when ``text`` is not a series."""
    text = squash(text).strip().rstrip(".;")
    text = re.split(r"\.\s", text)[0]
    parts = [p.strip() for p in re.split(r",\s*", text) if p.strip()]
    if not parts:
        return []
    last = parts[-1]
    if len(parts) > 1 and re.match(r"^(?:and|or)\s+", last):
        parts[-1] = re.sub(r"^(?:and|or)\s+", "", last)
    else:
        tail = re.split(r"\s+(?:and|or)\s+", last)
        if len(tail) == 2:
            parts[-1:] = tail
    items = [clean_span(p) for p in parts]
    return [i for i in items if i]
