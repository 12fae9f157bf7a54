"""The one whose employee or member an act is done to is not its target (issue 15, wrong
target: the employer instead of the person): 'Australian police said they charged a former
clerk of Westpac Banking Corp with fraud' charges the clerk, not Westpac; 'arrested an
employee of the embassy' arrests no embassy; 'insider dealing charges against a former
employee of British and Commonwealth Shipping Co Plc' accuse the employee, not the company. Only
acts done to a person's body or liberty, and accusing or charging a person, count: a verdict or a demand addressed to someone's staff may be the employer's. Reads the
``employers`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["EmployerRules", "employer_of_target", "employer_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class EmployerRules:
    """The ``employers`` section: see the comment in ``rules/extract/employers.json``."""

    events: frozenset[str]
    role_nouns: Words
    employer_preps: Words


@cache
def employer_rules() -> EmployerRules:
    return load_section("employers", EmployerRules)


def employer_of_target(ctx: ReadContext, token: Token, *, event: str) -> bool:
    """Whether the target ``token`` of one of ``events`` is a noun of ``role_nouns`` that
    stands for the party its phrase of ``employer_preps`` names ('a former clerk of Westpac'),
    or that party itself, named only as the employer of the one acted on."""
    rules = employer_rules()
    if event not in rules.events:
        return False
    mid = mention_for(ctx, token)
    if mid is None:
        return False
    role = token
    if token.dep_ == "pobj" and token.head.lower_ in rules.employer_preps:
        role = token.head.head
    if role.lemma_.lower() not in rules.role_nouns:
        return False
    span = ctx.mention(mid).span
    if span.begin <= role.idx < span.end:
        return False  # the noun is part of a name ('the Westpac Staff Association')
    return any(mention_for(ctx, o) == mid for p in role.children
               if p.dep_ == "prep" and p.lower_ in rules.employer_preps
               for o in p.children if o.dep_ == "pobj")
