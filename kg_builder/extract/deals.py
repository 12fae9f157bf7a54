"""A company's business bought or sold is no party of the agreement to buy or sell it (issue
15, the party search): 'Nuclear Support Services Inc agreed to buy the business and assets of
ITT Henze Service from ITT Corp', 'agreed to sell its European business to Ferruzzi', 'agreed
to sell control of the firms to Canadian interests' — a purchase between companies, no event
between two actors, whichever party or home state the search finds in it. Goods traded stay
('Costa Rica has agreed to sell 32,000 tonnes of sugar to the Soviet Union'), and so do other
acts agreed ('agreed to supply Iran with oil'). Reads the ``deals`` rule section; read by
``constructions/verb_triggers.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["DealRules", "in_business_transfer"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DealRules:
    """The ``deals`` section: see the comment in ``rules/extract/deals.json``."""

    deal_categories: frozenset[str]
    transfer_verbs: Words
    business_nouns: Words
    business_kinds: frozenset[str]
    share_preps: Words


@cache
def deal_rules() -> DealRules:
    return load_section("deals", DealRules)


def _business(ctx: ReadContext, obj: Token, rules: DealRules) -> bool:
    """'the business and assets of X', 'control of the firms', '2.6 mln of the shares',
    'ITT Henze Service' (a company): what a company buys or sells when it trades in companies."""
    heads = [obj, *[o for p in obj.children if p.dep_ == "prep" and p.lower_ in rules.share_preps
                    for o in p.children if o.dep_ == "pobj"]]
    for head in heads:
        if ctx.lemmas[head.i] in rules.business_nouns or head.lower_ in rules.business_nouns:
            return True
        mid = mention_for(ctx, head)
        if mid is not None and ctx.mention(mid).kind in rules.business_kinds:
            return True
    return False


def in_business_transfer(ctx: ReadContext, verb: Token, target: Token, *, category: str) -> bool:
    """Whether ``target`` lies in ``verb`` or an infinitive of it that buys or sells a
    business ('agreed to buy the business of X from Y', 'agreed to sell its unit to Y'; the
    intent reader's act is 'buy' itself)."""
    rules = deal_rules()
    if category not in rules.deal_categories:
        return False
    for clause in (verb, *verb.children):
        if (clause is not verb and clause.dep_ != "xcomp") or (
                ctx.lemmas[clause.i] not in rules.transfer_verbs):
            continue
        objects = [o for o in clause.children if o.dep_ == "dobj"]
        if any(_business(ctx, o, rules) for o in objects) and any(
                t.i == target.i for t in clause.subtree):
            return True
    return False
