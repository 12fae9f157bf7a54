"""Bare definite descriptions of an organisation: 'the company', 'the bank', 'the party' and a
capitalised head no name covers ('the Federation', 'the Council').

Such a phrase, the subject of its clause, is a mention (``how`` "definite", no kind; ``hint``
its noun's lemma, or the capitalised head as written), which :mod:`kg_builder.descriptions`
resolves to the organisation named before it, or to no one. Only a bare phrase describes one:
'the Japanese company', 'the two banks', 'the group of seven', 'the company that bought it' name
something else, and so may 'the bank' where the article wrote 'a bank' a few sentences before.
It is only ever the one who acts: emit.py reads no event with one as its target ('no plans to
seek control of the company'). Read by :mod:`.mentions`; rules in
``rules/extract/descriptions.json``; the nouns are those resolution has kinds for (the keys of
``rules/descriptions.json`` ``nouns``), so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..descriptions import description_rules as resolution_rules
from ..descriptions import is_description
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["DescriptionRules", "described_body", "description_rules", "is_description"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DescriptionRules:
    """The ``descriptions`` section: see the comment in ``rules/extract/descriptions.json``."""

    dependencies: frozenset[str]
    determiners: Words
    restrictive_deps: frozenset[str]
    indefinite_determiners: Words
    back_sentences: float


@cache
def description_rules() -> DescriptionRules:
    return load_section("descriptions", DescriptionRules)


def described_body(ctx: ReadContext, token: Token) -> int | None:
    """The mention of the bare definite description ``token`` heads ('The company accused …',
    'the Federation asked …'), or None when it is none."""
    rules = description_rules()
    hint = _head_word(token, rules) if token.dep_ in rules.dependencies else None
    if hint is None or not _bare(ctx, token, rules) or _indefinite_before(ctx, token, rules):
        return None
    return ctx.add(token.i, token.i + 1, name=token.text, how="definite", kind=None, hint=hint)


def _head_word(token: Token, rules: DescriptionRules) -> str | None:
    """The noun's lemma ('company'), or a capitalised head as written ('Federation') that no
    name covers; None for anything else."""
    if token.tag_ == "NN" and token.lemma_.lower() in resolution_rules().nouns:
        return token.lemma_.lower()
    if token.tag_ == "NNP" and not token.ent_type_ and token.text[:1].isupper() and (
            token.text[1:].islower() and token.is_alpha):
        return token.text
    return None


def _bare(ctx: ReadContext, token: Token, rules: DescriptionRules) -> bool:
    """A determiner of ``determiners`` and nothing else before the noun in its phrase; after
    it no 'of' phrase and no restrictive clause (one not set off by a comma)."""
    before = [c for c in token.children if c.i < token.i]
    if len(before) != 1 or before[0].dep_ != "det" or before[0].lower_ not in rules.determiners \
            or before[0].i != token.i - 1:
        return False
    for child in token.children:
        if child.i < token.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "of":
            return False
        if child.dep_ in rules.restrictive_deps and ctx.doc[child.left_edge.i - 1].text != ",":
            return False
    return True


def _indefinite_before(ctx: ReadContext, token: Token, rules: DescriptionRules) -> bool:
    """Whether the article wrote the same noun with an indefinite determiner in the few
    sentences before ('a Japanese bank … the bank said')."""
    first = ctx.sentence_of(token) - rules.back_sentences
    lemma = token.lemma_.lower()
    for i in range(token.i - 1, -1, -1):
        if ctx.sentence_of(ctx.doc[i]) < first:
            break
        if ctx.lemmas[i] == lemma and i != token.i and any(
                c.dep_ == "det" and c.lower_ in rules.indefinite_determiners
                for c in ctx.doc[i].children):
            return True
    return False
