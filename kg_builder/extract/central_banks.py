"""A state's central bank by the words of its name where the gazetteers do not know the name:
'the National Bank' or 'State Bank' alone, or after a state's demonym ('the Belgian National
Bank', 'Soviet State Bank', 'the Hungarian National Bank') — a government body, not a company.
Wire copy names a state's bank of issue so ('the National Bank said' in Zurich, Brussels,
Vienna, Budapest), while a commercial bank has a name of its own before the words ('First
National Bank', 'Security Pacific National Bank', 'Dixie State Bank') or after them ('National
Bank of Canada'). Reads the ``central_banks`` rule section (``rules/extract/central_banks.json``);
used by :func:`.entities.org_kind`, by :func:`.entities.classify` (a listed company whose short
form is these words, 'National Bank' of National Bank Holdings, is not meant) and by
:mod:`.short_names` (the bare words beside a longer name that ends or begins with them are that
bank: 'the Swiss National Bank … the National Bank said', 'National Bank of Canada … National
Bank said').
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..gazetteer import gazetteer
from .rules import Words, load_section

__all__ = ["CentralBankRules", "bare_bank_name", "central_bank", "central_bank_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CentralBankRules:
    """The ``central_banks`` section: see the comment in its JSON file."""

    bank_names: Words
    skip_openers: Words
    state_hows: frozenset[str]


@cache
def central_bank_rules() -> CentralBankRules:
    return load_section("central_banks", CentralBankRules)


def _words(words: tuple[str, ...]) -> list[str]:
    """The name's words in lower case, without an opener ('the') or a trailing possessive."""
    rules = central_bank_rules()
    low = [w.lower().removesuffix("'s").removesuffix("'").strip(",.") for w in words]
    while low and low[0] in rules.skip_openers:
        low = low[1:]
    return low


def bare_bank_name(name: str) -> bool:
    """Whether a name is one of the bank names alone ('National Bank', 'the State Bank')."""
    return " ".join(_words(tuple(name.split()))) in central_bank_rules().bank_names


@lru_cache(maxsize=1 << 12)
def central_bank(words: tuple[str, ...]) -> bool:
    """Whether a name's words (as written) are a state's central bank's: one of the bank names
    alone or after a word the gazetteers know as a state's demonym ('Belgian National Bank';
    not 'Philippine National Bank', a listed company, nor 'Angola State Bank', a town's)."""
    rules = central_bank_rules()
    low = _words(words)
    for name in rules.bank_names:
        size = len(name.split())
        if " ".join(low[-size:]) != name or not words[-1][:1].isupper():
            continue
        before = words[len(words) - len(low):len(words) - size]
        if not before:
            return True  # "the National Bank said"
        if len(before) == 1:
            hit = gazetteer().state(before[0])
            return hit is not None and hit[1] in rules.state_hows  # "Belgian National Bank"
    return False
