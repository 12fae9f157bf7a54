"""Firms the NER took for people, by what the article says of them: a name typed a person that
owns what only a business owns, through 'its' in the clause it is the subject of ('Harlow
Webber said its clients had …': a person is never 'its'), or through the possessive ('Dunmore's
shareholders'), that is one of companies or a company's noun in apposition ('Yahoo, one of the
net's most iconic companies,'; 'NM Rothschild, the investment bank, is advising Mr Glazer'), or
whose name holds a word only a company's name holds ('acquired Enro Shirt Co and Foxcroft Ltd
from Wilson Bros'), is a company wherever the article names it.

Only names that need not be a person's: none opening with a given name, none the gazetteers know
as a person, none with a title or an honorific, and none that is the surname of a person the
article names in full ('Webber' beside 'Anne Webber'). The cues are :mod:`.company_cues`'s, read
with its rule section (``owned_nouns``, ``owner_pronouns``); the kinds read
and written are this module's section ``person_firms``. Run by :func:`.company_cues.company_cues`,
outside sports reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from ..model import Mention
from .context import ReadContext
from .rules import load_section

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["PersonFirmRules", "person_firm_rules", "person_firms"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonFirmRules:
    """``rules/extract/person_firms.json``."""

    person_kind: str
    company_kind: str


@cache
def person_firm_rules() -> PersonFirmRules:
    return load_section("person_firms", PersonFirmRules)


def person_firms(ctx: ReadContext, rules: MentionRules, *,
                 owns: Callable[[SpacySpan], bool]) -> None:
    """Type a company every person's name the article shows is a business's: ``owns`` says
    whether a name's span does (the cues of :mod:`.company_cues`, passed in by its caller so
    that this module imports no cue module)."""
    own = person_firm_rules()
    people = [m for m in ctx.out.mentions if m.how == "name" and m.kind == own.person_kind]
    if not people:
        return
    surnames = {normalise(m.name.split()[-1]) for m in people if len(m.name.split()) > 1}
    shown: set[str] = set()
    for m in people:
        key = normalise(m.name)
        if key in shown or not _may_be_firm(ctx, m, rules, surnames):
            continue
        span = ctx.doc.char_span(m.span.begin, m.span.end)
        if span is not None and owns(span):
            shown.add(key)
    if not shown:
        return
    mentions = ctx.out.mentions
    for m in people:
        if normalise(m.name) in shown:
            mentions[m.id] = replace(m, kind=own.company_kind)


def _may_be_firm(ctx: ReadContext, mention: Mention, rules: MentionRules,
                 surnames: set[str]) -> bool:
    """Whether nothing says the name is a person's: no given name first, no known person, no
    title, no honorific before it, not a surname of a person named in full."""
    words = mention.name.split()
    if words[0] in rules.given_names or mention.title or ctx.gaz.person(mention.name) is not None:
        return False
    if len(words) == 1 and normalise(mention.name) in surnames:
        return False  # "Webber" beside "Anne Webber"
    start = ctx.doc.char_span(mention.span.begin, mention.span.end)
    before = ctx.doc[start.start - 1] if start is not None and start.start > 0 else None
    return before is None or before.lower_.rstrip(".") not in rules.honorifics
