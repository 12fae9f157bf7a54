"""One person per name within an article (issue 16): an initial and a surname are the one full
name of the article with that surname and initial (kg_builder/initials.py, read by resolve).
Readings built by hand (the NER is not the point): names from bbc-sport-068 and bbc-sport-331
(dev10, not tests/data/audit/split.json) and invented ones."""

from __future__ import annotations

import pytest

from kg_builder.model import Article, Mention, Reading, Span
from kg_builder.resolve import resolve


def _reading(names: list[str]) -> Reading:
    text = ". ".join(names) + "."
    mentions, at = [], 0
    for i, name in enumerate(names):
        mentions.append(Mention(id=i, span=Span(at, at + len(name), name), name=name, how="name",
                                kind="Person", sentence=i))
        at += len(name) + 2
    return Reading(article=Article(id="t", text=text), mentions=mentions, sport=True)


def _people(names: list[str]) -> dict[str, str]:
    """Each name → the label of the person it was resolved to."""
    extraction = resolve(_reading(names))
    labels = {e.key: e.label for e in extraction.entities}
    return {m.name: labels[m.entity_key] for m in extraction.mentions}


@pytest.mark.parametrize(("names", "expected"), [
    # bbc-sport-068: the full name first, the squad list after
    (["Kelly Holmes", "Holmes", "K Holmes"], {"K Holmes": "Kelly Holmes"}),
    # bbc-sport-331: a particle in the surname, the initial first
    (["S Taylor", "Simon Taylor"], {"S Taylor": "Simon Taylor"}),
    (["R de Marigny", "Roland De Marigny"], {"R de Marigny": "Roland De Marigny"}),
    # invented: of two Robinsons, the one with that initial; another initial, nobody; two full
    # names that fit the initial, neither
    (["Andy Robinson", "Jason Robinson", "J Robinson", "M Robinson", "Mauro Bergamasco",
      "Mirco Bergamasco", "M Bergamasco"],
     {"J Robinson": "Jason Robinson", "M Robinson": "M Robinson", "M Bergamasco": "M Bergamasco"}),
])
def test_an_initial_and_a_surname_are_the_full_name_that_fits(names, expected):
    people = _people(names)
    assert {name: people[name] for name in expected} == expected
