"""Towns the NER took for people or organisations: 'the Glasgow art school', "Barnsley's mayor",
'residents of Kendal' — a town (City) where the name bears no person's mark. Reads the
``towns`` rule section (``rules/extract/towns.json``); used by :func:`.cues.place_by_position`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import load_section

__all__ = ["TownsRules", "lone_town", "towns_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TownsRules:
    """The ``towns`` section: see the comment in ``rules/extract/towns.json``."""

    min_population: float
    town_nouns: frozenset[str]
    of_town_nouns: frozenset[str]
    compound_words: frozenset[str]


@cache
def towns_rules() -> TownsRules:
    return load_section("towns", TownsRules)


def lone_town(ctx: ReadContext, ent: SpacySpan, *, person_words: frozenset[str],
              given_names: frozenset[str]) -> bool:
    """Whether a one-word name tagged PERSON or ORG is a town: the gazetteers know the town, the
    name bears no person's mark (none of ``person_words`` — honorifics, titles, band member
    nouns, lower-cased — right before it, not one of ``given_names``, not the last word of a
    person's full name in the article), and either it is tagged a person and the town has at
    least min_population people and is no clause's subject, or it stands where a town does ("Barnsley's mayor",
    'Dunfermline council', 'the town of Kitwe', 'residents of Kendal', "Andersen's hometown of
    Odense", 'the state capital of Curitiba', 'Chennai-based Tata')."""
    text, label = ent.text, ent.label_ or ent.root.ent_type_  # a span made anew has no label
    if " " in text or label not in ("PERSON", "ORG") or text in given_names:
        return False
    population = ctx.gaz.city_populations.get(key := normalise(text))
    if population is None or key not in ctx.gaz.cities:
        return False
    doc = ctx.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_.rstrip(".") in person_words
                               or before.lemma_.lower() in person_words):
        return False  # "Mr Lincoln", "drummer Jackson"
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == text for e in ctx.ents):
        return False  # "Jackson" beside "Michael Jackson"
    rules = towns_rules()
    root = ent.root
    head = root.head
    if root.dep_ in ("poss", "compound") and head.i >= ent.end and head.lemma_.lower() in rules.town_nouns:
        return True  # "Barnsley's mayor", "Dunfermline council"
    if (ent.end + 1 < len(doc) and doc[ent.end].text == "-"
            and doc[ent.end + 1].lower_ in rules.compound_words):
        return True  # "Chennai-based Tata", "the Ballymena-born actor"
    if (root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i
            and head.head.lower_ in rules.of_town_nouns):
        return True  # "the northern town of Kitwe", "residents of Kendal"
    # a bare big town's name tagged a person, unless it is a clause's subject ("Lincoln said")
    return label == "PERSON" and population >= rules.min_population and root.dep_ not in (
        "nsubj", "nsubjpass")
