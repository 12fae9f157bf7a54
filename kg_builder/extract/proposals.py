"""Acts only proposed, asked for or agreed upon, not yet done: an act named by a noun that a
noun of proposal governs ('the senator's proposal for a summit between Congress and the White
House', 'welcomed the plan for a meeting between Turkey and Cyprus'), or a verb of asking or
wanting ('called for a negotiation between the White House and Congress', 'hopes for a swift
agreement between Israel and Egypt', 'urged talks between Israel and Syria'), and the purpose
of a gathering or a journey that is only promised ('Egypt and the Soviet Union agreed to meet
again next month to discuss the debt': the meeting, and so the discussion, is still to come).
Reads the ``proposals`` rule section; :func:`.emit.emit` hedges what these find.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section
from .syntax import first_noun_conjunct

__all__ = ["ProposalRules", "is_asked_for", "is_proposed", "is_purpose_of_promised_trip",
           "proposal_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProposalRules:
    """The ``proposals`` section: see the comment in ``rules/extract/proposals.json``."""

    proposal_nouns: Words
    proposal_preps: Words
    prospect_nouns: Words
    prospect_preps: Words
    gathering_verbs: Words
    promise_verbs: Words
    asking_verbs: Words
    wanting_verbs: Words
    misread_lemmas: dict[str, str]


@cache
def proposal_rules() -> ProposalRules:
    return load_section("proposals", ProposalRules)


def is_proposed(trigger: Token) -> bool:
    """'a proposal for a summit between Congress and the White House', 'its call for talks with
    the unions', 'the idea of a meeting between the two leaders': an act named by a noun that
    is the object of one of ``proposal_preps`` after one of ``proposal_nouns``, or of one of
    ``prospect_preps`` after one of ``prospect_nouns``, is what the proposal, plan or call asks
    for, or what is thought of — not a summit or a meeting that took place ('a programme of
    sanctions against South Africa' names the sanctions themselves: 'of' is no preposition of
    the plans)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return False
    rules = proposal_rules()
    prep = trigger.head
    noun = prep.head
    if prep.dep_ != "prep" or noun.pos_ != "NOUN":
        return False
    lemma, word = noun.lemma_.lower(), prep.lower_
    return (word in rules.proposal_preps and lemma in rules.proposal_nouns) or (
        word in rules.prospect_preps and lemma in rules.prospect_nouns)


def is_asked_for(trigger: Token) -> bool:
    """'called for a negotiation between the White House and Congress', 'appealed for a meeting
    between Mr Blair and Mr Bush', 'hopes for a swift agreement between Israel and Egypt',
    'urged talks between Israel and Syria': an act named by a noun (or a conjunct of one) that
    is the object of one of ``proposal_preps`` after one of ``asking_verbs``, or the direct
    object of one of ``wanting_verbs``, is what someone asks, urges or hopes for — not done
    ('welcomed the agreement between Iraq and Syria', 'waited for the talks' stay as read)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    rules = proposal_rules()
    noun = first_noun_conjunct(trigger)  # "called for talks and a summit between …"
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in rules.proposal_preps:
        verb, verbs = head.head, rules.asking_verbs
    elif noun.dep_ == "dobj":
        verb, verbs = head, rules.wanting_verbs
    else:
        return False
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and rules.misread_lemmas.get(lemma, lemma) in verbs


def is_purpose_of_promised_trip(governor: Token) -> bool:
    """'agreed to meet again next month to discuss the debt', 'promised to return to Lima to
    consult the unions': an act in the infinitive of purpose of one of ``gathering_verbs`` that
    is itself the infinitive of one of ``promise_verbs`` waits for a meeting or a journey that
    has not taken place (not 'vowed to do everything possible to fight the plan': 'do' is no
    gathering or journey, and the fight is stated now)."""
    if governor.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                           for c in governor.children):
        return False
    rules = proposal_rules()
    trip = governor.head
    return trip.dep_ == "xcomp" and trip.lemma_.lower() in rules.gathering_verbs and (
        trip.head.lemma_.lower() in rules.promise_verbs)
