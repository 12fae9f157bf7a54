"""Parties that agree each for itself, not with each other (issue 15, wrong target: co-agents
read as each other's partners): 'West Germany and Japan agreed to stimulate their economies',
'Denmark and Portugal might agree to the proposal' — each of them agreed to act, or accepted
what was put to it; neither agreed anything with the other. Coordinated agents are each
other's partners only where what they agreed is done together ('agreed to meet again', 'agreed
to coordinate their policies', 'agreed to hold talks', 'agreed to establish diplomatic
relations', 'agreed to a ceasefire') or where the verb itself says so ('agreed on a pact',
'agreed with each other', 'agreed new rules'). Nor are they where each agreed to give to a
party outside them: 'Norway, Egypt and the Soviet Union agreed to help OPEC by restraining
production' (each agreed with OPEC, as the infinitive's own events say; not with each other).
Reads the ``joint_acts`` rule section; the verb triggers (constructions/verb_triggers.py) then
pair no co-agents.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import PLACE_KINDS
from ..ontology import event_info
from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section
from .syntax import with_conjuncts

__all__ = ["JointActRules", "agreed_each_alone", "agreed_to_give", "joint_act_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class JointActRules:
    """The ``joint_acts`` section: see the comment in ``rules/extract/joint_acts.json``."""

    acceptance_verbs: Words
    partner_preps: Words
    joint_verbs: Words
    joint_objects: Words
    joint_words: Words
    put_things: Words
    own_act_verbs: Words
    own_possessives: Words
    own_things: Words
    chain_deps: frozenset[str]
    object_deps: frozenset[str]
    modifier_deps: frozenset[str]
    given_categories: frozenset[str]
    recipient_deps: frozenset[str]
    recipient_preps: Words


@cache
def joint_act_rules() -> JointActRules:
    return load_section("joint_acts", JointActRules)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _chain(verb: Token, rules: JointActRules) -> Iterator[Token]:
    """The verb and the verbs its ``chain_deps`` go on to ('agreed to try to meet', 'agreed
    to meet and discuss')."""
    yield verb
    for child in verb.children:
        if child.dep_ in rules.chain_deps and child.pos_ in ("VERB", "AUX"):
            yield from _chain(child, rules)


def _joint_thing(noun: Token, rules: JointActRules) -> bool:
    """A thing done together: one of ``joint_objects`` ('talks', 'relations', 'a ceasefire'),
    one a word of ``joint_words`` modifies ('a joint committee', 'mutual recognition'), or the
    matter of one ('the terms of the accord')."""
    if _lemma(noun) in rules.joint_objects or noun.lower_ in rules.joint_objects:
        return True
    for child in noun.children:
        if child.dep_ in rules.modifier_deps and child.lower_ in rules.joint_words:
            return True
        if child.dep_ == "prep" and any(
                o.dep_ == "pobj" and (_lemma(o) in rules.joint_objects
                                      or o.lower_ in rules.joint_words)
                for o in child.children):
            return True
    return False


def _done_together(verb: Token, rules: JointActRules) -> bool:
    """The infinitive agreed to, or a verb it goes on to, is done together: one of
    ``joint_verbs`` ('to meet', 'to coordinate'), with an adverb or phrase of ``joint_words``
    ('to work together', 'with each other'), or on a thing done together ('to hold talks')."""
    for act in _chain(verb, rules):
        if _lemma(act) in rules.joint_verbs:
            return True
        for child in act.children:
            if child.lower_ in rules.joint_words:
                return True
            if child.dep_ in rules.object_deps and _joint_thing(child, rules):
                return True
            if child.dep_ == "prep" and any(
                    o.dep_ == "pobj" and (o.lower_ in rules.joint_words or _joint_thing(o, rules))
                    for o in child.children):
                return True
    return False


def _own_act(verb: Token, rules: JointActRules) -> bool:
    """An act each party does for itself: accepting or backing what is put to it (one of
    ``own_act_verbs`` in the chain: 'agreed to accept the terms', 'agreed to vote for the
    merger'), or an act on its own things (an object of ``own_things`` anywhere in the
    infinitive that no one owns or one of ``own_possessives`` owns: 'agreed to stimulate their
    economies', 'agreed to take steps to cut their output', 'agreed to cut output'; not "agreed
    to cut OPEC's output"). An act on a common matter may be done together and stays ('agreed
    to initiate efforts to end the Iraq-Iran war', 'agreed to set up a new company with
    Liberia')."""
    if any(_lemma(act) in rules.own_act_verbs for act in _chain(verb, rules)):
        return True
    return any(t.dep_ in rules.object_deps and _lemma(t) in rules.own_things and all(
        c.lower_ in rules.own_possessives for c in t.children if c.dep_ == "poss")
        for t in verb.subtree)


def _unpartnered(verb: Token, rules: JointActRules) -> bool:
    """``verb`` is one of ``acceptance_verbs`` and names no partner: no phrase of
    ``partner_preps`` ('agreed on a pact', 'agreed with each other'), no object ('agreed new
    rules')."""
    return _lemma(verb) in rules.acceptance_verbs and not any(
        (c.dep_ == "prep" and c.lower_ in rules.partner_preps) or c.dep_ in rules.object_deps
        for c in verb.children)


def _infinitives(verb: Token) -> list[Token]:
    """The infinitives agreed to ('agreed to help OPEC')."""
    return [c for c in verb.children if c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _recipients(ctx: ReadContext, act: Token, rules: JointActRules) -> list[Token]:
    """Who ``act`` gives to: its object or dative (``recipient_deps``: 'help OPEC', 'supply
    Egypt with arms', 'lend Egypt 10 mln dlrs') or the object of a phrase of
    ``recipient_preps`` ('sell wheat to Egypt')."""
    heads = [c for c in act.children if c.dep_ in rules.recipient_deps] + [
        o for p in act.children
        if p.dep_ in ("prep", "dative") and p.lower_ in rules.recipient_preps
        for o in p.children if o.dep_ == "pobj"]
    return [t for h in heads for t in with_conjuncts(ctx, h)]


def agreed_to_give(ctx: ReadContext, verb: Token, *, agents: list[Token]) -> bool:
    """Whether ``agents``, coordinated subjects of ``verb`` (one of ``acceptance_verbs`` naming
    no partner), agreed each to give to a party outside them: an infinitive agreed to, not done
    together, whose verb or a verb it goes on to is a trigger of ``given_categories`` with a
    party (no place, none of ``agents``) among those it gives to ('Norway, Egypt and the Soviet
    Union agreed to help OPEC', 'agreed to supply Egypt with arms'). Each agreed with that party,
    as the infinitive's own events say; none with the others. A joint act keeps the pair
    ('agreed to set up a new company with Liberia': no giving; 'agreed to cooperate to help
    Ghana': done together), and so does an act on another party that gives nothing ('agreed to
    press Japan to open its markets', which the two may do together)."""
    rules = joint_act_rules()
    if not _unpartnered(verb, rules):
        return False
    acts = _infinitives(verb)
    if not acts or any(_done_together(act, rules) for act in acts):
        return False
    own = {mention_for(ctx, a) for a in agents}
    for act in acts:
        for step in _chain(act, rules):
            if not any(event_info(t.event).plover in rules.given_categories
                       for t in ctx.lexicon.verbs.get(_lemma(step), ())):
                continue
            for t in _recipients(ctx, step, rules):
                m = mention_for(ctx, t)
                if m is not None and m not in own and ctx.mention(m).kind not in PLACE_KINDS:
                    return True
    return False


def agreed_each_alone(verb: Token) -> bool:
    """Whether coordinated subjects of ``verb``, one of ``acceptance_verbs``, agreed each for
    itself: the verb names no partner (no phrase of ``partner_preps``: 'agreed on a pact',
    'agreed with each other'; no object: 'agreed new rules'), and what is agreed is an
    infinitive not done together that each does for itself ('agreed to stimulate their
    economies', 'agreed to vote for the merger') or one of ``put_things``, a thing put to them ('agree to the proposal', 'agreed
    to the terms offered by the banks'; not 'agreed to the terms of the accord')."""
    rules = joint_act_rules()
    if not _unpartnered(verb, rules):
        return False
    acts = _infinitives(verb)
    if acts:
        return not any(_done_together(act, rules) for act in acts) and any(
            _own_act(act, rules) for act in acts)
    things = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
              for o in p.children if o.dep_ == "pobj"]
    return bool(things) and all(
        _lemma(o) in rules.put_things and not _joint_thing(o, rules) for o in things)
