"""Bodies of members that are no state's, known by the words of their names where the
gazetteers do not know the name: trade unions and their councils ('Australian Council of Trade
Unions'), trade associations ('American Council of Life Insurers', 'American Farm Bureau
Federation') and sports bodies ('Hellenic Olympic Committee') — a non-governmental
organisation, not a government body ('… Council', '… Committee', '… Bureau'); and charities,
foundations, learned societies and campaigns by their names' words alone ('the Kestrel
Foundation', 'the Wildfowl Society', 'Campaign for Clean Rivers', 'Friends of the Moors'), a
non-governmental organisation, not the generic organisation. Reads the
``associations`` rule section (``rules/extract/associations.json``); used by
:func:`.entities.org_kind`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteer import gazetteer, normalise
from .charities import charity
from .rules import Words, load_section

__all__ = ["AssociationRules", "association", "association_rules", "charity_name",
           "members_union", "named_after_members"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AssociationRules:
    """The ``associations`` section: see the comment in its JSON file."""

    union_phrases: Words
    union_body_ends: Words
    body_heads: Words
    member_nouns: Words
    association_heads: Words
    sport_words: Words
    state_words: Words
    charity_heads: Words
    mutual_words: Words
    purpose_heads: Words
    charity_openers: Words
    global_openers: Words
    union_member_nouns: Words
    local_words: Words
    union_words: Words
    chamber_heads: Words
    chamber_trades: Words


@cache
def association_rules() -> AssociationRules:
    return load_section("associations", AssociationRules)


def association(words: tuple[str, ...], *, body_words: frozenset[str]) -> bool:
    """Whether a name's words (as written) say it is a body of members that is no state's,
    though it holds one of ``body_words`` (the words of a state's bodies: 'council', 'bureau'),
    or a chamber of traders ('Japan Chamber of Commerce and Industry'; not 'Chamber of
    Deputies')."""
    rules = association_rules()
    low = [w.lower().strip(",.") for w in words]
    joined = " ".join(w.replace("'", "") for w in low)
    rest = joined.removesuffix(" " + low[-1]) if low[-1] in rules.union_body_ends else joined
    if any(joined.endswith(phrase) or rest.endswith(phrase) for phrase in rules.union_phrases):
        return True  # "Australian Council of Trade Unions": a union's body, not the state's
    if any(w in rules.chamber_heads and low[i + 1] == "of" and low[i + 2] in rules.chamber_trades
           for i, w in enumerate(low[:-2])):
        return True  # "Milan Chamber of Commerce", "Chamber of Mines": traders', no parliament's
    if any(w in rules.state_words for w in low) or not any(w in body_words for w in low):
        return False  # "Government National Mortgage Association", "Sports Ministry"
    if low[-1] in rules.association_heads:
        return True  # "American Farm Bureau Federation"
    if any(w in rules.sport_words for w in low):
        return True  # "Hellenic Olympic Committee"
    for i, word in enumerate(low):
        if word in rules.body_heads and (
                (i > 0 and low[i - 1] in rules.member_nouns)
                or (i + 2 < len(low) and low[i + 1] == "of" and low[-1] in rules.member_nouns)):
            return True  # "Coffee Growers Council", "American Council of Life Insurers"
    return False


def charity_name(words: tuple[str, ...]) -> bool:
    """Whether a name's words (as written) say it is a not-for-profit body: it ends in a
    charity's head ('the Kestrel Foundation', 'Hansard Society'; not a mutual lender's or
    insurer's, 'Wessex Building Society') or in one, 'of' and a place the gazetteers know
    ('Wildlife Association of Canada'), a purpose's head stands before 'for' ('Campaign for
    Clean Rivers'), or it opens as a body of supporters does ('Friends of the Moors'). None of
    a state's words ('Federal Home Loan Association'), none opening as bodies of states' names
    do ('International Development Association'): those the caller types otherwise. A known
    charity's state branch or a faith's relief body ('the Canadian Red Cross', 'Christian Aid':
    :func:`.charities.charity`) is one too."""
    if charity(words):
        return True
    rules = association_rules()
    low = [w.lower().strip(",.") for w in words]
    if len(low) < 2 or low[0] in rules.global_openers or any(
            w in rules.state_words or w in rules.mutual_words for w in low):
        return False  # "International Development Association": a body of states' name
    if low[-1] in rules.charity_heads:
        return True  # "Hansard Society", not "Nationwide Building Society"
    if any(w in rules.charity_heads and low[i + 1] == "of" and _place(" ".join(words[i + 2:]))
           for i, w in enumerate(low[:-2])):
        return True  # "Motion Picture Association of America", "Royal Society of Edinburgh"
    if any(w in rules.purpose_heads and low[i + 1] == "for" for i, w in enumerate(low[:-2])):
        return True  # "Campaign for Nuclear Disarmament"
    joined = " ".join(low)
    return any(joined.startswith(opener + " ") for opener in rules.charity_openers)


def _place(text: str) -> bool:
    """Whether the gazetteers know ``text`` as a state, a region or a town."""
    gaz = gazetteer()
    return (gaz.state(text) is not None or gaz.region(text) is not None
            or normalise(text) in gaz.cities)


def named_after_members(low: list[str], heads: frozenset[str]) -> bool:
    """A union or association named after its members: a plural right before the head ("Fire
    Brigades Union", "Teachers' Union") or "of" and a plural after it ("Union of Teachers")."""
    words = [w.strip(",.'\u2019") for w in low]
    for i, word in enumerate(words):
        if word not in heads:
            continue
        before = words[i - 1] if i > 0 else ""
        if len(before) > 3 and before.endswith("s") and not before.endswith("ss"):
            return True
        if (i + 2 < len(words) and words[i + 1] == "of" and words[-1].endswith("s")
                and len(words[-1]) > 3):
            return True
    return False


def members_union(words: tuple[str, ...]) -> bool:
    """Whether a name's words (as written) are a union's named by its members alone, without a
    union's word: a plural of ``union_member_nouns`` last or before 'of' ('United Steelworkers of
    America', 'Canadian Auto Workers', 'Sheet Metal Workers') after a word that is no state's
    name or demonym ('U.S. Workers', 'Polish Workers' are people); or a union's local, one of
    ``local_words`` after a union's acronym or word or before a number ('UAW Local 594',
    'Teamsters Local 912', 'Union Local 222'; not 'Financement Local')."""
    rules = association_rules()
    low = [w.lower().strip(",.'\u2019") for w in words]
    numbered = bool(low) and low[-1].isdigit()
    while low and (low[-1].isdigit() or low[-1] == "and"):
        low = low[:-1]  # "UAW Locals 72 and 75"
    if len(low) >= 2 and low[-1] in rules.local_words:
        before = words[len(low) - 2].strip(",.'\u2019")
        return numbered or before.isupper() or low[-2] in rules.union_words
    head = low.index("of", 1) - 1 if "of" in low[1:] else len(low) - 1
    if head < 1 or low[head] not in rules.union_member_nouns or not words[head][:1].isupper():
        return False  # "harbour board workers" tagged as a name: people, no union
    gaz = gazetteer()
    return any(gaz.state(w) is None for w in words[:head])  # "Canadian Auto Workers"
