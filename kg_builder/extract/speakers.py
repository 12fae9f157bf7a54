"""The party a spokesperson speaks for: 'a spokesman for Oxfam', 'the Oxfam spokeswoman', 'a
spokesman of the Foreign Ministry', 'his spokesman'. What the spokesperson says, the party says
(event coding names the principal, not the mouthpiece), so an argument that is an unnamed
spokesperson refers to the party. So does a document its author names: 'A complaint filed by
the American Iron and Steel Institute accused Brazil …', 'The report by Amnesty International
accused …'. A spokesperson the sentence or the article names is that person, not the party:
'A spokesman for Oxfam, Jane Smith, said …' (a name set off after the party), 'the Tory
spokesman' after 'Tory foreign affairs spokesman Michael Ancram' (the one person the article
named a spokesperson of that party before). Reads the ``speakers`` rule section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import PLACE_KINDS
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["SpeakerRules", "document_author", "speaker_party"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerRules:
    """``rules/extract/speakers.json``."""

    speaker_nouns: Words
    principal_preps: Words
    principal_deps: frozenset[str]
    name_deps: frozenset[str]
    definite_determiners: Words
    document_nouns: Words
    authoring_verbs: Words


@cache
def speaker_rules() -> SpeakerRules:
    return load_section("speakers", SpeakerRules)


def speaker_party(ctx: ReadContext, token: Token, *,
                  find: Callable[[Token], int | None]) -> int | None:
    """The mention of the party the unnamed spokesperson ``token`` speaks for, or None.

    The party is the noun's possessor or a name before it ("the Oxfam spokesman", "his
    spokeswoman") or the object of one of ``principal_preps`` ("a spokesman for Reporters
    Without Borders"); ``find`` is the mention finder for those words. A place is no principal
    ("a spokesman in Bonn"). Only who acts speaks for the party: the spokesperson as a subject
    or a passive agent, not as one acted on ("criticised a spokesman for Oxfam"). A
    spokesperson the text names is that person's mention instead ("A spokesman for Oxfam,
    Jane Smith, said"; "the Tory spokesman" after "Tory spokesman Michael Ancram")."""
    rules = speaker_rules()
    if ctx.lemmas[token.i] not in rules.speaker_nouns or not _speaks(token):
        return None
    words = [c for c in token.children if c.dep_ in rules.principal_deps and c.i < token.i]
    words += [o for p in token.children if p.dep_ == "prep" and p.lower_ in rules.principal_preps
              for o in p.children if o.dep_ == "pobj"]
    for word in words:
        mid = find(word)
        if mid is not None and ctx.mention(mid).kind not in PLACE_KINDS:
            named = _named_after(ctx, word, find=find)
            if named is None:
                named = _named_before(ctx, token, mid)
            return mid if named is None else named
    return None


def _named_after(ctx: ReadContext, principal: Token, *,
                 find: Callable[[Token], int | None]) -> int | None:
    """The person named set off by a comma after the spokesperson's party ('a spokesman for
    Oxfam, Jane Smith, said'): the parser hangs the name on the party's word."""
    rules = speaker_rules()
    for child in principal.subtree:
        if child.dep_ in rules.name_deps and child.i > principal.i and (
                ctx.doc[child.left_edge.i - 1].text == ","):
            mid = find(child)
            if mid is not None and ctx.mention(mid).kind == "Person":
                return mid
    return None


def _named_before(ctx: ReadContext, token: Token, party: int) -> int | None:
    """The one person an earlier sentence named a spokesperson of the same party ('Tory foreign
    affairs spokesman Michael Ancram', 'Michael Ancram, the Tory spokesman,'), when ``token``
    is definite ('the Tory spokesman'); None when it is not, or when two people were."""
    rules = speaker_rules()
    if not any(c.dep_ == "det" and c.lower_ in rules.definite_determiners
               for c in token.children):
        return None
    name = f" {ctx.mention(party).name.lower()} "
    people: set[int] = set()
    for earlier in ctx.doc[:ctx.sentence_start(token.i)]:
        if ctx.lemmas[earlier.i] not in rules.speaker_nouns:
            continue
        words = [t.lower_ for t in ctx.doc[earlier.left_edge.i:earlier.i]]
        words += [o.lower_ for p in earlier.children if p.dep_ == "prep"
                  and p.lower_ in rules.principal_preps for o in p.subtree if o is not p]
        if name in f" {' '.join(words)} ":  # the party's name among the noun's words
            people |= _spokesperson_named(ctx, earlier)
    return people.pop() if len(people) == 1 else None


def _spokesperson_named(ctx: ReadContext, noun: Token) -> set[int]:
    """The person a spokesperson noun names: the name it is a title of ('spokesman Michael
    Ancram'), the name it is in apposition to, or a name in apposition to it."""
    words = [noun.head] if noun.dep_ in ("compound", "appos") else []
    words += [c for c in noun.children if c.dep_ == "appos"]
    return {ctx.by_token[w.i] for w in words
            if w.i in ctx.by_token and ctx.mention(ctx.by_token[w.i]).kind == "Person"}


def _speaks(token: Token) -> bool:
    """The noun (or the first of its conjuncts) is a subject or the object of a passive 'by'."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") or (
        token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent")


def document_author(ctx: ReadContext, token: Token, *,
                    find: Callable[[Token], int | None]) -> int | None:
    """The mention of the author of the document ``token`` when the document acts: the object
    of its 'by' phrase ('The report by Amnesty International accused Israel') or of the 'by' of
    one of authoring_verbs as its participle ('A complaint filed by the American Iron and Steel
    Institute accused Brazil', 'The U.S. case brought by the soybean processors alleged …': the
    association, not the state the case is brought in). A document acted on keeps its own
    reading ('rejected the report by the committee' is read by the verb's rules)."""
    rules = speaker_rules()
    if ctx.lemmas[token.i] not in rules.document_nouns or not _speaks(token):
        return None
    bys = [c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    bys += [a for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and ctx.lemmas[c.i] in rules.authoring_verbs
            for a in c.children if a.dep_ == "agent"]
    for by in bys:
        for obj in by.children:
            mid = find(obj) if obj.dep_ == "pobj" else None
            if mid is not None and ctx.mention(mid).kind not in PLACE_KINDS:
                return mid
    return None
