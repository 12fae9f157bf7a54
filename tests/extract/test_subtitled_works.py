"""Titles given away by a colon between capitalised words, where a work's title meets its
subtitle (kg_builder/extract/works.py ``_subtitled``, issue 16): no entity where it stands, in
any article but a sports report. Through the real model; sentences written in the style of
development BBC technology and arts reports (the cases entities38 found in random development
samples): the (label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the title before the colon
    ("Other winners included Grand Theft Auto: San Andreas which took the Most Wanted for "
     "Christmas prize.",
     set(), {("Grand Theft Auto", "Organization")}),
    ("New releases initially on offer will include 50 First Dates, Kill Bill: Volume 2, Gothika "
     "and The Station Agent.",
     set(), {("Kill Bill", "Person")}),
    ("The best-selling title was GoldenEye: Rogue Agent, published by Electronic Arts.",
     {("Electronic Arts", "Company")}, {("GoldenEye", "Organization")}),
    # a name the NER tagged with the colon inside
    ("The audio award was won by Call of Duty: Finest Hour and the music award went to a "
     "racing game.",
     set(), {("Call of Duty: Finest Hour", "Organization")}),
])
def test_subtitled_titles_are_no_entities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "name"), [
    # a colon before a quotation or lower-case words is no title's
    ('Chancellor Gordon Brown told MPs: "We will not let the economy slip."', "Gordon Brown"),
    # a colon in a table of capitals is no title's (Reuters crop reports)
    ("Rainfall in the week, in millimetres. PARANA STATE: CASCAVEL NIL. Brazil said the crop "
     "was safe.", "Brazil"),
    # a person whose name opens with a given name stays a person elsewhere in the article
    ("Bridget Jones: The Edge of Reason topped the chart. Renee Zellweger played Bridget Jones "
     "again.", "Renee Zellweger"),
])
def test_colons_of_no_title_keep_names(read_entities, text, name):
    assert name in {label for label, _ in read_entities(text)}
