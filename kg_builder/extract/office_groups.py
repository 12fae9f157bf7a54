"""Holders of an office named in the plural without a state or a name: 'urged the finance
chiefs to write off African debt', 'urged finance ministers to …', 'telling representatives of
19 textile associations …'. They are a group of people (like 'officials'), not the office's one
holder: :mod:`.mentions` reads them as a group, as it reads the nouns of ``groups.txt``. Reads
the ``office_groups`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["OfficeGroupRules", "office_group", "office_group_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficeGroupRules:
    """``rules/extract/office_groups.json``."""

    plural_offices: Words
    plural_tags: Words


@cache
def office_group_rules() -> OfficeGroupRules:
    return load_section("office_groups", OfficeGroupRules)


def office_group(token: Token) -> bool:
    """Whether ``token`` is one of ``plural_offices`` in the plural, as a common noun ('the
    finance chiefs', 'ministers'): a group, not a role one person holds."""
    rules = office_group_rules()
    return token.tag_.lower() in rules.plural_tags and token.lemma_.lower() in rules.plural_offices
