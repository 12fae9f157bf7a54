"""Bodies whose members are states, known by the words of their names where the gazetteers do
not know the name: 'Islamic Development Bank', 'International Coffee Organization', 'Association
of South-East Asian Nations', 'Group of Five', 'IMF Interim Committee' — an intergovernmental
organisation, not a company ('… Bank', '… Fund'), a government body ('… Committee') or a
non-governmental organisation ('Association of …'); and a body whose name a body of states owns
("the EC's Executive Commission", "NATO's Military Committee": :func:`body_of_states`), a part of
that organisation of states, not of one state's government. Reads the ``intergovernmental`` rule
section (``rules/extract/intergovernmental.json``); used by :func:`.entities.org_kind`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import gazetteer
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["IntergovernmentalRules", "body_of_states", "intergovernmental",
           "intergovernmental_rules"]

_IGO = "IntergovernmentalOrganization"


@dataclass(frozen=True, slots=True, kw_only=True)
class IntergovernmentalRules:
    """The ``intergovernmental`` section: see the comment in its JSON file."""

    skip_openers: Words
    min_words: float
    regional_openers: Words
    fund_endings: Words
    world_openers: Words
    world_endings: Words
    of_heads: Words
    member_words: Words
    not_member_before: Words
    group_words: Words
    number_words: Words
    unit_words: Words
    owner_deps: frozenset[str]
    owned_kinds: frozenset[str]


@cache
def intergovernmental_rules() -> IntergovernmentalRules:
    return load_section("intergovernmental", IntergovernmentalRules)


def intergovernmental(words: tuple[str, ...]) -> bool:
    """Whether a name's words (as written) say it is a body whose members are states."""
    rules = intergovernmental_rules()
    words = tuple(w.rstrip(",") for w in words)
    while words and words[0].lower() in rules.skip_openers:
        words = words[1:]
    low = [w.lower() for w in words]
    if not low:
        return False
    joined = " ".join(low)
    long_enough = len(low) >= rules.min_words
    if long_enough and low[0] in rules.regional_openers and any(
            joined.endswith(" " + end) for end in rules.fund_endings):
        return True  # "Islamic Development Bank", "European Monetary Cooperation Fund"
    if long_enough and low[0] in rules.world_openers and low[-1] in rules.world_endings:
        return True  # "International Coffee Organization", "International Tin Council"
    return _of_members(low, rules) or _numbered_group(low, rules) or _unit_of_known(words, rules)


def _of_members(low: list[str], rules: IntergovernmentalRules) -> bool:
    """'Association of South-East Asian Nations', 'League of Arab States': a head, 'of' and
    words ending in a plural of states (not 'the United States')."""
    if "of" not in low[1:-1] or low[-1] not in rules.member_words:
        return False
    at = low.index("of")
    return low[at - 1] in rules.of_heads and low[-2] not in rules.not_member_before


def _numbered_group(low: list[str], rules: IntergovernmentalRules) -> bool:
    """'Group of Five', 'Group of 77'."""
    return (len(low) == 3 and low[0] in rules.group_words and low[1] == "of"
            and (low[2].isdigit() or low[2] in rules.number_words))


def _unit_of_known(words: tuple[str, ...], rules: IntergovernmentalRules) -> bool:
    """'IMF Interim Committee', 'U.N. Economic Commission': the name of a body the gazetteers
    know as intergovernmental, then words naming a part of it."""
    gaz = gazetteer()
    for size in (1, 2):
        if len(words) <= size:
            return False
        known = gaz.org(" ".join(words[:size]))
        if known is not None and known.kind == _IGO:
            return any(w.lower() in rules.unit_words for w in words[size:])
    return False


def body_of_states(ctx: ReadContext, span: SpacySpan, kind: str) -> bool:
    """Whether a body's name typed one of owned_kinds is owned by a name the article read as an
    intergovernmental organisation's, its possessor or modifier by the parse (owner_deps): a part
    of that body of states ("the EC's Executive Commission", "the IMF's Interim Committee"), and
    so is a name listed after it ("the EC's Monetary Committee and Committee of Central Bank
    Governors"); not a state's body ("Britain's Monopolies Commission")."""
    rules = intergovernmental_rules()
    if kind not in rules.owned_kinds:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # the first of a list of bodies holds the owner
    for child in root.children:
        if child.dep_ in rules.owner_deps and not span.start <= child.i < span.end:
            mid = ctx.by_token.get(child.i)
            if mid is not None and ctx.out.mentions[mid].kind == _IGO:
                return True
    return False
