"""English sentence patterns: rule ids, spaCy ``Matcher`` predicates and word lists.

English states facts mostly as *subject + predicate*: ``X is a Y``, ``X refers
to Y``, ``X can be used to Y``. The predicates are spaCy ``Matcher`` token
patterns over ``LOWER`` (so they work on ``spacy.blank("en")`` without a
model); when a trained pipeline is installed, one more pattern on ``POS``
finds verbs the word lists miss. The subject is whatever comes before the
first predicate of a clause, checked by :mod:`notequiz.extract.english`.
Shapes that are not subject + predicate (``X, also called Y``, ``LLM, or
large language model``, ``If X, Y``) are regular expressions below.

Every rule id is registered here with an example note and the card it must
make; the test suite builds them all.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from notequiz.extract.rules import Example, rule
from notequiz.extract.text import Guarded

Pattern = list[dict[str, Any]]

# --- rule ids -----------------------------------------------------------------

DEFINITION_COPULA = rule(
    "en.definition.copula", "definition",
    "`X is a/an/the Y` (also plural `Xs are Ys`): Y defines X.",
    Example("A Bloom filter is a space-efficient probabilistic data structure.\n",
            "Bloom filter", "a space-efficient probabilistic data structure"),
    Example("Trees are undirected graphs without cycles.\n", "Trees",
            "undirected graphs without cycles"),
    version=42,  # 2: a singular verb makes its subject one ("Postgres is"), and a degree
    # ("a bit different") or a subject that points into the story ("the culprit", "the
    # modern approach") defines nothing; 3: nor a rank ("the safest", "the most
    # practical option") or a subject named by its number ("Case 2"); 4: nor "a bit worse";
    # 5: "Inside a container, …" is an opening phrase, and in "chains where a handler is …"
    # the verb is the relative clause's; 6: nor a definition that only gives a role ("the default");
    # 7: nor a subject that ends on a pointer ("The trigger for … with this") or names some of a
    # list by their place ("The last three"), or is an amount ("268 of 313 ms"); 8: nor an answer
    # that is a role with an adjective ("the real mistake"); 9: nor a task ("- [ ] What …");
    # 10: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well /
    # badly", "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card; nor an
    # answer that ends on "that" or "this" ("the effort to fix that");
    # 11: nor one that only says it is an example ("the classic story");
    # 12: nor "the default choice";
    # 13: not a subject that is a label of no term (the lecturer's war story), nor the classic
    # mistake; 14: nor a figure (the band-aid, the blunt instrument) or a joke;
    # 15: nor a hint, "the one to know by heart" or a verdict (a pain, a lie);
    # 16: nor "the standard way", "the other option";
    # 17: nor a recommendation to read ("a good read on …");
    # 18: nor "the big win", "the root cause", "the whole story";
    # 19: nor a verdict ("… is good", "… is useless");
    # 20: nor one that says a source is good on a topic ("… is good on the distinction");
    # 21: nor a role with its contrast ("a feature, not a bug", "the thing to look at, not dmesg") or
    # a mere difference ("a totally different idea");
    # 22: nor a copula in the past ("Certificate renewal was a manual yearly task"): what was so in a
    # story;
    # 23: nor a subject that points back ("Same paper is …") or holds a condition ("Exists iff the
    # graph is a DAG"), nor an answer with IMO in it;
    # 24: nor one that is only a role in other words ("a different knob", "the one everyone actually
    # wants", "what you want");
    # 25: nor one that is an option with any word before it ("the cleaner option now");
    # 26: nor a role as some example ("… is the sad example");
    # 27: nor "a big project", a verdict;
    # 28: nor "a mess", a verdict;
    # 29: nor a verdict with an aside ("a different beast (lifecycle, …)");
    # 30: nor "the same idea" (of what, only the line before says);
    # 31: nor a book recommended (is the bible for this stuff) or a step by its place (the last step);
    # 32: nor "the important bit", "the part you need to get" (not "the part of the kernel that …");
    # as en.property.statement@41;
    # 33: nor "the default answer unless …";
    # 34: nor "the same in all cases" or a status ("a newer, still experimental feature");
    # 35: nor "the pain", "the paper's other half" or "the term the older papers use"; 36: nor a role for
    # something ("the whole trick for insert/delete"); 37: nor a term that points back ("This log write") or
    # an answer cut where it announces a list ("a `while True` that does:"), nor "the classic one"; 38: nor
    # "the third kind"; 39: nor "the "commodity hardware" answer"; 40: nor an act as the subject ("Renaming a
    # column is …"); 41: nor "a whole other paper"
    # 42: nor "Assume x is …" (a supposition), "… is a cache again" (a state of the writer's system),
    # "… is weird"
)
DEFINITION_REFERS = rule(
    "en.definition.refers", "definition",
    "`X refers to Y`.",
    Example("Latency refers to the time a request takes to complete.\n", "Latency",
            "the time a request takes to complete"),
    version=2,  # 2: nor an answer cut before its list ("… refers to learning an embedding where:")
)
DEFINITION_DEFINED_AS = rule(
    "en.definition.defined_as", "definition",
    "`X is defined as Y`.",
    Example("Throughput is defined as the number of requests served per second.\n",
            "Throughput", "the number of requests served per second"),
    version=2,  # 2: nor an answer cut before its list (as en.definition.refers@2)
)
DEFINITION_MEANS = rule(
    "en.definition.means", "definition",
    "`X means Y` (or denotes / signifies).",
    Example("A vesting cliff means the minimum period of time before vesting begins.\n",
            "vesting cliff", "the minimum period of time before vesting begins"),
    version=5,  # 2: an adverb before "means" is no part of the term ("X almost always means
    # Y"); 3: asked "What does X mean?" ("What does a 304 mean?"): what a sign, a value or a
    # situation means is rarely what it is; 4: nor an answer that points into the passage ("very
    # different things in the two");
    # 5: nor an answer cut before its list (as en.definition.refers@2)
)
DEFINITION_BY_WE_MEAN = rule(
    "en.definition.by_we_mean", "definition",
    "`By X we mean Y`.",
    Example("By eviction we mean removing an entry to make room for a new one.\n",
            "eviction", "removing an entry to make room for a new one"),
)
DEFINITION_WHAT = rule(
    "en.definition.what", "definition",
    "`X is what Y`: a definition by role.",
    Example("The summary is what is displayed when the widget is closed.\n", "summary",
            "what is displayed when the widget is closed"),
    version=10,  # no subject that is one of a passage's list by its place ("The first
    # rule is what prevents …": the first of which?);
    # 3: nor one that is only a role in other words ("a different knob", "the one everyone actually
    # wants", "what you want");
    # 4: nor another thing's purpose ("what `Protocol` is for");
    # 5: nor a numbered item's role ("what item 5 does");
    # 6: nor "what happened though"; 7: nor "what the whole thing rests on"; 8: nor a sentence with "IMO"; 9:
    # nor "what property does too"
    # 10: nor "X is what Y uses" (what Y uses, not what X is)
)
DEFINITION_WHERE = rule(
    "en.definition.where", "definition",
    "`…, where X is Y`: a symbol or word defined in passing.",
    Example("Lookup costs O(log n), where n is the number of keys.\n", "n",
            "the number of keys"),
    version=2,  # 2: nor in a to-do item ("- TODO: practice LC 787 (…, where plain Dijkstra is a trap)")
)
DEFINITION_RELATIVE = rule(
    "en.definition.relative", "definition",
    "`…X, which is Y` / `X which represents / means / refers to Y`: a definition in passing.",
    Example("The stock is bought at a strike price, which is equal to its market value.\n",
            "strike price", "equal to its market value"),
    Example("The second is a limit on inode space which represents file metadata.\n",
            "inode space", "file metadata"),
    version=3,  # 2: the noun is the verb's object ("The server includes X, which …");
    # 3: nor "…, which is a totally different idea": it only says that it differs
)
DEFINITION_APPOSITION = rule(
    "en.definition.apposition", "definition",
    "`X, the/a Y, <verb> …` at the start of a sentence: the apposition defines X.",
    Example("Reference counting, the main garbage collection mechanism, needs the lock.\n",
            "Reference counting", "the main garbage collection mechanism"),
    version=2,  # 2: not the second of three of a kind ("A GC pause, a stopped VM, a blocked goroutine — …")
)
DEFINITION_GLOSS = rule(
    "en.definition.gloss", "definition",
    "`an X (noun phrase)`: a short gloss in brackets right after the term.",
    Example("When you leave, there is an exercise window (deadline given to buy your "
            "options).\n", "exercise window", "deadline given to buy your options"),
    version=13,  # 2: a gloss that spells the term's last word ("Merkle DAG (directed acyclic
    # graph)") expands that acronym: en.acronym.paren's card; 3: nor one that opens with
    # a preposition ("the WAL (via the -shm wal-index)"); 4: nor a size in brackets ("(length m)");
    # 5: nor a remark ("(including tuning)", "(same ordering)") or a formula ("(m > i)"); 6: nor
    # brackets after a denied noun ("not a security boundary (…)") or opening on a pronoun; 7:
    # nor examples ("(svw etc.)"), a remark that ends on a pronoun ("(tensor cores do this)"), a
    # mapping ("(native → untagged)"), inline code, or brackets after "one" or "thing";
    # 8: nor a term picked out by what came before ("the same variable i", "the lowest J");
    # 9: nor brackets after "for", "with" or "as", that set a condition ("(skipped if …)") or give
    # "the like";
    # 10: the name glossed is one or two words: a longer run reaches back into the sentence ("the
    # preview text changed (fires many times)");
    # 11: nor brackets that hold a clause ("(threshold becomes meaningless)") or open on a verdict
    # ("(annoying to …)");
    # 12: brackets that hold the term in a longer name ("a pipe (self-pipe trick)") are no gloss
    # 13: nor brackets that hold a clause with a verb the word lists do not know ("(nginx honors it
    # per response)"), nor "the opposite convention"
)
PROPERTY_USED = rule(
    "en.property.used_to", "property",
    "`X is used to/for Y`: what X is for.",
    Example("A stack is usually used to keep track of the current path.\n", "stack",
            "to keep track of the current path"),
    version=2,  # 2: nor what was used once ("… was used for both buckets")
)
PROPERTY_PURPOSE = rule(
    "en.property.purpose", "property",
    "`… uses X to/for Y` (or records, keeps, runs X …): Y is what X is for.",
    Example("The cache uses a hash map for constant-time lookups.\n", "hash map",
            "for constant-time lookups"),
    version=6,  # 2: not a verb's particle ("runs up to 8 recipes") nor a keyword in
    # capitals ("SELECT ... FOR UPDATE"); 3: nor an adverb after a noun read as a verb ("decode
    # runs sequentially to …");
    # 4: nor "for that …", of the line before;
    # 5: nor a supposed use ("If you use CV to pick …")
    # 6: nor "to" before a noun ("a weak reference to tasks"), nor a word of a quoted title ("MDN
    # "Using server-sent events"")
)
PROPERTY_STATEMENT = rule(
    "en.property.statement", "property",
    "Any other `X <verb> …` statement: what the note says about X.",
    Example("Deletion is not possible.\n", "Deletion", "not possible"),
    Example("The Map object holds key-value pairs in insertion order.\n", "Map object",
            "key-value pairs in insertion order"),
    version=57,  # 2: an item's `Label: description` is not read with the label glued on;
    # 3: the phrase before the subject ("For these,", "After the move,") stays in the question,
    # and no sentence where the writer speaks ("… I've seen") is read; 4: a copula's
    # contraction stays in the question ("the GIL wasn't …", not "… -> n't a mistake");
    # 5: the writer's framing is no subject ("Lesson learned: put 2>&1 last.": the text
    # after it is read), and what follows "My take:" or "Opinion:" is not read at all;
    # 6: a verb-looking word inside a noun phrase is no verb ("a doubly linked list",
    # "a disjoint set union", "OS page caches use it", "Later finds on …"); 7: a subject
    # named by its number ("Rule 3 is …") is none; 8: nor a short answer ending in a
    # pronoun that is not its subject ("Most GPT-style models use … -> a variant of it"); 9: nor
    # notes "for future me", "Ran into …", a reading tip ("a great write-up") or an answer that
    # ends "for exactly this"; 10: nor a sentence that names a step by number ("hits step 2") or
    # an answer "everywhere"; 11: nor the writer's "Always assumed …"; 12: nor a short answer
    # that ends on a pointer ("resend it", "helps here", "doesn't have this"); 13: nor an
    # answer with the writer's own in it ("silly for our traffic"; a tutorial's "we" is anyone's);
    # 14: nor what happened once ("Monitoring ran df …", "The unit had …"), unless with its year;
    # 15: nor what someone says ("Priya says …"), a bare role ("… printed the answer") or a
    # verdict ("… is underrated"), nor a subject that is an amount ("268 of 313 ms"); 16: nor the
    # writer's diary ("Mixed up which direction adds …") or choice ("## Which one do I use?");
    # 17: nor "… is fine", "… is the real mistake", "Assumed …", "Turned out …", the writer's own
    # before the answer ("Restarting our pod clears …") or "doesn't (as of 16)"; 18: nor under
    # the writer's defaults or decision rule ("## My defaults (opinion, not science)"); 19: nor an
    # answer of words that name nothing ("for", "will not be as much");
    # 20: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well /
    # badly", "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card; nor an
    # answer that ends on "that" or "this" ("the effort to fix that");
    # 21: nor a sentence under "## Personal note"; 22: nor a verdict "now" ("std is fine now");
    # 23: nor under "## Proposal"; 24: nor a recommendation to read;
    # 25: nor "the big win", "the root cause", "the whole story";
    # 26: nor a verdict ("Boring is good", "… isn't enough"), nor under a worked example;
    # 27: "## Symptoms" tells an incident's story: no card;
    # 28: nor a sentence that opens with a tag ("#todo read …") or says a source is good on a topic;
    # 29: nor under "## Our numbers" or "## Where we landed";
    # 30: nor an answer with a clause that leaves the writer out (", didn't go into it");
    # 31: nor "Went and …" (the writer's day) or a verdict with "too" ("… are good too");
    # 32: nor an answer that only says it was meant ("… left out on purpose");
    # 33: nor one that leaves the writer out ("Had a script …", "Haven't decided …") or opens on the
    # course's teacher ("Prof spent …");
    # 34: a cloze keeps a clitic on its verb ("might've …", not "might … -> ve scaled");
    # 35: a negated verb after an adverb stays whole ("also doesn't need it"); nor what a developer or
    # engineer did ("the developer wanted …");
    # 36: nor a sentence that opens on an order ("Use sudo or …"), on how the writer felt ("Felt
    # weird …") or on their guess ("Probably an outbox table …");
    # 37: nor a sentence that opens on "Said" (the writer);
    # 38: nor a degree alone as the blank ("Cuts false positives … -> a lot");
    # 39: nor the writer's notes (Notes are mine, cleaned up a little);
    # 40: nor the writer's story (Finally got around to ..., Notes, cleaned up ...) or nobody/everyone
    # as a subject;
    # 41: nor "someone" as a subject, nor a sentence told from the writer's today ("… incident last
    # month", "… years ago");
    # 42: nor "another thing again";
    # 43: nor what the writer did ("Lost a chunk of lab time …"), "does the work", nor "the rest" read
    # past a comma as an appositive;
    # 44: nor "vary", nor what a reading list's label frames ("Further reading: …");
    # 45: nor the writer's diary ("Finally sat down …"), the steps of someone's example ("His example,
    # roughly:") or a number as the subject ("21 doesn't mean …"); 46: nor the writer's reading group, nor an
    # answer that points ("the other", "other stuff"); 47: nor the writer's diary ("Used this a lot …", "Good
    # to mention …", "Revisit …"); 48: nor "20 min lost, …"; 49: nor one of a pair as a verb ("read/write"), a
    # subject with "but", "Turns out"/"Meanwhile"/"Focus is"/"… IMO"/"… show up constantly", "several of
    # them"; brackets that close a word ("O(1)", "L(a)") stay; 50: nor a label opened by a colon in code ("No
    # `Self: Sized` bound"), a noun read as a verb before "never"/"always" ("Bloom filters never give"), a
    # modal whose verb is left out ("can if …"), "this," with no noun, "worth reading"; 51: nor "Prep for …",
    # "The plan is …", "Useful to …", what happened "to us"; 52: nor "Team currently …", "Default is …",
    # "until it doesn't"
    # 53: nor a past verb after an adverb ("only spoke") or before its object in a story ("A …
    # failover made the orders service slow"; "Bloom proposed …" is history), nor "… is not, in
    # general", "Notes are rough."
    # 54: nor "happened" or "occurred" (what happened once)
    # 55: nor "… is weird" (a verdict)
    # 56: nor "stayed", nor a past verb in -ed before its object in a story ("The retry loop hammered
    # the primary …")
    # 57: nor the writer's disclaimers ("Names of services changed, numbers are real.", "Blameless
    # format, …")
)
PROPERTY_CARRIED = rule(
    "en.property.carried", "property",
    "`It/This/They …` (or `This <noun> …`) about the subject of the sentence before.",
    Example("A Bloom filter is a compact set structure. It answers membership queries "
            "quickly.\n", "Bloom filter", "membership queries quickly"),
    version=6,  # 2: nor an answer that ends on "that" or "this" ("a bit subtler than that");
    # 3: a number as the label before it ("- 2: …") is no topic;
    # 4: "#7" is a number too; 5: nor "it" carried from an order ("Don't put …. It kills …"); 6: a dash or
    # colon in code ("`l - pt` is …") opens no label
)
PROPERTY_BECAUSE = rule(
    "en.property.because", "property",
    "`X because Y.`, `X. This is because Y.`, `Y, which is why X.` and `Y. That's why X.`: X as "
    "the note states it, asked why; Y answers.",
    Example("An interval is useful because it can represent a span of time.\n",
            "An interval is useful", "it can represent a span of time"),
    Example("Base salary grows slowly for senior engineers. This is because equity makes up "
            "more of their pay.\n",
            "Base salary grows slowly for senior engineers", "equity makes up more of their pay"),
    Example("Because every node keeps two links, removal at either end takes O(1) time.\n",
            "removal at either end takes O(1) time", "every node keeps two links"),
    Example("The decoder ignores the compression level, which is why decompression speed "
            "is the same at every level.\n",
            "decompression speed is the same at every level",
            "The decoder ignores the compression level"),
    Example("Each node holds its own copy of the data. That's why a failed node loses "
            "nothing.\n",
            "a failed node loses nothing", "Each node holds its own copy of the data"),
    Example("Use a constant-time comparison. This is because a normal one returns at the "
            "first byte that differs.\n", "use a constant-time comparison",
            "a normal one returns at the first byte that differs"),
    version=10,  # 2: "…, which is why X" and "… . That's why X." (the reason first); 3: a
    # name with a digit keeps its capital in the question ("Argon2 needs …"); 4: advice
    # too, asked "Why use …?", "Why not store …?" ("Use …. This is because …"); 5: not
    # about a thing named by its place ("The second one fails because …", "Rule 3 …");
    # 6: nor an answer that ends on "that" or "this" ("the effort to fix that");
    # 7: nor under "## My own numbers";
    # 8: nor a statement in the writer's voice ("That's why mine never reached …");
    # 9: nor a statement that opens on its verb ("Added it to the CI apply step")
    # 10: nor under "## What happened" (the incident's story)
)
BECAUSE_AFTER = re.compile(
    r"^(?:This|That)(?:\s+is|'s|’s)\s+(?:partly\s+|mostly\s+|simply\s+|largely\s+)?because\s+"
    r"(?:of\s+)?(?P<reason>.+?)[.!]?$")
"""The sentence after a statement that gives its reason: "This is because …"."""
BECAUSE_IN = re.compile(r"^(?P<statement>[^,;:]+?),?\s+because(?P<of>\s+of)?\s+(?P<reason>[^;]+?)[.!]?$")
"""A statement and its reason in one sentence: "X is O(1) because …"."""
WHICH_IS_WHY = re.compile(r"^(?P<reason>[^;]{8,}?),\s+which\s+is\s+why\s+(?P<statement>[^;]+?)[.!]?$")
"""The reason first, the statement after: "The decoder ignores the level, which is why …"."""
THAT_IS_WHY = re.compile(r"^(?:That|This)(?:\s+is|'s|’s)\s+why\s+(?P<statement>[^;]+?)[.!]?$")
"""The sentence after a reason that states what it explains: "That's why X."."""
BECAUSE_FIRST = re.compile(r"^Because\s+(?P<reason>[^,;:]{8,}?),\s+(?P<statement>[^;]+?[.!])$")
"""The reason first: "Because every node keeps two links, removal takes O(1)."."""
PROPERTY_CONDITION = rule(
    "en.property.condition", "property",
    "`If/When/Once/Every time X, Y` and `During X, Y`: what happens then.",
    Example("If the cache is full, the oldest entry is evicted.\n", "the cache is full",
            "the oldest entry is evicted"),
    Example("During lookup, the key is hashed.\n", "lookup", "the key is hashed"),
    version=10,  # 2: a condition whose subject points ("if it's empty") names the section's
    # term after the question: "What happens if it's empty? (Buddy allocator)"; 3: "If
    # they do, …" points at the sentence before: no card; 4: nor a condition of two
    # clauses ("When …; when …"), nor a result that opens with "but"; 5: a condition on a pronoun
    # gives no card (it points at the sentence before), but "they all", "both" name the
    # section;
    # 6: an incident's timeline ("## Timeline (CET)") or retrospective ("## What went well / badly",
    # "## 잘한 점 / 아쉬운 점") or the team's choice ("## 결론 (우리 팀 선택)") gives no card;
    # 7: advice is asked as what to do ("What should you do when migrating off cron?"); 8: nor a rule written
    # as code ("if P then (A or C), Else …")
    # 9: a hard-wrapped item is read on into an acronym or a CamelCase name on its next line ("… past
    # the new" / "EOF gives SIGBUS")
    # 10: nor a result that is the other branch ("if H <= threshold(p) use H, else E'")
)
NAMED_ALSO = rule(
    "en.named.also_called", "named_term",
    "`Y, also called / also known as X,` and `Y (also called X)`: X names Y.",
    Example("The hash function computes an index, also called a hash code, into the table.\n",
            "hash code", "an index"),
    version=2,  # 2: `… called X` without a comma names what a noun phrase from its article
    # describes, not words before a verb ("If two cookies named `sid` exist") nor an
    # adjective's article ("shadows the named result")
)
NAMED_REFERRED = rule(
    "en.named.referred", "named_term",
    "`Y is commonly referred to as X` and `Y (commonly referred to as X)`.",
    Example("A stock grant is commonly referred to as a restricted stock unit.\n",
            "restricted stock unit", "stock grant"),
    Example("A hash table (commonly referred to as hash map) stores pairs.\n",
            "hash map", "hash table"),
    version=2,  # read past the verbs inside a long subject ("… storing results of …")
)
NAMED_CALLED = rule(
    "en.named.called", "named_term",
    "`Y is called X` / `Y is known as X`: the note names what it described.",
    Example("The probability of a false positive is called the false positive rate.\n",
            "false positive rate", "The probability of a false positive"),
    version=4,  # 2: read past the verbs inside a long subject ("… has not yet committed");
    # 3: not a thing named by its place in a list ("The second case is called …"; no
    # English rule takes such a subject: "the second case", "the last step", "the first
    # rule", not "the first character"); 4: a description with a relative clause of its
    # own ("The variant where the token is stored … is called X"), and "It" after it is X
)
NAMED_THIS = rule(
    "en.named.this", "named_term",
    "`This is called X` / `This is known as X`: X names what the sentence before describes.",
    Example("Two threads wait on each other forever. This is called a deadlock.\n",
            "deadlock", "Two threads wait on each other forever"),
)
NAMED_CONDITION = rule(
    "en.named.condition", "named_term",
    "`When X, this / the situation is called Y`: Y names what happens when X.",
    Example("When two threads wait on each other forever, the situation is known as a "
            "deadlock.\n", "deadlock", "two threads wait on each other forever"),
)
NAMED_SAME = rule(
    "en.named.same", "named_term",
    "`X and Y can be treated as the same …` / `X is the same as Y`: two names for one thing.",
    Example("Heaps and priority queues can be treated as the same data structure.\n",
            "priority queues", "Heaps"),
)
NAMED_IE = rule(
    "en.named.ie", "named_term",
    "`X (i.e., Y)`: Y explains what X names.",
    Example("Writes go to the primary (i.e., the node that accepts updates).\n",
            "primary", "the node that accepts updates"),
)
ACRONYM_OR = rule(
    "en.acronym.or", "acronym",
    "`LLM, or large language model` (either order); the letters must fit.",
    Example("An LLM, or large language model, predicts the next token.\n", "LLM",
            "large language model"),
)
ACRONYM_STANDS = rule(
    "en.acronym.stands_for", "acronym",
    "`X stands for Y` / `X is short for Y` / `(short for Y)`.",
    Example("JWT stands for JSON Web Token.\n", "JWT", "JSON Web Token"),
    Example("A deque (short for double-ended queue) supports both ends.\n", "deque",
            "double-ended queue"),
)
STEPS_SEQUENCE = rule(
    "en.steps.sequence", "steps",
    "`First, … Then, … Finally, …`: the steps of what the passage is about.",
    Example("To deploy a release, first build the image. Then push it to the registry. "
            "Finally, restart the service.\n", "deploy a release",
            "build the image; push it to the registry; restart the service"),
    version=3,  # 2: nor a "first" that qualifies a subject ("first run is slow"); 3: nor "First one:" and the
    # like (a generic label) as a step
)
STEPS_DURING = rule(
    "en.steps.during", "steps",
    "A paragraph under heading X that opens `During X, …`: a procedure told in prose.",
    Example("### Insertion\n\nDuring insertion, the key is hashed. The bucket is located. "
            "The entry is appended to the bucket.\n", "Insertion",
            "the key is hashed; The bucket is located; The entry is appended to the bucket"),
)
STEPS_GOAL = rule(
    "en.steps.goal", "steps",
    "A numbered list after `…you have to X:` or `When X, the following happens:`: its steps.",
    Example("If you want to see the network traffic right away, you have to enable "
            "logging:\n\n1. Open the settings\n2. Check the logging box\n", "enable logging",
            "Open the settings; Check the logging box"),
)
LIST_COLON = rule(
    "en.list.colon", "list",
    "`There are two X: a and b.` / `X is determined by three factors: a, b and c.`",
    Example("There are two main operations a Bloom filter can perform: insertion and "
            "search.\n", "main operations a Bloom filter can perform", "insertion; search"),
)
LIST_CONSISTS = rule(
    "en.list.consists", "list",
    "`X consists of / is made up of / comprises a, b and c`.",
    Example("A request consists of a method, a path and headers.\n", "request",
            "a method; a path; headers"),
)
LIST_ORDINAL = rule(
    "en.list.ordinal", "list",
    "`… two kinds of X. The first is A. The second is B.`",
    Example("Databases use two kinds of locks. The first is a shared lock. The second is "
            "an exclusive lock.\n", "kinds of locks", "a shared lock; an exclusive lock"),
)
LIST_INTRO = rule(
    "en.list.intro", "list",
    "A list after a sentence that announces it (`The common X are:`, `there are several X`).",
    Example("You can store a graph in several ways. The common graph representations "
            "are:\n\n- Adjacency matrix\n- Adjacency list\n",
            "common graph representations", "Adjacency matrix; Adjacency list"),
)
LIST_HEADING = rule(
    "en.list.heading", "list",
    "Short items right under a heading that is a plural noun phrase (`## Corner cases`).",
    Example("## Corner cases\n\n- Empty graph\n- Graph with cycles\n", "Corner cases",
            "Empty graph; Graph with cycles"),
)
COMPARISON_WHEREAS = rule(
    "en.comparison.whereas", "comparison",
    "`A …, whereas B …` / `A … while B …`: two subjects contrasted.",
    Example("TCP guarantees delivery, whereas UDP does not.\n", "TCP vs UDP",
            "TCP guarantees delivery; UDP does not"),
    Example("BFS uses a queue while DFS uses a stack.\n", "BFS vs DFS",
            "BFS uses a queue; DFS uses a stack"),
    Example("TCP guarantees ordered delivery; UDP does not.\n", "TCP vs UDP",
            "TCP guarantees ordered delivery; UDP does not"),
    version=3,  # 2: "… while its age is below …" is a time, not a contrast; 3: "A …; B
    # does not" (or the same verb) is one
)
COMPARISON_UNLIKE = rule(
    "en.comparison.unlike", "comparison",
    "`Unlike A, B …` and `B …, unlike A`.",
    Example("Unlike TCP, UDP does not guarantee delivery.\n", "UDP vs TCP",
            "UDP does not guarantee delivery"),
    Example("InnoDB supports transactions, unlike MyISAM, which does not.\n",
            "InnoDB vs MyISAM", "InnoDB supports transactions"),
    version=2,  # "B …, unlike A" too
)
COMPARISON_BUT = rule(
    "en.comparison.but", "comparison",
    "`A …, but B …` where A and B are parallel subjects (they share a word or a verb).",
    Example("The original variant finds one path, but the common variant finds all "
            "paths.\n", "original variant vs common variant",
            "The original variant finds one path; the common variant finds all paths"),
    Example("A mutex has an owner, but a semaphore has no owner.\n", "mutex vs semaphore",
            "A mutex has an owner; a semaphore has no owner"),
    version=3,  # subjects with the same verb are parallel too;
    # 3: nor what happened ("… was shipped as if …, but …")
)
COMPARISON_SECTION = rule(
    "en.comparison.section", "comparison",
    "A statement in a section that compares (`A vs B`, `Differences`).",
    Example("## TCP vs UDP\n\nUDP is connectionless.\n", "UDP", "connectionless"),
    version=5,  # 2: nor an answer that is the writer's ("confused me for a while"); 3: nor one of
    # words that name nothing ("the same", "be very different"); 4: nor "The question is …"; 5: nor "Team
    # currently uses …"
)

# --- word lists -----------------------------------------------------------------

ARTICLES = frozenset({"a", "an", "the"})
DETERMINERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "your", "our", "my", "their", "its",
    "his", "her", "both", "each", "every", "any", "some",
})
LEADING_DROPPED = frozenset({"a", "an", "the", "your", "our", "my", "their", "its", "both"})
"""Words dropped from the front of a subject to make it a term (``your compensation``)."""

PRONOUNS = frozenset({
    "it", "they", "that", "those", "we", "you", "i", "he", "she", "there", "here", "which",
    "who", "what", "such", "them", "us", "his", "her", "my", "our", "let's", "whatever",
    "nobody", "everyone",  # "Nobody has the whole thing; everyone knows who to ask next."
    "someone",  # "Then someone added `UiState.Empty`.": a story's who, no term
})
"""Subject openers that point elsewhere or nowhere: no card is made about such a subject."""

POINTING_SUBJECTS = frozenset({
    "everything", "everything else", "nothing", "something", "rest", "the rest", "converse",
    "the converse", "opposite", "the opposite", "reverse", "the reverse", "latter",
    "the latter", "former", "the former", "both", "neither", "either", "the same",
})
"""Whole subjects that point at what the note said before ("Everything else is tooling",
"The converse does not hold"): no card is made about them."""

ALONE_PRONOUNS = frozenset({
    "this", "these", "one", "some", "many", "most", "another", "other", "others", "all",
    "each", "both", "everything", "anything", "something", "nothing", "none", "either",
    "neither", "first", "second", "third", "last", "former", "latter", "rest", "same",
})
"""Words that are a pronoun when they stand alone (``Both …``) but may open a noun phrase."""

ORDINAL_SUBJECTS = frozenset({"first", "second", "third", "fourth", "last", "former", "latter",
                              "other", "rest", "next"})
"""``The second is …`` points to an enumeration, not to a term."""

CARRYING_PRONOUNS = frozenset({"it", "this", "they", "these"})
"""Pronoun subjects that continue the sentence before (``It is designed to …``)."""

COPULAS = ("is", "are", "was", "were")
MODALS = ("can", "could", "may", "might", "must", "should", "will", "would", "shall",
          "cannot", "ca", "wo", "does", "do", "did", "has", "have", "had", "needs")
"""Auxiliaries that open a predicate (``ca``/``wo`` are spaCy's halves of can't/won't)."""

ADVERBS = (
    "actually", "almost", "also", "always", "basically", "commonly", "essentially", "exactly",
    "frequently", "further", "generally", "hence", "just", "mainly", "most", "mostly", "never",
    "normally", "now", "often", "only", "precisely", "primarily", "rarely", "really", "simply",
    "sometimes", "still", "then", "therefore", "thus", "typically", "usually",
)
"""Adverbs that may stand between a subject and its verb or inside a predicate."""

VERBS = (
    "accept", "access", "accumulate", "achieve", "acquire", "act", "adapt", "add", "adjust",
    "affect", "aggregate", "allocate", "allow", "alter", "analyze", "answer", "appear",
    "append", "apply", "approximate", "arrange", "assign", "assume", "attach", "attempt",
    "authenticate", "authorize", "avoid", "balance", "become", "begin", "behave", "belong",
    "benefit", "bind", "block", "boost", "bound", "break", "bring", "broadcast", "buffer",
    "build", "bundle", "cache", "calculate", "call", "cancel", "capture", "carry", "cause",
    "change", "check", "choose", "classify", "clean", "clear", "close", "collect", "combine",
    "come", "commit", "communicate", "compare", "compile", "complete", "compose", "compress",
    "compute", "concatenate", "configure", "confirm", "connect", "consider", "consist",
    "consume", "contain", "continue", "control", "convert", "coordinate", "copy", "correspond",
    "cost", "count", "cover", "crash", "create", "cut", "decide", "declare", "decode",
    "decrease", "decrypt", "define", "delay", "delegate", "delete", "deliver", "depend",
    "deploy", "derive", "describe", "design", "destroy", "detect", "determine", "develop",
    "differ", "differentiate", "disable", "discard", "discover", "display", "distribute",
    "divide", "double", "drop", "duplicate", "eliminate", "emit", "enable", "encode",
    "encrypt", "end", "enforce", "enhance", "ensure", "enter", "estimate", "evaluate", "evict",
    "exceed", "execute", "exist", "expand", "expect", "expire", "explain", "explore", "expose",
    "express", "extend", "extract", "fail", "fall", "fetch", "fill", "filter", "find",
    "finish", "fit", "fix", "flag", "flush", "focus", "follow", "force", "fork", "form",
    "format", "forward", "free", "gather", "generalize", "generate", "get", "give", "go",
    "grant", "grow", "guarantee", "handle", "happen", "hash", "help", "hide", "hold",
    "identify", "ignore", "implement", "import", "improve", "include", "increase", "increment",
    "index", "indicate", "inherit", "initialize", "insert", "inspect", "install",
    "instantiate", "integrate", "intercept", "interpret", "introduce", "invalidate", "invoke",
    "isolate", "issue", "iterate", "join", "keep", "kill", "know", "last", "launch", "lead",
    "learn", "leave", "let", "like", "limit", "link", "list", "listen", "live", "load",
    "locate", "lock", "log", "look", "lose", "maintain", "make", "manage", "map", "mark",
    "match", "measure", "mention", "merge", "migrate", "minimize", "mirror", "miss", "model",
    "modify", "monitor", "move", "multiply", "name", "need", "nest", "normalize", "notify",
    "observe", "obtain", "occur", "offer", "open", "operate", "optimize", "order", "organize",
    "output", "overwrite", "own", "parse", "partition", "pass", "pause", "perform", "persist",
    "pick", "place", "play", "point", "poll", "pop", "populate", "predict", "prefer",
    "prepare", "preserve", "prevent", "print", "prioritize", "process", "produce", "promote",
    "propagate", "protect", "prove", "provide", "publish", "pull", "push", "put", "query",
    "queue", "raise", "reach", "read", "rebuild", "receive", "recognize", "record", "recover",
    "redirect", "reduce", "refer", "reflect", "refresh", "register", "reject", "release",
    "rely", "remain", "remember", "remove", "rename", "render", "reorder", "repeat", "replace",
    "replicate", "report", "represent", "request", "require", "reserve", "reset", "resize",
    "resolve", "respond", "restart", "restore", "restrict", "result", "resume", "retain",
    "retrieve", "retry", "return", "reuse", "reveal", "reverse", "rewrite", "roll", "rotate",
    "route", "run", "sample", "save", "say", "scale", "scan", "schedule", "search", "secure",
    "see", "seem", "select", "send", "separate", "serialize", "serve", "set", "share", "shift",
    "show", "shrink", "sign", "simplify", "skip", "slow", "solve", "sort", "specify", "speed",
    "split", "start", "stay", "stop", "store", "stream", "subscribe", "succeed", "suffer",
    "support", "swap", "switch", "synchronize", "take", "target", "tell", "terminate", "test",
    "throw", "tolerate", "track", "trade", "transfer", "transform", "translate", "transmit",
    "traverse", "treat", "trigger", "trust", "try", "turn", "undo", "unlock", "update",
    "upgrade", "use", "validate", "vary", "verify", "visit", "wait", "walk", "want", "watch",
    "work", "wrap", "write", "yield",
)
"""Common verbs of technical prose, as base forms; their -s/-ed forms are derived."""
ACTS_WHERE = re.compile(rf"(?:{'|'.join(VERBS)})\s+(?:at|in|into|on|from|to|by|far)\b",
                        re.IGNORECASE)
"""A header or label that is a verb and where ("Insert at cursor", "Insert far away"): an
operation, no noun to take "the … of" (``match`` it)."""

IRREGULAR_PAST = (
    "found", "made", "took", "gave", "held", "kept", "built", "ran", "sent", "began", "became",
    "grew", "went", "led", "let", "put", "read", "set", "split", "knew", "lost", "told",
    "brought", "got", "chose", "wrote", "shrank", "paid", "stood", "understood", "came",
    "fell", "left", "meant", "saw", "spent", "thought", "threw", "won", "bound", "broke",
)


@functools.cache
def verb_forms() -> tuple[str, ...]:
    """Third-person and past forms of :data:`VERBS` (``uses``, ``used``, ``carries``)."""
    forms: set[str] = set(IRREGULAR_PAST)
    for verb in VERBS:
        if verb.endswith("y") and verb[-2:-1] not in "aeiou":
            forms.update({verb[:-1] + "ies", verb[:-1] + "ied"})
        elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms.update({verb + "es", verb + "ed"})
        else:
            forms.add(verb + "s")
            forms.add(verb + "d" if verb.endswith("e") else verb + "ed")
    return tuple(sorted(forms))


PAST_ONLY = frozenset({
    "had", "was", "were", "did", "ran", "went", "came", "took", "gave", "began", "grew", "knew",
    "wrote", "broke", "chose", "threw", "saw", "fell", "shrank", "spoke", "showed", "became", "drove",
    "rose", "ate", "flew", "drew", "blew", "shook", "sank", "wore", "tore", "froze", "stole", "woke",
    "forgot", "hid", "rode", "swore", "overtook", "withdrew", "overran", "outgrew",
    "happened", "occurred", "stayed",
})
"""Past forms that are no participle too: a predicate that opens with one tells what happened
("Monitoring ran df", "the unit had Restart=always"). A form in -ed may be a participle in a
note's fragment ("chains of nodes merged into one edge"), so it is not among them: one before an
object (``PAST_BEFORE_OBJECT``) is past. Nor is that of a verb with no object ("happened",
"occurred", "stayed"): nothing is happened, so no fragment reads it as one."""
PAST_BEFORE_OBJECT = re.compile(r"(?:[a-z]+ed|made|got|sent|kept|left|held|built|found|told|lost|brought"
                                r"|caught|meant|led)\s+(?:the|a|an|our|my|its|their|his|her|every)\s")
"""A past form right before its object ("A ~40 second failover made the orders service slow", "the
retry loop hammered the primary"): what happened; a participle after a noun reads on with a
preposition ("nodes merged into one edge")."""


@functools.cache
def _third_person() -> frozenset[str]:
    return frozenset(f for f in verb_forms() if f.endswith("s"))


def is_third_person(word: str) -> bool:
    """True when ``word`` is a verb's third-person form: ``allows``, ``runs``, ``carries``."""
    return word.lower() in _third_person()


NUMBER_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "many", "some", "a few", "a number of", "various", "multiple", "the following",
    "a couple of",
)
"""Words that announce a count of things to come (``two main operations``)."""

