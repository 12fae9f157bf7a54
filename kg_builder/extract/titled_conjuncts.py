"""A title the parser coordinated with the name it describes is no party of its own (issue 15,
wrong target: co-agents): in 'talks between Kuroda and Deputy U.S. Trade Representative Michael
Smith', 'Figueroa and the head of the central bank of Mexico, Miguel Mancera, met' the parser
makes the title ('Representative', 'head') and the name two conjuncts of the first party, and the
title then stands for the state or body it names ('U.S.', 'Mexico') — a third party met by both.

After the last coordinator of a list only one conjunct follows; a second one right after it
(next to it, or after a comma) is an appositive. So a conjunct right after a coordinator whose
head is a title, followed at once by a person's name the parser made another conjunct, is that
person: only the name is kept. Not a title before a coordinator ('the head of the IMF, Rodrigo
Rato, and Baker': the parser's appositive, read by ``mentions.py``), nor a title followed by
what names no person ('Kohl and the head of the Bundesbank, the central bank').
Reads the ``titled_conjuncts`` rule section; :func:`.syntax.with_conjuncts` applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["TitledConjunctRules", "described_by_next", "titled_conjunct_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TitledConjunctRules:
    """The ``titled_conjuncts`` section: see the comment in
    ``rules/extract/titled_conjuncts.json``."""

    titles: Words
    head_titles: Words
    coordinators: Words
    separators: Words
    person_kinds: frozenset[str]


@cache
def titled_conjunct_rules() -> TitledConjunctRules:
    return load_section("titled_conjuncts", TitledConjunctRules)


def _person(ctx: ReadContext, token: Token, kinds: frozenset[str]) -> bool:
    mid = ctx.by_token.get(token.i)
    return mid is not None and ctx.mention(mid).kind in kinds


def described_by_next(ctx: ReadContext, conjuncts: list[Token]) -> dict[int, Token]:
    """The conjuncts among ``conjuncts`` (in text order, the list's head first) that are a
    title of the person named right after them, by token index, with that person's name: the
    next conjunct, or an appositive the parser hung on the list's head ('Carney and the chief
    of the Bank of Japan, Satoshi Sumita, met')."""
    rules = titled_conjunct_rules()
    doc = ctx.doc
    appositives = [c for c in conjuncts[0].children if c.dep_ == "appos"] if conjuncts else []
    out: dict[int, Token] = {}
    for k, title in enumerate(conjuncts[1:], 1):
        lemma = ctx.lemmas[title.i]
        if lemma not in rules.titles and lemma not in rules.head_titles:
            continue
        if title.i in ctx.by_token or title.pos_ not in ("NOUN", "PROPN"):
            continue  # a name itself ('Reagan and Baker')
        before = title.left_edge.i - 1
        if before < 0 or doc[before].lower_ not in rules.coordinators or doc[before].dep_ != "cc":
            continue
        after = [*conjuncts[k + 1:k + 2], *appositives]
        for name in after:
            gap = list(doc[title.right_edge.i + 1:name.left_edge.i])
            if name.i > title.i and len(gap) <= 1 and all(
                    t.text in rules.separators for t in gap) and _person(
                    ctx, name, rules.person_kinds):
                out[title.i] = name
                break
    return out
