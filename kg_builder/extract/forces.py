"""Forces a party moves are its own (issue 15, wrong-target class): 'Petrobras asked the Army to
withdraw the troops which were occupying its oil installations', 'the rebels agreed to withdraw
their forces from the town', 'the withdrawal of the troops': the troops withdrawn, deployed or
sent are the mover's, not the party the act is done to (that one is where they go or leave:
'Israel withdrew its troops from Lebanon'). Forces named with a party of their own stay ('urged
the withdrawal of Soviet troops' is aimed at the Soviet Union). Reads the ``forces`` rule
section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["ForceRules", "moved_forces"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ForceRules:
    """The ``forces`` section: see the comment in ``rules/extract/forces.json``."""

    force_nouns: Words
    moving_verbs: Words
    moving_nouns: Words
    own_deps: Words


@cache
def force_rules() -> ForceRules:
    return load_section("forces", ForceRules)


def _mover(ctx: ReadContext, token: Token) -> bool:
    """The token is what a verb of moving forces acts on ('withdraw the troops'), or what a
    noun of such a move is of ('the withdrawal of the troops')."""
    rules = force_rules()
    token = first_conjunct(token)  # "its troops and tanks"
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass"):
        return ctx.lemmas[head.i] in rules.moving_verbs
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
        and ctx.lemmas[head.head.i] in rules.moving_nouns


def moved_forces(ctx: ReadContext, token: Token) -> bool:
    """Whether the target ``token`` names forces moved by the act — a group of ``force_nouns``
    with no party named in it (only a determiner or a possessive pronoun: 'the troops', 'their
    forces'), the object of a verb of moving them or what a noun of such a move is of."""
    rules = force_rules()
    if ctx.lemmas[token.i] not in rules.force_nouns or not _mover(ctx, token):
        return False
    mid = mention_for(ctx, token)
    if mid is None:
        return False
    m = ctx.mention(mid)
    if m.how != "group" or m.hint is not None:
        return False  # "Soviet troops", "Syria's forces": named with their party
    return not any(c.dep_ in rules.own_deps and c.pos_ != "PRON"
                   and (c.ent_type_ or c.i in ctx.by_token) for c in token.children)
