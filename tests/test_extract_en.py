"""English extraction: one golden card per rule id, the things that must make no card,
and the phrasing of English questions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from notequiz.extract import catalogue
from notequiz.extract import vocabulary as vocab
from notequiz.model import Card
from notequiz.phrase.templates import TEMPLATES, english_article, render
from notequiz.pipeline import build
from notequiz.select import fold

from .conftest import AS_PHRASED, SAMPLE_NOTES

Golden = tuple[str, str, str, str, str, str]
"""(markdown, rule id, kind, term, answer, question)."""

GOLDEN: list[Golden] = [
    # definitions
    ("A Bloom filter is a space-efficient probabilistic data structure that tests whether "
     "an element is a member of a set.\n", "en.definition.copula", "definition",
     "Bloom filter", "a space-efficient probabilistic data structure that tests whether an "
     "element is a member of a set", "What is a Bloom filter?"),
    ("Trees are undirected graphs without cycles.\n", "en.definition.copula", "definition",
     "Trees", "undirected graphs without cycles", "What are Trees?"),
    ("The item at the beginning of the map is the first one to be evicted.\n",
     "en.definition.copula", "definition", "item at the beginning of the map",
     "the first one to be evicted", "What is the item at the beginning of the map?"),
    ("Latency refers to the time a request takes to complete.\n", "en.definition.refers",
     "definition", "latency", "the time a request takes to complete", "What is latency?"),
    ("Throughput is defined as the number of requests served per second.\n",
     "en.definition.defined_as", "definition", "Throughput",
     "the number of requests served per second", "What is Throughput?"),
    ("A vesting cliff means the minimum period of time before vesting begins.\n",
     "en.definition.means", "definition", "vesting cliff",
     "the minimum period of time before vesting begins", "What does a vesting cliff mean?"),
    ("A 304 means the cached copy was revalidated.\n",
     "en.definition.means", "definition", "304", "the cached copy was revalidated",
     "What does a 304 mean?"),
    ("By eviction we mean removing an entry to make room for a new one.\n",
     "en.definition.by_we_mean", "definition", "eviction",
     "removing an entry to make room for a new one", "What is an eviction?"),
    ("The summary is what is displayed when the widget is closed.\n", "en.definition.what",
     "definition", "summary", "what is displayed when the widget is closed",
     "What is the summary?"),
    ("Lookup costs O(log n), where n is the number of keys.\n", "en.definition.where",
     "definition", "n", "the number of keys", "What is n?"),
    ("The stock is bought at a strike price, which is equal to its market value.\n",
     "en.definition.relative", "definition", "strike price", "equal to its market value",
     "What is a strike price?"),
    ("Reference counting, the main garbage collection mechanism, needs the lock.\n",
     "en.definition.apposition", "definition", "reference counting",
     "the main garbage collection mechanism", "What is reference counting?"),
    ("When you leave, there is an exercise window (deadline given to buy your options).\n",
     "en.definition.gloss", "definition", "exercise window",
     "deadline given to buy your options", "What is an exercise window?"),
    # properties
    ("A stack is usually used to keep track of the current path.\n", "en.property.used_to",
     "property", "stack", "to keep track of the current path", "What is a stack used for?"),
    ("The cache uses a hash map for constant-time lookups.\n", "en.property.purpose",
     "property", "hash map", "for constant-time lookups", "What is a hash map used for?"),
    ("Deletion is not possible.\n", "en.property.statement", "property", "deletion",
     "not possible", "Complete: Deletion is …"),
    ("The Map object holds key-value pairs in insertion order.\n", "en.property.statement",
     "property", "Map object", "key-value pairs in insertion order",
     "Complete: the Map object holds …"),
    # "The server": a noun in -er is no correlative ("the higher the …"); "looks up" is one verb
    ("The server looks up the session data in its own store.\n", "en.property.statement",
     "property", "server", "the session data in its own store", "Complete: the server looks up …"),
    # The phrase before the subject says when the statement holds: it stays in the question.
    ("After the move, the first string is no longer valid.\n", "en.property.statement",
     "property", "first string", "no longer valid",
     "Complete: After the move, the first string is …"),
    ("A Bloom filter is a compact set structure. It answers membership queries quickly.\n",
     "en.property.carried", "property", "Bloom filter", "membership queries quickly",
     "Complete: a Bloom filter answers …"),
    ("If the cache is full, the oldest entry is evicted.\n", "en.property.condition",
     "property", "the cache is full", "the oldest entry is evicted",
     "What happens if the cache is full?"),
    ("During lookup, the key is hashed.\n", "en.property.condition", "property", "lookup",
     "the key is hashed", "What happens during lookup?"),
    ("The resolver keeps a record until its TTL runs out, because asking again would be "
     "slow.\n", "en.property.because", "property", "the resolver keeps a record until its TTL "
     "runs out", "asking again would be slow",
     "Why is it that the resolver keeps a record until its TTL runs out?"),
    # named terms (the card answers with the name)
    ("The hash function computes an index, also called a hash code, into the table.\n",
     "en.named.also_called", "named_term", "hash code", "hash code", "What is an index called?"),
    ("The slow store behind the cache, also called the backing store, answers every miss.\n",
     "en.named.also_called", "named_term", "backing store", "backing store",
     "What is the slow store behind the cache called?"),
    ("A stock grant is commonly referred to as a restricted stock unit.\n",
     "en.named.referred", "named_term", "restricted stock unit", "restricted stock unit",
     "What is another name for a stock grant?"),
    ("A hash table (commonly referred to as hash map) stores pairs.\n", "en.named.referred",
     "named_term", "hash map", "hash map", "What is another name for a hash table?"),
    ("The probability of a false positive is called the false positive rate.\n",
     "en.named.called", "named_term", "false positive rate", "false positive rate",
     "What is the probability of a false positive called?"),
    ("Reading a value that another transaction has not yet committed is called a dirty "
     "read.\n", "en.named.called", "named_term", "dirty read", "dirty read",
     "What is reading a value that another transaction has not yet committed called?"),
    ("The technique of storing results of expensive calls is referred to as memoization.\n",
     "en.named.referred", "named_term", "memoization", "memoization",
     "What is another name for the technique of storing results of expensive calls?"),
    ("Objects that survive enough minor GCs are moved to the old generation. This is called "
     "promotion.\n", "en.named.this", "named_term", "promotion", "promotion",
     "What is this called? Objects that survive enough minor GCs are moved to the old "
     "generation"),
    ("All replicas that saw the same updates end up in the same state. That guarantee is called "
     "strong eventual consistency.\n", "en.named.this", "named_term",
     "strong eventual consistency", "strong eventual consistency",
     "What is this called? All replicas that saw the same updates end up in the same state"),
    ("When two threads wait on each other forever, the situation is known as a deadlock.\n",
     "en.named.condition", "named_term", "deadlock", "deadlock",
     "What is it called when two threads wait on each other forever?"),
    ("Writes go to the primary (i.e., the node that accepts updates).\n", "en.named.ie",
     "named_term", "primary", "primary", "What is the node that accepts updates called?"),
    ("Heaps and priority queues can be treated as the same data structure.\n",
     "en.named.same", "named_term", "priority queues", "priority queues",
     "What is another name for Heaps?"),
    # acronyms, both orders
    ("An LLM, or large language model, predicts the next token.\n", "en.acronym.or",
     "acronym", "LLM", "large language model", "What does LLM stand for?"),
    ("We call it a large language model, or LLM, in this note.\n", "en.acronym.or",
     "acronym", "LLM", "large language model", "What does LLM stand for?"),
    ("JWT stands for JSON Web Token.\n", "en.acronym.stands_for", "acronym", "JWT",
     "JSON Web Token", "What does JWT stand for?"),
    ("A deque (short for double-ended queue) supports both ends.\n", "en.acronym.stands_for",
     "acronym", "deque", "double-ended queue", "What does deque stand for?"),
    ("We train a Large Language Model (LLM) on text.\n", "en.acronym.paren", "acronym", "LLM",
     "Large Language Model", "What does LLM stand for?"),
    ("Tokens use JWT (JSON Web Token) format.\n", "en.acronym.paren", "acronym", "JWT",
     "JSON Web Token", "What does JWT stand for?"),
    # steps
    ("To deploy a release, first build the image. Then push it to the registry. Finally, "
     "restart the service.\n", "en.steps.sequence", "steps", "deploy a release",
     "build the image; push it to the registry; restart the service",
     "What are the steps to deploy a release?"),
    ("# Hash table\n\n### Insertion\n\nDuring insertion, the key is hashed. The bucket is "
     "located. The entry is appended to the bucket.\n", "en.steps.during", "steps",
     "Insertion", "the key is hashed; The bucket is located; The entry is appended to the "
     "bucket", "What are the steps of Insertion?"),
    ("## Delivery\n\nThe lifecycle of a signal is:\n\ngenerated -> pending -> delivered -> "
     "handled\n", "en.steps.arrow", "steps", "the lifecycle of a signal",
     "generated; pending; delivered; handled", "What is the lifecycle of a signal, in order?"),
    ("# PgBouncer\n\nRequest path: app -> app-side pool -> PgBouncer -> Postgres.\n",
     "en.steps.arrow", "steps", "the request path", "app; app-side pool; PgBouncer; Postgres",
     "What is the request path, in order?"),
    ("# Circuit breaker\n\nTransitions:\n\nClosed -> Open -> Half-open -> Closed\n",
     "en.steps.arrow", "steps", "the transitions of Circuit breaker",
     "Closed; Open; Half-open; Closed",
     "What are the transitions of Circuit breaker, in order?"),
    ("# SQL\n\nIt makes sense once you know the logical order:\n\nFROM -> WHERE -> "
     "GROUP BY -> SELECT\n", "en.steps.arrow", "steps", "the logical order",
     "FROM; WHERE; GROUP BY; SELECT", "What is the logical order?"),
    ("## The expansion order\n\nShort version: braces -> tilde -> globbing -> quote "
     "removal.\n", "en.steps.arrow", "steps", "the expansion order",
     "braces; tilde; globbing; quote removal", "What is the expansion order?"),
    ("When you type a URL in the browser, the following happens:\n\n1. The browser checks "
     "its cache\n2. The resolver asks the root server\n", "en.steps.goal", "steps",
     "you type a URL in the browser",
     "The browser checks its cache; The resolver asks the root server",
     "What happens, step by step, when you type a URL in the browser?"),
    ("If you want to see the network traffic right away, you have to enable logging:\n\n"
     "1. Open the settings\n2. Check the logging box\n", "en.steps.goal", "steps",
     "enable logging", "Open the settings; Check the logging box",
     "What are the steps to enable logging?"),
    ("## How to insert an element\n\n1. Hash the element.\n2. Set the bits.\n",
     "md.steps.heading", "steps", "insert an element", "Hash the element; Set the bits",
     "What are the steps to insert an element?"),
    # lists
    ("There are two main operations a Bloom filter can perform: insertion and search.\n",
     "en.list.colon", "list", "main operations a Bloom filter can perform",
     "insertion; search", "What are the main operations a Bloom filter can perform?"),
    ("The probability of false positives is determined by three factors: the filter size, "
     "the number of hash functions, and the number of items.\n", "en.list.colon", "list",
     "probability of false positives",
     "the filter size; the number of hash functions; the number of items",
     "What is the probability of false positives determined by?"),
    ("A request consists of a method, a path and headers.\n", "en.list.consists", "list",
     "request", "a method; a path; headers", "What does a request consist of?"),
    ("Databases use two kinds of locks. The first is a shared lock. The second is an "
     "exclusive lock.\n", "en.list.ordinal", "list", "kinds of locks",
     "a shared lock; an exclusive lock", "What are the kinds of locks?"),
    ("You can store a graph in several ways. The common graph representations are:\n\n"
     "- Adjacency matrix\n- Adjacency list\n", "en.list.intro", "list",
     "common graph representations", "Adjacency matrix; Adjacency list",
     "What are the common graph representations?"),
    ("# Graphs\n\n## Corner cases\n\n- Empty graph\n- Graph with cycles\n", "en.list.heading",
     "list", "corner cases", "Empty graph; Graph with cycles", "What are the corner cases?"),
    # comparisons
    ("TCP guarantees delivery, whereas UDP does not.\n", "en.comparison.whereas", "comparison",
     "TCP vs UDP", "TCP guarantees delivery; UDP does not",
     "TCP vs UDP: what is the difference?"),
    ("BFS uses a queue while DFS uses a stack.\n", "en.comparison.whereas", "comparison",
     "BFS vs DFS", "BFS uses a queue; DFS uses a stack", "BFS vs DFS: what is the difference?"),
    ("Unlike TCP, UDP does not guarantee delivery.\n", "en.comparison.unlike", "comparison",
     "UDP vs TCP", "UDP does not guarantee delivery", "UDP vs TCP: what is the difference?"),
    ("InnoDB supports transactions, unlike MyISAM, which does not.\n",
     "en.comparison.unlike", "comparison", "InnoDB vs MyISAM", "InnoDB supports transactions",
     "InnoDB vs MyISAM: what is the difference?"),
    ("TCP guarantees ordered delivery; UDP does not.\n", "en.comparison.whereas",
     "comparison", "TCP vs UDP", "TCP guarantees ordered delivery; UDP does not",
     "TCP vs UDP: what is the difference?"),
    ("A mutex has an owner, but a semaphore has no owner.\n", "en.comparison.but",
     "comparison", "mutex vs semaphore", "A mutex has an owner; a semaphore has no owner",
     "mutex vs semaphore: what is the difference?"),
    ("The original variant finds one path, but the common variant finds all paths.\n",
     "en.comparison.but", "comparison", "original variant vs common variant",
     "The original variant finds one path; the common variant finds all paths",
     "original variant vs common variant: what is the difference?"),
    ("## TCP vs UDP\n\nUDP is connectionless.\n", "en.comparison.section", "comparison", "UDP",
     "connectionless", "TCP vs UDP — complete: UDP is …"),
    # glossary shapes (language-neutral rules, English wording)
    ("## Glossary\n\n| Term | Meaning |\n| --- | --- |\n| TTL | How long an entry stays "
     "cached |\n| Miss | A lookup that finds nothing |\n", "md.table.definition", "definition",
     "TTL", "How long an entry stays cached", "What is TTL?"),
    ("## Time complexity\n\n| Operation | Big-O |\n| --- | --- |\n| Search | O(1) |\n"
     "| Insert | O(log n) |\n", "md.table.property", "property", "Search Big-O", "O(1)",
     "What is the Big-O of Search?"),
    ("# Deque\n\n## Operations\n\n| Method | Description |\n| --- | --- |\n"
     "| push | Add to the back |\n| pop | Remove from the back |\n", "md.table.list", "list",
     "Deque operations", "push; pop", "What are the operations of Deque?"),
    ("Cache\n: A small, fast store for recently used data.\n", "md.deflist.colon",
     "definition", "Cache", "A small, fast store for recently used data", "What is Cache?"),
    ("## Misc perks\n\n- **Free meals** - lunch on weekdays\n- **Shuttle** - a bus to the "
     "office\n", "md.deflist.terms", "list", "Misc perks", "Free meals; Shuttle",
     "What are the Misc perks?"),
    ("## Search algorithms\n\n- **Common** - Binary search, Linear search\n- **Rare** - Jump "
     "search, Exponential search\n", "md.deflist.groups", "list", "Common search algorithms",
     "Binary search; Linear search", "What are the Common search algorithms?"),
    ("**Mutex**: a lock that one thread holds at a time.\n", "md.label.definition",
     "definition", "Mutex", "a lock that one thread holds at a time", "What is Mutex?"),
    ("## Bloom filter\n\nA space-efficient set structure. It answers maybe.\n",
     "md.heading.definition", "definition", "Bloom filter", "A space-efficient set structure",
     "What is a Bloom filter?"),
]


@pytest.fixture
def cards_of(write_note: Callable[..., Path]) -> Callable[[str], list[Card]]:
    """Build one note from markdown and return its cards."""
    counter = iter(range(1_000_000))

    def run(markdown: str) -> list[Card]:
        path = write_note(f"note{next(counter)}.md", markdown)
        return list(build([str(path)], AS_PHRASED).cards)

    return run


@pytest.mark.parametrize(("markdown", "rule_id", "kind", "term", "answer", "question"), GOLDEN,
                         ids=[f"{g[1]}-{i}" for i, g in enumerate(GOLDEN)])
def test_golden_card(cards_of: Callable[[str], list[Card]], markdown: str, rule_id: str,
                     kind: str, term: str, answer: str, question: str) -> None:
    cards = cards_of(markdown)
    made = [(c.rule, c.kind, c.term, c.answer, c.question) for c in cards]
    assert (rule_id, kind, term, answer, question) in made, made
    card = next(c for c in cards if c.rule == rule_id and c.term == term)
    assert card.lang == "en"
    # Grounded: the answer (each item of a list, each side of a contrast) is note text.
    for part in card.answer.split("; "):
        assert fold(part) in fold(markdown)
    assert fold(card.answer) not in fold(card.question)


def test_every_english_rule_has_a_golden_case() -> None:
    english = {r.id for r in catalogue() if r.id.startswith("en.")}
    english |= {r.id for r in catalogue() if r.id.startswith(("md.table.", "md.deflist."))}
    assert english - {g[1] for g in GOLDEN} == set()


@pytest.mark.parametrize("markdown", [
    # Brackets that are not expansions: a port, a cross-reference, letters that don't fit.
    "The origin answers on a web server port (port 443).\n",
    "The eviction rules are stricter for the cache (see below).\n",
    "Keys are hashed with SHA (a hash function from the standard library).\n",
    "Requests reach the proxy (CDN) first.\n",
    # An acronym that is never expanded gets no invented expansion.
    "The LRU policy evicts the oldest entries first.\n",
    "Set the TTL before you deploy the CDN configuration.\n",
])
def test_no_acronym_card_without_a_stated_expansion(
        cards_of: Callable[[str], list[Card]], markdown: str) -> None:
    assert [c for c in cards_of(markdown) if c.kind == "acronym"] == []


@pytest.mark.parametrize("markdown", [
    "It is important that you measure first.\n",           # "it" stands for what follows
    "This is why nobody likes cache invalidation.\n",       # "this" points back to nothing
    "Here is an example of a cache, holding three keys.\n",  # a worked example
    "For example, the node B is added to the queue.\n",
    "Mark visited nodes when done.\n",                      # an imperative, not a subject
    "A class should have one, and only one, reason to change\n",  # a quoted maxim, no period
    "What is a cache?\n",                                   # a question asks
])
def test_sentences_that_state_nothing_make_no_card(
        cards_of: Callable[[str], list[Card]], markdown: str) -> None:
    assert [(c.rule, c.question) for c in cards_of(markdown)] == []


def test_answers_are_trimmed_to_the_studied_part(cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("Dijkstra's algorithm is an algorithm for finding the shortest paths "
                     "between nodes in a graph, which may represent, for example, road "
                     "networks.\nBase salary is a fixed amount of salary you get for showing up "
                     "at work and is unaffected by how well the company is performing overall.\n")
    answers = {c.term: c.answer for c in cards if c.kind == "definition"}
    assert answers["Dijkstra's algorithm"] == (
        "an algorithm for finding the shortest paths between nodes in a graph")
    assert answers["Base salary"] == "a fixed amount of salary you get for showing up at work"


def test_hard_wrapped_lines_read_as_one_sentence(cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("A queue is usually used\nto keep track of the nodes\nthat were "
                     "encountered.\n")
    card = next(c for c in cards if c.rule == "en.property.used_to")
    assert card.answer == "to keep track of the nodes that were encountered"
    assert (card.source.line_start, card.source.line_end) == (1, 3)


def test_list_item_label_is_the_term(cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("## Collisions\n\n- Open addressing - All records stay in the bucket "
                     "array. When a new entry has to be inserted, the buckets are probed.\n"
                     "- Chaining - Each bucket holds a linked list.\n")
    questions = {c.question: c.answer for c in cards}
    assert questions["What happens in open addressing when a new entry has to be inserted?"] \
        == "the buckets are probed"


def test_pronouns_continue_the_subject_before(cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("## Signing bonus\n\nThis is a one-time lump sum that is paid when you "
                     "join. This amount is typically paid in the first month.\n")
    made = {(c.term, c.answer) for c in cards}
    assert ("Signing bonus", "a one-time lump sum that is paid when you join") in made
    assert ("Signing bonus", "typically paid in the first month") in made


def test_code_and_symbols_stay_in_terms(cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("The functions `get()` and `set()` must each run in O(1) time.\n"
                     "To do that, we use the `<details>` tag.\n")
    made = {(c.rule, c.term) for c in cards}
    assert ("en.property.statement", "functions get() and set()") in made
    assert ("en.property.purpose", "<details> tag") not in made  # nothing said before it


def test_sample_note_gives_every_kind() -> None:
    cards = build([str(SAMPLE_NOTES / "english" / "how-caches-work.md")], AS_PHRASED).cards
    kinds = {c.kind for c in cards}
    assert kinds >= {"definition", "acronym", "named_term", "steps", "list", "comparison",
                     "property"}
    assert all(c.lang == "en" for c in cards)
    by_question = {c.question: c.answer for c in cards}
    assert by_question["What is a cache?"] == (
        "a small, fast store that keeps copies of data close to where it is used")
    assert by_question["What does TTL stand for?"] == "time to live"
    assert by_question["What does CDN stand for?"] == "Content Delivery Network"
    assert by_question["What is a lookup that finds nothing called?"] == "cache miss"
    assert by_question["What are the steps to write a value?"] == (
        "update the backing store; invalidate the cached entry; let the next read load the "
        "fresh value")
    assert by_question["What happens if the cache is full?"] == (
        "the least recently used entry is evicted")
    assert not [c for c in cards if c.kind == "acronym" and "443" in c.answer + c.term]
    # No card twice, and no question that gives its answer away.
    assert len({(c.question, c.answer) for c in cards}) == len(cards)
    assert all(fold(c.answer) not in fold(c.question) for c in cards)


def test_short_definitions_are_also_studied_backwards(
        cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("A mutex is a lock that one thread holds at a time.\n")
    assert [c.shape for c in cards if c.kind == "definition"] == ["reversed"]


@pytest.mark.parametrize(("term", "expected"), [
    ("Bloom filter", "a Bloom filter"),
    ("inode", "an inode"),
    ("LRU cache", "an LRU cache"),
    ("HTTP request", "an HTTP request"),
    ("URL parser", "a URL parser"),
    ("JSON document", "a JSON document"),
    ("user", "a user"),
    ("unit test", "a unit test"),
    ("European server", "a European server"),
    ("hour", "an hour"),
    ("TCP", "TCP"),
    ("Dijkstra's algorithm", "Dijkstra's algorithm"),
    ("Google Chrome", "Google Chrome"),
    ("Bloom Filter", "a Bloom Filter"),
    ("Least Recently Used (LRU) Cache", "a Least Recently Used (LRU) Cache"),
    ("Trees", "Trees"),
    ("get()", "get()"),
    ("the cache", "the cache"),
    ("HTTP caching", "HTTP caching"),
    ("latency", "latency"),
    ("n", "n"),
    # labels that are adjectives take no article; nouns that look alike do
    ("immutable", "immutable"),
    ("private", "private"),
    ("stateless", "stateless"),
    ("Fully associative", "Fully associative"),
    ("Set-associative", "Set-associative"),
    ("variable", "a variable"),
    ("directive", "a directive"),
    ("topic", "a topic"),
    ("bonus", "a bonus"),
    ("supply chain", "a supply chain"),
    ("Friendly name", "a Friendly name"),
])
def test_english_article(term: str, expected: str) -> None:
    assert english_article(term) == expected


def test_english_templates_fill_every_slot() -> None:
    values = {"term": "T", "term_article": "a T", "answer": "A", "detail": "D", "subject": "S",
              "section": "Sec"}
    for name, template in TEMPLATES["en"].items():
        text = render(template, values)
        assert "{" not in text and "}" not in text, name
        assert text[:1].isupper() or text[:1] in "T", name


def test_english_json_export_round_trip(write_note: Callable[..., Path],
                                        tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from notequiz.cli import app

    path = write_note("en.md", "A cache is a small, fast store.\n")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    cards = json.loads(out.read_text(encoding="utf-8"))["cards"]
    assert [(c["question"], c["answer"], c["lang"], c["source"]["rule"]) for c in cards] == [
        ("What is a cache?", "a small, fast store", "en", "en.definition.copula")]


def test_a_pipeline_with_tags_lets_rules_use_them() -> None:
    """With a trained pipeline (NOTEQUIZ_EN_MODEL), verbs outside the word lists are found.

    No model is downloaded here: a toy component that tags a few verbs stands in
    for a trained tagger, which is all the rules read from it.
    """
    import spacy
    from spacy.language import Language

    from notequiz.extract.english import EnglishRules
    from notequiz.extract.korean import Unit

    verbs = {"elects"}

    @Language.component("toy_tagger", assigns=["token.pos"])
    def toy_tagger(doc):  # type: ignore[no-untyped-def]
        for token in doc:
            token.pos_ = "VERB" if token.lower_ in verbs else "NOUN"
        return doc

    text = "Raft elects leaders quickly."
    unit = Unit(text, "note.md", (), lambda _offset: 1, "", False)
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    assert list(EnglishRules(blank).find(unit)) == []
    tagged = spacy.blank("en")
    tagged.add_pipe("sentencizer")
    tagged.add_pipe("toy_tagger")
    made = [(c.rule, c.term, c.answer) for c in EnglishRules(tagged).find(unit)]
    assert made == [("en.property.statement", "Raft", "leaders quickly")]


@pytest.mark.parametrize(("heading", "asks"), [
    ("Why pick two is misleading", True), ("How it works", True), ("What is a monad?", True),
    ("TL;DR", True), ("When clause", False), ("WHERE clause", False), ("Which command", False),
])
def test_headings_that_ask_are_told_from_terms_that_start_like_questions(
        heading: str, asks: bool) -> None:
    from notequiz.extract.vocabulary import QUESTION_HEADING

    assert bool(QUESTION_HEADING.search(heading)) is asks


def _cards(tmp_path: Path, markdown: str) -> list[Card]:
    """The cards a build makes of ``markdown``, written as a note."""
    note = tmp_path / "note.md"
    note.write_text(markdown, encoding="utf-8")
    return list(build([str(note)], AS_PHRASED).cards)


def test_side_by_side_statements_are_no_contrast(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Pay\n\nA senior engineer's pay will depend on the company; the "
                            "team's results will matter less.\n\nThe cache is warm; the disk is "
                            "idle.\n\nTCP guarantees ordered delivery. UDP does not.\n")
    assert [c for c in cards if c.kind == "comparison"] == []
    # "UDP does not" leaves nothing to learn: no "Complete: UDP does … -> not".
    assert not any(c.answer in ("not", "does not") for c in cards)


def test_hard_wrapped_items_are_read_whole(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# TLS\n\n## Extensions\n\n- **SNI**: the hostname the client wants, "
                            "sent in the ClientHello so\n  one IP can serve many certificates.\n"
                            "- **ALPN**: lets the client and server agree on\n  h2 vs http/1.1 inside "
                            "the handshake.\n\n## Borrowing rules\n\n- At any given time, you can "
                            "have either one mutable reference or any number of\n  immutable "
                            "references.\n- References must always be valid.\n\n## Terms\n\n"
                            "- final class\n  a class that cannot be extended\n")
    answers = {c.term: c.answer for c in cards if c.rule == "md.label.definition"}
    assert answers["SNI"] == ("the hostname the client wants, sent in the ClientHello so one IP "
                              "can serve many certificates")
    assert answers["ALPN"] == "lets the client and server agree on h2 vs http/1.1 inside the handshake"
    rules = next(c for c in cards if c.kind == "list" and "borrowing" in c.term.lower())
    assert rules.items[0].endswith("any number of immutable references")
    # A short term over its description is still a term and its description.
    assert ("final class", "a class that cannot be extended") in {
        (c.term, c.answer) for c in cards if c.kind == "definition"}


def test_an_intro_that_is_a_clause_is_no_term(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Queries\n\nEvery query goes through roughly these stages:\n\n"
                            "1. Parse the SQL text\n2. Plan the query\n\n## Raft\n\nThe candidate "
                            "then:\n\n1. Increments its current term.\n2. Votes for itself.\n")
    assert not any(c.rule == "md.list.intro" for c in cards)


def test_a_sign_that_opens_a_sentence_stays_with_it(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Slices\n\nA slice is a reference to part of a collection. `&str` is a "
                            "string slice.\n")
    defined = {(c.term, c.answer) for c in cards if c.kind == "definition"}
    assert defined == {("slice", "a reference to part of a collection"),
                       ("&str", "a string slice")}


def test_signed_asides_clause_labels_and_call_arguments(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Notes\n\n⚠️ Gotcha: if you create a task and don't keep a reference "
                            "to it, it may be garbage collected mid-execution.\n\n"
                            "There's a second timeout people forget: max.poll.interval.ms\n\n"
                            "## Laws\n\n- commutative: merge(a, b) = merge(b, a)\n")
    assert [(c.term, c.answer) for c in cards if c.kind == "definition"] == [
        ("commutative", "merge(a, b) = merge(b, a)")]
    assert not any("Gotcha" in c.question for c in cards)
    # What an aside says is still read, as the sentence it is.
    cards = _cards(tmp_path, "# TLS 1.3\n\n## Debugging a handshake\n\nThe flag sets SNI.\n\n"
                            "> **Tip:** `SSLKEYLOGFILE=/tmp/keys.log` makes curl dump session secrets.\n")
    assert ("Complete: SSLKEYLOGFILE=/tmp/keys.log makes …", "curl dump session secrets") in {
        (c.question, c.answer) for c in cards}


def test_second_review_round_english(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Notes\n\n## UTF-16 and surrogates\n\nUTF-16 uses one code unit for BMP "
                            "characters.\n\n## Two families\n\nState-based CRDTs (CvRDTs) send their "
                            "whole state around.\n\n## Quick recap: HTTP/1.1 problems\n\nHTTP/1.1 sends "
                            "one request at a time.\n\n## Debugging\n\nRun with PYTHONASYNCIODEBUG=1.\n\n"
                            "## Blocking code\n\nTo call blocking code without freezing the loop, use "
                            "asyncio.to_thread().\n\n## Server push\n\nIn practice it was a flop.\n\n"
                            "## UTF-8\n\nIt's self-synchronizing: continuation bytes start with 10.\n\n"
                            "Deletes are writes too: a delete inserts a tombstone.\n\nSide note: use sub, "
                            "not email, as the user key.\n\nEmails change; sub doesn't.\n\n"
                            "Together the three amplifications are called the RUM conjecture (Read, Update, "
                            "Memory).\n")
    assert [c for c in cards if c.rule in ("md.heading.definition", "md.label.definition",
                                            "en.acronym.paren")] == []
    assert not any(c.answer == "doesn't" for c in cards)
    assert "RUM conjecture (Read, Update, Memory)" in {c.answer for c in cards}


def test_review_of_the_guards_english(tmp_path: Path) -> None:
    """What a code review of this stop's guards found they took away or made up."""
    cards = _cards(tmp_path, "# Notes\n\n## Inverted index\n\nSuppose we have three documents:\n\n"
                            "- doc1: the cat sat\n\nIn general, an inverted index has two parts:\n\n"
                            "- Dictionary: the sorted list of all terms\n\n## Caching\n\nKey benefits:\n\n"
                            "- Lower latency\n- Less load on the database\n\n## Protocols\n\n"
                            "- TCP: connection-oriented, reliable, ordered byte stream\n  Used by HTTP\n\n"
                            "## Effects\n\nReact runs the cleanup function before the effect is called "
                            "again.\n\nWhen the buffer is full, the producer is called back later.\n\n"
                            "I restarted the server every night for a month. This is called a cold "
                            "start.\n\nB-trees stay balanced on every insert, unlike what most people "
                            "expect.\n\nIn the example above, the server returns a 404 status.\n\n"
                            "The \"Remember me\" checkbox sets a persistent cookie.\n\n"
                            "## Goroutines\n\nThey run on a small pool of OS threads.\n\n"
                            "## Keywords\n\n- `catch`: handles an exception thrown inside the try block\n")
    asked = {c.question: c.answer for c in cards}
    assert asked["What is Dictionary?"] == "the sorted list of all terms"
    assert "Lower latency" in next(c for c in cards if c.kind == "list").items
    assert asked["What is TCP?"] == "connection-oriented, reliable, ordered byte stream"
    assert not any(c.kind == "named_term" or "vs" in c.term for c in cards)
    assert asked["What happens when the buffer is full?"] == "the producer is called back later"
    assert not any("example above" in q for q in asked)
    assert any("Remember me" in q for q in asked)
    assert asked["What are goroutines?"] == "They run on a small pool of OS threads"
    assert asked["What is catch?"] == "handles an exception thrown inside the try block"

    cards = _cards(tmp_path, "# Deque\n\n## Uses\n\n- **Browser history**: navigate backward (removeFront) "
                            "and forward\n  (removeBack) through pages\n\n## Running things\n\nThis takes "
                            "about 1 second, not 10.\n\n## Debugging\n\nThe flag sets SNI. Forgetting it "
                            "was exactly my bug, the server had no default certificate.\n")
    asked = {c.question: c.answer for c in cards}
    assert asked["What is a Browser history?"].endswith("(removeBack) through pages")
    assert not any(c.rule == "md.heading.definition" for c in cards)  # "This takes …"
    assert not any("default certificate" in a for a in asked.values())


def test_a_bold_term_and_a_dash_in_prose_define_the_term(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# asyncio\n\n## Core concepts\n\n**Coroutine** — a function defined with "
                            "`async def`. Calling it does not run it.\n\n**Event loop** — the scheduler "
                            "at the heart of asyncio.\n\nThe build — as usual — takes a minute.\n")
    defined = {(c.term, c.answer) for c in cards if c.kind == "definition"}
    assert defined == {("Coroutine", "a function defined with async def"),
                       ("Event loop", "the scheduler at the heart of asyncio")}


def test_a_leading_article_owns_no_list(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Rust\n\nThe borrowing rules:\n\n- One mutable reference\n"
                            "- References must be valid\n")
    assert "What are the rules of borrowing?" in {c.question for c in cards}


