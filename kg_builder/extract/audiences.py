"""Who listens to a speech is no party to talks (tests/data/audit/JUDGING.md: speaking to an
audience is a statement, not a consultation): 'Greenspan had been scheduled to speak to the
American Bankers Association, which is meeting in Dallas', 'Tony Blair has also said he is
intending to get out and talk to as many people as possible during the election campaign',
'He told the National Economic Development Council that the recent Paris meeting … had
agreed …', 'Lyng told the Virginia Farm Bureau'. One party talking with another stays: 'Mr
Prescott spoke to Mr Brown by telephone', 'talked with union leaders', 'told the minister'.

The target of a consultation (one of ``categories``) read at a verb (``verb_tags``) of
``speech_verbs`` listens, and is no party, when its word is one of ``listener_nouns``
('people', 'voters', 'delegates', 'activists', 'students') or it names a body of
``body_kinds`` (no state, person or party) as a gathering of members: the name's head, its
last word before one of ``name_preps`` ('Economic Club of New York': 'club') or else its last
word, is one of ``body_heads`` ('Association', 'Council', 'Forum', 'Institute') or the name
ends with one of ``body_ends`` ('Farm Bureau'); or it is a noun of ``body_heads`` read as a
demonym's ('the U.S. chapter of …'). A sports report's governing body is a party spoken to
('spoke to the Football Association about the charge'), and the noun of 'trade talks with
Canadian officials and businessmen' is a meeting. Reads the ``audiences`` rule section;
:func:`.emit.emit` leaves such targets out, and reads no event when all of them are (not the
speakers with each other: 'Labour and the Conservatives are still telephoning the millions of
people …').
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["AudienceRules", "audience_rules", "listens"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AudienceRules:
    """The ``audiences`` section: see the comment in ``rules/extract/audiences.json``."""

    categories: frozenset[str]
    speech_verbs: Words
    verb_tags: frozenset[str]
    listener_nouns: Words
    body_kinds: frozenset[str]
    body_heads: Words
    body_ends: Words
    name_preps: Words


@cache
def audience_rules() -> AudienceRules:
    return load_section("audiences", AudienceRules)


def _head(name: str, rules: AudienceRules) -> str:
    """The head word of a body's name, lower-cased: its last word before the first of
    ``name_preps`` ('Economic Club of New York': 'club'), else its last word."""
    words = name.lower().split()
    for i, word in enumerate(words):
        if word in rules.name_preps and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


def _gathering(name: str, rules: AudienceRules) -> bool:
    """Whether a body's name is a gathering of members: its head is one of ``body_heads``,
    or it ends with one of ``body_ends``."""
    if _head(name, rules) in rules.body_heads:
        return True
    text = " ".join(name.lower().split())
    return any(text == end or text.endswith(" " + end) for end in rules.body_ends)


def listens(ctx: ReadContext, token: Token, *, trigger: Token, category: str) -> bool:
    """Whether the target ``token`` of a consultation read at ``trigger`` is an audience the
    agent spoke to: a group of ``listener_nouns`` or a body named as a gathering of members
    (not in a sports report)."""
    rules = audience_rules()
    if category not in rules.categories or ctx.lemmas[trigger.i] not in rules.speech_verbs or (
            ctx.pos[trigger.i] not in rules.verb_tags):  # "trade talks with businessmen" stay
        return False
    if ctx.lemmas[token.i] in rules.listener_nouns:
        return True  # "talk to as many people as possible", "spoke to Labour activists"
    mid = mention_for(ctx, token)
    if mid is None or ctx.sport:
        return False
    mention = ctx.mention(mid)
    if mention.how == "group":
        return _head(mention.name, rules).removesuffix("s") in rules.listener_nouns
    if mention.kind in rules.body_kinds and _gathering(mention.name, rules):
        return True  # "the Virginia Farm Bureau", "the Economic Club of New York"
    # "told the U.S. chapter of the World Energy Conference", "told the West German Trade and
    # Industry Association": a demonym before a body's noun
    return mention.how == "demonym" and ctx.pos[token.i] in ("NOUN", "PROPN") and (
        ctx.lemmas[token.i] in rules.body_heads)
