"""Verb triggers (``rules/triggers.jsonl``, pos VERB, no ``objects``).

Agent = subject (inherited through coordination and control verbs; the 'by' phrase in the
passive), target = direct object or dative, passive subject, or the object of a listed
preposition ("met with X"); failing those, the parties between whom it happened, the subject
of a threat's condition, or the first party in the verb's clause ('threatened to cut off
electricity to X'). Coordinated parties give one event each; a reciprocal event between
coordinated agents ('X and Y met') gives each with the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...ontology import event_info
from ..arguments import (clausal_targets, condition_subjects, parties, phrase_prep_objects,
                         prep_objects)
from ..cautions import split_clauses, warned_against
from ..conjuncts import first_conjunct
from ..context import ReadContext
from ..deals import in_business_transfer
from ..emit import emit, reciprocal
from ..framing import polarity_modality
from ..joint_acts import agreed_each_alone, agreed_to_give
from ..mentions import mention_for, names_itself
from ..provoked import brings_on
from ..reduced_passives import is_reduced_passive, passive_patients
from ..rules import Lexicon, Trigger, Words, load_section
from ..said_clauses import announces, content_clauses
from ..syntax import (
    modified, objects_of, particle, passive_agent, subjects, with_conjuncts,
)
from .object_triggers import is_verbal
from .opinions import agrees_on_a_view, shares_a_view, shares_an_opinion
from .questions import asks_a_question, doubts, doubts_a_quality

__all__ = ["VerbTriggerRules", "VerbTriggers"]


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbTriggerRules:
    """``rules/extract/verb_triggers.json``."""

    speaker_verbs: Words
    conditional_target_categories: frozenset[str]
    question_verbs: Words
    question_preps: Words
    question_objects: Words
    doubt_verbs: Words
    doubt_event: str
    forecast_verbs: Words
    actor_nouns: Words
    obligation_verbs: Words
    advice_event: str
    dare_verbs: Words
    dare_event: str
    courtesy_verbs: Words
    courtesy_preps: Words
    courtesy_event: str
    setting_preps: Words
    counterpart_object_categories: frozenset[str]
    group_object_categories: frozenset[str]
    cognate_objects: Words
    addressee_categories: frozenset[str]
    addressee_pronouns: Words
    order_verbs: Words
    attempt_verbs: Words
    opinion_verbs: Words
    opinion_things: Words
    arrangement_auxiliaries: Words
    view_preps: Words
    view_nouns: Words
    content_categories: frozenset[str]
    topic_categories: frozenset[str]
    noun_clause_categories: frozenset[str]
    clause_nouns: Words
    topic_preps: Words
    recipient_events: frozenset[str]
    recipient_preps: Words
    reciprocal_objects: Words
    beneficiary_categories: frozenset[str]
    beneficiary_nouns: Words
    holder_preps: Words
    enrol_verbs: Words
    enrol_particles: Words
    cohost_verbs: Words
    object_only_events: frozenset[str]
    tie_nouns: Words
    aid_categories: frozenset[str]
    satisfy_verbs: Words
    satisfied_objects: Words
    reaction_preps: Words
    reaction_objects: Words
    immaterial_things: Words
    immaterial_compounds: dict[str, Words]
    envoy_nouns: Words
    author_categories: frozenset[str]
    named_topic_categories: frozenset[str]
    legislation_categories: frozenset[str]
    legislation_nouns: Words
    application_verbs: Words
    application_preps: Words
    evacuation_verbs: Words
    civilian_objects: Words
    author_nouns: Words
    proxy_nouns: Words
    measure_categories: frozenset[str]
    measure_preps: Words
    measure_noun_preps: Words
    exclusion_verbs: Words
    topic_object_verbs: Words
    attribution_verbs: Words
    time_labels: frozenset[str]
    discussed_party_kinds: frozenset[str]
    member_nouns: Words
    former_words: Words
    titles: Words
    drafter_categories: frozenset[str]
    drafting_verbs: Words
    clause_preps: Words
    purpose_partner_preps: Words
    aside_preps: Words
    hostile_object_categories: frozenset[str]
    holding_objects: Words
    partner_preps: Words


def _names_party(ctx: ReadContext, token: Token) -> bool:
    """The token is (the head of) a mention of a party: 'Labour', 'the government', 'it' — not
    a thing a party only modifies ('a Labour victory would hurt Britain')."""
    mid = mention_for(ctx, token)
    if mid is None:
        return False
    span = ctx.mention(mid).span
    return span.begin <= token.idx < span.end


class VerbTriggers:
    name: ClassVar[str] = "verb_triggers"

    def __init__(self) -> None:
        self.rules = load_section(self.name, VerbTriggerRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return frozenset(lexicon.verbs)

    def read(self, ctx: ReadContext, verb: Token) -> bool:
        if ctx.lemmas[verb.i] not in ctx.lexicon.verbs or not is_verbal(ctx, verb):
            return False
        triggers = ctx.lexicon.verbs[ctx.lemmas[verb.i]]
        if any(t.objects and objects_of(verb, t.objects, modifiers=t.modifiers) for t in triggers):
            return False  # an object-bound trigger applies instead
        for trig in triggers:
            if not trig.objects and trig.confidence >= ctx.min_confidence:
                self._read(ctx, verb, trig)
        return False

    def _speaker(self, token: Token) -> bool:
        """'…, a human rights organization charged': an attribution tail misparsed as an object."""
        return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.rules.speaker_verbs
                   and c.i > token.i and not any(g.dep_ in ("dobj", "ccomp") for g in c.children)
                   for c in token.children)

    def _forecast(self, ctx: ReadContext, verb: Token) -> bool:
        """'warned that some campaigners could use his words', 'warned of rising obesity
        levels': a warning of what may happen, not that the agent will act — the parties in it
        are no targets (but 'warned that police will no longer tolerate rallies by X' is a
        threat against X)."""
        return ctx.lemmas[verb.i] in self.rules.forecast_verbs and not any(
            announces(c) and not self._obliged(ctx, c) and self._actors(ctx, c, subject)
            for subject, c in [(None, c) for c in content_clauses(verb)] + split_clauses(
                ctx, verb))  # "warned Tokyo its package must be …": the parser's 2nd object

    def _obliged(self, ctx: ReadContext, clause: Token) -> bool:
        """'the police would have to take officers off day shifts', 'would need to cut': what
        a warning says someone will be made to do is a consequence foreseen, not an act
        announced against anyone."""
        return ctx.lemmas[clause.i] in self.rules.obligation_verbs and any(
            c.dep_ == "xcomp" for c in clause.children)

    def _actors(self, ctx: ReadContext, clause: Token,
                subject: Token | None = None) -> list[Token]:
        """The subjects of a clause that name a party or people ('Ministers', a title, a
        group): who will do what a warning announces ('police will no longer tolerate …',
        'Ministers would not rule out scrapping …'), not a thing that will happen ('demand for
        Opec's crude would outstrip supply')."""
        people = self.rules.actor_nouns
        return [t for c in ([subject] if subject is not None else clause.children)
                if subject is not None or c.dep_ in ("nsubj", "nsubjpass")
                for t in with_conjuncts(ctx, c)
                if ctx.lemmas[t.i] in people or _names_party(ctx, t)]

    def _foretells(self, ctx: ReadContext, verb: Token) -> bool:
        """'warned Labour and the Tories they were in danger of pandering …', 'warned Tony
        Blair that the Iraq war could be illegal', 'warned Mr Blair about the dangers of
        disunity': telling a party what may happen threatens it with nothing ('warned Iran that
        it was ready to retaliate' does; 'warned the BBC to steer away from …' asks)."""
        # the 'about' phrase may hang on the object: 'warned Mr Blair and Mr Brown about the
        # dangers of disunity'
        heads = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
        return self._forecast(ctx, verb) and not any(
            c.dep_ == "xcomp" for c in verb.children) and (any(
            c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in ("of", "about"))
            for h in heads for c in h.children) or bool(content_clauses(verb))
            or bool(split_clauses(ctx, verb)))

    def _advises(self, ctx: ReadContext, verb: Token) -> bool:
        """'Sir Digby Jones warned Mr Brown not to be tempted to use any extra cash', 'warned
        people to avoid the Microsoft program', 'warned his supporters against complacency':
        telling a party what to do or to beware of is advice, no threat of the agent's own act."""
        return (ctx.lemmas[verb.i] in self.rules.forecast_verbs and any(
            c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "against")
            for c in verb.children)) or warned_against(ctx, verb)  # "in his address against …"

    def _pays_a_call(self, ctx: ReadContext, verb: Token, targets: list[Token]) -> bool:
        """'Henry Kissinger called on Brazilian Finance Minister Mailson Ferreira da Nobrega on
        Tuesday': calling on a person who is asked nothing (no infinitive, no 'for', no clause
        under the verb) is a visit to them."""
        if ctx.lemmas[verb.i] not in self.rules.courtesy_verbs or not targets:
            return False
        if not any(c.dep_ == "prep" and c.lower_ in self.rules.courtesy_preps
                   for c in verb.children):
            return False
        if any(t.dep_ in ("xcomp", "ccomp", "advcl") or (t.dep_ == "prep" and t.lower_ == "for")
               for t in verb.subtree if t.i != verb.i):
            return False
        # the first one called on a person: a list of them may end in a name the parser cut
        # ('President Jose Sarney, ... and Chamber of Deputies chairman Ulysses Guimaraes')
        first = mention_for(ctx, targets[0])
        return first is not None and ctx.mention(first).kind == "Person"

    def _dares(self, ctx: ReadContext, verb: Token) -> bool:
        """'He challenged the Treasury to open up its books': daring a party to act asks it to
        act — a demand, no dispute of its authority."""
        return ctx.lemmas[verb.i] in self.rules.dare_verbs and any(
            c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" for c in verb.children)

    def _unnamed_addressee(self, ctx: ReadContext, verb: Token, trig: Trigger) -> bool:
        """'Yukos asked the Houston court to order Russia to arbitration', 'Dauster urged
        producers not to panic': the one asked to act is the object, and it names no party —
        the parties in what they are asked to do are no targets."""
        if event_info(trig.event).plover not in self.rules.addressee_categories or not any(
                c.dep_ == "xcomp" for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj" and (ctx.pos[c.i] in (
            "NOUN", "PROPN") or c.lower_ in self.rules.addressee_pronouns)]  # "asked anyone"
        return bool(objects) and not any(
            mention_for(ctx, t) is not None for o in objects for t in with_conjuncts(ctx, o))

    def _authors(self, ctx: ReadContext, targets: list[Token]) -> list[Token]:
        """'rebuffed US criticism of Britain', 'rejected American criticism of Russia's
        policy': what is said is the author's — its possessor or the name or demonym before it
        is the target, not whom the words are about."""
        out: list[Token] = []
        for t in targets:
            authors = [c for c in t.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                       and c.i < t.i and mention_for(ctx, c) is not None] if (
                ctx.lemmas[t.i] in self.rules.author_nouns and t.i not in ctx.by_token) else []
            out += with_conjuncts(ctx, authors[0]) if authors else [t]
        return out

    def _partnered_purpose(self, ctx: ReadContext, verb: Token) -> bool:
        """'The senators, several congressmen and industry representatives met with Baldrige to
        discuss Japan's alleged violations': an infinitive of purpose of a verb whose phrase of
        ``purpose_partner_preps`` names a party is done with that party — its coordinated agents
        do not act on each other."""
        if verb.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        return bool(parties(ctx, prep_objects(ctx, verb.head,
                                              tuple(sorted(self.rules.purpose_partner_preps)))))

    def _asked_to_act(self, ctx: ReadContext, verb: Token, trig: Trigger) -> list[Token]:
        """'Mr Howard called for Mr Blunkett to resign', 'pressed for Japan to open its
        markets': the parser takes the trigger's preposition (one of ``clause_preps``) for the
        mark of an infinitive clause; the clause's active subject, named itself, is the one
        asked ('called for the law to be changed' asks nothing of the law)."""
        return [t for c in verb.children if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in trig.preps
                    and m.lower_ in self.rules.clause_preps for m in c.children)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for s in c.children if s.dep_ == "nsubj"
                for t in with_conjuncts(ctx, s) if names_itself(ctx, t)]

    def _drafters(self, ctx: ReadContext, verb: Token) -> list[Token]:
        """'EC ministers endorsed a farm reform package drafted by the EC Commission', 'The
        plan, drafted by the Commission, was endorsed by EC ministers', 'opposed the bill
        introduced by the Home Secretary': the party that made what is backed or opposed — the
        'by' agent of a participle of ``drafting_verbs`` on the object, named itself — is whom
        it is backed or opposed, not a party the thing is about."""
        for thing in verb.children:
            if thing.dep_ not in ("dobj", "nsubjpass") or ctx.pos[thing.i] != "NOUN":
                continue
            for made in thing.children:
                if made.dep_ == "acl" and made.tag_ == "VBN" and (
                        ctx.lemmas[made.i] in self.rules.drafting_verbs):
                    found = [t for t in passive_agent(ctx, made) if names_itself(ctx, t)]
                    if found:
                        return found
        return []

    def _named_topic(self, ctx: ReadContext, token: Token) -> bool:
        """'Italy investigated the Iran arms sales': a thing whose only party is a state named
        before it as a modifier (not its possessor) is about that state, not the state's."""
        if token.i in ctx.by_token or ctx.pos[token.i] != "NOUN":
            return False
        mid = mention_for(ctx, token)
        if mid is None or ctx.mention(mid).kind != "State":
            return False
        return any(c.dep_ in ("compound", "nmod") and ctx.by_token.get(c.i) == mid
                   for c in token.subtree if c.i < token.i)

    def _chamber_bill(self, ctx: ReadContext, token: Token) -> bool:
        """'backed the Senate version of the bill', 'supports the House bill on textiles': a
        legislature named only as where a bill is — supporting the bill is not supporting it."""
        if token.i in ctx.by_token or ctx.lemmas[token.i] not in self.rules.legislation_nouns:
            return False
        mid = mention_for(ctx, token)
        return mid is not None and ctx.mention(mid).kind == "GovernmentBody"

    def _by_proxy(self, verb: Token, token: Token) -> bool:
        """'is investigating the company on behalf of investors', 'appealed on behalf of the
        men': whoever an act is done for is not whom it is done to or asked of."""
        return token.lower_ in self.rules.proxy_nouns or any(
            a.lower_ in self.rules.proxy_nouns for a in token.ancestors if verb.is_ancestor(a))

    def _member(self, ctx: ReadContext, token: Token) -> bool:
        """'arrested two Toshiba Machine employees', "accused Britain's top sprinters", 'urged
        Labour supporters to vote tactically': people named by their work or their tie to a
        party are not that party; the company, state or party named before them is not the
        target (one named after them, 'workers of the United Bus Company', is read as before).
        Nor is the organisation a former holder of a title was with ('asked a former
        International Monetary Fund director to run its central bank')."""
        former = ctx.lemmas[token.i] in self.rules.titles and any(
            c.dep_ == "amod" and c.lower_ in self.rules.former_words for c in token.children)
        if not (former or ctx.lemmas[token.i] in self.rules.member_nouns) or (
                names_itself(ctx, token)):
            return False
        mid = mention_for(ctx, token)
        return mid is not None and ctx.mention(mid).span.end <= token.idx

    def _measured(self, verb: Token, token: Token) -> bool:
        """'will seek sanctions against Baikal Finance Group', 'are seeking indictments against
        Mr Tanzi', 'had asked for 15 years in jail for Jaynes' (the second 'for' on the noun or,
        as the parser may hang it, on the verb after the first): the one a requested measure is
        against (or for) is not the one asked — a court, a government, whoever decides."""
        token = first_conjunct(token)
        prep = token.head
        if token.dep_ != "pobj":
            return False
        return prep.lower_ in self.rules.measure_preps or (
            prep.lower_ in self.rules.measure_noun_preps and prep.head.i != verb.i
            and prep.head.pos_ in ("NOUN", "PROPN")) or (
            prep.lower_ in self.rules.measure_noun_preps and prep.head.i == verb.i and any(
                p.dep_ == "prep" and p.lower_ == prep.lower_ and p.i < prep.i
                for p in verb.children))  # "asked for 15 years in jail for Jaynes": the
        # parser hangs both phrases on the verb; the first is what is asked for

    def _immaterial(self, ctx: ReadContext, thing: Token) -> bool:
        """'immunity', 'an explanation', 'bankruptcy protection': what is granted or sent is
        a favour or a message, no goods, money or help."""
        lemma = ctx.lemmas[thing.i]
        return lemma in self.rules.immaterial_things or any(
            c.dep_ == "compound" and ctx.lemmas[c.i] in modifiers for c in thing.children
            for modifiers in (self.rules.immaterial_compounds.get(lemma, frozenset()),))

    def _holders(self, ctx: ReadContext, targets: list[Token]) -> list[Token]:
        """'called for the release of the remaining inmates', 'demanded the freedom of Aung San
        Suu Kyi': whoever is to be freed or returned is no target of the call — whoever holds
        them is, when the noun names them ('demanded the return of its sailors from Iran')."""
        kept: list[Token] = []
        for t in targets:
            if ctx.lemmas[t.i] not in self.rules.beneficiary_nouns or t.i in ctx.by_token:
                kept.append(t)
                continue
            kept += parties(ctx, [o for p in t.children if p.dep_ == "prep"
                                  and p.lower_ in self.rules.holder_preps
                                  for o in p.children if o.dep_ == "pobj"])
        return kept

    def _read(self, ctx: ReadContext, verb: Token, trig: Trigger) -> None:
        if asks_a_question(ctx, verb, words=self.rules) or doubts(
                ctx, verb, words=self.rules) or (
                self._unnamed_addressee(ctx, verb, trig)):
            return
        if shares_a_view(ctx, verb, words=self.rules):
            return
        if ctx.lemmas[verb.i] in self.rules.order_verbs and not any(
                c.dep_ == "xcomp" for c in verb.children):
            return  # "ordered the destruction of X's air force": an order to its own people
        if ctx.lemmas[verb.i] in self.rules.application_verbs and not any(
                p.dep_ == "prep" and p.lower_ in self.rules.application_preps
                for h in (verb, *verb.children) for p in h.children):
            return  # "arms embargoes applied to China": what a rule covers, no request
        if ctx.lemmas[verb.i] in self.rules.evacuation_verbs and any(
                c.dep_ in ("dobj", "nsubjpass") and ctx.lemmas[c.i] in self.rules.civilian_objects
                for c in verb.children):
            return  # "evacuating its hostages", "evacuate UK citizens from Ivory Coast": a rescue
        if ctx.lemmas[verb.i] in self.rules.satisfy_verbs and any(
                c.dep_ == "dobj" and ctx.lemmas[c.i] in self.rules.satisfied_objects and (
                    ctx.pos[c.i] == "NOUN" or not names_itself(ctx, c)) for c in verb.children):
            return  # "failed to meet the IMF's targets", "meet Canadian government tests" (whose
            # they are is no one met, a demonym's phrase neither): no meeting; not "met Bill"
        if ctx.lemmas[verb.i] in self.rules.satisfy_verbs and any(
                (o.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ in self.rules.reaction_preps)
                or (o is p and o.dep_ == "dobj")
                for p in verb.children for o in (p, *p.children)
                if ctx.lemmas[o.i] in self.rules.reaction_objects):
            return  # "it met with resistance from many local traders", "Mr Blair met stiff
            # resistance from Labour MPs": how it was received, no meeting
        if brings_on(ctx, verb):
            return  # "it will invite some retaliatory moves, especially from the U.S.": provoked
        if event_info(trig.event).plover in self.rules.aid_categories and any(
                c.dep_ == "dobj" and (self._immaterial(ctx, c)
                                      or ctx.lemmas[c.i] in self.rules.envoy_nouns)
                for c in verb.children):
            return  # "could grant immunity from prosecution to Oliver North", "sent an envoy
            # to Tehran": a favour, a message or a mission, no aid
        if ctx.lemmas[verb.i] in self.rules.attempt_verbs and any(
                c.dep_ == "xcomp" for c in verb.children):
            return  # "will seek to reassure Labour MPs": an attempt, no request
        if ctx.lemmas[verb.i] in self.rules.attempt_verbs and any(
                c.dep_ == "dobj" and (ctx.lemmas[c.i] in self.rules.holding_objects or any(
                    event_info(t.event).plover in self.rules.hostile_object_categories
                    and modified(c, t.modifiers)
                    for t in ctx.lexicon.nouns.get(ctx.lemmas[c.i], ())))
                for c in verb.children):
            return  # "did not seek further confrontation with Iran", "may seek control of Pay 'n
            # Pak Stores": no one is asked for it
        prt = None
        if trig.particle:
            prt = particle(verb, trig.particle)
            if prt is None:
                return
        if ctx.lemmas[verb.i] in self.rules.exclusion_verbs and (
                polarity_modality(verb, None)[0] == "negative"):
            return  # "he did not rule them out", "refused to rule out a deal": kept possible
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            is_reduced_passive(verb))  # "Tony Blair, criticised by the Tories, said …"
        prep_targets = prep_objects(ctx, verb, trig.preps) if trig.preps else []
        if prt is not None and trig.preps and not prep_targets:
            prep_targets = prep_objects(ctx, prt, trig.preps)
        if trig.preps and not prep_targets:
            # "requested loans from Russia": the parser often hangs the preposition on the object.
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    prep_targets = prep_objects(ctx, obj, trig.preps)
        # "negotiated the release of the hostages with Syria": the verb's partner, however deep
        # in its object the parser hung it
        partner = self.rules.partner_preps & set(trig.preps)
        partners = (parties(ctx, prep_objects(ctx, verb, tuple(sorted(partner)))) or [
            t for obj in verb.children if obj.dep_ == "dobj"
            for t in phrase_prep_objects(ctx, obj, partner)]) if partner else []
        prep_targets = prep_targets or partners
        if trig.preps and not prep_targets:
            prep_targets = self._asked_to_act(ctx, verb, trig)  # "called for X to resign"
        if trig.requires_prep and not prep_targets:
            return
        if passive:
            agents = passive_agent(ctx, verb)
            targets = passive_patients(ctx, verb, object_is_thing=trig.no_dobj_target or (
                trig.dobj_is_target_or_thing))  # "X, criticised by Y", "X, who was fined by Y"
            if targets is None:
                return  # "an inspector sent to Iran by X", "The move, criticised by Y"
        else:
            agents = subjects(ctx, verb)
            targets = [] if trig.no_dobj_target else [
                t for c in verb.children if c.dep_ in ("dobj", "dative") and not self._speaker(c)
                for t in with_conjuncts(ctx, c)]
            if trig.dobj_is_target_or_thing:
                # "provided engineers to Springboard": with a party in one of its own prep
                # phrases, the verb's object is the thing (but "demanded the withdrawal of
                # forces from Bosnia": a phrase on the object is the object's)
                own = parties(ctx, prep_objects(ctx, verb, trig.preps))
                targets = own or targets
            if partners and not any(names_itself(ctx, t) for t in targets):
                targets = partners  # whose release or debt is negotiated is no partner
        # who the act is with: the object of a listed preposition ("agreed with commercial
        # banks"), of a meeting verb if plural, people ("met supporters' representatives", not
        # "met today an in elegant Moscow mansion"), of an attack ("attacked his policies")
        plover = event_info(trig.event).plover
        objects = [] if passive else [
            t for t in targets if (plover in self.rules.group_object_categories
                                   and t.tag_ in ("NNS", "NNPS")) or (
                plover in self.rules.counterpart_object_categories
                and ctx.lemmas[t.i] not in self.rules.cognate_objects)]  # "fought a war"
        counterparts = [t for t in prep_targets or objects if ctx.pos[t.i] in ("NOUN", "PROPN")
                        and ctx.lemmas[t.i] not in self.rules.reciprocal_objects]  # "each other"
        if not any(mention_for(ctx, t) is not None for t in targets):
            targets = prep_targets
        if self._foretells(ctx, verb):
            return
        laid = [t for t in prep_targets if t.ent_type_ not in self.rules.time_labels]
        if ctx.lemmas[verb.i] in self.rules.attribution_verbs and laid:
            # "blamed her defeat by Farina Elia on injuries": the one blamed is who the phrase
            # names, on the verb or its object, never a party in what is blamed ("on Sunday
            # blamed officials for …" is when)
            targets = [t for t in laid if mention_for(ctx, t) is not None]
            if not targets:
                return
        between = prep_objects(ctx, verb, ("between",))
        if trig.event in self.rules.object_only_events:
            # "free up the country's relations with Russia": ties freed, no party
            targets = [t for t in targets if ctx.lemmas[t.i] not in self.rules.tie_nouns]
        named = any(mention_for(ctx, t) is not None for t in targets)
        if not named and event_info(trig.event).plover in self.rules.drafter_categories:
            drafters = self._drafters(ctx, verb)
            if drafters:  # "endorsed a farm reform package drafted by the EC Commission"
                targets, named = drafters, True
        if not named and reciprocal(trig.event) and (
                sum(mention_for(ctx, a) is not None for a in agents) >= 2):
            if shares_an_opinion(ctx, verb, words=self.rules) or agrees_on_a_view(
                    ctx, verb, words=self.rules):  # "he and Baker agree on the need for …"
                return  # "Chung, Park and the board agreed that the market was over-heated"
            if agreed_each_alone(verb) or agreed_to_give(ctx, verb, agents=agents):
                return  # "Japan and West Germany agreed to stimulate their economies": each
            # "The United States and Jordan agreed upon a pact": each with the other; but not
            # "Strang and Jones are meeting with portfolio managers", "Labour and the Tories have
            # attacked his policies": a party in what they acted on, else no event
            targets = clausal_targets(ctx, verb, exclude=set(agents), setting_preps=(
                self.rules.setting_preps - set(trig.preps)), noun_clauses=(
                plover in self.rules.noun_clause_categories),
                clause_nouns=self.rules.clause_nouns,
                aside_preps=self.rules.aside_preps) if counterparts else []
            if counterparts and not targets:
                return
            if not targets and self._partnered_purpose(ctx, verb):
                return  # "met with Baldrige to discuss …": with him, not with each other
            if ctx.lemmas[verb.i] in self.rules.enrol_verbs and any(
                    c.dep_ == "prt" and c.lower_ in self.rules.enrol_particles
                    for c in verb.children):
                return  # "Jackson and Stiller have signed up for a sitcom": not each other
            if ctx.lemmas[verb.i] in self.rules.cohost_verbs:
                return  # "Ant and Dec co-hosted the show": together, not with each other
        elif not named and (self._forecast(ctx, verb) or (
                ctx.lemmas[verb.i] in self.rules.opinion_verbs
                and any(c.dep_ == "ccomp" for c in verb.children))):
            # "Legal experts agree that if the Supreme Court finds …": an opinion shared, not
            # an agreement with anyone in it
            targets = []
        elif not named and trig.event in self.rules.object_only_events:
            # "release oil from the Strategic Petroleum Reserve": no party freed; but "helped
            # evacuate UK citizens" helps those brought to safety
            targets = [t for x in verb.children if x.dep_ == "xcomp"
                       and ctx.lemmas[x.i] in self.rules.evacuation_verbs
                       for o in x.children if o.dep_ == "dobj"
                       and ctx.lemmas[o.i] in self.rules.civilian_objects
                       for t in with_conjuncts(ctx, o)]
        elif not named and not trig.requires_prep:
            conditional = condition_subjects(ctx, verb) if (
                event_info(trig.event).plover in self.rules.conditional_target_categories) else []
            # "rejected the idea that the Tories and BNP appealed to …": a party in what an
            # idea or a claim says is what is rejected, not whom
            plover = event_info(trig.event).plover
            # "warned the government would have to work hard": who is to act is not whom a
            # warning threatens
            actors = {t for c in content_clauses(verb)
                      for t in self._actors(ctx, c)} if (
                ctx.lemmas[verb.i] in self.rules.forecast_verbs) else set()
            targets = between or conditional or clausal_targets(
                ctx, verb, exclude=set(agents) | actors,
                content=plover not in self.rules.content_categories,
                setting_preps=self.rules.setting_preps - set(trig.preps),
                topic_preps=self.rules.topic_preps - set(trig.preps)
                if plover in self.rules.topic_categories else frozenset(),
                noun_preps=self.rules.recipient_preps - set(trig.preps)  # "oppose an offer to X"
                if trig.event in self.rules.recipient_events else frozenset(),
                # "investigating the bank over losses suffered by investors": no bystander in
                # what a thing is or suffered ("threatened action to force Japan to …": Japan)
                noun_clauses=plover in self.rules.noun_clause_categories,
                clause_nouns=self.rules.clause_nouns, aside_preps=self.rules.aside_preps)
        if not named and ctx.lemmas[verb.i] in self.rules.topic_object_verbs:
            # "discussed ONGC's plans": a company's or a person's affairs are what is talked
            # about; a state in them ("to discuss opening South Korean markets") is talked with
            targets = [t for t in targets if (mid := mention_for(ctx, t)) is not None
                       and ctx.mention(mid).kind in self.rules.discussed_party_kinds]
        targets = [t for t in targets if not in_business_transfer(  # "agreed to buy the unit of X"
            ctx, verb, t, category=event_info(trig.event).plover)]
        if event_info(trig.event).plover in self.rules.beneficiary_categories:
            targets = self._holders(ctx, targets)
        if event_info(trig.event).plover in self.rules.measure_categories:
            targets = [t for t in targets if not self._measured(verb, t)]
        targets = [t for t in targets if not self._by_proxy(verb, t) and not self._member(ctx, t)]
        if event_info(trig.event).plover in self.rules.legislation_categories:
            targets = [t for t in targets if not self._chamber_bill(ctx, t)]
        if event_info(trig.event).plover in self.rules.named_topic_categories:
            targets = [t for t in targets if not self._named_topic(ctx, t)]
        if event_info(trig.event).plover in self.rules.author_categories:
            targets = self._authors(ctx, targets)
        event = self.rules.advice_event if self._advises(ctx, verb) else (
            self.rules.doubt_event if doubts_a_quality(ctx, verb, words=self.rules) else (
            self.rules.dare_event if self._dares(ctx, verb) else (
                self.rules.courtesy_event if self._pays_a_call(ctx, verb, targets)
                else trig.event)))
        emit(ctx, verb, event=event, confidence=trig.confidence, agents=agents, targets=targets)
