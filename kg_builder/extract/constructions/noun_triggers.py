"""Noun triggers (``rules/triggers.jsonl``, pos NOUN): "the US imposed sanctions on Belarus".

Target = object of a listed preposition on the noun ("sanctions against X") or on its light verb
("slapped sanctions on X"), the light verb's indirect object ("gave Ghana … aid"), the subject of
a that-clause ("its demand that Israel ease …"), the parties "between" whom, or whom the matter
is about ("an investigation into crimes committed by X"). Agent = the 'by' phrase, the subject of
the light verb, or the possessor or a named modifier ("US sanctions").

A meeting put before the verb it is the setting of took place, whatever that verb denies ("in
meetings with Suharto he had not called for changes", "after talks with X, he did not say …"):
its polarity is its own, not the verb's (after its verb it is what the verb says: "is not in
talks with X" negates them).

A cooperative act that a verb stops ("halted economic aid to Serbia", "cancelled a planned visit
to Haiti") is a reduction of relations (CAMEO 16) by the verb's subject instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...ontology import event_info
from ..arguments import MATTER_DEPS, NOUN_DEEP_DEPS, clausal_targets, parties, prep_objects
from ..context import ReadContext
from ..emit import emit, reciprocal
from ..mentions import mention_for
from ..rules import Lexicon, Trigger, Words, load_section
from ..syntax import modified, objects_of, passive_agent, subjects, with_conjuncts
from .object_triggers import is_verbal

__all__ = ["NounTriggerRules", "NounTriggers"]


@dataclass(frozen=True, slots=True, kw_only=True)
class NounTriggerRules:
    """``rules/extract/noun_triggers.json``."""

    light_verbs: Words
    cessation_verbs: Words
    ceasable_categories: frozenset[str]
    cessation_event: str
    cessation_max_confidence: float
    cessation_target_preps: tuple[str, ...]
    matter_preps: Words
    participation_preps: Words
    participation_categories: frozenset[str]
    journey_preps: Words
    journey_verbs: Words
    journey_stative_verbs: Words
    journey_present_tags: Words
    occasion_preps: Words
    occasion_hosts: Words
    topic_verbs: Words
    reciprocal_objects: Words
    engagement_preps: Words
    engagement_topics: Words
    holding_verbs: Words
    held_categories: frozenset[str]
    giver_preps: tuple[str, ...]
    gathering_categories: frozenset[str]
    of_topic_categories: frozenset[str]
    of_topic_preps: Words


class NounTriggers:
    name: ClassVar[str] = "noun_triggers"

    def __init__(self) -> None:
        self.rules = load_section(self.name, NounTriggerRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return frozenset(lexicon.nouns)

    def read(self, ctx: ReadContext, noun: Token) -> bool:
        lemma = ctx.lemmas[noun.i]
        if lemma not in ctx.lexicon.nouns or ctx.pos[noun.i] not in ("NOUN", "PROPN") or (
                is_verbal(ctx, noun)):
            return False
        for trig in ctx.lexicon.nouns[lemma]:
            if trig.confidence >= ctx.min_confidence and modified(noun, trig.modifiers):
                self._read(ctx, noun, trig)
        return False

    def _carrier(self, noun: Token) -> Token:
        """The phrase that stands in the clause for the trigger noun: '5.1 million dollars of
        aid', 'a shipment of weapons' → the measure noun; otherwise the noun itself."""
        of = noun.head
        if (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN"
                and of.head.dep_ == "dobj" and of.head.i < noun.i
                and of.head.head.lemma_.lower() in self.rules.light_verbs):
            return of.head
        if noun.dep_ == "compound" and of.pos_ == "NOUN" and of.dep_ == "dobj":
            return of  # "suspended aid deliveries to X"
        return noun

    def _ceased(self, ctx: ReadContext, noun: Token, carrier: Token, trig: Trigger) -> bool:
        """'Japan halted economic aid to Serbia', 'cancelled a planned visit to Haiti': a stopped
        cooperative act is a reduction of relations (a Sanction) against its target."""
        rules = self.rules
        verb = carrier.head
        if carrier.dep_ != "dobj" or verb.lemma_.lower() not in rules.cessation_verbs or (
                event_info(trig.event).plover not in rules.ceasable_categories):
            return False
        preps = (*trig.preps, *rules.cessation_target_preps)
        targets: list[Token] = []
        for holder in dict.fromkeys((noun, carrier, verb)):  # the act, its carrier, the verb
            targets = targets or parties(ctx, prep_objects(ctx, holder, preps))
        if targets:
            emit(ctx, verb, event=rules.cessation_event, agents=subjects(ctx, verb),
                 targets=targets, confidence=min(trig.confidence, rules.cessation_max_confidence))
        return True

    def _held(self, ctx: ReadContext, noun: Token, carrier: Token, trig: Trigger) -> bool:
        """'Mr Blair has the backing of President Bush', 'won the support of the unions',
        'enjoys the endorsement of France': support someone has, wins or enjoys is given by the
        one its 'of' or 'from' phrase names, to the one who has it — Bush backs Blair, not the
        other way round (the subject of the verb is the target, as after 'receive')."""
        rules = self.rules
        verb = carrier.head
        if carrier.dep_ != "dobj" or ctx.lemmas[verb.i] not in rules.holding_verbs or (
                event_info(trig.event).plover not in rules.held_categories):
            return False
        givers = parties(ctx, prep_objects(ctx, noun, rules.giver_preps))
        holders = subjects(ctx, verb)
        if givers and holders and not any(c.dep_ == "appos" and c.i > verb.i
                                          for h in holders for c in h.children):
            # ("The line has the support of the Mayor of London, Ken Livingstone, …": a name
            # after the verb that the parser hung on its subject is not who has it)
            emit(ctx, noun, event=trig.event, confidence=trig.confidence, agents=givers,
                 targets=holders, light=verb)
        return True

    def _taking_part(self, noun: Token, carrier: Token, trig: Trigger) -> Token | None:
        """'Mr Brown has been locked in talks with …', 'is in talks with', 'took part in talks
        with', 'arrived in Moscow for talks with', 'is in New York for talks with': the verb
        whose subject takes part in a meeting named by the noun (after 'for' only a verb of
        going or being somewhere, not going in the present tense, and only talks with a
        partner named: 'called for talks with' asks for them, 'negotiators return to Geneva
        this week for talks' are still to come)."""
        prep = carrier.head
        rules = self.rules
        if carrier.dep_ != "pobj" or (
                event_info(trig.event).plover not in rules.participation_categories):
            return None
        if prep.lower_ not in rules.participation_preps and not self._journey(noun, prep, trig):
            return None
        verb = prep.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.lemma_.lower() == "part":
            verb = verb.head  # "took part in"
        if verb.lemma_.lower() in self.rules.topic_verbs:
            return None  # "it will probably recur in talks with Argentina": a matter discussed
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def _journey(self, noun: Token, prep: Token, trig: Trigger) -> bool:
        """'arrived in Moscow for talks with Soviet leaders', 'is in New York for talks with':
        gone or being somewhere for a meeting with a partner the noun names."""
        rules = self.rules
        verb = prep.head
        lemma = verb.lemma_.lower()
        return (prep.lower_ in rules.journey_preps and lemma in rules.journey_verbs
                and (lemma in rules.journey_stative_verbs
                     or verb.tag_.lower() not in rules.journey_present_tags)
                and any(c.dep_ == "prep" and c.lower_ in trig.preps for c in noun.children))

    def _occasion(self, ctx: ReadContext, noun: Token, carrier: Token,
                  trig: Trigger) -> tuple[Token, list[Token]] | None:
        """'Speaking after talks with the committee, Gros said …', 'Jopling during a visit to
        Washington endorsed …', 'Kohl reviewed the proposal at a meeting with steel industry
        representatives': who took part in the meeting or visit in whose time an act is set —
        the subject of the verb the phrase is of (of the verb a participle with no subject of
        its own is of), or the subject the phrase hangs on. Not when the noun names a party of
        its own ('during Bush's visit', 'talks by X', 'talks between X and Y', 'a meeting of
        farm leaders with X': the speaker may be none of them), nor for a
        passive verb, whose subject did not act ('it is to be explained to banks at a meeting
        with general managers'). Returns the verb (whose framing is the meeting's: 'is likely to
        obtain aid at a meeting with donors') and who took part."""
        prep = carrier.head
        # "At a news conference following talks with X": 'following' parsed as a participle
        # whose object the meeting is
        participle = carrier.dep_ == "dobj" and prep.tag_ == "VBG"
        if not (carrier.dep_ == "pobj" or participle) or (
                prep.lower_ not in self.rules.occasion_preps) or (
                event_info(trig.event).plover not in self.rules.participation_categories):
            return None
        if any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.i in ctx.by_token)
               for c in noun.children if c.i < noun.i) or prep_objects(
                ctx, noun, ("by", "between", "of")):
            return None
        head = self._host_verb(ctx, prep.head)
        if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "nsubj" and not any(
                c.dep_ in ("nsubj", "csubj") for c in head.children):
            head = head.head  # "Reagan, speaking after a meeting with X, said": Reagan
        if head.dep_ in ("nsubj", "csubj") and head.pos_ in ("PROPN", "NOUN", "PRON"):
            # "Jopling during a visit to Washington endorsed"
            return (head.head, with_conjuncts(ctx, head)) if head.head.pos_ in ("VERB", "AUX") \
                else None
        if head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
            return None
        if head.dep_ == "advcl" and head.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "csubj") for c in head.children):
            head = head.head  # "Speaking after talks with X, Gros said": the speaker
            if head.pos_ not in ("VERB", "AUX"):
                return None
        return head, subjects(ctx, head)

    def _host_verb(self, ctx: ReadContext, head: Token) -> Token:
        """'Reagan said in a statement following a meeting with X', 'In a press conference
        after talks with X, Baldrige praised …': a phrase of time hung on a noun of
        ``occasion_hosts``, the occasion of the verb's act (a statement, a news conference),
        sets that act in the meeting's time, as if hung on the verb: the verb, else ``head``."""
        if head.pos_ != "NOUN" or ctx.lemmas[head.i] not in self.rules.occasion_hosts:
            return head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in (
                "VERB", "AUX"):
            return head.head.head
        if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
            return head.head  # "told a news conference after talks with X that …"
        return head

    def _read(self, ctx: ReadContext, noun: Token, trig: Trigger) -> None:
        if trig.requires_prep and not prep_objects(ctx, noun, trig.preps):
            return  # "officials agreed in interviews": no one's interview with anyone
        carrier = self._carrier(noun)
        if self._ceased(ctx, noun, carrier, trig) or self._held(ctx, noun, carrier, trig):
            return
        if carrier.dep_ == "dobj" and any(
                t.objects and noun in objects_of(carrier.head, t.objects, modifiers=t.modifiers)
                for t in ctx.lexicon.verbs.get(carrier.head.lemma_.lower(), ())):
            return  # "signed an agreement" is the verb's event (a Treaty), not a second one
        targets = parties(ctx, prep_objects(ctx, noun, trig.preps)) if trig.preps else []
        head = carrier.head
        light = head if carrier.dep_ == "dobj" and head.lemma_.lower() in self.rules.light_verbs else None
        if light is None:
            light = self._taking_part(noun, carrier, trig)
        # "In meetings with Suharto he had not called for …": a setting put before the verb
        # took place, whatever the verb denies
        presupposed = light is not None and carrier.head.i < light.i == carrier.head.head.i
        # the time of another act: its doer took part ("during a visit to X, Y said …")
        occasion = self._occasion(ctx, noun, carrier, trig) if light is None and targets else None
        if occasion is not None:
            light, presupposed = occasion[0], True
        if not targets and carrier is not noun and trig.preps:
            targets = parties(ctx, prep_objects(ctx, carrier, trig.preps))
        if not targets and light is not None:
            targets = parties(ctx, prep_objects(ctx, light, trig.preps))  # "imposed sanctions on X"
            if not targets:  # "gave the Ivory Coast 5.1 million dollars of aid"
                targets = [t for c in light.children if c.dep_ == "dative" and c.i < carrier.i
                           for t in with_conjuncts(ctx, c)]
        if not targets:  # "reiterated its demand that Israel ease restrictions"
            targets = parties(ctx, [t for c in noun.children if c.dep_ in ("acl", "ccomp")
                                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                                    for t in with_conjuncts(ctx, s)])
        if not targets:
            # "talks between X and Y", "a suspension of air links with Serbia"
            # (only through "of": a noun's other prepositions are its own, already tried)
            # "the annual meeting of the Asian Development Bank": whose gathering, not with whom
            holders = {t for h in prep_objects(ctx, noun, ("of",))
                       if (m := mention_for(ctx, h)) is not None
                       for t in h.subtree if ctx.by_token.get(t.i) == m} if (  # 'Group of Five'
                event_info(trig.event).plover in self.rules.gathering_categories) else set()
            # "his veto of economic sanctions against South Africa": whom the thing vetoed,
            # opposed or backed is aimed at or is for is not whom the stance is taken against
            topics = self.rules.of_topic_preps if (
                event_info(trig.event).plover in self.rules.of_topic_categories) else frozenset()
            targets = prep_objects(ctx, noun, ("between",)) or clausal_targets(
                ctx, noun, exclude=holders, deps=NOUN_DEEP_DEPS, first_hop="of",
                topic_preps=topics)
        for prep in sorted(self.rules.matter_preps & set(trig.preps)):
            # "an investigation into alleged crimes committed by Croat forces", "… into an
            # allegation that the NPFL had taken the city": whom the matter is about
            targets = targets or clausal_targets(ctx, noun, exclude=set(), deps=MATTER_DEPS,
                                                 first_hop=prep, max_depth=6)
        if not targets and not (reciprocal(trig.event) and light is not None):
            return  # "Israel and Lebanon renewed negotiations" goes on: each with the other
        if not targets and any(ctx.lemmas[t.i] not in self.rules.reciprocal_objects
                               for h in (noun, carrier, light) if h is not None
                               for t in prep_objects(ctx, h, trig.preps)):
            return  # "Brazil and Mexico held talks with commercial banks": not each other
        # "talks between France and Iran on the repayment of a loan by the late Shah": the
        # parties between whom it is are its parties, not the one a "by" phrase names
        between = len(prep_objects(ctx, noun, ("between",))) >= 2
        agents = [] if between else (
            passive_agent(ctx, noun) or prep_objects(ctx, noun, ("by",))
            or (occasion[1] if occasion is not None else []))
        if not agents and light is not None:
            agents = subjects(ctx, light) or [  # "Mr Brown has been locked in talks with …"
                t for c in light.children if c.dep_ == "nsubjpass" for t in with_conjuncts(ctx, c)]
        if not agents:
            agents = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                      and c.i < noun.i and (c.i in ctx.by_token or c.dep_ == "poss")]
        if not targets and self._engaged(ctx, noun, agents):
            return  # "Cowell, Osbourne and Walsh are in talks about a new series": not each other
        emit(ctx, noun, event=trig.event, confidence=trig.confidence, agents=agents,
             targets=targets, light=light, presupposed=presupposed)

    def _engaged(self, ctx: ReadContext, noun: Token, agents: list[Token]) -> bool:
        """'Simon Cowell, Sharon Osbourne and Louis Walsh are in talks about a new series':
        people in talks about their work, with no partner named, each talk with someone
        unnamed ('Jose Mourinho and Chelsea are in talks over a new contract' talk with each
        other; so do states)."""
        people = [m for a in agents if (m := mention_for(ctx, a)) is not None]
        return bool(people) and all(ctx.mention(m).kind == "Person" for m in people) and any(
            ctx.lemmas[o.i] in self.rules.engagement_topics
            for p in noun.children if p.dep_ == "prep" and p.lower_ in self.rules.engagement_preps
            for o in p.children if o.dep_ == "pobj")
