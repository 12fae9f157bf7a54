"""A state or a place named only as a company's home is no party of what the company does
(issue 15, business deals read as politics): in 'agreed with Japan's Canon Inc <CANN.T> to make
cameras' the partner is Canon, not Japan, though the NER missed Canon's name and only 'Japan'
is left to stand for the phrase; in 'signed agreements with Sumitomo Bakelite Co Ltd, Tokyo,
Japan' the places listed after the company's name with commas are its address; in 'a venture
under discussion between Italy's <STET ...> and France's Thomson-CSF' the parser hung the
company on 'Italy' and 'Italy' names only whose the company is.

A company's name is known by a legal form among its words ('Inc', 'Ltd': the ``mentions``
section's ``legal_forms``) or by wire copy's angle brackets ('<CANN.T>'). A state's own body
or people named so stay ('Japan's Finance Ministry', 'Canada's government').

Reads the ``homes`` rule section; :func:`.emit.emit` leaves such agents and targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import PLACE_KINDS
from .context import ReadContext
from .entities import mention_rules
from .mentions import mention_for, names_itself
from .rules import Words, load_section

__all__ = ["HomeRules", "firm_home"]


@dataclass(frozen=True, slots=True, kw_only=True)
class HomeRules:
    """The ``homes`` section: see the comment in ``rules/extract/homes.json``."""

    home_kinds: frozenset[str]
    name_tags: frozenset[str]
    owner_deps: Words
    home_preps: Words
    possessive_marks: Words
    wire_marks: Words
    address_punct: Words
    address_labels: frozenset[str]
    amount_reach: float


@cache
def home_rules() -> HomeRules:
    return load_section("homes", HomeRules)


def firm_home(ctx: ReadContext, token: Token) -> bool:
    """Whether the argument ``token`` stands for a state or a place only as a company's home or
    a currency's: the owner of a company's name the NER missed ('Japan's Canon Inc <CANN.T>'),
    or the state in its 'of' phrase ('<Gandalf Technologies Inc> of Canada'); a place the
    parser made the head of its own company ("Italy's <STET ... P.A.>", 'Madrid, Spain-based
    Ingenieria De Sistemas Electronics S.A.'); a place listed after a company's name as its
    address ('Sumitomo Bakelite Co Ltd, Tokyo, Japan', 'Swiss Reinsurance Co of Zurich,
    Switzerland'); a state whose currency an amount is in ('a 48.3 mln U.S. Dlr financing
    package')."""
    rules = home_rules()
    mid = mention_for(ctx, token)
    if mid is None or ctx.mention(mid).kind not in rules.home_kinds | PLACE_KINDS:
        return False
    if _currency(ctx, mid):
        return True
    if not names_itself(ctx, token):  # the head is the company, the state only its home
        return _company_phrase(ctx, token, home=mid)
    if any(_is_company(ctx, c) for c in token.children if c.dep_ == "appos") or (
            any(c.dep_ == "case" and c.lower_ in rules.possessive_marks for c in token.children)
            and any(c.dep_ == "appos" for c in token.children)):
        # "between Italy's <STET ...> and …", "with Madrid, Spain-based Ingenieria … S.A.":
        # the place of an apposed company, no party
        return True
    return _address(ctx, token)


def _is_company(ctx: ReadContext, head: Token) -> bool:
    """A name with a legal form ('Inc', 'S.A.') or wire copy's brackets among its own words."""
    rules = home_rules()
    legal = mention_rules().legal_forms
    words = ctx.doc[head.left_edge.i:head.i + 1]
    return any(t.text in legal or t.text in rules.wire_marks for t in words)


def _company_phrase(ctx: ReadContext, head: Token, *, home: int) -> bool:
    """'Canon Inc <CANN.T>' owned by 'Japan's', '<Gandalf Technologies Inc> of Canada': a
    company's name, the state a modifier of it or the object of its 'of'."""
    rules = home_rules()
    if head.pos_ not in rules.name_tags and head.text not in rules.wire_marks:
        return False
    owners = [c for c in head.children if c.dep_ in rules.owner_deps
              and ctx.by_token.get(c.i) == home]
    owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ in rules.home_preps
               for o in p.children if o.dep_ == "pobj" and ctx.by_token.get(o.i) == home]
    if not owners:
        return False
    legal = mention_rules().legal_forms
    words = [t for t in ctx.doc[head.left_edge.i:head.i + 1]
             if not owners[0].left_edge.i <= t.i <= owners[0].right_edge.i]
    return any(t.text in legal or t.text in rules.wire_marks for t in words)


def _currency(ctx: ReadContext, mid: int) -> bool:
    """'a 10.3 billion U.S. dlr legal battle': the state right before a currency word after a
    number names the currency an amount is in."""
    span = ctx.mention(mid).span
    tokens = ctx.doc.char_span(span.begin, span.end, alignment_mode="expand")
    if tokens is None or tokens.end >= len(ctx.doc):
        return False
    after = ctx.doc[tokens.end]
    before = ctx.doc[max(tokens.start - int(home_rules().amount_reach), 0):tokens.start]
    return after.lower_ in mention_rules().currency_words and any(t.like_num for t in before)


def _address(ctx: ReadContext, token: Token) -> bool:
    """'Sumitomo Bakelite Co Ltd, Tokyo, Japan', 'Swiss Reinsurance Co of Zurich,
    Switzerland': a state or a place after a company's name and a town named as the company's
    ('of' or a comma), set off by commas; not one of a list ('Toshiba Corp, Japan and
    Britain')."""
    rules = home_rules()
    doc = ctx.doc
    i, places = token.i, 0
    while i >= 2 and doc[i - 1].text in rules.address_punct:  # back over "Tokyo,"
        place = ctx.ent_at(i - 2)
        if place is None or place.label_ not in rules.address_labels:
            break
        places += 1
        i = place.start
    j = token.i  # on over ', Japan' after 'Tokyo'
    while j + 2 < len(doc) and doc[j + 1].text in rules.address_punct:
        place = ctx.ent_at(j + 2)
        if place is None or place.label_ not in rules.address_labels:
            break
        places += 1
        j = place.end - 1
    if i < 1 or (j + 1 < len(doc) and doc[j + 1].dep_ == "cc"):
        return False  # "Toshiba Corp, Tokyo, Osaka and Britain": a list
    link = doc[i - 1]
    if link.lower_ in rules.home_preps or (link.text in rules.address_punct and places):
        return _ends_company(ctx, i - 2)
    return False


def _ends_company(ctx: ReadContext, i: int) -> bool:
    """The token at ``i`` ends a company's name: a legal form, or wire copy's closing bracket."""
    if i < 0:
        return False
    text = ctx.doc[i].text
    return text in mention_rules().legal_forms or text in home_rules().wire_marks
