"""The date phrase of an act, as written: a DATE entity hung on the act's verb or noun ('met him
on Monday', 'his visit next week', 'talks in the first week of May'), or on an adjective or
adverb the parser hung on that verb in its stead ('begin a three-day meeting here tomorrow
satisfied with the industry's growth': 'tomorrow' hangs from 'satisfied', which hangs from
'begin'). Reads the ``dates`` rule section; :mod:`.framing` (schedules) and :func:`.emit.emit`
(the event's time, what is dated ahead) read :func:`time_text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from .context import ReadContext
from .rules import load_section

__all__ = ["DateRules", "date_rules", "time_text"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRules:
    """The ``dates`` section: see the comment in ``rules/extract/dates.json``."""

    bridge_pos: frozenset[str]
    bridge_deps: frozenset[str]


@cache
def date_rules() -> DateRules:
    return load_section("dates", DateRules)


def _attached(ent: Span, token: Token) -> str | None:
    """The date's text if it hangs on ``token``: directly, as an adverbial noun, through a
    preposition ('on Monday'), or through a preposition's object ('in the first week of May')."""
    root = ent.root
    second = root.head.head
    if root.head == token or (root.head.dep_ == "prep" and root.head.head == token) or (
            root.dep_ == "npadvmod" and root.head == token) or (
            root.head.dep_ == "pobj" and second.dep_ == "prep" and second.head == token):
        if root.head.dep_ == "prep" and root.head.head == token:
            return f"{root.head.text} {ent.text}"
        return ent.text
    return None


def _bridged(ent: Span, token: Token, rules: DateRules) -> str | None:
    """The date's text if it hangs (directly or through a preposition) on a word of
    ``bridge_pos`` whose relation is one of ``bridge_deps`` and whose head is ``token``."""
    root = ent.root
    prep = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    bridge = (prep or root).head
    if bridge.i == token.i or bridge.pos_ not in rules.bridge_pos or (
            bridge.dep_ not in rules.bridge_deps) or bridge.head.i != token.i:
        return None
    return ent.text if prep is None else f"{prep.text} {ent.text}"


def time_text(ctx: ReadContext, token: Token) -> str | None:
    """The date phrase attached to ``token`` ('on Monday', 'last week'), as written: one hung
    on it, else one hung on an adjective or adverb that hangs on it."""
    dates = [ent for ent in ctx.ents_in(token.sent) if ent.label_ == "DATE"]
    for ent in dates:
        if (text := _attached(ent, token)) is not None:
            return text
    rules = date_rules()
    for ent in dates:
        if (text := _bridged(ent, token, rules)) is not None:
            return text
    return None
