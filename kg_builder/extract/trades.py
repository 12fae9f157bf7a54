"""People named by a private trade, a sport or an art, or by what they use, watch or undergo,
are no state, whatever state they come from (issue 15, non-actors as agents): in 'U.K. Bankers
for the most part lauded outgoing U.S. Federal Reserve Chairman Paul Volcker' (development
reuters-18250) or 'British bankers lauded Volcker' the bankers praise him, not the United
Kingdom, whose name only says where they come from; so for 'Kenyan athletes', 'the 1998 French
Open champion', 'Japanese buyers', 'British suspects'. A state or a demonym before such a noun,
or a state that owns it ("Britain's bankers"), is no party, as before a company, the press or a
part of civil society ('a US bank', 'US tabloid magazines', 'the Pakistani community'); the
people themselves are no group either (unlike groups.txt's 'farmers' or 'workers'): as a group
they would be a company's buyers or a star's fans, parties of business and show business
('BHP Billiton is in price talks with its Japanese buyers'). Nouns that stand for the state stay
it ('US officials', 'the Israeli army').

Wire copy capitalises the noun after a state's abbreviation ('U.K. Farmers', 'U.S. Officials',
'U.K. Bankers'), and the lemmatizer keeps a capitalised plural as written: its lemma is read as
the lower-case noun's, so the noun means what it means in lower case ('U.K. Farmers' are the
group of farmers 'UK farmers' are; 'U.S. Officials' the state, as 'US officials').

Reads the ``trades`` rule section; used by :mod:`.mentions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .entities import mention_rules
from .rules import Words, load_section

__all__ = ["TradeRules", "private_people", "shares_modifier", "trade_rules", "wire_plural_lemma"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TradeRules:
    """The ``trades`` section: see the comment in ``rules/extract/trades.json``."""

    private_people: Words
    bare_conjunct_deps: frozenset[str]
    plural_tags: frozenset[str]
    plural_endings: dict[str, str]


@cache
def trade_rules() -> TradeRules:
    return load_section("trades", TradeRules)


def private_people(lemma: str) -> bool:
    """Whether ``lemma`` names people by a private trade, a sport or an art ('banker',
    'athlete', 'fan'): a state named before them is where they come from."""
    return lemma in trade_rules().private_people


@cache
def _known_nouns() -> frozenset[str]:
    """The nouns whose meaning the mention readers know (the mentions section's lists and
    ``private_people``): a capitalised plural of wire copy is read as one of these."""
    rules = mention_rules()
    return (rules.groups | rules.state_agent_nouns | rules.state_nouns | rules.company_heads
            | rules.civil_words | rules.private_heads | trade_rules().private_people)


def wire_plural_lemma(token: Token, lemma: str) -> str:
    """The lemma of ``token`` read as a lower-case noun where it is a capitalised plural of wire
    copy that the lemmatizer kept as written ('Bankers' → 'banker', 'Officials' → 'official',
    'Companies' → 'company'): the first singular of ``plural_endings`` that the mention
    readers know; else ``lemma`` as it is ('Democrats', a name, and 'MSPs', an acronym, stay)."""
    rules = trade_rules()
    text = token.text
    if token.tag_ not in rules.plural_tags or lemma != text.lower() or not text[:1].isupper() \
            or text.isupper():
        return lemma
    for ending, singular in rules.plural_endings.items():
        if lemma.endswith(ending) and (form := lemma[:-len(ending)] + singular) in _known_nouns():
            return form
    return lemma


def shares_modifier(token: Token) -> bool:
    """Whether ``token`` is a noun coordinated after another with nothing of its own before it
    (no child of ``bare_conjunct_deps`` on its left: 'U.S. Manufacturers and officials'; not
    'US troops and Iraqi police', 'the bankers and the officials'): it shares the first
    conjunct's modifiers."""
    if token.dep_ != "conj" or token.head.i >= token.i or token.pos_ not in ("NOUN", "PROPN") \
            or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    deps = trade_rules().bare_conjunct_deps
    return not any(c.dep_ in deps and c.i < token.i for c in token.children)
