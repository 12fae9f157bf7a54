"""'The Tories dismissed the plan as "desperate"', 'Mr Oaten branded the ID scheme a waste of
money', 'Liam Fox likened the two men to "self-obsessed schoolboys"', 'he is scathing of the
Tory party': criticism (CAMEO 11) without a verb of criticism.

A verb of evaluation criticises its object when the evaluation is negative (a word of
``negative_words`` in the complement: 'as rubbish', 'unacceptable', 'a disgraceful waste'), or
always for ``always_negative_verbs`` ('dismissed X as …', 'likened X to …'). The target is the
object when it names a party, else the party the object belongs to ('the Tory plans', 'Labour's
pledges'). An adjective of criticism with 'of' ('scathing of', 'critical of') criticises its
object. A verb of saying whose clause judges a party or its thing negatively criticises it
('the EC and some U.S. domestic groups have said the Reagan administration plan to end all farm
trade subsidies is unrealistic'). Claims the verb: 'dismissed X as nonsense' is not also a
rejection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...model import PLACE_KINDS
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for
from ..reduced_passives import acted_on, is_reduced_passive
from ..rules import Lexicon, Words, load_section
from ..syntax import passive_agent, subjects, with_conjuncts

__all__ = ["Evaluation", "EvaluationRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationRules:
    """``rules/extract/evaluation.json``."""

    event: str
    confidence: float
    verbs: Words
    always_negative_verbs: Words
    complement_preps: Words
    negative_words: Words
    negated_positive_words: Words
    adjectives: Words
    adjective_preps: Words
    speech_verbs: Words
    statement_copulas: Words
    situation_subjects: Words
    market_words: Words
    movement_words: Words
    quote_marks: Words
    author_preps: Words
    bid_words: Words
    party_kinds: frozenset[str]
    bidder_kinds: frozenset[str]


class Evaluation:
    name: ClassVar[str] = "evaluation"

    def __init__(self) -> None:
        self.rules = load_section(self.name, EvaluationRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.verbs | self.rules.adjectives | self.rules.speech_verbs

    def read(self, ctx: ReadContext, token: Token) -> bool:
        if ctx.pos[token.i] == "ADJ":
            return self._adjective(ctx, token)
        if ctx.pos[token.i] != "VERB":
            return False
        rules = self.rules
        if ctx.lemmas[token.i] in rules.speech_verbs:
            return self._statement(ctx, token)
        complement = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "attr", "acomp")
                      or (c.dep_ == "prep" and c.lower_ in rules.complement_preps)]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
            is_reduced_passive(token))  # "Mr Blair, described by Mr Howard as a liar, …"
        objects = (acted_on(ctx, token)[:1] if passive else []) or [
            c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if passive:  # 'has been branded a "disgraceful waste" by MPs': parsed as an object
            complement += [c for c in token.children if c.dep_ == "dobj"]
        if not complement:  # 'called Tony Blair's plans "disgraceful"': parsed as a modifier
            complement = [a for o in objects for a in o.children
                          if a.dep_ == "amod" and a.i > o.i and self._quoted(a)]
        if not complement:
            return False
        words = {ctx.lemmas[t.i] for c in complement for t in c.subtree} | {
            t.lower_ for c in complement for t in c.subtree}
        if ctx.lemmas[token.i] not in rules.always_negative_verbs and not (
                words & rules.negative_words):
            return False
        agents = (passive_agent(ctx, token) or self._by_agent(ctx, complement)) if passive \
            else subjects(ctx, token)
        targets = [t for o in objects for t in self._party_of(ctx, o) or self._owner(ctx, o)
                   if not self._price_verdict(ctx, o, t, agents)]  # "dismissed GAF's bid as …"
        if not targets or not agents:
            return False
        emit(ctx, token, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets)
        return True

    def _adjective(self, ctx: ReadContext, adj: Token) -> bool:
        """'he is scathing of the Tory party', 'was highly critical of Mr Blair'."""
        rules = self.rules
        if ctx.lemmas[adj.i] not in rules.adjectives or adj.dep_ not in ("acomp", "amod"):
            return False
        targets = [t for p in adj.children if p.dep_ == "prep" and p.lower_ in rules.adjective_preps
                   for o in p.children if o.dep_ == "pobj" for t in self._party_of(ctx, o)]
        head = adj.head
        agents = subjects(ctx, head) if adj.dep_ == "acomp" else [head]
        if not targets or not agents:
            return False
        emit(ctx, adj, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets)
        return True

    def _statement(self, ctx: ReadContext, verb: Token) -> bool:
        """'X said the Reagan administration plan … is unrealistic', 'X argued that the Tories
        were irresponsible': the clause's subject, or whose it is, judged negatively by the
        complement of its copula (not when the clause is negated, unless it denies a good word:
        'said the new rules were "not proportionate"')."""
        rules = self.rules
        agents = subjects(ctx, verb)
        targets: list[Token] = []
        for clause in verb.children:
            if clause.dep_ != "ccomp" or ctx.lemmas[clause.i] not in rules.statement_copulas:
                continue
            # the complement and its own modifiers, not its phrases ('dead or missing in the
            # disaster' judges no one)
            complement = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
            complement += [m for c in complement for m in c.children
                           if m.dep_ in ("amod", "advmod", "conj", "compound", "neg")]
            words = {ctx.lemmas[t.i] for t in complement} | {t.lower_ for t in complement}
            negated = any(t.dep_ == "neg" for t in (*clause.children, *complement))
            # 'is not unrealistic' judges no one; 'were not proportionate' does
            if not words & (rules.negated_positive_words if negated else rules.negative_words):
                continue
            # 'said: "This is an incredible gaffe by Jack McConnell"': the author of what is judged
            targets += [t for c in complement for t in self._author(ctx, c)]
            for subj in (c for c in clause.children if c.dep_ == "nsubj"
                         and c.lower_ not in rules.situation_subjects
                         and not self._market(ctx, c)):  # "Tokyo's share price slide"
                # "the Reagan administration plan": the thing's owner among its modifiers
                owners = [subj, *[c for c in subj.children
                                  if c.dep_ in ("compound", "poss", "nmod") and c.i < subj.i]]
                found = next((found for o in owners if (found := self._party_of(ctx, o))), [])
                # "said Union Pacific's offer was grossly inadequate": a price judged
                targets += [t for t in found if not self._price_verdict(ctx, subj, t, agents)]
        if not targets or not agents:
            return False
        emit(ctx, verb, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets)
        return True

    def _price_verdict(self, ctx: ReadContext, thing: Token, owner: Token,
                       agents: list[Token]) -> bool:
        """'Herb Mee Jr., president of Beard Oil Co, said Union Pacific's offer was "grossly
        inadequate"', 'investment advisors told the company Pickens' offer was inadequate': a
        verdict on a bid or an offer (``bid_words``) where no party, judge or bidder, is a state,
        a government body or a political party (``party_kinds``), on a company's bid
        (``bidder_kinds``) or in a business report, judges a price: a market's talk of a
        takeover, no criticism between two parties ('Britain said the Japanese offer was
        inadequate', 'the Tories said Labour's offer to students was a gimmick' stay)."""
        rules = self.rules
        if ctx.lemmas[thing.i] not in rules.bid_words:
            return False
        kinds = {t.i: ctx.mention(m).kind for t in (owner, *agents)
                 if (m := mention_for(ctx, t)) is not None}
        if any(k in rules.party_kinds for k in kinds.values()):
            return False
        return ctx.business or kinds.get(owner.i) in rules.bidder_kinds

    def _market(self, ctx: ReadContext, subj: Token) -> bool:
        """'the fall in Tokyo share prices', "Tokyo's share price slide", 'the dollar': a judged
        subject that is a market or a movement of one — a remark about markets, no criticism of
        the place or state named with it ('the Tory plans for the stock market' stay)."""
        rules = self.rules
        if ctx.lemmas[subj.i] in rules.market_words:
            return True
        if ctx.lemmas[subj.i] not in rules.movement_words:
            return False
        todo = list(subj.children)
        while todo:
            token = todo.pop()
            if ctx.lemmas[token.i] in rules.market_words:
                return True
            todo += [c for c in token.children
                     if c.dep_ in ("compound", "poss", "nmod", "amod", "prep", "pobj")]
        return False

    def _quoted(self, token: Token) -> bool:
        """The phrase of ``token`` opens with a quotation mark ('"hugely disappointing"')."""
        start = min((t.i for t in token.subtree if not t.is_punct), default=token.i)
        return any(t.text in self.rules.quote_marks for t in token.doc[max(start - 2, 0):start])

    @staticmethod
    def _by_agent(ctx: ReadContext, complement: list[Token]) -> list[Token]:
        """'described as "irresponsible" and "outrageous" by the Islamic Human Rights
        Commission': the passive's 'by' phrase parsed inside the complement."""
        return next((with_conjuncts(ctx, o) for c in complement for t in c.subtree
                     if t.dep_ == "prep" and t.lower_ == "by"
                     for o in t.children if o.dep_ == "pobj"), [])

    def _owner(self, ctx: ReadContext, thing: Token) -> list[Token]:
        """Whose the judged thing is, named before it ('branded the Tory plans as "fantasy
        economics"', 'a failed government scheme') or as its author ('called the decision by
        the Home Office "disgraceful"'); nothing when no party is named."""
        return next((found for o in thing.children
                     if o.dep_ in ("compound", "poss", "nmod", "amod") and o.i < thing.i
                     if (found := self._party_of(ctx, o))), []) or self._author(ctx, thing)

    def _author(self, ctx: ReadContext, thing: Token) -> list[Token]:
        """The party a phrase of ``author_preps`` on the thing names ('a gaffe by Jack
        McConnell', 'the decision by the Home Office')."""
        return next((found for p in thing.children
                     if p.dep_ == "prep" and p.lower_ in self.rules.author_preps
                     for o in p.children if o.dep_ == "pobj"
                     if (found := self._party_of(ctx, o))), [])

    @staticmethod
    def _party_of(ctx: ReadContext, token: Token) -> list[Token]:
        """The object when it names a party ('branded the Tories …'), or whose it is ('the
        Tory plans', "Labour's pledges"); nothing for a place or a plain thing."""
        mid = mention_for(ctx, token)
        if mid is None or ctx.mention(mid).kind in PLACE_KINDS:
            return []
        return with_conjuncts(ctx, token)
