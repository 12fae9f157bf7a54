"""A side named before a player's position and the player's name: 'Bath prop David Barnes', 'Former
Everton midfielder Thomas Gravesen', 'Munster lock Paul O'Connell', 'England fly-half Charlie
Hodgson' in a sports report, and before a position only sport has in any article ('Crystal
Palace striker Andy Johnson') — the club or the national team the player plays for, an
organisation, whatever the NER took the name for (a person, a place). Not a name the article or
the gazetteers know as a person's, nor one opening with a given name. In a sports report a
one-word name the NER took for a person's that is alone the subject of a plural verb is a side
too ('Lazio are favourites', 'Chester have won only two of their last 10 League games'): one
person is never 'are'. A big town's one-word name the NER took only for a person's may be its
club in a sports report ('set to join Preston on a month's loan'; :func:`club_town`). Reads the
``sides`` rule section (``rules/extract/sides.json``); used by :mod:`.entities` and :mod:`.cues`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["SidesRules", "club_town", "side_before_position", "side_by_agreement",
           "side_of_position", "sides_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SidesRules:
    """The ``sides`` section: see the comment in ``rules/extract/sides.json``."""

    positions: Words
    sport_positions: Words
    given_names: frozenset[str]
    max_words: float
    plural_verb_tags: frozenset[str]
    plural_verb_words: Words
    club_town_min_population: float
    player_nouns: Words
    age_group_words: Words
    sport_names: Words


@cache
def sides_rules() -> SidesRules:
    return load_section("sides", SidesRules)


def side_before_position(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is the side of the player named after it: right before one of positions
    (a hyphenated one read whole: 'fly-half', 'scrum-half') in a sports report, or one of
    sport_positions in any article ('Crystal Palace striker Andy Johnson' in a report the
    sport words missed), and then a person's name the NER tagged; of at most max_words
    capitalised words, no person's name itself."""
    rules = sides_rules()
    words = ent.text.split()
    if (not words or len(words) > rules.max_words or words[0] in rules.given_names
            or not all(w[:1].isupper() for w in words)):
        return False
    key = normalise(ent.text)
    if key in ctx.person_names or ctx.gaz.person(ent.text) is not None:
        return False  # "Jason Scotland", then "Scotland": the player
    texts, lowers, tokens = ctx.texts, ctx.lowers, ctx.tokens
    i = ent.end
    if i >= len(texts) or not tokens[i].is_lower:
        return False
    position, i = lowers[i], i + 1
    while i + 1 < len(texts) and texts[i] == "-" and not tokens[i].whitespace_:
        position, i = f"{position}-{lowers[i + 1]}", i + 2  # "fly-half", "scrum-half"
    return (position in rules.positions and (ctx.sport or position in rules.sport_positions)
            and i < len(tokens) and tokens[i].is_title and tokens[i].ent_type_ == "PERSON")


def side_of_position(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name in a sports report is the side of players it names by their position or as
    players, with or without a name after ('the England midfielder', 'the former England
    forward', 'Former England Under-21 keeper Weaver', 'former England rugby union captain
    Martin Johnson', 'an England loose-forward trio', 'England debutant Mathew Tait', 'Ireland
    and Scotland players'): the side, whatever the NER took the name for. Past one more side
    listed after it, an age group ('Under-21') and the names of sports (sport_names); a
    hyphenated position is read by its last word ('loose-forward'). The caller has checked that
    the article is a sports report and that the name is no nationality."""
    rules = sides_rules()
    words = ent.text.split()
    if (not words or len(words) > rules.max_words or words[0] in rules.given_names
            or normalise(ent.text) in ctx.person_names or ctx.gaz.person(ent.text) is not None):
        return False
    texts, lowers, tokens = ctx.texts, ctx.lowers, ctx.tokens
    i, end = ent.end, len(texts)
    if i + 1 < end and lowers[i] in ("and", "or", "&") and tokens[i + 1].is_title:
        i += 2  # "Ireland and Scotland players"
    if i + 2 < end and lowers[i] in rules.age_group_words and texts[i + 1] == "-":
        i += 3  # "England Under-21 keeper"
    elif i < end and "-" in lowers[i] and lowers[i].split("-")[0] in rules.age_group_words:
        i += 1  # the same, one token
    while i < end and lowers[i] in rules.sport_names:
        i += 1  # "England rugby union captain"
    if i >= end or not tokens[i].is_lower:
        return False
    word, i = lowers[i], i + 1
    while i + 1 < end and texts[i] == "-" and not tokens[i].whitespace_:
        word, i = lowers[i + 1], i + 2  # "loose-forward": a forward
    return word in rules.positions or tokens[i - 1].lemma_.lower() in rules.player_nouns


def side_by_agreement(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a one-word name the NER took for a person's is a side in a sports report: the
    subject, with no conjunct ('Kenteris and Thanou face …' are two people), of a verb or an
    auxiliary of plural_verb_tags (spaCy's 'VBP': 'Lazio are favourites', 'Hereford win 3-1 on
    penalties') or one of plural_verb_words ('Edinburgh were not in action'); not the surname
    of a person the article names in full, nor a person's name the gazetteers know, nor one of
    given_names (the article's other mentions of the name follow: :mod:`.names`)."""
    if not ctx.sport or label != "PERSON" or len(ent) != 1:
        return False
    rules = sides_rules()
    token = ent.root
    if (token.dep_ not in ("nsubj", "nsubjpass") or token.text in rules.given_names
            or any(child.dep_ in ("conj", "cc") for child in token.children)):
        return False
    if ctx.gaz.person(ent.text) is not None or any(
            len(other) > 1 and other[-1].text == ent.text for other in ctx.ents
            if other.label_ == "PERSON"):
        return False  # "Steven Gerrard", then "Gerrard": the player
    verb = token.head
    verbs = [verb, *(child for child in verb.children if child.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ in rules.plural_verb_tags or v.lower_ in rules.plural_verb_words
               for v in verbs)


def club_town(ctx: ReadContext, text: str) -> bool:
    """Whether a one-word name the NER took only for a person's may still be a town's club in a
    sports report: a town of at least club_town_min_population people that the gazetteers know
    as no surname ('set to join Preston on a month's loan', 'Exeter had chances of their own';
    not 'Kaka', a town of 33,000, nor 'Bolton', also a surname). Whether it acts as a side is
    the caller's to read (:func:`.cues.club`)."""
    key = normalise(text)
    population = ctx.gaz.city_populations.get(key)
    return (" " not in text and population is not None and key not in ctx.gaz.surnames
            and population >= sides_rules().club_town_min_population)
