"""Sides named as a match's opponents (issue 16: clubs typed people).

In a sports report a one-word name the NER took for a person's that a match sets against
another side is a side, an organisation: the object of one of opposing_preps ('limped off in
the first half against Saracens'), of one of win_preps after a noun or verb of a win ('a 3-1
win over Olympiakos'), the direct object of one of facing_verbs ('the side that faced Leinster
on Sunday'), a modifier of one of match_nouns ('the Everton cup tie'), or a name next to one
of versus_words with a capitalised name on its other side ('Southampton v Brentford', 'Bolton
v Derby'). A club's name is no person's, but many clubs are
named after towns that are surnames too ('Bolton', 'Charlton'), so the evidence is the match,
not the word. Never one of given_names, a person's name the gazetteers know, a name after an
honorific, nor the given name or surname of a person the article names in full ('a win over
Federer' beside 'Roger Federer': the player). Reads the ``opponents`` rule section
(``rules/extract/opponents.json``); used by :mod:`.results`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from .conjuncts import first_conjunct
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["OpponentsRules", "opponent_side", "opponents_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OpponentsRules:
    """The ``opponents`` section: see the comment in ``rules/extract/opponents.json``."""

    opposing_preps: Words
    win_preps: Words
    win_words: Words
    facing_verbs: Words
    versus_words: Words
    match_nouns: Words
    match_deps: frozenset[str]
    max_hops: float
    honorifics: Words
    given_names: frozenset[str]


@cache
def opponents_rules() -> OpponentsRules:
    return load_section("opponents", OpponentsRules)


def opponent_side(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a one-word name the NER took for a person's is a side that a match in a sports
    report sets against another (see the module's docstring)."""
    if not ctx.sport or label != "PERSON" or len(ent) != 1:
        return False
    rules = opponents_rules()
    token = ent.root
    if not _plain_word(ctx, token, rules):
        return False
    return _opposed(token, rules) or _versus(token, rules) or _match_modifier(token, rules)


def _plain_word(ctx: ReadContext, token: Token, rules: OpponentsRules) -> bool:
    """A capitalised word of letters that is none of given_names, no person's name the
    gazetteers know, after no honorific, and neither the given name nor the surname of a
    person's full name the article gives."""
    text = token.text
    if not (text[:1].isupper() and text.isalpha()) or text in rules.given_names:
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") in rules.honorifics:
        return False  # "against Mr Bolton"
    if ctx.gaz.person(text) is not None:
        return False
    key = normalise(text)
    full = [name.split() for name in ctx.person_names if " " in name]
    return key not in {w for name in full for w in (name[0], name[-1])} and not any(
        len(words := [t.text for t in other if t.is_alpha]) > 1 and text in (words[0], words[-1])
        for other in ctx.ents if other.label_ == "PERSON")  # "Greg Rusedski 4-" (a score glued)


def _opposed(token: Token, rules: OpponentsRules) -> bool:
    """The object of an opposing preposition, of a win's preposition after a win, or the direct
    object of a facing verb; the first of a list stands for the list ('against Leinster and
    Munster')."""
    token = first_conjunct(token)
    head = token.head
    if token.dep_ == "pobj":
        prep = head.lower_
        return prep in rules.opposing_preps or (
            prep in rules.win_preps and head.head.lemma_.lower() in rules.win_words)
    return (token.dep_ == "dobj" and head.pos_ == "VERB"
            and head.lemma_.lower() in rules.facing_verbs)


def _versus(token: Token, rules: OpponentsRules) -> bool:
    """Right before or after one of versus_words that has a capitalised name on its other side,
    on the same line ('Bolton v Derby', 'Southampton v Brentford')."""
    doc = token.doc
    i = token.i
    for word, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if not (0 <= word < len(doc) and 0 <= other < len(doc)):
            continue
        between = doc[min(i, other):max(i, other) + 1]
        if (doc[word].lower_ in rules.versus_words and doc[other].text[:1].isupper()
                and doc[other].is_alpha and "\n" not in between.text):
            return True
    return False


def _match_modifier(token: Token, rules: OpponentsRules) -> bool:
    """One of match_deps of one of match_nouns, through at most max_hops nouns that are so
    themselves ('the Everton cup tie', 'the Leinster game')."""
    hops = 0
    while token.dep_ in rules.match_deps and token.head.i != token.i and hops < rules.max_hops:
        token, hops = token.head, hops + 1
        if token.pos_ != "NOUN":
            return False
        if token.lemma_.lower() in rules.match_nouns:
            return True
    return False
