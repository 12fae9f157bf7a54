"""People named as a kind, not as anyone in particular (events30, `not an event`): 'the
"typical family" has been much better off', 'the law-abiding citizen should be in charge', 'the
average taxpayer', 'every voter', 'ordinary people'. A group noun with a modifier that makes it
the typical member of a class, or with a determiner that ranges over all of them, names no
party that acts or is acted on (dev sheet c1 judged 'Mr Brown dismissed … the "typical family"'
and 'the law-abiding citizen should be in charge' no events). The people of a real occasion
stay, however unnamed ('police arrested a 45-year-old man', 'he punched an egg-throwing
protester', 'sent doses to a Swedish doctor': judged right). A bare 'people' is people in
general ('they want to help people on to the property ladder', 'is clamping down on people
running pirated versions'), unless its clause tells of one occasion, where a bare plural names
some people there ('Soldiers fired on people queuing for bread'). Reads the ``generic`` rule
section; :func:`emit.emit` leaves such agents and targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["GenericRules", "generic_people"]


@dataclass(frozen=True, slots=True, kw_only=True)
class GenericRules:
    """The ``generic`` section: see the comment in ``rules/extract/generic.json``."""

    kind_modifiers: Words
    ranging_determiners: Words
    modifier_deps: Words
    bare_nouns: Words
    specific_deps: frozenset[str]
    quantity_modifiers: Words
    occasion_deps: frozenset[str]
    occasion_tags: frozenset[str]
    partitive_preps: Words
    finite_tags: frozenset[str]
    past_tags: frozenset[str]
    participle_tags: frozenset[str]
    perfect_auxiliaries: Words


@cache
def generic_rules() -> GenericRules:
    return load_section("generic", GenericRules)


def _modifier_words(token: Token) -> set[str]:
    """The modifier's word and its whole phrase ('abiding' and 'law-abiding')."""
    phrase = "".join(t.text_with_ws for t in token.subtree).strip().lower()
    return {token.lower_, phrase, phrase.replace(" - ", "-").replace(" ", "-")}


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _episodic(verb: Token, rules: GenericRules) -> bool:
    """Whether ``verb`` tells of one occasion: a past tense ('fired'), a perfect or a passive
    ('have arrested', 'were told') or a past auxiliary ('were helping')."""
    if verb.tag_ in rules.past_tags:
        return True
    auxiliaries = _auxiliaries(verb)
    if verb.tag_ in rules.participle_tags and any(
            a.lemma_.lower() in rules.perfect_auxiliaries for a in auxiliaries):
        return True
    return any(a.tag_ in rules.past_tags for a in auxiliaries)


def _finite(verb: Token, rules: GenericRules) -> bool:
    """Whether ``verb`` heads a finite clause: a tense of its own or a finite auxiliary."""
    return verb.tag_ in rules.finite_tags or any(
        a.tag_ in rules.finite_tags for a in _auxiliaries(verb))


def _in_episodic_clause(token: Token, rules: GenericRules) -> bool:
    """Whether a verb on the way up from ``token`` to the first finite verb (through
    infinitives, participles and prepositions) tells of one occasion ('Soldiers fired on people
    queuing for bread', 'Hamas urged people to attack'; not 'We want people to tell Karen')."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if _episodic(node, rules):
                return True
            if _finite(node, rules):
                return False
    return False


def _people_in_general(token: Token, rules: GenericRules) -> bool:
    """A bare 'people' ('want to help people'; not 'the people who made the film', '11
    people', 'many people', 'thousands of people', 'people injured in the blast') outside a
    clause that tells of one occasion."""
    if token.lower_ not in rules.bare_nouns:
        return False
    for child in token.children:
        if child.dep_ in rules.specific_deps or child.lower_ in rules.quantity_modifiers:
            return False
        if child.dep_ in rules.occasion_deps or (
                child.dep_ == "acl" and child.tag_ in rules.occasion_tags):
            return False
    if token.dep_ == "pobj" and token.head.lower_ in rules.partitive_preps:
        return False
    return not _in_episodic_clause(token, rules)


def generic_people(ctx: ReadContext, token: Token) -> bool:
    """Whether the argument ``token`` is a group noun read as an unnamed group ('the typical
    family', 'the law-abiding citizen', 'every voter') that names the typical member of a class
    or all of it, or people in general ('want to help people'): no party."""
    mid = mention_for(ctx, token)
    if mid is None or ctx.mention(mid).how != "group":
        return False
    span = ctx.mention(mid).span
    if not span.begin <= token.idx < span.end:
        return False  # a name's group: "supporters of X" is read as X elsewhere
    rules = generic_rules()
    if _people_in_general(token, rules):
        return True  # "they want to help people on to the property ladder"
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in rules.ranging_determiners:
            return True
        if child.dep_ in rules.modifier_deps and child.i < token.i and (
                _modifier_words(child) & rules.kind_modifiers):
            return True
    return False
