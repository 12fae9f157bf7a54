"""Whose a bare definite thing is: 'the plans' after 'Tory plans to cut immigration …'.

A definite thing noun that names no owner in its own phrase ('Dave Prentis criticised the
plans', 'Labour claims the policy is … a "desperate attempt"') stands for the owner of the
nearest earlier phrase of the article with the same head (or, when there is none, a
near-synonym: ``heads`` makes 'plan', 'proposal', 'scheme' and 'policy' one thing; 'the plans'
after 'EU asylum policy' and 'the Tory plans' are the Tories'), that names its owner: a
possessive or a party's or state's name or adjective before it ("Labour's pledges", 'the Tory
plans'), or a phrase of ``owner_preps`` ('the proposals from the Home Office'). Bare definite
repeats between the two ('the plans would …') are the same thing and are passed over; any other
earlier phrase with that head ('Labour would set out workable plans') ends the search with no
owner, and so do two earlier phrases naming different owners and an owned phrase more than
``max_sentences`` sentences back. A thing that is the subject of a verb other than
``judging_verbs`` ('the plans … threatened to leave the Community with no cash') stands for no
one: a judgment of the thing ('the decision is economically irresponsible') is of its owner, its
acts are not. Reads the ``owners`` rule section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import PLACE_KINDS
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["OwnerRules", "earlier_owner", "maker"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OwnerRules:
    """``rules/extract/owners.json``."""

    heads: dict[str, str]
    determiners: Words
    owner_modifiers: Words
    judging_verbs: Words
    owner_preps: Words
    max_sentences: float
    making_verbs: Words
    acted_on_deps: Words


@cache
def owner_rules() -> OwnerRules:
    return load_section("owners", OwnerRules)


def maker(ctx: ReadContext, token: Token, *, find: Callable[[Token], int | None]) -> int | None:
    """The party that made the thing ``token`` acted on, named by the 'by' phrase of its
    participle of ``making_verbs``: 'objected to a customs user fee imposed by the U.S.
    Government' objects to the United States. A thing that acts is no one ('the tariffs
    imposed by Washington hit Japanese exporters')."""
    rules = owner_rules()
    if ctx.pos[token.i] != "NOUN" or token.dep_ not in rules.acted_on_deps:
        return None
    for made in token.children:
        if made.dep_ != "acl" or made.tag_ != "VBN" or ctx.lemmas[made.i] not in rules.making_verbs:
            continue
        for by in made.children:
            for obj in by.children if by.dep_ == "agent" else ():
                mid = find(obj) if obj.dep_ == "pobj" else None
                if mid is not None and ctx.mention(mid).kind not in PLACE_KINDS:
                    return mid
    return None


def earlier_owner(ctx: ReadContext, token: Token, *,
                  find: Callable[[Token], int | None]) -> int | None:
    """The mention of the owner of the thing the bare definite ``token`` ('the plans') refers
    back to, or None. ``find`` is the mention of an argument, without this resolution."""
    rules = owner_rules()
    group = rules.heads.get(ctx.lemmas[token.i])
    if group is None or ctx.pos[token.i] != "NOUN" or not _bare_definite(ctx, token, rules):
        return None
    if token.dep_ == "nsubj" and ctx.lemmas[token.head.i] not in rules.judging_verbs:
        return None  # 'The plans … threatened to leave the Community with no cash': no actor
    start = ctx.sent_starts[max(ctx.sentence_of(token) - int(rules.max_sentences), 0)]
    earlier = [ctx.tokens[i] for i in range(token.i - 1, start - 1, -1)
               if ctx.pos[i] == "NOUN" and ctx.tokens[i].dep_ != "compound"
               and rules.heads.get(ctx.lemmas[i]) == group]
    # the same word first ('the policy' is 'EU asylum policy' before 'the Tory plans'), a
    # near-synonym only when the article has no earlier phrase with the same word
    same = [t for t in earlier if ctx.lemmas[t.i] == ctx.lemmas[token.i]]
    return _owner_of(ctx, same or earlier, rules, find=find)


def _owner_of(ctx: ReadContext, earlier: list[Token], rules: OwnerRules, *,
              find: Callable[[Token], int | None]) -> int | None:
    """The owner of the nearest of the ``earlier`` phrases (nearest first) that names one, when
    no phrase before it without an owner ends the search and no other names another owner."""
    found: int | None = None
    keys: set[str] = set()
    for phrase in earlier:
        owner = _own_owner(ctx, phrase, rules, find=find)
        if owner is None:
            if found is None and not _bare_definite(ctx, phrase, rules):
                return None  # 'workable plans', 'plans to use Whitehall cash': no owner named
            continue
        found = owner if found is None else found
        keys.add(_key(ctx, owner))
    return found if len(keys) == 1 else None


def _bare_definite(ctx: ReadContext, token: Token, rules: OwnerRules) -> bool:
    """'the plans', 'these proposals': a definite determiner and nothing before the noun that
    could name an owner (a possessive, a name, one of ``owner_modifiers``: 'the government
    plans' are the government's)."""
    return any(c.dep_ == "det" and c.lower_ in rules.determiners for c in token.children) \
        and not any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (
            c.i in ctx.by_token or ctx.lemmas[c.i] in rules.owner_modifiers))
            for c in token.children)


def _own_owner(ctx: ReadContext, thing: Token, rules: OwnerRules, *,
               find: Callable[[Token], int | None]) -> int | None:
    """The party ``thing``'s own phrase names as its owner ('Tory plans', "Labour's pledges",
    'plans by the Home Office'), or None."""
    found = find(thing)
    if found is not None and ctx.mention(found).kind not in PLACE_KINDS and not (
            ctx.mention(found).span.begin <= thing.idx < ctx.mention(found).span.end):
        return found
    for prep in thing.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in rules.owner_preps:
            for obj in prep.children:
                mid = find(obj) if obj.dep_ == "pobj" else None
                if mid is not None and ctx.mention(mid).kind not in PLACE_KINDS:
                    return mid
    return None


def _key(ctx: ReadContext, mid: int) -> str:
    """One name per party: 'Tory', 'Tories' and 'the Conservatives' are one owner."""
    mention = ctx.mention(mid)
    known = ctx.gaz.org(mention.name)
    if known is not None:
        return known.name
    if mention.kind == "State" and mention.hint:
        return mention.hint
    return mention.name.lower().removeprefix("the ")
