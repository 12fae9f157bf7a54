"""Passes over the names of a whole article: before they are typed, the names the article uses
for awards and the time zones it writes, which are no entities anywhere in it; after, a name the
words around it make a place, a company or a news organisation once is that wherever else the
article uses it, a state's or region's name a sports report reads as its team once is the team,
and a given name alone is the person the article names in full with it, and a state named
after 'in' is the scene of something; a name a sports
report reads as a club once is the club where the NER took it for a person. Run by
:func:`.entities.collect_entities`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..gazetteer import normalise
from ..model import PLACE_KINDS, Mention
from .context import ReadContext
from .cues import first_conjunct, same_team
from .side_lists import listed_sides
from .tagged_places import one_town_per_name

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["after_typing", "business_names", "given_name_parts", "no_names", "one_actor_per_name",
           "one_kind_per_name", "one_place_per_name", "one_team_per_name", "scenes"]

_CUE_KINDS = frozenset({"Company", "MediaOrganization"})
_GENERIC_KINDS = frozenset({"Organization", "Person", "City", "Place"})
#: kinds the NER's guess of a place gives a name no gazetteer knows (one_actor_per_name)
_TOWN_KINDS = frozenset({"City", "Region"})


def no_names(ctx: ReadContext, rules: MentionRules) -> set[str]:
    """The names that are no entity anywhere in the article: a time zone ('2000 GMT'), and an
    award, a name the article writes right before one of award_nouns ('last year's Bafta awards',
    'Oscar nominations'), or one more noun before it ('the Golden Rose television awards'), or
    listed with such a name ('the Golden and Silver Bear awards'), or as what someone won
    ('scooped both the Golden Globe and the Bafta'), with its plural; the acronym in brackets
    after a name ending in one of document_heads ('the International Tin Agreement (ITA)': a
    treaty, whatever the NER tags), unless the gazetteers know it as an organisation's; and the
    awards of award_names and their plurals ('the Oscars', 'the Grammys'), wherever the article
    names them; and a demonym of people_demonyms alone ('Welsh patients', 'the Briton'), which
    names no one; outside sports reports, a genre of music or film ('a Britpop revival',
    'hip-hop, R&B, garage and soul', 'from the Westerns and war movies'; genre_names)."""
    found = set(rules.time_zones.intersection(ctx.texts))
    found |= rules.award_names | {name + "s" for name in rules.award_names}  # "the Oscars"
    found |= rules.people_demonyms  # "treating Welsh patients", "The Briton held off …"
    for ent in ctx.ents:
        name = " ".join(ctx.texts[i] for i in range(ent.start, ent.end) if ctx.lowers[i] != "the")
        if not ctx.sport and name.lower() in rules.genre_names:
            found.add(name)  # "a Britpop revival", "R&B stands for Rhythm And Blues"
            continue
        if (ent.label_ in ("PERSON", "NORP") or not name[:1].isupper()
                or ctx.gaz.state(name) is not None or ctx.gaz.region(name) is not None):
            continue  # "won Ohio": a state, a region
        if (ent.end + 2 < len(ctx.doc) and ctx.texts[ent.end] == "("
                and ctx.texts[ent.end + 2] == ")"
                and ctx.lowers[ent.end - 1] in rules.document_heads
                and ctx.gaz.org(ctx.texts[ent.end + 1]) is None):
            found.add(ctx.texts[ent.end + 1])  # "the sixth International Tin Agreement (ITA)"
        root = ent.root
        head = root.head
        while root.dep_ == "conj" and head.i != root.i:
            root, head = head, head.head  # "both the Golden Globe and the Bafta"
        award = _before_award(ent.root, ent.end, rules.award_nouns)
        won = root.dep_ == "dobj" and head.lemma_.lower() in rules.win_verbs
        if award or won:
            found.update({name, name + "s", name.removesuffix("s")})
    return found


def _before_award(root: Token, end: int, nouns: frozenset[str]) -> bool:
    """Whether a name whose root is ``root`` and which ends before token ``end`` names an award:
    it modifies one of ``nouns`` right after it ('last year's Bafta awards'), or after one more
    noun ('the Golden Rose television awards'), or is listed with a name that does ('the
    Golden and Silver Bear awards': both)."""
    doc = root.doc
    if end < len(doc) and doc[end].lower_ in nouns and root.head.i == end:
        return True  # "last year's Bafta awards"
    token, listed = root, any(c.dep_ == "conj" for c in root.children)
    for _ in range(4):
        head = token.head
        if head.i == token.i or token.dep_ not in ("conj", "compound", "nmod", "amod"):
            return False
        listed = listed or token.dep_ == "conj"
        if head.lower_ in nouns and end <= head.i <= end + 3:  # "Golden and Silver Bear awards"
            return all((listed and (t.is_title or t.lower_ == "and"))
                       or (t.is_lower and t.pos_ == "NOUN")  # "the Golden Rose television awards"
                       for t in doc[end:head.i])
        token = head  # not "the BBC Four World Cinema Award": the channel's
    return False


def after_typing(ctx: ReadContext, rules: MentionRules) -> None:
    """The passes over the typed names, in order."""
    one_place_per_name(ctx)
    one_town_per_name(ctx)  # "Manchester" tagged a person beside "the conference in Manchester"
    one_actor_per_name(ctx, rules.place_preps, settlement_nouns=rules.settlement_nouns)
    given_name_parts(ctx, rules.given_names)
    scenes(ctx, rules.scene_preps)
    _one_band_per_name(ctx)  # "Abba's first reunion" after "Swedish pop quartet Abba"


def scenes(ctx: ReadContext, preps: frozenset[str]) -> None:
    """'the war in Iraq', 'Christians in Iraq': a state's name after one of ``preps`` (the
    first of coordinated names: 'in Iraq and Syria') is where something happens — the mention's
    role is 'place' (no evidence of whose government 'the government' is: resolve)."""
    for m in ctx.out.mentions:
        span = ctx.doc.char_span(m.span.begin, m.span.end) if (
            m.how == "name" and m.kind == "State") else None
        if span is not None:
            root = first_conjunct(span.root)
            if root.dep_ == "pobj" and root.head.lower_ in preps:
                ctx.out.mentions[m.id] = replace(m, role="place")


def one_place_per_name(ctx: ReadContext) -> None:
    """A name the words around it make a place once ('MP for Sedgefield', 'Turf Moor stadium') is
    the place wherever else the article names it with nothing more specific than an
    organisation or a person ('Sedgefield' tagged as a person)."""
    mentions = ctx.out.mentions
    places = {normalise(m.name) for m in mentions if m.how == "name" and m.kind == "Place"}
    for m in mentions:
        if m.how == "name" and m.kind in ("Organization", "Person") and normalise(m.name) in places:
            mentions[m.id] = replace(m, kind="Place")


def one_actor_per_name(ctx: ReadContext, place_preps: frozenset[str], *,
                       settlement_nouns: frozenset[str]) -> None:
    """A name no gazetteer knows as a town or a region, that the NER took for a town in one place
    and for a person or an organisation in another ('Dulko, who had lost …' beside 'ranked two
    places above Dulko'; 'the UK Internet Forum (UKIF)' beside 'director of UKIF'), is the
    actor wherever the article names it - of the actor's kinds the one most of its mentions have
    - unless a mention of it follows a preposition of place ('a plant at Haubourdin') or names
    a town ('the city of Hanau'): one name, one node. An acronym in capitals is no town's ('SAMA', the Saudi Arabian Monetary Agency)."""
    mentions = ctx.out.mentions
    towns: dict[str, list[Mention]] = {}
    actors: dict[str, list[str]] = {}
    for m in mentions:
        if m.how != "name" or m.kind is None:
            continue
        if m.kind in _TOWN_KINDS:
            towns.setdefault(normalise(m.name), []).append(m)
        elif m.kind not in PLACE_KINDS and m.kind != "Group":
            actors.setdefault(normalise(m.name), []).append(m.kind)
    gaz = ctx.gaz
    for key, found in towns.items():
        kinds = actors.get(key)
        name = found[0].name
        if (not kinds or (key in gaz.cities and not (name.isupper() and len(name) > 2))
                or gaz.region(name) is not None
                or gaz.state(name) is not None
                or any(_after_preposition(ctx, m, place_preps, settlement_nouns) for m in found)):
            continue
        kind = Counter(kinds).most_common(1)[0][0]
        for m in found:
            mentions[m.id] = replace(m, kind=kind, hint=None)


def _after_preposition(ctx: ReadContext, m: Mention, preps: frozenset[str],
                       settlements: frozenset[str]) -> bool:
    """Whether a name follows a preposition of place ('at Haubourdin') or a town's noun and
    'of' ('the city of Hanau')."""
    span = ctx.doc.char_span(m.span.begin, m.span.end)
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    return prep.lower_ in preps or (prep.lower_ == "of" and prep.head.lemma_.lower() in settlements)


def given_name_parts(ctx: ReadContext, given_names: frozenset[str]) -> None:
    """A one-word name that is a given name ('Serena', 'Amanda') is a person where the article
    names exactly one person in full with it first ('Serena Williams') and nobody with it last,
    whatever the NER or a place gazetteer made of it; the resolver joins the two."""
    mentions = ctx.out.mentions
    full = [m.name.split() for m in mentions if m.how == "name" and m.kind == "Person"
            and len(m.name.split()) > 1]
    for m in mentions:
        if (m.how != "name" or m.kind not in ("Organization", "City", "Place") or " " in m.name
                or m.name not in given_names or any(w[-1] == m.name for w in full)):
            continue
        if len({" ".join(w) for w in full if w[0] == m.name}) == 1:
            mentions[m.id] = replace(m, kind="Person")


def one_kind_per_name(ctx: ReadContext) -> None:
    """A name the words around it type a company or a news organisation once ('Internet portal
    Lycos', 'South Korea's Hyundai Motor') is one wherever else the article names it, or its first
    word alone ('Hyundai'), with nothing more specific than a person, an organisation or a place
    ('Lycos hopes ...', 'Ahold' tagged as a town; the first word alone also where it was typed a
    town or a place that no gazetteer knows: 'Redland' beside 'Redland Plc') - unless the article
    names a person whose surname it is ('Michael Dell ... Dell'). A news organisation is one
    also where a business report's default typed it a company ('APS' beside 'the official APS
    news agency')."""
    mentions = ctx.out.mentions
    named = [m for m in mentions if m.how == "name"]
    kinds: dict[str, str] = {}
    first_words: dict[str, str] = {}
    for m in named:
        if m.kind in _CUE_KINDS:
            kinds.setdefault(normalise(m.name), m.kind)
            words = m.name.split()
            if len(words) > 1 and len(words[0]) > 2 and words[0][:1].isupper():
                first_words.setdefault(normalise(words[0]), m.kind)
    if not kinds:
        return
    surnames = {normalise(m.name.split()[-1]) for m in named
                if m.kind == "Person" and len(m.name.split()) > 1}
    for m in named:
        key = normalise(m.name)
        if m.kind == "Company" and key not in surnames and "MediaOrganization" in (
                kinds.get(key), first_words.get(key)):
            mentions[m.id] = replace(m, kind="MediaOrganization")  # "APS" beside "APS news agency"
        if m.kind not in _GENERIC_KINDS or key in surnames:
            continue
        unknown_place = (m.kind in ("City", "Place") and key not in ctx.gaz.cities  # "Redland"
                         and ctx.gaz.region(m.name) is None)     # tagged a town beside "Redland Plc"
        kind = kinds.get(key) or (first_words.get(key) if m.kind in ("Organization", "Person")
                                  or unknown_place else None)
        if kind is not None:
            mentions[m.id] = replace(m, kind=kind)


def one_team_per_name(ctx: ReadContext, rules: MentionRules) -> None:
    """In a sports report, a state's or a region's name read as its national team once ('England
    coach Andy Robinson') is the team wherever else the article names it as the state or the
    region and the words around it do not make it a nationality or a place (see
    :func:`.cues.same_team`): one name, one side, not a team and a state of the same name."""
    gaz = ctx.gaz
    named = [m for m in ctx.out.mentions if m.how == "name"]
    teams = {normalise(m.name) for m in named if m.kind == "Organization"
             and (gaz.state(m.name) is not None or gaz.region(m.name) is not None)}
    _one_club_per_name(ctx, named)
    _clubs_at_towns(ctx, named, rules)
    if listed_sides(ctx):  # "between Juventus and Fiorentina": a side listed with a side
        _one_club_per_name(ctx, [m for m in ctx.out.mentions if m.how == "name"])
    for m in named:
        if m.kind not in ("State", "Region") or normalise(m.name) not in teams:
            continue
        span = ctx.doc.char_span(m.span.begin, m.span.end)
        if span is not None and same_team(ctx, span, rules):
            ctx.out.mentions[m.id] = replace(m, kind="Organization", hint=None)


def _one_club_per_name(ctx: ReadContext, named: list[Mention]) -> None:
    """In a sports report, a one-word name read as a club once ('Everton manager David Moyes')
    is the club where else the NER took it for a person ('put Everton on the back foot'),
    unless a person the article names in full has it as a given name or a surname."""
    _organisations_by_name(ctx, named, {normalise(m.name) for m in named
                                        if m.kind == "Organization" and " " not in m.name})


def _clubs_at_towns(ctx: ReadContext, named: list[Mention], rules: MentionRules) -> None:
    """In a sports report, a town's name the article reads as a club where it is the object of
    no preposition ('Tottenham manager Jacques Santini', "Bolton's injury crisis", 'Tottenham
    are primed to sign …') is the club where else it was typed the town after a preposition a
    club takes too ('my time at Tottenham', 'a place at Tottenham', 'sacked at Southampton'): not
    after one of sport_town_preps, where a match or a meeting is ('the final in Seville'), nor
    after 'to' and one of motion_verbs ('the Italians travel to Edinburgh')."""
    clubs = {normalise(m.name) for m in named if m.kind == "Organization" and not _preposed(ctx, m)}
    for m in named:
        if m.kind != "City" or normalise(m.name) not in clubs:
            continue
        span = ctx.doc.char_span(m.span.begin, m.span.end)
        root = first_conjunct(span.root) if span is not None else None
        if root is None or root.dep_ != "pobj" or root.head.lower_ in rules.sport_town_preps:
            continue
        prep = root.head
        verb = prep.head
        if verb.pos_ == "ADV" and verb.head.i != verb.i:
            verb = verb.head  # "flew back to Edinburgh"
        if prep.lower_ in ("to", "into", "towards") and verb.lemma_.lower() in rules.motion_verbs:
            continue  # "travel to Edinburgh", "came to Edinburgh": where a side goes
        ctx.out.mentions[m.id] = replace(m, kind="Organization", hint=None)


def _preposed(ctx: ReadContext, m: Mention) -> bool:
    """Whether a mention is the object of a preposition (first of its conjuncts)."""
    span = ctx.doc.char_span(m.span.begin, m.span.end)
    return span is None or first_conjunct(span.root).dep_ == "pobj"


def _one_band_per_name(ctx: ReadContext) -> None:
    """In an arts report, a name read as a band once by :func:`.bands.band_name` ('Swedish pop
    quartet Abba'; not a name the NER alone tagged as an organisation's, 'Girls Aloud, Akon and
    Kaiser Chiefs') is it where else the NER took it for a person ("Abba's first public
    reunion"), on the terms of :func:`_one_club_per_name`."""
    if ctx.arts and not ctx.sport and ctx.band_names:
        named = [m for m in ctx.out.mentions if m.how == "name"]
        _organisations_by_name(ctx, named, ctx.band_names)


def _organisations_by_name(ctx: ReadContext, named: list[Mention], keys: set[str]) -> None:
    """Every mention of ``named`` typed Person whose normalised name is one of ``keys`` is an
    organisation, unless a person the article names in full has it as a given name or a surname
    ('Roberts' beside 'Julia Roberts')."""
    full = [m.name.split() for m in named if m.kind == "Person" and " " in m.name]
    parts = {normalise(w) for words in full for w in (words[0], words[-1])}
    for m in named:
        key = normalise(m.name)
        if m.kind == "Person" and key in keys and key not in parts:
            ctx.out.mentions[m.id] = replace(m, kind="Organization", hint=None)


def business_names(ctx: ReadContext, rules: MentionRules) -> None:
    """In a business report, a one-word name the NER took for a person's ('Euronext has
    approached the LSE', 'Dutch retailer Ahold') is a company's, unless the article gives it
    a person's marks: an honorific, a title, a given name or another word of a person's name
    right before it ('Mr Barot', 'Lord Currie', 'Pranab Mukherjee'), a person's name it begins
    or ends, a given name, the people gazetteer (also a surname of one of its people: 'Nixon',
    'Reagan'), or a state it owns, as its ruler ('the victory over Hitler's Germany',
    'Thatcher's Britain')."""
    if not ctx.business:
        return
    mentions = ctx.out.mentions
    named = [m for m in mentions if m.how == "name"]
    full = [m.name.split() for m in named if m.kind == "Person" and " " in m.name]
    parts = {w for words in full for w in (words[0], words[-1])}
    tokens, texts, lowers = ctx.tokens, ctx.texts, ctx.lowers
    marked = {texts[i] for i in range(1, len(tokens)) if (
        lowers[i - 1].rstrip(".") in rules.honorifics or lowers[i - 1] in rules.titles
        or texts[i - 1] in rules.given_names  # "Minister Alejandro Martinez"
        or (tokens[i - 1].ent_type_ == tokens[i].ent_type_ == "PERSON" and tokens[i - 1].is_title))}
    marked |= {m.name for m in named if _rules_a_state(ctx, m)}
    gaz = ctx.gaz
    for m in named:
        if (m.kind == "Person" and " " not in m.name and m.name[:1].isupper()
                and m.name not in parts and m.name not in marked and m.name not in rules.given_names
                and gaz.person(m.name) is None and normalise(m.name) not in gaz.surnames):
            mentions[m.id] = replace(m, kind="Company", hint=None)


def _rules_a_state(ctx: ReadContext, mention: Mention) -> bool:
    """Whether a name is the possessive of a state's name ('Hitler's Germany'): its ruler."""
    span = ctx.doc.char_span(mention.span.begin, mention.span.end)
    return span is not None and span.root.dep_ == "poss" and span.root.head.ent_type_ == "GPE"
