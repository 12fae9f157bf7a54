"""Places the NER took for organisations or people, outside sports reports (where a town's or a
region's name stands for its side): a region's name tagged as an organisation ('the new health
minister for Wales', 'policing in England and Wales', 'Norfolk farmer Tony Martin') is the
region; a known town's one-word name after a preposition of motion or origin ('Motorcycle racer,
Roy Tansley, from Derby developed …', 'on to Carlisle') or after a comma and 'of' ('To Ashley, of
Swindon: …') is the town; and a known town's or region's name that the article places once ('a
speech in Manchester') is that place wherever else it names it with nothing more specific than
an organisation or a person ('Manchester' tagged a person in the next paragraph). Never a name
the gazetteers or the article know as an organisation's or a person's, nor a given name, nor a
side's: not where the article names a player's position ('The 27-year-old winger … a £2.2m move
from Chelsea', a transfer story too short to be read as a sports report), nor before a side's
noun ('the Wales star').

Reads the ``tagged_places`` rule section (``rules/extract/tagged_places.json``);
:func:`tagged_region` and :func:`town_after_preposition` are asked by
:func:`.entities.classify` and :func:`.cues.place_by_position`, :func:`one_town_per_name` runs
after typing (from :func:`.names.after_typing`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .conjuncts import first_conjunct
from .context import ReadContext
from .places import place_rules, region_name
from .rules import Words, load_section

__all__ = ["TaggedPlaceRules", "one_town_per_name", "tagged_place_rules", "tagged_region",
           "town_after_preposition"]

#: the kinds a town's or a region's name takes where nothing but the NER's tag typed it
_TAGGED_KINDS = frozenset({"Organization", "Person"})
#: the kinds a town's or a region's name takes where the article places it
_PLACE_KINDS = frozenset({"City", "Region"})


@dataclass(frozen=True, slots=True, kw_only=True)
class TaggedPlaceRules:
    """The ``tagged_places`` section: see the comment in ``rules/extract/tagged_places.json``."""

    motion_preps: Words
    apposition_preps: Words
    determiners: Words
    player_positions: Words
    side_nouns: Words
    transfer_words: Words


@cache
def tagged_place_rules() -> TaggedPlaceRules:
    return load_section("tagged_places", TaggedPlaceRules)


def tagged_region(ctx: ReadContext, ent: SpacySpan, label: str, *,
                  given_names: frozenset[str]) -> bool:
    """Whether a name the NER tagged as an organisation is a region's, outside sports reports: a
    region rigour knows ('Wales', 'Northern Ireland') or a county's, a province's or a state's
    (:func:`.places.region_name`: 'Norfolk'), not a given name ('Victoria'), a name the article
    gives a person ('Jason Scotland'), a point of the compass ('Panhandle Eastern chairman': no
    province called Eastern) nor the first words of an organisation's name of the article
    ('Delta' beside 'Delta Air Lines'). Asked after the gazetteers' organisations and
    companies, which win ('Scotland Yard')."""
    text = ent.text
    if label != "ORG" or ctx.sport or text in given_names or normalise(text) in ctx.person_names:
        return False
    if text.lower() in place_rules().compass_words:
        return False  # "Panhandle Eastern chairman": no province called Eastern
    if _opens_an_organisation(ctx, text):
        return False  # "Delta blamed high fuel prices" beside "Delta Air Lines"
    if _names_a_side(ctx, ent):
        return False  # "the Wales star", "Wales coach"
    if _listed_with_no_place(ctx, ent):
        return False  # "the GMC Savana, Sierra and Yukon": listed with products, clubs, hotels
    return ctx.gaz.region(text) is not None or region_name(ctx.gaz, text)


def town_after_preposition(ctx: ReadContext, ent: SpacySpan, *, person_words: frozenset[str],
                           given_names: frozenset[str]) -> bool:
    """Whether a known town's one-word name the NER took for a person or an organisation stands
    where a town does, outside sports reports: the object of one of motion_preps ('from Derby',
    'on to Carlisle', 'come to Norwich'), or of one of apposition_preps after a comma ('To
    Ashley, of Swindon: …'), with no determiner before it ('a loan from the Halifax' is the
    bank's), none of ``person_words`` (honorifics, titles: 'from Lord Derby') and no given
    name. The caller has ruled out the names the gazetteers or the article know as a person's or
    an organisation's."""
    text = ent.text
    if ctx.sport or " " in text or text in given_names or normalise(text) not in ctx.gaz.cities:
        return False
    rules = tagged_place_rules()
    doc = ctx.doc
    root = first_conjunct(ent.root)
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    if root.dep_ != "pobj" or before in rules.determiners or before in person_words:
        return False
    prep = root.head
    if prep.head.lemma_.lower() in rules.transfer_words or _names_a_side(ctx, ent):
        return False  # "a £2.2m move from Chelsea"
    if _listed_with_no_place(ctx, ent):
        return False  # "surveys from Nationwide and Halifax": listed with a bank
    if prep.lower_ in rules.motion_preps:
        return True  # "Roy Tansley, from Derby", "on to Carlisle"
    return prep.lower_ in rules.apposition_preps and prep.i > 0 and doc[prep.i - 1].text == ","


def one_town_per_name(ctx: ReadContext) -> None:
    """Outside sports reports, a name the gazetteers know as a town or a region that the article
    types a town or a region once ('the conference in Manchester') is that wherever else the
    article names it typed only an organisation or a person ('Manchester' tagged a person),
    unless a person's full name of the article has it as a word ('Lincoln' beside 'Abraham
    Lincoln'), it acts there as a clause's subject ('Halifax said house prices rose'), is written
    in capitals ('SAMA', an agency's acronym) or opens an organisation's name of the article
    ('Tata' beside 'Tata Teleservices')."""
    if ctx.sport or _speaks_of_players(ctx):
        return
    mentions = ctx.out.mentions
    named = [m for m in mentions if m.how == "name"]
    places: dict[str, tuple[str, str | None]] = {}
    for m in named:
        if m.kind in _PLACE_KINDS:
            places.setdefault(normalise(m.name), (m.kind, m.hint))
    if not places:
        return
    gaz = ctx.gaz
    person_words = {normalise(w) for m in named if m.kind == "Person" and " " in m.name
                    for w in m.name.split()}
    for m in named:
        key = normalise(m.name)
        if m.kind not in _TAGGED_KINDS or key not in places or key in person_words:
            continue
        if m.name.isupper() or m.is_subject or _opens_an_organisation(ctx, m.name):
            continue  # "SAMA liberalised", "Halifax said", "Tata" beside "Tata Teleservices"
        if key in gaz.cities or gaz.region(m.name) is not None or region_name(gaz, m.name):
            kind, hint = places[key]
            mentions[m.id] = replace(m, kind=kind, hint=hint)


def _names_a_side(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether the article names a player's position (a transfer story too short for a sports
    report: 'The 27-year-old winger … a £2.2m move from Chelsea'), or the name modifies one of
    side_nouns ('the Wales star', 'Wales coach Mike Ruddock')."""
    root = ent.root
    return _speaks_of_players(ctx) or (
        root.dep_ in ("compound", "poss") and root.head.i >= ent.end
        and root.head.lemma_.lower() in tagged_place_rules().side_nouns)


def _speaks_of_players(ctx: ReadContext) -> bool:
    """Whether the article names one of player_positions ('winger', 'striker')."""
    return not ctx.forms.isdisjoint(tagged_place_rules().player_positions)


def _listed_with_no_place(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name listed with ``ent`` is none the gazetteers know as a place, read whole where
    the NER tagged it ('Nationwide and Halifax', 'Bayern, Barcelona and Real Madrid')."""
    root = first_conjunct(ent.root)
    for t in (root, *root.conjuncts):
        if ent.start <= t.i < ent.end:
            continue
        name = next((e.text for e in ctx.ents if e.start <= t.i < e.end), t.text)
        if not _known_place(ctx, name):
            return True
    return False


def _opens_an_organisation(ctx: ReadContext, text: str) -> bool:
    """Whether ``text`` is the first word or words of a name the NER tagged an organisation's in
    the article ('Delta' beside 'Delta Air Lines', 'Tata' beside 'Tata Teleservices')."""
    return any(e.label_ == "ORG" and e.text.startswith(text + " ") for e in ctx.ents)


def _known_place(ctx: ReadContext, text: str) -> bool:
    """Whether the gazetteers know ``text`` as a town, a region or a state."""
    gaz = ctx.gaz
    return (normalise(text) in gaz.cities or gaz.region(text) is not None
            or gaz.state(text) is not None)