SEQUENCE_FIRST = ("first", "firstly", "to begin", "to start", "first of all")
SEQUENCE_NEXT = ("second", "secondly", "third", "thirdly", "then", "next", "after that",
                 "afterwards", "afterward", "subsequently")
SEQUENCE_LAST = ("finally", "lastly", "last")

CONDITIONS = ("if", "when", "whenever", "once", "every time", "each time", "as soon as")
"""Words that open a condition whose result is the studied part."""

OBJECT_OPENERS = ("the", "a", "an", "its", "their", "all", "each", "every", "no", "one", "two",
                  "any", "both", "our", "your", "this", "that", "these", "those", "them", "it")
"""Words that open a verb's object ("retransmits the segment"): a word before one is a verb."""

PREPOSITIONS = frozenset({"in", "on", "at", "by", "for", "with", "within", "from", "into", "to",
                          "over", "under", "inside", "through", "during", "as", "via", "per",
                          "without"})

# --- Matcher predicates -----------------------------------------------------------

_ADV = {"LOWER": {"IN": list(ADVERBS)}, "OP": "*"}
_COP = {"LOWER": {"IN": list(COPULAS)}}
_NOT = {"LOWER": {"IN": ["not", "n't"]}, "OP": "?"}

PREDICATES: list[tuple[str, str, Pattern]] = [
    # (key, rule id, token pattern); at one start the first listed wins.
    ("defined_as", DEFINITION_DEFINED_AS,
     [_COP, _ADV, {"LOWER": "defined"}, {"LOWER": "as"}]),
    ("referred", NAMED_REFERRED,
     [_COP, _ADV, {"LOWER": {"IN": ["referred", "reffered"]}}, {"LOWER": "to"},
      {"LOWER": "as"}]),
    ("called", NAMED_CALLED,
     [_COP, _ADV, {"LOWER": {"IN": ["called", "named", "termed"]}}]),
    ("called", NAMED_CALLED,
     [_COP, _ADV, {"LOWER": "known"}, {"LOWER": "as"}]),
    ("refers", DEFINITION_REFERS,
     [_ADV, {"LOWER": {"IN": ["refers", "refer"]}}, {"LOWER": "to"}]),
    ("means", DEFINITION_MEANS,
     [_ADV, {"LOWER": {"IN": ["means", "denotes", "signifies"]}}]),
    ("stands", ACRONYM_STANDS, [{"LOWER": "stands"}, {"LOWER": "for"}]),
    ("stands", ACRONYM_STANDS, [_COP, {"LOWER": "short"}, {"LOWER": "for"}]),
    ("used", PROPERTY_USED,
     [_COP, _ADV, {"LOWER": "used"}, {"LOWER": {"IN": ["to", "for"]}}]),
    ("what", DEFINITION_WHAT, [_COP, _ADV, {"LOWER": "what"}]),
    ("copula_def", DEFINITION_COPULA,
     [_COP, {"LOWER": {"IN": ["also", "usually", "simply", "basically", "essentially",
                              "typically", "just"]}, "OP": "?"},
      {"LOWER": {"IN": ["a", "an", "the", "one"]}}]),
    ("copula", PROPERTY_STATEMENT, [_COP]),
    ("modal", PROPERTY_STATEMENT, [{"LOWER": {"IN": list(MODALS)}}]),
    ("verb", PROPERTY_STATEMENT, [{"LOWER": {"IN": list(verb_forms())}}]),
    # "TCP retransmits the segment": an -s or -ed word right before a determiner is a verb.
    ("verb", PROPERTY_STATEMENT,
     [{"LOWER": {"REGEX": r"^[a-z]{2,}(?:[^s']s|ed)$"}}, {"LOWER": {"IN": list(OBJECT_OPENERS)}}]),
    # "Mutexes allow one thread": a base verb between a plural noun and a determiner.
    ("plural_verb", PROPERTY_STATEMENT,
     [{"LOWER": {"REGEX": r"^[a-z]{3,}[^su']s$"}}, {"LOWER": {"IN": list(VERBS)}},
      {"LOWER": {"IN": [*OBJECT_OPENERS, "more", "less", "only", "up"]}}]),
    # "It retransmits lost segments": the word after a subject pronoun is its verb.
    ("pronoun_verb", PROPERTY_STATEMENT,
     [{"LOWER": {"IN": ["it", "they", "this", "these"]}},
      {"LOWER": {"REGEX": r"^[a-z]{2,}(?:[^s']s|ed)$"}}]),
    # "Equity usually vests …": a word right after a frequency adverb is a verb.
    ("adverb_verb", PROPERTY_STATEMENT,
     [{"LOWER": {"IN": ["usually", "typically", "often", "always", "generally", "commonly",
                        "normally", "also", "never", "rarely", "sometimes", "still", "only",
                        "actually", "mostly", "mainly", "simply"]}},
      {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["a", "an", "the", "not", "be"]}}]),
]
"""Predicates; the earliest in a clause decides the rule (``copula`` is the plain ``is``)."""

