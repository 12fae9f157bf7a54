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
    return any(i != token.i for i in _described_names(ctx).get(token.text, ()))


def _described_names(ctx: ReadContext) -> dict[str, tuple[int, ...]]:
    """Each word of the document that :func:`_described_as_one` holds for, with the positions
    where it does: found once per document (a sentence may ask it many times)."""
    if ctx.commentator_names is None:
        names: dict[str, list[int]] = {}
        for t in ctx.tokens:
            if _described_as_one(ctx, t):
                names.setdefault(t.text, []).append(t.i)
        ctx.commentator_names = {k: tuple(v) for k, v in names.items()}
    return ctx.commentator_names
