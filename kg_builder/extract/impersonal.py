"""Agents that are no actor (events30, `not an event`): a force of nature, a disease or a crisis
named after a party — 'The Brazilian drought threatens Argentina', "Japan's earthquake killed
…", 'the Mexican debt crisis threatened Brazil', 'a Chinese flu epidemic threatens Britain'. The
party is only the noun's modifier or possessor (or a state's demonym read as the noun itself):
what the force does is no act of the party, and a storm or a virus acts on no one (CAMEO codes
what political actors do). The nouns are kept by the class of things they are (weather and
disasters, diseases, crises of the economy), not by names of storms: the ``impersonal`` rule
section. A party itself acting stays ('Brazil threatens Argentina'); so does fire, which is
also what soldiers shoot ('Israeli fire killed two men'). Two ways a storm still came out as a
party (issue 15, held-out audits v24 and v25 judged them `not an event`): the parser put a party
the force struck in the force's relative clause as the subject of what the force did ('A very
strong earthquake which struck southwest Japan killed one person', Japan the subject of
'killed' inside the relative clause), and a storm called by its given name ('Ivan battered
Grenada, … before the storm moved on'): a one-word name of a person doing force in a sentence
whose own words call something a storm (a lower-case noun of ``natural_nouns``, not 'a storm of
protest') is the storm, by the sentence's words, not by a list of storm names. Read by
:func:`emit.emit`.
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
    force_categories: frozenset[str]
    name_tags: frozenset[str]
    figurative_preps: Words
    clause_deps: Words


@cache
def impersonal_rules() -> ImpersonalRules:
    return load_section("impersonal", ImpersonalRules)


@cache
def _force_nouns() -> frozenset[str]:
    rules = impersonal_rules()
    return rules.natural_nouns | rules.disease_nouns | rules.crisis_nouns


def impersonal_agent(ctx: ReadContext, token: Token, *, category: str | None = None) -> bool:
    """Whether the agent ``token`` is a force of nature, a disease or a crisis whose party is
    only its modifier or possessor ('the Brazilian drought', "Japan's earthquake", 'the
    Mexican debt crisis'), or a party the parser made a second subject beside one or a subject
    inside its relative clause, or (for an event of PLOVER ``category`` among the force
    categories) a storm called by its given name: no act of that party."""
    if _beside_a_force(ctx, token) or _inside_a_force_clause(ctx, token):
        return True
    if category in impersonal_rules().force_categories and _named_storm(ctx, token):
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


def _inside_a_force_clause(ctx: ReadContext, token: Token) -> bool:
    """'A very strong earthquake which struck southwest Japan killed one person': the parser
    hung 'Japan killed …' inside the relative clause of 'earthquake'; a subject whose clause
    climbs (through clauses and conjuncts of ``clause_deps``) to a relative clause of a force
    is struck by it, no actor."""
    if token.dep_ != "nsubj":
        return False
    rules = impersonal_rules()
    verb = token.head
    for _ in range(4):  # a few clauses up, no further
        if verb.dep_ == "relcl":
            return ctx.lemmas[verb.head.i] in _force_nouns()
        if verb.dep_ not in rules.clause_deps or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _named_storm(ctx: ReadContext, token: Token) -> bool:
    """'Ivan battered Grenada last week, killing 39 people, before the storm moved on to
    Jamaica': a person's one-word name (an entity of ``name_tags``) doing force in a sentence
    that goes on with a force of nature as a subject, named with a lower-case noun ('the storm
    moved on', 'the hurricane is heading for Cuba'; not one of ``figurative_preps`` after it:
    'a storm of protest grew'), is the storm's given name; a force only named ('Mugabe attacked
    Britain after the floods') leaves the person acting."""
    if token.ent_type_ not in impersonal_rules().name_tags:
        return False
    ent = ctx.ent_at(token.i)
    if ent is None or len(ent) != 1:
        return False
    sentence = token.sent
    return any(_storm_word(ctx, t) for t in sentence if t.i != token.i)


def _storm_word(ctx: ReadContext, token: Token) -> bool:
    """A common noun of a force of nature that is a subject ('the storm moved on'), not said
    of something else ('a storm of protest', 'a flood of imports')."""
    rules = impersonal_rules()
    if token.tag_ not in ("NN", "NNS") or ctx.lemmas[token.i] not in rules.natural_nouns:
        return False
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in rules.figurative_preps
                   for c in token.children)