TAGGED_PREDICATES: list[tuple[str, str, Pattern]] = [
    ("verb", PROPERTY_STATEMENT, [{"POS": {"IN": ["VERB", "AUX"]}, "TAG": {"NOT_IN": [
        "VBG", "VBN"]}}]),
]
"""Used only when a trained pipeline tags parts of speech: any finite verb opens a predicate."""

# --- regular expressions ------------------------------------------------------------


_W = r"[\w'’/+#.<>`|-]"
"""A character of a word in a term (code such as ``get()`` or ``<details>`` included)."""

OPENER = re.compile(
    r"^(?:(?:however|moreover|furthermore|also|thus|hence|therefore|so|and|but|now|then|"
    r"typically|generally|usually|precisely|basically|essentially|in other words|in practice|"
    r"in short|in general|in particular|i\.e\.|of course|this is because|that is because|"
    r"as a result|in addition|in fact|similarly|likewise|instead|otherwise|notably|"
    r"importantly|note that|remember that|by definition|in most cases|overall|still|yet|"
    r"on the other hand|as mentioned(?: earlier| above| before)?|as noted|as we saw),?\s+)+",
    re.IGNORECASE,
)
"""Discourse words at the start of a clause, skipped before the subject."""

LEADING_PHRASE = re.compile(
    r"^(?:(?:in|on|at|for|with|within|inside|outside|under|after|before|from|through|across|depending on|"
    r"until|unless|although|though|because|since|as|while|upon|without|like|given)\s"
    r"[^,;:]{1,80}?|\w+ly),\s+",
    re.IGNORECASE,
)
"""A leading adverbial phrase or clause ending in a comma (``In most companies, …``)."""