def test_a_header_that_is_a_verb_is_asked_as_a_label(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Rate limiting\n\n| Algorithm | Allows bursts | Accuracy |\n"
                            "|---|---|---|\n| Fixed window | yes (edges) | low |\n"
                            "| Sliding log | no | exact |\n")
    questions = {c.question: c.answer for c in cards if c.rule == "md.table.property"}
    assert questions["Fixed window — allows bursts?"] == "yes (edges)"
    assert questions["What is the accuracy of Sliding log?"] == "exact"


def test_first_sentences_that_define_nothing(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Flexbox cheat sheet\n\n#css #frontend\n\n## Group scheduling\n\n"
                            "With CONFIG_FAIR_GROUP_SCHED, CFS is fair between groups first.\n\n"
                            "## Sliding window log\n\nStore a timestamp for every request.\n\n"
                            "## Centering\n\nThat's it.\n\n## 0-RTT resumption\n\nThis is called "
                            "early data.\n\n## What rate limiting is\n\nRate limiting caps the "
                            "requests a client makes.\n\n## Reading query plans\n\nNotes from the "
                            "internal workshop.\n\n## Token bucket\n\nA bucket that holds up to "
                            "capacity tokens.\n")
    defined = {c.term: c.answer for c in cards if c.rule == "md.heading.definition"}
    assert defined == {"Token bucket": "A bucket that holds up to capacity tokens"}


def test_asides_and_a_sentences_second_line_label_no_term(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Fixed window\n\n- Pro: dead simple, one counter per client.\n"
                            "- Con: bursts at the window edges.\n\nCareful: EXPLAIN ANALYZE on a "
                            "DELETE really deletes.\n\nIn development, React mounts every component "
                            "twice. This\nis deliberate: it surfaces effects missing a cleanup.\n\n"
                            "Course: Computer Networks, week 7\n")
    assert [c.term for c in cards if c.rule == "md.label.definition"] == []


def test_names_written_as_code_take_no_article(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# CFS\n\n## Classes\n\n- `stop`: used internally for CPU hotplug\n"
                            "- `fair`: CFS, for SCHED_NORMAL\n\n## Tunables\n\n"
                            "- sched_latency_ns: the target period of the scheduler\n\n## Flexbox\n\n"
                            "| Property | Description |\n|---|---|\n| `justify-content` | aligns items "
                            "along the main axis |\n| gap | space between items |\n| trade-off | a "
                            "compromise between two goals |\n")
    questions = {c.term: c.question for c in cards if c.kind == "definition"}
    assert questions["stop"] == "What is stop?"
    assert questions["fair"] == "What is fair?"
    assert questions["sched_latency_ns"] == "What is sched_latency_ns?"
    assert questions["justify-content"] == "What is justify-content?"
    assert questions["gap"] == "What is a gap?"  # a word, not code
    assert questions["trade-off"] == "What is a trade-off?"  # a hyphen alone is English


def test_a_plural_label_is_asked_with_are(tmp_path: Path) -> None:
    """Review rounds 22-38 judged "What is Typical uses?" and its like ungrammatical (72 of
    93 such cards flawed): a plural label or heading is asked "What are …?", without the
    capital of a title. A name in camel case is one thing ("EncryptedExtensions"), as
    Postgres and an acronym (HTTPS) are, and "Analytics" is a field."""
    cards = _cards(tmp_path, "# Init containers\n\n- Typical uses: wait for a dependency, run "
                            "migrations\n- EncryptedExtensions: the server's extensions, now "
                            "encrypted\n- Connectivity checks: pair candidates and test each pair\n"
                            "- Startup order: no guarantee the proxy is up first\n"
                            "- Analytics: counts a restored page as a new view\n"
                            "- HTTPS: HTTP over a TLS connection\n\n"
                            "## Postgres\n\nPostgres is a database that keeps old row versions.\n")
    questions = {c.term: c.question for c in cards if c.kind == "definition"}
    assert questions["Typical uses"].startswith("What are typical uses?"), questions
    assert questions["Connectivity checks"].startswith("What are connectivity checks?"), questions
    assert questions["EncryptedExtensions"].startswith("What is EncryptedExtensions?"), questions
    assert questions["Startup order"].startswith("What is "), questions  # one order
    assert questions["Postgres"].startswith("What is Postgres?"), questions
    assert questions["Analytics"].startswith("What is "), questions  # a field, not things
    assert questions["HTTPS"].startswith("What is HTTPS?"), questions


def test_review_round_thirty_nine_numbered_problems_proposals_docs_and_roles(
        tmp_path: Path) -> None:
    """Review round 39: in "| # | Problem | Twist |" a problem is known by its title, not by
    its row's number ("What is the problem of # 121?"); "## Proposal (draft)" holds the
    writer's plan ("What is Phase 1?"); "Docs: …" points to the documentation; "… is the
    standard way" and "… is the other option" only give a role. A definition stays."""
    cards = _cards(tmp_path, "# Kadane\n\n## Drill\n\n| # | Problem | Twist |\n|---|---|---|\n"
                            "| 121 | Best Time to Buy and Sell Stock | Kadane on differences |\n"
                            "| 1186 | Max Subarray Sum with One Deletion | two DP states |\n\n"
                            "## Notes\n\nisComposing is the standard way.\n\n"
                            "journald is the other option.\n\n"
                            "- Docs: WITH Queries, section CTE Materialization\n\n"
                            "A passkey is a credential bound to one site.\n\n"
                            "## Proposal (draft)\n\n- Phase 1: passkeys as an optional sign-in method\n"
                            "- Phase 2: prompt users to add a passkey\n")
    assert sorted((c.question.split(" (")[0], c.answer) for c in cards) == [
        ("What is a passkey?", "a credential bound to one site"),
        ("What is the twist of Best Time to Buy and Sell Stock?", "Kadane on differences"),
        ("What is the twist of Max Subarray Sum with One Deletion?", "two DP states")], cards


def test_review_round_forty_study_header_and_own_numbers(tmp_path: Path) -> None:
    """Review round 40: "*Study notes — DL systems reading group, week 6.*" under the title
    heads the writer's notes ("What is a Gradient checkpointing …? -> Study notes — …");
    "## 6. My own numbers" holds the writer's measurements. A table of related problems with
    what each is stays."""
    cards = _cards(tmp_path, "# Gradient checkpointing\n\n*Study notes — DL systems reading group, "
                            "week 6.*\n\n## 6. My own numbers\n\n| setting | max micro-batch |\n"
                            "|---|---|\n| no checkpointing | 1 |\n| per-block checkpointing | 6 |\n\n"
                            "## Related problems\n\n| Problem | Sources are |\n|---|---|\n"
                            "| Rotting Oranges | rotten cells |\n| 01 Matrix | all 0 cells |\n")
    assert sorted((c.question.split(" (")[0], c.answer) for c in cards) == [
        ("01 Matrix — sources are?", "all 0 cells"),
        ("Rotting Oranges — sources are?", "rotten cells")], cards


def test_the_writer_speaking_makes_no_card(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Raft\n\nHonestly, five is the sweet spot for most setups I've seen.\n\n"
                            "I use flex for navbars and grid for page layouts.\n\n"
                            "Ownership is the thing that makes Rust Rust, so I want it to stick.\n\n"
                            "Disk I/O is the bottleneck of most databases.\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Disk I/O", "the bottleneck of most databases")]


def test_a_supposed_case_is_no_material(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Inverted index\n\nSuppose we have three documents:\n\n"
                            "- doc1: the quick brown fox\n- doc2: the lazy dog\n\n"
                            "The index then looks like this:\n\n| Term | Documents |\n|---|---|\n"
                            "| quick | doc1 |\n| lazy | doc2 |\n")
    assert not any("doc" in c.term or "doc" in c.answer for c in cards)


def test_a_colon_inside_inline_code_is_no_label(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Vary\n\nSetting `Vary: *` effectively makes the response uncacheable.\n\n"
                            "- `no-store`: the response must not be stored in any cache\n")
    labels = {(c.term, c.answer) for c in cards
              if c.rule == "md.label.definition"}
    assert labels == {("no-store", "the response must not be stored in any cache")}


def test_a_heading_is_defined_by_a_fragment_or_a_sentence_about_it(tmp_path: Path) -> None:
    """Not by a first sentence whose subject is something else (Loose objects, Data)."""
    cards = _cards(tmp_path, "# Git\n\n## Packfiles\n\nLoose objects are stored one file per object.\n\n"
                            "## Cache lines\n\nData moves between memory and cache in fixed-size "
                            "blocks.\n\n## Bloom filter\n\nA space-efficient set structure.\n\n"
                            "## Deque\n\nA deque (pronounced deck) is a linear data structure.\n\n"
                            "## Bonus\n\nBonuses are paid twice a year and depend on performance.\n\n"
                    "## The actor model\n\nThe runtime schedules every actor on a pool.\n")
    defined = {c.term for c in cards if c.rule == "md.heading.definition"}
    assert defined == {"Bloom filter", "Deque", "Bonus"}


def test_a_while_clause_about_its_own_subject_is_no_comparison(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# HTTP\n\nA protocol for the web. A response is fresh while its age is "
                            "below its lifetime.\n\n"
                            "BFS uses a queue while DFS uses a stack.\n")
    assert [c.term for c in cards if c.kind == "comparison"] == ["BFS vs DFS"]


def test_a_clause_before_a_colon_is_no_label(tmp_path: Path) -> None:
    """It introduces what follows ("There are two kinds of caches: …"), or is metadata."""
    cards = _cards(tmp_path, "# Notes\n\nThere are two kinds of caches: private caches and shared caches.\n\n"
                            "Git stores four types of objects: blobs, trees, commits and tags.\n\n"
                            "Objects are immutable: changing one byte changes the hash.\n\n"
                            "Related: [[Kubernetes Pods]], [[Deployments]]\n\n"
                            "- Liveness probe: checks whether the container still runs\n")
    labels = {c.term for c in cards if c.rule == "md.label.definition"}
    assert labels == {"Liveness probe"}


def test_table_headers_are_asked_as_aspects_in_lower_case(tmp_path: Path) -> None:
    """A header that is no noun ("Succeeds when", "Values stored in") is asked as a label."""
    cards = _cards(tmp_path, "# Tables\n\n## Levels\n\n| Level | Latency |\n| --- | --- |\n"
                            "| L1d | ~4 cycles |\n| DRAM | ~200 cycles |\n\n## Probes\n\n"
                            "| Mechanism | Succeeds when |\n| --- | --- |\n"
                            "| exec | the command exits with status code 0 |\n"
                            "| tcpSocket | the TCP port of the container is open |\n\n## Trees\n\n"
                            "| | B-tree | B+ tree |\n| --- | --- | --- |\n"
                            "| Values stored in | all nodes | leaves only |\n| Fan-out | lower | higher |\n")
    asked = {(c.question, c.answer) for c in cards}
    assert asked >= {
        ("What is the latency of L1d?", "~4 cycles"),
        ("exec — succeeds when?", "the command exits with status code 0"),
        ("B-tree — values stored in?", "all nodes"),
        ("What is the fan-out of B+ tree?", "higher"),
    }
    assert not [q for q, _ in asked if q in ("What is an exec?", "What is a tcpSocket?")]


def test_a_label_item_is_not_read_again_with_its_label_glued_on(tmp_path: Path) -> None:
    """`- Direct-mapped: each block maps to one line` is a label and its description."""
    cards = _cards(tmp_path, "# Caches\n\n## Placement\n\n- Direct-mapped: each memory block maps to exactly "
                            "one cache line.\n- Leader Append-Only: a leader never overwrites or deletes "
                            "entries in its log.\n")
    cards = cards
    assert {(c.rule, c.term) for c in cards} == {
        ("md.label.definition", "Direct-mapped"), ("md.label.definition", "Leader Append-Only")}


def test_numbered_actions_under_a_term_are_its_steps(tmp_path: Path) -> None:
    """Not numbered rules under a counted heading, nor numbered names."""
    cards = _cards(tmp_path, "# Raft\n\n## Leader election\n\n"
                            "1. A follower that hears nothing from a leader for an election timeout "
                            "becomes a candidate.\n2. The candidate increments its current term.\n"
                            "3. It sends RequestVote RPCs to all other servers.\n\n## The three rules\n\n"
                            "1. Each value has an owner.\n2. There can only be one owner at a time.\n"
                            "3. When the owner goes out of scope, the value is dropped.\n\n## Roles\n\n"
                            "1. Leader\n2. Follower\n3. Candidate\n")
    steps = {(c.question, c.items[0]) for c in cards if c.kind == "steps"}
    assert steps == {("What are the steps of Leader election?",
                      "A follower that hears nothing from a leader for an election timeout "
                      "becomes a candidate")}


def test_a_list_intro_that_is_a_clause_is_asked_about_what_it_counts(tmp_path: Path) -> None:
    """Not pasted into the question: "What are the Each tuple stores …?"."""
    cards = _cards(tmp_path, "# Notes\n\n## MVCC\n\nEach tuple stores two hidden system columns:\n\n"
                            "- xmin\n- xmax\n\n## Rendering\n\nSo a render has two phases:\n\n"
                            "- Render phase\n- Commit phase\n\n## Re-renders\n\n"
                            "A component re-renders when:\n\n- its state changes\n- its parent re-renders\n\n"
                            "## Vacuum\n\nWhat VACUUM does, in order:\n\n1. Scan the heap\n2. Prune it\n")
    lists = {c.question for c in cards if c.rule == "md.list.intro"}
    assert lists == {"What are the two hidden system columns each tuple stores?",
                     "What are the two phases a render has?"}


def test_abbreviations_option_dashes_and_asking_headers_survive(tmp_path: Path) -> None:
    """"e.g." and "vs." end no sentence, "-Xmx" keeps its dash, "Creates a layer?" asks."""
    cards = _cards(tmp_path, "# Misc\n\n## Claims\n\n- `alg`: the signing algorithm, e.g. HS256 or RS256\n\n"
                            "## Collectors\n\n| Collector | Flag |\n| --- | --- |\n"
                            "| Serial | `-XX:+UseSerialGC` |\n| G1 | `-XX:+UseG1GC` |\n\n## Layers\n\n"
                            "| Instruction | Creates a layer? |\n| --- | --- |\n| RUN | yes, one per run |\n"
                            "| ENV | no, metadata only |\n")
    asked = {(c.question, c.answer) for c in cards}
    assert asked >= {
        ("What is alg?", "the signing algorithm, e.g. HS256 or RS256"),
        ("What is the flag of Serial?", "-XX:+UseSerialGC"),
        ("RUN — creates a layer?", "yes, one per run"),
    }, asked


def test_a_label_line_goes_on_with_its_sentence_on_the_next_line(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# Sessions\n\n**Session cookie:** a cookie that holds an opaque session ID; the "
                            "server looks up the\nsession data in its own store.\n**JWT:** a signed token.\n")
    labels = {(c.term, c.answer) for c in cards
              if c.rule == "md.label.definition"}
    assert labels == {("Session cookie", "a cookie that holds an opaque session ID; the server "
                                         "looks up the session data in its own store"),
                      ("JWT", "a signed token")}


def test_noun_phrases_that_look_like_verbs_stay_noun_phrases(tmp_path: Path) -> None:
    """Regressions a code review found: "Build tools:", "System calls", "Set index"."""
    cards = _cards(tmp_path, "# Notes\n\n## Requests\n\nBuild tools:\n\n- make\n- ninja\n\n"
                            "There are three kinds of joins:\n\n- inner\n- outer\n- cross\n\n"
                            "## Kernel\n\n**System calls**: the interface a program uses.\n\n"
                            "TTL: time to live\nA long TTL raises the hit ratio.\n\n"
                            "## Cache address\n\n1. Cache line\n2. Set index\n3. Block offset\n\n"
                            "## REST\n\nREST uses verbs such as GET, PUT, etc. Servers keep no "
                            "state.\n\n## Terms\n\n| Term | Details |\n| --- | --- |\n"
                            "| TTL | how long an entry may be served from a cache |\n"
                            "| Miss | a lookup that finds nothing in the cache |\n")
    asked = {(c.question, c.answer) for c in cards}
    assert asked >= {
        ("What are the Build tools?", "make; ninja"),
        ("What are the kinds of joins?", "inner; outer; cross"),
        ("What are system calls?", "the interface a program uses"),
        ("What does TTL stand for?", "time to live"),
        ("What is TTL?", "how long an entry may be served from a cache"),
    }, asked
    assert not [c for c in cards if c.kind == "steps"]
    rest = [c.answer for c in cards if c.rule == "md.heading.definition" and c.term == "REST"]
    assert rest == ["REST uses verbs such as GET, PUT, etc"]  # "etc." may end a sentence


def test_a_title_s_study_notes_and_a_heading_s_article_are_no_owner(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "# TCP congestion control — study notes\n\n## The phases of TCP Reno\n\n"
                            "There are three phases: slow start, congestion avoidance and fast "
                            "recovery.\n")
    lists = {c.question for c in cards if c.kind == "list"}
    assert "What are the phases of TCP congestion control?" in lists, lists
    assert not [q for q in lists if q.endswith("of The?")]


def test_a_stated_reason_is_asked_why_of_its_statement(
        cards_of: Callable[[str], list[Card]]) -> None:
    """`X because Y`, `Because Y, X` and `X. This is because Y.`: "Why is it that X?" → Y."""
    cards = cards_of("# Notes\n\nAn interval is useful because it can represent a span of time.\n\n"
                     "Because every node keeps two links, removal at either end takes O(1) "
                     "time.\n\nThe kernel keeps the entry in the process table. That's because "
                     "the parent may still call wait() to read the exit status.\n\n"
                     "A single lost packet stalls every stream because all streams share one "
                     "connection.\n\nThe decoder ignores the compression level, which is why "
                     "decompression speed is the same at every level.\n\nThe leader keeps a full "
                     "copy of the log. That's why a failed follower loses nothing.\n")
    why = {(c.question, c.answer) for c in cards if c.rule == "en.property.because"}
    assert why == {
        ("Why is it that an interval is useful?", "it can represent a span of time"),
        ("Why is it that removal at either end takes O(1) time?", "every node keeps two links"),
        ("Why is it that the kernel keeps the entry in the process table?",
         "the parent may still call wait() to read the exit status"),
        ("Why is it that a single lost packet stalls every stream?",
         "all streams share one connection"),
        ("Why is it that decompression speed is the same at every level?",
         "The decoder ignores the compression level"),
        ("Why is it that a failed follower loses nothing?",
         "The leader keeps a full copy of the log"),
    }, why
    # "Y. That's why X.": the reason sentence is still a statement of its own.
    assert [c.answer for c in cards if c.question.startswith("Complete: the leader keeps")] == [
        "a full copy of the log"], [c.question for c in cards]
    # The why-card quotes its statement; no "Complete: an interval is … → useful" beside it.
    assert not [c for c in cards if c.question.startswith(("Complete: an interval",
                                                           "Complete: removal"))]


