"""Names the NER glued across a verb of telling: in 'sources told Reuters Taiwan and the U.S.
have been holding talks', 'an aide told Reuters Congress would reject the bill', the one told
and the subject of what it is told stand side by side with no 'that' between them, and the NER
tags them as one name ('Reuters Taiwan', 'Reuters Congress'). Right after one of
``telling_verbs``, a name no gazetteer knows whole, whose first words the gazetteers know as an
organisation or a person and whose other words they know as a state, a place or an
organisation, is two names: the one told, and the rest (a state or a place tagged GPE, else an
organisation); the one told is the first (constructions/telling.py). Reads the ``told_apart``
rule section (read by entities.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import Gazetteer
from .rules import Words, load_section

__all__ = ["ToldApartRules", "told_apart", "told_apart_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ToldApartRules:
    """The ``told_apart`` section: see the comment in ``rules/extract/told_apart.json``."""

    telling_verbs: Words
    name_labels: frozenset[str]


@cache
def told_apart_rules() -> ToldApartRules:
    return load_section("told_apart", ToldApartRules)


def _told(gaz: Gazetteer, text: str) -> bool:
    """The gazetteers know ``text`` as an organisation or a person: one who can be told."""
    return gaz.org(text) is not None or gaz.person(text) is not None


def _place(gaz: Gazetteer, text: str) -> bool:
    """The gazetteers know ``text`` as a state (not a demonym) or a place in one."""
    state = gaz.state(text)
    return (state is not None and state[1] != "demonym") or gaz.place_country(text) is not None


def told_apart(gaz: Gazetteer, ents: Iterable[SpacySpan]) -> Iterator[SpacySpan]:
    """The named-entity spans, a name glued after a verb of telling read as its two names."""
    rules = told_apart_rules()
    for ent in ents:
        doc = ent.doc
        if (ent.label_ not in rules.name_labels or len(ent) < 2 or ent.start == 0
                or doc[ent.start - 1].lemma_.lower() not in rules.telling_verbs
                or _told(gaz, ent.text) or _place(gaz, ent.text)):
            yield ent
            continue
        for cut in range(ent.start + 1, ent.end):
            left, right = doc[ent.start:cut].text, doc[cut:ent.end].text
            if doc[cut].is_title and _told(gaz, left) and (
                    _place(gaz, right) or gaz.org(right) is not None):
                yield SpacySpan(doc, ent.start, cut, label=ent.label_)
                yield SpacySpan(doc, cut, ent.end, label="GPE" if _place(gaz, right) else "ORG")
                break
        else:
            yield ent

