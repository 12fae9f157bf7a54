"""How an event was read: the :class:`~kg_builder.model.Trace` that :func:`.emit.emit` keeps on
each event for its confidence (:func:`kg_builder.calibration.features`), never for the graph.

In 'Mr Blair said the Tories had attacked him' the Attack has the trigger 'attacked' (a
``VERB``, no light verb); its agent 'the Tories' is one token before it and crosses no clause
boundary, its target 'him' (a pronoun) is one token after it. In 'Tokyo held talks with
Washington' the trigger 'talks' is a ``NOUN`` governed by the light verb 'hold', and the
distances are measured from 'held'. Reads the ``traces`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import Trace
from .context import ReadContext
from .rules import load_section

__all__ = ["TraceRules", "clause_boundaries", "trace", "trace_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TraceRules:
    """The ``traces`` section: see the comment in ``rules/extract/traces.json``."""

    clause_deps: frozenset[str]
    max_count: float


@cache
def trace_rules() -> TraceRules:
    return load_section("traces", TraceRules)


def _ancestors(token: Token) -> list[Token]:
    """``token`` and its heads up to the root of its sentence."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def clause_boundaries(party: Token, verb: Token, *, clause_deps: frozenset[str]) -> int:
    """How many arcs labelled one of ``clause_deps`` the dependency path between ``party`` and
    ``verb`` (of one sentence) crosses: 0 for 'the Tories' and 'attacked' in 'the Tories had
    attacked him', 1 for 'Blair' and 'attacked' in 'Blair said the Tories had attacked him'."""
    up, down = _ancestors(party), _ancestors(verb)
    common = {t.i for t in down}
    crossed = 0
    for t in up:
        if t.i in common:
            meet = t.i
            break
        crossed += t.dep_ in clause_deps
    else:
        return crossed
    for t in down:
        if t.i == meet:
            break
        crossed += t.dep_ in clause_deps
    return crossed


def _party(ctx: ReadContext, mid: int, verb: Token) -> tuple[int, int]:
    """The distance in tokens between mention ``mid`` and ``verb`` and the clause boundaries
    between them (-1, -1 when the mention is not in ``verb``'s sentence)."""
    rules = trace_rules()
    mention = ctx.mention(mid)
    span = ctx.doc.char_span(mention.span.begin, mention.span.end, alignment_mode="expand")
    if span is None or not len(span) or not (verb.sent.start <= span.root.i < verb.sent.end):
        return -1, -1
    cap = int(rules.max_count)
    gap = min(cap, max(0, span.start - verb.i - 1, verb.i - span.end))
    crossed = clause_boundaries(span.root, verb, clause_deps=rules.clause_deps)
    return gap, min(cap, crossed)


def trace(ctx: ReadContext, trigger: Token, *, light: Token | None, event: str, agent: int,
          target: int) -> Trace:
    """The trace of the ``event`` read at ``trigger`` (governed by ``light``, if any) between
    the mentions ``agent`` and ``target``."""
    verb = light if light is not None else trigger
    agent_gap, agent_clauses = _party(ctx, agent, verb)
    target_gap, target_clauses = _party(ctx, target, verb)
    return Trace(pos=trigger.pos_, light=light.lemma_.lower() if light is not None else "",
                 event=event, agent_gap=agent_gap, target_gap=target_gap,
                 agent_clauses=agent_clauses, target_clauses=target_clauses)
