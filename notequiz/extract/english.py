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

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from notequiz.extract import patterns_en as P
from notequiz.extract import vocabulary as vocab
from notequiz.extract.korean import Unit
from notequiz.extract.text import (
    MAX_ANSWER,
    clean_span,
    clean_term,
    ends_a_sentence_inside,
    initials_match,
    is_acronym,
    squash,
)
from notequiz.extract.text import looks_like_label as _looks_like_label
from notequiz.lang import detect
from notequiz.model import Block, Candidate, ListItem, Note, Section, SourceSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    "way", "thing", "idea", "result", "case", "one", "part", "values", "value", "question", "default",
})
"""Head nouns that point back to whatever the passage is about, not to a term of their own."""
_ENDING_STOP = frozenset({
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "by", "from", "at",
    "that", "than", "as", "into", "not", "very", "more", "most",
})
_COMMON_SUFFIX = re.compile(r"(?:tion|sion|ity|ness|ment|ance|ence|ency|ancy|ing|ism|age|ure|"
                            r"ship|ics|ery|ogy)$")
"""Endings of common nouns (latency, deletion, hashing), not of names (Redis, Kafka)."""
_PAREN = re.compile(r"(?:\s+|^|(?<![\w)\]]))\((?![A-Z][A-Za-z0-9&/+-]{1,9}\))(?:[^()]|\([^()]*\))+\)")
"""A parenthetical aside, with a call in it or not (``(e.g. lst.append(x))``); an acronym in
brackets (``(LRU)``), a call's ``()`` and brackets that close a word (``O(1)``, ``f(x)``) stay."""
_LABEL_DASH = re.compile(r"^(?P<label>[^\n:–—]{1,60}?)\s+[-–—]\s+(?P<rest>\S.*)$", re.DOTALL)
_LABEL_COLON = re.compile(r"^(?P<label>[^\n:]{1,50}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
_SEQ_MARK = re.compile(
    r"^(?P<mark>first(?:ly)?(?:\s+of\s+all)?|to\s+begin(?:\s+with)?|to\s+start|second(?:ly)?|"
    r"third(?:ly)?|fourth|then|next|after\s+that|afterwards?|subsequently|finally|lastly)"
    r"\b,?\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_FIRST_AS_ADJECTIVE = re.compile(r"first\s+(?!it\b)\w+\s+(?:is|are|was|were)\b",
                                 re.IGNORECASE)
"""A sentence whose "first" qualifies its subject ("first run is slow"), not a first step."""
_TO_GOAL_FIRST = re.compile(r"^to\s+(?P<goal>[^,]{3,60}),\s+first\s+(?P<rest>.+)$",
                            re.IGNORECASE | re.DOTALL)
_ORDINAL_INTRO = re.compile(
    r"\b(?P<n>two|three|four|five)\s+"
    r"(?P<x>(?:main\s+|different\s+|basic\s+)?(?:types|kinds|sorts|forms|categories|classes|"
    r"ways|parts|levels|modes)\s+of\s+[\w\s/-]{2,50}?)\s*[.:]?$",
    re.IGNORECASE,
)
_BUT = re.compile(r"^(?P<a>.+?),\s+but\s+(?P<b>.+)$", re.DOTALL)
_WHEREAS = re.compile(r"^(?P<a>.+?),?\s+whereas\s+(?P<b>.+)$", re.IGNORECASE | re.DOTALL)
_WHILE = re.compile(r"^(?P<a>.+?)\s+while\s+(?P<b>(?!\w+ing\b).+)$", re.DOTALL)
_UNLIKE = re.compile(r"^unlike\s+(?P<a>[^,]{1,50}),\s+(?P<b>.+)$", re.IGNORECASE | re.DOTALL)
_UNLIKE_AFTER = re.compile(
    r"^(?P<b>[^,]+?),\s+unlike\s+(?!(?:what|how|who|before|usual|expected|most|many|some|"
    r"ever|others?)\b)(?P<a>[^,]{1,50}?)(?:,\s*(?:which|who)\s+[^,]+)?\s*[.!]?$",
    re.IGNORECASE | re.DOTALL)
"""``InnoDB supports transactions, unlike MyISAM(, which does not)``."""
_SEMICOLON = re.compile(r"^(?P<a>[^;]+?);\s+(?P<b>[^;]+)$", re.DOTALL)
"""``TCP guarantees ordered delivery; UDP does not``: a contrast when the verbs answer."""
_NEGATES_NEXT = re.compile(r"\b(?:not|never|cannot|no longer|\w+n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""The end of a text that negates the verb after it: "can't (ever) use", "never uses"."""
_SUPPOSING = re.compile(r"if\s", re.IGNORECASE)
"""The opening of a sentence that supposes ("If you use CV to pick …"): what follows then."""
_UNREAD = re.compile(r"\s=\s|^\W*$|\b[Ss](?:tep|tage)\s+\d+\b|\b[Rr]ule\s+\d+\b")
"""A sentence no rule reads: an assignment, no word at all, or one that names a step of a
list by its number ("Next access hits step 2 …", "Skip step 4 and …"), which leans on
that list, which no card shows."""
_TOLD_WHEN = re.compile(r"\b(?:years|months|weeks)\s+ago\b|\blast\s+(?:week|month)\b")
"""A sentence that says when, counted from the writer's today ("… incident last month", "…
learned by someone else years ago"): the writer's story, no fact about the subject."""
_DIMENSIONS = frozenset({"length", "size", "width", "height", "count", "len"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DENIED = re.compile(r"\b(?:not|never|n't)\s+(?:an?\s+|the\s+)?$")
"""What comes before a noun the sentence denies ("Closed is not a …"): a bracket after it says
why not, it glosses nothing."""
_ADDS_TO = frozenset({"including", "excluding", "plus", "except", "same", "unlike"})
_GLOSS_REMARK = re.compile(r"\b(?:etc|e\.g|and\s+the\s+like|and\s+so\s+on|and\s+such)\b"
                           r"|\b(?:it|this|that|them|these|those)$|→|->|\s(?:if|unless)\s")
"""Brackets that give examples ("(svw etc.)", "(metric trees and the like)"), set a
condition ("(skipped if the file is already cached)"), remark on what is before them ("(tensor cores
do this)", "(… derive aspect-ratio from them)") or map one thing to another ("(native →
untagged)"): no gloss."""
_REMARKED_AFTER = frozenset({"for", "with", "as"})
"""Prepositions after which a noun's brackets say something of the whole phrase ("4n for the
recursive version (safe upper bound)", "ridge regression with a data-dependent penalty
(section in the paper)"); after "to" they may still gloss it ("go to a memtable (in-memory
balanced tree)")."""


def _word_before(text: str, at: int) -> str:
    """The word that ends right before ``at`` in ``text``, lowercased ("" at its start)."""
    words = text[:at].rsplit(None, 1)  # only the last word is wanted
    return words[-1].lower() if words else ""


_STAND_INS = frozenset({"one", "ones", "thing", "things"})
"""Nouns that stand in for what was named before ("the outer one", "the same thing"): nothing
for a gloss to define."""
"""Words that open a remark in brackets, no gloss: "the whole procedure (including tuning)",
"as the key instead (same ordering)"."""
_PURPOSE_VERB = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )\b(?P<verb>uses?|using|records?|stores?|"
    r"keeps?|maintains?|runs?|we\s+use|you\s+use)\s+(?P<body>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_POINTS_BACK_EN = re.compile(r"for\s+that\b", re.IGNORECASE)
"""A purpose that points at the line before ("for that purpose with limited access")."""
# No infinitive after "to" ends in one -s: "keeps a weak reference to tasks" says to what, not why
# ("to always pull …" has an adverb first).
_PURPOSE_PART = re.compile(
    r"^(?P<x>(?:(?:a|an|the)\s+)?[^,;()]{1,40}?)(?:\s+(?:on|in|with|of|for\s+each|for\s+every|"
    r"from)\s+[^,;]{1,30}?)?\s+(?P<why>(?:in\s+order\s+)?to\s+(?!be\s+(?:used|added)\b)"
    r"(?!(?:the|a|an|its|their|both|this|that|these|those|each|every|all|any|some|his|her|our|"
    r"your|my|it|them)\b)(?!(?!always\b)\w*[^su\s]s\b)\w.*|"
    r"for\s+(?!each\b|every\b|example\b|instance\b|more\b|the\s+rest\b|many\b|all\b)\w.*)$",
    re.IGNORECASE | re.DOTALL,
)
_DEGREE = re.compile(r"an?\s+(?:bit|little|lot|tad)\s+(?:different|more|less|worse|\w+er)\b"
                     r"|the\s+(?:(?:most|least)\s+\w+|\w+est|worst)"
                     r"(?=\s*(?:[,.;:!]|$)|\s+(?:of|in|but|and|one|option|choice|default)\b)"
                     r"|the\s+(?:[\w-]+\s+){0,2}(?:part|bit)\b(?!\s+of\b)"
                     r"|the\s+same\b(?!\s+as\b)")
"""``a bit different``: how much, and ``the safest``, ``the most secure option``, ``the
important bit``, ``the part you need to get``: how it ranks, not a noun that defines (``the
part of the kernel that …`` is one); ``the same in all cases``: how it compares with others."""
_OPEN_END = re.compile(r"\swhere$", re.IGNORECASE)
"""An answer that stops on the "where" that opens a clause ("learning an embedding where"): the
list after it says the rest."""
_OTHERS_PURPOSE = re.compile(r"what\s+\S.*\s(?:is|are)\s+(?:\w+\s+)?for$"
                             r"|what\s+item\s+\d+\s+does$|what\s+happened\b|what\s+\S+\s+does\s+too$"
                             r"|what\s+\S+\s+uses\b", re.IGNORECASE)
"""A role that is another thing's purpose ("what `Protocol` is for"), a numbered item's ("what
item 5 does"), what another does too ("what property does too") or uses ("md5 is what ketama
uses"): it says what that thing is or does, not what the subject is."""
_PARTICLES = ("up", "out", "off", "down", "back", "away")
"""The particles of phrasal verbs: "runs up to 8 recipes" uses nothing called "up"."""
_PARTICLE = re.compile(rf"\s+(?:{'|'.join(_PARTICLES)})\b(?=\s)(?!\s+(?:to|from)\b)",
                       re.IGNORECASE)
"""The particle of a phrasal verb (looks up, falls back): it belongs to the question's verb."""
_NAMES = re.compile(r"\b(?:called|known\s+as|referred\s+to\s+as|named)\b", re.IGNORECASE)
"""A sentence that names something already: "This is called Z" after it names nothing new."""
_NAMING_KEYS = frozenset({"called", "referred", "defined_as"})
"""Predicates that name or define their whole subject (``… is called X``)."""


def _naming_parse(text: str, start: int, end: int, preds: list[Pred], first: int,
                  depth_ok: Callable[[int], bool]) -> Parsed | None:
    """The clause read up to a later ``is called``/``is defined as``, if its subject holds.

    "Reading a value that another transaction has not yet committed is called a
    dirty read": the verbs inside the subject ("has", "results") are no predicate.
    """
    for k in range(first, len(preds)):
        pred = preds[k]
        if pred.start >= end:
            return None
        if pred.key in _NAMING_KEYS and depth_ok(pred.start) and _real_predicate(text, pred):
            # "… before the effect is called again" is invoked, not named: a name follows.
            if pred.key != "defined_as" and not _gives_name(text[pred.end:end]):
                return None
            raw = text[start:pred.start]
            subject = _subject(raw, predicate=pred.words, described=True)
            return None if subject is None else Parsed(subject, squash(raw), start, pred, end)
    return None


_POINTS_ELSEWHERE = re.compile(r"\b(?:this|that|these|those|such|above|below|previous|earlier|example|"
                               r"following)\b", re.IGNORECASE)
"""A context phrase that points at other text: the statement needs what it points at."""


def _gives_name(rest: str) -> bool:
    """True when what follows "is called" is a name, not how or when ("again", "back")."""
    name = _name_phrase(rest)
    return bool(name) and name.lower() not in _NOT_NAMES and not name.lower().endswith("ly")


_NOT_NAMES = frozenset({"again", "back", "later", "once", "twice", "first", "last", "often",
                        "again later", "back later", "directly", "here", "there", "now", "too"})
_THIS_SUBJECT = re.compile(r"^(?:(?:this|that|these|those)(?:\s+[\w-]+)?|such\s+an?\s+[\w-]+)$",
                           re.IGNORECASE)
"""The subject of ``This is called X``: what it names is the sentence before."""
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
    context: str = ""
    """The adverbial phrase before the subject ("For these,", "After the move,"), if any."""


def _pred_start(pred: Pred) -> int:
    return pred.start


class _Text:
    """The unit being read: its text, where it starts in the file, and the reader's state."""

    def __init__(self, unit: Unit, text: str, shift: int, carried: str, labelled: bool,
                 origin: list[int]) -> None:
        self.unit = unit
        self.text = text
        self.origin = origin
        self.shift = shift
        self.carried = carried
        self.labelled = labelled
        """True when ``carried`` is the label of the list item the text describes."""
        heading = clean_term(unit.section[-1]) if unit.section else ""
        self.heading = heading if _names_term(heading) else ""
        """The section heading, when it names a term."""
        self.comparison = bool(heading) and bool(_COMPARISON_HEADING.search(heading))

    def span(self, a: int, b: int) -> SourceSpan:
        last = len(self.origin) - 1
        first = self.origin[min(a, last)] if self.origin else a
        final = self.origin[min(max(b - 1, a), last)] if self.origin else b
        line_start = self.unit.line_of(max(self.shift + first, 0))
        line_end = self.unit.line_of(max(self.shift + final, 0))
        return SourceSpan(self.unit.path, line_start, line_end, squash(self.text[a:b]))


@functools.cache
def rules_for(nlp: Any) -> EnglishRules:
    """The English rules over ``nlp`` (built once per pipeline: the Matcher is compiled)."""
    return EnglishRules(nlp)


def _rules() -> EnglishRules:
    from notequiz.analyze import nlp_for

    # nlp_for follows NOTEQUIZ_EN_MODEL: a trained pipeline, when one is set, brings tags.
    return rules_for(nlp_for("en"))


def find_english(unit: Unit) -> Iterator[Candidate]:
    """Candidates from one unit of English text."""
    yield from _rules().find(unit)


def _tags_pos(nlp: Any) -> bool:
    """True when a component of ``nlp`` assigns parts of speech."""
    for name in nlp.pipe_names:
        assigns = nlp.get_pipe_meta(name).assigns
        if any(a in assigns for a in ("token.pos", "token.tag")):
            return True
    return False


class EnglishRules:
    """Runs every English sentence rule over analysed text units."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self.nlp = nlp
        self.matcher = Matcher(nlp.vocab)
        self.order: dict[str, int] = {}
        self.meta: dict[str, tuple[str, str]] = {}
        self.tagged = _tags_pos(nlp)
        """True when the pipeline tags parts of speech (a trained one): tag patterns join."""
        patterns = P.PREDICATES + (P.TAGGED_PREDICATES if self.tagged else [])
        for i, (key, rule_id, pattern) in enumerate(patterns):
            name = f"{key}#{i}"
            self.matcher.add(name, [pattern])
            self.order[name] = i
            self.meta[name] = (key, rule_id)

    # -- analysis ---------------------------------------------------------------

    def _predicates(self, doc: Doc) -> list[Pred]:
        """Every predicate the patterns find, earliest first (one per start offset)."""
        best: dict[int, tuple[int, Pred]] = {}
        for match_id, start, end in self.matcher(doc):
            name = self.nlp.vocab.strings[match_id]
            key, rule_id = self.meta[name]
            span = doc[start:end]
            if key == "pronoun_verb":
                # The pronoun opens the subject; the predicate is the word after it.
                span, key = doc[start + 1:end], "verb"
            elif key == "plural_verb":
                span, key = doc[start + 1:start + 2], "verb"
            elif key == "verb" and len(span) == 2 and span[1].lower_ in P.DETERMINERS | {
                    "no", "one", "two", "any", "them", "it", "all"}:
                span = doc[start:start + 1]
            first = span[0].idx
            pred = Pred(first, span.end_char, span[-1].idx, key, rule_id, span.text.lower())
            rank = self.order[name]
            # At one start the earliest-listed pattern wins; a longer match of it too.
            if first not in best or (rank, -pred.end) < (best[first][0], -best[first][1].end):
                best[first] = (rank, pred)
        return sorted((p for _, p in best.values()), key=lambda p: p.start)

    def find(self, unit: Unit) -> Iterator[Candidate]:
        """Candidates from one unit of English text."""
        text, shift, carried, labelled = _split_label(unit)
        if not text.strip() or not re.search(r"[A-Za-z]{2}", text):
            return
        if unit.section and unit.section[-1].strip().lower() in ("example", "examples"):
            return  # worked examples narrate one case; they state nothing to learn
        # Hard-wrapped lines and double spaces become single spaces, so that a
        # pattern such as "is used to" matches across a line break; ``origin``
        # maps each character back to the unit's text for line numbers.
        text, origin = _normalize(text)
        doc = self.nlp(text)
        t = _Text(unit, text, shift, carried, labelled, origin)
        preds = self._predicates(doc)
        sents = _sentence_spans(text, [(s.start_char, s.end_char) for s in doc.sents
                                       if s.text.strip()])
        if unit.code:
            sents = _join_in_code(text, sents, [(a - shift, b - shift) for a, b in unit.code],
                                  origin)
        if not sents or P.EXAMPLE_SENTENCE.match(text[sents[0][0]:sents[0][1]].strip()):
            return
        steps = list(self._unit_rules(t, sents, preds))
        yield from steps
        during_steps = any(c.rule == P.STEPS_DURING for c in steps)
        prev: Subject | None = None
        read = False  # whether the sentence before was read (no aside, noise or writer)
        for i, (a, b) in enumerate(sents):
            sentence = squash(text[a:b])
            if (P.NOISE_SENTENCE.match(sentence) or P.EXAMPLE_SENTENCE.match(sentence)
                    or P.FIRST_PERSON.search(sentence) or vocab.WRITER_OPENER_EN.match(sentence)
                    or _UNREAD.search(sentence) or _TOLD_WHEN.search(sentence)):
                prev = None
                read = False
                continue
            if i == 0 and during_steps:
                read = True
                continue
            before = squash(text[sents[i - 1][0]:sents[i - 1][1]]) if i and read else ""
            read = True
            after = sents[i + 1][1] if i + 1 < len(sents) else b
            made, subject = self._sentence(t, a, b, preds, prev, i, before,
                                           sents[i - 1][0] if i else a, after)
            yield from made
            # "Don't put `else ->` in a `when` …. It kills the whole point": "it" is what the
            # order says to do, no subject an order has
            prev = None if subject is not None and _ORDER_WORD.match(subject.term) else subject

    # -- per sentence -------------------------------------------------------------

    def _sentence(self, t: _Text, a: int, b: int, preds: list[Pred], prev: Subject | None,
                  index: int, before: str, before_at: int, after: int
                  ) -> tuple[list[Candidate], Subject | None]:
        """Candidates of one sentence and the subject it leaves for the next.

        ``before`` is the sentence before (``""`` for the first), which starts at
        ``before_at``; the sentence after ends at ``after`` (``b`` for the last).
        """
        out: list[Candidate] = []
        because = self._because(t, a, b, after)
        out.extend(_opt(because))
        # "Y. That's why X.": this sentence is the reason, still a statement of its own.
        restated = because is not None and (
            because.term.casefold() in squash(t.text[a:b]).casefold())
        out.extend(self._named(t, a, b))
        out.extend(self._acronyms(t, a, b))
        out.extend(self._where(t, a, b))
        out.extend(self._relative(t, a, b))
        out.extend(self._gloss(t, a, b))
        out.extend(self._apposition(t, a, b))
        handled = False
        for rule in (self._comparison, self._same, self._list_colon, self._consists,
                     self._condition, self._by_we_mean):
            made = list(rule(t, a, b, preds))
            if made:
                out.extend(made)
                # A contrast with "but" still states its first clause; the others
                # are the whole statement.
                handled = not all(c.rule == P.COMPARISON_BUT for c in made)
                break
        purpose = list(self._purpose(t, a, b, before))
        out.extend(purpose)
        last: Subject | None = None
        for ca, cb in _clauses(t.text, a, b):
            parsed = self._parse(t, ca, cb, preds)
            if parsed is None:
                continue
            subject = parsed.subject
            carried_rule = False
            if subject is None and parsed.pred.key == "called" and before and (
                    _THIS_SUBJECT.match(parsed.raw)) and not _NAMES.search(before):
                # "… stays in the process table. This is called a zombie process."
                name = _name_phrase(t.text[parsed.pred.end:parsed.end])
                if name and not handled:
                    out.extend(_opt(self._cand(t, before_at, b, "named_term", name, before,
                                               P.NAMED_THIS, variant="sentence")))
                continue
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
            if restated:
                continue  # the why-card quotes the statement; this would repeat it
            cand = self._statement(t, a, b, parsed, subject, carried_rule)
            if cand is not None:
                out.append(cand)
                if cand.kind == "named_term":
                    # "X is called Y. It is handy.": what "it" is next is the name.
                    last = _as_subject(cand.term) or last
        return out, last

    def _parse(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Parsed | None:
        """Subject and first predicate of the clause ``text[a:b]``."""
        text = t.text
        start = _skip_opener(text, a, b)
        if start >= b or P.EXTRAPOSED.match(text[start:b]):
            return None
        depth_ok = _outside_parens(text, start)
        tried = 0
        # ``preds`` is sorted by start and covers the whole unit: look only at
        # those inside the clause (a scan of all of them per clause is quadratic).
        first = bisect.bisect_right(preds, start, key=_pred_start)
        for k in range(first, len(preds)):
            pred = preds[k]
            if pred.start >= b:
                break
            if not depth_ok(pred.start):
                continue
            if not _real_predicate(text, pred):
                continue
            tried += 1
            if tried > 4:
                return None
            raw = text[start:pred.start]
            words = squash(_PAREN.sub("", raw)).split()
            if not words:
                return None
            if (words[0].lower() in P.CARRYING_PRONOUNS and (
                    len(words) == 1 or _THIS_NOUN.match(" ".join(words)))) or (
                    pred.key == "called" and _THIS_SUBJECT.match(" ".join(words))):
                # ("That guarantee is called X": named below, after the sentence before.)
                return Parsed(None, squash(raw), start, pred, b)
            subject = _subject(raw, lexical=pred.key in ("verb", "adverb_verb"),
                               predicate=pred.words)
            if pred.key not in _NAMING_KEYS and (subject is not None or _RELATIVE_OPEN.search(raw)):
                # ("The variant where the token is stored … is called X": the first "is"
                # is the relative clause's, and its subject no noun phrase alone.)
                named = _naming_parse(text, start, b, preds, k + 1, depth_ok)
                if named is not None:
                    return named
            if subject is not None:
                return Parsed(subject, squash(raw), start, pred, b, _context(text, a, start))
            if pred.key not in ("verb", "adverb_verb"):
                return None  # an auxiliary closes the subject: it is not a noun phrase
        return None

    def _resolve(self, t: _Text, parsed: Parsed, prev: Subject | None,
                 index: int) -> Subject | None:
        """The term a pronoun subject stands for: the sentence before, or the heading.

        ``It``/``they`` continue the subject of the sentence before (singular or
        plural alike); ``This <noun>`` goes back to the last mention of the
        noun; a bare ``This`` only names the item or heading it opens.
        """
        words = parsed.raw.split()
        pronoun = words[0].lower()
        carried = _as_subject(t.carried) if t.carried else None
        this_noun = _THIS_NOUN.match(parsed.raw)
        if this_noun:
            noun = this_noun.group("noun").lower()
            if noun in ("is", "means", "way", "case", "one"):
                return None
            before = t.text[: parsed.start]
            found = None
            for m in re.finditer(rf"\b(?:the|a|an)\s+((?:[^\s,.;]+\s+){{0,2}}?"
                                 rf"{re.escape(noun)})\b", before, re.IGNORECASE):
                found = m
            if found is not None:
                return _as_subject(clean_span(found.group(1)), "the ")
            if prev is not None and prev.term.lower().endswith(noun):
                return prev
            return carried
        if len(words) != 1:
            return None
        if pronoun == "this":
            return carried if index == 0 else None
        plural = pronoun in ("they", "these")
        if prev is not None and prev.plural == plural:
            return prev
        if prev is None and carried is not None and index == 0:
            return carried
        return None

    def _statement(self, t: _Text, a: int, b: int, parsed: Parsed, subject: Subject,
                   carried: bool) -> Candidate | None:
        """The card a subject + predicate clause makes, by the predicate's kind."""
        pred = parsed.pred
        key = pred.key
        text = t.text
        end = parsed.end
        if key in ("defined_as", "refers", "means"):
            answer = _trim(text[pred.end:end])
            if _OPEN_END.search(answer):
                return None  # "… refers to learning an embedding where:": what follows says it
            answer = re.sub(r"^that\s+", "", answer) if key == "means" and len(
                answer.split()) > 4 else answer
            if key == "means":
                if _anaphoric(answer, leading=False):
                    return None  # "alpha=1.0 means very different things in the two"
                # "What does 304 mean?", "What does high load with idle CPUs mean?": what a
                # sign, a value or a situation means is rarely what it is.
                return self._cand(t, a, b, "definition", subject.term, answer, pred.rule,
                                  variant="means",
                                  detail=_lower_first(subject.shown))
            return self._cand(t, a, b, "definition", subject.term, answer, pred.rule,
                              variant=_def_variant(subject))
        if key == "what":
            answer = _trim(text[pred.last:end])
            if _OTHERS_PURPOSE.match(answer):
                return None  # "this is exactly what `Protocol` is for": Protocol's purpose
            return self._cand(t, a, b, "definition", subject.term, answer, pred.rule,
                              variant=_def_variant(subject))
        if key == "copula_def" or (key == "copula" and _plural_np(text[pred.end:end])
                                   and subject.plural):
            start = pred.last if key == "copula_def" else pred.end
            answer = _trim(text[start:end])
            if subject.definite and _points_back(subject.term):
                return None  # "The modern approach is a strict CSP", "The culprit was …"
            if vocab.is_no_term_label(subject.term):
                return None  # "The lecturer's war story is …": no term
            if pred.words.split()[0].lower() in ("was", "were") or _AGAIN.search(answer):
                return None  # "Certificate renewal was a manual yearly task": what it was then;
                # "Redis is a cache again": what it is in the writer's system now
            if subject.term.split()[0].lower() in _POINTING_ADJECTIVES or _CONDITION_WORD.search(
                    subject.term) or _DOING.match(subject.term):
                return None  # "Same paper is …": which one, the sentences before say; "Exists
                # iff the graph is a DAG": a condition, no term; "Renaming a column is a breaking
                # change": an act, asked as no term
            if _answer_ok(answer) and not _DEGREE.match(answer):
                rule_id = P.DEFINITION_COPULA
                if t.comparison:
                    return self._cand(t, a, b, "comparison", subject.term, answer,
                                      P.COMPARISON_SECTION, variant="stem",
                                      detail=f"{subject.shown} {pred.words.split()[0]}")
                return self._cand(t, a, b, "definition", subject.term, answer, rule_id,
                                  variant=_def_variant(subject))
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
            if pred.words.split()[0] in ("was", "were"):
                return None  # "Same module instance was used for both buckets": what was done once
            answer = _trim(text[pred.last:end])
            if answer.lower().startswith(("for each", "for every", "for example")):
                return None
            return self._cand(t, a, b, "property", subject.term, answer, pred.rule,
                              variant="purpose", detail=_be(subject))
        # A plain statement: what the note says about the subject. The question
        # keeps the subject and its first verb; a negation stays in the answer.
        head = pred.words.split()[0]
        after = text[pred.start + len(head):end].lstrip().lower()
        if after.startswith(("not ", "n't", "never ")) and key != "copula":
            stem, answer_start = subject.shown, pred.start
        elif key in ("copula", "called", "modal"):
            stem = f"{subject.shown} {head}"
            answer_start = pred.start + len(head)
            clitic = _CLITIC.match(text, answer_start)
            if clitic:  # "isn't …", not "is …n't"; "might've …", not "might …ve scaled"
                stem, answer_start = stem + clitic.group(), clitic.end()
        elif text.startswith(("n't", "n’t"), pred.end):
            # "Mutating also doesn't need it": the negated verb goes with the answer
            space = text.rfind(" ", pred.start, pred.end)
            stem = f"{subject.shown} {text[pred.start:space]}" if space > pred.start else subject.shown
            answer_start = space + 1 if space > pred.start else pred.start
        else:
            verb_end = pred.end
            particle = _PARTICLE.match(text, verb_end)
            if particle:
                verb_end = particle.end()  # "looks up", "hands off": the verb's own word
            stem, answer_start = f"{subject.shown} {text[pred.start:verb_end]}", verb_end
        verb = pred.words.split()[1] if head.endswith("ly") or head in ("only", "just") else head
        if (verb in P.PAST_ONLY or (P.PAST_BEFORE_OBJECT.match(text, text.find(verb, pred.start)) and (
                subject.shown.split()[0].lower() in _STORY_DETERMINERS))) and not _YEAR.search(text[a:b]):
            return None  # "Monitoring ran df every minute", "the FK was innocent": what
            # happened once, the writer's story; history keeps its year ("… back in 1993")
        if head.lower() in _REPORTING and _A_PERSON.fullmatch(subject.term):
            return None  # "Priya says newer kernels …": what someone told the writer
        if head.lower().endswith("ed") and _A_ROLE.fullmatch(subject.term):
            return None  # "the developer wanted the new path on locally": what someone did
        if parsed.context:
            if _POINTS_ELSEWHERE.search(parsed.context):
                return None  # "In the example above, …", "In this case, …": not on its own
            # "For these, assignment copies …": without its context the statement is false.
            stem = f"{parsed.context} {stem}"
        answer = _trim(text[answer_start:end])
        if _NOT_ALONE.match(answer):
            return None  # "The sum is not, in general": not what, the sentence before says
        if key == "modal" and _ELIDED.match(answer):
            return None  # "a cuckoo filter can if you misuse delete": can what, the clause before says
        if _TO_THE_WRITER.search(answer):
            return None  # "Hasn't happened to us, just good to know": the writer's
        if not _answer_ok(answer) or not _statement_ok(text[a:b]) or _anaphoric(answer) or (
                vocab.INSTRUCTION_EN.match(text[a:b].lstrip())) or (
                vocab.only_a_verdict(answer) or vocab.WRITERS_OWN_EN.search(_IN_QUOTES.sub("", stem))):
            return None  # (nor "Use sudo or a small compiled wrapper", an order, nor "Redis
            # literally printed the answer", "/proc/vmstat is underrated",
            # "this broke our Event delegation helper which checks …")
        tail = answer.lower().rstrip(".!").split()
        if 0 < len(tail) <= 4 and tail[-1] == ("it" if subject.plural else "them"):
            return None  # "Most GPT-style models use … -> a variant of it": not the models
        rule_id = P.PROPERTY_CARRIED if carried else P.PROPERTY_STATEMENT
        if t.comparison:
            return self._cand(t, a, b, "comparison", subject.term, answer, P.COMPARISON_SECTION,
                              variant="stem", detail=squash(stem))
        return self._cand(t, a, b, "property", subject.term, answer, rule_id, variant="stem",
                          detail=squash(stem))

    # -- sentence shapes ------------------------------------------------------------

    def _because(self, t: _Text, a: int, b: int, after: int) -> Candidate | None:
        """``X because Y.``, ``Because Y, X.``, ``X. This is because Y.``, ``Y, which is why
        X.`` or ``Y. That's why X.``: X asked why; Y is the answer.

        X is quoted as the note states it, so it must stand alone: no pronoun
        subject ("However, it's not certain") and a verb of its own. A reason
        that comes first must not open with a pronoun either ("It is slow, …").
        """
        inside = "ecause" in t.text[a:b] or "ich is why" in t.text[a:b]
        following = after > b and ("because" in t.text[b:after] or "s why" in t.text[b:after])
        if not inside and not following:
            return None
        sentence = squash(t.text[a:b])
        statement, reason, end = "", "", b
        if inside and _statement_ok(sentence):
            m = (P.BECAUSE_FIRST.match(sentence) or P.BECAUSE_IN.match(sentence)
                 or P.WHICH_IS_WHY.match(sentence))
            if m is not None:
                statement, reason = m.group("statement"), m.group("reason")
                statement = statement[:1].upper() + statement[1:].rstrip(".!") + "."
                if m.re is P.WHICH_IS_WHY and _anaphoric(reason):
                    return None  # "It is slow, which is why …": the reason is elsewhere
        if not statement and following:
            nxt = squash(t.text[b:after]).strip()
            m = P.BECAUSE_AFTER.match(nxt)
            if m is not None:
                statement, reason, end = sentence, m.group("reason"), after
            elif (why := P.THAT_IS_WHY.match(nxt)) is not None and _statement_ok(sentence):
                # "Y. That's why X.": the sentence before is the reason, X the statement.
                reason, end = sentence.rstrip(".!"), after
                statement = why.group("statement")
                statement = statement[:1].upper() + statement[1:] + "."
                if _anaphoric(reason):
                    return None
        if not statement or not _statement_ok(statement):
            return None
        statement = P.OPENER.sub("", statement).rstrip(" .!")
        words = statement.split()
        first = words[0].lower().strip("`\"'") if words else ""
        if first in ("a", "an", "the"):
            statement = first + statement[len(first):]
        # "Use a constant-time comparison. This is because …": advice, asked "Why use …?"
        order = is_order(statement) or _ADVICE.match(statement) is not None
        # "When X is rejected because of Y, Z": the reason splits a clause from its own.
        opening = words[1:3] if first in ("the", "a") else words[:2]
        if (len(words) < 3 or first in P.PRONOUNS or first in ("this", "these")
                or _a_place_in_a_list(" ".join(opening))  # "The second one fails because …"
                or first in _SUBORDINATORS or len(statement) > 120
                or vocab.FIRST_PERSON_EN.search(statement)  # "That's why mine never reached …"
                or first in _finite_forms()  # "Added it to …": no subject (what they did)
                or not (order or _has_verb(statement, finite=True))):
            return None
        reason = reason.strip()
        if not _answer_ok(reason) or _anaphoric(reason, leading=False) or len(reason) > MAX_ANSWER:
            return None
        if order:  # "Don't store money in floats" -> "Why not store money in floats?"
            statement = re.sub(r"^(?:Don[’']t|Do not)\s+", "not ", statement)
        return self._cand(t, a, end, "property", _lower_first(statement), reason,
                          P.PROPERTY_BECAUSE, variant="why_order" if order else "why")

    def _named(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        """``X, also called Y``, ``X (i.e., Y)``, ``a period called Y``: names given in passing."""
        sentence = t.text[a:b]
        for m in P.ALSO_CALLED.finditer(sentence):
            name = _name_phrase(m.group("name"))
            before = _strip_opener_text(squash(m.group("before")))
            whole = None if _has_verb(before, finite=True) else _subject(before)
            # "The slow store behind the cache, also called …": the whole subject is
            # described; after a verb, only the noun phrase right before the comma.
            desc = whole.shown if whole is not None else _trailing_np(before)
            if name and desc and name.lower() not in desc.lower():
                yield from _opt(self._cand(t, a, b, "named_term", name, desc, P.NAMED_ALSO))
        for m in P.CALLED_REDUCED.finditer(sentence):
            name = _name_phrase(m.group("name"))
            desc = _trailing_np(m.group("before"))
            if name and _NAMED_THING.fullmatch(desc) and name.lower() not in desc.lower():
                yield from _opt(self._cand(t, a, b, "named_term", name, desc, P.NAMED_ALSO))
        for m in P.PAREN_ALIAS.finditer(sentence):
            name = _name_phrase(m.group("name"))
            named = _as_subject(_trailing_np(m.group("before")))
            if name and named is not None:
                how = m.group("how").lower()
                rule_id = P.NAMED_REFERRED if "referred" in how else P.NAMED_ALSO
                yield from _opt(self._cand(t, a, b, "named_term", name, named.shown, rule_id,
                                           variant="alias"))
        for m in P.IE_PAREN.finditer(sentence):
            name = _trailing_np(m.group("before"))
            desc = _trim(m.group("desc"))
            subject = _as_subject(name) if name else None
            if subject is not None and desc and len(subject.term.split()) <= 4:
                yield from _opt(self._cand(t, a, b, "named_term", subject.term, desc,
                                           P.NAMED_IE))

    def _acronyms(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        """``LLM, or large language model`` (either order) and ``deque (short for …)``."""
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
        """``…, where n is the number of keys``: a symbol defined in passing."""
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

    def _purpose(self, t: _Text, a: int, b: int, before: str) -> Iterator[Candidate]:
        """``uses X to/for Y``, and ``To do that, we use X`` after ``You can Y``."""
        sentence = squash(t.text[a:b]).rstrip(".")
        back = P.TO_DO_THAT.match(sentence)
        if back and re.match(r"(?:you|we|one)\s+(?:can|could|may|might|want\s+to)\s", before,
                             re.IGNORECASE):
            # "You can add details … To do that, we use the <details> tag."
            x = _as_subject(back.group("x"))
            why = _trim(re.sub(r"^(?:you|we|one)\s+(?:can|could|may|might|want\s+to)\s+", "",
                               before, flags=re.IGNORECASE))
            if x is not None and _answer_ok(why) and why != before.rstrip("."):
                yield from _opt(self._cand(t, a, b, "property", x.term, why, P.PROPERTY_PURPOSE,
                                           variant="purpose", detail=_be(x)))
            return
        for m in _PURPOSE_VERB.finditer(sentence):
            if sentence.count('"', 0, m.start()) % 2 or sentence.count("“", 0, m.start()) > sentence.count(
                    "”", 0, m.start()):
                continue  # 'MDN "Using server-sent events", … and the nginx docs for …': a title's word
            if _NEGATES_NEXT.search(sentence, 0, m.start()) or _SUPPOSING.match(sentence):
                continue  # "you can't use wall-clock timestamps to order events"; "If you use
                # CV to pick hyperparameters AND report …": what goes wrong then, no purpose
            parts = re.split(r",?\s+and\s+(?=(?:a|an|the)\s)", m.group("body"))
            made = False
            use = m.group("verb").lower().split()[-1] in ("use", "uses", "using")
            for part in parts:
                pm = _PURPOSE_PART.match(part.strip())
                if not pm or (not use and pm.group("why").lower().startswith("for")) or (
                        pm.group("why")[:2].isupper()):
                    continue  # ("SELECT ... FOR UPDATE": a keyword, no purpose)
                raw = pm.group("x")
                first = raw.split()[0].lower() if raw.split() else ""
                if first in P.PRONOUNS or first in P.ALONE_PRONOUNS or first in _PARTICLES or (
                        re.search(r"\b(?:is|are|was|were|be|it|them)\b", raw, re.IGNORECASE)):
                    continue
                if " " not in raw.strip() and raw.strip().lower().endswith("ly"):
                    continue  # "decode runs sequentially to find …": "runs" was the noun
                x = _as_subject(raw)
                why = _trim(pm.group("why"))
                if x is None or len(x.term.split()) > 5 or not _answer_ok(why) or (
                        _POINTS_BACK_EN.match(why)):
                    continue  # ("a separate key for that purpose": of the line before)
                made = True
                yield from _opt(self._cand(t, a, b, "property", x.term, why, P.PROPERTY_PURPOSE,
                                           variant="purpose", detail=_be(x)))
            if made:
                return

    def _relative(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        """``…a strike price, which is equal to …``: the relative clause defines the noun."""
        sentence = squash(t.text[a:b])
        for m in P.RELATIVE.finditer(sentence):
            np = _head_np(m.group("before"))
            subject = _as_subject(np) if np else None
            y = m.group("y1") or m.group("y2") or ""
            answer = _trim(y)
            if subject is None or not _answer_ok(answer) or len(answer.split()) < 2:
                continue
            if m.group("y1") and not re.match(r"(?:equal|similar|identical|short|used|"
                                              r"responsible|known|defined|a|an|the)\b", y):
                continue
            yield from _opt(self._cand(t, a, b, "definition", subject.term, answer,
                                       P.DEFINITION_RELATIVE, variant=_def_variant(subject)))

    def _apposition(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        """``Reference counting, the main garbage collection mechanism, needs …``."""
        m = P.APPOSITIVE.match(squash(t.text[a:b]))
        if not m or not _has_verb(m.group("rest").split(",")[0], finite=True) or (
                _SERIES_NEXT.match(m.group("rest").lstrip())):
            return  # ("A GC pause, a stopped VM, a blocked goroutine — …": three of a kind, no
            # second name of the first)
        subject = _subject(m.group("x"))
        answer = _trim(m.group("y"))
        if subject is not None and _answer_ok(answer) and len(answer.split()) >= 3:
            yield from _opt(self._cand(t, a, b, "definition", subject.term, answer,
                                       P.DEFINITION_APPOSITION, variant=_def_variant(subject)))

    def _gloss(self, t: _Text, a: int, b: int) -> Iterator[Candidate]:
        """``an exercise window (deadline given for you to …)``: a gloss in brackets."""
        sentence = squash(t.text[a:b])
        for m in P.GLOSS.finditer(sentence):
            y = m.group("y")
            first = y.split()[0].lower()
            if (first in _STOP or first in P.PREPOSITIONS or first in _SUBORDINATORS
                    or first in _DIMENSIONS  # "a pattern P (length m)": its size, no gloss
                    or first in P.DETERMINERS
                    or first.endswith("ly") or first in _verb_forms() or first in P.MODALS
                    or first in P.COPULAS or first in _ADDS_TO or re.search(
                        r"\d|,|\bor\b|\bsee\b|/|:|[<>=+?]", y) or len(y.split()) < 2
                    or first in P.PRONOUNS or first in ("anyone", "someone", "everyone")
                    or _DENIED.search(sentence, 0, m.start("x"))
                    or _GLOSS_REMARK.search(y)
                    # "Allocate 4n for the recursive version (safe upper bound)": after "for",
                    # "with" or "as" the brackets remark on the whole phrase, not on the noun
                    or _word_before(sentence, m.start()) in _REMARKED_AFTER
                    or any(t.unit.text[s:e].strip("`") == y for s, e in t.unit.code)
                    # "(threshold becomes meaningless)", "(annoying to get postorder right)": a
                    # clause or the writer's verdict remarks on the sentence, names nothing
                    or _OPENS_ON_VERDICT.match(y) or clause_subject(y) or _VERB_ON_IT.match(y)):
                continue  # ("… is not a security boundary (anyone can monkeypatch …)": why not)
            subject = _as_subject(m.group("x"))
            if (subject is None or len(subject.term.split()) > 2
                    or subject.term.split()[0].lower() in _STOP
                    or subject.term.split()[0].lower() in _POINTING_ADJECTIVES
                    or subject.term.split()[-1].lower() in _STAND_INS):
                continue  # ("the same variable i (one cell)": which one, the sentence says)
            last = subject.term.split()[-1]
            if is_acronym(last) and initials_match(last, y):
                continue  # "a Merkle DAG (directed acyclic graph)" expands DAG (en.acronym.paren)
            if re.search(rf"\b{re.escape(last)}\b", y, re.IGNORECASE):
                continue  # "write to a pipe (self-pipe trick)": a name that uses the term, no gloss
            yield from _opt(self._cand(t, a, b, "definition", subject.term, _trim(y),
                                       P.DEFINITION_GLOSS, variant=_def_variant(subject)))

    def _same(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Iterator[Candidate]:
        """``Heaps and priority queues can be treated as the same data structure``."""
        sentence = _strip_opener_text(squash(t.text[a:b]))
        m = P.SAME_AS.match(sentence) or P.SAME_AS_ONE.match(sentence)
        if not m:
            return
        one, two = _as_subject(m.group("x")), _as_subject(m.group("y"))
        if one is None or two is None:
            return
        yield from _opt(self._cand(t, a, b, "named_term", two.term, one.shown, P.NAMED_SAME,
                                   variant="alias"))

    def _comparison(self, t: _Text, a: int, b: int,
                    preds: list[Pred]) -> Iterator[Candidate]:
        """``whereas`` / ``while`` / ``unlike`` / parallel ``but`` contrasts."""
        sentence = t.text[a:b]
        start = _skip_opener(t.text, a, b)
        spans = [(start, b)]
        for m in re.finditer(r"\(([^()]{12,200})\)", sentence):
            spans.append((a + m.start(1), a + m.end(1)))
        for sa, sb in spans:
            body = t.text[sa:sb]
            for pattern, rule_id in ((_UNLIKE, P.COMPARISON_UNLIKE),
                                     (_UNLIKE_AFTER, P.COMPARISON_UNLIKE),
                                     (_SEMICOLON, P.COMPARISON_WHEREAS),
                                     (_WHEREAS, P.COMPARISON_WHEREAS),
                                     (_WHILE, P.COMPARISON_WHEREAS),
                                     (_BUT, P.COMPARISON_BUT)):
                found = pattern.match(body)
                if not found:
                    continue
                cand = list(self._contrast(t, a, b, sa, found, rule_id, preds))
                if cand:
                    yield from cand
                    return

    def _contrast(self, t: _Text, a: int, b: int, base: int, m: re.Match[str], rule_id: str,
                  preds: list[Pred]) -> Iterator[Candidate]:
        """The comparison card of one contrast match (two definitions for ``X is … while Y is …``)."""
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
        same_verb = left.pred.words.split()[0] == right.pred.words.split()[0]
        if rule_id == P.COMPARISON_BUT and not (_parallel(left.subject, right.subject)
                                                or same_verb):
            return  # "A mutex has an owner, but a semaphore has no owner" has one verb
        if rule_id == P.COMPARISON_BUT and left.pred.words.split()[0].lower() in P.PAST_ONLY:
            return  # "a DB-level change was shipped as if …, but the DB schema was …": what
            # happened, no two things compared
        lexical = same_verb and left.pred.key == "verb"
        if m.re is _SEMICOLON and not (lexical or _NEGATED.fullmatch(
                t.text[right.pred.start:second[1]].strip().rstrip(".!"))):
            return  # two statements side by side, not one against the other
        if m.re is _WHILE and (left.pred.words.split()[0] != right.pred.words.split()[0]
                               or _POSSESSIVE.match(m.group("b"))):
            return  # "waits while the client sends", "is fresh while its age is below …":
            # a time, not a contrast (BFS uses … while DFS uses … repeats its verb)
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
        """``There are two X: a and b.``: an inline series after a colon."""
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
        """A list card named by the intro before a series (``determined by`` keeps its verb)."""
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
        term = list_intro(intro, owner=t.carried or t.heading or t.unit.subject)
        if term:
            yield from _opt(self._cand(t, a, b, "list", term, "; ".join(items), rule_id,
                                       items=tuple(items)))

    def _consists(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Iterator[Candidate]:
        """``X consists of a, b and c``."""
        sentence = _strip_opener_text(squash(t.text[a:b]).rstrip("."))
        m = P.CONSISTS.match(sentence)
        if not m:
            return
        subject = _subject(m.group("x"))
        items = split_items(m.group("items"))
        if subject is None or not 2 <= len(items) <= 10 or any(len(i) > 60 for i in items):
            return
        aux = "do" if subject.plural else "does"
        yield from _opt(self._cand(t, a, b, "list", subject.term, "; ".join(items),
                                   P.LIST_CONSISTS, items=tuple(items), variant="consists",
                                   detail=f"{aux} {subject.shown}"))

    def _condition(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Iterator[Candidate]:
        """``If/When/Every time X, Y`` and ``During X, Y``: what happens then."""
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
        if not m or m.start() > 120:
            return
        rest_at = offset + m.start("rest")
        rest = sentence[rest_at:]
        cut = _condition_cut(rest)
        if cut is None:
            return
        cond = clean_span(plain[rest_at: rest_at + cut[0]])
        result = _result(plain[rest_at + cut[1]:])
        if _anaphoric(result, leading=False):
            return
        words = cond.split()
        if (not result or len(words) > 22 or len(words) < 2 or len(result.split()) < 2
                or ";" in cond or not _answer_ok(result)  # two clauses; "…, but it's not …"
                or _PRONOUN_FIRST.match(cond) or _THEN.search(cond)
                or result.lower().startswith(("else ", "otherwise "))):
            # "If they do, …", "If it doesn't actually scroll, …": the sentence before says
            # what ("That ancestor …"), which the question cannot name; "if P then (A or C),
            # Else (L or C)", "if H <= threshold(p) use H, else E'": a rule written as code, whose
            # then-part is in the condition
            return
        word = m.group("word").lower()
        named = P.CONDITION_NAMED.match(result) if word in ("when", "if", "whenever") else None
        name = _name_phrase(named.group("name")) if named else ""
        if name:
            # "When two threads wait on each other forever, the situation is known as
            # a deadlock": the condition is what the name is for.
            yield from _opt(self._cand(t, a, b, "named_term", name, cond, P.NAMED_CONDITION,
                                       variant="when", detail=word))
            return
        # "if both are negative": the condition counts what the section is about, which the
        # question then names ("… (Number signs)").
        pointing = bool(t.heading) and _POINTING_WORD.match(cond) is not None
        # "When migrating off cron, read cron's man page first": what to do then, not what happens
        order = vocab.INSTRUCTION_EN.match(result) or _ORDER_EN.match(result)
        yield from _opt(self._cand(t, a, b, "property", cond, result, P.PROPERTY_CONDITION,
                                   variant="condition_do" if order else "condition_in" if pointing
                                   else "condition",
                                   detail=self._context(word, cond, t)))

    def _context(self, word: str, term: str, t: _Text) -> str:
        """``when`` or, inside a labelled item, ``in open addressing when``."""
        carried = t.carried
        if t.labelled and carried and not set(_fold_words(carried)) & set(_fold_words(term)):
            return f"in {_lower_first(carried)} {word}"
        return word

    def _by_we_mean(self, t: _Text, a: int, b: int, preds: list[Pred]) -> Iterator[Candidate]:
        """``By X we mean Y``."""
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
        """Rules that read several sentences of the unit: steps in prose, enumerations."""
        yield from self._sequence(t, sents)
        yield from self._during_steps(t, sents)
        yield from self._ordinal(t, sents)

    def _sequence(self, t: _Text, sents: list[tuple[int, int]]) -> Iterator[Candidate]:
        """``First, … Then, … Finally, …``: the steps of the goal, item or heading."""
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
            if not items and (not mark.startswith(("first", "to ")) or _FIRST_AS_ADJECTIVE.match(sentence)):
                continue  # ("first run is slow …": which run, no first step)
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
        """``During insertion, …`` opening a paragraph under ``### Insertion``: a procedure."""
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
        """``… two types of X. The first is A. The second is B.``"""
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
        """A candidate from ``text[a:b]``, or ``None`` when the term or answer is empty."""
        term = clean_span(term)
        answer = clean_span(answer)
        if not term or not answer or term.casefold() == answer.casefold():
            return None
        if kind == "definition" and vocab.only_a_verdict(answer):
            # "NFC is the default", "… is the issue": which default, the context says; "CRLs /
            # OCSP work but are a pain", "Average latency is a lie": the writer's verdict
            return None
        if kind == "definition" and (_DEMONSTRATIVE_TERM.match(term) or _ANNOUNCED_END.search(answer)):
            return None  # "This log write is the commit point": which, the sentence before says; "The
            # loop is basically a `while True` that does:": what it does, the list after it
        if kind == "definition":
            # A sentence rule trims the answer to the definition; it wins a tie with
            # a shape rule that took the whole sentence under a heading.
            extra.setdefault("score", 1.1)
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
    """English rules that read more than one block: a list and what announces it."""
    for section in note.sections:
        blocks = section.blocks
        for i, block in enumerate(blocks):
            if block.kind == "list" and i == 0:
                yield from _heading_list(note, section, block)
            if block.kind != "paragraph" or i + 1 >= len(blocks) or blocks[i + 1].kind != "list":
                continue
            if detect(block.text, note.lang) != "en":
                continue
            items, last = _list_run(blocks, i + 1)
            if len(items) < 2 or _structure_intro(block, blocks[i + 1]):
                continue
            yield from _intro_rules(note, section, block, items, last)


def _heading_list(note: Note, section: Section, block: Block) -> Iterator[Candidate]:
    """``## Corner cases`` and a list of short items: the items are the heading's."""
    from notequiz.extract import structure

    heading = clean_term(section.heading)
    words = heading.split()
    if (not words or detect(heading, note.lang) != "en" or structure.split_category(heading)
            or vocab.holds_no_facts(heading) or not structure.names_term(heading)
            or not _is_plural_word(words[-1]) or len(block.items) < 2):
        return
    labels = [clean_span(item.text) for item in block.items]
    if any(not x or "\n" in x or len(x.split()) > 6 or x.endswith(".") or "](" in x
           or re.search(r"\s[-–—:]\s", x) for x in labels) or len(labels) > 12:
        return
    span = SourceSpan(note.path, block.span.line_start, block.span.line_end,
                      squash("; ".join(labels)))
    yield Candidate("list", _lower_first(heading), "; ".join(labels), P.LIST_HEADING, "en",
                    span, section.heading_path, items=tuple(labels))


def _is_plural_word(word: str) -> bool:
    """True for a plural noun (``cases``), not ``class`` or ``status``."""
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


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


def _structure_intro(block: Block, first_list: Block) -> bool:
    """True when the structural ``md.list.intro`` rule already reads this list."""
    intro = block.text.strip()
    return ("\n" not in intro and _looks_like_label(intro.rstrip(":："), 10, 60)
            and len(first_list.items) >= 2)


def _intro_rules(note: Note, section: Section, block: Block, items: list[ListItem],
                 last: Block) -> Iterator[Candidate]:
    """Steps after a goal sentence, or a list named by the sentence that announces it."""
    sentences = re.split(r"(?<=[.!?])\s+", squash(block.text))
    final = sentences[-1] if sentences else ""
    ordered = items[0].ordered
    # "When X happens, …:" or "To X, …:" and the numbered steps after it
    happens = P.HAPPENS.match(final) if ordered else None
    goal = P.GOAL.search(final) if ordered and final.rstrip().endswith((":", ".")) else None
    for found, group, variant in ((happens, "cond", "when"), (goal, "goal", "")):
        steps = [_step_text(it) for it in items]
        term = clean_span(found.group(group)) if found else ""
        if term and all(steps) and len(steps) <= 12:
            span = SourceSpan(note.path, block.span.line_start, last.span.line_end,
                              squash(final + " " + "; ".join(steps)))
            detail = happens.group("word").lower() if variant and happens else ""
            yield Candidate("steps", term, "; ".join(steps), P.STEPS_GOAL, "en", span,
                            section.heading_path, items=tuple(steps), variant=variant,
                            detail=detail)
            return
    labels = [item_label_text(it) for it in items]
    if not all(labels) or len(labels) > 12:
        return
    span = SourceSpan(note.path, block.span.line_start, last.span.line_end,
                      squash(final + " " + "; ".join(labels)))
    term = ""
    if final.rstrip().endswith(":") or re.search(r"\bsuch as$", final.rstrip()):
        intro = _strip_opener_text(re.sub(r"[,:]?\s*(?:such as)?\s*:?$", "", final.strip()))
        term = list_intro(intro + (" such as" if final.rstrip().endswith("such as") else ""))
    if not term:
        for sentence in sentences:
            text = _strip_opener_text(sentence.rstrip(".:"))
            if P.LIST_INTRO_PHRASE.search(text):
                term = list_intro(text)
                if term:
                    break
    if term:
        yield Candidate("list", term, "; ".join(labels), P.LIST_INTRO, "en", span,
                        section.heading_path, items=tuple(labels))


def _step_text(item: ListItem) -> str:
    """A numbered item as a step: its first line, without a trailing period."""
    return clean_span(squash(item.text.split("\n\n")[0]))[:120]


def item_label_text(item: ListItem) -> str:
    """What names a list item: its label (``Term - …``, ``Term: …``), its subject, or itself."""
    first = squash(item.text.split("\n\n")[0])
    for pattern in (_LABEL_DASH, _LABEL_COLON):
        m = pattern.match(first)
        if m:
            label = clean_term(_PAREN.sub("", m.group("label")))
            if _looks_like_label(label, 8, 60):
                return label
    text = clean_span(first)
    subject = _statement_subject(text)
    if subject:
        return subject
    if len(text.split()) <= 10:
        return text
    return ""


def has_verb(text: str) -> bool:
    """True when a word inside ``text`` is a finite verb ("Every query goes through …").

    The last word is not asked: "Key benefits", "Supported image formats" end in nouns.
    """
    finite = _finite_verbs()
    return any(w.lower() in finite for w in _WORDS.findall(text)[1:-1])


def pronoun_verb(sentence: str) -> bool:
    """True when ``sentence`` opens with this/that/it and a verb ("This takes about 1 s")."""
    words = sentence.split()
    return (len(words) >= 2 and words[0].lower() in ("this", "that", "it")
            and words[1].lower() in _finite_verbs())


_ADVICE = re.compile(r"^(?:Don[’']t|Do not|Never|Always|Avoid|Make sure|Remember to)\s")


def is_order(sentence: str, on_pronoun: bool = False) -> bool:
    """True when ``sentence`` opens with a verb and its object: "Store a timestamp …";
    with ``on_pronoun``, one that is a pronoun too: "Put it on `th` …"."""
    words = sentence.split()
    if _ADVICE.match(sentence):
        return True  # "Don't store money in floats."
    return (len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in P.VERBS
            and (words[1].lower() in P.DETERMINERS or words[1].lower() in P.ARTICLES
                 or words[1].lower() in ("with", "into", "from", "through")
                 or (on_pronoun and words[1].lower() in ("it", "them"))))


def clause_subject(sentence: str) -> str:
    """The subject of ``sentence`` when it is a clause (a subject, then its verb); else "".

    "Loose objects are stored one per file" and "The reflog records every move
    of HEAD" state something of their subject; "A space-efficient set
    structure." and "The unit of storage that holds one node" are fragments
    that name what something is.
    """
    words = _WORDS.findall(P.ASIDE.sub("", sentence))
    for i in _verb_places(words):
        subject = " ".join(words[:i])
        if _subject(subject) is not None:
            return subject
    return ""


def words_before_verb(sentence: str) -> str:
    """What comes before the first verb of ``sentence`` when it is a clause, noun phrase or
    not ("In nginx, `max_fails` and …", "For a distributed service the counters"); else ""."""
    words = _WORDS.findall(P.ASIDE.sub("", sentence))
    return next((" ".join(words[:i]) for i in _verb_places(words)), "")


def _verb_places(words: list[str]) -> Iterator[int]:
    """Where a finite verb may be among the first words (``clause_subject``)."""
    finite = _finite_verbs()
    for i, word in enumerate(words[1:13], 1):
        verb = _NEGATION.sub("", word.lower())  # "isn't", "can't" (ca), "won't" (wo)
        # A verb has something after it, and not another verb: in "System calls" and
        # "HTTP requests carry a method", calls and requests are nouns.
        # A modal is one whatever follows ("the counters must live …").
        if verb in finite and i + 1 < len(words) and (
                verb in P.MODALS or (words[i + 1].lower() not in finite
                                     and words[i + 1].lower() not in P.VERBS)):
            yield i


_NEGATION = re.compile(r"n['’]t$")
_AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)
"""An answer that says something is so once more ("a cache again", "the Mars Climate Orbiter failure
again"): a state of the writer's system or an analogy, no definition."""
_STORY_DETERMINERS = frozenset({"a", "an", "the", "our", "my", "this", "that"})
"""How the subject of a story opens ("A ~40 second failover made the orders service slow"); one
that opens on a name tells history ("Bloom proposed the technique …")."""
_VERB_ON_IT = re.compile(r"\S+\s+[a-z]+s\s+(?:it|them)\b")
"""A clause whose verb the word lists do not know, told by the pronoun after it ("nginx honors it
per response")."""


_WORDS = re.compile(r"[^\s,;:]+")
_NEGATED = re.compile(r"(?:does|do|is|are|can|will)\s*(?:not|n't)\b|cannot\b|never\b",
                      re.IGNORECASE)
"""A predicate that only denies: "UDP does not.", "a set cannot"."""
_POSSESSIVE = re.compile(r"\s*(?:its|their|his|her)\s", re.IGNORECASE)
"""A clause about its own subject's part ("while its age is below …") contrasts nothing."""


@functools.cache
def _finite_verbs() -> frozenset[str]:
    """Verbs that make a clause of what comes before them: is, can, stores.

    Not past forms: "Memory allocated on the heap", "A space-efficient set
    structure" are noun phrases.
    """
    return frozenset((*P.COPULAS, *P.MODALS,
                      *(f for f in _finite_forms() if f.endswith("s") and f not in P.IRREGULAR_PAST)))


def is_action(text: str) -> bool:
    """True when ``text`` (a list item) does something: a clause ("The candidate
    increments its term", "It sends RequestVote RPCs") or an order ("Hash the key"),
    unlike a noun phrase ("Set index", "Build tools", "Types of requests")."""
    words = [w.lower() for w in text.split()]
    if len(words) < 2:
        return False
    if words[0] in P.VERBS and (words[1] in P.DETERMINERS or words[1] in P.ARTICLES
                                or words[1] in ("it", "them", "its", "each", "all", "every")):
        return True
    if words[0] in ("it", "they", "this", "he", "she", "we", "you") and words[1] in _finite_verbs():
        return True
    return bool(clause_subject(text))


def _statement_subject(text: str) -> str:
    """The subject of a list item that is a whole statement (``The @ operator is …``)."""
    m = re.match(r"^(?P<x>(?:the|a|an)\s+[^,;:]{1,50}?)\s+(?:is|are|can|may|must|will|"
                 r"should|has|have|does)\b", text, re.IGNORECASE)
    return clean_span(m.group("x")) if m else ""


_COUNTED_INTRO = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>(?:(?:is|are|was|were)\s+)?\S+(?:\s+(?:from|of|into|in|by))?)"
    r"\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?P<what>[^:]+?)$",
    re.IGNORECASE)
_QUANTIFIER = re.compile(r"^(?:each|every|most|many|some|all)\s+", re.IGNORECASE)


_COUNT_THAT_VERB = re.compile(
    r"^(?P<count>two|three|four|five|six|several|\d+)\s+(?P<what>(?:[\w-]+\s+){0,2}[\w-]+s)\s+"
    r"(?P<verb>matter|exist|apply|count|remain|can\s+go\s+wrong|go\s+wrong)$", re.IGNORECASE)
"""A count and a verb without an object ("Two boxes matter:", "Three things can go wrong:")."""


def counted_list_term(intro: str) -> str:
    """``Each tuple stores two hidden system columns:`` → ``two hidden system columns each
    tuple stores``: the list a clause announces, asked as "What are the …?"; or ``""``."""
    text = squash(intro).rstrip(" :.")
    text = re.sub(r"^(?:so|thus|then|and),?\s+", "", text, flags=re.IGNORECASE)
    which = _COUNT_THAT_VERB.match(text)
    if which:  # "Two boxes matter:" → "two boxes that matter"
        return f"{which.group('count').lower()} {which.group('what')} that {which.group('verb')}"
    m = _COUNTED_INTRO.match(text)
    if m is None or _subject(_QUANTIFIER.sub("", m.group("subject"))) is None:
        return ""
    subject = m.group("subject")
    if _QUANTIFIER.match(subject) or subject.split()[0].lower() in P.ARTICLES:
        subject = subject[0].lower() + subject[1:]  # "Each tuple" reads "each tuple" mid-question
    return f"{m.group('count').lower()} {m.group('what')} {subject} {m.group('verb')}"


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
            used = re.search(r"\bused\s+(?:to|for)\s+\w+\s+(?P<x>.+)$", x)
            other = re.search(r"\b(?:like|of|are|is|include|includes)\s+(?P<x>.+)$", x)
            x = (used or other).group("x") if (used or other) else x  # type: ignore[union-attr]
    if not x:
        return ""
    x = re.split(r"\s+(?:that|which|who)\s+", x)[0]
    # "defenses I'd actually use in production": the writer's choice is no part of the term
    x = re.split(r"\s+(?:I|[Ww]e)(?:'d|'ve|'ll|'m)?\s+", x)[0]
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
    """Zero or one candidate, for ``yield from``."""
    if cand is not None:
        yield cand


def _split_label(unit: Unit) -> tuple[str, int, str, bool]:
    """``(text, shift, carried, labelled)``: an item ``Term - description`` read as its
    description, about the term.

    A label that names no term (``vocabulary.is_no_term_label``: "Tip:", "Lesson
    learned:") is dropped whatever its words, and what follows the label of the writer's
    own (an opinion, a decision, a disclaimer: "My take:", "What:") or of what holds no facts
    ("Further reading:", ``vocabulary.holds_no_facts``) is not read at all.

    A hard-wrapped item whose first line was taken for a label (``The
    make_interval`` / ``function can take …``) is read whole again.
    """
    text = unit.text
    heading = clean_term(unit.section[-1]) if unit.section else ""
    # Each way the line may open with a label (a dash, a colon), read once for both loops; a
    # colon or dash inside inline code ("No `Self: Sized` bound …") opens none.
    labels = [(m, clean_term(m.group("label"))) for pattern in (_LABEL_DASH, _LABEL_COLON)
              if (m := pattern.match(text)) and not any(a <= m.end("label") < b for a, b in unit.code)]
    for m, label in labels:
        if vocab.is_no_term_label(label) and _looks_like_label(label, 8, 60):
            if vocab.is_writers_own_label(label) or vocab.holds_no_facts(label):
                return "", 0, "", False  # "My take: 2PC is fine …": the writer's view; "Further
                # reading: MDN's guide … are both good.": where to read
            # "Tip: X makes …", "⚠️ Gotcha: if …", "The mental model that clicked for me:
            # …", "Lesson learned: …" (a verb in it makes it no less a label): the text
            # after it, about nothing the label names (the section's term, if it has one).
            return m.group("rest"), m.start("rest"), unit.carried, False
    if unit.carried:
        if (text[:1].islower() and unit.carried != heading and not unit.separated
                and not re.match(r"^[a-z]\w*(?:\(|\s*=)", text)):
            joined = f"{unit.carried} {text}"
            return joined, -(len(unit.carried) + 1), "", False
        return text, 0, unit.carried, False
    for m, label in labels:
        if (label and _looks_like_label(label, 8, 60) and not _has_verb(label, finite=True)
                and not label.lower().startswith(("e.g", "note", "example", "there "))
                and not ends_a_sentence_inside(label)):  # ("March. Short version:")
            return m.group("rest"), m.start("rest"), label, True
    return text, 0, "", False


_NON_SPACE = re.compile(r"\S+")


def _normalize(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of whitespace made one space, and each kept character's offset.

    Whitespace before the first word and after the last goes; the space between
    two words stands for the first whitespace character after the first.
    """
    out: list[str] = []
    origin: list[int] = []
    end = -1  # where the previous word ended
    for m in _NON_SPACE.finditer(text):
        start = m.start()
        if end >= 0:
            out.append(" ")
            origin.append(end)
        out.append(m.group())
        end = m.end()
        origin.extend(range(start, end))
    return "".join(out), origin


def _sentence_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, mended where the tokenizer took a single letter + period for an initial
    (``… between a and b. It picks …``) or split inside brackets."""
    split: list[tuple[int, int]] = []
    for a, b in spans:
        start = a
        for m in re.finditer(r"(?<=[\s`(][A-Za-z]\.)\s+(?=[A-Z][a-z])|(?<=[\s`(][A-Za-z]`\.)\s+"
                             r"(?=[A-Z][a-z])", text[a:b]):
            split.append((start, a + m.start()))
            start = a + m.end()
        split.append((start, b))
    for k in range(len(split) - 1):
        # "… the whole collection. &" + "str is a string slice.": a sign that opens the
        # next sentence's first word stays with it.
        (x, y), (_, z) = split[k], split[k + 1]
        sign = _OPENING_SIGN.search(text, x, y)
        if sign:
            split[k], split[k + 1] = (x, sign.start(1)), (sign.start(1), z)
    return _merge_fragments(text, [(x, y) for x, y in split if text[x:y].strip()])


def _join_in_code(text: str, sents: list[tuple[int, int]], code: Sequence[tuple[int, int]],
                  origin: Sequence[int]) -> list[tuple[int, int]]:
    """Sentences joined again where the tokenizer ended one at a sign inside inline code
    (``SELECT ... FOR UPDATE``, ``the `!` makes …``, ``the leading `1.` isn't …``).

    ``code`` holds the spans of ``text`` before it was normalized (``origin``).
    """
    out: list[tuple[int, int]] = []
    for a, b in sents:
        if out:
            pa, pb = out[-1]
            k = pb - 1
            while k > pa and text[k].isspace():
                k -= 1
            if text[k] in ".!?" and any(x <= origin[k] < y for x, y in code):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


_OPENING_SIGN = re.compile(r"[.!?]\s+([&@#$~^]+)\s*$")
"""Signs the sentencizer leaves at the end of a sentence that belong to the next one."""


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


def _context(text: str, a: int, start: int) -> str:
    """The adverbial phrases of ``text[a:start]`` (the opener ``_skip_opener`` passed),
    without its discourse words: "For these,", "After the move,"; "" for "However,"."""
    pos = a
    phrases = []
    while pos < start:
        rest = text[pos:start]
        m = P.OPENER.match(rest.lstrip())
        if m and m.end():
            pos += len(rest) - len(rest.lstrip()) + m.end()
            continue
        m = P.LEADING_PHRASE.match(_mask_parens(rest.lstrip()))
        if not m or not m.end():
            break
        phrase = squash(rest.lstrip()[: m.end()])
        if len(phrase.split()) >= 2:  # "Typically," adds nothing to the question
            phrases.append(phrase)
        pos += len(rest) - len(rest.lstrip()) + m.end()
    return " ".join(phrases)


def _strip_opener_text(text: str) -> str:
    """``text`` without its discourse words or leading adverbial phrase."""
    for _ in range(3):
        m = P.OPENER.match(text) or P.LEADING_PHRASE.match(_mask_parens(text))
        if not m or m.end() == 0:
            break
        text = text[m.end():]
    return text


def _mask_parens(text: str) -> str:
    """``text`` with commas inside brackets hidden, offsets unchanged."""
    if "(" not in text:
        return text  # nothing is inside brackets
    out = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        out.append("\x00" if depth and ch in ",;:" else ch)
    return "".join(out)


def _outside_parens(text: str, start: int) -> Callable[[int], bool]:
    """A test that an offset after ``start`` is outside any bracket opened after ``start``."""

    def ok(offset: int) -> bool:
        chunk = text[start:offset]
        return chunk.count("(") <= chunk.count(")") and chunk.count('"') % 2 == 0

    return ok


def _subject(raw: str, lexical: bool = False, predicate: str = "",
             described: bool = False) -> Subject | None:
    """``raw`` as the subject of a statement, or ``None`` when it is not a noun phrase.

    ``lexical`` says the predicate is a plain verb (``holds``, ``uses``): a
    lone base verb before it is an imperative (``Mark visited …``), not a subject.
    ``described``: the subject is what a name is given to (``… is called X``), which
    may be a longer description with a relative clause of its own ("The variant
    where the token is stored in a cookie …").
    """
    text = P.ASIDE.sub("", raw)
    text = P.APPOSITION.sub("", text)
    text = re.sub(r",\s+(?:the|a|an)\s+[^,]{3,80},\s*$", "", text)  # "X, the Y," before the verb
    text = squash(_PAREN.sub("", text)).strip(" ,\"'`*_")
    if not text or "," in text or ":" in text or len(text) > 90:
        return None
    words = text.split()
    # "We've", "it's": a pronoun with its auxiliary clipped on is still a pronoun.
    lower = [re.sub(r"['’](?:ve|re|ll|d|s|m)$", "", w.lower()) for w in words]
    relative = next((i for i, w in enumerate(lower) if w in _RELATIVES), len(lower)) \
        if described else len(lower)
    where = None if described else next(
        (i for i, w in enumerate(lower) if i and w in _CLAUSE_RELATIVES), None)
    if (len(words) > (20 if relative < len(lower) else 12) or lower[0] in P.PRONOUNS
            or lower[0] in _SUBORDINATORS):
        return None
    if len(words) == 2 and lower[0] in P.ARTICLES and lower[1] in P.ALONE_PRONOUNS:
        return None  # "The same goes for …"
    if vocab.NUMBER.fullmatch(text):
        return None  # "21 doesn't mean "2.1x slower"": a value of the table above, no term
    if (lower[0] == "the" and len(words) > 2 and "the" in lower[2:4]
            and re.fullmatch(r"(?:\w+er|more|less)", lower[1])):
        return None  # "the higher the proportion …": a correlative, not a term (the server is)
    if len(words) == 1 and lower[0] in P.ALONE_PRONOUNS:
        return None
    if lower[0] in ("each", "every", "any", "no", "another", "other", "such", "certain"):
        return None  # "Each node is a person": a quantified statement about an example
    content = [w for w in lower if w not in _STOP and w not in P.DETERMINERS]
    if content and all(w in _GENERIC_HEADS for w in content):
        return None  # "The algorithm exists …", "Another example is …"
    if len(words) == 2 and lower[0] in P.ARTICLES and lower[1] in P.ORDINAL_SUBJECTS:
        return None
    if lower[-1] in _ENDING_STOP or any(w in _PERSONAL for w in lower):
        return None
    if any(w in ("is", "are", "was", "were", "be", "if", "when", "because", "would", "could",
                 "should", "so", "then", "but", "=") for w in lower[:relative]):
        return None
    if where is not None and not any(
            w in _verb_forms() or w in P.MODALS for w in lower[where + 1:]):
        return None  # "middleware chains where a handler is …": the verb is the clause's
    if not any(re.search(r"[A-Za-z0-9]", w) and w not in _STOP for w in lower):
        return None
    if len(words) > 2 and words[0][:1].isupper() and lower[1] in P.DETERMINERS and (
            lower[0] in P.IRREGULAR_PAST or (lower[0].endswith("ed") and lower[0] in _verb_forms())):
        return None  # "Lost a chunk of lab time wondering why outputs …": what the writer did
    if lower[0] in P.VERBS and ((words[0][:1].islower() and len(words) > 1)
                                or (lexical and len(words) == 1 and predicate.endswith("ed"))):
        return None  # an imperative: "maintain candidates …", "Mark visited …"
    if len(words) > 1 and any(re.fullmatch(r"[A-Z]", w.strip("`'\"")) for w in words[1:]):
        return None  # "the node B", "Distance to E": a worked example, not a term
    found = _as_subject(text, initial=True)
    if found is not None and found.plural and predicate and (
            predicate.split()[0].lower() in ("is", "was", "has", "does")):
        # The verb tells the number where the noun's ending cannot: "Postgres is",
        # "`dependencies` is". (Not the other way: in "Keys tell React which children
        # … are", the subject found is no noun phrase.)
        return Subject(found.term, found.shown, False, found.definite)
    return found


_RELATIVES = frozenset({"where", "that", "which", "who", "whose", "whereby"})
_CLAUSE_RELATIVES = ("where", "whose")
"""Relative words that open a clause with a subject of its own ("chains where a handler is …")."""
_RELATIVE_OPEN = re.compile(rf"\s(?:{'|'.join(_CLAUSE_RELATIVES)})\s", re.IGNORECASE)
"""Words that open a relative clause inside a described subject."""


def _real_predicate(text: str, pred: Pred) -> bool:
    """False for a verb-looking word that is part of the subject.

    ``False positive matches are …`` (a noun before a verb), ``least-used``
    (half of a compound), ``set()`` (a function name), ``read/write`` and ``writes / read`` (one
    of a pair) and ``Used`` in ``Least Recently Used`` (a capital mid-sentence) open no predicate;
    nor does ``filters`` in ``Bloom filters never give …`` (a noun, an adverb, then the verb).
    """
    word = text[pred.start:pred.end]
    before = text[max(pred.start - 1, 0):pred.start]
    after = text[pred.end:pred.end + 12].lstrip()
    if before == "-" or after.startswith(("(", "-", "/")) or (
            _PAIR_SLASH.search(text[max(pred.start - 4, 0):pred.start])):
        return False
    if re.search(r"\b(?:called|known|named|referred)\b", pred.words) and re.search(
            r",\s*(?:(?:also|often|commonly|sometimes)\s+)?$", text[max(pred.start - 20, 0):pred.start]):
        return False  # ", also called X,": an apposition inside the subject
    if word[:1].isupper() and pred.key not in ("copula",):
        line_start = text.rfind("\n", 0, pred.start)
        sentence_start = max(text.rfind(". ", 0, pred.start), line_start)
        if text[sentence_start + 1:pred.start].strip():
            return False
    if pred.key in ("verb", "adverb_verb"):
        next_word = after.split()[0].lower() if after.split() else ""
        if next_word in P.COPULAS or next_word in P.MODALS or (
                next_word.endswith("s") and next_word in _verb_forms()):
            return False  # "False positive matches are …": the word is a noun
        if next_word in _FREQUENCY:
            later = text[pred.end:pred.end + 30].split()
            if len(later) > 1 and (later[1].lower() in P.VERBS or later[1].lower() in _verb_forms()):
                return False  # "Bloom filters never give …": a noun, then its verb
        if _in_noun_phrase(text, pred.start, word.lower(), after):
            return False
        # "Anything else nested within <details> will be …": a participle after a
        # noun, before a preposition and an auxiliary, is part of the subject.
        if word.lower().endswith("ed") and next_word in P.PREPOSITIONS:
            rest = text[pred.end:pred.end + 80].lower()
            clause = re.split(r"[,;.]", rest)[0]
            if re.search(r"\b(?:is|are|was|were|will|can|could|may|might|must|should|would)\b",
                         clause):
                return False
    return True


def _in_noun_phrase(text: str, start: int, word: str, after: str) -> bool:
    """True when the verb-looking ``word`` at ``start`` continues the noun phrase before it.

    ``a doubly linked list`` (a participle after an article and an adverb),
    ``a disjoint set union`` (a base form that is no present tense after a
    singular subject), ``OS page caches use it`` (a plural noun before the
    verb, as in ``Mutexes allow one thread``) and ``Later finds on those
    nodes`` (a noun after a word that cannot be a subject alone).
    """
    before = text[max(start - 40, 0):start].split()
    following = after.split()
    if len(before) >= 2 and before[-2].lower() in ("a", "an", "the"):
        modifier = before[-1].lower()
        if modifier.endswith("ly") and word.endswith("ed"):
            return True
        if word in _UNCHANGED_PAST and not (following and following[0].lower() in P.OBJECT_OPENERS):
            return True
    if (word.endswith("s") and len(following) >= 2 and following[0].lower() in P.VERBS
            and following[0].lower() != "like"  # "Merging works like the merge step"
            and following[1].lower().strip(".,;") in P.OBJECT_OPENERS):
        return True
    if word.endswith("s") and before and before[-1].lower() in _NO_SUBJECT_ALONE:
        opening = text[:text.rfind(before[-1], 0, start)].rstrip(" \t")
        return not opening or opening[-1] in ".!?:\n"  # the word opens its sentence
    return False


_UNCHANGED_PAST = frozenset(P.IRREGULAR_PAST) & frozenset(P.VERBS)
"""Past tenses written as their base form (``set``, ``read``): after a singular
subject, no present tense."""
_NO_SUBJECT_ALONE = frozenset({
    "later", "earlier", "subsequent", "future", "repeated", "concurrent", "multiple", "many",
    "several", "successive", "consecutive", "frequent", "further", "parallel",
})
"""Sentence-opening words that qualify a noun and are no subject alone (``Later finds …``)."""




_COMPARISON_HEADING = re.compile(r"\bvs\.?(?:\s|$)|\bversus\b|\bcompar|\bdifferences?\b|"
                                 r"\bdiffer\b|비교|차이")


def _names_term(heading: str) -> bool:
    """True when a heading names a term (the structural rules' test)."""
    from notequiz.extract.structure import names_term

    return names_term(heading)


_POINTING_WORD = re.compile(r"(?:both|either|neither|(?:they|these|those)\s+(?:all|both))\b",
                            re.IGNORECASE)
"""A condition's first words that count what they do not name ("if both are negative", "if
they all have a value of true"): all of what the section speaks of."""
_PRONOUN_FIRST = re.compile(r"(?:it|it's|they|they're|this|that|these|those)\b(?!\s+(?:all|both)\b)",
                            re.IGNORECASE)
"""A condition's first word that points back at one thing the sentence before names."""


def _condition_cut(rest: str) -> tuple[int, int] | None:
    """Where a condition (``the cache is full``) ends and its result begins."""
    then = re.search(r",\s+then\s+", rest)
    if then:
        return then.start(), then.end()
    commas = list(re.finditer(r",\s+", rest))
    # The result is a clause: the first comma followed by one ends the condition.
    for i, comma in enumerate(commas):
        upto = commas[i + 1].start() if i + 1 < len(commas) else len(rest)
        if len(rest[: comma.start()].split()) >= 2 and _has_verb(rest[comma.end():upto]):
            return comma.start(), comma.end()
    for comma in commas:
        if len(rest[: comma.start()].split()) >= 3:
            return comma.start(), comma.end()
    # "If you need the top k elements use a min-heap": an imperative ends the condition.
    imperative = re.search(r"\s(?=(?:use|add|remove|call|set|check|run|create|return|push|pop|"
                           r"keep|make|try|pick|choose|consider|avoid|prefer)\s)", rest)
    if imperative and len(rest[: imperative.start()].split()) >= 3:
        return imperative.start(), imperative.end()
    return None


def _head_np(text: str) -> str:
    """The noun phrase right before a relative clause: after its last preposition."""
    text = squash(text)
    parts = re.split(r"\b(?:of|on|in|at|for|to|with|from|by|into|over|as|is|are|and)\s+",
                     text, flags=re.IGNORECASE)
    words = parts[-1].split()
    finite = _finite_verbs()
    # "The server includes Sec-WebSocket-Accept, which …": the object of the verb.
    verb = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower() in finite), -1)
    words = words[verb + 1:]
    if not words or len(words) > 5:
        return ""
    return clean_span(" ".join(words))


def _as_subject(text: str, article: str = "", initial: bool = False) -> Subject | None:
    """``text`` as a subject; ``initial`` when it opens a sentence (its capital may go)."""
    text = clean_span(_PAREN.sub("", text) if not re.search(r"\(\w+\)$", text) else text)
    if not text:
        return None
    words = text.split()
    definite = words[0].lower() == "the" or article == "the "
    i = 0
    while i < len(words) - 1 and words[i].lower() in P.LEADING_DROPPED:
        i += 1
    term = " ".join(words[i:])
    if term.lower() in P.PRONOUNS or term.lower() in P.POINTING_SUBJECTS or (
            (definite or term[-1:].isdigit()) and _a_place_in_a_list(term)) or (
            _AMOUNT.match(term)) or (initial and _DIARY.match(text)):
        return None  # ("268 of 313 ms is the seq scan": a share of the example's numbers;
        # "Mixed up which direction adds …": what the writer did, with no "I")
    first = term.split()[0]
    if (initial and i == 0 and first[:1].isupper() and first[1:].islower()
            and _COMMON_SUFFIX.search(first) and "'" not in first):
        # "Latency refers to …": capitalized only because it opens the sentence.
        term = term[:1].lower() + term[1:]
    shown = text
    if words[0].lower() in P.DETERMINERS:
        shown = words[0].lower() + text[len(words[0]):]
    elif article:
        shown = article + text
    # The head noun decides the number: "the probability of false positives" is one.
    head = re.split(r"\s+(?:of|in|on|for|with|at|from|between|behind|within)\s+", term)[0]
    last = head.split()[-1].lower()
    plural = " and " in head.lower() or (
        last.endswith("s") and not last.endswith(("ss", "us", "is", "'s")) and len(last) > 3)
    return Subject(term, shown, plural, definite)


def _def_variant(subject: Subject) -> str:
    """Which definition question reads right: "What are trees?", "What is the Map object?"."""
    if subject.plural:
        return "plural"
    return "definite" if subject.definite else ""


def _be(subject: Subject) -> str:
    """``is`` or ``are`` for the subject."""
    return "are" if subject.plural else "is"


def _points_back(term: str) -> bool:
    """True for a definite subject that only points into the passage (the other family,
    the modern approach, the culprit): what it is depends on the story, not a term."""
    words = term.lower().split()
    return bool(words) and (_generic(term) or words[-1] in _STORY_HEADS
                            or words[0] in ("other", "same", "former", "latter", "remaining")
                            # "The trigger for finally sitting down with this": with what, the
                            # passage says
                            or (len(words) > 1 and words[-1] in _POINTERS))


def _a_place_in_a_list(term: str) -> bool:
    """True for "second case", "last one", "rule 3", "last three": one or some of the things
    the passage lists, by their place ("the first character" of a string is a thing of its
    own)."""
    words = term.lower().split()
    return len(words) == 2 and (
        (words[0] in _ORDINALS and (words[1] in _LISTED or words[1] in _COUNTS
                                    or words[1].isdigit()))
        or (words[0] in _LISTED and words[1].isdigit()))


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "next",
                       "previous", "final"})
"""The place of one of several things the passage lists ("the second case", "the last
one"): which it is depends on the passage."""
_DIARY = re.compile(r"[A-Z][a-z]+ed\s+(?:up|the|a|an|my|which|it|that|them)\b"
                    r"|(?:Assumed|Thought|Forgot|Tried|Spent|Reali[sz]ed|Figured|Noticed|Guessed|"
                    r"Wasted|Missed|Blamed|Turned out)\b")
"""A sentence that opens with a past verb and its object, no subject ("Mixed up which …",
"Used the wrong bound", "Assumed echo 3 > … would …", "Turned out the LR …"): the writer's
diary."""
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:%|ms|µs|us|ns|s|sec|seconds?|of)\b", re.IGNORECASE)
"""An amount opening a subject ("268 of 313 ms", "90% of the time")."""
_POINTERS = frozenset({"this", "that", "these", "those", "it", "them"})
"""Pronouns that point into the passage."""
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "few"})
"""How many of the things a passage lists ("the last three", "the first few")."""
_LISTED = frozenset({"one", "ones", "case", "step", "option", "approach", "thing", "kind",
                     "type", "way", "variant", "version", "rule", "part", "example", "form"})
"""Words for one of the things a passage lists, whatever they are."""


_STORY_HEADS = frozenset({
    "culprit", "problem", "issue", "fix", "answer", "trick", "catch", "winner", "reason",
    "downside", "upside", "takeaway", "lesson", "goal", "point", "option", "choice",
})


def _generic(term: str) -> bool:
    """True when the subject's head noun only points back (``the algorithm``)."""
    words = term.lower().split()
    return bool(words) and words[-1] in _GENERIC_HEADS


def _parallel(one: Subject, two: Subject) -> bool:
    """True when two subjects are alike enough to be contrasted (they share a word)."""
    a = set(_fold_words(one.term))
    b = set(_fold_words(two.term))
    return bool(a & b) and a != b


def _fold_words(text: str) -> list[str]:
    """Content words of ``text``, lower-cased."""
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2]


def _fold(text: str) -> str:
    """``text`` without article, case or punctuation, to compare terms."""
    text = re.sub(r"^(?:a|an|the)\s+", "", text.strip().lower())
    return re.sub(r"[^a-z0-9]+", "", text)


def _lower_first(text: str) -> str:
    """``Open addressing`` → ``open addressing``; names and acronyms stay (and a name with
    a digit: ``Argon2``)."""
    first = text.split()[0] if text.split() else ""
    if first[:1].isupper() and first[1:].islower() and not any(c.isdigit() for c in first):
        return text[:1].lower() + text[1:]
    return text


def _plural_np(answer: str) -> bool:
    """True when the predicate of ``Xs are …`` opens with a plural noun phrase."""
    words = squash(answer).split()
    if not words:
        return False
    head: list[str] = []
    for w in words[:5]:
        if w.lower() in ("in", "of", "that", "which", "where", "with", "for", "to", "and", "on",
                         "by", "from", "than", "as", "at", "into", "over", "between", "when"):
            break
        head.append(w)
        if w.endswith((":", ",", ";")):
            return False  # "passive: they …" is an adjective and a gloss
    if not head or head[0].lower().endswith("ly") or head[0].lower() in (
            "not", "no", "also", "more", "less", "very", "so", "too", "used", "given",
            "different", "able", "unable", "likely", "known"):
        return False
    last = re.sub(r"[^a-z]", "", head[-1].lower())
    return len(head) >= 2 and last.endswith("s") and not last.endswith(("ss", "ous", "less"))


def _has_verb(text: str, finite: bool = False) -> bool:
    """True when ``text`` holds an auxiliary or a known verb (``finite``: not a base form)."""
    lower = f" {text.lower()} "
    if re.search(r"\s(?:is|are|was|were|be|been|has|have|had|can|could|may|might|must|will|"
                 r"would|should|do|does|did)\s", lower):
        return True
    forms = _finite_forms() if finite else _verb_forms()
    # A form (one word, no space) is in " text " between two spaces exactly when
    # it is one of the pieces the spaces cut: one set test instead of a search per form.
    return not forms.isdisjoint(lower.split(" "))


@functools.cache
def _finite_forms() -> frozenset[str]:
    """The -s and past forms of the word lists' verbs."""
    return frozenset(P.verb_forms())


@functools.cache
def _verb_forms() -> frozenset[str]:
    """Every verb form the word lists give, base forms included."""
    return _finite_forms() | frozenset(P.VERBS)


def _result(text: str) -> str:
    """The result of a condition, without ``then`` or ``we know that``."""
    text = P.KNOW_THAT.sub("", squash(text).strip())
    text = re.sub(r"^then\s+", "", text, flags=re.IGNORECASE)
    return _trim(text)


def _trim(text: str, limit: int = MAX_ANSWER) -> str:
    """An answer span cut to its studied part."""
    text = squash(text)
    text = P.APPOSITION.sub("", P.ASIDE.sub("", text))
    m = P.ANSWER_CUT.search(text)
    if m and len(text[: m.start()].split()) >= 3:
        text = text[: m.start()]
    # "… at work and is unaffected by …": a second predicate is a second fact.
    second = re.search(r"\s+and\s+(?:is|are|can|will|must|should|may)\s", text)
    if second and len(text[: second.start()].split()) >= 3 and len(text) > 80:
        text = text[: second.start()]
    text = text.strip().rstrip(":;,").strip()
    text = re.sub(r"[.!]+$", "", text).strip()
    if len(text) > limit:
        for pattern in (r";\s", r",\s+(?:and|but|so|while)\s", r",\s", r"\s+and\s"):
            cuts = [m.start() for m in re.finditer(pattern, text) if 25 <= m.start() <= limit]
            if cuts:
                text = text[: cuts[-1]]
                break
    return clean_span(text)


_PAIR_SLASH = re.compile(r"\s/\s+$")
"""A slash between spaces before a word: it is the second of a pair ("writes / read"), not a path's
end (".git/ is")."""
_SERIES_NEXT = re.compile(r"(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,|[—–]|\b(?:and|or)\b)", re.IGNORECASE)
"""The third of a series after an apposition's shape ("A GC pause, a stopped VM, a blocked goroutine —")."""
_DOING = re.compile(r"[A-Za-z]+ing\s+(?:a|an|the|this|that|these|those|your|its)\s", re.IGNORECASE)
"""A subject that does something to something ("Renaming a column", "Returning the value")."""
_TO_THE_WRITER = re.compile(r"\b(?:to|for)\s+(?:us|me)\b")
"""What happened to the writer, or what holds for them ("… happened to us", "… works for me")."""
_ELIDED = re.compile(r"(?:if|when|unless)\b", re.IGNORECASE)
"""What follows a modal whose verb is left out ("… can if you misuse delete")."""
_THEN = re.compile(r"\bthen\b", re.IGNORECASE)
_FREQUENCY = frozenset({"never", "always", "often", "usually", "rarely", "sometimes", "seldom"})
"""Adverbs that stand between a subject and its verb ("Bloom filters never give …")."""
_THIS_BEFORE_COMMA = re.compile(r"\b(?:this|that),\s", re.IGNORECASE)
"""A demonstrative with no noun, before a comma ("doesn't decide this, we do")."""
_ORDER_WORD = re.compile(r"(?:don['’]t|do|never|always|please)\b", re.IGNORECASE)
"""A sentence's first word that makes it an order ("Don't put …", "Do visual updates in …")."""
_SOME_OF_THEM = re.compile(
    r"\b(?:several|some|all|both|each|any|most|many|none|either|neither)\s+of\s+(?:them|those)\b", re.IGNORECASE)
"""Some of things named before ("a class can implement several of them"): which, the clause before says."""


def _anaphoric(answer: str, leading: bool = True) -> bool:
    """True for an answer that only points elsewhere (``exactly that``, ``the following``).

    ``leading``: an answer that opens with a pronoun (``one when …``, ``it …``) points
    elsewhere too; the result of a condition may (``…, it is a signal that …``).
    """
    words = [w.lower().strip(".,:") for w in answer.split()]
    pointers = {"it", "that", "this", "them", "those", "these", "one", "so", "either", "too",
                "exactly", "just", "also", "the", "same", "there"}
    if not words:
        return False
    if all(w in pointers for w in words) or " ".join(words[:2]) in ("the following",
                                                                      "as follows"):
        return True
    if " ".join(words[-2:]) in ("like this", "like that", "as follows", "shown below",
                                "see below", "the two", "the three", "the former",
                                "the latter", "it doesn't", "it does") or words[-1] in ("below", "above"):
        return True
    if words[-1] in ("this", "that"):
        return True  # "a pragma for exactly this", "the effort to fix that": no noun follows
    if len(words) <= 3 and words[-1] in ("it", "this", "that", "here", "there", "them"):
        return True  # "resend it", "doesn't have this": what it is, the sentence before says
    if _SOME_OF_THEM.search(answer) or _THIS_BEFORE_COMMA.search(answer):
        return True  # "implement several of them": of what, the clause before says; "doesn't
        # decide this, we do": what this is
    return leading and words[0] in ("it", "them", "one", "this", "that", "these", "those", "so")


def _answer_ok(answer: str) -> bool:
    """True when an answer has something to learn in it ("not", "too" have not), and is not
    the writer's ("silly for our traffic", "confused me for a while") nor points back at
    what came before ("the effort to fix that")."""
    words = answer.split()
    return (bool(words) and len(answer) >= 3 and bool(re.search(r"[A-Za-z0-9]", answer))
            and not _NOTHING_SAID.match(_PAREN.sub("", answer).strip())
            and not _IN_MY_OPINION.search(answer)  # "the safe default IMO"
            and not _anaphoric(answer, leading=False)
            and not all(w.strip(".,;:!?").lower() in _FUNCTION_WORDS for w in words)
            and not vocab.WRITERS_OWN_EN.search(answer)
            and not vocab.WRITER_ELIDED_EN.search(answer)  # "…, didn't go into it"
            # "NTP helps, but skew … is normal": a clause joined on is no answer to the first
            and words[0].lower() not in ("but", "and", "or"))


_DEMONSTRATIVE_TERM = re.compile(r"(?:this|that|these|those)\s", re.IGNORECASE)
"""A term that points back ("This log write")."""
_ANNOUNCED_END = re.compile(r"\b(?:that|which)\s+(?:does|do|is|are|has|have|means|includes?)$")
"""An answer cut where the sentence announces what follows ("a `while True` that does:")."""
_ORDER_EN = re.compile(r"(?:read|remember|consider|always)\s", re.IGNORECASE)
"""A result that opens on an order ("… , read cron's man page first"), besides those
``vocab.INSTRUCTION_EN`` knows: advice, asked as what to do (not "pick a file, merge it …", an
algorithm's step, asked as what happens)."""
_POINTING_ADJECTIVES = frozenset({"same", "lowest", "highest", "opposite"})
_CONDITION_WORD = re.compile(r"\biff\b", re.IGNORECASE)
"""Adjectives that pick out a thing by what came before ("the same variable", "the lowest J", "the
opposite convention"):
no name of a term."""
_FUNCTION_WORDS = (P.PREPOSITIONS | P.DETERMINERS | frozenset(P.COPULAS) | frozenset(P.MODALS)
                   | {"of", "than", "be", "been", "being", "not", "very", "really", "quite", "so",
                      "same", "different", "similar", "more", "less", "much", "and", "or"})
"""Words that name nothing: an answer of only these ("for", "the same", "be very different")
asks nothing."""
_IN_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”")
"""Quoted words, whose "me" is no writer ("The "Remember me" checkbox …")."""
_REPORTING = frozenset({"says", "said", "mentioned", "told", "thinks", "claims", "argued",
                        "suggested", "insists"})
"""Verbs of what someone said ("Priya says …")."""
_A_PERSON = re.compile(r"[A-Z][a-z]+|(?:the\s+|my\s+|our\s+|a\s+)?(?:prof|professor|lecturer|"
                       r"instructor|teacher|someone|coworker|colleague|teammate|TA)")
"""A subject that names a person: a first name ("Priya"), the course's teacher, a coworker."""
_A_ROLE = re.compile(r"(?:the\s+|a\s+|our\s+|my\s+)?(?:developer|engineer)s?",
                     re.IGNORECASE)
"""A subject that is someone by their role in a story ("the developer wanted …")."""
_OPENS_ON_VERDICT = re.compile(rf"(?:{vocab.VERDICT_EN.pattern})\b", re.IGNORECASE)
"""A text that opens on the writer's verdict ("annoying to get postorder right")."""


_CLITIC = re.compile(r"n't|['’]ve\b")
"""The clitic glued to a verb ("isn't", "might've"), which the tokenizer splits off."""
_IN_MY_OPINION = re.compile(r"\bIMO\b|\bIMHO\b")
_NOTHING_SAID = re.compile(r"^(?:not|n't|never|too|either|so|not either|not yet|doesn't|don't|a\s+lot|"
                           r"on purpose|deliberately|intentionally|another\s+thing(?:\s+again)?|"
                           r"everywhere|anywhere|somewhere|the\s+work|vary|"
                           r"isn't|aren't|can't|won't|didn't|wasn't)[.!]?$",
                           re.IGNORECASE)
"""Answers that say nothing on their own: a negation or degree alone, "on purpose", what stands in
for a task ("A checker does the work") or that it varies ("Your mileage will vary")."""


_NOT_ALONE = re.compile(r"not\b\s*(?:[,.;]|$)")
"""An answer that is only a negation ("not, in general"): its predicate is the sentence before's."""


def _statement_ok(sentence: str) -> bool:
    """A plain statement is studied only when it reads as one.

    It opens with a capital (or code) and ends with a period: a line without
    them is a title, a quoted maxim or a list fragment (a Korean note often
    quotes an English principle before explaining it), and a question asks
    rather than states. One that opens with a tag ("#todo read the DVV paper
    properly.") is the writer's to-do.
    """
    s = sentence.strip().rstrip("\"'”’)*_ ")
    return (len(s.split()) >= 3 and s.endswith((".", "!")) and not s[:1].islower()
            and not s.startswith("#"))


def _name_phrase(text: str) -> str:
    """The name a ``called``/``referred to as`` phrase gives: a short noun phrase."""
    text = squash(text)
    # (A comma inside brackets ends nothing: "RUM conjecture (Read, Update, Memory)".)
    text = re.split(r",|;|\.(?:\s|$)|\s+(?:and|but|which|that|because|when|if|so)\s",
                    _mask_parens(text))[0].replace("\x00", ",")
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


_NAMED_THING = re.compile(r"(?:an?|the|its|their)\s+(?!to\b)\S.*(?<!\sthe)(?<!\sa)",
                          re.IGNORECASE)
"""What ``… called X`` names in passing: a noun phrase from its article ("the slow store behind
the cache called …"), not words before a verb ("If two cookies named `sid` exist") nor an
adjective's article ("shadows the named result", "or a named store", "-a` to include named
ones")."""


def _trailing_np(text: str) -> str:
    """The noun phrase that ends ``text``: from its last article, or its last few words."""
    text = squash(text)
    starts = [m.start() for m in re.finditer(r"\b(?:a|an|the|its|their)\s+", text, re.IGNORECASE)]
    tail = text[starts[-1]:] if starts else " ".join(text.split()[-3:])
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
