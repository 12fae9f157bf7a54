"""A capital's name that names the city, not the state it is the capital of (issue 16: 'London'
joined to the United Kingdom in a story about London). A capital is read as its state where it
acts ('Moscow cannot afford to lose it', 'Beijing says …', 'Moscow officials'); it is the city
where the words around it place something in it: after a preposition of place ('met in Minsk'),
modifying a noun that does not stand for the state ('the party's London HQ'; not 'Moscow
officials'), owning a named place or a noun of a place ("London's Leicester Square", "London's
Hilton hotel"; "the scrutiny of London's media" is no place, "Rome's provision of a loan" is the
state's act), in apposition ('Belmarsh prison, south London', 'the Cameroon capital Yaounde'),
before a word of where one is based ('London-based'), or after 'of' and a name (or a word of one:
'the East End') or a noun of a place or of its parts ('the suburbs of Paris', 'east of London',
'the Mayor of London'; not 'the failure of Tokyo to honor an agreement'). Reads the
``capital_cities`` rule section (``rules/extract/capital_cities.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["CapitalCityRules", "capital_city", "capital_city_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CapitalCityRules:
    """The ``capital_cities`` section: see the comment in ``rules/extract/capital_cities.json``."""

    locative_preps: Words
    state_nouns: Words
    modifier_deps: frozenset[str]
    owner_deps: frozenset[str]
    apposition_deps: frozenset[str]
    noun_tags: frozenset[str]
    name_labels: frozenset[str]
    place_nouns: Words
    located_words: Words
    part_preps: Words


@cache
def capital_city_rules() -> CapitalCityRules:
    return load_section("capital_cities", CapitalCityRules)


def capital_city(root: Token) -> bool:
    """Whether a capital's name whose root (of the first of its conjuncts) is ``root`` names the
    city rather than its state (see the module's docstring)."""
    rules = capital_city_rules()
    head, dep = root.head, root.dep_
    head_noun = head.pos_ in rules.noun_tags and head.lemma_.lower() not in rules.state_nouns
    if dep == "pobj":
        if head.lower_ in rules.locative_preps:
            return True  # "met in Minsk"
        owner = head.head
        return (head.lower_ in rules.part_preps and owner.i != head.i
                and owner.lemma_.lower() not in rules.state_nouns
                and (owner.pos_ == "PROPN" or owner.ent_type_ in rules.name_labels
                     or owner.lemma_.lower() in rules.place_nouns))  # "the East End of London"
    if dep in rules.modifier_deps:
        return head_noun  # "the party's London HQ"; not "Moscow officials"
    if dep in rules.owner_deps:
        return head_noun and (head.pos_ == "PROPN" or head.lemma_.lower() in rules.place_nouns)
    if dep in rules.apposition_deps:
        return head.lemma_.lower() not in rules.state_nouns  # "Belmarsh prison, south London"
    return head.lower_ in rules.located_words  # "London-based"
