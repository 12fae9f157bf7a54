"""Names the NER cut in two: a name right before a place's name that it modifies, one space
apart on the same line, is the first part of one name ('Kentish' + 'Town', 'South-east' +
'Asia', 'the Bisnis' + 'Indonesia newspaper'), not a name of its own beside the place. Not a
possessive ("Sri Lanka's Tamil separatists") nor a name the place does not take as its
modifier ('told Reuters' + 'Taiwan would …', 'London' + 'Tory spin doctors'), nor a company
and the place of its unit ('Chemical Bank' + 'Tokyo branch'), nor two places' names before a
noun they modify ('the Mecca' + 'Bingo chain': a firm's words, not one place), nor a state's
name the gazetteers know before a place ('a "UK" + "Las Vegas"': the state and a city). Reads the
``joined_names`` rule section (``rules/extract/joined_names.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import Gazetteer
from .rules import Words, load_section

__all__ = ["JoinedNameRules", "joined", "joined_name_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class JoinedNameRules:
    """The ``joined_names`` section: see the comment in ``rules/extract/joined_names.json``."""

    first_labels: frozenset[str]
    place_labels: frozenset[str]
    modifier_deps: frozenset[str]
    possessives: Words
    unit_nouns: Words


@cache
def joined_name_rules() -> JoinedNameRules:
    return load_section("joined_names", JoinedNameRules)


def joined(gaz: Gazetteer, ents: Iterable[SpacySpan]) -> Iterator[SpacySpan]:
    """The named-entity spans, a name and the place's name right after it that it modifies read
    as one (labelled as the first, a place's label when both are places); not a state's name
    ``gaz`` knows."""
    rules = joined_name_rules()
    held: SpacySpan | None = None
    for ent in ents:
        if (held is not None and _modifies(held, ent, rules)
                and gaz.state(held.text) is None):
            label = ent.label_ if held.label_ in rules.place_labels else held.label_
            yield SpacySpan(ent.doc, held.start, ent.end, label=label)
            held = None
            continue
        if held is not None:
            yield held
        held = ent
    if held is not None:
        yield held


def _modifies(first: SpacySpan, place: SpacySpan, rules: JoinedNameRules) -> bool:
    """Whether ``first`` is a name that modifies the place's name right after it."""
    last, doc = first[-1], first.doc
    return (first.label_ in rules.first_labels and place.label_ in rules.place_labels
            and place.start == first.end and last.whitespace_ == " "
            and last.lower_ not in rules.possessives and place[0].lower_ != "the"
            and place[0].text[:1].isupper() and not place[0].is_upper
            and first.root.dep_ in rules.modifier_deps
            and place.start <= first.root.head.i < place.end
            and not (place.end < len(doc) and doc[place.end].lower_ in rules.unit_nouns)
            and not (first.label_ in rules.place_labels and _modifies_a_noun_after(place, rules)))


def _modifies_a_noun_after(place: SpacySpan, rules: JoinedNameRules) -> bool:
    """Whether a place's name modifies a word after it ('the Mecca Bingo chain'): two places'
    names before a noun are more likely a brand's or a firm's words than one place."""
    root = place.root
    return root.dep_ in rules.modifier_deps and root.head.i >= place.end