def test_a_reason_is_not_asked_of_a_statement_that_leans_elsewhere(
        cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("# Notes\n\nHowever, it's not certain, because other elements may set the "
                     "same bits.\n\nThis gives O(1) prepend because every node keeps two "
                     "links.\n\nBecause every node keeps two links, this gives O(1) prepend.\n\n"
                     "The cache is fast. This is because of that.\n\n"
                     "Reads are cheap because of it.\n\nWhen an entry is rejected because of a "
                     "gap, the leader decrements nextIndex and retries.\n\nIt is slow, which is "
                     "why nobody enables it.\n\nThis is easy to get wrong. That's why the "
                     "linter checks it.\n")
    assert [c.question for c in cards if c.rule == "en.property.because"] == []


def test_review_round_three_the_writer_advice_and_wrapped_lines_define_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Cards a black-box review of new notes judged bad, each from a shape of its own."""
    cards = cards_of(
        "# WebAssembly — what I learned this weekend\n\nSpent the weekend porting a filter to "
        "Wasm.\n\n## The problem\n\nPhysical clocks drift, so you can't use wall-clock "
        "timestamps to order events across machines.\n\n## Money\n\nDon't store money in "
        "floats.\n\n## Catastrophic backtracking\n\nToday a simple regex pinned a CPU core at "
        "100% in prod.\n\n## Is it faster than JS?\n\nDepends on the loop.\n\n## Takeaway\n\n"
        "Anchors don't save you here.\n\n## Reading\n\nHonestly the paper is short and "
        "readable.\n\n## Cost\n\nThe work grows exponentially with the input\n"
        "length: each extra character doubles the work.\n\n## CFS\n\nEach task has a\n"
        "**virtual runtime**: the time it has run, weighted by its priority.\n")
    asked = [c.question for c in cards]
    for bad in ("What is a WebAssembly — what I learned this weekend?", "What is The problem?",
                "What is Money?", "What is Catastrophic backtracking?",
                "What is an Is it faster than JS?", "What is Takeaway?",
                "What are wall-clock timestamps used for?", "What is a length?"):
        assert bad not in asked, bad
    assert not [q for q in asked if q.startswith(("Complete: Today", "Complete: Honestly"))]
    # A term in bold on a wrapped line is still a label.
    assert "What is a virtual runtime?" in asked, asked


def test_review_round_three_asides_and_joined_clauses_are_no_answers(
        cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("# Clocks\n\nNTP helps, but skew of a few milliseconds is normal.\n\n"
                     "Property: if a happens before b then L(a) < L(b).\n\n"
                     "Personal opinion: the naming rules seem pedantic.\n")
    asked = {c.question: c.answer for c in cards}
    assert not [a for a in asked.values() if a.startswith("but ")], asked
    assert "What is Property?" not in asked and "What is a Personal opinion?" not in asked, asked


def test_review_round_twelve_english(cards_of: Callable[[str], list[Card]]) -> None:
    """A contraction stays in the stem ("isn't …", not "is … -> n't a mistake"); a
    hidden file keeps its dot (.git/…) and an option its dash (-Xms); "## Notes"
    names no term; labels that open an aside or the writer's discourse define nothing."""
    cards = cards_of("# GIL\n\n## Notes\n\nThe GIL isn't a mistake.\n\n## Paths\n\n"
                     "- `.git/refs/heads/main`: a local branch\n- `-Xms`: the initial heap size\n\n"
                     "## Bloom filters\n\nIn other words: false positives are possible.\n\n"
                     "The reasoning: these requests were already possible.\n\n"
                     "Note on hashing: two hash functions are enough.\n\n"
                     "Next up in the book: swapping policies.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("Complete: the GIL isn't …", "a mistake") in asked, asked
    assert ("What is .git/refs/heads/main?", "a local branch") in asked, asked
    assert ("What is -Xms?", "the initial heap size") in asked, asked
    assert not [c for c in cards if c.term.lower() in ("notes", "in other words", "the reasoning")
                or c.term.startswith(("Note on", "Next up"))], asked


def test_review_round_fourteen_headings_that_state_ask_or_tell_define_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """A heading that asks ("What a message queue is"), states ("Timers are a minimum,
    not a promise"), names an aspect ("Postgres specifics") or speaks of the writer
    ("The pattern that killed us") is no term; a first sentence after a circumstance
    ("For a distributed service …", "The first time you connect, …") defines the
    heading only when the heading's word comes before its verb."""
    cards = cards_of(
        "# Queues\n\n## What a message queue is\n\nMessage queues are buffers between "
        "producers and consumers.\n\n## Timers are a minimum, not a promise\n\nNo sooner than "
        "its delay.\n\n## Postgres specifics\n\nPostgres is a database that keeps old row "
        "versions. Postgres uses MVCC instead of read locks.\n\n## The pattern that killed "
        "us\n\nA nested quantifier against a long run of letters.\n\n## Storage\n\n"
        "For a distributed service the counters must live in shared storage.\n\n## Cache\n\n"
        "In computing, a cache is a small store for recently used data.\n\n## known_hosts\n\n"
        "The first time you connect, ssh asks you to confirm the host key.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert not [c for c in cards if c.rule == "md.heading.definition"], asked
    assert ("What is a cache?", "a small store for recently used data") in asked
    assert ("What is Postgres?", "a database that keeps old row versions") in asked


def test_review_round_fourteen_labels_in_the_writers_voice_and_keywords(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The mental model that clicked for me:" and "Rule of thumb I use:" are the writer's
    labels (not "Blocking I/O:"); "SELECT ... FOR UPDATE" and "runs up to" name no use;
    "Postgres is a bit different" defines nothing; "Flow:" is the note subject's flow."""
    cards = cards_of(
        "# SSH and databases\n\nSome notes.\n\nUse `SELECT ... FOR UPDATE`, which takes a row "
        "lock so the second transaction waits.\n\n`make -j8` runs up to 8 recipes in parallel."
        "\n\nThe mental model that clicked for me: if your workload is mostly \"no\" answers, "
        "a filter saves work.\n\nRule of thumb I use: floats are for measurements.\n\n"
        "Blocking I/O: socket reads, file reads and waiting on a subprocess.\n\n"
        "The counter-intuitive part: smaller pools are often faster.\n\n"
        "Postgres is a bit different from MySQL.\n\n## What the agent does\n\n"
        "Flow: `ssh` -> `SSH_AUTH_SOCK` -> ssh-agent -> signature back to `ssh`.\n")
    asked = {c.question: c.answer for c in cards}
    assert asked["What is Blocking I/O?"].startswith("socket reads"), asked
    assert asked["What happens if your workload is mostly \"no\" answers?"] == (
        "a filter saves work"), asked
    assert asked["What is the flow of SSH and databases, in order?"].startswith("ssh; "), asked
    assert not [c for c in cards if c.term in ("SELECT", "up", "Rule of thumb I use",
                                               "The counter-intuitive part", "Postgres")], asked


@pytest.mark.parametrize(("heading", "names"), [
    ("Postgres specifics", False), ("Config snippet", False), ("Git internals", False),
    ("Timers are a minimum, not a promise", False), ("Anomalies the table doesn't show", False),
    ("What isolation means", False), ("My rules of thumb", False),
    ("The pattern that killed us", False), ("Postgres", True), ("Blocking I/O", True),
    ("Dead letter queues", True), ("WHERE clause", True), ("Verifying a login", False),
    ("Keeping the pool small", False), ("Caching strategies", True), ("Load balancing", True),
])
def test_english_headings_that_name_a_term(heading: str, names: bool) -> None:
    from notequiz.extract.structure import names_term

    assert names_term(heading) is names


def test_review_round_fourteen_pointing_subjects_verbs_before_a_relative_and_code_cells(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The culprit" and "the modern approach" point into the story: no definition; the
    noun before ", which" is the verb's object, not "The server includes X"; a table's
    code cell keeps its signs (`:=`)."""
    cards = cards_of("# Regex\n\nThe culprit was a regex. The modern approach is a strict CSP.\n\n"
                     "The server includes `Sec-WebSocket-Accept`, which is a hash of the client "
                     "key.\n\n## Assignment\n\n| Syntax | Name |\n|---|---|\n"
                     "| `=` | recursively expanded |\n| `:=` | simply expanded |\n"
                     "| `?=` | conditional |\n")
    asked = {(c.question, c.answer) for c in cards}
    assert not [c for c in cards if c.kind == "definition" and c.term.endswith(
        ("culprit", "approach"))], asked
    assert ("What is Sec-WebSocket-Accept?", "a hash of the client key") in asked, asked
    assert ("What is the name of :=?", "simply expanded") in asked, asked
    assert ("What is the name of =?", "recursively expanded") in asked, asked


def test_a_sign_inside_inline_code_ends_no_sentence(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"`SELECT ... FOR UPDATE`", "the leading `1.`" and "the `!`" hold a sentence's end
    sign inside code: the sentence goes on (a heading's definition and "This is called"
    read it whole); "Some notes." is about the writing."""
    cards = cards_of("# Databases\n\nSome notes.\n\n## Row locks\n\nA row lock is taken by "
                     "`SELECT ... FOR UPDATE` and held until commit.\n\n## Floats\n\n"
                     "The leading `1.` isn't stored at all. This is called the implicit bit.\n\n"
                     "When the `!` makes the match fail, the engine tries every split before "
                     "giving up. This is called catastrophic backtracking.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("What are row locks?", "A row lock is taken by SELECT ... FOR UPDATE and held "
            "until commit") in asked, asked
    assert ("What is this called? The leading 1. isn't stored at all", "implicit bit") in asked
    assert ("What is this called? When the ! makes the match fail, the engine tries every "
            "split before giving up", "catastrophic backtracking") in asked, asked
    assert not [c for c in cards if c.term in ("Databases", "Floats")], asked


def test_review_round_fifteen_steps_dates_activities_and_pointers_are_no_terms(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Algorithms II review notes." is about the writing; "The flow on login looks like
    this." points at what follows; "## Verifying a login" names an activity; "Write the
    last octet in binary:" is a step (not "Retry with exponential backoff:"); "March.
    Short version:" holds a sentence's end; "In short:" is an aside; "37 = 00100101"
    names nothing."""
    cards = cards_of("# Signals\n\nAlgorithms II review notes.\n\n## Login flow\n\nThe flow on "
                     "login looks like this.\n\n## Verifying a login\n\nThe server loads the "
                     "stored hash and compares it.\n\n## Subnets\n\nWrite the last octet in "
                     "binary: 37 = 00100101\n\nRetry with exponential backoff: wait 1s, 2s, 4s\n\n"
                     "March. Short version: if a dependency is down, stop hammering it.\n\n"
                     "In short: fail -> remove -> add -> resync\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("What is a Retry with exponential backoff?", "wait 1s, 2s, 4s") in asked, asked
    assert not [c for c in cards if c.rule.startswith(("md.heading", "md.equals"))
                or c.term.startswith(("Write", "March", "In short"))
                or "march" in c.question.lower()], asked


def test_a_name_with_a_digit_keeps_its_capital_in_a_why_question(
        cards_of: Callable[[str], list[Card]]) -> None:
    """The clause's first word loses its sentence capital ("password checks …"), a name
    with a digit keeps it ("Argon2")."""
    cards = cards_of("# Hashing\n\nArgon2 needs a lot of memory, because GPUs have little "
                     "memory per core.\n\nPassword checks use a constant-time comparison, "
                     "because a normal comparison leaks timing.\n")
    asked = {c.question for c in cards}
    assert "Why is it that Argon2 needs a lot of memory?" in asked, asked
    assert "Why is it that password checks use a constant-time comparison?" in asked, asked


def test_advice_with_its_reason_is_asked_why(cards_of: Callable[[str], list[Card]]) -> None:
    """"Use X. This is because Y." and "Don't X, because Y": the advice is asked "Why use
    X?", "Why not X?" (not "Why is it that don't …?")."""
    cards = cards_of("# Hashing\n\nUse a constant-time comparison. This is because a normal "
                     "comparison returns as soon as one byte differs.\n\nDon't store money in "
                     "floats, because 0.1 + 0.2 is not 0.3 in binary.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("Why use a constant-time comparison?",
            "a normal comparison returns as soon as one byte differs") in asked, asked
    assert ("Why not store money in floats?", "0.1 + 0.2 is not 0.3 in binary") in asked, asked


def test_an_arrow_chain_is_asked_once_as_its_steps(cards_of: Callable[[str], list[Card]]) -> None:
    """"Flow: a -> b -> c" is one steps card, not also a label's definition; a chain
    that leaves steps out, gives values or follows no name of its own gives none."""
    cards = cards_of(
        "# SSH agent\n\nFlow: ssh -> SSH_AUTH_SOCK -> ssh-agent -> signature back to ssh.\n\n"
        "For (a+)+b on aaac: a+ grabs aaa -> the outer + fails -> b fails\n\n"
        "Backtracking: a+ gives one back -> a+ tries aa -> and so on\n\n"
        "Path rebuild: target -> predecessor -> … -> source\n\n"
        "It works like this: read the file -> parse it -> run it\n\n"
        "Use the expand/contract pattern: expand schema -> backfill -> contract schema\n\n"
        "Events flow like this: generated -> pending -> handled\n\n"
        "Value history: A -> B -> A\n\n"
        "Curried: `f => g => h` is a function.\n\n"
        "## 타이머 켜기\n\nSteps: write the units -> daemon-reload -> enable the timer\n")
    asked = [(c.rule, c.question, c.answer) for c in cards]
    assert [a for a in asked if a[0] == "en.steps.arrow"] == [
        ("en.steps.arrow", "What is the flow of SSH agent, in order?",
         "ssh; SSH_AUTH_SOCK; ssh-agent; signature back to ssh")], asked
    # Nor is a label of a circumstance or of a clause pointing ahead a term.
    assert not [a for a in asked if a[0] == "md.label.definition"
                and ("ssh" in a[2] or "aaa" in a[2] or "pending" in a[2])], asked


def test_review_round_sixteen_the_writers_context_and_a_pronoun_heading(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Context: our password reset emails …" is the writer's story, and "## Putting it
    together" an activity with a pronoun: neither defines a term."""
    cards = cards_of("# Email authentication\n\nContext: our password reset emails were landing "
                     "in spam.\n\n## Putting it together\n\nA rough sequence of the checks a "
                     "receiver runs.\n")
    assert not [c for c in cards if c.term in ("Context", "Putting it together")], [
        c.question for c in cards]


def test_a_list_after_a_clause_asks_for_what_it_lists_by_name(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Controllers in cgroup v2 include:" lists the controllers, by their names; "Lamport
    defined the happened-before relation, written a -> b:" is a clause, no term."""
    cards = cards_of("# cgroups\n\nControllers in cgroup v2 include:\n\n- `cpu` — weights and "
                     "bandwidth limits\n- `memory` — limits like `memory.max`\n- `io` — block "
                     "device bandwidth\n\n## Clocks\n\nLamport defined the **happened-before** "
                     "relation, written `a -> b`:\n\n- If `a` comes first in one process, then "
                     "`a -> b`.\n- If `a` sends a message and `b` receives it, then `a -> b`.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("What are the Controllers in cgroup v2?", "cpu; memory; io") in asked, asked
    assert not [q for q, _ in asked if "Lamport defined" in q or q.endswith("include?")], asked


def test_review_round_sixteen_subjects_that_point_back_and_an_acronym_gloss(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Everything else is tooling" and "The converse does not hold" are about what came
    before; "a Merkle DAG (directed acyclic graph)" expands DAG, it defines no Merkle DAG."""
    cards = cards_of("# Containers\n\nThe kernel gives you namespaces and cgroups. Everything "
                     "else is tooling.\n\nIf a happened before b, L(a) < L(b). The converse "
                     "does not hold.\n\nIPFS uses a Merkle DAG (directed acyclic graph) for "
                     "content addressing.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert not [q for q, _ in asked if "verything else" in q or "converse" in q
                or q == "What is Merkle DAG?"], asked
    assert ("What does DAG stand for?", "directed acyclic graph") in asked, asked


def test_review_round_seventeen_chains_downsides_and_the_writers_column(
        cards_of: Callable[[str], list[Card]]) -> None:
    """A chain under "## Steps to add an element" or "## The core workflow" is its steps,
    and so is "The flow is basically: …"; "Downside:" is the section term's downside; a "My take" column and a
    gloss that opens with "via" say nothing of the row or the term."""
    cards = cards_of(
        "# HyperLogLog\n\n## Steps to add an element\n\nhash(x) -> split the bits -> count "
        "leading zeros\n\n## Vim grammar\n\nThe flow is basically: pick an operator -> pick a "
        "count -> pick a motion.\n\n## Buddy allocator\n\nDownside: internal fragmentation.\n\n"
        "## Fixes\n\n| Fix | Why it works | My take |\n|---|---|---|\n| padding | blocks the "
        "collapse | hacky |\n| flow-root | new context | best |\n\n## Reads\n\nThe reader "
        "checks the WAL (via the shared wal-index) for a newer page.\n\n## The core workflow"
        "\n\nwrite -> terraform init -> terraform plan\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("What are the steps of the core workflow?",
            "write; terraform init; terraform plan") in asked, asked
    assert ("What are the steps to add an element?",
            "hash(x); split the bits; count leading zeros") in asked, asked
    assert ("What is the flow of Vim grammar, in order?",
            "pick an operator; pick a count; pick a motion") in asked, asked
    assert ("What is the downside of Buddy allocator?", "internal fragmentation") in asked, asked
    assert not [a for _, a in asked if a in ("hacky", "best")], asked
    assert not [q for q, _ in asked if q == "What is WAL?"], asked


def test_a_condition_that_points_back_is_no_card_one_that_counts_names_the_section(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"If it's empty, …" speaks of what the sentence before names (the free list), which
    the question cannot: no card. "If both are negative" and "If they all are zero" count
    the section's things and ask "… (Signs)"; a condition that names its subject asks
    without it."""
    cards = cards_of("# Allocators\n\n## Buddy allocator\n\nLook at the free list of the right "
                     "order. If it's empty, take a block from a higher order and split it.\n\n"
                     "If the free list is full, the allocator merges buddies.\n\n## Signs\n\n"
                     "If both are negative, the product is positive. If they all are zero, "
                     "the sum is zero.\n")
    asked = {c.question for c in cards}
    assert "What happens if they all are zero? (Signs)" in asked, asked
    assert not [q for q in asked if "it's empty" in q], asked
    assert "What happens if both are negative? (Signs)" in asked, asked
    assert "What happens if the free list is full?" in asked, asked


def test_a_chain_after_a_when_clause_is_what_happens_then(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"When size == capacity, the array must grow:" then a chain: "What happens, step by
    step, when size == capacity?", not "What is the when size == capacity, …?"."""
    cards = cards_of("# Dynamic arrays\n\nWhen size == capacity, the array must grow:\n\n"
                     "allocate a bigger buffer -> copy every element -> free the old buffer\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("What happens, step by step, when size == capacity?",
            "allocate a bigger buffer; copy every element; free the old buffer") in asked, asked


def test_an_acronym_with_a_digit_spells_a_number_word(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Two-phase commit (2PC)", "peer-to-peer (P2P)" and "3NF (third normal form)": a digit
    of an acronym stands for a number word (two, to, third); "layer seven (L8)" spells
    nothing."""
    cards = cards_of("# Distributed\n\n**Two-phase commit** (2PC) is an atomic commitment "
                     "protocol.\n\nBitTorrent is a peer-to-peer (P2P) protocol.\n\n"
                     "Proxies work at layer seven (L8) here.\n\nMost schemas stop at 3NF (third "
                     "normal form) and go no further.\n")
    acronyms = {(c.term, c.answer) for c in cards if c.kind == "acronym"}
    assert acronyms == {("2PC", "Two-phase commit"), ("P2P", "peer-to-peer"),
                        ("3NF", "third normal form")}, acronyms


def test_review_round_eighteen_the_writers_framing_is_no_term(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The key point:" and "Lesson learned:" frame what follows (a verb in the label makes
    it no less a label): no term, and no statement about the label; after "My take:" or
    "Opinion:" comes the writer's view, no fact to learn."""
    cards = cards_of("# CSRF\n\n## Why it works\n\nThe key point: the attacker never sees the "
                     "response.\n\n## Order\n\nLesson learned: put 2>&1 last.\n\n"
                     "## Endianness\n\nMy take: just pick little-endian for a new format.\n\n"
                     "## Verdict\n\nOpinion: Raft is easier to teach than Paxos.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert not [c for c in cards if c.term.lower() in ("the key point", "key point")
                or c.term.lower().startswith("lesson")], asked
    assert not [a for _, a in asked if "little-endian" in a or "easier to teach" in a], asked


def test_a_thing_named_by_its_place_in_a_list_is_no_named_term(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The second case is called an ambiguous time": which case is the passage's (no
    subject at all, in any rule); a description names what it describes."""
    cards = cards_of("# Dates\n\n## DST\n\nThe first case is a gap. The second case is called "
                     "an ambiguous time.\n\nA wall clock reading that happens twice is called an "
                     "ambiguous time.\n\n## Modes\n\nIn `ls -l`, the first character is the "
                     "file type.\n")
    named = [(c.question, c.answer) for c in cards if c.kind == "named_term"]
    assert named == [("What is a wall clock reading that happens twice called?",
                      "ambiguous time")], named
    # A thing of its own, not one of a list: "the first character" of a mode string.
    assert [c for c in cards if c.term == "first character"], [c.question for c in cards]


def test_a_verb_looking_word_inside_a_noun_phrase_opens_no_predicate(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"A doubly linked list", "A disjoint set union", "OS page caches use it", "Later finds":
    the noun phrase goes on past the word, and the statement is read with its real verb."""
    cards = cards_of("# Union-Find\n\n## Definition\n\nA disjoint set union (DSU) is a data "
                     "structure that tracks disjoint sets.\n\n## Parts\n\n- A doubly linked list "
                     "keeps the recency order.\n- A hash set stores the keys.\n\n## Variants\n\n"
                     "CLOCK is cheap. OS page caches use it for that reason.\n\n## Speed\n\n"
                     "Later finds on those nodes are fast.\n\n## Writes\n\nNon-simple requests "
                     "get an OPTIONS preflight.\n\n## Kernel\n\nThe kernel set the flag.\n\n"
                     "## How it works\n\nMerging works like the merge step of mergesort since every input "
                     "file is sorted.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("What is a disjoint set union (DSU)?",
            "a data structure that tracks disjoint sets") in asked, asked
    stems = {c.question for c in cards if c.rule == "en.property.statement"}
    assert {"Complete: a doubly linked list keeps …", "Complete: a hash set stores …",
            "Complete: Non-simple requests get …", "Complete: the kernel set …",
            "Complete: Merging works …"} <= stems, stems
    assert not [s for s in stems if s.startswith(("Complete: OS page", "Complete: Later finds"))
                and not s.endswith(" are …")], stems


def test_a_table_row_naming_the_other_rows_is_no_thing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"| both | O(α(n)) |" is a combination of the rows above, which no question can name;
    "None" can be a thing (SameSite=None)."""
    cards = cards_of("# Union-Find\n\n## Cost\n\n| Version | find (amortized) |\n|---|---|\n"
                     "| union by rank | O(log n) |\n| path compression | O(log n) |\n"
                     "| both | O(α(n)) |\n\n## SameSite\n\n| Value | Sent on |\n|---|---|\n"
                     "| Strict | same-site requests |\n| None | every request |\n")
    terms = {c.term for c in cards if c.rule == "md.table.property"}
    assert "union by rank find (amortized) complexity" in terms, terms
    assert not [t for t in terms if t.startswith("both")], terms
    assert "None Sent on" in terms, terms


def test_a_table_that_a_query_printed_is_no_glossary(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 35: rows under "| slot_name | slot_type | wal_status |" right after the
    query are what it printed on the writer's server ("What is the wal_status of
    debezium_orders? -> extended"). The same table with a paragraph between, and a table after
    code with a header in words ("what it does"), are still read."""
    query = "```sql\nSELECT slot_name, slot_type, wal_status FROM pg_replication_slots;\n```\n\n"
    table = ("| slot_name | slot_type | wal_status |\n|---|---|---|\n"
             "| debezium_orders | logical | extended |\n| replica_b | physical | reserved |\n\n")
    cards = cards_of("# Slots\n\n## Diagnosis\n\n" + query + table + "## Kinds\n\n"
                     "Slots come in two kinds.\n\n" + table + "## Flags\n\n" + query
                     + "| open_flag | what it does |\n|---|---|\n| O_SYNC | syncs each write |\n"
                     "| O_DIRECT | skips the page cache |\n")
    rows = sorted((c.section[-1], c.term) for c in cards if c.rule == "md.table.property")
    assert rows == [("Kinds", "debezium_orders slot_type"), ("Kinds", "debezium_orders wal_status"),
                    ("Kinds", "replica_b slot_type"), ("Kinds", "replica_b wal_status")], rows
    assert {c.term for c in cards if c.section[-1] == "Flags"} >= {"O_SYNC", "O_DIRECT"}, cards


def test_review_round_eighteen_the_writers_choice_places_ranks_and_pronoun_conditions(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The defenses I'd actually use" asks for the defenses; "The second one fails
    because …" and "Rule 3 exists because …" name a thing by its place; "Strict is the
    safest" ranks it, defines nothing; "If they do, …" says what the sentence before does."""
    cards = cards_of("# CSRF\n\n## Defenses\n\nThere are three defenses I'd actually use in "
                     "production:\n\n- **Synchronizer token**: a random token in the form\n"
                     "- **SameSite cookies**: the browser holds the cookie back\n"
                     "- **Origin check**: the server checks the header\n\n## Ordering\n\n"
                     "The second one fails because fd 1 still points to the terminal.\n\n"
                     "Rule 3 exists because the tz rules may change. Rule 3 is basically "
                     "C++'s RAII.\n\nThe parser fails because the input is malformed.\n\n## Values\n\n"
                     "`Strict` is the safest, but links from email lose the cookie.\n\n"
                     "`Lax` is the most practical option for most apps.\n\n"
                     "A nonce is the smallest unit of trust here.\n\n## Misc notes\n\n"
                     "- GET requests should never change state. If they do, `Lax` won't save "
                     "you.\n")
    asked = {(c.question, c.answer) for c in cards}
    lists = [c.question for c in cards if c.kind == "list"]
    assert lists == ["What are the defenses?"], lists
    why = [c.question for c in cards if c.rule == "en.property.because"]
    assert why == ["Why is it that the parser fails?"], why
    defined = {c.term for c in cards if c.kind == "definition"}
    assert not defined & {"Strict", "Lax"} and "nonce" in defined, defined
    assert not [q for q, _ in asked if "they do" in q or "Rule 3" in q], asked


def test_a_process_heading_is_asked_as_the_steps_of_it(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"## How an attack plays out" then a numbered scenario: its steps, not statements cut
    from them ("Complete: the victim logs … -> in to …"); "## The core workflow": the steps
    *of* it, not "the steps to The core workflow"."""
    cards = cards_of("# CSRF\n\n## How an attack plays out\n\n1. The victim logs in to "
                     "`bank.example` and gets a session cookie.\n2. The victim visits "
                     "`evil.example` in another tab.\n3. The page submits a form to the bank.\n\n"
                     "## The core workflow\n\n1. Edit files in the working tree.\n2. Stage them "
                     "with git add.\n3. Commit with git commit.\n\n## How to revert\n\n1. Find "
                     "the commit.\n2. Run git revert.\n")
    steps = {c.question for c in cards if c.kind == "steps"}
    assert steps == {"What are the steps of how an attack plays out?",
                     "What are the steps of the core workflow?",
                     "What are the steps to revert?"}, steps
    assert not [c for c in cards if c.kind != "steps"], [c.question for c in cards]


def test_a_long_description_with_its_own_clause_is_named(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The variant where the token is stored … is called the double-submit cookie pattern":
    the description's own "is" is no predicate; "It" in the next sentence is the name."""
    cards = cards_of("# CSRF\n\n## Defenses\n\nThe variant where the token is stored in a cookie "
                     "and also sent in a request header is called the **double-submit cookie** "
                     "pattern. It is handy without server-side session state.\n")
    named = [(c.question, c.answer) for c in cards if c.kind == "named_term"]
    assert named == [("What is the variant where the token is stored in a cookie and also sent "
                      "in a request header called?", "double-submit cookie pattern")], named
    stems = [c.question for c in cards if c.rule == "en.property.carried"]
    assert stems == ["Complete: double-submit cookie pattern is …"], stems


def test_a_degree_of_worse_defines_nothing(cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("# Backoff\n\n## Results\n\nFull jitter did best. Equal jitter was a bit "
                     "worse.\n")
    assert not [c for c in cards if c.kind == "definition"], [c.question for c in cards]


def test_labels_that_set_the_scene_or_state_something_name_no_term(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Context:", "Support:", "The flip side:", "Idea:" frame what follows; "GPT-2 introduced
    byte-level BPE:" and "no unknown token ever:" are statements; "Memory allocated on
    the heap:" is still a term."""
    cards = cards_of("# Notes\n\n## Labels\n\nContext: a Java service kept dying.\n\n"
                     "Idea: repeatedly take a vertex with no incoming edges.\n\n"
                     "Support: size queries work in all major browsers.\n\n"
                     "The flip side: the kernel has promised memory it may not have.\n\n"
                     "GPT-2 introduced byte-level BPE: the base alphabet is the 256 byte values.\n\n"
                     "- no unknown token ever: any byte sequence can be encoded\n\n"
                     "Memory allocated on the heap: lives until it is freed.\n")
    terms = {c.term for c in cards if c.rule == "md.label.definition"}
    assert terms == {"Memory allocated on the heap"}, terms


def test_study_notes_then_a_comma_define_no_title(cards_of: Callable[[str], list[Card]]) -> None:
    cards = cards_of("# Topological sort (Kahn's algorithm + DFS)\n\nStudy notes, algorithms "
                     "week 6.\n\n## Definition\n\nA topological order lists a DAG's vertices so "
                     "every edge points forward.\n")
    assert not [c for c in cards if "Study notes" in c.answer], [c.question for c in cards]


def test_review_round_nineteen_pointers_two_clauses_and_question_headings(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Most GPT-style models use a variant of it": "it" is not the models; "/dev/null
    discards anything written to it" is about /dev/null. A condition of two clauses
    ("When …; when …"), a result that opens with "but", and a list named by a question
    heading ("## What v7 changes") give no card."""
    cards = cards_of("# BPE\n\n## Merges\n\nBPE merges the most frequent pair. Most GPT-style "
                     "models use a variant of it.\n\n"
                     "/dev/null discards anything written to it.\n\n## Budgets\n\n"
                     "When things are healthy you barely retry; when everything fails, retries "
                     "are capped.\n\nOnce you know the two-word layout it makes sense, but it's "
                     "not something you'd ever guess.\n\n## What v7 changes\n\n"
                     "- **unix_ts_ms** - 48 bits of milliseconds\n- **rand_a** - 12 random bits\n"
                     "- **rand_b** - 62 random bits\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("Complete: /dev/null discards …", "anything written to it") in asked, asked
    assert not [q for q, a in asked if a.endswith("variant of it") or q.startswith("What happens")
                or q.startswith("What are the What")], asked


def test_inside_a_phrase_a_relative_clause_and_the_rest_of_a_sentence(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Inside a container, the limit is …" defines the limit; in "middleware chains where a
    handler is an interface" the verb is the clause's; "or `journalctl -k` …" after a code
    block is the rest of a sentence, no definition of its heading."""
    cards = cards_of("# OOM\n\n## Container flavor\n\nInside a container, the limit is the cgroup "
                     "memory limit.\n\n## Other places\n\n- middleware chains where a handler is "
                     "an interface\n\n## Finding evidence\n\n```\ndmesg -T\n```\n\nor "
                     "`journalctl -k | grep -i oom`. The kernel also dumps a table.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("What is the limit?", "the cgroup memory limit") in asked, asked
    assert not [q for q, a in asked if "Inside" in q or "where a handler" in q
                or a.startswith("or ")], asked


def test_a_table_of_codes_names_each_row_by_its_code(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Rows named by numbers are codes when a column says something of each in words:
    "fd 0" (the first header names what they are), "vm.overcommit_memory value 0" (the
    line before names the setting). A first header that measures ("Length"), one that
    names nothing alone ("value" with no setting before it) or values that are numbers
    make no card; a header opening with a preposition is asked as a label."""
    cards = cards_of("# Linux\n\n## Descriptors\n\n| fd | Name | On a terminal |\n|---|---|---|\n"
                     "| 0 | stdin | the keyboard |\n| 1 | stdout | the screen |\n\n"
                     "## Overcommit\n\nControlled by `vm.overcommit_memory`:\n\n"
                     "| value | mode |\n|---|---|\n| 0 | heuristic |\n| 2 | strict |\n\n"
                     "## Levels\n\n| value | mode |\n|---|---|\n| 0 | quiet |\n| 1 | loud |\n\n"
                     "## Precision\n\n| Length (chars) | Cell size |\n|---|---|\n| 4 | 39 km wide |\n"
                     "| 5 | 4.9 km wide |\n\n## Pool\n\n| Level | Threads |\n|---|---|\n"
                     "| 0 | 1 |\n| 1 | 4 |\n")
    asked = {(c.question.split(" (")[0], c.answer) for c in cards if c.rule.startswith("md.table")}
    assert ("What is the name of fd 0?", "stdin") in asked, asked
    assert ("fd 1 — on a terminal?", "the screen") in asked, asked
    assert ("What is the mode of vm.overcommit_memory value 2?", "strict") in asked, asked
    assert len(asked) == 6, asked


def test_review_round_twenty_the_writer_asides_and_pointers_make_no_card(
        cards_of: Callable[[str], list[Card]]) -> None:
    """The writer's notes ("… for future me", "Ran into these …", "Algorithms course,
    lecture 9."), an incident ("On-call incident last week:"), an example or a consequence
    as a label, a reading tip ("… has a great write-up …"), a size as a gloss ("a pattern
    P (length m)"), an adverb taken for a thing ("decode runs sequentially to find …"), an
    answer that points ("… for exactly this"), a label that is a step ("Look at the
    trend:"), a first sentence that orders ("Put it on `th`") or implies ("Shared prefix =>
    close together"), a heading about what is wrong ("The problem with …") and an "=" inside
    a clause make no card."""
    cards = cards_of("# KMP string matching\n\nAlgorithms course, lecture 9.\n\n"
                     "**KMP** finds a pattern `P` in a text (length n) fast. Consolidated "
                     "notes, mostly for future me.\n\n## Roaring bitmaps\n\nRan into these "
                     "while poking at how Lucene stores postings.\n\n## The problem with plain "
                     "bitmaps\n\nA plain bitmap uses one bit per possible value. Run-length "
                     "bitmaps make access slow, because you have to decode runs sequentially "
                     "to find bit n.\n\n## Sticky table headers\n\nPut it on `th`, not on "
                     "`thead`.\n\n## The edge problem\n\nShared prefix => close together.\n\n"
                     "## Load\n\nOn-call incident last week: load 180 on a 16-core box.\n\n"
                     "Example from Wikipedia: 57.64911, 10.40744 is u4pruydqqvj.\n\n"
                     "Consequence: high load with idle CPUs means tasks stuck in D.\n\n"
                     "Brendan Gregg has a great write-up digging up the original patch.\n\n"
                     "For each position i in the pattern, lps[i] = length of the longest\n"
                     "proper prefix.\n\nOctal mode adds up the bit values. So rwx is 4+2+1 = "
                     "7, r-x is 5, and\nso on.\n\n"
                     "- Look at the **trend**: 1-min > 15-min means it's getting worse\n\n"
                     "## Platforms\n\nOn macOS, fsync does not flush the drive cache. SQLite "
                     "has a pragma for exactly this.\n")
    asked = {(c.question, c.answer) for c in cards}
    terms = {c.term.lower() for c in cards}
    assert not [(q, a) for q, a in asked if "lecture" in a or "future me" in a
                or "Ran into" in q + a], asked
    assert not terms & {"text", "sequentially", "sticky table headers", "the edge problem",
                        "the problem with plain bitmaps", "on-call incident last week",
                        "example from wikipedia", "consequence", "look at the trend"}, asked
    assert not [a for _, a in asked if "write-up" in a or "exactly this" in a
                or a.startswith(("length of", "7,"))], asked
    assert ("Complete: KMP finds …", "a pattern P in a text (length n) fast") in asked, asked


def test_a_list_intro_of_steps_asks_for_the_steps_of_what_it_names(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The standard "atomic replace" recipe:" over numbered items asks "What are the steps
    of the standard …?"; "Two steps:" those of the section's term; an intro that names
    things drops its article ("What are the syscalls?", not "the The syscalls")."""
    cards = cards_of("# Files\n\n## Replacing a file\n\nThe standard \"atomic replace\" recipe:\n\n"
                     "1. write the new content to a temp file\n2. fsync the temp file\n"
                     "3. rename it over the old one\n\n## Basic setup\n\nTwo steps:\n\n"
                     "1. Mark an ancestor as a container\n2. Write rules for descendants\n\n"
                     "## Namespaces\n\nThe syscalls:\n\n- clone() makes a process\n"
                     "- unshare() moves the caller\n")
    asked = {c.question.split(" (")[0] for c in cards if c.rule == "md.list.intro"}
    assert asked == {'What are the steps of the standard "atomic replace" recipe?',
                     "What are the steps of Basic setup?", "What are the syscalls?"}, asked


def test_a_python_name_keeps_its_underscores_at_an_answers_ends(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"defines __set__ or __delete__" and "__init__" keep the underscores their ends
    would otherwise lose with the punctuation around an answer."""
    cards = cards_of("# Descriptors\n\n- **data descriptor**: defines __set__ or __delete__\n\n"
                     "## Setup\n\nA class uses __init__ to set up its fields.\n")
    asked = {(c.question.split(" (")[0], c.answer) for c in cards}
    assert ("What is a data descriptor?", "defines __set__ or __delete__") in asked, asked
    assert [q for q, _ in asked if "__init__" in q], asked


def test_a_sentence_naming_a_step_by_number_or_saying_everywhere_is_no_card(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Next access hits step 2 …" leans on a list no card shows; "… shows up everywhere"
    gives an answer that says nothing."""
    cards = cards_of("# Descriptors\n\n## Lookup\n\nNext access hits step 2 and never calls the "
                     "descriptor again.\n\nThe prefix function shows up everywhere.\n\n"
                     "The lookup checks the type first.\n")
    answers = {c.answer for c in cards}
    assert not [a for a in answers if "descriptor again" in a or a == "everywhere"], answers
    assert "the type first" in answers, answers


def test_a_label_that_says_where_is_no_term_and_almost_is_no_part_of_one(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"- in uninterruptible sleep (state D): …" and "On get(key): …" say when, they name
    nothing; "X almost always means Y" is about X, not "X almost"."""
    cards = cards_of("# Load\n\n## States\n\n- **runnable** (state R): running or waiting\n"
                     "- in **uninterruptible sleep** (state D): usually blocked on disk I/O\n\n"
                     "On get(key): look up the node -> unlink it -> return the value\n\n"
                     "## Reading it\n\nHigh load with idle CPUs almost always means tasks "
                     "stuck in D.\n")
    terms = {c.term.lower() for c in cards}
    assert not [t for t in terms if t.startswith(("in uninterruptible", "on get"))], terms
    assert "high load with idle cpus" in terms and not [t for t in terms if "almost" in t], terms


def test_a_counted_intro_with_a_verb_and_no_object_asks_for_the_things_that_do_it(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Two boxes matter:" asks "What are the two boxes that matter?", not "What are the
    Two boxes matter?"."""
    cards = cards_of("# Sticky\n\n## Model\n\nTwo boxes matter:\n\n- the scroll container\n"
                     "- the containing block\n\n## Failures\n\nThree things can go wrong:\n\n"
                     "- no threshold\n- an overflow ancestor\n- a short parent\n")
    asked = {c.question.split(" (")[0] for c in cards if c.rule == "md.list.intro"}
    assert asked == {"What are the two boxes that matter?",
                     "What are the three things that can go wrong?"}, asked


def test_a_label_with_an_equals_sign_or_joined_on_by_and_is_no_term(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"**WAI-ARIA** = Web Accessibility Initiative – Accessible …" cut at its dash is no
    label, nor is "And the nasty one:", which joins on to the sentence before."""
    cards = cards_of("# ARIA\n\n## Terms\n\n- **WAI-ARIA** = Web Accessibility Initiative – "
                     "Accessible Rich Internet Applications\n\n## Gotchas\n\n-e is off in "
                     "conditions.\n\nAnd the nasty one: if a function is called there, -e is "
                     "off for its whole body.\n")
    terms = {c.term for c in cards}
    assert not [t for t in terms if "=" in t or t.startswith("And")], terms


def test_a_label_whose_answer_is_only_an_amount_defines_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"- SLC (1 bit/cell): ~100k" gives a rating, not what SLC is; "- QLC: ~1k or less",
    "- MLC: ~3k–10k" neither."""
    cards = cards_of("# SSD\n\n## Endurance ratings\n\n- SLC (1 bit/cell): ~100k\n"
                     "- MLC (2 bits/cell): ~3k–10k\n- QLC (4 bits/cell): ~1k or less\n"
                     "- TRIM: a hint that blocks are free\n")
    asked = {(c.term, c.answer) for c in cards if c.rule == "md.label.definition"}
    assert asked == {("TRIM", "a hint that blocks are free")}, asked


def test_table_headers_that_are_verbs_ask_what_the_row_does(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"| Answers |" asks "What does Count-Min answer?"; "| Insert at cursor |" is an
    operation, asked "Rope — insert at cursor?", not "What is the insert at cursor of
    Rope?"; a noun header keeps "the … of"."""
    cards = cards_of("# Sketches\n\n## Compared\n\n| Sketch | Answers | Memory |\n|---|---|---|\n"
                     "| Count-Min | how often x appeared | fixed |\n| HyperLogLog | how many "
                     "distinct | tiny |\n\n## Editors\n\n| Structure | Insert at cursor |\n|---|---|\n"
                     "| Rope | O(log n) |\n| Gap buffer | O(1) amortized |\n")
    asked = {c.question.split(" (")[0] for c in cards if c.rule == "md.table.property"}
    assert {"What does Count-Min answer?", "Rope — insert at cursor?",
            "What is the memory of Count-Min?"} <= asked, asked


def test_a_heading_with_an_arrow_and_a_diary_opening_define_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"## Garbage collection -> write amplification" joins two things; "Always assumed
    rsync diffs files somehow." is the writer's story."""
    cards = cards_of("# rsync\n\nAlways assumed rsync diffs files somehow.\n\n## Garbage "
                     "collection -> write amplification\n\nEventually free blocks run out.\n")
    asked = {(c.question, c.answer) for c in cards}
    assert not [q for q, a in asked if "assumed" in q + a or "->" in q], asked


def test_link_titles_and_lines_of_links_are_no_labels(
        cards_of: Callable[[str], list[Card]]) -> None:
    """A page's title ("[Deque — Wikipedia](…)", "[Core: Hash Tables](…), UCSD") names a page,
    not a term and its definition, and "Sources: [this](…) and [this](…)" says where to
    read. A label whose answer says something beside its link is still one."""
    cards = cards_of(
        "# Deque\n\n## References\n\n- [Deque — Wikipedia](https://en.wikipedia.org/wiki/Deque)\n"
        "- [Core: Hash Tables](https://example.org/core), UC San Diego\n\n"
        "[Sliding window: the deque trick](https://example.org/sw) is worth a read.\n\n"
        "Sources: [this](https://a.example/x) and [this](https://b.example/y)\n\n"
        "## Terms\n\n- **Ring buffer**: a fixed-size [circular](https://example.org/c) array\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Ring buffer", "a fixed-size circular array")], cards


def test_reading_lists_todo_sections_and_write_up_headers_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Where to read more ("## Sources", "Links:" over a list, "Papers: …"), what the writer
    has still to do ("## Questions / TODO") and a write-up's header ("Status: …", "Goal: …")
    hold nothing to learn; the section beside them still does."""
    cards = cards_of(
        "# TLS\n\nStatus: resolved\n\nGoal: explain it in two minutes\n\n"
        "## Record layer\n\n- **AEAD**: authenticated encryption with associated data\n\n"
        "Links:\n\n- RFC 8446: the spec itself\n- Illustrated TLS: every byte explained\n\n"
        "Papers: arXiv 1502.03167 (BN), 1607.06450 (LN)\n\n"
        "## Sources\n\n- Jake Archibald: Tasks, microtasks, queues and schedules\n\n"
        "## Questions / TODO\n\n- [ ] reread §4.4.3 CertificateVerify: the padding thing\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("AEAD", "authenticated encryption with associated data")], cards


def test_a_log_of_one_day_and_a_heading_over_a_colon_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """A table or list keyed by clock times is what happened when, and a first sentence
    ending in a colon introduces what follows: neither defines anything."""
    cards = cards_of(
        "# Incident\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n"
        "| 14:02 | Batch export starts early |\n| 14:09 | DB p99 latency 40 ms → 1.8 s |\n\n"
        "- **14:11** probe fails → pod restarts → DB slower\n"
        "- **14:13~14:15** pods restart in a loop\n\n"
        "## The standard puzzle\n\nWith await:\n\n```js\nawait f();\n```\n\n"
        "## Probes\n\n- **Readiness probe**: the check that decides whether a pod gets traffic\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Readiness probe", "the check that decides whether a pod gets traffic")], cards


def test_a_gloss_in_brackets_is_one_reading_of_its_line(
        cards_of: Callable[[str], list[Card]]) -> None:
    """When an answer's aside in brackets is a gloss's whole answer, the gloss says it: the
    statement that quotes it with the aside is a second reading of the line."""
    cards = cards_of(
        "# Incident write-up\n\n## TL;DR\n\nOur `livenessProbe` hit `/healthz`, and `/healthz` "
        "checked the Postgres connection. The primary\nhad a slow period (heavy autovacuum "
        "work).\n")
    assert [(c.rule, c.answer) for c in cards] == [
        ("en.definition.gloss", "heavy autovacuum work")], cards


def test_a_cell_that_says_yes_or_no_asks_its_header_as_a_label(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"What is the mean-centering of LayerNorm? -> yes" does not read: a yes-or-no cell
    asks "LayerNorm — mean-centering?". Another cell keeps "What is the … of …?"."""
    cards = cards_of("# Norms\n\n## Compared\n\n| | BatchNorm | LayerNorm |\n|---|---|---|\n"
                     "| Mean-centering | yes | yes (per token) |\n"
                     "| Typical use | CNNs | Transformers |\n")
    asked = {c.question.split(" (")[0]: c.answer for c in cards if c.rule == "md.table.property"}
    assert asked == {"BatchNorm — mean-centering?": "yes",
                     "LayerNorm — mean-centering?": "yes (per token)",
                     "What is the typical use of BatchNorm?": "CNNs",
                     "What is the typical use of LayerNorm?": "Transformers"}, asked


def test_a_short_answer_that_ends_on_a_pointer_gives_no_card(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Attacker can [resend it]", "… helps [here]", "Explicitly Lax [doesn't have this]":
    what the answer is, the sentence before says. A statement of its own still counts."""
    cards = cards_of("# TLS\n\n## Replay\n\nEarly data is not replay-safe. Attacker can resend "
                     "it.\n\nFillfactor headroom on hot tables helps here.\n\n"
                     "Explicitly Lax doesn't have this.\n")
    assert [(c.question, c.answer) for c in cards] == [
        ("Complete: Early data is …", "not replay-safe")], cards


def test_a_labels_answer_of_values_or_of_a_place_in_an_order_defines_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"PyTorch: running = …, momentum=0.1" sets values and "nextTick queue: first" gives a
    place in an order: neither defines its label. A legend in brackets ("(K = keys, N =
    nodes)") sets no value of the answer."""
    cards = cards_of("# Notes\n\n## Momentum\n\n- PyTorch: running = (1 − m) · running + m · batch, "
                     "default momentum=0.1\n- nextTick queue: first\n\n## Rings\n\n"
                     "**Consistent hashing**: adding/removing one node moves only ~**K/N** keys "
                     "(K = keys, N = nodes).\nIntroduced by Karger et al. (MIT, 1997).\n\n"
                     "- **Same slot**: hash(a) == hash(b), though a != b\n")
    assert [c.term for c in cards] == ["Consistent hashing", "Same slot"], cards


def test_a_term_with_an_arrow_in_it_names_no_one_thing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"static RSA key exchange → no forward secrecy" joins a cause to its effect: no term to
    ask about. An arrow that leads a line on from the one before ("→ Virtual nodes: …") is
    no part of the term."""
    cards = cards_of("# TLS\n\n## What got removed\n\n- static RSA key exchange → no forward "
                     "secrecy was the issue\n\n## Rings\n\n"
                     "→ Virtual nodes: each physical node gets V positions on the ring\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Virtual nodes", "each physical node gets V positions on the ring")], cards


def test_a_courses_admin_and_a_first_person_list_intro_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"## 0. Admin" is the course's logistics; "Things that surprised me:" names the writer's
    list, no term of its own."""
    cards = cards_of("# Lecture 9\n\n## 0. Admin\n\n- Midterm covers up to and including this "
                     "lecture!!\n\n## Isolation\n\nThings that surprised me:\n\n"
                     "- Serializable is slow\n- Snapshot isolation\n- Read committed\n")
    assert [c.rule for c in cards if c.rule.startswith("md.list")] == [], cards
    assert all("Midterm" not in c.question for c in cards), cards


def test_a_default_label_is_its_sections_default(cards_of: Callable[[str], list[Card]]) -> None:
    """"- Default: READ COMMITTED" under "## PostgreSQL" is PostgreSQL's default."""
    cards = cards_of("# Isolation\n\n## PostgreSQL\n\n- Default: READ COMMITTED\n")
    assert [c.question for c in cards] == ["What is the default of PostgreSQL?"], cards


def test_reading_later_follow_ups_opinions_results_and_open_questions_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Round 23's English notes: "## Read later", "## Follow-ups", "## Opinions, take or
    leave", a result ("LCP p75: 4.1 s -> 2.2 s ✅"), an answer that is a question and an
    Obsidian "Up:" line; the section's definition stays."""
    cards = cards_of(
        "# Core Web Vitals\n\nUp: [[Security MOC]] · Related: [[Timing attacks]]\n\n"
        "## Metrics\n\n- **LCP**: the time until the largest element is painted\n"
        "- Prefix Bloom filters: how do they help range scans?\n\n"
        "## Results (CrUX, 28 days after deploy)\n\n- LCP p75: 4.1 s -> 2.2 s ✅\n\n"
        "## Opinions, take or leave\n\nChasing a Lighthouse score of 100 is mostly a waste.\n\n"
        "## Follow-ups\n\n- lint rule: HTTP client created per request\n\n"
        "## Read later\n\n- O'Neil et al.: The Log-Structured Merge-Tree, 1996\n\n"
        "## Opinions nobody asked for\n\nFloats are for wrapping text around images.\n\n"
        "## Checklist\n\n- Read later: Blanchard, Higham & Higham, 2021\n\n"
        "Links to read later:\n\n- CSS-Tricks: a guide to flexbox\n- MDN: the grid guide\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("LCP", "the time until the largest element is painted")], cards


def test_a_first_sentence_that_spells_an_acronym_defines_no_heading(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"MVCC = Multi-Version Concurrency Control." under "## MVCC in Postgres, short version"
    is the acronym's card, not also the heading's definition."""
    cards = cards_of("# Postgres\n\n## MVCC in Postgres, short version\n\n"
                     "MVCC = Multi-Version Concurrency Control.\n")
    assert [(c.kind, c.answer) for c in cards] == [
        ("acronym", "Multi-Version Concurrency Control")], cards


def test_a_chain_with_a_two_way_arrow_is_a_diagram(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"client -> proxy <-> cache -> origin" draws where things are, no order of steps: the
    label's definition gives it whole."""
    cards = cards_of("# Net\n\n## Caching\n\nRequest path: client -> proxy <-> cache -> origin\n\n"
                     "Write path: client -> proxy -> origin\n")
    assert [(c.kind, c.answer) for c in cards] == [
        ("definition", "client -> proxy <-> cache -> origin"),
        ("steps", "client; proxy; origin")], cards


def test_the_writers_own_the_culprit_and_option_a_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"… silly for our traffic", "confused me for a while", "Lazy-loaded: by our image
    component", "The culprit: …" and "Option A: …" are the writer's or mean nothing alone; a
    tutorial's "we" is anyone's, and "our" after the first clause leaves a fact a fact."""
    cards = cards_of(
        "# Vitals\n\n## What we changed\n\nFive days is silly for our traffic.\n\n"
        "Field data confused me for a while.\n\n## LCP\n\n- Lazy-loaded: by our image "
        "component, for every image\n- The culprit: the filter re-rendered a 600-row table\n"
        "- Option A: rehash at next login\n- Cookie prefix: browser only accepts it if Secure "
        "→ a sibling subdomain can't shadow our session cookie\n\n## Queues\n\n"
        "Every time we visit a neighbor, we add it to the priority queue.\n")
    assert [c.term for c in cards] == ["Cookie prefix", "we visit a neighbor"], cards


def test_a_cell_that_only_names_its_row_in_a_library_gives_no_card(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"| PyTorch class | torch.optim.Adam | torch.optim.AdamW |" names each column again: no
    card. A cell that says more is still one."""
    cards = cards_of("# Optimizers\n\n## Compared\n\n| | Adam (weight_decay>0) | AdamW |\n|---|---|---|\n"
                     "| PyTorch class | `torch.optim.Adam` | `torch.optim.AdamW` |\n"
                     "| Decay applied to | the gradient | the weights |\n\n## Classes\n\n"
                     "| Optimizer | Class | Keeps |\n|---|---|---|\n"
                     "| SGD | `torch.optim.SGD` | nothing per weight |\n"
                     "| Adam | `torch.optim.Adam` | two moments per weight |\n")
    asked = {c.question.split(" (")[0] for c in cards if c.rule == "md.table.property"}
    assert not any("class" in q.lower() for q in asked), asked
    assert {"SGD — keeps?", "Adam — keeps?"} <= asked, asked


def test_a_list_too_long_to_recall_is_no_cloze_of_its_intro(
        cards_of: Callable[[str], list[Card]]) -> None:
    """A list whose items are too long for a card is dropped, not turned into a cloze that
    hides its intro ("[...]: salt generated for you …" -> "Nice things here"); a long
    definition still becomes a cloze of its term."""
    cards = cards_of(
        "# Hashing\n\n## argon2\n\nNice things here:\n1. salt generated for you\n"
        "2. params encoded *in the string* (PHC string format) -> you can change params later "
        "without a migration\n3. `check_needs_rehash` -> upgrade hashes transparently at the "
        "next login\n\n**Pepper**: a secret value added to every password before hashing, kept "
        "out of the database (in an HSM or a secrets manager), so that a stolen table alone "
        "is not enough to start guessing passwords offline.\n")
    assert [(c.kind, c.answer) for c in cards] == [("cloze", "Pepper")], cards


def test_a_definition_that_only_gives_a_role_is_none(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"NFC is the default" says of what only in its context; "NFC is the composed form" is
    a definition."""
    cards = cards_of("# Unicode\n\n## The fix\n\nNFC is the default.\n\n## Forms\n\n"
                     "NFD is the decomposed form.\n")
    assert [(c.term, c.answer) for c in cards if c.kind == "definition"] == [
        ("NFD", "the decomposed form")], cards


def test_a_postmortems_parts_a_proofs_steps_and_the_writers_plans_name_no_terms(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Round 26's English notes: "What:", "Why:", "So:", "Claim:", "Total:", "Disclaimer to
    self:" and "## Decision" name no term; a timeline whose rows open with "+1 week" is a log
    too, and "## Open questions / later" holds the writer's plans. "Def:" defines the
    section's term."""
    cards = cards_of(
        "# Postmortem\n\nWhat: 3% of transfer requests failed every Monday.\n\n"
        "Why: the batch and the API lock rows in different orders.\n\n"
        "Disclaimer to self: none of this means writing your own crypto.\n\n"
        "## TL;DR\n\n- **What:** ~3% of money-transfer API requests failed with HTTP 500.\n"
        "- **Decision:** lock rows in one order and retry on deadlock errors.\n\n"
        "## Timeline\n\n| Time | Event |\n|---|---|\n| 07:00 | Batch starts |\n"
        "| 07:45 | Batch finishes |\n| +1 week | Same thing again |\n\n"
        "## Proof\n\nClaim: each item stays with probability k/n.\n\n"
        "Total: the product of both factors.\n\nSo: the invariant holds after every step.\n\n"
        "## Data leakage\n\nDef: information from outside the training data that shapes the "
        "model.\n\n"
        "## Decision\n\nXChaCha20-Poly1305 with random nonces.\n\n"
        "## Open questions / later\n\n- **Key versioning**: prefix each ciphertext with a key id\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Data leakage", "information from outside the training data that shapes the model")
    ], cards


def test_a_remark_or_a_formula_in_brackets_is_no_gloss(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"(including tuning)" adds to what it follows, "(same ordering)" compares and "(m > i)"
    is a formula: none of them says what the words before are."""
    cards = cards_of(
        "# Nested CV\n\nThe outer loop scores the whole procedure (including tuning), not one "
        "model.\n\nUse the log as the sort key instead (same ordering).\n\n"
        "At a later step m (m > i), the item may be evicted.\n")
    assert [c for c in cards if c.rule == "en.definition.gloss"] == [], cards


def test_a_statement_of_what_happened_once_is_the_writers_story(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Monitoring ran df every minute." and "The unit had Restart=always." tell what happened
    in the writer's incident; "Linux began counting them in 1993." is history with its year,
    and "Chains of single-child nodes merged into one edge." a description, not a past.
    "## History" names no term."""
    cards = cards_of(
        "# Load average\n\n## What happened\n\nMonitoring ran df every minute on the host.\n\n"
        "The unit had Restart=always in its service file.\n\n"
        "## History\n\nLinux began counting blocked tasks in 1993.\n\n"
        "## Radix tree\n\nChains of single-child nodes merged into one edge.\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Linux", "counting blocked tasks in 1993"),
        ("Radix tree", "Chains of single-child nodes merged into one edge"),
        ("Chains of single-child nodes", "into one edge")], cards


def test_a_question_the_writer_answers_is_a_card(cards_of: Callable[[str], list[Card]]) -> None:
    """"**Why not count n first?** → …" and "Follow-up they'll ask: Is OAuth authentication? →
    …" are a question and its answer, the answer cut to the sentences that fit; a question
    in prose, a task's box and the writer's own decision rule are none."""
    cards = cards_of(
        "# Interview prep\n\n## Drill\n\n"
        "- **Why not count n first?** → one pass only / the stream is infinite\n"
        "- Follow-up they'll ask: Is OAuth authentication? → No. OAuth says what the client may "
        "access. Authentication is a separate layer that OpenID Connect adds on top of it, "
        "with an ID token that the client then has to verify on its own.\n"
        "- [ ] fp16 without loss scaling? → bf16 or a grad scaler\n"
        "- Do I need two directions? → grid\n\n"
        "Why does it matter? It saves a copy.\n")
    asked = [(c.question, c.answer) for c in cards if c.rule == "md.label.question"]
    assert asked == [
        ("Why not count n first?", "one pass only / the stream is infinite"),
        ("Is OAuth authentication?", "No. OAuth says what the client may access"),
    ], cards


def test_pointers_places_in_a_list_and_empty_values_are_no_answers(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"The trigger for … with this" and "The last three" point into the passage;
    "(higher = preferred)" is an aside's values, no name; "nothing special" and "rarely
    needed" say nothing about what a thing is. Beside them, a named equation, a value and a
    label answer as before."""
    cards = cards_of(
        "# CSS\n\nThe trigger for finally sitting down with this was a component library.\n\n"
        "| Selector | Specificity |\n|---|---|\n| `#a` | (1,0,0) |\n\n"
        "The last three are the interesting ones.\n\n"
        "## ICE\n\nRecommended type preferences from the RFC (higher = preferred):\n\n"
        "Host candidates with a local address = host type\n\n"
        "## Variants\n\n| Splitter | Guarantees |\n|---|---|\n| `KFold` | nothing special |\n"
        "| `GroupKFold` | a group never appears in both train and val |\n\n"
        "## Types\n\n- `exec` — waits until `execve()` succeeded\n- `dbus`, `idle` — rarely "
        "needed\n")
    asked = sorted((c.rule, c.term, c.answer) for c in cards if c.kind != "list")
    assert asked == [
        ("md.equals.named", "host type", "host type"),
        ("md.label.definition", "exec", "waits until execve() succeeded"),
        ("md.table.property", "GroupKFold Guarantees",
         "a group never appears in both train and val")], asked


def test_framing_labels_reported_speech_and_verdicts_are_no_facts(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Extra fun gotcha:", "Exam tip from prof:", "Honest answer:", "Prof's aside:", "IMPORTANT:"
    and "Further reading:" frame what follows; "Questions for office hours" are the writer's,
    "Sources:" and "Resources:" where they read; "Priya says …" is what someone said; "… printed
    the answer" and "… is underrated" are no facts; "the two" and "268 of 313 ms" point into
    the passage. A plain label and statement stay cards, and the text after a framing label
    is still read ("a flapping session means …")."""
    cards = cards_of(
        "# Notes\n\n## Sticky\n\nExtra fun gotcha: the other axis can't stay visible.\n\n"
        "Exam tip from prof: a flapping session means TCP can't connect.\n\n"
        "Honest answer: harder than on a LAN.\n\nIMPORTANT: all of this happens per prefix.\n\n"
        "Prof's aside: k-means converges from any start.\n\n"
        "Sources: lecture 11, the CCNA guide.\n\nResources: the cp-algorithms article.\n\n"
        "**Questions for office hours**\n\n- Why the squared distance?\n- Does n_init help?\n\n"
        "Further reading: the Go blog post on interfaces.\n\n"
        "Priya says newer kernels split the huge page on a fault.\n\n"
        "Redis literally prints the answer.\n\nThe vmstat file is underrated.\n\n"
        "Setting alpha=1.0 means very different things in the two.\n\n"
        "268 of 313 ms is the seq scan on orders.\n\n"
        "Hold time: the seconds a peer waits for a keepalive\n\n"
        "Normal pages on x86-64 are 4 KiB.\n")
    said = sorted((c.term, c.answer) for c in cards if c.kind != "list")
    assert said == [("Hold time", "the seconds a peer waits for a keepalive"),
                    ("Normal pages on x86-64", "4 KiB"),
                    ("flapping session", "TCP can't connect")], said
    assert not any(c.kind == "list" and "office hours" in c.question for c in cards), cards


def test_a_label_whose_answer_is_an_order_of_growth_asks_what_it_costs(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"update(i, delta): O(log n)" says what the operation costs, not what it is; "Space:
    O(n)" names the cost, of what the note is about."""
    cards = cards_of("# Fenwick tree\n\n## Operations\n\n- update(i, delta): O(log n)\n"
                     "- Space: O(n)\n- prefix_sum(i): the sum of the first i values\n")
    asked = sorted((c.question, c.answer) for c in cards if c.kind != "list")
    assert asked == [
        ("What is a prefix_sum(i)?", "the sum of the first i values"),
        ("What is the complexity of update(i, delta)?", "O(log n)"),
        ("What is the space complexity of Fenwick tree?", "O(n)")], asked


def test_the_writers_diary_choice_and_example_numbers_are_no_facts(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Mixed up which direction adds …" is the writer's diary; "## Which one do I actually
    use?" holds their choice; "Join estimate 412 vs actual 18234:" compares an example's
    numbers; "Not every solver supports L1:" states, it names no term. Beside them a label
    and a statement stay cards."""
    cards = cards_of(
        "# Fenwick tree\n\n## Mistakes I've made\n\nMixed up which direction adds the low bit.\n\n"
        "## Which one do I actually use?\n\n- Default: **Ridge**. Stable and fast.\n\n"
        "## Example plan\n\nJoin estimate 412 vs actual 18234: planner assumes independence\n\n"
        "Not every solver supports L1: lbfgs doesn't\n\n"
        "Hash Join: builds a hash table on the smaller input\n\n"
        "A Fenwick tree stores prefix sums in an array.\n")
    said = sorted((c.term, c.answer) for c in cards)
    assert said == [("Fenwick tree", "prefix sums in an array"),
                    ("Hash Join", "builds a hash table on the smaller input")], said


def test_the_writers_incident_reading_list_and_framing_words_are_no_facts(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"… is fine", "… is the real mistake", "Assumed … would …", "Turned out …", "Restarting
    our pod clears …", "Postgres doesn't (as of 16)", "Empirically:", "Worth knowing:", a list
    after "No broadcast!! … Three types:" and the items under "## Notes / read later" hold
    nothing to learn (the sentence after "Worth knowing:" is still read). A plain statement and
    a label beside them stay cards."""
    cards = cards_of(
        "# Postmortem\n\n## The incident\n\nThe export job being throttled is fine.\n\n"
        "Sharing a disk between two writers is the real mistake.\n\n"
        "Assumed echo 3 > drop_caches would free memory.\n\n"
        "Turned out the LR never left warmup.\n\n"
        "Restarting our pod clears the table for a while.\n\n"
        "Postgres doesn't (as of 16).\n\n"
        "Empirically: runs without warmup diverge early.\n\n"
        "Worth knowing: WSD holds the LR constant.\n\n"
        "## Address types\n\nNo broadcast in IPv6!! Replaced by multicast. Three types:\n\n"
        "- unicast\n- multicast\n- anycast\n\n"
        "## Notes / read later\n\n- kernel docs: the vm sysctl page\n\n"
        "## Writeback\n\nDirty pages are written back by flusher threads.\n\n"
        "Hold time: the seconds a peer waits\n")
    said = sorted((c.term, c.answer) for c in cards)
    assert said == [("Dirty pages", "written back by flusher threads"),
                    ("Hold time", "the seconds a peer waits"), ("WSD", "the LR constant")], said


def test_a_bracket_after_a_denied_noun_or_opening_on_a_pronoun_is_no_gloss(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"… is not a security boundary (monkeypatching … defeats it)" says why not, and "(anyone
    can …)" is a remark: neither glosses the noun before it. "a memtable (in-memory balanced
    tree)" does."""
    cards = cards_of(
        "# Shadow DOM\n\nClosed mode is not a security boundary (monkeypatching attachShadow "
        "defeats it).\n\nThe page keeps a shadow root (anyone can read it in open mode).\n\n"
        "Writes first go to a memtable (in-memory balanced tree).\n")
    assert [(c.term, c.answer) for c in cards if c.rule == "en.definition.gloss"] == [
        ("memtable", "in-memory balanced tree")], cards


def test_a_results_section_holds_the_writers_outcome(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"## Results" says what the writer's work came to ("trivy findings: went from 140 to 0"),
    nothing to learn; the section before it still gives its card."""
    cards = cards_of(
        "# Go images\n\n## Stages\n\n- builder: the stage that compiles the binary\n\n"
        "## Results\n\n- trivy findings: went from 140-something to 0 after the switch\n"
        "- image size: ~900 MB -> 12.4 MB\n")
    assert [(c.term, c.answer) for c in cards if c.kind != "list"] == [
        ("builder", "the stage that compiles the binary")], cards


def test_examples_remarks_mappings_code_and_stand_ins_in_brackets_are_no_gloss(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 30: "(svw etc.)" gives examples, "(tensor cores do this)" remarks on what is
    before it, "(native → untagged)" maps one thing to another, "(`kubectl delete pod`)" is
    the command, and "the outer one" stands in for a tag named before: none is a gloss.
    "a memtable (in-memory balanced tree)" still is."""
    cards = cards_of(
        "# Notes\n\nThey fall back to the small viewport units (svw etc.).\n\n"
        "Products in fp16, but the sums accumulated in fp32 (tensor cores do this).\n\n"
        "The switch strips the outer tag (native → untagged) first.\n\n"
        "Deleting a pod directly (`kubectl delete pod`) skips the PDB.\n\n"
        "The switch strips the outer one (native VLAN tag) first.\n\n"
        "Writes first go to a memtable (in-memory balanced tree).\n")
    assert [(c.term, c.answer) for c in cards if c.rule == "en.definition.gloss"] == [
        ("memtable", "in-memory balanced tree")], cards


def test_brackets_after_for_setting_a_condition_or_giving_the_like_are_no_gloss(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 30-37: after "for" the brackets remark on the whole phrase ("for the
    recursive version (safe upper bound)" is about 4n), "(skipped if …)" says when the copy
    happens and "(metric trees and the like)" gives examples. "using a circular buffer
    (fixed-size array)" is still a gloss."""
    cards = cards_of(
        "# Notes\n\nAllocate 4n for the recursive version (safe upper bound).\n\n"
        "It copies the data into the kernel page cache (skipped if the file is already cached).\n\n"
        "Structures that assume a true metric (metric trees and the like) can care.\n\n"
        "An implementation using a circular buffer (fixed-size array) offers better locality.\n")
    assert [(c.term, c.answer) for c in cards if c.rule == "en.definition.gloss"] == [
        ("circular buffer", "fixed-size array")], cards


def test_a_task_gives_no_card(cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 30: "- [x] Library chart: default to maxUnavailable: 1" is what the team
    did, "- [ ] redo Packet Tracer lab with VTP: skipped it" what the writer has still to do and
    "- [ ] fp16 without loss scaling? → underflow" a question to look into: no task gives a
    card, nested or among other items, which still do. A list of tasks keeps its place: the
    paragraph after it is not the first under its heading."""
    cards = cards_of(
        "# Drains\n\n## Fixes\n\n- [x] Library chart: default to maxUnavailable: 1\n"
        "- PDB: an object that limits voluntary disruptions\n"
        "  - [ ] Drain script: add a --timeout\n\n"
        "## Eviction\n\n- [ ] redo Packet Tracer lab with VTP: skipped it\n"
        "- [ ] fp16 without loss scaling? → gradients underflow\n\n"
        "The API path that respects the budget, unlike a plain delete.\n")
    said = [(c.term, c.answer) for c in cards]
    assert said == [("PDB", "an object that limits voluntary disruptions")], said


def test_the_writers_defaults_and_decision_rule_are_no_facts(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 30: "## My defaults (opinion, not science)" lists what the writer sets
    ("What is summaries? -> beam 4 …"), and "## My decision rule" how they choose: their
    own, as "## Which one do I actually use?" is, and so is a heading marked "(my opinion)".
    "## Temperature" still gives its card."""
    cards = cards_of(
        "# Decoding\n\n## Temperature\n\nTemperature is a divisor applied to the logits.\n\n"
        "## My defaults (opinion, not science)\n\n- summaries: beam 4, or low-T sampling\n"
        "- chat / creative: T 0.7-0.9, top-p 0.9\n\n"
        "## My decision rule\n\n- **One row of things sized by content?** → flex\n\n"
        "A grid page with flex navbars is completely normal.\n\n"
        "## Sampling settings (my opinion)\n\n- code: T 0.2, top-p 0.95\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("temperature", "a divisor applied to the logits")], cards


def test_an_answer_of_words_that_name_nothing_is_no_card(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 30: "TIL what that long integrity string is for" asked "Complete: … is …
    -> for", and "The model weights are the same" "-> the same": an answer of prepositions,
    determiners, auxiliaries and words of degree or likeness asks nothing. "Integrity hashes
    are base64-encoded digests" still gives its card."""
    cards = cards_of(
        "# SRI\n\nTIL what that long integrity string on CDN snippets is for.\n\n"
        "The model weights are the same.\n\nThe output quality can be very different.\n\n"
        "Integrity hashes are base64-encoded digests.\n")
    assert [c.answer for c in cards] == ["base64-encoded digests"], cards


def test_a_numbered_fix_and_a_legend_name_no_term(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 30: "Fix 1: drop the index" names one of the writer's fixes by its number,
    as "Option A:" does, and "Notation: logits z, vocabulary V" is a legend of symbols; "Usage:"
    says how to use what the note shows. "build: O(n)" still asks an operation's cost."""
    cards = cards_of(
        "# Fenwick tree\n\n## Notes\n\n- Fix 1: drop the index\n- Notation: logits z, vocabulary V\n"
        "- Usage: call update(i, delta) then query(i)\n- 해결책 2: fillfactor를 낮춤\n"
        "- build: O(n) with the parent trick\n")
    assert [(c.question, c.answer) for c in cards] == [
        ("What is the complexity of build?", "O(n) with the parent trick")], cards


def test_a_cost_in_a_table_is_asked_as_a_complexity(cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 22-30 judged "What is the time of insert?", "What is the lookup of Maglev
    hashing?" and "What is the time of space?" flawed: an order of growth under a column is
    that column's complexity, and a row named for a cost ("Space") is what the rows belong to
    costs ("Interview prep: Tries" names Tries). "Big-O" says a complexity already."""
    cards = cards_of(
        "# Interview prep: Tries\n\n## Complexity\n\n| Op | Time | Lookup |\n|---|---|---|\n"
        "| insert | O(L) | O(1) |\n| Space | O(total chars) | - |\n\n## Hashing\n\n"
        "| Op | Big-O |\n|---|---|\n| Search | O(1) |\n| Remove | O(1) |\n\n## Cache\n\n"
        "| Op | Average |\n|---|---|\n| get | O(1) |\n| Space | O(n) |\n")
    assert sorted(c.question for c in cards if c.rule == "md.table.property") == [
        "What is the Big-O of Remove?", "What is the Big-O of Search?",
        "What is the average complexity of get?", "What is the average space complexity of Tries?",
        "What is the lookup complexity of insert?", "What is the space complexity of Tries?",
        "What is the time complexity of insert?"], cards


def test_a_write_ups_header_table_and_the_writers_later_are_no_facts(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 31: "| **Date** | 2024-02-14 |", "| **Severity** | SEV-3 |" head a
    write-up, and so does every other row of it ("| Onset | 14:05 ~ 14:13 |", round 41);
    "Later:" and "*someday*:" are what the writer will read; a "| Total |" row among figures
    is still a row."""
    cards = cards_of(
        "# Incident\n\n| | |\n|---|---|\n| **Date** | 2024-02-14 |\n| **Onset** | 14:05 ~ 14:13 |\n"
        "| **Duration** | ~47 min of false alerts, 0 min of real customer impact |\n"
        "| **Severity** | SEV-3 (internal / monitoring only) |\n"
        "| **Author** | me, with notes from the #ops thread |\n\n"
        "- *someday*: the LWN articles on it\n\n"
        "Later: properly read the advisory locks section.\n\n## Overhead\n\n"
        "| Part | IPv4 outer |\n|---|---|\n| header | 20 |\n| Total | 60 |\n")
    assert sorted(c.question for c in cards) == [
        "What is the IPv4 outer of Total?", "What is the IPv4 outer of header?"], cards


def test_display_math_names_nothing(cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 31: "$$\\mathrm{Var}(y) = n_{in}\\,\\mathrm{Var}(w)$$" gave "What is
    $$\\mathrm{Var}(y) called?": an equals sign inside math names nothing."""
    cards = cards_of("# Init\n\n## The variance argument\n\n"
                     "$$\\mathrm{Var}(y) = n_{in}\\,\\mathrm{Var}(w)$$\n\n"
                     "$$\nVar(W) = \\frac{2}{n_{in} + n_{out}}\n$$\n")
    assert not [c for c in cards if c.rule == "md.equals.named"], cards


def test_the_writers_row_of_a_comparison_and_a_note_to_self_name_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 31: "| My default | ✅ | only for apps I can't change |" in a table that
    compares its columns is the writer's row, as "| My take |" is the writer's column; "Note
    to self:" labels no term, though what follows it may still be a fact."""
    cards = cards_of(
        "# logrotate\n\n| | `create` | `copytruncate` |\n|---|---|---|\n"
        "| Big files | fast | slow |\n| My default | yes | only for apps I can't change |\n\n"
        "Note to self: s_client sends SNI on its own when given a hostname.\n")
    asked = sorted(c.question for c in cards)
    assert not [q for q in asked if "default" in q.lower() or "note to self" in q.lower()], asked
    assert "What are the big files of copytruncate?" in asked, asked


def test_an_incidents_timeline_and_retrospective_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 31-44: "## Timeline (CET)" ("next day: fixed pingd"), "## What went well /
    badly" ("✅ Rollback was one revert + reload") and "## Symptoms" ("Dashboard: a sawtooth")
    tell an incident's story, "## Our numbers" the team's measurements and "## Where we landed"
    its choice (round 46); "ECH is the effort
    to fix that" points back at the sentence before. The background section's fact stays."""
    cards = cards_of(
        "# Incident\n\n## Background\n\nSNI is sent in cleartext. **ECH** is the effort to fix "
        "that.\n\nSNI is the hostname the client asks for in its ClientHello.\n\n"
        "## Timeline (CET)\n\n- **14:02**: config change rolled out.\n"
        "- **next day**: fixed pingd, re-enabled strict-sni.\n\n"
        "## What went well / badly\n\n- ✅ Rollback was one revert + reload.\n\n"
        "## Symptoms\n\n- Dashboard: a sawtooth, where each pod climbs slowly and restarts.\n"
        "- CloudWatch: HTTPCode_ELB_502_Count > 0\n\n## Our numbers\n\n| clone | time | .git size |\n"
        "|---|---|---|\n| full | 3m 58s | 6.1 GB |\n| --depth 1 | 21s | 410 MB |\n\n"
        "## Where we landed\n\n- Build/test jobs: fetch-depth: 1 (default)\n"
        "- Frontend jobs: blobless + sparse\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("SNI", "sent in cleartext"),
        ("SNI", "the hostname the client asks for in its ClientHello")], cards


def test_what_we_shipped_an_impact_window_better_and_the_classic_story_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 32: "## What we shipped" is the team's choice ("What is a body (sans)? ->
    font-display: optional"); "**Impact window:** ~2h10m" is a write-up's header field;
    "Better: make it structural" joins on to the advice before; "Mars Pathfinder is the classic
    story" only says it is an example. The glossary line stays."""
    cards = cards_of(
        "# Fonts\n\n**Impact window:** ~2h10m (08:52 → 11:03 UTC)\n\n## Terms\n\n"
        "- FOIT: the flash of invisible text while a web font loads\n\n"
        "Better: make it structural so nobody can forget.\n\n"
        "Mars Pathfinder (1997) is the classic story.\n\n"
        "## What we shipped\n\n- Body (sans): font-display: optional, no preload\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("FOIT", "the flash of invisible text while a web font loads")], cards


def test_a_war_story_a_classic_mistake_an_example_and_a_scene_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 33 and 35: "The lecturer's war story is …" and "The joke is …" tell an
    anecdote; "Forgetting the queries is the classic mistake" only says it is a mistake, "Clip
    by value is the blunt instrument" and "… is the band-aid" only give it a figure; "Unnormalized example:" opens
    an example; "For vectors a, b ∈ ℝⁿ:" over a list sets a scene, it names no kind of thing.
    A definition and the list's own labels stay."""
    cards = cards_of(
        "# Embeddings\n\n## Scores\n\nFor vectors a, b ∈ ℝⁿ:\n\n- **Dot product**: the sum of "
        "products\n- **Cosine similarity**: the dot product of unit vectors\n\n"
        "Unnormalized example: query q = (1, 0) and two documents.\n\n"
        "Forgetting to normalize the queries is the classic mistake.\n\n"
        "The lecturer's war story is a switch becoming root of a campus network.\n\n"
        "The joke is a bug report.\n\nClip by value is the blunt instrument.\n\n"
        "Raising the limit is the band-aid.\n\n"
        "A metric is a distance that obeys the triangle inequality.\n")
    assert sorted((c.term, c.answer) for c in cards) == [
        ("Cosine similarity", "the dot product of unit vectors"),
        ("Dot product", "the sum of products"), ("Scores", "Dot product; Cosine similarity"),
        ("metric", "a distance that obeys the triangle inequality")], cards


def test_a_hint_the_one_to_know_and_the_writers_verdicts_define_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 34 and 38: "The autovacuum log line was the big hint" and "Binary lifting
    is the one to know by heart" only give a role; "CRLs / OCSP work but are a pain", "Average
    latency is a lie" and "std is fine now" are the writer's verdicts. A definition stays."""
    cards = cards_of(
        "# Notes\n\nThe autovacuum log line is the big hint.\n\n"
        "Binary lifting is the one to know by heart.\n\n"
        "Revocation: CRLs / OCSP work but are a pain.\n\nAverage latency is a lie.\n\n"
        "- `parking_lot` crate: smaller, no poisoning. Used it before; std is fine now.\n\n"
        "A whiteout is a character device with 0/0 device number.\n")
    assert [(c.term, c.answer) for c in cards if c.rule != "md.label.definition"] == [
        ("whiteout", "a character device with 0/0 device number")], cards


def test_review_round_thirty_six_the_writers_notes_reports_and_downsides(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 36: "Personal note:", "Bug report from QA:" and "The downside:" label the
    writer's own, and "## Personal takeaway" holds their view. A glossary label stays."""
    cards = cards_of(
        "# Bits\n\nBug report from QA: hit Back and the cart badge still says 0.\n\n"
        "## Practice\n\n- Personal note: when stuck, write the numbers in binary\n"
        "- Popcount: the number of set bits in a word\n\nThe downside: an afternoon gone.\n\n"
        "## Personal takeaway\n\n- The strong_migrations README: a good list of unsafe operations\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Popcount", "the number of set bits in a word")], cards


def test_a_war_story_section_holds_no_facts(cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 37: "## War story: the stale CSS" tells the writer's mishap ("What is a
    vboxsf? -> a known bad combination"); the section after it is read again."""
    cards = cards_of(
        "# sendfile\n\n## War story: the stale CSS\n\nYears ago nginx kept serving old CSS.\n\n"
        "A vboxsf share with sendfile is a known bad combination.\n\n## Splice\n\n"
        "- splice: moves data between two file descriptors through a pipe\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("splice", "moves data between two file descriptors through a pipe")], cards


def test_a_glossary_headings_terms_are_no_list(cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 32: "## Terms" over "- **Spinlock** - …" items asked "What are the Terms?
    -> Spinlock; Mutex; …": the section sets out its words, each defined on its own line; a
    heading that names a kind ("## Variants") still lists its items."""
    cards = cards_of(
        "# Locks\n\n## Terms\n\n- **Spinlock** - a lock that busy-waits\n"
        "- **Mutex** - a lock that sleeps while it waits\n\n## Variants\n\n"
        "- **DropConnect** - drops weights instead of activations\n"
        "- **DropPath** - drops whole residual branches\n")
    lists = [(c.term, c.answer) for c in cards if c.kind == "list"]
    assert lists == [("Variants", "DropConnect; DropPath")], lists


def test_a_self_quiz_a_winner_a_status_cell_and_the_default_choice_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 33: "## Quick self-quiz (answers below)" gives its answers by value ("What
    is true? -> arrow captures f's this"); "Winner:" tells the writer's finding; a year "in
    progress" is no year; "Clip by global norm is the default choice" only gives a role. The
    table's other row and the definition stay."""
    cards = cards_of(
        "# Clipping\n\nClip by global norm is the default choice.\n\n"
        "Clip by norm is a rescaling of the whole gradient vector.\n\n"
        "Winner: VS Code's file watcher, ~60k watches.\n\n## Versions\n\n| Draft | Year |\n"
        "|---|---|\n| v2 | 2017 |\n| v3 | in progress |\n\n## Quick self-quiz (answers below)\n\n"
        "- true: arrow captures f's this, which is o\n- undefined: the comma operator yields "
        "a plain function\n")
    assert sorted((c.term, c.answer) for c in cards) == [
        ("Clip by norm", "a rescaling of the whole gradient vector"),
        ("v2 Year", "2017")], cards


def test_a_formula_before_a_list_names_no_kind_of_thing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 31 and 33: "$$ g \\leftarrow g \\cdot \\frac{c}{\\|g\\|} $$" over a list of
    its properties asked "What are the $$ g \\leftarrow … $$?": a formula (or code) alone names
    no kind of thing. "Ways to clip:" still names its list."""
    cards = cards_of(
        "# Clip\n\n## Clip by norm\n\n$$ g \\leftarrow g \\cdot \\frac{c}{\\|g\\|} $$\n\n"
        "- Keeps the direction, shrinks the length\n- Uses the global norm over all params\n\n"
        "Ways to clip:\n\n- by norm\n- by value\n")
    assert [(c.term, c.answer) for c in cards if c.rule == "md.list.intro"] == [
        ("Ways to clip", "by norm; by value")], cards


def test_a_nested_label_is_asked_of_its_parents_term(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 33: under "**Default binding** — plain `fn()` →", "strict mode: `undefined`"
    asked "What is a strict mode? -> undefined": the item says what the parent's term gives in
    strict mode ("Default binding — strict mode?"). A nested label with a long answer, or
    in code ("`MADV_RANDOM`"), still names its own term."""
    cards = cards_of(
        "# this\n\n## Rules\n\n4. **Default binding** — plain `fn()` →\n"
        "   - strict mode: `undefined`\n   - sloppy mode: the global object\n\n"
        "## Terms of art\n\n- **Binding**: how a call decides its receiver\n"
        "  - call site: the place in the code where a function is called\n\n## Hints\n\n"
        "- `madvise(addr, len, advice)`: tells the kernel how you will use the pages\n"
        "  - `MADV_RANDOM`: turn readahead off\n")
    asked = {(c.question, c.answer) for c in cards}
    assert ("Default binding — strict mode?", "undefined") in asked, asked
    assert ("Default binding — sloppy mode?", "the global object") in asked, asked
    assert ("What is a call site?", "the place in the code where a function is called") in asked, \
        asked
    assert ("What is MADV_RANDOM?", "turn readahead off") in asked, asked


def test_a_plural_aspect_is_asked_with_are(tmp_path: Path) -> None:
    """Review round 33: "What is the extra files of WAL?" read badly: an aspect whose head noun
    is plural takes "are" ("What are the extra files of WAL?", "What are the fsyncs per commit
    of WAL?"); one whose head is singular keeps "is" ("What is the effect on weights of L1?")."""
    cards = _cards(tmp_path, "# SQLite\n\n## Modes\n\n| | Rollback journal | WAL |\n| --- | --- | --- |\n"
                            "| Extra files | -journal | -wal and -shm |\n"
                            "| fsyncs per commit | several | fewer |\n"
                            "| Effect on weights | spread out | sparse |\n")
    asked = {(c.question, c.answer) for c in cards}
    assert asked >= {
        ("What are the extra files of WAL?", "-wal and -shm"),
        ("What are the fsyncs per commit of WAL?", "fewer"),
        ("What is the effect on weights of WAL?", "sparse"),
    }, asked
    from notequiz.phrase.phrase import _head

    assert [_head(d) for d in ("fsyncs per commit", "effect on weights", "")] == [
        "fsyncs", "effect", ""]


def test_a_reading_list_a_personal_note_and_the_notes_own_fields_give_no_cards(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 34: "Reading list:" and its items, "## Personal note", "last touched:",
    "Side project:", "Why this note exists:" and a "very" cell are the writer's own or say
    nothing; the table's other cell stays."""
    cards = cards_of(
        "# Units\n\nlast touched: Sunday before the onsite\n\nSide project: a tiny media server\n\n"
        "Why this note exists: the April incident\n\n## Compared\n\n| | px | rem |\n|---|---|---|\n"
        "| Predictable | very | very |\n| Scales with user font | no | yes |\n\n## Odds and ends\n\n"
        "Reading list:\n\n- Josh Comeau: The Surprising Truth About Pixels\n"
        "- MDN: CSS values and units\n\n## Personal note\n\nThe inventory found four more records.\n")
    assert sorted((c.term, c.answer) for c in cards) == [
        ("px Scales with user font", "no"), ("rem Scales with user font", "yes")], cards


def test_a_thing_picked_out_by_what_came_before_gets_no_gloss(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 34: "closes over the same variable `i` (one cell)" asked "What is a same
    variable i? -> one cell", and "keep the lowest J (`n_init` in sklearn)" "What is a lowest
    J?": "same" and "lowest" pick out a thing the sentence before named. "a memtable
    (in-memory balanced tree)" still glosses its term."""
    cards = cards_of(
        "# Closures\n\nEvery function object closes over the same variable `i` (one cell).\n\n"
        "Also: run several times with different seeds, keep the lowest J (`n_init` in "
        "sklearn).\n\nThe search stops at the highest peak (local maximum value).\n\n"
        "Writes first go to a memtable (in-memory balanced tree).\n")
    assert [(c.term, c.answer) for c in cards if c.rule == "en.definition.gloss"] == [
        ("memtable", "in-memory balanced tree")], cards


def test_review_round_forty_a_citation_a_good_read_and_what_is_next(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 40: "Mukhoti et al. 2020 argue …" was cut at "et al."; "… is a good read
    on …" recommends reading and "Next:" gives the writer's plan."""
    cards = cards_of(
        "# Calibration\n\n- Focal loss: Mukhoti et al. 2020 argue it improves calibration\n\n"
        "The 2024 write-up (Oligo) is a good read on how leaky the boundary still was.\n\n"
        "Temperature scaling is a single-parameter fix for overconfident logits.\n\n"
        "Next: redo 934 (Shortest Bridge) without looking.\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Focal loss", "Mukhoti et al. 2020 argue it improves calibration"),
        ("temperature scaling", "a single-parameter fix for overconfident logits")], cards


def test_review_round_forty_one_a_platform_a_win_and_the_whole_story(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 41: "- Go: net.Dialer.FallbackDelay" under "## Implementations" says how
    Happy Eyeballs looks in Go ("What about Go?"), not what Go is; "The top layer is the big
    win", "Gaps are the whole story" and "ORM convenience is the root cause" give a role."""
    cards = cards_of(
        "# Happy Eyeballs\n\n## Implementations\n\n- Go: net.Dialer.FallbackDelay\n"
        "- curl: --happy-eyeballs-timeout-ms\n\n## Notes\n\nThe top layer is the big win.\n\n"
        "Gaps are the whole story.\n\nORM convenience is the root cause.\n\n"
        "A sequence is a generator of unique integers.\n")
    assert [(c.question, c.answer) for c in cards if c.kind != "list"] == [
        ("What about Go?", "net.Dialer.FallbackDelay"),
        ("What about curl?", "--happy-eyeballs-timeout-ms"),
        ("What is a sequence?", "a generator of unique integers")], cards


def test_every_field_of_a_write_ups_header_is_its_story(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 27, 40 and 41: "**Service:** `stats-api`" among "**Date:**", "**Impact:**"
    and "**Status:**" lines, and "- **Data lost:** none in the end." among "- **Impact:**" and
    "- **Duration:**" items head a write-up like the fields beside them. Two labels are no header."""
    cards = cards_of(
        "# Incident write-up\n\n**Date:** 2024-06-18  \n**Service:** `stats-api` (page view "
        "counters)  \n**Impact:** ~40 min of failed writes  \n**Status:** resolved\n\n"
        "## Summary\n\n- **What:** a hard reset on a branch with unpushed commits\n"
        "- **Impact:** two days of work gone from `git log`\n- **Duration:** about 6 minutes\n"
        "- **Recovery:** `git reflog`, then "
        "`git reset --hard <sha>`\n- **Data lost:** none in the end.\n\n## Terms\n\n"
        "- **Reflog:** a local log of where each ref pointed\n- **Date:** a day\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Reflog", "a local log of where each ref pointed")], cards


def test_review_round_forty_two_worked_examples_practice_lists_and_verdicts(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 42: the figures of "## Worked example (did this by hand in class)" and the
    schema of "## Running example" belong to that one example, "## Practice list" is the
    writer's to-do, and "Boring is good", "Allowlists are humbling" and "… isn't enough" are
    the writer's verdicts. A definition stays."""
    cards = cards_of(
        "# Decision trees\n\nGini impurity is the chance of mislabelling a random sample.\n\n"
        "## Worked example (did this by hand in class)\n\n| | Left (n=4) | Right (n=6) |\n"
        "|---|---|---|\n| gini | 0 | 0.444 |\n| entropy | 0 | 0.918 |\n\n"
        "- Parent: 10 samples, 6 positive / 4 negative\n\n## Running example\n\n"
        "Enrollment(student_id, course_id, grade) is the table the lecture keeps using.\n\n"
        "## Practice list\n\n- LC 1334: Find the City With the Smallest Number of Neighbors ✅\n\n"
        "## VXLAN\n\nBoring is good. Allowlists are humbling. Filtering only `__proto__` isn't "
        "enough.\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("Gini impurity", "the chance of mislabelling a random sample")], cards


def test_a_label_in_inline_code_keeps_its_signs(cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 43: "- `$*` — the stem …" asked "What is $?" and "- `$?` — prerequisites
    newer …" gave no card (read as a question); `:focus-visible` lost its colon. A label that
    is one piece of inline code is a name, kept as written."""
    cards = cards_of(
        "# Make\n\n## Automatic variables\n\n- `$@` — the target\n"
        "- `$?` — prerequisites newer than the target\n"
        "- `$*` — the stem matched by `%` in a pattern rule\n\n## CSS\n\n"
        "- `:focus-visible` — matches when the browser decides to show focus\n")
    assert [(c.term, c.answer) for c in cards] == [
        ("$@", "the target"), ("$?", "prerequisites newer than the target"),
        ("$*", "the stem matched by % in a pattern rule"),
        (":focus-visible", "matches when the browser decides to show focus")], cards


def test_a_compared_tables_row_in_code_keeps_its_signs(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 43: a row named `__Host-` in a table of columns compared was asked as
    "host" ("Domain allowed — host?"): a row name written as code is kept as written."""
    cards = cards_of("# Cookies\n\n## Prefixes\n\n| | `Secure` required | `Domain` allowed |\n"
                     "|---|---|---|\n| `__Secure-` | yes | yes |\n| `__Host-` | yes | **no** |\n")
    assert sorted(c.question for c in cards) == [
        "Domain allowed — __Host-?", "Domain allowed — __Secure-?",
        "Secure required — __Host-?", "Secure required — __Secure-?"], cards


def test_a_label_that_joins_on_or_tells_what_the_writer_did_is_no_term(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"Also:", "Then annotate targets:" and "otherwise:" join on to what comes before;
    "Picked the name:" is what the writer did. None names a term; "Retry with exponential
    backoff:" does."""
    cards = cards_of("# Go defer\n\n## Gotchas\n\nA deferred call runs when the function "
                     "returns.\n\nAlso: recover only catches panics in the same goroutine.\n\n"
                     "Then annotate targets: each target gets a comment.\n\n1. Check the "
                     "capacity first.\n2. otherwise: allocate a bigger array and copy "
                     "everything over\n\n## Rollout\n\n1. Picked the name: `__Host-sid` for "
                     "the session cookie.\n2. Shipped it on Monday.\n3. then HTTP/2 variants in "
                     "2021: a second talk\n\n## Retries\n\nRetry "
                     "with exponential backoff: wait 1s, 2s, 4s\n")
    terms = {c.term for c in cards}
    assert "Retry with exponential backoff" in terms, terms
    assert not [t for t in terms if t.lower().startswith(("also", "then", "otherwise",
                                                           "picked"))], terms


def test_a_name_given_in_passing_needs_a_noun_phrase_before_it(
        cards_of: Callable[[str], list[Card]]) -> None:
    """"a random period of time called the election timeout" names a thing; "If two cookies
    named `sid` exist", "shadows the named result", "-a` to include named ones" and "or a
    named store" use "named" otherwise."""
    cards = cards_of("# Cookies\n\nEach follower waits a random period of time called the "
                     "election timeout.\n\nIf two cookies named `sid` exist, the browser sends "
                     "both.\n\nA new `err` inside the block shadows the named result.\n\n"
                     "Run `docker volume prune -a` to include named ones.\n\nThe cache in "
                     "front of an unnamed store or a named store is warm.\n")
    named = {(c.term, c.question) for c in cards if c.kind == "named_term"}
    assert named == {("election timeout", "What is a random period of time called?")}, named


def test_the_teacher_and_a_study_logs_review_date_are_no_terms(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review rounds 25-44: "prof: disabling preempt avoids …", "Prof's demo: a 10-layer tanh
    MLP" and "> last reviewed: 2024-09-22" name no term; "VRRP: …" does."""
    cards = cards_of("# Networks II\n\n> last reviewed: 2024-09-22 (before the onsite)\n\n"
                     "Difficulty: medium, hard with the O(n) version\n\n"
                     "## State machine\n\n- VRRP: a protocol that lets two routers share one "
                     "virtual IP\n- prof: disabling preempt avoids a second outage when a flapping "
                     "router returns\n- Prof's demo: a 10-layer tanh MLP\n- The professor: "
                     "preemption is on by default\n")
    terms = {c.term for c in cards}
    assert "VRRP" in terms, terms
    assert not [t for t in terms if t.lower().startswith(("prof", "last", "difficulty", "the prof"))], terms


def test_a_dry_run_toy_numbers_a_question_heading_and_an_alias_define_nothing(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 45: "## Dry run" ("What is a vertex 1?") and "### Toy numbers" ("What is the
    value of Alice sends? -> 8") are one example's figures; "## So how does Gson know about
    `List<User>`?" asks; "## Detection" is a write-up's part; "Also called PFS (perfect forward
    secrecy)" gives another name, not what forward secrecy is. Their acronym and the glossary
    line stay."""
    cards = cards_of(
        "# Diffie-Hellman\n\n## Terms\n\n- DLP: the discrete logarithm problem, believed hard\n\n"
        "### Toy numbers (do not use, obviously)\n\n| who | computation | value |\n|---|---|---|\n"
        "| Alice sends | 5^6 mod 23 | 8 |\n| Bob sends | 5^15 mod 23 | 19 |\n\n"
        "## Dry run\n\n- edges: 0–1, 1–2, 2–0, 1–3 (a triangle with a tail)\n"
        "- vertex 1: child 3 has low 3 >= tin 1, an articulation point\n\n"
        "## So how does Gson know about `List<User>`?\n\nThe part I blanked on. Declarations "
        "keep their generic signatures.\n\n## Detection\n\namcheck ships in contrib.\n\n"
        "## Forward secrecy\n\nAlso called PFS (perfect forward secrecy). Past sessions stay "
        "safe when a long-term key leaks.\n")
    terms = {c.term for c in cards}
    assert {"DLP", "PFS"} <= terms, terms
    assert not [c for c in cards if c.rule in ("md.table.property", "md.heading.definition")
                or c.term.lower().startswith(("edges", "vertex"))], cards


def test_a_tagged_todo_and_a_source_good_on_a_topic_are_the_writers(
        cards_of: Callable[[str], list[Card]]) -> None:
    """Review round 45: "#todo read the DVV paper properly." is a to-do; "[[Carlos
    Baquero]]'s writing is good on the distinction." recommends reading. The plain statement
    stays."""
    cards = cards_of("# Logical clocks\n\n## Gotchas\n\n- Riak moved to dotted version vectors. "
                     "#todo read the DVV paper properly.\n- [[Carlos Baquero]]'s writing is "
                     "good on the distinction.\n- Vector clocks track every event in the "
                     "system.\n")
    answers = [c.answer for c in cards if c.rule == "en.property.statement"]
    assert answers and not [a for a in answers if "DVV" in a or "distinction" in a], answers


def test_an_aspect_label_with_no_term_to_own_it_is_asked_alone(tmp_path: Path) -> None:
    """Review rounds 34-38: "What are the uses of ML course — Week 7: Principal Component
    Analysis?" and "What is the complexity of Interview prep: Minimum Spanning Tree?" took the
    title as the owner. A cost label under a heading that names a term is that term's ("What is
    the complexity of Kruskal?"); with no term to own it, the aspect is asked alone."""
    cards = _cards(tmp_path, "# ML course — Week 7: we finally did the projection stuff\n\n"
                             "## Motivation\n\n- Uses: visualisation, compression, denoising\n\n"
                             "## Kruskal\n\n- Time: O(E log E)\n")
    asked = {c.answer: c.question for c in cards if c.rule == "md.label.definition"}
    assert asked.get("visualisation, compression, denoising", "").startswith(
        "What are the uses?"), asked
    assert asked.get("O(E log E)", "").startswith("What is the time complexity of Kruskal?"), asked


def test_reading_lists_to_dos_the_teacher_in_brackets_and_my_review_are_no_facts(
        tmp_path: Path) -> None:
    """Review rounds 41-47: "What are the Reading? -> MDN, …", "What is a TODO read? -> the
    writeups on this …", "What is [prof? -> scaling won't hurt trees …" and "What is a
    Rabin-Karp (rolling hash)? -> Part of my string-algorithms review block" (all judged bad):
    where to read, what the writer will do, a bracketed aside and the writer's own study plan
    are no facts of the subject."""
    cards = _cards(tmp_path, "# Rabin-Karp\n\n## Rabin-Karp (rolling hash)\n\n"
                             "Part of my string-algorithms review block. Status: can code it.\n\n"
                             "## Gotchas\n\n- Hash collisions: compare the window when hashes match.\n"
                             "  - TODO read: the writeups on this from people who hit it\n"
                             "- [prof: \"scaling won't hurt trees, it just won't help\". Fine.]\n\n"
                             "Reading:\n- MDN, \"Client-side form validation\"\n- HTML spec\n")
    said = [f"{c.term} | {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "review block", "TODO", "prof", "MDN"))], said
    assert "Hash collisions | compare the window when hashes match" in said, said


def test_a_table_whose_columns_are_costs_compares_its_rows(tmp_path: Path) -> None:
    """Review round 48: "| | Time | Space | Stable |" over rows of sorts was read as comparing
    its columns ("What is the counting of Time?": of its 16 cards, 12 judged flawed, 1 bad, and 3
    good, the yes/no rows asked "Stable — counting?"). An empty corner
    over columns that name costs (Time, Space) heads a table of rows; a row's bracketed remark
    that opens on a preposition ("merge sort (for reference)") is no gloss of it."""
    cards = _cards(tmp_path, "# Linear sorts\n\n## Comparison table\n\n"
                             "| | Time | Space | Stable |\n|---|---|---|---|\n"
                             "| counting | O(n + k) | O(n + k) | yes |\n"
                             "| bucket | O(n) expected | O(n) | depends on inner sort |\n"
                             "| merge sort (for reference) | O(n log n) | O(n) | yes |\n\n"
                             "## t-SNE vs UMAP\n\n| | t-SNE | UMAP |\n|---|---|---|\n"
                             "| speed | slow | fast |\n| key knob | perplexity | n_neighbors |\n")
    asked = {c.question: c.answer for c in cards if c.rule.startswith("md.table")}
    assert asked.get("What is the time complexity of counting?") == "O(n + k)", asked
    assert asked.get("What is the space complexity of bucket?") == "O(n)", asked
    assert asked.get("What is the key knob of UMAP?") == "n_neighbors", asked
    assert not [q for q in asked if "of Time" in q or "of Space" in q], asked
    assert "for reference" not in asked.values(), asked


def test_a_gloss_belongs_to_a_name_of_one_or_two_words(tmp_path: Path) -> None:
    """Review rounds 24-43: "What is a preview text changed? -> fires many times", "What is an
    inputs required grad? -> classic when the first layer is frozen", "What is a whole second
    rule? -> invalid selector" (4 bad, 1 flawed, none good): a run of three or more words
    before the brackets reaches back into the sentence; the brackets remark on it. "a
    memtable (in-memory balanced tree)" and "an exercise window (deadline …)" still gloss."""
    cards = _cards(tmp_path, "# Notes\n\nThe event fires when the preview text changed (fires many "
                             "times) during composition.\n\nIt breaks if none of the inputs "
                             "required grad (classic when the first layer is frozen).\n\n"
                             "Writes first go to a memtable (in-memory balanced tree).\n\n"
                             "When you leave, there is an exercise window (deadline given to buy "
                             "your options).\n")
    glossed = {c.term: c.answer for c in cards if c.rule == "en.definition.gloss"}
    assert glossed == {"memtable": "in-memory balanced tree",
                       "exercise window": "deadline given to buy your options"}, glossed


def test_a_cell_that_opens_with_code_is_no_name_written_as_code(tmp_path: Path) -> None:
    """The parser now keeps code inside table cells ("FC (`BatchNorm1d`)"); a first cell that
    only opens with code ("`O_DIRECT` flag") is still a name in words, asked with its article,
    while one wholly in code is taken as written."""
    cards = _cards(tmp_path, "# Open flags\n\n## Flags\n\n| Flag | Meaning |\n|---|---|\n"
                             "| `O_DIRECT` flag | bypasses the page cache for reads and writes |\n"
                             "| `O_SYNC` | waits for the data to reach the disk |\n")
    asked = {c.question for c in cards}
    assert {"What is an O_DIRECT flag?", "What is O_SYNC?"} <= asked, asked


def test_a_when_label_a_deed_and_a_joined_on_intro_name_no_term(tmp_path: Path) -> None:
    """Review round 50: "What is a today? -> dropout, which is …", "What is a Wasted an hour
    here? -> without maxmem, …" and "What are the Also useful? -> memory.stat — …" (all judged
    bad). "today:" and "this week:" say when, "Wasted an hour here:" what the writer did (a past form before an
    article, a verb the word list knows or not), and "Also useful:" adds to what came before:
    none names a term or a kind of thing. A label that names one still defines."""
    cards = _cards(tmp_path, "# Week 6\n\n## Recap\n\n"
                             "- today: **dropout**, noise injected into the hidden units\n"
                             "- this week: early stopping on the validation loss\n"
                             "- DropConnect: drop weights instead of activations\n\n"
                             "## scrypt\n\nWasted an hour here: without `maxmem`, n=2**17 fails.\n\n"
                             "## Counters\n\nAlso useful:\n- `memory.stat` — breakdown by type\n"
                             "- `memory.pressure` — pressure stall information\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s.lower() for w in (
        "today", "this week", "wasted", "also useful"))], said
    assert ("DropConnect", "drop weights instead of activations") in [(c.term, c.answer)
                                                                    for c in cards], said


def test_a_role_with_its_contrast_or_a_mere_difference_defines_nothing(tmp_path: Path) -> None:
    """Review round 50: "What is TIME_WAIT? (2) -> a feature, not a bug", "What is
    memory.events? -> the thing to look at, not dmesg" and "What is a dropout? -> a totally
    different idea" (all judged bad). A role stays a role with ", not …" after it, and "a
    different idea" only says that it differs. The term's real definition is kept, and no
    longer numbered."""
    cards = _cards(tmp_path, "# TIME_WAIT\n\n"
                             "TIME_WAIT is the state a TCP socket enters on the side that closes "
                             "first.\n\n## Notes\n\n- TIME_WAIT is a feature, not a bug.\n"
                             "- `memory.events` is the thing to look at, not dmesg.\n"
                             "- Regularisation so far: weight decay. Then **dropout**, which is a totally "
                             "different idea.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if "a feature" in s or "thing to look at" in s
                or "different idea" in s], said
    assert "What is TIME_WAIT? -> the state a TCP socket enters on the side that closes first" \
        in said, said


def test_a_clause_with_the_writer_left_out_is_theirs(tmp_path: Path) -> None:
    """Review round 50: "Complete: exact bound is … -> more subtle, didn't go into it" and "What
    are support tickets? -> a few dozen, didn't count exactly" (both judged bad): a clause that
    opens on "didn't" after a comma is the writer's, with the "I" left out, in a statement and a
    label alike ("…, haven't checked …" too). A sentence whose subject does not is kept."""
    cards = _cards(tmp_path, "# Union-Find\n\n## Path compression\n\n"
                             "Path compression flattens the tree over time. The exact bound is more "
                             "subtle, didn't go into it.\n\n## Details\n\n"
                             "- support tickets: a few dozen, didn't count exactly\n"
                             "- pager alerts: eleven, haven't checked the other teams\n"
                             "- find(x): returns the root of the set that holds x\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if "didn't" in s or "haven't" in s], said
    assert "find(x)" in {c.term for c in cards}, said


def test_labels_that_are_all_platforms_list_nothing_but_say_their_own(tmp_path: Path) -> None:
    """Review round 50: "What are the Platform differences (ugh)? -> BSD/macOS; Windows" (judged
    bad): items labelled by platform each say how the subject looks there, in their own cards;
    their labels list no kind of thing. A bare list of platforms still is one."""
    cards = _cards(tmp_path, "# SO_REUSEADDR\n\n## Platforms\n\nPlatform differences (ugh):\n"
                             "- BSD/macOS: `SO_REUSEADDR` also allows binding two addresses on one port\n"
                             "- Windows: `SO_REUSEADDR` lets another socket steal a port in use\n\n"
                             "## Support\n\nSupported databases:\n- PostgreSQL\n- MySQL\n- SQLite\n")
    lists = {c.answer for c in cards if c.kind == "list"}
    assert lists == {"PostgreSQL; MySQL; SQLite"}, lists
    assert any(c.answer.startswith("SO_REUSEADDR lets another socket") for c in cards), cards


def test_a_question_answered_by_another_question_is_a_checklist(tmp_path: Path) -> None:
    """Review round 50: "Is the element positioned? -> or a flex/grid child?" (judged bad): in a
    debugging checklist, what follows the dash is a second question, no answer. A question the
    line answers is still asked."""
    cards = _cards(tmp_path, "# z-index\n\n## Debugging checklist\n\n"
                             "1. Is the element positioned? (`position` != `static`) — or a flex/grid "
                             "child?\n2. **Does opacity make a stacking context?** — yes, below 1\n")
    asked = {c.question: c.answer for c in cards if c.rule == "md.label.question"}
    assert asked == {"Does opacity make a stacking context?": "yes, below 1"}, asked


def test_the_past_a_remark_in_brackets_an_activity_and_a_verdict_too_define_nothing(
        tmp_path: Path) -> None:
    """Review round 51 (all judged bad): "What is a certificate renewal? -> a manual yearly task
    …" and "What is notAfter? -> the night before" (a copula in the past tells what was so in the
    story); "What are scaled values? -> threshold becomes meaningless", "What is an HTML too? ->
    max-age applies …" and "What is an explicit stack? -> annoying to get postorder right"
    (brackets that hold a clause or open on the writer's verdict remark on the sentence);
    "What is a Reading that? -> load is climbing …" (a label that names an activity); "Complete:
    MDN pages are … -> good too" and "Complete: Went and actually read up … -> on how this works"
    (a verdict, and the writer's day). A gloss that names what its term is stays."""
    cards = _cards(tmp_path, "# Notes\n\n## Story\n\n"
                             "Certificate renewal was a manual yearly task with a single owner. "
                             "The notAfter was the night before.\n\n"
                             "## Clipping\n\nYou have to unscale first or you're clipping the scaled "
                             "values (threshold becomes meaningless). Also purged the CDN since it had "
                             "cached the HTML too (max-age applies to shared caches). Or convert to an "
                             "explicit stack (annoying to get postorder right).\n\n"
                             "## Load\n\nReading that: load is climbing, so it started recently.\n\n"
                             "## Caching\n\nMDN pages are good too. Went and actually read up on how this "
                             "works instead of cargo-culting headers.\n\n"
                             "## Buffers\n\nA deque can be built on a circular buffer (fixed-size "
                             "array) with two indices.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [c.answer for c in cards if c.answer.startswith((
        "a manual yearly", "the night before", "threshold becomes", "max-age applies", "annoying",
        "load is climbing", "good too", "on how this works"))], said
    assert ("circular buffer", "fixed-size array") in [(c.term, c.answer) for c in cards], said


def test_an_opinion_a_manner_a_pointing_subject_and_a_condition_define_nothing(
        tmp_path: Path) -> None:
    """Review rounds 50 and 51 (all judged bad): "What is without it... halving? -> the safe
    default IMO" (an answer with IMO is the writer's view), "Complete: Names left out … -> on
    purpose" (an answer that only says it was meant), "What is a Same paper? -> the one that
    proposed clipping by norm" (which paper, the sentence before says) and "What is an Exists iff
    the graph? -> a DAG" (a condition, no term). A definition beside them stays."""
    cards = _cards(tmp_path, "# Notes\n\n## Format\n\nBlameless format. Names left out on purpose.\n\n"
                             "## Halving\n\nPath halving is the safe default IMO.\n\n"
                             "## Clipping\n\nPascanu et al. 2013 studied exploding gradients. Same paper is "
                             "the one that proposed clipping by norm.\n\n"
                             "## Order\n\n- Exists **iff** the graph is a DAG.\n"
                             "- A DAG is a directed graph with no cycles.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [c.answer for c in cards if c.answer in (
        "the safe default IMO", "on purpose", "the one that proposed clipping by norm",
        "a DAG")], said
    assert ("DAG", "a directed graph with no cycles") in [(c.term, c.answer) for c in cards], said


def test_a_formula_keeps_its_brackets(tmp_path: Path) -> None:
    """Review round 51: "Simple RNN: `h_t = tanh(W h_{t-1} + U x_t + b)`" was asked "What is
    Simple RNN? -> h_t = tanh" (judged bad): the brackets glued to "tanh" were cut as a closing
    aside. Brackets that hold a formula's signs are its arguments; a glued aside in words still
    goes."""
    cards = _cards(tmp_path, "# Lecture 9\n\n## RNNs\n\n"
                             "Simple RNN: `h_t = tanh(W h_{t-1} + U x_t + b)`\n\n"
                             "LSTM: a recurrent unit with gates(see the paper for details)\n")
    answers = {c.term: c.answer for c in cards if c.rule == "md.label.definition"}
    assert answers.get("Simple RNN") == "h_t = tanh(W h_{t-1} + U x_t + b)", answers
    assert answers.get("LSTM") == "a recurrent unit with gates", answers


def test_an_order_defines_nothing(tmp_path: Path) -> None:
    """Review round 51 (all judged bad): "What is FSDP? -> use the model's own clip_grad_norm_
    method", "What is a clock? -> use Redis TIME inside the script" (labels) and "What is a
    gradient accumulation? -> Clip once, after the last micro-batch's backward" (a heading's
    first line). An answer that opens on an order says what to do, not what its term is. A label
    and a heading that define their term beside them stay."""
    cards = _cards(tmp_path, "# Lecture 9\n\n## Gradient accumulation\n\n"
                             "Clip once, after the last micro-batch's backward, right before step().\n\n"
                             "## Gradient checkpointing\n\n"
                             "Gradient checkpointing is a way to trade compute for memory.\n\n"
                             "## Sharding\n\n"
                             "- FSDP: use the model's own clip_grad_norm_ method\n"
                             "- clock: use Redis TIME inside the script\n"
                             "- retries: don't retry a 4xx\n- locks: avoid holding them across awaits\n"
                             "- backoff: prefer jitter over a fixed delay\n"
                             "- tokens: never log them\n- seeds: do not share them\n"
                             "- reruns: make sure the seed is fixed\n"
                             "- AMP: use of half precision in most ops\n"
                             "- ZeRO: a family of optimizer-state sharding strategies\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "-> use the", "-> use Redis", "Clip once", "retry", "holding", "jitter", "log them",
        "share them", "fixed"))], said
    terms = {(c.term, c.rule) for c in cards}
    assert ("ZeRO", "md.label.definition") in terms, said
    assert ("AMP", "md.label.definition") in terms, said  # "use of": a noun
    assert ("Gradient checkpointing", "md.heading.definition") in terms, said


def test_a_label_over_a_sentence_of_its_own_defines_nothing(tmp_path: Path) -> None:
    """Review round 52 (judged bad): "What are btrfs? -> swap files need extra care", "What are
    transformers? -> post-LN transformers are notoriously unstable without it", "What is
    Contributing? (2) -> JWT validation leeway (30 s) is fine …". After a colon, an answer with a
    subject and a verb of its own says something under the label, not what it is. A noun phrase
    whose verb is inside it still defines, and so does a glossary's "Term - A sentence.", which
    the corpus's hash-table note writes for "Open addressing"."""
    said_under = {
        "desktops": "the default is fine mostly", "transformers": "post-LN nets are unstable",
        "old kernels": "the flag was ignored", "early runs": "the losses were noisy",
        "ext4 volumes": "the swap file isn't special", "tmpfs mounts": "pages aren't pinned",
        "btrfs volumes": "btrfs-progs has a mkswapfile command",
        "NFS setups": "most setups have no swap", "listener side": "the listener needs a session",
        "read replicas": "replicas need their own pool", "zswap pools": "the pool can grow",
        "cgroup v1 limits": "the limit can't be raised live",
        "nested guests": "the kernel cannot tell them apart",
        "strict loaders": "the loader will refuse it", "the old unit": "the service won't start",
        "prod hosts": "the value should stay at 10", "CI jobs": "every job must pin it",
        "musl builds": "musl doesn't ship it", "laptops": "most distros don't enable it",
        "zram devices": "the kernel does the compression",
    }
    defined = {
        "Page": "the unit of memory is what the MMU maps", "Probe": "the way to see it is ready",
        "Arena": "the heap for threads is what malloc keeps", "Slab": "the cache in which objects are kept",
        "Mutex": "the lock that is held by one thread",
        "Semaphore": "the counter which is shared", "Owner": "the thread who has the lock",
        "Spool": "the folder where jobs are queued", "Deadline": "the time when the job must end",
        "Quota": "the share how much is allowed", "Policy": "the rule what is kept",
        "Guard": "the check if it is null", "Zone size": "with one key a state is 64 bytes",
        "Backlog": "a queue the kernel has not accepted yet",
        "Orphan": "an inode no directory entry is pointing to",
        "Startup order": "no guarantee the proxy is up first",
        "Quorum": "the count they must reach",
    }
    body = "".join(f"- {k}: {v}\n" for k, v in (*said_under.items(), *defined.items()))
    cards = _cards(tmp_path, "# Swap\n\n## Settings\n\n" + body + "\n## Hashing\n\n"
                             "- Open addressing - All entry records are stored in the bucket array "
                             "itself.\n")
    answers = {c.term: c.answer for c in cards if c.rule == "md.label.definition"}
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [a for a in answers.values() if a in said_under.values()], said
    assert [t for t in defined if answers.get(t) != defined[t]] == [], said
    assert ("Open addressing", "All entry records are stored in the bucket array itself") in [
        (c.term, c.answer) for c in cards], said


def test_a_role_in_other_words_defines_nothing(tmp_path: Path) -> None:
    """Review round 52 (all judged bad): "What is vm.vfs_cache_pressure? -> a different knob",
    "What is a transaction mode? -> the one everyone actually wants", "What is 99% of the time
    inline-size? -> what you want" and the label "What are prepared statements? -> the big
    one": each only gives a role, of what only the sentence says. Definitions beside them
    stay."""
    cards = _cards(tmp_path, "# PgBouncer\n\n## Modes\n\n"
                             "`vm.vfs_cache_pressure` is a different knob. Transaction mode is the one "
                             "everyone actually wants. For containers, inline-size is what you want.\n\n"
                             "Session mode is a pooling mode that pins a server connection per client.\n\n"
                             "## What breaks\n\n- prepared statements: the big one\n"
                             "- advisory locks: locks held by a session across transactions\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if s.endswith(("knob", "wants", "what you want", "big one"))], said
    defined = {c.term for c in cards if c.kind == "definition"}
    assert {"session mode", "advisory locks"} <= {t.casefold() for t in defined}, said


def test_a_paper_label_and_an_impact_section_name_no_term(tmp_path: Path) -> None:
    """Review rounds 50 and 52: "What is Paper? -> Srivastava, Hinton, … — "Dropout: …"" (a
    citation, flawed) and labels under an incident's "## Impact" ("checkout API: 5xx rate up to
    3.2%"): the source of what follows, and what the incident did, name no term."""
    cards = _cards(tmp_path, "# Dropout\n\n## What dropout is\n\n"
                             "Paper: Srivastava et al., Dropout: A Simple Way to Prevent Neural Networks "
                             "from Overfitting\n\n## Impact\n\n- checkout API: 5xx rate up to 3.2%\n"
                             "- upload API: every request failed for 27 minutes\n\n## Terms\n\n"
                             "- Inverted dropout: dropout that scales activations during training\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in ("Srivastava", "5xx", "27 minutes"))], said
    assert "Inverted dropout" in {c.term for c in cards}, said


def test_a_label_that_asks_an_example_value_and_the_the(tmp_path: Path) -> None:
    """Review round 53 (all judged bad): "What are which keys are candidates? -> all keys …"
    and "What is a how to pick among them?" (a label that asks is asked as written), "What is a
    verifier? -> dBjftJeZ4CVP-…" and "What is Callback? -> https://app.example.com/callback?…"
    (one opaque token or one URL is an example's value), "What is AbortSignal.timeout? -> the
    cleaner option now" (a role) and "What are the The policies?" (one "the")."""
    cards = _cards(tmp_path, "# OAuth and Redis\n\n## The policies\n\n"
                             "Two axes really:\n1. **which keys** are candidates: all keys vs only keys "
                             "with a TTL\n2. **how to pick** among them: LRU, LFU, random\n\n"
                             "- why it works: each step halves the range\n"
                             "- what it returns: the index\n"
                             "- where it lives: in the page cache\n\n"
                             "## Example\n\n- verifier: dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\n"
                             "- state: a random value the client checks on return\n\n"
                             "### Callback\n\n`https://app.example.com/callback?code=SplxlOBeZQQ`\n\n"
                             "## Timeouts\n\n`AbortSignal.timeout()` is the cleaner option now.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert "Which keys are candidates? -> all keys vs only keys with a TTL" in said, said
    assert "How to pick among them? -> LRU, LFU, random" in said, said
    assert {"Why it works? -> each step halves the range", "What it returns? -> the index",
            "Where it lives? -> in the page cache"} <= set(said), said
    assert "What are the policies? -> which keys are candidates; how to pick among them" in said, said
    assert not [s for s in said if "dBjft" in s or "https://" in s or "cleaner" in s], said
    assert "state" in {c.term for c in cards if c.kind == "definition"}, said


def test_a_sentence_that_leaves_the_writer_out_or_opens_on_the_teacher_is_a_story(
        tmp_path: Path) -> None:
    """Review round 53 (judged bad): "Complete: Had a script that hashes + parses … -> ~40k JSON
    files, …", "Complete: Haven't decided … -> yet, TBD with the team" (the writer left out of
    their own sentence) and "Complete: Prof spent … -> half the lecture on leakage" (what the
    course did). A statement about the subject beside them stays."""
    cards = _cards(tmp_path, "# Notes\n\n## Threads\n\n"
                             "Had a script that hashes and parses forty thousand JSON files. "
                             "Haven't decided the key format yet. Prof spent half the lecture on "
                             "leakage. The professor showed two leaky pipelines. Lecturer skipped "
                             "the proof of the bound. "
                             "The GIL is a lock that lets one thread run Python bytecode at a time.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "script", "key format", "lecture", "pipelines", "proof"))], said
    assert [s for s in said if "GIL" in s], said


def test_a_cloze_keeps_the_clitic_on_its_verb(tmp_path: Path) -> None:
    """Review round 53: "Complete: the hashing part might … -> ve scaled a bit but …" (bad): the
    tokenizer splits "might've" in two, and the cloze cut between them. The clitic stays on the
    verb it is written on, as "n't" already did."""
    cards = _cards(tmp_path, "# GIL\n\n## Threads\n\nIn short, the hashing part might've scaled a bit "
                             "with threads. The parsing part could’ve used processes instead.\n")
    asked = [(c.question.split(" (")[0], c.answer) for c in cards if c.rule == "en.property.statement"]
    assert ("Complete: the hashing part might've …", "scaled a bit with threads") in asked, asked
    assert ("Complete: the parsing part could’ve …", "used processes instead") in asked, asked


def test_a_change_made_defines_nothing(tmp_path: Path) -> None:
    """Review round 53 (judged bad): "What is a cache? -> replaced with an LRU (lru-cache
    package) …" and "What is a listener? -> moved the error handler to module init …", a
    postmortem's list of fixes. An answer that opens on a change made says what was done there,
    not what its term is; a label that defines beside them stays."""
    cards = _cards(tmp_path, "# Postmortem: the leak\n\n## Fix\n\n"
                             "- cache: replaced with an LRU with max 10000 entries\n"
                             "- listener: moved the error handler to module init\n"
                             "- timestamps: dropped from the cache key\n"
                             "- metrics: added a heap-size gauge per pod\n"
                             "- retries: removed the inner retry loop\n"
                             "- client: switched to the pooled agent\n"
                             "- memory limit: bumped to 1 GiB for headroom\n"
                             "- keep-alive agent: an HTTP agent that reuses sockets across requests\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "replaced", "moved", "dropped", "added", "removed", "switched", "bumped"))], said
    terms = {(c.term, c.rule) for c in cards}
    assert ("keep-alive agent", "md.label.definition") in terms, said


def test_causes_triggers_plans_and_outputs_label_no_term(tmp_path: Path) -> None:
    """Review round 54 (judged bad): "What is a Direct cause? -> leaf cert expired, nobody
    renewed it", "What is The trigger this time? -> a setTimeout(fn, 0) that I expected …" and
    "What is Output? -> p1 p2 t1 t2 t3" (what the code above printed). A label that defines
    beside them stays."""
    cards = _cards(tmp_path, "# The event loop\n\n"
                             "The trigger this time: a `setTimeout(fn, 0)` that I expected to run early.\n\n"
                             "## Ordering\n\n```js\nPromise.resolve().then(() => log('p1'))\n```\n\n"
                             "Output: `p1 p2 t1 t2 t3`\n\n"
                             "- `p1`, `p2`: microtasks, run before the next task\n"
                             "- `t1`: the first timer task\n\n"
                             "Output: `1 4 3 2`\n\n"
                             "**Direct cause**: leaf cert expired, nobody renewed it\n\n"
                             "trigger: a deploy that restarted every pod at once\n\n"
                             "plan: rotate the keys on Monday and watch the errors\n\n"
                             "- **Microtask**: a callback queued to run right after the current task\n"
                             "- **Macrotask**: a task from the task queue, such as a timer callback\n\n"

                             "## queueMicrotask\n\n**Pros**\n\n- runs before the next render\n"
                             "- no timer clamping\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert "runs before the next render; no timer clamping" in {
        c.answer for c in cards if c.rule == "md.list.intro"}, said  # ("**Pros**" alone names it)
    assert not [s for s in said if any(w in s for w in (
        "setTimeout", "Output", "leaf cert", "deploy", "rotate"))], said
    assert "Microtask" in {c.term for c in cards if c.rule == "md.label.definition"}, said


def test_a_label_joined_on_with_or_and_one_that_says_where_to_look_define_nothing(
        tmp_path: Path) -> None:
    """Review round 54 (judged bad): "What is an or run a tiny init? -> docker run --init …" (an
    item that joins on to the one before) and "What is an Optimal substructure? -> look at the
    last chars" (what to do, not what it is). A label that defines beside them stays."""
    cards = _cards(tmp_path, "# Signals\n\n## Fix\n\n"
                             "1. exec form: `CMD [\"node\", \"server.js\"]`\n"
                             "2. or run a tiny init: `docker run --init` (uses tini)\n\n"
                             "## Why DP works\n\n**Optimal substructure**: look at the last chars.\n\n"
                             "**Overlapping subproblems**: the same subproblems recur many times.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in ("tiny init", "last chars"))], said
    assert "Overlapping subproblems" in {c.term for c in cards}, said


def test_a_formula_keeps_its_bracketed_operand(tmp_path: Path) -> None:
    """Review round 54 (judged bad): "What is an optimal leaf weight? -> w_j* = −G_j /": the
    brackets after an operator are the formula's, not an aside. An aside after a word still
    goes."""
    cards = _cards(tmp_path, "# XGBoost\n\n## Second-order approximation\n\n"
                             "- **optimal leaf weight**: w_j* = −G_j / (H_j + λ)\n"
                             "- **gain**: G_L² + G_R² − (G_L + G_R)²\n"
                             "- **pairs**: n / 2 * (n − 1)\n- **penalized loss**: L + (λ ‖w‖² / 2)\n"
                             "- **momentum step**: v = (β v + g)\n- **residual**: y − (w x + b)\n"
                             "- **shrinkage**: a factor that scales each new tree (see the paper for details)\n")
    answers = {c.term: c.answer for c in cards if c.rule == "md.label.definition"}
    assert answers.get("optimal leaf weight") == "w_j* = −G_j / (H_j + λ)", answers
    assert answers.get("gain") == "G_L² + G_R² − (G_L + G_R)²", answers
    assert answers.get("shrinkage") == "a factor that scales each new tree", answers
    assert answers.get("pairs") == "n / 2 * (n − 1)", answers
    assert answers.get("penalized loss") == "L + (λ ‖w‖² / 2)", answers
    assert answers.get("momentum step") == "v = (β v + g)", answers
    assert answers.get("residual") == "y − (w x + b)", answers


def test_an_answer_that_is_one_quoted_title_defines_nothing(tmp_path: Path) -> None:
    """Review round 54 (judged bad): 'What is MDN? -> Using microtasks in JavaScript with
    queueMicrotask()' and 'What are node docs? -> The Node.js Event Loop, Timers, and
    process.nextTick()': a quoted title says where to read. A label whose answer quotes inside
    a definition stays."""
    cards = _cards(tmp_path, "# Event loop\n\n## Microtasks\n\n"
                             "- MDN: \"Using microtasks in JavaScript with queueMicrotask()\"\n"
                             "- Node docs: “The Node.js Event Loop, Timers, and process.nextTick()”\n"
                             "- microtask checkpoint: the point where the \"microtask queue\" is drained\n"
                             "- PEP 703: \"Making the Global Interpreter Lock Optional in CPython\"\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in ("Using microtasks", "Timers"))], said
    assert {"microtask checkpoint", "PEP 703"} <= {c.term for c in cards}, said


def test_a_cell_pointing_above_and_a_paper_with_its_lab_are_no_answers(tmp_path: Path) -> None:
    """Review round 54 (judged bad): "What is the idea of ring + vnodes? -> above" (a cell that
    points at the text above) and "What is a jump consistent hash? -> Lamping & Veach, Google,
    2014" (the brackets cite a paper, with the lab it came from). The row's other cells still
    give cards."""
    cards = _cards(tmp_path, "# Consistent hashing\n\n## Schemes\n\n"
                             "| scheme | idea | lookup |\n|---|---|---|\n"
                             "| ring + vnodes | above | O(log Nv) |\n"
                             "| maglev | see above | O(1) |\n"
                             "| jump consistent hash (Lamping & Veach, Google, 2014) | "
                             "key + num_buckets -> bucket | O(log N) |\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in ("-> above", "see above", "Lamping"))], said
    assert "key + num_buckets -> bucket" in {c.answer for c in cards}, said


def test_brackets_that_hold_the_term_in_a_longer_name_are_no_gloss(tmp_path: Path) -> None:
    """Review round 54 (judged bad): "What is a pipe? -> self-pipe trick", from "write to a pipe
    (self-pipe trick)": a name that uses the term, not what the term is. A gloss in other words
    stays."""
    cards = _cards(tmp_path, "# Signals\n\nInside a handler, set a flag or write to a pipe "
                             "(self-pipe trick), or use signalfd.\n\n"
                             "Writes first go to a memtable (in-memory balanced tree).\n")
    glossed = {c.term: c.answer for c in cards if c.rule == "en.definition.gloss"}
    assert glossed == {"memtable": "in-memory balanced tree"}, glossed


def test_cassandra_and_dynamodb_labels_say_how_it_looks_there(tmp_path: Path) -> None:
    """Review round 54 (judged bad): "What is Cassandra? -> num_tokens in cassandra.yaml" in a
    note on consistent hashing: how the subject looks in Cassandra, not what Cassandra is."""
    cards = _cards(tmp_path, "# Consistent hashing\n\n## In practice\n\n"
                             "- Cassandra: `num_tokens` in cassandra.yaml, 16 since 4.0\n"
                             "- DynamoDB: partitions split by key range and size\n")
    asked = {c.question for c in cards}
    assert {"What about Cassandra?", "What about DynamoDB?"} <= asked, asked


def test_a_first_line_that_says_what_its_heading_is_not_defines_nothing(tmp_path: Path) -> None:
    """Review round 54 (judged bad): "What is SIGKILL? -> Not really a request" (what it is not)
    and "패킷 흐름은 무엇인가? -> 그림 대신 화살표로" (how the section shows it). A heading whose first
    line defines stays."""
    cards = _cards(tmp_path, "# Signals\n\n### SIGKILL\n\nNot really a request. The kernel ends the "
                             "process.\n\n### SIGTERM\n\nSIGTERM is a polite request to terminate.\n")
    cards += _cards(tmp_path, "# iptables\n\n### 패킷 흐름\n\n그림 대신 화살표로.\n\n"
                              "### 체인\n\n룰을 담는 목록.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in ("Not really", "화살표"))], said
    assert {"SIGTERM", "체인"} <= {c.term for c in cards}, said


def test_a_person_among_the_attendees_is_no_term(tmp_path: Path) -> None:
    """Review round 54: a study group's notes name who spoke ("attendees: me, Priya, Tom and
    Wen"); "Priya: …" is what she said, no definition of Priya. A label that defines stays."""
    cards = _cards(tmp_path, "# Study group, week 6\n\nattendees: me, Priya, Tom and Wen\n\n"
                             "## Vnodes\n\n- Priya: 256 tokens made repairs painful\n"
                             "- Wen: more vnodes per node, as the paper's strategy 3\n"
                             "- vnode: one of many points a physical node owns on the ring\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in ("Priya", "Tom", "Wen"))], said
    assert "vnode" in {c.term for c in cards}, said


def test_labels_of_a_circumstance_a_condition_or_what_came_before_name_no_term(
        tmp_path: Path) -> None:
    """Review round 55 (judged bad): "What is every ACK? -> cwnd += 1 MSS", "What is an exit
    when? -> cwnd >= ssthresh, or loss", "What is a right after loss? -> concave region …",
    "What is a past W_max? -> convex region …", "What is a BUT storage-wise? -> git gc …",
    "What is Same story for functions? -> …", "What is Contributing? (1)", "What is Tested? ->
    rabin_karp(…) -> [0, 7]", "What is a key word? -> random base". A label that names a term
    beside them stays."""
    cards = _cards(tmp_path, "# TCP congestion control\n\n## Slow start\n\n"
                             "- every ACK: `cwnd += 1 MSS`\n- each RTT: the window doubles\n"
                             "- exit when: `cwnd >= ssthresh`, or loss\n"
                             "- back off if: three duplicate ACKs arrive\n"
                             "- ssthresh: the window size where slow start ends\n\n## CUBIC\n\n"
                             "- right after loss: concave region, grows fast toward W_max\n"
                             "- past W_max: convex region, probing for new bandwidth\n\n"
                             "## Storage\n\nBUT storage-wise: `git gc` packs loose objects into packfiles.\n\n"
                             "Same story for functions: a function defined in the body is new every render.\n\n"
                             "## Root cause\n\n- Contributing: ConfigMap edited out-of-band, bypassing CI\n"
                             "- Contributing factors: no PodDisruptionBudget on billing-api\n\n"
                             "## Rolling hash\n\nTested: `rabin_karp(\"abracadabra\", \"abra\")` -> `[0, 7]`. ok.\n\n"
                             "- key word: *random* base\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "cwnd +=", "doubles", "cwnd >=", "duplicate", "concave", "convex", "git gc", "new every",
        "out-of-band", "PodDisruption", "abracadabra", "random base"))], said
    assert "ssthresh" in {c.term for c in cards}, said


def test_a_first_line_in_brackets_or_of_the_writer_and_a_heading_of_an_activity(
        tmp_path: Path) -> None:
    """Review round 55 (judged bad): "What is a Networks lecture 9 — TCP congestion control? ->
    week 5, Tue" (a first line in brackets, an aside), "What is a Nil channel trick in select?
    -> Didn't know this one" (the writer) and "What is a Playing with a tiny repo? -> Repo with
    a.txt …" (an activity). A heading that defines stays."""
    cards = _cards(tmp_path, "# Networks lecture 9 — TCP congestion control\n\n"
                             "(week 5, Tue. prof went fast in the second half)\n\n"
                             "## Nil channel trick in select\n\nDidn't know this one. A nil channel "
                             "blocks forever.\n\n## Playing with a tiny repo\n\nRepo with `a.txt` and "
                             "`src/main.py`, one commit.\n\n## Packfile\n\nA packfile is a file that "
                             "stores many objects delta-compressed.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in ("week 5", "Didn't", "Repo with"))], said
    assert "packfile" in {c.term.casefold() for c in cards}, said


def test_an_input_label_is_the_input_of_the_item_it_is_under(tmp_path: Path) -> None:
    """Review round 55 (judged bad): "What is input? -> context words in a window around position
    t" under "1. **CBOW** (continuous bag-of-words)": the input of the item it is under ("What is
    the input of CBOW?"), as "Default:" is."""
    cards = _cards(tmp_path, "# NLP lecture 6\n\n## word2vec\n\n1. **CBOW** (continuous bag-of-words)\n"
                             "   - input: context words in a window around position t\n"
                             "2. **Skip-gram**\n   - input: the center word w_t\n")
    said = {f"{c.question} -> {c.answer}" for c in cards}
    assert {"What is the input of CBOW? -> context words in a window around position t",
            "What is the input of Skip-gram? -> the center word w_t"} <= said, said


def test_a_dash_before_a_colon_separates_the_term(tmp_path: Path) -> None:
    """Review round 55 (judged bad): "What is tree — a directory listing? -> entries of", from
    "- **tree** — a directory listing: entries of (mode, type, hash, name)": the dash comes
    first, and the brackets after "of" are its object, not an aside."""
    cards = _cards(tmp_path, "# Git objects\n\n- **blob** — file contents. Just the bytes.\n"
                             "- **tree** — a directory listing: entries of (mode, type, hash, name)\n")
    answers = {c.term: c.answer for c in cards if c.rule == "md.label.definition"}
    assert answers.get("tree") == "a directory listing: entries of (mode, type, hash, name)", answers


def test_review_round_56_english_labels_roles_and_the_writers_hour(tmp_path: Path) -> None:
    """Review round 56 (judged bad): "What is a but? -> more CPU per byte …", "What is an
    intuition? -> different heads can attend …", "What is an Original paper? -> sinusoidal, …",
    "What is The min-width gotcha? -> Wasted an hour on this (again) last week", "What is TCP
    Fast Open? -> the sad example" and "What is After? -> ALTER TABLE …". A label that defines
    stays."""
    cards = _cards(tmp_path, "# QUIC\n\n## Userspace\n\n- ship updates with the app\n"
                             "- but: more CPU per byte than kernel TCP\n\n"
                             "## Heads\n\n- intuition: different heads attend to different things\n\n"
                             "Original paper: sinusoidal, added to the embeddings\n\n"
                             "Before: a full table scan on orders\n\nAfter: `ALTER TABLE orders ADD INDEX idx`\n\n"
                             "### The min-width gotcha\n\nWasted an hour on this (again) last week. Flex items "
                             "have min-width auto.\n\n## Ossification\n\nTCP Fast Open is the sad example.\n\n"
                             "- **0-RTT**: data sent with the first flight of a resumed connection\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "CPU per byte", "heads attend", "sinusoidal", "table scan", "ALTER", "Wasted", "sad example"))], said
    assert "0-RTT" in {c.term for c in cards}, said


def test_review_round_57_english_labels_headings_and_questions(tmp_path: Path) -> None:
    """Review round 57 (judged bad): "What is a you can see it?", "What is an and the actual
    storage?", "What is an only for that one host?" (clauses, no terms), "What is Θ(n log n) in
    all cases? -> best, avg, worst" (a bound), "What is a Not covered by either?", "What is a
    Tabs — follow the APG?" (headings of no term), "What is a parallel mergesort?" (from "##
    Open questions from the group"), "Why? -> 100% of traffic …" (a five-whys step) and "What is
    AdamW? -> In SGD, L2 regularization … are the same thing" (a first line about something
    else). A label that defines, and a question that says what it asks, stay."""
    cards = _cards(tmp_path, "# Closures\n\n## Closures first\n\n"
                             "- you can see it: `c.__code__.co_freevars` -> `('count',)`\n"
                             "- and the actual storage: `c.__closure__[0].cell_contents` -> `2`\n"
                             "- **cell**: the box a closure keeps a free variable in\n\n"
                             "## Not covered by either\n\nCanary, blue/green with traffic switching etc. aren't "
                             "Deployment strategies — that's Argo Rollouts territory.\n\n"
                             "## Mergesort\n\n- Θ(n log n) **in all cases** — best, avg, worst.\n\n"
                             "## Open questions from the group\n"
                             "- parallel mergesort — merge step is the bottleneck\n"
                             "- timsort — why is the run length 32?\n\n"
                             "## AdamW\n\nIn SGD, L2 regularization (add λ/2‖θ‖² to loss) and weight decay "
                             "(θ ← θ − ηλθ) are the same thing (up to rescaling λ).\n\n"
                             "### Tabs — follow the APG\n\nThe ARIA Authoring Practices Guide (APG) has "
                             "patterns for tabs, menus, comboboxes, dialogs...\n\n## 5 whys\n\n"
                             "1. Why did checkout fail? -> tax-service overloaded\n"
                             "2. Why? -> 100% of traffic on new path, N+1 calls\n\n"
                             "## If you really need forwarding\n\n"
                             "- only for that one host: `ForwardAgent yes` under a `Host` block\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "see it", "storage", "Not covered", "Θ", "parallel", "timsort", "AdamW", "Tabs", "Why?",
        "one host"))], said
    assert {"What is a cell? -> the box a closure keeps a free variable in",
            "Why did checkout fail? -> tax-service overloaded"} <= set(said), said


def test_review_round_57_english_sentences(tmp_path: Path) -> None:
    """Review round 57 (judged bad): "Complete: Mutating also does … -> n't need it" (cut inside
    "doesn't"), "What is resharding? -> a big project" (a verdict), "What is a separate key
    used for? -> for that purpose with limited access" (of the line before) and "Complete: the
    developer wanted … -> the new path on locally …" (what someone did)."""
    cards = _cards(tmp_path, "# Notes\n\n## Closures\n\nMutating (e.g. `lst.append(x)`) also doesn't "
                             "need it, since the name isn't rebound.\n\n"
                             "## Sharding\n\nResharding is a big project.\n\n"
                             "## Keys\n\n- use a separate key for that purpose with limited access\n\n"
                             "## Root cause\n\nThe `true` was left over from local dev — the developer "
                             "wanted the new path on locally.\n\nThe engineer added a retry loop to the "
                             "client.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "-> n't", "big project", "purpose", "developer", "engineer", "retry"))], said
    assert "Complete: Mutating also … -> doesn't need it, since the name isn't rebound" in said, said


def test_review_round_58_english(tmp_path: Path) -> None:
    """Review round 58 (judged bad): "What is a Definitions first (Tom insisted, fair)? -> …"
    (the note's part), "What is Tom's take?" and "What is a Pros IMO the strongest?" (opinions),
    "What is a d-ary heaps exist?" (a clause), "Complete: Felt weird the first time makes …"
    and "Complete: Probably an outbox table + relay would …" (the writer), a first line in the
    writer's voice ("OS course wk 6 + stuff I looked up …"), "Complete: Use sudo or a small
    compiled … -> wrapper" (an order) and the story under "## What I actually broke (lab
    server)". A label that defines, and a fact among open questions, stay."""
    cards = _cards(tmp_path, "# Study group #7\n\n## Definitions first (Tom insisted, fair)\n\n"
                             "Event sourcing = instead of storing current state, store the full sequence "
                             "of state-changing events.\n\n## Long streams\n\n- snapshots every N events\n"
                             "- Tom's take: if your aggregate has 50k events maybe the aggregate boundary "
                             "is wrong\n- Pros IMO the strongest: audit + being able to build a projection later\n\n"
                             "## Heaps\n\n- d-ary heaps exist: shallower, cheaper insert, pricier extract\n"
                             "- **binary heap**: a complete binary tree stored in an array\n\n"
                             "## 1x1 convs\n\nFelt weird the first time makes sense if you think of it as an "
                             "FC layer applied per pixel.\n\n## Notes / open questions\n\nProbably an outbox "
                             "table + relay would be the \"right\" design.\n\n- `reject-publish` means the "
                             "producer gets nacks once the queue is full.\n\n"
                             "# Linux file permissions, umask, setuid — notes\n\nOS course wk 6 + stuff I looked "
                             "up after breaking a shared dir on the lab server.\n\n## setuid, more detail\n\n"
                             "Use sudo or a small compiled wrapper instead of a setuid script.\n\n"
                             "## What I actually broke (lab server)\n\nPeople kept creating files owned by their "
                             "own primary group.\n\n- existing subdirs too: `find /srv/proj -type d -exec chmod "
                             "g+s {} +`\n\n## What I learned\n\nThe sticky bit is a permission bit that "
                             "restricts deletion in shared directories.\n\n## Errors\n\nType I errors are "
                             "false positives in a test.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "Definitions", "Event sourcing", "aggregate", "audit", "d-ary", "Felt", "outbox", "OS course",
        "wrapper", "primary group", "subdirs"))], said
    assert {"What is a binary heap? -> a complete binary tree stored in an array",
            "What does reject-publish mean? -> the producer gets nacks once the queue is full",
            "What is the sticky bit? -> a permission bit that restricts deletion in shared directories",
            "What are errors? -> Type I errors are false positives in a test"} <= set(said), said


def test_review_round_59_english(tmp_path: Path) -> None:
    """Review round 59 (judged bad): "What is the size of B-tree? -> ~1.1 GB" and the other cells
    of a table under "### my laptop experiment" (the writer's own figures), "What is a below
    it?" and "What is an above it?" (of the line before) and "What is a Reading for next week?".
    A heading and a label that define stay."""
    cards = _cards(tmp_path, "# DB Systems\n\n## BRIN\n\nBRIN stores the min and max of each block range.\n\n"
                             "### my laptop experiment\n\n| index | size | 1-day range query |\n|---|---|---|\n"
                             "| B-tree | ~1.1 GB | ~35 ms |\n| BRIN (default) | 152 kB | ~60 ms |\n\n"
                             "## Noise scale view\n\n- critical batch size: where the gradient noise matches "
                             "the signal\n- below it: doubling B ≈ halves steps\n"
                             "- above it: little benefit, just burning compute\n\n## Briefly mentioned\n\n"
                             "- Reading for next week: docs chapter \"Indexes\", esp. the part on multicolumn "
                             "indexes\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "GB", "kB", "ms", "below", "above", "Reading", "Indexes"))], said
    assert {"What is BRIN? -> BRIN stores the min and max of each block range",
            "What is a critical batch size? -> where the gradient noise matches the signal"} <= set(said), said


def test_review_round_60_english_headers_and_platforms(tmp_path: Path) -> None:
    """Review round 60 (judged bad): "What are the Postmortem: orders-api outage, disk full from
    unrotated logs? -> Date; Author; Status; Severity" (a write-up's header read as a list),
    "What is Keras? -> tf.keras.callbacks.EarlyStopping(…)" (how it looks there), "What is L14 —
    Write-ahead logging? -> Lecture 14, + chapter …" (where in the course) and "Complete: Said
    this three times in the session will …" (the writer)."""
    cards = _cards(tmp_path, "# Postmortem: orders-api outage, disk full from unrotated logs\n\n"
                             "- **Date**: 2024-05-14\n- **Author**: me (on-call primary)\n"
                             "- **Status**: draft v2, action items still being assigned\n"
                             "- **Severity**: SEV-2 (partial outage, no data loss)\n\n## Early stopping\n\n"
                             "- Keras: `tf.keras.callbacks.EarlyStopping(monitor=\"val_loss\", patience=5)`\n"
                             "- **patience**: how many epochs without improvement to wait\n\n"
                             "## L14 — Write-ahead logging\n\nLecture 14, + chapter on recovery in the "
                             "textbook.\n\n## Vocabulary\n\nSaid this three times in the session will "
                             "say it again: the resource owner is the user.\n")
    said = [f"{c.question} -> {c.answer}" for c in cards]
    assert not [s for s in said if any(w in s for w in (
        "Date", "Severity", "What is Keras", "Lecture", "Said"))], said
    assert {"What about Keras? -> tf.keras.callbacks.EarlyStopping(monitor=\"val_loss\", patience=5)",
            "What is a patience? -> how many epochs without improvement to wait"} <= set(said), said


def test_review_round_61_english_verb_labels_hedges_and_examples(tmp_path: Path) -> None:
    """Review rounds 60 and 61 (judged bad): "What are reads as?", "What are acts as a
    regularizer?" (a label that says what its subject is), "What is a related-ish?" (a hedged
    "Related:"), "What is the process of a? -> P1" (an example's events, named by letters),
    "What are eigenvalues? -> 3 and 1" (under "## Tiny example") and "What is an Example
    table?". Tables of letter grades and of permissions (r, w, x) still name their rows."""
    cards = _cards(tmp_path, "# Notes\n\n## Lifetimes\n\nReads as: the result is valid for as long as "
                             "both inputs are valid.\n\n## Early stopping\n\n"
                             "- acts as a regularizer: limits how far weights move from init\n"
                             "- serves as a baseline: a cheap first model\n\n## WAL\n\n"
                             "- fsync lies: disks with volatile write cache ack before persisting.\n"
                             "- related-ish: 2018 \"fsyncgate\" in Postgres, about how Linux reports "
                             "fsync errors.\n\n## Vector clocks\n\nSame example, vectors `[P1, P2, P3]`:\n\n"
                             "| event | process | vector |\n|---|---|---|\n| a | P1 | [1,0,0] |\n"
                             "| b | P1 | [2,0,0] |\n| c | P2 | [0,1,0] |\n\n"
                             "## Tiny example (from the worksheet)\n\n- eigenvalues: 3 and 1\n\n"
                             "## Example table\n\nscores(student, course, score), five rows.\n\n"
                             "## Grades\n\n| grade | meaning |\n|---|---|\n| A | excellent |\n"
                             "| B | good |\n| C | pass |\n\n## Permissions\n\n| bit | value |\n|---|---|\n"
                             "| r | 4 |\n| w | 2 |\n| x | 1 |\n")
    said = sorted(f"{c.question} -> {c.answer}" for c in cards)
    assert said == ["What are fsync lies? -> disks with volatile write cache ack before persisting",
                    "What is A? -> excellent", "What is B? -> good", "What is C? -> pass",
                    "What is the value of r? -> 4", "What is the value of w? -> 2",
                    "What is the value of x? -> 1"], said


def test_review_round_61_a_study_groups_week_defines_nothing(tmp_path: Path) -> None:
    """Review round 61 (judged bad): "What is an SQL window functions -- ROW_NUMBER, RANK, LAG? ->
    Study group wk 6": where in the study the note comes from."""
    cards = _cards(tmp_path, "# SQL window functions -- ROW_NUMBER, RANK, LAG\n\nStudy group wk 6. "
                             "Databases course, notes mostly mine + some from Priya's whiteboard.\n\n"
                             "## What is a window function\n")
    assert cards == [], cards


def test_review_round_61_english_asides_verdicts_and_the_writer(tmp_path: Path) -> None:
    """Review round 61 (judged bad): labels of an aside or a pointer ("Man page note:", "Good read
    on this:", "Refs:"), a state as a label ("weighted:"), "## Big picture" and "## Via SVD" read as
    terms, "Terminology is a mess" (a verdict), "Why is it that mine never reached the teammate?"
    (the writer's), "first run is slow" read as a first step, and "Other uses:" as the uses of
    "Other". "seed:" still labels, and "First it is parsed" still starts steps."""
    cards = _cards(tmp_path, "# Notes\n\n## mmap\n\n- Man page note: with MAP_PRIVATE it's unspecified "
                             "whether changes to the file are visible.\n- Good read on this: \"Metastable "
                             "Failures in Distributed Systems\" (HotOS '21)\n- Refs: AWS Architecture Blog, "
                             "\"Exponential Backoff And Jitter\"\n- seed: 42 for every run\n\n## LCA\n\n"
                             "- weighted: same formula with `dist_from_root` instead of depth\n\n## Big picture\n\n"
                             "PCA (principal component analysis) = find a new orthogonal basis for the data "
                             "where the first axis has the most variance.\n\n## Via SVD (what everyone actually "
                             "does)\n\n`X = U Σ Vᵀ` (thin SVD)\n\n## Definitions\n\n- **scores** — the projected "
                             "data. Terminology is a mess\n\n## Git hooks\n\n- **`.git/` is not versioned** -> "
                             "hooks are NOT cloned, NOT pushed. That's why mine never reached the teammate\n\n"
                             "## Things that confused me\n\n- first run is slow (it's building envs). After "
                             "that, fast.\n\n## Compiling\n\nFirst it is parsed into a tree. Then it is compiled "
                             "to bytecode.\n\n## LAG\n\nOther uses:\n- session detection\n- detect status changes\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: .git/ is … -> not versioned -> hooks are NOT cloned, NOT pushed",
        "What are scores? -> the projected data",
        "What are the steps of Compiling? -> it is parsed into a tree; it is compiled to bytecode",
        "What are the uses of LAG? -> session detection; detect status changes",
        "What does PCA stand for? -> principal component analysis",
        "What is Compiling? -> First it is parsed into a tree",
        "What is a seed? -> 42 for every run"], cards


def test_review_round_62_english_verdicts_asides_and_what_the_writer_did(tmp_path: Path) -> None:
    """Review round 62 (judged bad): a first line that is a verdict ("The classic.", "harder."),
    "## It's a generative model" read as a term, "Fun fact
    from lecture:", "Next session:" and "TODO for HW3:" read as labels or a list's subject, "Why is
    it that added it to the CI apply step?" (what the writer did) and "Service workers are a
    different beast (…)" read as a definition; "What are the pros of …? -> …; bad probability
    estimates" under "## Pros / cons" (both kinds in one list)."""
    cards = _cards(tmp_path, "# Notes\n\n## Stacks\n\n| want | keep stack |\n|---|---|\n"
                             "| next greater element | decreasing |\n| next smaller element | increasing |\n\n"
                             "### 84. Largest Rectangle in Histogram\n\n"
                             "The classic. For each bar, the biggest rectangle with that height.\n\n"
                             "### 456. 132 Pattern\n\nharder. iterate from the right with a decreasing stack.\n\n"
                             "## It's a generative model\n\nmodels P(x, y) = P(x | y) P(y), then classifies via "
                             "Bayes.\n\n## Setup\n\nFun fact from lecture: Gaussian NB with shared variance gives "
                             "a linear decision boundary.\n\nNext session: monotonic deque (sliding window max) — "
                             "same idea but pop from both ends.\n\nTODO for HW3:\n- implement multinomial NB from "
                             "scratch\n- compare smoothing values\n\n## Locking\n\n`-lock-timeout=5m` makes "
                             "Terraform wait for the lock. Added it to the CI apply step, because two merges close "
                             "together were failing.\n\nService workers are a different beast (lifecycle, fetch "
                             "interception, etc.).\n\n## Pros / cons\n\nsuper fast train + predict\n\n"
                             "bad probability estimates\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: -lock-timeout=5m makes … -> Terraform wait for the lock",
        "Complete: Gaussian NB with shared variance gives … -> a linear decision boundary",
        "What is the keep stack of next greater element? -> decreasing",
        "What is the keep stack of next smaller element? -> increasing"], cards


def test_review_round_63_this_weeks_paper_the_same_idea_and_a_lot(tmp_path: Path) -> None:
    """Review round 63 (judged bad): "What is a Paper(s) this week?" (the group's reading), "What are
    Cassandra tombstones + gc_grace_seconds? -> the same idea" (of what, only the line before says)
    and "Complete: Cuts false positives … -> a lot" (a degree, nothing to recall)."""
    cards = _cards(tmp_path, "# Gossip protocols - reading group, week 6\n\nPaper(s) this week: Demers et al., "
                             "*Epidemic Algorithms for Replicated Database Maintenance* (PODC 1987).\n\n"
                             "## Deletes\n\nCassandra tombstones + `gc_grace_seconds` are the same idea.\n\n"
                             "## Failure detection\n\n**Suspicion** mechanism: node isn't declared dead "
                             "immediately, goes to `suspect` first. Cuts false positives a lot.\n\n"
                             "Push gossip spreads updates quickly.\n")
    assert [f"{c.question} -> {c.answer}" for c in cards] == [
        "Complete: Push gossip spreads updates … -> quickly"], cards


def test_review_round_64_labels_of_no_term_and_findings_as_titles(tmp_path: Path) -> None:
    """Review round 64 (judged bad): labels that name no term: a quantity ("a few:", "thousands:"),
    a clause ("kernel reparents it:", "returns twice:"), someone's point ("Dana's point:"), a value
    and its name ("`2` strict —"), a person under "## action items / for next week"; an answer
    that points back ("same effect"); a finding as an item's title ("**The renewal query was not
    idempotent.**"); "Default scale is 1 unit = `0.25rem`" read as a name; a list after "Are
    zombies harmful?"; "Notes are mine"; a quoted question under "## 0. Starting question"; and
    "A zombie (a.k.a" cut at the abbreviation's dot."""
    cards = _cards(tmp_path, "# Copy-on-write & fork()\n\nSystems study group, week 6. Present: me, Dana.\n"
                             "Notes are mine, cleaned up a little. Mostly.\n\n## 0. Starting question\n\n"
                             "\"If fork() copies the whole process, how does forking a 20 GB Redis not take "
                             "forever?\"\n\n## Zombie\n\nA **zombie** (a.k.a. defunct process) is a process that "
                             "has terminated but whose parent has not called wait().\n\nAre zombies harmful?\n"
                             "- a few: no, basically free\n- thousands: yes — each one holds a PID\n\n"
                             "Alternatives if you never care about exit status:\n- `signal(SIGCHLD, SIG_IGN)` "
                             "explicitly -> children are reaped automatically\n- `sigaction` with `SA_NOCLDWAIT` "
                             "— same effect\n\n## Orphan\n\n- kernel reparents it: new parent = init (PID 1), or "
                             "the nearest subreaper\n- follows from (1): if p² > n there's nothing left to "
                             "cross\n\n## fork() basics\n\n- returns **twice**: `0` in the child, "
                             "child's PID in the parent, `-1` on error\n\nDana's point: \"same pointer value, "
                             "different memory\" is what breaks people's intuition.\n\n## Overcommit\n\n"
                             "- `0` heuristic (default)\n- `2` strict — commit limit = swap + `overcommit_ratio`% "
                             "of RAM\n\n## Root cause\n\n2. **The renewal query was not idempotent.**\n"
                             "   ```sql\n   SELECT id FROM subscriptions WHERE renewal_date = :today;\n   ```\n"
                             "   `renewal_date` only gets advanced by the *webhook handler* once the provider "
                             "confirms.\n\n## The spacing scale\n\nDefault scale is 1 unit = `0.25rem`, so:\n\n"
                             "| class | value |\n|-------|-------|\n| `p-1` | 0.25rem |\n\n"
                             "## action items / for next week\n- Oleg: demo with `/proc/<pid>/smaps_rollup` — "
                             "watch `Private_Dirty` grow in a forked child\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What are the Alternatives if you never care about exit status? -> signal(SIGCHLD, SIG_IGN) "
        "explicitly -> children are reaped automatically; sigaction with SA_NOCLDWAIT — same effect",
        "What is a zombie? -> a process that has terminated but whose parent has not called wait()",
        "What is another name for a zombie? -> defunct process"], cards
    for quantity in ("a few", "a handful", "a couple", "a lot", "many", "dozens", "hundreds", "thousands",
                     "millions"):
        assert vocab.is_no_term_label(quantity), quantity
    assert not vocab.is_no_term_label("seed")
    titled = _cards(tmp_path, "# Postmortem\n\n## Root cause\n\n3. **Idempotency key included the run "
                              "timestamp.**\n   Two runs gave two different keys.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in titled) == [
        "Complete: Idempotency key included … -> the run timestamp",
        "Complete: Two runs … -> gave two different keys"], titled


def test_review_round_64_a_recommended_book_and_a_step_by_its_place(tmp_path: Path) -> None:
    """Review round 64 (judged bad): "What is Hacker's Delight" (Warren)? -> the bible for this
    stuff" (a book recommended) and "What is the part people forget? -> the last step" (which
    step, only the line before says)."""
    cards = _cards(tmp_path, "# Bits\n\n## Refs\n\nRef: \"Hacker's Delight\" (Warren) is the bible for this "
                             "stuff.\n\n## Recap\n\nThe part people forget is the last step. Kernel keeps some "
                             "info about a dead child.\n")
    assert [f"{c.question} -> {c.answer}" for c in cards] == [
        "Complete: Kernel keeps … -> some info about a dead child"], cards


def test_review_round_65_the_writers_story_claims_and_links(tmp_path: Path) -> None:
    """Review round 65 (judged bad): the writer's story ("Finally got around to trying …", "Notes,
    cleaned up just enough to post."), "Nobody has … the whole thing" (no one to ask about), a
    heading that weighs a claim ('## "Most selective column first"?'), "Important (prof said this
    twice):" and "practical:" as terms, a list of only links under "Refs:", and "std::map," read as
    a card's separator; a short name's aside still names it ("`edit` (e) — …")."""
    cards = _cards(tmp_path, "# Java virtual threads are not magic\n\nFinally got around to trying virtual threads on"
                             " the internal report service after we bumped to JDK 21.\n"
                             "\nNotes, cleaned up just enough to post.\n\nDNS (Domain Name System) = distributed, hie"
                             "rarchical database mapping names to records. Nobody has the whole thing; everyone knows"
                             " who to ask next.\n\n## \"Most selective column first\"?\n\n"
                             "Heard this one a lot. IMO mostly a myth.\n\n## What is a skip list?\n\nA skip list is a "
                             "layered linked list with O(log n) search.\n\n## Viterbi\n\n"
                             "**Important** (prof said this twice): Viterbi path ≠ sequence of individually most lik"
                             "ely states.\n\n## Caching & TTL\n\n- practical: lower TTL a day before a migration so t"
                             "he old value expires quickly.\n\n## Interactive rebase cheat sheet\n"
                             "\n- `edit` (e) — stop there so I can amend / split the commit\n"
                             "- `squash` (s) — meld into previous commit\n\n## Random thoughts\n"
                             "\n- why not just always use a balanced tree? honestly in single-threaded code a well-im"
                             "plemented RB tree (std::map, TreeMap) is fine.\n\nRefs:\n"
                             "- https://openjdk.org/jeps/444\n- https://openjdk.org/jeps/491\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What does DNS stand for? -> Domain Name System",
        "What is a skip list? -> a layered linked list with O(log n) search",
        "What is a squash (s)? -> meld into previous commit",
        "What is an edit (e)? -> stop there so I can amend / split the commit"], cards


def test_review_round_66_formulas_citations_and_platforms(tmp_path: Path) -> None:
    """Review round 66 (judged bad): "What is prefix(i)? -> a[1] +" (cut at the dots of a formula),
    "What are Random Forests? -> Breiman, 2001" (who and when), "lets you mix types:" as a term,
    "sklearn:", "Debian/Ubuntu:" and "Arch:" read as terms (platforms: how it looks there), and a
    list of those platforms as the intro's list."""
    cards = _cards(tmp_path, "# Notes\n\n## Problem\n\n- `prefix(i)` : a[1] + ... + a[i]\n"
                             "\n## Random Forests\n\nBreiman, 2001. Bagging + one extra trick.\n"
                             "\n## Trait objects\n\n- lets you mix types: `Vec<Box<dyn Plugin>>` with Upper, Reverse,"
                             " whatever\n\n## Out-of-bag\n\n- sklearn: `oob_score=True`\n"
                             "\n## initramfs\n\nGenerators by distro:\n- Debian/Ubuntu: initramfs-tools → `update-in"
                             "itramfs -u`\n- Fedora/RHEL: dracut\n- Arch: mkinitcpio\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What about Arch? -> mkinitcpio",
        "What about Debian/Ubuntu? -> initramfs-tools → update-initramfs -u",
        "What about Fedora/RHEL? -> dracut",
        "What about sklearn? -> oob_score=True",
        "What is prefix(i)? -> a[1] + ... + a[i]"], cards


def test_review_round_63_a_worked_examples_stages(tmp_path: Path) -> None:
    """Review round 63 (judged bad): a worked example's stages read as terms ("What is a start? ->
    2..30 all marked", "What is a left?", "What is a want?"), and "Example, n = 30:" read as the
    name of the list after it."""
    cards = _cards(tmp_path, "# Sieve of Eratosthenes\n\n## Idea\n\nExample, n = 30:\n\n- start: 2..30 all marked\n"
                             "- p=2 -> cross 4, 6, 8, ..., 30\n- p=7 -> 49 > 30, stop\n"
                             "- left: 2 3 5 7 11 13 17 19 23 29  -> 10 primes\n\n## Setup\n"
                             "\n- pick k (number of clusters) **beforehand** - k is a hyperparameter, not learned\n"
                             "- want: k centroids μ_1..μ_k and an assignment of each point to one cluster\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What is k? -> a hyperparameter, not learned"], cards


def test_review_round_68_groups_sources_bugs_and_defaults(tmp_path: Path) -> None:
    """Review round 68 (judged bad): "algo study group, Thursday" as a definition, "Main sources:" as
    a list, "Bug 1:", "Alternative:" and "Here:" as terms, "the default answer unless …" as what
    HNSW is (not "an index that clusters …"), and "another thing again" as an answer."""
    cards = _cards(tmp_path, "# Union-Find (DSU) — study group wk 6\n\nalgo study group, Thursday\n\nMain sources:\n"
                             "- Michael Nygard, Release It!\n- Martin Fowler, CircuitBreaker bliki post\n\n## The "
                             "setup\n\n- Bug 1: table header not sticking at all\n- Bug 2: once it did stick, the "
                             "header slid over the nav\n- Alternative: move the clipping to something that is not "
                             "an ancestor\n- Here: the provider closes idle keep-alive connections after a while\n\n"
                             "## HNSW\n\nHNSW is the default answer unless memory is the constraint.\n\n## IVF\n\n"
                             "IVF is an index that clusters vectors around centroids.\n\n## Side note\n\n"
                             "SO_REUSEPORT is another thing again.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What is IVF? -> an index that clusters vectors around centroids"], cards


def test_review_round_69_citations_verdicts_and_records(tmp_path: Path) -> None:
    """Review round 69 (judged bad): a citation with its title as what the heading is ("Arthur B. Kahn,
    1962 ("…", CACM)."), "Came up at the end (…)", "handy, but …" as what a tool is, "One trap:" as
    a term, and a table of records keyed by an id ("| org_id | user_id | key |") read as
    properties (not "| Setting | Value |")."""
    cards = _cards(tmp_path, "# Notes\n\n## Kahn's algorithm\n\nArthur B. Kahn, 1962 (\"Topological sorting of "
                             "large networks\", CACM). Basically BFS driven by in-degrees.\n\n## Delta-state CRDTs\n"
                             "\nCame up at the end (Almeida, Shoker, Baquero). Middle ground: still state-based "
                             "semantics.\n\n## Footguns\n\nLinks for me:\n- https://www.rfc-editor.org/rfc/rfc7519\n"
                             "- jwt.io debugger — handy, but do not paste prod tokens into random websites. yes I "
                             "know.\n\n## Traps\n\n- One trap: a user-declared destructor suppresses the implicit "
                             "move constructor\n\n## Root cause\n\n| org_id | user_id | key |\n|---|---|---|\n| 1 | "
                             "23 | `settings:123` |\n| 12 | 3 | `settings:123` |\n| 11 | 25 | `settings:1125` |\n\n"
                             "| Setting | Value |\n|---|---|\n| ttl | 600 |\n| region | eu-west-1 |\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What is the value of region? -> eu-west-1",
        "What is the value of ttl? -> 600"], cards


def test_review_round_67_stories_legends_suppositions_and_tricks(tmp_path: Path) -> None:
    """Review round 67 (judged bad): the story's "someone" and its time ("… incident last month", "…
    years ago"), "the important bit" as a definition (not "the part of the kernel that …"), a legend
    or another term's equation under a heading ("L = length of the word, P = …", "## Multi-Paxos"
    then "Single-decree Paxos = …"; not "L = wᵀCw − …" or "Gain = …" under "## Split gain", the
    heading's formula, nor settings in code, "`Requires=` + …", nor "k-fold cross-validation = …"
    under "## k-fold CV", its acronym spelled out), a supposed use as a purpose ("If you use CV to
    pick …"), "Distributed systems reading group, session 6.", "trick:",
    "further trick:" and "step 1:" as terms (not "Total order trick:") and what the writer measured
    on their own machine ("On my MacBook (M1), roughly:")."""
    cards = _cards(tmp_path, "# Paxos basics — study group wk 6\n\nDistributed systems reading group, session 6. We "
                             "did *Paxos Made Simple* (Lamport, 2001).\n\n## Why else is a trap\n\nThen someone "
                             "added `UiState.Empty`. Follow-up to the duplicate orders incident last month.\n\nSame "
                             "lesson learned by someone else years ago.\n\n## Phase 2\n\nThe \"adopt the highest "
                             "accepted value\" rule in 2a is **the** important bit. Took us ~30 min.\n\n## The "
                             "lifecycle\n\nThis is the part you need to get or you will suffer:\n\n## Scheduler\n\n"
                             "The scheduler is the part of the kernel that picks the next task to run.\n\n## 2. "
                             "Complexity\n\nL = length of the word, P = length of the prefix, Σ = alphabet size\n\n"
                             "## k-fold CV\n\n**k-fold cross-validation** = split data into k folds; average the k "
                             "scores.\n\n## Multi-Paxos\n\nSingle-decree Paxos = agree on one value.\n\n## "
                             "Lagrangian\n\nL = wᵀCw − λ(wᵀw − 1)\n\n## Split gain\n\nGain = ½ [ G_L²/(H_L+λ) + "
                             "G_R²/(H_R+λ) ] − γ\n\n### DefaultDependencies\n\nServices get some deps implicitly "
                             "unless `DefaultDependencies=no`: `Requires=` + `After=sysinit.target`.\n\n## Nested "
                             "CV\n\nIf you use CV to pick hyperparameters AND report that same best CV score → "
                             "optimistic bias.\n\nWe use a validation set to pick the learning rate.\n\n## LC 212\n"
                             "\n- build trie of the *words*, then DFS the *grid* while walking the trie\n- trick: "
                             "after finding a word, set `node.end = False` to avoid duplicates\n- further trick: "
                             "remove leaf nodes after matching so later DFS dies sooner\n- Total order trick: "
                             "compare (C, process_id) pairs, ties broken by process id\n\n## The demo\n\n- n = 50 "
                             "samples, p = 5000 features\n- step 1: pick the 100 features most correlated with y "
                             "using all 50 rows\n- step 2: 5-fold CV a classifier on those 100\n\n## Experiment\n\n"
                             "On my MacBook (M1), roughly:\n- ThreadPoolExecutor: about the same as running it four "
                             "times in a row\n- ProcessPoolExecutor: a bit over three times faster\n\n## Kafka\n\n"
                             "Kafka stores records in partitions.\n\nKafka moved the controller to KRaft months "
                             "ago.\n\nZooKeeper lost its role in the cluster weeks ago.\n\nThe broker dropped the "
                             "old protocol last week.\n\nThe team switched the default to KRaft last month.\n\n"
                             "Confluent deprecated the flag years ago.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: Kafka stores records … -> in partitions",
        "What is DefaultDependencies? -> Services get some deps implicitly unless DefaultDependencies=no: Requires= "
        "+ After=sysinit.target",
        "What is Kafka? -> Kafka stores records in partitions",
        "What is Lagrangian? -> L = wᵀCw − λ(wᵀw − 1)",
        "What is a Split gain? -> Gain = ½ [ G_L²/(H_L+λ) + G_R²/(H_R+λ) ] − γ",
        "What is a Total order trick? -> compare (C, process_id) pairs, ties broken by process id",
        "What is a k-fold CV? -> k-fold cross-validation = split data into k folds; average the k scores",
        "What is a validation set used for? -> to pick the learning rate",
        "What is the scheduler? -> the part of the kernel that picks the next task to run"], cards


def test_review_round_70_the_writer_remarks_and_statuses(tmp_path: Path) -> None:
    """Review round 70 (judged bad): "Turns out this is exactly what `Protocol` is for." as what the title
    is, "does the work" as a fact, a remark in brackets as what an item is, "Refs:" as a list to recall,
    "the same in all cases" as a definition, what the writer did ("Lost a chunk of lab time …",
    "measured first:"), what the writer wants ("testing: want a CI job …"), "the rest" read past a
    comma as an appositive ("Worth reading …, the rest is heavy"; not "Raft, the consensus algorithm of
    etcd, elects …"), a platform label as a term ("Android:"), what happened as a comparison ("… was
    shipped …, but …"), "Side note on SHA-1:" and a clause ("restic/borg sidestep it:") as terms, a
    feature's status as what it is, a citation with its title in quotes as what a heading is, and the
    figures after "Our … that day, roughly:" read as properties."""
    cards = _cards(tmp_path, "# Protocols\n\nTurns out this is exactly what `Protocol` is for.\n\n## Notes\n\nA "
                             "protocol is a class that lists the methods a type must have.\n\nType hints are not "
                             "enforced at runtime. A checker (mypy, pyright) does the work.\n\n- Generic "
                             "protocols:\n  ```python\n  class Source(Protocol[T_co]):\n      def get(self) -> "
                             "T_co: ...\n  ```\n  (3.12+ has the new `class Source[T](Protocol)` syntax via PEP "
                             "695, haven't tried with variance yet)\n\nRefs:\n- PEP 544 — "
                             "https://peps.python.org/pep-0544/\n- mypy docs, \"Protocols and structural "
                             "subtyping\"\n\nModel is the same in all cases; only the decoding changes.\n\n- "
                             "gotcha: `top_k` defaults to 50. Lost a chunk of lab time wondering why outputs looked "
                             "the same across p values.\n- testing: want a CI job that runs the signup flow with JS "
                             "disabled\n\nRaft, the consensus algorithm of etcd, elects a leader per term.\n\nWorth "
                             "reading the first few sections, the rest is heavy.\n\n- Android: Moshi throws "
                             "`JsonDataException` for null in a non-null property.\n- Root cause (short version): a "
                             "DB-level change was shipped as if the DB were private, but the DB schema *was* the "
                             "public API.\n\nSide note on SHA-1: SHAttered produced a real SHA-1 collision.\n\n- "
                             "restic/borg sidestep it: dedup only within one repo/key\n\nContent-addressed "
                             "derivations are a newer, still experimental feature.\n\n### Top-p / nucleus\n\n"
                             "Holtzman et al. 2019, \"The Curious Case of Neural Text Degeneration\".\n\n## "
                             "Rollback\n\nOur active-version distribution that day, roughly:\n\n| App version | "
                             "Share of DAU | Decodes null? |\n|---|---|---|\n| 5.12 (latest) | ~55% | no |\n| "
                             "5.10–5.11 | ~30% | no |\n| 4.x | ~3% | no |\n\n## What I did\n\n1. measured first:\n  "
                             " ```bash\n   perf stat -e dTLB-load-misses -p <pid> -- sleep 30\n   ```\n   event "
                             "names depend on CPU/kernel\n2. allocated the hash table arena with `mmap`\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: Raft elects … -> a leader per term",
        "Complete: SHAttered produced … -> a real SHA-1 collision",
        "Complete: Type hints are … -> not enforced at runtime",
        "What about Android? -> Moshi throws JsonDataException for null in a non-null property",
        "What is a protocol? -> a class that lists the methods a type must have"], cards


def test_review_round_71_clauses_pointers_and_roles(tmp_path: Path) -> None:
    """Review round 71 (judged bad): "Order matters:", "Not necessarily every layer:" and "Two separate
    use cases, people conflate them:" as terms or a list's name, "Per step `i`:" as a list's name,
    answers that point back ("same shape as above", "also HLC"), "the term the older papers use",
    "the pain" and "the paper's other half" as what something is, "what item 5 does" as a role, "Your
    mileage will vary." as a fact, and what a reading list's label frames ("Further reading: … are
    both good.")."""
    cards = _cards(tmp_path, "# HLC\n\n## Patterns\n\nOrder matters: more specific first. If you put `case Rect r` "
                             "above, the compiler complains.\n\nPer step `i`:\n1. pop front if it fell out of the "
                             "window\n2. pop back while smaller\n\n- LC 1696 Jump Game VI — a sliding window max "
                             "over dp\n- LC 1425 Constrained Subsequence Sum — same shape as above\n\n\"conditional "
                             "computation\" is the term the older papers use.\n\nNot necessarily every layer: "
                             "GShard used MoE in every other FFN layer.\n\n- serving: VRAM is the pain. Offloading "
                             "experts to CPU is slow.\n\nTwo separate use cases, people conflate them:\n\n- "
                             "**format switching**: serve AVIF to browsers that support them\n- **art direction**: "
                             "a different crop per breakpoint\n\nYour mileage will vary. Check caniuse.\n\n- "
                             "**MongoDB** — cluster time is an HLC-style timestamp\n- **YugabyteDB** — also HLC\n- "
                             "consistent snapshots: the paper's other half. Taking a snapshot across nodes.\n- grep "
                             "the plan: `terraform show -json plan.out` — this is basically what item 5 does.\n\n## "
                             "Images\n\nFurther reading: MDN's \"Responsive images\" guide and the web.dev article "
                             "are both good.\n\nThe srcset attribute lists candidate images.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: GShard used … -> MoE in every other FFN layer",
        "Complete: Offloading experts to CPU is … -> slow",
        "Complete: the srcset attribute lists … -> candidate images",
        "What about MongoDB? -> cluster time is an HLC-style timestamp",
        "What are the Patterns? -> format switching; art direction",
        "What happens if you put case Rect r above? -> the compiler complains",
        "What is LC 1696 Jump Game VI? -> a sliding window max over dp",
        "What is a cluster time? -> an HLC-style timestamp",
        "What is a grep the plan? -> terraform show -json plan.out — this is basically what item 5 does",
        "What is an art direction? -> a different crop per breakpoint",
        "What is format switching? -> serve AVIF to browsers that support them"], cards


def test_review_round_71_the_course_line_under_a_title(tmp_path: Path) -> None:
    """Review round 71 (judged bad): the course's line under a lecture's title ("CS-ish deep learning
    seminar, Thu.") as what the title is."""
    cards = _cards(tmp_path, "# Lecture 14 — Mixture of Experts (MoE)\n\nCS-ish deep learning seminar, Thu. "
                             "Slides on the course site.\n\n## Big picture\n\nMoE replaces the FFN with many "
                             "experts.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: MoE replaces … -> the FFN with many experts"], cards


def test_review_round_72_the_writer_cells_and_examples(tmp_path: Path) -> None:
    """Review round 72 (judged bad): the writer's diary ("Finally sat down and actually read …"),
    "Another one to sanity check:", "Costs you:" and "Opposite:" as terms, cells in the writer's voice
    ("IMO easier to get right", "I always mess up …"), a definition cut before its list ("… refers
    to learning an embedding where:"), a paper's authors as a gloss ("MoCo (He et al.)"), "the old
    one" as what something is, the steps of someone's example ("His example, roughly:"), a number as
    a subject ("21 doesn't mean …"), a count as a label ("11 registers, 64-bit:") and the writer's figures
    under "### My numbers (…)"; not a unit's "me" in a cell ("weak: if it fails, I don't care")."""
    cards = _cards(tmp_path, "# Go generics\n\nFinally sat down and actually read how type parameters work in Go "
                             "instead of copy-pasting.\n\n## Z-algorithm\n\nZ[i] is the length of the longest "
                             "substring starting at i that matches a prefix.\n\nAnother one to sanity check: "
                             "`\"aaaaa\"` -> `[0, 4, 3, 2, 1]`\n\n| | Z-array | prefix function |\n|---|---|---|\n| "
                             "time | O(n) | O(n) |\n| ease of writing | IMO easier to get right | I always mess up "
                             "the `while` fallback |\n| on failure | weak: if it fails, I don't care | strong: stop "
                             "me too |\n\n## Contrastive learning\n\nContrastive learning refers to learning an "
                             "embedding where:\n- similar pairs end up close\n- dissimilar pairs end up far apart\n"
                             "\n| Method | Negatives | Needs big batch |\n|---|---|---|\n| SimCLR | other samples "
                             "in the batch | yes |\n| MoCo (He et al.) | queue of past keys | no |\n\n## Events\n\n"
                             "- `pageshow` — fires on a normal load and on a bfcache restore\n- `unload` — the old "
                             "one. Avoid it.\n\n## Leases\n\n- Costs you: you now depend on time.\n\nHis example, "
                             "roughly:\n\n1. Client 1 acquires the lease.\n2. Client 1 pauses for a long GC.\n3. "
                             "Client 2 acquires the lease, writes to storage.\n\n## NUMA\n\nOpposite: **UMA** "
                             "(uniform memory access) - every CPU sees the same memory latency.\n\n- 11 registers, "
                             "64-bit: `R0`–`R10`\n\n21 doesn't mean \"2.1x slower\". It's a hint, not a "
                             "measurement.\n\n### My numbers (not a benchmark, just our data)\n\n| setup | avg "
                             "compressed size | ratio |\n|---|---|---|\n| raw JSON | 1,840 B | 1.0 |\n| zstd -3 + "
                             "64 KB dict | 390 B | 4.7 |\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "MoCo — needs big batch? -> no",
        "SimCLR — needs big batch? -> yes",
        "What are the Events? -> pageshow; unload",
        "What are the negatives of MoCo? -> queue of past keys",
        "What are the negatives of SimCLR? -> other samples in the batch",
        "What does UMA stand for? -> uniform memory access",
        "What is Z[i]? -> the length of the longest substring starting at i that matches a prefix",
        "What is pageshow? -> fires on a normal load and on a bfcache restore",
        "What is the time of Z-array? -> O(n)",
        "Z-array — on failure? -> weak: if it fails, I don't care",
        "prefix function — on failure? -> strong: stop me too"], cards


def test_review_round_73_credits_differences_and_retros(tmp_path: Path) -> None:
    """Review round 73 (judged bad): who a method is credited to and where a directive is defined as what
    they are, "meh" as a table's value, a difference read as a label ("writes survive N - W unavailable
    nodes"), "what happened though" as a role, a formula as a list's name ("ECE = Σ_m …:"; not
    "Parameters λ = (A, B, π):"), "no" as what a label is, "also:", "Ref:", "Related reading:" and a
    label under "## What went well / not so well" as terms."""
    cards = _cards(tmp_path, "# Caching\n\n## Algorithm R\n\nCredited to Alan Waterman, published by Vitter "
                             "(1985).\n\n## stale-while-revalidate\n\nDefined in **RFC 5861** (*HTTP Cache-Control "
                             "Extensions for Stale Content*, 2010).\n\n| | time | mergeable |\n|---|---|---|\n| "
                             "Algorithm R | O(n) | meh |\n| Algorithm L | O(k log(n/k)) | yes |\n\n## Quorums\n\n- "
                             "writes survive N - W unavailable nodes\n- reads survive N - R unavailable nodes\n- "
                             "Dynamo — sloppy quorums with hinted handoff\n\nThe mechanics are what happened "
                             "though.\n\nECE = Σ_m (|B_m| / n) · |acc(B_m) − conf(B_m)|:\n- weighted avg of the gap "
                             "per bin\n- lower is better\n\nParameters λ = (A, B, π):\n- A — transition "
                             "probabilities between hidden states\n- B — emission probabilities of each "
                             "observation\n\n## Gotchas\n\n- NFS: no\n- also: a reader process that crashed is a "
                             "stale reader\n- Ref: Ohad Rodeh, \"B-trees, Shadowing, and Clones\" (2008)\n\n## What "
                             "went well / not so well\n\n- well: override stopgap unblocked everyone in ~2h\n\n"
                             "Related reading: the left-pad incident (2016).\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Algorithm L — mergeable? -> yes",
        "What are the Parameters λ = (A, B, π)? -> A — transition probabilities between hidden states; B — emission "
        "probabilities of each observation",
        "What is B? -> emission probabilities of each observation",
        "What is Dynamo? -> sloppy quorums with hinted handoff",
        "What is Parameters λ called? -> (A, B, π)",
        "What is a reader process that crashed? -> a stale reader",
        "What is the time complexity of Algorithm L? -> O(k log(n/k))",
        "What is the time complexity of Algorithm R? -> O(n)"], cards


def test_review_round_70_costs_are_no_terms(tmp_path: Path) -> None:
    """Review round 70 (judged bad, in stop 52's last change): the items of a list that weighs them
    ("Costs:" / "- internal fragmentation — 2 MiB granularity") read as terms defined; the items of
    another list ("Terms:") still are. (Since review round 75 neither list is the heading's either:
    its own intro names it.)"""
    cards = _cards(tmp_path, "# Huge pages\n\n## Trade-offs\n\nHuge pages are pages of 2 MiB or 1 GiB instead of 4 "
                             "KiB.\n\nCosts:\n- internal fragmentation — 2 MiB granularity\n- zeroing — a 2 MiB "
                             "page takes longer on first touch\n\nTerms:\n- TLB — a cache of page-table "
                             "translations\n- page walk — the lookup of a translation in the page tables\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: Huge pages are … -> pages of 2 MiB or 1 GiB instead of 4 KiB",
        "What are the Costs? -> internal fragmentation — 2 MiB granularity; zeroing — a 2 MiB page takes longer on f"
        "irst touch",
        "What are the Terms? -> TLB — a cache of page-table translations; page walk — the lookup of a translation in"
        " the page tables",
        "What is TLB? -> a cache of page-table translations",
        "What is a page walk? -> the lookup of a translation in the page tables"], cards


def test_review_rounds_74_75_pointers_advice_and_glosses(tmp_path: Path) -> None:
    """Review rounds 74 and 75 (judged bad): a role ("the whole trick for insert/delete"), answers that point
    elsewhere ("the other", "other stuff", "— above"), advice asked as what happens (now "What should you
    do when …?"; an algorithm's step still "What happens …?"), what a list of pros defines, a label that
    says where ("inside the current window:"), a statement as a definition ("Numbers: `2024` may be …"), a
    to-do, a table's variants or year in brackets as a gloss (not "Deque (Double-Ended Queue)"), and a
    list named by its own intro ("Alternatives worth knowing by name:") as the heading's ("## Downsides")."""
    cards = _cards(tmp_path, "# Skip lists\n\nThe `update[]` array is the whole trick for insert/delete.\n\nEa"
                             "ch ratio has a `_bytes` twin; setting one zeroes the other.\n\n3. `/var/log` sha"
                             "res a partition with `/var/lib` — so a full log dir also threatened other stuff."
                             "\n\nWhen migrating off cron, read cron's man page first.\n\nWhen level N is over"
                             " its target size, pick a file and merge it into N+1.\n\n## Leveled\n\nPros:\n- r"
                             "ead amp: at most one SSTable per level\n- space amp: about 1.1x\n\n## TWCS\n\n- "
                             "inside the current window: STCS\n- Numbers: `2024` may be one token, `2025` two."
                             "\n- TODO: practice LC 743 (Network Delay Time), 787 (Cheapest Flights, K stops, "
                             "where plain Dijkstra is a trap), 1631\n\n| PQ implementation | time |\n|---|---|"
                             "\n| binary heap (lazy or decrease-key) | O((V + E) log V) |\n| Amazon Dynamo (20"
                             "07 paper) | O(1) |\n| Deque (Double-Ended Queue) | O(1) |\n\n## Downsides\n\n- S"
                             "ize is O(N) per message.\n\nAlternatives worth knowing by name:\n- Interval tree"
                             " clocks — for dynamic numbers of participants\n- Dotted version vectors — above"
                             "\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: /var/log shares … -> a partition with /var/lib",
        "Complete: Size is … -> O(N) per message",
        "What are interval tree clocks? -> for dynamic numbers of participants",
        "What are the Alternatives worth knowing by name? -> Interval tree clocks — for dynamic numbers of participa"
        "nts; Dotted version vectors — above",
        "What are the pros of Leveled? -> read amp; space amp",
        "What happens when level N is over its target size? -> pick a file and merge it into N+1",
        "What is Deque? -> Double-Ended Queue",
        "What is the time complexity of Amazon Dynamo? -> O(1)",
        "What is the time complexity of Deque? -> O(1)",
        "What is the time complexity of binary heap? -> O((V + E) log V)",
        "What should you do when migrating off cron? -> read cron's man page first"], cards


def test_review_rounds_74_75_labels_of_no_term(tmp_path: Path) -> None:
    """Review rounds 74 and 75 (judged bad): a paragraph of tags under the title, the writer's reading
    group, "Core idea:", "Format:", "headline:", "Catch:" (not `catch` in code), a personal default and what
    its line says, what happened to the writer, an example's items after "E.g. …:" and "Example with 3
    replicas:", "Problem with simpler sets:" as a list's name, a label that says when ("at the end:"), and
    "Doesn't work." as what a heading is."""
    cards = _cards(tmp_path, "# LoRA\n\n#ml #finetuning\nrelated: [[QLoRA]], [[Adapters]]\n\nReading group thi"
                             "s week is on CRDTs (Conflict-free Replicated Data Types).\n\n## Background\n\nCo"
                             "re idea: full fine-tuning updates W directly.\n\n**Format:** blameless, as usual"
                             ".\n\nParam count per adapted matrix = r·(d + k). E.g. a 4096×4096 projection:\n-"
                             " full: 16.7M params\n- r=8: 65,536 params\n\n## QLoRA\n\n- double quantization\n"
                             "- headline: finetune a 65B model on a single 48GB GPU\n\nCatch: since Spectre, i"
                             "t's only available when the page is cross-origin isolated.\n\n## Kahn's algorith"
                             "m\n\n1. push all nodes with in-degree 0 into a queue\n2. at the end: if `len(res"
                             "ult) < V` -> there's a cycle\n\nPersonal default: **Kahn's**. Easier to get righ"
                             "t, and the \"cycle?\" check is one line.\n\n## G-Counter\n\nExample with 3 repli"
                             "cas:\n- A increments twice -> A = [2,0,0]\n- B gets a stale copy of A again -> s"
                             "till [2,1,0]\n\nProblem with simpler sets:\n- G-Set: add only\n- 2P-Set: an elem"
                             "ent can never be re-added\n\n## The SIGBUS thing\n\nWhat happened to us: the too"
                             "l mapped a segment. The mapping still covered the old length -> SIGBUS.\n\n## Ne"
                             "gative edges\n\nDoesn't work. Small counterexample:\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What are the steps of Kahn's algorithm? -> push all nodes with in-degree 0 into a queue; at the end",
        "What is 2P-Set? -> an element can never be re-added",
        "What is G-Set? -> add only"], cards


def test_review_rounds_76_77_generic_labels_and_pointers(tmp_path: Path) -> None:
    """Review rounds 76 and 77 (judged bad): a definition cut where it announces a list ("… a `while True` that
    does:"), labels that rate a generic noun ("Quick fix", "Older style"; not "Small files problem", "Cut
    property"), "History bit:", "Typical:", "at eval:", "Two days later:", a bound ("Time O(n):"), a write-up's
    "Date of incident:" and "Review meeting:", a term that points back ("This log write"), "the classic
    one"; "C++17:" is a platform with its version."""
    cards = _cards(tmp_path, "# Event loop\n\n## The mental model\n\nOne thread, one loop. The loop is basical"
                             "ly a `while True` that does:\n\n1. run every callback that is ready\n2. block in"
                             " the selector\n\n## Offloading\n\n- Quick fix: `rows = await asyncio.to_thread(d"
                             "b.query, \"SELECT ...\")` (3.9+)\n- Older style: `await loop.run_in_executor(Non"
                             "e, fn, *args)`\n- History bit: Morris came up with it first, Knuth found it inde"
                             "pendently.\n- Typical: 0.5 on big FC layers, lower elsewhere\n- at eval: h uncha"
                             "nged\n- Two days later: h3 share in logs = 0%\n- Small files problem: 10k files "
                             "of 100 KB is awful\n- Cut property: the lightest edge across any cut is in some "
                             "MST\n\n## Complexity\n\n- Time O(n): every successful comparison pushes R right"
                             "\n- C++17: copy elision is guaranteed for prvalues\n\n## Phase 2\n\nIf all votes"
                             " are YES, the coordinator force-writes `COMMIT` to its log. This log write is th"
                             "e commit point.\n\nConnections are the classic one.\n\n## Incident\n\nDate of in"
                             "cident: Tue, night run + Wed morning\nReview meeting: Thursday, infra sync\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What about C++17? -> copy elision is guaranteed for prvalues",
        "What happens if all votes are YES? -> the coordinator force-writes COMMIT to its log",
        "What is a Cut property? -> the lightest edge across any cut is in some MST",
        "What is a Small files problem? -> 10k files of 100 KB is awful"], cards


def test_review_rounds_78_79_phases_roles_and_diary(tmp_path: Path) -> None:
    """Review rounds 78 and 79 (judged bad): a heading's paper as its definition ("Ba, Kiros & Hinton, 2016."),
    phases ("train:", "eval:"), "Now:", "From inside out:", "duh", "others too:", "TIL trigger:", "the third
    kind", "what the whole thing rests on", the writer's diary ("Used this a lot …", "Good to mention …",
    "Revisit …"), a heading's first sentence in the first person, and a write-up's "Detected by" row."""
    cards = _cards(tmp_path, "# Normalization\n\n## LayerNorm (LN)\n\nBa, Kiros & Hinton, 2016.\n\n## BatchNor"
                             "m (BN)\n\n- train: uses batch stats\n- eval: uses the running stats\n\n## Floyd"
                             "\n\nPhase 2 resets one pointer.\n\nNow: pointer A starts at head, pointer B at t"
                             "he meeting point.\n\n## Box model\n\nFrom inside out: content -> padding -> bord"
                             "er -> margin.\n\n- padding: space inside the border\n- border: duh\n\n## HyperLo"
                             "gLog\n\n- Redis: PFADD, PFCOUNT\n- others too: Trino (approx_distinct), Spark (a"
                             "pprox_count_distinct)\n\n## Margin collapse\n\nTIL trigger: the hero section had"
                             " a gray background and a white gap above it.\n\nContrastive decoding is the thir"
                             "d kind. FIFO is what the whole thing rests on.\n\nUsed this a lot in tests: `ass"
                             "ert_receive {:done, ^ref}`.\n\nGood to mention in an interview: it shows you kno"
                             "w it's debated.\n\nRevisit WebSockets only if we actually build something intera"
                             "ctive.\n\n## Elixir pattern matching\n\nComing from Python/JS, the thing that ke"
                             "eps tripping me up: `=` is not assignment.\n\n| Field | Value |\n|---|---|\n| Se"
                             "verity | SEV-2 |\n| Duration | ~3h 40m |\n| Detected by | customer support ticke"
                             "t |\n| Root fix | a separator in the cache key |\n| Owner | platform team |\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What about Redis? -> PFADD, PFCOUNT",
        "What is padding? -> space inside the border"], cards


def test_review_round_78_generic_headings_and_lost_minutes(tmp_path: Path) -> None:
    """Review round 78 (judged bad): "## Algorithm" and "## The one-line version" as terms, and "20 min lost,
    …" (the writer's diary) as a statement."""
    cards = _cards(tmp_path, "# Floyd's cycle detection\n\n## Algorithm\n\nPhase 1 — detect. Phase 2 — find th"
                             "e start.\n\n## The one-line version\n\nEvery node periodically picks a few rando"
                             "m peers and exchanges state.\n\n## Margin collapse\n\n20 min lost, writing it do"
                             "wn properly this time.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [], cards


def test_a_title_in_the_writers_voice_still_holds_the_notes_facts(
        cards_of: Callable[[str], list[Card]]) -> None:
    """A note's own title in the writer's voice ("# CSS Grid vs Flexbox — when do I use which",
    "# 내가 정리한 Rust 소유권") names what the whole note answers: its sections are read. A section
    heading in that voice ("## Which one do I actually use?", "## 우리 팀 결정") still holds no
    facts, and a title of references ("# 참고 자료") none either."""
    english = cards_of(
        "# CSS Grid vs Flexbox — when do I use which\n\n## Short version\n\n"
        "Flexbox is a layout model that places items along one axis.\n\n"
        "## Which one do I actually use?\n\n- Default: **Grid**. Fewer surprises.\n")
    assert [(c.term, c.answer) for c in english] == [
        ("Flexbox", "a layout model that places items along one axis")], english
    body = ("## 기본\n\n소유권(ownership)은 값마다 주인이 하나뿐이라는 Rust의 규칙이다.\n\n"
            "## 우리 팀 결정\n\n- 기본값: **Arc**. 편해서.\n")
    korean = cards_of("# 내가 정리한 Rust 소유권\n\n" + body)
    assert [(c.term, c.answer) for c in korean] == [
        ("소유권(ownership)", "값마다 주인이 하나뿐이라는 Rust의 규칙")], korean
    assert cards_of("# 참고 자료\n\n" + body) == []


def test_review_rounds_80_81_english_1(tmp_path: Path) -> None:
    """The writer's voice and a section's framing hold no card: "TIL-ish, after a week …" under a title,
    "Turns out …", "Meanwhile …", "… show up constantly", "Focus is …", "… IMO",
    "The question is …", a checklist ("## Checklist before coding"), "## Where it bit us", "## What we
    decided", headings that frame ("## Multi-Paxos, briefly", "## Security, the awkward part") or state
    ("### nil interface != interface holding a nil pointer"). Plain statements beside them stay."""
    cards = _cards(tmp_path, "# io_uring\n\nTIL-ish, after a week of poking at it for the log shipper rewrite."
                             "\n\n## Leases\n\nTurns out that's mostly expected behaviour if you don't underst"
                             "and what a lease promises. Meanwhile the new leader is already active.\n\nPrep f"
                             "or onsite. Interval problems show up constantly (merge intervals, meeting rooms)"
                             ".\n\nFocus is **routing** (how tokens get assigned to experts).\n\nHeap version "
                             "is what LeetCode editorial shows but the event version generalizes better IMO.\n"
                             "\nThe question is which one fights you less.\n\nA Bloom filter answers membershi"
                             "p queries with false positives.\n\n## Checklist before coding\n\n1. Closed or ha"
                             "lf-open? -> tie rule\n2. Sorted input? -> maybe skip sort\n\n## Where it bit us"
                             "\n\nCard list: started as `flex-wrap: wrap` with `flex: 1 1 250px`.\n\n## What w"
                             "e decided\n\n- not either/or: grid container, flex inside grid items is totally "
                             "normal\n\n## Multi-Paxos, briefly\n\nMulti-Paxos runs one Paxos instance per log"
                             " slot.\n\n## Security, the awkward part\n\nBig attack surface, lots of kernel CV"
                             "Es in it over the years.\n\n### nil interface != interface holding a nil pointer"
                             "\n\nAn interface value is really a pair of a dynamic type and a dynamic value.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: a Bloom filter answers … -> membership queries with false positives",
        "Complete: an interface value is … -> really a pair of a dynamic type and a dynamic value"], cards


def test_review_rounds_80_81_english_2(tmp_path: Path) -> None:
    """Labels of no term: a bound ("Constraint:"), the slow way ("Naive:"), "edge:", a clause ("`max(...)`
    matters:"), "… again:", a write-up's case ("incident:"), sums worked out with their
    units ("~60 req/s per pod × ~0.15s ≈ 9", "16 pods × 10 + … > …", "1170 × 1170 × 16 ≈ 21.9M rows"), an
    assumption ("leaf: assume …"), a paper ("Kirsch & Mitzenmacher (2006):") and a bare version ("1.5+:").
    A label of a term stays, and an answer keeps its last bracket after "and"."""
    cards = _cards(tmp_path, "# Sweep line\n\n## Notes\n\n- Constraint: `LeaseDuration > RenewDeadline`, and t"
                             "he gap is your safety margin.\n- Naive: recompute y-coverage each event -> O(n^2"
                             ")\n- edge: overflow in ok() itself (sum of 1e5 values * 1e9 -> use long)\n- `max"
                             "(...)` matters: [1,10] then [2,3] -> end must stay 10\n- union length again: add"
                             " (x_next - x) whenever counter > 0\n- normal: ~60 req/s per pod × ~0.15s ≈ 9 ..."
                             " already close to the pool size of 10\n- incident: payment latency 5–20s -> need"
                             "ed hundreds per pod\n- scale-up reflex: 16 pods × 10 + other services > Postgres"
                             " `max_connections`\n- height 3: 1170 × 1170 × 16 ≈ **21.9M rows**\n- leaf: assum"
                             "e ~1 KB per row -> ~16 rows per leaf page\n- Kirsch & Mitzenmacher (2006): compu"
                             "te two hashes h1, h2 and combine them\n- 1.5+: same package and module, any file"
                             "\n- Hash Join: builds a hash table on the smaller input\n\n1. Events: for each r"
                             "ect (x1, y1, x2, y2) -> (x1, +1, y1, y2) and (x2, -1, y1, y2)\n2. Sort by x\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What are events? -> for each rect (x1, y1, x2, y2) -> (x1, +1, y1, y2) and (x2, -1, y1, y2)",
        "What is Hash Join? -> builds a hash table on the smaller input"], cards


def test_review_rounds_80_81_english_3(tmp_path: Path) -> None:
    """One of a pair ("read/write", "writes / read") is no verb; brackets that close a word ("O(1)", "L(a)")
    stay in a subject; a subject with "but" is no noun phrase; "it" after an order ("Don't put …. It
    kills …") is no subject carried; "several of them" points back. "Also don't do …" stays."""
    cards = _cards(tmp_path, "# Storage engines\n\n## Reads\n\n- epoll is readiness. Still one syscall per rea"
                             "d/write.\n- Out-of-order writes / read repair mixing old data into new windows k"
                             "ill it.\n- Why not hash index? O(1) point lookup but no range scans, no ordering"
                             ", no prefix match.\n\nL(a) < L(b) tells you nothing about whether a actually cau"
                             "sed b.\n\n## Gotchas\n\n1. Don't put `else ->` in a `when` over a sealed type. I"
                             "t kills the whole point of the check.\n2. Also don't do explicit deletes on TWCS"
                             " tables, rely on TTL.\n3. Sealed interface is usually nicer than sealed class — "
                             "a class can implement several of them, and an enum can implement a sealed interf"
                             "ace too.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: L(a) < L(b) tells … -> you nothing about whether a actually caused b",
        "Complete: Sealed interface is … -> usually nicer than sealed class",
        "Complete: don't do … -> explicit deletes on TWCS tables, rely on TTL"], cards


def test_review_rounds_82_83_english_sentences(tmp_path: Path) -> None:
    """Review rounds 82 and 83, English sentences: no heading's definition that is the writer's ("… I found
    says …") or opens on who and when ("Peter Fenwick, 1994, …"), "Type I errors" is no writer; a colon in
    code opens no label ("No `Self: Sized` bound"); "## Why we did it" holds the writer's story; no answer
    with "this," ("doesn't decide this, we do"); "filters" before "never give" is a noun; a modal whose
    verb is left out ("can if …"); "worth reading"; "the "…" answer"; three of a kind are no apposition."""
    cards = _cards(tmp_path, "# Trait objects\n\n## Dyn compatibility (a.k.a. \"object safety\")\n\nThe refere"
                             "nce renamed it to \"dyn compatible\" at some point, but every error message I fo"
                             "und says object safe.\n\nA trait can be used as `dyn Trait` only if, roughly:\n1"
                             ". No `Self: Sized` bound on the trait itself.\n2. No generic methods.\n\n## Fenw"
                             "ick tree (Binary Indexed Tree)\n\nPeter Fenwick, 1994, originally for cumulative"
                             " frequency tables.\n\n## Errors\n\nType I errors are false positives in a test."
                             "\n\n## Why we did it\n\nSupport widget is injected into customer sites via a scr"
                             "ipt tag.\n\n## Decoding\n\nThe model gives scores at every step. The model doesn"
                             "'t decide this, we do.\n\nBloom filters never give false negatives; a cuckoo fil"
                             "ter can if you misuse delete.\n\nPure-Python equivalent is in the Descriptor How"
                             "To guide, worth reading once.\n\nHLC is the \"commodity hardware\" answer.\n\n(2"
                             ") is the scary one. A GC pause, a stopped VM, a blocked goroutine — the old lead"
                             "er wakes up and writes something.\n\nReference counting, the main garbage collec"
                             "tion mechanism, needs no tracing.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: Bloom filters never give … -> false negatives",
        "Complete: Reference counting needs … -> no tracing",
        "Complete: the model gives … -> scores at every step",
        "What are errors? -> Type I errors are false positives in a test",
        "What is reference counting? -> the main garbage collection mechanism"], cards


def test_review_rounds_82_83_english_labels(tmp_path: Path) -> None:
    """Review rounds 82 and 83, English labels: a clause ("Orphan rule still applies:"), an answer that only
    calls something in code (a platform's stays: "Keras:"; a formula or expression stays: "query(x):"), an
    order ("Compare lexicographically:"), one adjective ("small:"), an amount ("≈ 1.44 · …"), "what
    property does too", a table cell "same", and "::part()" in quotes, which is no hand-made card."""
    cards = _cards(tmp_path, "# Filters\n\n## Notes\n\n- Orphan rule still applies: can't `impl Display for Ve"
                             "c<MyThing>`, both are foreign.\n- **Custom elements** — `customElements.define('"
                             "acme-chat', AcmeChat)`. Name *must* contain a hyphen.\n- query(x): `min over j o"
                             "f C[j][h_j(x)]`\n- Compare lexicographically: first `l`, then `c`.\n- small: a f"
                             "ew bytes per item at most\n- Bloom filter (optimal k): ≈ 1.44 · log2(1/ε) bits p"
                             "er item.\n- Returning `self` is what property does too.\n- Keras: `tf.keras.call"
                             "backs.EarlyStopping(patience=5)`\n\n| Algo | avg | worst |\n|---|---|---|\n| Rab"
                             "in-Karp | O(n+m) | O(nm) |\n| Aho–Corasick | O(n + m + z) | same |\n\n## Referen"
                             "ces\n\n- MDN: \"Using shadow DOM\", \"Using custom elements\", \"::part()\", \"E"
                             "lementInternals\"\n\nCapital of France::Paris\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Capital of France -> Paris",
        "Complete: Name must … -> contain a hyphen",
        "What about Keras? -> tf.keras.callbacks.EarlyStopping(patience=5)",
        "What is a query(x)? -> min over j of C[j][h_j(x)]",
        "What is the avg complexity of Aho–Corasick? -> O(n + m + z)",
        "What is the avg complexity of Rabin-Karp? -> O(n+m)",
        "What is the worst complexity of Rabin-Karp? -> O(nm)"], cards


def test_review_rounds_82_83_brackets(tmp_path: Path) -> None:
    """A sentence does not end inside brackets: "(incl. the disk cache flush)" stays whole, so it is an
    aside dropped whole, not cut to "(incl"."""
    cards = _cards(tmp_path, "# Page cache\n\n## Calls\n\n- fsync(fd): flush file data + metadata, wait for th"
                             "e device (incl. the disk cache flush)\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What is a fsync(fd)? -> flush file data + metadata, wait for the device"], cards


def test_review_rounds_84_85_english(tmp_path: Path) -> None:
    """Review rounds 84 and 85, English: the writer's openers ("Prep for …", "The plan is …", "Useful to …"),
    what happened to them ("… to us"), an act as a defined subject ("Renaming a column is …"), labels of a
    verdict, a problem set, an exception, a clean-up, an aside that points ("Note the flip:", "Follow-ups
    worth knowing:", "Same idea with …:", "To get …:"), the writer's leaning, a label cut inside bars
    ("|max - min|"), "Trick = …" and "## EEVDF in one paragraph" name no term; "Load balancing" and a
    label under "## Practice" still define."""
    cards = _cards(tmp_path, "# Union-Find with rollback\n\nPrep for the contest next week + kept failing prob"
                             "lems that need undo.\n\nThe plan is to read the DB's own log instead.\n\nUseful "
                             "to see who almost got killed.\n\nIf a subtype shows up at runtime, you get an er"
                             "ror. Hasn't happened to us, just good to know.\n\nRenaming a column is a breakin"
                             "g change for downstream either way.\n\nLoad balancing is the spreading of reques"
                             "ts over servers.\n\n## Notes\n\n- worse: the amortized bound relies on compressi"
                             "on never being undone\n- Exception: if the request fails validation, it is not s"
                             "tored\n- Cleanup: a nightly DELETE of old keys\n- Note the flip: for !important "
                             "the order of origins reverses\n- Follow-ups worth knowing: d-left counting Bloom"
                             " filters do the same job\n- Follow-up from item 5: trial expiry looked fine\n- S"
                             "ame idea with cgroups: the share comes from cpu.weight\n- To get quantile q: wal"
                             "k centroids accumulating counts\n- Leaning towards: raw CDC for the analytics si"
                             "nk\n- LC 1438 longest subarray with |max - min| <= limit -> two deques (max + mi"
                             "n)\n\nProblem: edges get added and removed, queries known in advance.\n\nTrick ="
                             " segment tree over time:\n\n## EEVDF in one paragraph\n\nEach task has a lag, ho"
                             "w much CPU it is owed.\n\n## Practice\n\n- Popcount: the number of set bits in a"
                             " word\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What happens if a subtype shows up at runtime? -> you get an error",
        "What happens if the request fails validation? -> it is not stored",
        "What is Load balancing? -> the spreading of requests over servers",
        "What is Popcount? -> the number of set bits in a word"], cards


def test_review_rounds_86_87_english(tmp_path: Path) -> None:
    """Review rounds 86 and 87, English: "Been using …" and "Team currently …" are the writer's; headings
    "— what finally clicked" (its first sentence the writer's), "… stuff", a notation ("Let f(x) be …") and
    "what we ran" define nothing; "until it doesn't", "a whole other paper", "Default is …", "was used
    for …" (once); labels of a scale's band ("good:", "needs improvement:"), "Results:", "Lab repro:", an
    order in lower case ("set the pool:"), a clause ("Now it's atomic:"), "older versions:". A
    term's label stays."""
    cards = _cards(tmp_path, "# Kotlin Flows — what finally clicked\n\nBeen using Flow for months by copy-past"
                             "ing stateIn from other screens.\n\n## Backpressure-ish stuff\n\nProducer and col"
                             "lector run sequentially in the same coroutine by default.\n\n## Guarantees\n\nLe"
                             "t f(x) be the true frequency.\n\n## PyTorch skeleton\n\nRoughly what we ran.\n\n"
                             "## Notes\n\nTeam currently uses Channel plus receiveAsFlow for navigation events"
                             ".\n\nA full hash map works until it doesn't.\n\nSliding windows are a whole othe"
                             "r paper.\n\nDefault is 30 s without a security manager.\n\nSame module instance "
                             "was used for both buckets.\n\n- good: ≤ 200 ms\n- needs improvement: 200–500 ms"
                             "\n- Results: FP32 71.8 -> PTQ 67.9 -> QAT 71.1\n- Lab repro: DevTools Performanc"
                             "e panel, 4x slowdown\n- set the pool: write the page count to nr_hugepages\n- No"
                             "w it's atomic: either both rows exist or neither does\n- older versions: take Vm"
                             "Peak of the postmaster / 2MB\n- Popcount: the number of set bits in a word\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What is Popcount? -> the number of set bits in a word"], cards


def test_review_rounds_88_89_english(tmp_path: Path) -> None:
    """Review rounds 88 and 89, English: a "What happened" section is the incident's story; "TIL-ish." and
    "Notes are rough." are the writer's; a past verb tells what happened ("only spoke", "made the orders
    service slow"; "Bloom proposed …", a name's, is history); "is not, in general" has no predicate; "to
    tasks" is no purpose, "to always pull" is; a title's "Using" uses nothing; a clause in brackets ("nginx
    honors it …") and "the opposite convention" are no gloss; 'Read "…"' points at a paper; "page there",
    "nice", "net effect" and "if …" answers define nothing; "did not know …" is the writer's; "same idea" is
    no cell value; a hard-wrapped item runs on into an acronym or a CamelCase name."""
    cards = _cards(tmp_path, "# Postmortem: retry storm\n\n## What happened\n\n| caller | timeout | retries |\n|---|-"
                             "--|---|\n| mobile app | 10 s | 3 |\n| API gateway | 3 s | 3 |\n\n## Notes\n\nTIL-ish.\n"
                             "\nNotes are rough.\n\nThe ingress only spoke HTTP/1.1 to browsers.\n\nA ~40 second prim"
                             "ary database failover made the orders service slow.\n\nBloom proposed the technique for"
                             " large sets.\n\nThe sum is not, in general.\n\nGotcha: the loop only keeps a weak refer"
                             "ence to tasks.\n\nThe algorithm uses a priority queue to always pull the nearest vertex"
                             ".\n\nResponse header X-Accel-Buffering: no on the SSE route (nginx honors it per respon"
                             "se).\n\nKeras momentum=0.99 means the opposite convention (weight on the old value).\n"
                             "\nRead while debugging: MDN \"Using server-sent events\" and the nginx docs for proxy_b"
                             "uffering.\n\n## KMP\n\nTIL-ish.\n\nKMP matches a pattern in linear time.\n\n## Database"
                             "s\n\nRead \"Are You Sure You Want to Use MMAP in Your Database Management System?\" (Cr"
                             "otty, 2022).\n\n## Flow\n\nfirst access -> page fault -> kernel looks in page cache\n  "
                             "-> page there: map it into page table\n  -> not there: read from disk into page cache\n"
                             "\n## Tricks\n\n- asyncio.gather(...): if the gather itself is cancelled, all children a"
                             "re cancelled.\n- `asyncio.TaskGroup` (3.11): if any child fails, the rest are cancelled"
                             " and you get an\n  `ExceptionGroup`. Nice.\n- **SIGBUS**: if another process truncates "
                             "the file while you have it mapped, touching a page past the new\n  EOF gives SIGBUS, no"
                             "t an error code.\n- rough number: push gossip needs about log2(N) rounds\n- nice: adapt"
                             "s to jitter. Not nice: a GC pause looks like death\n- net effect: flag off at 14:34\n- "
                             "`/proc/<pid>/smaps` to see RSS per mapping — did not know this existed until today\n\n|"
                             " model | loss |\n|---|---|\n| CLIP | InfoNCE |\n| ALIGN | same idea |\n\nA skip list is"
                             " a layered linked list.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: Bloom proposed … -> the technique for large sets",
        "Complete: KMP matches … -> a pattern in linear time",
        "Complete: the algorithm uses a priority queue to always pull … -> the nearest vertex",
        "What does keras momentum=0.99 mean? -> the opposite convention (weight on the old value)",
        "What happens if another process truncates the file while you have it mapped? -> touching a page past the "
        "new EOF gives SIGBUS, not an error code",
        "What happens if any child fails? -> the rest are cancelled and you get an ExceptionGroup",
        "What happens if the gather itself is cancelled? -> all children are cancelled",
        "What is Response header X-Accel-Buffering? -> no on the SSE route (nginx honors it per response)",
        "What is a priority queue used for? -> to always pull the nearest vertex",
        "What is a skip list? -> a layered linked list",
        "What is the loss of CLIP? -> InfoNCE"], cards


def test_review_rounds_88_91_english(tmp_path: Path) -> None:
    """Review rounds 88 to 91, English: an event's update under a heading ("local event: `C = C + 1`") is asked of
    the heading's term ("Lamport clock — local event?"), a name's formula ("Pre-LN: `x = x + …`") defines it; an
    answer that opens on a setting's value ("0.1 (BERT …)", "0.01; …") defines nothing; a prime ("m·L/L'") and
    an operator ("* mod M") stay in a cell; "md5 is what ketama uses" says what ketama uses; "happened" is past."""
    cards = _cards(tmp_path, "# Clocks\n\n## Lamport clock\n\none integer `C` per process.\n\n1. local event: `C = C "
                             "+ 1`\n2. recv msg with t: `C = max(C, t) + 1`\n\n## Transformer-specific\n\n- Pre-LN: `"
                             "x = x + sublayer(LN(x))` -> more stable\n\n## Values\n\n- transformers: 0.1 (BERT hidde"
                             "n + attention dropout), lots of pretraining uses 0.0\n- AdamW fine-tuning: 0.01; GPT-st"
                             "yle pretraining: 0.1\n\n| method | change |\n|---|---|\n| PI | m -> m·L/L' |\n| Subtree"
                             " | * mod M |\n\nmd5 is what ketama uses (compat!).\n\nRenewal state change happened asy"
                             "nchronously, so the second run saw the same rows.\n\nA vector clock is a vector of coun"
                             "ters, one per process.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Lamport clock — local event? -> C = C + 1",
        "Lamport clock — recv msg with t? -> C = max(C, t) + 1",
        "What is Pre-LN? -> x = x + sublayer(LN(x)) -> more stable",
        "What is a Lamport clock? -> one integer C per process",
        "What is a vector clock? -> a vector of counters, one per process",
        "What is the change of PI? -> m -> m·L/L'",
        "What is the change of Subtree? -> * mod M"], cards


def test_review_rounds_92_93_english(tmp_path: Path) -> None:
    """Review rounds 92 and 93, English: a first sentence that cites ("Terrace & Freedman, USENIX ATC 2009.") or
    opens on "NOT" defines no heading; "Assume …" supposes; "… is a cache again" and "… is weird" define
    nothing; "else …" is the other branch, no result; "0.8 for Base/Small", "roughly 0.65–0.75" are values, no
    definitions. A definition stays."""
    cards = _cards(tmp_path, "# Chain replication\n\n## CRAQ (Chain Replication with Apportioned Queries)\n\nTerrace "
                             "& Freedman, USENIX ATC 2009. Reads can go to any node.\n\n## Failure handling\n\nNOT se"
                             "lf-healing. There is an external master.\n\n## Bits\n\nAssume x is an unsigned or non-n"
                             "egative integer.\n\nCarts are now also written to Postgres; Redis is a cache again.\n\n"
                             "Push cache is weird.\n\nif H <= threshold(p) use H, else E'\n\n## Values seen in the wi"
                             "ld\n\n- ELECTRA: 0.8 for Base/Small, 0.9 for Large\n- BEiT fine-tuning: roughly 0.65–0."
                             "75 depending on model size\n\nA Bloom filter is a probabilistic set.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: Carts are … -> now also written to Postgres",
        "Complete: Reads can … -> go to any node",
        "What does CRAQ stand for? -> Chain Replication with Apportioned Queries",
        "What is a Bloom filter? -> a probabilistic set"], cards


def test_review_rounds_94_95_english(tmp_path: Path) -> None:
    """Review rounds 94 and 95, English: "TIL-ish notes after …" and "TIL / cp notes." are about the writing; a
    past verb before its object ("The retry loop hammered the primary …") and "stayed" tell what happened; "##
    To try" names no term (its facts are still read) and "Next thing to try:" is the writer's plan."""
    cards = _cards(tmp_path, "# HLD (heavy-light decomposition)\n\nTIL-ish notes after failing a path-max query probl"
                             "em twice.\n\n## Mo's algorithm\n\nTIL / cp notes.\n\n## Retries\n\nRetries multiply loa"
                             "d across layers.\n\nThe retry loop hammered the primary for ten minutes.\n\nLoss stayed"
                             " flat.\n\n## To try\n\n<dialog> with showModal() and the Popover API (popover attribute"
                             ") put elements in the top layer, which sits above every stacking context regardless of "
                             "z-index.\n\n## Ideas\n\nNext thing to try: selective checkpointing via torch.utils.chec"
                             "kpoint.\n\nA heavy edge leads to the child with the largest subtree.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "Complete: a heavy edge leads … -> to the child with the largest subtree",
        "What are retries? -> Retries multiply load across layers",
        "What does HLD stand for? -> heavy-light decomposition",
        "What is Popover API? -> popover attribute"], cards


def test_review_rounds_96_97_english(tmp_path: Path) -> None:
    """Review rounds 96 and 97, English: "Names of services changed, numbers are real." and "Blameless format,
    names removed, …" are the writer's disclaimers. A definition stays."""
    cards = _cards(tmp_path, "# Postmortem: NAT gateway\n\nNames of services changed, numbers are real.\n\nBlameless "
                             "format, names removed, numbers are real.\n\nConntrack is a kernel table of tracked flow"
                             "s.\n")
    assert sorted(f"{c.question} -> {c.answer}" for c in cards) == [
        "What is Conntrack? -> a kernel table of tracked flows"], cards
