"""A state named before its private sector, press, businesses or people is not the party
(mentions.json private_heads, groups.txt; kg_builder/extract/mentions.py). Development
sentences of the dev sheets (each read with the state as target or agent, judged wrong) or
invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CONSTRUCTIONS = ("verb_triggers", "noun_triggers", "object_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # bbc-entertainment-345 (dev sheet c5: the United States as target)
    ("Pop star Britney Spears has attacked \"false\" and \"desperate\" US tabloid magazines, "
     "questioning their honesty after they reported she was pregnant.", set()),
    # bbc-business-060 (c6: the United States investigated)
    ("Mr Spitzer's investigation of the US insurance industry looked at whether companies rigged "
     "bids and fixed prices.", set()),
    # bbc-tech-315 (c6: the United States consulted)
    ("Ms Sanders said DEC had contacted US net registrars who handle domain ownership.", set()),
    # reuters-15818 (c5: Brazil's demands rejected)
    ("Brazilian Finance Minister Dilson Funaro shrugged off demands by a group of Brazilian "
     "governors that he resign.", {("Dilson Funaro", "Rejection", "Brazilian governors")}),
    # invented: a state's newspapers are not the state, its government is
    ("Mr Blair criticised Britain's newspapers.", set()),
    ("Mr Blair criticised the US government.", {("Tony Blair", "Criticism", "United States")}),
    ("Mr Blair criticised an Indian proposal.", {("Tony Blair", "Criticism", "India")}),
])
def test_a_state_s_private_sector_is_not_the_state(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # invented after reuters-8700 ('Vaskevitch and an Israeli associate', read as Israel) and
    # bbc-sport-124 ('the Irish duo', read as Ireland; dev sheet c5)
    ("The SEC accused an Israeli associate of insider trading.",
     {("Securities and Exchange Commission", "Accusation", "Israeli associate")}),
    ("The Irish duo criticised Malcolm Glazer.", {("Irish duo", "Criticism", "Malcolm Glazer")}),
])
def test_people_named_with_a_state_are_a_group(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS) == expected
