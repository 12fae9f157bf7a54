"""One node per person within an article (issue 16): an initial and a surname ('K Holmes' on a
team sheet) are the one full name of the article with that surname and that initial ('Kelly
Holmes'; kg_builder/initials.py), and outside business reports a person, never an
organisation ('N Speaight (Belgrave Harriers)'; kg_builder/extract/person_names.py). Through the
real model; sentences from development articles (dev10, not tests/data/audit/split.json) or
invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# bbc-sport-068 (dev10, shortened): a squad listed by initial and surname after the report
_SQUAD = ("Kelly Holmes has been chosen for both the 800m and 1500m at next month's "
          "European Indoor Championships. But UK Athletics chief Max Jones believes it is likely "
          "Holmes will race.\n\nK Endacott (City of Plymouth AC), J Kwakye (Woodford Green with Essex Ladies).\n\n"
          "K Wall (Basildon AC).\n\nK Holmes (Ealing, Southall and Middlesex AC).\n\n"
          "D Fraser (Croydon Harriers), L McConnell (Shaftesbury Barnet Harriers).")


@pytest.mark.parametrize(("text", "initialled", "full"), [
    (_SQUAD, "K Holmes", "Kelly Holmes"),
])
def test_an_initial_and_a_surname_are_the_full_name(read_text, text, initialled, full):
    people = {e.label: e.aliases for e in read_text(text).entities if e.kind == "Person"}
    assert initialled in people.get(full, ()) and initialled not in people


@pytest.mark.parametrize(("text", "names"), [
    (_SQUAD, ["K Wall", "L McConnell"]),
])
def test_an_initial_and_a_surname_are_a_person(read_text, text, names):
    kinds = {e.label: e.kind for e in read_text(text).entities}
    assert [kinds.get(n) for n in names] == ["Person"] * len(names)
