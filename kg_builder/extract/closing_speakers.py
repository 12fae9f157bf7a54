"""Speakers the parser added to a list of parties are no parties (issue 15, wrong agents and
targets: a party of a reporting clause taken as a party of the act it reports).

In 'limited by the delicate stage of wage negotiations between unions and employers, economists
and money market dealers said' the parser lost the subject of the closing 'said' and made its
speakers ('economists', 'dealers') more conjuncts of 'unions': negotiations between unions and
economists. After the coordinator that brings in a list's last item only that item follows, so
the conjuncts after it, set off by a separator and running up to a verb of saying that has no
subject of its own, are that verb's speakers: the list ends before them. Not a verb of saying
with its own subject ('Japan accused the United States and Britain, officials and diplomats
said': the parser's subject), nor a list with one coordinator ('talks between Iran, Iraq and
Syria'). Reads the ``closing_speakers`` rule section; :func:`.syntax.with_conjuncts` applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["ClosingSpeakerRules", "closing_speaker_rules", "without_closing_speakers"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClosingSpeakerRules:
    """The ``closing_speakers`` section: see the comment in
    ``rules/extract/closing_speakers.json``."""

    saying_verbs: Words
    coordinators: Words
    separators: Words
    subject_deps: frozenset[str]


@cache
def closing_speaker_rules() -> ClosingSpeakerRules:
    return load_section("closing_speakers", ClosingSpeakerRules)


def _phrase_end(token: Token) -> int:
    """The last token of the conjunct's own phrase, without the conjuncts hung on it."""
    own = [c.right_edge.i for c in token.children if c.dep_ not in ("conj", "cc", "punct")]
    return max([token.i, *own])


def _saying_without_subject(token: Token, rules: ClosingSpeakerRules) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in rules.saying_verbs and not any(
        c.dep_ in rules.subject_deps for c in token.children)


def without_closing_speakers(ctx: ReadContext, listed: list[Token]) -> list[Token]:
    """``listed`` (a list's head and its conjuncts, in text order) without the speakers of a
    subjectless verb of saying that follow the item a coordinator brought in."""
    if len(listed) < 3:
        return listed
    rules = closing_speaker_rules()
    doc = ctx.doc
    end = _phrase_end(listed[-1]) + 1
    if end >= len(doc) or not _saying_without_subject(doc[end], rules):
        return listed
    for k in range(1, len(listed) - 1):
        before = listed[k].left_edge.i - 1
        if before < 0 or doc[before].dep_ != "cc" or doc[before].lower_ not in rules.coordinators:
            continue
        gap = doc[_phrase_end(listed[k]) + 1:listed[k + 1].left_edge.i]
        if len(gap) == 1 and gap[0].lower_ in rules.separators:
            return listed[:k + 1]
    return listed
