"""Companies named with their homes: a legal form, 'of' and a place the gazetteers know ('Aluminum
Co of America', 'Mitsui and Co Ltd of Japan', 'Hyundai Motor Co of South Korea', 'Manufacturers
Hanover Trust Co of New York'): wire copy names a company so, and the name is a company's, though
its last word is no company's (read by :func:`.entities.org_kind`).

The legal form (``legal_forms``, as written: 'Co', 'Corp', 'Ltd') follows at least
``min_name_words`` words of the name and stands right before one of ``home_preps``; the words
after it are a state, a region or a town the gazetteers know. A body's word of another kind
('Bank of Japan', 'Group of Seven') is no legal form, and a body the gazetteers know keeps its
kind ('Commodity Credit Corp of the U.S. Agriculture Department').

Reads the ``company_homes`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteer import gazetteer, normalise
from .rules import Words, load_section

__all__ = ["CompanyHomeRules", "company_home_rules", "named_with_home"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CompanyHomeRules:
    """``rules/extract/company_homes.json``."""

    legal_forms: frozenset[str]
    home_preps: Words
    min_name_words: float


@cache
def company_home_rules() -> CompanyHomeRules:
    return load_section("company_homes", CompanyHomeRules)


def named_with_home(words: tuple[str, ...]) -> bool:
    """Whether a name's words are a company's name, its legal form, 'of' and its home ('Hyundai
    Motor Co of South Korea'): see the module docstring."""
    rules = company_home_rules()
    for i, word in enumerate(words):
        if (word.lower() in rules.home_preps and i - 1 >= rules.min_name_words
                and words[i - 1].strip(",") in rules.legal_forms and i + 1 < len(words)):
            home = " ".join(words[i + 1:])
            gaz = gazetteer()
            return (gaz.state(home) is not None or gaz.region(home) is not None
                    or normalise(home) in gaz.cities)
    return False
