"""One way to turn a reading into events: parties, place, framing, conventions.

Every construction ends in :func:`emit` with the trigger token, the event class and confidence it
read, and the tokens it found as agents and targets. Reads the ``emit`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import PLACE_KINDS, Event, Mention
from ..ontology import event_info
from .addressees import asked_past_relative
from .alternatives import left_open
from .arrivals import is_arrival_purpose
from .audiences import listens
from .context import ReadContext
from .conventions import Occasion, readings
from .dates import time_text
from .descriptions import is_description
from .employers import employer_of_target
from .excepted import excepted
from .existentials import denied_existence
from .forces import moved_forces
from .framing import (
    is_committed,
    is_future,
    is_intent,
    is_plan,
    is_predicted,
    is_promise,
    is_promised,
    is_question,
    is_scheduled,
    is_supposed,
    is_wished,
    polarity_modality,
    reporter,
)
from .generic import generic_people
from .goals import goal_partner
from .homes import firm_home
from .impersonal import impersonal_agent
from .inability import is_inability
from .irony import said_in_mockery
from .locales import only_scene
from .matters import about_matter, owns_what_is_discussed
from .mentions import mention_for, names_itself
from .noun_clauses import clause_verb
from .officers import business_kind
from .ordered import ordered_by
from .pairs import expand_pairs
from .patients import done_to
from .permitted import only_permitted
from .polarity_items import named_with_any
from .proposals import is_asked_for, is_proposed, is_purpose_of_promised_trip
from .prospects import Telling, is_estimated, still_to_come, told_of
from .requested import requested_partner, requested_patient
from .rules import Words, load_section
from .settings import amid, only_where
from .syntax import is_conditional, is_contingent, subjects
from .things import lodged_with, market_agent, names_a_thing, venue
from .traces import trace
from .undecided import asked_under_negation
from .unfulfilled import unfulfilled
from .victims import harmed_by_act

__all__ = ["EmitRules", "emit", "reciprocal"]


@dataclass(frozen=True, slots=True, kw_only=True)
class EmitRules:
    """The ``emit`` section: see the comment in ``rules/extract/emit.json``."""

    reciprocal_categories: frozenset[str]
    reciprocal_events: frozenset[str]
    place_target_categories: frozenset[str]
    place_preps: Words
    schedule_categories: frozenset[str]
    direct_target_events: frozenset[str]
    document_heads: frozenset[str]
    document_links: Words
    thing_heads: frozenset[str]
    thing_names: Words
    thing_kinds: frozenset[str]
    harmed_nouns: Words
    act_nouns: Words
    act_preps: Words
    act_modifiers: Words
    act_possessives: Words
    home_events: frozenset[str]
    home_categories: frozenset[str]
    civil_things: Words
    predicted_kinds: frozenset[str]
    plan_events: frozenset[str]
    contingent_marks: Words
    contingent_participles: Words
    contingent_categories: frozenset[str]
    issue_preps: Words


@cache
def emit_rules() -> EmitRules:
    return load_section("emit", EmitRules)


def reciprocal(event: str) -> bool:
    """'X and Y agreed/met/clashed/signed a treaty': each acted on the other."""
    rules = emit_rules()
    return event in rules.reciprocal_events or event_info(event).plover in rules.reciprocal_categories


def _place(ctx: ReadContext, trigger: Token, light: Token | None) -> int | None:
    """Where it happened: a named place in a locative phrase of the trigger, its light verb or
    its object ('demonstrated in Kirkuk', 'imposed a curfew in the town of Cizre', 'exploded
    bombs in the capital Kabul')."""
    preps = emit_rules().place_preps
    heads = [h for h in (trigger, light) if h is not None]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "xcomp"]  # "threatened to …"
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "dobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # "the capital Kabul", "the town of Cizre", "Kirkuk"
                candidates = [obj, *[c for c in obj.children if c.dep_ == "appos"],
                              *[g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"]]
                for cand in candidates:
                    mid = ctx.by_token.get(cand.i)
                    if mid is not None and ctx.mention(mid).kind in PLACE_KINDS:
                        return mid
    return None


def _listed_with_places(ctx: ReadContext, targets: list[Token]) -> set[int]:
    """'visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset and
    Torbay': a name coordinated with places is a place too, whatever the NER took it for (a
    person, an organisation) — the mentions of such names among ``targets``."""
    places = [t for t in targets if (m := ctx.by_token.get(t.i)) is not None
              and ctx.mention(m).kind in PLACE_KINDS and ctx.mention(m).how != "capital"]
    listed = {c.i for t in places for c in t.conjuncts}
    return {m for t in targets if t.i in listed and (m := ctx.by_token.get(t.i)) is not None
            and ctx.mention(m).how == "name" and ctx.mention(m).kind in ("Person", "Organization")}


def _what_it_acts_on(ctx: ReadContext, trigger: Token, light: Token | None
                     ) -> tuple[frozenset[str], frozenset[str], bool]:
    """Lemmas of what the act is aimed at (the objects of the trigger and of its prepositions:
    'attacked the plans', 'an attack on the cost'), of the modifiers of the trigger and its
    object ('a legal battle'), and whether a reason is given ('attacked X for failing to …')."""
    heads = [trigger, *([light] if light is not None else [])]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ != "for"
                for o in p.children if o.dep_ == "pobj"]
    things = frozenset(ctx.lemmas[o.i] for o in objects)
    modifiers = frozenset(ctx.lemmas[m.i] for h in [trigger, *objects] for m in h.children
                          if m.dep_ in ("amod", "compound"))
    for_doing = any(p.dep_ == "prep" and p.lower_ == "for" and any(
        g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in p.children)
        for h in heads for p in h.children)
    return things, modifiers, for_doing


def _issues(ctx: ReadContext, trigger: Token, light: Token | None) -> frozenset[str]:
    """Lemmas of what the act is over or about, no named place or date ('clashed over farm
    subsidies', 'clashed on the issue'; not 'clashed on Tuesday', 'clashed over Kashmir'): the
    objects of the trigger's (or its light verb's) prepositions of ``issue_preps``, a noun or
    an act ('its battle with France and Germany over breaching deficit limits')."""
    preps = emit_rules().issue_preps
    heads = [trigger, *([light] if light is not None else [])]
    return frozenset(ctx.lemmas[o.i] for h in heads for p in h.children
                     if p.dep_ in ("prep", "prt") and p.lower_ in preps  # "battled over access"
                     for o in p.children if o.dep_ in ("pobj", "pcomp") and not o.ent_type_)


def _what_is_done(ctx: ReadContext, trigger: Token, light: Token | None) -> frozenset[str]:
    """Lemmas of the act and what it is about: the trigger (or its light verb), the verbs it
    governs ('agreed to merge', 'agree to continue buying'), what their objects are to do
    ('signed a deal to supply gas'), their objects and prepositional objects, the acts their
    prepositions govern with their objects ('talks on forming a joint venture'), and the
    modifiers of all of these ('merger talks', 'a takeover offer', 'sold its stake in X')."""
    acts = [trigger, *([light] if light is not None else [])]
    for act in list(acts):
        acts += [c for c in act.children if c.dep_ == "xcomp"]
        acts += [g for c in act.children if c.dep_ == "xcomp" for g in c.children
                 if g.dep_ == "xcomp"]
    words = list(acts)
    words += [c for a in acts for c in a.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    # "signed a deal with Qatar to supply liquid natural gas": what the deal is to do, or the
    # act is done for
    deeds = [g for o in words for g in o.children if g.dep_ in ("acl", "advcl")
             and g.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]
    words += deeds + [c for d in deeds for c in d.children if c.dep_ == "dobj"]
    words += [o for a in list(words) for p in a.children if p.dep_ == "prep"
              for o in p.children if o.dep_ == "pobj"]
    # "held talks with Pratt on forming a joint venture": the act a preposition governs, and
    # what it acts on
    doings = [o for a in list(words) for p in a.children if p.dep_ == "prep"
              for o in p.children if o.dep_ == "pcomp" and o.pos_ == "VERB"]
    words += doings + [c for d in doings for c in d.children if c.dep_ == "dobj"]
    # "to purchase a minimum of nine mln tonnes of U.S. grain": what an amount is of
    words += [o for a in list(words) for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and o not in words]
    words += [m for w in list(words) for m in w.children
              if m.dep_ in ("amod", "compound", "nmod", "pcomp")]
    words += [m for w in list(words) for m in w.children  # "a buy-out offer": buy ← out ← offer
              if m.dep_ == "compound" and m not in words]
    return frozenset(ctx.lemmas[w.i] for w in words  # not "Stock Exchange"; but "nine mln tonnes"
                     if not w.ent_type_ or w.ent_type_ in _AMOUNT_ENTITIES)


#: entity types of amounts, whose words say what is dealt in ("200,000 tonnes")
_AMOUNT_ENTITIES = frozenset({"QUANTITY", "CARDINAL", "MONEY", "PERCENT"})


def _kind(ctx: ReadContext, mid: int) -> str | None:
    """The kind of a mention; for 'it'/'its', whose kind the word does not tell, the kind of the
    nearest state or organisation before it that is a subject, in its sentence or the one before
    ("Bell Petroleum Services Inc said it agreed to begin talks with …": a company) — the
    antecedent resolution will choose, read early so the conventions see what acts."""
    m = _early_antecedent(ctx, mid)
    return None if m is None else m.kind


def _name(ctx: ReadContext, mid: int) -> str:
    """The name of a mention as written, lower-cased; for 'it'/'its' the name of the party
    :func:`_kind` reads ("The court ruled … and granted it an injunction": the court), so the
    conventions that read names see who acts."""
    m = _early_antecedent(ctx, mid)
    return (ctx.mention(mid) if m is None else m).name.lower()


def _early_antecedent(ctx: ReadContext, mid: int) -> Mention | None:
    m = ctx.mention(mid)
    if m.kind is not None or m.how != "pronoun":
        return m
    for sentence in (m.sentence, m.sentence - 1):
        before = [o for o in ctx.out.mentions if o.sentence == sentence and o.is_subject
                  and o.span.begin < m.span.begin and o.kind is not None
                  and o.kind not in _NOT_IT_KINDS]
        if before:
            return max(before, key=lambda o: o.span.begin)
    return None


_NOT_IT_KINDS = frozenset({"Person", "Group", "Plural", *PLACE_KINDS})


def _document(ctx: ReadContext, mid: int) -> bool:
    """'the 2003 Controlling the Assault of Non-Solicited Pornography and Marketing Act', 'the
    European Convention on Human Rights', 'Prevention of Terrorism Bill': a law, a treaty or a
    bill, whatever the NER took it for, is a thing — no party to an event ('North Atlantic
    Treaty Organization' is one: the head is the last word)."""
    m = ctx.mention(mid)
    if m.how != "name" or m.kind == "Person":
        return False
    rules = emit_rules()
    words = m.name.split()
    return words[-1] in rules.document_heads or any(
        w in rules.document_heads and nxt.lower() in rules.document_links
        for w, nxt in zip(words, words[1:], strict=False))


def _thing(ctx: ReadContext, mid: int) -> bool:
    """'the European Monetary System', 'the Barker Review', 'the Oscars', 'the ERM', 'the ECU':
    a mechanism, a review, an award or a currency that the NER took for an organisation is a
    thing, no party to an event ('the Federal Reserve System', a government body, is one); and
    so is 'the Finance Bill' whose last word alone was read as a person's name ('Bill')."""
    m = ctx.mention(mid)
    if m.how != "name":
        return False
    rules = emit_rules()
    words = m.name.split()
    if m.kind in rules.thing_kinds and (words[-1] in rules.thing_heads
                                        or m.name.lower() in rules.thing_names):
        return True
    if m.kind != "Person" or len(words) != 1 or words[0] not in rules.document_heads:
        return False
    span = ctx.doc.char_span(m.span.begin, m.span.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "compound" and c.is_title and c.i < span.root.i
                                    for c in span.root.children)


def _harmed_by(ctx: ReadContext, token: Token, mid: int) -> bool:
    """'donate $8m to victims of former Chilean military ruler Augusto Pinochet's regime': the
    party named after the victims or survivors is the one who harmed them, not the one acted
    on (the mention found is not the noun's own)."""
    if ctx.lemmas[token.i] not in emit_rules().harmed_nouns:
        return False
    span = ctx.mention(mid).span
    return not span.begin <= token.idx < span.end


def _an_act(token: Token) -> bool:
    """'despite opposition from the US and Japan', 'provided strong opposition to the plans':
    a collective noun with what it is from or against, or how strong it is, names the act, not
    the ones who act ('the Syrian opposition' is a group)."""
    rules = emit_rules()
    return token.lemma_.lower() in rules.act_nouns and any(
        (c.dep_ == "prep" and c.lower_ in rules.act_preps)
        or (c.dep_ == "amod" and c.lower_ in rules.act_modifiers)
        or (c.dep_ == "poss" and c.lower_ in rules.act_possessives) for c in token.children)


def _civil_thing(ctx: ReadContext, token: Token) -> bool:
    """'criticised British TV', 'the new series of US drama 24', 'UK e-University was a
    terrible waste': a state named only as the home of a thing of its civil life (television, a
    university, a film) is not the party acted on — the thing is no state's act."""
    mid = mention_for(ctx, token)
    if mid is None or ctx.mention(mid).kind != "State" or (
            names_itself(ctx, token) and ctx.mention(mid).how != "demonym"):
        return False  # ("British TV" is read as a demonym mention of the noun itself)
    things = emit_rules().civil_things
    path = [token, *[o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]]
    return any(ctx.lemmas[t.i] in things or ctx.lemmas[t.i].split("-")[-1] in things
               for t in path)


def _predicted(ctx: ReadContext, agent: int, speaker: int) -> bool:
    """'Mr Blair said Labour MPs will welcome him', 'He said voters would recognise that …':
    a person or a group other than the speaker, named, whose act the speaker announces."""
    m, by = ctx.mention(agent), ctx.mention(speaker)
    return m.how not in ("pronoun",) and _kind(ctx, agent) in emit_rules().predicted_kinds \
        and m.name.split()[-1].lower() != by.name.split()[-1].lower()


def _at_home(ctx: ReadContext, agent: int, target: int) -> bool:
    """'Tony Blair visited London', 'Mr Blair toured Britain': the target is the state (or its
    capital) of the person the actor dictionary knows the agent as, or of the people a group is
    named after ('Yugoslav trade union leaders toured Yugoslavia')."""
    who = ctx.mention(agent)
    person = ctx.gaz.person(who.name)
    home = person.country if person is not None else who.hint if who.kind == "Group" else None
    where = ctx.mention(target)
    return home is not None and where.hint == home \
        and (where.kind == "State" or where.how == "capital")


def _told(ctx: ReadContext, trigger: Token, light: Token | None,
          agents: list[Token]) -> Telling | None:
    """How the act is told of by others (:func:`.prospects.told_of`) — unless it is the act of
    the one who claims it, read from the clause ('Smith alleged that Jones lied': Smith's
    accusation, stated)."""
    telling = told_of(trigger, light)
    if telling is None or telling.claimer is None:
        return telling
    claimers = {t.i for t in subjects(ctx, telling.claimer)}
    return None if any(a.i in claimers for a in agents) else telling


def emit(ctx: ReadContext, trigger: Token, *, event: str, confidence: float,
         agents: list[Token], targets: list[Token], light: Token | None = None,
         intent_event: bool = False, hedged: bool = False, presupposed: bool = False) -> None:
    """Add the events read at ``trigger``: one per (agent, target) pair that names a party
    (each with the other for a reciprocal event without target), with the place, the framing
    and the events the CAMEO conventions add. ``light`` is the light verb of a noun trigger;
    ``intent_event`` says the reading is an offer itself (so it is asserted); ``hedged`` that
    the construction found it wanted only on a condition ('should resign if the report finds
    against him'); ``presupposed`` that the act is the setting of what ``light`` says, so a
    negation of that is not its own ('in meetings with Suharto he had not called for changes':
    the meetings took place)."""
    event = said_in_mockery((trigger, *((light,) if light is not None else ())), event)
    # "mockingly congratulated", "paid mock tribute to": criticism
    # "the two sides held talks": the two parties named together before
    agents, targets = expand_pairs(ctx, agents), expand_pairs(ctx, targets)
    plover = event_info(event).plover
    # "spoke to the American Bankers Association", "are telephoning the millions of people":
    # an audience is no party talked with, nor are the speakers talking with each other
    heard = [t for t in targets if listens(ctx, t, trigger=trigger, category=plover)]
    if heard and len(heard) == len(targets):
        return
    targets = [t for t in targets if t not in heard]
    agents = [a for a in agents if not _an_act(a) and not market_agent(ctx, a)
              and not impersonal_agent(ctx, a, category=plover)  # "the Brazilian drought …"
              and not generic_people(ctx, a)  # "the law-abiding citizen"
              and not firm_home(ctx, a)]  # "Japan's Canon Inc": the company's home, no party
    targets = [t for t in targets if not _an_act(t) and not _civil_thing(ctx, t)
               and not generic_people(ctx, t)  # "the typical family", "every voter"
               and not names_a_thing(ctx, t, category=plover)
               and not lodged_with(ctx, t, trigger=trigger, light=light)
               and not venue(ctx, t, event=event, trigger=trigger, light=light)
               and not moved_forces(ctx, t)  # "withdraw the troops": the mover's own
               and not excepted(t)  # "with the exception of Britain"
               and not firm_home(ctx, t)  # "Sumitomo Bakelite Co Ltd, Tokyo, Japan"
               and not done_to(ctx, t, category=plover)  # "the arrest of X"
               # "urged that refugees be allowed to stay": what is asked for is done to them
               and not requested_patient(t, trigger=trigger, category=plover)
               # "urged harmonization … with Germany": the requested thing's partner
               and not requested_partner(ctx, t, trigger=trigger, category=plover)
               and not ordered_by(t, trigger=trigger, light=light)  # "After China, X will …"
               and not employer_of_target(ctx, t, event=event)  # "charged a clerk of Westpac"
               and not harmed_by_act(ctx, t, category=plover)  # "investigating threats against X"
               # "struck at the terminal in Gdynia": where, not whom
               and not only_where(ctx, t, trigger=trigger, light=light, category=plover)
               # "seeking loans in Japan": where the thing is, not whom it is asked of
               and not only_scene(ctx, t, trigger=trigger, light=light, event=event,
                                   category=plover)
               and not amid(t, trigger=trigger)  # "…, with Austria hosting the talks"
               # "agreed with its partners to seek a compromise with the Diet": the aim's party
               and not goal_partner(t, trigger=trigger, light=light, category=plover)
               # "agreed to discuss the problems of Afghanistan": what it is about, no party
               and not about_matter(ctx, t, category=plover, agents=agents)
               # "discussed Brazil's debt": whose affairs are talked about, not with whom
               and not owns_what_is_discussed(ctx, t, category=plover)]
    agent_ids = [m for a in agents if (m := mention_for(ctx, a)) is not None
                 and ctx.mention(m).kind not in PLACE_KINDS  # "the Lisbon summit"
                 and not _document(ctx, m) and not _thing(ctx, m)]
    if event in emit_rules().direct_target_events:  # "visited the tomb of Yasser Arafat"
        targets = [t for t in targets if names_itself(ctx, t)]
    found = [m for t in targets if (m := mention_for(ctx, t)) is not None
             and not _harmed_by(ctx, t, m)
             and not is_description(ctx.mention(m))]  # "seek control of the company": it acts
    listed_with_places = _listed_with_places(ctx, targets)
    target_ids = [m for m in found if (ctx.mention(m).kind not in PLACE_KINDS
                                       or ctx.mention(m).how == "capital")  # "arrived in Amman"
                  and m not in listed_with_places and not _document(ctx, m)
                  and not _thing(ctx, m)]
    place = _place(ctx, trigger, light)
    if place is None:  # "the invasion of South Lebanon": the place is the object
        place = next((m for m in found if m not in target_ids), None)
    category = event_info(event).plover
    if not target_ids and place is not None and category in emit_rules().place_target_categories \
            and not ctx.arts:  # an arts report's places are settings ("a film … shot in Cape
        # Town"); "imposed a curfew in Algiers", "exploded bombs in Kabul": coded against the state
        where = ctx.mention(place)
        iso3 = ctx.gaz.place_country(where.name)
        token = ctx.doc.char_span(where.span.begin, where.span.end, alignment_mode="expand")
        if iso3 is not None and token is not None:
            target_ids = [ctx.add(token.start, token.end, name=where.name, how="metonym",
                                  kind="State", hint=iso3)]
    if not agent_ids or (not target_ids and len(agent_ids) < 2):
        return  # an event needs both parties: who did it, to whom
    polarity, modality = polarity_modality(trigger, light)
    if polarity == "negative" and left_open([t for t in (trigger, light) if t is not None]):
        polarity, modality = "positive", "hedged"  # "whether or not the IMF can help Brazil"
    if denied_existence(trigger):
        polarity = "negative"  # "There was not a meeting between Mr Blair and Mr Bush"
    if presupposed:
        polarity = polarity_modality(trigger, None)[0]
    governor = light or trigger
    if polarity == "negative" and modality == "hedged" and not is_question(trigger) and (
            is_inability(governor)):
        modality = "asserted"  # "could not agree on export quotas": plainly not done
    unmet = None if polarity == "negative" else unfulfilled(governor)
    if unmet is not None:  # "were unable to agree", "have yet to agree", "tried … but failed"
        polarity, modality = "negative", "hedged" if unmet.framed else "asserted"
    elif polarity == "negative" and asked_under_negation(trigger, light):
        polarity, modality = "positive", "hedged"  # "has not decided whether to impose …"
    # "offered to supply wheat to Egypt if the loan was approved": a promise on a condition
    on_condition = any(is_contingent(verb, marks=emit_rules().contingent_marks,
                                     participles=emit_rules().contingent_participles)
                       for verb in {trigger, governor})
    if intent_event:  # the offer itself is what happened, unless it holds only on a condition
        # ("warned that it would retaliate if Japan did not …" is a threat made)
        modality = "hedged" if on_condition and (
            category in emit_rules().contingent_categories) else "asserted"
    if hedged or asked_past_relative(governor) is not None or only_permitted(governor):
        modality = "hedged"  # "asked anyone who spots X to contact Y": asked for, not done;
        # "agreed to allow Reagan to retaliate": only allowed
    said_by = reporter(ctx, governor)
    if said_by is None and (verb := clause_verb(governor)) is not None:
        said_by = reporter(ctx, verb)  # "Der Spiegel said part of Mr Seifert's negotiations
        # with the LSE were about …": told in the clause the magazine says
    when = time_text(ctx, governor)
    evidence = ctx.sentence_span(trigger)
    pairs = [(a, t) for a in agent_ids for t in target_ids if t != a]
    if reciprocal(event) and len(agent_ids) >= 2 and not intent_event and (
            not target_ids or set(target_ids) <= set(agent_ids)):
        # "Israel and Lebanon renewed negotiations": each acted on the other; but an offer is
        # made to a party, not by its makers to each other ("Britain and France are determined
        # to make quotas conditional", "… will resume talks tomorrow": no Agreement between them)
        pairs = [(a, t) for a in agent_ids for t in agent_ids if a != t]
    scheduled = not intent_event and is_scheduled(ctx, governor)
    if scheduled:
        modality = "hedged"  # "is travelling to America next week": planned, not done
    if not intent_event and (still_to_come(trigger, light, when)
                             or is_arrival_purpose(trigger, light)):
        modality = "hedged"  # "his visit to Washington next week", "accusations that he
        # threatened …", "may win his veto battle with Congress", "is due in Jakarta for
        # talks": ahead, alleged or possible
    if not intent_event and (is_proposed(trigger) or is_asked_for(trigger)
                             or is_purpose_of_promised_trip(governor)):
        modality = "hedged"  # "a proposal for a summit between …", "called for a negotiation
        # between …", "agreed to meet again next month to discuss the debt": proposed, asked
        # for or agreed upon, not yet done
    if named_with_any(trigger):
        modality = "hedged"  # "not aware of any contact between Washington and Tehran"
    # "Iran allegedly supplied the rebels", "according to diplomats, Syria met …", "The Times
    # reports that …": what others tell of is reported, when nothing hedges it more
    telling = None if intent_event else _told(ctx, trigger, light, agents)
    if telling is not None and said_by is None and telling.source is not None:
        said_by = mention_for(ctx, telling.source)
    # "promised the people a regular supply of maize": an act offered, promised, pledged
    pledged = is_promised(light)
    announced = is_intent(governor) or pledged
    intent = polarity == "positive" and announced
    if intent and not intent_event:
        modality = "hedged"  # "Syria is willing to withdraw": the withdrawal has not happened
    conditional = intent and is_conditional(governor)
    contingent = intent and on_condition
    # "Iraq said it will allow …", "offered to provide …", "Turkey will allow … refugees to
    # return" commit the agent; "is planning to hold …", "intends to finance …", "is set to
    # continue …" only announce, the narrator's "He will meet Li Zhaoxing" reports a schedule and
    # "The Lib Dems would allow …" a hypothesis, "asked if he would welcome …" asks, "I hope the
    # government will release me" wishes (they promise or threaten nothing)
    # … and "said he will meet Iranian officials next week" reports a schedule too: a meeting or
    # a visit with a date of its own is no promise, whoever tells of it; nor are talks announced
    # in the future without a date, even in the agent's words ("He said he will start
    # consultations with producers"): only a verb or adjective of promise ("offered to meet",
    # "is ready to hold talks") or a promised noun ("offered talks") makes them one
    schedule = category in emit_rules().schedule_categories
    talks = event in emit_rules().plan_events
    committed = (pledged or is_promise(governor) or (not talks and is_committed(governor)) or (
        is_future(governor) and not schedule)) and not (schedule and when is not None)
    promised = intent and committed and not (
        scheduled or is_plan(governor) or is_supposed(governor) or is_wished(governor)
        or is_predicted(governor)  # "Analysts predicted Japan will retaliate": expected
        or is_estimated(governor)  # "The United States will likely impose sanctions"
        or is_question(trigger))  # "Will Washington lift the sanctions?": asked, no promise
    things, modifiers, for_doing = _what_it_acts_on(ctx, trigger, light)
    done = _what_is_done(ctx, trigger, light)
    issues = _issues(ctx, trigger, light)
    if event in emit_rules().home_events or category in emit_rules().home_categories:
        # "Tony Blair visited London", "pledged to write off the debt owed to Britain": his own
        # country (a threat at home stays: "threatened to institute a curfew in Algiers")
        pairs = [(a, t) for a, t in pairs if not _at_home(ctx, a, t)]
    for a, t in pairs:
        # "Mr Blair said Labour MPs will welcome him": what others will do is the speaker's
        # prediction, no promise of theirs
        predicted = said_by is not None and _predicted(ctx, a, said_by)
        agent_kind, target_kind = _kind(ctx, a), _kind(ctx, t)
        # "GAF Chairman Samuel Heyman sought Borg-Warner": his company's business
        agent_kind, target_kind = (business_kind(ctx, a, agent_kind, other=target_kind),
                                   business_kind(ctx, t, target_kind, other=agent_kind))
        occasion = Occasion(event=event, category=category, agent_kind=agent_kind,
                            target_kind=target_kind, done=done,
                            target_how=ctx.mention(t).how,
                            agent_name=_name(ctx, a), target_name=_name(ctx, t),
                            polarity=polarity, modality=modality,
                            intent=promised and not predicted,
                            announced=announced, conditional=conditional,
                            contingent=contingent,
                            trigger=ctx.lemmas[trigger.i], things=things, modifiers=modifiers,
                            for_doing=for_doing, agent_how=ctx.mention(a).how,
                            issues=issues,
                            sport=ctx.sport, arts=ctx.arts,
                            particles=frozenset(c.lower_ for c in trigger.children
                                                if c.dep_ == "prt"))
        read = trace(ctx, trigger, light=light, event=event, agent=a, target=t)
        for kind, mod, pol in readings(occasion):
            if telling is not None and mod == "asserted":
                mod = "reported"  # "England will protest …, reports the Daily Mail": the
                # threat is the paper's report too
            ctx.out.events.append(
                Event(
                    type=kind,
                    agent=f"m:{a}",
                    target=f"m:{t}",
                    evidence=evidence,
                    trigger=trigger.text,
                    confidence=confidence,
                    polarity=pol,  # type: ignore[arg-type]
                    modality=mod,  # type: ignore[arg-type]
                    reported_by=None if said_by is None else f"m:{said_by}",
                    time_text=when,
                    place=None if place is None else f"m:{place}",
                    trace=read,
                )
            )
