"""What a speaker reports before being named: '"Mr Blair has failed," he claimed', 'This is
the record Mr Blair will have to defend, he said', '"… what Mr Jackson did", he told BBC 1'.

No one named in what a speaker reports is that speaker, and the subject of a reported clause is
no speaker of its sentence for the pronouns after it (issue 15, the wrong person after "he"):
:func:`mark_reports` gives each such speaker's mention ``reported_from``, the (sentence,
character offset) where what it reports begins — from the opening quotation mark when the
clause is inside a quotation opened before it in its paragraph. A pronoun inside quotation
marks talks of someone the quotation is about, often the subject of what was reported ('"We
hope Jonny will be ready," said Andrew. "His recovery is going very well"'): :func:`mark_quoted`
sets its ``quoted``, and resolution does not pass over reported subjects for it. Resolution
(``resolve.py``) reads both.
Reads the ``reports`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["ReportRules", "mark_quoted", "mark_reports", "report_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportRules:
    """``rules/extract/reports.json``."""

    speech_verbs: Words
    content_deps: frozenset[str]
    aside_deps: frozenset[str]
    subject_deps: frozenset[str]
    opening_tags: frozenset[str]
    closing_tags: frozenset[str]


@cache
def report_rules() -> ReportRules:
    return load_section("reports", ReportRules)


def mark_reports(ctx: ReadContext) -> None:
    """Set ``reported_from`` on the mention of every speaker named after what it reports
    (run once every mention a speaker may have exists)."""
    rules = report_rules()
    for verb in ctx.tokens:
        if ctx.lemmas[verb.i] not in rules.speech_verbs or verb.pos_ != "VERB":
            continue
        for subject in verb.children:
            if subject.dep_ not in rules.subject_deps or subject.i not in ctx.by_token:
                continue
            begin = _reported_begin(verb, subject, rules)
            if begin is None:
                continue
            mid = ctx.by_token[subject.i]
            start = _quote_opening(ctx, begin, rules)
            ctx.out.mentions[mid] = replace(ctx.out.mentions[mid], reported_from=(
                ctx.sent_of[start], ctx.tokens[start].idx))


def mark_quoted(ctx: ReadContext) -> None:
    """Set ``quoted`` on every pronoun inside quotation marks (a quotation ends at its closing
    mark or at the end of its paragraph)."""
    rules = report_rules()
    if not any(m.how == "pronoun" for m in ctx.out.mentions):
        return  # nothing to mark
    inside = False
    for i, (tag, space, text) in enumerate(zip(ctx.tags, ctx.spaces, ctx.texts, strict=True)):
        if tag in rules.opening_tags:
            inside = True
        elif tag in rules.closing_tags or (space and "\n" in text):
            inside = False
        elif inside and i in ctx.by_token:
            mid = ctx.by_token[i]
            if ctx.out.mentions[mid].how == "pronoun":
                ctx.out.mentions[mid] = replace(ctx.out.mentions[mid], quoted=True)


def _reported_begin(verb: Token, subject: Token, rules: ReportRules) -> int | None:
    """The first token of what ``verb`` reports before its ``subject``, or None."""
    content = [c for c in verb.children if c.dep_ in rules.content_deps and c.i < subject.i]
    if content:
        return min(c.left_edge.i for c in content)
    if verb.dep_ in rules.aside_deps and verb.head.i < subject.i:
        return verb.head.left_edge.i  # "The Tories, he said, can cut crime"
    return None


def _quote_opening(ctx: ReadContext, begin: int, rules: ReportRules) -> int:
    """The token of the quotation mark that opens the quotation token ``begin`` is in, within
    its paragraph (the parser's tags tell an opening mark from a closing one); ``begin`` itself
    when it is in none."""
    tags, spaces, texts = ctx.tags, ctx.spaces, ctx.texts
    for at in range(begin - 1, -1, -1):
        if tags[at] in rules.closing_tags or (spaces[at] and "\n" in texts[at]):
            return begin
        if tags[at] in rules.opening_tags:
            return at
    return begin
