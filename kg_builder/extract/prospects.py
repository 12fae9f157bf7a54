"""Acts the text does not state as done: dated ahead ('Nakasone's visit to Washington next
week', 'is in Tokyo to meet officials over the next two days'), only alleged in a noun's
clause ('denied accusations that he threatened Gary Neville'), only aimed at ('received
approval to sue the IRS', 'is in Tehran to meet Khatami'), or only possible, named by the
object of a verb with a modal ('may win his latest veto battle with Congress') or by an
indefinite subject of one ('A new agreement between the IMF and Zaire would pave the way').
Reads the ``prospects`` rule section; :func:`.emit.emit` hedges what these find.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .framing import first_conjunct
from .rules import Words, load_section

__all__ = ["ProspectRules", "is_aimed", "is_alleged", "is_dated_ahead", "is_estimated",
           "is_possible", "prospect_rules", "still_to_come"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProspectRules:
    """The ``prospects`` section: see the comment in ``rules/extract/prospects.json``."""

    future_time_words: Words
    relative_time_phrases: Words
    past_tags: frozenset[str]
    allegation_nouns: Words
    allegation_deps: frozenset[str]
    possibility_auxiliaries: Words
    object_deps: frozenset[str]
    subject_deps: frozenset[str]
    indefinite_determiners: Words
    plan_nouns: Words
    journey_verbs: Words
    present_tags: frozenset[str]
    present_auxiliaries: Words
    estimate_adverbs: Words


@cache
def prospect_rules() -> ProspectRules:
    return load_section("prospects", ProspectRules)


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` (each one or more words) stands in ``words`` as written."""
    for phrase in phrases:
        parts = phrase.split()
        if any(words[i:i + len(parts)] == parts for i in range(len(words) - len(parts) + 1)):
            return True
    return False


def is_dated_ahead(governor: Token, when: str | None) -> bool:
    """'Nakasone's visit to Washington next week', 'is in Tokyo to meet officials over the next
    two days', 'talks tomorrow': the act's own date lies ahead (one of ``future_time_words``,
    none of ``relative_time_phrases``: 'met Chirac the next day' tells a past in order), and
    no verb of the act is in the past tense ('met him on Monday' stays done)."""
    if when is None:
        return False
    rules = prospect_rules()
    words = when.lower().replace(",", " ").split()
    if not _has_phrase(words, rules.future_time_words) or _has_phrase(
            words, rules.relative_time_phrases):
        return False
    verb = first_conjunct(governor)
    return verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in rules.past_tags


def is_alleged(governor: Token) -> bool:
    """'denied accusations that he threatened Gary Neville', 'reports that she had likened the
    assembly government to totalitarian regimes', 'speculation that Japan will retaliate': the
    act is the content of a noun of allegation, report or rumour — told of, not stated."""
    rules = prospect_rules()
    clause = first_conjunct(governor)
    return clause.dep_ in rules.allegation_deps and clause.head.pos_ == "NOUN" and (
        clause.head.lemma_.lower() in rules.allegation_nouns)


def is_possible(trigger: Token) -> bool:
    """'Reagan may win his latest veto battle with Congress', 'Japan could face sanctions from
    the United States': an act named by the object of a verb with a modal of possibility, or by
    an indefinite subject of one ('A new agreement between the IMF and Zaire would pave the way
    for …'; not 'The agreement would run until 1990', a deal made), is only possible."""
    rules = prospect_rules()
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in (
            rules.object_deps | rules.subject_deps):
        return False
    if trigger.dep_ in rules.subject_deps and any(
            (c.dep_ == "det" and c.lower_ not in rules.indefinite_determiners) or c.dep_ == "poss"
            for c in trigger.children):
        return False  # "The agreement would run until 1990", "Its talks could …": a deal made
    verb = first_conjunct(trigger.head)
    return any(c.dep_ == "aux" and c.lower_ in rules.possibility_auxiliaries
               for t in {trigger.head, verb} for c in t.children)


def _infinitive(token: Token) -> bool:
    return token.dep_ in ("advcl", "acl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _present(verb: Token, rules: ProspectRules) -> bool:
    """'is in Tehran', 'arrives in Paris', 'is travelling to Tehran': now, not done."""
    return verb.tag_ in rules.present_tags or (verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in rules.present_auxiliaries for c in verb.children))


def is_aimed(governor: Token) -> bool:
    """'received approval from Federal court to sue the Internal Revenue Service', 'gave full
    power to the government to decree sanctions', 'announced a new drive to help women', 'Jack
    Straw is in Tehran to meet President Khatami', 'is travelling to Tehran to meet …': the act
    is what a permission, a plan or an effort (one of ``plan_nouns``, the noun or the object of
    the verb the infinitive hangs from) is for, or the purpose of a journey under way now (one
    of ``journey_verbs`` in the present) — aimed at, not done ('flew to Tehran to meet …' tells
    no more, and stays as read)."""
    rules = prospect_rules()
    clause = first_conjunct(governor)
    if not _infinitive(clause):
        return False
    head = clause.head
    if head.pos_ == "NOUN":
        return clause.dep_ == "acl" and head.lemma_.lower() in rules.plan_nouns
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in rules.plan_nouns
           for c in head.children):
        return True
    return clause.dep_ == "advcl" and head.lemma_.lower() in rules.journey_verbs and _present(
        head, rules)


def is_estimated(governor: Token) -> bool:
    """'The United States will likely impose sanctions soon on imports of Japanese microchips,
    senators said', 'Japan will probably retaliate': an act announced with an adverb of
    likelihood is someone's estimate — hedged, and no promise or threat of the agent's."""
    rules = prospect_rules()
    return any(c.dep_ == "advmod" and c.lower_ in rules.estimate_adverbs
               for t in {governor, first_conjunct(governor)} for c in t.children)


def still_to_come(trigger: Token, light: Token | None, when: str | None) -> bool:
    """Whether the act at ``trigger`` (with its light verb ``light``, dated ``when``) is only
    ahead, alleged or possible: hedged."""
    governor = light or trigger
    return is_dated_ahead(governor, when) or is_alleged(governor) or is_aimed(governor) or (
        light is None and is_possible(trigger))