CONDITION = re.compile(
    r"(?:^|,\s+)(?P<word>if|when|whenever|once|every time|each time|as soon as|"
    r"the next time|next time|(?<![\w,] )as(?=\s+\w+\s+\w+))\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
EXAMPLE_SENTENCE = re.compile(
    r"^(?:e\.g\.|eg\.|(?:for\s+example|for\s+instance|example:?|as\s+an\s+example|say|"
    r"suppose|assume|imagine|let's\s+say|picture|here\s+is|here's|in\s+our\s+example|"
    r"in\s+this\s+example|for\s+this\s+figure)\b)",
    re.IGNORECASE,
)
"""Sentences that work through an example rather than state a fact."""
EXTRAPOSED = re.compile(
    r"^(?:it|this)\s+(?:is|was|will\s+be|would\s+be|can\s+be|may\s+be)\s+(?:\w+ly\s+)?"
    r"(?:important|possible|necessary|rare|common|likely|unlikely|easy|hard|difficult|ok|okay|"
    r"better|best|worth|useful|helpful|good|bad|true|false|recommended|not|advisable|"
    r"uncommon|certain)\b",
    re.IGNORECASE,
)
"""``It is important that …``: ``it`` stands for what follows, not for a term."""
SAME_AS = re.compile(
    r"^(?P<x>[\w' /-]{2,40}?)\s+(?:and|or)\s+(?P<y>[\w' /-]{2,40}?)\s+(?:can\s+be\s+treated\s+"
    r"as|are|can\s+be\s+considered|are\s+considered)\s+(?:the\s+same|synonyms|"
    r"interchangeable|equivalent)\b",
    re.IGNORECASE,
)
SAME_AS_ONE = re.compile(
    r"^(?P<x>[\w' /-]{2,40}?)\s+is\s+(?:the\s+same\s+as|another\s+name\s+for|a\s+synonym\s+for)"
    r"\s+(?P<y>[^,;.]{2,40})",
    re.IGNORECASE,
)
RELATIVE = Guarded(re.compile(
    r"(?P<before>[^,;:()]{2,120}?)(?:,\s+which\s+(?:is|are)\s+(?P<y1>[^,;]{3,150})|"
    r"\s+(?:,\s+)?which\s+(?P<verb>represents|represent|means|mean|refers\s+to|denotes|"
    r"stands\s+for)\s+(?P<y2>[^,;]{3,150}))",
    re.IGNORECASE,
), re.compile(r"which", re.IGNORECASE))
GLOSS = re.compile(
    r"\b(?P<det>an?|the)\s+(?P<x>[\w-]+(?:\s+[\w-]+){0,3})\s+\((?P<y>[a-z][\w-]*(?:\s+[^\s()]+){1,12})\)"
)
TO_DO_THAT = re.compile(
    r"^to\s+do\s+(?:that|this|so),\s+(?:we|you|one)\s+(?:can\s+|should\s+|must\s+)?use\s+"
    r"(?P<x>[^,;]{2,60}?)\.?$",
    re.IGNORECASE,
)
"""``To do that, we use X``: X is for what the sentence before describes."""
CONDITION_NAMED = re.compile(
    r"^(?:this|that|it|the\s+\w+|such\s+an?\s+\w+)\s+(?:is|are)\s+"
    r"(?:(?:often|commonly|usually|also|sometimes)\s+)?"
    r"(?:called|known\s+as|referred\s+to\s+as|termed)\s+(?P<name>(?:an?|the)\s.+)$",
    re.IGNORECASE,
)
"""What follows ``When X,`` when it only names X: ``the situation is known as a deadlock``."""
DURING = re.compile(r"^during\s+(?P<x>[^,]{2,50}),\s+(?P<y>.+)$", re.IGNORECASE)
KNOW_THAT = re.compile(r"^(?:then\s+)?(?:we|you)\s+(?:\w+ly\s+)?know\s+(?:that\s+)?",
                       re.IGNORECASE)

ALSO_CALLED = Guarded(re.compile(
    rf"(?P<before>[^;:()]{{2,200}}?),\s+(?:also|often|commonly|sometimes)\s+"
    rf"(?:called|known\s+as|referred\s+to\s+as|named)\s+(?P<name>(?:{_W}+\s?){{1,5}}?)"
    r"\s*(?=,|;|\.(?:\s|$)|\)|$)",
    re.IGNORECASE,
), re.compile(r"called|known|referred|named", re.IGNORECASE))
CALLED_REDUCED = Guarded(re.compile(
    rf"(?P<before>[^;:()]{{2,200}}?)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bwas)(?<!\balso)\s+"
    rf"(?:called|known\s+as|named)\s+(?P<name>(?:the\s+|an?\s+)?(?:{_W}+\s?){{1,4}}?)"
    r"\s*(?=,|;|\.(?:\s|$)|$)",
    re.IGNORECASE,
), re.compile(r"called|known|named", re.IGNORECASE))
"""``a period of time called the election timeout``: a name given in passing."""
PAREN_ALIAS = Guarded(re.compile(
    rf"(?P<before>{_W}+(?:\s+{_W}+){{0,5}})\s+\((?P<how>also\s+called|also\s+known\s+as|"
    r"a\.k\.a\.?|aka|(?:commonly\s+|often\s+|also\s+|sometimes\s+)?referred\s+to\s+as|"
    r"(?:commonly\s+|often\s+)?called)\s+(?P<name>[^()]{2,50})\)",
    re.IGNORECASE,
), re.compile(r"\((?:also|a\.k\.a|aka|commonly|often|sometimes|referred|called)",
              re.IGNORECASE))
IE_PAREN = Guarded(re.compile(
    rf"(?P<before>{_W}+(?:\s+{_W}+){{0,4}})\s+\((?:i\.e\.|that is),?\s+(?P<desc>[^()]{{3,100}})\)",
    re.IGNORECASE,
), re.compile(r"\((?:i\.e\.|that is)", re.IGNORECASE))
BY_WE_MEAN = re.compile(
    r"^by\s+(?P<x>[^,]{2,50}?),?\s+(?:we|I|they|people)\s+mean\s+(?P<y>.+)$", re.IGNORECASE
)
WHERE_DEF = re.compile(
    r",\s*where\s+(?P<x>[^\s,;]{1,20}(?:\s[^\s,;]{1,20}){0,2}?)\s+(?:is|are|denotes|"
    r"means|represents|stands\s+for)\s+(?P<y>(?:a|an|the|one|\d)\b[^,;]+)",
    re.IGNORECASE,
)

ACRONYM_OR_SHORT_LONG = re.compile(
    r"\b(?P<short>[A-Z][A-Za-z0-9&]{1,9}),\s+or\s+(?P<long>[A-Za-z][\w-]*(?:\s+[\w-]+){1,6}?)"
    r"(?=\s*[,.;)]|$)"
)
ACRONYM_OR_LONG_SHORT = re.compile(
    r"\b(?P<long>[A-Za-z][\w-]*(?:\s+[\w-]+){1,6}),\s+or\s+(?P<short>[A-Z][A-Za-z0-9&]{1,9})"
    r"(?=\s*[,.;)]|$)"
)
STANDS_FOR = re.compile(
    r"(?P<short>[\w-]{2,20})\s+(?:stands\s+for|is\s+short\s+for)\s+(?P<long>[^,.;()]{3,60})"
)
SHORT_FOR_PAREN = re.compile(
    r"(?P<short>[\w-]{2,20})\s+\((?:[^()]*?[,;]\s*)?short\s+for\s+(?P<long>[^(),;]{3,60})\)"
)

LIST_INTRO_PHRASE = re.compile(
    r"(?:^|\b)(?:there\s+(?:are|is|exist)|we\s+have|here\s+are|you\s+(?:may|can|will)\s+"
    r"(?:receive|get|use|see|find)(?:\s+one\s+of)?)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
LIST_BY = re.compile(
    r"^(?P<x>.+?)\s+(?:is|are)\s+(?P<by>(?:determined|defined|characterized|affected|"
    r"influenced|governed|made up|composed|described)\s+(?:by|of))\s+(?P<n>.+)$",
    re.IGNORECASE,
)
LIST_ARE = re.compile(r"^(?P<x>.+?)\s+(?:are|include|includes)$", re.IGNORECASE)
CONSISTS = re.compile(
    r"^(?P<x>.+?)\s+(?:(?:will|usually|typically|generally|often|can|may|must)\s+)*"
    r"(?P<verb>consists?\s+of|consisting\s+of|(?:is|are)\s+made\s+up\s+of|"
    r"(?:is|are)\s+composed\s+of|comprises?)\s+(?P<items>.+)$",
    re.IGNORECASE,
)
ORDINAL_FIRST = re.compile(
    r"^the\s+first(?:\s+one)?(?:,[^,]{1,40},)?\s+(?:is|are)\s+(?P<y>.+)$", re.IGNORECASE
)
ORDINAL_NEXT = re.compile(
    r"^the\s+(?:second|third|fourth|fifth|last|other)(?:\s+one)?(?:,[^,]{1,40},)?\s+"
    r"(?:is|are)\s+(?P<y>.+)$",
    re.IGNORECASE,
)
HAPPENS = re.compile(
    r"^(?P<word>when|if|once|whenever|after)\s+(?P<cond>[^,:]{3,100}),\s+(?:the\s+following|"
    r"this|these\s+steps)\s+(?:happens|happen|occurs|occur|takes?\s+place|steps\s+happen)",
    re.IGNORECASE,
)
"""``When you type a URL, the following happens:`` before a numbered list."""
APPOSITIVE = re.compile(
    r"^(?P<x>[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}),\s+(?P<y>(?:the|a|an)\s+[^,]{3,80}),\s+"
    r"(?P<rest>\w.*)$"
)
"""``Reference counting, the main garbage collection mechanism, needs …``."""
GOAL = re.compile(
    r"(?:(?:you(?:'ll|\s+will)?|we(?:'ll|\s+will)?)\s+(?:have|need)\s+to|you\s+must|"
    r"here(?:'s|\s+is)\s+how\s+to|follow\s+these\s+steps\s+to|^to)\s+(?P<goal>[^,:;]{3,80}?)"
    r"\s*(?:[,:;.]|$)",
    re.IGNORECASE,
)

ANSWER_CUT = re.compile(
    r",\s+(?:(?:from|in|to|by|with|through|of|on)\s+which|which|where|whose|for example|"
    r"for instance|such as|e\.g\.|i\.e\.|"
    r"in other words|that is,|as well as|producing|generating|resulting)\b"
    r"|\s+[–—]\s+in other words\b|\s+[–—]\s+",
    re.IGNORECASE,
)
"""Where an answer may be cut: a non-restrictive clause, an example or an aside."""

ASIDE = re.compile(r",\s+(?:in our case|in this case|for example|for instance|by definition|"
                   r"of course|e\.g\.|on the other hand|in practice|in general|however|"
                   r"though|too|as well|in turn|therefore)[^,]{0,40},", re.IGNORECASE)
"""A parenthetical aside between commas, dropped from answers and subjects."""

APPOSITION = re.compile(r",\s+(?:(?:also|often|commonly|sometimes)\s+(?:called|known\s+as|"
                        r"referred\s+to\s+as|named)|or)\s+[^,]{1,50},", re.IGNORECASE)
"""``, also called the backing store,`` inside a subject: the subject is what comes before."""

NOISE_SENTENCE = re.compile(
    r"^(?:read this in|see (?:also|the)|for more|more reading|check out|here(?:'s| is) an? "
    r"example|import\s|export\s|source|sources|credit|image|figure|:::)"
    r"|.*?\b(?:great|good|excellent|classic|nice)\s+(?:write-?up|blog\s+post|post|article|talk|"
    r"video|book)\b"
    r"|.*?\b(?:shows?|comes?|pops?)\s+up\s+(?:a\s+lot|constantly|all\s+the\s+time|everywhere)\b"
    r"|.*?\bworth\s+(?:reading|a\s+read|watching)\b",
    re.IGNORECASE,
)
"""Sentences about the note itself (navigation, credits), what to read ("Brendan Gregg has
a great write-up …", "… in the Descriptor HowTo guide, worth reading once") or how often the writer
meets it ("Interval problems show up constantly"), never studied."""

FIRST_PERSON = re.compile(r"(?<![\w/&.-])(?:I|I'm|I've|I'd|I'll|I’m|I’ve)(?![\w/&.-])|^My\s"
                          r"|(?<![Tt]he\s)(?<!\sa\s)(?<![\w\"'`])my\s+[a-z]|\bfuture (?:me|self)\b"
                          r"|\bare\s+mine\b|^Notes,?\s+cleaned\s+up\b|\bIMH?O\b")
"""The writer speaking ("… the sweet spot for most setups I've seen", "I use flex for …",
"… was exactly my bug", "notes for future me", "Notes are mine, cleaned up a little", "…
generalizes better IMO"): what they
did or think, not what the subject is. "I/O" and "&I" are no "I", "the my keyword" no "my", and
"me" is left alone ("Remember me")."""
