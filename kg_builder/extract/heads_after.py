"""The kind of body a name is by the noun it modifies right after it: 'the Transline union',
'the Shelterwise charity' (a non-governmental organisation), 'the RTK channel', 'ZBC television'
(a media organisation), and a body's noun with a word of a cause between ('the Fair Deal
campaign group', :mod:`.causes`). Only lower-case words may stand between the name and the
noun; a name the NER took for a town's is left alone ('the Belgrade union' is the town's), one
it took for a person's is read only as a charity's or a union's ('Kestrel radio' stays a
person); nouns a telephone network or a railway station shares are left out. Reads the
``heads_after`` rule section (``rules/extract/heads_after.json``); used by :mod:`.entities`
where a name's words and the gazetteers say no more than 'organisation'.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from .causes import cause_kind
from .context import ReadContext
from .cues import kind_from_nouns
from .kind_phrases import phrase_kind
from .listed_kinds import listed_kind
from .rules import load_section

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["HeadsAfterRules", "heads_after_rules", "kind_after", "kind_around"]


@dataclass(frozen=True, slots=True, kw_only=True)
class HeadsAfterRules:
    """``rules/extract/heads_after.json``."""

    kinds: dict[str, str]
    labels: frozenset[str]
    person_kinds: frozenset[str]
    modifier_deps: frozenset[str]


@cache
def heads_after_rules() -> HeadsAfterRules:
    return load_section("heads_after", HeadsAfterRules)


def kind_after(ent: SpacySpan, label: str) -> str | None:
    """The kind the noun after a name says it is, where the name modifies it ('the Transline
    union', 'the RTK channel'); else None."""
    rules = heads_after_rules()
    doc, root = ent.doc, ent.root
    head = root.head
    if (root.dep_ not in rules.modifier_deps or head.i < ent.end or head.pos_ != "NOUN"
            or not all(t.is_lower for t in doc[ent.end:head.i + 1])):
        return None
    kind = rules.kinds.get(head.lemma_.lower()) or phrase_kind(head, start=ent.end)
    if kind is not None and (label in rules.labels or (
            label == "PERSON" and kind in rules.person_kinds)):
        return kind  # "the Transline union"; "the RTK channel" (tagged ORG)
    return cause_kind(head, start=ent.end) if label in rules.labels else None


def kind_around(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> str | None:
    """The kind the nouns before a name (:func:`.cues.kind_from_nouns`: 'carmaker X'), the plural
    noun of a list it is in (:func:`.listed_kinds.listed_kind`: 'technology firms Earthlink and
    Webroot') or, failing them, the noun right after it (:func:`kind_after`: 'the X union') say
    it is; else None."""
    return (kind_from_nouns(ctx, ent, label, rules)
            or listed_kind(ctx, ent, label, rules.kind_nouns) or kind_after(ent, label))
