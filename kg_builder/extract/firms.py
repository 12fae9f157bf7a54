"""Firms named after people: names the NER took for a person's (or for a place no gazetteer
knows) that the words around them say are a company's.

- One of ``staff_nouns`` that the name modifies: the firm its staff work for ('Paine Webber
  analyst Bernie Savaiko', 'a Touche Ross federal budget policy analyst').
- One of ``plural_nouns`` right before a name: the firm of that trade, in any report
  ('consultants Booz Allen Hamilton', 'analysts Gartner'); a plural before one name is no title.
- An unnamed speaker, a proper name the NER did not tag that says something, is the company
  of the article whose name it begins ('Schering Corp ... Schering, the U.S. distributor of
  Fibre Trim, said'), not a person (:func:`speaker_name`, for :mod:`.framing`).

A name opening with a given name, one the gazetteers know as a person, a place or an
organisation, or one of the article's people is left alone (the callers check the given name
and the known person). Reads the ``firms`` rule section; the company's kind is the class name
``company_kind``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["FirmRules", "firm_by_nouns", "firm_rules", "speaker_name"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FirmRules:
    """``rules/extract/firms.json``."""

    staff_nouns: Words
    staff_labels: frozenset[str]
    modifier_deps: frozenset[str]
    max_hops: float
    plural_nouns: Words
    plural_tags: frozenset[str]
    company_kind: str
    speaker_kinds: frozenset[str]


@cache
def firm_rules() -> FirmRules:
    return load_section("firms", FirmRules)


def firm_by_nouns(ctx: ReadContext, ent: SpacySpan, label: str) -> str | None:
    """The company kind where the nouns around a name say it is a firm: a staff noun it
    modifies or a trade's plural right before it; else None."""
    rules = firm_rules()
    if _known(ctx, ent.text):
        return None
    before = ctx.doc[ent.start - 1] if ent.start > 0 else None
    if (before is not None and before.tag_ in rules.plural_tags
            and before.lower_ in rules.plural_nouns):
        return rules.company_kind  # "consultants Booz Allen Hamilton", "analysts Gartner"
    if label not in rules.staff_labels:
        return None
    token, hops = ent.root, 0
    while token.dep_ in rules.modifier_deps and token.head.i > token.i and hops < rules.max_hops:
        token, hops = token.head, hops + 1
        if token.pos_ == "NOUN" and token.lemma_.lower() in rules.staff_nouns:
            return rules.company_kind  # "Paine Webber analyst Bernie Savaiko"
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
    return None


def speaker_name(ctx: ReadContext, start: int, end: int) -> tuple[str, str]:
    """(name, kind) of a proper name the NER did not tag that says something: the company of
    the article whose name opens with its words, the only one ('Schering' beside 'Schering
    Corp'), unless it is the name of one of the article's people; else a person's."""
    words = [t.text for t in ctx.doc[start:end]]
    text = " ".join(words)
    rules = firm_rules()
    if normalise(text) not in ctx.person_names and ctx.gaz.person(text) is None:
        found = {m.name: m for m in ctx.out.mentions
                 if m.how == "name" and m.kind in rules.speaker_kinds
                 and len(m.name.split()) > len(words) and m.name.split()[:len(words)] == words}
        if len(found) == 1:
            full = next(iter(found.values()))
            return full.name, full.kind or rules.company_kind
    return text, "Person"


def _known(ctx: ReadContext, text: str) -> bool:
    """Whether the gazetteers or the article know the name as something else: a state, a
    region, a town, an organisation, a person."""
    gaz = ctx.gaz
    return (gaz.state(text) is not None or gaz.region(text) is not None
            or normalise(text) in gaz.cities or gaz.org(text) is not None
            or gaz.person(text) is not None or normalise(text) in ctx.person_names)
