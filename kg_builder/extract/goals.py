"""The party of an aim is not the party of the promise or agreement to pursue it (issue 15,
wrong target: the goal of a pledge read as a party): 'Tokyo agreed with its partners in Geneva
to seek a compromise with the Diet' is an agreement with the partners, not with the Diet; 'The
government pledged to reach a settlement with the unions' agrees nothing with the unions yet.
Reads the ``goals`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .rules import Words, load_section

__all__ = ["GoalRules", "goal_partner", "goal_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class GoalRules:
    """The ``goals`` section: see the comment in ``rules/extract/goals.json``."""

    categories: frozenset[str]
    goal_verbs: Words
    aim_verbs: Words
    partner_preps: Words
    clause_deps: frozenset[str]


@cache
def goal_rules() -> GoalRules:
    return load_section("goals", GoalRules)


def goal_partner(token: Token, *, trigger: Token, light: Token | None, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` is the partner of an
    aim: the object of a phrase of ``partner_preps`` on the object of one of ``goal_verbs`` (or
    on the verb), an infinitive that hangs from the trigger or its light verb through
    ``clause_deps`` ('agreed … to seek a compromise with the Diet'). Where the goal verb is the
    act's own light verb, only one of ``aim_verbs`` makes an aim ('agreed to seek a pay deal with
    British Rail'); otherwise its partner is the act's ('hopes to reach an agreement with the
    United States', 'was unable to reach an agreement with Iran')."""
    rules = goal_rules()
    if category not in rules.categories:
        return False
    token = first_conjunct(token)
    if token.dep_ != "pobj" or token.head.lower_ not in rules.partner_preps:
        return False
    verb = token.head.head
    if verb.dep_ == "dobj":
        verb = verb.head
    if verb.lemma_.lower() not in rules.goal_verbs or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    acts = {h.i for h in (trigger, light) if h is not None}
    if verb.i in acts:  # the act's own light verb: its partner, unless only sought
        return verb.lemma_.lower() in rules.aim_verbs  # "to seek a deal with X"; not "to reach
        # an agreement with Iran"
    while verb.i not in acts:
        if verb.dep_ not in rules.clause_deps or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True
