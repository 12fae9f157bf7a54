"""'X said/declared that Y must …', 'X insisted that Y boost imports': X demands something of Y
(CAMEO 10).

Only an active subject is asked to act: "Belarus should not be forced to choose" asks nothing of
Belarus; "X should know …" (a stative verb), "no politician should …" and "shop workers should be
able to enjoy a break" (a right or a capability, wanted for them), "Venezuela should have no
problems in repaying its debt" (an ease expected for it) ask no act; "Mexico's economy
should resume growth" asks nothing of Mexico (the subject is a thing of the party's, not the
party). "X said Y should have acted sooner" asks for nothing that can still be done: it
criticises Y (CAMEO 111). "Mr Howard said Britain should take its fair share of the world's
genuine refugees" asks nothing of anyone: a politician's own country, named, is what he says it
should do — a position, no demand of another party (but "the government must act" is one: it
asks those who govern). What a commentator says a party should do ("analyst Rick Martin said IBM
should begin a come-back", :mod:`..commentators`) is a forecast or advice, and a modal before its
subject ("said should Seoul revalue the won, Korea would …") opens a condition or a question:
neither is a demand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..commentators import is_commentator
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for, names_itself
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Demand", "DemandRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DemandRules:
    """``rules/extract/demand.json``."""

    event: str
    confidence: float
    verbs: Words
    modals: Words
    stative_verbs: Words
    non_specific_determiners: Words
    capability_words: Words
    capability_verbs: Words
    capability_nouns: Words
    perfect_auxiliaries: Words
    counterfactual_event: str
    home_entity_categories: frozenset[str]
    party_entity_categories: frozenset[str]
    own_state_hows: frozenset[str]
    suggestion_verbs: Words
    mandative_verbs: Words
    condition_marks: Words
    goal_verbs: Words
    goal_adjectives: Words


class Demand:
    name: ClassVar[str] = "demand"

    def __init__(self) -> None:
        self.rules = load_section(self.name, DemandRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.verbs | self.rules.mandative_verbs

    def read(self, ctx: ReadContext, token: Token) -> bool:
        rules = self.rules
        if ctx.pos[token.i] != "VERB" or ctx.lemmas[token.i] not in (
                rules.verbs | rules.mandative_verbs) or (
                ctx.lemmas[token.i] in rules.suggestion_verbs):
            return False  # "suggested Mr Blair should reinstate Mr Brown": advice
        clauses = [c for c in token.children if c.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ in rules.modals for a in c.children)
            and not self._inverted(c)]
        asks = clauses + self._subjunctives(ctx, token)
        if not asks:
            return False
        # "Analysts said Japan must cut its surplus": a commentator forecasts or advises
        speakers = [s for s in subjects(ctx, token) if not is_commentator(ctx, s)]
        for clause in asks:
            if clause.lemma_.lower() in rules.stative_verbs or self._capability(clause):
                continue
            # "Airbus insisted McDonnell drop the MD-11": the bare infinitive's subject is
            # the object of the verb
            asked, dep = (clause, "nsubj") if clause.dep_ == "ccomp" else (token, "dobj")
            targets = [t for c in asked.children if c.dep_ == dep
                       and not any(d.dep_ == "det" and d.lower_ in rules.non_specific_determiners
                                   for d in c.children)
                       for t in with_conjuncts(ctx, c) if names_itself(ctx, t)]
            home = self._home(ctx, speakers)
            if home is not None:  # "Mr Howard said Britain should take its fair share"
                targets = [t for t in targets if not self._own_state(ctx, t, home)]
            counterfactual = any(c.dep_ == "aux" and c.lemma_.lower() in rules.perfect_auxiliaries
                                 for c in clause.children)  # "should have withdrawn"
            emit(ctx, token, event=rules.counterfactual_event if counterfactual else rules.event,
                 confidence=rules.confidence, agents=speakers, targets=targets,
                 hedged=self._conditional(clause))
        return False

    def _inverted(self, clause: Token) -> bool:
        """'said should Seoul revalue the won suddenly, Korea would run a deficit', 'asked:
        must Britain pay?': a modal before its subject opens a condition or a question, no
        demand."""
        modals = [a.i for a in clause.children if a.dep_ == "aux" and a.lower_ in self.rules.modals]
        return any(c.dep_ == "nsubj" and m < c.i for c in clause.children for m in modals)

    def _subjunctives(self, ctx: ReadContext, verb: Token) -> list[Token]:
        """'the EC would continue to insist that Japan boost imports', 'Airbus insisted
        McDonnell drop the MD-11': after a verb of ``mandative_verbs``, a clause whose verb is
        bare — no auxiliary, no 'to', the base form (tagged so, or a present form that does not
        agree with a singular subject) — asks its subject to act, and a bare infinitive after
        the verb's object asks the object; an indicative clause ('insisted Labour was to
        blame', 'insist voters face higher taxes') and a passive ('insisted Argentina be given
        more time') ask no act of anyone."""
        if ctx.lemmas[verb.i] not in self.rules.mandative_verbs:
            return []
        found: list[Token] = []
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ != "VERB" or any(
                    c.dep_ in ("aux", "auxpass") for c in clause.children):
                continue
            subject = [c for c in clause.children if c.dep_ == "nsubj"] if (
                clause.dep_ == "ccomp") else [c for c in verb.children if c.dep_ == "dobj"]
            if subject and (clause.tag_ == "VB" or (
                    clause.tag_ == "VBP" and all(s.tag_ in ("NN", "NNP") for s in subject))):
                found.append(clause)
        return found

    def _conditional(self, clause: Token) -> bool:
        """'he should quit if the report finds against him', 'Japan should step up the pace …
        if it wants to become a world financial centre': the act is asked for only on a
        condition (an adverbial clause opened by one of ``condition_marks``) — a demand not
        stated as one, hedged. Not a condition that names what the one asked wants or means to
        achieve ('if Charles Kennedy is serious about making his budgets add up he should start
        by explaining …', 'must offer competitive prices if it is interested in selling its
        wheat', 'if they are to deliver the knockout blow'): a goal, no contingency — the
        demand is made (:meth:`_goal`)."""
        return any(c.dep_ == "advcl" and not self._goal(c) and any(
            m.dep_ == "mark" and m.lower_ in self.rules.condition_marks for m in c.children)
            for c in clause.children)

    def _goal(self, condition: Token) -> bool:
        """'if it wants to become …' (one of ``goal_verbs`` with what is wanted), 'if he is
        serious about …' (one of ``goal_adjectives``), 'if they are to deliver …' ('be' with an
        infinitive): the condition is an aim of its subject."""
        rules = self.rules
        lemma = condition.lemma_.lower()
        infinitive = any(c.dep_ == "xcomp" for c in condition.children)
        return (lemma in rules.goal_verbs and infinitive) or (lemma == "be" and (infinitive or any(
            c.dep_ == "acomp" and c.lemma_.lower() in rules.goal_adjectives
            for c in condition.children)))

    def _capability(self, clause: Token) -> bool:
        """'should be able to enjoy a break', 'should be free to choose': a right or a
        capability wanted for the subject, no act asked of it; so is what one of
        ``capability_verbs`` gives it that is one of ``capability_nouns`` ('should have the
        financial flexibility and resources necessary to …', 'should have no problems in
        repaying its debt': a means or an ease it has, or is expected to have)."""
        rules = self.rules
        if clause.lemma_.lower() in rules.capability_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in rules.capability_nouns
                for c in clause.children):
            return True
        return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in rules.capability_words
                   for c in clause.children)

    def _home(self, ctx: ReadContext, agents: list[Token]) -> str | None:
        """The state (ISO alpha-3) the speaker belongs to: the one its name, title or the actor
        dictionary ties it to ('French President Jacques Chirac', 'the Tories'), else, for a
        person, a group or a party nothing ties to a state, the one country of every political
        party the article names (a British politics report names only British parties)."""
        rules = self.rules
        mentions = [ctx.mention(m) for a in agents if (m := mention_for(ctx, a)) is not None]
        if not mentions:
            return None
        homes = set()
        for m in mentions:
            tied = m.hint or next((ctx.mention(int(f.object[2:])).hint for f in ctx.out.facts
                                   if f.subject == f"m:{m.id}"
                                   and ctx.mention(int(f.object[2:])).kind == "State"), None)
            if tied is not None:
                homes.add(tied)
            elif m.kind in rules.home_entity_categories or m.how == "pronoun":
                parties = {p.hint for p in ctx.out.mentions
                           if p.kind in rules.party_entity_categories and p.hint}
                homes.add(next(iter(parties)) if len(parties) == 1 else None)
            else:
                homes.add(None)
        return homes.pop() if len(homes) == 1 else None

    def _own_state(self, ctx: ReadContext, token: Token, home: str) -> bool:
        """Whether ``token`` names the speaker's own state by its name ('Britain', 'the
        UK'), not its government ('the government', 'Whitehall')."""
        mid = mention_for(ctx, token)
        if mid is None:
            return False
        m = ctx.mention(mid)
        return m.kind == "State" and m.how in self.rules.own_state_hows and m.hint == home
