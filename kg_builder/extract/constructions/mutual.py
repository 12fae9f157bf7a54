"""Acts two parties do to each other, named by a noun: 'talks between France and Germany', 'the
agreement between X and Y', 'Japan's increasingly bitter row with the United States', 'a war of
words between Labour and the Conservatives'.

A noun of the lexicon (``rules/triggers.jsonl``) of ``between_categories`` with "between X and
Y" and no party of its own (no possessor, name before it or 'by' phrase: those are the noun
triggers' agents) names X and Y as acting on each other. A quarrel ('row', 'feud', 'spat', or
one of ``words_nouns`` with 'of words': 'a war of words') is a disapproval each party voices
of the other: between X and Y, or between its owner ('Japan's row', 'the Labour row'), or the
subject of the verb it is had or fought in ('was embroiled in a row with', 'had a spat with'),
and the object of ``quarrel_preps`` ('with the United States'); a side is a named party, not a
kind of people ('the battle of words between the politician and the journalist'). Told of is not
stated: 'the reported feud', 'reports of a feud' (``hearsay_words``, ``hearsay_nouns``). A
meeting between X and Y that is the object of a verb is someone else's act ('would be ready to
host a meeting between X and Y', 'arranged a meeting between him and an MI6 agent'): no act of
X and Y here; nor is 'no treaty between X and Y' (``absence_determiners``). The verb a
quarrel is the object of frames it ('threatened to start a row with'). The sides of a war of
words may hang on its 'words' ("Labour's war of words with the Conservatives") or, for any
quarrel, on the matter it is over (``topic_preps``: 'the war of words over asylum and
immigration between Labour and the Conservatives'). Claims a war of words (runs before the noun
triggers, which would read 'war' as a fight); does not claim other nouns.

The parser often hangs 'between X and Y' not on the noun but on the verb that says the act took
place: a participle or relative clause of one of ``occurrence_verbs`` on the noun ('an accord
reached last March between Italy and Algeria', 'negotiations currently held between Ottawa and
Paris', 'an agreement that had been reached between the United States and Japan'), the verb
the noun is the subject of ('Talks have occurred between Britain and …', 'an agreement was
reached last night between X and Y') or one of ``occurrence_states`` after 'be' ('Talks are
underway between Zaire and the IMF'). Those parties are the noun's. The verb the noun is the
subject of frames it (its negation, its reporter: 'An agreement was not reached between …'); a
participle on the noun leaves it framed as the noun alone is ('Mediobanca said … an accord
reached between Italy and Algeria': reported by Mediobanca, as 'an accord between' is), and
makes an object noun the parties' own act too ('The talks follow an agreement reached between
Nigeria and the Paris Club'). A verb of
planning ('the meetings scheduled next month between …') is none of them: a plan, not an act.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...ontology import event_info
from ..arguments import prep_objects
from ..between_sides import facing
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for
from ..pairs import expand_pairs
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Mutual", "MutualRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class MutualRules:
    """``rules/extract/mutual.json``."""

    between_categories: frozenset[str]
    quarrel_nouns: Words
    words_nouns: Words
    words_lemma: str
    topic_preps: Words
    quarrel_event: str
    quarrel_confidence: float
    quarrel_preps: tuple[str, ...]
    quarrel_verbs: Words
    setting_preps: Words
    hearsay_words: Words
    hearsay_nouns: Words
    hearsay_preps: Words
    quarrel_party_kinds_not: frozenset[str]
    absence_determiners: Words
    occurrence_verbs: Words
    occurrence_states: Words


class Mutual:
    name: ClassVar[str] = "mutual"

    def __init__(self) -> None:
        self.rules = load_section(self.name, MutualRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        between = {lemma for lemma, trigs in lexicon.nouns.items()
                   if any(event_info(t.event).plover in self.rules.between_categories
                          for t in trigs)}
        return frozenset(between) | self.rules.quarrel_nouns | self.rules.words_nouns

    def read(self, ctx: ReadContext, noun: Token) -> bool:
        if ctx.pos[noun.i] not in ("NOUN", "PROPN") or self._hearsay(noun) or any(
                c.dep_ == "det" and c.lower_ in self.rules.absence_determiners
                for c in noun.children):
            return False  # "there was no treaty between the US and Russia": none
        quarrel = self._quarrel(ctx, noun)
        if quarrel:
            event, confidence = self.rules.quarrel_event, self.rules.quarrel_confidence
        else:
            trig = next((t for t in ctx.lexicon.nouns.get(ctx.lemmas[noun.i], ())
                         if event_info(t.event).plover in self.rules.between_categories
                         and t.confidence >= ctx.min_confidence), None)
            if trig is None:
                return False
            event, confidence = trig.event, trig.confidence
        hangers = self._hangers(noun, quarrel=quarrel)
        between = expand_pairs(ctx, [t for h in hangers  # "the two sides"
                                     for t in prep_objects(ctx, h, ("between",))])
        occurrence = None if quarrel or len(between) >= 2 else self._occurrence(ctx, noun)
        if occurrence is not None:  # "an accord reached last March between Italy and Algeria"
            between = expand_pairs(ctx, [t for p in occurrence.children
                                         if p.dep_ in ("prep", "agent") and p.lower_ == "between"
                                         for o in p.children if o.dep_ == "pobj"
                                         for t in with_conjuncts(ctx, o)])
        # "talks between France and Iran on the repayment of a loan by the late Shah": with two
        # parties between whom it is, a "by" phrase is another noun's, not a third party's
        own = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
               and c.i < noun.i and c.i in ctx.by_token] + [
               c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               and len(between) < 2]
        # "ready to host a meeting between X and Y", "arranged a meeting between …": someone
        # else's act, the parties' meeting at most planned
        light = noun.head if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None
        if light is not None and not quarrel and (
                occurrence is None or occurrence.head.i != noun.i):
            return False
        if occurrence is not None and len(between) >= 2:
            # "an agreement was not reached between …": the clause's verb frames it; a
            # participle on the noun leaves it the noun's own frame ("said … part of an accord
            # reached between X and Y": reported by the speaker, as "an accord between X and Y"
            # is; "The talks follow an agreement reached between …": not the talks' frame)
            light = noun.head if occurrence.head.i != noun.i else None
        if quarrel:  # "the battle of words between the politician and the journalist": no one
            between = [t for t in between if self._party(ctx, t)]
        if len(between) >= 2 and not own:
            for party in between:  # each acted on the other(s) ("between banks and Mexico,
                # Chile, and Venezuela": on the other side only)
                emit(ctx, noun, event=event, confidence=confidence, agents=[party],
                     targets=facing(between, party), light=light)
            return bool(self._words(noun))
        if not quarrel:
            return False  # the noun triggers read "X's talks with Y"
        others = [t for h in hangers for t in prep_objects(ctx, h, self.rules.quarrel_preps)
                  if self._party(ctx, t)]
        parties = [t for t in [c for c in own if c.dep_ != "prep"] or self._holders(ctx, noun)
                   if self._party(ctx, t)]
        if others and parties:
            emit(ctx, noun, event=event, confidence=confidence, agents=parties, targets=others,
                 light=light)
            emit(ctx, noun, event=event, confidence=confidence, agents=others, targets=parties,
                 light=light)
        return bool(self._words(noun))  # a war of words is no fight

    def _occurrence(self, ctx: ReadContext, noun: Token) -> Token | None:
        """The word that says the act the noun names took place, where 'between X and Y' may
        hang: a participle or relative clause of ``occurrence_verbs`` on the noun ('an accord
        reached between …'), the verb of ``occurrence_verbs`` it is the subject of ('Talks have
        occurred between …', 'an agreement was reached between …'; not with an object of its
        own), or one of
        ``occurrence_states`` after 'be' ('Talks are underway between …')."""
        for child in noun.children:
            if (child.dep_ in ("acl", "relcl")
                    and ctx.lemmas[child.i] in self.rules.occurrence_verbs):
                return child
        head = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or head.i == noun.i:
            return None
        if ctx.lemmas[head.i] in self.rules.occurrence_verbs:
            # "the agreement reached a level between …": reaching something, no act
            return None if any(c.dep_ == "dobj" for c in head.children) else head
        if ctx.lemmas[head.i] == "be":
            return next((c for c in head.children if c.dep_ in ("acomp", "advmod")
                         and c.lower_ in self.rules.occurrence_states), None)
        return None

    def _hearsay(self, noun: Token) -> bool:
        """'the reported feud', 'reports of a feud between …', 'evidence about contacts between
        …': told of, not stated."""
        return any(c.dep_ == "amod" and c.lower_ in self.rules.hearsay_words
                   for c in noun.children) or (
            noun.dep_ == "pobj" and noun.head.lower_ in self.rules.hearsay_preps
            and noun.head.head.lemma_.lower() in self.rules.hearsay_nouns)

    def _party(self, ctx: ReadContext, token: Token) -> bool:
        """A side of a quarrel names someone: not 'the politician' in general."""
        mid = mention_for(ctx, token)
        return mid is not None and ctx.mention(mid).kind not in self.rules.quarrel_party_kinds_not

    def _quarrel(self, ctx: ReadContext, noun: Token) -> bool:
        """'row', 'feud', 'spat'; 'war of words'."""
        lemma = ctx.lemmas[noun.i]
        if lemma in self.rules.quarrel_nouns:
            return True
        return lemma in self.rules.words_nouns and bool(self._words(noun))

    def _words(self, noun: Token) -> list[Token]:
        """The 'words' of 'a war of words' (where 'between X and Y' may hang)."""
        if noun.lemma_.lower() not in self.rules.words_nouns:
            return []
        return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"
                and o.lemma_.lower() == self.rules.words_lemma]

    def _hangers(self, noun: Token, *, quarrel: bool) -> list[Token]:
        """The words the parties' prepositions may hang on: the noun, the 'words' of 'a war of
        words', and of a quarrel the matter it is over ('the row over fees between X and Y')."""
        words = self._words(noun)
        topics = [t for h in (noun, *words) for p in h.children
                  if p.dep_ == "prep" and p.lower_ in self.rules.topic_preps
                  for o in p.children if o.dep_ == "pobj"
                  for t in (o, *(c for c in o.children if c.dep_ == "conj"))] if quarrel else []
        return [noun, *words, *topics]

    def _holders(self, ctx: ReadContext, noun: Token) -> list[Token]:
        """Who has the quarrel: the subject of the verb the noun is the object of ('had a spat
        with') or is in ('was embroiled in a row with', 'became locked in a feud with')."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in self.rules.setting_preps:
            head = head.head
        elif noun.dep_ != "dobj":
            return []
        if head.pos_ not in ("VERB", "AUX", "ADJ") or (
                noun.dep_ == "dobj" and ctx.lemmas[head.i] not in self.rules.quarrel_verbs):
            return []
        return subjects(ctx, head) or [c for c in head.children if c.dep_ == "nsubjpass"]
