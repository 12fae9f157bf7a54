"""'Japan cannot bow to U.S. pressure to liberalize rice imports', 'Mr Chidambaram is under
pressure from the Communist parties to …', 'the attorney general faced a call by Lord Mackay to
…': pressure or a demand that someone bows to, is under or faces was made of them (CAMEO 10),
by whoever it comes from.

A noun of ``nouns`` (each with its event) whose source is named — a ``source_preps`` phrase
('pressure from X', 'a call by X'), a possessor or a named modifier ("X's pressure", 'U.S.
pressure', 'French and German pressure') — and that stands in a clause as the object of a
preposition of ``attach_preps`` ('bow to', 'under') or as the direct object of a verb of
``object_verbs`` ('faces', 'ignored'; a request 'considered', 'studied', 'reviewed', 'weighed':
'is considering a request by Ford to …'): the clause's subject is the one pressed. When the verb
that takes the noun is a trigger itself ('rejected a U.S. request', 'accepted demands from X',
'gave in to pressure'), its own event — a rejection, a concession — is the one coded, as in
CAMEO, and nothing more is read here; so is a refusal 'despite pressure by X' (the refusal
construction's). A noun with a party of its own ('pressure on Japan') is left to the noun
triggers; a noun of ``countable_nouns`` that is singular without a determiner, or of
``plural_only_nouns`` that is singular, is the economic sense ('strong demand from China', "the
country's growing demand for cars"), no demand of anyone. The one pressed is the subject that
names a party itself, not a thing of theirs. Does not claim the noun.

Sanctions (``nouns``: 'Iraq has been under United Nations sanctions since 1990', 'Japan faces
U.S. tariffs') are read the same way, by their source against the one under them or facing
them; a threat (``threat_nouns``) only as the threat of an act of ``threat_objects`` whose
source is named ('Japan faces the threat of U.S. trade sanctions'): 'Labour is under threat
from the Liberal Democrats' is a rival's, no threat of an act.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...model import PLACE_KINDS
from ..arguments import parties, prep_objects
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for
from ..rules import Lexicon, Words, load_section
from ..syntax import particle, subjects, with_conjuncts

__all__ = ["Pressure", "PressureRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PressureRules:
    """``rules/extract/pressure.json``."""

    confidence: float
    nouns: dict[str, str]
    countable_nouns: Words
    plural_only_nouns: Words
    source_preps: tuple[str, ...]
    target_preps: Words
    attach_preps: Words
    bridge_words: Words
    object_verbs: Words
    threat_nouns: Words
    threat_objects: Words


class Pressure:
    name: ClassVar[str] = "pressure"

    def __init__(self) -> None:
        self.rules = load_section(self.name, PressureRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return frozenset(self.rules.nouns)

    def read(self, ctx: ReadContext, noun: Token) -> bool:
        rules = self.rules
        lemma = ctx.lemmas[noun.i]
        if ctx.pos[noun.i] != "NOUN" or lemma not in rules.nouns:
            return False
        if noun.tag_ == "NN" and (lemma in rules.plural_only_nouns or (
                lemma in rules.countable_nouns
                and not any(c.dep_ in ("det", "poss") for c in noun.children))):
            return False  # "stronger demand from China", "the country's growing demand for cars"
        if parties(ctx, prep_objects(ctx, noun, tuple(sorted(rules.target_preps)))):
            return False  # "pressure on Gordon Brown": on him, not on the clause's subject
        verb = self._clause(noun)
        if verb is None or self._verb_reads_it(ctx, verb, noun):
            return False
        agents = self._source(ctx, noun) if lemma not in rules.threat_nouns else [
            t for o in prep_objects(ctx, noun, ("of",))  # "the threat of U.S. sanctions"
            if ctx.lemmas[o.i] in rules.threat_objects for t in self._source(ctx, o)]
        # the subject itself names the party ("the country", "Japan"), not a thing of theirs
        # ("Paul Volcker's departure came …")
        targets = [t for t in subjects(ctx, verb) if self._party(ctx, t) and t.i in ctx.by_token]
        if not agents or not targets:
            return False
        emit(ctx, noun, event=rules.nouns[lemma], confidence=rules.confidence,
             agents=agents, targets=targets)
        return False

    def _clause(self, noun: Token) -> Token | None:
        """The verb whose subject bears the pressure: 'bow to X pressure', 'under pressure
        from', 'in response to pressure from', 'resisted pressure from', 'due to X pressure'."""
        rules = self.rules
        if noun.dep_ == "dobj":
            verb = noun.head
            return verb if verb.lemma_.lower() in rules.object_verbs else None
        if noun.dep_ != "pobj":
            return None
        prep = noun.head
        # "could not fix the exchange rate due to U.S. pressure": the parser makes the bridge
        # word the preposition and 'to' its complement
        split = prep.lower_ in rules.bridge_words and any(
            c.dep_ == "pcomp" and c.lower_ in rules.attach_preps for c in prep.children)
        if prep.lower_ not in rules.attach_preps and not split:
            return None
        head = prep.head
        for _ in range(3):  # "in response to", "due to": through the words that bridge
            if head.pos_ in ("VERB", "AUX"):
                return head
            if head.lower_ not in rules.bridge_words:
                return None
            head = head.head
        return None

    @staticmethod
    def _verb_reads_it(ctx: ReadContext, verb: Token, noun: Token) -> bool:
        """'Yemen has rejected a U.S. request', 'accepted demands from Shona rebels', 'giving in
        to French and German pressure': when the noun is the object of a verb that is a trigger
        itself (its particle present, the noun among its objects), the verb's event between the
        two — a rejection, a concession — is the one event coded, as in CAMEO."""
        if noun.dep_ != "dobj" and noun.head.head.i != verb.i:
            return False  # "under pressure from X, Japan agreed …": the agreement is another matter
        if noun.dep_ != "dobj" and noun.head.lower_ != "to":
            return False
        return any((not t.particle or particle(verb, t.particle) is not None)
                   and (not t.objects or ctx.lemmas[noun.i] in t.objects)
                   for t in ctx.lexicon.verbs.get(ctx.lemmas[verb.i], ()))

    def _source(self, ctx: ReadContext, noun: Token) -> list[Token]:
        """Whom it comes from: 'pressure from X', 'a request by X', "X's pressure", 'U.S.
        pressure', 'French and German pressure'."""
        found = parties(ctx, prep_objects(ctx, noun, self.rules.source_preps))
        if not found:
            found = [t for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                     and c.i < noun.i and (c.i in ctx.by_token or c.dep_ == "poss"
                                           or c.ent_type_ == "NORP")
                     for t in with_conjuncts(ctx, c)]
        return [t for t in found if self._party(ctx, t)]

    @staticmethod
    def _party(ctx: ReadContext, token: Token) -> bool:
        mid = mention_for(ctx, token)
        return mid is not None and ctx.mention(mid).kind not in PLACE_KINDS
