"""PLOVER PROTEST (CAMEO 14) beyond the trigger table (``rules/extract/protest.json``).

Protesters rarely name their target as an object: "demonstrated", "staged a hunger strike",
"blocked roads", "took to the streets" — the target sits in a reason phrase ("in protest at X",
"in defiance of X", "rallies … against X") or a purpose clause ("to demand the resignation of
X", "calling for independence from X", "demanding that X …"). Protesters are people, groups and
organisations, not states or security forces. One Protest event per (agent, target, sentence).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...model import PLACE_KINDS
from ...ontology import event_info
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Protest", "ProtestRules"]

_SEARCH_DEPS = frozenset({"dobj", "pobj", "prep", "poss", "ccomp", "xcomp", "nsubj", "nsubjpass",
                          "conj", "appos", "pcomp", "attr", "oprd", "acl", "agent"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ProtestRules:
    """``rules/extract/protest.json`` (its keys are described in ``rules/README.md``)."""

    event: str
    verbs: Words
    nouns: Words
    compound_nouns: dict[str, Words]
    strike_nouns: Words
    strike_modifiers: Words
    strike_verbs: Words
    act_verbs: Words
    participation_preps: Words
    place_preps: Words
    street_acts: dict[str, dict[str, Words]]
    blocking_verbs: Words
    blocked_things: Words
    target_preps: tuple[str, ...]
    reason_nouns: dict[str, tuple[str, ...]]
    purpose_verbs: Words
    beneficiary_words: Words
    not_protesters: Words
    confidence: float


class Protest:
    name: ClassVar[str] = "protest"

    def __init__(self) -> None:
        self.rules = load_section(self.name, ProtestRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        pr = self.rules
        return frozenset(pr.verbs | pr.blocking_verbs | set(pr.street_acts) | pr.nouns
                         | set(pr.compound_nouns))

    def read(self, ctx: ReadContext, token: Token) -> bool:
        found = self._act(ctx, token)
        if found is None:
            return False
        anchors, agents = found
        confidence = self._confidence(ctx, token)
        agents = [a for a in agents if self._can_protest(ctx, a)]
        if not agents or confidence < ctx.min_confidence:
            return False
        exclude = {m for a in agents if (m := mention_for(ctx, a)) is not None}
        # "supporters of X demanding that he …": the party a group follows is not its target
        exclude |= {ctx.by_token[t.i] for a in agents for c in a.children if c.dep_ == "prep"
                    for t in c.subtree if t.i in ctx.by_token}
        targets = self._targets(ctx, anchors, exclude=exclude)
        if not targets:
            return False
        before = len(ctx.out.events)
        emit(ctx, token, event=self.rules.event, confidence=confidence, agents=agents,
             targets=targets, light=anchors[1] if len(anchors) > 1 else None)
        _drop_repeated(ctx, before)
        return False

    def _confidence(self, ctx: ReadContext, token: Token) -> float:
        table = ctx.lexicon.verbs if ctx.pos[token.i] == "VERB" else ctx.lexicon.nouns
        known = [t.confidence for t in table.get(ctx.lemmas[token.i], ())
                 if t.event == self.rules.event]
        return max(known, default=self.rules.confidence)

    def _act(self, ctx: ReadContext, token: Token) -> tuple[list[Token], list[Token]] | None:
        """(anchors, agents) when ``token`` is a protest act: the trigger first among the anchors
        (the tokens whose phrases hold the target), then the verb whose subject protests."""
        pr = self.rules
        lemma = ctx.lemmas[token.i]
        pos = ctx.pos[token.i]
        # cheap exits first: this runs on every token of every article
        if pos == "VERB" and not (lemma in pr.verbs or lemma in pr.blocking_verbs
                                  or lemma in pr.street_acts):
            return None
        if pos == "NOUN" and not (lemma in pr.nouns or lemma in pr.compound_nouns):
            return None
        if pos == "VERB":
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
                return None
            acts = (lemma in pr.verbs
                    or (lemma in pr.blocking_verbs and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in pr.blocked_things
                        for c in token.children))
                    or any(c.dep_ == "prep" and o.dep_ == "pobj"
                           and o.lemma_.lower() in pr.street_acts.get(lemma, {}).get(c.lower_, ())
                           for c in token.children for o in c.children))
            if not acts:
                return None
            return [token], self._agents(ctx, token)
        if pos != "NOUN" or not (lemma in pr.nouns or any(
                c.dep_ == "compound" and c.lemma_.lower() in pr.compound_nouns.get(lemma, ())
                for c in token.children)):  # "a sit-in" is the noun "in" with "sit" before it
            return None
        governor = self._governor(token)
        if lemma in pr.strike_nouns and not any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in pr.strike_modifiers
                for c in token.children) and (
                governor is None or governor.lemma_.lower() not in pr.strike_verbs):
            return None  # "the strike on the convoy", "missile strikes": an attack
        if governor is not None:
            return [token, governor], self._agents(ctx, governor)
        agents = _by_phrase(ctx, token) or [
            c for c in token.children if c.dep_ in ("poss", "amod", "compound") and c.i < token.i
            and (c.dep_ == "poss" or c.i in ctx.by_token or c.ent_type_ == "NORP")]
        return [token], [_people_modifier(ctx, a) for a in agents]

    def _governor(self, noun: Token) -> Token | None:
        """The verb whose subject carries out the protest named by ``noun``: 'staged a rally',
        'joined the march', 'took part in protests', 'clashed with police during a rally'."""
        pr = self.rules
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in pr.act_verbs:
            return head
        if noun.dep_ == "pobj" and head.lower_ in pr.participation_preps:
            verb = head.head
            if verb.pos_ == "NOUN" and verb.lemma_.lower() == "part" and verb.dep_ == "dobj":
                verb = verb.head  # "took part in"
            if verb.pos_ == "VERB":
                return verb
        return None

    @staticmethod
    def _agents(ctx: ReadContext, verb: Token) -> list[Token]:
        """The subject, also of a gerund ('resorted to throwing stones during protests') or of a
        participle on a noun ('demonstrators protesting the election results')."""
        for _ in range(3):
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
                verb = verb.head.head
        agents = subjects(ctx, verb)
        if not agents and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            agents = [verb.head]
        return agents

    def _can_protest(self, ctx: ReadContext, token: Token) -> bool:
        """Protesters are people, groups and organisations — not states or security forces."""
        mid = mention_for(ctx, token)
        if mid is None or ctx.mention(mid).kind in {"State", *PLACE_KINDS}:
            return False
        heads = [token, *[o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj"]]
        return not any(h.lemma_.lower() in self.rules.not_protesters for h in heads)

    def _targets(self, ctx: ReadContext, anchors: list[Token], *, exclude: set[int]) -> list[Token]:
        """The protest's target, from the anchors' phrases, in order of directness: an
        'against/over' phrase, a reason phrase, a purpose clause, 'in <state>'."""
        pr = self.rules
        # "rioted after a rally against X": a protest noun inside the act's phrase also counts
        anchors = [*anchors, *[o for a in anchors for c in a.children if c.dep_ == "prep"
                               for o in c.children if o.dep_ in ("pobj", "dobj")
                               and o.lemma_.lower() in pr.nouns]]
        preps = [c for a in anchors for c in a.children if c.dep_ == "prep"]
        # "staged rallies in the capital against X": the parser often hangs 'against' on the
        # place or on the protest noun (not on any noun: "discrimination against X" is a victim)
        nested = [g for p in preps if p.lower_ in pr.place_preps for o in p.children
                  if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
        nested += [g for a in anchors for o in a.children if o.dep_ == "dobj"
                   and o.lemma_.lower() in pr.nouns | pr.blocked_things
                   for g in o.children if g.dep_ == "prep"]
        for prep in [*preps, *nested]:
            if prep.lower_ in pr.target_preps:
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                found = self._search(ctx, objs, exclude)
                if found:
                    return found
        for prep in preps:  # "in protest at X", "in defiance of X", "in opposition to X"
            for noun in prep.children:
                wanted = pr.reason_nouns.get(noun.lemma_.lower(), ()) if noun.dep_ == "pobj" else ()
                for reason in noun.children:
                    if reason.dep_ == "prep" and reason.lower_ in wanted:
                        found = self._search(
                            ctx, [o for o in reason.children if o.dep_ == "pobj"], exclude)
                        if found:
                            return found
        clauses = [c for a in anchors for c in a.children
                   if c.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") and c.pos_ == "VERB"]
        # "rioted …, joining demonstrators in demanding X": one participle further, same subject
        clauses += [g for c in clauses if c.lemma_.lower() not in pr.purpose_verbs
                    and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                    for g in c.children if g.dep_ in ("advcl", "xcomp", "prep")]
        clauses = [*clauses, *[g for c in [*clauses, *preps] if c.dep_ == "prep" for g in c.children
                               if g.dep_ == "pcomp" and g.pos_ == "VERB"]]
        for clause in clauses:  # "to demand …", "calling for …", "demanding that X …"
            if clause.lemma_.lower() in pr.purpose_verbs:
                found = self._search(ctx, [c for c in clause.children
                                           if c.dep_ not in ("nsubj", "aux", "mark", "neg")],
                                     exclude)
                if found:
                    return found
        for prep in preps:  # a protest in a state is coded against its government
            if prep.lower_ == "in":
                objs = [o for o in prep.children if o.dep_ == "pobj"
                        and _party(ctx, o, exclude, states_only=True)]
                if objs:
                    return with_conjuncts(ctx, objs[0])
        return []

    def _search(self, ctx: ReadContext, start: list[Token], exclude: set[int]) -> list[Token]:
        """Breadth first through a phrase for the first party: 'the resignation of X',
        'X's refusal', 'independence from X', 'violations by X'. The object of a victim or
        beneficiary noun ('the release of X', 'the arrest of X') is not the target; its
        'by' phrase is."""
        beneficiary_words = self.rules.beneficiary_words
        frontier = list(start)
        seen: set[int] = set()
        blocked: set[int] = set()
        for _depth in range(6):
            for t in frontier:
                if (t.dep_ != "prep" and t.pos_ not in ("VERB", "AUX") and t.i not in blocked
                        and _party(ctx, t, exclude)):
                    return with_conjuncts(ctx, t)
            nxt: list[Token] = []
            for t in frontier:
                seen.add(t.i)
                if t.i in blocked and mention_for(ctx, t) is not None:
                    continue  # the beneficiary's own description: "X, leader of Y"
                if t.lemma_.lower() in beneficiary_words:
                    blocked.update(c.i for c in t.children
                                   if c.dep_ in ("poss", "dobj", "nsubjpass"))
                    blocked.update(o.i for c in t.children if c.dep_ == "prep"
                                   and c.lower_ in ("of", "for", "as") for o in c.children)
                nxt.extend(c for c in t.children if c.i not in seen and c.dep_ in _SEARCH_DEPS)
            frontier = nxt
        return []


def _by_phrase(ctx: ReadContext, noun: Token) -> list[Token]:
    """Objects of the noun's 'by' phrase ('a protest by farmers')."""
    return [t for child in noun.children if child.dep_ in ("prep", "dative") and child.lower_ == "by"
            for obj in child.children if obj.dep_ == "pobj" for t in with_conjuncts(ctx, obj)]


