"""Passives whose patient stands outside their own clause (issue 15, recall): a past
participle with a 'by' phrase that modifies a noun ('Tony Blair, criticised by the
Conservatives over the war, said …', 'the minister, accused by Labour of misleading
Parliament'), one set before or after the clause it belongs to ('Criticised by the
Conservatives, Tony Blair said …'), and a relative clause in the passive ('Tony Blair, who
was criticised by the Conservatives, said …'). Each is read as the full passive is: the 'by'
phrase is the agent, and the one acted on is the noun the participle modifies, the subject of
the clause it belongs to, or the name the relative clause describes. What a thing
criticised stands for is left to the readers of the full passive ('Japan's decision, criticised
by the United States': Japan; 'The move, criticised by Germany': no one named). Reads the
``reduced_passives`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for
from .rules import load_section
from .syntax import passive_subjects, subjects, with_conjuncts

__all__ = ["ReducedPassiveRules", "acted_on", "is_reduced_passive", "passive_patients",
           "reduced_passive_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReducedPassiveRules:
    """The ``reduced_passives`` section: see the comment in
    ``rules/extract/reduced_passives.json``."""

    participle_tags: frozenset[str]
    agent_deps: frozenset[str]
    modifier_deps: frozenset[str]
    clause_deps: frozenset[str]
    noun_pos: frozenset[str]
    verb_pos: frozenset[str]
    relative_deps: frozenset[str]
    relative_subject_deps: frozenset[str]
    relative_pronoun_tags: frozenset[str]
    own_subject_deps: frozenset[str]


@cache
def reduced_passive_rules() -> ReducedPassiveRules:
    return load_section("reduced_passives", ReducedPassiveRules)


def is_reduced_passive(verb: Token) -> bool:
    """A past participle with no subject or passive auxiliary of its own and a 'by' phrase,
    modifying a noun or a clause ('the minister, accused by Labour of …', 'Criticised by the
    Conservatives, Tony Blair said …')."""
    rules = reduced_passive_rules()
    return (verb.tag_ in rules.participle_tags
            and verb.dep_ in rules.modifier_deps | rules.clause_deps
            and any(c.dep_ in rules.agent_deps for c in verb.children)
            and not any(c.dep_ in rules.own_subject_deps for c in verb.children))


def _described(verb: Token) -> Token | None:
    """The noun a reduced passive modifies ('the minister, accused by Labour'), or that a passive
    relative clause with a relative pronoun as its subject describes ('Tony Blair, who was
    criticised by the Conservatives'); None otherwise."""
    rules = reduced_passive_rules()
    head = verb.head
    if head.pos_ not in rules.noun_pos or head.i == verb.i:
        return None
    if verb.dep_ in rules.modifier_deps and is_reduced_passive(verb):
        return head
    if verb.dep_ in rules.relative_deps and any(
            c.dep_ in rules.relative_subject_deps and c.tag_ in rules.relative_pronoun_tags
            for c in verb.children):
        return head
    return None


def acted_on(ctx: ReadContext, verb: Token) -> list[Token]:
    """Who the passive ``verb`` acts on when its clause does not name it: the noun a reduced
    passive modifies or a passive relative clause describes, with its conjuncts; the subject of
    the clause a reduced passive belongs to; of these, those that name a party or stand for one
    ("Japan's decision"). Nothing otherwise (a passive with its own subject is read by its
    readers as before); a reduced passive that acts on no party is read no further (the
    caller's business: 'The move, criticised by Germany' criticises no one named)."""
    rules = reduced_passive_rules()
    described = _described(verb)
    head = verb.head
    if described is not None:
        found = with_conjuncts(ctx, described)
    elif is_reduced_passive(verb) and verb.dep_ in rules.clause_deps and (
            head.pos_ in rules.verb_pos and head.i != verb.i):
        found = subjects(ctx, head)
    else:
        return []
    return [t for t in found if mention_for(ctx, t) is not None]



def passive_patients(ctx: ReadContext, verb: Token, *, object_is_thing: bool) -> list[Token] | None:
    """Whom the passive ``verb`` acts on: :func:`acted_on`, else its own passive subjects (see
    :func:`~.syntax.passive_subjects`); None when nothing is to be read — a reduced passive that
    acts on no party ('The move, criticised by Germany'), or one whose noun holds the place of
    an object that is the thing moved (``object_is_thing``: 'an inspector sent to Iran by the
    United Nations', 'borrowing authority, which is granted by Parliament'), not the party
    acted on."""
    found = acted_on(ctx, verb)
    if (found or is_reduced_passive(verb)) and (not found or object_is_thing):
        return None
    return found or passive_subjects(ctx, verb)
