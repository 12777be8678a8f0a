"""The rule catalogue: every rule's id, version, kind and a worked example.

Rules are data. Each entry names one pattern (a spaCy ``Matcher`` pattern in
``patterns_ko``/``patterns_en`` or a rule on the Markdown shape), and its id
travels with every card the rule makes. Every rule carries at least one
example note and the card it must produce; the test suite runs them all, so a
rule without a passing example cannot land.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Example:
    """A note snippet and the card a rule must make from it."""

    markdown: str
    term: str
    answer: str


@dataclass(frozen=True, slots=True)
class Rule:
    """A named, versioned extraction rule."""

    id: str
    version: int
    kind: str
    description: str
    examples: tuple[Example, ...]


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, kind: str, description: str, *examples: Example, version: int = 1
) -> str:
    """Register a rule and return its id (so modules can keep it as a constant)."""
    if rule_id in RULES:
        raise ValueError(f"rule {rule_id!r} registered twice")
    RULES[rule_id] = Rule(rule_id, version, kind, description, tuple(examples))
    return rule_id


def catalogue_version() -> str:
    """A string that changes whenever any rule is added, removed or re-versioned."""
    return ";".join(f"{r.id}@{r.version}" for r in sorted(RULES.values(), key=lambda r: r.id))
