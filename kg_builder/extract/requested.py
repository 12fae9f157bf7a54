"""The one a requested act is done to or for is not the one asked (issue 15, wrong target: a
beneficiary or the subject of a requested clause): 'The committee called for the ombudsman to
be given wider powers' asks whoever would give them, not the ombudsman; 'The Liberal Democrats
urged that refugees be allowed to stay' addresses no refugees. The subject of a passive clause
under the trigger, and whatever its phrase names ('urged that the powers of the Commission be
curbed'), is what the act is done to; the one asked is its 'by' agent when the clause names one
('urged that the dispute be settled by the WTO'), else no one. So is the object of a 'for'
phrase the parser hangs on the trigger beside the passive infinitive it is the subject of
('called for the debts of Zambia to be written off'). Nor is the partner of the requested thing
asked ('urged harmonization of regulatory practice with Germany'). Reads the ``requested`` rule
section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["RequestedRules", "requested_partner", "requested_patient", "requested_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestedRules:
    """The ``requested`` section: see the comment in ``rules/extract/requested.json``."""

    categories: frozenset[str]
    clause_deps: frozenset[str]
    patient_deps: frozenset[str]
    subject_preps: Words
    partner_preps: Words
    thing_verbs: Words


@cache
def requested_rules() -> RequestedRules:
    return load_section("requested", RequestedRules)


def requested_patient(token: Token, *, trigger: Token, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` read at ``trigger``
    is (inside) the subject of a passive clause the trigger governs: the subject (one of
    ``patient_deps``) of a verb that hangs from the trigger through ``clause_deps`` only ('urged
    that refugees be allowed to stay', 'called for the ombudsman to be given …'), or the object
    of a phrase of ``subject_preps`` on the trigger followed by a passive infinitive of the
    trigger with no subject of its own ('called for the debts of Zambia to be written off')."""
    rules = requested_rules()
    if category not in rules.categories:
        return False
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        verb = node.head
        if node.dep_ in rules.patient_deps and verb.i != trigger.i and _clause_of(
                verb, trigger, rules.clause_deps):
            return True
        if node.dep_ == "pobj" and verb.lower_ in rules.subject_preps and (
                verb.head.i == trigger.i) and _passive_infinitive_after(trigger, node, rules):
            return True
        node = verb
    return False


def requested_partner(ctx: ReadContext, token: Token, *, trigger: Token, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` read at one of
    ``thing_verbs`` (whose addressee would be its object: 'urged Germany to …') is the object
    of a phrase of ``partner_preps`` on the thing asked for, its object, or on the trigger
    beside such an object ('urged harmonization of regulatory practice with Germany'): the
    thing's partner, not the one asked; so is the thing itself where it stands for that
    partner ('urged closer cooperation with Germany')."""
    rules = requested_rules()
    if category not in rules.categories or trigger.lemma_.lower() not in rules.thing_verbs:
        return False
    token = first_conjunct(token)
    if token.dep_ == "dobj" and token.head.i == trigger.i:  # the thing, standing for its partner
        mid = mention_for(ctx, token)
        return mid is not None and not _names(ctx, token, mid) and any(
            mention_for(ctx, o) == mid for p in token.children
            if p.dep_ == "prep" and p.lower_ in rules.partner_preps
            for o in p.children if o.dep_ == "pobj")
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in rules.partner_preps:
        return False
    owner = prep.head
    if owner.i == trigger.i:
        return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                   and mention_for(ctx, c) is None for c in trigger.children)
    return owner.dep_ == "dobj" and owner.head.i == trigger.i and mention_for(ctx, owner) is None


def _names(ctx: ReadContext, token: Token, mid: int) -> bool:
    """``token`` is inside the span of the mention ``mid``: it names the party itself."""
    span = ctx.mention(mid).span
    return span.begin <= token.idx < span.end


def _passive_infinitive_after(trigger: Token, subject: Token, rules: RequestedRules) -> bool:
    """The trigger governs, through ``clause_deps``, a passive infinitive after ``subject``
    with no subject of its own."""
    return any(c.dep_ in rules.clause_deps and c.i > subject.i
               and any(a.dep_ == "auxpass" for a in c.children)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
               for c in trigger.children)


def _clause_of(verb: Token, trigger: Token, deps: frozenset[str]) -> bool:
    """``verb`` hangs from ``trigger`` through clauses only (``deps``), not through an object
    or a phrase ('asked the man who was arrested' is no requested clause)."""
    while verb.i != trigger.i:
        if verb.dep_ not in deps or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True
