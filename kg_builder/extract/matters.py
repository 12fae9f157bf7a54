"""What an agreement or a talk is about is no party of it (issue 15, wrong target: a party
named only in the matter read as the one agreed or talked with). 'Moscow has agreed to discuss
the problems of Afghanistan' agrees nothing with Afghanistan; 'Delegates agreed to shelve
discussion of IADB reforms' nothing with the IADB; 'Yugoslavia and the UAE agreed to initiate
efforts to end the Iraq-Iran war' nothing with Iran. A party named by a noun of a matter
(``matter_nouns``: a problem, a question, the future, a discussion, a war) through a modifier,
a possessor or an 'of' phrase is what the act is about. A partner of the matter named with one
of ``partner_preps`` stays ('agreed to settle its dispute with Japan'), and so do the other sides
of a matter the agent is named in ('Iran agreed to end the Iran-Iraq war'). Reads the
``matters`` rule section; :func:`emit.emit` leaves such targets out.

Nor is the owner of what a verb of talking acts on (``topic_verbs``): 'The ministers discussed
Brazil's debt' talks with no one in Brazil, 'they will discuss issues ranging from China's
economic power to Iraq's future' with neither China nor Iraq (bbc-business-487, a development
row judged wrong target); 'discussed the debt with Brazil's finance minister' keeps its partner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["MatterRules", "about_matter", "matter_rules", "owns_what_is_discussed"]


@dataclass(frozen=True, slots=True, kw_only=True)
class MatterRules:
    """The ``matters`` section: see the comment in ``rules/extract/matters.json``."""

    categories: frozenset[str]
    matter_nouns: Words
    modifier_deps: frozenset[str]
    of_preps: Words
    partner_preps: Words
    tie_nouns: Words
    topic_verbs: Words
    owner_deps: frozenset[str]
    topic_path_deps: frozenset[str]


@cache
def matter_rules() -> MatterRules:
    return load_section("matters", MatterRules)


def about_matter(ctx: ReadContext, token: Token, *, category: str,
                 agents: list[Token]) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` names a party only as
    what a noun of ``matter_nouns`` is about: the noun itself, standing for the party of its
    modifier, possessor or phrase of ``of_preps`` ('the problems of Afghanistan', 'discussion of
    IADB reforms', 'the Iraq-Iran war'), or that modifier or object itself — unless the noun
    names its partner with one of ``partner_preps`` ('its dispute with Japan'), or one of the
    ``agents`` is named in it too (a side of the matter acts on its other side)."""
    rules = matter_rules()
    if category not in rules.categories:
        return False
    token = first_conjunct(token)  # "of Afghanistan and Cambodia"
    matter = _matter_of(ctx, token, rules)
    if matter is None:
        return False
    mid = mention_for(ctx, token)
    partners = {mention_for(ctx, o) for p in matter.children
                if p.dep_ == "prep" and p.lower_ in rules.partner_preps
                for o in p.children if o.dep_ == "pobj"}  # "its dispute with Japan"
    if mid is None or mid in partners:
        return False
    sides = [m for t in _named_in(matter, rules) if (m := mention_for(ctx, t)) is not None]
    doers = [m for a in agents if (m := mention_for(ctx, a)) is not None]
    return not any(_alike(ctx, a, s) for a in doers for s in sides)


def owns_what_is_discussed(ctx: ReadContext, token: Token, *, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` is only the owner
    (one of ``owner_deps``: "Brazil's debt", or that noun standing for its owner) of a noun
    inside what a verb of ``topic_verbs`` acts on: its object, or a noun reached from it through
    ``topic_path_deps`` ('discuss issues ranging from China's economic power'), passing no
    phrase of ``partner_preps`` ('discussed the debt with Brazil's finance minister': the
    partner stays)."""
    rules = matter_rules()
    if category not in rules.categories:
        return False
    token = first_conjunct(token)  # "Brazil's and Mexico's debts"
    if token.dep_ in rules.owner_deps:
        step = token.head
    elif any(c.dep_ in rules.owner_deps for c in token.children) and (
            mention_for(ctx, token) in {ctx.by_token.get(c.i) for c in token.children
                                        if c.dep_ in rules.owner_deps}):
        step = token  # "Brazil's debt" found as the noun that stands for its owner (a
        # lookup of the owner's mention, no new one: "his EU counterparts" stands for the EU)
    else:
        return False
    while step.dep_ in rules.topic_path_deps and not (
            step.dep_ == "prep" and step.lower_ in rules.partner_preps):
        step = step.head  # up to the noun the verb acts on; the root's dep is none of these
    return step.dep_ == "dobj" and ctx.lemmas[step.head.i] in rules.topic_verbs


def _alike(ctx: ReadContext, a: int, b: int) -> bool:
    """Two mentions of one party before resolution: the same name, or the same state."""
    x, y = ctx.mention(a), ctx.mention(b)
    return a == b or x.name.lower() == y.name.lower() or (
        x.hint is not None and x.hint == y.hint and x.kind == y.kind == "State")


def _matter_of(ctx: ReadContext, token: Token, rules: MatterRules) -> Token | None:
    """The noun of a matter ``token`` is, or names the party of (as its modifier, possessor or
    the object of its phrase of ``of_preps``, or the partner of one of ``tie_nouns`` in a phrase
    of the matter that no one owns: 'the crisis in trade relations with Japan'), else None."""
    if _is_matter(ctx, token, rules):
        return token
    head = token.head
    if token.dep_ in rules.modifier_deps and _is_matter(ctx, head, rules):
        return head  # "the Iraq-Iran war", "Japan's problems"
    if token.dep_ == "pobj" and head.lower_ in rules.of_preps and _is_matter(ctx, head.head, rules):
        return head.head  # "the problems of Afghanistan"
    tie = head.head
    if token.dep_ == "pobj" and head.lower_ in rules.partner_preps and (
            ctx.lemmas[tie.i] in rules.tie_nouns) and tie.dep_ == "pobj" and (
            _is_matter(ctx, tie.head.head, rules)) and not any(
            c.dep_ == "poss" for c in tie.children):  # not "the future of its relations with X"
        return tie.head.head  # "the growing crisis in trade relations with Japan"
    return None


def _is_matter(ctx: ReadContext, token: Token, rules: MatterRules) -> bool:
    return token.pos_ == "NOUN" and ctx.lemmas[token.i] in rules.matter_nouns


def _named_in(matter: Token, rules: MatterRules) -> list[Token]:
    """The words of the matter's modifiers, possessors and phrases of ``of_preps``: where the
    sides it is about are named (not an apposition the parser hung on it)."""
    return [t for c in matter.children
            if c.dep_ in rules.modifier_deps or (c.dep_ == "prep" and c.lower_ in rules.of_preps)
            for t in c.subtree]
