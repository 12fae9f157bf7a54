"""Units named by their own names: a unit noun with an owner's possessive and a company's name
right before it ('GenCorp said its RKO General Inc subsidiary completed the sale', 'Delta Air
Lines' Comair subsidiary') is that named company, not a unit of it called 'its RKO General Inc
subsidiary': the name before the noun names the unit, the possessive its owner. Read by
:mod:`.mentions` before it makes a unit of a named organisation (its ``_sub_unit``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import ORG_KINDS, Fact
from .context import ReadContext

__all__ = ["named_unit"]


def named_unit(ctx: ReadContext, token: Token) -> int | None:
    """The mention a unit noun ``token`` names by the company's name right before it, where an
    owner's possessive ('its', "Delta Air Lines'") comes before that name; None where it does
    not ('the U.N. war crimes court', "Russia's Gazprombank branch" without a name of its own
    between owner and noun is read as a unit elsewhere). The owner, where the article names it,
    is the parent: '… Comair' ``subsidiaryOf`` 'Delta Air Lines'."""
    if token.i == 0 or (named := ctx.by_token.get(token.i - 1)) is None:
        return None
    unit = ctx.mention(named)
    if unit.kind not in ORG_KINDS:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.idx < unit.span.begin), None)
    if owner is None:
        return None
    parent = ctx.by_token.get(owner.i)
    if parent is not None and parent != named and ctx.mention(parent).kind in ORG_KINDS:
        ctx.out.facts.append(Fact(subject=f"m:{named}", relation="subsidiaryOf",
                                  object=f"m:{parent}", evidence=ctx.sentence_span(token)))
    return named
