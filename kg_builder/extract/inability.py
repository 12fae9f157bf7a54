"""An act a negated modal of ability frames did not happen, or will not: 'ICO producers and
consumers could not agree on export quotas at a council meeting last week', 'The US says it
cannot support the plan'. The modal is one of the hedge words of the ``framing`` section,
which would hedge the act ('may not have happened'); but 'could not agree' states plainly that
no agreement was reached: negated, not hedged — unless a condition ('If supplies were cut,
Iran could not continue the war'), a question or an infinitive frames it. Reads the
``inability`` rule section; :func:`.emit.emit` asserts the negation this finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .framing import first_conjunct
from .rules import Words, load_section

__all__ = ["InabilityRules", "inability_rules", "is_inability"]


@dataclass(frozen=True, slots=True, kw_only=True)
class InabilityRules:
    """The ``inability`` section: see the comment in ``rules/extract/inability.json``."""

    ability_modals: Words
    other_hedges: Words
    condition_marks: Words
    clause_deps: frozenset[str]


@cache
def inability_rules() -> InabilityRules:
    return load_section("inability", InabilityRules)


def is_inability(governor: Token) -> bool:
    """'could not agree on export quotas', 'said it could not accept the proposal', 'cannot
    support the plan': the verb of the act (``governor``, or the first verb it is coordinated
    with) has one of ``ability_modals`` and a negation, no other of ``other_hedges`` (the
    modals and hedging adverbs: 'could not possibly agree' stays hedged), heads a clause of
    its own (its dependency one of ``clause_deps``: not an infinitive or a relative clause),
    no adverbial clause opened by one of ``condition_marks`` hangs from it, and the sentence
    asks nothing ('Could Britain not support the plan?')."""
    rules = inability_rules()
    verb = first_conjunct(governor)
    children = list(verb.children)
    if verb.dep_ not in rules.clause_deps or not any(c.dep_ == "neg" for c in children):
        return False
    auxiliaries = [c.lower_ for c in children if c.dep_ in ("aux", "advmod")]
    if not any(a in rules.ability_modals for a in auxiliaries) or any(
            a in rules.other_hedges and a not in rules.ability_modals for a in auxiliaries):
        return False
    if any(c.dep_ == "mark" and c.lower_ in rules.condition_marks for c in children) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in rules.condition_marks
                                      for m in c.children) for c in children):
        return False  # "If supplies were cut, Iran could not continue the war"
    return not any(t.text == "?" for t in verb.sent)
