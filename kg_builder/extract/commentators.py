"""Speakers who comment on the news rather than take part in it: 'Analysts said …', 'one
Tokyo dealer said …', 'analyst Rick Martin of Sanford C. Bernstein said …', a person the
article introduces as one ('Johsen Takahashi, chief economist at Mitsubishi Research
Institute' … 'Takahashi said …'). What such a speaker says a party should or must do is a
forecast or advice, no demand made of the party. Reads the ``commentators`` rule section (for
:mod:`.constructions.demand`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["CommentatorRules", "commentator_rules", "is_commentator"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentatorRules:
    """``rules/extract/commentators.json``."""

    commentator_nouns: Words
    role_deps: frozenset[str]
    name_tags: frozenset[str]


@cache
def commentator_rules() -> CommentatorRules:
    return load_section("commentators", CommentatorRules)


def _described_as_one(ctx: ReadContext, token: Token) -> bool:
    """'Analysts', 'market economists' (the noun itself), 'analyst Rick Martin', 'Harlan
    Ullman, an analyst at …', 'Takahashi, chief economist at …' (a role noun of
    ``commentator_nouns`` joined to the name by one of ``role_deps``)."""
    rules = commentator_rules()
    return ctx.lemmas[token.i] in rules.commentator_nouns or any(
        c.dep_ in rules.role_deps and ctx.lemmas[c.i] in rules.commentator_nouns
        for c in token.children)


def is_commentator(ctx: ReadContext, token: Token) -> bool:
    """Whether the speaker ``token`` is one of ``commentator_nouns``, or a name (a tag of
    ``name_tags``) that the article describes so wherever it writes the same word ('Energy
    analyst Edward Krapels' … 'Krapels said')."""
    if _described_as_one(ctx, token):
        return True
    if token.tag_ not in commentator_rules().name_tags:
        return False
    return any(other.text == token.text and _described_as_one(ctx, other)
               for other in ctx.doc if other.i != token.i)