def _people_modifier(ctx: ReadContext, token: Token) -> Token:
    """'Palestinian riots': a demonym on a protest is the people, not the state."""
    if token.ent_type_ == "NORP" and token.i not in ctx.by_token and token.tag_ == "JJ":
        hit = ctx.gaz.state(token.text)
        ctx.add(token.i, token.i + 1, name=token.text, how="group", kind="Group",
                hint=hit[0].iso3 if hit is not None else None)
    return token


def _party(ctx: ReadContext, token: Token, exclude: set[int], *, states_only: bool = False) -> bool:
    if token.pos_ == "PRON" and token.dep_ == "poss":
        return False  # "to press their demands": the protesters' own
    mid = mention_for(ctx, token)
    if mid is None or mid in exclude or ctx.by_token.get(token.i) != mid:
        return False  # "calling for a Borders rail link": a thing is not its modifier
    m = ctx.mention(mid)
    if states_only:
        return m.kind == "State"
    return m.kind not in PLACE_KINDS or (m.kind == "City" and m.how == "capital")


def _drop_repeated(ctx: ReadContext, before: int) -> None:
    """Keep one Protest event per (agent, target, sentence)."""
    events = ctx.out.events
    seen = {(e.agent, e.target, e.evidence.begin) for e in events[:before]
            if event_info(e.type).plover == "PROTEST"}
    kept = events[:before]
    for e in events[before:]:
        key = (e.agent, e.target, e.evidence.begin)
        if event_info(e.type).plover == "PROTEST" and key in seen:
            continue
        seen.add(key)
        kept.append(e)
    events[:] = kept
