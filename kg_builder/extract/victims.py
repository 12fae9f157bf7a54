"""The one a harmful act is aimed at is no target of an inquiry into the act (issue 15, wrong
target: a victim instead of the one acted on): 'Police are investigating threats against
pensioners made in a leaflet' looks into the threats and whoever made them, not the pensioners;
nor is 'an inquiry into attacks on asylum seekers' or 'investigating a scam targeting
pensioners' aimed at those harmed. Whoever did it stays ('investigating threats made by the
BNP', 'investigating allegations against the minister': an allegation is no harm done to him).
Reads the ``victims`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["VictimRules", "harmed_by_act", "victim_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class VictimRules:
    """The ``victims`` section: see the comment in ``rules/extract/victims.json``."""

    categories: frozenset[str]
    harm_nouns: Words
    victim_preps: Words
    aiming_verbs: Words
    aiming_preps: Words


@cache
def victim_rules() -> VictimRules:
    return load_section("victims", VictimRules)


def harmed_by_act(ctx: ReadContext, token: Token, *, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` is the one a noun of
    harm (``harm_nouns``) is aimed at: the object of its phrase of ``victim_preps`` ('threats
    against pensioners', 'attacks on asylum seekers'), or of a participle of ``aiming_verbs`` on
    it ('a scam targeting pensioners', 'threats aimed at the judges'); or the noun itself where
    it stands for that party (its mention is the object's)."""
    rules = victim_rules()
    if category not in rules.categories:
        return False
    if token.lemma_.lower() in rules.harm_nouns:
        mid = mention_for(ctx, token)
        span = None if mid is None else ctx.mention(mid).span
        return span is not None and not span.begin <= token.idx < span.end and any(
            mention_for(ctx, o) == mid for o in _victims(token, rules))
    token = first_conjunct(token)  # "against pensioners and widows"
    return any(o.i == token.i for o in _victims(_harm_above(token, rules), rules))


def _harm_above(token: Token, rules: VictimRules) -> Token:
    """The noun of harm whose victim phrase ``token`` may be the object of (else ``token``)."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in rules.victim_preps:
        return head.head
    if token.dep_ == "pobj" and head.lower_ in rules.aiming_preps:
        head = head.head  # "threats aimed at the judges"
    elif token.dep_ != "dobj":
        return token
    if head.dep_ == "acl" and head.lemma_.lower() in rules.aiming_verbs:
        return head.head
    return token


def _victims(noun: Token, rules: VictimRules) -> list[Token]:
    """The objects of the victim phrases of ``noun``, if it is a noun of harm."""
    if noun.lemma_.lower() not in rules.harm_nouns or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    found = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in rules.victim_preps
             for o in p.children if o.dep_ == "pobj"]
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in rules.aiming_verbs:
            found += [o for o in verb.children if o.dep_ == "dobj"]
            found += [o for p in verb.children if p.dep_ == "prep"
                      and p.lower_ in rules.aiming_preps for o in p.children if o.dep_ == "pobj"]
    return found
