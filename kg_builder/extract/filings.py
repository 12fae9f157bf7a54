"""A company's word to a public body is a filing, no consultation (issue 15, business read as
political events). Reads the ``filings`` rule section (for :mod:`.conventions`).

'Kestrel Foods Inc told the Securities and Exchange Commission it had net profits of 16 mln
dlrs', 'Dorvale said it told the SEC its earnings could fall': what a company tells a
regulator or an agency (``filed_kinds``) by a verb of telling (``filing_lemmas``) is a
disclosure, a filing or a notice — a statement addressed to the body, not talks with it
(CAMEO 04 codes meetings, visits and negotiations; the audit rules call words to an audience a
statement). What a state, a party or a person tells a body is left to the telling rules
(an investor's 'told the SEC he had raised his stake' is a filing too: telling.json
``holding_words``), and a
company's talks with a government body stay ('held talks with the Commerce Department').
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .rules import Words, load_section

if TYPE_CHECKING:
    from .conventions import Occasion

__all__ = ["FilingRules", "filed", "filing_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FilingRules:
    """``rules/extract/filings.json``."""

    filing_categories: frozenset[str]
    filing_lemmas: Words
    filer_kinds: frozenset[str]
    filed_kinds: frozenset[str]


@cache
def filing_rules() -> FilingRules:
    return load_section("filings", FilingRules)


def filed(occ: Occasion) -> bool:
    """Whether a reading is a company's filing with a public body, no event: 'Kestrel Foods Inc
    told the Securities and Exchange Commission it had net profits of 16 mln dlrs'."""
    rules = filing_rules()
    return (occ.category in rules.filing_categories and occ.trigger in rules.filing_lemmas
            and occ.agent_kind in rules.filer_kinds and occ.target_kind in rules.filed_kinds)
