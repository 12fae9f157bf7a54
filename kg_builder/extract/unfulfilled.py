"""Acts the text says did not come about, though no negation stands on their verb: the act an
adjective of inability or unwillingness governs ('Britain and France were unable to agree on
the budget', 'Japanese bank creditors are unwilling to provide any new credits to Nigeria'), or
the act of an attempt that failed ('tried to agree on fishing rights but failed', 'tried
unsuccessfully to meet the president'). The framing section reads these as done ('unable' is
no negation) or only aimed at ('tried to'); the grammar says plainly that the act did not
happen: negated, and asserted unless a modal, a condition or a question frames the failure
itself ('may be unable to agree', 'If they are unable to agree, …'). Reads the
``unfulfilled`` rule section; :func:`.emit.emit` negates what :func:`unfulfilled` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .framing import first_conjunct
from .rules import Words, load_section

__all__ = ["UnfulfilledRules", "Unfulfilled", "unfulfilled", "unfulfilled_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class UnfulfilledRules:
    """The ``unfulfilled`` section: see the comment in ``rules/extract/unfulfilled.json``."""

    inability_adjectives: Words
    attempt_verbs: Words
    failure_verbs: Words
    failure_adverbs: Words
    hedges: Words
    max_depth: float


@cache
def unfulfilled_rules() -> UnfulfilledRules:
    return load_section("unfulfilled", UnfulfilledRules)


@dataclass(frozen=True, slots=True)
class Unfulfilled:
    """What says the act did not come about: ``marker``, the adjective, verb or attempt; and
    ``framed``, whether a modal, a condition or a question frames that marker (the failure is
    then only possible or supposed: hedged)."""

    marker: Token
    framed: bool


def _infinitive(token: Token) -> bool:
    return token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in token.children)


def _failed_attempt(verb: Token, rules: UnfulfilledRules) -> Token | None:
    """'tried to agree … but failed', 'tried unsuccessfully to meet …': the verb of failure
    coordinated with the verb of attempt (with no subject or complement of its own), or the
    adverb of failure on it."""
    if verb.lemma_.lower() not in rules.attempt_verbs:
        return None
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in rules.failure_adverbs:
            return verb
        if c.dep_ == "conj" and c.lemma_.lower() in rules.failure_verbs and not any(
                g.dep_ in ("nsubj", "nsubjpass", "xcomp", "ccomp", "dobj") for g in c.children):
            return c
    return None


def _framed(tokens: list[Token], rules: UnfulfilledRules) -> bool:
    """A modal or hedging adverb on the verbs from the act up to the marker, a condition or
    question opening them, or a question mark in the sentence."""
    return any(c.dep_ in ("aux", "advmod", "mark") and c.lower_ in rules.hedges
               for t in tokens for c in t.children) or any(
        t.text == "?" for t in tokens[0].sent)


def unfulfilled(governor: Token) -> Unfulfilled | None:
    """Whether the act whose verb is ``governor`` (the trigger, or a noun's light verb: 'were
    unable to reach a deal') is said not to have come about: its infinitive hangs (through at
    most ``max_depth`` infinitives) from one of ``inability_adjectives`` ('were unable to
    agree', 'are unwilling to provide new credits'), or from one of ``attempt_verbs`` that one
    of ``failure_verbs`` follows coordinated ('tried to agree … but failed') or one of
    ``failure_adverbs`` modifies ('tried unsuccessfully to meet'). None where the verb or an
    infinitive between has a negation of its own ('was unable not to …' is left as read)."""
    rules = unfulfilled_rules()
    token = first_conjunct(governor)
    chain = [token]
    for _ in range(int(rules.max_depth)):
        if any(c.dep_ == "neg" for c in token.children) or not _infinitive(token):
            return None
        head = token.head
        lemma = head.lemma_.lower()
        chain.append(head)
        if lemma in rules.inability_adjectives and head.dep_ == "acomp":
            # "were unable to agree": the copula carries the tense and the modals
            return Unfulfilled(head, _framed([*chain, head.head], rules))
        failure = _failed_attempt(head, rules)
        if failure is not None:
            return Unfulfilled(failure, _framed(chain, rules))
        token = head
    return None
