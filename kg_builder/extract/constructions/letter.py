"""'Michael Howard has written to Tony Blair demanding an explanation', 'Ms Sturgeon has
written to Mr McConnell asking for clarification', 'The employers have written to the union
asking it to reconsider its position': a participle of asking that follows a letter asks it of
whom the letter is addressed to (CAMEO 10), and the writer is the one who asks.

A participle (``-ing``, no subject or auxiliary of its own) of a verb trigger of
``request_categories`` hangs on a verb of ``verbs`` that has an addressee ('wrote to X …,
demanding'), on that addressee ('written to Tony Blair demanding'), or on a noun of
``letter_nouns`` the verb sends ('sent a letter to X urging'); a participle coordinated with
such a one counts too ('accusing him of … and calling for him to apologise'). The addressee is
the object of one of ``addressee_preps`` on the verb or on the letter; one of
``open_letter_kinds`` (a newspaper: 'wrote to The Times demanding a change in the law') is
asked nothing, its readers are. The writer — the verb's subject — asks; the party the
participle names itself as its own object ('urging the government to act') or after one of its
trigger's prepositions ('demanding an apology from X') is asked, else the addressee. The
trigger's own conditions hold (its particle; its preposition when it requires one: 'calling
for', 'asking for'); a question asks for nothing: 'asking whether …', 'asking about …' (one of
``question_preps``), 'asking his views' (one of ``question_objects``). Claims the participle:
the verb triggers would take the addressee it hangs on, or no one, for the asker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...ontology import event_info
from ..arguments import parties, prep_objects
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for, names_itself
from ..rules import Lexicon, Trigger, Words, load_section
from ..syntax import particle, subjects, with_conjuncts
from .base import verb_triggers

__all__ = ["Letter", "LetterRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterRules:
    """``rules/extract/letter.json``."""

    verbs: Words
    letter_nouns: Words
    addressee_preps: Words
    request_categories: frozenset[str]
    question_preps: Words
    question_objects: Words
    open_letter_kinds: frozenset[str]
    object_preps: Words


class Letter:
    name: ClassVar[str] = "letter"

    def __init__(self) -> None:
        self.rules = load_section(self.name, LetterRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return frozenset(lemma for lemma, triggers in lexicon.verbs.items() if any(
            event_info(t.event).plover in self.rules.request_categories for t in triggers))

    def read(self, ctx: ReadContext, token: Token) -> bool:
        if ctx.pos[token.i] != "VERB" or token.tag_ != "VBG" or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
            return False
        first = token
        while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i != first.i:
            first = first.head  # "accusing him of … and calling for him to apologise"
        found = self._letter(ctx, first)
        if found is None:
            return False
        verb, addressees = found
        trig = self._trigger(ctx, token)
        if trig is None or self._asks_a_question(token):
            return False
        agents = subjects(ctx, verb)
        targets = self._own(ctx, token, trig) or [
            t for t in parties(ctx, addressees)
            if (mid := mention_for(ctx, t)) is None
            or ctx.mention(mid).kind not in self.rules.open_letter_kinds]
        if not agents or not targets:
            return False
        emit(ctx, token, event=trig.event, confidence=trig.confidence, agents=agents,
             targets=targets)
        return True

    def _letter(self, ctx: ReadContext, participle: Token) -> tuple[Token, list[Token]] | None:
        """The verb of writing the participle follows and the addressees of its letter:
        'wrote to X …, demanding', 'written to X demanding', 'sent a letter to X urging'."""
        rules = self.rules
        head = participle.head
        if participle.dep_ == "advcl" and ctx.lemmas[head.i] in rules.verbs:
            verb, letter = head, None
        elif participle.dep_ == "acl" and head.dep_ == "pobj" and (
                head.head.lower_ in rules.addressee_preps) and (
                ctx.lemmas[head.head.head.i] in rules.verbs):
            verb, letter = head.head.head, None
        elif participle.dep_ == "acl" and ctx.lemmas[head.i] in rules.letter_nouns and (
                head.dep_ == "dobj" and ctx.lemmas[head.head.i] in rules.verbs):
            verb, letter = head.head, head
        else:
            return None
        addressees = [t for h in (verb, letter) if h is not None for p in h.children
                      if p.dep_ in ("prep", "dative") and p.lower_ in rules.addressee_preps
                      for o in p.children if o.dep_ == "pobj" for t in with_conjuncts(ctx, o)]
        return (verb, addressees) if addressees else None

    def _own(self, ctx: ReadContext, participle: Token, trig: Trigger) -> list[Token]:
        """The parties the participle itself asks: its object ('urging the government to
        act') or the object of one of its trigger's prepositions, on it or on its object
        ('demanding an apology from Tony Blair', of ``object_preps`` only on the object: 'the
        release of the prisoners' is the object's own phrase); only a party named itself."""
        objects = [t for c in participle.children if c.dep_ in ("dobj", "dative")
                   for t in with_conjuncts(ctx, c)]
        found = prep_objects(ctx, participle, trig.preps) + [
            t for o in objects for t in prep_objects(ctx, o, tuple(
                p for p in trig.preps if p in self.rules.object_preps))]
        return [t for t in found + objects if names_itself(ctx, t)]

    def _trigger(self, ctx: ReadContext, participle: Token) -> Trigger | None:
        """The participle's trigger of asking whose own conditions hold here: its particle, and
        its preposition when it requires one ('calling for', as a preposition or as the
        'for' of an infinitive's subject: 'calling for him to apologise')."""
        for trig in verb_triggers(ctx, participle):
            if event_info(trig.event).plover not in self.rules.request_categories or (
                    trig.confidence < ctx.min_confidence):
                continue
            if trig.particle and particle(participle, trig.particle) is None:
                continue
            if trig.requires_prep and not any(
                    (c.dep_ in ("prep", "dative") and c.lower_ in trig.preps) or (
                        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in trig.preps
                                                  for m in c.children))
                    for c in participle.children):
                continue
            return trig
        return None

    def _asks_a_question(self, participle: Token) -> bool:
        """'asking whether he knew', 'asking what the minister would do', 'asking about the
        report', 'asking his views on the plan': a question, no request."""
        rules = self.rules
        return any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in rules.question_preps)
                   or (c.dep_ == "dobj" and c.lemma_.lower() in rules.question_objects)
                   for c in participle.children)
