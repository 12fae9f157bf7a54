"""The place in a peer's title: 'Lord Roberts of Conwy', 'Baroness Thatcher of Kesteven' — a
town or a region the title is named after, whatever the NER took it for (an organisation, a
person), and never an actor nor part of one. Reads the ``peerages`` rule section
(``rules/extract/peerages.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from .context import ReadContext
from .rules import load_section

__all__ = ["PeeragesRules", "peerage_place", "peerages_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PeeragesRules:
    """The ``peerages`` section: see the comment in ``rules/extract/peerages.json``."""

    peer_titles: frozenset[str]
    max_name_words: float


@cache
def peerages_rules() -> PeeragesRules:
    return load_section("peerages", PeeragesRules)


def peerage_place(ctx: ReadContext, ent: SpacySpan) -> str | None:
    """The kind of a name right after 'of' that follows one of peer_titles and a name of at most
    max_name_words capitalised words ('Lord Roberts of Conwy', 'Baroness Thatcher of
    Kesteven'): 'Region' where the gazetteers know a region of that name, else 'City' (a city,
    town or village: most titles are named after one); None for any other name, and for a
    state's name ('Lord Ahmed of Pakistan' keeps the state)."""
    rules = peerages_rules()
    doc = ctx.doc
    i = ent.start - 1
    if i < 2 or doc[i].lower_ != "of":
        return None
    j = i - 1
    while j >= 0 and i - 1 - j < rules.max_name_words and doc[j].is_title and (
            doc[j].text not in rules.peer_titles):
        j -= 1
    if j < 0 or j == i - 1 or doc[j].text not in rules.peer_titles:
        return None
    gaz = ctx.gaz
    text = ent.text
    if gaz.state(text) is not None:
        return None
    if gaz.region(text) is not None:
        return "Region"
    return "City"
