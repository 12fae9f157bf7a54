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
    owner_deps: Words
    possessive_marks: Words
    wire_marks: Words
    address_punct: Words
    address_labels: frozenset[str]


@cache
def home_rules() -> HomeRules:
    return load_section("homes", HomeRules)


def firm_home(ctx: ReadContext, token: Token) -> bool:
    """Whether the argument ``token`` stands for a state or a place only as a company's home:
    the owner of a company's name the NER missed ('Japan's Canon Inc <CANN.T>'), a state the
    parser made the head of its own company ("Italy's <STET ... P.A.>"), or a place listed
    after a company's name as its address ('Sumitomo Bakelite Co Ltd, Tokyo, Japan')."""
    rules = home_rules()
    mid = mention_for(ctx, token)
    if mid is None or ctx.mention(mid).kind not in rules.home_kinds | PLACE_KINDS:
        return False
    if not names_itself(ctx, token):  # the head is the company, the state only its owner
        return _company_phrase(ctx, token, owner_mention=mid)
    if any(c.dep_ == "case" and c.lower_ in rules.possessive_marks for c in token.children):
        # "between Italy's <STET ...> and …": the possessor of an apposed name, no party
        return any(c.dep_ == "appos" for c in token.children)
    return _address(ctx, token)


def _company_phrase(ctx: ReadContext, head: Token, *, owner_mention: int) -> bool:
    """'Canon Inc <CANN.T>' owned by 'Japan's': a proper name with a legal form or wire copy's
    brackets among its words, the owner a modifier of it."""
    rules = home_rules()
    if head.pos_ != "PROPN":
        return False
    owners = [c for c in head.children if c.dep_ in rules.owner_deps
              and ctx.by_token.get(c.i) == owner_mention]
    if not owners:
        return False
    words = [t for t in ctx.doc[head.left_edge.i:head.i + 1] if t.i > owners[0].right_edge.i]
    legal = mention_rules().legal_forms
    return any(t.text in legal or t.text in rules.wire_marks for t in words)


def _address(ctx: ReadContext, token: Token) -> bool:
    """'Sumitomo Bakelite Co Ltd, Tokyo, Japan': a place conjoined by commas alone (no 'and')
    to a company's name before it."""
    rules = home_rules()
    node = token
    while node.dep_ == "conj" and node.head.i < node.i:
        between = ctx.doc[node.head.i + 1:node.i]
        if any(t.text not in rules.address_punct for t in between):
            return False  # "Sony, Japan and Britain": a list, not an address
        node = node.head
        if node.ent_type_ not in rules.address_labels:
            break
    if node is token or any(c.dep_ == "cc" for t in (node, *node.conjuncts) for c in t.children):
        return False  # "Sony Corp, Japan and Britain": a list, not an address
    legal = mention_rules().legal_forms
    return node.text in legal or any(
        t.text in legal for t in node.children if t.dep_ in ("compound", "nmod"))
