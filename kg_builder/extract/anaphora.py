"""Definite descriptions that refer back to a named organisation: 'Yukos filed for bankruptcy.
The company also accused Gazprom …', 'The Taiwan Textile Federation … The Federation asked the
government …', 'Amnesty International … The organisation accused Russia …'. Reads the
``anaphora`` rule section.

A bare 'the <noun>' (no modifier, possessor or 'of' phrase of its own: 'the ruling party',
'the party's leader', 'the group of rebels' are someone else) as an argument refers to the
nearest named organisation before it that is a subject, in its sentence or the ``window``
sentences before, whose name has the noun as a word ('the Federation' → 'Taiwan Textile
Federation') or whose kind the noun names (``nouns``: 'the company' → a company, 'the party' → a
political party). Only a subject itself (or a name in apposition to one), not a word of one:
'Enrico Bondi sued Morgan Stanley … The company has also sued …' is the company the article is
about, not the one last named; 'Labour tactics are …' names no subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["AnaphoraRules", "antecedent"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AnaphoraRules:
    """``rules/extract/anaphora.json``."""

    nouns: dict[str, frozenset[str]]
    determiners: Words
    tags: frozenset[str]
    argument_deps: frozenset[str]
    own_deps: frozenset[str]
    antecedent_hows: frozenset[str]
    subject_deps: frozenset[str]
    window: float


@cache
def anaphora_rules() -> AnaphoraRules:
    return load_section("anaphora", AnaphoraRules)


def antecedent(ctx: ReadContext, token: Token) -> int | None:
    """The mention of the named organisation the bare definite noun ``token`` refers back to,
    or None."""
    rules = anaphora_rules()
    lemma = ctx.lemmas[token.i]
    if lemma not in rules.nouns or token.tag_ not in rules.tags or (
            token.dep_ not in rules.argument_deps):
        return None
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in rules.determiners or any(
            c.dep_ in rules.own_deps or (c.dep_ == "prep" and c.lower_ == "of")
            for c in token.children):
        return None
    sentence = ctx.sentence_of(token)
    kinds = rules.nouns[lemma]
    found = [m for m in ctx.out.mentions
             if m.how in rules.antecedent_hows and m.span.end <= token.idx
             and sentence - rules.window <= m.sentence <= sentence
             and (m.kind in kinds or lemma in m.name.lower().split())
             and _is_subject(ctx, m.span.begin, m.span.end, rules.subject_deps)]
    return max(found, key=lambda m: m.span.begin).id if found else None


def _is_subject(ctx: ReadContext, begin: int, end: int, deps: frozenset[str]) -> bool:
    """The name is a clause's subject itself, or in apposition to one ('Yukos' parent company,
    the Gibraltar-based Menatep Group, is suing …'); not a word in one ('Labour tactics are …')."""
    span = ctx.doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in deps
