"""Named mentions: which named-entity spans are actors or places, of what kind, with their titles
(read by :mod:`.titles`).
Reads the ``mentions`` rule section (``rules/extract/mentions.json``), which :mod:`.mentions`
(the rest of mention description) and :mod:`.syntax` (coordination) share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import gazetteer, normalise
from ..model import ORG_KINDS
from .and_companies import and_company_start, left_of_and_company
from .capital_cities import capital_city
from .bodies import (broadcast_name, chamber, expansion_of, read_apart, states_glued, through_and,
                     through_of)
from .collectives import among_people, group_of_people
from .company_cues import company_cues
from .company_homes import named_with_home
from .forenames import with_forename
from .commons import (common_phrase, glued_to_number, glued_to_state, modifies_common_noun,
                      money_or_measure)
from .context import ReadContext
from .full_names import person_by_full_name
from .guessed_places import drop_unplaced_guesses, unknown_place
from .cues import (business_article, club, competition, constituency, county, event_name,
                   first_conjunct, national_team, one_of_a_make, place_by_position, portfolio,
                   product_of_company, publication, sport_article, sports_venue, work_title)
from .non_names import event_adjective, role_head, round_of_talks, seat_end, table_row, tax_name
from .surname_words import family_name, follower_word
from .names import after_typing, business_names, no_names, one_kind_per_name, one_team_per_name
from .associations import association, charity_name, members_union, named_after_members
from .heads_after import kind_around
from .honorific_names import honorific_names
from .intergovernmental import body_of_states, intergovernmental
from .joined_names import joined
from .peerages import peerage_place
from .person_names import one_person_per_name
from .sheets import sheet_players, team_sheets
from .short_names import short_names
from .state_names import past_state_names
from .bands import band_name
from .central_banks import central_bank
from .characters import known_characters
from .results import result_side, side_name
from .rules import Words, load_section
from .spans import (before_spaced_dash, common_acronym, glued_at, is_ticker, known_longer,
                    phrase_before, wire_company)
from .text_spans import text_span
from .titles import affiliation, appositive_titles, title_before
from .tagged_places import tagged_region
from .told_apart import told_apart
from .whole_names import whole_names
from .unplaced import listed_portfolio, person_at_end, role_before_name
from .leisure import arts_article
from .products import product_name, unname_products
from .public_bodies import public_bodies
from .work_syntax import untagged_titles
from .works import arts_work, tagged_works, title_fragment, unname_works

__all__ = ["ORG_KINDS", "MentionRules", "classify", "collect_entities", "mention_rules", "org_kind"]

_JUNK_ENTITY = re.compile(r"[_\d\[\]]|^\W+$|\S\s{2,}\S")  # digits, brackets, table columns
_TICKER = re.compile(r"[A-Z]{2,}\.[A-Z]{1,2}")  # "IRRI.MI": a stock ticker, not a name


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionRules:
    """The ``mentions`` section: see the comment in ``rules/extract/mentions.json``."""

    entity_labels: frozenset[str]
    personal_pronouns: dict[str, str]
    it_pronouns: Words
    they_pronouns: Words
    groups: Words
    titles: Words
    given_names: frozenset[str]
    honorifics: Words
    company_suffixes: frozenset[str]
    legal_forms: frozenset[str]
    company_heads: Words
    government_words: Words
    party_words: Words
    member_organisation_heads: Words
    party_name_words: Words
    media_words: Words
    state_agent_nouns: Words
    state_nouns: Words
    definite_state_nouns: Words
    leader_titles: Words
    civil_words: Words
    private_heads: Words
    group_modifier_stop: Words
    relation_nouns: Words
    topic_nouns: Words
    owner_nouns: Words
    partitive_nouns: Words
    unit_nouns: Words
    locative_preps: Words
    scene_preps: Words
    office_holder_kinds: frozenset[str]
    head_titles: Words
    founder_titles: Words
    former_words: Words
    affiliation_preps: Words
    affiliation_words: dict[str, tuple[str, ...]]
    not_place_heads: Words
    venue_heads: Words
    event_name_heads: Words
    office_qualifiers: Words
    sport_words: Words
    sport_min_words: float
    sport_strong_words: Words
    sport_strong_min_words: float
    sport_place_preps: Words
    sport_town_preps: Words
    place_compound_words: Words
    motion_verbs: Words
    team_nouns: Words
    dangling_words: Words
    competition_heads: Words
    meeting_heads: Words
    team_name_words: Words
    sport_body_words: Words
    work_nouns: Words
    work_role_nouns: Words
    work_part_nouns: Words
    portfolio_titles: Words
    region_abbreviations: dict[str, str]
    club_words: Words
    central_bank_words: Words
    publication_nouns: Words
    kind_nouns: dict[str, str]
    business_kind_nouns: Words
    press_staff_nouns: Words
    band_member_nouns: Words
    business_nouns: Words
    business_in_nouns: Words
    business_words: Words
    business_min_words: float
    company_report_words: Words
    company_report_min_words: float
    not_company_words: Words
    work_star_nouns: Words
    document_heads: Words
    document_words: Words
    chamber_names: frozenset[str]
    compass_words: Words
    constituency_cues: dict[str, tuple[str, ...]]
    place_preps: Words
    settlement_nouns: Words
    county_suffixes: Words
    glue_words: Words
    glue_tags: frozenset[str]
    verb_like_name_words: Words
    sport_venue_heads: Words
    product_nouns: Words
    time_zones: frozenset[str]
    award_nouns: Words
    prize_nouns: Words
    award_names: frozenset[str]
    people_demonyms: frozenset[str]
    genre_names: Words
    win_verbs: Words
    naming_verbs: Words
    arts_owner_nouns: Words
    credit_words: Words
    name_particles: frozenset[str]
    currency_words: Words
    currency_phrases: Words
    technology_acronyms: frozenset[str]
    generic_heads: Words
    company_unit_words: Words


@cache
def mention_rules() -> MentionRules:
    return load_section("mentions", MentionRules)


@cache
def _words_regex(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` as whole words."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")


def classify(ctx: ReadContext, ent: SpacySpan, label: str) -> tuple[str, str, str | None] | None:
    """(kind, how, hint) for a named-entity span, or None when it is not an actor/place."""
    rules = mention_rules()
    gaz = ctx.gaz
    text = ent.text.strip()
    if not text or len(text) < 2 or (_JUNK_ENTITY.search(text) and not (
            re.fullmatch(r"[\w ]+", text) and broadcast_name(gaz, text))):
        return None  # but "Channel 4", "BBC Radio 1", "ITV1": a broadcaster's number
    words = text.split()  # split once: most of the tests below read the words
    word_kind = org_kind(words)  # the kind of body the words say, asked by many tests below
    if text.islower() and word_kind is None and common_phrase(ctx.doc, words):
        return None  # "plasma screens", "heifers" tagged as names: common words
    full_name = " " in text and re.sub(r"[-' ]", "", text).isalpha()  # "Zeid al-Rifa'i"
    if label == "PERSON" and "-" in text and not full_name and all(
        gaz.person(p) or p[:1].isupper() for p in text.split("-")
    ) and len(text.split("-")) == 2 and all(len(p) > 2 for p in text.split("-")):
        return None  # "Putin-Lukashenko": two people glued together, not "Robert Kilroy-Silk"
    abbreviated = text if text in rules.region_abbreviations else f"{text}."
    if abbreviated in rules.region_abbreviations and ent.start > 0 and ctx.doc[ent.start - 1].text == ",":
        region = gaz.region(rules.region_abbreviations[abbreviated])  # "Denver, Colo.": the state
        return ("Region", "name", region.country if region else None)
    if (round_of_talks(ent) or role_head(ent) or tax_name(ent) or table_row(ctx, ent)
            or follower_word(ctx, ent) or event_adjective(ent)):
        return None  # "the Uruguay round", "Party leader Michael Howard", "VAT", "Brownite"
    if (peerage := peerage_place(ctx, ent)) is not None:
        return (peerage, "name", None)  # "Lord Roberts of Conwy": the town of a peer's title
    state = gaz.state(text)
    if state is not None:
        country, how = state
        if how == "demonym":
            ctx.out.demonyms.append((country.iso3, ctx.sentence_of(ent.root)))
            return None  # a demonym alone is an attribute; demonym + noun is handled below
        if how == "metonym" and country.capital and normalise(text) == normalise(country.capital):
            if capital_city(first_conjunct(ent.root)):  # "in Tel Aviv, Chicago and Athens"
                return ("City", "capital", country.iso3)  # "London's Leicester Square": the city
            return ("State", "metonym", country.iso3)  # "Moscow cannot afford to lose it"
        if how == "name" and ((ctx.sport and national_team(ctx, ent, rules))
                              or result_side(ctx, ent, label)):
            return ("Organization", "name", None)  # "Wales must get past Scotland": the teams
        return ("State", how, country.iso3)
    if len(words) == 1 and (text.lower() in rules.state_nouns or ctx.doc.vocab[text.lower()].is_stop):
        return None
    if (normalise(text) not in ctx.person_names and words[0] not in rules.given_names
            and word_kind is None and (glued_to_number(ctx.doc, ent.start) or money_or_measure(
                words, currency_words=rules.currency_words, currency_phrases=rules.currency_phrases))):
        return None  # "Sterling dipped", "speeds of 2 Mbps", "6GB": money and measures
    if text in rules.technology_acronyms:
        return None  # "a PC", "sent by SMS", "ISPs": kinds of devices and techniques, no names
    if label != "PERSON" and (
            text.lower().removeprefix("pre-").removesuffix("s") in rules.document_words):
        return None  # "Mr Brown's Budget", "the pre-Budget report", "the Treaty": a text, no actor
    if (gaz.org(text) is None and (word_kind is None or (
            word_kind == "Company" and gaz.company(text, label=label) is None
            and modifies_common_noun(ctx.doc, ent.start, ent.end)))
            and glued_to_state(ctx.doc, gaz, words, body_words=rules.not_company_words)):
        return None  # "U.S. Dollar", "U.K. Institutions", "U.S. Oil company": a state's abbreviation and common words
    if len(words) > 1 and words[-1].lower() in rules.definite_state_nouns and (
            (hit := gaz.state(" ".join(words[:-1]))) is not None):
        return ("State", "metonym", hit[0].iso3)  # "the U.K. Government" acts as the state
    if label in ("PERSON", "PRODUCT") and words[0] not in rules.given_names and (
            normalise(text) not in ctx.person_names) and one_of_a_make(ctx, ent):
        return None  # "driving a red Vauxhall Corsa": one of a make, no name
    if len(words) == 1 and text in rules.legal_forms:
        return None  # "Co" of "Merrill Lynch and Co" tagged alone: no name
    if text in ctx.work_titles or work_title(ctx, ent, rules, label=label) or (
            word_kind is None and product_of_company(ctx, ent, label, rules)) or (
            word_kind is None and arts_work(ctx, ent, label, rules)):
        ctx.work_titles.add(text)
        return None  # "the game Manhunt", "Superman actor Christopher Reeve", "Sony's Playstation"
    if not ctx.sport and word_kind is None and product_name(ctx, ent, label):
        ctx.work_titles.add(text)
        ctx.product_names.add(text)
        return None  # "Linux software", "the Bankash-A Trojan", "Global System for Mobiles"
    if word_kind is None and title_fragment(ctx, ent, rules):
        return None  # "Eternal Sunshine of" + "the Spotless Mind": the rest of a work's title
    if ctx.sport and competition(ent, rules, gaz=gaz):
        return None  # "Champions League", "the Nationwide Division": a competition
    if label != "NORP" and (side_name(ctx, ent, label) or band_name(ctx, ent, label)):
        return ("Organization", "name", None)  # "Bath prop David Barnes", "Rock band Keane"
    if group_of_people(ent, label, rules) or family_name(ctx, ent):
        return ("Group", "group", None)  # "Lib Dem MPs", "the Blairs": an actor only where it acts
    if len(words) > 1 and words[0].lower() in rules.team_name_words and words[1][:1].isupper():
        return ("Organization", "name", None)  # "Team GB", "Team USA": a side, no person
    if not ctx.sport and label != "NORP" and county(text, rules, label=label) and (
            normalise(text) not in ctx.person_names):
        return ("Region", "name", None)  # "Herefordshire", "Essex", "West Yorkshire": a county
    if label != "NORP" and constituency(ctx, ent, label, rules):
        return ("Place", "name", None)  # "MP for Sedgefield", "Bristol South": a constituency
    org = gaz.org(text) or (None if normalise(text) in ctx.person_names or central_bank(
        tuple(words)) else gaz.company(text, label=label))  # "Nokia said"; not "National Bank"
    if org is not None:
        return (org.kind, "name", org.country)
    if publication(ctx, ent, rules) or broadcast_name(gaz, text):
        return ("MediaOrganization", "name", None)  # "the Handelsblatt daily", "BBC Radio Scotland"
    if label == "ORG" and word_kind is None and among_people(ctx, ent, rules):
        return ("Person", "name", None)  # "Compatriots Mulugeta Wondimu, Abiyote Abate and Markos Geneti"
    if (ctx.sport and label in ("GPE", "LOC", "PERSON") and gaz.region(text) is not None
            and national_team(ctx, ent, rules)):
        return ("Organization", "name", None)  # "England were criticised for the 0-0 draw"
    if label in ("GPE", "LOC") and " " not in text and gaz.region(text) is not None:
        return ("Region", "name", gaz.region(text).country)  # even after "Jason Scotland"
    if tagged_region(ctx, ent, label, given_names=rules.given_names):  # "minister for Wales"
        return ("Region", "name", region.country if (region := gaz.region(text)) else None)
    if label != "PERSON" and normalise(text) in ctx.person_names:
        return ("Person", "name", None)  # "Babarika" tagged ORG after "Viktor Babarika"
    if (label != "PERSON" and " " not in text and not text.isupper()
            and text.lower() in ctx.common_words and normalise(text) not in ctx.person_names):
        return None  # "Coronavirus" or "Budget" at the start of a sentence, "coronavirus" elsewhere
    if _TICKER.fullmatch(text) or (text.isupper() and len(words) > 1
                                    and words[-1] not in rules.legal_forms):
        return None  # "USSR COARSE GRAIN", "U.S. REUTER": a headline or a table heading, no name
    if label in ("GPE", "LOC", "FAC") and len(words) > 1 and (
            words[-1] in rules.legal_forms):
        return ("Company", "name", None)  # "Trans-Island Bus Service Pte Ltd" tagged LOC
    if label in ("GPE", "LOC") and len(words) > 1 and (
            words[-1].lower() in rules.government_words):
        return ("GovernmentBody", "name", None)  # "Northern Ireland Assembly" tagged GPE
    if label in ("GPE", "LOC"):
        region = gaz.region(text)
        if region is not None:  # "Crimea", "Scotland", "Quebec": not a city
            return ("Region", "name", region.country)
    if (word_kind is None and portfolio(ctx, ent, rules)) or listed_portfolio(ctx, ent, label, rules):
        return None  # "Children's Minister Margaret Hodge", "Culture, Media and Sport Secretary": a title
    if label != "NORP" and word_kind is None and sports_venue(ctx, ent, label, rules):
        return ("Place", "name", None)  # "a 0-0 tie at Old Trafford", "Ewood Park": a ground
    if ctx.sport and label in ("GPE", "ORG", "PERSON") and club(ctx, ent, label, rules):
        return ("Organization", "name", None)  # "Leicester withstood …", "Manchester City striker"
    if label in ("PERSON", "ORG") and (place := place_by_position(ctx, ent, rules)):
        return (place, "name", None)  # "visits Manchester, Liverpool and Torbay", "at Grangemouth"
    if word_kind is None and person_by_full_name(ctx, ent, label):
        return ("Person", "name", None)  # "Dakota Fanning", "Pepito Elhorga" tagged ORG or GPE
    person = gaz.person(text)
    if person is not None and label in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"):
        return ("Person", "name", person.country)
    last = words[-1].lower().strip(".,")
    if label == "ORG" and len(words) == 1 and (
            (ent.root.lemma_ or text).lower() in rules.groups or text.lower().removesuffix("s") in rules.groups):
        return None  # "MPs" tagged ORG: a group, read as one where it acts
    if event_name(words, rules):
        return None  # "Academy Awards", "Berlin Film Festival": an event, not who acts or where
    if label != "PERSON" and len(words) > 1 and last in rules.document_heads and words[-1].istitle():
        doc = ctx.doc
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            ctx.work_titles.add(doc[ent.end + 1].text)  # "the Multi-Fibre Agreement (MFA)": MFA too
        return None  # "the Anglo-Irish Agreement", "Petroleum Revenue Tax": a text or a tax, no actor
    if label in ("ORG", "FAC", "PERSON") and len(words) > 1 and last in rules.venue_heads:
        return ("Place", "name", None)  # "Kodak Theatre", "Wembley Stadium", "Wilmslow Road"
    if label == "ORG" and len(words) > 1 and last in rules.titles and not _words_regex(
            rules.government_words).search(text.lower()):
        return None  # "the Roman Catholic Archbishop of Cardiff": an office, not an organisation
    if label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART"):
        kind = word_kind
        if kind in ("MediaOrganization", "PoliticalParty", "GovernmentBody") and label == "PERSON" and (
                2 <= len(words) <= 3 and words[0] in rules.given_names):
            return ("Person", "name", None)  # "Jim Press", "Robert Holmes A'Court": a surname that is a word
        if kind:
            return (kind, "name", None)
        if label != "PERSON" and 2 <= len(words) <= 3 and words[0] in rules.given_names and all(
                w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return ("Person", "name", None)  # "Viktor Babarika" tagged ORG
    if label == "PERSON":
        if any(w.lower() in rules.titles for w in words[-1:]):
            return None
        root, before = ent.root, (ctx.doc[ent.start - 1] if ent.start > 0 else None)
        titled = before is not None and before.is_title and before.lower_.rstrip(".") in rules.honorifics
        if (len(words) == 1 and root.dep_ == "pobj" and root.head.lower_ in rules.locative_preps
                and normalise(text) in gaz.cities and not titled):
            return ("City", "name", None)  # "protested in Lyon", tagged PERSON; not "to Mr Howard"
        region = gaz.region(text) if len(words) == 1 else None
        if region is not None and normalise(text) not in ctx.person_names and not titled:
            # "England", "Wales" tagged PERSON (sports copy); not "Mr Kent", nor the surname of
            # a person the article has named ("Jason Scotland")
            return ("Region", "name", region.country)
        return ("Person", "name", None)
    if label == "ORG":
        if text in rules.chamber_names:
            return ("GovernmentBody", "name", None)  # "told House leaders": a chamber of parliament
        if ctx.business and _may_be_company(ctx, words):  # "Lufthansa" in a business report
            return (kind_around(ctx, ent, label, rules) or "Company", "name", None)  # "X union"
        return ("Organization", "name", None)
    if label in ("GPE", "LOC", "FAC"):  # "Reggae star Sizzla", "Ethiopia's Tirunesh Dibaba"; "Blinkx"
        return unknown_place(ctx, ent, label, not_place_head=last in rules.not_place_heads)
    return None


def org_kind(words: list[str]) -> str | None:
    """The kind of organisation a name's words say it is ('… Bank', '… Party'), if any; a company
    suffix alone or after 'of' is no company's name ('U.S. Defense Secretary', 'Ministry of Defence');
    'Bank of' a state is its central bank ('Bank of France'), of anything else a company."""
    return _org_kind(tuple(words))


@lru_cache(maxsize=1 << 14)
def _org_kind(words: tuple[str, ...]) -> str | None:
    """:func:`org_kind`, cached (one name is asked about several times per entity)."""
    rules = mention_rules()
    last = words[-1].strip(",")
    low = [w.lower() for w in words]
    joined = " ".join(low)
    if intergovernmental(words):
        return "IntergovernmentalOrganization"  # "Islamic Development Bank", "Group of Five"
    if _words_regex(rules.central_bank_words).search(joined) or central_bank(words):
        return "GovernmentBody"  # "New York Federal Reserve Bank", "Belgian National Bank"
    if len(low) > 2 and low[:2] == ["bank", "of"]:  # a state's central bank, else a company
        state = gazetteer().state(rest := " ".join(words[2:]))
        return "GovernmentBody" if state and normalise(state[0].name) == normalise(rest) else "Company"
    if (last in rules.company_suffixes and len(words) > 1 and low[-2] != "of") or last.lower().endswith("bank") or any(
        w in rules.company_heads for w in low[-1:]) or named_with_home(words):
        return "Company"  # "Toshiba Corp", "Hyundai Motor Co of South Korea"
    if named_after_members(low, rules.member_organisation_heads) or members_union(words) or (
            association(words, body_words=rules.government_words)) or charity_name(words) or (
            any(w in rules.member_organisation_heads for w in low)
            and _words_regex(rules.sport_body_words).search(joined)):
        # "Fire Brigades Union", "Council of Trade Unions", "Rugby Football Union"
        return "NonGovernmentalOrganization"
    if any(" " in w and joined.endswith(" " + w) for w in rules.media_words):
        return "MediaOrganization"  # "IRNA news agency": no government agency
    if _words_regex(rules.government_words).search(joined) or chamber(joined):
        return "GovernmentBody"  # "Home Office", "House of Representatives"
    if low[-1] in rules.party_words:  # "Seafarers' International Union": no party's word, no party
        return "PoliticalParty" if low[-1] not in rules.member_organisation_heads or any(
            w in rules.party_name_words for w in low[:-1]) else "NonGovernmentalOrganization"
    if low[-1] in rules.media_words:
        return "MediaOrganization"
    return None


def _may_be_company(ctx: ReadContext, words: list[str]) -> bool:
    """Whether a name that says nothing else of its kind may be a company's: no word for another
    kind of body ('Institute', 'Board', 'Foundation'), not opening with a state's or a city's
    name or a demonym ('U.S. Firms', 'Indian Armed Force', 'London FTSE')."""
    rules = mention_rules()
    first = words[0]
    return not (any(w.lower().strip(",.") in rules.not_company_words for w in words)
                or ctx.gaz.state(first) is not None or normalise(first) in ctx.gaz.cities)


def collect_entities(ctx: ReadContext) -> None:
    """A mention for every named entity that is an actor or a place, with titles and positions."""
    rules = mention_rules()
    doc = ctx.doc
    tokens, texts, lowers = ctx.tokens, ctx.texts, ctx.lowers  # read once (see ReadContext)
    ctx.sport = sport_article(ctx, rules)
    ctx.business = not ctx.sport and business_article(ctx, rules)
    ctx.arts = arts_article(ctx)
    ctx.tagged_works = tagged_works(ctx)
    ctx.work_titles.update(no_names(ctx, rules))  # "2000 GMT", "the Bafta awards": no names
    ctx.work_titles.update(untagged_titles(ctx))  # "movie The Aviator" untagged, then tagged
    ctx.work_titles.update(known_characters(ctx))  # "Darth Vader", "Superman" (characters.py)
    sheets = team_sheets(ctx) if ctx.sport else set()
    for sent in doc.sents if sheets else ():
        if sent.start in sheets:
            sheet_players(ctx, sent, rules)
    # "Dell and Hewlett-Packard": two names; "the US" + "Anti-Doping Agency", "Kentish" "Town": one
    ents = whole_names(ctx.ents)  # "Shares in UK Coal" beside "UK Coal said": the company, no UK
    spans = past_state_names(ctx.gaz, read_apart(ctx.gaz, told_apart(ctx.gaz, joined(ctx.gaz, ents))))
    for ent in states_glued(ctx.gaz, spans):  # past_state_names: "Esso UK", "Stade de France"
        if ent.label_ not in rules.entity_labels:
            continue
        if sheets and ctx.sentence_start(ent.start) in sheets and not (
                ent.end < len(doc) and texts[ent.end] == ":"):
            continue  # a player, read above; "Wasps:" before the names is the team
        start, end = ent.start, ent.end
        while start < end and (lowers[start] == "the" or texts[start] in ("a", "an")):
            start += 1  # "the Kremlin"; "a Conservative Party spokesman" tagged from "a"
        if end - start > 2 and lowers[start] in rules.former_words and texts[start + 1] == "-":
            start += 2  # "Ex-Labour leader Neil Kinnock": the party is Labour
        bracket = next((i for i in range(start, end) if texts[i] == "("), None)
        if bracket is not None and all(texts[i] != ")" for i in range(bracket, end)):
            end = bracket  # "China Aviation Oil (CAO" tagged into the bracket: the name ends before
        start, end = before_spaced_dash(doc, start, end)  # "Florian Hamm - Borussia Dortmund's …"
        end = known_longer(ctx.gaz, doc, start, end, label=ent.label_)  # "Liberal" + "Democrat"
        end = through_and(ctx, doc, start, through_of(ctx, doc, start, end))  # "… and Skills"
        end = seat_end(doc, start, end)  # "the MP for Sittingbourne and Sheppey": one seat
        if left_of_and_company(ctx, start, end):
            continue  # "Baxter" of "Baxter and Lowe Plc": read whole from "Lowe Plc"
        start = and_company_start(ctx, start, end)  # "Standard and" + "Poor's Corp"
        if ent.label_ == "PERSON" and end - start > 1 and tokens[start + 1].is_title and (
                not ctx.gaz.state(texts[start + 1])
                and (ctx.gaz.state(texts[start]) or ("", ""))[1] == "demonym"):
            start += 1  # "Brazilian Ronaldo": the nationality is no part of a person's name
        cut = False
        legal_form = end < len(doc) and texts[end] in rules.legal_forms  # "E.F. Hutton and Co."
        while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space  # "Corp.\n\n"
                               or lowers[end - 1] in ("'s", "’s")
                               or texts[end - 1] in ("<", ">")
                               or (end - start > 1 and not legal_form
                                   and lowers[end - 1] in rules.dangling_words)):
            cut = cut or lowers[end - 1] in rules.dangling_words
            end -= 1  # "Australian Gas Light Co>": wire-copy ticker brackets are no part of a name
        end = glued_at(doc, start, end, words=rules.glue_words, tags=rules.glue_tags,  # "Blur beat
                       particles=rules.name_particles | rules.verb_like_name_words) or end  # Oasis"
        start = person_at_end(ctx, start, end, ent.label_)  # "Agriculture Richard Lyng": the person
        if start >= end or (cut and end - start == 1) or start in ctx.by_token:
            continue  # "Group of", "Cable and": a name the NER cut; "Democrat" read with "Liberal"
        label = ent.label_
        if (named := role_before_name(ctx, start, end, label)) > start:
            start, label = named, "PERSON"  # "Midfielder Steven Gerrard", "Rapper Eminem": the person
        start, end = with_forename(ctx, start, end, label)  # "Shane" + "Williams"; "Mike" "Friday"
        if label == "ORG" and end < len(doc) and texts[end] in rules.legal_forms:
            end += 1  # "Toshiba Corp" when the NER tagged only "Toshiba"
        if end - start > 1 and lowers[start].rstrip(".") in rules.honorifics and (
                tokens[start + 1].is_title):
            label = "PERSON"  # "Mr Ebbers" tagged ORG is a person
        elif (label in ("ORG", "GPE", "NORP", "LOC", "FAC") and start > 0 and end - start <= 2
              and tokens[start - 1].is_title and lowers[start - 1].rstrip(".") in rules.honorifics
              and all(t.is_title for t in doc[start:end])):
            label = "PERSON"  # "Lord Butler" with only "Butler" tagged ORG is a person
        if label == "PERSON":
            while end - start > 1 and lowers[start].rstrip(".") in rules.honorifics:
                start += 1  # "Mr Blair" is Blair
            while end - start > 2 and lowers[start] in rules.titles and tokens[start + 1].is_title:
                start += 1  # "Sergeant Keith McDonald" is Keith McDonald (the title stays before it)
        if (start > 0 and tokens[start - 1].is_title and tokens[start - 1].ent_iob_ == "O"
                and tokens[start - 1].pos_ in ("PROPN", "ADJ") and lowers[start - 1] != "the"
                and ctx.gaz.org(doc[start - 1:end].text) is not None):
            start -= 1  # "Liberal Democrats" with only "Democrats" tagged: the known longer name
        if (start > 0 and tokens[start - 1].is_title and tokens[start - 1].ent_iob_ == "O"
                and lowers[start - 1] in rules.team_name_words):
            start -= 1  # "Team GB" with only "GB" tagged: the side's name
        span = text_span(doc, start, end)  # its text made once: classify's cues read it often
        if _acronym_of(ctx, span) or is_ticker(doc, start, end):
            continue
        if common_acronym(doc, start, end):
            ctx.work_titles.add(span.text)  # no name wherever the article uses it again
            continue
        found = classify(ctx, span, label)
        if found is None:
            continue
        kind, how, hint = found
        if kind in ("Organization", "Person") and wire_company(doc, start, end):
            kind = "Company"  # "Toshiba Corp <TSBA.T>", "<Burnham Leasing>" (tagged a person)
        elif kind in ("Organization", "City", "Place") or (kind == "Person" and _no_known_person(ctx, span, label)):
            kind = kind_around(ctx, span, label, rules) or kind  # "carmaker X", "the X union"
        if body_of_states(ctx, span, kind):
            kind = "IntergovernmentalOrganization"  # "the EC's Executive Commission": not a state's
        title, phrase = title_before(ctx, span, rules) if kind == "Person" else (None, None)
        mid = ctx.add(start, end, name=span.text, how=how, kind=kind, hint=hint, title=title)
        if kind == "Person":
            if title:  # "US Secretary of State Mike Pompeo": the whole phrase before the name
                ctx.role_phrases.append((mid, phrase_before(doc, span), title))
                if phrase != title:  # "Tory leader Michael Howard" holds "the Tory leader"
                    ctx.out.positions.setdefault(mid, []).append(str(phrase))
            appositive_titles(ctx, mid, span, rules)
            ctx.person_names.update(map(normalise, (span.text, span[-1].text, span.text.split()[-1])))
    honorific_names(ctx, mention_rules())
    company_cues(ctx, rules)  # "Castellan, the largest US retailer": a company wherever named
    public_bodies(ctx, rules)  # "financial watchdog BaFin" … "BaFin has referred": one regulator
    one_kind_per_name(ctx)
    business_names(ctx, rules)
    if ctx.sport:
        one_team_per_name(ctx, rules)
    after_typing(ctx, rules)
    one_person_per_name(ctx, rules, org_kind=org_kind)  # "Kluft" beside "Carolina Kluft" (ORG)
    short_names(ctx, rules)  # "Chase" beside "Chase Manhattan Bank", "the Commission"
    drop_unplaced_guesses(ctx)  # "Blinkx", "the Yugansk unit": towns only by the NER's tag
    unname_works(ctx, rules)
    unname_products(ctx)
    for mid, phrase, title in ctx.role_phrases:
        affiliation(ctx, mid, phrase, title, rules)


def _no_known_person(ctx: ReadContext, span: SpacySpan, label: str) -> bool:
    """A name read as a person's may be something else: the NER did not take it for a person, or
    it starts with no given name and no one knows such a person ('engineering group Jarvis')."""
    text = span.text
    return label != "PERSON" or (text.split()[0] not in mention_rules().given_names
                                 and normalise(text) not in ctx.person_names
                                 and ctx.gaz.person(text) is None)


def _acronym_of(ctx: ReadContext, span: SpacySpan) -> bool:
    """'the Movement for … of Biafra (MASSOB)', 'the Child Support Agency … the CSA': an acronym in
    brackets right after a named organisation, or of the initials of one named before it, is that
    organisation, here and wherever the article uses it again (:func:`.bodies.expansion_of`)."""
    text = span.text
    if not (text.isupper() and text.replace("-", "").replace("/", "").isalpha() and 2 <= len(text) <= 10):
        return False
    if text in ctx.acronyms:
        mid = ctx.acronyms[text]
    else:  # "Biafra (MASSOB)", "the Office for National Statistics ... the ONS"
        if (found := expansion_of(ctx, span, ORG_KINDS, legal_forms=mention_rules().legal_forms)) is None:
            return False
        mid = ctx.acronyms[text] = found
    named = ctx.mention(mid)  # a mention of its own, so that it names the organisation itself
    ctx.add(span.start, span.end, name=named.name, how="name", kind=named.kind, hint=named.hint)
    return True
