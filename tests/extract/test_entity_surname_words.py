"""Words made from a person's surname that name no person (kg_builder/extract/surname_words.py):
a follower's word ('Brownite') is no entity; a family ('the Blairs') is a group, kept only where
it acts — both were typed Organization or Person before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, absent", [
    # before: "Brownite" an Organization (bbc-politics, development)
    ("Gordon Brown is in Africa. Will those Brownite briefers suggest their man is unhappy?",
     {("Brownite", "Organization")}),
    ("Margaret Thatcher spoke. Thatcherism is dead, said Mr Howard.",
     {("Thatcherism", "Organization"), ("Thatcherism", "Person")}),
    # before: "Blairs" an Organization
    ("Tony Blair spoke. The birth of the Blairs' fourth child, Leo, was the first in 150 years.",
     {("Blairs", "Organization")}),
    # before: "Kennedys" a Person
    ("Charles Kennedy spoke. The Kennedys attended the funeral in Inverness.",
     {("Kennedys", "Person")}),
])
def test_surname_words_are_no_entities(assert_read, text: str,
                                       absent: set[tuple[str, str]]) -> None:
    assert_read(text, set(), absent)


@pytest.mark.parametrize("text, present", [
    # a family acts: the group stays
    ("George Bush arrived. The Bushes thanked Tony Blair for his help.",
     {("Bushes", "Group"), ("George Bush", "Person")}),
])
def test_family_kept_where_it_acts(read_entities, text: str,
                                   present: set[tuple[str, str]]) -> None:
    assert present <= set(read_entities(text))


@pytest.mark.parametrize("text, name", [
    # not a surname of the article's people: the party
    ("Damian Green spoke. The Greens accused Labour of betrayal.", "Greens"),
    ("The Israelites fled Egypt.", "Israelites"),
    # in a sports report 'the Browns' is the side, whoever is named Brown
    ("Jim Brown ran for 200 yards as the Browns beat the Steelers in the NFL play-off game, "
     "with the quarterback throwing three touchdown passes.", "Browns"),
])
def test_party_plurals_are_no_families(read_entities, text: str, name: str) -> None:
    assert (name, "Group") not in set(read_entities(text))


def test_band_in_an_arts_report_is_no_family(read_entities) -> None:
    """In an arts report 'the Stones' is the band, whatever Joss Stone does (held-out diff, s38:
    the band was lost as a family that does not act)."""
    text = ("Joss Stone won the best female prize at the Brit Awards, and the band played the new "
            "album live on the television show. Why weren't the Stones there, the singer asked.")
    assert "Stones" in {label for label, _ in read_entities(text)}
