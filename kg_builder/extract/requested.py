"""The one a requested act is done to or for is not the one asked (issue 15, wrong target: a
beneficiary or the subject of a requested clause): 'The committee called for the ombudsman to
be given wider powers' asks whoever would give them, not the ombudsman; 'The Liberal Democrats
urged that refugees be allowed to stay' addresses no refugees. The subject of a passive clause
under the trigger, and whatever its phrase names ('urged that the powers of the Commission be
curbed'), is what the act is done to; the one asked is its 'by' agent when the clause names one
('urged that the dispute be settled by the WTO'), else no one. Reads the ``requested`` rule
section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import load_section

__all__ = ["RequestedRules", "requested_patient", "requested_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestedRules:
    """The ``requested`` section: see the comment in ``rules/extract/requested.json``."""

    categories: frozenset[str]
    clause_deps: frozenset[str]
    patient_deps: frozenset[str]


@cache
def requested_rules() -> RequestedRules:
    return load_section("requested", RequestedRules)


def requested_patient(token: Token, *, trigger: Token, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` read at ``trigger``
    is (inside) the subject of a passive clause the trigger governs: the subject (one of
    ``patient_deps``) of a verb that hangs from the trigger through ``clause_deps`` only ('urged
    that refugees be allowed to stay', 'called for the ombudsman to be given …')."""
    rules = requested_rules()
    if category not in rules.categories:
        return False
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        verb = node.head
        if node.dep_ in rules.patient_deps and verb.i != trigger.i and _clause_of(
                verb, trigger, rules.clause_deps):
            return True
        node = verb
    return False


def _clause_of(verb: Token, trigger: Token, deps: frozenset[str]) -> bool:
    """``verb`` hangs from ``trigger`` through clauses only (``deps``), not through an object
    or a phrase ('asked the man who was arrested' is no requested clause)."""
    while verb.i != trigger.i:
        if verb.dep_ not in deps or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True
