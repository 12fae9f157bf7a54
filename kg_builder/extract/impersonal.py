"""Agents that are no actor (events30, `not an event`): a force of nature, a disease or a crisis
named after a party — 'The Brazilian drought threatens Argentina', "Japan's earthquake killed
…", 'the Mexican debt crisis threatened Brazil', 'a Chinese flu epidemic threatens Britain'. The
party is only the noun's modifier or possessor (or a state's demonym read as the noun itself):
what the force does is no act of the party, and a storm or a virus acts on no one (CAMEO codes
what political actors do). The nouns are kept by the class of things they are (weather and
disasters, diseases, crises of the economy), not by names of storms: the ``impersonal`` rule
section. A party itself acting stays ('Brazil threatens Argentina'); so does fire, which is
also what soldiers shoot ('Israeli fire killed two men'). Read by :func:`emit.emit`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for, names_itself
from .rules import Words, load_section

__all__ = ["ImpersonalRules", "impersonal_agent"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ImpersonalRules:
    """The ``impersonal`` section: see the comment in ``rules/extract/impersonal.json``."""

    natural_nouns: Words
    disease_nouns: Words
    crisis_nouns: Words


@cache
def impersonal_rules() -> ImpersonalRules:
    return load_section("impersonal", ImpersonalRules)


@cache
def _force_nouns() -> frozenset[str]:
    rules = impersonal_rules()
    return rules.natural_nouns | rules.disease_nouns | rules.crisis_nouns


def impersonal_agent(ctx: ReadContext, token: Token) -> bool:
    """Whether the agent ``token`` is a force of nature, a disease or a crisis whose party is
    only its modifier or possessor ('the Brazilian drought', "Japan's earthquake", 'the
    Mexican debt crisis'), or a party the parser made a second subject beside one: no act of
    that party."""
    if _beside_a_force(ctx, token):
        return True
    if ctx.lemmas[token.i] not in _force_nouns():
        return False
    mid = mention_for(ctx, token)  # "the Brazilian drought": a demonym read as the noun itself
    return mid is not None and (not names_itself(ctx, token) or ctx.mention(mid).how == "demonym")


def _beside_a_force(ctx: ReadContext, token: Token) -> bool:
    """'A very strong earthquake that struck southwest Japan killed one person': the parser
    made the party named in the force's relative clause a second subject of the verb; a verb
    whose other subject is a force acts on no one for the party."""
    if token.dep_ != "nsubj":
        return False
    return any(c.dep_ == "nsubj" and c.i != token.i and ctx.lemmas[c.i] in _force_nouns()
               for c in token.head.children)
