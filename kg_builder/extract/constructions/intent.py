"""'Libya offered to hand over the suspects to Britain', 'France is ready to contribute troops
to …', 'Iraq said it would allow the return of U.N. inspectors': an offer or promise of a
non-hostile act towards a party is an expressed intent to cooperate (CAMEO 03) — whether or not
the act is a trigger. The offer itself is what happened, so the event is asserted. A plan, a
decision or a schedule ('is planning to hold', 'intends to finance', 'is set to continue')
promises nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...ontology import event_info
from ..arguments import clausal_targets
from ..context import ReadContext
from ..deals import in_business_transfer
from ..emit import emit
from ..framing import is_committed, is_future, is_intent, is_plan, is_supposed
from ..provoked import brings_on
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects

__all__ = ["Intent", "IntentRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class IntentRules:
    """``rules/extract/intent.json``."""

    event: str
    confidence: float
    promised_acts: Words
    not_promising_categories: frozenset[str]
    cooperative_categories: frozenset[str]
    hostile_categories: frozenset[str]
    destination_acts: Words
    cessation_acts: Words
    setting_preps: Words
    aside_preps: Words
    clause_nouns: Words
    hostile_preps: Words


class Intent:
    name: ClassVar[str] = "intent"
    #: it reads verbs only (the first test of ``read``): no call at any other token
    parts_of_speech: ClassVar[frozenset[str]] = frozenset({"VERB"})

    def __init__(self) -> None:
        self.rules = load_section(self.name, IntentRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return None  # any verb under an intent verb or adjective ("offered to hand over")

    def read(self, ctx: ReadContext, act: Token) -> bool:
        rules = self.rules
        lemma = ctx.lemmas[act.i]
        if ctx.pos[act.i] != "VERB" or not (
                act.dep_ == "xcomp" or lemma in rules.promised_acts) or not is_intent(act):
            return False
        if lemma in rules.destination_acts and not any(
                c.dep_ in ("dobj", "dative") for c in act.children):
            return False  # "will return to a US court", "would return to Parliament": going back
        if lemma in rules.cessation_acts and any(
                c.dep_ == "dobj" and ctx.pos[c.i] == "NOUN" for c in act.children):
            return False  # "promised to halt all trade with South Africa": a break announced
            # (not "pledged to stop dumping microchips in the U.S.": an act of its own given up)
        if brings_on(ctx, act):
            return False  # "will invite some retaliatory moves": provoked, no promise
        lexicon = ctx.lexicon
        own = lexicon.verbs.get(lemma, ())
        if any(event_info(t.event).plover in rules.not_promising_categories for t in own):
            return False
        if any(event_info(t.event).plover in rules.cooperative_categories for t in own):
            return False  # a cooperative trigger yields the promise itself (conventions)
        if any(event_info(t.event).plover in rules.hostile_categories
               for c in self._complements(act)
               for t in (*lexicon.nouns.get(c.lemma_.lower(), ()),
                         *lexicon.verbs.get(c.lemma_.lower(), ()))):
            return False  # "prepared to resume shelling X", "ready to go to war against X"
            # announce no cooperation
        if is_plan(act) or is_supposed(act) or not (is_committed(act) or is_future(act)):
            return False  # "is planning to hold …", "asked if he would welcome …", the narrator's
            # hypothesis "The Lib Dems would allow people to swap …" promise nothing
        agents = subjects(ctx, act)
        # searched as the verb triggers search an agreed act: not where or in what role it is
        # done ('agreed to serve as a member of the Foreign Intelligence Advisory Board'), nor
        # what a noun's infinitive is for ('prepared to play its part in the effort to attain
        # European Community monetary unity'); nor a party of a business bought or sold
        # ('agreed to buy the business of X': a purchase)
        targets = [t for t in clausal_targets(ctx, act, exclude=set(agents),
                                              setting_preps=rules.setting_preps,
                                              aside_preps=rules.aside_preps,
                                              noun_clauses=False, clause_nouns=rules.clause_nouns)
                   if not in_business_transfer(ctx, act, t,
                                               category=event_info(rules.event).plover)]
        emit(ctx, act, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets, intent_event=True)
        return False

    def _complements(self, act: Token) -> list[Token]:
        """What the act does: its object or infinitive ('resume shelling'), and the object of
        a phrase of ``hostile_preps`` that names it ('go to war against the auto makers',
        'resort to force against Iraq'; not 'help Iraq in its war against Iran')."""
        return [c for c in act.children if c.dep_ in ("dobj", "xcomp")] + [
            o for p in act.children if p.dep_ == "prep" and p.lower_ in self.rules.hostile_preps
            for o in p.children if o.dep_ == "pobj"]
