"""A company the NER left untagged before an officer's title ('… held talks with LSE boss Clara
Furse', dev bbc-business-264): a word of the phrase before the title that is, alone, the name
or the acronym of a company the article names elsewhere ('the London Stock Exchange (LSE)')
names that company here too, so the person holds his post at it (:func:`.titles.affiliation`,
which :mod:`.officers` reads: what two companies' officers agree or talk is their companies'
business). Not a word the article does not name a company by alone ('Rolls boss' beside
'Rolls-Royce Motor Cars Ltd' stays untagged), nor a state's or another body's name. Reads the
``officer_names`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from .context import ReadContext
from .rules import load_section

__all__ = ["OfficerNameRules", "company_before_title"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficerNameRules:
    """The ``officer_names`` section: see the comment in ``rules/extract/officer_names.json``."""

    company_kinds: frozenset[str]
    name_tags: frozenset[str]


@cache
def _rules() -> OfficerNameRules:
    return load_section("officer_names", OfficerNameRules)


def company_before_title(ctx: ReadContext, phrase: SpacySpan, title: str) -> int | None:
    """The mention, added here, of the company of ``company_kinds`` a word of ``phrase`` outside
    ``title`` names alone elsewhere in the article; None if no word does."""
    rules = _rules()
    title_words = set(title.lower().split())
    companies = {m.name: m for m in ctx.out.mentions
                 if m.how == "name" and m.kind in rules.company_kinds}
    for tok in phrase:
        if tok.i in ctx.by_token or tok.tag_ not in rules.name_tags or (
                tok.lower_ in title_words):
            continue
        named = companies.get(tok.text)
        if named is None and tok.text in ctx.acronyms:
            acronym = ctx.mention(ctx.acronyms[tok.text])
            named = acronym if acronym.kind in rules.company_kinds else None
        if named is not None:
            return ctx.add(tok.i, tok.i + 1, name=named.name, how="name", kind=named.kind,
                           hint=named.hint)
    return None
