"""Opinions the verb triggers read as no agreement with anyone.

'The organisation agreed with the NAO's assessment', 'he agrees with other experts … that
mainstream media has lost its role': agreeing with what someone thinks, or that something is
so, is an opinion shared; 'Finance Minister Chung, Governor Park and officials of the board
agreed that the stock market was over-heated': parties agreeing together that something is so
share an opinion, they agree nothing with each other. An agreement on what will be done is one
('had agreed with Ms Hutt in 2003 that she would not be health minister', 'France and Germany
agreed that their ministers would meet again'). So is agreeing together on a view: 'he and
Treasury Secretary James Baker agree on the need for stable foreign exchange rates', 'Lord Woolf
and Lord Falconer agreed about what happened in practice' ('agreed on a pact', 'could not agree on
how to calculate export quota shares' settle what is to be done: agreements). The words are the
verb triggers' rule section (``verb_triggers.json``: ``opinion_verbs``, ``opinion_things``,
``arrangement_auxiliaries``, ``view_preps``, ``view_nouns``).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ..context import ReadContext
from ..rules import Words

__all__ = ["OpinionWords", "agrees_on_a_view", "shares_a_view", "shares_an_opinion"]


class OpinionWords(Protocol):
    """The words of the verb triggers' section these readers need."""

    @property
    def opinion_verbs(self) -> Words: ...
    @property
    def opinion_things(self) -> Words: ...
    @property
    def arrangement_auxiliaries(self) -> Words: ...
    @property
    def view_preps(self) -> Words: ...
    @property
    def view_nouns(self) -> Words: ...


def _opinion_clauses(verb: Token, words: OpinionWords) -> list[Token]:
    """The verb's clauses that say something is so (no auxiliary of ``arrangement_auxiliaries``
    arranges what will be)."""
    return [c for c in verb.children if c.dep_ == "ccomp" and not any(
        a.dep_ == "aux" and a.lower_ in words.arrangement_auxiliaries for a in c.children)]


def shares_a_view(ctx: ReadContext, verb: Token, *, words: OpinionWords) -> bool:
    """'the organisation agreed with the NAO's assessment of fraud reporting', 'he agreed with
    Dr Fox's view', 'he agrees with other experts …, that mainstream media has lost the
    traditional role of news gatekeeper': agreeing with what someone thinks, or that something
    is so, is an opinion shared, no agreement with anyone ('had agreed with Ms Hutt in 2003 that
    she would not be health minister' arranges what will be: it is one)."""
    if ctx.lemmas[verb.i] not in words.opinion_verbs:
        return False
    partners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    if any(ctx.lemmas[o.i] in words.opinion_things for o in partners):
        return True
    return bool(partners) and bool(_opinion_clauses(verb, words))


def _of_what_is(clause: Token) -> bool:
    """A question clause of what is or was so ('what happened in practice'): its verb has no
    auxiliary and no infinitive marker, and it opens with a question word ('how to calculate
    export quota shares', 'how quotas should be calculated' are what is to be done)."""
    return clause.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children) and any(
        t.tag_ in ("WP", "WRB", "WDT") for t in clause.subtree if t.i < clause.i)


def agrees_on_a_view(ctx: ReadContext, verb: Token, *, words: OpinionWords) -> bool:
    """'he and Treasury Secretary James Baker agree on the need for stable foreign exchange
    rates', 'Lord Woolf and Lord Falconer agreed about what happened in practice': the verb,
    one of ``opinion_verbs`` with no infinitive and no object, agrees in a phrase of
    ``view_preps`` on one of ``view_nouns`` or on a question of what is so — a view its
    subjects share, no agreement between them ('agreed on a new pact', 'could not agree on how
    to calculate export quota shares': what is to be done, an agreement)."""
    if ctx.lemmas[verb.i] not in words.opinion_verbs or any(
            c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children):
        return False
    matters = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in words.view_preps
               for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return bool(matters) and all(
        (o.dep_ == "pobj" and ctx.lemmas[o.i] in words.view_nouns)
        or (o.dep_ == "pcomp" and _of_what_is(o)) for o in matters)


def shares_an_opinion(ctx: ReadContext, verb: Token, *, words: OpinionWords) -> bool:
    """'Finance Minister Chung In-yong, Bank of Korea Governor Park Sung-sang and officials of
    the Securities Supervisory Board agreed that the stock market was over-heated', 'fellow
    politicians and political analysts agree he has suffered a grave loss of face': the verb's
    only clauses say something is so — what its subjects think together, no agreement between
    them ('France and Germany agreed that their ministers would meet again in May': what will be,
    an agreement; 'agreed to cut interest rates': an act, no clause of opinion)."""
    if ctx.lemmas[verb.i] not in words.opinion_verbs:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and len(_opinion_clauses(verb, words)) == len(clauses) and not any(
        c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"))
        for c in verb.children)
