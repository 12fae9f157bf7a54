"""'the two sides', 'both countries', 'the two companies': two parties the article named together
before. 'Nigeria and Barclays Bank said in a joint statement … The statement was issued during
a two-day meeting between the two sides': the meeting is Nigeria's with Barclays and Barclays'
with Nigeria. Reads the ``pairs`` rule section.

A plural noun of ``pair_nouns`` with "the two" or "both" and no phrase of its own that names its
members ('the two sides in the port dispute' names a dispute, not who) stands for the last two
parties coordinated alone ("X and Y", no third party among the conjuncts) in its sentence before
it or in the ``back_sentences`` before that, both of a kind the noun fits ('countries' are states,
'companies' companies, 'sides' any party). With no such pair, the noun is read as it stands ('The
two men were charged with murder by police': a group).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import PLACE_KINDS
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["PairRules", "expand_pairs", "pair_members"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PairRules:
    """``rules/extract/pairs.json``."""

    pair_nouns: dict[str, tuple[str, ...]]
    two_words: Words
    both_words: Words
    own_preps: Words
    back_sentences: float


@cache
def pair_rules() -> PairRules:
    return load_section("pairs", PairRules)


def _is_pair(ctx: ReadContext, token: Token) -> bool:
    """'the two sides', 'both countries' (not 'two sides', 'the two sides of the dispute')."""
    rules = pair_rules()
    if ctx.lemmas[token.i] not in rules.pair_nouns or token.tag_ not in ("NNS", "NNPS"):
        return False
    left = [c for c in token.children if c.i < token.i]
    two = any(c.dep_ == "nummod" and c.lower_ in rules.two_words for c in left) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in left)
    both = any(c.dep_ in ("det", "predet", "preconj") and c.lower_ in rules.both_words
               for c in left)
    own = any(c.dep_ == "prep" and c.lower_ in rules.own_preps for c in token.children)
    return (two or both) and not own


def _fits(ctx: ReadContext, token: Token, kinds: tuple[str, ...]) -> bool:
    mid = ctx.by_token.get(token.i)
    if mid is None:
        return False
    kind = ctx.mention(mid).kind
    return kind is not None and kind not in PLACE_KINDS and (not kinds or kind in kinds)


def pair_members(ctx: ReadContext, token: Token) -> list[Token] | None:
    """The two tokens naming the parties ``token`` ('the two sides') stands for, or None when
    it is no such noun; [] when it is one but the article named no fitting pair before it."""
    if not _is_pair(ctx, token):
        return None
    rules = pair_rules()
    kinds = rules.pair_nouns[ctx.lemmas[token.i]]
    first = max(0, ctx.sentence_of(token) - int(rules.back_sentences))
    start = ctx.sent_starts[first]
    for i in range(token.i - 1, start - 1, -1):
        head = ctx.doc[i]
        if head.dep_ == "conj" or not any(c.dep_ == "conj" for c in head.children):
            continue
        named = [t for t in _conjuncts(head) if t.i in ctx.by_token]
        if len(named) == 2 and all(_fits(ctx, t, kinds) and t.i < token.i for t in named) and (
                ctx.by_token[named[0].i] != ctx.by_token[named[1].i]):
            return named
    return []


def _conjuncts(head: Token) -> list[Token]:
    """``head`` and its conjuncts ('A, B and C'; also 'claims, Nigeria and Barclays', where
    the parser put a noun before the two names in their list)."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def expand_pairs(ctx: ReadContext, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each 'the two sides' replaced by the two parties it stands for."""
    out: list[Token] = []
    for token in tokens:
        out.extend(pair_members(ctx, token) or [token])  # no pair: read as it stands
    return out
