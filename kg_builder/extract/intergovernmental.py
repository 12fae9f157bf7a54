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
from spacy.tokens import Token

from ..gazetteer import gazetteer
from ..model import ORG_KINDS
from .bodies import expansion_of
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
    owner_preps: Words
    possessive_marks: frozenset[str]
    name_splitters: frozenset[str]


@cache
def intergovernmental_rules() -> IntergovernmentalRules:
    return load_section("intergovernmental", IntergovernmentalRules)


def intergovernmental(words: tuple[str, ...]) -> bool:
    """Whether a name's words (as written) say it is a body whose members are states."""
    rules = intergovernmental_rules()
    return _by_words(words, rules) or _unit_of_known(words, rules) or _unit_of_named(words, rules)


def _by_words(words: tuple[str, ...], rules: IntergovernmentalRules) -> bool:
    """Whether a name's own words, with no gazetteer, say it is a body of states (rules 1-4)."""
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
    return _of_members(low, rules) or _numbered_group(low, rules)


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


def _plain(words: tuple[str, ...], rules: IntergovernmentalRules) -> tuple[str, ...]:
    """A name's words without an acronym in brackets and apart at name_splitters ('International
    Coffee Organization (ICO) Executive Board', 'International Monetary Fund/World Bank …')."""
    out: list[str] = []
    for word in words:
        if word.startswith("(") and word.endswith(")"):
            continue
        for mark in rules.name_splitters:
            word = word.replace(mark, " ")
        out.extend(word.split())
    return tuple(out)


def _known_igo(words: tuple[str, ...], rules: IntergovernmentalRules) -> bool:
    """Whether words name a body of states: the gazetteers know them as one, or (three words or
    more) their own words say so."""
    while words and words[0].lower() in rules.skip_openers:
        words = words[1:]
    if not words:
        return False
    known = gazetteer().org(" ".join(words))
    return (known is not None and known.kind == _IGO) or (
        len(words) >= rules.min_words and _by_words(words, rules))


def _unit_of_known(words: tuple[str, ...], rules: IntergovernmentalRules) -> bool:
    """'IMF Interim Committee', 'U.N. Economic Commission', 'International Coffee Organization
    (ICO) Executive Board': the name of a body of states (the gazetteers' or by its words), then
    words naming a part of it."""
    words = _plain(words, rules)
    for size in range(1, len(words)):
        if _known_igo(words[:size], rules):
            return any(w.lower() in rules.unit_words for w in words[size:])
    return False


def _unit_of_named(words: tuple[str, ...], rules: IntergovernmentalRules) -> bool:
    """'Council of Ministers of the European Community', 'Joint Development Committee of the
    IMF': words naming a part before one of owner_preps and the name of a body of states."""
    words = _plain(words, rules)
    low = [w.lower() for w in words]
    at = max((i for i, w in enumerate(low) if w in rules.owner_preps), default=-1)
    return at > 0 and any(w in rules.unit_words for w in low[:at]) and _known_igo(
        words[at + 1:], rules)


def body_of_states(ctx: ReadContext, span: SpacySpan, kind: str) -> bool:
    """Whether a body's name typed one of owned_kinds is a part of a body of states the article
    names, not of one state's government ("Britain's Monopolies Commission"): owned by a name the
    article read as an intergovernmental organisation's, its possessor or modifier by the parse
    (owner_deps: "the EC's Executive Commission", "the IMF's Interim Committee", and a name listed
    after it: "the EC's Monetary Committee and Committee of Central Bank Governors") or the object
    of one of owner_preps after it ('the Committee of Central Bank Governors of the Community');
    or a name that opens with such a body's acronym or short name and then words naming a part
    ('the ICCO Council', "the Community's Council of Ministers")."""
    rules = intergovernmental_rules()
    if kind not in rules.owned_kinds:
        return False
    return _owned(ctx, span, rules) or _opens_with_owner(ctx, span, rules)


def _owned(ctx: ReadContext, span: SpacySpan, rules: IntergovernmentalRules) -> bool:
    """A possessor, modifier or 'of' object of the name's head names a body of states."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # the first of a list of bodies holds the owner
    for child in root.children:
        if not span.start <= child.i < span.end and child.dep_ in rules.owner_deps and _names_igo(
                ctx, child, short=True):  # "the Fund's Executive Board" too
            return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (after is not None and after.lower_ in rules.owner_preps
            and span.start <= after.head.i < span.end  # "… Governors of the Community"
            and any(obj.dep_ == "pobj" and _names_igo(ctx, obj, short=True)
                    for obj in after.children))


def _opens_with_owner(ctx: ReadContext, span: SpacySpan, rules: IntergovernmentalRules) -> bool:
    """The name opens with a body of states' acronym the article defined or its short name,
    bare or possessive, and then words of which one names a part ('ICCO Council')."""
    tokens = [t for t in span if t.lower_ not in rules.skip_openers]
    if len(tokens) < 2:
        return False
    first, rest = tokens[0], tokens[1:]
    if rest[0].lower_ in rules.possessive_marks:
        rest = rest[1:]  # "the Community's Council of Ministers"
    if not any(t.lower_ in rules.unit_words for t in rest):
        return False
    return _article_acronym(ctx, first) or _short_name(ctx, first.text)


def _article_acronym(ctx: ReadContext, token: Token) -> bool:
    """Whether the token is an acronym the article gave a body of states: read as one, or in
    brackets right after such a body's name before it ('the International Cocoa Organization
    (ICCO)'), or its initials (:func:`.bodies.expansion_of`)."""
    text = token.text
    if not (text.isupper() and text.isalpha()):
        return False
    mid = ctx.acronyms.get(text)
    if mid is not None:
        return ctx.mention(mid).kind == _IGO
    doc = ctx.doc
    for i in range(2, token.i - 1):
        if doc[i].text == text and doc[i - 1].text == "(" and doc[i + 1].text == ")":
            owner = ctx.by_token.get(i - 2)
            if owner is not None and ctx.mention(owner).kind == _IGO:
                return True
    return expansion_of(ctx, doc[token.i:token.i + 1], frozenset({_IGO})) is not None


def _names_igo(ctx: ReadContext, token: Token, *, short: bool = False) -> bool:
    """The token is a mention the article read as a body of states, or (``short``) after 'the'
    the last word of the name of one named before ('the Community' after 'the European
    Community')."""
    mid = ctx.by_token.get(token.i)
    if mid is not None:
        return ctx.out.mentions[mid].kind == _IGO
    return short and token.i > 0 and token.doc[token.i - 1].lower_ in intergovernmental_rules(
    ).skip_openers and _short_name(ctx, token.text)


def _short_name(ctx: ReadContext, word: str) -> bool:
    """Whether a capitalised word is the last word of the name of a body of states named before
    in the article (its short name: 'Community' for 'European Community') and a word of no other
    body's name there ('Bank' beside 'World Bank' and 'Bank of England' is either)."""
    if not word[:1].isupper():
        return False
    owners = {m.kind == _IGO for m in ctx.out.mentions
              if m.kind in ORG_KINDS and word in m.name.split()}
    return True in owners and False not in owners and any(
        m.kind == _IGO and len(m.name.split()) > 1 and m.name.split()[-1] == word
        for m in ctx.out.mentions)
