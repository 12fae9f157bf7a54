"""An act asked about under a negated verb is open, not denied: 'Britain has not decided whether
to impose sanctions on Iran', 'He did not know whether to meet the rebels'. The framing section
passes a negation on the verb an infinitive hangs from down to the infinitive ('is not prepared
to discuss': not done); but where 'whether' or 'if' opens the infinitive, the negation is of
the deciding or knowing, and the act is a question: positive, and hedged by its 'whether'. A
negation of the act's own verb stays. Reads the ``undecided`` rule section;
:func:`.emit.emit` turns the polarity of what :func:`asked_under_negation` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .framing import first_conjunct
from .rules import Words, load_section

__all__ = ["UndecidedRules", "asked_under_negation", "undecided_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class UndecidedRules:
    """The ``undecided`` section: see the comment in ``rules/extract/undecided.json``."""

    question_marks: Words
    clause_deps: frozenset[str]
    max_depth: float


@cache
def undecided_rules() -> UndecidedRules:
    return load_section("undecided", UndecidedRules)


def asked_under_negation(trigger: Token, light: Token | None) -> bool:
    """Whether the act at ``trigger`` (with its light verb ``light``) is in a clause one of
    ``question_marks`` opens (through at most ``max_depth`` clauses of ``clause_deps`` from the
    act's verb up), which hangs from a negated verb — and nothing on the way down from that
    clause to the act negates it: its verbs, the trigger and the light verb carry no negation
    of their own, and the trigger noun no determiner 'no'."""
    rules = undecided_rules()
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
           for h in (trigger, light) if h is not None for c in h.children):
        return False
    token = first_conjunct(light or trigger)
    for _ in range(int(rules.max_depth)):
        if token.dep_ not in rules.clause_deps or token.head.i == token.i:
            return False
        if any(c.dep_ == "neg" for c in token.children):
            return False
        if any(c.dep_ == "mark" and c.lower_ in rules.question_marks for c in token.children):
            return any(c.dep_ == "neg" for c in token.head.children)
        token = first_conjunct(token.head)
    return False
