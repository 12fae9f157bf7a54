"""Places a gazetteer knows by a kind of their own: a county, province or state of a country
(an ISO 3166-2 subdivision of ``pycountry``: 'Essex', 'Midlothian', 'Hessen', 'Sindh') is a
region, not a town, and so is a region's, a subdivision's or a county's name after a point of the
compass ('West Yorkshire', 'North Wales'). Reads the ``places`` rule section
(``rules/extract/places.json``); used by :func:`.cues.county`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteer import Gazetteer
from .rules import Words, load_section

__all__ = ["PlaceRules", "place_rules", "region_name"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRules:
    """The ``places`` section: see the comment in ``rules/extract/places.json``."""

    region_types: Words
    compass_words: Words
    county_suffixes: Words


@cache
def place_rules() -> PlaceRules:
    return load_section("places", PlaceRules)


def region_name(gaz: Gazetteer, text: str) -> bool:
    """Whether a name the NER took for a place is a region's: an ISO 3166-2 subdivision of a
    region_types kind ('Essex', 'West Sussex', 'Hessen'; not 'Leeds', a city of its own
    country: :meth:`.Gazetteer.subdivision`), or a compass word before such a subdivision, a
    region rigour knows or a county's name ('West Yorkshire', 'North Wales', 'South
    Lanarkshire')."""
    rules = place_rules()
    words = text.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if _subdivision(gaz, text, rules):
        return True
    if len(words) < 2 or words[0].lower() not in rules.compass_words:
        return False
    rest = " ".join(words[1:])
    low = rest.lower()
    county = low.isalpha() and any(
        low.endswith(suffix) and len(low) > len(suffix) + 2 for suffix in rules.county_suffixes)
    return county or _subdivision(gaz, rest, rules) or (
        gaz.region(rest) is not None and gaz.state(rest) is None)


def _subdivision(gaz: Gazetteer, text: str, rules: PlaceRules) -> bool:
    return any(kind.lower() in rules.region_types for _, kind in gaz.subdivision(text))
