"""'Japan was ready to take appropriate measures if Washington went ahead with the sanctions',
'Washington has said it will take trade reprisals if the EC proceeds with the ban': a reprisal
promised on the condition that a party acts is a threat against that party (CAMEO 13).

The reprisal is a verb of ``verbs`` ('retaliate'), a noun of ``nouns`` ('retaliation',
'reprisals', 'countermeasures'), a noun of ``measure_nouns`` with one of ``measure_modifiers``
('appropriate measures', 'necessary steps') or any noun with one of ``modifiers`` ('retaliatory
tariffs'). Its condition is the nearest clause of ``condition_marks`` ('if', 'unless') hanging
from the reprisal, its light verb or a verb above them; the party the threat is against is the
subject of that clause, or the object of one of ``target_preps`` of the reprisal ('retaliate
against Japan if …'). Who threatens is the subject of the verb (or of the noun's light verb: 'take
reprisals', not 'rule out reprisals'), or the party named before the noun ('Japanese retaliation if America went ahead …'). A reprisal on
no condition, or on a condition that names no party ('if the proposal does get through'), is
left to the trigger readers, and so is one asked about or itself a condition ('Asked if South
Korea would retaliate if Congress closed U.S. markets …': a mark of ``question_marks``). A
reprisal a warning to a party announces is a threat against the party warned, on a condition
that names no party or on none ('The United States has warned France that it may retaliate if
control of the company is awarded on political grounds', 'warned Iran of stronger American
countermeasures': ``warning_verbs``, ``warning_preps``), when the reprisal is the warner's own
(its agent one of ``own_pronouns`` or the warner's name; 'warned Japan that China may
retaliate' foretells another's act). Claims the token when it read a threat: the reprisal is not also an
attack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..arguments import prep_objects
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Reprisal", "ReprisalRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReprisalRules:
    """``rules/extract/reprisal.json``."""

    event: str
    confidence: float
    verbs: Words
    nouns: Words
    measure_nouns: Words
    measure_modifiers: Words
    modifiers: Words
    condition_marks: Words
    target_preps: tuple[str, ...]
    light_verbs: Words
    question_marks: Words
    warning_verbs: Words
    warning_preps: Words
    own_pronouns: Words


class Reprisal:
    name: ClassVar[str] = "reprisal"

    def __init__(self) -> None:
        self.rules = load_section(self.name, ReprisalRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        rules = self.rules
        return rules.verbs | rules.nouns | rules.measure_nouns | rules.modifiers

    def read(self, ctx: ReadContext, token: Token) -> bool:
        rules = self.rules
        lemma, pos = ctx.lemmas[token.i], ctx.pos[token.i]
        if pos == "ADJ":
            # "retaliatory tariffs": the reprisal is the noun the adjective modifies
            if lemma not in rules.modifiers or token.dep_ != "amod" or token.head.pos_ != "NOUN":
                return False
            token = token.head
        elif pos == "VERB":
            if lemma not in rules.verbs:
                return False
        elif pos != "NOUN" or not (lemma in rules.nouns or (
                lemma in rules.measure_nouns and any(
                    c.dep_ in ("amod", "compound") and ctx.lemmas[c.i] in rules.measure_modifiers
                    for c in token.children))):
            return False
        light = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" and (
            ctx.lemmas[token.head.i] in rules.light_verbs) else None
        if any(c.dep_ == "mark" and c.lower_ in rules.question_marks
               for h in (token, light) if h is not None for c in h.children):
            return False  # "Asked if South Korea would retaliate if Congress …": a question
        condition = self._condition(token)
        targets = [] if condition is None else prep_objects(ctx, token, rules.target_preps) or [
            t for t in subjects(ctx, condition) if mention_for(ctx, t) is not None]
        agents = self._agents(ctx, token, light)
        if not targets:
            # "has warned France that it may retaliate if control of the company is awarded
            # on political grounds": the party warned
            warning, targets = self._warned(ctx, token, light)
            if warning is not None:
                warners = subjects(ctx, warning)
                if agents and not self._own(ctx, agents, warners):
                    return False  # "warned investors that Japan may retaliate": a forecast
                agents = agents or warners  # "warned Iran of countermeasures"
        if not agents or not targets:
            return False
        before = len(ctx.out.events)
        emit(ctx, token, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets, light=light, intent_event=True)
        return len(ctx.out.events) > before

    def _warned(self, ctx: ReadContext, token: Token,
                light: Token | None) -> tuple[Token | None, list[Token]]:
        """'The United States has warned France that it may retaliate', 'warned Iran of
        stronger American countermeasures': a reprisal that is what a verb of
        ``warning_verbs`` says (its clause, or its phrase of ``warning_preps``) is a threat
        against the party warned, its object. Returns the warning verb and the parties warned
        (none when the object is no party: 'warned investors that Japan may retaliate')."""
        rules = self.rules
        node = light or token
        if node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ in rules.warning_preps:
            warning = node.head.head
            if warning.dep_ == "dobj":
                warning = warning.head  # "warned Iran of …", the phrase hung on the object
        else:
            while node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
                node = node.head  # "warned Iran that it was ready to retaliate"
            warning = node.head if node.dep_ == "ccomp" else None
        if warning is None or ctx.lemmas[warning.i] not in rules.warning_verbs:
            return None, []
        return warning, [t for c in warning.children if c.dep_ == "dobj"
                         for t in with_conjuncts(ctx, c) if mention_for(ctx, t) is not None]

    def _own(self, ctx: ReadContext, agents: list[Token], warners: list[Token]) -> bool:
        """Whether the reprisal's agents are the one who warns: a pronoun of
        ``own_pronouns`` ('warned France that it may retaliate') or a mention of the same
        name, not another party ('warned Japan that China may retaliate' foretells)."""
        names = {ctx.mention(m).name.lower() for w in warners
                 if (m := mention_for(ctx, w)) is not None}
        return bool(warners) and all(
            a.lower_ in self.rules.own_pronouns or (
                (m := mention_for(ctx, a)) is not None and ctx.mention(m).name.lower() in names)
            for a in agents)

    def _condition(self, token: Token) -> Token | None:
        """The nearest clause of ``condition_marks`` on the reprisal or a word above it."""
        node: Token | None = token
        while node is not None:
            for clause in node.children:
                if clause.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ in self.rules.condition_marks
                        for c in clause.children):
                    return clause
            node = None if node.head.i == node.i else node.head
        return None

    @staticmethod
    def _agents(ctx: ReadContext, token: Token, light: Token | None) -> list[Token]:
        """The verb's subject, the noun's light verb's, or the party named before the noun."""
        if token.pos_ == "VERB":
            return subjects(ctx, token)
        if light is not None and (found := subjects(ctx, light)):
            return found
        return next((with_conjuncts(ctx, c) for c in token.children
                     if c.dep_ in ("poss", "amod", "compound") and c.i < token.i
                     and ctx.by_token.get(c.i) is not None), [])
