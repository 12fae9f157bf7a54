"""Acts an arrival still to come is for: 'The Italian trade minister is due in Jakarta for talks
with Indonesian officials', 'is expected in Tokyo to meet the prime minister'. A party due or
expected somewhere has not arrived; the talks it comes for are planned, not held — whether or
not the sentence dates them (with a date ahead, framing already reads them as a schedule).
Reads the ``arrivals`` rule section; :func:`.emit.emit` hedges what :func:`is_arrival_purpose`
finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .framing import first_conjunct
from .rules import Words, load_section

__all__ = ["ArrivalRules", "arrival_rules", "is_arrival_purpose"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ArrivalRules:
    """The ``arrivals`` section: see the comment in ``rules/extract/arrivals.json``."""

    arrival_words: Words
    purpose_preps: Words
    place_preps: Words


@cache
def arrival_rules() -> ArrivalRules:
    return load_section("arrivals", ArrivalRules)


def _due_somewhere(verb: Token, rules: ArrivalRules) -> bool:
    """'is due in Jakarta', 'is expected in Tokyo', 'was due here': one of ``arrival_words``
    (the verb itself, or the complement of 'be') with a phrase of place (one of
    ``place_preps``, or an adverb 'here', 'there') on the verb or on it."""
    words = [verb] if verb.lower_ in rules.arrival_words else [
        c for c in verb.children if c.dep_ == "acomp" and c.lower_ in rules.arrival_words]
    if not words or (verb.lower_ not in rules.arrival_words and verb.lemma_ != "be"):
        return False
    return any((c.dep_ == "prep" and c.lower_ in rules.place_preps)
               or (c.dep_ == "advmod" and c.lower_ in ("here", "there"))
               for h in (verb, *words) for c in h.children)


def is_arrival_purpose(trigger: Token, light: Token | None) -> bool:
    """Whether the act at ``trigger`` is what a party due or expected somewhere comes for: a
    noun in a phrase of ``purpose_preps`` ('is due in Jakarta for talks with …') or an
    infinitive ('is expected in Tokyo to meet …') on the verb (or its complement) that
    :func:`_due_somewhere` finds."""
    rules = arrival_rules()
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and (
            trigger.head.lower_ in rules.purpose_preps):
        verb = trigger.head.head
    else:
        clause = first_conjunct(light or trigger)
        if clause.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return False
        verb = clause.head
    if verb.dep_ == "acomp" and verb.head.i != verb.i:
        verb = verb.head  # "for" hung on 'due': the copula
    return _due_somewhere(verb, rules)
